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
    "PUBLIC_KINDS",
    "SCHEMA",
    "DesignationStatus",
    "EntityType",
    "GraphEdge",
    "NodeType",
    "OrgKind",
    "PlaceLevel",
    "Predicate",
    "Tense",
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


class NodeType(StrEnum):
    """The ``type`` of a graph node: every :class:`EntityType`, and ``Post`` (a held post, built by the graph)."""

    PERSON = "Person"
    PLACE = "Place"
    ORGANIZATION = "Organization"
    PROJECT = "Project"
    DESIGNATION = "Designation"
    MEETING = "Meeting"
    POST = "Post"

    @property
    def slug(self) -> str:
        """The lower-case prefix of node ids: ``post/市长``."""
        return self.value.lower()


class OrgKind(StrEnum):
    """An organisation's ``kind``: the one table extraction, RDF and the HTML view read.

    >>> OrgKind("judiciary").public, OrgKind.COMPANY.public
    (True, False)
    """

    PARTY = "party"  # 中共X委 and its organs
    GOVERNMENT = "government"  # X人民政府 and its departments, 管委会, 行政公署
    CONGRESS = "congress"  # 人大, 人大常委会
    CPPCC = "cppcc"  # 政协
    DISCIPLINE = "discipline"  # 纪委, 监委
    JUDICIARY = "judiciary"  # courts and procuratorates
    VILLAGE = "village"  # 村委会, 居委会, 党支部: grassroots self-government
    MEDIA = "media"
    COMPANY = "company"
    BANK = "bank"
    UNIVERSITY = "university"
    SCHOOL = "school"
    HOSPITAL = "hospital"
    RESEARCH = "research"
    ASSOCIATION = "association"
    INTERNATIONAL = "international"  # 联合国, 东盟, 世贸组织: bodies of states
    SPORTS = "sports"  # 中国队, 某国女队: a place's team
    OTHER = "other"

    @property
    def public(self) -> bool:
        """A body that exists only for a jurisdiction (needs 省/市/区/县 … in front); in RDF also a
        ``schema:GovernmentOrganization``."""
        return self in PUBLIC_KINDS


PUBLIC_KINDS = frozenset(
    {OrgKind.PARTY, OrgKind.GOVERNMENT, OrgKind.CONGRESS, OrgKind.CPPCC, OrgKind.DISCIPLINE, OrgKind.JUDICIARY}
)
"""Organisation kinds of public bodies (:attr:`OrgKind.public`)."""


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


class GraphEdge(StrEnum):
    """Edges the graph adds beside the extracted relations (no document states them)."""

    POST_IN = "post_in"  # Post -> the Place it governs (its jurisdiction)


class PlaceLevel(StrEnum):
    """A Place's ``level``: China itself, the division levels with codes, villages, named areas (片区,
    高新区, regions), natural features (rivers, lakes), and places outside China."""

    COUNTRY = "country"  # China (中国, 中华人民共和国); other states are FOREIGN
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWN = "town"
    VILLAGE = "village"
    AREA = "area"
    NATURAL = "natural"
    FOREIGN = "foreign"


PLACE_LEVELS = tuple(level.value for level in PlaceLevel)
"""The :class:`PlaceLevel` values, in order (the SHACL shapes list the same)."""


class Tense(StrEnum):
    """A ``holds_position`` edge's ``tense``: how the sentence places the person in the post."""

    CURRENT = "current"
    FORMER = "former"  # 原, 时任
    APPOINTED = "appointed"  # 任命, 拟任
    REMOVED = "removed"  # 免去
    ELECTED = "elected"  # 当选

    @property
    def holding(self) -> bool:
        """False when the sentence says the person no longer holds the post."""
        return self not in (Tense.FORMER, Tense.REMOVED)


class DesignationStatus(StrEnum):
    """A ``designated_as`` edge's ``status``: the place holds the designation, or seeks it."""

    AWARDED = "awarded"
    ASPIRING = "aspiring"


DEFAULT_BASE_IRI = "https://w3id.org/kg-cn/"

DEFAULT_MAX_NODES = 2000
"""Nodes ``graph.html`` draws at most (the highest-degree ones); more make the page slow to open."""

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class KG(DefinedNamespace):
    """kg's own ontology terms: only what schema.org, ORG, PROV-O, SKOS and DC lack.

    Closed (``_fail``): a misspelt term raises instead of minting an IRI. Each term is described
    (label, comment, domain, range) in the ontology shipped beside the SHACL shapes,
    ``kg/shapes/ontology.ttl`` (:func:`kg.shapes.ontology_path`); a test keeps the two equal.
    """

    _fail = True
    _NS = Namespace(DEFAULT_BASE_IRI + "ontology#")

    # classes
    Designation: URIRef  # a title a place wins or seeks (pilot city, demonstration zone …)
    PostObservation: URIRef  # a person observed holding a post on a date

    # properties of entities
    official: URIRef  # boolean: the person holds a public post
    role: URIRef  # role of a non-official person (reporter, editor …)
    divisionCode: URIRef  # GB/T 2260 code of an administrative division
    divisionLevel: URIRef  # province | prefecture | county | town | village | area | natural | foreign
    parentDivisionCode: URIRef  # of a place: the division code of its parent division
    kind: URIRef  # an organisation's kind: party | government | congress | cppcc | company | media …
    mentionCount: URIRef  # number of mentions of an entity in the corpus
    conferrer: URIRef  # the body that confers a designation (财政部)
    body: URIRef  # the normalised body a title belongs to
    jurisdiction: URIRef  # the place a post or body governs
    filePath: URIRef  # the path a document was read from

    # direct relations kg mints
    designatedAs: URIRef
    chairs: URIRef
    meetsWith: URIRef

    # properties of statements (and of designations)
    title: URIRef  # a title exactly as written
    level: URIRef  # national | provincial | municipal
    batch: URIRef  # 首批, 第二批 …
    status: URIRef  # awarded | aspiring
    year: URIRef
    tense: URIRef  # of a post observation: current | former | appointed | removed | elected
    postName: URIRef  # of a post observation: the post as the sentence names it, body included
    homeCity: URIRef  # of a post observation: the page's home city a bare 市委/市长 was read against
    unique: URIRef  # of a designation statement: the text calls the place the only one so designated (唯一)
    startChar: URIRef
    endChar: URIRef
    edgeKey: URIRef  # the NetworkX edge key, written only when it is not the contract's default


KGX = Namespace(DEFAULT_BASE_IRI + "ontology/extra#")
"""Open namespace for attributes a *user* adds to the graph (kept so they round-trip). kg's own build
writes none: every attribute it sets has a term in :class:`KG` or a standard vocabulary (a test checks)."""
