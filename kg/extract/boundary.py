"""Left boundaries of names that end in a known head (…项目, …试点城市).

A name runs back from its head over the clause in front of it and starts
after the rightmost clause word (``kg/data/clause_stops.txt``): a *hard* stop
(a verb, preposition, quantifier) always cuts; a *soft* stop (和, 与, 的, 等)
cuts unless a level mark (``全国``, ``国家级`` …) stands before it inside the
name, or the part before it is a complete name itself.

>>> t = "推进城乡融合发展和闽西南协同发展示范区建设"
>>> s = left_boundary(t, 0, t.index("建设"))
>>> t[s:t.index("建设")]
'闽西南协同发展示范区'
>>> t = "跻身全国5G技术创新和产业融合试点城市"
>>> t[left_boundary(t, 0, len(t), keep_after=2):]
'全国5G技术创新和产业融合试点城市'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.data import lexicon
from kg.extract.tokens import is_word, word_tags

__all__ = [
    "CLAUSE_BREAK",
    "YEAR_PREFIX",
    "after_subtitle_verb",
    "clause_start",
    "has_level_mark",
    "in_open_quote",
    "left_boundary",
    "level_of",
    "noun_ends",
]

CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?、（）()《》\n\s—|｜]")
"""Characters no name crosses (``、`` separates coordinated names; ``|`` a headline's parts)."""
_LAST_BREAK = re.compile(r"[，,。；;：:！!？?、（）()《》\n\s—|｜](?=[^，,。；;：:！!？?、（）()《》\n\s—|｜]*\Z)")
"""A :data:`CLAUSE_BREAK` with none after it (``\\Z`` is the search's end)."""


def after_subtitle_verb(text: str, i: int) -> bool:
    """True when ``i`` follows a feature's subtitle verb after a dash (``——访``某县委书记, ``——记``某村党支部书记):
    what follows is the person's title, the verb no part of it.

    >>> after_subtitle_verb("——访某县委书记", 3), after_subtitle_verb("县委书记", 2)
    (True, False)
    >>> after_subtitle_verb("——访问某县委书记", 4), after_subtitle_verb("——记者甲", 3)
    (True, False)
    """
    if 3 <= i <= len(text) and text[i - 3] in "—―" and text[i - 2 : i] in ("访问", "专访"):
        return True
    # (——记者甲, ——访谈: 记 and 访 open a word, no verb of their own)
    return 2 <= i <= len(text) and text[i - 1] in "访记" and text[i - 2] in "—―" and not is_word(text[i - 1 : i + 1])


YEAR_PREFIX = re.compile(r"(?:19|20)\d{2}年度?")
"""A year written in front of a name (``2023年``, ``2021年度``): the mention's year, not its name."""


def in_open_quote(text: str, start: int, i: int) -> bool:
    """True when ``i`` is inside a quote opened after ``start`` (全省“五个好”社区).

    >>> in_open_quote("全省“五个好”社区", 0, 4), in_open_quote("全省“五个好”社区", 0, 8)
    (True, False)
    """
    return text.rfind("“", start, i) > text.rfind("”", start, i)


_NOT_STOPS = ("有限", "为民", "对外", "就业")  # a stop's character inside a word (有限公司, 为民服务中心, 创业就业)
_BATCH = re.compile(r"首批|第[一二三四五六七八九十\d]+批")
_BARE_LEVEL = re.compile(r"[省市](?![委长级直属内外里区县])")  # 建设|省共同富裕示范区: 省 as a level


@lexicon.cached
def _stops() -> tuple[tuple[str, str], ...]:
    table = lexicon.table("clause_stops")
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _levels() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("designation_levels").items(), key=lambda kv: -len(kv[0])))


def level_of(name: str) -> str | None:
    """The level of the first level mark in a name.

    >>> level_of("全国首批智慧城市试点城市"), level_of("省级乡村振兴示范县"), level_of("海绵城市")
    ('national', 'provincial', None)
    """
    rx, levels = _level_marks()
    m = rx.search(name)
    return levels[m.group()] if m else None


HOME_MARK = re.compile(r"(?:我|本)(省|市|县|区)(?=[^级]{4})")
"""``我省``/``本市`` … written in front of a title of at least four characters (no ``我市级``)."""
_HOME_LEVELS = {"省": "provincial", "市": "municipal"}


def home_level(written: str) -> str | None:
    """The level ``我省``/``我市`` in front of a title gives it, where the title names none of its own.

    >>> home_level("我省特色类美丽乡村"), home_level("村被评为我市文明示范村"), home_level("某某示范村")
    ('provincial', 'municipal', None)
    """
    m = HOME_MARK.search(written)
    return _HOME_LEVELS.get(m.group(1)) if m else None


@lexicon.cached
def _level_marks() -> tuple[re.Pattern[str], dict[str, str]]:
    """:func:`_levels` as one alternation (longest first, as listed) and ``mark → level``: its
    leftmost match is the mark :func:`level_of` wants (the first mark, the longest there)."""
    levels = _levels()
    rx = re.compile("|".join(re.escape(m) for m, _ in levels)) if levels else re.compile("(?!)")
    return rx, dict(levels)


def has_level_mark(text: str) -> bool:
    """True when ``text`` has a level mark (全国, 省级 …) or a batch (首批, 第二批)."""
    return level_of(text) is not None or bool(_BATCH.search(text))


def clause_start(text: str, end: int, limit: int = 40) -> int:
    """The start of the clause that ends at ``end`` (at most ``limit`` characters back)."""
    lo = max(0, end - limit)
    m = _LAST_BREAK.search(text, lo, end)  # the last break before end, found in C
    return m.end() if m else lo


def left_boundary(
    text: str,
    lo: int,
    head_start: int,
    keep_after: int | None = None,
    is_complete: Callable[[str], bool] | None = None,
    object_of_verb: bool = False,
    soft: bool = True,
    noun_building: bool = False,
) -> int:
    """Where a name whose head starts at ``head_start`` begins, searching back to ``lo``.

    ``keep_after``: the end of a governing verb (获批, 入选 …); stops right of
    it are ignored when a level mark or batch follows it directly, or when
    ``object_of_verb`` says the whole phrase after it is the verb's object
    (``列入|实施范围城市``).
    ``is_complete``: tells whether a text before a soft stop is a whole name
    itself (``A示范区和B城市`` → two names). ``soft=False``: hard stops only.
    ``noun_building``: a noun's ``建设`` right before the head is part of the name
    (``节水型社会建设达标县``: a title's words, asked for titles only).
    """
    start = lo if keep_after is None else keep_after
    marked = keep_after is not None and (
        object_of_verb
        or has_level_mark(text[keep_after : keep_after + 5])
        or bool(_BARE_LEVEL.match(text, keep_after, head_start))
    )
    firsts = _stop_firsts()  # a position whose character opens no stop word is passed over without a call
    if not marked:  # cut after the rightmost hard stop
        for i in range(head_start - 1, start - 1, -1):
            word = _stop_at(text, i, head_start, "hard") if text[i : i + 1] in firsts else None
            if (
                noun_building
                and word in _NOUN_BUILDING
                and head_start - i - len(word) <= 2
                and noun_ends(text, start, i)
            ):
                continue  # 节水型社会|建设|达标县: a noun's building right before the head, a word of the name
            if word:
                start = i + len(word)
                break
    if not soft:
        return start
    for j in range(head_start - 1, start - 1, -1):  # the rightmost soft stop that ends a clause part
        word = _stop_at(text, j, head_start, "soft") if text[j : j + 1] in firsts else None
        if not word:
            continue
        before = text[start:j]
        if (is_complete is not None and is_complete(before)) or not has_level_mark(before):
            return j + len(word)
    return start


_NOUN_BUILDING = frozenset({"建设"})
_NOUN_TAGS = frozenset({"n", "vn", "nz"})


def noun_ends(text: str, lo: int, i: int) -> bool:
    """Whether a dictionary noun (社会, 文明, 乡村) ends at ``i``, after ``lo``: a 建设 after it is that noun's
    building (节水型社会|建设), no verb of the clause.

    >>> noun_ends("节水型社会建设", 0, 5), noun_ends("加快建设", 0, 2), noun_ends("生态文明建设", 0, 4)
    (True, False, True)
    """
    tags = word_tags()
    for k in (4, 3, 2):
        if i - k >= lo and (tag := tags.get(text[i - k : i])) is not None:
            return tag in _NOUN_TAGS or (tag == "nr" and is_word(text[i - k : i], _COMMON_NOUN_FREQ))
    return False


_COMMON_NOUN_FREQ = 5000
"""A word jieba tags as a name that is this frequent is a common noun too (文明, 平安, 和谐: 生态文明|建设)."""


@lexicon.cached
def _stops_by_first() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(kind, first character)`` → the stop words of that kind starting with it, longest first."""
    index: dict[tuple[str, str], list[str]] = {}
    for word, kind in _stops():
        if word:
            index.setdefault((kind, word[0]), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@lexicon.cached
def _stop_firsts() -> frozenset[str]:
    """The characters some stop word (of either kind) opens with."""
    return frozenset(c for _, c in _stops_by_first())


def _inside_a_word(text: str, i: int) -> bool:
    """Whether the stop word's character at ``i`` opens a word of a name (有限公司, 为民服务, 创业就业; not 就|业务)."""
    return text.startswith(_NOT_STOPS, i) and not text.startswith("就业务", i)


def _stop_at(text: str, i: int, limit: int, kind: str) -> str | None:
    if i >= len(text):
        return None
    for word in _stops_by_first().get((kind, text[i]), ()):
        if text.startswith(word, i) and i + len(word) <= limit and not _inside_a_word(text, i):
            return word
    return None
