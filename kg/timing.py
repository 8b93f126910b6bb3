"""Wall time per build stage, as :class:`kg.build.BuildResult` reports it.

>>> timings = {}
>>> with timed(timings, "read"):
...     pass
>>> list(timings)
['read']
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["timed"]


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the seconds the block takes to ``timings[stage]``."""
    t = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t
