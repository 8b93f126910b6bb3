"""Persons across documents: one person when name and jurisdiction agree, two when they cannot be one.

Within a document a name is one person (a byline or a later bare mention of
an official's name attaches to the official). Across documents, the pages
where a name holds posts are grouped by jurisdiction: two pages are the same
person when one jurisdiction contains the other in the gazetteer chain
(市长 of 株洲市 and 省委常委 of 湖南省 may be one person; 市长 of 株洲市 and
市长 of 衡阳市 are two). A page where the name holds no post joins the first
group. A name that is only a byline (记者, 通讯员, 摄影) on some pages and an
official on others stands for two people: the byline pages form a group of their
own (qualifier ``byline``); within one page an official and a byline of the
same name stay one person. Every group with a jurisdiction gets that
jurisdiction's code (or name) as qualifier, also when it is the name's only
group, so a person's IRI depends on what identifies it (name and jurisdiction),
never on which other pages exist: ``person/王伟@430200`` stays when a
``person/王伟@430400`` appears. A name with no jurisdiction stays bare.

>>> from kg.model import Document
>>> from kg.extract import extract
>>> a = extract(Document(id="a.txt", text="市长甄建国出席会议。"), home_city="衡阳市")
>>> b = extract(Document(id="b.txt", text="市长甄建国出席会议。"), home_city="常德市")
>>> sorted(set(person_qualifiers([a, b]).values()))
['430400', '430700']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.data.gazetteer import Gazetteer
from kg.extract.base import Extraction
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = [
    "BYLINE",
    "NATIONWIDE",
    "NameFacts",
    "compatible",
    "decide",
    "gather_facts",
    "name_facts",
    "person_qualifiers",
    "qualify",
]

BYLINE = "byline"
"""The qualifier of a name's byline-only pages when the name is an official elsewhere."""
_BYLINE_ROLES = frozenset({"reporter", "correspondent", "intern", "editor", "designer", "proofreader", "photographer"})

NATIONWIDE = "中国"
"""A central post's jurisdiction: compatible with every other."""


def _scope(name: str) -> frozenset[str]:
    """A jurisdiction and everything above it: codes from the gazetteer, else the name itself."""
    d = Gazetteer.load().resolve(name)
    if d is None:
        return frozenset({name})
    return frozenset(x.code for x in Gazetteer.load().chain(d.code))


def _key(name: str) -> str:
    d = Gazetteer.load().resolve(name)
    return d.code if d is not None else name


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of jurisdictions can be one person's: empty, or some pair in one chain.

    >>> zhuzhou = frozenset({"株洲市"})
    >>> compatible(zhuzhou, frozenset({"湖南省"})), compatible(zhuzhou, frozenset({"衡阳市"}))
    (True, False)
    """
    if not a or not b:
        return True
    for x in a:
        sx = _scope(x)
        for y in b:
            sy = _scope(y)
            if x == y or _key(x) in sy or _key(y) in sx:
                return True
    return False


def _jurisdictions(x: Extraction) -> dict[str, set[str]]:
    """Person name → jurisdictions of the posts it holds in one document."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in x.relations:
        if r.predicate is Predicate.HOLDS_POSITION and r.subject.type is EntityType.PERSON:
            place = r.prop("jurisdiction") or r.prop("city")
            if place and place != NATIONWIDE:
                out[r.subject.name].add(str(place))
            else:
                out[r.subject.name]
    return out


@dataclass(frozen=True, slots=True)
class NameFacts:
    """What some pages say of one person name: a partial aggregate, combined with :meth:`merge`.

    ``pages`` are ``(doc id, jurisdictions of the posts the name holds there)`` for the pages where the name
    is not only a byline; ``bylines`` the pages where it is only a byline; ``official`` whether it is an
    official on any of them. Merging is a union, so any split of the pages into groups, merged in any
    order, gives what all pages give at once (:func:`decide` then tells the name's people apart).

    >>> a = NameFacts("王伟", (("a.txt", frozenset({"衡阳市"})),), (), True)
    >>> b = NameFacts("王伟", (), ("b.txt",), False)
    >>> decide(a.merge(b)) == decide(b.merge(a)) == {("a.txt", "王伟"): "430400", ("b.txt", "王伟"): "byline"}
    True
    """

    name: str
    pages: tuple[tuple[str, frozenset[str]], ...] = ()
    bylines: tuple[str, ...] = ()
    official: bool = False

    def merge(self, other: NameFacts) -> NameFacts:
        """The facts of both page sets (of the same name)."""
        return NameFacts(
            self.name, self.pages + other.pages, self.bylines + other.bylines, self.official or other.official
        )


def name_facts(x: Extraction) -> list[NameFacts]:
    """The map step: what one page says of each person name it holds (names in sorted order)."""
    held = _jurisdictions(x)
    persons = [m for m in x.mentions if m.type is EntityType.PERSON and not m.qualifier]
    names = {m.name for m in persons}
    official = set(held) | {m.name for m in persons if m.prop("official")}
    byline = {m.name for m in persons if m.prop("role") in _BYLINE_ROLES} - official
    doc = x.document.id
    out = []
    for name in sorted(names | set(held)):
        if name in byline:
            out.append(NameFacts(name, (), (doc,), name in official))
        else:
            out.append(NameFacts(name, ((doc, frozenset(held.get(name, ()))),), (), name in official))
    return out


def gather_facts(extractions: Iterable[Extraction]) -> dict[str, NameFacts]:
    """Name → the facts of every page in ``extractions`` (a partition's partial aggregate)."""
    pages: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    bylines: dict[str, list[str]] = defaultdict(list)
    officials: set[str] = set()
    for x in extractions:
        for f in name_facts(x):
            pages[f.name].extend(f.pages)
            bylines[f.name].extend(f.bylines)
            if f.official:
                officials.add(f.name)
    names = sorted(pages.keys() | bylines.keys())
    return {n: NameFacts(n, tuple(pages.get(n, ())), tuple(bylines.get(n, ())), n in officials) for n in names}


def decide(facts: NameFacts) -> dict[tuple[str, str], str]:
    """The finish step, per name: ``(doc id, name) → qualifier`` for the pages of a name that needs one."""
    name = facts.name
    out: dict[tuple[str, str], str] = {}
    seen = list(facts.pages)
    if facts.official:  # a reporter here, an official there: two people
        out.update(((d, name), BYLINE) for d in facts.bylines)
    else:
        seen.extend((d, frozenset()) for d in facts.bylines)
    groups: list[tuple[set[str], list[str]]] = []  # (jurisdictions, doc ids)
    for doc_id, places in sorted(seen, key=lambda s: (not s[1], s[0])):  # pages with posts first
        group = next((g for g in groups if compatible(frozenset(g[0]), places)), None)
        if group is None:
            groups.append((set(places), [doc_id]))
        else:
            group[0].update(places)
            group[1].append(doc_id)
    for places, docs in groups:  # qualified even when alone: an IRI never moves when a namesake appears
        if places:
            qualifier = _key(min(places, key=lambda p: (-len(_scope(p)), p)))  # most specific
            out.update(((d, name), qualifier) for d in docs)
    return out


def person_qualifiers(extractions: Iterable[Extraction]) -> dict[tuple[str, str], str]:
    """``(doc id, person name) → qualifier`` for names that stand for several people."""
    out: dict[tuple[str, str], str] = {}
    for facts in gather_facts(extractions).values():
        out.update(decide(facts))
    return out


def qualify(
    x: Extraction, qualifiers: dict[tuple[str, str], str], shared: dict[EntityRef, EntityRef] | None = None
) -> Extraction:
    """One document's extraction with its persons qualified as ``qualifiers`` says.

    What no qualifier changes is kept as it is (the same objects); ``shared`` (across documents) holds one
    qualified key per person, so relations that name the same person share it.
    """
    doc = x.document.id
    keys: dict[EntityRef, EntityRef] = {} if shared is None else shared

    def ref(e: EntityRef | str) -> EntityRef | str:
        if isinstance(e, EntityRef) and e.type is EntityType.PERSON and not e.qualifier:
            qualifier = qualifiers.get((doc, e.name), "")
            if qualifier:
                new = EntityRef(e.type, e.name, qualifier)
                return keys.setdefault(new, new)
        return e

    def rel(r: Relation) -> Relation:
        subject, obj = ref(r.subject), ref(r.object)
        assert isinstance(subject, EntityRef)
        return r if subject is r.subject and obj is r.object else replace(r, subject=subject, object=obj)

    def mention(m: Mention) -> Mention:
        if m.type is EntityType.PERSON and not m.qualifier:
            qualifier = qualifiers.get((doc, m.name), "")
            if qualifier:
                return replace(m, qualifier=qualifier)
        return m

    mentions = x.mentions  # kept as they are held (a build's MentionColumns) when no person in them is qualified
    if any(m.type is EntityType.PERSON and not m.qualifier and (doc, m.name) in qualifiers for m in mentions):
        mentions = tuple(mention(m) for m in mentions)
    return replace(x, mentions=mentions, relations=tuple(rel(r) for r in x.relations))
