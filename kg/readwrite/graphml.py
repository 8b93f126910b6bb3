"""GraphML export (and import) of the knowledge graph.

GraphML holds only scalar attributes, so list attributes (``aliases``,
``docs``) are stored as JSON strings and decoded again by :func:`read_graphml`.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph(); G.add_node("place/长沙市", type="Place", name="长沙市", aliases=["长沙"])
>>> p = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> _ = p.write_text(graphml_text(G), encoding="utf-8")
>>> read_graphml(p).nodes["place/长沙市"]["aliases"]
['长沙']
"""

from __future__ import annotations

import io
import json
import os

import networkx as nx

__all__ = ["graphml_text", "read_graphml"]

_LISTS = ("aliases", "docs")


def graphml_text(G: nx.MultiDiGraph) -> str:
    """``G`` as GraphML (UTF-8 text), nodes and edges in sorted order."""
    H = nx.MultiDiGraph()
    for n in sorted(G.nodes):
        a = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | tuple | dict) else v)
            for k, v in G.nodes[n].items()
        }
        H.add_node(n, **{k: v for k, v in a.items() if v is not None})
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        H.add_edge(u, v, key=k, **{a: b for a, b in d.items() if b is not None})
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue().decode("utf-8")


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph written by :func:`graphml_text`."""
    G = nx.read_graphml(path, force_multigraph=True)
    for _, a in G.nodes(data=True):
        for key in _LISTS:
            if isinstance(a.get(key), str):
                a[key] = json.loads(a[key])
    return G
