"""Load and save a built graph: a build's output folder, its ``graph.graphml``, or an RDF file.

:func:`save` mirrors :func:`load` (GraphML, Turtle/JSON-LD/N-Triples, GEXF, node-link
JSON by the file's suffix); :func:`flatten` gives a copy any networkx writer takes.

>>> import tempfile, pathlib
>>> from kg.build import build
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("市长张三丰出席会议。", encoding="utf-8")
>>> _ = build([d], d / "out")
>>> G = load(d / "out")
>>> G.nodes["person/张三丰"]["name"], G.graph["documents"][0]["id"]
('张三丰', 'a.txt')
>>> save(G, d / "copy.graphml")
>>> sorted(load(d / "copy.graphml").edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))
True
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import networkx as nx

from kg.errors import ConfigError, NoInputError
from kg.query.lookup import index
from kg.readwrite.formats import RDF_FORMATS
from kg.readwrite.graphml import read_graphml
from kg.readwrite.rdf_read import read_rdf

__all__ = ["GRAPH_FILES", "SAVE_FORMATS", "flatten", "load", "save"]

GRAPH_FILES = ("graph.graphml", "graph.ttl")
"""What :func:`load` looks for in a folder, in this order (GraphML is lossless and fastest)."""

_GRAPHML = {".graphml", ".xml"}
_RDF = {s: f.name for f in RDF_FORMATS for s in f.suffixes}


def load(path: str | os.PathLike[str] = "output") -> nx.MultiDiGraph:
    """The graph a build wrote, as a NetworkX ``MultiDiGraph`` with its lookup index built.

    ``path`` is a build's output folder (``graph.graphml`` is read, else
    ``graph.ttl``), a ``.graphml`` file, a node-link ``.json`` file (:func:`save`), or an
    RDF file (``.ttl`` …, read with ``kg.readwrite.rdf.read_rdf``). The graph is a plain networkx graph; the
    name index lives in ``G.graph`` (see :mod:`kg.query.lookup`).
    """
    p = Path(path)
    if p.is_dir():
        found = next((p / name for name in GRAPH_FILES if (p / name).is_file()), None)
        if found is None:
            raise NoInputError(f"{p}: no graph here ({' or '.join(GRAPH_FILES)}); run `kg build -o {p}` first")
        p = found
    elif not p.exists():
        raise NoInputError(f"{p}: no such file or folder; run `kg build` first (it writes output/)")
    suffix = p.suffix.lower()
    if suffix in _GRAPHML:
        G = read_graphml(p)
    elif suffix == ".json" and (links := _node_link(p)) is not None:
        G = links
    elif suffix in _RDF:
        G = read_rdf(p, _RDF[suffix])
    else:
        raise ConfigError(f"{p}: cannot load a {suffix or 'suffix-less'} file; give a .graphml or .ttl file")
    _rename_legacy(G)
    index(G)
    return G


def _node_link(p: Path) -> nx.MultiDiGraph | None:
    """The graph in a node-link JSON file :func:`save` wrote (``None`` when the JSON is no node-link data:
    a ``.json`` may be JSON-LD too)."""
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ConfigError(f"{p}: not valid JSON ({e})") from None
    if not (isinstance(data, dict) and "nodes" in data and "links" in data):
        return None
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    return G if isinstance(G, nx.MultiDiGraph) else nx.MultiDiGraph(G)


def _rename_legacy(G: nx.MultiDiGraph) -> None:
    """Graphs written before kg 0.2 call an edge's origin ``source``, which networkx keeps for the first node."""
    for *_, d in G.edges(data=True):
        if "source" in d and "origin" not in d:
            d["origin"] = d.pop("source")


SAVE_FORMATS = {
    ".graphml": "GraphML (lossless; kg.load reads it back)",
    ".ttl": "RDF Turtle",
    ".jsonld": "RDF JSON-LD",
    ".nt": "RDF N-Triples",
    ".gexf": "GEXF (Gephi); list attributes as JSON text",
    ".json": "node-link JSON (networkx.node_link_data, d3)",
}
"""What :func:`save` writes, by the file's suffix."""


def save(G: nx.MultiDiGraph, path: str | os.PathLike[str], base_iri: str | None = None) -> None:
    """Write ``G`` to ``path`` in the format its suffix names (:data:`SAVE_FORMATS`), atomically and deterministically.

    The counterpart of :func:`load`: ``kg.save(kg.load("output/"), "subset.graphml")``
    after filtering a graph in Python, then ``kg query --graph subset.graphml``.
    """
    from kg.readwrite.atomic import write_atomic

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".graphml":
        from kg.readwrite.graphml import graphml_text

        text = graphml_text(G)
    elif suffix in {".ttl", ".jsonld", ".nt"}:
        from kg.readwrite.rdf import write_rdf
        from kg.vocab import DEFAULT_BASE_IRI

        fmt = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt"}[suffix]
        text = write_rdf(G, fmt, base_iri or DEFAULT_BASE_IRI)
    elif suffix == ".gexf":
        buf = io.BytesIO()
        nx.write_gexf(flatten(G), buf)
        text = buf.getvalue().decode("utf-8")
    elif suffix == ".json":
        data = nx.node_link_data(_sorted(G), edges="links")
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    else:
        known = ", ".join(SAVE_FORMATS)
        raise ConfigError(f"{p}: cannot save a {suffix or 'suffix-less'} file; use one of {known}")
    write_atomic(p, text)


def _sorted(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with nodes and edges in sorted order (deterministic files)."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(sorted(G.nodes(data=True), key=lambda n: str(n[0])))
    H.add_edges_from(sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2]))))
    return H


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A sorted copy of ``G`` whose list and dict attributes are JSON text: what ``nx.write_graphml``,
    ``nx.write_gexf`` and ``nx.write_gml`` accept (they take only scalar values).

    >>> G = nx.MultiDiGraph(documents=[{"id": "a.txt"}])
    >>> G.add_node("place/长沙市", name="长沙市", aliases=["长沙"])
    >>> H = flatten(G)
    >>> H.nodes["place/长沙市"]["aliases"], H.graph["documents"]
    ('["长沙"]', '[{"id": "a.txt"}]')
    """
    H = _sorted(G)

    def flat(attrs: dict) -> dict:
        return {
            k: json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, list | tuple | dict | set) else v
            for k, v in attrs.items()
            if v is not None
        }

    H.graph = flat(H.graph)
    for n in H.nodes:
        attrs = flat(H.nodes[n])
        H.nodes[n].clear()
        H.nodes[n].update(attrs)
    for *_, d in H.edges(keys=True, data=True):
        attrs = flat(d)
        d.clear()
        d.update(attrs)
    return H
