"""Render the graph as one self-contained HTML page: pyvis assembles, kg's template renders.

pyvis's :class:`~pyvis.network.Network` collects the nodes, edges and
options; the page comes from kg's own template (``static/view.html``) rather
than pyvis's, because pyvis's links Bootstrap and vis-network remotely and
switches to an ``innerHTML`` tooltip when a title contains ``href``. The
template inlines pyvis's packaged ``vis-network.min.js``, so the file works
offline, and carries the data as JSON escaped for a ``<script>`` element.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三", type="Person", name="张三</script><b>", aliases=[], docs=[], mentions=1)
>>> page = render_html(G)
>>> "</script><b>" in page, "张三\\\\u003c/script\\\\u003e" in page
(False, True)
>>> import re
>>> re.search(r"<(script|link)[^>]*(src|href)=", page) is None
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.graph import entity_types
from kg.readwrite.atomic import write_atomic
from kg.viz.compact import Quotes, table
from kg.viz.layout import communities, community_layout
from kg.viz.payload import (
    documents,
    edge_tooltip,
    important,
    node_docs,
    node_size,
    node_tooltip,
    search_keys,
    select_nodes,
)
from kg.viz.style import FONT_STACK, predicate_label, type_style
from kg.vocab import DEFAULT_MAX_NODES, NodeType

__all__ = [
    "DEFAULT_MAX_NODES",
    "content_security_policy",
    "iter_html",
    "network_options",
    "render_html",
    "script_json",
    "script_json_chunks",
    "vis_network_js",
    "write_html",
]


OVERVIEW_NODES = 1000
"""From this many connected nodes on, the page opens on an overview: one node per community, expanded on click."""

MIN_GROUP = 3
"""Communities smaller than this (or than 1 % of the drawn nodes) are one group of the overview together."""

KEY_FONT = 30
"""Font size of the labels that show at first sight (officials, places, designations, hubs); the others are 14."""

KEY_MINIMUM = 10
"""Key labels are drawn at least this many pixels high on screen, however far the reader zooms out
(where there is room: ``static/labels.js`` keeps labels from overlapping)."""

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element (``<``, ``>``, ``&``, U+2028/9 escaped).

    >>> script_json({"a": "</script>&\\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    return "".join(script_json_chunks(value, depth=0))


_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json_chunks(value: object, depth: int = 3) -> Iterator[str]:
    """:func:`script_json` of ``value`` in pieces: dicts (string keys) and lists down to ``depth`` levels are
    written item by item, so the whole text of a large page's data is never one string.

    >>> data = {"b": [1, {"y": "<", "x": None}], "a": {"k": []}}
    >>> "".join(script_json_chunks(data)) == script_json(data), "".join(script_json_chunks(data, 1))
    (True, '{"a":{"k":[]},"b":[1,{"x":null,"y":"\\\\u003c"}]}')
    """
    for chunk in _json_chunks(value, depth):
        yield _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group()], chunk)  # escapes are per character


def _json_chunks(value: object, depth: int) -> Iterator[str]:
    if depth > 0 and isinstance(value, dict) and all(type(k) is str for k in value):
        yield "{"
        for i, k in enumerate(sorted(value)):  # sort_keys, as json.dumps sorts string keys
            yield ("," if i else "") + json.dumps(k, ensure_ascii=False) + ":"
            yield from _json_chunks(value[k], depth - 1)
        yield "}"
    elif depth > 0 and isinstance(value, list):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            yield from _json_chunks(item, depth - 1)
        yield "]"
    else:
        yield json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@cache
def vis_network_js() -> str:
    """The text of pyvis's packaged ``vis-network.min.js``, checked safe to inline in ``<script>``."""
    libs = Path(pyvis.__file__).parent / "templates" / "lib"
    path = max(libs.glob("vis-*/vis-network.min.js"), key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
    text = path.read_text(encoding="utf-8")
    # "</script" or "<!--" would end or confuse the inline <script>; "<\/" means the same in JS strings and regexes
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.I).replace("<!--", "<\\!--")
    return text


@cache
def _static(name: str) -> str:
    return files("kg.viz").joinpath("static", name).read_text(encoding="utf-8")


def content_security_policy(scripts: list[str]) -> str:
    """A policy that runs only the page's own inline scripts (by hash) and loads nothing from anywhere.

    Defence in depth: even markup that slipped into the page could neither run
    an inline handler nor fetch a resource.

    >>> content_security_policy(["1"]).split("; ")[:2]
    ["default-src 'none'", "script-src 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"]
    """
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def network_options(n_nodes: int) -> dict:
    """vis-network options: positions come from the build (physics off); small labels wait for a zoom.

    A label is drawn once its size on screen reaches ``drawThreshold`` pixels:
    the key nodes' 30 px labels show at the first, zoomed-out view, the
    others' 14 px ones and the edges' 10 px ones when the reader zooms in.

    >>> network_options(10)["physics"]["enabled"]
    False
    >>> network_options(10)["nodes"]["scaling"]["label"]["drawThreshold"]
    8
    """
    big = n_nodes > OVERVIEW_NODES
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "nodes": {
            "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"drawThreshold": 8, "maxVisible": 20}},
        },
        "edges": {
            "font": {"face": FONT_STACK, "size": 10, "align": "middle", "color": "#555555"},
            "scaling": {"label": {"drawThreshold": 9}},
            "color": {"color": "#a0a0a0", "highlight": "#333333", "hover": "#333333"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "width": 1,
        },
        "physics": {
            "enabled": False,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -4000,
                "centralGravity": 0.5,
                "springLength": 110,
                "springConstant": 0.04,
                "damping": 0.2,
                "avoidOverlap": 0.1,
            },
            "minVelocity": 0.75,
            "stabilization": {"enabled": False},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
    }


def _network(
    G: nx.MultiDiGraph, nodes: list[str], quotes: Quotes, focus: str | None = None
) -> tuple[Network, list[dict]]:
    """A pyvis Network with the chosen nodes, the edges among them, and kg's data on each; and the groups.

    Tooltips are compact (``quotes`` collects the evidence sentences, see
    :mod:`kg.viz.compact`): a node's leaves out its documents (the page lists
    ``kgDocs``), an edge's its names and predicate (the page has them).

    Nodes without an edge among the chosen ones are marked ``kgAlone`` (the
    page lists them beside the canvas); the others are laid out by community
    (:func:`~kg.viz.layout.community_layout`), each node carrying its
    community's index as ``kgGroup`` (small communities share one group, see :data:`MIN_GROUP`).
    """
    U = nx.Graph()  # the drawn nodes as a plain undirected graph, built once (subgraph views are slow to walk)
    U.add_nodes_from(sorted(nodes))
    U.add_edges_from(sorted({(min(u, v), max(u, v)) for u, v in G.subgraph(nodes).edges() if u != v}))
    alone = {n for n in nodes if U.degree(n) == 0 and n != focus}  # a focus page draws its entity, alone or not
    linked = U.subgraph(n for n in U if n not in alone).copy()
    groups = communities(linked)
    positions = community_layout(linked, groups)
    least = max(MIN_GROUP, linked.number_of_nodes() // 100)
    small = [n for g in groups if len(g) < least for n in g]
    groups = [g for g in groups if len(g) >= least] + ([sorted(small)] if small else [])
    group_of = {n: i for i, g in enumerate(groups) for n in g}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    docs = quotes.docs
    for node in nodes:
        a = G.nodes[node]
        t = str(a.get("type", "Thing"))
        style = type_style(t)
        name = str(a.get("name", node))
        extra: dict = {"kgAlone": True} if node in alone else {"kgGroup": group_of[node]}
        if node in positions:
            extra["x"], extra["y"] = positions[node]
        if important(G, node):
            extra["font"] = {"size": KEY_FONT}
            extra["kgKey"] = True
        net.add_node(
            node,
            label=name,
            shape=style["shape"],
            color=style["color"],
            size=node_size(G.degree(node)),
            kgType=t,
            kgDocs=node_docs(G, node),
            kgSearch=search_keys(
                name, [str(x) for x in a.get("aliases") or ()], person=a.get("type") == NodeType.PERSON
            ),
            kgTip=node_tooltip(G, node, docs=docs, quote=quotes, with_documents=False),
            mentions=int(a.get("mentions") or 0),
            **extra,
        )
    keep = set(nodes)
    edges = sorted(
        ((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep),
        key=lambda e: (e[0], e[1], str(e[2])),
    )
    for i, (u, v, _, d) in enumerate(edges):
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            label=predicate_label(d),
            kgPredicate=str(d.get("predicate", "")),
            kgDoc=str(d.get("doc") or ""),
            kgDate=str(d.get("date") or ""),
            kgTip=edge_tooltip(G, u, v, d, docs=docs, quote=quotes.edge, full=False),
        )
    net.set_options(json.dumps(network_options(linked.number_of_nodes())))
    return net, [_group(G, g, small=bool(small) and i == len(groups) - 1) for i, g in enumerate(groups)]


def _group(G: nx.MultiDiGraph, members: list[str], small: bool = False) -> dict:
    """A community as the overview shows it: named after its best-connected place (else any node), and its size."""
    if small:
        return {"label": "其他小组 small groups", "size": len(members)}
    places = [n for n in members if G.nodes[n].get("type") == NodeType.PLACE]
    head = min(places or members, key=lambda n: (-G.degree(n), n))
    return {"label": str(G.nodes[head].get("name", head)), "size": len(members)}


def render_html(
    G: nx.MultiDiGraph,
    title: str = "kg knowledge graph",
    *,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
) -> str:
    """The HTML page of ``G`` as a string: self-contained, offline, deterministic for the same graph.

    Draws at most ``max_nodes`` nodes (the highest-degree ones; ``None`` for all)
    and says on the page how many were left out. ``focus`` is a node id the
    page opens on (selected, its details shown).
    """
    return "".join(iter_html(G, title, max_nodes=max_nodes, focus=focus))


def iter_html(
    G: nx.MultiDiGraph,
    title: str = "kg knowledge graph",
    *,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
) -> Iterator[str]:
    """:func:`render_html` in pieces, for writing as a stream: the page's data is never one string."""
    nodes, left_out = select_nodes(G, max_nodes)
    quotes = Quotes(documents(G))
    net, groups = _network(G, nodes, quotes, focus)
    linked = sum(1 for n in net.nodes if not n.get("kgAlone"))
    *_, options = net.get_network_data()
    counts: dict[str, int] = {}
    for n in G.nodes:
        t = str(G.nodes[n].get("type", "Thing"))
        counts[t] = counts.get(t, 0) + 1
    types = entity_types() + sorted(set(counts) - set(entity_types()))
    for e in net.edges:
        e.pop("arrows", None)  # the options draw every edge's arrow
    data = {
        "nodes": table(net.nodes),
        "edges": table(net.edges),
        "options": json.loads(options),
        "meta": {
            "title": title,
            "totalNodes": G.number_of_nodes(),
            "totalEdges": G.number_of_edges(),
            "leftOut": left_out,
            "maxNodes": max_nodes,
            "keyMinimum": KEY_MINIMUM,
            "focus": focus if focus in G else None,
            "groups": groups,
            "overview": linked >= OVERVIEW_NODES and focus is None,
            "types": [dict(type_style(t), type=t, count=counts.get(t, 0)) for t in types],
            "documents": quotes.documents,
            "texts": quotes.texts,
        },
    }
    app_js = "".join(_static(f) for f in ("tips.js", "labels.js", "view.js"))  # one script, named by its hash
    parts = {
        "CSP": content_security_policy([vis_network_js(), app_js]),
        "TITLE": html.escape(title),
        "CSS": _static("view.css").replace("FONT_STACK", FONT_STACK),
        "VIS_JS": vis_network_js(),
        "APP_JS": app_js,
    }
    # one pass over the template, so text substituted for one slot is never read as another slot
    for i, piece in enumerate(re.split(r"\{\{([A-Z_]+)\}\}", _static("view.html"))):
        if i % 2 == 0:
            yield piece
        elif piece == "DATA":
            yield from script_json_chunks(data)
        else:
            yield parts[piece]


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], **kwargs) -> Path:
    """Write :func:`render_html` of ``G`` to ``path`` as UTF-8, atomically; return the path."""
    out = Path(path)
    write_atomic(out, render_html(G, **kwargs))
    return out
