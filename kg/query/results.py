"""The small frozen records query functions return, and helpers to tabulate them.

Every record is a frozen dataclass: hashable, comparable, with a short
``repr`` that shows the fields a reader looks for first (all fields are
still attributes). :func:`records` turns results into plain dicts (for JSON
or CSV), :func:`to_dataframe` into a pandas ``DataFrame`` (``pip install
'kg-cn[pandas]'``).

>>> m = Match("person/张三丰", "Person", "张三丰", "张三丰", "name", 1.0)
>>> m
Match('person/张三丰', type='Person', how='name', score=1.0)
>>> records([m])[0]["name"]
'张三丰'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from kg.errors import ConfigError

__all__ = [
    "CoAttendee",
    "Designated",
    "Fact",
    "Holder",
    "Located",
    "Match",
    "MeetingRole",
    "Observation",
    "Official",
    "Result",
    "records",
    "to_dataframe",
]


class Result:
    """Base of query records: a ``repr`` of the key field, then the ``_show`` fields that are set."""

    __slots__ = ()
    _show: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        first = dataclasses.fields(self)[0].name  # type: ignore[arg-type]
        parts = [repr(getattr(self, first))]
        parts += [f"{k}={getattr(self, k)!r}" for k in self._show if getattr(self, k) not in (None, (), "")]
        return f"{type(self).__name__}({', '.join(parts)})"


@dataclass(frozen=True, slots=True, repr=False)
class Match(Result):
    """An entity :func:`~kg.query.find` found: how the text matched and how well (1.0 = exactly)."""

    id: str
    type: str
    name: str
    matched: str  # the name, alias or pinyin that matched
    how: str  # id | name | alias | pinyin | substring | fuzzy
    score: float
    _show = ("type", "how", "score")


@dataclass(frozen=True, slots=True, repr=False)
class Official(Result):
    """A person who holds (or held) a public post, with the titles seen."""

    id: str
    name: str
    titles: tuple[str, ...]
    first_seen: str | None = None
    last_seen: str | None = None
    _show = ("titles",)


@dataclass(frozen=True, slots=True, repr=False)
class Observation(Result):
    """One statement that a person holds a post, on a date, in a sentence."""

    person: str
    name: str
    post: str
    title: str  # as written
    body: str | None
    jurisdiction: str | None  # place node id
    tense: str | None  # current | former | appointed | removed
    date: str | None
    doc: str
    start: int | None
    end: int | None
    evidence: str | None
    _show = ("title", "date", "doc")


@dataclass(frozen=True, slots=True, repr=False)
class Holder(Result):
    """A person holding a post at a date (or ever), with the observation that shows it."""

    person: str
    name: str
    post: str
    title: str
    jurisdiction: str | None
    first_seen: str | None
    last_seen: str | None  # the deciding observation's date
    doc: str
    evidence: str | None
    _show = ("name", "title", "jurisdiction", "last_seen")


@dataclass(frozen=True, slots=True, repr=False)
class Located(Result):
    """A project (or other located entity) in a place, and the part_of chain that leads there."""

    project: str
    name: str
    place: str  # the place it is located in
    via: tuple[str, ...]  # the queried place … ``place`` (one element when located there directly)
    date: str | None
    doc: str
    evidence: str | None
    _show = ("place", "doc")


@dataclass(frozen=True, slots=True, repr=False)
class Designated(Result):
    """A designation a place holds (``awarded``) or works toward (``aspiring``)."""

    designation: str
    name: str
    place: str
    status: str | None
    level: str | None
    batch: str | None
    year: str | int | None
    date: str | None  # the deciding observation's date
    doc: str
    evidence: str | None
    docs: tuple[str, ...] = ()
    _show = ("status", "level")


@dataclass(frozen=True, slots=True, repr=False)
class MeetingRole(Result):
    """A meeting a person chairs or attends."""

    meeting: str
    name: str
    role: str  # chairs | attends
    date: str | None
    doc: str
    evidence: str | None
    _show = ("role", "date")


@dataclass(frozen=True, slots=True, repr=False)
class CoAttendee(Result):
    """A person met at meetings: the meetings both chair or attend."""

    person: str
    name: str
    meetings: tuple[str, ...]
    _show = ("meetings",)


@dataclass(frozen=True, slots=True, repr=False)
class Fact(Result):
    """One edge with its provenance: ``subject --predicate--> object`` stated in ``doc``."""

    subject: str
    predicate: str
    object: str
    doc: str | None
    start: int | None
    end: int | None
    date: str | None
    evidence: str | None
    _show = ("predicate", "object", "doc")


def records(results: Iterable[Result]) -> list[dict[str, Any]]:
    """Each result as a plain ``dict`` (field order kept; tuples become lists)."""
    out = []
    for r in results:
        d = {f.name: getattr(r, f.name) for f in dataclasses.fields(r)}  # type: ignore[arg-type]
        out.append({k: list(v) if isinstance(v, tuple) else v for k, v in d.items()})
    return out


def to_dataframe(results: Iterable[Result]) -> Any:
    """Results as a pandas ``DataFrame``, one row per result (needs ``pip install 'kg-cn[pandas]'``).

    >>> import pytest; pd = pytest.importorskip("pandas")
    >>> df = to_dataframe([Match("place/长沙市", "Place", "长沙市", "长沙", "alias", 1.0)])
    >>> list(df.columns), df.loc[0, "how"]
    (['id', 'type', 'name', 'matched', 'how', 'score'], 'alias')
    """
    try:
        import pandas as pd
    except ImportError:
        raise ConfigError("to_dataframe needs pandas: pip install 'kg-cn[pandas]'") from None
    results = list(results)
    if not results:
        return pd.DataFrame()
    return pd.DataFrame(records(results), columns=[f.name for f in dataclasses.fields(results[0])])  # type: ignore[arg-type]
