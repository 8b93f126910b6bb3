"""External sort: the same order as ``sorted``, whatever the run size."""

from __future__ import annotations

import random
from operator import itemgetter

import pytest

from kg.readwrite.extsort import external_sorted


@pytest.mark.parametrize("run", [1, 2, 3, 7, 1000])
def test_extsort_gives_sorteds_order_with_ties_kept_in_input_order(run):
    rng = random.Random(run)
    keys = ["", "a", "b", "文", "\udc80", 'ab\n"\\']  # odd strings survive the temporary files
    items = [(rng.choice(keys), i, rng.choice([None, 1.5, -3, "x"])) for i in range(200)]
    assert list(external_sorted(items, key=itemgetter(0), run=run)) == sorted(items, key=itemgetter(0))


def test_extsort_of_nothing_is_nothing():
    assert list(external_sorted([], key=itemgetter(0), run=2)) == []


def test_extsort_holds_at_most_a_run_of_items(monkeypatch):
    """Items are read and spilled a run at a time: the input is never held whole."""
    import kg.readwrite.extsort as ext

    spilled: list[int] = []
    real = ext._spill

    def counted(batch):
        spilled.append(len(batch))
        return real(batch)

    monkeypatch.setattr(ext, "_spill", counted)
    got = list(external_sorted(((i % 10, i) for i in range(95)), key=itemgetter(0), run=20))
    assert spilled == [20, 20, 20, 20] and got == sorted(((i % 10, i) for i in range(95)), key=itemgetter(0))
