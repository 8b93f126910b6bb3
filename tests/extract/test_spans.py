"""Spans: overlapping spans resolved the same way in every process."""

from __future__ import annotations

import random
from collections import namedtuple

import pytest

from kg.extract.spans import Reach, longest_first

Span = namedtuple("Span", "start end name")


@pytest.mark.parametrize(("first", "second"), [(1, 0), (2, 0), (2, 1), (None, "甲"), ("甲", None)])
def test_spans_equal_spans_keep_the_callers_order(first, second):
    """Two spans of the same place and length: the first given wins, whatever their hashes
    (a set's order made the winner differ from one process to the next: hash(None) does)."""
    kept = longest_first([Span(0, 2, first), Span(0, 2, second), Span(1, 3, "x")])
    assert [s.name for s in kept] == [first]


@pytest.mark.parametrize("count", [0, 3, 48, 49, 300])
def test_spans_reach_answers_as_a_scan_over_the_spans(count):
    """Scanned (few spans) or indexed (many), :class:`Reach` answers as ``any`` over the spans does,
    empty and repeated spans included."""
    rng = random.Random(count)
    spans = [(a, a + rng.randrange(0, 6)) for a in (rng.randrange(0, 200) for _ in range(count))]
    reach = Reach(spans)
    for s in range(-2, 210, 3):
        for e in (s, s + 1, s + 4):
            assert reach.overlaps(s, e) == any(a < e and s < b for a, b in spans)
            assert reach.holds(s, e) == any(a <= s and e <= b for a, b in spans)
