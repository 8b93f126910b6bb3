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
from functools import cache
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.graph import entity_types
from kg.readwrite.atomic import write_atomic
from kg.viz.layout import radial_layout
from kg.viz.payload import edge_tooltip, node_docs, node_size, node_tooltip, search_keys, select_nodes
from kg.viz.style import FONT_STACK, predicate_label, type_style
from kg.vocab import NodeType

__all__ = [
    "DEFAULT_MAX_NODES",
    "content_security_policy",
    "network_options",
    "render_html",
    "script_json",
    "vis_network_js",
    "write_html",
]

DEFAULT_MAX_NODES = 2000
"""Nodes drawn at most (the highest-degree ones); more make the page slow to open."""

PHYSICS_MAX_NODES = 500
"""Above this many nodes positions are precomputed (:func:`~kg.viz.layout.radial_layout`) and physics is off."""

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element (``<``, ``>``, ``&``, U+2028/9 escaped).

    >>> script_json({"a": "</script>&\\u2028"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group()], text)


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
    """vis-network options: physics that stabilises in a bounded number of iterations, then stops.

    >>> network_options(10)["physics"]["stabilization"]["iterations"]
    400
    >>> network_options(3000)["physics"]["enabled"]
    False
    """
    big = n_nodes > PHYSICS_MAX_NODES
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "nodes": {
            "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "font": {"face": FONT_STACK, "size": 10, "align": "middle", "color": "#555555"},
            "color": {"color": "#a0a0a0", "highlight": "#333333", "hover": "#333333"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "width": 1,
        },
        "physics": {
            "enabled": not big,
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
            "stabilization": {"enabled": not big, "iterations": 400, "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
    }


def _network(G: nx.MultiDiGraph, nodes: list[str]) -> Network:
    """A pyvis Network with the chosen nodes, the edges among them, and kg's data on each."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for node in nodes:
        a = G.nodes[node]
        t = str(a.get("type", "Thing"))
        style = type_style(t)
        name = str(a.get("name", node))
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
            kgTip=node_tooltip(G, node),
            mentions=int(a.get("mentions") or 0),
        )
    keep = set(nodes)
    positions = radial_layout(G.subgraph(nodes)) if len(nodes) > PHYSICS_MAX_NODES else {}
    for n in net.nodes:
        if n["id"] in positions:
            n["x"], n["y"] = positions[n["id"]]
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
            kgDoc=str(d.get("doc", "")),
            kgDate=str(d.get("date", "")),
            kgTip=edge_tooltip(G, u, v, d),
        )
    net.set_options(json.dumps(network_options(len(nodes))))
    return net


def render_html(
    G: nx.MultiDiGraph, title: str = "kg knowledge graph", *, max_nodes: int | None = DEFAULT_MAX_NODES
) -> str:
    """The HTML page of ``G`` as a string: self-contained, offline, deterministic for the same graph.

    Draws at most ``max_nodes`` nodes (the highest-degree ones; ``None`` for all)
    and says on the page how many were left out.
    """
    nodes, left_out = select_nodes(G, max_nodes)
    net = _network(G, nodes)
    *_, options = net.get_network_data()
    counts: dict[str, int] = {}
    for n in G.nodes:
        t = str(G.nodes[n].get("type", "Thing"))
        counts[t] = counts.get(t, 0) + 1
    types = entity_types() + sorted(set(counts) - set(entity_types()))
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": json.loads(options),
        "meta": {
            "title": title,
            "totalNodes": G.number_of_nodes(),
            "totalEdges": G.number_of_edges(),
            "leftOut": left_out,
            "maxNodes": max_nodes,
            "types": [dict(type_style(t), type=t, count=counts.get(t, 0)) for t in types],
            "documents": [
                {"id": str(d.get("id", "")), "date": str(d.get("date") or "")} for d in G.graph.get("documents", [])
            ],
        },
    }
    app_js = _static("view.js")
    parts = {
        "CSP": content_security_policy([vis_network_js(), app_js]),
        "TITLE": html.escape(title),
        "CSS": _static("view.css").replace("FONT_STACK", FONT_STACK),
        "VIS_JS": vis_network_js(),
        "DATA": script_json(data),
        "APP_JS": app_js,
    }
    # one pass over the template, so text substituted for one slot is never read as another slot
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _static("view.html"))


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], **kwargs) -> Path:
    """Write :func:`render_html` of ``G`` to ``path`` as UTF-8, atomically; return the path."""
    out = Path(path)
    write_atomic(out, render_html(G, **kwargs))
    return out
