"""Persons: officials with their titles, and people who are not officials.

Officials come from the title grammar: one or more titles separated by ``、``
in front of a name (``市委副书记、市长张三``), a title shared by a list of
names (``市领导张三、李四参加``), or a name followed by a title
(``张三总书记``). Bylines and mastheads (``记者/张三``, ``责任编辑:李四``,
``王五/摄``) and business titles give persons who are not officials.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="市委副书记、市长张三丰出席会议。"))
>>> [(r.subject.name, r.object) for r in extract_persons(doc) if hasattr(r, "predicate")]
[('张三丰', '市委副书记'), ('张三丰', '市长')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import lexicon
from kg.extract.base import Doc
from kg.extract.tokens import is_word
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_persons", "name_at"]

_CJK = r"\u4e00-\u9fff"
# characters after which a name cannot continue (common verbs / particles / punctuation starts)
_STOP_AFTER = set("、，,。；;：:！？!?（）()“”\"' \n\t\u3000在和与及等为是的对向就到说了也都已将并")


@lexicon.cached
def _title_regex() -> re.Pattern[str]:
    titles = sorted(lexicon.table("titles"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, titles)) + ")")


_CLAUSE = re.compile(r"[，,。；;：:！？!?（）()“”《》\s]")


@lexicon.cached
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    s = lexicon.words("surnames")
    return frozenset(x for x in s if len(x) == 1), frozenset(x for x in s if len(x) == 2)


def name_at(text: str, i: int) -> int:
    """Length of a Chinese personal name starting at ``text[i]`` (0 when none).

    >>> name_at("张三丰出席", 0), name_at("李四参加", 0), name_at("会议", 0)
    (3, 2, 0)
    """
    single, compound = _surnames()
    if text[i : i + 2] in compound:
        sur = 2
    elif i < len(text) and text[i] in single:
        sur = 1
    else:
        return 0
    given = 0
    for k in range(i + sur, min(i + sur + 2, len(text))):
        c = text[k]
        if not ("\u4e00" <= c <= "\u9fff") or (c in _STOP_AFTER and given >= 1):
            break
        given += 1
    if given == 0:
        return 0
    if given == 2:
        # "阳卫国就…" keeps 3; "张三强调" should not swallow 强 of 强调
        third = text[i + sur + 1]
        nxt = text[i + sur + 1 : i + sur + 3]
        swallows_word = len(nxt) == 2 and is_word(nxt, 500) and not is_word(text[i + sur : i + sur + 2], 500)
        if swallows_word or third in _STOP_AFTER:
            given = 1
    return sur + given


def _split_titles(titles: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in titles.split("、"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


def _title_phrase(text: str, end: int) -> list[tuple[int, str]]:
    """The stacked titles (``A、B、C``) ending at ``end``, as ``(start, title)`` pairs."""
    rx = _title_regex()
    out: list[tuple[int, str]] = []
    while True:
        start = end
        while start > 0 and not _CLAUSE.match(text[start - 1]) and text[start - 1] != "、" and end - start < 24:
            start -= 1
        segment = text[start:end]
        if not rx.search(segment) or not any(segment.endswith(t) for t in lexicon.table("titles")):
            break
        out.append((start, segment))
        if start > 0 and text[start - 1] == "、":
            end = start - 1
            continue
        break
    return out[::-1]


def extract_persons(doc: Doc) -> Iterator[Mention | Relation]:
    """Officials (title grammar) and other persons (bylines, business titles)."""
    text = doc.text
    taken: list[tuple[int, int]] = []
    yield from _bylines(doc, taken)
    business = lexicon.words("business_titles")
    for m in _title_regex().finditer(text):
        pos = m.end()
        while pos < len(text) and text[pos] in " \u3000":
            pos += 1
        found: list[tuple[int, int]] = []
        while True:
            n = name_at(text, pos)
            if not n:
                break
            found.append((pos, pos + n))
            if text[pos + n : pos + n + 1] != "、":
                break
            pos += n + 1
        if not found:
            continue
        title_texts = _title_phrase(text, m.end())
        if not title_texts:
            continue
        official = not all(any(t.endswith(b) for b in business) for _, t in title_texts)
        for s, e in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            name = text[s:e]
            yield doc.mention(s, e, EntityType.PERSON, name, official=official)
            ref = EntityRef(EntityType.PERSON, name)
            for ts, written in title_texts:
                t = _trim_prefix(written)
                if t:
                    yield doc.relation(ref, Predicate.HOLDS_POSITION, t, ts + len(written) - len(t), e)


_LEAD = re.compile(r".*?(?:的|在|由|和|与|及|为|是|对|向|请|经|召开|出席|参加|陪同|会见|主持)")


def _trim_prefix(title: str) -> str:
    """Drop words in front of a title that belong to the clause, not the title."""
    return _LEAD.sub("", title)


_ROLES = r"(?:全媒体记者|融媒体记者|见习记者|特约记者|记者|通讯员|实习生|责任编辑|美术编辑|校对|编辑)"
_BYLINE = re.compile(
    rf"(?P<role>{_ROLES})\s*[/:：]?\s*"
    rf"(?P<names>(?!{_ROLES})[{_CJK}]{{2,4}}(?:[ \u3000]+(?!{_ROLES})[{_CJK}]{{2,4}})*)"
)
_PHOTO = re.compile(rf"(?P<names>[{_CJK}]{{2,4}}(?:[ \u3000]+[{_CJK}]{{2,4}})*)\s*/\s*摄")


def _bylines(doc: Doc, taken: list[tuple[int, int]]) -> Iterator[Mention]:
    roles = lexicon.table("byline_roles")
    text = doc.text
    for rx in (_BYLINE, _PHOTO):
        for m in rx.finditer(text):
            role = roles.get(m.groupdict().get("role") or "摄", "reporter")
            pos = m.start("names")
            for part in re.split(r"([ \u3000]+)", m.group("names")):
                if part.strip():
                    n = name_at(text, pos)
                    if n:
                        taken.append((pos, pos + n))
                        yield doc.mention(pos, pos + n, EntityType.PERSON, official=False, role=role)
                pos += len(part)
