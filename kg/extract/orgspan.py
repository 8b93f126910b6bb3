"""Where organisation names are in a text: match → drop overlaps (longest wins).

Three matchers propose spans, each with the kind of body it names:

* **lexicon** (``kg/data/org_names.txt``): well-known national bodies, media
  and companies, matched as written (``财政部``, ``新华社``, ``党中央``);
* **public bodies**: a jurisdiction (``省``/``市``/``区``/``县``/``镇``/``乡``/``村``,
  optionally led by place names and ``中共``) + a stem + a public-body suffix
  (``市住建局``, ``醴陵市税务局``, ``中共芦淞区委``, ``市委全面深化改革委员会``);
  the party committees, governments, congresses and CPPCCs themselves
  (``市委``, ``省政府``, ``市人大常委会``, ``市政协``) are the stem-less case;
* **named organisations**: a proper-name stem + a suffix (``…股份有限公司``, ``华菱集团``, ``中南大学``),
  the stem extended left until a function word or a verb (``和长沙某某公司`` → ``长沙某某公司``)
  and required to contain a name rather than only common words (``地方平台公司`` is no company).

>>> text = "省发改委、工信厅和长沙星辰科技有限公司与市委组织部签约。"
>>> [(text[s.start:s.end], s.kind) for s in org_spans(text)]
[('省发改委', 'government'), ('工信厅', 'government'), ('长沙星辰科技有限公司', 'company'), ('市委组织部', 'party')]
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import jieba

from kg.data import lexicon
from kg.extract.boundary import after_subtitle_verb
from kg.extract.credits import credit_spans
from kg.extract.org_lexicon import (
    body_kinds,
    bracketed_in_a_name,
    ethnic_groups,
    gazetteer,
    is_place_name,
    known_names,
    known_names_regex,
    left_stops,
    min_stems,
    province_shorts,
    public_names_by_last,
    suffix_regex,
    suffixes,
    titles,
    titles_by_char,
)
from kg.extract.place_lexicon import area_suffixes, is_generic, scan_names
from kg.extract.spans import longest_first
from kg.extract.titles import HONOUR_WORDS
from kg.extract.tokens import is_word, posseg, word_tags
from kg.vocab import PUBLIC_KINDS

__all__ = ["PUBLIC_KINDS", "OrgSpan", "body_kinds", "longest_first", "org_spans"]


_LEVELS = "省市区县镇乡村州旗盟"
_BODY_LEVELS = "省市区县镇乡州旗盟"  # levels that have a party committee, government, congress …
_HOME_ONLY = frozenset({"中心"})  # unit suffixes read only after a bare level (市X中心) or a ministry
_NAMED_LEVELS = "州旗盟"  # levels whose place stem must be a known division (钱宽州 is none)
_NATIONAL = ("国家", "全国")  # the state as a jurisdiction: 国家发展改革委, 国家数据局, 全国爱国卫生运动委员会
_HONOUR_BEFORE = re.compile(rf"(?:全国|国家)(?:{'|'.join(HONOUR_WORDS)})[\u4e00-\u9fff]{{0,2}}$")  # 全国优秀|县委
# a masthead that is no "X日报": 今日沂南 on its own line, or before a dateline
_TODAY_MASTHEAD = re.compile(r"(?m)^\s*(今日([\u4e00-\u9fff]{2,5}))(?=\s*$|讯)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")  # fullmatch: every character of a non-empty stretch is one
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff“”A-Za-z0-9·]")
_MAX_STEM = 12  # characters of a name in front of its suffix
_MAX_PUBLIC_STEM = 12
# the bodies a jurisdiction has (市委, 市政府 …), longest first; the suffix lexicon adds the rest
_BODY_WORDS = ("人大常委会", "纪委监委", "人民政府", "行政公署", "政府", "人大", "政协", "纪委", "监委", "委")
# what may follow a bare body word to name one of its organs (市委 + 组织部)
_ORGANS = ("常委会", "办公室", "组织部", "宣传部", "统战部", "政法委", "党校", "深改委", "编办", "网信办", "巡察办")
# a level, a body word and perhaps one of its organs (:func:`_body_spans`)
_BODY = re.compile(
    rf"[{_BODY_LEVELS}](?:{'|'.join(map(re.escape, _BODY_WORDS))})(?:{'|'.join(map(re.escape, _ORGANS))})?"
)


def _known_tail(text: str, s: int, p: int, level: str) -> bool:
    """Whether a tail of the stem ``text[s:p]`` with ``level`` is a division the gazetteer knows (政协|四川|省)."""
    return any(gazetteer().lookup(text[j:p] + level) for j in range(s, p - 1))


_COUNTY_UP = "省市县"  # the level characters a generic stem is read before (not 区: 经开区, 自治区)
_VERB_TAGS = frozenset({"v", "vd", "p", "c", "d", "u", "ud", "uj", "ul", "r", "ad"})
# A count of bodies in figures (35家, 20余所) or words no place name opens with (多所, 若干家); a count in
# Chinese numerals is left alone: place names open with them (三家村, 八家子镇).
_COUNTED = re.compile(r"(?:[0-9０-９]+[余多]?|多|数|若干|几)[家所个座]")
_SCHOOLS = frozenset({"大学", "科大", "医院", "出版社", "杂志社", "通讯社"})  # suffixes that common words may name
_LEADING_TAGS = _VERB_TAGS | {"vn", "l", "i"}  # what a name does not start with
_CLAUSE_TAGS = frozenset({"v", "p", "c", "d", "ad", "t", "m", "r", "u", "uj", "ul", "ud"})  # what a name never holds
_PROPER_TAGS = frozenset({"ns", "nr", "nt", "nz", "nrt", "nrfg"})  # jieba's tags of places and names


@dataclass(frozen=True, slots=True)
class OrgSpan:
    """A span of text naming an organisation, and the kind of body it is."""

    start: int
    end: int
    kind: str
    canonical: str | None = None  # a lexicon's canonical name, when it gives one
    carried: bool = False  # a bare department after ``、`` that borrows the jurisdiction before it
    in_title: bool = False  # a bare committee that is only the front of a party title (市委书记)


def _stop_before(text: str, i: int) -> bool:
    """True when a stop word ends at ``i`` (the name cannot extend over it); a one-character stop that
    ends a division's name (成都, 宜都: 都 is an adverb too) is none.

    >>> _stop_before("成都星辰科技", 2), _stop_before("他们都是", 3)
    (False, True)
    """
    stops = left_stops()
    return (
        (i >= 3 and text[i - 3 : i] in stops)
        or (i >= 2 and text[i - 2 : i] in stops)
        or (i >= 1 and text[i - 1 : i] in stops and not any(gazetteer().lookup(text[i - k : i]) for k in (2, 3)))
    )


def _boundary(text: str, i: int) -> bool:
    """True when a name may start at ``i``: text start, non-name character, or a stop word before it."""
    return (
        i == 0
        or not _NAME_CHAR.match(text[i - 1])
        or text[i - 1] == "”"
        or _stop_before(text, i)
        or after_subtitle_verb(text, i)  # ——访某县委书记: the subtitle's verb
    )


def _chain_boundary(text: str, i: int) -> bool:
    """A place name may start at ``i``: a name boundary, or right after a division (``雷打石镇|先锋``).

    A level character that ends a common word (乡村, 城市, 社区) is no division.
    """
    if _boundary(text, i) or text.endswith("中共", 0, i):
        return True
    return i >= 2 and text[i - 1] in _LEVELS and not is_word(text[i - 2 : i], 20)


@lexicon.cached
def _titles_re() -> re.Pattern[str]:
    return lexicon.alternation(frozenset(titles()))


def _has_title(stem: str) -> bool:
    """True when a title is written anywhere in ``stem`` (one search, not a scan per title)."""
    return _titles_re().search(stem) is not None


def _extend_places(text: str, i: int) -> int:
    """Extend a name start left over province names and places in front (``江西萍乡市`` …, ``中共``)."""
    while True:
        for k in (4, 3, 2):
            w = text[i - k : i] if i - k >= 0 else ""
            if len(w) == k and (
                w in province_shorts()
                or (
                    w[-1] in _LEVELS
                    and _CJK_RUN.fullmatch(w)
                    and _chain_boundary(text, i - k)
                    and not after_subtitle_verb(text, i - k + 1)  # ——记|某县: the subtitle's verb
                )
            ):
                i -= k
                break
        else:
            break
    if text[max(0, i - 2) : i] == "中共":
        i -= 2
    return i


def _jurisdiction_start(text: str, p: int) -> int | None:
    """Where a jurisdiction whose level character (省/市/区 …) is at ``p`` begins, or None.

    ``市`` at a name boundary (or right after another body: ``市委市政府``) stands alone;
    otherwise a place stem of two to four characters must lead it from a boundary
    (``醴陵市``, ``芦淞区``, ``江西萍乡市``).
    """
    if _boundary(text, p) or text[p - 1 : p] in ("委", "府"):
        return _extend_places(text, p)
    level = text[p]
    if text.endswith("自治", 0, p):  # 恩施土家族苗族自治州: a stem, ethnic names, 自治, the level
        q = p - 2
        while (e := next((e for e in ethnic_groups() if text.endswith(e, 0, q)), None)) is not None:
            q -= len(e)
        if q < p - 2:
            p = q
    found: list[int] = []
    known: list[int] = []  # a division the gazetteer knows wins (温都尔勒图镇, not 尔勒图镇)
    blocked = clause_before = False
    for k in (2, 3, 4, 5):
        s = p - k
        if s < 0 or not _CJK_RUN.fullmatch(text, s, p):
            continue
        if not _chain_boundary(text, s):
            if _after_verb(text, s) and gazetteer().lookup(text[s:p] + level):
                known.append(s)  # 宣布|安徽省委, 已有|山西省国土资源厅: a division the gazetteer knows, after a verb
            continue
        if gazetteer().lookup(text[s:p] + level):
            known.append(s)
        blocked = blocked or any(_stop_before(text, j) for j in range(s + 1, p + 1))
        if blocked:
            continue
        if k == 5:
            continue  # five characters only for a division the gazetteer knows
        if k >= 3 and _verb_inside(text[s:p]) and not _area_tail(text[s : p + 1]):
            if gazetteer().lookup(text[p - 2 : p] + level):
                known.append(p - 2)  # 经|大同市委: the division the gazetteer knows, after the clause's words
            clause_before = True
            continue  # 仍未见|乡政府, 葛冰传达|县委: a clause's words before a bare level, no division's name
        if level in _NAMED_LEVELS and not (is_place_name(text[s:p]) or is_place_name(text[s:p] + level)):
            continue  # 州 / 旗 / 盟 end surnames and words too: the stem must be a known division
        if level in _COUNTY_UP and is_generic(text[s:p]) and not _known_tail(text, s, p, level):
            continue  # 地级|市, 全省十三地|市, 龙游两|县, 全国优秀|县: a kind of division, no name (经开|区 is one)
        found.append(s)
    if not found and not known:
        return p if clause_before and level in _COUNTY_UP else None  # 修改完善|市委: the level written bare
    return _extend_places(text, min(known) if known else found[0])


_VERB_BEFORE_TAGS = frozenset({"v", "vd", "d", "p", "c", "t"})  # (t: 近日|四川省…, 日前|某省…)
_CLAUSE_WORD_TAGS = frozenset({"v", "vd", "d", "p", "c", "r", "t"})
_CLAUSE_CHAR_TAGS = frozenset({"v", "d", "p", "c", "r"})


def _area_tail(name: str) -> bool:
    """Whether ``name`` ends in a named area's suffix (株洲高新|区, 长胜南片|区): its stem's words are the area's."""
    return any(name.endswith(a.suffix) for a in area_suffixes())


def _verb_inside(stem: str) -> bool:
    """Whether ``stem`` holds a verb, adverb, preposition or conjunction as a word of its own (仍未见, 会议根据,
    葛冰传达): a clause, not a division's name.

    >>> _verb_inside("仍未见"), _verb_inside("葛冰传达"), _verb_inside("湘潭"), _verb_inside("石门坎")
    (True, True, False, False)
    """
    tags = word_tags()
    return any(
        tags.get(w) in (_CLAUSE_WORD_TAGS if len(w) > 1 else _CLAUSE_CHAR_TAGS) for w in jieba.cut(stem, HMM=False)
    )


_BODY_ENDS = frozenset("会社所院局办部厅委队团校站")  # 促进会 (a verb to jieba) ends a body: no verb before a place


def _after_verb(text: str, i: int) -> bool:
    """Whether a verb, adverb, preposition or conjunction of two or three characters ends at ``i`` (宣布|安徽省委),
    and no body's name does (中国民主促进会|长沙市委员会: jieba tags 促进会 a verb).

    >>> _after_verb("大会宣布安徽省委决定", 4), _after_verb("大会宣布安徽省委决定", 5)
    (True, False)
    """
    if i < 2 or text[i - 1] in _BODY_ENDS:
        return False
    tags = word_tags()
    return any(i >= k and tags.get(text[i - k : i]) in _VERB_BEFORE_TAGS for k in (2, 3))


def _inner_and(text: str, p: int, s: int) -> bool:
    """True when the ``和`` at ``p`` joins two words of one department name (住房和城乡建设局).

    It is a clause break when what follows could start a body of its own (a level
    character: ``市发改委和市住建局``) or what precedes already ends one (``发改委和工信厅``).
    """
    if text[p] != "和" or not 2 <= s - p - 1 <= 4 or text[p + 1] in _LEVELS:
        return False
    before = text[max(0, p - 4) : p]
    return len(before) >= 2 and not before.endswith(_suffix_words())


def _fused(text: str, p: int, s: int, suffix: str) -> bool:
    """True when a stop word ending at ``p`` forms one word with the suffix after it (服务 + 中心)."""
    return p + 1 == s and any(is_word(text[p + 1 - k : s] + suffix, 5) for k in (2, 3) if p + 1 - k >= 0)


def _public_start(text: str, s: int, suffix: str) -> int | None:
    """Where a public body whose suffix starts at ``s`` begins, or None when no jurisdiction leads it.

    The jurisdiction is the rightmost level character in front of the suffix whose
    stem (between it and the suffix) holds no title and no stop word; ``国家`` leads
    national bodies (``国家发展改革委``).
    """
    lo = max(0, s - _MAX_PUBLIC_STEM)
    min_stem = min_stems().get(suffix, 0)
    for p in range(s - 1, lo - 1, -1):
        if not _NAME_CHAR.match(text[p]) or text[p].isdigit():
            return None
        if _stop_before(text, p + 1) and not _inner_and(text, p, s) and not _fused(text, p, s, suffix):
            return None
        if text.endswith(_NATIONAL, 0, p + 1) and s - p - 1 >= 2 and _boundary(text, p - 1):
            return None if text.startswith(HONOUR_WORDS, p + 1) else p - 1  # 全国优秀县委书记: an honour, no body
        if text[p] not in _LEVELS or (p + 1 == s and len(suffix) < 2) or _has_title(text[p + 1 : s]):
            continue
        if s - p - 1 < min_stem:
            continue
        start = _jurisdiction_start(text, p)
        if start is not None:
            return start
    return None


def _title_at(text: str, s: int, suffix: str) -> bool:
    """True when a title, not an organisation, starts at ``s`` (``局长``, ``委员``, ``党委书记``).

    A party organ's title (``党委书记``) names the organ when nothing in front of
    it is a body already (``联村党委书记``) and belongs to the body in front otherwise
    (``市行业办公室党委书记``).
    """
    e = s + len(suffix)
    first, last = titles_by_char()
    if any(text.endswith(t, 0, e) for t in last.get(text[e - 1], ()) if len(t) > len(suffix)):
        return True  # 市委常委: the 委 ends a title
    title = next((t for t in first.get(text[s], ()) if text.startswith(t, s) and len(t) > len(suffix)), None)
    if title is None:
        return False
    # 联村党委书记 names 联村党委; 市行业办公室党委书记 is a title of 市行业办公室
    return not suffix.startswith("党") or text.endswith(_suffix_words(), 0, s)


@lru_cache(maxsize=1 << 16)
def _posseg(text: str, *, hmm: bool) -> tuple[posseg.pair, ...]:
    """``posseg.cut`` of a short stem, remembered: the same stems recur across pages."""
    return tuple(posseg.cut(text, HMM=hmm))


class _LazyPairs:
    """``posseg.cut(stem, HMM=True)``, cut only as far as it is read, and remembered that far.

    The HMM on a run of unknown characters is most of jieba's cost, and a reader that stops at
    the first word (:func:`_named_start`) never needs the runs after it.
    """

    __slots__ = ("_cut", "_lock", "_pairs")

    def __init__(self, stem: str) -> None:
        self._pairs: list[posseg.pair] = []
        self._cut: Iterator[posseg.pair] | None = posseg.cut(stem, HMM=True)
        self._lock = threading.Lock()  # Dask workers extract in threads: one cut advanced at a time

    def __iter__(self) -> Iterator[posseg.pair]:
        k = 0
        while True:
            if k == len(self._pairs):
                with self._lock:
                    if k == len(self._pairs):  # no other thread cut further meanwhile
                        nxt = next(self._cut, None) if self._cut is not None else None
                        if nxt is None:
                            self._cut = None
                            return
                        self._pairs.append(nxt)
            yield self._pairs[k]
            k += 1


@lru_cache(maxsize=1 << 16)
def _posseg_hmm(text: str) -> _LazyPairs:
    """:func:`_posseg` with the HMM, read lazily (:class:`_LazyPairs`)."""
    return _LazyPairs(text)


@lexicon.cached
def _distinctive_heads() -> tuple[str, ...]:
    """What a stem may open with to hold a name (:func:`_is_distinctive`): a province's short form, or 中国."""
    return (*province_shorts(), "中国")


def _is_distinctive(stem: str) -> bool:
    """True when a stem holds a name, not only common words (``华菱`` yes, ``地方平台`` no).

    A province, a county or larger division (``恩施``), or the national ``中国`` in
    front is a name: ``恩施日报``, ``中国社会科学院``.
    """
    if re.search(r"[A-Za-z]{2,}", stem) or stem.startswith(_distinctive_heads()):
        return True
    if any(is_place_name(stem[:k]) for k in (2, 3, 4) if len(stem) >= k):
        return True
    pairs = _posseg(stem, hmm=False)
    singles = 0
    for p in pairs:
        w = p.word
        if len(w) == 1:
            singles += 1
            if singles >= 2:
                return True
            continue
        singles = 0
        if (p.flag in {"nr", "ns", "nt", "nz", "nrt", "eng"} and not is_word(w, 5000)) or (
            not is_word(w, 200) and p.flag[:1] in "nxej"
        ):
            return True
    return False


_BRACKETED_PLACE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")


def _bracket_in_name_at(text: str, at: int) -> re.Match[str] | None:
    """The bracket ending at ``at`` whose words belong inside a company's name (``(扬州)``, ``(集团)``), or None."""
    bracket = _BRACKETED_PLACE.search(text, max(0, at - 8), at)
    return bracket if bracket and bracket.end() == at and bracketed_in_a_name(bracket.group(1)) else None


def _named_start(text: str, s: int) -> int:
    """Extend a named organisation left from its suffix at ``s``.

    The name runs over name characters up to a stop word (``与``, ``的``, ``培育出`` …);
    then leading verbs, adverbs and function words (by jieba's tags) are dropped:
    ``还很看重城发集团`` → ``城发集团``.
    """
    i = s
    lo = max(0, s - _MAX_STEM)
    if bracket := _bracket_in_name_at(text, s):
        # 某某光电科技(扬州)|有限公司, 某某实业(集团)|有限公司: a branch's place or the group, bracketed inside the
        # name; the name before it must be one of its own (not 这家科技(深圳)有限公司)
        before = _named_start(text, bracket.start())
        return before if _is_distinctive(text[before : bracket.start()]) else s
    while i > lo and _NAME_CHAR.match(text[i - 1]) and (not _stop_before(text, i) or _place_opens(text, i - 1, s)):
        i -= 1  # (向塘开发区: a stop word that opens a place's name is the place's)
    if i < s and (bracket := _bracket_in_name_at(text, i)):
        # 某某马(重庆)|物流股份有限公司: the branch's place bracketed further in; the name before it is its own
        before = _named_start(text, bracket.start())
        if before < bracket.start() and _is_distinctive(text[before : bracket.start()]):
            return before
    if i == lo and lo > 0:  # a long company name (新疆某某家居装饰材料制造有限公司): its start a few characters on
        k = next(
            (k for k in range(lo, max(0, lo - 4), -1) if not _NAME_CHAR.match(text[k - 1]) or _stop_before(text, k)),
            None,
        )
        i = k if k is not None else i
    for pair in _posseg_hmm(text[i:s]):  # mostly read to its first word only
        if pair.flag not in _LEADING_TAGS or len(pair.word) == s - i:
            break
        if text.startswith(_suffix_words(), i + len(pair.word)):
            break  # 攀钢集团西昌钢钒有限公司: the "verb" names the group in front of a suffix
        if _place_opens(text, i, s):
            break  # 新疆某某有限公司, 向塘开发区: the "adverb" or "preposition" opens a place's name
        i += len(pair.word)
    k, cut, last = i, None, ""
    for pair in _posseg(text[i:s], hmm=False):  # dictionary words only: no verb guessed inside a name
        k += len(pair.word)
        named_by_verb = suffix_regex().match(text, k) is not None  # 攀钢|集团: a verb-like name
        dated = pair.word.endswith(("年", "月", "日"))  # 1953年: numbers only as a date
        clause = pair.flag in _CLAUSE_TAGS and (len(pair.word) > 1 or dated) and (pair.flag != "m" or dated)
        if pair.flag == "t" and last in _PROPER_TAGS:
            clause = False  # 中国|青年|志愿者协会: jieba's time word 青年 after a name is part of the name
        last = pair.flag
        quoted = text.count("“", i, k) > text.count("”", i, k)  # 打造“三个高地”指挥部: inside a quoted name
        if clause and s - k >= 2 and not named_by_verb and not quoted:
            cut = k  # 早年求学|某某大学, 目前巴西只有|某某保险公司: a clause before the name
    if cut is not None:
        i = cut
    while i < s and (text[i] in "”" or (text[i] == "“" and "”" not in text[i:s])):
        i += 1  # a quote closing before the name, or opening one that never closes
    return i


def _place_opens(text: str, i: int, s: int) -> bool:
    """True when a province's short name or a division the gazetteer knows starts at ``i`` (before ``s``)."""
    if text.startswith(tuple(province_shorts()), i):
        return True
    if any(text[i + k - 1] in _LEVELS and gazetteer().lookup(text[i : i + k]) for k in (3, 4) if i + k < s):
        return True  # 新疆某某县…
    # 向塘开发区: a town's name (向塘镇) before a zone's 开发区, 经开区, 高新区, 新区
    return i + 2 < s and text[i + 2] in "开经高新" and bool(gazetteer().lookup(text[i : i + 2] + "镇"))


def _media_start(text: str, s: int, start: int) -> int:
    """A newspaper or station is named by one place (``株洲日报``, not ``新活力株洲日报``)."""
    pairs = _posseg(text[start:s], hmm=False)
    i = s
    for pair in reversed(pairs):
        if pair.flag != "ns" and pair.word not in province_shorts():
            break
        i -= len(pair.word)
    return i if i < s else start


@lexicon.cached
def _known_name_kinds() -> dict[str, tuple[str, str | None]]:
    """``name → (kind, canonical)`` of :func:`known_names` (built once, not per page)."""
    return {n: (k, c) for n, k, c in known_names()}


@lexicon.cached
def _known_name_words() -> tuple[str, ...]:
    """The names of :func:`known_names`, for one ``str.startswith`` test."""
    return tuple(n for n, _, _ in known_names())


def _lexicon_spans(text: str) -> Iterable[OrgSpan]:
    kinds = _known_name_kinds()
    for m in known_names_regex().finditer(text):
        if _runs_on(text, m.start(), m.end()):
            continue  # 科技部门 is no 科技部, 新华社区 no 新华社 (but 新华社长沙 is 新华社)
        kind, canonical = kinds[m.group()]
        yield OrgSpan(m.start(), m.end(), kind, canonical)
    for m in _TODAY_MASTHEAD.finditer(text):
        if is_place_name(m.group(2)):
            yield OrgSpan(m.start(1), m.end(1), "media")


def _runs_on(text: str, start: int, end: int) -> bool:
    """True when the last character of ``text[start:end]`` begins a word running past ``end``.

    >>> _runs_on("新华社区", 0, 3), _runs_on("新华社长沙", 0, 3), _runs_on("科技部门", 0, 3)
    (True, False, True)
    """
    if end >= len(text) or not _CJK.match(text[end]):
        return False
    if not is_word(text[end - 1 : end + 1], 50):
        return False
    if text[end - 1] in "部局委厅办":
        return text[end] != "副"  # 科技部门 (将): a department word runs on, but not into a title (财政部副部长)
    return not any(is_word(text[end : end + k], 50) for k in (2, 3, 4) if end + k <= len(text))


def _body_spans(text: str) -> Iterable[OrgSpan]:
    """Party committees, governments, congresses, CPPCCs: ``市委``, ``株洲市人民政府``, ``中共芦淞区委``."""
    for m in _BODY.finditer(text):
        s, e = m.span()
        if text[e - 1] == "委" and text[e : e + 2] == "员会":
            continue  # 市委员会: the suffix matcher reads the whole name
        if text[e - 1] == "委" and text[e : e + 1] in ("托", "员"):
            continue  # 湘潭县委托第三方, 市委员名单: a word, no committee
        start = _jurisdiction_start(text, s)
        if start is None:
            continue
        body_word = next(b for b in _BODY_WORDS if m.group()[1:].startswith(b))
        # 市委书记, 县委常委: the title of the home committee, a mention only if the page names it elsewhere
        in_title = start == s and m.group()[1:] == "委" and _party_title_at(text, e)
        yield OrgSpan(start, e, body_kinds()[body_word], in_title=in_title)


@lexicon.cached
def _party_titles() -> tuple[str, ...]:
    table = lexicon.table("titles")
    return tuple(sorted((t for t, k in table.items() if k == "party"), key=len, reverse=True))


def _party_title_at(text: str, i: int) -> bool:
    """True when a party title (书记, 副书记, 常委 …) starts at ``i``."""
    j = i + 1 if text.startswith("副", i) else i
    return text.startswith(_party_titles(), j)


def _open_quote(text: str, start: int, end: int) -> int | None:
    """The offset after the last quote of ``text[start:end]`` left unbalanced (``村“两委``), or None."""
    depth, last = 0, None
    for i in range(start, end):
        if text[i] == "“":
            depth += 1
            last = i + 1
        elif text[i] == "”":
            if depth == 0:
                last = i + 1
            depth = max(0, depth - 1)
    return last if depth or (last is not None and text[last - 1] == "”" and "“" not in text[start:last]) else None


def _home_unit(text: str, start: int, s: int) -> bool:
    """True when ``text[start:s]`` is a bare level or a national body, then a unit name (not a body)."""
    head = text[start]
    if head not in _LEVELS and not text.startswith(_known_name_words(), start):
        return False
    if head in _LEVELS and any(gazetteer().lookup(text[start - k : start + 1]) for k in (2, 3) if start >= k):
        return False  # 成都市天府…中心: the level ends a place name (都 is no stop word here)
    return not text[start:s].endswith(_BODY_WORDS)  # 市政府中心工作 is no unit


_UNIT_NEVER = frozenset("和与及同的")  # characters a ministry's unit never opens with


def _national_unit_start(text: str, s: int) -> int | None:
    """Where a national body's unit begins: a ministry of the lexicon, then the unit (科技部火炬中心)."""
    for k in range(2, 7):
        q = s - k
        if q < 2 or not _CJK_RUN.fullmatch(text, q, s) or text[q] in _UNIT_NEVER:
            break  # 国务院|和省委: a conjunction joins a second body, no unit of the first
        name = next((n for n in public_names_by_last().get(text[q - 1], ()) if text.endswith(n, 0, q)), None)
        if name and name[-1] in "部委局署院":
            return q - len(name)
    return None


@lexicon.cached
def _suffix_kinds() -> dict[str, str]:
    """``suffix → kind`` of :func:`suffixes` (built once, not per page)."""
    return dict(suffixes())


@lexicon.cached
def _suffix_words() -> tuple[str, ...]:
    """The suffixes of :func:`suffixes`, for one ``str.startswith`` / ``str.endswith`` test."""
    return tuple(x for x, _ in suffixes())


_SEVERAL_LEVELS = re.compile(r"[一二两三四五六七八九十\d]+个?(?:地市|市州|地州|县市区|县区|市县)$")
_COUNTED_UNITS = re.compile(r"[一二两三四五六七八九十百千0-9０-９]+个(?:村|社区|乡镇|镇|乡|县|区|市)")
_NO_BUREAU = frozenset(
    {"格局", "布局", "大局", "全局", "结局", "时局", "骗局", "开局", "僵局", "残局", "变局", "胜局", "败局"}
)


_ROOMS = (
    *("会议厅", "大厅", "展厅", "餐厅", "客厅", "报告厅", "宴会厅"),
    *("音乐厅", "演播厅", "会见厅", "贵宾厅", "营业厅", "接待厅"),
)
"""Rooms ending in 厅 (会议厅, 大厅): no provincial department (教育厅)."""


_PEOPLES_ORGANISATIONS = frozenset({"妇联", "残联", "工商联", "科协", "侨联", "文联", "总工会", "红十字会"})
"""People's organisations (人民团体) set up for every division, so named like a public body by the division in front
(``区妇联``, ``县工商联``, ``市总工会``), as well as by a name of their own."""


_BARE_GRASSROOTS = frozenset({"村", "镇", "乡", "社区", "街道"})
"""Levels whose bare word names no one body (村妇联: some village's)."""


def _suffix_spans(text: str) -> Iterable[OrgSpan]:
    """Public bodies with a jurisdiction, and named organisations, ending in a suffix."""
    kinds = _suffix_kinds()
    for m in suffix_regex().finditer(text):
        s, e = m.span()
        suffix = m.group()
        kind = kinds[suffix]
        one = len(suffix) == 1 and len(text[s : s + 2]) == 2 and is_word(text[s : s + 2], 50)
        if _title_at(text, s, suffix) or one or (suffix == "办" and text[s - 1 : e] in lexicon.words("office_verbs")):
            continue  # 局长 is a title, 局面 / 办理 / 委托 are words, 政府主办 / 交办 verbs
        if suffix.endswith("报") and text.startswith("道", e):
            continue  # 27日报道: a report, no paper
        if suffix == "局" and text[s - 1 : e] in _NO_BUREAU:
            continue  # 发展格局, 总体布局: a word ending in 局, no bureau
        if _HONOUR_BEFORE.search(text, max(0, s - 8), s):
            continue  # 全国优秀县委书记: an honour's words, no body of any length (no 优秀县委 either)
        if suffix == "厅" and text.endswith(_ROOMS, 0, e):
            continue  # 县政府会议楼二楼会议厅, 政务服务大厅: a room, no department
        if is_word(text[s : e + 1], 50) and len(text[s : e + 1]) > len(suffix):
            continue  # 党组织 is no 党组
        if suffix.endswith("会") and text.startswith("议", e):
            continue  # 常委会议 is a meeting
        if len(suffix) == 1 and text.startswith("级", e):
            continue  # 局级部门, 厅级干部: a rank, no body
        if text[max(0, s - 2) : s] in ("两级", "三级", "各级", "本级"):
            continue  # 市区两级政府: governments of several levels, no one body
        if kind in PUBLIC_KINDS:
            start = _national_unit_start(text, s)
            if start is None:
                start = _public_start(text, s, suffix)
            if start is not None and suffix in _HOME_ONLY and not _home_unit(text, start, s):
                continue  # 株洲城市数智中心 may be a venue; 市招商服务中心 is the home city's unit
            if start is not None and _open_quote(text, start, s) is not None:
                continue  # 东墙峪村“党支部+合作社”: a quote opens inside the name
            if start is not None and _SEVERAL_LEVELS.search(text, max(0, start - 6), s):
                continue  # 十三地市政府: the bodies of several divisions, no one body
            if start is not None and _COUNTED_UNITS.search(text, start, s):
                continue  # 某镇十个村党支部: the bodies of several villages, no one body
            if start is not None and suffix == "委员会" and text.startswith("中共", start):
                kind = "party"  # 中共X盟委员会
            if start is None and len(suffix) >= 3 and suffix in ("指挥部", "领导小组"):
                start = _named_start(text, s)
                if s - start < 2:
                    continue
            if start is None:
                start = _named_start(text, s)
                if start > 0 and text[start - 1] == "、" and 1 <= s - start <= 6:
                    yield OrgSpan(start, e, kind, carried=True)  # 省发改委、工信厅
                continue
            yield OrgSpan(start, e, kind)
        else:
            start = _public_start(text, s, suffix) if suffix in _PEOPLES_ORGANISATIONS else None
            if start is not None and text[start:s] not in _BARE_GRASSROOTS:
                yield OrgSpan(start, e, kind)  # 区妇联, 县工商联: a people's organisation of a division
                continue
            start = _named_start(text, s)
            start = _open_quote(text, start, s) or start
            if kind == "media":
                start = _media_start(text, s, start)
            counted = _COUNTED.match(text, start, s)
            if counted:
                start = counted.end()  # 35家|航空公司, 多所|大学: a count of bodies, then what they are
            stem = text[start:s]
            if len(stem) < 2 or _has_title(stem):
                continue
            # a school may be named by common words (国防科大), a company needs a name (not 地方平台公司)
            if not _is_distinctive(stem) and not (suffix in _SCHOOLS and len(stem) <= 4 and _boundary(text, start)):
                continue
            yield OrgSpan(start, e, kind)


# a team word after a place: 队, 男队, 女子足球队, 国家队, 代表队 (not 队伍, 队员, 队长 …); the lookahead on the
# characters a match opens with lets any other position fail at once (every part before 队 is optional)
_TEAM = re.compile(
    r"(?=[男女足篮排乒羽网手冰棒垒田游体举射国代队])"
    r"(?:(?:[男女]子?)?(?:足球|篮球|排球|乒乓球|羽毛球|网球|手球|冰球|棒球|垒球|田径|游泳|体操|举重|射击)?"
    r"(?:国家|代表)?队(?![伍员长列形部里内中友])|(?:国家)?[男女][篮排足])"
)


def _team_spans(text: str) -> Iterator[OrgSpan]:
    """A place's sports team: ``中国男队``, ``巴西队``, ``某省代表队``, ``中国女篮`` — a country, a
    foreign place, 中国 or a county-or-larger division written right before the team word, or
    before a club's name and 队.

    >>> text = "巴西队与中国女队相遇，队员们；延边敖东队和中国女篮"
    >>> [text[s.start : s.end] for s in _team_spans(text)]
    ['巴西队', '中国女队', '延边敖东队', '中国女篮']
    """
    if "队" not in text and not any(c in text for c in "篮排足"):
        return
    ends = {p.end: p.start for p in scan_names(text)}

    def place_before(i: int) -> int | None:
        start = ends.get(i)
        if start is None:
            start = next((i - k for k in (4, 3, 2) if i >= k and _team_place(text[i - k : i])), None)
        return start

    for m in _TEAM.finditer(text):
        s = m.start()
        start = place_before(s)
        if start is None and text[s] == "队":  # a club named after its place: 某省全兴队 (a name, not a word)
            stems = (text[s - k : s] for k in (2, 3) if s > k)
            found = (place_before(s - len(w)) for w in stems if _club_name(w))
            start = next((p for p in found if p is not None), None)  # 某地|阿尔滨|队: the longer stem too
        if start is not None:
            yield OrgSpan(start, m.end(), "sports")


def _club_name(stem: str) -> bool:
    """A sponsor's or a club's name between a place and 队: no common word (工作, 消防), no function
    character, no level character (长沙|市巡逻|队 is a patrol of 长沙市)."""
    if not all(_CJK.match(c) for c in stem) or set(stem) & _NO_BODY_STEM or stem[0] in _LEVELS:
        return False
    return not any(is_word(stem[i : i + 2], 50) for i in range(len(stem) - 1))


# a state's body after its name: 政府, 议会, 内政部, 联邦贸易委员会, 驻华大使馆, 中央银行 (not 部门, 局势)
_STATE_BODY = re.compile(
    r"(?:驻华)?(?:(?:联邦)?政府|国务院|国会|议会|众议院|参议院|内阁|外务省|总统府|大使馆|总领事馆|领事馆"
    r"|(?P<named>[\u4e00-\u9fff]{0,8}?(?:部|委员会|局|署|最高法院|法院|检察院|中央银行|央行)))"
)
_STATE_BODY_KINDS = {"法院": "judiciary", "检察院": "judiciary", "银行": "bank", "央行": "bank"}
_DIRECTIONS = frozenset({"东", "西", "南", "北", "中", "东北", "西北", "东南", "西南", "中西", "中北", "中南", "内"})
_NO_BODY_STEM = frozenset("的了是在和与及等也都就对向将把被让给从到于这那个们有为不以之其而或但")


def _state_body_spans(text: str) -> Iterator[OrgSpan]:
    """A foreign state's body written after the state's name: ``美国国务院``, ``英国内政部``,
    ``俄罗斯中央银行``, ``法国驻华大使馆`` (not ``国务院``: China's).

    >>> [text[s.start:s.end] for text in ["英国内政部和美国联邦贸易委员会"] for s in _state_body_spans(text)]
    ['英国内政部', '美国联邦贸易委员会']
    """
    for place in scan_names(text):
        if not place.kind.isupper():
            continue  # a country (or a former state) has its ISO code as kind
        m = _STATE_BODY.match(text, place.end)
        if m is None or set(m.group()) & _NO_BODY_STEM:
            continue
        head = m.group()[-1] in "部局" and text.startswith("长", m.end())  # 美国财政部长: the body's head
        if not head and _runs_on(text, place.start, m.end()):
            continue
        named = m.group("named")
        if named and ((named[-1] in "部局署" and is_word(named[-2:], 50)) or named.rstrip("部") in _DIRECTIONS):
            continue  # 印度|签署, 美国|僵局, 美国经济|全局, 美国|中东部: a word or a direction, no body
        kind = next((k for suffix, k in _STATE_BODY_KINDS.items() if m.group().endswith(suffix)), "government")
        yield OrgSpan(place.start, m.end(), kind)


def _team_place(word: str) -> bool:
    return word == "中国" or is_place_name(word)


def org_spans(text: str, extra: Sequence[OrgSpan] = ()) -> list[OrgSpan]:
    """Every organisation span of ``text`` (plus ``extra`` proposals), overlaps removed."""
    spans = [
        *_lexicon_spans(text),
        *_team_spans(text),
        *_state_body_spans(text),
        *_body_spans(text),
        *_suffix_spans(text),
        *(OrgSpan(a, b, "media") for a, b in credit_spans(text)),
        *extra,
    ]
    kept = longest_first(spans, tie=lambda x: (x.carried, x.kind))
    public_ends = {sp.end for sp in kept if sp.kind in PUBLIC_KINDS and not sp.carried}
    out: list[OrgSpan] = []
    for sp in kept:
        if sp.carried and sp.start - 1 not in public_ends:
            continue
        out.append(sp)
        if sp.carried:
            public_ends.add(sp.end)
    return out
