"""Exception types whose messages say what went wrong, where, and how to fix it.

The CLI turns a :class:`KGError` into one line on stderr and a non-zero exit
code; anything else is a bug in kg.

>>> str(InputError("seeds/x.txt", "not valid UTF-8 or GB18030"))
'seeds/x.txt: not valid UTF-8 or GB18030'
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kg.safeio import shown

__all__ = [
    "AmbiguousEntityError",
    "ConfigError",
    "EntityNotFoundError",
    "InputError",
    "KGError",
    "LexiconError",
    "NoInputError",
    "OutputError",
]


class KGError(Exception):
    """Base class of the errors a user can cause and fix."""

    exit_code = 1


class InputError(KGError):
    """One input file cannot be read as text."""

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{shown(path)}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple:
        return (type(self), (self.path, self.problem))  # picklable: crosses a process boundary (kg.offline)


class NoInputError(KGError):
    """Nothing is left to process (missing paths, or every file was skipped)."""

    exit_code = 2


class LexiconError(KGError):
    """A malformed line in a lexicon file."""

    exit_code = 2

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{shown(path)}:{line}: {problem}")
        self.path = path
        self.line = line


class ConfigError(KGError):
    """A bad setting in kg.toml or on the command line."""

    exit_code = 2


class OutputError(KGError):
    """An output cannot be written (nothing already written is lost)."""

    exit_code = 3


class EntityNotFoundError(KGError, LookupError):
    """A query names an entity the graph does not hold; the message suggests close names.

    >>> str(EntityNotFoundError("株州", ["株洲市"], ["Place"]))
    "no Place named '株州' in the graph; did you mean: 株洲市?"
    """

    exit_code = 4

    def __init__(self, entity: str, suggestions: Sequence[str] = (), types: Collection[str] = ()) -> None:
        what = "/".join(sorted(types)) or "entity"
        hint = f"did you mean: {', '.join(suggestions)}?" if suggestions else "try `kg query find` to search names"
        super().__init__(f"no {what} named {entity!r} in the graph; {hint}")
        self.entity = entity
        self.suggestions = tuple(suggestions)


class AmbiguousEntityError(KGError, LookupError):
    """A name given to a query stands for several entities; the message lists their ids."""

    exit_code = 4

    def __init__(self, entity: str, ids: Sequence[str]) -> None:
        super().__init__(f"{entity!r} names {len(ids)} entities: {', '.join(ids)}; give an id")
        self.entity = entity
        self.ids = tuple(ids)
