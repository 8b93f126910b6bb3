"""Write the graph as RDF: Turtle, JSON-LD, N-Triples or N-Quads, as streams, byte-for-byte deterministic.

Subjects are written in sorted order, each with its own triples sorted
(:func:`_sort_key`), so the same graph always gives the same bytes. The subjects
(one IRI per document, node and edge statement) are sorted a bounded run at a time,
the runs kept in temporary files and merged; each subject's few triples are made
when it is written, and every format is fed in the same pass, so no file, no list
of all triples and no list of all subjects is ever in memory (:func:`stream_rdf`).

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

import io
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import groupby
from json.encoder import encode_basestring as _json_str  # the C encoder json.dumps uses
from operator import itemgetter
from typing import Any

import networkx as nx
from rdflib import XSD

from kg.errors import ConfigError
from kg.readwrite import rdf_model as m
from kg.readwrite.extsort import external_sorted
from kg.readwrite.rdf_write import (
    _TYPE,
    FORMATS,
    Triple,
    _prefixes,
    direct_triple,
    document_triples,
    fact_iri,
    fact_triples,
    node_triples,
)
from kg.vocab import DEFAULT_BASE_IRI

__all__ = ["stream_rdf", "write_rdf", "write_rdf_formats"]

Write = Callable[[str], Any]
"""Where a serialiser's text goes: ``file.write``, ``list.append`` …"""

# ---------------------------------------------------------------- terms
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


def _curie(value: str, prefixes: dict[str, str], data_prefix: bool = False) -> str | None:
    for name, ns in prefixes.items():
        if value.startswith(ns):
            local = value[len(ns) :]
            if name == m.DATA_PREFIX and not data_prefix:
                continue
            if (data_prefix and name == m.DATA_PREFIX and not local.startswith("/")) or _LOCAL_NAME.fullmatch(local):
                return f"{name}:{local}"
    return None


_TERMS_REMEMBERED = 1 << 13
"""Spellings a :class:`_Terms` remembers before it starts again (every subject is a distinct IRI: unbounded
memory otherwise, as large as the subject index)."""


class _Terms:
    """Term → its Turtle / JSON-LD spelling, remembered: a graph repeats few distinct IRIs many times.

    At most :data:`_TERMS_REMEMBERED` of each are held; then the memory is cleared (the same spellings).
    """

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
            if len(self._ttl) >= _TERMS_REMEMBERED:
                self._ttl.clear()
            out = self._ttl[term] = _curie(term, self.prefixes) or f"<{term}>"
        return out

    def ref(self, value: str) -> str:
        """``value`` in JSON-LD: a compact IRI when it has one (data IRIs too), else the IRI."""
        out = self._ref.get(value)
        if out is None:
            if len(self._ref) >= _TERMS_REMEMBERED:
                self._ref.clear()
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


# ---------------------------------------------------------------- one subject at a time
_DOC, _NODE, _FACT = 0, 1, 2


def _subjects(G: nx.MultiDiGraph, base: str, run: int | None = None) -> Iterator[tuple]:
    """Every subject IRI with what its triples come from (a document, a node, an edge's statement), sorted by IRI.

    One flat tuple per source, ``(IRI, kind, …)``; a subject with several sources has consecutive
    entries. A node's subject also carries the direct triples of its edges (out-edges, or in-edges for
    the predicates written the other way round), so edges need no entry of their own there. Sorted
    ``run`` entries (default :data:`~kg.readwrite.extsort.RUN_ITEMS`) at a time, the rest in temporary
    files (:func:`~kg.readwrite.extsort.external_sorted`): the index held does not grow with the graph.
    """
    documents = G.graph.get("documents", [])
    entries = itertools.chain(
        ((m.iri(f"doc/{d['id']}", base), _DOC, i) for i, d in enumerate(documents)),
        ((m.iri(node, base), _NODE, node) for node in G.nodes),
        ((fact_iri(u, v, key, base), _FACT, u, v, key) for u, v, key in G.edges(keys=True)),
    )
    return external_sorted(entries, key=itemgetter(0), run=run)  # stable: a subject's sources stay in that order


def _subject_triples(G: nx.MultiDiGraph, sources: list[tuple], base: str) -> list[Triple]:
    """The distinct triples of one subject, in :func:`_sort_key` order."""
    ts: set[Triple] = set()
    for src in sources:
        if src[0] == _DOC:
            ts.update(document_triples(G.graph["documents"][src[1]], base))
        elif src[0] == _NODE:
            node = src[1]
            ts.update(node_triples(G, node, G.nodes[node], base))
            for _, v, attrs in G.out_edges(node, data=True):
                if attrs.get("predicate", "") not in m.ATTENDS_INVERSE:
                    ts.add(direct_triple(node, v, attrs, base))
            for u, _, attrs in G.in_edges(node, data=True):
                if attrs.get("predicate", "") in m.ATTENDS_INVERSE:
                    ts.add(direct_triple(u, node, attrs, base))
        else:
            _, u, v, key = src
            ts.update(fact_triples(u, v, key, G.edges[u, v, key], base))
    return sorted(ts, key=_sort_key)


class _Turtle:
    def __init__(self, write: Write, base: str) -> None:
        self.w, self.terms = write, _Terms(base)
        write("\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(self.terms.prefixes.items())))

    def subject(self, s: str, ts: list[Triple]) -> None:
        ttl, parts = self.terms.ttl, []
        for p, pgroup in groupby(ts, key=itemgetter(1)):
            objs = ", ".join([ttl(t[2]) for t in pgroup])
            parts.append(f"{'a' if p == _TYPE else ttl(p)} {objs}")
        self.w(f"\n\n<{s}> " + " ;\n    ".join(parts) + " .")

    def end(self) -> None:
        self.w("\n")


class _JsonLd:
    """JSON-LD, spelled exactly as ``json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)``.

    ``json.dumps`` with an indent runs in pure Python; the document's shape is
    fixed (nodes → properties → lists of one-level objects), so it is written
    directly, with the C string encoder.
    """

    def __init__(self, write: Write, base: str) -> None:
        self.w, self.terms, self.first = write, _Terms(base), True
        enc = _json_str
        ctx = ",\n".join(f"  {enc(k)}: {enc(v)}" for k, v in sorted(self.terms.prefixes.items()))
        write(f'{{\n "@context": {{\n{ctx}\n }},\n "@graph": ')

    def subject(self, s: str, ts: list[Triple]) -> None:
        ref, enc = self.terms.ref, _json_str
        props: list[tuple[str, list[str]]] = [("@id", [])]
        ident = enc(ref(s))
        for p, pgroup in groupby(ts, key=itemgetter(1)):
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
        self.w(("[\n" if self.first else ",\n") + "  {\n" + ",\n".join(fields) + "\n  }")
        self.first = False

    def end(self) -> None:
        self.w("[]" if self.first else "\n ]")
        self.w("\n}\n")


class _NTriples:
    line_end = " .\n"

    def __init__(self, write: Write, base: str) -> None:
        self.w = write

    def subject(self, s: str, ts: list[Triple]) -> None:
        self.w("".join([f"{_nt(s)} {_nt(p)} {_nt(o)}{self.line_end}" for s, p, o in ts]))

    def end(self) -> None:
        pass


class _NQuads(_NTriples):
    """N-Triples with a graph term: every triple in the named graph ``<BASE>graph``, so several builds
    loaded into one quad store stay apart (``GRAPH <…/graph> { … }`` in SPARQL)."""

    def __init__(self, write: Write, base: str) -> None:
        super().__init__(write, base)
        self.line_end = f" {_nt(graph_iri(base))} .\n"


def graph_iri(base: str = DEFAULT_BASE_IRI) -> str:
    """The named graph N-Quads output puts every triple in: ``<BASE>graph``.

    >>> graph_iri("https://example.org/kg/")
    'https://example.org/kg/graph'
    """
    return f"{base}graph"


_WRITERS = {"turtle": _Turtle, "json-ld": _JsonLd, "nt": _NTriples, "nquads": _NQuads}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")


def stream_rdf(G: nx.MultiDiGraph, sinks: Mapping[str, Write], base: str = DEFAULT_BASE_IRI) -> None:
    """Write ``G`` in every format of ``sinks`` (format name → write function) in one pass over its subjects.

    >>> import networkx as nx
    >>> parts: list[str] = []
    >>> stream_rdf(nx.MultiDiGraph(documents=[{"id": "a.txt"}]), {"nt": parts.append})
    >>> "".join(parts) == write_rdf(nx.MultiDiGraph(documents=[{"id": "a.txt"}]), "nt")
    True
    """
    for fmt in sinks:
        _check_format(fmt)
    m.check_base(base)
    writers = [_WRITERS[fmt](write, base) for fmt, write in sinks.items()]
    for s, sources in _iter_subjects(G, base):
        ts = _subject_triples(G, sources, base)
        for w in writers:
            w.subject(s, ts)
    for w in writers:
        w.end()


def _iter_subjects(G: nx.MultiDiGraph, base: str) -> Iterator[tuple[str, list[tuple]]]:
    """Each subject IRI, in order, with its sources ``(kind, …)``."""
    for s, group in groupby(_subjects(G, base), key=itemgetter(0)):
        yield s, [entry[1:] for entry in group]


def write_rdf(G: nx.MultiDiGraph, fmt: str = "turtle", base: str = DEFAULT_BASE_IRI) -> str:
    """Serialise ``G`` as ``fmt`` (``turtle``, ``json-ld``, ``nt``, ``nquads``): the same graph, the same bytes."""
    buf = io.StringIO()
    stream_rdf(G, {fmt: buf.write}, base)
    return buf.getvalue()


def write_rdf_formats(G: nx.MultiDiGraph, fmts: Sequence[str], base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """``{fmt: write_rdf(G, fmt, base)}`` for every format in ``fmts``, in one pass.

    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt"}])
    >>> out = write_rdf_formats(G, ["turtle", "json-ld"])
    >>> out == {f: write_rdf(G, f) for f in ("turtle", "json-ld")}
    True
    """
    bufs = {fmt: io.StringIO() for fmt in fmts}
    stream_rdf(G, {fmt: b.write for fmt, b in bufs.items()}, base)
    return {fmt: b.getvalue() for fmt, b in bufs.items()}
