"""Sorting more items than should be held at once: sorted runs spilled to temporary files, then merged.

>>> items = [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]
>>> list(external_sorted(items, key=lambda t: t[0], run=2)) == sorted(items, key=lambda t: t[0])
True
"""

from __future__ import annotations

import heapq
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

__all__ = ["RUN_ITEMS", "external_sorted"]

T = TypeVar("T", bound=tuple)

RUN_ITEMS = 10_000
"""Items sorted in memory at a time (a couple of MB of short tuples); more go to temporary files, a run each."""

_BLOCK = 2_048  # items pickled together: a run is read back a block at a time


def external_sorted(items: Iterable[T], *, key: Callable[[T], Any], run: int | None = None) -> Iterator[T]:
    """The items in ``sorted(items, key=key)`` order (stable), holding at most ``run`` (default
    :data:`RUN_ITEMS`) of them at once plus one block of each spilled run.

    Up to ``run`` items are sorted in memory and given out as they are (nothing is written); beyond that,
    every ``run`` items are sorted and written to an anonymous temporary file, and the runs are merged
    (:func:`heapq.merge`, which keeps equal keys in run order, so the result is the stable sort's).
    Items are flat tuples of strings, numbers and ``None`` (written as JSON: data, never code).
    """
    run = RUN_ITEMS if run is None else run
    runs: list[IO[bytes]] = []
    batch: list[T] = []
    try:
        for item in items:
            batch.append(item)
            if len(batch) >= run:
                batch.sort(key=key)
                runs.append(_spill(batch))
                batch = []
        batch.sort(key=key)
        if not runs:
            yield from _drain(batch)
            return
        yield from heapq.merge(*(_read(f) for f in runs), _drain(batch), key=key)
    finally:
        for f in runs:
            f.close()


def _spill(items: list[T]) -> IO[bytes]:
    """``items`` written to an anonymous temporary file (gone when closed), a JSON line per block."""
    f = tempfile.TemporaryFile()  # noqa: SIM115 - closed by external_sorted once its runs are merged
    for i in range(0, len(items), _BLOCK):
        f.write(json.dumps(items[i : i + _BLOCK], separators=(",", ":")).encode("ascii") + b"\n")
    f.seek(0)
    return f


def _read(f: IO[bytes]) -> Iterator[tuple]:
    """The items :func:`_spill` wrote to ``f``, a block at a time."""
    for line in f:
        yield from map(tuple, json.loads(line))


def _drain(items: list[T]) -> Iterator[T]:
    """The items of ``items`` in order, each let go of as it is given."""
    items.reverse()
    while items:
        yield items.pop()
