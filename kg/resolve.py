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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.extract.base import Extraction
from kg.model import Document, Entity, EntityRef, Mention, Relation, props
from kg.person_scope import person_qualifiers, qualify
from kg.vocab import EntityType, Predicate

__all__ = ["KnowledgeBase", "entity_id", "resolve"]


def entity_id(ref: EntityRef) -> str:
    """The stable id of the entity a key stands for: ``person/张三``."""
    return str(ref)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything extracted from a corpus, with mentions and relations tied to entities."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)
    _mentions_by_id: dict[str, list[Mention]] = field(default_factory=dict, repr=False, compare=False)

    def entity(self, ref: EntityRef | str) -> Entity:
        """The entity with this id, or that this key resolves to."""
        return self._by_id[ref if isinstance(ref, str) else entity_id(ref)]

    def mentions_of(self, entity: str) -> list[Mention]:
        """The mentions of one entity, in corpus order (an index lookup, not a scan)."""
        if not self._mentions_by_id and self.mentions:
            for m in self.mentions:
                self._mentions_by_id.setdefault(entity_id(m.ref), []).append(m)
        return list(self._mentions_by_id.get(entity, ()))


_MERGE_TRUE = {"official"}  # a person is an official when any mention says so


def resolve(extractions: Iterable[Extraction]) -> KnowledgeBase:
    """Group mentions into entities and check that every relation's ends exist."""
    extractions = sorted(extractions, key=lambda x: x.document.id)
    qualifiers = person_qualifiers(extractions)
    if qualifiers:
        shared: dict[EntityRef, EntityRef] = {}
        extractions = [qualify(x, qualifiers, shared) for x in extractions]
    surfaces: dict[EntityRef, set[str]] = defaultdict(set)
    attrs: dict[EntityRef, dict[str, Any]] = defaultdict(dict)
    mentions: list[Mention] = []
    relations: list[Relation] = []
    for x in extractions:
        for m in x.mentions:
            ref = m.ref
            mentions.append(m)
            surface = "".join(m.text.split())
            if surface != m.name:
                surfaces[ref].add(surface)
            else:
                surfaces.setdefault(ref, set())
            _merge(attrs[ref], dict(m.props))
        relations.extend(x.relations)
    for r in relations:
        for end in (r.subject, r.object):
            if isinstance(end, EntityRef) and end not in surfaces:
                surfaces[end] = set()
                attrs.setdefault(end, {})
        if r.predicate is Predicate.HOLDS_POSITION:
            attrs[r.subject]["official"] = True
    entities = []
    for ref in sorted(surfaces, key=entity_id):
        a = attrs[ref]
        if ref.type is EntityType.PERSON:
            a.setdefault("official", False)
        entities.append(
            Entity(entity_id(ref), ref.type, ref.name, tuple(sorted(surfaces[ref] - {ref.name})), props(**a))
        )
    kb = KnowledgeBase(
        documents=tuple(x.document for x in extractions),
        entities=tuple(entities),
        mentions=tuple(mentions),
        relations=tuple(relations),
    )
    kb._by_id.update((e.id, e) for e in entities)
    return kb


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if k in _MERGE_TRUE:
            into[k] = bool(into.get(k)) or bool(v)
        else:
            into.setdefault(k, v)
