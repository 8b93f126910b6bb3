"""Read kg's RDF (Turtle, JSON-LD, N-Triples, N-Quads) back into the NetworkX graph it was written from.

The inverse of :func:`kg.readwrite.rdf_stream.write_rdf`: entities (subjects
with a ``dcterms:identifier`` and a kg class) become nodes, ``rdf:Statement``
nodes become edges, ``schema:NewsArticle`` nodes the ``documents`` list.
Derived triples (pinyin labels, ``rdfs:label``, ``org:postIn``, the direct
triple) are skipped: they are recomputed on writing.

>>> import networkx as nx
>>> from kg.readwrite.rdf_stream import write_rdf
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"], docs=[], mentions=2, code="430100")
>>> H = read_rdf_text(write_rdf(G))
>>> dict(H.nodes["place/长沙市"]) == dict(G.nodes["place/长沙市"])
True
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF
from rdflib.namespace import DCTERMS

from kg.errors import InputError
from kg.readwrite import rdf_model as m
from kg.readwrite.formats import RDF_FORMATS, rdf_format
from kg.vocab import DEFAULT_BASE_IRI, KG, KGX, ORG

__all__ = ["read_rdf", "read_rdf_text"]

_SUFFIXES = {s: f for f in RDF_FORMATS for s in f.suffixes}
_TYPE, _ID, _STRING, _LANGSTRING = str(RDF.type), str(DCTERMS.identifier), m.XSD_STRING, str(RDF.langString)
_SKIP = {str(ORG.postIn), _ID, _TYPE}  # rdfs:label "…"@zh is skipped as a derived label; @en is label_en
_TYPE_OF_CLASS = {classes[0]: t for t, classes in m.CLASSES.items()}
_NODE_PROPS = {a.prop: (name, a) for name, a in m.NODE_ATTRS.items()}
_NODE_PROPS[m.PLACE_LEVEL] = ("level", m.NODE_ATTRS["level"])
_EDGE_PROPS = {a.prop: (name, a) for name, a in m.EDGE_ATTRS.items()}
_PREDICATE_OF = {p: name for name, p in m.PREDICATES.items()}


def _term(t: Any) -> str | m.Lit:
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        if t.language:
            return m.Lit(t.value, lang=t.language)
        return m.Lit(t.value, datatype=None if dt == _STRING else dt)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return t.value


def read_rdf_text(text: str | bytes, fmt: str = "turtle") -> nx.MultiDiGraph:
    """The graph in RDF ``text`` of format ``fmt`` (``turtle``, ``json-ld``, ``nt``, ``nquads``)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return _graph(ox.parse(data, format=getattr(ox.RdfFormat, rdf_format(fmt).oxigraph)), "<text>")


def read_rdf(path: str | os.PathLike[str], fmt: str | None = None) -> nx.MultiDiGraph:
    """The graph in an RDF file written by :func:`~kg.readwrite.rdf_stream.write_rdf` (format from the suffix)."""
    p = Path(path)
    found = rdf_format(fmt) if fmt else _SUFFIXES.get(p.suffix.lower())
    if found is None:
        known = ", ".join(s for f in RDF_FORMATS for s in f.suffixes)
        raise InputError(str(p), f"unknown RDF format {p.suffix.lower()!r}; use {known}")
    try:
        return _graph(ox.parse(path=str(p), format=getattr(ox.RdfFormat, found.oxigraph)), str(p))
    except OSError as e:
        raise InputError(str(p), f"cannot read ({e.strerror or e})") from None


def _graph(quads: Any, where: str) -> nx.MultiDiGraph:
    subjects: dict[str, list[tuple[str, str | m.Lit]]] = defaultdict(list)
    try:
        for q in quads:
            subjects[_term(q.subject)].append((q.predicate.value, _term(q.object)))  # type: ignore[index]
    except SyntaxError as e:
        raise InputError(where, f"not valid RDF ({e})") from None
    types = {s: {o for p, o in po if p == _TYPE} for s, po in subjects.items()}
    ids = {s: o.value for s, po in subjects.items() for p, o in po if p == _ID and isinstance(o, m.Lit)}
    base = _infer_base(ids)
    docs = {s: ids[s] for s in ids if m.NEWS_ARTICLE in types[s]}

    def ref(value: str | m.Lit, kind: str) -> str:
        if isinstance(value, m.Lit):
            return value.value
        if kind == "doc":
            return docs.get(value) or m.node_id_of(value, base + "doc/")
        return ids.get(value) or m.node_id_of(value, base)

    G = nx.MultiDiGraph()
    G.graph["documents"] = [_document(docs[s], subjects[s]) for s in sorted(docs, key=docs.get)]  # type: ignore[arg-type]
    nodes = sorted((ids[s], s) for s in ids if s not in docs and m.STATEMENT not in types[s])
    for node, s in nodes:
        G.add_node(node, **_node_attrs(subjects[s], types[s], ref))
    edges = []
    for s in subjects:
        if m.STATEMENT in types[s]:
            edges.append(_edge(subjects[s], ref))
    for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
        G.add_edge(u, v, key=key, **attrs)
    return G


def _infer_base(ids: dict[str, str]) -> str:
    """The base IRI the data was written with: an IRI minus its encoded identifier."""
    for s, node in ids.items():
        suffix = m.iri(node, "")
        if s.endswith(suffix) and len(s) > len(suffix):
            return s[: -len(suffix)]
    return DEFAULT_BASE_IRI


def _extra_name(p: str) -> str | None:
    return unquote(p[len(str(KGX)) :]) if p.startswith(str(KGX)) else None


def _document(doc_id: str, po: list) -> dict[str, Any]:
    out: dict[str, Any] = {"id": doc_id, "date": None}
    for p, o in po:
        if p == str(DCTERMS.date):
            out["date"] = o.value
        elif p == str(KG.filePath):
            out["path"] = m.decode(o)
        elif (key := next((k for k, t in m.DOCUMENT_TERMS.items() if t == p), None)) is not None:
            out[key] = str(o.value)
        elif (name := _extra_name(p)) is not None:
            out[name] = m.decode(o)
    return out


def _node_attrs(po: list, classes: set, ref: Any) -> dict[str, Any]:
    kind = next((_TYPE_OF_CLASS[c] for c in sorted(classes) if c in _TYPE_OF_CLASS), None)
    attrs: dict[str, Any] = {"type": kind, "aliases": [], "docs": []}
    lists: dict[str, list] = defaultdict(list)
    extras: dict[str, Any] = {}
    for p, o in po:
        if p in _SKIP:
            continue
        if (name := _extra_name(p)) is not None:
            if not name.startswith("predicate/"):  # the direct triple of an unmapped predicate
                extras[name] = m.decode(o)
        elif p in _NODE_PROPS:
            name, a = _NODE_PROPS[p]
            if a.lang and isinstance(o, m.Lit) and (o.lang or "").lower() != a.lang:
                continue  # pinyin and other derived labels
            value = ref(o, a.ref) if a.ref else m.decode(o)
            if name in m.LIST_ATTRS:
                lists[name].append(value)
            else:
                attrs[name] = value
    for name, values in lists.items():
        attrs[name] = sorted(values)
    if kind is None:
        kind = extras.pop("type", None)
    return {**attrs, **extras, "type": kind}


def _edge(po: list, ref: Any) -> tuple[str, str, Any, dict[str, Any]]:
    one = {p: o for p, o in po}
    pred = one.get(str(RDF.predicate), "")
    name = _PREDICATE_OF.get(pred) or (_extra_name(pred) or "").removeprefix("predicate/")  # type: ignore[arg-type]
    u, v = ref(one[str(RDF.subject)], "node"), ref(one[str(RDF.object)], "node")
    if name in m.ATTENDS_INVERSE:
        u, v = v, u
    attrs: dict[str, Any] = {"predicate": name}
    key = None
    for p, o in po:
        if p == str(KG.edgeKey):
            key = m.decode(o)
        elif (extra := _extra_name(p)) is not None:
            attrs[extra] = m.decode(o)
        elif p in _EDGE_PROPS:
            attr, a = _EDGE_PROPS[p]
            attrs[attr] = ref(o, a.ref) if a.ref else m.decode(o)
    return u, v, key if key is not None else m.default_edge_key(name, attrs), attrs
