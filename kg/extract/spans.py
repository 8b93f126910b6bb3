"""Span bookkeeping shared by the extractors: overlap tests in O(log n).

>>> taken = SpanSet([(0, 4), (10, 12)])
>>> taken.overlaps(3, 5), taken.overlaps(4, 10), taken.overlaps(11, 20)
(True, False, True)
>>> taken.add(4, 10); taken.overlaps(5, 6)
True
>>> found = Reach([(0, 4), (2, 9)])
>>> found.overlaps(8, 12), found.holds(3, 9), found.holds(1, 9)
(True, True, False)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator
from itertools import accumulate
from typing import Protocol, TypeVar

__all__ = ["Reach", "SpanSet", "longest_first", "occurrences"]


class SpanSet:
    """The union of half-open spans ``[start, end)``, kept as sorted disjoint intervals."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        # the union in one sweep over the sorted spans: what add() makes one span at a time
        # (spans that overlap or touch merge; empty ones add nothing)
        for s, e in sorted((s, e) for s, e in spans if s < e):
            if self._ends and s <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], e)
            else:
                self._starts.append(s)
                self._ends.append(e)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with a span in the set."""
        if end <= start:
            return False
        i = bisect_right(self._ends, start)  # first interval ending after start
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, merging with the intervals it touches."""
        if end <= start:
            return
        i = bisect_left(self._ends, start)
        j = bisect_right(self._starts, end)
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def __len__(self) -> int:
        return len(self._starts)


class Reach:
    """A fixed list of spans ``(start, end)``, asked whether one overlaps or holds a span.

    A few spans are scanned; many are indexed on the first question (sorted by start, with the
    furthest end reached by any of the first k): a span overlapping ``[start, end)`` exists when one
    starting before ``end`` reaches past ``start``; one holding it, when one starting at or before
    ``start`` reaches ``end``. The same answers as the scan either way, each span kept as it is (an
    empty span counts where it stands), so a loop that asks for every mention of a long page is no
    longer quadratic, and a short page pays no sort.

    >>> spans = [(5, 5), (0, 2)]
    >>> [Reach(spans).overlaps(s, e) == any(a < e and s < b for a, b in spans) for s, e in [(4, 6), (1, 3), (2, 5)]]
    [True, True, True]
    >>> many = Reach([(k, k + 3) for k in range(0, 300, 4)])
    >>> many.overlaps(3, 4), many.holds(4, 7), many.holds(3, 5)
    (False, True, False)
    """

    __slots__ = ("_reach", "_spans", "_starts")

    SCAN = 48
    """Up to this many spans, a question is a scan over them (no index to build)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = list(spans)
        self._starts: list[int] | None = None
        self._reach: list[int] = []

    def _index(self) -> list[int]:
        ordered = sorted(self._spans)
        self._reach = list(accumulate((b for _, b in ordered), max))
        self._starts = [a for a, _ in ordered]
        return self._starts

    def overlaps(self, start: int, end: int) -> bool:
        """``any(a < end and start < b for a, b in spans)``."""
        if len(self._spans) <= self.SCAN:
            return any(a < end and start < b for a, b in self._spans)
        k = bisect_left(self._starts or self._index(), end)  # the spans starting before end
        return k > 0 and self._reach[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """``any(a <= start and end <= b for a, b in spans)``."""
        if len(self._spans) <= self.SCAN:
            return any(a <= start and end <= b for a, b in self._spans)
        k = bisect_right(self._starts or self._index(), start)  # the spans starting at or before start
        return k > 0 and self._reach[k - 1] >= end


class _Span(Hashable, Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def longest_first(spans: Iterable[S], tie: Callable[[S], tuple] = lambda s: ()) -> list[S]:
    """Drop overlapping spans: the longest wins (then the leftmost, then ``tie``); result in text order.

    >>> from collections import namedtuple
    >>> Sp = namedtuple("Sp", "start end name")
    >>> [x.name for x in longest_first([Sp(0, 2, "a"), Sp(0, 5, "b"), Sp(4, 8, "c"), Sp(6, 9, "d")])]
    ['b', 'd']
    """
    kept: list[S] = []
    taken = SpanSet()
    # dict.fromkeys, not set: equal keys keep the callers' order, so the result is the same in every
    # process (a set's order follows hashes, and hash(None) differs from one process to the next)
    for sp in sorted(dict.fromkeys(spans), key=lambda x: (-(x.end - x.start), x.start, *tie(x))):
        if not taken.overlaps(sp.start, sp.end):
            kept.append(sp)
            taken.add(sp.start, sp.end)
    return sorted(kept, key=lambda x: x.start)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right without overlaps: ``re.finditer`` of the
    escaped word, by ``str.find`` (most words of a long lexicon are absent from a page).

    >>> list(occurrences("甲乙甲乙甲", "甲乙"))
    [0, 2]
    """
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))
