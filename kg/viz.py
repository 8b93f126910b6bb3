"""The interactive HTML view of the graph (pyvis / vis-network), self-contained and offline.

vis-network is inlined (pyvis ``cdn_resources="in_line"``), pyvis's remote
Bootstrap links are removed, and the page is written as UTF-8 with a legend
of one colour per node type. Tooltips are plain text.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三", type="Person", name="张三")
>>> html = render_html(G)
>>> import re
>>> re.search(r"<(script|link)[^>]*(src|href)=", html) is None
True
"""

from __future__ import annotations

import html as htmlmod
import re

import networkx as nx
from pyvis.network import Network

from kg.graph import entity_types

__all__ = ["COLORS", "render_html"]

COLORS = {
    "Person": "#e15759",
    "Place": "#4e79a7",
    "Organization": "#f28e2b",
    "Project": "#59a14f",
    "Designation": "#b07aa1",
    "Meeting": "#edc948",
    "Post": "#9c755f",
}
SHAPES = {
    "Person": "dot",
    "Place": "triangle",
    "Organization": "square",
    "Project": "diamond",
    "Designation": "star",
    "Meeting": "hexagon",
    "Post": "dot",
}
_REMOTE = re.compile(r"<(?:link|script)\b[^>]*\b(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def _tooltip(node: str, a: dict, G: nx.MultiDiGraph) -> str:
    lines = [f"{a.get('name', node)} ({a.get('type')})"]
    if a.get("aliases"):
        lines.append("别名: " + "、".join(a["aliases"]))
    for _, v, d in sorted(G.out_edges(node, data=True), key=lambda e: (e[2]["predicate"], e[1], e[2]["doc"]))[:12]:
        label = d.get("title") or d["predicate"]
        lines.append(f"{label} → {G.nodes[v].get('name', v)} [{d['doc']}{' ' + d['date'] if d.get('date') else ''}]")
        lines.append(f"  “{d['evidence'][:80]}”")
    if a.get("docs"):
        lines.append("文档: " + ", ".join(a["docs"]))
    # vis-network shows a string title as text; pyvis switches to innerHTML if "href" appears
    return "\n".join(lines).replace("href", "hre\u200bf")


def render_html(G: nx.MultiDiGraph, title: str = "kg knowledge graph") -> str:
    """The HTML page of ``G`` as a string (deterministic for the same graph)."""
    net = Network(height="90vh", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for node in sorted(G.nodes):
        a = G.nodes[node]
        t = a.get("type", "Thing")
        net.add_node(
            node,
            label=a.get("name", node),
            title=_tooltip(node, a, G),
            color=COLORS.get(t, "#bab0ac"),
            shape=SHAPES.get(t, "dot"),
            size=10 + min(20, 2 * G.degree(node)),
            group=t,
        )
    for u, v, d in sorted(
        G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"], e[2]["doc"], e[2]["start"])
    ):
        net.add_edge(u, v, label=d.get("title") or d["predicate"], title=d["evidence"][:200], arrows="to")
    net.set_options(
        '{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 120}}, '
        '"edges": {"font": {"size": 9}, "smooth": false}, "interaction": {"hover": true}}'
    )
    page = net.generate_html(notebook=False)
    page = _REMOTE.sub("", page)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = page.replace("<h1></h1>", "")
    legend = "".join(
        f'<span class="kg-legend-item" data-type="{t}"><span style="display:inline-block;width:12px;height:12px;'
        f'border-radius:6px;background:{COLORS[t]}"></span> {t}</span> '
        for t in entity_types()
    )
    header = (
        f'<div id="kg-header" style="font-family:sans-serif;padding:4px">'
        f"<strong>{htmlmod.escape(title)}</strong> · {G.number_of_nodes()} nodes · {G.number_of_edges()} edges"
        f'<div id="kg-legend">{legend}</div></div>'
    )
    page = page.replace("<body>", "<body>\n" + header, 1)
    page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1) if "charset" not in page else page
    # stop physics once stabilised so large graphs settle
    page = page.replace(
        "return network;",
        'network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });\n'
        "                  window.network = network;\n                  return network;",
        1,
    )
    return page
