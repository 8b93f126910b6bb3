"""Entity resolution: one :class:`~kg.model.Entity` per real-world entity across documents.

Mentions are grouped by their key (type + canonical name + qualifier); the
entity's id is ``<type>/<name>`` (``@<qualifier>`` appended when set). Persons
who share a name but hold posts in incompatible jurisdictions are told apart
first (:mod:`kg.person_scope`).

>>> from kg.model import Document
>>> from kg.extract import extract
>>> docs = [Document(id=f"{i}.txt", text="市长张三丰出席会议。") for i in (1, 2)]
>>> kb = resolve([extract(d) for d in docs])
>>> [e.id for e in kb.entities if e.type is EntityType.PERSON]
['person/张三丰']
>>> len(kb.mentions_of("person/张三丰"))
2
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.extract.base import Extraction
from kg.extract.orgcanon import short_forms
from kg.mention_columns import MentionColumns
from kg.model import Document, Entity, EntityRef, Mention, Relation, props
from kg.person_scope import person_qualifiers, qualify
from kg.vocab import EntityType, Predicate

__all__ = ["EntityPart", "EntityTable", "KnowledgeBase", "MentionStats", "entity_id", "finish", "resolve"]


def entity_id(ref: EntityRef) -> str:
    """The stable id of the entity a key stands for: ``person/张三``."""
    return str(ref)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything extracted from a corpus, with mentions and relations tied to entities."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    mentions: Sequence[Mention]  # MentionColumns (or a tuple); a Dask build's client reads them from disk as asked
    relations: tuple[Relation, ...]
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)
    _mentions_by_id: dict[str, list[Mention]] = field(default_factory=dict, repr=False, compare=False)
    _stats: dict[str, MentionStats] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        documents: tuple[Document, ...],
        entities: tuple[Entity, ...],
        mentions: Sequence[Mention],
        relations: tuple[Relation, ...],
        stats: dict[str, MentionStats] | None = None,
    ) -> KnowledgeBase:
        """A knowledge base with its id index, and ``stats`` (:meth:`mention_stats`) when they are known."""
        kb = cls(documents, entities, mentions, relations)
        kb._by_id.update((e.id, e) for e in entities)
        if stats:
            kb._stats.update(stats)
        return kb

    def entity(self, ref: EntityRef | str) -> Entity:
        """The entity with this id, or that this key resolves to."""
        return self._by_id[ref if isinstance(ref, str) else entity_id(ref)]

    def mentions_of(self, entity: str) -> list[Mention]:
        """The mentions of one entity, in corpus order (an index lookup, not a scan)."""
        if not self._mentions_by_id and self.mentions:
            for m in self.mentions:
                self._mentions_by_id.setdefault(entity_id(m.ref), []).append(m)
        return list(self._mentions_by_id.get(entity, ()))

    def mention_stats(self) -> dict[str, MentionStats]:
        """Entity id → where it is mentioned and how often (entities never mentioned are left out)."""
        if not self._stats and self.mentions:
            docs: dict[str, set[str]] = {}
            counts: dict[str, int] = {}
            for m in self.mentions:
                n = entity_id(m.ref)
                docs.setdefault(n, set()).add(m.doc_id)
                counts[n] = counts.get(n, 0) + 1
            self._stats.update((n, MentionStats(tuple(sorted(d)), counts[n])) for n, d in docs.items())
        return self._stats


_MERGE_TRUE = {"official"}  # a person is an official when any mention says so

Order = tuple[str, int]
"""Where a page said something: ``(doc id, index of the mention in the page)``; the first said wins."""


@dataclass(frozen=True, slots=True)
class EntityPart:
    """What some pages say of one entity key: a partial aggregate, combined with :meth:`merge`.

    ``surfaces`` are the spellings other than the name; ``attrs`` each attribute's first value with where it
    was said (``official`` apart: true when any page says so, ``None`` when none says); ``docs`` and
    ``mentions`` where and how often the entity is mentioned. Merging is associative and commutative, so
    the entity does not depend on how the pages were split or in which order the parts were merged.

    >>> ref = EntityRef(EntityType.PERSON, "张三")
    >>> a = EntityPart(ref, frozenset({"张 三"}), (("role", ("b.txt", 0), "reporter"),), None, frozenset({"b.txt"}), 1)
    >>> b = EntityPart(ref, frozenset(), (("role", ("a.txt", 3), "mayor"),), True, frozenset({"a.txt"}), 2)
    >>> a.merge(b) == b.merge(a), a.merge(b).entity()
    (True, Entity(id='person/张三', type=<EntityType.PERSON: 'Person'>, name='张三', aliases=('张 三',), \
props=(('official', True), ('role', 'mayor'))))
    """

    ref: EntityRef
    surfaces: frozenset[str] = frozenset()
    attrs: tuple[tuple[str, Order, Any], ...] = ()  # sorted by attribute
    official: bool | None = None
    docs: frozenset[str] = frozenset()
    mentions: int = 0

    def merge(self, other: EntityPart) -> EntityPart:
        """Both parts' facts (of the same key)."""
        attrs = {k: (o, v) for k, o, v in self.attrs}
        for k, o, v in other.attrs:
            if k not in attrs or o < attrs[k][0]:
                attrs[k] = (o, v)
        official = self.official if other.official is None else bool(self.official) or other.official
        return EntityPart(
            self.ref,
            self.surfaces | other.surfaces,
            tuple((k, o, v) for k, (o, v) in sorted(attrs.items())),
            official,
            self.docs | other.docs,
            self.mentions + other.mentions,
        )

    def entity(self) -> Entity:
        """The finish step: the resolved entity."""
        a = {k: v for k, _, v in self.attrs}
        if self.official is not None:
            a["official"] = self.official
        elif self.ref.type is EntityType.PERSON:
            a["official"] = False
        ref = self.ref
        surfaces = self.surfaces.union(short_forms(ref.name)) if ref.type is EntityType.ORGANIZATION else self.surfaces
        return Entity(entity_id(ref), ref.type, ref.name, tuple(sorted(surfaces - {ref.name})), props(**a))


class _Acc:
    """One entity's facts while pages are added (mutable; :meth:`EntityTable.parts` freezes them)."""

    __slots__ = ("attrs", "docs", "mentions", "official", "surfaces")

    def __init__(self) -> None:
        self.surfaces: set[str] = set()
        self.attrs: dict[str, tuple[Order, Any]] = {}
        self.official: bool | None = None
        self.docs: set[str] = set()
        self.mentions = 0


class EntityTable:
    """The map step of resolution: entity key → what the pages added so far say of it.

    Pages are added in any order (already qualified: :func:`kg.person_scope.qualify`); :meth:`parts`
    gives the partial aggregates to merge with another table's (:meth:`EntityPart.merge`), and
    :meth:`entities` finishes them. :func:`resolve` is one table over every page; a Dask build makes
    one per partition on the workers and merges the parts by key there (:mod:`kg.dask_resolve`).

    >>> from kg.model import Document
    >>> from kg.extract import extract
    >>> t = EntityTable()
    >>> t.add(extract(Document(id="a.txt", text="市长张三丰出席会议。")))
    >>> [(p.ref.name, sorted(p.docs), p.mentions) for p in t.parts() if p.ref.type is EntityType.PERSON]
    [('张三丰', ['a.txt'], 1)]
    """

    def __init__(self) -> None:
        self._acc: dict[EntityRef, _Acc] = {}

    def _get(self, ref: EntityRef) -> _Acc:
        acc = self._acc.get(ref)
        if acc is None:
            acc = self._acc[ref] = _Acc()
        return acc

    def add(self, x: Extraction) -> None:
        """Add one page's mentions and relations."""
        doc = x.document.id
        for i, m in enumerate(x.mentions):
            acc = self._get(m.ref)
            surface = "".join(m.text.split())
            if surface != m.name:
                acc.surfaces.add(surface)
            acc.docs.add(m.doc_id)
            acc.mentions += 1
            for k, v in m.props:
                if k in _MERGE_TRUE:
                    acc.official = bool(acc.official) or bool(v)
                elif k not in acc.attrs or (doc, i) < acc.attrs[k][0]:
                    acc.attrs[k] = ((doc, i), v)
        for r in x.relations:
            for end in (r.subject, r.object):
                if isinstance(end, EntityRef):
                    self._get(end)
            if r.predicate is Predicate.HOLDS_POSITION:
                self._get(r.subject).official = True

    def parts(self) -> Iterator[EntityPart]:
        """The partial aggregates, one per key."""
        for ref, a in self._acc.items():
            attrs = tuple((k, o, v) for k, (o, v) in sorted(a.attrs.items()))
            yield EntityPart(ref, frozenset(a.surfaces), attrs, a.official, frozenset(a.docs), a.mentions)

    def entities(self) -> tuple[tuple[Entity, ...], dict[str, MentionStats]]:
        """The finish step: the entities in id order, and where each is mentioned.

        The table is emptied as it goes (each key's facts let go once its entity is made).
        """
        return finish(self._drained_parts())

    def _drained_parts(self) -> Iterator[EntityPart]:
        """:meth:`parts`, each key removed from the table as its part is made (in another order: ``finish`` sorts)."""
        acc = self._acc
        while acc:
            ref, a = acc.popitem()
            attrs = tuple((k, o, v) for k, (o, v) in sorted(a.attrs.items()))
            yield EntityPart(ref, frozenset(a.surfaces), attrs, a.official, frozenset(a.docs), a.mentions)


@dataclass(frozen=True, slots=True)
class MentionStats:
    """Where an entity is mentioned: the pages (sorted) and the number of mentions."""

    docs: tuple[str, ...]
    mentions: int


def finish(parts: Iterable[EntityPart]) -> tuple[tuple[Entity, ...], dict[str, MentionStats]]:
    """Entities of merged parts (one per key), in id order, and their :class:`MentionStats` by id."""
    done = sorted(((p.entity(), MentionStats(tuple(sorted(p.docs)), p.mentions)) for p in parts), key=_by_id)
    return tuple(e for e, _ in done), {e.id: s for e, s in done if s.mentions}


def _by_id(pair: tuple[Entity, MentionStats]) -> str:
    return pair[0].id


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    """Group mentions into entities and check that every relation's ends exist."""
    extractions = sorted(extractions, key=lambda x: x.document.id)
    qualifiers = person_qualifiers(extractions)
    if qualifiers:
        shared: dict[EntityRef, EntityRef] = {}
        extractions = [qualify(x, qualifiers, shared) for x in extractions]
    table = EntityTable()
    relations: list[Relation] = []
    for x in extractions:
        table.add(x)
        relations.extend(x.relations)
    mentions = MentionColumns(itertools.chain.from_iterable(x.mentions for x in extractions))
    documents = tuple(x.document for x in extractions)
    del extractions  # each page's own copies go before the entities are made
    entities, stats = table.entities()
    return KnowledgeBase.of(documents, entities, mentions, tuple(relations), stats)
