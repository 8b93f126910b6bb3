"""Tokenisation with jieba, with character offsets.

>>> [(t.start, t.word) for t in tokenize("市委书记出席会议")]
[(0, '市委书记'), (4, '出席会议')]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

import jieba
import jieba.posseg

__all__ = ["Token", "is_word", "tokenize"]

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str
    pos: str


@cache
def _init() -> None:
    jieba.initialize()


def tokenize(text: str) -> list[Token]:
    """POS-tagged tokens of ``text`` with offsets (jieba, HMM on for unknown names)."""
    _init()
    out: list[Token] = []
    i = 0
    for pair in jieba.posseg.cut(text, HMM=True):
        w = pair.word
        out.append(Token(i, i + len(w), w, pair.flag))
        i += len(w)
    return out


def is_word(word: str, min_freq: int = 1) -> bool:
    """True when jieba's dictionary knows ``word`` with at least ``min_freq``."""
    _init()
    return (jieba.get_FREQ(word) or 0) >= min_freq
