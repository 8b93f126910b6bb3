"""Write the graph as RDF: Turtle, JSON-LD, N-Triples or N-Quads, byte-for-byte deterministic.

The model (see ``docs/rdf.md``): entities are typed with schema.org / W3C ORG
classes and labelled with SKOS (``@zh``, plus ``@zh-Latn-pinyin`` for people
and places); every edge is a direct triple (``person org:holds post``) plus a
reified ``rdf:Statement`` node that carries its provenance: the document
(``prov:wasDerivedFrom``), the character span (``kg:startChar``,
``kg:endChar``), the sentence (``prov:value``) and the observation date
(``dcterms:date``). A held post's statement is also a ``kg:PostObservation``
with the title as written (``kg:title``).

Triples are sorted before they are written, so the same graph always gives
the same bytes.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "a.txt"}])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=["a.txt"], mentions=1, official=True)
>>> G.add_node("post/市长", type="Post", name="市长", aliases=[], docs=[], mentions=0)
>>> _ = G.add_edge("person/张三", "post/市长", key="holds_position|a.txt|0|4|市长", predicate="holds_position",
...                doc="a.txt", start=0, end=4, evidence="市长张三出席。", date="2024-05-01", title="市长")
>>> ttl = write_rdf(G)
>>> "<https://w3id.org/kg-cn/person/张三> a schema:Person" in ttl
True
>>> '"Zhāng Sān"@zh-Latn-pinyin' in ttl
True
>>> write_rdf(G) == ttl
True
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from itertools import groupby
from json.encoder import encode_basestring as _json_str  # the C encoder json.dumps uses
from operator import itemgetter
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.errors import ConfigError
from kg.readwrite import rdf_model as m
from kg.readwrite.formats import RDF_FORMATS
from kg.vocab import DEFAULT_BASE_IRI, KG, ORG, NodeType, Predicate

__all__ = ["FORMATS", "Triple", "pinyin_labels", "to_rdf", "triples", "write_rdf", "write_rdf_formats"]

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
    for node, attrs in G.nodes(data=True):
        yield from _node_triples(G, node, attrs, base)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        yield from _edge_triples(u, v, key, attrs, base)


def _node_triples(G: nx.MultiDiGraph, node: str, attrs: dict[str, Any], base: str) -> Iterator[Triple]:
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
    pred = attrs.get("predicate", "")
    p = m.PREDICATES.get(pred) or m.extra_term(f"predicate/{pred}")
    s, o = m.iri(u, base), m.iri(v, base)
    if pred in m.ATTENDS_INVERSE:
        s, o = o, s
    yield s, p, o
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


# ---------------------------------------------------------------- serialisers
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"[+-]?\d+")
_XSD_INTEGER, _XSD_BOOLEAN = str(XSD.integer), str(XSD.boolean)


def _esc(value: str) -> str:
    out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if _CONTROL.search(out) is None:
        return out
    return _CONTROL.sub(lambda mo: f"\\u{ord(mo.group()):04X}", out)


def _nt(term: str | m.Lit) -> str:
    if isinstance(term, m.Lit):
        s = f'"{_esc(term.value)}"'
        if term.lang:
            return f"{s}@{term.lang}"
        return f"{s}^^<{term.datatype}>" if term.datatype else s
    return f"<{term}>"


def _sort_key(t: Triple) -> tuple:
    s, p, o = t
    if isinstance(o, m.Lit):
        return (s, p != _TYPE, p, 1, o.value, o.lang or "", o.datatype or "")
    return (s, p != _TYPE, p, 0, o, "", "")


def _prefixes(base: str) -> dict[str, str]:
    return {**m.PREFIXES, m.DATA_PREFIX: base}


def _curie(value: str, prefixes: dict[str, str], data_prefix: bool = False) -> str | None:
    for name, ns in prefixes.items():
        if value.startswith(ns):
            local = value[len(ns) :]
            if name == m.DATA_PREFIX and not data_prefix:
                continue
            if (data_prefix and name == m.DATA_PREFIX and not local.startswith("/")) or _LOCAL_NAME.fullmatch(local):
                return f"{name}:{local}"
    return None


class _Terms:
    """Term → its Turtle / JSON-LD spelling, remembered: a graph repeats few distinct IRIs many times."""

    def __init__(self, base: str) -> None:
        self.prefixes = _prefixes(base)
        self._ttl: dict[str, str] = {}
        self._ref: dict[str, str] = {}

    def ttl(self, term: str | m.Lit) -> str:
        """``term`` in Turtle: a prefixed name when it has one, else ``<IRI>``; literals as :func:`_ttl`."""
        if isinstance(term, m.Lit):
            return _ttl(term, self.prefixes)
        out = self._ttl.get(term)
        if out is None:
            out = self._ttl[term] = _curie(term, self.prefixes) or f"<{term}>"
        return out

    def ref(self, value: str) -> str:
        """``value`` in JSON-LD: a compact IRI when it has one (data IRIs too), else the IRI."""
        out = self._ref.get(value)
        if out is None:
            out = self._ref[value] = _curie(value, self.prefixes, data_prefix=True) or value
        return out


def _ttl(term: str | m.Lit, prefixes: dict[str, str]) -> str:
    if isinstance(term, m.Lit):
        if term.datatype == _XSD_INTEGER and _INTEGER.fullmatch(term.value):
            return term.value
        if term.datatype == _XSD_BOOLEAN and term.value in {"true", "false"}:
            return term.value
        if term.datatype:
            s = f'"{_esc(term.value)}"'
            return f"{s}^^{_curie(term.datatype, prefixes) or f'<{term.datatype}>'}"
        return _nt(term)
    return _curie(term, prefixes) or f"<{term}>"


def _turtle(ts: list[Triple], base: str) -> str:
    terms = _Terms(base)
    ttl = terms.ttl
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(terms.prefixes.items())]
    for s, group in groupby(ts, key=itemgetter(0)):
        lines.append("")
        parts = []
        for p, pgroup in groupby(group, key=itemgetter(1)):
            objs = ", ".join([ttl(t[2]) for t in pgroup])
            parts.append(f"{'a' if p == _TYPE else ttl(p)} {objs}")
        lines.append(f"<{s}> " + " ;\n    ".join(parts) + " .")
    return "\n".join(lines) + "\n"


def _jsonld(ts: list[Triple], base: str) -> str:
    """JSON-LD, spelled exactly as ``json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)``.

    ``json.dumps`` with an indent runs in pure Python; the document's shape is
    fixed (nodes → properties → lists of one-level objects), so it is written
    directly, with the C string encoder.
    """
    terms = _Terms(base)
    ref, enc = terms.ref, _json_str
    ctx = ",\n".join(f"  {enc(k)}: {enc(v)}" for k, v in sorted(terms.prefixes.items()))
    nodes = []
    for s, group in groupby(ts, key=itemgetter(0)):
        props: list[tuple[str, list[str]]] = [("@id", [])]
        ident = enc(ref(s))
        for p, pgroup in groupby(group, key=itemgetter(1)):
            if p == _TYPE:
                props.append(("@type", [f"    {enc(ref(str(t[2])))}" for t in pgroup]))
                continue
            values = []
            for t in pgroup:
                o = t[2]
                if isinstance(o, m.Lit):
                    if o.lang:
                        v = f'     "@language": {enc(o.lang)},\n     "@value": {enc(o.value)}'
                    elif o.datatype:
                        v = f'     "@type": {enc(ref(o.datatype))},\n     "@value": {enc(o.value)}'
                    else:
                        v = f'     "@value": {enc(o.value)}'
                else:
                    v = f'     "@id": {enc(ref(o))}'
                values.append(f"    {{\n{v}\n    }}")
            props.append((ref(p), values))
        props.sort(key=itemgetter(0))
        fields = []
        for key, values in props:
            if key == "@id":
                fields.append(f'   "@id": {ident}')
            elif values:
                fields.append(f"   {enc(key)}: [\n" + ",\n".join(values) + "\n   ]")
            else:
                fields.append(f"   {enc(key)}: []")
        nodes.append("  {\n" + ",\n".join(fields) + "\n  }")
    graph = "[\n" + ",\n".join(nodes) + "\n ]" if nodes else "[]"
    return f'{{\n "@context": {{\n{ctx}\n }},\n "@graph": {graph}\n}}\n'


def _sorted_triples(G: nx.MultiDiGraph, base: str) -> list[Triple]:
    """Distinct triples in :func:`_sort_key` order: subjects sorted as strings, then each subject's few triples."""
    by_subject: dict[str, set[Triple]] = {}
    for t in triples(G, base):
        group = by_subject.get(t[0])
        if group is None:
            group = by_subject[t[0]] = set()
        group.add(t)
    out: list[Triple] = []
    for s in sorted(by_subject):
        out += sorted(by_subject[s], key=_sort_key)
    return out


def _serialise(ts: list[Triple], fmt: str, base: str) -> str:
    if fmt == "turtle":
        return _turtle(ts, base)
    if fmt == "json-ld":
        return _jsonld(ts, base)
    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in ts)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_rdf(G: nx.MultiDiGraph, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> str:
    """Serialise ``G`` as ``fmt`` (``turtle``, ``json-ld``, ``nt``, ``nquads``): the same graph, the same bytes."""
    _check_format(fmt)
    return _serialise(_sorted_triples(G, base), fmt, base)


def write_rdf_formats(G: nx.MultiDiGraph, fmts: Sequence[str], base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """``{fmt: write_rdf(G, fmt, base)}`` for every format in ``fmts``, collecting and sorting the triples once.

    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt"}])
    >>> out = write_rdf_formats(G, ["turtle", "json-ld"])
    >>> out == {f: write_rdf(G, f) for f in ("turtle", "json-ld")}
    True
    """
    for fmt in fmts:
        _check_format(fmt)
    ts = _sorted_triples(G, base)
    return {fmt: _serialise(ts, fmt, base) for fmt in fmts}


def to_rdf(G: nx.MultiDiGraph, base: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib :class:`~rdflib.Graph` of ``G`` (the same triples :func:`write_rdf` writes)."""
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
