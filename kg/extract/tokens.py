"""Tokenisation with character offsets, on jieba's dictionary.

Two backends tag with the same dictionary: ``rjieba`` (a binding of jieba's
Rust port, ≈10× faster; the default when installed) and ``jieba`` (the
reference, pure Python). Choose with the environment variable
``KG_TOKENIZER=jieba|rjieba``. The two differ on a few per cent of tokens
(HMM segmentation of unknown words); ``tests/extract/test_tokens.py`` bounds
how much that changes extraction.

Tokens are cached for the last few texts, so every extractor of one
document may call :func:`tokenize` on ``doc.text`` and only the first pays.

jieba keeps its dictionary, once parsed, in ``jieba.cache``, by default in the
shared temp folder, where another local user could replace it and change what
kg extracts. kg points it at ``jieba-<version>/`` in the per-user cache folder
(:func:`kg.safeio.default_cache_dir`, owner only), or, when that folder cannot
be created or others may write to it, at a fresh private temp folder
(:func:`_jieba_cache_dir`). In the per-user folder kg also keeps ``jieba.posseg``'s
word → tag table (``word_tags.marshal``, :func:`_import_posseg`), checked against the
dictionary it was made from. rjieba keeps no cache on disk.

>>> [(t.start, t.word) for t in tokenize("市委书记出席会议")]
[(0, '市委书记'), (4, '出席会议')]
>>> tokenize("会议") is tokenize("会议")
True
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib
import io
import logging
import marshal
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial
from itertools import accumulate
from pathlib import Path
from types import ModuleType
from typing import IO, Any, NamedTuple

import jieba

from kg.errors import ConfigError
from kg.safeio import default_cache_dir, make_private_dir, shared_problem

__all__ = [
    "BACKENDS",
    "CLAUSE_BREAKS",
    "Token",
    "backend",
    "dictionary_tokens",
    "is_word",
    "tokenize",
    "tokenize_around",
    "tokenize_before",
    "word_tags",
]

jieba.setLogLevel(logging.WARNING)

_HAN = re.compile(r"[\u4e00-\u9fd5]")
_HMM_CUES = frozenset("省市区县旗州盟镇乡村街道")
"""Characters that end administrative divisions: a run of unknown characters holding one gets jieba's POS HMM."""

CLAUSE_BREAKS = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』…—")
"""Full-width punctuation: outside every backend's word-block class (Han, Latin, digits, ``+#&._%-``)
and not whitespace, so each is a token of its own and no token ever spans one. Tokenising the text
between two of them therefore gives the very tokens the whole text gives there (see :func:`tokenize_around`)."""

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
    jieba.dt.initialize()


def _private_folder(create: bool) -> Path | None:
    """``jieba-<version>/`` in the per-user cache folder when only this user may write to it, else None;
    ``create``: made (owner-only) if missing, else None when missing."""
    root = default_cache_dir()
    folder = root / f"jieba-{jieba.__version__}"
    try:
        if create:
            make_private_dir(root)
        if shared_problem(root) is None:  # nothing is created in a folder others may write to
            if create:
                make_private_dir(folder)
            if shared_problem(folder) is None and folder.is_dir():
                return folder
    except OSError:
        pass
    return None


@cache
def _jieba_cache_dir() -> str:
    """A folder only this user may write to, for ``jieba.cache``: in the per-user cache folder when it is safe."""
    folder = _private_folder(create=True)
    if folder is not None:
        return str(folder)
    fresh = tempfile.mkdtemp(prefix="kg-jieba-")  # mode 0700, a name nobody could plant in advance
    atexit.register(shutil.rmtree, fresh, ignore_errors=True)
    return fresh


def _initialize_privately(dictionary: str | None = None) -> None:
    """``jieba.dt.initialize`` with the dictionary cache in :func:`_jieba_cache_dir`, whoever calls jieba first."""
    jieba.dt.tmp_dir = _jieba_cache_dir()
    level = jieba.default_logger.level
    jieba.setLogLevel(logging.CRITICAL)  # a cache jieba cannot write (a full disk) costs time only: no traceback
    try:
        jieba.Tokenizer.initialize(jieba.dt, dictionary)
    finally:
        jieba.setLogLevel(level)
    folder = _private_folder(create=False) if _unsaved_word_tags else None
    if folder is not None and str(folder) == jieba.dt.tmp_dir:  # not a temporary folder removed at exit
        with contextlib.suppress(IndexError):  # another thread took it
            _save_word_tags(folder, *_unsaved_word_tags.pop())


jieba.dt.initialize = _initialize_privately  # type: ignore[method-assign]
"""Every route into jieba (``jieba.cut``, ``jieba.posseg``, :func:`_init`) initialises through this."""


class _WholeFileMarshal:
    """The ``marshal`` jieba's module sees: :meth:`load` reads the file in one call, the rest is ``marshal``'s own.

    ``marshal.load`` of a file object reads it piece by piece through Python-level ``readinto`` calls, one
    or more per object: jieba's cache (9 MB, ≈ 500,000 words and prefixes) took 0.8 s of CPU to load that
    way in every new process, 0.24 s read whole. Same objects, same errors (a truncated or corrupted cache
    raises as before, and jieba rebuilds it from its dictionary); ``dump`` and everything else is looked up
    in ``marshal`` when called.
    """

    @staticmethod
    def load(file: IO[bytes]) -> Any:
        """``marshal.load(file)``, the file read whole first."""
        return marshal.loads(file.read())

    def __getattr__(self, name: str) -> Any:
        return getattr(marshal, name)


jieba.marshal = _WholeFileMarshal()  # type: ignore[attr-defined]

_WORD_TAGS = "word_tags.marshal"
"""jieba.posseg's word → tag table, cached next to ``jieba.cache`` (:func:`_import_posseg`)."""
_WORD_TAGS_HEAD = b"kg word tags 2\n"
_unsaved_word_tags: list[tuple[bytes, dict[str, str]]] = []
"""The table and its dictionary's digest, when it was read from the dictionary and is to be cached."""


def _dictionary_digest() -> bytes:
    """SHA-256 of the dictionary jieba reads its words and tags from (the packaged ``dict.txt``)."""
    with jieba.dt.get_dict_file() as f:
        return hashlib.sha256(f.read()).digest()


def _load_word_tags(folder: Path, digest: bytes) -> dict[str, str] | None:
    """The cached table of the dictionary with this digest, or None (missing, stale, damaged, unreadable).

    The file is :data:`_WORD_TAGS_HEAD`, the dictionary's digest, the SHA-256 of the rest, then the table
    (:func:`_save_word_tags`): a cache of another dictionary, or cut short, or with a byte changed, is not used.
    """
    try:
        data = (folder / _WORD_TAGS).read_bytes()
    except OSError:
        return None
    head = _WORD_TAGS_HEAD + digest
    body = memoryview(data)[len(head) + 32 :]
    if not data.startswith(head) or data[len(head) : len(head) + 32] != hashlib.sha256(body).digest():
        return None
    try:
        words, tags, codes = marshal.loads(body)
        if type(words) is not str or type(tags) is not list or type(codes) is not bytes:
            return None
        table = dict(zip(words.split("\n"), map(tags.__getitem__, codes), strict=True))
    except (EOFError, ValueError, TypeError, IndexError):
        return None
    return table if all(type(t) is str for t in tags) else None


def _save_word_tags(folder: Path, digest: bytes, table: dict[str, str]) -> None:
    """Write the table for :func:`_load_word_tags`, atomically (a temporary file, renamed); a cache that
    cannot be written (a full disk) costs time only.

    The words are one string (a dictionary word holds no line break: the dictionary is one word a line),
    each word's tag a byte indexing the list of tags: read back in a third of the time a marshalled ``dict``
    of 349,000 words takes, most of which is making 349,000 tag strings.
    """
    tags = sorted(set(table.values()))
    if len(tags) > 256 or any("\n" in w for w in table):
        return
    index = {t: i for i, t in enumerate(tags)}
    body = marshal.dumps(("\n".join(table), tags, bytes(index[t] for t in table.values())))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".word_tags.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_WORD_TAGS_HEAD + digest + hashlib.sha256(body).digest() + body)
            os.replace(temp, folder / _WORD_TAGS)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError:
        pass


def _import_posseg() -> ModuleType:
    """``jieba.posseg``, with its word → tag table from the cache when there is a good one.

    Importing ``jieba.posseg`` parses jieba's dictionary text (349,000 lines) into that table: 0.3 s of
    CPU in every new process; the cache in the per-user jieba folder (:func:`_private_folder`) loads in
    a third of that. Missing or not usable, the import reads the text as always, and the table is cached
    when jieba first initialises (:func:`_initialize_privately`, which writes ``jieba.cache`` too). Imported
    earlier (by other code), ``jieba.posseg`` is used as it is. kg imports ``jieba.posseg`` only here.
    """
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    digest = _dictionary_digest()
    folder = _private_folder(create=False)
    tags = _load_word_tags(folder, digest) if folder is not None else None
    if tags is None:
        module = importlib.import_module("jieba.posseg")
        # a copy as parsed: jieba merges a user's add_word/load_userdict tags into the live table later
        _unsaved_word_tags.append((digest, dict(module.dt.word_tag_tab)))
        return module
    importing = threading.get_ident()

    def dictionary_file() -> IO[bytes]:  # for this import, empty (the table is replaced below); others read the text
        return io.BytesIO(b"") if threading.get_ident() == importing else jieba.Tokenizer.get_dict_file(jieba.dt)

    jieba.dt.get_dict_file = dictionary_file  # type: ignore[method-assign]
    try:
        module = importlib.import_module("jieba.posseg")
    finally:
        del jieba.dt.get_dict_file
    module.dt.word_tag_tab = tags
    return module


posseg = _import_posseg()
"""``jieba.posseg`` (:func:`_import_posseg`); other modules use it from here, so that this import comes first."""


def word_tags() -> dict[str, str]:
    """jieba's word → POS tag table (``jieba.posseg``'s): every dictionary word's tag.

    >>> word_tags()["会议"]
    'n'
    """
    return posseg.dt.word_tag_tab


def tokenize(text: str) -> tuple[Token, ...]:
    """POS-tagged tokens of ``text`` with offsets (HMM on for unknown names), cached per text."""
    return _tokenize(text, backend())


@lru_cache(maxsize=8)
def _tokenize(text: str, name: str) -> tuple[Token, ...]:
    return tuple(_tokens(text, name, 0))


def _tokens(text: str, name: str, offset: int) -> Iterator[Token]:
    return _with_offsets(_tag_rjieba(text) if name == "rjieba" else _tag_jieba(text), offset)


_new_token = partial(tuple.__new__, Token)
"""``Token(*fields)`` without the Python-level ``__new__``: tokens are made by the hundred thousand."""


def _with_offsets(pairs: Sequence[tuple[str, str]], offset: int = 0) -> Iterator[Token]:
    words = [w for w, _ in pairs]
    tags = [p for _, p in pairs]
    ends = list(accumulate(map(len, words), initial=offset))
    # Token(start, end, word, pos) built in C; ends holds one more offset than there are words
    return map(_new_token, zip(ends, ends[1:], words, tags, strict=False))


def tokenize_around(text: str, positions: Iterable[int]) -> Iterator[Token]:
    """The tokens of :func:`tokenize` ``(text)`` that lie in a clause holding one of ``positions``, in text order.

    A clause runs between two :data:`CLAUSE_BREAKS`. Both backends cut text
    into blocks of word characters and segment each block on its own; a
    clause break is never inside a block, is a token by itself, and ends
    any run of single characters, so the tokens of a clause do not depend
    on the text around it. A rule that reads only the tokens near a few
    candidates pays for those clauses instead of the whole page.

    >>> text = "会议由张三主持，李四说：好。"
    >>> [t.word for t in tokenize_around(text, [9])]
    ['李四', '说']
    >>> set(tokenize_around(text, [9])) <= set(tokenize(text))
    True
    """
    name = backend()
    for a, b in _clauses(text, positions):
        yield from _tokens(text[a:b], name, a)


def _clauses(text: str, positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each clause (between two :data:`CLAUSE_BREAKS`) holding one of ``positions``,
    in text order."""
    n = len(text)
    done = -1  # end of the last clause
    for p in sorted(positions):
        if p < done or not 0 <= p < n or text[p] in CLAUSE_BREAKS:
            continue
        a = p
        while a > 0 and text[a - 1] not in CLAUSE_BREAKS:
            a -= 1
        b = p + 1
        while b < n and text[b] not in CLAUSE_BREAKS:
            b += 1
        yield a, b
        done = b


def tokenize_before(text: str, ends: Iterable[int]) -> Iterator[Token]:
    """:func:`tokenize_around` ``(text, [e - 1 for e in ends])`` less the tokens of the runs of single
    characters that neither hold a token ending at one of ``ends`` nor stand right before one.

    A rule that reads only the tokens ending at ``ends`` (a name before a speech verb) and the token
    before each gets every one of them, as :func:`tokenize` gives them, while the runs elsewhere in
    those clauses (where rjieba's backend sends unknown words to jieba's POS HMM, most of the cost)
    are left untagged; the other dictionary words all come. The jieba backend tags whole clauses.

    >>> text = "在某某镇调研时王小明说：好。"
    >>> [t.word for t in tokenize_before(text, [text.index("说")])]
    ['某某', '调研', '时', '王小明']
    >>> set(tokenize_before(text, [text.index("说")])) <= set(tokenize_around(text, [text.index("说") - 1]))
    True
    """
    name = backend()
    targets = sorted(set(ends))
    if name != "rjieba":
        yield from tokenize_around(text, [e - 1 for e in targets])
        return
    import rjieba

    for a, b in _clauses(text, [e - 1 for e in targets]):
        inside = [e for e in targets if a < e <= b]  # the token ending at e holds text[e - 1]
        pieces = _pieces(rjieba.tag(text[a:b], hmm=False), a)
        for k, (s, e, pairs, is_run) in enumerate(pieces):
            if not is_run:
                yield _new_token((s, e, *pairs[0]))
                continue
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if any(s < t <= e or (nxt is not None and nxt[0] < t <= nxt[1]) for t in inside):
                yield from _with_offsets(pairs if len(pairs) == 1 else _tag_run("".join(w for w, _ in pairs)), s)


def _pieces(pairs: Iterable[tuple[str, str]], offset: int) -> list[tuple[int, int, list[tuple[str, str]], bool]]:
    """rjieba's dictionary route cut into ``(start, end, pairs, is_run)``: one word, or a run of single
    Han characters (which :func:`_tag_rjieba` tags as one)."""
    out: list[tuple[int, int, list[tuple[str, str]], bool]] = []
    run: list[tuple[str, str]] = []
    k = offset
    for pair in pairs:
        if len(pair[0]) == 1 and _HAN.match(pair[0]):
            run.append(pair)
            continue
        if run:
            out.append((k, k + len(run), run, True))
            k, run = k + len(run), []
        out.append((k, k + len(pair[0]), [pair], False))
        k += len(pair[0])
    if run:
        out.append((k, k + len(run), run, True))
    return out


def _tag_jieba(text: str) -> list[tuple[str, str]]:
    _init()
    return [(p.word, p.flag) for p in posseg.cut(text, HMM=True)]


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


@lru_cache(maxsize=8)
def dictionary_tokens(text: str) -> tuple[Token, ...]:
    """Tokens of jieba's dictionary route alone (no HMM): the same for both backends.

    Unknown words come out as runs of single characters, which is where a name the
    dictionary does not know hides (``王 建 军``); rules that read such runs give the
    same result whichever backend is installed.

    >>> [t.word for t in dictionary_tokens("村民贺秋菊说")]
    ['村民', '贺', '秋', '菊', '说']
    """
    return _dictionary_route(text)


def _dictionary_route(text: str) -> tuple[Token, ...]:
    """:func:`dictionary_tokens` made afresh (a short window's, kept out of the pages' cache)."""
    if backend() == "rjieba":
        import rjieba

        pairs = rjieba.tag(text, hmm=False)
    else:
        _init()
        pairs = [(p.word, p.flag) for p in posseg.cut(text, HMM=False)]
    return tuple(_with_offsets(pairs))


def segmented_at(text: str, start: int, stop: int, reach: int = 6) -> bool:
    """Whether jieba's dictionary route, run over ``reach`` characters either side, cuts ``text`` at
    ``start`` and at ``stop`` (``前往|日本``, but ``依法|国有`` has no cut before 国).

    >>> segmented_at("前往日本访问", 2, 4), segmented_at("依法国有", 1, 3)
    (True, False)
    """
    lo = max(0, start - reach)
    cuts = {t.start + lo for t in _dictionary_route(text[lo : stop + reach])}
    return start in cuts and (stop in cuts or stop >= len(text))


def is_word(word: str, min_freq: int = 1) -> bool:
    """True when jieba's dictionary knows ``word`` with at least ``min_freq``."""
    _init()
    return (jieba.dt.FREQ.get(word) or 0) >= min_freq


def word_freq(word: str) -> int:
    """``word``'s frequency in jieba's dictionary (0 when it does not list it)."""
    _init()
    return jieba.dt.FREQ.get(word) or 0
