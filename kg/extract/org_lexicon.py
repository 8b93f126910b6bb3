"""The lexicons organisation spans are read with (:mod:`kg.extract.orgspan`), loaded once.

Suffixes and their kinds (``kg/data/org_suffixes.txt``), well-known names
(``org_names.txt``), the body words of ``bodies.txt``, left stops, titles and
ethnic groups, with the indexes the matchers look them up by.

>>> body_kinds()["纪委监委"]
'discipline'
"""

from __future__ import annotations

import re

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.context import provinces
from kg.vocab import PUBLIC_KINDS, OrgKind

__all__ = [
    "body_kinds",
    "bracketed_in_a_name",
    "ethnic_groups",
    "gazetteer",
    "is_place_name",
    "known_names",
    "known_names_regex",
    "left_stops",
    "min_stems",
    "province_shorts",
    "public_names_by_last",
    "suffix_regex",
    "suffix_rows",
    "suffixes",
    "titles",
    "titles_by_char",
]


_BRACKETED_WORDS = frozenset({"集团", "控股", "股份", "中国"})


def bracketed_in_a_name(words: str) -> bool:
    """Whether the words a bracket holds belong inside a company's name: a place the gazetteer knows (a branch's
    city, ``某某科技(扬州)有限公司``) or the group (``某某实业(集团)有限公司``).

    >>> bracketed_in_a_name("集团"), bracketed_in_a_name("扬州"), bracketed_in_a_name("左一")
    (True, True, False)
    """
    return words in _BRACKETED_WORDS or bool(gazetteer().lookup(words))


@lexicon.cached
def body_kinds() -> dict[str, str]:
    """The kind (an :class:`OrgKind` value) of each generic body word, from ``kg/data/bodies.txt``.

    >>> body_kinds()["纪委监委"], body_kinds()["行政公署"]
    ('discipline', 'government')
    """
    return {line.split("\t")[0]: OrgKind(line.split("\t")[1]).value for _, line in lexicon.lines("bodies")}


@lexicon.cached
def suffix_rows() -> tuple[tuple[str, str, int], ...]:
    """``(suffix, kind, shortest stem)`` rows of ``org_suffixes.txt``, longest suffix first."""
    rows = []
    for _, line in lexicon.lines("org_suffixes"):
        parts = [p.strip() for p in line.split("\t")]
        rows.append((parts[0], parts[1], int(parts[2]) if len(parts) > 2 else 0))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lexicon.cached
def suffixes() -> tuple[tuple[str, str], ...]:
    return tuple((s, k) for s, k, _ in suffix_rows())


@lexicon.cached
def min_stems() -> dict[str, int]:
    return {s: n for s, _, n in suffix_rows()}


@lexicon.cached
def ethnic_groups() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("ethnic_groups"), key=len, reverse=True))


@lexicon.cached
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def is_place_name(word: str) -> bool:
    """True when ``word`` is the name or short form of a county or larger division (恩施, 沂南)."""
    return any(d.level in ("province", "prefecture", "county") for d in gazetteer().lookup(word))


@lexicon.cached
def suffix_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s, _ in suffixes()))


@lexicon.cached
def left_stops() -> frozenset[str]:
    return lexicon.words("org_left_stops")


CHIEF_CORES = ("河长", "湖长", "林长")
"""River, lake and forest chiefs (titles.txt): posts of no body, so no title inside a body's name (省河长办)."""


@lexicon.cached
def titles() -> tuple[str, ...]:
    words = set(lexicon.table("titles")) | set(lexicon.words("business_titles"))
    return tuple(sorted((w for w in words if not w.endswith(CHIEF_CORES)), key=len, reverse=True))


@lexicon.cached
def titles_by_char() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """:func:`titles` indexed by first and by last character (same order): a lookup, not a scan."""
    first: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for t in titles():
        if t:
            first.setdefault(t[0], []).append(t)
            last.setdefault(t[-1], []).append(t)
    return {k: tuple(v) for k, v in first.items()}, {k: tuple(v) for k, v in last.items()}


@lexicon.cached
def public_names_by_last() -> dict[str, tuple[str, ...]]:
    """Names of public bodies in the lexicon (:func:`known_names` order) by their last character."""
    out: dict[str, list[str]] = {}
    for n, kind, _ in known_names():
        if n and kind in PUBLIC_KINDS:
            out.setdefault(n[-1], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@lexicon.cached
def known_names() -> tuple[tuple[str, str, str | None], ...]:
    out = []
    for _, line in lexicon.lines("org_names"):
        parts = [p.strip() for p in line.split("\t")]
        out.append((parts[0], parts[1], parts[2] if len(parts) > 2 else None))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


@lexicon.cached
def known_names_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n, _, _ in known_names()))


@lexicon.cached
def province_shorts() -> frozenset[str]:
    return frozenset(provinces())
