"""Appointments and careers: posts stated by a verb rather than a title in front of the name.

``任命甲为X``, ``免去甲的X职务``, ``甲当选为X``, ``甲辞去X职务``, election and
assignment lists (``选举甲、乙为X``, ``由甲、乙担任``), career text (``历任A、B``,
``甲同志任X``, ``甲出任X``), a title in brackets after a name (``甲（某厅原巡视员）``)
and ``等区领导`` lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.data.gazetteer import Gazetteer
from kg.extract.names import (
    is_cjk,
    is_name,
    listed_name_at,
    name_at,
)
from kg.extract.officials import PersonState, appointed, name_before, position_relations, read_posts
from kg.extract.posts import ORGAN_TITLE, Post, normalise_stack
from kg.extract.titles import JOINERS, core_regex, joiner_length, parse_title, title_stack
from kg.extract.tokens import is_word
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

# 任命甲为X / 免去甲的X职务 / 甲当选为X: a title after the name, with its tense
# the lookahead on the characters a match opens with lets any other position fail at once (决定 is optional)
APPOINT = re.compile(
    r"(?=[被不辞决任免当])(?:(?P<after>被任命为|被免去|被撤销|被罢免|不再担任|辞去)|(?:决定)?(任命|免去)[:：\s]*|当选(?:为)?)"
)
APPOINT_TENSE = {"任命": "appointed", "免去": "removed"}

__all__ = [
    "acting_posts",
    "appointment_clauses",
    "assigned_lists",
    "bracketed_titles",
    "careers",
    "counted_appointees",
    "elected_lists",
    "leader_lists",
    "respective_lists",
    "resume_lines",
]


def appointment_clauses(st: PersonState) -> Iterator[Mention | Relation]:
    """``任命甲为X``, ``免去甲的X职务``, ``甲当选为X`` (and lists ``任命:甲为X;乙为Y``): X with its tense."""
    text = st.text
    for m in APPOINT.finditer(text):
        if m.group(2) is None:  # 甲当选为X, 甲辞去X职务, 甲被任命为X, 甲不再担任X职务
            name_end = _comrade_start(text, m.start())  # 甲同志不再担任X
            votes = _VOTES_BEFORE.search(text, max(0, name_end - 16), name_end)
            if votes and votes.start() < name_end:  # 甲以190票的高票当选为X: the votes between name and verb
                at = _comrade_start(text, votes.start())  # 甲同志以全票当选
                if votes.group().startswith("以") or name_before(st, at) is not None:
                    name_end = at  # (甲全票当选, 甲顺利当选: only where a name ends before the words)
            if counted := _COUNTED_PEOPLE.search(text, max(0, name_end - 8), name_end):
                name_end = counted.start()  # 甲等20名代表当选为X: the first of them named
            verb = m.group("after")
            cause = _CAUSE_BEFORE.search(text, max(0, name_end - 30), name_end) if verb in _REMOVED else None
            if cause and name_before(st, name_end) is None:
                name_end = cause.start()  # 甲、乙因违纪问题,被撤销X资格: the names before the cause
                name_end = _comrade_start(text, name_end)
            names = _listed_before(st, name_end)  # 甲、乙、丙当选为X: each listed name
            tense = "elected" if not verb else "appointed" if verb == "被任命为" else "removed"
            shared = not verb or (verb in _REMOVED and _QUALIFICATION.match(text, m.end()) is not None)
            title_at = m.end() + (1 if verb in _REMOVED and text.startswith("其", m.end()) else 0)  # 被撤销其X资格
            for s, e in names if shared else names[-1:]:
                end = yield from appointed(st, s, e, title_at, tense) or ()
                while (
                    end is not None
                    and (close := _CLOSING_DUTIES.match(text, end)) is not None
                    and _whole_title(text, end + 1, close.end(1)) is not None
                    and not any(end < a < close.end(1) for a, _, _ in st.spans)
                ):  # 不再担任A、B,C职务: the comma goes on to the post the closing 职务 sums up (not 保留C职务)
                    end = yield from appointed(st, s, e, end + 1, tense, close.end(1)) or ()
            continue
        tense, pos = APPOINT_TENSE[m.group(2)], m.end()
        while pos < len(text):
            n = name_at(text, pos, st.breaks, True)
            if not n and tense == "appointed" and (held := _titled_comrade(st, pos)) is not None:
                s_name, e_name, posts = held  # 任命县委副书记甲同志为X: the post held now, then the appointed one
                if st.free(s_name, e_name):  # (else the title before the name has been read with it)
                    yield st.person(s_name, e_name, official=True)
                    ref = EntityRef(EntityType.PERSON, "".join(text[s_name:e_name].split()))
                    yield from position_relations(st, ref, *posts)
                pos, n = s_name, e_name - s_name
            if not n:
                break
            at = pos + n
            at += 2 if text.startswith("同志", at) else 0
            if text.startswith("为" if tense == "appointed" else "的", at):
                at += 1
            elif tense == "appointed":
                break
            end = yield from appointed(st, pos, pos + n, at, tense)
            if end is None:
                break
            pos = end + (2 if text.startswith("职务", end) else 0)
            if not re.match(r"[;；、,，]\s*", text[pos : pos + 2]) or text.startswith(("任命", "免去"), pos + 1):
                break
            pos += 1


_COMRADE_APPOINTED = re.compile(r"[^，,。；;、\n]{2,30}?同志为")


def _titled_comrade(st: PersonState, pos: int) -> tuple[int, int, tuple[list[Post], int]] | None:
    """``任命|县委副书记甲同志为X``: where the name after the title written from ``pos`` starts and ends, and
    the posts of that title (held now)."""
    m = _COMRADE_APPOINTED.match(st.text, pos)
    if m is None:
        return None
    e = m.end() - 3  # (the name ends before 同志为)
    s = name_before(st, e)
    if s is None or s <= pos:
        return None
    read = read_posts(st, pos, "current", s)
    if read is None or read[1] != s:
        return None
    return s, e, read


_REMOVED = ("被撤销", "被罢免", "被免去")
_CLOSING_DUTIES = re.compile(r"[,，]([^，,。；;、\n]{2,30}?)职务")  # …,昆明市人民政府市长职务: one more post
_CAUSE_BEFORE = re.compile(r"因(?![此而])[^，,。；;\n]{1,20}[，,]$")  # 甲因违纪问题,|被撤销…
_QUALIFICATION = re.compile(r"[^，,。；;\n]{2,20}?(?:代表|委员)资格")  # 被撤销省政协委员资格: each listed name's
_ELECTS = re.compile(r"选举|补选|增选|推选|任命|当选|决定")
_LIST_BEFORE_TITLE = re.compile(r"为(?=[^\s，,。;；])")
_COUNTED_PEOPLE = re.compile(
    r"等(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:人|名同志|位同志|名代表|名委员|名)$"
    # 甲、乙、丙三位同志为X, 甲、乙2人当选X: a count glued to the last name
    r"|(?<=[\u4e00-\u9fff])(?:\d{1,3}|[二两三四五六七八九十]{1,3})(?:(?:名|位)同志|人|名|位)$"
)
_VOTES_BEFORE = re.compile(
    r"(?:以(?:[\d一二两三四五六七八九十百千]+票|全票|高票|满票)(?:的(?:高票|全票|满票))?|全票|高票|满票)?"
    r"(?:再次|再度|顺利|光荣|正式)?$"
)
_LEADERS_AFTER = re.compile(
    r"等(?P<place>(?:(?!领导)[\u4e00-\u9fff]){2,6}?)?(?:省|市|州|盟|县|区|旗|镇|乡)级?(?:四套班子|四大班子|党政)?领导"
)  # 等某某州领导 (the place never runs over a 领导: 等市领导陪同省领导), 等县四套班子领导 (the four leading bodies')


def _listed_before(st: PersonState, pos: int) -> list[tuple[int, int]]:
    """The names of a list ``甲、乙、丙`` that ends at ``pos``, in text order."""
    found: list[tuple[int, int]] = []
    text = st.text
    while True:
        s = name_before(st, pos)
        if s is None and found:  # 甲、仉某某、乙当选为X: an item the name rules do not read, inside the list
            item = text.rfind("、", max(0, pos - 5), pos)
            s = item + 1 if item >= 0 and listed_name_at(text[: pos + 1], item + 1) == pos - item - 1 else None
            s = s if s is not None and s >= 1 and text[s - 1] == "、" else None
        if s is None:
            break
        if text[s] in _LIST_AND and (first := name_before(st, s)) is not None and first < s - 1:
            found.append((s + 1, pos))  # 甲、乙和丙当选: 和 joins the last name, it opens none
            pos = s
            continue
        found.append((s, pos))
        joined = not found[:-1] and s > 1 and text[s - 1] in _LIST_AND and name_before(st, s - 1) is not None
        if s == 0 or (text[s - 1] != "、" and not joined):
            break  # (甲、乙和|丙当选: the last name joined by 和, the list goes on before it)
        pos = s - 1
    return found[::-1]


_LIST_AND = frozenset("和及与")


def _comrade_start(text: str, end: int) -> int:
    """Where a name's 同志 starts when it ends at ``end``, else ``end`` (甲|同志|当选为X).

    >>> _comrade_start("甲同志当选", 3), _comrade_start("甲当选", 1)
    (1, 1)
    """
    return end - 2 if text.startswith("同志", end - 2) else end


def elected_lists(st: PersonState) -> Iterator[Mention | Relation]:
    """``选举甲、乙为X;丙为Y``: each listed name takes the title after ``为`` (elected or appointed).

    Only inside a sentence that says 选举, 任命, 当选 or 决定, so ``甲为X`` in other prose is left alone.
    """
    text = st.text
    previous: tuple[int, Post] | None = None  # the sentence and last post of the list so far
    for m in _LIST_BEFORE_TITLE.finditer(text):
        if text.endswith("当选", 0, m.start()):
            continue  # 甲顺利当选为X: read with its verb (appointment_clauses), no name 利当选 before 为
        start = max(text.rfind(c, 0, m.start()) for c in "。\n")
        verb = _ELECTS.search(text, start + 1, m.start())
        if verb is None:
            continue
        counted = _COUNTED_PEOPLE.search(text, max(0, m.start() - 8), m.start())  # 甲、乙、丙等18人为X
        names = _listed_before(st, counted.start() if counted else _comrade_start(text, m.start()))
        if not names or names[0][0] < verb.end():
            continue
        tense = "appointed" if verb.group() in ("任命", "决定") else "elected"
        carried = previous[1] if previous and previous[0] == start else None  # 甲为X主任;乙为副主任
        read = read_posts(st, m.end(), tense, None, carried)
        previous = (start, read[0][-1]) if read else None
        for s, e in names:
            if st.free(s, e) or ("".join(text[s:e].split())) in st.known:
                yield from appointed(st, s, e, m.end(), tense, None, carried) or ()


_BY_LIST = re.compile(r"由(?=[^，,。；;]{2,200}?担任)")


def assigned_lists(st: PersonState) -> Iterator[Mention | Relation]:
    """``执行主席由甲、乙、丙担任``: the title before ``由`` is each listed name's."""
    text = st.text
    for m in _BY_LIST.finditer(text):
        once = text[m.start() - 1 : m.start()] == "曾"  # 县委书记曾由甲担任: a former post
        stack = title_stack(text, m.start() - once)
        if not stack or stack[-1].end != m.start() - once:
            continue
        end = text.find("担任", m.end())
        names = _listed_before(st, end)
        if not names or names[0][0] != m.end():
            continue
        title = stack[-1]
        cut = text.rfind("会议", title.start, m.start())  # 本次会议执行主席: the session is no body
        session = text[title.start : cut + 2] if cut >= 0 else ""
        for s, e in names:
            for x in appointed(st, s, e, title.start, "former" if once else "current", m.start() - once) or ():
                if session and isinstance(x, Relation) and x.predicate is Predicate.HOLDS_POSITION:
                    x = replace(x, object=x.object.removeprefix(session))
                elif session and (isinstance(x, Relation) or x.type is EntityType.ORGANIZATION):
                    continue  # no membership of a session
                yield x


_RESPECTIVELY = re.compile(r"分别(?:(被?任命为)|(当选为|当选)|担任|兼任|出任|调任|改任|任|为)")


def respective_lists(st: PersonState) -> Iterator[Mention | Relation]:
    """``甲、乙分别任A、B``: the listed names take the listed titles in order (as many titles as names).

    >>> from kg.extract.base import Doc
    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="甄永年、闵思远分别任东城县委书记、西城县县长。")))
    >>> sorted((r.subject.name, r.object) for r in respective_lists(st) if isinstance(r, Relation)
    ...        and r.predicate is Predicate.HOLDS_POSITION)
    [('甄永年', '东城县委书记'), ('闵思远', '西城县县长')]
    """
    text = st.text
    for m in _RESPECTIVELY.finditer(text):
        names = _listed_before(st, m.start())
        lead_tense = None
        if len(names) < 2:  # 的两人：甲、乙。本次任命前分别任A、B: the list closes the sentence before
            names, lead_tense = _listed_in_sentence_before(st, m.start())
        if len(names) < 2:
            continue
        titles: list[tuple[int, int]] = []
        pos = m.end()
        while len(titles) < len(names):
            stop, end = _segment(text, pos)
            if _whole_title(text, pos, end) is None:
                break
            titles.append((pos, end))
            if stop is None or text[stop.start()] != "、":
                break
            pos = stop.end()
        last = titles[-1][1] if titles else pos
        if len(titles) != len(names) or (text[last : last + 1] == "、" and _title_follows(text, last + 1)):
            continue  # a title left over: the list is no one-to-one pairing
        tense = "appointed" if m.group(1) else "elected" if m.group(2) else lead_tense
        carried = None  # 分别当选为市总工会主席、副主席: the bare deputy is the same body's
        for (s, e), (t_start, t_end) in zip(names, titles, strict=True):
            if st.free(s, e) or "".join(text[s:e].split()) in st.known:
                yield from appointed(st, s, e, t_start, tense, t_end, carried) or ()
            read = read_posts(st, t_start, tense, t_end, carried)
            carried = read[0][-1] if read else None


# 由县委书记任设区市副市长的3人：甲、乙、丙 (a notice's group of cadres moved to one post, then their names)
_COUNTED_TO_POST = re.compile(
    r"(?P<verb>拟任|拟提名为|提任|调任|转任|改任|升任|(?<![担离卸原现曾主责聘兼继再连留])任)(?![命职期])"
    r"(?P<title>[^，,。；;：:、的]{2,24}?)"
    r"的(?:[\d两二三四五六七八九十]{1,3})(?:人|位|名)(?:同志)?[:：]"
)  # (not 担任, 离任, 免去原任, 责任区, 主任科员: another word's 任; not 任命, 任职)


def counted_appointees(st: PersonState) -> Iterator[Mention | Relation]:
    """``…任设区市副市长的3人：甲、乙、丙``: each name listed after the count holds the post, appointed (as
    ``拟任`` in a notice before appointment).

    >>> from kg.extract.base import Doc
    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="(2)由县委书记任设区市副市长的3人:甄永年、闵思远、卫中华。")))
    >>> sorted((r.subject.name, r.object) for r in counted_appointees(st) if isinstance(r, Relation)
    ...        and r.predicate is Predicate.HOLDS_POSITION)
    [('卫中华', '设区市副市长'), ('甄永年', '设区市副市长'), ('闵思远', '设区市副市长')]
    """
    text = st.text
    for m in _COUNTED_TO_POST.finditer(text):
        t_start, t_end = m.span("title")
        if _whole_title(text, t_start, t_end) is None:
            continue
        names = _names_listed_from(st, m.end())
        if not names:
            continue
        tense = "appointed"  # (拟任: proposed, as a 任前公示 writes it; kg's tense for both)
        for s, e in names:
            if st.free(s, e) or "".join(text[s:e].split()) in st.known:
                yield from appointed(st, s, e, t_start, tense, t_end) or ()


def _names_listed_from(st: PersonState, pos: int) -> list[tuple[int, int]]:
    """The names ``甲、乙、丙`` listed from ``pos`` to the sentence's end (every item a name, else none)."""
    text = st.text
    stop = min((k for k in (text.find(c, pos) for c in "。；;\n") if k >= 0), default=len(text))
    items, at = [], pos
    listed = text[pos:stop]
    listed = listed[:-1] if listed.endswith("等") else listed  # 甲、乙、丙等: 等 closes the list
    for item in listed.split("、"):
        word = "".join(item.split())
        n = len(item)
        if not 2 <= len(word) <= 4 or not (is_name(word) or word in st.known or listed_name_at(item + "、", 0) == n):
            return []
        items.append((at, at + n))
        at += n + 1
    return items


_LEAD_BEFORE_RESPECTIVELY = re.compile(r"(?:本次)?(?:任命|提拔|调整|任职)?(?:前|此前|之前|原|现|目前)?")
_FORMER_LEAD = re.compile(r"前|原")


def _listed_in_sentence_before(st: PersonState, at: int) -> tuple[list[tuple[int, int]], str | None]:
    """``…的两人：甲、乙。本次任命前分别任A、B``: the names listed after a colon at the end of the sentence
    before, when only a short lead (``本次任命前``) stands before ``分别`` (``former`` when it says 前/原)."""
    text = st.text
    stop = max(text.rfind("。", 0, at), text.rfind("\n", 0, at))
    if stop < 1 or not _LEAD_BEFORE_RESPECTIVELY.fullmatch(text, stop + 1, at):
        return [], None
    names = _listed_before(st, stop)
    if len(names) < 2 or text[names[0][0] - 1 : names[0][0]] not in (":", "："):
        return [], None
    return names, "former" if _FORMER_LEAD.search(text, stop + 1, at) else None


_CAREER = re.compile(
    r"历任|曾任|先后任|先后担任|(?<![表发体实])现任(?![务何])|转任|升任|调任|出任|晋升为?|接任|改任|兼任|当选为|成为|跻身|(?<!同)时任(?![命免职务期内何意])"
    r"|担任|任(?![命免职务期内何意])"  # (担任 whole: the name right before it is its subject, 甲担任X)
)
_COUNTED_SUBJECT = re.compile(r"(?<![在于到从])[\d一二两三四五六七八九十百]+(?:位|名)[\u4e00-\u9fff]{0,6}$")
"""A counted group of people (15位县级干部), not of places (在3个乡镇任党委书记), before 任."""
# verbs of a move to a post: the name right before one is its subject (甲出任X; 成为, 跻身: only a person found)
_MOVES = ("转任", "升任", "调任", "出任", "接任", "改任", "兼任")
_CLAUSE_END = re.compile(r"[，,；;。]")
_FORMER = ("历任", "曾任", "先后任", "先后担任", "时任")  # (甲时任X: the post held then)
_CAREER_SEP = re.compile(r"[、，,；;]")
_DROP = re.compile(r"不再担任|辞去|免去其")
_JOINER = re.compile("|".join(JOINERS))  # 兼任 before 兼: the longer joiner wins
_DATE_LEAD = re.compile(
    r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:起|后|至今)?"
    r"(?:(?:\d{1,2}|[一二三两四五六七八九十])年多?(?:以?后)|同年|次年|翌年)?(?:之后|此后|随后|其后|后来|后|又)?"
)
# what may stand before a career verb in a sentence that names no one (甲，1967年生。|曾任A、B等职。|2009年起，任C):
# dates and adverbs; the sentence goes on with the person the sentences before are about
_TOPIC_LEAD = re.compile(
    r"[\s\u3000]*(?:(?:(?:19|20)\d{2} ?年|去年|今年|前年)(?:\d{1,2}月)?"
    r"(?:(?:到|至|—|-|~)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?)?)?"
    r"(?:起|后|以来)?[，,]?(?:(?:\d{1,2}|[一二三两四五六七八九十])年多?以?后)?"
    r"(?:(?:之后|此后|随后|其后|后来)[，,]?|后|又|曾|先后)?"
)  # (去年1月任…, 其后,历任…: a relative date, an adverb and its comma)
_PRONOUN = re.compile(r"[他她](?!们|的(?:父|母|丈夫|妻|爱人|儿|女|哥|姐|弟|妹|爷|奶|祖|外公|外婆))")
# 他们分别是现任…: many people, no one earlier person's career; 他的父亲曾任…: a relative's, not his
_SPEECH = re.compile(r"(?:表示|指出|强调|要求|希望|认为|提出|介绍|说|称|坦言|勉励)[，,：:]")


_BEFORE_A_NAME = frozenset(
    "、和与及的了是对向给让把被将为跟同"
)  # (function words a name may follow: 52岁的|路平, 采访了|路平)


def _last_written(text: str, name: str, before: int) -> int:
    """Where ``name`` is written last before ``before`` as a name, or -1: a two-character name after a character
    that is no clause mark is taken for part of a word (道|路平|整).

    >>> _last_written("全县道路平整。她", "路平", 8), _last_written("甲,路平,男。", "路平", 6)
    (-1, 2)
    """
    at = text.rfind(name, 0, before)
    while at > 0 and len(name) == 2 and is_cjk(text[at - 1]) and text[at - 1] not in _BEFORE_A_NAME:
        at = text.rfind(name, 0, at)
    return at


def _opens_clause(text: str, s: int, sentence_start: int) -> bool:
    return s == sentence_start or text[s - 1] in "，,：:；;\n \u3000"


def _segment(text: str, pos: int) -> tuple[re.Match[str] | None, int]:
    """The separator ending the career segment at ``pos`` (``、``, comma, semicolon), and where the segment ends."""
    stop = _CAREER_SEP.search(text, pos)
    end = stop.start() if stop else len(text)
    end = min(end, text.find("。", pos) if "。" in text[pos:end] else end)
    for joiner in _JOINER.finditer(text, pos, end):
        if joiner_length(text, joiner.end()):
            return joiner, joiner.start()  # 副市长兼(任)市公安局局长: two titles, one person
    for tail in ("等职务", "等职", "等"):  # …副部长、省干部学院院长等职: the list's closing words
        if text.startswith(tail, end - len(tail)) and end - len(tail) > pos:
            return None, end - len(tail)
    return stop, end


def _whole_title(text: str, start: int, end: int):  # -> Title | None
    """The public title written from ``start`` to the segment's ``end``, or None."""
    title = parse_title(text, start, end) if end - start <= 30 else None
    if title is None or title.business:
        return None
    # 某厅党组书记: a department's party group is written bare, the title still starts at ``start``
    whole = (
        title.written_start == start
        or (title.start == start and title.department and ORGAN_TITLE.match(title.core) is not None)
        # 某区某街道工委副书记: the divisions below a county name the body, the title is written after them
        or (title.start == start and text[start : title.written_start] == "".join(title.places))
        # 某镇党委副书记: the town's 镇 is read again as the level of its 镇党委, so the places overlap the title
        or (
            title.start == start
            and title.written_start < start + len(places := "".join(title.places))
            and text.startswith(places, start)
        )
        # 曾任A、原某县县长: a former post (or a former county's) in a career's list, its 原 no part of the title
        or (text[start : title.written_start] == "原" and title.tense == "former")
    )
    return title if whole else None


def _holder_named_after(st: PersonState, pos: int) -> bool:
    """True when the titles written from ``pos`` end right before a name (``时任某市委常委、某县委书记乙等``).

    >>> from kg.extract.base import Doc
    >>> from kg.model import Document
    >>> t = "时任某市委常委、白沙县委书记甄永年等入选。"
    >>> _holder_named_after(PersonState(Doc.of(Document(id="t.txt", text=t))), 2)
    True
    """
    text = st.text
    stop = _CLAUSE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    last = None
    for m in core_regex().finditer(text, pos, end):
        last = m
    return last is not None and bool(name_at(text, last.end(), st.breaks))


_CLAUSE_END = re.compile(r"[，,。；;！？]")


def _title_follows(text: str, pos: int) -> bool:
    end = _segment(text, pos)[1]
    remark = _REMARK.search(text, pos + 2, end)
    if remark is not None and remark.end() == end:
        end = remark.start()  # 曾任某处处长(正科)、…: the rank in brackets is no part of the title
    return _whole_title(text, pos, end) is not None


def careers(st: PersonState) -> Iterator[Mention | Relation]:
    """Career text: ``甲……历任A、B，C`` and ``他转任D``: each title is a post of the sentence's subject.

    The subject is the first person the sentence names before the verb, or, after ``他``/``她``,
    the last person named before the sentence. Titles follow the verb separated by ``、``, commas
    or semicolons, each written whole (a segment that is no title ends the list).
    """
    text = st.text
    topic: tuple[int, int, str] | None = None  # whom the last subjectless career sentence was about
    topic_end = -1  # where that sentence ends
    for m in _CAREER.finditer(text):
        if text.startswith("分别", m.start() - 2) and _listed_before(st, m.start() - 2)[1:]:
            continue  # 甲、乙分别任A、B: pairs, read by respective_lists
        if text.startswith("不再担任", m.start() - (2 if m.group() == "担任" else 3)):
            continue  # 甲不再担任X职务: a removal, read by appointment_clauses
        tense_mark = m.group() == "时任" or (m.group() == "任" and text[m.start() - 1 : m.start()] in ("新", "首"))
        if tense_mark and _holder_named_after(st, m.end()):
            continue  # 除了甲外,时任某市委常委乙: the tense mark of a title whose holder's name follows it
        s_start, _ = st.doc.sentence_at(m.start())
        before = [(a, b, n) for a, b, n in st.spans if s_start <= a and b <= m.start()]
        named = [(text.find(n, s_start, m.start()), n) for n in st.known if n in text[s_start : m.start()]]
        named = [(a, n) for a, n in named if a >= 0]
        if named:  # known names written again with no title (甲出生于…，历任…)
            before = sorted({*before, *((a, a + len(n), n) for a, n in named)})
        if not before and (bio := _bio_subject(st, s_start, m.start())) is not None:
            if st.free(*bio):
                yield st.person(*bio, official=True)  # 甲，女，汉族，1975年3月出生，现任X
            before = [x for x in st.spans if x[:2] == bio][:1]
        opens = m.group() in ("任", "现任") or m.group() in _FORMER  # 甲(同志)任X, 甲现任X: the name before the verb
        comrade = opens and text.startswith("同志", m.start() - 2)
        bare = opens and not comrade
        # 甲现任A,乙现任B: a second name opening its clause right before the verb is that clause's subject
        second = bare and before and not any(b == m.start() for _, b, _ in before)
        if (not before and (comrade or bare or m.group() in _MOVES)) or second:
            name_end = m.start() - (2 if comrade else 0)
            # 某某干部甲,现任X: the name and a comma before 现任, a title after it
            commaed = m.group() == "现任" and not before and text[name_end - 1 : name_end] in "，," and name_end > 1
            name_end -= 1 if commaed else 0
            s = name_before(st, name_end)  # 甲同志任X, 甲出任X: the verb's subject stands right before it
            if commaed and s is not None and not _plain_name(text, s, name_end):
                s = None  # 出生在某镇,现任…, 毕业于某师范大学,现任…: no name before the comma
            opening = commaed or (s is not None and _opens_clause(text, s, s_start))
            if bare and s is not None and not (opening and _title_follows(text, m.end())):
                s = None  # 甲任X: only a name opening its clause, and a title written right after the verb
            if s is not None and st.free(s, name_end):
                yield st.person(s, name_end, official=True)
                before = [st.spans[-1]]
        adjacent = [x for x in before if x[1] == m.start()]
        clause_lo = max(s_start, _last_clause_mark(text, s_start, m.start()) + 1)
        if _RELATIVE.search(text, clause_lo, m.start()) and not adjacent:
            continue  # 甲出生于1962年,其父曾任县长: a relative's post, not 甲's
        if _COUNTED_SUBJECT.search(text, clause_lo, m.start()) and not adjacent:
            continue  # 甲任政委,15位县级干部任副指挥长: a counted group is the clause's subject, not 甲
        if adjacent:
            subject = adjacent[-1]  # …主任甲任X: the name right before the verb is its subject
        elif before:
            # 乙担任A期间,甲一直担任其秘书,后来担任B: the last name opening a clause is the subject
            openers = [x for x in before if _opens_clause(text, x[0], s_start) and text[x[1] : x[1] + 1] not in "，,、"]
            subject = openers[-1] if openers else before[0]
        elif pronoun := _PRONOUN.search(text, s_start, m.start()):
            if _SPEECH.search(text, pronoun.end(), m.start()):
                continue  # 他表示,历任县委书记、县长都…: the words he says, not his career
            earlier = [x for x in st.spans if x[1] <= s_start]
            if not earlier:
                continue
            # (written again later with no title, a known name counts where it is written last: 甲,男,…。他曾任…;
            # a two-character one only where no character of a word runs into it: 路平 in 道路平整 is none)
            earlier += [(a, a + len(n), n) for n in st.known if (a := _last_written(text, n, s_start)) >= 0]
            k = st.doc.sentence_index(s_start)
            previous_end = st.doc.sentences[k - 1][1] if k else -1
            # 甲曾任A,有传他曾任乙的秘书。|他空降某省,担任B: the person the sentence before was about
            here = topic is not None and topic_end in (previous_end, st.doc.sentence_at(m.start())[1])
            subject = topic if here else max(earlier, key=lambda x: x[1])
        elif (
            topic is not None
            and topic_end == st.doc.sentence_at(m.start())[1]
            and _clause_lead(text, s_start, m.start())
        ):
            subject = topic  # 曾任A、B等职，2009年起任C: the same sentence goes on about the same person
        elif _TOPIC_LEAD.fullmatch(text, s_start, m.start()) or (
            _clause_lead(text, s_start, m.start()) and (m.group() in _FORMER or _dated_clause(text, s_start, m.start()))
        ):
            # (1947年到某游击区工作,历任…: a clause of what the person did, then a career verb's clause; a bare 任
            # only after a date, 2008年9月至2009年1月,任…: 妻子在某医院工作,后任院长 is the wife's post)
            found = _topic_before(st, s_start, topic if topic_end >= 0 else None, topic_end)
            if found is None:
                continue
            subject, opened = found
            if opened and st.free(subject[0], subject[1]):
                yield st.person(subject[0], subject[1], official=True)
        else:
            continue
        if not st.known.get(subject[2], {}).get("official"):
            continue
        topic, topic_end = subject, st.doc.sentence_at(m.start())[1]  # whom a sentence naming no one goes on about
        tense = "former" if m.group().startswith(_FORMER) else "elected" if m.group() == "当选为" else "current"
        if m.group() == "任" and text.startswith("拟", m.start() - 1):
            tense = "appointed"  # 拟任X: proposed for the post (a 任前公示)
        elif m.group() in ("任", "担任") and _held_before(text, s_start, m.start()):
            tense = "former"  # 甲此前任X, 此前,甲任X, 2019年至2021年,甲任X: a post held before
        ref = EntityRef(EntityType.PERSON, subject[2])
        pos = m.end()
        if text.startswith(("过", "了"), pos):  # 担任过X: an aspect mark, then the post (过: a former one)
            tense = "former" if text[pos] == "过" else tense
            pos += 1
        successor_of = _predecessor(st, subject[1], m.start())  # 甲接替乙,任X: 乙 held X before
        if successor_of is not None and st.free(*successor_of):
            yield st.person(*successor_of, official=True)
        listed: list = []  # the titles of this list so far: a bare 常委 after 州委委员 is the committee's
        closed = _closed_list_end(text, pos)
        while pos < len(text):
            stop, end = _segment(text, pos)
            lead = _DATE_LEAD.match(text, pos, end)
            seg_start = lead.end() if lead else pos
            if _CAREER.match(text, seg_start) or text.startswith("现任", seg_start):
                break  # 2017年3月晋升…, 原任A,现任B: the next verb takes over
            clause_end = mark.start() if (mark := _CLAUSE_END.search(text, seg_start)) else len(text)
            if any(seg_start <= a < max(end, clause_end) for a, _, _ in st.spans):
                break  # …主任乙任X, 县委副书记、县长乙担任Y: a person named in the clause opens a clause of its own
            if (drop := _DROP.match(text, seg_start)) and (read := read_posts(st, drop.end(), "removed")):
                yield from position_relations(st, ref, *read)  # 甲任X,不再担任Y职务: the same subject drops Y
                break
            inner = _INNER_VERB.search(text, seg_start, end)
            if inner is not None and inner.start() - seg_start <= 6:
                seg_start = inner.end()  # 援藏任某县副县长, 挂职担任X: a short lead and a verb before the post
            remark = _REMARK.search(text, seg_start + 2, end)
            resume = None  # 省委书记(当时设有第一书记)兼省委秘书长: the remark is no part of the title
            if remark is not None:
                rest = text[remark.end() : end]
                if rest == "" or (rest.startswith("兼") and _title_follows(text, remark.end() + 1)):
                    resume = remark.end() + 1 if rest else None
                    end = remark.start()
            title = _whole_title(text, seg_start, end)
            if title is None and stop is not None and stop.start() == end < closed:
                pos = stop.end()  # 曾任某县某职、副县长…等职: a list closed by 等职 goes on past a post kg cannot read
                continue
            if title is None:
                break
            if seg_start < title.written_start and text[seg_start : title.written_start] == "".join(title.places):
                # 某区某街道工委副书记: the career names the post whole
                title = replace(title, written_start=seg_start, written=text[seg_start : title.end])
            listed = [*listed, title] if text[pos - 1 : pos] == "、" else [title]
            post = normalise_stack(listed, st.setting_of(subject[2]))[-1]
            posts = [replace(post, title=replace(post.title, tense=tense))]
            yield from position_relations(st, ref, posts, end)
            if successor_of is not None:
                before_ref = EntityRef(EntityType.PERSON, text[successor_of[0] : successor_of[1]])
                held = [replace(post, title=replace(post.title, tense="former"))]
                yield from position_relations(st, before_ref, held, end)
            if resume is not None:
                pos = resume
                continue
            if remark is not None and end == remark.start():
                end = remark.end()
            if not stop or text[end : end + 1] in "。" or stop.start() != end:
                break
            pos = stop.end()


_DATE = r"(?:19|20)\d{2}[.．年]\d{1,2}月?"
_DATE_RANGE = re.compile(  # 2004.08—2004.12 / 2016.12— / 2006.07至今 / 2006年7月至2009年3月: a résumé entry's dates
    rf"{_DATE}[ \t\u3000]*(?:[—\-–～~]{{1,2}}[ \t\u3000]*(?P<end>{_DATE}|至今|今)?"
    rf"|至今|至[ \t\u3000]*(?P<end2>{_DATE}))[ \t\u3000]*"
)
_OPEN_BRACKET = re.compile(r"[(（]")
_CLOSE_BRACKET = re.compile(r"[)）]")
_RESUME_HEAD = re.compile(r"(?:同志)?(?:简历|个人简历|[,，](?:男|女)[,，])")  # 甲简历, 甲,男,汉族
_NOT_A_PERSON_END = tuple("村镇乡县市区局办委厂场站所院校")  # 某庄村简历, 林场简历: a unit's history, no person's


def resume_lines(st: PersonState) -> Iterator[Mention | Relation]:
    """A résumé's dated entries (``2004.08—2004.12 某县委书记``, ``2016.12— 某市委书记``, ``2006.07至今 …``), each
    opening a line (or run onto the line before it by the page's line joining): their posts belong to the person
    the résumé is about — the nearest name before the entries that opens a line or heads the résumé (``甲简历``,
    ``甲,男,汉族``); an entry with an end date gives former posts, one without (or with ``至今``) current ones.

    >>> from kg.extract.base import Doc
    >>> from kg.model import Document
    >>> t = "甄永年,男,1964年5月出生。\\n2004.08—2006.07 白沙县委书记。\\n2006.07至今 江州市委常委、江州市副市长"
    >>> st = PersonState(Doc.of(Document(id="t.txt", text=t)))
    >>> st.spans.append((0, 3, "甄永年"))
    >>> posts = [r for r in resume_lines(st) if getattr(r, "predicate", None) is Predicate.HOLDS_POSITION]
    >>> [(r.object, r.prop("tense")) for r in posts]
    [('白沙县委书记', 'former'), ('江州市委常委', 'current'), ('江州市副市长', 'current')]
    """
    text = st.text
    if "\n" not in text:
        return
    entries = [m for m in _DATE_RANGE.finditer(text) if _entry_start(text, m.start())]
    block: list[re.Match[str]] = []
    for m in entries:
        if block and text.find("\n", block[-1].end(), m.start()) >= 0 and not _entry_follows(text, block[-1], m):
            yield from _resume_block(st, block)
            block = []
        block.append(m)
    if block:
        yield from _resume_block(st, block)


def _entry_start(text: str, at: int) -> bool:
    """Whether a date range at ``at`` opens a résumé entry: at a line's start (white space before it allowed), or
    right after the posts of an entry the page's line joining ran it onto (``…镇长2021.01— …``)."""
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].strip(" \t\u3000") == "":
        return True
    before = text[line:at]
    opened = before.count("(") + before.count("（") - before.count(")") - before.count("）")
    return _DATE_RANGE.match(text, line) is not None and opened <= 0  # (其间:1986.07-…): an aside, no entry


def _entry_follows(text: str, last: re.Match[str], m: re.Match[str]) -> bool:
    """Whether entry ``m`` goes on the résumé of entry ``last``: only résumé lines between them (no heading such as
    ``乙简历`` or ``乙,男,`` opening a new one)."""
    lines = text[last.end() : m.start()].split("\n")[1:]
    return all(not line.strip() or _DATE_RANGE.match(line.strip(" \t\u3000")) for line in lines)


def _resume_block(st: PersonState, block: list[re.Match[str]]) -> Iterator[Mention | Relation]:
    """The posts of one résumé's entries, for the person heading it (created when no other rule found the name)."""
    text = st.text
    found = _resume_subject(st, block[0].start())
    head = _resume_head(st, block[0].start())
    new = head is not None and (found is None or head[0] > found[0])
    subject = (head[0], head[1], "".join(text[head[0] : head[1]].split())) if new and head else found
    if subject is None:
        return
    ref = EntityRef(EntityType.PERSON, subject[2])
    out: list[Mention | Relation] = []
    for i, m in enumerate(block):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if i + 1 < len(block) and block[i + 1].start() < line_end:
            line_end = block[i + 1].start()  # the next entry, joined onto this line
        if any(m.start() <= a < line_end for a, _, _ in st.spans if a != subject[0]):
            continue  # a line naming someone else
        ended = m.group("end") or m.group("end2")
        tense = "former" if ended and ended not in ("至今", "今") else "current"
        out.extend(_entry_posts(st, subject[2], ref, m.end(), line_end, tense))
    if not any(isinstance(x, Relation) for x in out):
        return  # no post on the lines: a unit's history or a school record, no résumé of a person's posts
    if new:
        yield st.person(subject[0], subject[1], official=True)  # 甲简历 / 甲,男,汉族: a name no title stands beside
    yield from out


def _entry_posts(
    st: PersonState, name: str, ref: EntityRef, pos: int, line_end: int, tense: str
) -> list[Mention | Relation]:
    """The posts written on one résumé entry, ``text[pos:line_end]``: titles parted by ``、``, commas and ``兼``;
    an aside in brackets (``(其间:…)``) no part of the list."""
    text = st.text
    out: list[Mention | Relation] = []
    listed: list = []
    while pos < line_end:
        stop, end = _segment(text, pos)
        end = min(end, line_end)
        bracket = _OPEN_BRACKET.search(text, pos, end)
        title = _whole_title(text, pos, bracket.start() if bracket else end)
        if title is not None:
            listed = [*listed, title] if text[pos - 1 : pos] == "、" else [title]
            post = normalise_stack(listed, st.setting_of(name))[-1]
            out.extend(position_relations(st, ref, [replace(post, title=replace(post.title, tense=tense))], end))
        if bracket is not None:
            close = _CLOSE_BRACKET.search(text, bracket.end(), line_end)
            stop = _CAREER_SEP.search(text, close.end(), line_end) if close else None
        if stop is None or stop.start() >= line_end or text[stop.start()] == "。":
            break
        pos = stop.end()
    return out


def _resume_head(st: PersonState, at: int) -> tuple[int, int] | None:
    """The span of a name opening one of the three lines before ``at`` and heading a résumé (``甲简历``,
    ``甲,男,汉族``), not yet found, or None."""
    text = st.text
    line = at
    for _ in range(3):
        line = text.rfind("\n", 0, max(0, line - 1)) + 1
        n = name_at(text, line)
        name = text[line : line + n]
        if (
            n
            and not name.endswith(_NOT_A_PERSON_END)
            and _RESUME_HEAD.match(text, line + n)
            and st.free(line, line + n)
        ):
            return line, line + n
        if line == 0:
            break
    return None


def _resume_subject(st: PersonState, at: int) -> tuple[int, int, str] | None:
    """The person a résumé line at ``at`` belongs to: the last name before it that opens a line or is followed by
    ``简历`` / ``,男,`` (None when there is none)."""
    text = st.text
    heads = []
    for name in {n for _, _, n in st.spans}:  # (a name found once, written again to head the résumé: 甲简历)
        k = text.find(name)
        while k >= 0 and k + len(name) <= at:
            if k == 0 or text[k - 1] == "\n" or _RESUME_HEAD.match(text, k + len(name)):
                heads.append((k, k + len(name), name))
            k = text.find(name, k + 1)
    return max(heads) if heads else None


_PAST_IN_CLAUSE = re.compile(r"此前|之前|以前|原|曾经?|早年|过去")
_PAST_LEAD = re.compile(
    r"\s*(?:此前|之前|在此之前|早年|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:至|到|—|-|~)(?:19|20)\d{2}年(?:\d{1,2}月)?)[，,]"
)


def _held_before(text: str, s_start: int, verb: int) -> bool:
    """True when the clause of the career verb at ``verb`` says the post was held before (``甲此前任``,
    ``甲原任``), or its sentence opens with a time before now (``此前，``, ``2019年至2021年，``).

    >>> _held_before("此前，甲任某职", 0, 5), _held_before("甲原任某职", 0, 3), _held_before("甲现任某职", 0, 3)
    (True, True, False)
    """
    if text[verb - 1 : verb] == "现":
        return False
    clause = max(s_start, _last_clause_mark(text, s_start, verb) + 1)
    return bool(_PAST_IN_CLAUSE.search(text, clause, verb) or _PAST_LEAD.match(text, s_start, verb))


_REMARK = re.compile(r"[(（][^()（）\n]{1,20}[)）]")
_INNER_VERB = re.compile(
    r"(?<![主责信拟现时])(?:担任|任)(?![命免职务期内何意])"
)  # (乙现任B, 乙时任B: a clause of its own)
_CLOSED_LIST = re.compile(r"等(?:职务?)?(?=[。；;，,]|$)")


def _closed_list_end(text: str, pos: int) -> int:
    """Where ``等职`` closes the career list starting at ``pos`` in its sentence (-1: none).

    >>> _closed_list_end("曾任某县助理、副县长等职。", 2), _closed_list_end("任副县长。后任县长等职", 1)
    (10, -1)
    >>> _closed_list_end("曾任某团委干事、某办公室副主任、副县长等职。", 2)
    19
    """
    end = text.find("。", pos)
    m = _CLOSED_LIST.search(text, pos, end if end >= 0 else len(text))
    if m is None:
        return -1
    # a verb between the list's start and 等职 starts a list of its own (the 任 of 主任 is none)
    verbs = (v for v in _CAREER.finditer(text, pos, m.start()) if not _in_title(text, v))
    return m.start() if next(verbs, None) is None else -1


def _in_title(text: str, verb: re.Match[str]) -> bool:
    return verb.group() == "任" and text[verb.start() - 1 : verb.start()] in "主责"  # 主任, 责任


_RELATIVE = re.compile(
    r"其(?:父|母|弟|兄|姐|妹|子|女|夫|妻|爱人)|父亲|母亲|妻子|丈夫|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹|岳父|公公"
)  # a relative named as a clause's subject: the post is the relative's


def _plain_name(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, read as a name before a comma, is one: no word glued over its first character
    (师|范大学, 任|劳任怨), no division's suffix or name (某某镇), and a name by the name tests."""
    if s > 0 and is_cjk(text[s - 1]) and is_word(text[s - 1 : s + 1]):
        return False
    return text[e - 1] not in "镇乡村县市区州旗省" and not Gazetteer.load().lookup(text[s:e]) and is_name(text[s:e])


_BORN_IN = re.compile(r"(?:出生于|生于)(?:19|20)\d{2}年")
# 甲自某师范大学毕业后,…曾任X; 甲毕业于某大学,…历任X: the name's schooling opens the biography
_SCHOOLED = re.compile(r"(?:(?:自|从)[\u4e00-\u9fff]{2,16}?(?:大学|学院|学校|专业)毕业后|毕业于|大学毕业后)")
_BIO_MARK = re.compile(r"[男女][，,]|族[，,]|\d{4}年\d{1,2}月(?:出)?生|生于|出生|籍贯|中共党员")


def _bio_subject(st: PersonState, s_start: int, verb: int) -> tuple[int, int] | None:
    """The name opening a short biography (``甲，女，汉族，1975年3月出生，现任…``, ``甲出生于1962年，…任…``) whose
    career verb is at ``verb``: a name, a comma or bracket, and a biography mark (sex, ethnicity, birth) before the
    verb, or the name and its year of birth."""
    text = st.text
    s = s_start
    while s < verb and text[s] in " \u3000":
        s += 1
    n = name_at(text, s, st.breaks)
    if n and _BORN_IN.match(text, s + n):
        return s, s + n  # 甲出生于1962年11月,…任X: the birth right after the name
    if n and _SCHOOLED.match(text, s + n):
        return s, s + n  # 甲自某大学毕业后,一直在某市工作,曾任X: the schooling right after the name
    if not n or text[s + n : s + n + 1] not in "，,（(" or not _BIO_MARK.search(text, s + n, verb):
        return None
    return s, s + n


def _last_clause_mark(text: str, lo: int, hi: int) -> int:
    """Where the last comma or semicolon in ``text[lo:hi]`` stands, -1 when there is none."""
    return max(text.rfind(c, lo, hi) for c in "，,；;")


def _dated_clause(text: str, s_start: int, verb: int) -> bool:
    """True when a date stands in the verb's clause or in the clause right before it (``,2008年9月至2009年1月,任``,
    ``2013年1月直至被查前,任``)."""
    k = _last_clause_mark(text, s_start, verb)
    if k < 0:
        return False
    j = max(s_start - 1, _last_clause_mark(text, s_start, k))
    return _DATE_WORD.search(text, j + 1, verb) is not None


_DATE_WORD = re.compile(r"(?:19|20)\d{2} ?年|\d{1,2}月")


def _clause_lead(text: str, s_start: int, verb: int) -> bool:
    """True when only a date or an adverb opens the clause of the verb at ``verb`` (``，2009年起任``)."""
    k = _last_clause_mark(text, s_start, verb)
    return k >= 0 and _TOPIC_LEAD.fullmatch(text, k + 1, verb) is not None


def _topic_before(
    st: PersonState, s_start: int, topic: tuple[int, int, str] | None, topic_end: int
) -> tuple[tuple[int, int, str], bool] | None:
    """Whom a career sentence that names no one is about (``甲，1967年3月出生，某地人。曾任A、B等职``):
    the name opening a biography in the sentence right before, or the person the sentence before
    went on about; with True when the name is the biography's, not yet a person found.
    """
    k = st.doc.sentence_index(s_start)
    if not k:
        return None
    p_start, p_end = st.doc.sentences[k - 1]
    if topic is not None and topic_end == p_end:
        return topic, False  # 曾任A。|2009年起，任B: the sentence before went on about the same person
    bio = _bio_subject(st, p_start, p_end)
    if bio is not None:
        found = next((x for x in st.spans if x[:2] == bio), None)
        if found is not None:
            return found, False
        return (*bio, "".join(st.text[bio[0] : bio[1]].split())), True
    # 甲，山东临沂人。1945年参加工作。|1948年起先后任A: an official opening a sentence shortly before,
    # with no other person named since
    for j in range(k - 1, max(-1, k - 5), -1):
        p_start, p_end = st.doc.sentences[j]
        lead = p_start + len(st.text[p_start:p_end]) - len(st.text[p_start:p_end].lstrip(" \u3000"))
        named = {n for n in st.known if n in st.text[p_start:p_end]}
        if not named:
            continue
        first = next((n for n in named if st.text.startswith(n, lead)), None)
        if first is None or len(named) > 1 or not st.known[first].get("official"):
            return None
        return next(x for x in st.spans if x[2] == first), False
    return None


def _predecessor(st: PersonState, lo: int, verb: int) -> tuple[int, int] | None:
    """The person ``接替`` names between a career sentence's subject and its verb (``甲接替乙,任X``)."""
    text = st.text
    k = text.find("接替", lo, verb)
    if k < 0 or k - lo > 2:
        return None
    n = name_at(text, k + 2)
    if not n or text[k + 2 + n : verb].strip("，, ") != "":
        return None
    return k + 2, k + 2 + n


_ACTING = re.compile(r"(?<![主])代理(?=[^，,。；;：:\n]{2,30}?职务)")


def acting_posts(st: PersonState) -> Iterator[Mention | Relation]:
    """``决定甲副区长代理某区人民政府区长职务``: the person named before 代理 (a title may stand between)
    acts in the post written before 职务 (``代理某区人民政府区长``)."""
    text = st.text
    for m in _ACTING.finditer(text):
        end = text.find("职务", m.end())
        stack = title_stack(text, m.start())
        core = len(stack[-1].core) if stack and stack[-1].end == m.start() else 0
        at, s = m.start(), name_before(st, m.start())  # 甲代理X职务
        if s is None and core:
            at = m.start() - core  # 甲副区长代理X职务: the name before the bare title
            s = name_before(st, at)
        if s is None:
            continue
        read = read_posts(st, m.end(), "appointed", end)
        if read is None:
            continue
        posts, e = read
        posts = [  # the acting post is written with 代理 before it
            replace(p, title=replace(p.title, written="代理" + p.title.written, written_start=m.start()))
            for p in posts[-1:]
            if p.title.written_start == m.end()
        ]
        if not posts:
            continue
        if st.free(s, at):
            yield st.person(s, at, official=True)
        ref = EntityRef(EntityType.PERSON, "".join(text[s:at].split()))
        if at < m.start() and (held := read_posts(st, at, "current", m.start())) is not None:
            yield from position_relations(st, ref, *held)  # 甲副区长: the post held now
        yield from position_relations(st, ref, posts, e)


_BRACKETED = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")


_UNITS_SHARING = re.compile(r"(?:[\u4e00-\u9fff]{2,12}(?:团|局|厅|委|院|会|社|站|所|中心|公司|学校|医院)、)+")


def bracketed_titles(st: PersonState) -> Iterator[Mention | Relation]:
    """``甲（某省某厅原巡视员）``: a title in brackets right after a name is that person's post."""
    text = st.text
    for m in _BRACKETED.finditer(text):
        inner = m.group(1)
        if inner.startswith(("作者", "记者", "通讯员", "摄影")):
            continue
        s = name_before(st, m.start())
        listed = s is not None and any(a == s and b == m.start() for a, b, _n in st.spans)  # 县领导甲、乙(县委副书记)、
        if s is None or not is_name(text[s : m.start()]) or not (listed or st.free(s, m.start())):
            continue
        stack = title_stack(inner, len(inner))
        first = stack[0].start if stack and stack[0].written_start == stack[0].start else -1
        if first != 0 and not (first > 0 and _UNITS_SHARING.fullmatch(inner, 0, first)):
            continue  # the brackets hold more than titles
        # 甲（某团、乙剧团原业务团长）: units listed before the title share it; the title is read from its own start
        yield from appointed(st, s, m.start(), m.start(1) + first, None, m.end(1))  # the tense as written (原…)


def leader_lists(st: PersonState) -> Iterator[Mention | Relation]:
    """``甲、乙、丙等区领导`` (``等某某州领导``): a list of names before ``等X领导`` are officials with that title
    (a place's name before the level is part of it, when the title reads so)."""
    text = st.text
    for m in _LEADERS_AFTER.finditer(text):
        if m.group("place") and not Gazetteer.load().lookup(m.group("place")):
            continue  # 等一批市领导: no place's name before the level
        names = _listed_before(st, m.start())
        if len(names) < 2 and not (names and names[0][0] > 0 and not is_cjk(text[names[0][0] - 1])):
            continue
        for s, e in names:
            yield from appointed(st, s, e, m.start() + 1, "current", m.end()) or ()
