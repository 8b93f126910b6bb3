"""Lexicons: plain UTF-8 data files under ``kg/data/``, one entry a line.

Lines starting with ``#`` are comments. A line holds one or more entries
separated by white space (:func:`words`), or ``ENTRY<TAB>TAG`` (:func:`table`).

>>> "欧阳" in words("surnames")
True
>>> table("titles")["市长"]
'government'
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.errors import LexiconError

__all__ = ["lines", "table", "words"]


@cache
def lines(name: str) -> tuple[tuple[int, str], ...]:
    """``(line_number, line)`` of a packaged lexicon, comments and blank lines removed."""
    try:
        text = resources.files("kg.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"kg/data/{name}.txt", 0, "no such lexicon") from None
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((no, line))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """Every white-space separated entry of a lexicon."""
    return frozenset(w for _, line in lines(name) for w in line.split())


@cache
def table(name: str) -> dict[str, str]:
    """``ENTRY -> TAG`` for a two-column (tab-separated) lexicon."""
    out: dict[str, str] = {}
    for no, line in lines(name):
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise LexiconError(f"kg/data/{name}.txt", no, "expected ENTRY<TAB>TAG")
        out[parts[0].strip()] = parts[1].strip()
    return out
