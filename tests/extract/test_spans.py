"""Spans: overlapping spans resolved the same way in every process."""

from __future__ import annotations

from collections import namedtuple

import pytest

from kg.extract.spans import longest_first

Span = namedtuple("Span", "start end name")


@pytest.mark.parametrize(("first", "second"), [(1, 0), (2, 0), (2, 1), (None, "甲"), ("甲", None)])
def test_spans_equal_spans_keep_the_callers_order(first, second):
    """Two spans of the same place and length: the first given wins, whatever their hashes
    (a set's order made the winner differ from one process to the next: hash(None) does)."""
    kept = longest_first([Span(0, 2, first), Span(0, 2, second), Span(1, 3, "x")])
    assert [s.name for s in kept] == [first]
