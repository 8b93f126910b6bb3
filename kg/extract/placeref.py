"""Which place a sentence is about: the paper's home city and a clause's subject place.

Used by the designation and project extractors to tie a fact to a place.
``我市``/``全市``/``本市`` mean the paper's home city
(:func:`kg.extract.context.home_city`).

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> subject_place(Doc.of(Document(id="t.txt", text="浏阳日报讯 我市获批全国文明城市。")), 6, 8)
('浏阳市', 6)
"""

from __future__ import annotations

import re

from kg.data import lexicon
from kg.extract.base import Doc
from kg.extract.context import GENERIC_PLACES, canonical_place
from kg.model import Mention
from kg.vocab import EntityType

__all__ = [
    "HOME_WORDS",
    "bracket_end",
    "bracketed_places",
    "coordinated_places",
    "listed_clause_before",
    "subject_place",
    "topic_place",
]

HOME_WORDS = ("我市", "全市", "本市")
"""Words that stand for the paper's home city."""

_PREPOSITIONS = frozenset("在向与和对从到赴同跟把为")


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
    gap_ok = _is_dated_gap
    best: tuple[str, int] | None = None
    for word in HOME_WORDS:
        for m in re.finditer(word, text[clause_start:verb_start]):
            s = clause_start + m.start()
            if gap_ok(text[s + len(word) : verb_start]) and (best is None or s > best[1]):
                home = doc.home.city
                if home:
                    best = (home, s)
    for m in _THIS_PLACE.finditer(text, clause_start, verb_start):
        later = best is None or m.start() > best[1]
        if later and gap_ok(text[m.end() : verb_start]) and (named := _last_named(doc, m.start(), m.group(1))):
            best = (named, m.start())  # 该县在2014年获得…: the county last named before
    places = _places_between(doc, clause_start, verb_start)
    for c_start, c_end, name in places:
        if not gap_ok(text[c_end:verb_start]):
            continue
        if c_start > clause_start and text[c_start - 1] in _PREPOSITIONS and not _joined(text, places, c_start):
            continue
        if best is None or c_start > best[1]:
            best = (name, c_start)
    return best


def _joined(text: str, places: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the ``和``/``与`` before the place at ``start`` joins it to a place written right before it that
    no preposition governs (甲县和|乙县获评…: both hold the title; 向甲县和|乙县学习: neither is a subject).

    >>> _joined("甲县和乙县获评", [(0, 2, "甲县"), (3, 5, "乙县")], 3)
    True
    >>> _joined("向甲县和乙县学习", [(1, 3, "甲县"), (4, 6, "乙县")], 4)
    False
    """
    if text[start - 1] not in "和与":
        return False
    return any(
        b == start - 1 and (a == 0 or text[a - 1] not in _PREPOSITIONS or _joined(text, places, a))
        for a, b, _name in places
    )


_THIS_PLACE = re.compile(r"该(县|市|区|镇|乡|村|旗)")  # "that county": the one last named


def _last_named(doc: Doc, before: int, level: str) -> str | None:
    """The canonical name of the last place mention before clean offset ``before`` whose name ends in ``level``
    (县, 市 …), when the last three such mentions (or fewer) all name it: one county in view, not two."""
    names = [name for _a, b, name in _places_between(doc, 0, before) if b <= before and name.endswith(level)]
    return names[-1] if names and len(set(names[-3:])) == 1 else None


_DATED = re.compile(r"(?:于|在)?(?:19|20)\d{2}年度?(?:\d{1,2}月份?)?(?:\d{1,2}日)?")


def _is_dated_gap(gap: str) -> bool:
    """:func:`_is_holder_gap` with a date allowed in it (攸县|2019年|被命名为…, 某县|于2019年|被…).

    >>> _is_dated_gap("2019年被"), _is_dated_gap("于2019年成功"), _is_dated_gap("2019年的企业")
    (True, True, False)
    """
    return _is_holder_gap(_DATED.sub("", gap))


def _is_holder_gap(gap: str) -> bool:
    """True when ``gap`` is made only of words that may stand between a holder and its verb.

    >>> _is_holder_gap("成功"), _is_holder_gap(""), _is_holder_gap("的企业")
    (True, True, False)
    """
    gap_words = sorted(lexicon.words("holder_gap"), key=len, reverse=True)
    while gap:
        for w in gap_words:
            if gap.startswith(w):
                gap = gap[len(w) :]
                break
        else:
            return False
    return True


_WHEN = re.compile(r"(?:19|20)\d{2}年度?|[\d一二三四五六七八九十]{1,2}月份?|[\d一二三四五六七八九十]{1,3}日|年底|年初")
_LEAD_TIME = re.compile(r"(?:近年来|近几年来?|近些年来?|多年来|长期以来|一直以来|今年以来|去年以来|这些年来?)")
_OPENING_BREAK = re.compile(r"[，,。；;：:！!？?]")
_NOT_SUBJECT_NEXT = frozenset("委政人党长纪法检公民总代区市县镇乡村街社的")
_MODIFIER_NEXT = ("境内", "辖区", "域内", "境", "内", "下辖", "所辖")


def _others_between(doc: Doc, lo: int, hi: int) -> bool:
    """True when a person or organisation mention lies inside the clean span ``[lo, hi)``."""
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    return any(o_lo <= m.start < o_hi for kind in (EntityType.PERSON, EntityType.ORGANIZATION) for m in doc.found(kind))


def topic_place(doc: Doc, sentence_start: int, clause_start: int, verb_start: int) -> tuple[str, int] | None:
    """The place a sentence opens with, when the verb's clause has no subject of its own.

    A chain of clauses shares its topic: ``甲村因某某闻名,2012年入选…`` — the clause of
    ``入选`` holds only a date and adverbs (``kg/data/holder_gap.txt``), so its subject is the
    place the sentence opens with (written with its parents, the last of them). No topic when
    the verb's clause is the sentence's first, when something other than a date or an adverb
    stands before the verb, or when the opening place begins a title or a body (``某市委书记``).

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="湘潭县花石镇石泉村历史悠久,2012年入选第一批全国山水旅游重点村。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> topic_place(d, 0, 14, 19)
    ('石泉村', 6)
    >>> d = Doc.of(Document(id="t.txt", text="在一年里,湘潭县取得了一连串硕果:2016年成功创建国家园林城市。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> topic_place(d, 0, 17, 22)
    ('湘潭县', 5)
    """
    text = doc.text
    if clause_start <= sentence_start or not _is_holder_gap(_WHEN.sub("", text[clause_start:verb_start]).strip()):
        return None
    colon = max(text.rfind("：", sentence_start, clause_start), text.rfind(":", sentence_start, clause_start))
    if colon > sentence_start:  # 某县取得了一连串硕果:2016年…创建…,2017年…: the clause before the colon opens the list
        opened = max(text.rfind(c, sentence_start, colon) for c in "，,；;")
        if (topic := _opening_place(doc, max(sentence_start, opened + 1), colon)) is not None:
            return topic
    return _opening_place(doc, sentence_start, clause_start)


def previous_topic_place(doc: Doc, sentence_start: int, clause_start: int, verb_start: int) -> tuple[str, int] | None:
    """The place the sentence before opens with, when a sentence's first clause has only a date and adverbs
    before its verb and that sentence ends right before it (``某镇某村是…,位于…。2021年先后被评为…``: the
    village the text is about).

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="湘潭县花石镇石泉村位于镇东部。2021年先后被评为省级文明村。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> previous_topic_place(d, 15, 15, 23)
    ('石泉村', 6)
    """
    text = doc.text
    end = len(text[:sentence_start].rstrip())  # (a web page writes each sentence a paragraph)
    if clause_start > sentence_start or end == 0 or text[end - 1] not in "。！!":
        return None
    if not _is_holder_gap(_WHEN.sub("", text[sentence_start:verb_start]).strip()):
        return None
    before_start, _ = doc.sentence_at(end - 1)
    first = _CLAUSE_MARK.search(text, before_start, end)
    return _opening_place(doc, before_start, first.start() if first else end - 1)


_CLAUSE_MARK = re.compile(r"[，,；;：:]")


def _opening_place(doc: Doc, sentence_start: int, clause_start: int) -> tuple[str, int] | None:
    """The place the text from ``sentence_start`` opens with, when it is the subject of what follows it."""
    text = doc.text
    lo = sentence_start
    while lo < clause_start and text[lo].isspace():
        lo += 1
    if lead := _LEAD_TIME.match(text, lo, clause_start):
        lo = lead.end()  # 近年来|某区聚力…: a span of time before the subject
    opening = _OPENING_BREAK.search(text, lo, clause_start)
    hi = opening.start() if opening else clause_start
    topic: tuple[str, int] | None = None
    pos = lo
    for c_start, c_end, name in sorted(_places_between(doc, lo, hi)):
        if c_start != pos:
            break
        topic, pos = (name, c_start), c_end  # 甲县乙镇|丙村: parents written first, the last is the topic
    if topic is None or pos >= hi or text[pos] in _NOT_SUBJECT_NEXT or text.startswith(_MODIFIER_NEXT, pos):
        return None  # 某县境内的某山…, 某镇某某创办的合作社…: the place only describes the subject
    if _others_between(doc, pos, hi):
        return None  # 某镇甄某创办的合作社: a person or body after the place is the subject
    return topic


def _places_between(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Usable place mentions inside the clean span ``[lo, hi)``: ``(clean start, clean end, canonical name)``."""
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    out = []
    for p in doc.found(EntityType.PLACE):
        if o_lo <= p.start and p.end <= o_hi and _is_usable(p):
            c = _clean_offset(doc, p.start, lo, hi)
            if c is not None:
                out.append((c, c + len("".join(p.text.split())), canonical_place(doc, p.name)))
    return out


_COORDINATORS = re.compile(
    r"[、，,.．和及与]|以及|[\d一二两三四五六七八九十]+个(?:行政村|自然村|村|社区|镇|乡|县)(?:和|及|以及|、|，|,)"
)  # (甲村、乙村2个行政村和|丙村1个自然村: a counted group's count and its unit join it to the next group)


def coordinated_places(doc: Doc, clause_start: int, first_start: int) -> list[tuple[str, int]]:
    """The places listed before a subject place that starts at ``first_start``: ``甲市、乙市、丙县入选``.

    Walks back from the subject over places separated only by ``、``, commas, ``和``/``及``
    (an OCR full stop too: ``莆田市.龙岩市``); a place written right before another names its
    parent (``福建省莆田市``) and is skipped, not listed. Returns ``(name, clean start)``,
    nearest first.
    """
    text = doc.text
    out: list[tuple[str, int]] = []
    pos = first_start
    for c_start, c_end, name in sorted(_places_between(doc, clause_start, first_start), reverse=True):
        if c_end > pos:
            continue
        gap = text[c_end:pos]
        if gap == "":
            pos = c_start  # a place's parent written right before it (福建省|莆田市)
            continue
        if (
            gap[:1] in ")）"
            and _COORDINATORS.fullmatch(gap[1:])
            and (zone := _ZONE_BEFORE.search(text, max(0, c_start - 4), c_start))
        ):
            out.append((name, c_start))  # 甲区、某高新区(乙区)、丙区: the bracket names the zone's district
            pos = zone.start()
            continue
        if not _COORDINATORS.fullmatch(gap.strip(" \t\u3000")):
            break  # (甲村、 乙村: a web page's space after the mark)
        out.append((name, c_start))
        pos = c_start
    return out


_CLAUSE_BEFORE = re.compile(r"[，,；;：:。！!？?]")


def listed_clause_before(doc: Doc, sentence_start: int, clause_start: int, verb_start: int) -> list[tuple[str, int]]:
    """The places a clause lists, when that clause is only the list and the verb's clause right after its comma has
    no subject of its own: ``今年,甲县甲镇甲村、乙县乙镇乙村,被认定为某某乡村`` — both villages.

    At least two places, nothing but a date or adverbs before the first of them, the last right before the comma.
    Returns ``(name, clean start)``, the last first.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="今年,湘潭县花石镇石泉村、 韶山市清溪镇,被认定为省级某某乡村。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> listed_clause_before(d, 0, 21, 21)
    [('清溪镇', 17), ('石泉村', 9)]
    """
    text = doc.text
    comma = clause_start - 1
    if comma <= sentence_start or text[comma] not in ",，":
        return []
    if not _is_holder_gap(_WHEN.sub("", text[clause_start:verb_start]).strip()):
        return []
    lo = max([sentence_start, *(m.end() for m in _CLAUSE_BEFORE.finditer(text, sentence_start, comma))])
    places = _places_between(doc, lo, comma)
    last = next(((name, a) for a, b, name in places if b == comma), None)
    if last is None:
        return []
    listed = coordinated_places(doc, lo, last[1])
    if not listed or not _is_holder_gap(_WHEN.sub("", text[lo : min(a for a, _b, _n in places)]).strip()):
        return []  # (the first item's start: 甲县|甲镇甲村, its parents written with it)
    return [last, *listed]


_ZONE_BEFORE = re.compile(r"(?:高新区|经开区|开发区|新区|园区)[(（]$")  # (at most four characters before the place)


_BRACKETS = {"(": ")", "（": "）"}


def bracket_end(text: str, open_at: int) -> int:
    """Where the bracket opening at ``open_at`` closes (within 120 characters), or ``-1``.

    >>> bracket_end("6个(甲县、乙县)。", 2)
    8
    """
    close = _BRACKETS.get(text[open_at : open_at + 1])
    return text.find(close, open_at + 1, open_at + 120) if close else -1


def bracketed_places(doc: Doc, open_at: int) -> list[tuple[str, int]]:
    """The places listed in the bracket opening at clean offset ``open_at``: ``6个(甲县、乙县)``.

    The bracket must hold places and coordinators only (a place's parent may be written before
    it); anything else (``(含甲县)``, a remark) gives no list. Returns ``(name, clean start)``
    in text order.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="湖南省新增2个(醴陵市、攸县)。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> bracketed_places(d, 7)
    [('醴陵市', 8), ('攸县', 12)]
    """
    text = doc.text
    end = bracket_end(text, open_at)
    if end < 0:
        return []
    out: list[tuple[str, int]] = []
    pos = open_at + 1
    for c_start, c_end, name in sorted(_places_between(doc, open_at + 1, end)):
        gap = text[pos:c_start]
        if c_start < pos or (gap and not _COORDINATORS.fullmatch(gap)):
            return []
        if out and not gap:
            out.pop()  # 某省|某市: the parent written before its place
        out.append((name, c_start))
        pos = c_end
    return out if pos == end else []


def _clean_offset(doc: Doc, original: int, lo: int, hi: int) -> int | None:
    """The clean offset in ``[lo, hi)`` that maps to ``original``."""
    for i in range(lo, hi):
        if doc.original_offset(i) == original:
            return i
    return None
