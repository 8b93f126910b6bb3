"""The RDF model of the graph: which standard term carries which node or edge attribute.

One table each for classes, predicates and attributes, shared by the writer
(:mod:`kg.readwrite.rdf_write`), the reader (:mod:`kg.readwrite.rdf_read`)
and the SHACL shapes, so the mapping is stated once. Terms are plain IRI
strings and :class:`Lit` tuples: cheap enough for graphs of millions of
triples, and turned into rdflib or pyoxigraph terms only at the edges.

>>> iri("person/张三")
'https://w3id.org/kg-cn/person/张三'
>>> iri("person/a \\"b\\"#%")
'https://w3id.org/kg-cn/person/a%20%22b%22%23%25'
>>> node_id_of(iri("place/../x"))
'place/../x'
>>> encode("date", "2021-03-14")
Lit(value='2021-03-14', lang=None, datatype='http://www.w3.org/2001/XMLSchema#date')
>>> decode(encode("year", 2022)), decode(encode("official", True))
(2022, True)
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.data.dates import PartialDate
from kg.errors import ConfigError
from kg.vocab import DEFAULT_BASE_IRI, KG, KGX, ORG, PUBLIC_KINDS, SCHEMA, GraphEdge, NodeType, PlaceLevel, Predicate

__all__ = [
    "ATTENDS_INVERSE",
    "CLASSES",
    "DATA_PREFIX",
    "EDGE_ATTRS",
    "GOVERNMENT_KINDS",
    "LIST_ATTRS",
    "NODE_ATTRS",
    "PREDICATES",
    "PREFIXES",
    "Lit",
    "check_base",
    "decode",
    "default_edge_key",
    "encode",
    "extra_term",
    "iri",
    "node_id_of",
]

DATA_PREFIX = "kgd"
"""The prefix bound to the base IRI of data (entities, documents, facts)."""

PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "kg": str(KG._NS),
    "kgx": str(KGX),
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "xsd": str(XSD),
}
"""Prefixes of the vocabularies the model uses (the data prefix is added per base IRI)."""


class Lit(NamedTuple):
    """An RDF literal: lexical value, language tag or datatype IRI (at most one)."""

    value: str
    lang: str | None = None
    datatype: str | None = None


# ---------------------------------------------------------------- classes
CLASSES: dict[str, tuple[str, ...]] = {
    NodeType.PERSON: (str(SCHEMA.Person),),
    NodeType.PLACE: (str(SCHEMA.Place),),
    NodeType.ORGANIZATION: (str(SCHEMA.Organization), str(ORG.Organization)),
    NodeType.PROJECT: (str(SCHEMA.Project),),
    NodeType.DESIGNATION: (str(KG.Designation),),
    NodeType.MEETING: (str(SCHEMA.Event),),
    NodeType.POST: (str(ORG.Post),),
}
"""Node ``type`` → its classes; the first identifies the type when reading back."""

ADMINISTRATIVE_AREA = str(SCHEMA.AdministrativeArea)
GOVERNMENT_ORGANIZATION = str(SCHEMA.GovernmentOrganization)
NEWS_ARTICLE = str(SCHEMA.NewsArticle)
DOCUMENT_TERMS = {"headline": str(SCHEMA.headline), "paper": str(DCTERMS.publisher)}
"""A page's headline and paper (the graph's document records) as standard terms."""
STATEMENT = str(RDF.Statement)
XSD_STRING = str(XSD.string)
POST_OBSERVATION = str(KG.PostObservation)
THING = str(SCHEMA.Thing)

GOVERNMENT_KINDS = PUBLIC_KINDS
"""Organisation ``kind`` values that also make it a ``schema:GovernmentOrganization`` (:attr:`OrgKind.public`:
party, government, congress, CPPCC, discipline, judiciary)."""

ADMINISTRATIVE_LEVELS = frozenset(
    {PlaceLevel.PROVINCE, PlaceLevel.PREFECTURE, PlaceLevel.COUNTY, PlaceLevel.TOWN, PlaceLevel.VILLAGE}
)
"""Place ``level`` values of a real division (``schema:AdministrativeArea``)."""

# ---------------------------------------------------------------- predicates
PREDICATES: dict[str, str] = {
    Predicate.HOLDS_POSITION: str(ORG.holds),
    Predicate.MEMBER_OF: str(ORG.memberOf),
    Predicate.PART_OF: str(SCHEMA.containedInPlace),
    Predicate.LOCATED_IN: str(SCHEMA.location),
    Predicate.DESIGNATED_AS: str(KG.designatedAs),
    Predicate.CHAIRS: str(KG.chairs),
    Predicate.ATTENDS: str(SCHEMA.attendee),
    Predicate.MEETS_WITH: str(KG.meetsWith),
    GraphEdge.POST_IN: str(DCTERMS.spatial),  # Post → the Place it governs (org:postIn's range is an Organization)
}
"""Edge ``predicate`` → the property of the direct triple."""

ATTENDS_INVERSE = frozenset({Predicate.ATTENDS})
"""Predicates whose standard property points the other way (``meeting schema:attendee person``)."""


# ---------------------------------------------------------------- attributes
class Attr(NamedTuple):
    """How one graph attribute is written: its property, and whether the value is a node/doc IRI."""

    prop: str
    ref: str = ""  # "" (literal) | "node" (an entity id) | "doc" (a document id)
    lang: str | None = None  # language tag for text written by people


NODE_ATTRS: dict[str, Attr] = {
    "name": Attr(str(SKOS.prefLabel), lang="zh"),
    "aliases": Attr(str(SKOS.altLabel), lang="zh"),
    "docs": Attr(str(DCTERMS.source), ref="doc"),
    "mentions": Attr(str(KG.mentionCount)),
    "official": Attr(str(KG.official)),
    "role": Attr(str(KG.role)),
    "code": Attr(str(KG.divisionCode)),
    "kind": Attr(str(KG.kind)),
    "level": Attr(str(KG.level)),  # a Place's level is written as kg:divisionLevel
    "batch": Attr(str(KG.batch), lang="zh"),
    "year": Attr(str(KG.year)),
    "conferrer": Attr(str(KG.conferrer), lang="zh"),
    "status": Attr(str(KG.status)),
    "date": Attr(str(DCTERMS.date)),
    "title": Attr(str(KG.title), lang="zh"),
    "body": Attr(str(KG.body), lang="zh"),
    "jurisdiction": Attr(str(KG.jurisdiction), ref="node"),
    "parent": Attr(str(KG.parentDivisionCode)),
    "label_en": Attr(str(RDFS.label), lang="en"),  # rdfs:label "…"@zh is the name, written apart
}
PLACE_LEVEL = str(KG.divisionLevel)

EDGE_ATTRS: dict[str, Attr] = {
    "doc": Attr(str(PROV.wasDerivedFrom), ref="doc"),
    "start": Attr(str(KG.startChar)),
    "end": Attr(str(KG.endChar)),
    "evidence": Attr(str(PROV.value), lang="zh"),
    "date": Attr(str(DCTERMS.date)),
    "title": Attr(str(KG.title), lang="zh"),
    "body": Attr(str(KG.body), lang="zh"),
    "jurisdiction": Attr(str(KG.jurisdiction), ref="node"),
    "tense": Attr(str(KG.tense)),
    "status": Attr(str(KG.status)),
    "level": Attr(str(KG.level)),
    "batch": Attr(str(KG.batch), lang="zh"),
    "year": Attr(str(KG.year)),
    "conferrer": Attr(str(KG.conferrer), lang="zh"),
    "post": Attr(str(KG.postName), lang="zh"),
    "city": Attr(str(KG.homeCity), lang="zh"),
    "unique": Attr(str(KG.unique)),
    "origin": Attr(str(DCTERMS.source)),  # a dataset, not a document: "gazetteer" (attribute "source" before 0.2)
}

LIST_ATTRS = frozenset({"aliases", "docs"})
"""Node attributes that are lists (written as repeated triples, read back sorted)."""


def extra_term(name: str) -> str:
    """The ``kgx:`` property of an attribute a user added and the model does not map (kept so it round-trips)."""
    return str(KGX) + quote(name, safe="")


# ---------------------------------------------------------------- IRIs
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_base(base: str) -> str:
    """``base`` when it is an absolute http(s) IRI ending in ``/`` or ``#``; else :class:`ConfigError`.

    >>> check_base("https://example.org/kg/")
    'https://example.org/kg/'
    """
    if not re.match(r"^https?://[^/?#]+(/[^?#]*)?[/#]$", base) or _IRI_UNSAFE.search(base):
        raise ConfigError(
            f"base IRI {base!r} is not an absolute http(s) IRI ending in '/' or '#' "
            "(example: --base-iri https://example.org/kg/)"
        )
    return base


def _keep(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum() or ch in "-._~/@"
    # IRIs may hold most non-ASCII characters as they are (RFC 3987), which keeps Chinese readable;
    # spaces, controls, format characters and private-use characters are percent-encoded.
    return unicodedata.category(ch)[0] not in "ZC"


_ALL_KEPT = re.compile(r"[A-Za-z0-9\-._~/@\u4e00-\u9fff]*")
"""Node ids made only of these characters (the usual case) need no percent-encoding: a fast path."""


@lru_cache(maxsize=1 << 13)  # small: it lives as long as the process, and the fast path is cheap
def iri(node_id: str, base: str = DEFAULT_BASE_IRI) -> str:
    """The stable IRI of a node (or document, ``doc/<id>``) id: readable, percent-encoded where unsafe."""
    if _ALL_KEPT.fullmatch(node_id):
        out = node_id
    else:
        out = "".join(ch if _keep(ch) else quote(ch, safe="") for ch in node_id)
    # "." and ".." path segments would be removed when a tool normalises the IRI
    if "." not in out:
        return base + out
    return base + "/".join("%2E" * len(seg) if seg in {".", ".."} else seg for seg in out.split("/"))


def node_id_of(value: str, base: str = DEFAULT_BASE_IRI) -> str:
    """The node id an IRI made by :func:`iri` stands for (the inverse of :func:`iri`)."""
    return unquote(value[len(base) :] if value.startswith(base) else value)


def default_edge_key(predicate: str, attrs: dict[str, Any]) -> str:
    """The edge key ``graph.build_graph`` gives an edge (``predicate|doc|start|end|title``)."""
    return "|".join([predicate, *(str(attrs.get(k, "")) for k in ("doc", "start", "end", "title"))])


# ---------------------------------------------------------------- literals
_XSD_INT, _XSD_BOOL, _XSD_DOUBLE = str(XSD.integer), str(XSD.boolean), str(XSD.double)
_RDF_JSON = str(RDF) + "JSON"
_DATE_TYPES = {str(XSD.date), str(XSD.gMonthDay), str(XSD.gYearMonth), str(XSD.gYear)}


def _date_type(value: str) -> str | None:
    """The XSD datatype of a date in its canonical ISO form (:class:`~kg.data.dates.PartialDate`), else ``None``."""
    d = PartialDate.parse(value)
    return d.xsd if d is not None and d.iso == value else None


def encode(attr: str, value: Any, lang: str | None = None) -> Lit:
    """The literal of one attribute value; its datatype records the Python type, so it reads back equal."""
    if isinstance(value, bool):
        return Lit("true" if value else "false", datatype=_XSD_BOOL)
    if isinstance(value, int):
        return Lit(str(value), datatype=_XSD_INT)
    if isinstance(value, float):
        return Lit(repr(value), datatype=_XSD_DOUBLE)
    if isinstance(value, str):
        if attr == "date" and (t := _date_type(value)):
            return Lit(value, datatype=t)
        return Lit(value, lang=lang)
    return Lit(json.dumps(value, ensure_ascii=False, sort_keys=True), datatype=_RDF_JSON)


def decode(lit: Lit) -> Any:
    """The Python value of a literal written by :func:`encode`."""
    if lit.datatype == _XSD_INT:
        return int(lit.value)
    if lit.datatype == _XSD_BOOL:
        return lit.value in {"true", "1"}
    if lit.datatype == _XSD_DOUBLE:
        return float(lit.value)
    if lit.datatype == _RDF_JSON:
        return json.loads(lit.value)
    return lit.value
