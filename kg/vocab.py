"""The one source of truth for kg's vocabulary: entity types, predicates, namespaces.

Every other module imports these names; none spells a type, predicate or
namespace IRI of its own.

>>> EntityType.PERSON.value
'Person'
>>> Predicate("holds_position") is Predicate.HOLDS_POSITION
True
>>> str(KG.Designation)
'https://w3id.org/kg-cn/ontology#Designation'
"""

from __future__ import annotations

from enum import StrEnum

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "DEFAULT_BASE_IRI",
    "KG",
    "KGX",
    "ORG",
    "PLACE_LEVELS",
    "SCHEMA",
    "EntityType",
    "Predicate",
]


class EntityType(StrEnum):
    """The kinds of real-world entity kg extracts (the scorer's ``type``)."""

    PERSON = "Person"
    PLACE = "Place"
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    DESIGNATION = "Designation"
    MEETING = "Meeting"

    @property
    def slug(self) -> str:
        """The lower-case prefix of entity ids: ``person/张三``."""
        return self.value.lower()


class Predicate(StrEnum):
    """The relations kg extracts (the scorer's ``predicate``)."""

    HOLDS_POSITION = "holds_position"  # Person -> title as written (literal)
    MEMBER_OF = "member_of"  # Person -> Organization
    PART_OF = "part_of"  # Place -> Place
    LOCATED_IN = "located_in"  # Project | Organization | Meeting -> Place
    DESIGNATED_AS = "designated_as"  # Place -> Designation
    CHAIRS = "chairs"  # Person -> Meeting
    ATTENDS = "attends"  # Person -> Meeting
    MEETS_WITH = "meets_with"  # Person -> Person

    @property
    def literal_object(self) -> bool:
        """True when the object is a string (a title), not an entity."""
        return self is Predicate.HOLDS_POSITION


PLACE_LEVELS = ("province", "prefecture", "county", "town", "village", "area", "natural", "foreign")
"""A Place's ``level``: the four division levels with codes, villages, named areas (片区, 高新区, regions),
natural features (rivers, lakes), and places outside China."""

OUTPUT_FORMATS = ("ttl", "jsonld", "nt", "html", "graphml", "jsonl")
"""The files ``kg build`` can write, ``graph.<format>``; all but ``nt`` by default."""

DEFAULT_BASE_IRI = "https://w3id.org/kg-cn/"

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """kg's own ontology terms: only what schema.org, ORG, PROV-O and DC lack."""

    _fail = True
    _NS = Namespace(DEFAULT_BASE_IRI + "ontology#")

    # classes
    Designation: URIRef  # a title a place wins or seeks (pilot city, demonstration zone …)
    Meeting: URIRef
    Mention: URIRef  # a span of a document that names an entity or states a fact
    PostObservation: URIRef  # a person observed holding a post on a date

    # properties
    official: URIRef  # boolean: the person holds a public post
    role: URIRef  # role of a non-official person (reporter, editor …)
    divisionCode: URIRef  # GB/T 2260 code of an administrative division
    divisionLevel: URIRef  # province | prefecture | county | town | village | area
    title: URIRef  # a title exactly as written
    body: URIRef  # the normalised body a title belongs to
    jurisdiction: URIRef  # the place a post or body governs
    level: URIRef  # national | provincial | municipal
    batch: URIRef  # 首批, 第二批 …
    status: URIRef  # awarded | aspiring
    year: URIRef
    startChar: URIRef
    endChar: URIRef
    observedOn: URIRef
    predicate: URIRef
    subjectEntity: URIRef
    objectEntity: URIRef
    designatedAs: URIRef
    chairs: URIRef
    attends: URIRef
    meetsWith: URIRef
    partOf: URIRef
    locatedIn: URIRef
    mentionCount: URIRef  # number of mentions of an entity in the corpus
    kind: URIRef  # an organisation's kind: party | government | congress | cppcc | company | media …
    conferrer: URIRef  # the body that confers a designation (财政部)
    tense: URIRef  # of a post observation: current | former | appointed | removed | elected
    edgeKey: URIRef  # the NetworkX edge key, written only when it is not the contract's default
    filePath: URIRef  # the path a document was read from


KGX = Namespace(DEFAULT_BASE_IRI + "ontology/extra#")
"""Open namespace for graph attributes the RDF model does not map yet (kept so they round-trip)."""
