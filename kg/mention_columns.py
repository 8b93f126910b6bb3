"""A corpus's mentions held as integer columns: a knowledge base's ``mentions`` without a Mention object each.

A :class:`~kg.model.Mention` is an object of 96 bytes and a reference of 8; a corpus holds one per name
it found, every one alive until the last output is written. :class:`MentionColumns` keeps, per
mention, its page's index, start, end and the index of its ``(text, type, name, qualifier, props)``
(which many mentions share) in four arrays: 24 bytes. Each mention read is a new
:class:`~kg.model.Mention` equal to the one added, field by field (``props`` of the same types:
``(("official", True),)`` is not stored as the equal ``(("official", 1),)``).

>>> from kg.model import Document
>>> doc = Document(id="a.txt", text="市长张三出席会议，张三讲话。")
>>> ms = [Mention.of(doc, 2, 4, EntityType.PERSON, official=True), Mention.of(doc, 9, 11, EntityType.PERSON)]
>>> cols = MentionColumns(ms)
>>> len(cols), list(cols) == ms, cols[-1] == ms[-1], cols[:1] == tuple(ms[:1]), cols == tuple(ms)
(2, True, True, True, True)
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from kg.model import Mention, Props
from kg.vocab import EntityType

__all__ = ["MentionColumns", "MentionTables"]

_Kind = tuple[str, EntityType, str, str, Props]
"""What many mentions share: text, type, name, qualifier, props."""


class MentionColumns(Sequence[Mention]):
    """Mentions in the order added, held as columns (see the module); filled by :meth:`extend`, then only read.

    Reading is safe from several threads once it is filled; ``==`` compares the mentions with another
    :class:`MentionColumns` or a tuple of mentions.
    """

    __slots__ = ("_doc", "_docs", "_end", "_kind", "_kinds", "_start")

    def __init__(self, mentions: Iterable[Mention] = (), tables: MentionTables | None = None) -> None:
        t = MentionTables() if tables is None else tables
        self._docs, self._kinds = t.docs, t.kinds
        self._doc = array("I")
        self._start = array("q")
        self._end = array("q")
        self._kind = array("I")
        self.extend(mentions, t)

    def extend(self, mentions: Iterable[Mention], tables: MentionTables | None = None) -> None:
        """Add ``mentions`` at the end (while the columns are being filled). ``tables`` are the ones these
        columns were made with, whose look-ups are kept; without, they are made for the call: add all at once."""
        t = MentionTables(self._docs, self._kinds) if tables is None else tables
        assert t.docs is self._docs and t.kinds is self._kinds, "the columns' own tables"
        doc, kind = t.doc, t.kind
        col_doc, col_start, col_end, col_kind = self._doc, self._start, self._end, self._kind
        for m in mentions:
            col_doc.append(doc(m.doc_id))
            col_start.append(m.start)
            col_end.append(m.end)
            col_kind.append(kind((m.text, m.type, m.name, m.qualifier, m.props)))

    def __len__(self) -> int:
        return len(self._doc)

    def __iter__(self) -> Iterator[Mention]:
        docs, kinds = self._docs, self._kinds
        for d, s, e, k in zip(self._doc, self._start, self._end, self._kind, strict=True):
            yield Mention(docs[d], s, e, *kinds[k])

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Mention, ...]: ...
    def __getitem__(self, i: int | slice) -> Mention | tuple[Mention, ...]:
        """One mention, or a tuple of those a slice takes (as the tuple this replaces gave)."""
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        return Mention(self._docs[self._doc[i]], self._start[i], self._end[i], *self._kinds[self._kind[i]])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MentionColumns | tuple):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"<MentionColumns: {len(self)} mentions>"


class MentionTables:
    """The page ids and kinds that :class:`MentionColumns` made with it share, and their look-ups.

    A build's :class:`kg.build.Compact` keeps one for the pages it compacts (so a name that many
    pages mention is one entry); the columns hold the tables, not the look-ups.

    >>> t = MentionTables()
    >>> t.kind(("a", EntityType.PERSON, "a", "", (("official", True),))), t.kind(("a", EntityType.PERSON, "a", "", ()))
    (0, 1)
    >>> t.kind(("a", EntityType.PERSON, "a", "", (("official", 1),))), t.doc("x.txt"), t.doc("x.txt")
    (2, 0, 0)
    """

    __slots__ = ("_doc_index", "_kind_index", "docs", "kinds")

    def __init__(self, docs: list[str] | None = None, kinds: list[_Kind] | None = None) -> None:
        self.docs: list[str] = [] if docs is None else docs
        self.kinds: list[_Kind] = [] if kinds is None else kinds
        self._doc_index = {d: i for i, d in enumerate(self.docs)}
        self._kind_index = {_key(k): i for i, k in enumerate(self.kinds)}

    def doc(self, doc_id: str) -> int:
        """The index of ``doc_id`` (added if new)."""
        i = self._doc_index.get(doc_id)
        if i is None:
            i = self._doc_index[doc_id] = len(self.docs)
            self.docs.append(doc_id)
        return i

    def kind(self, kind: _Kind) -> int:
        """The index of ``kind`` (added if new)."""
        key = _key(kind)
        i = self._kind_index.get(key)
        if i is None:
            i = self._kind_index[key] = len(self.kinds)
            self.kinds.append(kind)
        return i


def _key(kind: _Kind) -> tuple:
    """What tells kinds apart: equal props of other types (``True``, ``1``) are kept apart."""
    return (kind, repr(kind[4])) if kind[4] else kind
