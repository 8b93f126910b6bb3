"""Chinese personal names: where one starts and where it ends.

A name is a surname from ``kg/data/surnames.txt`` (compound ones first) and
one or two given-name characters. The boundary is decided by what follows:
a name never swallows the first character of a word from
``kg/data/name_stops.txt`` (``张三强调`` is ``张三`` + ``强调``), never starts
with a common dictionary word (``干部``, ``管理``), and never runs across an
OCR line join when it follows white space (a caption line followed by the
next paragraph).

>>> name_at("张三丰出席会议", 0), name_at("李四强调", 0), name_at("干部群众", 0)
(3, 2, 0)
>>> name_at("欧阳春雷说", 0)
4
"""

from __future__ import annotations

from collections.abc import Container

import jieba.posseg

from kg import lexicon
from kg.extract.tokens import is_word

__all__ = ["is_cjk", "is_name", "name_at", "surname_length"]

_COMMON_WORD = 300  # a 2-character candidate this frequent in jieba's dictionary is a word, not a name
_FUNCTION_CHARS = set("的在和与及等是了也都就对向将并")
_NOT_GIVEN = set("、，,。；;：:！？!?（）()“”\"'《》·/ \n\t\u3000")


def is_cjk(c: str) -> bool:
    """True for a CJK ideograph.

    >>> is_cjk("张"), is_cjk("A")
    (True, False)
    """
    return "\u4e00" <= c <= "\u9fff"


@lexicon.cached
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    s = lexicon.words("surnames")
    return frozenset(x for x in s if len(x) == 1), frozenset(x for x in s if len(x) == 2)


@lexicon.cached
def _stops() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("name_stops"), key=len, reverse=True))


def surname_length(text: str, i: int) -> int:
    """Length of the surname starting at ``text[i]`` (2 for compound surnames, 0 for none).

    >>> surname_length("司马光", 0), surname_length("王五", 0), surname_length("的人", 0)
    (2, 1, 0)
    """
    single, compound = _surnames()
    if text[i : i + 2] in compound:
        return 2
    if i < len(text) and text[i] in single:
        return 1
    return 0


def _starts_stop(text: str, i: int) -> bool:
    return any(text.startswith(w, i) for w in _stops())


def _is_common_word(word: str) -> bool:
    """A frequent dictionary word that jieba does not tag as a personal name."""
    if not is_word(word, _COMMON_WORD):
        return False
    return jieba.posseg.dt.word_tag_tab.get(word) not in ("nr", "nrt", "nrfg")


def name_at(text: str, i: int, breaks: Container[int] = (), after_space: bool = False) -> int:
    """Length of a personal name starting at ``text[i]`` (0 when none starts there).

    ``breaks`` holds offsets where the clean view joined two OCR lines; a name
    that follows white space (``局长 李红``) does not run across one.

    >>> name_at("王军 实习生", 0), name_at("市领导", 0)
    (2, 0)
    """
    sur = surname_length(text, i)
    if not sur:
        return 0
    given = 0
    k = i + sur
    while given < 2 and k < len(text):
        c = text[k]
        if not is_cjk(c) or c in _NOT_GIVEN:
            break
        if given >= 1 and _starts_stop(text, k):
            break
        if k in breaks and after_space:
            break
        given += 1
        k += 1
    if given == 0 or text[i + sur] in _FUNCTION_CHARS:
        return 0
    last = i + sur + given - 1
    if (
        given == 2
        and last + 2 <= len(text)
        and _is_common_word(text[last : last + 2])
        and not is_word(text[i + sur : last + 1], _COMMON_WORD)
    ):
        given = 1  # the last character starts the next word: 张三强调 -> 张三
    if sur == 1 and _is_common_word(text[i : i + 2]):
        return 0  # 干部, 管理, 班子: a word, not a surname + given name
    return sur + given


def is_name(word: str) -> bool:
    """True when the whole of ``word`` reads as one personal name.

    >>> is_name("张三丰"), is_name("强调"), is_name("张")
    (True, False, False)
    """
    return len(word) >= 2 and name_at(word, 0) == len(word)
