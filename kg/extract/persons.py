"""Persons: officials with their posts, and people who are not officials.

Officials come from the title grammar (:mod:`kg.extract.titles`): stacked
titles in front of a name (``市委副书记、市长张三``), a title shared by a list
of names (``市领导张三、李四参加``), a name followed by a national title
(``张三总书记``), a speaker line (``讲述人:…局长 张三``) or an author note
that states a post (``(作者系…主任)``). Each title becomes one
``holds_position`` relation whose props carry the normalised ``body``,
``jurisdiction``, ``post`` (:mod:`kg.extract.posts`), ``tense`` and
``date``, plus a ``member_of`` relation to the body.

Bylines and mastheads (``记者/张三``, ``责任编辑:李四``, ``王五/摄``), column
authors, business people (``董事长``) and quoted figures (``X说过``,
``X·Y说``) are persons with ``official: false`` and a ``role``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="常德日报讯 市委副书记、市长张三丰出席会议。"))
>>> rels = [r for r in extract_persons(doc) if getattr(r, "predicate", None) == Predicate.HOLDS_POSITION]
>>> [(r.object, r.prop("post")) for r in rels]
[('市委副书记', '中共常德市委副书记'), ('市长', '常德市市长')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.context import home
from kg.extract.name_candidates import foreign_names, tagged_names
from kg.extract.names import (
    headed_name_at,
    is_cjk,
    is_name,
    listed_name_at,
    name_after_title,
    name_at,
    spaced_name_at,
    surname_length,
)
from kg.extract.posts import NATION, Post, Setting, normalise_stack
from kg.extract.spans import SpanSet
from kg.extract.titles import core_regex, parse_title, title_stack
from kg.extract.tokens import tokenize_around
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_persons", "name_at"]

_CJK = r"\u4e00-\u9fff"
_SPACE = " \u3000"
# a government head (副市长) and a body named by a bare level (镇党委): no written body
_HEAD_TITLE = re.compile(r"^(?:常务副|副|代)?[省市区县镇乡州旗盟]长$")
_BARE_LEVELS = (*"省市区县镇乡村州旗盟", "嘎查", "社区", "街道")
# national titles written after the name (张三总书记)
_AFTER_NAME = re.compile(r"总书记|委员长|总理|副主席|主席")
_AFTER_NAME_BODY = {"总书记": "中共中央", "总理": "国务院", "委员长": "全国人大常委会", "主席": "中华人民共和国"}
_AUTHOR_NOTE = re.compile(r"[(（]\s*作者(系|单位[:：]|为)\s*([^)）\n]{2,60})[)）]")
# (作者张三系…主任,李四系…教授): each clause names its author
_NAMED_NOTE = re.compile(r"[(（]\s*作者([^)）\n]{4,120})[)）]")
_NAMED_CLAUSE = re.compile(rf"([{_CJK}·]{{2,6}}?)(系|为)([^,，;；]{{2,60}})")
# byline roles of the paper's own staff: member_of the paper (a 通讯员 is a
# contributor, usually from the body the story is about, not the paper's staff)
_STAFF = ("reporter", "photographer", "intern")
_SENTENCE_END = re.compile(r"[。！？!?]")
# 任命甲为X / 免去甲的X职务 / 甲当选为X: a title after the name, with its tense
_APPOINT = re.compile(r"(?P<after>被任命为|被免去|不再担任|辞去)|(?:决定)?(任命|免去)[:：\s]*|当选(?:为)?")
_APPOINT_TENSE = {"任命": "appointed", "免去": "removed"}
_TITLE_END = re.compile(r"[,，;；。、:：\s()（）]|职务|同志")
_CONGRESS = ("代表大会", "人大")
_FOREIGN = re.compile(rf"[{_CJK}]{{1,6}}·[{_CJK}]{{1,6}}")


class _State:
    """What one pass over a document has found so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken = SpanSet()
        self.spans: list[tuple[int, int, str]] = []  # every person found: (start, end, name)
        self.known: dict[str, dict] = {}  # name -> mention attributes
        self.breaks = doc.joins()
        self.setting = Setting(self.text, home(doc).city, home(doc).province)
        self.orgs = doc.found(EntityType.ORGANIZATION)
        self.org_names = frozenset(m.name for m in self.orgs)

    def free(self, s: int, e: int) -> bool:
        return not self.taken.overlaps(s, e)

    def in_body(self, s: int, e: int) -> bool:
        """True when ``text[s:e]`` overlaps a body already found (全国政协主席: no person 国政协)."""
        o_s, o_e = self.doc.to_original(s, e)
        return any(m.start < o_e and o_s < m.end for m in self.orgs)

    def person(self, s: int, e: int, **attrs) -> Mention:
        self.taken.add(s, e)
        name = "".join(self.text[s:e].split())
        self.spans.append((s, e, name))
        if attrs.get("official") or name not in self.known:
            self.known[name] = attrs
        return self.doc.mention(s, e, EntityType.PERSON, name, **attrs)


def extract_persons(doc: Doc) -> Iterator[Mention | Relation]:
    """Officials (title grammar) and other persons (bylines, authors, business, quoted)."""
    st = _State(doc)
    yield from _bylines(st)
    yield from _authors(st)
    yield from _officials(st)
    yield from _appointments(st)
    yield from _elected_lists(st)
    yield from _leader_lists(st)
    yield from _assigned_lists(st)
    yield from _careers(st)
    yield from _bracketed_titles(st)
    yield from _name_then_title(st)
    yield from _standalone_names(st)
    yield from _foreign(st)
    yield from _quoted(st)
    yield from _tagged(st)
    yield from _known_again(st)


# --- officials ---------------------------------------------------------------


def _names_after(st: _State, pos: int) -> list[tuple[int, int]]:
    """The names (``A、B、C``) starting at ``pos``, after optional spaces.

    The list runs as long as its items are names joined by ``、``; an item the
    name rules do not read is still taken when the list goes on after it.
    """
    text = st.text
    after_space = False
    while pos < len(text) and text[pos] in _SPACE:
        pos, after_space = pos + 1, True
    found: list[tuple[int, int]] = []
    while pos < len(text):
        if after_space:
            n = name_at(text, pos, st.breaks, True)
            n = n or spaced_name_at(text, pos, st.breaks) or headed_name_at(text, pos, st.breaks)
        else:
            n = name_after_title(text, pos, st.breaks)
        if found:
            listed = listed_name_at(text, pos)
            if not n or (listed > n and text[pos + listed : pos + listed + 1] == "、"):
                n = listed  # 甲、刘春让、乙: an item closed by 、 is a name whole
        if not n or _is_division(text[pos : pos + n]):
            break  # 县委书记甲、阳泉市城区区委书记乙: the next title's place, no name
        found.append((pos, pos + n))
        if text[pos + n : pos + n + 1] != "、":
            break
        pos, after_space = pos + n + 1, False
    return found


def _is_division(word: str) -> bool:
    """True when ``word`` is a division's name written with its level (``阳泉市``, ``广灵县``)."""
    return word.endswith(tuple("省市县区州旗盟镇乡")) and bool(Gazetteer.load().lookup(word))


@lexicon.cached
def _referring() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("referring_bodies"), key=len, reverse=True))


@lexicon.cached
def _events() -> tuple[str, ...]:
    return tuple(lexicon.words("meeting_heads"))


def _named_body(body: str | None) -> bool:
    """True when ``body`` names a body: not a reference (``该公司``, ``相关部门``) nor an event (``X工作推进会``).

    >>> [_named_body(b) for b in ("该公司", "相关部门", "全市文明创建工作推进会", "州人民代表大会", "县交通运输局")]
    [False, False, False, True, True]
    """
    if not body or body.startswith(_referring()):
        return False
    return body.endswith(_CONGRESS) or not body.endswith(_events())  # a congress is a standing body


def _written_body(p: Post) -> bool:
    """True when the text names the body the holder is a member of.

    A body only implied by a core title is no membership: the centre's
    (``总书记`` → 中共中央), a government implied by its head (``副市长``)
    and a bare body with no name (``镇党委``, ``村委会``).
    Written bodies count: ``芦淞区委副书记``, ``市人大常委会主任``,
    ``市政府秘书长``, ``水利局局长``, ``东村党支部书记``.
    """
    t, body = p.title, p.organization
    if not _named_body(body) or p.kind == "generic" or (p.jurisdiction == NATION and not t.body):
        return False
    implied = _HEAD_TITLE.match(t.core) or (not t.unit and body.startswith(_BARE_LEVELS))
    return bool(t.body or not implied)


def _position_relations(
    st: _State, ref: EntityRef, posts: list[Post], name_end: int, continued: Post | None = None
) -> Iterator[Relation]:
    doc = st.doc
    named: dict[str, str] = {}  # 盟发改委党组书记、副主任: the second title's body is the first's, as named
    for p in posts:
        t = p.title
        r = doc.relation(
            ref,
            Predicate.HOLDS_POSITION,
            t.written,
            t.written_start,
            name_end,
            body=p.body,
            jurisdiction=p.jurisdiction,
            post=p.post,
            tense=t.tense,
            city=st.setting.home_city if p.jurisdiction != NATION else None,
        )
        yield r
        listed = continued is not None and p.body == continued.body and _written_body(continued)
        # 市长 → 市人民政府 when the page names that government: membership of a body the page states
        named_on_page = p.organization in st.org_names and p.jurisdiction != NATION
        if _written_body(p) or listed or (named_on_page and _named_body(p.organization)):
            name = named.get(p.organization) or _member_body(st, p)
            named.setdefault(p.organization, name)
            org = EntityRef(EntityType.ORGANIZATION, name)
            span = _body_span(st, t)
            if span is not None:  # 市委常委: the body written in the title is a mention of it
                yield doc.mention(span[0], span[1], EntityType.ORGANIZATION, name)
            yield doc.relation(ref, Predicate.MEMBER_OF, org, t.written_start, name_end)


_TENSE_LEAD = re.compile(r"^(?:原|时任|现任|前任|前|新任|拟任|曾任)")


def _body_span(st: _State, t) -> tuple[int, int] | None:
    """The span of the body written in front of a title's core (``句容市委``书记), when no organisation
    the organisation component found covers it; ``None`` for a title with no body of its own."""
    if not t.body or not t.written.endswith(t.core) or _found_body(st, t.start, t.end):
        return None
    prefix = t.written[: len(t.written) - len(t.core)]
    lead = _TENSE_LEAD.match(prefix)
    start = t.written_start + (lead.end() if lead else 0)
    end = t.written_start + len(prefix)
    body = st.text[start:end]
    if len(body) < 2 or not body.endswith((t.body, *((t.unit,) if t.unit else ()))):
        return None
    return start, end


def _member_body(st: _State, p: Post) -> str:
    """The body a title's holder is a member of, named as the organisation component names it.

    The organisation found inside the title replaces the post's body when the post
    could not place it (``州监察委员会副主任`` with no known 州: ``监察委员会``) or when it
    names another body (``市委办公室主任``: the office, not ``市委``). A found name that only
    writes the same body with more places in front keeps the post's spelling.
    """
    found = _found_body(st, p.title.start, p.title.end)
    if not found or found == p.organization or p.organization.startswith(found):
        return p.organization  # the post names an office under the found body (州人大常委会法制工作委员会)
    if p.jurisdiction is None:
        return found
    same = found.removeprefix("中共").endswith(p.organization.removeprefix("中共"))
    return p.organization if same else found


def _found_body(st: _State, s: int, e: int) -> str | None:
    """The canonical name the organisation component gave the body written in the title ``[s, e)``.

    The longest organisation mention inside the title wins (``州人大法制委员会主任``
    → the committee, not ``州人大``); ``None`` when the component found none there.
    """
    o_s, o_e = st.doc.to_original(s, e)
    inside = [m for m in st.orgs if o_s <= m.start and m.end <= o_e and m.prop("kind") != "media"]
    return max(inside, key=lambda m: (m.end - m.start, -m.start)).name if inside else None


def _officials(st: _State) -> Iterator[Mention | Relation]:
    text = st.text
    last: tuple[int, Post] | None = None  # where the last list of officials ended, and its post
    for m in core_regex().finditer(text):
        names = _names_after(st, m.end())
        if not names:
            continue
        stack = title_stack(text, m.end())
        if not stack or stack[-1].end != m.end():
            continue
        if stack[-1].core.endswith(("领导", "负责人")) and not (stack[-1].level or stack[-1].unit or stack[-1].places):
            continue  # a bare 领导 is not a title
        # a public title makes an official even beside a company post (政协委员、某公司董事长)
        # (项目负责人、某公司总经理 stays a business person: a generic title alone is no public post)
        # 州人大常委会副主任甲、乙,秘书长丙: a bare title continuing a list is the same body's
        cont = last[1] if last and text[last[0] : stack[0].start] in (",", "，") else None
        posts = normalise_stack(stack, st.setting, cont)
        public = [p for p in posts if not p.title.business]
        if len(public) < len(posts) and all(p.title.core.endswith(("领导", "负责人")) for p in public):
            public = []
        official = bool(public)
        last = (names[-1][1], public[-1]) if public else None
        for s, e in names:
            if not st.free(s, e):
                continue
            attrs = {"official": True} if official else {"official": False, "role": "business"}
            yield st.person(s, e, **attrs)
            ref = EntityRef(EntityType.PERSON, "".join(text[s:e].split()))
            yield from _position_relations(st, ref, public, e, cont)
            for p in posts:
                if p.title.business and _named_body(p.body):
                    org = EntityRef(EntityType.ORGANIZATION, p.body)
                    yield st.doc.relation(ref, Predicate.MEMBER_OF, org, p.title.written_start, e)


def _appointments(st: _State) -> Iterator[Mention | Relation]:
    """``任命甲为X``, ``免去甲的X职务``, ``甲当选为X`` (and lists ``任命:甲为X;乙为Y``): X with its tense."""
    text = st.text
    for m in _APPOINT.finditer(text):
        if m.group(2) is None:  # 甲当选为X, 甲辞去X职务, 甲被任命为X, 甲不再担任X职务
            s = _name_before(st, m.start())
            if s is not None:
                verb = m.group("after")
                tense = "elected" if not verb else "appointed" if verb == "被任命为" else "removed"
                yield from _appointed(st, s, m.start(), m.end(), tense)
            continue
        tense, pos = _APPOINT_TENSE[m.group(2)], m.end()
        while pos < len(text):
            n = name_at(text, pos, st.breaks, True)
            if not n:
                break
            at = pos + n
            at += 2 if text.startswith("同志", at) else 0
            if text.startswith("为" if tense == "appointed" else "的", at):
                at += 1
            elif tense == "appointed":
                break
            end = yield from _appointed(st, pos, pos + n, at, tense)
            if end is None:
                break
            pos = end + (2 if text.startswith("职务", end) else 0)
            if not re.match(r"[;；、,，]\s*", text[pos : pos + 2]) or text.startswith(("任命", "免去"), pos + 1):
                break
            pos += 1


_ELECTS = re.compile(r"选举|任命|当选|决定")
_LIST_BEFORE_TITLE = re.compile(r"为(?=[^\s，,。;；])")
_LEADERS_AFTER = re.compile(r"等(?:省|市|州|盟|县|区|旗|镇|乡)领导")


def _listed_before(st: _State, pos: int) -> list[tuple[int, int]]:
    """The names of a list ``甲、乙、丙`` that ends at ``pos``, in text order."""
    found: list[tuple[int, int]] = []
    while True:
        s = _name_before(st, pos)
        if s is None:
            break
        found.append((s, pos))
        if s == 0 or st.text[s - 1] != "、":
            break
        pos = s - 1
    return found[::-1]


def _elected_lists(st: _State) -> Iterator[Mention | Relation]:
    """``选举甲、乙为X;丙为Y``: each listed name takes the title after ``为`` (elected or appointed).

    Only inside a sentence that says 选举, 任命, 当选 or 决定, so ``甲为X`` in other prose is left alone.
    """
    text = st.text
    for m in _LIST_BEFORE_TITLE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。\n")
        verb = _ELECTS.search(text, start + 1, m.start())
        if verb is None:
            continue
        names = _listed_before(st, m.start())
        if not names or names[0][0] < verb.end():
            continue
        tense = "appointed" if verb.group() in ("任命", "决定") else "elected"
        for s, e in names:
            if st.free(s, e) or ("".join(text[s:e].split())) in st.known:
                yield from _appointed(st, s, e, m.end(), tense) or ()


_BY_LIST = re.compile(r"由(?=[^，,。；;]{2,200}?担任)")


def _assigned_lists(st: _State) -> Iterator[Mention | Relation]:
    """``执行主席由甲、乙、丙担任``: the title before ``由`` is each listed name's."""
    text = st.text
    for m in _BY_LIST.finditer(text):
        stack = title_stack(text, m.start())
        if not stack or stack[-1].end != m.start():
            continue
        end = text.find("担任", m.end())
        names = _listed_before(st, end)
        if not names or names[0][0] != m.end():
            continue
        title = stack[-1]
        cut = text.rfind("会议", title.start, m.start())  # 本次会议执行主席: the session is no body
        session = text[title.start : cut + 2] if cut >= 0 else ""
        for s, e in names:
            for x in _appointed(st, s, e, title.start, "current", m.start()) or ():
                if session and isinstance(x, Relation) and x.predicate is Predicate.HOLDS_POSITION:
                    x = replace(x, object=x.object.removeprefix(session))
                elif session and (isinstance(x, Relation) or x.type is EntityType.ORGANIZATION):
                    continue  # no membership of a session
                yield x


_CAREER = re.compile(r"历任|曾任|先后任|先后担任|转任|升任|调任|出任|晋升为?|接任|改任|兼任|任(?![命免职务期内何意])")
# verbs of a move to a post: the name right before one is its subject (甲出任X)
_MOVES = ("转任", "升任", "调任", "出任", "接任", "改任", "兼任")
_FORMER = ("历任", "曾任", "先后任", "先后担任")
_CAREER_SEP = re.compile(r"[、，,；;]")
_DATE_LEAD = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:起|后|至今)?")
_PRONOUNS = ("他", "她")


def _careers(st: _State) -> Iterator[Mention | Relation]:
    """Career text: ``甲……历任A、B，C`` and ``他转任D``: each title is a post of the sentence's subject.

    The subject is the first person the sentence names before the verb, or, after ``他``/``她``,
    the last person named before the sentence. Titles follow the verb separated by ``、``, commas
    or semicolons, each written whole (a segment that is no title ends the list).
    """
    text = st.text
    for m in _CAREER.finditer(text):
        s_start, _ = st.doc.sentence_at(m.start())
        before = [(a, b, n) for a, b, n in st.spans if s_start <= a and b <= m.start()]
        named = [(text.find(n, s_start, m.start()), n) for n in st.known if n in text[s_start : m.start()]]
        named = [(a, n) for a, n in named if a >= 0]
        if named:  # a known name written again with no title (周先旺出生于…，历任…)
            a, n = min(named)
            before = sorted([*before, (a, a + len(n), n)])
        comrade = m.group() == "任" and text.startswith("同志", m.start() - 2)
        if not before and (comrade or m.group() in _MOVES):
            name_end = m.start() - (2 if comrade else 0)
            s = _name_before(st, name_end)  # 甲同志任X, 甲出任X: the verb's subject stands right before it
            if s is not None and st.free(s, name_end):
                yield st.person(s, name_end, official=True)
                before = [st.spans[-1]]
        adjacent = [x for x in before if x[1] == m.start()]
        if adjacent:
            subject = adjacent[-1]  # …主任张庆任X: the name right before the verb is its subject
        elif before:
            subject = before[0]
        elif any(p in text[s_start : m.start()] for p in _PRONOUNS):
            earlier = [x for x in st.spans if x[1] <= s_start]
            if not earlier:
                continue
            subject = earlier[-1]
        else:
            continue
        if not st.known.get(subject[2], {}).get("official"):
            continue
        tense = "former" if m.group().startswith(_FORMER) else "current"
        ref = EntityRef(EntityType.PERSON, subject[2])
        pos = m.end()
        listed: list = []  # the titles of this list so far: a bare 常委 after 州委委员 is the committee's
        while pos < len(text):
            stop = _CAREER_SEP.search(text, pos)
            end = stop.start() if stop else len(text)
            end = min(end, text.find("。", pos) if "。" in text[pos:end] else end)
            lead = _DATE_LEAD.match(text, pos, end)
            seg_start = lead.end() if lead else pos
            if _CAREER.match(text, seg_start):
                break  # 2017年3月晋升…: the next verb takes over
            title = parse_title(text, seg_start, end) if end - seg_start <= 30 else None
            if title is None or title.written_start != seg_start or title.business:
                break
            listed = [*listed, title] if text[pos - 1 : pos] == "、" else [title]
            post = normalise_stack(listed, st.setting)[-1]
            posts = [replace(post, title=replace(post.title, tense=tense))]
            yield from _position_relations(st, ref, posts, end)
            if not stop or text[end : end + 1] in "。" or stop.start() != end:
                break
            pos = end + 1


_BRACKETED = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")


def _bracketed_titles(st: _State) -> Iterator[Mention | Relation]:
    """``甲（某省某厅原巡视员）``: a title in brackets right after a name is that person's post."""
    text = st.text
    for m in _BRACKETED.finditer(text):
        inner = m.group(1)
        if inner.startswith(("作者", "记者", "通讯员", "摄影")):
            continue
        s = _name_before(st, m.start())
        if s is None or not is_name(text[s : m.start()]) or not st.free(s, m.start()):
            continue
        stack = title_stack(inner, len(inner))
        if not stack or stack[0].written_start != 0 or stack[0].start != 0:
            continue  # the brackets hold more than titles
        yield from _appointed(st, s, m.start(), m.start(1), None, m.end(1))  # the tense as written (原…)


def _leader_lists(st: _State) -> Iterator[Mention | Relation]:
    """``甲、乙、丙等区领导``: a list of names before ``等X领导`` are officials with that title."""
    text = st.text
    for m in _LEADERS_AFTER.finditer(text):
        names = _listed_before(st, m.start())
        if len(names) < 2 and not (names and names[0][0] > 0 and not is_cjk(text[names[0][0] - 1])):
            continue
        for s, e in names:
            yield from _appointed(st, s, e, m.start() + 1, "current", m.end()) or ()


def _name_before(st: _State, pos: int) -> int | None:
    """The start of a name that ends at ``pos`` (a known name first, else a plausible one)."""
    text = st.text
    for n in (3, 2, 4):
        s = pos - n
        word = text[max(0, s) : pos]
        if len(word) != n:
            continue
        if word in st.known or is_name(word):
            return s
        # an item of a list (、王国华、): the list says it is a name the name rules do not read
        if text[s - 1 : s] == "、" and surname_length(text, s) and listed_name_at(text[:pos] + "、", s) == n:
            return s
    return None


def _shifted(t, by: int):
    """A title read from a slice of the text, in the text's offsets."""
    return replace(t, start=t.start + by, written_start=t.written_start + by, end=t.end + by)


def _appointed(st: _State, s: int, e: int, title_at: int, tense: str | None, end: int | None = None):
    """The person ``text[s:e]`` and the title written from ``title_at``; returns where the title ends."""
    text = st.text
    if end is None:
        stop = _TITLE_END.search(text, title_at, min(len(text), title_at + 40))
        end = stop.start() if stop else None
        while end is not None and text.startswith("、", end):  # 副省长、代理省长: the stack goes on
            nxt = _TITLE_END.search(text, end + 1, min(len(text), end + 41))
            t = parse_title(text, end + 1, nxt.start()) if nxt else None
            if t is None or t.start != end + 1 or not t.written:
                break  # 甲为X、乙为Y: the next item is another person's
            end = nxt.start()
    # the stack read from the title's start: 甲同志任X、Y is not clipped by what stands before 任
    stack = [_shifted(t, title_at) for t in title_stack(text[title_at:end], end - title_at)] if end else []
    if not stack:
        return None
    posts = normalise_stack(stack, st.setting)
    posts = [replace(p, title=replace(p.title, tense=tense or p.title.tense)) for p in posts if not p.title.business]
    if not posts:
        return None
    if st.free(s, e):
        yield st.person(s, e, official=True)
    ref = EntityRef(EntityType.PERSON, "".join(text[s:e].split()))
    yield from _position_relations(st, ref, posts, end)
    return end


def _name_then_title(st: _State) -> Iterator[Mention | Relation]:
    text = st.text
    for m in _AFTER_NAME.finditer(text):
        for n in (3, 2, 4):
            s = m.start() - n
            if s < 0 or not st.free(s, m.start()):
                continue
            boundary = s == 0 or not is_cjk(text[s - 1]) or text[s - 1] in "的和与及在、"
            glued = s > 0 and is_cjk(text[s - 1]) and text[s] in "和与及"  # 领导和大会主席: 和 joins
            if is_name(text[s : m.start()]) and (boundary or n == 3) and not glued and not st.in_body(s, m.start()):
                break
        else:
            continue
        yield st.person(s, m.start(), official=True)
        ref = EntityRef(EntityType.PERSON, text[s : m.start()])
        title = parse_title(text, m.start(), m.end())
        if title is None:
            continue
        body = _AFTER_NAME_BODY.get(m.group().lstrip("副"))
        post = Post(title, NATION, body, "party", f"{body}{m.group()}")
        yield from _position_relations(st, ref, [post], m.end())


# --- other persons -----------------------------------------------------------


@lexicon.cached
def _roles() -> dict[str, str]:
    return lexicon.table("byline_roles")


@lexicon.cached
def _byline_regex() -> re.Pattern[str]:
    roles = "|".join(
        map(re.escape, sorted((r for r in _roles() if r not in ("摄", "作者", "讲述人")), key=len, reverse=True))
    )
    return re.compile(rf"(?P<role>{roles})\s*[/:：]?\s*(?=[{_CJK}])")


_PHOTO = re.compile(rf"(?:^|[\s/(（]|记者)(?P<names>[{_CJK}]{{2,4}}(?:[ \u3000]+[{_CJK}]{{1,4}})*)\s*/\s*摄")


def _bylines(st: _State) -> Iterator[Mention | Relation]:
    text = st.text
    for m in _byline_regex().finditer(text):
        role = _roles().get(m.group("role"), "reporter")
        paper = _paper_before(st, m.start())
        pos = m.end()
        while pos < len(text):
            n = spaced_name_at(text, pos, st.breaks) or name_at(text, pos, st.breaks, after_space=True)
            n = n or headed_name_at(text, pos, st.breaks)
            e = pos + n
            if e == pos or not st.free(pos, e):
                break
            yield st.person(pos, e, official=False, role=role)
            if paper and role in _STAFF:
                name = "".join(text[pos:e].split())
                yield st.doc.relation(
                    EntityRef(EntityType.PERSON, name),
                    Predicate.MEMBER_OF,
                    EntityRef(EntityType.ORGANIZATION, paper),
                    pos,
                    e,
                )
            k = e
            while k < len(text) and text[k] in _SPACE:
                k += 1
            if k == e or k in st.breaks or _byline_regex().match(text, k):
                break
            pos = k
    for m in _PHOTO.finditer(text):
        pos = m.start("names")
        for part in re.split(r"([ \u3000]+)", m.group("names")):
            if part.strip():
                n = name_at(text, pos)
                if n and st.free(pos, pos + n):
                    yield st.person(pos, pos + n, official=False, role="photographer")
            pos += len(part)


def _paper_before(st: _State, pos: int) -> str | None:
    """The paper a byline at ``pos`` writes for, as the organisation component names it.

    A paper written on the byline's line (``某某日报讯(记者/…)``) wins; otherwise the
    nearest paper that opens a line before it (the masthead, an article's dateline),
    so ``本报讯(记者 …)`` and a caption ``记者/… 摄`` belong to the page's paper.
    A paper quoted in an earlier sentence (``据某某晚报报道。记者/…``) is no byline's paper.
    """
    original = st.doc.document.text
    o_pos = st.doc.original_offset(pos)
    line_start = original.rfind("\n", 0, o_pos) + 1
    best = None
    for m in st.orgs:
        if m.prop("kind") != "media" or m.end > o_pos:
            continue
        opens_line = not original[original.rfind("\n", 0, m.start) + 1 : m.start].strip()
        same_sentence = m.start >= line_start and not _SENTENCE_END.search(original, m.end, o_pos)
        if same_sentence or opens_line:
            best = m.name
    return best


# a line holding a name, after an optional column mark (□ 王 磊); an OCR space may split a two-character name
_NAME_LINE = re.compile(rf"(?m)^[ \u3000]*(?:[□■●◆][ \u3000]*)?([{_CJK}](?:[ \u3000]?[{_CJK}]){{1,3}})[ \u3000]*$")


def _name_lines(st: _State) -> list[tuple[int, int]]:
    """Clean spans of the original lines that hold nothing but a name (captions, column authors)."""
    out = []
    for m in _NAME_LINE.finditer(st.doc.document.text):
        raw = m.group(1)
        if is_name("".join(raw.split())) and (len(raw) == len("".join(raw.split())) or len(raw) == 3):
            s = st.doc.clean_offset(m.start(1))
            if s is not None and st.text[s : s + len(raw)] == raw:
                out.append((s, s + len(raw)))
    return out


def _line_name(st: _State, pos: int) -> tuple[int, int] | None:
    """The nearest line before ``pos`` that holds nothing but a name."""
    before = [span for span in _name_lines(st) if span[1] <= pos]
    return before[-1] if before else None


def _named_authors(st: _State) -> Iterator[Mention | Relation]:
    """``(作者张三系…副主任,李四系…教授)``: each named author with the posts the note states."""
    text = st.text
    for note in _NAMED_NOTE.finditer(text):
        for m in _NAMED_CLAUSE.finditer(text, note.start(1), note.end(1)):
            s, e = m.span(1)
            if not (is_name(m.group(1)) or "·" in m.group(1)) or not st.free(s, e):
                continue
            stack = title_stack(text, m.end(3))
            official = bool(stack) and not any(t.business for t in stack)
            ref = EntityRef(EntityType.PERSON, m.group(1))
            yield st.person(s, e, **({"official": True} if official else {"official": False, "role": "author"}))
            if official:
                yield from _position_relations(st, ref, normalise_stack(stack, st.setting), m.end(3))


def _authors(st: _State) -> Iterator[Mention | Relation]:
    text = st.text
    yield from _named_authors(st)
    for m in _AUTHOR_NOTE.finditer(text):
        span = _line_name(st, m.start())
        if span is None or not st.free(*span):
            continue
        s, e = span
        name = "".join(text[s:e].split())
        ref = EntityRef(EntityType.PERSON, name)
        if m.group(1) in ("系", "为"):
            note_end = m.end(2)
            stack = title_stack(text, note_end)
            if stack and not any(t.business for t in stack):
                yield st.person(s, e, official=True)
                yield from _position_relations(st, ref, normalise_stack(stack, st.setting), note_end)
                continue
        yield st.person(s, e, official=False, role="author")
        unit = m.group(2).strip()
        if m.group(1).startswith("单位") and unit:
            yield st.doc.relation(
                ref, Predicate.MEMBER_OF, EntityRef(EntityType.ORGANIZATION, unit), m.start(2), m.end(2)
            )


def _standalone_names(st: _State) -> Iterator[Mention]:
    """A line holding only a name: a caption of a known person, or a column's author."""
    text = st.text
    for s, e in _name_lines(st):
        if not st.free(s, e):
            continue
        name = "".join(text[s:e].split())
        if name in st.known:
            yield st.person(s, e, **st.known[name])
        else:
            yield st.person(s, e, official=False, role="author")


@lexicon.cached
def _speech() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("speech_verbs").items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _speech_starts() -> re.Pattern[str]:
    """Every position where a speech verb starts (zero-width, so overlapping starts all match)."""
    return re.compile("(?=" + "|".join(re.escape(v) for v, _ in _speech()) + ")")


def _quoted(st: _State) -> Iterator[Mention]:
    """Names jieba tags as persons, or ``X·Y`` names, followed by a speech verb (``说``, ``有言``)."""
    text = st.text
    for m in _FOREIGN.finditer(text):
        role = _speech_role(text, m.end())
        if role and st.free(*m.span()):
            yield st.person(m.start(), m.end(), official=False, role="historical")
    # a candidate token ends where a speech verb starts, so only the clauses before those verbs need tokens
    ends = [m.start() for m in _speech_starts().finditer(text)]
    roles = {p: r for p in ends if (r := _role_after_name(text, p))}
    for tok in tokenize_around(text, [p - 1 for p in roles]):
        if tok.pos not in ("nr", "nrt", "nrfg") or not 2 <= len(tok.word) <= 5 or not st.free(tok.start, tok.end):
            continue
        if tok.word in st.known or any(tok.word in k and k in text[tok.start - 2 : tok.end + 2] for k in st.known):
            continue
        role = roles.get(tok.end)
        if not role:
            continue
        if tok.pos == "nr" and not is_name(tok.word) and role != "historical":
            continue
        if tok.word[1:] in ("老", "总", "工"):
            continue  # 胡老说, 王总说: a surname and a form of address, no name
        yield st.person(tok.start, tok.end, official=False, role=role if role == "historical" else "other")


_REPORT_AT = re.compile(r"在[^。，,]{2,20}?上的(?:报告|讲话)")


def _role_after_name(text: str, pos: int) -> str | None:
    """The speech role of a name ending at ``pos``; a bare ``在`` counts only as ``甲在X会上的报告``.

    >>> _role_after_name("甲在全县大会上的讲话", 1), _role_after_name("甲在会场", 1)
    ('quoted', None)
    """
    role = _speech_role(text, pos)
    if role == "quoted" and text.startswith("在", pos) and not _REPORT_AT.match(text, pos):
        return None
    return role


def _speech_role(text: str, pos: int) -> str | None:
    for verb, role in _speech():
        if text.startswith(verb, pos):
            return role
    return None


def _foreign(st: _State) -> Iterator[Mention]:
    """Transliterated foreign names beside a title or a speech verb (:func:`.name_candidates.foreign_names`)."""
    taken = [(m.start, m.end) for m in st.doc.mentions if m.type is not EntityType.PERSON]
    for s, e in foreign_names(st.text):
        o_s, o_e = st.doc.to_original(s, e)
        if st.free(s, e) and not any(a < o_e and o_s < b for a, b in taken):
            name = "".join(st.text[s:e].split())
            yield st.person(s, e, **st.known.get(name, {"official": False}))


def _tagged(st: _State) -> Iterator[Mention]:
    """Names with no title, byline or speech verb beside them (:mod:`kg.extract.name_candidates`)."""
    taken = [(m.start, m.end) for m in st.doc.mentions if m.type is not EntityType.PERSON]
    for s, e in tagged_names(st.text):
        if not st.free(s, e):
            continue
        o_s, o_e = st.doc.to_original(s, e)
        if any(a < o_e and o_s < b for a, b in taken):
            continue  # inside a place, body or project already found
        name = "".join(st.text[s:e].split())
        yield st.person(s, e, **st.known.get(name, {"official": False}))


def _known_again(st: _State) -> Iterator[Mention]:
    """Further mentions of names already found in this document (``王明远介绍``)."""
    text = st.text
    for name, attrs in list(st.known.items()):
        if len(name) < 2:
            continue
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if st.free(s, e) and (e >= len(text) or not is_cjk(text[e]) or name_at(text, s) == len(name)):
                yield st.person(s, e, **attrs)
