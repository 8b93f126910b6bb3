"""The interactive HTML view of the graph: one self-contained, offline, safe page.

:func:`render_html` returns the page; :func:`write_html` writes it as UTF-8.
vis-network is inlined from pyvis's packaged copy, the data is embedded as
JSON escaped for a ``<script>`` element, tooltips are DOM text, and the page
has a legend (one colour and shape per type), a search box (name, alias,
pinyin), filters by type, document and date, and neighbourhood highlight.
The vis ``network`` object is ``window.network`` in the page.
:func:`write_focus_html` writes the page of one entity's neighbourhood.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=[], mentions=1)
>>> html = render_html(G)
>>> import re
>>> re.search(r"<(script|link)[^>]*(src|href)=", html) is None
True
"""

from __future__ import annotations

from kg.viz.focus import focus_graph, write_focus_html
from kg.viz.page import DEFAULT_MAX_NODES, render_html, script_json, write_html
from kg.viz.style import COLORS, SHAPES

__all__ = [
    "COLORS",
    "DEFAULT_MAX_NODES",
    "SHAPES",
    "focus_graph",
    "render_html",
    "script_json",
    "write_focus_html",
    "write_html",
]
