"""RDF export of the knowledge graph (Turtle, JSON-LD, N-Triples) with rdflib.

Entities get stable IRIs ``<base><type>/<percent-encoded name>``, ``@zh``
labels and schema.org classes; every relation is also a ``kg:Mention``-style
statement node with PROV-O provenance (document, span, evidence sentence).

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> from kg.graph import build_graph
>>> g = to_rdf(build_graph(resolve([extract(Document(id="a.txt", text="市长张三丰出席会议。"))])))
>>> from rdflib import Literal
>>> (None, SKOS.prefLabel, Literal("张三丰", lang="zh")) in g
True
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.vocab import DEFAULT_BASE_IRI, KG, ORG, SCHEMA

__all__ = ["iri", "to_rdf", "write_rdf"]

_CLASSES = {
    "Person": SCHEMA.Person,
    "Place": SCHEMA.Place,
    "Organization": SCHEMA.Organization,
    "Project": SCHEMA.Project,
    "Designation": KG.Designation,
    "Meeting": SCHEMA.Event,
    "Post": ORG.Post,
}
_PREDICATES = {
    "holds_position": ORG.holds,
    "member_of": ORG.memberOf,
    "part_of": SCHEMA.containedInPlace,
    "located_in": SCHEMA.location,
    "designated_as": KG.designatedAs,
    "chairs": KG.chairs,
    "attends": KG.attends,
    "meets_with": KG.meetsWith,
}
FORMATS = {"turtle": "ttl", "json-ld": "jsonld", "nt": "nt", "xml": "rdf"}


def iri(node_id: str, base: str = DEFAULT_BASE_IRI) -> URIRef:
    """The stable IRI of a node id: ``person/张三`` → ``<base>person/%E5%BC%A0%E4%B8%89``."""
    return URIRef(base + quote(node_id, safe="/@"))


def _date(value: str) -> Literal:
    if len(value) == 10 and value[4] == "-":
        return Literal(value, datatype=XSD.date)
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value)


def to_rdf(G: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib graph of ``G``: entities, posts, relations and their provenance."""
    g = Graph()
    for prefix, ns in (
        ("kg", KG._NS),
        ("schema", SCHEMA),
        ("org", ORG),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("skos", SKOS),
    ):
        g.bind(prefix, ns)
    data_ns = Namespace(base)
    g.bind("kgd", data_ns)
    for doc in G.graph.get("documents", []):
        d = iri(f"doc/{doc['id']}", base)
        g.add((d, RDF.type, SCHEMA.NewsArticle))
        g.add((d, DCTERMS.identifier, Literal(doc["id"])))
        if doc.get("date"):
            g.add((d, DCTERMS.date, _date(doc["date"])))
    for node, a in G.nodes(data=True):
        s = iri(node, base)
        g.add((s, RDF.type, _CLASSES.get(a["type"], SCHEMA.Thing)))
        g.add((s, SKOS.prefLabel, Literal(a["name"], lang="zh")))
        g.add((s, RDFS.label, Literal(a["name"], lang="zh")))
        for alias in a.get("aliases", []):
            g.add((s, SKOS.altLabel, Literal(alias, lang="zh")))
        if a["type"] == "Person":
            g.add((s, KG.official, Literal(bool(a.get("official")))))
            if a.get("role"):
                g.add((s, KG.role, Literal(a["role"])))
        for key, term in (("code", KG.divisionCode), ("level", KG.level), ("status", KG.status), ("batch", KG.batch)):
            if a.get(key):
                g.add((s, term, Literal(a[key])))
        for doc in a.get("docs", []):
            g.add((s, DCTERMS.source, iri(f"doc/{doc}", base)))
    for u, v, key, a in G.edges(keys=True, data=True):
        s, o = iri(u, base), iri(v, base)
        p = _PREDICATES[a["predicate"]]
        g.add((s, p, o))
        st = iri("statement/" + hashlib.sha1(f"{u}|{v}|{key}".encode()).hexdigest()[:16], base)
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, iri(f"doc/{a['doc']}", base)))
        g.add((st, PROV.value, Literal(a["evidence"], lang="zh")))
        g.add((st, KG.startChar, Literal(a["start"])))
        g.add((st, KG.endChar, Literal(a["end"])))
        if a.get("title"):
            g.add((st, KG.title, Literal(a["title"], lang="zh")))
        if a.get("date"):
            g.add((st, KG.observedOn, _date(a["date"])))
        if a.get("status"):
            g.add((st, KG.status, Literal(a["status"])))
    return g


def write_rdf(G: nx.MultiDiGraph, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> str:
    """Serialise ``G`` as ``fmt`` (turtle, json-ld, nt, xml); deterministic for the same graph."""
    g = to_rdf(G, base)
    if fmt == "nt":
        return "".join(sorted(line + "\n" for line in g.serialize(format="nt").splitlines() if line))
    return g.serialize(format=fmt)
