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
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import networkx as nx

from kg.readwrite.extsort import external_sorted

__all__ = ["graphml_text", "read_graphml", "write_graphml"]

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


_Node = tuple[Any, dict[str, Any]]
_Edge = tuple[Any, Any, Any, dict[str, Any]]


def _prepare(G: nx.MultiDiGraph) -> tuple[dict[str, Any], list[_Node], list[_Edge]]:
    """Graph data, nodes and edges as written: sorted, containers as JSON text, ``None`` dropped."""
    graph_data, nodes, edges = _plan(G)
    return graph_data, list(nodes()), list(edges())


def _plan(G: nx.MultiDiGraph) -> tuple[dict[str, Any], Callable[[], Iterator[_Node]], Callable[[], Iterator[_Edge]]]:
    """Graph data as written, and two functions that yield the nodes and the edges as written, in order."""
    node_keys = set(_json_keys(a for _, a in G.nodes(data=True)))
    edge_keys = set(_json_keys(d for *_, d in G.edges(data=True)))
    graph_attrs = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default", _META)}
    graph_keys = {k for k, v in graph_attrs.items() if not isinstance(v, str | int | float | bool)}
    graph_data = _encode(graph_attrs, graph_keys)
    meta = {"graph": sorted(graph_keys), "node": sorted(node_keys), "edge": sorted(edge_keys)}
    graph_data[_META] = json.dumps(meta, ensure_ascii=False, sort_keys=True)

    def nodes() -> Iterator[_Node]:
        for n in sorted(G.nodes):
            yield n, _encode(G.nodes[n], node_keys)

    def edges() -> Iterator[_Edge]:  # sorted a bounded run at a time: no list of every edge is held
        for u, v, k in external_sorted(G.edges(keys=True), key=_edge_order):
            yield u, v, k, _encode(G.edges[u, v, k], edge_keys)

    return graph_data, nodes, edges


def _edge_order(e: tuple[Any, Any, Any]) -> tuple[Any, Any, str]:
    return e[0], e[1], str(e[2])


def graphml_text(G: nx.MultiDiGraph) -> str:
    """``G`` as GraphML (UTF-8 text), nodes and edges in sorted order (:func:`write_graphml` into one string)."""
    parts: list[str] = []
    write_graphml(G, parts.append)
    return "".join(parts)


def write_graphml(G: nx.MultiDiGraph, write: Callable[[str], Any]) -> None:
    """``G`` as GraphML, piece by piece into ``write``, nodes and edges in sorted order.

    The text is what ``nx.write_graphml_xml(..., prettyprint=True)`` writes with
    the standard library's ElementTree, written directly (the same bytes, a
    few times faster, one node or edge at a time); a graph attribute named ``id``
    or a value of another type than str, int, float or bool goes through NetworkX itself.
    """
    graph_data, nodes, edges = _plan(G)
    keys: dict[tuple[str, str, str], str] = {}
    try:  # first pass: the keys, numbered as NetworkX numbers them (graph, nodes, edges)
        for scope, attrs in _records(graph_data, nodes(), edges()):
            for k, v in attrs.items():
                name = (str(k), _XML_TYPES[type(v)], scope)
                if name not in keys:
                    keys[name] = f"d{len(keys)}"
    except KeyError:
        keys = {}
    if "id" in graph_data or not keys:
        write(_graphml_text_nx(graph_data, list(nodes()), list(edges())))
        return
    _write(graph_data, nodes(), edges(), keys, write)


def _records(
    graph_data: dict[str, Any], nodes: Iterable[_Node], edges: Iterable[_Edge]
) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "graph", graph_data
    for _, a in nodes:
        yield "node", a
    for *_, d in edges:
        yield "edge", d


_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
"""Python type → GraphML ``attr.type``, as NetworkX's writer names them."""

_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)


def _text(value: str) -> str:
    """ElementTree's escaping of character data."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def _attr(value: str) -> str:
    """ElementTree's escaping of an attribute value."""
    value = _text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


def _write(
    graph_data: dict[str, Any],
    nodes: Iterable[_Node],
    edges: Iterable[_Edge],
    keys: dict[tuple[str, str, str], str],
    write: Callable[[str], Any],
) -> None:
    def data(scope: str, attrs: dict[str, Any], indent: str) -> list[str]:
        out = []
        for k, v in attrs.items():
            kid = keys[(str(k), _XML_TYPES[type(v)], scope)]
            text = _text(str(v))
            out.append(f'{indent}<data key="{kid}">{text}</data>' if text else f'{indent}<data key="{kid}" />')
        return out

    def put(text: str) -> None:  # XML 1.0 cannot hold these characters, not even as character references
        write(_NOT_XML.sub("\ufffd", text))

    key_lines = [
        f'  <key id="{kid}" for="{_attr(scope)}" attr.name="{_attr(name)}" attr.type="{xml_type}" />'
        for (name, xml_type, scope), kid in reversed(keys.items())  # NetworkX inserts each key first
    ]
    put("\n".join([_HEAD, *key_lines, '  <graph edgedefault="directed">']))
    for n, attrs in nodes:
        head = f'    <node id="{_attr(str(n))}"'
        lines = data("node", attrs, "      ")
        put("\n" + (f"{head}>\n" + "\n".join(lines) + "\n    </node>" if lines else f"{head} />"))
    for u, v, k, attrs in edges:
        head = f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(k))}"'
        lines = data("edge", attrs, "      ")
        put("\n" + (f"{head}>\n" + "\n".join(lines) + "\n    </edge>" if lines else f"{head} />"))
    put("\n" + "\n".join([*data("graph", graph_data, "    "), "  </graph>", "</graphml>\n"]))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 forbids: written as U+FFFD, so the file always parses."""


def _graphml_text_nx(graph_data: dict[str, Any], nodes: list[_Node], edges: list[_Edge]) -> str:
    H = nx.MultiDiGraph()
    H.graph.update(graph_data)
    for n, attrs in nodes:
        H.add_node(n, **attrs)
    for u, v, k, attrs in edges:
        H.add_edge(u, v, key=k, **attrs)
    buf = io.BytesIO()
    nx.write_graphml_xml(H, buf, encoding="utf-8", prettyprint=True)  # ElementTree: the same bytes with lxml or without
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
