"""Tokenisation with character offsets, on jieba's dictionary.

Two backends tag with the same dictionary: ``rjieba`` (a binding of jieba's
Rust port, ≈10× faster; the default when installed) and ``jieba`` (the
reference, pure Python). Choose with the environment variable
``KG_TOKENIZER=jieba|rjieba``. The two differ on a few per cent of tokens
(HMM segmentation of unknown words); ``tests/extract/test_tokens.py`` bounds
how much that changes extraction.

Tokens are cached for the last few texts, so every extractor of one
document may call :func:`tokenize` on ``doc.text`` and only the first pays.

>>> [(t.start, t.word) for t in tokenize("市委书记出席会议")]
[(0, '市委书记'), (4, '出席会议')]
>>> tokenize("会议") is tokenize("会议")
True
"""

from __future__ import annotations

import logging
import os
import re
from functools import cache, lru_cache
from typing import NamedTuple

import jieba
import jieba.posseg

from kg.errors import ConfigError

__all__ = ["BACKENDS", "Token", "backend", "is_word", "tokenize"]

jieba.setLogLevel(logging.WARNING)

_HAN = re.compile(r"[\u4e00-\u9fd5]")
_HMM_CUES = frozenset("省市区县旗州盟镇乡村街道")
"""Characters that end administrative divisions: a run of unknown characters holding one gets jieba's POS HMM."""

BACKENDS = ("rjieba", "jieba")
"""Tokenizer backends, fastest first; ``KG_TOKENIZER`` picks one."""


class Token(NamedTuple):
    """One token: clean-text offsets ``[start, end)``, the word and its jieba POS tag."""

    start: int
    end: int
    word: str
    pos: str


def backend() -> str:
    """The tokenizer backend in use: ``$KG_TOKENIZER``, else rjieba when installed, else jieba.

    >>> backend() in BACKENDS
    True
    """
    name = os.environ.get("KG_TOKENIZER", "").strip().lower()
    if name:
        if name not in BACKENDS:
            raise ConfigError(f"KG_TOKENIZER={name!r} is not a tokenizer; use one of: {', '.join(BACKENDS)}")
        return name
    return "rjieba" if _has_rjieba() else "jieba"


@cache
def _has_rjieba() -> bool:
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def _init() -> None:
    jieba.initialize()


def tokenize(text: str) -> tuple[Token, ...]:
    """POS-tagged tokens of ``text`` with offsets (HMM on for unknown names), cached per text."""
    return _tokenize(text, backend())


@lru_cache(maxsize=8)
def _tokenize(text: str, name: str) -> tuple[Token, ...]:
    pairs = _tag_rjieba(text) if name == "rjieba" else _tag_jieba(text)
    out: list[Token] = []
    i = 0
    for word, pos in pairs:
        out.append(Token(i, i + len(word), word, pos))
        i += len(word)
    return tuple(out)


def _tag_jieba(text: str) -> list[tuple[str, str]]:
    _init()
    return [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=True)]


def _tag_rjieba(text: str) -> list[tuple[str, str]]:
    """rjieba's dictionary route; runs of unknown single characters as jieba.posseg would read them.

    jieba.posseg sends each run of single-character words to its joint
    word/POS HMM, which is what finds unknown names (``某某镇`` → ``ns``) and
    costs most of its time. Here only runs that hold a division character
    after their first character (where a place name, stem + division, may
    hide) go to that HMM; the other runs get rjieba's segmentation HMM,
    which is ~20× cheaper.
    """
    import rjieba

    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for pair in rjieba.tag(text, hmm=False):
        if len(pair[0]) == 1 and _HAN.match(pair[0]):
            run.append(pair)
            continue
        if run:
            out.extend(run if len(run) == 1 else _tag_run("".join(w for w, _ in run)))
            run.clear()
        out.append(pair)
    if run:
        out.extend(run if len(run) == 1 else _tag_run("".join(w for w, _ in run)))
    return out


@lru_cache(maxsize=1 << 16)
def _tag_run(chars: str) -> tuple[tuple[str, str], ...]:
    """One run of single characters, tagged (runs recur: ``我市``, ``该区``, so remembered)."""
    if _HMM_CUES.intersection(chars[1:]):  # a place name needs a stem before its division character
        return tuple(_tag_jieba(chars))
    import rjieba

    return tuple(rjieba.tag(chars, hmm=True))


def is_word(word: str, min_freq: int = 1) -> bool:
    """True when jieba's dictionary knows ``word`` with at least ``min_freq``."""
    _init()
    return (jieba.get_FREQ(word) or 0) >= min_freq
