"""A focus page: the HTML view of one entity and its neighbours only (an ego network).

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph([("person/甲", "post/乙"), ("post/乙", "place/丙"), ("place/丙", "place/丁")])
>>> for n in G:
...     G.nodes[n].update(type=n.split("/")[0].capitalize(), name=n.split("/")[1], aliases=[])
>>> H, n = focus_graph(G, "甲", depth=2)
>>> n, sorted(H)
('person/甲', ['person/甲', 'place/丙', 'post/乙'])
>>> focus_file_name(G, "person/甲")
'focus-甲.html'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx

from kg.query import neighbourhood, node
from kg.viz.page import write_html

__all__ = ["focus_file_name", "focus_graph", "write_focus_html"]


def focus_graph(G: nx.MultiDiGraph, entity: str, depth: int = 1) -> tuple[nx.MultiDiGraph, str]:
    """``entity`` (id, name, alias or pinyin) and every node within ``depth`` edges, and its node id.

    Raises :class:`~kg.errors.EntityNotFoundError` (with suggestions) or
    :class:`~kg.errors.AmbiguousEntityError` when ``entity`` names no or several nodes.
    """
    n = node(G, entity)
    return neighbourhood(G, n, depth=depth), n


def focus_file_name(G: nx.MultiDiGraph, n: str) -> str:
    """``focus-<name>.html``, the name's letters and digits only (CJK included), so it is a safe file name."""
    name = str(G.nodes[n].get("name", n))
    slug = re.sub(r"[^\w]+", "_", name).strip("_")[:60] or "entity"
    return f"focus-{slug}.html"


def write_focus_html(
    G: nx.MultiDiGraph, entity: str, out_dir: str | os.PathLike[str], depth: int = 1
) -> tuple[Path, nx.MultiDiGraph]:
    """Write the focus page of ``entity`` into ``out_dir`` (``focus-<name>.html``); return its path and graph."""
    H, n = focus_graph(G, entity, depth)
    name = str(G.nodes[n].get("name", n))
    title = f"{name} · 关系网 neighbourhood ({depth} {'step' if depth == 1 else 'steps'})"
    path = write_html(H, Path(out_dir) / focus_file_name(G, n), title=title, max_nodes=None, focus=n)
    return path, H
