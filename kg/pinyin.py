"""Pinyin of names, with surnames read as surnames (单 → Shàn, not Dān): ``kg/data/surname_pinyin.tsv``.

pypinyin reads each character by its commonest reading, which for a handful
of surnames is not how the surname is said. For a person's name the longest
surname in the table that opens it is read from the table, the rest by
pypinyin; other names are read by pypinyin alone.

>>> person_syllables("单雄信"), person_syllables("欧阳修", style="plain")
((('shàn',), ('xióng', 'xìn')), (('ou', 'yang'), ('xiu',)))
>>> person_key("曾小明")
'zengxiaoming'
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

from pypinyin import Style, lazy_pinyin

__all__ = ["person_key", "person_syllables", "surname_readings"]


@cache
def surname_readings() -> dict[str, tuple[str, ...]]:
    """``surname → syllables with tone marks`` from ``kg/data/surname_pinyin.tsv``."""
    out: dict[str, tuple[str, ...]] = {}
    for line in files("kg").joinpath("data", "surname_pinyin.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surname, _, reading = line.partition("\t")
            syllables = tuple(reading.split())
            if len(syllables) == len(surname):
                out[surname] = syllables
    return out


def _plain(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c)).replace("ü", "v")


def person_syllables(name: str, style: str = "tone") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(surname syllables, given-name syllables)`` of a person's name: the surname by the table when it is there.

    ``style`` is ``tone`` (tone marks) or ``plain``. A name not in Chinese characters is one "syllable".
    """
    pstyle = Style.TONE if style == "tone" else Style.NORMAL
    table = surname_readings()
    surname = next((name[:n] for n in (2, 1) if len(name) > n and name[:n] in table), None)
    if surname is not None:
        head = table[surname] if style == "tone" else tuple(_plain(s) for s in table[surname])
        cut = len(surname)
    else:
        cut = 2 if len(name) > 2 and name[:2] in _compound() else 1
        head = tuple(lazy_pinyin(name[:cut], style=pstyle, errors="default"))
    return head, tuple(lazy_pinyin(name[cut:], style=pstyle, errors="default"))


@cache
def _compound() -> frozenset[str]:
    """The compound surnames of ``kg/data/surnames.txt`` (written apart from the given name in pinyin)."""
    text = files("kg").joinpath("data", "surnames.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split() if len(w) == 2)


def person_key(name: str) -> str:
    """Toneless pinyin without spaces of a person's name, its surname read as a surname (for search)."""
    head, rest = person_syllables(name, style="plain")
    return "".join((*head, *rest)).lower()
