"""Span bookkeeping shared by the extractors: overlap tests in O(log n).

>>> taken = SpanSet([(0, 4), (10, 12)])
>>> taken.overlaps(3, 5), taken.overlaps(4, 10), taken.overlaps(11, 20)
(True, False, True)
>>> taken.add(4, 10); taken.overlaps(5, 6)
True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

__all__ = ["SpanSet"]


class SpanSet:
    """The union of half-open spans ``[start, end)``, kept as sorted disjoint intervals."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

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
