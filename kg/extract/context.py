"""The setting a page is read in: the paper's home city and the places named nearby.

A city daily writes ``市委``, ``市长`` and ``我市`` for its own city. kg finds
that city from the masthead (``XX日报``), else from the most-mentioned
prefecture-level city, unless the user sets it (:data:`HOME_CITY`, or the
``home_city`` parameter of :func:`kg.extract.extract`). Bare ``区委`` or
``县长`` refer to the district or county named nearby (:func:`place_before`).

Until the administrative-division gazetteer is wired in, places are read by
their suffix (X市, X区, X县, X省); :func:`canonical_city` is the one place
where a gazetteer lookup will plug in.

>>> from kg.model import Document
>>> home_city(Document(id="a.txt", text="青山日报讯(记者/某某) 市长出席。"))
'青山市'
>>> place_before("会上，松林区委书记讲话，区委副书记出席", 18, "区")
'松林区'
"""

from __future__ import annotations

import re
from collections import Counter

from kg.model import Document

__all__ = ["HOME_CITY", "canonical_city", "home_city", "home_province", "place_before"]

HOME_CITY: str | None = None
"""Override for every document: the city a bare ``市委`` / ``市长`` belongs to (e.g. ``"株洲市"``)."""

_CJK = r"[\u4e00-\u9fff]"
_MASTHEAD = re.compile(rf"({_CJK}{{2,3}}?)(?:日报|晚报|晨报|都市报)(?:社)?(?:讯|·|全媒体|记者|[(（])")
_CITY = re.compile(rf"(?=({_CJK}{{2}})市(?![场民]))")
_PROVINCE = re.compile(rf"(?=({_CJK}{{2}})省(?:委|人民政府|政府|人大|政协))")
_NOT_PLACE = set("全本我该各此每城都同原市区县省的在和与及等个")


def canonical_city(short: str) -> str:
    """The canonical name of a city written short (``株洲`` → ``株洲市``).

    The gazetteer will replace this suffix rule.

    >>> canonical_city("青山"), canonical_city("青山市")
    ('青山市', '青山市')
    """
    return short if short.endswith(("市", "州", "盟")) else short + "市"


def home_city(document: Document, override: str | None = None) -> str | None:
    """The city a page's bare ``市`` refers to: override, masthead, or most-mentioned city.

    >>> home_city(Document(id="a.txt", text="松林市委。松林市政府。"))
    '松林市'
    >>> home_city(Document(id="a.txt", text="无城市"), override="青山市")
    '青山市'
    """
    chosen = override or HOME_CITY
    if chosen:
        return canonical_city(chosen)
    text = document.text
    papers = Counter(m.group(1) for m in _MASTHEAD.finditer(text) if m.group(1)[0] not in _NOT_PLACE)
    if papers:
        return canonical_city(papers.most_common(1)[0][0])
    cities = Counter(m.group(1) for m in _CITY.finditer(text) if m.group(1)[0] not in _NOT_PLACE)
    if cities:
        return canonical_city(cities.most_common(1)[0][0])
    return None


def home_province(document: Document) -> str | None:
    """The province a bare ``省`` refers to: the most-mentioned ``X省`` (the gazetteer will know better).

    >>> home_province(Document(id="a.txt", text="江西省委。江西省政府。"))
    '江西省'
    """
    found = Counter(m.group(1) for m in _PROVINCE.finditer(document.text) if not set(m.group(1)) & _NOT_PLACE)
    return found.most_common(1)[0][0] + "省" if found else None


def place_before(text: str, pos: int, level: str, window: int = 400) -> str | None:
    """The nearest ``X<level>`` (``X区``, ``X县``, ``X镇`` …) named before ``pos``.

    >>> place_before("东湖镇党委书记讲话。镇长出席", 11, "镇")
    '东湖镇'
    """
    rx = re.compile(rf"(?=({_CJK}{{2}}){re.escape(level)}(?:委|政府|人大|政协|党|长|副|[^\u4e00-\u9fff]))")
    best = None
    for m in rx.finditer(text, max(0, pos - window), pos):
        if m.group(1)[0] not in _NOT_PLACE:
            best = m.group(1) + level
    return best
