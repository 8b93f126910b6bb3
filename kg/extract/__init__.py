"""Extraction: a pipeline of components, each adding one kind of annotation.

Components run in order over a :class:`~kg.extract.base.Doc`; each sees what
the earlier ones found (persons see places, meetings see persons).

>>> from kg.model import Document
>>> x = extract(Document(id="t.txt", text="市委书记张三丰主持召开市委常委会会议。"))
>>> sorted({m.type.value for m in x.mentions})
['Meeting', 'Organization', 'Person']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace

from kg.data import lexicon
from kg.extract.base import Component, Doc, Extraction
from kg.extract.designations import extract_designations
from kg.extract.meetings import extract_meetings
from kg.extract.organizations import extract_organizations
from kg.extract.persons import extract_persons
from kg.extract.place_lexicon import STATE_LEVELS, going_verbs
from kg.extract.places import extract_places
from kg.extract.projects import extract_projects
from kg.extract.spans import Reach
from kg.extract.user import extract_user_entries
from kg.model import Document, EntityRef, Mention, Relation
from kg.text import CleanView, is_traditional
from kg.vocab import EntityType, OrgKind, PlaceLevel

__all__ = [
    "CHUNK_CHARS",
    "COMPONENTS",
    "EXTRACTOR_VERSION",
    "Doc",
    "ExtractOptions",
    "Extraction",
    "chunk_spans",
    "extract",
]

EXTRACTOR_VERSION = "0.4.38"
"""Bump when a rule or lexicon changes what extraction yields (invalidates caches)."""

COMPONENTS: tuple[Component, ...] = (
    extract_user_entries,
    extract_places,
    extract_organizations,
    extract_persons,
    extract_designations,
    extract_projects,
    extract_meetings,
)


@dataclass(frozen=True)
class ExtractOptions:
    """The user's settings that change extraction, carried as data to worker processes and Dask workers.

    Calling it extracts one document with those settings (it activates the
    user lexicon in the process it runs in).

    >>> from kg.model import Document
    >>> opts = ExtractOptions(home_city="衡阳市")
    >>> opts(Document(id="t.txt", text="市长张三丰出席会议。")).document.id
    't.txt'
    """

    home_city: str | None = None
    lexicon: lexicon.UserLexicon = field(default_factory=lexicon.UserLexicon)

    def __call__(self, document: Document) -> Extraction:
        if lexicon.active() != self.lexicon:
            lexicon.activate(self.lexicon)
        return extract(document, home_city=self.home_city)


CHUNK_CHARS = 200_000
"""Documents longer than this are extracted in paragraph-aligned chunks (bounded memory and time)."""


def extract(
    document: Document, components: Sequence[Component] = COMPONENTS, *, home_city: str | None = None
) -> Extraction:
    """Run every component over one document and freeze what they found.

    ``home_city`` is the user's setting for the city a bare ``市委`` / ``我市``
    refers to (default: inferred per page, :mod:`kg.extract.context`).

    A very long document (a whole archive in one file) is cut at line breaks
    into chunks of at most :data:`CHUNK_CHARS`; offsets still point into the
    whole original text.
    """
    if len(document.text) <= CHUNK_CHARS:
        return _extract(document, components, home_city, None)
    mentions: list[Mention] = []
    relations: list[Relation] = []
    traditional = is_traditional(document.text)  # decided once: every chunk is read as the whole page is
    for start, end in chunk_spans(document.text, CHUNK_CHARS):
        x = _extract(replace(document, text=document.text[start:end]), components, home_city, traditional)
        mentions += [replace(m, start=m.start + start, end=m.end + start) for m in x.mentions]
        relations += [
            replace(r, evidence=replace(r.evidence, start=r.evidence.start + start, end=r.evidence.end + start))
            for r in x.relations
        ]
    doc = Doc(document, CleanView("", ()), [], mentions, relations)
    return doc.freeze()


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text``, each at most ``size`` long, cut after a line break when possible.

    >>> chunk_spans("ab\\ncd\\nef", 4)
    [(0, 3), (3, 6), (6, 8)]
    """
    spans, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        spans.append((start, end))
        start = end
    return spans


def _extract(
    document: Document, components: Sequence[Component], home_city: str | None, traditional: bool | None
) -> Extraction:
    doc = Doc.of(document, home_city, traditional)
    for component in components:
        for item in component(doc):
            if isinstance(item, Mention):
                doc.mentions.append(item)
            else:
                doc.relations.append(item)
    _drop_places_in_mastheads(doc)
    _drop_places_in_team_and_firm_names(doc)
    _drop_untold_persons_in_projects(doc)
    _drop_areas_named_as_projects(doc)
    _drop_towns_named_as_projects(doc)
    _drop_persons_over_states(doc)
    _drop_foreign_places_in_persons(doc)
    _drop_country_in_names(doc)
    _apply_user_lexicon(doc)
    return doc.freeze()


def _drop_places_in_mastheads(doc: Doc) -> None:
    """A place inside a medium's name (北京青年报, 某某日报) is the paper's name, not a place the page names.

    The medium keeps its own ``located_in`` where a rule states one; the place's mention goes.
    """
    media = [(m.start, m.end) for m in doc.mentions if m.type is EntityType.ORGANIZATION and m.prop("kind") == "media"]
    _drop_places_within(doc, media, lambda m: True)


def _drop_places_in_team_and_firm_names(doc: Doc) -> None:
    """A place inside a team's name (巴西队, 某市女篮) and a state, a sea or a river inside the name of a body
    that is no state's (美国某某大学, 太平洋某某保险公司) are the name's part, as in a masthead; a division inside
    a public body's name (某县人民政府) stays, the body's jurisdiction."""
    teams, firms = [], []
    for m in doc.mentions:
        if m.type is EntityType.ORGANIZATION and m.prop("kind"):
            kind = OrgKind(m.prop("kind"))
            if kind is OrgKind.SPORTS:
                teams.append((m.start, m.end))
            elif not kind.public:
                firms.append((m.start, m.end))
    _drop_places_within(doc, teams, lambda m: True)
    _drop_places_within(doc, firms, lambda m: m.prop("level") in _NAMING_LEVELS)


def _drop_untold_persons_in_projects(doc: Doc) -> None:
    """A person nothing but the name tagger vouches for (no title, role or relation) inside a project's
    name found later (具体为:甲固废、万某源危废: the learned tagger reads 万某源 as a name) is part of the project's
    name; the person goes when the page names it nowhere else."""
    projects = [(m.start, m.end) for m in doc.mentions if m.type is EntityType.PROJECT]
    if not projects:
        return
    related = {r.subject for r in doc.relations} | {r.object for r in doc.relations}
    inside = [
        m
        for m in doc.mentions
        if m.type is EntityType.PERSON
        and not m.prop("official")
        and not m.prop("role")
        and m.ref not in related
        and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in projects)
    ]
    if not inside:
        return
    gone = {id(m) for m in inside}
    elsewhere = {m.ref for m in doc.mentions if m.type is EntityType.PERSON and id(m) not in gone}
    drop = {id(m) for m in inside if m.ref not in elsewhere}
    doc.mentions[:] = [m for m in doc.mentions if id(m) not in drop]


def _drop_areas_named_as_projects(doc: Doc) -> None:
    """A park the places read by its suffix alone (某某物流园, level ``area``) that is the words of a project
    (某某物流园, 某某科技园二期, 隆某某物流园: :func:`_park_of`) is the project's: the place mention goes (a
    relation it holds stays only while another mention of the place does)."""
    projects = [(m.start, m.end) for m in doc.mentions if m.type is EntityType.PROJECT]
    if not projects:
        return
    drop = {
        id(m)
        for m in doc.mentions
        if m.type is EntityType.PLACE
        and m.prop("level") == PlaceLevel.AREA
        and m.name.endswith("园")  # a park; a 片区 stays a place (某片区改造 names the project, not the area)
        and any(_park_of(doc.page, m, a, b) for a, b in projects)
    }
    _drop_mentions(doc, drop, EntityType.PLACE)


def _drop_towns_named_as_projects(doc: Doc) -> None:
    """A place read inside a listed ``…小镇`` project (某县|某某花炮小镇, 醴陵|陶瓷小镇, 太湖|影视小镇: a town built to
    win a title of towns, :func:`kg.extract.projects.listed_towns`) is the project's words: the place mention goes
    (the page names the place only in the project's name)."""
    towns = [(m.start, m.end) for m in doc.mentions if m.type is EntityType.PROJECT and m.name.endswith("小镇")]
    # (only a listed town's name ends in 小镇: 小镇 is no head of the project finder, kg/data/project_heads.txt)
    if not towns:
        return
    drop = {
        id(m) for m in doc.mentions if m.type is EntityType.PLACE and any(a <= m.start and m.end <= b for a, b in towns)
    }
    names = {m.name for m in doc.mentions if id(m) in drop}
    _drop_mentions(doc, drop, EntityType.PLACE)
    gone = names - {m.name for m in doc.mentions if m.type is EntityType.PLACE}  # (titles refer to it unqualified)
    doc.relations[:] = [
        r
        for r in doc.relations
        if not any(
            isinstance(x, EntityRef) and x.type is EntityType.PLACE and x.name in gone for x in (r.subject, r.object)
        )
    ]


_PHASE = re.compile(r"[(（]?[一二三四五六七八九十\d]+期[)）]?(?:项目|工程)?")


def _park_of(page: str, m: Mention, a: int, b: int) -> bool:
    """Whether the park ``m`` is the project ``[a, b)``'s own: inside its words after their start (隆|某物流园),
    or the whole name but a phase (某科技园二期); not a park a longer project is in (某物流园|标准厂房项目)."""
    if not (a <= m.start and m.end <= b):
        return False
    return a < m.start or m.end == b or _PHASE.fullmatch(page, m.end, b) is not None


def _drop_persons_over_states(doc: Doc) -> None:
    """A person with no post over two places written with one character each, side by side in a phrase that
    shows states (记者:印巴两国: the tagger reads a reporter 印巴两), or made of a verb of going and one
    (会见了来湘出席…的嘉宾: 来 is a surname too), is no name: the person goes with the relations it alone holds,
    the places stay (a name holding one, 王美|方, stays and the place goes: :mod:`kg.extract.persons`)."""
    at = {m.start for m in doc.mentions if m.type is EntityType.PLACE and m.end - m.start == 1}
    if not at:
        return  # (one-character places by where they start: a person's span is looked up, not every place scanned)
    drop = {
        id(m)
        for m in doc.mentions
        if m.type is EntityType.PERSON
        and not m.prop("official")
        and (sum(k in at for k in range(m.start, m.end)) >= 2 or _verb_then_place(doc, m, at))
    }
    _drop_mentions(doc, drop, EntityType.PERSON)


def _verb_then_place(doc: Doc, m: Mention, places: Container[int]) -> bool:
    """Whether the two-character person ``m`` is a verb of going and a place written with one character
    (``places``: where such places start)."""
    return m.end - m.start == 2 and m.end - 1 in places and doc.page[m.start] in going_verbs()


_NAMING_LEVELS = STATE_LEVELS | {PlaceLevel.NATURAL}  # a state, a sea or a river opening a firm's name


def _drop_foreign_places_in_persons(doc: Doc) -> None:
    """A foreign place inside a person's name (总统|门多萨, a city's name and a person's) is the name, and so
    is a place written bare as a given name (张|银川, :func:`kg.extract.persons`); a relation left pointing at
    such a place when none of its mentions on the page stays goes too."""
    persons = [(m.start, m.end) for m in doc.mentions if m.type is EntityType.PERSON]
    if not persons:
        return
    before = {m.ref for m in doc.mentions if m.type is EntityType.PLACE}
    _drop_places_within(doc, persons, lambda m: m.prop("level") == "foreign" or m.name != m.text)
    gone = before - {m.ref for m in doc.mentions if m.type is EntityType.PLACE}
    if gone:
        doc.relations[:] = [r for r in doc.relations if r.subject not in gone and r.object not in gone]


_NAMES_HOLDING_COUNTRY = (
    EntityType.ORGANIZATION,
    EntityType.DESIGNATION,
    EntityType.PROJECT,
    EntityType.MEETING,
    EntityType.PERSON,
)


def _drop_country_in_names(doc: Doc) -> None:
    """China's name inside a name found after places (中国共产党, 中国传统村落, 甄中国) is that name's part.

    Where it stands is read by :func:`kg.extract.places.country_stands_alone`; what names hold it is
    known only once every component has run. A relation left pointing at China when none of its
    mentions on the page stays goes too.
    """
    names = [(m.start, m.end) for m in doc.mentions if m.type in _NAMES_HOLDING_COUNTRY]
    country = [m for m in doc.mentions if m.type is EntityType.PLACE and m.prop("level") == PlaceLevel.COUNTRY]
    inside = {
        id(m) for m in country if any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in names)
    }
    if not inside:
        return
    doc.mentions[:] = [m for m in doc.mentions if id(m) not in inside]
    if len(inside) < len(country):
        return
    refs = {m.ref for m in country}
    doc.relations[:] = [r for r in doc.relations if r.subject not in refs and r.object not in refs]


def _drop_mentions(doc: Doc, drop: set[int], kind: EntityType) -> None:
    """Drop the mentions whose ``id`` is in ``drop`` (all of ``kind``), and the relations of an entity of
    that kind none of whose mentions on the page stays."""
    if not drop:
        return
    before = {m.ref for m in doc.mentions if m.type is kind}
    doc.mentions[:] = [m for m in doc.mentions if id(m) not in drop]
    gone = before - {m.ref for m in doc.mentions if m.type is kind}
    if gone:
        doc.relations[:] = [r for r in doc.relations if r.subject not in gone and r.object not in gone]


def _drop_places_within(doc: Doc, spans: list[tuple[int, int]], which: Callable[[Mention], bool]) -> None:
    """Drop the place mentions ``which`` selects that lie inside one of ``spans``."""
    if spans:
        within = Reach(spans)  # (not a scan of the spans for every place: a long page has thousands of both)
        doc.mentions[:] = [
            m for m in doc.mentions if not (m.type is EntityType.PLACE and which(m) and within.holds(m.start, m.end))
        ]


def _apply_user_lexicon(doc: Doc) -> None:
    """User entries win over overlapping mentions; stop-listed names are never entities."""
    user = lexicon.active()
    if not user.entries:
        return
    stop = user.stop
    mine = [m for m in doc.mentions if m.prop("source") == "user"]

    def keep(m: Mention) -> bool:
        if m.name in stop or "".join(m.text.split()) in stop:
            return False
        return m.prop("source") == "user" or not any(m.start < u.end and u.start < m.end for u in mine)

    doc.mentions[:] = [m for m in doc.mentions if keep(m)]
    doc.relations[:] = [r for r in doc.relations if _not_stopped(r, stop)]


def _not_stopped(r: Relation, stop: frozenset[str]) -> bool:
    return r.subject.name not in stop and not (isinstance(r.object, EntityRef) and r.object.name in stop)
