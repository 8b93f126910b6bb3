"""Which place a sentence is about: the paper's home city and a clause's subject place.

Used by the designation and project extractors to tie a fact to a place.
``我市``/``全市``/``本市`` mean the paper's home city (:func:`home_city`): the
masthead ``XX日报`` gives ``XX市``; without one, the most-mentioned ``X市``.

(A shared ``kg.extract.context.home_city`` is being written on another branch;
this one should be unified with it when both are merged.)

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> home_city(Doc.of(Document(id="t.txt", text="浏阳日报讯 我市获批全国文明城市。")))
'浏阳市'
"""

from __future__ import annotations

import re
from collections import Counter

from kg import lexicon
from kg.extract.base import Doc
from kg.model import Mention
from kg.vocab import EntityType

__all__ = ["GENERIC_PLACES", "HOME_WORDS", "canonical_place", "home_city", "subject_place"]

HOME_WORDS = ("我市", "全市", "本市")
"""Words that stand for the paper's home city."""

_MASTHEADS = (  # best first: a masthead at a line start, after a non-CJK character, anywhere (2 characters)
    re.compile(r"(?m)^[^\S\n]*([\u4e00-\u9fff]{2,3}?)日报"),
    re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)日报"),
    re.compile(r"([\u4e00-\u9fff]{2})日报"),
)
_DIVISION_END = re.compile(r"(?:省|自治区|市|区|县|旗|镇|乡|街道|村|社区|州|盟|片区)$")
GENERIC_PLACES = frozenset({"城市", "全市", "本市", "我市", "各市", "超市", "城区", "市区"})
_PREPOSITIONS = frozenset("在向与和对从到赴同跟把为")


@lexicon.cached
def _non_local_mastheads() -> frozenset[str]:
    return lexicon.words("mastheads_nonlocal")


def home_city(doc: Doc) -> str | None:
    """The paper's home city: masthead ``XX日报`` → ``XX市``, else the most-mentioned ``X市`` place.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="人民日报 岳阳市召开会议，岳阳市领导出席，长沙市来宾。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> home_city(d)
    '岳阳市'
    """
    for pattern in _MASTHEADS:
        for m in pattern.finditer(doc.document.text[:5000]):
            stem = m.group(1)
            if stem not in _non_local_mastheads() and not any(stem.endswith(w) for w in _non_local_mastheads()):
                return stem if stem.endswith("市") else stem + "市"
    counts = Counter(
        p.name for p in doc.found(EntityType.PLACE) if p.name.endswith("市") and p.name not in GENERIC_PLACES
    )
    if counts:
        return max(sorted(counts), key=lambda n: counts[n])
    return None


def canonical_place(doc: Doc, name: str) -> str:
    """The full name of a place written short: ``株洲`` → ``株洲市`` when the home city or the text says so.

    >>> from kg.model import Document
    >>> canonical_place(Doc.of(Document(id="t.txt", text="株洲日报讯 株洲发布")), "株洲")
    '株洲市'
    """
    home = home_city(doc)
    if home and home.removesuffix("市") in name and not _DIVISION_END.search(name):
        return home  # 株洲 (and OCR-glued 篇株洲) → the home city
    if _DIVISION_END.search(name):
        return name
    if home and home == name + "市":
        return home
    for suffix in ("市", "县", "区"):
        if name + suffix in doc.text:
            return name + suffix
    return name


def _is_usable(place: Mention) -> bool:
    return len(place.name) >= 2 and place.name not in GENERIC_PLACES


def subject_place(doc: Doc, clause_start: int, verb_start: int) -> tuple[str, int] | None:
    """The place that is the subject of a verb at clean offset ``verb_start``, and where it starts.

    The subject is a home word (``我市``) or a place mention ending right
    before the verb, with only adverbs (``成功``, ``全省唯一`` …, ``kg/data/holder_gap.txt``)
    between; a place after a preposition (``向长沙市学习``) is no subject.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t.txt", text="株洲日报 我市成功获批国家园林城市。"))
    >>> subject_place(d, 5, 9)
    ('株洲市', 5)
    """
    text = doc.text
    gap_words = sorted(lexicon.words("holder_gap"), key=len, reverse=True)

    def gap_ok(gap: str) -> bool:
        while gap:
            for w in gap_words:
                if gap.startswith(w):
                    gap = gap[len(w) :]
                    break
            else:
                return False
        return True

    best: tuple[str, int] | None = None
    for word in HOME_WORDS:
        for m in re.finditer(word, text[clause_start:verb_start]):
            s = clause_start + m.start()
            if gap_ok(text[s + len(word) : verb_start]) and (best is None or s > best[1]):
                home = home_city(doc)
                if home:
                    best = (home, s)
    o_clause = doc.view.to_original(clause_start, clause_start)[0]
    o_verb = doc.view.to_original(verb_start, verb_start)[0]
    for p in doc.found(EntityType.PLACE):
        if not (o_clause <= p.start and p.end <= o_verb) or not _is_usable(p):
            continue
        c_start = _clean_offset(doc, p.start, clause_start, verb_start)
        c_end = c_start + len("".join(p.text.split())) if c_start is not None else None
        if c_start is None or c_end is None or not gap_ok(text[c_end:verb_start]):
            continue
        if c_start > clause_start and text[c_start - 1] in _PREPOSITIONS:
            continue
        if best is None or c_start > best[1]:
            best = (canonical_place(doc, p.name), c_start)
    return best


def _clean_offset(doc: Doc, original: int, lo: int, hi: int) -> int | None:
    """The clean offset in ``[lo, hi)`` that maps to ``original``."""
    for i in range(lo, hi):
        if doc.view.to_original(i, i)[0] == original:
            return i
    return None
