"""The page's home city and province: one decision per page, kept on the :class:`~kg.extract.base.Doc`.

A city daily writes ``市委``, ``市长`` and ``我市`` for its own city. The
home city is, in order: the user's ``home_city`` setting; the masthead
(``XX日报``, a division's short form in the gazetteer); else the clear
favourite among the page's prefecture-level Place mentions. Components read
it as ``doc.home`` (:attr:`kg.extract.base.Doc.home`); :mod:`kg.extract.context`
builds on it. This module reads only the data layer, so the ``Doc`` can hold it.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> (Doc.of(Document(id="a.txt", text="衡阳日报讯(记者/某某) 市长出席。")).home.province)
'湖南省'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from kg.data.gazetteer import Division, Gazetteer
from kg.vocab import EntityType

__all__ = ["Home", "home", "own_place", "province_of", "stated_home"]


class _Page(Protocol):
    """What the home decision reads of a :class:`~kg.extract.base.Doc`."""

    home_city: str | None
    cache: dict[str, Any]

    @property
    def text(self) -> str: ...

    def found(self, type: EntityType) -> Iterable[Any]: ...


_MASTHEAD = re.compile(r"日报")  # 晚报/晨报 are more often other papers quoted
# a local news site's dateline opening a line (某某新闻网讯, 某某融媒讯): the site's division is the page's
_DATELINE_SITE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,6}?(?=(?:新闻网|融媒体中心|融媒)讯)", re.MULTILINE)
_DIVISION_END = re.compile(r"(?:省|自治区|市|区|县|旗|镇|乡|街道|村|社区|州|盟|片区)$")


@dataclass(frozen=True, slots=True)
class Home:
    """A page's home jurisdictions: city and province full names, and the city's division (if known)."""

    city: str | None = None
    province: str | None = None
    division: Division | None = None
    county: str | None = None  # the county or district a page writes bare 区长, 县委 for (when one is clearly its own)
    town: str | None = None  # the town or township a page writes bare 镇长, 镇党委 for (when one is clearly its own)


def own_place(level: str, city: str | None, province: str | None, county: str | None, town: str | None) -> str | None:
    """The page's own place a bare level character names: ``市`` its city, ``省`` its province, ``县``/``区``/``旗``
    its county or district and ``镇``/``乡`` its town when the page has one of that level.

    >>> own_place("区", "株洲市", "湖南省", "芦淞区", None), own_place("县", "株洲市", "湖南省", "芦淞区", None)
    ('芦淞区', None)
    >>> own_place("市", "武隆区", "重庆市", None, None), own_place("区", "武隆区", "重庆市", None, None)
    ('重庆市', '武隆区')
    """
    if level == "市":
        if city and not city.endswith("市") and province and province.endswith("市"):
            return province
        return city
    if level == "省":
        return province
    return next((own for own in (county, town, city) if own and own.endswith(level)), None)


def _clear_favourite(counts: Counter) -> str | None:
    """The key counted most when it is counted at least twice as often as the next (ties go by key)."""
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    if ranked and (len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]):
        return ranked[0]
    return None


def _is_city(d: Division) -> bool:
    """A division a paper's bare ``市`` can stand for: any non-town below a province, or a municipality."""
    return d.level in ("prefecture", "county") or (d.level == "province" and d.name.endswith("市"))


def province_of(d: Division) -> str | None:
    """The province ``d`` lies in (itself for a province), or None.

    >>> province_of(Gazetteer.load().by_code("430203"))
    '湖南省'
    """
    chain = Gazetteer.load().chain(d.code)
    return chain[-1].name if chain and chain[-1].level == "province" else None


def _masthead(text: str) -> Division | None:
    """The division a page's most frequent ``XX日报`` masthead (or ``XX新闻网讯`` dateline) names, if the gazetteer
    knows it.

    >>> _masthead("长乐新闻网讯 1月11日,记者获悉").name
    '长乐区'
    """
    gaz = Gazetteer.load()
    seen: Counter[str] = Counter()
    ends = [m.start() for m in _MASTHEAD.finditer(text)] + [m.end() for m in _DATELINE_SITE.finditer(text)]
    for end in ends:
        window = text[max(0, end - 8) : end]
        hits = [h for h in gaz.scan(window) if h[1] == len(window)]
        if hits:
            d = gaz.resolve(hits[-1][2])
            if d is not None and d.level != "town":
                seen[d.code] += 1
    if not seen:
        return None
    return gaz.by_code(max(seen, key=lambda c: (seen[c], c)))


def _city_of_district(d: Division) -> Division:
    """A district's paper writes ``市委``, ``市长`` for the city the district is part of (某区日报: 某市).

    >>> _city_of_district(Gazetteer.load().by_code("430302")).name
    '湘潭市'
    """
    if d.level != "county" or not d.name.endswith("区"):
        return d
    parent = Gazetteer.load().by_code(d.parent) if d.parent else None
    return parent if parent is not None and parent.level == "prefecture" else d


def _override(name: str) -> Home:
    """The user's home city: resolved in the gazetteer when it can be, else taken as written."""
    d = Gazetteer.load().resolve(name)
    if d is not None and _is_city(d):
        return Home(d.name, province_of(d), d)
    return Home(name if _DIVISION_END.search(name) else name + "市")


def stated_home(doc: _Page) -> Home:
    """The home city the user or the masthead states (usable before places are found).

    >>> from kg.model import Document
    >>> from kg.extract.base import Doc
    >>> stated_home(Doc.of(Document(id="t", text="湘潭日报记者 张三"))).division.code
    '430300'
    >>> stated_home(Doc.of(Document(id="t", text="本报讯 人民日报"))).city is None
    True
    """
    if "stated_home" not in doc.cache:
        if doc.home_city:
            found = _override(doc.home_city)
        else:
            d = _masthead(doc.text)
            if d is None:
                found = Home()
            elif _is_city(d):
                d = _city_of_district(d)
                found = Home(d.name, province_of(d), d)
            else:  # a provincial paper: 省委 is known, 市委 is not
                found = Home(None, d.name if d.level == "province" else province_of(d))
        doc.cache["stated_home"] = found
    return doc.cache["stated_home"]


def home(doc: _Page) -> Home:
    """The page's home city and province (call after places have been found).

    >>> from kg.model import Document
    >>> from kg.extract.base import Doc
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="岳阳市召开会议，岳阳市领导出席，长沙市来宾。"))
    >>> d.mentions.extend(m for m in extract_places(d) if m.__class__.__name__ == "Mention")
    >>> (home(d).city, home(d).province)
    ('岳阳市', '湖南省')
    """
    if "home" not in doc.cache:
        h = stated_home(doc)
        if h.city is None:
            h = _from_places(doc, h.province)
        county = _local_from_places(doc, h, _BARE_LOCAL, "county")
        town = _local_from_places(doc, h, _BARE_TOWN, "town")
        if county is not None or town is not None:
            h = Home(h.city, h.province, h.division, county, town)
        doc.cache["home"] = h
    return doc.cache["home"]


def _from_places(doc: _Page, province: str | None) -> Home:
    gaz = Gazetteer.load()
    # a former division (襄樊市, valid_until) names no current city: it does not make the home
    places = [m for m in doc.found(EntityType.PLACE) if m.prop("code") and not m.prop("valid_until")]
    cities = Counter(m.prop("code") for m in places if _is_city_level(m) or _is_county_city(m))
    # only a clear favourite is the home city: a page naming 镇江 once and 句容 once may be
    # either's, and a wrong home city invents bodies (市委 → another city's party committee)
    # a provincial paper's page about one of its cities names it more than once (a list names it once)
    favourite = _clear_favourite(cities)
    written_bare = favourite is not None and all(m.text != m.name for m in places if m.prop("code") == favourite)
    if written_bare and cities[favourite] == 1 and _named_elsewhere(places, favourite):
        favourite = None  # 某县…副县长甄保山: a city named once, bare (inside a name), on a page of another's county
    if favourite is not None and (province is None or cities[favourite] >= 2):
        d = gaz.by_code(favourite)
        bare_district = _BARE_DISTRICT.search(doc.text) and not _BARE_CITY.search(doc.text)
        if d is not None and not (d.level == "county" and bare_district):
            # (区委书记, 区长 written bare: the page is a district's, and a county-level city has none)
            return Home(d.name, province or province_of(d), d)
    if province is None:
        counts = Counter(str(m.prop("code"))[:2] for m in places)
        top = _clear_favourite(counts)
        if top is not None and counts[top] >= 2:
            p = gaz.by_code(top + "0000")
            province = p.name if p else None
    return Home(None, province)


def _named_elsewhere(places: list, code: str) -> bool:
    """True when the page names no other place inside the city ``code`` but names places of one other
    city more than once: a city it names once is then no page's home.

    >>> from kg.model import Mention
    >>> def at(c, level): return Mention("t", 0, 1, "x", EntityType.PLACE, "x", props=(("code", c), ("level", level)))
    >>> _named_elsewhere([at("433122", "county")] * 3 + [at("530500", "prefecture")], "530500")
    True
    >>> _named_elsewhere([at("433122", "county")] * 3 + [at("530502", "county")], "530500")
    False
    """
    inside = code[:2] if code.endswith("0000") else code[:4]
    others: Counter[str] = Counter()
    for m in places:
        c = str(m.prop("code"))
        if c == code or m.prop("level") not in ("county", "town"):
            continue
        if c.startswith(inside):
            return False
        others[c[:4]] += 1
    return bool(others) and max(others.values()) >= 2


def _local_from_places(doc: _Page, h: Home, bare: re.Pattern[str], level: str) -> str | None:
    """The county or district (``level`` county) or town (``town``) whose bare titles and bodies (``副区长``,
    ``县委``, ``镇党委书记``) the page writes: the clear favourite among the page's places of that level whose
    name ends in the level character written (inside the home city, if one is known).

    >>> from kg.model import Document
    >>> from kg.extract.base import Doc
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="醴陵市召开会议。攸县代表发言，副县长出席。攸县有关部门参加。"))
    >>> d.mentions.extend(m for m in extract_places(d) if m.__class__.__name__ == "Mention")
    >>> home(d).county
    '攸县'
    """
    levels = {m.group(1) for m in bare.finditer(doc.text)}
    if not levels:
        return None
    counts = Counter(
        m.prop("code")
        for m in doc.found(EntityType.PLACE)
        if m.prop("code") and not m.prop("valid_until") and m.prop("level") == level and m.name[-1] in levels
    )
    favourite = _clear_favourite(counts)
    d = Gazetteer.load().by_code(favourite) if favourite is not None else None
    if d is None:
        return None
    if h.division is not None and h.division.level != "province" and d.code[:4] != h.division.code[:4]:
        return None  # a district of another city than the page's
    names = {m.name for m in doc.found(EntityType.PLACE) if m.prop("code") == favourite} | {d.name}
    if any(_visiting(doc.text, n) for n in names):
        return None  # 某县考察团来我县, 赴某县考察: the county named most is a visitor's or visited, not the page's
    return d.name


def _visiting(text: str, name: str) -> bool:
    """True when ``name`` is a place the page's leaders visit or a visitor's home (带队赴某县, 某县考察团)."""
    for m in re.finditer(re.escape(name), text):
        if text[max(0, m.start() - 4) : m.start()].endswith(_VISIT_BEFORE) or text.startswith(_VISITOR_AFTER, m.end()):
            return True
    return False


_VISIT_BEFORE = ("带队赴", "带队前往", "带队到", "率团赴", "率队赴", "率队前往")  # the page's own leader goes there
_VISITOR_AFTER = ("考察团", "代表团", "党政代表团", "客人", "一行", "考察组", "学习考察")


_BARE_LOCAL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:常务)?副?([县区旗])(?:委|长|政府|人民政府|人大|政协|纪委|监委|法院|检察院)"
)
_BARE_TOWN = re.compile(r"(?<![\u4e00-\u9fff])副?([镇乡])(?:党委|长|政府|人大)")
_BARE_DISTRICT = re.compile(r"(?:^|[，,。、；;：:\s])区(?:委|长|政府|人大|政协)")
_BARE_CITY = re.compile(r"(?:^|[，,。、；;：:\s])市(?:委|长|政府|人大|政协)")  # the page's own city's titles


def _is_county_city(m) -> bool:
    return m.prop("level") == "county" and m.name.endswith("市")


def _is_city_level(m) -> bool:
    level = m.prop("level")
    return level == "prefecture" or (level == "province" and m.name.endswith("市"))
