"""Bylines, mastheads and authors: the paper's staff and the writers it prints.

``记者/张三``, ``责任编辑:李四``, ``王五/摄``, author notes (``(作者系…主任)``)
and a line holding only a name: persons with ``official: false`` and a ``role``
(an author note that states a post makes an official).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from kg.data import lexicon
from kg.extract.names import (
    NOT_FINAL,
    headed_name_at,
    is_cjk,
    is_name,
    is_verb_word,
    name_at,
    reads_as_words,
    spaced_name_at,
    surname_length,
)
from kg.extract.officials import (
    CJK,
    SPACES,
    PersonState,
    position_relations,
)
from kg.extract.posts import normalise_stack
from kg.extract.titles import parse_title, title_stack
from kg.extract.tokens import is_word
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

# --- other persons -----------------------------------------------------------

AUTHOR_NOTE = re.compile(r"[(（]\s*作者(系|单位[:：]|为)\s*([^)）\n]{2,60})[)）]")
# (作者张三系…主任,李四系…教授): each clause names its author
NAMED_NOTE = re.compile(r"[(（]\s*作者([^)）\n]{4,120})[)）]")
NAMED_CLAUSE = re.compile(rf"([{CJK}·]{{2,6}}?)(系|为)([^,，;；]{{2,60}})")
# byline roles of the paper's own staff: member_of the paper (a 通讯员 is a
# contributor, usually from the body the story is about, not the paper's staff)
STAFF_ROLES = ("reporter", "photographer", "intern")
SENTENCE_END = re.compile(r"[。！？!?]")

__all__ = ["authors", "bylines", "standalone_names"]


@lexicon.cached
def _roles() -> dict[str, str]:
    return lexicon.table("byline_roles")


@lexicon.cached
def _byline_regex() -> re.Pattern[str]:
    roles = "|".join(map(re.escape, sorted((r for r in _roles() if r not in ("摄", "讲述人")), key=len, reverse=True)))
    return re.compile(rf"(?P<role>{roles})\s*[/:：|丨]?\s*(?=[{CJK}])")


_OUTLET_ENDS = ("网", "报", "电视台")  # 某某网, 某某日报, 某某电视台: an outlet, no person, in a credit (闵立台 one)
_WORD_ROLES = frozenset(("审核", "复审", "作者", "图片"))
"""Roles that are everyday words too: a credit only with a colon, slash or space after them (作者:某某,
not 作者系…)."""

_PHOTO = re.compile(rf"(?:^|[\s/(（]|记者)(?P<names>[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{1,4}})*)\s*/\s*摄")
# a caption's credit on a line or in a bracket of its own: 甲 摄, (甲 乙 摄), 。甲 摄, 图/甲 摄
_SPACED_PHOTO = re.compile(
    rf"(?:^|(?<=[(（。/]))[ \t\u3000]*(?P<names>[{CJK}]{{2,4}}(?:[ \u3000]+[{CJK}]{{2,4}})*)"
    rf"[ \u3000]+摄(?=[ \t\u3000)）]|$)",
    re.M,
)


_SLASH_CREDIT = re.compile(
    rf"(?:^|(?<=[\s(（]))(?P<name>[{CJK}]{{2,4}})\s*/\s*(?P<role>文图|文|图|摄影)(?=[\s)）]|$)", re.M
)


def bylines(st: PersonState) -> Iterator[Mention | Relation]:
    text = st.text
    for m in _byline_regex().finditer(text):
        if m.group("role") in _WORD_ROLES and m.end() == m.end("role"):
            continue  # 专家审核和网上公示: a verb of the text, no credit (审核：某某 is one)
        role = _roles().get(m.group("role"), "reporter")
        paper = _source_beside(st, m.start()) if role == "author" else _paper_before(st, m.start())
        if role == "author" and _AUTHOR_STATED.search(text):
            paper = None  # 作者:甲 来源:某报 … (作者系某大学教授): a guest writer, the note says where he works
        paper = paper or (_source_beside(st, m.start()) if role in STAFF_ROLES else None)
        pos = m.end()
        if unit := _credited_unit(st, pos):
            paper, pos = unit  # 采写 | 某区新闻中心 甲: the credit's own unit, then the name
        while pos < len(text):
            n = spaced_name_at(text, pos, st.breaks) or name_at(text, pos, st.breaks, after_space=True)
            n = n or headed_name_at(text, pos, st.breaks)
            if not n and pos == m.end() and text[pos - 1 : pos] in ":：":
                n = _credited_run(text, pos, st.breaks)  # 摄影:王国某: a credit's colon, then a name read as words
            elif n == 2 and _credited_run(text, pos, st.breaks) == 3 and text[pos + 2] not in _AFTER_NAME_CHARS:
                n = 3  # 记者 岳某让(line end): a credited name runs to the line's end, its last character a verb's
            if n and is_verb_word(text[pos : pos + 2]):
                break  # 记者查阅公开资料: the reporter acts, no name is written
            if n and text.endswith(_OUTLET_ENDS, pos, pos + n):
                break  # 作者:某某网, 作者:某某报: the outlet credited, no person
            if n and text[pos] in "来去到" and is_verb_word(text[pos + 1 : pos + 3]):
                break  # 记者来采访的前一天: a verb of coming, then what the reporter came to do
            if n == 3 and text[pos + 2] == "摄" and not is_cjk(text[pos + 3 : pos + 4] or "。"):
                n = 2  # 记者王五摄）: the photo credit's verb, not a given-name character
            e = pos + n
            if e == pos or not st.free(pos, e):
                break
            yield st.person(pos, e, official=False, role=role)
            if paper and (role in STAFF_ROLES or role == "author"):
                name = "".join(text[pos:e].split())
                yield st.doc.relation(
                    EntityRef(EntityType.PERSON, name),
                    Predicate.MEMBER_OF,
                    EntityRef(EntityType.ORGANIZATION, paper),
                    pos,
                    e,
                )
            k = e
            while k < len(text) and text[k] in SPACES:
                k += 1
            if k == e or k in st.breaks or _byline_regex().match(text, k):
                break
            pos = k
    slash, photo = "/" in text, "摄" in text  # what the credits below need (most pages: neither, so no scans)
    for m in _SLASH_CREDIT.finditer(text) if slash else ():  # (甲/文 乙/图): a writer and a photographer
        pos = m.start("name")
        n = name_at(text, pos)
        if not n or n != len(m.group("name")) or not st.free(pos, pos + n):
            continue
        role = "photographer" if m.group("role") in ("图", "摄影") else "reporter"
        yield st.person(pos, pos + n, official=False, role=role)
        if paper := _paper_before(st, pos):
            ref = EntityRef(EntityType.PERSON, m.group("name"))
            yield st.doc.relation(ref, Predicate.MEMBER_OF, EntityRef(EntityType.ORGANIZATION, paper), pos, pos + n)
    for m in _ROLE_SLASH.finditer(text) if slash else ():  # (文/甲 图/乙): the role before the slash
        yield from _credit(
            st, m.start("name"), m.end("name"), "photographer" if m.group("role") == "图" else "reporter"
        )
    for m in _WIRE_BRACKET.finditer(text) if "电" in text else ():  # 某地3月11日电(甲): the wire's reporter
        yield from _credit(st, m.start("name"), m.end("name"), "reporter")
    for m in _BRACKET_CREDITS.finditer(text):  # (甲 乙) closing a paragraph: its writers
        pos = m.start("names")
        for part in re.split(r"([ \u3000]+)", m.group("names")):
            if part.strip():
                yield from _credit(st, pos, pos + len(part), "reporter")
            pos += len(part)
    for m in [*_PHOTO.finditer(text), *_SPACED_PHOTO.finditer(text)] if photo else ():
        pos = m.start("names")
        for part in re.split(r"([ \u3000]+)", m.group("names")):
            if part.strip():
                n = name_at(text, pos)
                if n and st.free(pos, pos + n):
                    yield st.person(pos, pos + n, official=False, role="photographer")
            pos += len(part)


_ROLE_SLASH = re.compile(
    rf"(?:^|(?<=[\s(（|丨]))(?P<role>文图|文|图)\s*/\s*(?P<name>[{CJK}]{{2,3}})(?=[\s)）]|$)", re.M
)
_WIRE_BRACKET = re.compile(rf"日电\s*[(（](?P<name>[{CJK}]{{2,3}})[)）]")
_BRACKET_CREDITS = re.compile(  # (甲 乙) at a line's end
    rf"[(（][ \u3000]*(?P<names>[{CJK}]{{2,3}}(?:[ \u3000]+[{CJK}]{{2,3}}){{1,3}})[ \u3000]*[)）]"
    r"(?=[ \t\u3000]*(?:\n|$))",
    re.M,
)


def _credited_unit(st: PersonState, pos: int) -> tuple[str, int] | None:
    """The medium a credit names right after its role, before the name and a space (``采写 | 某区新闻中心 甲``):
    its name (as the organisations read it, else as written) and where the name after it starts; else ``None``."""
    text = st.text
    k = pos
    while k < len(text) and k - pos < 16 and is_cjk(text[k]):
        k += 1
    if k == pos or k >= len(text) or text[k] not in SPACES or not text.endswith(_media_suffixes(), pos, k):
        return None
    start = k
    while k < len(text) and text[k] in SPACES:
        k += 1
    o_pos = st.doc.original_offset(pos)
    name = next((m.name for m in st.orgs if m.start == o_pos), text[pos:start])
    return name, k


@lexicon.cached
def _media_suffixes() -> tuple[str, ...]:
    """The suffixes that end a medium's name (``org_suffixes.txt``, kind ``media``: 日报, 融媒体中心 …), and a
    district's or county's 新闻中心, its news office (in prose a 新闻中心 is any body's press centre)."""
    return (*(w for w, kind in lexicon.table("org_suffixes").items() if kind == "media"), "新闻中心")


def _credit(st: PersonState, s: int, e: int, role: str) -> Iterator[Mention | Relation]:
    """The person credited at ``[s, e)`` when the span reads as a name whole (the rules' or a credit's run),
    with the paper the credit writes for."""
    text = st.text
    if not st.free(s, e) or (name_at(text, s) != e - s and _credited_run(text[:e] + "\n", s) != e - s):
        return
    yield st.person(s, e, official=False, role=role)
    if role in STAFF_ROLES and (paper := _paper_before(st, s)):
        ref = EntityRef(EntityType.PERSON, text[s:e])
        yield st.doc.relation(ref, Predicate.MEMBER_OF, EntityRef(EntityType.ORGANIZATION, paper), s, e)


def _credited_run(text: str, pos: int, breaks: Container[int] = ()) -> int:
    """Length of a name written alone after a credit's colon: two or three Han characters, no verb, closed
    by the line (also where cleaning joined it to the next: ``breaks``), a space or punctuation
    (``摄影:王国某``, where the rules read ``王国`` as a word; ``记者:纳某某``, a rare surname), else 0.

    >>> _credited_run("摄影:王国平\\n", 3), _credited_run("摄影:无人机航拍", 3)
    (3, 0)
    """
    k = pos
    while k < len(text) and k - pos < 4 and is_cjk(text[k]) and (k == pos or k not in breaks):
        k += 1
    closed = k == len(text) or text[k] in _CREDIT_CLOSE or k in breaks
    run = text[pos:k]
    named = surname_length(text, pos) == 1 or not is_word(run, _CREDIT_WORD)  # 纳某某: no word, a rare surname
    return k - pos if 2 <= k - pos <= 3 and closed and named and not is_verb_word(run) else 0


_CREDIT_WORD = 1  # after a credit's colon, a dictionary word (近日) that no surname opens is no name


_CREDIT_CLOSE = frozenset(" \t\n\u3000,，。;；)）、|_")
_SOURCE_LABEL = re.compile(r"来源\s*[:：]\s*$")


def _paper_before(st: PersonState, pos: int) -> str | None:
    """The paper a byline at ``pos`` writes for, as the organisation component names it.

    A paper written on the byline's line (``某某日报讯(记者/…)``) wins; otherwise the
    nearest paper that opens a line before it (the masthead, an article's dateline),
    so ``本报讯(记者 …)`` and a caption ``记者/… 摄`` belong to the page's paper.
    A paper quoted in an earlier sentence (``据某某晚报报道。记者/…``) is no byline's paper.
    """
    original = st.doc.page
    o_pos = st.doc.original_offset(pos)
    line_start = original.rfind("\n", 0, o_pos) + 1
    best = None
    for m in st.orgs:
        if m.prop("kind") != "media" or m.end > o_pos:
            continue
        before = _line_head(original, m.start)
        opens_line = not before.strip() or bool(_SOURCE_LABEL.search(before))  # 来源:某某日报: the page's paper
        same_sentence = m.start >= line_start and not SENTENCE_END.search(original, m.end, o_pos)
        if same_sentence or opens_line:
            best = m.name
    return best


_AUTHOR_STATED = re.compile(r"作者(?:系|单位|为|是)")  # (作者系某大学教授): where a guest writer works
_AFTER_NAME_CHARS = "等和及说称讲"  # 记者 刘某等: a word after a two-character name, not its third character


def _source_beside(st: PersonState, pos: int) -> str | None:
    """The medium a ``来源:`` label credits on the line of a credit at ``pos`` or on the line next to it
    (``作者:甲 来源:某某日报``, ``来源:某县融媒体中心\n作者:甲``): the author writes for it; else ``None``.
    An author credited with no source, or far from it, may write for anyone (a contributor, an office).
    """
    original = st.doc.page
    o_pos = st.doc.original_offset(pos)
    line_start = original.rfind("\n", 0, o_pos) + 1
    line_end = original.find("\n", o_pos)
    line_end = len(original) if line_end < 0 else line_end
    lo = original.rfind("\n", 0, max(0, line_start - 1)) + 1  # the line before
    hi = original.find("\n", line_end + 1)
    hi = len(original) if hi < 0 or line_end == len(original) else hi  # the line after
    for m in st.orgs:
        if (
            m.prop("kind") == "media"
            and lo <= m.start
            and m.end <= hi
            and _SOURCE_LABEL.search(_line_head(original, m.start))
        ):
            return m.name
    return None


def _line_head(text: str, pos: int) -> str:
    """What the line holding ``pos`` writes before it (``来源:`` before a medium's name)."""
    return text[text.rfind("\n", 0, pos) + 1 : pos]


# a line holding a name, after an optional column mark (□ 王 岩); an OCR space may split a two-character name
_NAME_LINE = re.compile(rf"(?m)^[ \u3000]*(?:[□■●◆][ \u3000]*)?([{CJK}](?:[ \u3000]?[{CJK}]){{1,3}})[ \u3000]*$")


_PLACE_LINE_ENDS = NOT_FINAL - frozenset("峰洲章")  # what ends a place or a body, not a given name (甄晓峰)


def _name_lines(st: PersonState) -> list[tuple[int, int]]:
    """Clean spans of the original lines that hold nothing but a name (captions, column authors)."""
    out = []
    named = [(m.start, m.end) for m in st.doc.mentions if m.type in (EntityType.PLACE, EntityType.ORGANIZATION)]
    for m in _NAME_LINE.finditer(st.doc.page):
        raw = m.group(1)
        if any(a <= m.start(1) and m.end(1) <= b for a, b in named):
            continue  # 某市 alone on a line heads a list: a place, no author
        if raw[-1] in _PLACE_LINE_ENDS:
            continue  # 田禾路, 高家岭 alone on a caption's line: a place, no author (甄晓峰 over an essay is one)
        joined = "".join(raw.split())
        if parse_title(joined, 0, len(joined)) is not None:
            continue  # 原书记, 王书记 alone on a line (a headline's broken tail): a title, no author
        if reads_as_words(joined):
            continue  # 文章正文, 但其实 alone on a line: a page's furniture or a broken sentence, no author
        if is_name(joined) and (len(raw) == len(joined) or len(raw) == 3):
            s = st.doc.clean_offset(m.start(1))
            if s is not None and st.text[s : s + len(raw)] == raw:
                out.append((s, s + len(raw)))
    return out


def _line_name(st: PersonState, pos: int) -> tuple[int, int] | None:
    """The nearest line before ``pos`` that holds nothing but a name."""
    before = [span for span in _name_lines(st) if span[1] <= pos]
    return before[-1] if before else None


def _named_authors(st: PersonState) -> Iterator[Mention | Relation]:
    """``(作者张三系…副主任,李四系…教授)``: each named author with the posts the note states."""
    text = st.text
    for note in NAMED_NOTE.finditer(text):
        for m in NAMED_CLAUSE.finditer(text, note.start(1), note.end(1)):
            s, e = m.span(1)
            if not (is_name(m.group(1)) or "·" in m.group(1)) or not st.free(s, e):
                continue
            stack = title_stack(text, m.end(3))
            official = bool(stack) and not any(t.business for t in stack)
            ref = EntityRef(EntityType.PERSON, m.group(1))
            yield st.person(s, e, **({"official": True} if official else {"official": False, "role": "author"}))
            if official:
                yield from position_relations(st, ref, normalise_stack(stack, st.setting), m.end(3))


def authors(st: PersonState) -> Iterator[Mention | Relation]:
    text = st.text
    yield from _named_authors(st)
    for m in AUTHOR_NOTE.finditer(text):
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
                yield from position_relations(st, ref, normalise_stack(stack, st.setting), note_end)
                continue
        yield st.person(s, e, official=False, role="author")
        unit = m.group(2).strip()
        if m.group(1).startswith("单位") and unit:
            yield st.doc.relation(
                ref, Predicate.MEMBER_OF, EntityRef(EntityType.ORGANIZATION, unit), m.start(2), m.end(2)
            )


def standalone_names(st: PersonState) -> Iterator[Mention]:
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
