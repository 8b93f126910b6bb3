"""Exploring the graph: find entities by name, the neighbourhood of one, paths, and evidence.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("person/张三丰", type="Person", name="张三丰", aliases=[])
>>> G.add_node("place/武当县", type="Place", name="武当县", aliases=["武当"])
>>> G.add_edge("person/张三丰", "post/县长", predicate="holds_position", doc="a.txt", evidence="县长张三丰说。")
0
>>> find(G, "张三")
[Match('person/张三丰', type='Person', how='substring', score=0.83)]
>>> [f.object for f in evidence(G, "张三丰", "post/县长")]
['post/县长']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from difflib import SequenceMatcher, get_close_matches
from itertools import pairwise
from typing import Any

import networkx as nx

from kg.query.dates import sort_key
from kg.query.lookup import INDEX_KEY, display_name, index, node, normalise
from kg.query.results import Fact, Match

__all__ = ["evidence", "find", "neighbourhood", "path_between"]

_FUZZY_POOL = 500  # candidates (most shared characters first) scored by difflib for a fuzzy search


def _surfaces(G: nx.MultiDiGraph, n: str) -> list[str]:
    a = G.nodes[n]
    return [display_name(G, n), *(str(s) for s in a.get("aliases") or ())]


def _ok(G: nx.MultiDiGraph, n: str, types: Collection[str]) -> bool:
    return not types or G.nodes[n].get("type") in types


def find(
    G: nx.MultiDiGraph, text: str, types: Collection[str] = (), limit: int = 10, cutoff: float = 0.4
) -> list[Match]:
    """Entities whose name, alias or pinyin match ``text``: exact first, then containing it, then similar.

    Scores: 1.0 for an exact id, name, alias or pinyin; 0.5 to 0.99 for a
    name containing the text (the larger the share it covers); 0.8 × the
    difflib similarity ratio for the others. At least ``cutoff``; best
    first, then shorter names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("place/青山市", type="Place", name="青山市", aliases=["青山"])
    >>> G.add_node("org/青山市人民政府", type="Organization", name="青山市人民政府", aliases=["市政府"])
    >>> [(m.name, m.how) for m in find(G, "qingshan")]
    [('青山市', 'pinyin'), ('青山市人民政府', 'substring')]
    >>> [(m.name, m.how) for m in find(G, "青山县", types=["Place"])]
    [('青山市', 'fuzzy')]
    """
    q = normalise(text)
    if not q:
        return []
    ix = index(G)
    best: dict[str, Match] = {}

    def offer(m: Match) -> None:
        if _ok(G, m.id, types) and (m.id not in best or m.score > best[m.id].score):
            best[m.id] = m

    if text in G:
        offer(Match(text, str(G.nodes[text].get("type", "")), display_name(G, text), text, "id", 1.0))
    exact = [("name", ix.names), ("alias", ix.aliases)] + ([("pinyin", ix.pinyin)] if q.isascii() else [])
    for how, table in exact:
        for n in table.get(q, ()):
            offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), text, how, 1.0))
    if q.isascii():
        keys = [k for k in ix.pinyin if q in k and k != q]
        if len(keys) < limit:
            keys += get_close_matches(q, [k for k in ix.pinyin if k[:1] == q[:1]], n=limit, cutoff=cutoff)
        for k in keys:
            score = _score(q, k)
            for n in ix.pinyin[k]:
                offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), k, _how(q, k), score))
    else:
        # names containing every character of the text (shortest posting list first); if too few, similar ones
        lists = sorted((ix.chars.get(c, ()) for c in set(q)), key=len)
        containing = set(lists[0]).intersection(*lists[1:]) if lists else set()
        for n in containing:
            _offer_surfaces(G, n, q, cutoff, offer)
        if len(best) < limit:
            shared = Counter(n for ids in lists for n in ids)
            for n, _ in sorted(shared.items(), key=lambda x: (-x[1], x[0]))[: max(_FUZZY_POOL, limit)]:
                _offer_surfaces(G, n, q, cutoff, offer)
    found = [m for m in best.values() if m.score >= cutoff]
    return sorted(found, key=lambda m: (-m.score, len(m.name), m.name, m.id))[:limit]


def _offer_surfaces(G: nx.MultiDiGraph, n: str, q: str, cutoff: float, offer: Callable[[Match], None]) -> None:
    for s in _surfaces(G, n):
        key = normalise(s)
        score = _score(q, key)
        if score >= cutoff:
            offer(Match(n, str(G.nodes[n].get("type", "")), display_name(G, n), s, _how(q, key), score))


def _score(q: str, s: str) -> float:
    if q in s:
        return round(0.5 + 0.49 * len(q) / len(s), 2)
    return round(0.8 * SequenceMatcher(None, q, s, autojunk=False).ratio(), 2)


def _how(q: str, s: str) -> str:
    return "substring" if q in s else "fuzzy"


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
