"""Exploring the graph: the neighbourhood of an entity, paths between two, and the evidence of an edge.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三丰", type="Person", name="张三丰", aliases=[])
>>> G.add_node("place/武当县", type="Place", name="武当县", aliases=["武当"])
>>> G.add_edge("person/张三丰", "post/县长", predicate="holds_position", doc="a.txt", evidence="县长张三丰说。")
0
>>> [f.object for f in evidence(G, "张三丰", "post/县长")]
['post/县长']
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import networkx as nx

from kg.query.dates import sort_key
from kg.query.lookup import INDEX_KEY
from kg.query.results import Fact
from kg.query.search import node

__all__ = ["evidence", "neighbourhood", "path_between"]


def neighbourhood(G: nx.MultiDiGraph, entity: str, depth: int = 1) -> nx.MultiDiGraph:
    """A new graph of ``entity`` (id or name) and every node within ``depth`` edges (either direction).

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(neighbourhood(G, "a", depth=2))
    ['a', 'b', 'c']
    """
    n = node(G, entity)
    H = nx.ego_graph(G, n, radius=depth, undirected=True).copy()
    H.graph.pop(INDEX_KEY, None)
    return H


def _fact(u: str, v: str, d: dict[str, Any]) -> Fact:
    return Fact(
        u, str(d.get("predicate", "")), v, d.get("doc"), d.get("start"), d.get("end"), d.get("date"), d.get("evidence")
    )


def _fact_order(f: Fact) -> tuple:
    return (sort_key(f.date), f.doc or "", f.start if f.start is not None else -1, f.predicate, f.subject, f.object)


def evidence(G: nx.MultiDiGraph, u: str, v: str) -> list[Fact]:
    """Every fact stated between ``u`` and ``v`` (ids or names, either direction), with its sentence.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("place/东镇", "place/青山市", predicate="part_of", doc="a.txt", start=3, evidence="青山市东镇")
    0
    >>> evidence(G, "place/青山市", "place/东镇")
    [Fact('place/东镇', predicate='part_of', object='place/青山市', doc='a.txt')]
    """
    a, b = node(G, u), node(G, v)
    facts = [_fact(a, b, d) for d in (G.get_edge_data(a, b) or {}).values()]
    if a != b:
        facts += [_fact(b, a, d) for d in (G.get_edge_data(b, a) or {}).values()]
    return sorted(facts, key=_fact_order)


def path_between(G: nx.MultiDiGraph, a: str, b: str) -> list[Fact]:
    """A shortest chain of facts linking ``a`` and ``b`` (either direction); ``[]`` when none or ``a == b``.

    Each step is the earliest-stated fact between two consecutive nodes.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("person/甲", "meeting/m", predicate="attends", doc="a.txt")
    0
    >>> G.add_edge("person/乙", "meeting/m", predicate="chairs", doc="a.txt")
    0
    >>> [(f.subject, f.predicate, f.object) for f in path_between(G, "person/甲", "person/乙")]
    [('person/甲', 'attends', 'meeting/m'), ('person/乙', 'chairs', 'meeting/m')]
    """
    s, t = node(G, a), node(G, b)
    try:
        nodes = nx.shortest_path(G.to_undirected(as_view=True), s, t)
    except nx.NetworkXNoPath:
        return []
    return [min(evidence(G, x, y), key=_fact_order) for x, y in pairwise(nodes)]
