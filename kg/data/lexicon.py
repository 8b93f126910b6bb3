"""Lexicons: plain UTF-8 data files, built-in (``kg/data/``) and the user's own.

Lines starting with ``#`` are comments. A built-in lexicon line holds one or
more entries separated by white space (:func:`words`), or ``ENTRY<TAB>TAG``
(:func:`table`).

A *user lexicon* is a UTF-8 file of ``ENTRY<TAB>TYPE[<TAB>CANONICAL]`` lines
(see ``docs/lexicons.md``); :func:`activate` merges it with the built-ins:
``title`` entries join the title lexicon; ``place``, ``organization``,
``project``, ``designation`` and ``person`` entries are found wherever they
occur (``CANONICAL`` makes the entry an alias); ``stop`` entries are never
extracted as entities.

>>> "欧阳" in words("surnames")
True
>>> table("titles")["市长"]
'government'
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

from kg.errors import LexiconError
from kg.safeio import NotRegularFileError, TooLargeError, read_text_capped

__all__ = [
    "USER_TYPES",
    "UserEntry",
    "UserLexicon",
    "activate",
    "active",
    "alternation",
    "cached",
    "lines",
    "load_user_lexicon",
    "lookahead",
    "matcher",
    "table",
    "words",
]

MAX_LEXICON_BYTES = 64 * 1024 * 1024
"""A user lexicon file larger than this is refused (counted while reading, so ``/dev/zero`` stops too)."""

USER_TYPES = ("title", "place", "organization", "project", "designation", "person", "stop")

F = TypeVar("F", bound=Callable)
_CACHED: list[Callable] = []


def cached(f: F) -> F:
    """``functools.cache`` that is cleared whenever the active user lexicon changes.

    Use it for anything built from lexicons (compiled patterns, automatons).
    """
    c = functools.cache(f)
    _CACHED.append(c)
    return c  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class UserEntry:
    entry: str
    type: str
    canonical: str
    source: str  # file:line


@dataclass(frozen=True, slots=True)
class UserLexicon:
    """The entries of the user's lexicon files, in file order."""

    entries: tuple[UserEntry, ...] = ()

    def of_type(self, type_: str) -> tuple[UserEntry, ...]:
        return tuple(e for e in self.entries if e.type == type_)

    @property
    def stop(self) -> frozenset[str]:
        return frozenset(e.entry for e in self.entries if e.type == "stop")


_ACTIVE = UserLexicon()


def active() -> UserLexicon:
    """The user lexicon in use (empty unless :func:`activate` was called)."""
    return _ACTIVE


def activate(user: UserLexicon) -> None:
    """Use ``user`` from now on (in this process), clearing every lexicon-derived cache."""
    global _ACTIVE
    _ACTIVE = user
    for c in _CACHED:
        c.cache_clear()


def load_user_lexicon(paths: Iterable[str | os.PathLike[str]]) -> UserLexicon:
    """Parse user lexicon files; a malformed line raises :class:`LexiconError` with file:line."""
    entries: list[UserEntry] = []
    for path in paths:
        p = Path(path)
        try:
            text = read_text_capped(p, MAX_LEXICON_BYTES, "utf-8-sig")
        except FileNotFoundError:
            raise LexiconError(str(p), 0, "no such lexicon file") from None
        except UnicodeDecodeError:
            raise LexiconError(str(p), 0, "not UTF-8 text; save the lexicon as UTF-8") from None
        except IsADirectoryError:
            raise LexiconError(str(p), 0, "is a folder, not a lexicon file") from None
        except TooLargeError:
            raise LexiconError(
                str(p), 0, f"lexicon file too large (the limit is {MAX_LEXICON_BYTES:,} bytes)"
            ) from None
        except NotRegularFileError as e:
            raise LexiconError(str(p), 0, f"{e}; a lexicon must be a regular file") from None
        except OSError as e:
            raise LexiconError(str(p), 0, f"cannot be read: {(e.strerror or str(e)).lower()}") from None
        for no, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = [x.strip() for x in raw.split("\t")]
            if len(parts) == 1:
                raise LexiconError(
                    str(p), no, f"expected ENTRY<TAB>TYPE, got {line!r} (TYPE is one of {', '.join(USER_TYPES)})"
                )
            if len(parts) > 3 or not parts[0]:
                raise LexiconError(str(p), no, "expected ENTRY<TAB>TYPE or ENTRY<TAB>TYPE<TAB>CANONICAL")
            type_ = parts[1].lower()
            if type_ not in USER_TYPES:
                raise LexiconError(str(p), no, f"unknown type {parts[1]!r} (one of {', '.join(USER_TYPES)})")
            canonical = parts[2] if len(parts) == 3 and parts[2] else parts[0]
            entries.append(UserEntry(parts[0], type_, canonical, f"{p}:{no}"))
    return UserLexicon(tuple(entries))


@functools.cache
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


@cached
def words(name: str) -> frozenset[str]:
    """Every white-space separated entry of a built-in lexicon."""
    return frozenset(w for _, line in lines(name) for w in line.split())


@functools.lru_cache(maxsize=1024)
def alternation(entries: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching any of ``entries``, the longest first (regex alternation is leftmost, then in order).

    >>> [m.group() for m in alternation(frozenset({"市委", "市委书记", "书记"})).finditer("市委书记和书记")]
    ['市委书记', '书记']
    >>> alternation(frozenset()).search("x") is None
    True
    """
    if not entries:
        return re.compile("(?!)")
    return re.compile("|".join(map(re.escape, sorted(entries, key=lambda w: (-len(w), w)))))


def lookahead(firsts: Iterable[str]) -> str:
    """``(?=[…])`` over ``firsts``, the characters every match of a pattern opens with, or ``""``
    when one of them is empty (a match may open with anything).

    Put in front of a pattern whose alternatives open with groups or optional parts, it lets
    re reject a position that opens no match at once instead of trying every alternative there
    (re finds such a set by itself only for an alternation of plain words).

    >>> lookahead(["市委", "副", "市长"]), lookahead(["书记", ""])
    ('(?=[副市])', '')
    """
    chars = set()
    for c in firsts:
        if not c:
            return ""
        chars.add(c[0])
    return "(?=[" + "".join(map(re.escape, sorted(chars))) + "])" if chars else ""


@cached
def matcher(name: str) -> re.Pattern[str]:
    """The :func:`alternation` of a built-in lexicon's :func:`words`, built once (the shared rule matcher)."""
    return alternation(words(name))


@cached
def table(name: str) -> dict[str, str]:
    """``ENTRY -> TAG`` of a tab-separated built-in lexicon (further columns ignored), plus the user's titles."""
    out: dict[str, str] = {}
    for no, line in lines(name):
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            raise LexiconError(f"kg/data/{name}.txt", no, "expected ENTRY<TAB>TAG[<TAB>…]")
        out[parts[0].strip()] = parts[1].strip()
    if name == "titles":
        for e in _ACTIVE.of_type("title"):
            out.setdefault(e.entry, "user")
    return out
