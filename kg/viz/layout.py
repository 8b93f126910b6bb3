"""Fast deterministic layouts: radial BFS trees per component, and communities kept apart.

:func:`community_layout` is what the HTML view uses: the graph is split into
communities (Louvain, fixed seed), each community is laid out as radial trees,
and communities are packed in rows, neighbouring communities next to each
other, with a gap between them, so a reader sees groups instead of one ring.

vis-network's physics needs tens of milliseconds per iteration on 2,000 nodes
in a browser without a GPU, so a large graph would take many seconds to settle.
For those, positions are computed here in O(nodes + edges) pure Python and
the page starts with physics off. Each connected component is a radial tree
around its best-connected node (rings by BFS depth, angular wedges by subtree
size); components are packed in rows, largest first, isolated nodes in a grid
after them.

>>> import networkx as nx
>>> pos = radial_layout(nx.MultiDiGraph([("a", "b"), ("a", "c"), ("x", "y")]))
>>> sorted(pos) == ["a", "b", "c", "x", "y"]
True
>>> pos == radial_layout(nx.MultiDiGraph([("a", "b"), ("a", "c"), ("x", "y")]))
True
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["RING", "communities", "community_layout", "radial_layout"]

RING = 120.0
"""Distance between rings of a radial tree, in vis-network pixels."""
SPACING = 40.0
"""Minimum distance between nodes on one ring."""
STAGGER = RING / 2
"""How much further out every other leaf of a node sits, so neighbouring leaves' labels overlap less."""


def _tree(U: nx.Graph, root: str) -> tuple[dict[str, int], dict[str, list[str]]]:
    """BFS depth of each node and its children, neighbours taken best-connected first."""
    depth = {root: 0}
    children: dict[str, list[str]] = {root: []}
    frontier = [root]
    while frontier:
        nxt = []
        for u in frontier:
            for v in sorted(U[u], key=lambda n: (-U.degree(n), n)):
                if v not in depth:
                    depth[v] = depth[u] + 1
                    children[u].append(v)
                    children[v] = []
                    nxt.append(v)
        frontier = nxt
    return depth, children


def _component(U: nx.Graph, nodes: set[str]) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions of one component around (0, 0) and its radius."""
    root = min(nodes, key=lambda n: (-U.degree(n), n))
    depth, children = _tree(U, root)
    order = sorted(depth, key=lambda n: (depth[n], n))
    weight: dict[str, int] = {}
    for n in reversed(order):
        weight[n] = max(1, sum(weight[c] for c in children[n]))
    per_ring: dict[int, int] = {}
    for d in depth.values():
        per_ring[d] = per_ring.get(d, 0) + 1
    radius = {d: max(d * RING, k * SPACING / (2 * math.pi)) if d else 0.0 for d, k in per_ring.items()}
    for d in sorted(radius)[1:]:  # rings never closer than RING
        radius[d] = max(radius[d], radius[d - 1] + RING)
    pos: dict[str, tuple[float, float]] = {}
    stack = [(root, 0.0, 2 * math.pi, 0)]
    while stack:
        n, lo, hi, k = stack.pop()
        mid = (lo + hi) / 2
        r = radius[depth[n]] + (STAGGER if k % 2 and not children[n] else 0.0)  # every other leaf out: labels apart
        pos[n] = (r * math.cos(mid), r * math.sin(mid))
        start = lo
        for i, c in enumerate(children[n]):
            span = (hi - lo) * weight[c] / weight[n]
            stack.append((c, start, start + span, i))
            start += span
    return pos, max(radius.values()) + RING / 2 + STAGGER


def radial_layout(G: nx.Graph) -> dict[str, tuple[float, float]]:
    """Deterministic ``{node: (x, y)}`` for ``G`` (directions and parallel edges ignored)."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    comps = sorted((set(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), min(c)))
    laid = [_component(U, c) for c in comps if len(c) > 1]
    singles = sorted(n for c in comps if len(c) == 1 for n in c)
    total_area = sum((2 * r) ** 2 for _, r in laid) + len(singles) * SPACING**2
    width = max(math.sqrt(total_area) * 1.2, 4 * SPACING)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, r in laid:
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in comp.items():
            pos[n] = (round(x + r + px, 1), round(y + r + py, 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    y += row_h + SPACING
    per_row = max(1, int(width // SPACING))
    for i, n in enumerate(singles):
        pos[n] = (round((i % per_row) * SPACING, 1), round(y + (i // per_row) * SPACING, 1))
    return pos


GAP = 2 * SPACING
"""Extra space between two communities."""


def _simple(G: nx.Graph) -> nx.Graph:
    """``G`` as an undirected simple graph with nodes and edges in sorted order (so results are deterministic)."""
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes))
    U.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in G.edges() if u != v}))
    return U


def communities(G: nx.Graph, seed: int = 7) -> list[list[str]]:
    """Communities of ``G`` (Louvain with a fixed seed), each sorted, largest first; isolated nodes are singletons.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> communities(G)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    U = _simple(G)
    found = nx.community.louvain_communities(U, seed=seed) if U.number_of_edges() else [{n} for n in U]
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def community_layout(G: nx.Graph, groups: list[list[str]] | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic ``{node: (x, y)}``: each community as radial trees, communities packed apart in rows.

    Communities are placed largest first, then each next to the one it shares
    most edges with (breadth first over the community graph), so linked
    groups sit side by side.

    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c"), ("x", "y"), ("x", "z")])
    >>> pos = community_layout(G)
    >>> sorted(pos) == ["a", "b", "c", "x", "y", "z"] and pos == community_layout(G)
    True
    """
    U = _simple(G)
    groups = groups if groups is not None else communities(U)
    group_of = {n: i for i, g in enumerate(groups) for n in g}
    links: dict[int, dict[int, int]] = {}
    for u, v in U.edges():
        a, b = group_of[u], group_of[v]
        if a != b:
            links.setdefault(a, {})[b] = links.setdefault(a, {}).get(b, 0) + 1
            links.setdefault(b, {})[a] = links.setdefault(b, {}).get(a, 0) + 1
    order: list[int] = []
    placed: set[int] = set()
    for start in range(len(groups)):  # breadth first from each unplaced community, largest first
        if start in placed:
            continue
        queue = [start]
        placed.add(start)
        while queue:
            g = queue.pop(0)
            order.append(g)
            for h, _ in sorted(links.get(g, {}).items(), key=lambda x: (-x[1], x[0])):
                if h not in placed:
                    placed.add(h)
                    queue.append(h)
    laid = []
    for g in order:
        sub = radial_layout(U.subgraph(groups[g]))
        xs, ys = [p[0] for p in sub.values()], [p[1] for p in sub.values()]
        laid.append((sub, min(xs), min(ys), max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP))
    width = max(math.sqrt(sum(w * h for *_, w, h in laid)) * 1.3, 4 * SPACING)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for sub, x0, y0, w, h in laid:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in sub.items():
            pos[n] = (round(x + px - x0, 1), round(y + py - y0, 1))
        x += w
        row_h = max(row_h, h)
    return pos
