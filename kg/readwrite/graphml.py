"""GraphML export (and import) of the knowledge graph, lossless for kg's attributes.

GraphML holds only scalar attributes, so every attribute that is ever a list,
tuple or dict (``aliases``, ``docs``, ``G.graph["documents"]`` …) is stored
as JSON text; the graph attribute ``kg_json_keys`` records which attributes
were encoded so :func:`read_graphml` decodes exactly those. Key ids are
generic (``d0``, ``d1`` …) so a name used by nodes and edges with different
value types (``level``, ``date``, ``year``) keeps each value's type.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2021-03-14"}])
>>> G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"], code="430100")
>>> G.add_edge("place/长沙市", "place/湖南省", key="part_of|a.txt|0|3|", predicate="part_of", start=0)
'part_of|a.txt|0|3|'
>>> p = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> _ = p.write_text(graphml_text(G), encoding="utf-8")
>>> H = read_graphml(p)
>>> H.nodes["place/长沙市"]["aliases"], H.graph["documents"][0]["date"]
(['长沙'], '2021-03-14')
>>> dict(H.nodes(data=True)) == dict(G.nodes(data=True)) and list(H.edges(keys=True, data=True)) == list(
...     G.edges(keys=True, data=True))
True
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = ["graphml_text", "read_graphml"]

_LISTS = ("aliases", "docs")  # decoded in files written before ``kg_json_keys`` existed
_META = "kg_json_keys"


def _json_keys(records: Iterable[dict[str, Any]]) -> list[str]:
    """Attribute names whose values are containers anywhere, or mix scalar types."""
    types: dict[str, set[type]] = {}
    for a in records:
        for k, v in a.items():
            if v is not None:
                types.setdefault(k, set()).add(type(v))
    return sorted(k for k, ts in types.items() if len(ts) > 1 or ts & {list, tuple, dict, set})


def _encode(a: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    return {
        k: (json.dumps(sorted(v) if isinstance(v, set) else v, ensure_ascii=False) if k in keys else v)
        for k, v in a.items()
        if v is not None
    }


def graphml_text(G: nx.MultiDiGraph) -> str:
    """``G`` as GraphML (UTF-8 text), nodes and edges in sorted order."""
    node_keys = set(_json_keys(a for _, a in G.nodes(data=True)))
    edge_keys = set(_json_keys(d for *_, d in G.edges(data=True)))
    graph_attrs = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default", _META)}
    graph_keys = {k for k, v in graph_attrs.items() if not isinstance(v, str | int | float | bool)}
    H = nx.MultiDiGraph()
    H.graph.update(_encode(graph_attrs, graph_keys))
    meta = {"graph": sorted(graph_keys), "node": sorted(node_keys), "edge": sorted(edge_keys)}
    H.graph[_META] = json.dumps(meta, ensure_ascii=False, sort_keys=True)
    for n in sorted(G.nodes):
        H.add_node(n, **_encode(G.nodes[n], node_keys))
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        H.add_edge(u, v, key=k, **_encode(d, edge_keys))
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph written by :func:`graphml_text`, decoding its JSON-encoded attributes."""
    G = nx.read_graphml(path, force_multigraph=True)
    if not isinstance(G, nx.MultiDiGraph):
        G = nx.MultiDiGraph(G)
    for key in ("node_default", "edge_default"):
        if not G.graph.get(key):
            G.graph.pop(key, None)
    meta = json.loads(G.graph.pop(_META)) if isinstance(G.graph.get(_META), str) else None
    graph_keys, node_keys, edge_keys = (
        (set(meta["graph"]), set(meta["node"]), set(meta["edge"])) if meta else (set(), set(_LISTS), set())
    )
    _decode(G.graph, graph_keys)
    for _, a in G.nodes(data=True):
        _decode(a, node_keys)
    for *_, d in G.edges(data=True):
        _decode(d, edge_keys)
    return G


def _decode(a: dict[str, Any], keys: set[str]) -> None:
    for key in keys:
        if isinstance(a.get(key), str):
            a[key] = json.loads(a[key])
