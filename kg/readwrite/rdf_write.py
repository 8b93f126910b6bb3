"""The graph as RDF triples: the model, shared by the serialisers (:mod:`kg.readwrite.rdf_stream`) and rdflib.

The model (see ``docs/rdf.md``): entities are typed with schema.org / W3C ORG
classes and labelled with SKOS (``@zh``, plus ``@zh-Latn-pinyin`` for people
and places); every edge is a direct triple (``person org:holds post``) plus a
reified ``rdf:Statement`` node that carries its provenance: the document
(``prov:wasDerivedFrom``), the character span (``kg:startChar``,
``kg:endChar``), the sentence (``prov:value``) and the observation date
(``dcterms:date``). A held post's statement is also a ``kg:PostObservation``
with the title as written (``kg:title``).

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "a.txt"}])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=["a.txt"], mentions=1, official=True)
>>> G.add_node("post/市长", type="Post", name="市长", aliases=[], docs=[], mentions=0)
>>> _ = G.add_edge("person/张三", "post/市长", key="holds_position|a.txt|0|4|市长", predicate="holds_position",
...                doc="a.txt", start=0, end=4, evidence="市长张三出席。", date="2024-05-01", title="市长")
>>> ts = list(triples(G))
>>> ("https://w3id.org/kg-cn/person/张三", str(RDF.type), "https://schema.org/Person") in ts
True
>>> len(ts) == len(set(ts))
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.readwrite import rdf_model as m
from kg.readwrite.formats import RDF_FORMATS
from kg.vocab import DEFAULT_BASE_IRI, KG, ORG, NodeType, Predicate

__all__ = [
    "FORMATS",
    "Triple",
    "direct_triple",
    "document_triples",
    "fact_iri",
    "fact_triples",
    "node_triples",
    "pinyin_labels",
    "to_rdf",
    "triples",
]

Triple = tuple[str, str, "str | m.Lit"]
"""``(subject IRI, predicate IRI, object IRI or literal)``."""

FORMATS: dict[str, str] = {f.name: f.extension for f in RDF_FORMATS}
"""Format name → file extension (from :data:`kg.readwrite.formats.RDF_FORMATS`)."""

_TYPE = str(RDF.type)
_ID = str(DCTERMS.identifier)
_SUBJECT, _PREDICATE, _OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_EDGE_KEY = str(KG.edgeKey)
_LABEL, _ALT_LABEL, _POST_IN = str(RDFS.label), str(SKOS.altLabel), str(ORG.postIn)


def _fact_iri(u: str, v: str, key: Any, base: str) -> str:
    return f"{base}fact/{hashlib.sha1(f'{u}|{v}|{key}'.encode()).hexdigest()[:16]}"


def triples(G: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple of ``G``'s RDF, unsorted: documents, entities, direct triples, statements."""
    m.check_base(base)
    for doc in G.graph.get("documents", []):
        yield from document_triples(doc, base)
    for node, attrs in G.nodes(data=True):
        yield from node_triples(G, node, attrs, base)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        yield from _edge_triples(u, v, key, attrs, base)


def document_triples(doc: dict[str, Any], base: str) -> Iterator[Triple]:
    """The triples of one document record (``G.graph["documents"]``); their subject is ``doc/<id>``."""
    d = m.iri(f"doc/{doc['id']}", base)
    yield d, _TYPE, m.NEWS_ARTICLE
    yield d, _ID, m.Lit(str(doc["id"]))
    for key, value in doc.items():
        if key == "id" or value is None:
            continue
        if key == "date":
            yield d, str(DCTERMS.date), m.encode("date", value)
        elif key == "path":
            yield d, str(KG.filePath), m.encode(key, value)
        elif key in m.DOCUMENT_TERMS:
            yield d, m.DOCUMENT_TERMS[key], m.Lit(str(value))
        else:
            yield d, m.extra_term(key), m.encode(key, value)


def node_triples(G: nx.MultiDiGraph, node: str, attrs: dict[str, Any], base: str) -> Iterator[Triple]:
    """The triples of one node: classes, identifier, labels (pinyin too) and attributes."""
    s = m.iri(node, base)
    kind = attrs.get("type")
    classes = m.CLASSES.get(kind, (m.THING,))
    for c in classes:
        yield s, _TYPE, c
    if kind not in m.CLASSES:
        yield s, m.extra_term("type"), m.encode("type", kind)
    if kind == NodeType.PLACE and (attrs.get("code") or attrs.get("level") in m.ADMINISTRATIVE_LEVELS):
        yield s, _TYPE, m.ADMINISTRATIVE_AREA
    if kind == NodeType.ORGANIZATION and attrs.get("kind") in m.GOVERNMENT_KINDS:
        yield s, _TYPE, m.GOVERNMENT_ORGANIZATION
    yield s, _ID, m.Lit(str(node))
    if attrs.get("name") is not None:
        yield s, _LABEL, m.encode("name", attrs["name"], "zh")
        if kind in {NodeType.PERSON, NodeType.PLACE}:
            for label in pinyin_labels(str(attrs["name"]), kind):
                yield s, _ALT_LABEL, m.Lit(label, lang="zh-Latn-pinyin")
    if kind == NodeType.POST and attrs.get("body") and f"organization/{attrs['body']}" in G:
        yield s, _POST_IN, m.iri(f"organization/{attrs['body']}", base)
    for key, value in attrs.items():
        if key == "type" or value is None:
            continue
        a = m.NODE_ATTRS.get(key)
        if a is None:
            yield s, m.extra_term(key), m.encode(key, value)
            continue
        prop = m.PLACE_LEVEL if key == "level" and kind == NodeType.PLACE else a.prop
        values = value if key in m.LIST_ATTRS and isinstance(value, list | tuple) else [value]
        if key in m.LIST_ATTRS and not isinstance(value, list | tuple):
            yield s, m.extra_term(key), m.encode(key, value)  # not a list: keep its exact value
            continue
        for x in values:
            yield s, prop, _object(a, key, x, base)


def _object(a: m.Attr, key: str, value: Any, base: str) -> str | m.Lit:
    if a.ref and isinstance(value, str):
        return m.iri(f"doc/{value}" if a.ref == "doc" else value, base)
    return m.encode(key, value, a.lang)


def _edge_triples(u: str, v: str, key: Any, attrs: dict[str, Any], base: str) -> Iterator[Triple]:
    yield direct_triple(u, v, attrs, base)
    yield from fact_triples(u, v, key, attrs, base)


def direct_triple(u: str, v: str, attrs: dict[str, Any], base: str) -> Triple:
    """The edge ``u → v`` as one triple (``person org:holds post``; attendance the other way round)."""
    pred = attrs.get("predicate", "")
    p = m.PREDICATES.get(pred) or m.extra_term(f"predicate/{pred}")
    s, o = m.iri(u, base), m.iri(v, base)
    if pred in m.ATTENDS_INVERSE:
        s, o = o, s
    return s, p, o


def fact_iri(u: str, v: str, key: Any, base: str) -> str:
    """The IRI of the reified statement of edge ``(u, v, key)``."""
    return _fact_iri(u, v, key, base)


def fact_triples(u: str, v: str, key: Any, attrs: dict[str, Any], base: str) -> Iterator[Triple]:
    """The reified ``rdf:Statement`` of edge ``(u, v, key)`` with its provenance (one subject: the fact IRI)."""
    s, p, o = direct_triple(u, v, attrs, base)
    pred = attrs.get("predicate", "")
    f = _fact_iri(u, v, key, base)
    yield f, _TYPE, m.STATEMENT
    if pred == Predicate.HOLDS_POSITION:
        yield f, _TYPE, m.POST_OBSERVATION
    yield f, _SUBJECT, s
    yield f, _PREDICATE, p
    yield f, _OBJECT, o
    if key != m.default_edge_key(pred, attrs):
        yield f, _EDGE_KEY, m.encode("key", key)
    for name, value in attrs.items():
        if name == "predicate" or value is None:
            continue
        a = m.EDGE_ATTRS.get(name)
        if a is None:
            yield f, m.extra_term(name), m.encode(name, value)
        else:
            yield f, a.prop, _object(a, name, value, base)


# ---------------------------------------------------------------- pinyin
def pinyin_labels(name: str, kind: str) -> tuple[str, ...]:
    """Pinyin spellings of a Chinese name, with and without tone marks (empty when not Chinese).

    A person's surname is written apart from the given name (``Zhāng Sānfēng``).

    >>> pinyin_labels("欧阳修", "Person"), pinyin_labels("单雄信", "Person")
    (('Ōuyáng Xiū', 'Ouyang Xiu'), ('Shàn Xióngxìn', 'Shan Xiongxin'))
    >>> pinyin_labels("株洲市", "Place")
    ('Zhūzhōushì', 'Zhuzhoushi')
    >>> pinyin_labels("Paris", "Place")
    ()
    """
    if not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return ()
    from pypinyin import Style, lazy_pinyin

    if kind == NodeType.PERSON and len(name) > 1:  # the surname read as a surname (kg.pinyin: 单 → Shàn)
        from kg.pinyin import person_syllables

        parts = [person_syllables(name, style) for style in ("tone", "plain")]
        return tuple(dict.fromkeys(" ".join("".join(p).capitalize() for p in two if p) for two in parts))
    out = ["".join(lazy_pinyin(name, style=style)).capitalize() for style in (Style.TONE, Style.NORMAL)]
    return tuple(dict.fromkeys(out))


def _prefixes(base: str) -> dict[str, str]:
    return {**m.PREFIXES, m.DATA_PREFIX: base}


def to_rdf(G: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib :class:`~rdflib.Graph` of ``G`` (the same triples :func:`kg.readwrite.rdf_stream.write_rdf` writes)."""
    g = Graph()
    for prefix, ns in _prefixes(base).items():
        g.bind(prefix, ns)

    def term(t: str | m.Lit) -> URIRef | Literal:
        if isinstance(t, m.Lit):
            return Literal(t.value, lang=t.lang, datatype=URIRef(t.datatype) if t.datatype else None)
        return URIRef(t)

    for s, p, o in triples(G, base):
        g.add((URIRef(s), URIRef(p), term(o)))
    return g
