"""A knowledge base moved to an anonymous temporary file while a build writes its graph files, read back on first use.

Once the graph is made, the graph files (RDF, GraphML, HTML) read only the graph; the knowledge base
(every mention, relation, entity and page record) is needed again only if a caller asks for
``BuildResult.kb``. A build moves it to disk in between, so the writers' peak does not hold both.
It is written a chunk at a time (each chunk pickled on its own, so no table of every object pickled
is held), into a file only this process can reach (unlinked as it is made), and read back whole:

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> kb = resolve([extract(Document(id=f"{i}.txt", text="市长张三丰出席会议。")) for i in (1, 2)])
>>> held = SpilledKnowledge(kb, chunk=1)
>>> again = held.load()
>>> again == kb, again.mention_stats() == kb.mention_stats(), held.load() is again
(True, True, True)
"""

from __future__ import annotations

import pickle
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from typing import IO, Any

from kg.mention_columns import MentionColumns
from kg.resolve import KnowledgeBase

__all__ = ["SpilledKnowledge"]

CHUNK = 4_096
"""Items pickled together (each chunk with its own memo: sharing across chunks is not kept)."""


class SpilledKnowledge:
    """``kb`` written to an anonymous temporary file now; :meth:`load` gives it back (the same, equal
    field by field), read once. Mentions that are neither :class:`~kg.mention_columns.MentionColumns`
    nor a tuple (a Dask build's file-backed log) stay as they are, in memory.

    The file is this process's own (data it wrote, never read from elsewhere) and is gone once closed.
    """

    def __init__(self, kb: KnowledgeBase, chunk: int = CHUNK) -> None:
        self._file: IO[bytes] | None = tempfile.TemporaryFile()  # noqa: SIM115 - closed by load, or when collected
        weakref.finalize(self, self._file.close)
        self._kb: KnowledgeBase | None = None
        mentions = kb.mentions
        self._mentions_tuple = type(mentions) is tuple
        own = self._mentions_tuple or isinstance(mentions, MentionColumns)
        self._mentions: Sequence[Any] | None = None if own else mentions
        f = self._file
        self._counts = [
            _dump(f, kb.documents, chunk),
            _dump(f, kb.entities, chunk),
            0 if self._mentions is not None else _dump_mentions(f, mentions, chunk),
            _dump(f, kb.relations, chunk),
            _dump(f, tuple(kb.mention_stats().items()), chunk),
        ]
        f.flush()

    def load(self) -> KnowledgeBase:
        """The knowledge base, read back on the first call (the file is closed then)."""
        if self._kb is None:
            f = self._file
            assert f is not None
            f.seek(0)
            documents, entities, mentions, relations, stats = (tuple(_load(f, n)) for n in self._counts)
            if self._mentions is not None:
                held: Sequence[Any] = self._mentions
            elif self._mentions_tuple:
                held = mentions
            else:
                held = mentions[0] if mentions else MentionColumns()
            self._kb = KnowledgeBase.of(documents, entities, held, relations, dict(stats))
            f.close()
            self._file = None
        return self._kb


def _dump(f: IO[bytes], items: Sequence[Any], chunk: int) -> int:
    """``items`` pickled ``chunk`` at a time into ``f``; how many pickles were written."""
    n = 0
    for i in range(0, len(items), chunk):
        pickle.dump(tuple(items[i : i + chunk]), f, protocol=pickle.HIGHEST_PROTOCOL)
        n += 1
    return n


def _dump_mentions(f: IO[bytes], mentions: Sequence[Any], chunk: int) -> int:
    """Columns as one pickle (arrays and their shared tables: no object per mention); a tuple in chunks."""
    if isinstance(mentions, MentionColumns):
        pickle.dump((mentions,), f, protocol=pickle.HIGHEST_PROTOCOL)
        return 1
    return _dump(f, mentions, chunk)


def _load(f: IO[bytes], n: int) -> Iterator[Any]:
    """The items of the next ``n`` pickles of ``f``, in order."""
    for _ in range(n):
        yield from pickle.load(f)  # this process's own temporary file (see the class)
