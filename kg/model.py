"""The small frozen dataclasses that travel between kg's stages.

corpus → :class:`Document`; extract → :class:`Mention`, :class:`Relation`
(whose ends are :class:`EntityRef` keys); resolve → :class:`Entity`.

>>> doc = Document(id="a.txt", text="市长张三出席会议。")
>>> m = Mention.of(doc, 2, 4, EntityType.PERSON, official=True)
>>> m.text, m.name, m.prop("official")
('张三', '张三', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.vocab import EntityType, Predicate

__all__ = ["Document", "Entity", "EntityRef", "Evidence", "Mention", "Props", "Relation", "props"]

Props = tuple[tuple[str, Any], ...]
"""Extra attributes as sorted ``(key, value)`` pairs: hashable, picklable, deterministic."""


def props(**values: Any) -> Props:
    """Sorted, ``None``-free attribute pairs.

    >>> props(b=1, a="x", c=None)
    (('a', 'x'), ('b', 1))
    """
    return tuple(sorted([kv for kv in values.items() if kv[1] is not None]))


class _Record:
    """Pickles as ``(class, field values)``: unpickling calls the constructor, several times faster than
    the generic state protocol of slotted dataclasses (a saved build loads ~10^5 of these)."""

    __slots__ = ()

    def __reduce__(self):
        return (self.__class__, tuple(getattr(self, f) for f in self.__slots__))


class _HasProps(_Record):
    __slots__ = ()
    props: Props

    def prop(self, key: str, default: Any = None) -> Any:
        """The value of one extra attribute, or ``default``."""
        for k, v in self.props:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """One input file: its id (the file name), its original text and page date.

    ``text`` is exactly what was decoded from the file; every offset kg
    produces points into it.
    """

    id: str
    text: str
    path: str = ""
    date: str | None = None  # ISO date of the page as far as it states it: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD
    date_source: str | None = None  # how the date was found: header | dateline | None
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class EntityRef(_Record):
    """The key an extractor gives an entity before resolution: type + name (+ qualifier).

    ``qualifier`` separates entities that share a name (a division code, a
    jurisdiction), and is empty when the name alone identifies the entity.
    """

    type: EntityType
    name: str
    qualifier: str = ""

    def __str__(self) -> str:
        return f"{self.type.slug}/{self.name}" + (f"@{self.qualifier}" if self.qualifier else "")


@dataclass(frozen=True, slots=True)
class Mention(_HasProps):
    """A span of a document that names an entity: ``text == doc.text[start:end]``.

    ``name`` is the canonical name the span stands for (``株洲`` → ``株洲市``).
    """

    doc_id: str
    start: int
    end: int
    text: str
    type: EntityType
    name: str
    qualifier: str = ""
    props: Props = ()

    @classmethod
    def of(
        cls,
        doc: Document,
        start: int,
        end: int,
        type: EntityType,
        name: str | None = None,
        qualifier: str = "",
        **attrs: Any,
    ) -> Mention:
        """A mention of ``doc.text[start:end]``; ``name`` defaults to that text."""
        text = doc.text[start:end]
        return cls(doc.id, start, end, text, type, name or text, qualifier, props(**attrs))

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.type, self.name, self.qualifier)


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """Where a fact is stated: a span of a document and the sentence around it."""

    doc_id: str
    start: int
    end: int
    sentence: str
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Relation(_HasProps):
    """A fact stated by a document: ``subject --predicate--> object``.

    ``object`` is an :class:`EntityRef`, or a string for literal objects (the
    title of ``holds_position``).
    """

    subject: EntityRef
    predicate: Predicate
    object: EntityRef | str
    evidence: Evidence
    props: Props = ()


@dataclass(frozen=True, slots=True)
class Entity(_HasProps):
    """One real-world entity, resolved across all documents."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    props: Props = field(default=())
