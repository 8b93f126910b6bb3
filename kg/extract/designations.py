"""Designations: titles a place wins or works toward (pilot, demonstration, ranked cities).

A designation is a well-known title (``kg/data/designations.txt``), a phrase
ending in a head (``…试点城市``, ``…示范区``, ``kg/data/designation_heads.txt``)
or a ranking (``…城市40强``, ``百强县``). Its name keeps the batch and level
written in front of it (``全国首批…``, ``第二批…``), and these also become
props: ``level`` (national / provincial / municipal), ``batch``, ``year`` and
``conferrer`` when the sentence names one. ``designated_as`` ties it to the
holder: the place that is the verb's subject, ``我市`` (the home city), or, in
headline lists with no subject, the paper's home city; ``status`` is *awarded*
(获批, 入选 …) or *aspiring* (创建, 争创 …), ``unique`` marks ``全省唯一入选``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="岳阳日报讯 2022年，我市成功获批全国首批智慧城市试点城市。"))
>>> [(m.name, m.prop("level"), m.prop("batch"), m.prop("year")) for m in extract_designations(doc)
...  if isinstance(m, Mention)]
[('全国首批智慧城市试点城市', 'national', '首批', '2022')]
>>> [(str(r.subject), r.prop("status")) for r in extract_designations(doc) if isinstance(r, Relation)]
[('place/岳阳市', 'awarded')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import ahocorasick

from kg.data import lexicon
from kg.data.gazetteer import LEVELS, Gazetteer, short_form
from kg.extract.base import Doc
from kg.extract.boundary import (
    HOME_MARK,
    YEAR_PREFIX,
    clause_start,
    has_level_mark,
    home_level,
    in_open_quote,
    left_boundary,
    level_of,
    noun_ends,
)
from kg.extract.context import GENERIC_PLACES
from kg.extract.designation_lists import (
    ITEM_NUMBER,
    counted_groups,
    counted_lines,
    enumerated_designations,
    item_places,
    place_blocks,
    places_within,
    title_line_lists,
)
from kg.extract.place_lexicon import GOING_TO
from kg.extract.placeref import (
    bracket_end,
    bracketed_places,
    coordinated_places,
    listed_clause_before,
    previous_topic_place,
    subject_place,
    topic_place,
)
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, PlaceLevel, Predicate

__all__ = ["Found", "composed_heads", "designations_of", "extract_designations", "find_designations"]

_RANKING = re.compile(  # (the lookahead lets a position no match opens at fail at once)
    r"(?=[城县市区十百千\d])(?:(?:城市|县市|县|市|区)(?:\d+|[十百千])强|(?:\d+|[十百千])[强快](?:县市|县|市|区|城市))"
)
_BATCH = re.compile(r"首批|第[一二三四五六七八九十\d]+批")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}(?=中国|全国|国家|省级|全省)")  # a year written without 年 before a level mark
_UNIQUE = re.compile(r"(全国|全省|全市)唯一")
_CONJUNCTION = re.compile(r"、|和|与|及|以及|,|，")
_LIST_AFTER = re.compile(r"(?:建设|创建)?(?:名单|名录)")
_PROJECT_AFTER = re.compile(r"项目|工程")
# 公布了今年某某强镇建设名单, 附:2020年某某示范县名单: a list that is published names its title
_PUBLISHED_LIST = re.compile(r"(?:建设|创建|认定|命名|评选)?(?:名单|榜单)")
_TAKEN_AWAY = ("撤销", "取消", "摘牌", "摘除", "退出", "降级")
_NOT_HELD_BEFORE = re.compile(r"撤销|取消|摘牌|摘除|退出|降级|暂缓|不予|未|不合格")
# (二)2016年度某某先进县市区\n一类县市区:甲县、乙县: an outline's numbered heading line, its labelled lines after it
_NUMBERED_HEADING_LEAD = re.compile(rf"[ \t\u3000]*(?:{ITEM_NUMBER})[ \t\u3000]*(?:(?:19|20)\d{{2}}年度?)?")
_LABELLED_LINE_NEXT = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*[\u4e00-\u9fff]{2,8}[市州盟县区旗][:：]")
# a year, a batch at most before a heading's title (2017年度某省特色名村名单, 第一批某某达标县(区)名单)
_HEADING_LEAD = re.compile(
    r"\s*(?:(?:19|20)\d{2}(?:[-—~至](?:19|20)\d{2})?(?:年度?|周期))?\s*(?:第[一二三四五六七八九十\d]{1,3}批|首批)?"
)  # (2017-2019周期某某乡镇: a list's period)
_PERIOD = re.compile(r"(?:19|20)\d{2}[-—~至](?:19|20)\d{2}(?:年度?|周期)")
# 某某乡镇(县城)\n命名名单(某省): a title alone on its line, the next line saying it heads a published list
_HEADING_NEXT_LIST = re.compile(
    r"(?:[(（][^()（）\n]{1,6}[)）])?[ \t\u3000]*\n[ \t\u3000]*(?:命名|认定|公示|推荐|建设|创建|评选)?名单"
)
# 2017年度某省特色名村名单 (共10个), alone on its line with its count: a list's heading, its items follow
_HEADING_LIST_END = re.compile(
    r"(?:建设|创建|认定|命名|评选)?(?:名单|榜单)[ \t\u3000]*\n?[ \t\u3000]*[（(]共\d{1,4}个[)）][ \t\u3000]*(?:\n|$)"
)  # (the count it closes with, on its line or the next, says so)
# 某省某某小镇拟命名名单\n(排名不分先后)\n某市:甲县甲镇、乙县乙镇: a heading line its region-labelled lines follow
_HEADING_LABELLED_LINES = re.compile(
    r"(?:拟)?(?:命名|认定|公示|推荐|建设|创建|评选)?名单[ \t\u3000]*\n"
    r"(?:[ \t\u3000]*[(（][^()（）\n]{1,12}[)）][ \t\u3000]*\n)?[ \t\u3000]*[\u4e00-\u9fff]{2,8}[市州盟县区旗][:：]"
)
_HEADING_REGION = re.compile(r"[（(][\u4e00-\u9fff]{1,8}[市州盟县区][)）][ \t\u3000]*\n")
"""2022年度某省某某精品村(某市): the region a title line's list is of, closing the line."""
_ALONE_ON_LINE = re.compile(r"[:：]?[ \t\u3000]*(?:\n|$)")
_INLINE_LIST = re.compile(r"(?:评选)?名单[ \t\u3000]+[\u4e00-\u9fff]")  # 某某名单 甲区乙镇丙村 …: its list follows
_PUBLISHING = re.compile(
    r"公布|发布|印发|公示|出炉|确定|下发|附[:：]|附件\s*[\d一二三四五六七八九十]*\s*[:：]|拟(?:命名|授予|认定)"
)


_PASSIVE_AGENT = re.compile(  # (a list of bodies too: 被省委、省政府、省军区命名为…)
    r"被[\u4e00-\u9fff、]{2,30}?(?:部|委|局|厅|办|署|政府|中心|委员会|协会|小组|办公室|军区)$"
)
_PROPOSED_LEAD = re.compile(  # 拟将甲镇等276个镇认定为…: proposed, not yet named (not 拟对入选…的甲镇给予奖励)
    r"拟(?:将|把)[^，,。；;]{0,40}?(?:认定|命名|授予|确定|评定|列入|列)为?$"
)
_BATCH_SCOPE = re.compile(r"(?:首批|第[一二三四五六七八九十\d]+批)全[省市区县]$")
_RELATIVE_YEAR = re.compile(r"(?:今年|去年|明年|本年度|本年|当年)(?:度)?")


def _published_before(text: str, lo: int, head_start: int) -> bool:
    """True when a publishing word (公布, 发布, 附:) stands in the clause before a list's title."""
    return _PUBLISHING.search(text, max(0, lo - 2), head_start) is not None


_AREA_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:片区|区块)")
_QUOTES = "“”\"'‘’「」"
_BAD_START = tuple("这该其此各等并及和与的至")
_NOT_A_TITLE_INSIDE = re.compile(r"若干|分批次|(?<!进)驻(?=[\u4e00-\u9fff]{0,3}[村镇乡县])")
"""确定若干试点城市, 分批次确定…: some places of a class; 某公司驻某村: a firm's team stationed there — no title."""
_SURVEY_AFTER = re.compile(r"(?:摸底)?(?:调查|普查|排查)")
_UNIT_TOPIC_BAD = re.compile(
    r"\d(?!\d*强)|[到在赴对向各等了个所]|(?<=[村镇乡县市区])为"
)  # 全省14个县, 到X县: no title (10强县 is); 某某特色村为|攸县: the title ended before its copula
_CITY_RANKS = "(?:省会|副省级|地级|县级|特大|超大|大中|中小)"
_CITY_CLASS = re.compile(rf"{_CITY_RANKS}$")
_RANKED_PLACES = re.compile(rf"{_CITY_RANKS}(?:城市|市|县城|城镇)")
_UNIT_WORD_ENDS = {"村": "庄民委落部厅局", "镇": "区域", "县": "城域"}  # 村庄, 村落, 农村厅, 镇区, 县城: words
_BODY_ENDS = set("部委局厅办署级")  # 农业农村|部: a unit inside a body's name, no title
_QUOTED = re.compile(r"“[^”]*”")
# 某省8个乡(镇)入选…, 某部公布…名单: the subject counts units or is the body that confers — not the home city
_NOT_HOME_SUBJECT = re.compile(r"[\d一二两三四五六七八九十百千]+个|公布|发布|印发|推介|公示|命名|认定|授予|组织对")
_BODY_PUBLISHING = re.compile(
    r"([\u4e00-\u9fff]{2,12}?(?:部|委|局|署|厅|办|政府))(?:正式|近日|日前)?(?:公布|发布|印发|命名|认定|授予)了?$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """One designation found in clean text: span, name, and the verb that governs it."""

    start: int
    end: int
    name: str
    status: str | None
    verb_start: int  # where the governing verb (or the name) starts: the holder stands before it
    unique: bool = False
    conferrer: str | None = None  # a body glued to the name (商务部第二批…)


@lexicon.cached
def _heads() -> tuple[tuple[str, str], ...]:
    """Fixed heads and the composed [marker][unit] heads (示范乡镇, 重点镇), longest first."""
    heads = dict(composed_heads())
    heads.update(lexicon.table("designation_heads"))
    return tuple(sorted(heads.items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _marked_heads() -> tuple[str, ...]:
    """The heads of :func:`_heads` that say more than a unit's type (示范县, 名村; not 县 alone)."""
    return tuple(h for h, kind in _heads() if kind != "unit")


@lexicon.cached
def _head_ends() -> tuple[str, ...]:
    """Every head of :func:`_heads`, for one ``str.endswith`` test."""
    return tuple(h for h, _ in _heads())


def composed_heads() -> dict[str, str]:
    """Heads built from ``designation_head_parts.txt``: every marker joined to every unit.

    >>> h = composed_heads()
    >>> h["示范乡镇"], h["试点旗"], h["重点镇"]
    ('strong', 'strong', 'level')
    """
    parts = lexicon.table("designation_head_parts")
    units = [p for p, role in parts.items() if role == "unit"]
    return {m + u: role for m, role in parts.items() if role != "unit" for u in units}


@lexicon.cached
def _verbs() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("designation_verbs").items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _known() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("designations"), key=len, reverse=True))


@lexicon.cached
def _words() -> ahocorasick.Automaton:
    """Every known designation and every head, to find them all in one scan of a text."""
    automaton = ahocorasick.Automaton()
    for word in (*_known(), *(h for h, _ in _heads())):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


@lexicon.cached
def _lexicon_places() -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    """Where each word stands in :func:`_known` (``word → index``) and in :func:`_heads` (``word → indices``)."""
    heads: dict[str, list[int]] = {}
    for k, (head, _) in enumerate(_heads()):
        heads.setdefault(head, []).append(k)
    return {name: k for k, name in enumerate(_known())}, {h: tuple(ks) for h, ks in heads.items()}


def _occurrences(text: str) -> dict[str, list[int]]:
    """``word → starts`` of every known designation and head in ``text``, overlaps included, in text order.

    >>> _occurrences("示范区示范区")["示范区"]
    [0, 3]
    """
    out: dict[str, list[int]] = {}
    for end, word in _words().iter(text):
        out.setdefault(word, []).append(end + 1 - len(word))
    return out


def _apart(starts: Iterable[int], length: int) -> Iterator[int]:
    """The ``starts`` (ascending) of a word ``length`` long, left to right without overlaps, as
    :func:`kg.extract.spans.occurrences` finds them.

    >>> list(_apart([0, 2, 4, 5], 3))
    [0, 4]
    """
    free = 0
    for i in starts:
        if i >= free:
            yield i
            free = i + length


@lexicon.cached
def _conferrers() -> re.Pattern[str]:
    words = sorted(lexicon.words("designation_conferrers"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lexicon.cached
def _verbs_after() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("designation_verbs_after").items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _verbs_after_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """:func:`_verbs_after` as patterns, an adverb allowed in front (compiled once, not looked up per name)."""
    return tuple((re.compile(rf"(?:正在|已|全面|顺利)?{word}"), status) for word, status in _verbs_after())


@lexicon.cached
def _head_words() -> frozenset[str]:
    return frozenset(h for h, _ in _heads())


@lexicon.cached
def _verb_pattern() -> re.Pattern[str]:
    """The status verbs in one alternation, the longest first: at a position it matches the longest verb there."""
    return re.compile("|".join(re.escape(w) for w, _ in _verbs())) if _verbs() else re.compile("(?!)")


@lexicon.cached
def _verb_status() -> dict[str, str]:
    """``verb → status`` of every status verb."""
    return dict(_verbs())


def _verb_at(text: str, i: int, hi: int) -> tuple[int, int, str] | None:
    """The longest status verb starting at ``i`` and ending by ``hi``: (start, end, status)."""
    m = _verb_pattern().match(text, i, hi)
    return (i, m.end(), _verb_status()[m.group()]) if m else None


def _verb_before(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The leftmost status verb in ``text[lo:hi]``: (start, end, status).

    Characters of a conferrer's name are no verb (住房和城乡|建设|部); a verb
    overlapping a later one yields to it (全力争创: 力争 → 争创), so no verb's
    characters are left in the name.

    >>> t = "全力争创国家森林城市"
    >>> _verb_before(t, 0, len(t))
    (2, 4, 'aspiring')
    """
    bodies = [m.span() for m in _conferrers().finditer(text, lo, hi)]
    verbs, i = _verb_pattern(), lo
    while (m := verbs.search(text, i, hi)) is not None:  # the next position a verb starts at, found in C
        i = m.start()
        if bodies and any(s <= i < e for s, e in bodies):
            i += 1
            continue
        verb = (i, m.end(), _verb_status()[m.group()])
        if text.startswith(("单位", "工作"), verb[1]):
            i += 1
            continue  # 创建单位, 创建工作: a noun, no verb
        if verb[2].endswith("-weak") and hi - verb[1] <= _HEAD_WORD and noun_ends(text, lo, i):
            i += 1
            continue  # 节水型社会|建设|达标县: a noun's building right before the head, a word of the name
        for j in range(verb[0] + 1, verb[1]):  # a verb overlapping this one and ending later wins
            later = _verb_at(text, j, hi)
            if later and later[1] > verb[1]:
                verb = later
        return verb
    copula = _COUNTED_COPULA.search(text, lo, hi + 60)  # (its lookahead reads the clause past the title's start)
    if (
        copula is not None
        and copula.start(1) < hi
        and not _DISPOSING_VERB.search(text, _sentence_start(text, copula.start()), copula.start())
    ):
        return copula.start(1), copula.end(1), "awarded"  # 甲镇等7个镇|为|第一批某省某某名镇: the group is named so
    return None  # (授予甲镇2个乡镇,乙村等12个村为…: the sentence's verb confers it)


# 甲镇等7个镇为…, 甲村等18个村为…: a counted group of places, then 为 and the title they hold
_COUNTED_COPULA = re.compile(
    r"等[\d一二两三四五六七八九十百]+个(?:镇|乡|村|县|区|市|社区|街道|乡镇|村落|村庄|城市|县市区)(为)"
    r"(?=首批|第[一二三四五六七八九十\d]+批|(?:19|20)\d\d年|国家|全国|省级|中国|[\u4e00-\u9fff]{2,3}省)"
    r"(?![^，,。；;]*?(?:提供|作出|做出|召开|开展|举办|带来|服务|打下|奠定))"  # 为…提供了指导: "for", no copula
)
_HEAD_WORD = 2  # (at most a head's first word between such a verb and the head: 建设|达标|县)


@lexicon.cached
def _site_words() -> re.Pattern[str]:
    words = sorted(lexicon.words("designation_site_words"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})了?$")


def _visited(text: str, lo: int, start: int) -> bool:
    """True when a verb of visiting or a locative stands right before the name (考察了X)."""
    return bool(_site_words().search(text[lo:start]))


def _status_after(text: str, end: int) -> str | None:
    after = text[end : end + 8]
    if _LIST_AFTER.match(after):  # 入选|…基地建设名单: the verb before the name tells the status
        return None
    for verb, status in _verbs_after_patterns():
        if verb.match(after):
            return status
    return None


def _is_complete(part: str) -> bool:
    """True when ``part`` is a designation itself (a left conjunct: ``A示范区和B城市``).

    A part ending in a strong head is one; so is a part ending in any head
    when it carries a level mark (``国家A城市和国家B试点城市``).

    >>> _is_complete("国家智慧交通枢纽城市"), _is_complete("全国IPv6技术创新")
    (True, False)
    """
    part = part.strip(_QUOTES)
    if part in _known():
        return True
    if not part.endswith(_head_ends()):
        return False  # (most parts end in no head: one test before the loop)
    marked = has_level_mark(part)
    return any(
        part.endswith(h) and len(part) > len(h) + 1 and (k == "strong" or (marked and k != "verb")) for h, k in _heads()
    )


_BODY_BEFORE_MARK = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:部|委|局|署|厅|办)(?=首批|第[一二三四五六七八九十\d]+批|全国|国家|省级|(?:19|20)\d{2}年)"
)


def _conferrer_prefix(text: str, lo: int, start: int, head_start: int) -> tuple[int, str | None]:
    """Move ``start`` past a conferring body glued to the name (商务部|第二批…示范县).

    A known conferrer that covers ``start`` (工业和|信息化部, cut at 和) or a
    body ending in 部/委/局 … right before a batch or level mark is the
    ``conferrer`` prop, not part of the name; the batch stays in the name.

    >>> t = "入选商务部第二批电子商务进农村示范县"
    >>> s, body = _conferrer_prefix(t, 0, 2, t.index("示范县"))
    >>> t[s:], body
    ('第二批电子商务进农村示范县', '商务部')
    """
    for m in _conferrers().finditer(text, lo, head_start):
        if m.start() <= start < m.end():
            return m.end(), m.group(0)
    m = _BODY_BEFORE_MARK.match(text, start, head_start)
    if m:
        return m.end(), m.group(0)
    return start, None


def _candidates(text: str) -> Iterator[Found]:
    for m in _TITLE_IN_QUOTES.finditer(text) if "“" in text or '"' in text else ():
        if (q := _quoted_title(text, m)) is not None:
            yield q  # first: of two readings of one span the first wins (授予甲市“国家…”称号: the quoted one)
    for m in _TITLE_BEFORE_HONOUR.finditer(text) if "称号" in text else ():
        if (h := _honour_title(text, m)) is not None:
            yield h
    found = _occurrences(text)  # one scan, read word by word in the order of the lexicons
    known, heads = _known(), _heads()
    known_at, heads_at = _lexicon_places()  # (the words found, in lexicon order: not a walk over the lexicons)
    for name in [known[k] for k in sorted(known_at[w] for w in found if w in known_at)]:
        for i in _apart(found[name], len(name)):
            f = _found(text, i, i + len(name), "known")
            if f:  # a known name that is only part of a longer one (…项目, …工程) is not a designation
                yield f
    for head, kind in [heads[k] for k in sorted(k for w in found for k in heads_at.get(w, ()))]:
        for i in _apart(found[head], len(head)):
            f = _found(text, None, i + len(head), kind, head_start=i)
            if f:
                yield f
    for m in _LEVELED_UNITS_TITLE.finditer(text) if "(" in text or "（" in text else ():
        units = _UNITS_IN_BRACKETS.match(text, m.end())  # (the lookahead saw it)
        f = _found(text, m.start(), units.end(), "units") if units else None
        if f:  # 国家某某市(县、区、旗)名单: a title whose head is its units
            yield f
    for m in _RANKING.finditer(text):
        f = _found(text, None, m.end(), "ranking", head_start=m.start())
        if f:
            yield f
    for m in _QUOTED_COUNTED_TITLE.finditer(text) if "“" in text else ():
        if _LIST_PAGE.search(text, 0, m.start()) or _WON_ON_PAGE.search(text, 0, m.start()):
            # 被评为…。其中,“某某乡镇”3个,包括甲乡、乙镇: a title and its holders
            yield Found(m.start("name"), m.end("name"), m.group("name"), None, m.start("name"))
    for m in _COUNTED_LIST_HEADING.finditer(text) if "个)" in text or "个）" in text else ():
        if Gazetteer.load().lookup(m.group("name")) or _BARE_ZONE.fullmatch(m.group("name")):
            continue  # 一、北京市（3个）, 高新区(2个): a group of a list by region or zone, no title
        proposed = _PROPOSED_PAGE.search(text, 0, m.start())
        if not (proposed or _LIST_PAGE.search(text, 0, m.start()) or m.group("name").endswith(_marked_heads())):
            continue  # 通报考核结果:(一)被约谈县(2个), 进度滞后乡镇(2个): groups of a report, no titles
        if _lists_places(text, m.end(), int(m.group("count")) if m.group("count").isdigit() else 2):
            status = "aspiring" if proposed else None
            yield Found(m.start("name"), m.end("name"), m.group("name"), status, m.start("name"))


# (一)某某推进县(23个) on a line of its own, then a line listing places: the heading is a title its places hold
_COUNTED_LIST_HEADING = re.compile(
    r"(?m)^[ \u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?[ \u3000]*"
    r"(?P<name>[\u4e00-\u9fff“”\"]{2,20}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?[\u4e00-\u9fff“”\"]{0,20}?"
    r"(?:县|市|区|旗|镇|乡|村|城市|乡镇|街道|社区|县城|园区))"
    r"[（(](?P<count>[\d一二三四五六七八九十]{1,3})个[)）][ \u3000]*$"
)
_BARE_ZONE = re.compile(r"(?:高新|经开|经济开发|开发|高新技术产业开发|新|工业|产业|保税|综保|度假)区")
_QUOTED_COUNTED_TITLE = re.compile(
    r"“(?P<name>[\u4e00-\u9fff]{2,12}(?:乡镇|镇|乡|村|县|县城|社区|街道|城市))”"
    r"[\d一二两三四五六七八九十]{1,3}个[，,](?:包括|分别是|分别为|为)"
)
_WON_ON_PAGE = re.compile(r"评为|荣获|获评|喜获")
_PROPOSED_PAGE = re.compile(r"拟(?:确定|命名|认定|推荐|授予)|公示")
_LIST_PAGE = re.compile(r"名单|命名|认定|授予|入选|评选|称号")  # a page publishing a list of titles
_LISTED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,24}")
_ITEM_ENDS = ("县", "市", "区", "旗", "镇", "乡", "村", "屯", "社区", "嘎查", "街道")


def _lists_places(text: str, end: int, count: int) -> bool:
    r"""True when the line after ``end`` lists place names (``甲县、乙县、丙市。``): items of 2-24
    characters ending in a division's level character (or 屯, 社区 …), separated by ``、`` (two or more when
    ``count`` > 1), or one a line on the next lines.

    >>> _lists_places("X\n甲县、乙市、丙区。\n", 1, 3), _lists_places("X\n全省共有23个县。\n", 1, 23)
    (True, False)
    """
    lines = text[end + 1 :].split("\n", min(count, 3) + 1)[: min(count, 3)]
    if not lines:
        return False  # a count of none (某某名单(0个)): no list
    items = lines[0].split("。")[0].strip(" \u3000.;；").split("、")
    if count > 1 and len(items) < 2:  # one place a line (甲市乙县丙镇丁村): the next lines too
        items = [line.strip(" \u3000。.;；") for line in lines]
        if len(items) < min(count, 3):
            return False
    return all(_LISTED_ITEM.fullmatch(i) and i.endswith(_ITEM_ENDS) for i in items)


# “某某城市”称号; 确认甲市为“某某城市”: quoted words a verb of conferring makes a title
_TITLE_IN_QUOTES = re.compile(r"[“\"]([^“”\"。，,；;]{2,24})[”\"](?:(?:荣誉)?称号|(?<=[”\"])(?=[。；;，,]))")
_CITY_OR_COUNTY_SEAT = re.compile(r"(.+)城市[(（]县城(?:、城区)?[)）]")
_SEAT_AFTER = re.compile(r"[(（]县城(?:、城区)?[)）]")  # 省级文明城市(县城、城区): cities, county seats and districts
_UNIT_QUALIFIER = re.compile(r"[(（](?:县城|县|乡镇|镇|乡|街道|区)[)）]$")
_UNITS_QUALIFIER = re.compile(r"[(（][县市区旗乡镇](?:[、/][县市区旗乡镇]){1,3}[)）]$")
_CONFERRING_BEFORE = re.compile(  # the last such verb before the title (命名甲市为“A”,命名乙县为“B”: 乙县's is B)
    r"(拟|暂缓|不予|不再|取消|未能|未|撤销)?(?:授予|命名为|命名|认定为|认定|评为|确定为|确定|确认为|确认)(?:了)?"
    r"(?:(?!授予|命名|认定|评为|确定|确认)[^。！？；;]){0,110}$"
)
_VERB_INSIDE = re.compile(r"并|被|授予|评为|命名|第[一二三四五六七八九十\d]+名")
# 授予甲市、…、癸县等10个县“…”称号: a longer list, with no quote between the verb and the title
_CONFERRING_BEFORE_LIST = re.compile(r"(拟)?(?:授予|命名)(?:了)?(?:(?!授予|命名)[^。！？；;“”\"]){0,80}$")
_TOWN_AFTER_VILLAGE = re.compile(r"镇(?![长委政人区党干街村])")
_COMMUNITY_IN_BRACKETS = re.compile(r"[(（](?:社区|居|居委会)[)）]")
_UNIT_IN_BRACKETS = re.compile(r"[(（](?:乡|镇|乡镇|街道|镇、街道?|乡、镇)[)）]")
_COUNTY_UNITS_IN_BRACKETS = re.compile(r"[(（](?:市区|[县市区旗](?:[、/][县市区旗]){0,3})[)）]")
_COPULA_INSIDE = re.compile(r"(?<!就)(?<!不)是")  # (绿水青山就是金山银山…: a title's own 是)
_COPULA_END = re.compile(r"(?:之一)?[，,。；;！!]")  # 某村是某某村落(之一)。: the title ends the clause
_TITLE_THEN_NAME = re.compile(
    r"(.{3,}?(?:乡村|村|乡镇|镇|社区))((?:(?!重点|示范|特色|旅游|美丽|文明|生态|卫生|森林|传统|历史|休闲|民主|精品|样板|标杆|先进|模范|星级|明星|十佳|亿元|宜居|和美|幸福|产业)[\u4e00-\u9fff]){1,3}"
    r"(?:村|镇|社区))"
)  # 全国文明村|罗家村: a title and the short name of the place that holds it, written after it
_GENERIC_UNITS = frozenset({"中心村", "行政村", "自然村", "新村", "强镇", "名镇", "名村", "古村"})
_DIRECTORY_VILLAGES = re.compile(r"(?<=村落)名录的?村落?")  # 中国传统村落名录村落: the directory's villages
_UNITS_IN_BRACKETS = re.compile(r"[(（][县市区旗](?:[、/][县市区旗]){1,3}[)）]")  # (县、区、旗): two units or more
# 国家某某市(县、区、旗): a level, a short topic and a unit, then the other units that hold the title
_LEVELED_UNITS_TITLE = re.compile(
    r"(?:国家级?|全国|省级|全省|自治区级?)(?:(?![的最之])[\u4e00-\u9fff]){2,8}?(?<!城)[县市](?=[(（][县市区旗](?:[、/][县市区旗]){1,3}[)）])"
)
_COUNTY_CITIES_DISTRICTS_AFTER = re.compile(r"市区(?![\u4e00-\u9fff])|市区(?=称号|名单|荣誉|创建|评选)")
_COUNTY_CITY_AFTER = re.compile(r"市(?![长委政人民级场区直属中内])")
_REFUSED = ("不予", "不再", "未能", "暂缓", "取消", "撤销")


def _refused_before(text: str, verb: int) -> bool:
    """True when the status verb at ``verb`` is refused or deferred (不予命名, 暂缓授予, 未获得)."""
    return text[max(0, verb - 2) : verb] in _REFUSED or text[verb - 1 : verb] == "未"


_REFUSED_AFTER = re.compile(r"(?:均|都|最终|最后)?(?:未获通过|未通过|没有通过|未获批准|未获批|落选)")
_WITHDRAWN_BEFORE = re.compile(r"(?:取消|撤销|摘除|收回|摘牌)[^。！？；;，,]{0,30}$")
# 获全省森林康养城市称号: a title with a level mark, unquoted, between 获 and 称号
_TITLE_BEFORE_HONOUR = re.compile(
    r"(获得?|荣获)((?:全国|全省|国家|省级|市级|全市|[\u4e00-\u9fff]{2,3}省)[^，,。；;“”\"、]{2,20}?)(?:荣誉)?称号"
)


def _quoted_title(text: str, m: re.Match[str]) -> Found | None:
    """``授予甲市“某某城市”称号``, ``拟授予"某某城市"称号``: the quoted words before 称号 are a title, conferred
    (proposed after 拟) by the verb before them in the sentence — when they end in a title's head or are a
    known title (not a person's or a family's honour: “优秀共产党员”, “最美家庭”)."""
    name = _clean_name(m.group(1))
    core = _UNIT_QUALIFIER.sub("", name)  # “某某卫生城市(县城)”: the title of cities and of county seats
    if not _CITY_OR_COUNTY_SEAT.fullmatch(name):
        name = core  # “国家某某镇(乡)”: the title, its unit's other word aside
    core = _UNITS_QUALIFIER.sub("", core)  # “国家某某县(市、区)”: a title of several units, its name kept whole
    headed = any(core.endswith(h) and len(core) > len(h) for h, _ in _heads())
    if name not in _known() and not headed and not (has_level_mark(name[:3]) and name[-1] in "市县区镇乡村旗"):
        return None  # (国家森林康养区: a level and a division's unit)
    if _WITHDRAWN_BEFORE.search(text, clause_start(text, m.start()), m.start()):
        return None  # 取消甲市“…”称号, 撤销…: a title taken away, not held
    if not m.group(0).endswith("称号"):
        verb = _CONFERRING_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if verb is None or not text.endswith("为", 0, m.start()):
            return None  # a quoted title without 称号 needs 确认…为/命名…为 before it
        if verb.group(1) not in (None, "拟"):
            return None  # 暂缓确认甲市为“…”, 不予命名: deferred or refused, not conferred
    start = m.start(1)
    year = YEAR_PREFIX.match(text, start, m.end(1)) or _BARE_YEAR.match(text, start, m.end(1))
    if year and year.end() < m.end(1) - 3 and has_level_mark(text[year.end() : year.end() + 3]):
        start, name = year.end(), _clean_name(text[year.end() : m.end(1)])  # “2023年度全国…”: the year of the list
    near = _verb_before(text, clause_start(text, m.start()), m.start())  # 喜获“…”称号, 继续保留“…”称号
    if near is None and text[m.start() - 1 : m.start()] == "获" and m.group(0).endswith("称号"):
        near = (m.start() - 1, m.start(), "awarded")  # 某县获“某某县”称号: 获 alone, right before the quote
    if near is not None:
        if _refused_before(text, near[0]):
            return None  # 不予授予, 暂缓命名: refused or deferred
        proposed = text[near[0] - 1 : near[0]] == "拟"
        status = "aspiring" if proposed else near[2].removesuffix("-weak")
        return Found(start, m.end(1), name, status, near[0], False, None)
    verb = _CONFERRING_BEFORE.search(text, max(0, m.start() - 90), m.start())  # 授予甲市、乙县“…”称号
    verb = verb or _CONFERRING_BEFORE_LIST.search(text, max(0, m.start() - 90), m.start())  # (a longer list)
    if verb is not None and verb.group(1) not in (None, "拟"):
        return None  # 不予授予, 取消…称号: refused or withdrawn
    status = ("aspiring" if verb.group(1) else "awarded") if verb else None
    verb_start = verb.start() + (len(verb.group(1)) if verb and verb.group(1) else 0) if verb else start
    return Found(start, m.end(1), name, status, verb_start, False, None)


def _honour_title(text: str, m: re.Match[str]) -> Found | None:
    """``甲县获全省森林康养城市称号``: the leveled words between 获 and 称号 are a title the subject won."""
    name = _clean_name(m.group(2))
    if _VERB_INSIDE.search(name):
        return None  # 获全省评比第一名并被授予…称号: the words span a clause, not one title
    if not any(name.endswith(h) for h, _ in _heads()) and not re.search(r"[市县区镇乡村]$|[(（][镇乡][)）]$", name):
        return None
    return Found(m.start(2), m.end(2), name, "awarded", m.start(1), False, None)


def _found(text: str, start: int | None, end: int, kind: str, head_start: int | None = None) -> Found | None:
    body, proposed_by = None, False
    if text[end - 1 : end] == "县" and _COUNTY_CITIES_DISTRICTS_AFTER.match(text, end):
        end += 2  # 示范县市区: counties, county-level cities and districts
    elif text[end - 1 : end] == "县" and _COUNTY_CITY_AFTER.match(text, end):
        end += 1  # 示范县市, 先进县市: counties and county-level cities, one title
    elif text[end - 1 : end] == "村" and _TOWN_AFTER_VILLAGE.match(text, end):
        end += 1  # 全国某某村镇: villages and towns, one title
    elif text[end - 1 : end] == "村" and (unit := _COMMUNITY_IN_BRACKETS.match(text, end)):
        end = unit.end()  # 某某示范村(社区): villages and urban communities, one title
    elif text[end - 1 : end] in ("镇", "乡") and (unit := _UNIT_IN_BRACKETS.match(text, end)):
        end = unit.end()  # 全国某某重点镇(乡): towns and townships, one title
    elif text[end - 1 : end] == "县" and (unit := _COUNTY_UNITS_IN_BRACKETS.match(text, end)):
        end = unit.end()  # 自治区优秀某某县(市、区): counties, county-level cities and districts, one title
    elif text[end - 2 : end] == "城市" and (seat := _SEAT_AFTER.match(text, end)):
        end = seat.end()  # 省级文明城市(县城): a county holds it as its county seat's title (省级文明县城)
    lo = clause_start(text, start if start is not None else head_start or end)
    verb = _verb_before(text, lo, start if start is not None else (head_start or end))
    if start is None:
        assert head_start is not None
        keep = verb[1] if verb else None
        strong_verb = verb is not None and not verb[2].endswith("-weak")
        k = text.rfind("为", lo, head_start)
        year = YEAR_PREFIX.match(text, k + 1, head_start) if k >= 0 else None  # 命名甲县为|2021年度某某先进县
        after = year.end() if year else k + 1
        marked = k >= 0 and (
            year or has_level_mark(text[after : after + 3]) or _province_named(text[after : after + 8])
        )
        disposed_at = -1
        if marked and (
            disposing := (
                _last(_DISPOSING_VERB.finditer(text, lo, k))
                or _last(_DISPOSING_VERB.finditer(text, _sentence_start(text, k, reach=_LIST_REACH), lo))
            )
        ):
            # 命名攸县为|国家森林康养建设示范县: the title starts after 为 and its level mark (建设 is no verb here);
            # 命名甲为A,乙为B: the verb of the sentence's first clause governs the second's 为 too
            verb = _verb_before(text, lo, k + 1) or verb
            keep, strong_verb, disposed_at = k + 1, True, k + 1
            proposed_by = text[max(0, disposing.start() - 1) : disposing.start()] == "拟"  # 拟命名甲为…: proposed
        start = left_boundary(
            text,
            lo,
            head_start,
            keep_after=keep,
            is_complete=_is_complete,
            object_of_verb=strong_verb,
            noun_building=True,
        )
        if period := _PERIOD.match(text, start, head_start):
            start = period.end()  # 2017-2019周期|某某乡镇: the list's period, no part of the title
        if batch_scope := _BATCH_SCOPE.search(text, lo, start):
            start = batch_scope.start()  # 公布第三批|全省某某示范县: a batch before 全省 makes it the title's level
        elif (
            text.endswith(("全省", "全市"), lo, start)
            and start - 2 == lo
            and text[lo - 1 : lo] in ("", "\n")
            and _ALONE_ON_LINE.match(text, end)
        ):
            start = lo  # 全省某某示范镇:(a list's heading line, the title alone on it) 全省 is the title's level
        while start < head_start and text[start] in "”’\"'":  # a closing quote left of the name
            start += 1
        quote = max(
            text.rfind("“", start, head_start), text.rfind('"', start, head_start), text.rfind("「", start, head_start)
        )
        quoted = quote >= start and text[end : end + 1] in ("”", '"', "」")
        if quoted:
            start = quote + 1  # 授予某市“某某城市”称号, 授予"某某城市"称号: the title is what the quotes hold
            if bare_year := _BARE_YEAR.match(text, start, head_start):
                start = bare_year.end()  # “2016中国某某乡村”: the year of the list, no part of the title
        start, body = _conferrer_prefix(text, lo, start, head_start)
        counted = _after_count(text, start, head_start)
        if counted == head_start and _BARE_UNITS.fullmatch(text, head_start, end):
            return None  # 全国共55个|城市上榜: a count of places, no title (等5个|示范乡(镇): a title's short name)
        if counted is not None and kind == "unit":
            start = counted  # 阳朔4个|自治区卫生县城: a count ends no title
        cuts = [k + len(w) for w in ("的", "名单", "称号") if (k := text.rfind(w, start, head_start)) >= 0]
        if cuts:  # 名单和…保留荣誉称号的往届|全国文明城市: a clause before the title
            start = max(cuts)
        if kind == "unit" and (after := text[end : end + 1]) and after in _UNIT_WORD_ENDS.get(text[head_start:end], ""):
            return None  # 森林村|庄: the unit is the start of a word (村庄, 镇区), no title's head
        if kind == "unit" and text.endswith("农业农村", 0, end):
            return None  # 省级农业农村|和财政部门: the departments' name (农业农村厅, 农业农村局), no title's village
        if kind == "unit" and _division_before(text, head_start, end):
            return None  # 中国共产党某某县: a division's own name, no title
        name = text[start:end]
        if name.startswith(_BAD_START) or len(name) <= len(text[head_start:end]) + 1:
            return None
        each = name.rfind("各")
        if each >= 0 and len(name) - each - 1 <= len(text[head_start:end]) + 1:
            return None  # 学习各示范区: every such zone, no title
        if _CITY_CLASS.search(name[: len(name) - len(text[head_start:end])]):
            return None  # 全国省会城市, 副省级城市: a class of cities by rank, no title
        governed = disposed_at == start or (verb is not None and (verb[1] == start or (quoted and verb[1] < start)))
        dated = YEAR_PREFIX.match(name)  # 2022年|某市某某乡村名单: the year is no part of the topic
        topic = name[dated.end() :] if dated else name
        if kind == "unit" and (not _short_topic(topic, text[head_start:end]) or text[end : end + 1] in _BODY_ENDS):
            return None
        listed = _PUBLISHED_LIST.match(text, end + (text[end : end + 1] in '”"')) is not None  # (“…”名单)
        # 公布了…名单, or a heading its list follows on the line: a year at most, the title, 名单, a space
        led = _HEADING_LEAD.fullmatch(text, lo, start) is not None
        inline = led and _INLINE_LIST.match(text, end) is not None
        heading = (
            led
            and (
                _HEADING_LIST_END.match(text, end)
                or _HEADING_NEXT_LIST.match(text, end)
                or _HEADING_LABELLED_LINES.match(text, end)
            )
            is not None
        )
        if not heading and _LABELLED_LINE_NEXT.match(text, end):
            heading = _NUMBERED_HEADING_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
        if led and not heading and _HEADING_REGION.match(text, end):  # (a level or a province's name: no project's)
            heading = has_level_mark(text[start:end]) or _province_named(_without_year(text[start:end]))
        published = (listed and (_published_before(text, lo, head_start) or inline)) or heading
        if kind in ("level", "unit") and not (
            (governed and strong_verb) or published
        ):  # starts at its level mark: 如何实现|全国文明城市
            mark = _first_mark(name)
            if mark is None:
                return None
            start, name = start + mark, name[mark:]
        if _content(name, text[head_start:end]) < 2:
            return None
        if _COPULA_INSIDE.search(name):
            return None  # 创建国家卫生区|是推动城市发展的需要: a clause runs into the head, no title
        if kind == "verb" and not governed:
            return None
        area = text[head_start:end] == "示范区" and len(name) - 3 < 4  # 云龙示范区: a named area (a place)
        if area and not (has_level_mark(name) or governed):
            return None
    lead_start, start = start, (start if kind == "known" else _past_lead(text, start, end))  # (a known name is whole)
    lead = text[lead_start:start]
    sought = "申报" in lead or "拟" in lead  # 入选了推荐申报|第四批…名单, 拟表彰|…: put forward, not yet named
    if _BODY_AFTER.match(text, end) or _EVENT_AFTER.match(text, end) or _STANDARD_AFTER.match(text, end):
        return None  # 某某示范区管委会, 某某小城共建大会, 某某城市标准: a body's, an event's or a standard's name
    if _SURVEY_AFTER.match(text, end) or _NOT_A_TITLE_INSIDE.search(text, start, end):
        return None  # 全国第一次传统村落摸底调查: a survey's name; 若干试点城市, 某公司驻某村: no title
    if body is None and (published := _BODY_PUBLISHING.search(text, lo, start)):
        body = published.group(1)  # 国家林业和草原局公布|第五批…: the conferrer, not the name
    if verb is not None and verb[1] > start:
        verb = None
    if verb is None and _in_book_title(text, start):
        return None  # 《某某示范区管理办法》: a document's name (《某县创建某某县城实施方案》 keeps its verb)
    if text.count("”", start, end - 1) > text.count("“", start, end - 1):
        close = text.find("”", start, end - 1)
        opened = text.rfind("“", lo, start)
        if _status_after(text, close) or opened < 0:
            return None  # “某某乡村”候选村: a quote closed inside, the title is what it holds (read at the quote)
        start = opened  # 第四批“甲乙就是丙丁”实践创新基地: the quoted words open the title
    if (directory := _DIRECTORY_VILLAGES.search(text, start, end)) and directory.end() == end:
        end = directory.start()  # 列入中国传统村落名录村落名单: the villages of the directory hold its title
    if (named := _TITLE_THEN_NAME.fullmatch(text, start, end)) and named.group(2) not in _GENERIC_UNITS:
        end = named.end(1)  # 走进全国文明村|某某村: the title, then the village that holds it (no part of the title)
    if text.startswith(_OWN_LEVELS, start) and (own := _place_of_level(text, start)) is not None:
        start = own  # 授予…为某某|市级文明村镇称号: the city whose level it is names the title
    name = _clean_name(text[start:end])
    if not name:
        return None
    if _PROJECT_AFTER.match(text, end):  # …产业园项目: the head of a project's name
        return None
    if _AREA_AFTER.match(text, end):  # 中国(某省)自贸试验区某某片区: an area's name, not a title
        return None
    if verb is not None and _refused_before(text, verb[0]):
        return None  # 不予命名, 未获得: refused, not conferred
    if _WITHDRAWN_BEFORE.search(text, lo, start):
        return None  # 取消甲市“…”称号: a title taken away, not held
    if _REFUSED_AFTER.match(text, end):
        return None  # 申报的某某示范县未获通过: sought and refused, neither held nor sought now
    if (
        verb is None
        and text[start - 1 : start] == "是"
        and text[start - 2 : start - 1] != "不"
        and _COPULA_END.match(text, end)
    ):
        verb = (start - 1, start, "awarded")  # 某村是中国传统村落。: the title the clause says the place is
    status = _status_after(text, end) or (verb[2].removesuffix("-weak") if verb else None)
    if sought:
        status = "aspiring"
    if (
        (verb is not None and text[verb[0] - 1 : verb[0]] == "拟")
        or proposed_by
        or _PROPOSED_LEAD.search(text, lo, verb[1] if verb is not None else start)
    ):
        status = "aspiring"  # 拟授予, 拟命名: proposed, not yet conferred
    if status is None and not has_level_mark(name) and _visited(text, lo, start):
        return None  # 考察了X示范区: a site visited, not a title conferred or sought
    verb_start = verb[0] if verb else start
    unique = bool(_UNIQUE.search(text[max(lo, verb_start - 4) : start]))
    return Found(start, end, name, status, verb_start, unique, body)


_OWN_LEVELS = ("市级", "县级", "区级", "旗级")
_BARE_UNITS = re.compile(r"城市|县城|城镇|乡镇|村庄|[县市区镇乡村]|社区")


def _place_of_level(text: str, start: int) -> int | None:
    """Where the place a ``市级``/``县级`` title is of starts, when its name is written glued before it.

    ``黑河市级康养村镇`` is the title of 黑河市's level: the stem before ``市`` and ``市`` name a division.

    >>> t = "命名为黑河市级康养村镇"
    >>> t[_place_of_level(t, t.index("市级")):]
    '黑河市级康养村镇'
    >>> _place_of_level("荣获第一批市级文明村", 5) is None
    True
    """
    gaz, unit = Gazetteer.load(), text[start]
    for k in (4, 3, 2):
        stem = text[max(0, start - k) : start]
        chinese = len(stem) == k and all("\u4e00" <= c <= "\u9fff" for c in stem)
        if chinese and any(d.name == stem + unit for d in gaz.lookup(stem + unit)):
            return start - k
    return None


def _division_before(text: str, head_start: int, end: int) -> bool:
    """True when the unit head closes a division's name (``某某县``, ``某某市``), not a title's topic."""
    gaz = Gazetteer.load()
    return any(gaz.lookup(text[k:end]) for k in range(max(0, head_start - 4), head_start - 1))


def _short_topic(name: str, head: str) -> bool:
    """True when the topic before a bare unit head is a short phrase (``省级生态县``).

    >>> _short_topic("省级生态县", "县"), _short_topic("全省14个县", "县")
    (True, False)
    >>> _short_topic("全省“五个好”城乡社区", "城乡社区")
    True
    >>> _short_topic("省级乡村旅游特色村为攸县", "县")
    False
    """
    topic = _QUOTED.sub("", name.removesuffix(head))
    return len(topic) <= 14 and not _UNIT_TOPIC_BAD.search(topic)


def _first_mark(name: str) -> int | None:
    """Where the first level or batch mark in ``name`` starts."""
    if not has_level_mark(name):
        return None  # no mark anywhere in the name, so none in a window of it
    marks = (i for i in range(len(name)) if has_level_mark(name[i : i + 3]) and not has_level_mark(name[i + 1 : i + 4]))
    return next(marks, None)  # the first window, not every one


def _content(name: str, head: str) -> int:
    """Characters of a name that are neither its head, nor level or batch marks (``全国城市`` → 0)."""
    core = _BATCH.sub("", name.removesuffix(head))
    for mark in sorted(lexicon.table("designation_levels"), key=len, reverse=True):
        core = core.replace(mark, "")
    return 0 if core in _head_words() or name in _head_words() else len(core)


# 甲县、乙县等4家创建单位也喜获…: a counted group standing for the places listed before it
_GROUP_SUBJECT = re.compile(
    r"等[ \u3000]?[\d一二两三四五六七八九十]+[ \u3000]?(?:个|家|地|座)"  # (等 15 个: a web page's spaces)
    r"[\u4e00-\u9fff()（）、]{0,10}?(?:也|均|都|同时|一同|分别|成功)*$"
    r"|(?<=[村镇乡县市区屯])[\d一二两三四五六七八九十]+个(?:行政村|自然村|村庄|村落|村|社区|乡镇|镇|乡|县|县区)"
    r"(?:也|均|都|同时|一同|分别|成功)*$"  # 甲村、乙村2个行政村获评: the listed places, counted without 等
    r"|(?<=[\u4e00-\u9fff])[两三四五六七八九十\d]+(?:县|市|区|镇|乡|村)(?:[(（][^()（）]{1,6}[)）])?"
    r"(?:也|均|都|同时|一同|分别|成功)*$"  # 甲、乙、丙三县入选: the listed places, counted by their unit
)
_COUNT_BEFORE_NAME = re.compile(r"等?[\d一二两三四五六七八九十]+个(?:首批|第[一二三四五六七八九十\d]+批)?$")
_COUNT_AFTER_NAME = re.compile(r"[\d一二两三四五六七八九十]+个")
_COUNT_BEFORE_TITLE = re.compile(r"[\d一二两三四五六七八九十]+(?:个|家|地|处)$")
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千]+(?:个|家|批次)")
_UNIT_THEN_VERB = re.compile(r"[县市区镇乡村](?:成为|成|获评|荣获|获|入选|上榜|被评为|被命名为)")
_LEAD_VERB = re.compile(  # (入选)了|推荐申报|第四批…: a particle and a verb of applying before the title
    r"(?:日前|近日|近期|今天|今日|正式|已)*(?:公示|公布|发布|印发|下达)了?|往届|历届|本届"
    r"|了?(?:推荐)?申报(?=第|首批|全国|国家|省级|中国)|了(?=推荐|第|首批|全国|国家|省级|中国|全[省市区州盟])"
    r"|拟(?:表彰|推荐|命名|认定|授予|确定)(?:为)?"  # 入选拟表彰|某省文明城市提名城市名单: proposed, not yet named
)
# A verb of winning inside what reads as a name (某县上榜|第四批…示范县名单, a headline): the title starts after it
_WON_INSIDE = re.compile(  # (获 before a level mark: 甲县、乙县获|国家某某示范区称号)
    r"上榜|入选|入围|荣获|获评|喜获|获批|被评为|被命名为|成功创建|获得?(?=国家|全国|省级|全省|中国|第|首批)"
)
_BODY_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:管理委员会|管委会|工作委员会|办公室|领导小组|社会事业发展局|[^\W\d_]{0,4}局)"
)


_EVENT_AFTER = re.compile(r"(?:共建|发展)?(?:大会|论坛|峰会|博览会)")
_STANDARD_AFTER = re.compile(r"(?:评价|考核|建设)?(?:标准|指标|办法|细则)")


def _in_book_title(text: str, start: int) -> bool:
    """True when ``start`` lies inside an open ``《…》`` (a document's title) begun at most 60 characters before;
    not when the brackets close on a list's title (``《2023年某某千强镇》榜单``: the list is the title's)."""
    lo = max(0, start - 60)
    opened = text.rfind("《", lo, start)
    if opened <= text.rfind("》", lo, start):
        return False
    close = text.find("》", start, start + 40)
    return close < 0 or not _PUBLISHED_LIST.match(text, close + 1)


def _past_lead(text: str, start: int, end: int) -> int:
    """Where a name really starts: after an opening quote left open (``喜获“某某示范区``), a count
    (``新增2个省级…示范镇``, ``50个国家…产业园``), a publishing verb (``公示第二批…``) or a year
    (``2023年…强镇``: the year is the mention's ``year``)."""
    quote = text.rfind("“", start, end)
    if quote >= start and "”" not in text[quote:end]:
        start = quote + 1
    counted = _after_count(text, start, end)
    if counted is not None and counted < end - 2:
        start = counted
        if (unit_verb := _UNIT_THEN_VERB.match(text, start, end)) and unit_verb.end() < end - 2:
            start = unit_verb.end()  # 某省5个县成|全国某某示范县: the counted unit and its verb
    won = [w for w in _WON_INSIDE.finditer(text, start, end) if w.end() < end - 2]
    if won and not in_open_quote(text, start, won[-1].start()):
        start = won[-1].end()
    lead = _LEAD_VERB.match(text, start, end)
    if lead and lead.end() < end - 2:
        start = lead.end()
    verb = _verb_at(text, start, end)  # 申报|创建2019年度省级…: a second verb after the governing one
    if verb is not None and verb[1] < end - 2 and _verb_pattern().fullmatch(text, start, verb[1]):
        start = verb[1]
    year = YEAR_PREFIX.match(text, start, end) or _RELATIVE_YEAR.match(text, start, end)
    year = year or _BARE_YEAR.match(text, start, end)  # 2023|全国某某示范县: a year written without 年
    return year.end() if year and year.end() < end - 3 else start  # 2023年|农业产业强镇, 今年|…


def _after_count(text: str, start: int, end: int) -> int | None:
    """Where the last count in ``text[start:end]`` outside quotes ends (``新增2个``), or ``None``."""
    counts = [c for c in _COUNTED.finditer(text, start, end) if not in_open_quote(text, start, c.start())]
    return counts[-1].end() if counts else None


def _clean_name(surface: str) -> str:
    """A title's name without white space and without quotes left unbalanced or around it all (“…”, 「…」).

    >>> _clean_name("「全国某某示范村(社区)"), _clean_name("“某某示范县”"), _clean_name("“两山”基地")
    ('全国某某示范村(社区)', '某某示范县', '“两山”基地')
    """
    name = "".join(surface.split())
    for opening, closing in (("“", "”"), ("「", "」")):
        if name.count(opening) != name.count(closing):
            name = name.strip(_QUOTES)
        if name.startswith(opening) and name.endswith(closing) and name.count(opening) == 1:
            name = name[1:-1]
    return name


def find_designations(text: str) -> list[Found]:
    """Designations in a clean text, overlaps dropped (the longest wins).

    >>> [f.name for f in find_designations("推动我市创建国家自主创新示范区和国家创新型城市")]
    ['国家自主创新示范区', '国家创新型城市']
    >>> [f.status for f in find_designations("浏阳市正在争创全国文明城市、国家卫生城市")]
    ['aspiring', 'aspiring']
    """
    chosen: list[Found] = []
    for f in sorted(_candidates(text), key=lambda f: (-(f.end - f.start), f.start)):
        if _RANKED_PLACES.fullmatch(f.name):
            continue  # 一、地级城市(1个), 县级市: a heading's class of places by rank, no title
        if f.name.startswith(_TAKEN_AWAY):
            continue  # 撤销某某乡镇名单: a list of places that lost the title, no title
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    out: list[Found] = []
    for f in sorted(chosen, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (  # 争创A、B和C: a later conjunct shares the first one's verb and holder
            prev is not None
            and f.verb_start == f.start
            and _CONJUNCTION.fullmatch(text[prev.end : f.start].strip(_QUOTES))
        ):
            f = replace(f, status=f.status or prev.status, verb_start=prev.verb_start, unique=prev.unique)
        out.append(f)
    return _counted_again(text, out)


def _counted_again(text: str, found: list[Found]) -> list[Found]:
    """``found`` and the later places where a title read on the page is written again with a count after it
    (``确定龙口市等20个县为“某某先进县”…全省确定某某先进县20个,其中,…``): that count opens its list of holders."""
    again: list[Found] = []
    for name in dict.fromkeys(f.name for f in found if len(f.name) >= 5):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            taken = _NOT_HELD_BEFORE.search(text, clause_start(text, at), at)  # 撤销某某县城3个: revoked
            if (
                _COUNT_AFTER_NAME.match(text, end)
                and not taken
                and all(end <= g.start or at >= g.end for g in (*found, *again))
            ):
                again.append(Found(at, end, name, None, at))
            at = text.find(name, end)
    return sorted((*found, *again), key=lambda f: f.start) if again else found


def _canonical_names(found: list[Found]) -> dict[str, str]:
    """Within a document, every way of writing one designation takes one name.

    ``海绵城市`` beside ``全国首批海绵城市建设试点`` is the same title (a well-known
    title such as 全国文明城市 keeps its own name); so are names that differ only in
    a batch, a level's wording or the province standing for 省级 (:func:`title_key`):
    ``国家级某某产业园`` and ``国家某某产业园``, ``全国第二批某某小镇`` and ``全国某某小镇``,
    ``省级某某城市`` and ``江苏省某某城市``. The name kept is the one written without a
    batch or ``我省``, naming its province, most often, first.

    >>> names = [Found(0, 9, n, None, 0) for n in ("江苏省园林城市", "省级园林城市", "国家园林城市")]
    >>> sorted(set(_canonical_names(names).values()))
    ['国家园林城市', '江苏省园林城市']
    """
    written: dict[str, int] = {}
    for f in found:
        written[f.name] = min(written.get(f.name, f.start), f.start)
    # (the order of a set of names changes with the hash seed: ties go by where each is first written)
    names = sorted(written, key=lambda n: (-len(n), written[n], n))
    longer_of: dict[str, str] = {}
    for n in names:
        longer = [m for m in names if len(m) > len(n) and n in m and _without_year(m) != n]  # (2015年|某某乡村)
        closest = min(longer, key=lambda m: (len(m), written[m], m)) if longer else n
        longer_of[n] = closest if n not in _known() and len(n) >= 4 else n
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for f in found:
        name = longer_of[f.name]
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, f.start)
    groups: dict[str, list[str]] = {}
    for name in first:
        groups.setdefault(title_key(name), []).append(name)
    chosen: dict[str, str] = {}
    for members in groups.values():
        best = min(members, key=lambda n: (_written_loosely(n), -counts[n], first[n]))
        chosen.update((m, best) for m in members)
    return {n: chosen[longer_of[n]] for n in names}


_POSSESSIVE = re.compile(r"^(?:我|本|全)(?:省|市|县|区)(?=首批|第|省级|市级|县级)")
_GENERIC_LEVEL = re.compile(r"^(?:我|本)?(?:省|市|县|区)级")


def _written_loosely(name: str) -> tuple[bool, bool]:
    """(has a batch, a year or ``我省``, names its level without its place): what a kept name avoids."""
    loose = _BATCH.search(name) or _POSSESSIVE.match(name) or YEAR_PREFIX.match(name)
    return bool(loose), bool(_GENERIC_LEVEL.match(name))


def _without_home(name: str) -> str:
    """``name`` less the paper's own province or city written in front of it (``我省某某示范村`` → ``某某示范村``;
    its level stays a property, :func:`kg.extract.boundary.home_level`).

    >>> _without_home("我省特色类美丽乡村"), _without_home("我市级示范村")
    ('特色类美丽乡村', '我市级示范村')
    """
    return name[m.end() :] if (m := HOME_MARK.match(name)) else name


def _without_year(name: str) -> str:
    """``name`` less a year written in front of it (``2015年某某乡村`` → ``某某乡村``)."""
    year = YEAR_PREFIX.match(name)
    return name[year.end() :] if year and year.end() < len(name) - 3 else name


@lexicon.cached
def _province_prefix() -> re.Pattern[str]:
    names = {d.name for d in Gazetteer.load() if d.level == "province"}
    forms = names | {s for n in names if (s := short_form(n, "province"))}
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(f"^(?:{alternatives})(?:省级|自治区级|省|自治区|级)?")


def _sentence_start(text: str, at: int, reach: int = 120) -> int:
    """Where the sentence holding ``at`` starts: after the last 。 or line break at most ``reach`` characters back.

    >>> _sentence_start("甲。乙为丙", 3), _sentence_start("甲乙丙丁为", 4, reach=2)
    (2, 3)
    """
    lo = max(0, at - reach)
    return max(text.rfind("。", lo, at), text.rfind("\n", lo, at), at - reach) + 1


def _level(name: str, written: str) -> str | None:
    """A title's level: its level mark, ``我省`` before it, or the province's full name it opens with (provincial).

    >>> _level("国家某某县城", ""), _level("湖南省某某特色村寨", ""), _level("某某示范村", "我省某某示范村")
    ('national', 'provincial', 'provincial')
    """
    return level_of(name) or home_level(written) or ("provincial" if _province_named(name) else None)


def _province_named(text: str) -> bool:
    """True when ``text`` opens with a province's full name (``四川省``, ``广西壮族自治区``): a province's title.

    >>> _province_named("四川省实施某某"), _province_named("四川实施某某")
    (True, False)
    """
    m = _province_prefix().match(text)
    return m is not None and text[: m.end()].endswith(("省", "自治区"))


_NATIONAL_PREFIX = re.compile(r"^(?:全国|国家级|国家|中国)")
_PROVINCIAL_PREFIX = re.compile(r"^(?:全省|省级|自治区级|自治区|省)")


def title_key(name: str) -> str:
    """What a designation's name says once batch, possessive and the wording of its level are set aside.

    >>> title_key("国家级现代农业产业园") == title_key("国家现代农业产业园")
    True
    >>> title_key("吉林省首批省级全域旅游示范区"), title_key("全国第二批森林康养小镇")
    ('省级全域旅游示范区', '国家森林康养小镇')
    >>> title_key("国家康养县(市、区)") == title_key("国家康养市(县、区、旗)") != title_key("国家康养县")
    True
    """
    key = _BATCH.sub("", _without_year(name).replace("新一批", ""))
    key = re.sub(r"^(?:我|本)(?=省|市|县|区)", "", key)
    key = _province_prefix().sub("省级", key, count=1)
    key = _NATIONAL_PREFIX.sub("国家", key, count=1)
    key = _PROVINCIAL_PREFIX.sub("省级", key, count=1)
    key = _UNIT_THEN_UNITS.sub("(县市区)", key)  # 国家某某县(市、区) and 国家某某市(县、区、旗): one title of all units
    return re.sub(r"^省级(?:省级|省)+", "省级", key)


_UNIT_THEN_UNITS = re.compile(r"[县市区旗][(（][县市区旗](?:[、/][县市区旗]){1,3}[)）]$")


_LEADING_BATCH = re.compile(  # 湖南首批|全国…, 第三批|全国…: a region and a batch before the level mark
    r"(?:[\u4e00-\u9fff]{2,5}(?:省|自治区)|[\u4e00-\u9fff]{2,3})?(?:首批|新一批|第[一二三四五六七八九十\d]+批)(?=全国|国家|省级|全省|中国|“|[\u4e00-\u9fff]{1,4}(?:省|自治区))"
)


def _without_batch(name: str) -> str:
    """``name`` without a batch (and the region before it) written in front of its level mark
    (``第三批全国…`` → ``全国…``, ``某省首批国家…`` → ``国家…``, ``浙江第三批未来乡村`` → ``未来乡村``)."""
    lead = _LEADING_BATCH.match(name)
    if lead:
        return name[lead.end() :]
    # 浙江第三批|未来乡村: a province's batch before a title without a level mark
    region = _province_prefix().match(name)
    batch = _BATCH.match(name, region.end()) if region else None
    return name[batch.end() :] if batch and len(name) - batch.end() >= 3 else name


_LEVEL_WORDS = ("国家", "全国", "中国")


def _known_level(name: str) -> str:
    """A well-known national title written with its batch but without its level word (第六批|生态文明建设示范区) by its
    known name (a bare 文明城市, with no batch, may be a province's and stays as written).

    >>> _known_level("第六批生态文明建设示范区"), _known_level("生态文明建设示范区"), _known_level("第二批某某示范区")
    ('国家生态文明建设示范区', '生态文明建设示范区', '第二批某某示范区')
    """
    batch = _BATCH.match(name)
    if batch is None:
        return name
    bare = name[batch.end() :]
    if bare in _known() or has_level_mark(bare):
        return name
    return next((w + bare for w in _LEVEL_WORDS if w + bare in _known()), name)


def designations_of(doc: Doc) -> list[Found]:
    """:func:`find_designations` of ``doc``'s clean text, computed once per document (projects read it too)."""
    found = doc.cache.get("designations")
    if found is None:
        found = doc.cache["designations"] = find_designations(doc.text)
    return list(found)


def extract_designations(doc: Doc) -> Iterator[Mention | Relation]:
    """Designation mentions (level, batch, year, conferrer) and ``designated_as`` from their holder.

    A title the page gives no holder and no level (``某某示范区``, ``文明城市``) is no
    designation unless it is a well-known one: a phrase ending in a head says too little
    alone. With a level mark (``国家…``, ``省级…``) it stays, a title named without its winners.

    >>> from kg.model import Document
    >>> found = lambda t: [x.name for x in extract_designations(Doc.of(Document(id="t.txt", text=t)))
    ...                    if isinstance(x, Mention)]
    >>> found("要学习借鉴电商示范区的经验。"), found("近日公布了国家电商示范区名单。")
    ([], ['国家电商示范区'])
    """
    levels: dict[str, str] = {}
    for p in doc.found(EntityType.PLACE):
        levels.setdefault(p.name, str(p.prop("level") or ""))
    out = [x for x in _designations_and_holders(doc) if not _above_its_unit(x, levels)]
    out = _each_unit_its_list(_villages_over_towns(out, levels), levels)
    held = {x.object.name for x in out if isinstance(x, Relation) and isinstance(x.object, EntityRef)}
    stated: set[tuple[object, ...]] = set()  # one relation per holder, title and properties (status, year, batch …)
    for x in out:
        if isinstance(x, Relation) and isinstance(x.object, EntityRef):
            if (key := (x.subject.name, x.object.name, *sorted(x.props))) in stated:
                continue
            stated.add(key)
        both = _CITY_OR_COUNTY_SEAT.fullmatch(x.name) if isinstance(x, Mention) else None
        if both and (split := [n for n in (both.group(1) + "城市", both.group(1) + "县城") if n in held]):
            yield from (replace(x, name=n) for n in split)  # “某某卫生城市(县城)”: each holder's title, no third
            continue
        if isinstance(x, Mention) and (units := [n for n in _unit_titles(x.name) if n in held]):
            yield from (replace(x, name=n) for n in units)  # 某某名镇名村 its villages and towns hold: their two lists
            continue
        if isinstance(x, Mention) and x.name not in held and not x.prop("level") and x.name not in _known():
            continue
        yield x


_JOINT_UNITS = re.compile(r"(.+?)(名镇名村|名村名镇|重点村镇)")
_UNIT_PART = {  # (the joint title's end, the holder's level) → its own list's end
    ("名镇名村", "village"): "名村",
    ("名村名镇", "village"): "名村",
    ("重点村镇", "village"): "重点村",
    ("名镇名村", "town"): "名镇",
    ("名村名镇", "town"): "名镇",
    ("重点村镇", "town"): "重点镇",
}


def _unit_titles(name: str) -> list[str]:
    """The titles a joint one is the umbrella of (``某某名镇名村`` → ``某某名村``, ``某某名镇``)."""
    m = _JOINT_UNITS.fullmatch(name)
    return sorted({m.group(1) + end for (tail, _), end in _UNIT_PART.items() if tail == m.group(2)}) if m else []


def _each_unit_its_list(out: list[Mention | Relation], levels: dict[str, str]) -> list[Mention | Relation]:
    """A village holding ``某省某某名镇名村`` or ``某某乡村旅游重点村镇`` holds the villages' list of the two the
    joint name is the umbrella of (``某省某某名村``), a town the towns' (``…名镇``, ``…重点镇``).

    >>> rel = lambda place: Relation(EntityRef(EntityType.PLACE, place), Predicate.DESIGNATED_AS,
    ...                              EntityRef(EntityType.DESIGNATION, "某省某某名镇名村"), None)
    >>> [r.object.name for r in _each_unit_its_list([rel("甲村"), rel("乙镇"), rel("丙县")],
    ...                                              {"甲村": "village", "乙镇": "town", "丙县": "county"})]
    ['某省某某名村', '某省某某名镇', '某省某某名镇名村']
    """
    out = list(out)
    for i, x in enumerate(out):
        if isinstance(x, Relation) and x.predicate is Predicate.DESIGNATED_AS and isinstance(x.object, EntityRef):
            m = _JOINT_UNITS.fullmatch(x.object.name)
            end = _UNIT_PART.get((m.group(2), levels.get(x.subject.name, ""))) if m else None
            if m and end:
                out[i] = replace(x, object=EntityRef(EntityType.DESIGNATION, m.group(1) + end))
    return out


def _villages_over_towns(out: list[Mention | Relation], levels: dict[str, str]) -> list[Mention | Relation]:
    """Drop the towns holding a ``…乡村`` title (countryside: villages, or townships) that villages on the same page
    hold: a town there stands for a village of it kg did not read (甲镇某村、甲镇乙村: 甲镇), not a holder of its own;
    a list of towns alone keeps them.

    >>> rel = lambda place, title: Relation(EntityRef(EntityType.PLACE, place), Predicate.DESIGNATED_AS,
    ...                                     EntityRef(EntityType.DESIGNATION, title), None)
    >>> levels = {"甲镇": "town", "乙村": "village"}
    >>> both = [rel("甲镇", "国家某某乡村"), rel("乙村", "国家某某乡村")]
    >>> [r.subject.name for r in _villages_over_towns(both, levels)]
    ['乙村']
    >>> [r.subject.name for r in _villages_over_towns([rel("甲镇", "国家某某乡村")], levels)]
    ['甲镇']
    """
    rural = {
        x.object.name
        for x in out
        if isinstance(x, Relation)
        and x.predicate is Predicate.DESIGNATED_AS
        and x.object.name.endswith("乡村")
        and levels.get(x.subject.name) == PlaceLevel.VILLAGE.value
    }
    return [
        x
        for x in out
        if not (
            isinstance(x, Relation)
            and x.predicate is Predicate.DESIGNATED_AS
            and x.object.name in rural
            and levels.get(x.subject.name) == PlaceLevel.TOWN.value
        )
    ]


_RANK = {level: i for i, level in enumerate((*LEVELS, PlaceLevel.VILLAGE.value))}  # province 0 … village 4
_UNIT_RANK = {"城镇": 0, "市": 0, "县": 2, "旗": 2, "镇": 3, "乡": 3, "街道": 3, "村": 4, "嘎查": 4, "社区": 4}
"""Units a title's last words name and the lowest division rank that holds each (城镇: cities and towns; 市:
cities of any rank, 示范市县)."""
_UNIT_REACH = 4  # the title's last this many characters name its units (名镇名村, 重点村镇)
_UNIT_CHARS = set("".join(_UNIT_RANK)) | set("名城落庄寨居屯街()（）、/")
"""What may follow a title's unit to its end: more units and unit words (名镇|名村, 县|城, 村|落, 村|(社区))."""
_ZONE_TITLE_ENDS = ("经济技术开发区", "高新技术产业开发区", "经开区", "高新区")  # statuses of zones, not of divisions


def _above_its_unit(x: Mention | Relation, levels: dict[str, str]) -> bool:
    """Whether ``x`` gives a title of villages, towns or counties (某某重点村, 卫生乡镇, 示范县) to a division
    above that unit (a city whose villages won it: 某市14个村入选…).

    >>> rel = lambda place, title: Relation(EntityRef(EntityType.PLACE, place), Predicate.DESIGNATED_AS,
    ...                                     EntityRef(EntityType.DESIGNATION, title), None)
    >>> levels = {"甲市": "prefecture", "乙镇": "town", "丙村": "village"}
    >>> [_above_its_unit(rel(p, "全国某某示范村"), levels) for p in ("甲市", "乙镇", "丙村")]
    [True, True, False]
    >>> _above_its_unit(rel("甲市", "国家卫生城镇"), levels), _above_its_unit(rel("乙镇", "国家某某乡镇"), levels)
    (False, False)
    >>> _above_its_unit(rel("乙镇", "全国森林康养名镇名村"), levels)  # 名镇名村: towns and villages
    False
    >>> _above_its_unit(rel("甲市", "国家级经济技术开发区"), levels)  # a zone's status: its zone holds it
    True
    >>> _above_its_unit(rel("甲市", "全国某某乡村先行区"), levels)  # 乡村 inside the name is no unit of holders
    False
    """
    if not isinstance(x, Relation) or x.predicate is not Predicate.DESIGNATED_AS:
        return False
    rank = _RANK.get(levels.get(x.subject.name, ""))
    if rank is None:
        return False  # an area, a foreign place, or a place the page did not find: no division rank
    if x.object.name.endswith(_ZONE_TITLE_ENDS):
        return True  # 升级为国家级经济技术开发区: a zone's status, held by the zone, never by its city
    name = _UNITS_QUALIFIER.sub("", x.object.name)  # 国家某某市(县、区): its units are 市 and those in brackets
    tail = name[-_UNIT_REACH:] + x.object.name[len(name) :]
    if "城镇" in tail or tail.endswith("之乡"):
        return False  # (中国某某之乡: a place known for something, of any rank)
    lows = [  # the units the title ends with (示范村; 名镇名村, 重点村镇), not a word inside it (某某乡村|先行区)
        low for unit, low in _UNIT_RANK.items() if unit in tail and set(tail[tail.rindex(unit) :]) <= _UNIT_CHARS
    ]
    return bool(lows) and rank < min(lows)


def _ends_in_a_place(doc: Doc, f: Found, starts_by_end: dict[int, list[int]]) -> bool:
    """Whether ``f`` ends with a place the page names after a verb of going (``某某测评组来|冠县``: a one-character
    county's own name read as a title's unit head). ``starts_by_end``: the clean starts of the page's places by their
    clean ends (:func:`_place_starts_by_end`)."""
    if f.name[-1:] not in _UNIT_HEADS:
        return False
    return any(f.start < start and doc.text[start - 1] in GOING_TO for start in starts_by_end.get(f.end, ()))


def _place_starts_by_end(doc: Doc) -> dict[int, list[int]]:
    """The clean start offsets of the page's places, by clean end offset (one pass, not one per title)."""
    out: dict[int, list[int]] = {}
    for p in doc.found(EntityType.PLACE):
        start = doc.clean_offset(p.start)
        if start is not None:
            out.setdefault(start + len("".join(p.text.split())), []).append(start)
    return out


_UNIT_HEADS = frozenset("县市区旗镇乡村")


def _designations_and_holders(doc: Doc) -> Iterator[Mention | Relation]:
    """Every title's mention and holders the readers find, then the lines of places alone no reader gave one."""
    place_starts = _place_starts_by_end(doc)
    found = [f for f in designations_of(doc) if not _ends_in_a_place(doc, f, place_starts)]
    canonical = _canonical_names(found)
    titles = {k: _known_level(_without_batch(_without_home(v))) for k, v in canonical.items()}  # 第三批…: a prop
    held: set[str] = set()
    for x in _read_holders(doc, found, canonical, titles):
        if isinstance(x, Relation) and x.predicate is Predicate.DESIGNATED_AS:
            held.add(x.subject.name)
        yield x
    yield from place_blocks(doc, found, titles, held)


def _read_holders(
    doc: Doc, found: list[Found], canonical: dict[str, str], titles: dict[str, str]
) -> Iterator[Mention | Relation]:
    text = doc.text
    home = doc.home.city
    line_lists, by_lines = title_line_lists(doc, found, titles)
    yield from line_lists
    yield from counted_lines(doc, found, titles, by_lines)
    for f in found:
        name = titles[f.name]
        s_start, s_end = doc.sentence_at(f.start)
        sentence = text[s_start:s_end]
        before = text[max(s_start, f.start - 4) : f.start]
        batch = (_BATCH.search(f.name) or _BATCH.search(canonical[f.name]) or _BATCH.search(before) or [None])[0]
        years = _YEAR.findall(text[s_start : f.start])
        conferrer = f.conferrer or (found_body.group(0) if (found_body := _conferrers().search(sentence)) else None)
        yield doc.mention(
            f.start,
            f.end,
            EntityType.DESIGNATION,
            name,
            level=_level(name, f.name),
            batch=batch,
            year=years[-1] if years else None,
            conferrer=conferrer,
        )
        c_start = max(s_start, clause_start(text, f.verb_start, 60))
        if counted_after := _COUNT_AFTER_NAME.match(text, f.end):
            # 全市新创建某某县城6个: titles counted, no holder named — unless a bracket lists them
            close = bracket_end(text, counted_after.end())
            for place, _at in bracketed_places(doc, counted_after.end()):
                yield _designated(doc, place, name, f.start, close + 1, f, batch, years)
            for p in counted_groups(doc, counted_after.end()):  # 某某先进县20个,其中,市辖区8个,包括甲区、乙区
                yield _designated(doc, p.name, name, f.start, doc.clean_offset(p.end) or f.end, f, batch, years)
            continue
        counted_before = _COUNT_BEFORE_TITLE.search(text, max(0, f.start - 8), f.start)
        if counted_before and text.startswith(("(", "（"), f.end) and (listed := bracketed_places(doc, f.end)):
            close = bracket_end(text, f.end)  # 第一批7个省级某某示范县(甲市乙区、丙县…): its holders
            for place, _at in listed:
                yield _designated(doc, place, name, f.start, close + 1, f, batch, years)
            continue
        if f.start in by_lines:
            continue  # a title alone on its line: the lines after it list its holders
        if (
            f.verb_start == f.start
            and _GROUP_COUNTED.search(text, c_start - 8, c_start)
            and (granted := _granted_places(doc, f))
        ):
            for place, at in granted:  # 授予甲镇、乙镇2个乡镇,丙村等31个村为…称号: every group of the list
                yield _designated(doc, place, name, at, f.end, f, batch, years)
            continue
        holder = subject_place(doc, c_start, f.verb_start)
        if holder is None and f.status == "aspiring" and text.endswith(("召开", "举行", "启动"), c_start, f.verb_start):
            holder = subject_place(doc, c_start, f.verb_start - 2)  # 某县召开创建某某县城动员大会: the county seeks it
        if holder is None and (agent := _PASSIVE_AGENT.search(text, max(s_start, f.verb_start - 40), f.verb_start)):
            a_start = max(s_start, clause_start(text, agent.start(), 60))  # (被甲、乙命名: the list is one agent)
            holder = subject_place(doc, a_start, agent.start())  # 某县被省某厅命名为…: the county, not the body
        units = _UNITS_COUNTED_BEFORE.search(text, c_start, f.verb_start)
        owner = subject_place(doc, c_start, units.start()) if units else None
        if owner and any(d.level in ("province", "prefecture") for d in Gazetteer.load().lookup(owner[0])):
            continue  # 某市9个区县获…称号 (贵阳九区县…): its districts won, named (if at all) in a list after
        if holder is None and (granted := _granted_places(doc, f)):
            for place, at in granted:  # 授予甲市“某某城市”称号: the places between the verb and the title
                yield _designated(doc, place, name, at, f.end, f, batch, years)
            continue
        if holder is None and (listed := listed_clause_before(doc, s_start, c_start, f.verb_start)):
            for place, at in listed:  # 今年,甲村、乙村,被认定为…: the clause before lists the holders
                yield _designated(doc, place, name, at, f.end, f, batch, years)
            continue
        if holder is None and not text.startswith("的", f.end):  # 入选某某的甲市: a relative clause, no topic
            holder = topic_place(doc, s_start, c_start, f.verb_start)
            holder = holder or previous_topic_place(doc, s_start, c_start, f.verb_start)
        if holder is None and (disposed := _disposed_places(doc, s_start, f.verb_start)):
            for place, at in disposed:  # 将甲县、乙县共2家单位认定为…: the places the verb disposes of
                yield _designated(doc, place, name, at, f.end, f, batch, years)
            continue
        if holder is None and (counted := _COUNT_BEFORE_NAME.search(text, c_start, f.start)):
            holder = subject_place(doc, c_start, counted.start())  # 共有甲县、乙县2个某某县城: the listed places
        if holder is None and (group := _GROUP_SUBJECT.search(text, c_start, f.verb_start)):
            holder = subject_place(doc, c_start, group.start())  # 甲县、乙县等4家单位入选: the listed places
        if holder is None and (winners := _winners_after(doc, f)):
            for place, at in winners:  # 命名100个地区为第五批…示范区,甲市乙县、丙市丁县成功入选: the places named after
                yield _designated(doc, place, name, f.start, at + len(place), f, batch, years)
            continue
        if holder is None and (winners := _winners_next(doc, f, found)):
            for place, at in winners:  # …公布第六批某某名单,全省63个村落上榜。其中,甲村、乙村上榜: the next sentence's
                yield _designated(doc, place, name, f.start, at + len(place), f, batch, years)
            continue
        if holder is None and not _names_other_place(doc, s_start, f.verb_start):
            opening = text[max(s_start, f.start - 60) : f.start]
            holder = (
                (home, f.verb_start)
                if home and not _NOT_HOME_SUBJECT.search(opening) and _home_is_topic(doc, home)
                else None
            )
        if holder is None:
            continue
        lo = max(s_start, holder[1] - 300)
        listed = coordinated_places(doc, lo, holder[1]) if holder[1] < f.verb_start else []
        listed += _counted_list_after(doc, holder, f.verb_start)
        for place, at in [holder, *listed]:  # 甲市、乙市、丙县入选…: one designated_as per listed place
            yield _designated(doc, place, name, min(at, f.start), f.end, f, batch, years)
    yield from enumerated_designations(doc, found, titles, frozenset(by_lines))
    yield from _honour_referred_to(doc, found, titles)


_THIS_HONOUR = re.compile(r"(?:获得?|荣获|摘得|喜获)了?(?:此|这一|该|这个|这项|上述)(?:荣誉称号|殊荣|荣誉|称号)")


def _honour_referred_to(doc: Doc, found: list[Found], titles: dict[str, str]) -> Iterator[Relation]:
    """``…获得某某城(县)命名,其中甲县、乙县等13个市县获得此殊荣``: the places that won "this honour" hold the title
    written last before it (in its sentence or the one before).

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "今年全省评选出10个省级康养县城,攸县、醴陵市获此殊荣。"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as")
    ['攸县', '醴陵市']
    """
    text = doc.text
    for m in _THIS_HONOUR.finditer(text) if "此" in text or "该" in text or "这" in text or "上述" in text else ():
        s_start, _ = doc.sentence_at(m.start())
        lo = doc.sentence_at(s_start - 1)[0] if s_start > 0 else s_start
        before = [f for f in found if lo <= f.start and f.end <= m.start()]
        if not before:
            continue
        f = before[-1]
        c_start = max(s_start, clause_start(text, m.start(), 60))
        holder = subject_place(doc, c_start, m.start())
        if holder is None and (group := _GROUP_SUBJECT.search(text, c_start, m.start())):
            holder = subject_place(doc, c_start, group.start())  # 甲县、乙县等13个市县获得此殊荣
        if holder is None:
            continue
        batch = (_BATCH.search(f.name) or [None])[0]
        years = _YEAR.findall(text[s_start : m.start()]) or _YEAR.findall(text[lo : f.start])
        won = replace(f, status="awarded")  # (the places won it, whatever the sentence before said of the title)
        for place, at in [holder, *coordinated_places(doc, max(s_start, holder[1] - 300), holder[1])]:
            yield _designated(doc, place, titles[f.name], at, m.end(), won, batch, years)


_WON_AFTER = re.compile(r"(?:也|均|都|成功|顺利|光荣)*(?:入选|上榜|入围|榜上有名|名列其中|位列其中|在列)")
_CLAUSE_END_AFTER_TITLE = re.compile(r"[，,。；;！!]")


def _winners_after(doc: Doc, f: Found) -> list[tuple[str, int]]:
    """The places of the clause right after a title that say they won it (``…为第五批某某示范区,甲市乙县、丙县成功
    入选``): the title named first, its winners after it, with no verb of their own for a title. Nearest last.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="命名100个地区为第五批国家生态县,石家庄市深泽县、行唐县成功入选。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> _winners_after(d, Found(9, 17, "第五批国家生态县", None, 9))
    [('深泽县', 22), ('行唐县', 26)]
    """
    text = doc.text
    lo = f.end + text.startswith(tuple(_QUOTES), f.end)
    if listed := _LIST_WORD_AFTER.match(text, lo):
        lo = listed.end()  # 公布第四批某某示范县入选名单,…: the list the title names
    _, s_end = doc.sentence_at(f.start)
    while text[lo : lo + 1] in ("，", ","):
        hi = mark.start() if (mark := _CLAUSE_END_AFTER_TITLE.search(text, lo + 1)) else len(text)
        verb = _WON_AFTER.search(text, lo + 1, hi)
        if verb is None or verb.end() != hi:
            if listed and hi < s_end and not places_within(doc, lo + 1, hi):
                lo = hi  # 名单,经县级申请、省级核查等程序,我省甲县、乙县入选: a clause on the procedure between
                continue
            return []
        before = verb.start()
        if counted := _COUNTED_TAIL.search(text, lo + 1, before):
            before = counted.start()  # 甲县、乙县12个县(市、区)入选: the count closes the list
        last = subject_place(doc, lo + 1, before)
        if last is None:
            return []
        return [*reversed(coordinated_places(doc, lo + 1, last[1])), last]
    return []


_LIST_WORD_AFTER = re.compile(r"[”\"]?(?:入选)?(?:名单|榜单)")  # (拟入选名单, 推荐名单: proposed, not read here)
_COUNTED_TAIL = re.compile(
    r"(?:等|共)?[\d一二两三四五六七八九十百]+个[\u4e00-\u9fff]{0,4}(?:[(（][^()（）]{0,8}[)）])?$"
)


_AMONG_THEM = re.compile(r"\s*其中\s*[，,：:]?\s*")


def _winners_next(doc: Doc, f: Found, found: Sequence[Found] = ()) -> list[tuple[str, int]]:
    """The places of a sentence opening with ``其中`` right after the sentence of a published list's title that
    say they won (``…公布第六批某某名单,全省63个村落上榜。其中,甲县乙村、丙县丁村上榜``): the sentence's last title
    (of ``found``) only. Nearest last.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="某部公布第五批国家生态县名单,全国40个县上榜。其中,深泽县、行唐县上榜。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> _winners_next(d, Found(7, 12, "国家生态县", None, 7))
    [('深泽县', 27), ('行唐县', 31)]
    """
    text = doc.text
    _, s_end = doc.sentence_at(f.start)
    if not (_PUBLISHED_LIST.match(text, f.end) or _WON_AFTER.search(text, f.end, s_end)) or s_end >= len(text):
        return []  # (the title's sentence publishes its list, or says some won it)
    if any(
        f.end <= g.start < s_end and (_PUBLISHED_LIST.match(text, g.end) or _WON_AFTER.search(text, g.end, s_end))
        for g in found
    ):
        return []  # 召开某某县城创建推进会,会上通报了某某乡村评选结果,…入选: the list is the later title's
    among = _AMONG_THEM.match(text, s_end)
    if among is None:
        return []
    hi = mark.start() if (mark := _CLAUSE_END_AFTER_TITLE.search(text, among.end())) else len(text)
    hi = among.end() + len(text[among.end() : hi].rstrip(" \t\u3000"))  # (甲市、乙市入选 。: a web page's space)
    verb = _WON_AFTER.search(text, among.end(), hi)
    if verb is None or verb.end() != hi:
        return []
    last = subject_place(doc, among.end(), verb.start())
    if last is None:
        return []
    return [*reversed(coordinated_places(doc, among.end(), last[1])), last]


def _designated(
    doc: Doc, place: str, name: str, start: int, end: int, f: Found, batch: str | None, years: list[str]
) -> Relation:
    """``place`` designated_as ``name`` (found as ``f``), stated in the clean span ``[start, end)``; a title of
    cities and county seats (``某某卫生城市(县城)``) is its county-seat title for a county."""
    if (both := _CITY_OR_COUNTY_SEAT.fullmatch(name)) is not None:
        name = both.group(1) + ("县城" if place.endswith(("县", "旗")) else "城市")
    return doc.relation(
        EntityRef(EntityType.PLACE, place),
        Predicate.DESIGNATED_AS,
        EntityRef(EntityType.DESIGNATION, name),
        start,
        end,
        status=f.status or "awarded",
        level=_level(name, f.name),
        batch=batch,
        year=years[-1] if years else None,
        unique=True if f.unique else None,
    )


_COUNTED_GROUP = re.compile(r"等[ \u3000]?[\d一二两三四五六七八九十百]+[ \u3000]?个")  # (等 15 个: a web page's spaces)


def _counted_list_after(doc: Doc, holder: tuple[str, int], verb: int) -> list[tuple[str, int]]:
    """``甲县、乙县、丙区等3个县(区)…拟授予…``: the places listed after the holder, up to the count that
    closes the list (the holder is the list's first item)."""
    text = doc.text
    at = holder[1]
    if not text.startswith(holder[0], at) or text[at + len(holder[0]) : at + len(holder[0]) + 1] != "、":
        return []
    count = _COUNTED_GROUP.search(text, at, verb)
    if count is None:
        return []
    places = item_places(doc, at, count.start())
    if len(places) < 2 or places[0].name != holder[0]:
        return []
    return [(p.name, doc.clean_offset(p.start) or at) for p in places[1:]]


_UNITS_COUNTED_BEFORE = re.compile(
    r"[\d一二两三四五六七八九十百]+(?:个|家)?(?:区县|县区|县市区|县|区|市|乡镇|镇|乡|村|社区|街道)(?:也|均|都|同时|成功)*"
    r"(?:荣获|喜获|获得|获评|获)?[“\"]?$"
)


def _granted_places(doc: Doc, f: Found) -> list[tuple[str, int]]:
    """``授予甲市、乙县“某某城市”称号``: the places listed between a verb of conferring and the quoted title."""
    text = doc.text
    verb = _DISPOSING_VERB.match(text, f.verb_start)
    year = _YEAR_BEFORE.search(text, max(0, f.start - 7), f.start)
    if verb is None and f.verb_start == f.start and text.endswith("为", 0, year.start() if year else f.start):
        # 国家民委命名甲市、乙市为第十批…示范市: the verb stands before the places, 为 after them
        verb = _last(_NAMED_AS.finditer(text, max(0, f.start - _LIST_REACH), f.start))  # the nearest
        between = _GROUP_COUNTED.sub("", text[verb.end() : f.start]) if verb is not None else ""
        between = _NO_ORDER.sub("", between)  # 甲县、乙县(排序不分先后),为…: a note on the list's order
        verb = verb if verb is not None and not re.search(r"[，,。；;]", between) else None  # (甲镇2个乡镇,乙村…)
        if verb is not None and _NOT_NAMED_BEFORE.search(text, max(0, verb.start() - 14), verb.start()):
            return []  # 建议命名, 申请…命名, 暂缓命名, 未命名: asked for, deferred or refused, not conferred
    if verb is None or verb.end() >= f.start:
        return []
    hi = f.start
    if year := _YEAR_BEFORE.search(text, max(0, hi - 7), hi):
        hi = year.start()  # 授予甲县“2023年度全国…”称号: the year of the list the title opens with
    hi = hi - 1 if text[hi - 1 : hi] in ("“", '"') else hi
    hi -= 1 if text[hi - 1 : hi] == "为" and verb.group().endswith("为") is False else 0  # 确认甲市为“…”
    if note := _NO_ORDER.search(text, verb.end(), hi):
        hi = note.start() if note.end() == hi else hi
    if tail := _GRANTED_TAIL.search(text, verb.end(), hi):  # …、丁县等10个县(市、区)全省“…”: the count and level
        hi = tail.start()
    out, lo = [], verb.end()
    for group in [*_GROUP_COUNTED.finditer(text, lo, hi), None]:  # 甲市、乙市2个城市和丙县1个县城: each group
        end = group.start() if group else hi
        out += [(p.name, doc.clean_offset(p.start) or verb.end()) for p in item_places(doc, lo, end)]
        lo = group.end() if group else hi
    return out


_GROUP_COUNTED = re.compile(  # 甲市、乙市2个城市和|丙县1个县城: a group of the list counted
    r"[\d一二两三四五六七八九十百]+个(?:城市|县城|县|市|区|乡镇|镇|乡|村|社区|街道)(?:和|及|以及|、|，|,)"
)
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}(?:年度?)?$")
_LIST_REACH = 400  # how far back a verb of conferring governs a long list of places before 为
_NO_ORDER = re.compile(r"[(（](?:排序|排名|排列)?不分先后(?:顺序)?[)）][，,]?")
_GRANTED_TAIL = re.compile(
    r"(?:(?:等|共)?[\d一二两三四五六七八九十百]+(?:个|家|地|处)[\u4e00-\u9fff]{0,4}(?:[(（][^()（）]{0,8}[)）])?|等)?"
    r"(?:全省|全市|全区|全国|省级|市级|县级|国家级|国家)?$"
)


_DISPOSING_VERB = re.compile(r"(?:认定|命名|确定|评定|评选|列(?=为|入)|授予|(?:重新)?确认)为?")  # (no 系列, 排列)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches`` (the verb nearest the title), or None."""
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


_NAMED_AS = re.compile(r"(?<!拟)(?<!不予)(?:命名|认定|确定|评定|确认|授予)(?!为)")
_NOT_NAMED_BEFORE = re.compile(
    r"(?:拟|不予|未|暂缓|建议|申请|申报|推荐|提请|请求|争取|力争|争创|希望|将|没有|不再)[^，,。；;！？]{0,12}$"
)
_DISPOSED_COUNT = re.compile(  # 等20个县、市、区, 共5家单位(排名不分先后): the count closing the list
    r"(?:共|等)[\d一二两三四五六七八九十百]+(?:个|家|地|处)[\u4e00-\u9fff、]{0,8}(?:[(（][^()（）]{0,8}[)）])?$"
)


def _disposed_places(doc: Doc, s_start: int, verb_start: int) -> list[tuple[str, int]]:
    """``将甲市乙区、丙县共2家创建单位认定为…``: the places listed between ``将`` and a verb of
    conferring (认定为, 命名为 …) that governs the title; items that end in no known place
    (``某某管委会``) name none."""
    text = doc.text
    if not _DISPOSING_VERB.match(text, verb_start):
        return []
    lead = text.rfind("将", s_start, verb_start)
    if lead < 0:
        return []
    hi = lead + 1 + len(_DISPOSED_COUNT.sub("", text[lead + 1 : verb_start]))
    return [(p.name, doc.clean_offset(p.start) or lead) for p in item_places(doc, lead + 1, hi)]


def _home_is_topic(doc: Doc, home: str) -> bool:
    """Whether no division inside the home city is named more often than the city itself: a city paper's
    report on one of its counties does not give the city the titles it names without a holder.

    >>> from kg.model import Document
    >>> from kg.extract.places import extract_places
    >>> d = Doc.of(Document(id="t.txt", text="株洲日报讯 攸县获评国家某某县城。攸县多年创建。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> _home_is_topic(d, "株洲市")
    False
    """
    if (known := doc.cache.get("home_is_topic")) is not None:
        return known
    counts: dict[str, int] = {}
    code = None
    media = [(m.start, m.end) for m in doc.found(EntityType.ORGANIZATION) if m.prop("kind") == "media"]
    for p in doc.found(EntityType.PLACE):
        if any(a <= p.start and p.end <= b for a, b in media):
            continue  # 某某日报 in the credit lines: the paper's name, no mention of its city
        if p.name == home:
            code = code or p.prop("code")
        counts[p.name] = counts.get(p.name, 0) + 1
    if code is None:  # the home city named only inside the masthead (某某日报): its code from the gazetteer
        code = next((d.code for d in Gazetteer.load().lookup(home) if d.name == home), None)
    own = counts.get(home, 0)
    topic = bool(own) and not any(
        counts.get(p.name, 0) > own for p in doc.found(EntityType.PLACE) if code and p.prop("parent") == code
    )
    doc.cache["home_is_topic"] = topic
    return topic


def _names_other_place(doc: Doc, lo: int, hi: int) -> bool:
    """True when the text before the verb names a place other than the home city (no fallback then)."""
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    home = doc.home.city
    for p in doc.found(EntityType.PLACE):
        if (
            o_lo <= p.start
            and p.end <= o_hi
            and p.name.endswith("市")
            and p.name not in GENERIC_PLACES
            and not (home and home.removesuffix("市") in p.name)
        ):
            return True
    return False
