"""Questions about places: the projects in a place (and in the places inside it), its designations.

Places nest by ``part_of`` edges (town → district → city): a query about a
city with ``recursive=True`` also covers its districts and their towns.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_edge("place/青山区", "place/青山市", predicate="part_of", doc="a.txt")
0
>>> G.add_edge("project/青山大桥", "place/青山区", predicate="located_in", doc="a.txt")
0
>>> projects_in(G, "place/青山市")
[Located('project/青山大桥', place='place/青山区', doc='a.txt')]
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Collection
from typing import Any

import networkx as nx

from kg.query.dates import observed_on, query_date, recency_key, sort_key
from kg.query.lookup import display_name
from kg.query.results import Designated, Located
from kg.query.search import node
from kg.vocab import DesignationStatus, NodeType, Predicate

__all__ = ["designations_of", "places_within", "projects_in"]

_STATUS_ORDER = {status: i for i, status in enumerate(DesignationStatus)}


def places_within(G: nx.MultiDiGraph, place: str, recursive: bool = True) -> dict[str, tuple[str, ...]]:
    """``place`` and (with ``recursive``) every place ``part_of`` it, each with the chain that leads there.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("place/东镇", "place/青山区", predicate="part_of")
    0
    >>> G.add_edge("place/青山区", "place/青山市", predicate="part_of")
    0
    >>> places_within(G, "place/青山市")["place/东镇"]
    ('place/青山市', 'place/青山区', 'place/东镇')
    """
    p = node(G, place, types=(NodeType.PLACE.value,))
    chains = {p: (p,)}
    queue = deque([p])
    while queue and recursive:
        parent = queue.popleft()
        for child, _, d in sorted(G.in_edges(parent, data=True), key=lambda e: e[0]):
            if d.get("predicate") == Predicate.PART_OF and child not in chains:
                chains[child] = (*chains[parent], child)
                queue.append(child)
    return chains


def _first(edges: list[tuple[str, str, dict[str, Any]]]) -> tuple[str, str, dict[str, Any]]:
    return min(edges, key=lambda e: (sort_key(e[2].get("date")), str(e[2].get("doc", "")), e[2].get("start") or 0))


def projects_in(
    G: nx.MultiDiGraph, place: str, recursive: bool = True, types: Collection[str] = (NodeType.PROJECT.value,)
) -> list[Located]:
    """Projects located in ``place`` (id or name) and, with ``recursive``, in the places inside it.

    ``types`` widens the question to other located entities
    (``("Organization",)``, ``("Meeting",)``). Nearest places first, then by name.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("project/东镇水厂", type="Project", name="东镇水厂")
    >>> G.add_edge("place/东镇", "place/青山市", predicate="part_of")
    0
    >>> G.add_edge("project/东镇水厂", "place/东镇", predicate="located_in", doc="b.txt")
    0
    >>> [(x.name, x.via) for x in projects_in(G, "place/青山市")], projects_in(G, "place/青山市", recursive=False)
    ([('东镇水厂', ('place/青山市', 'place/东镇'))], [])
    """
    chains = places_within(G, place, recursive)
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for q in chains:
        for u, _, d in G.in_edges(q, data=True):
            if d.get("predicate") == Predicate.LOCATED_IN and G.nodes[u].get("type", next(iter(types), "")) in types:
                found.setdefault(u, []).append((u, q, d))
    out = []
    for u, edges in found.items():
        near = min(len(chains[q]) for _, q, _ in edges)
        _, q, d = _first([e for e in edges if len(chains[e[1]]) == near])
        out.append(
            Located(u, display_name(G, u), q, chains[q], d.get("date"), str(d.get("doc", "")), d.get("evidence"))
        )
    return sorted(out, key=lambda x: (len(x.via), x.name, x.project))


def designations_of(
    G: nx.MultiDiGraph,
    place: str,
    status: str | None = None,
    level: str | None = None,
    recursive: bool = False,
    at: str | dt.date | None = None,
) -> list[Designated]:
    """The designations ``place`` holds (``status="awarded"``) or seeks (``"aspiring"``), optionally of a ``level``.

    One record per designation. A title once won is kept (designations are
    seldom revoked, and a page that mentions "创建" a title the city already
    holds is usually about keeping it), so the status is ``awarded`` when
    any observation says so, else ``aspiring`` when one says so; the
    record's date, doc and evidence are those of the latest such
    observation. With ``at``, only observations placeable on or before
    ``at`` count (see :mod:`kg.query.dates`). ``level``, ``batch`` and
    ``year`` come from the edge, else from the designation node. With
    ``recursive``, designations of the places inside ``place`` are included.
    Awarded first, then aspiring, then unknown; by name within each.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("designation/国家园林城市", type="Designation", name="国家园林城市", level="national")
    >>> G.add_node("designation/省级文明城市", type="Designation", name="省级文明城市", level="provincial")
    >>> G.add_edge("place/青山市", "designation/国家园林城市", predicate="designated_as", status="aspiring",
    ...            doc="a.txt", date="2020-01-02")
    0
    >>> G.add_edge("place/青山市", "designation/国家园林城市", predicate="designated_as", status="awarded",
    ...            doc="b.txt", date="2022-11-30")
    1
    >>> G.add_edge("place/青山市", "designation/省级文明城市", predicate="designated_as", status="aspiring",
    ...            doc="b.txt")
    0
    >>> designations_of(G, "place/青山市")
    [Designated('designation/国家园林城市', status='awarded', level='national'), \
Designated('designation/省级文明城市', status='aspiring', level='provincial')]
    >>> [(d.name, d.status) for d in designations_of(G, "place/青山市", at="2021")]
    [('国家园林城市', 'aspiring')]
    >>> [d.name for d in designations_of(G, "place/青山市", level="provincial")]
    ['省级文明城市']
    """
    chains = places_within(G, place, recursive)
    day = query_date(at) if at is not None else None
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    for q in chains:
        for _, v, d in G.out_edges(q, data=True):
            if d.get("predicate") != Predicate.DESIGNATED_AS:
                continue
            if day is not None and ((seen := observed_on(d.get("date"))) is None or seen > day):
                continue
            found.setdefault(v, []).append((q, v, d))
    out = []
    for v, edges in found.items():
        a = G.nodes[v]

        def status_of(e: tuple[str, str, dict[str, Any]], a: dict[str, Any] = a) -> str | None:
            return e[2].get("status") or a.get("status")

        q, _, d = max(
            edges,
            key=lambda e: (
                -_STATUS_ORDER.get(status_of(e) or "", 2),
                recency_key(e[2].get("date")),
                str(e[2].get("doc", "")),
            ),
        )
        rec = Designated(
            designation=v,
            name=display_name(G, v),
            place=q,
            status=status_of((q, v, d)),
            level=d.get("level") or a.get("level"),
            batch=d.get("batch") or a.get("batch"),
            year=d.get("year") or a.get("year"),
            date=d.get("date"),
            doc=str(d.get("doc", "")),
            evidence=d.get("evidence"),
            docs=tuple(sorted({str(e[2].get("doc", "")) for e in edges})),
        )
        if (status is None or rec.status == status) and (level is None or rec.level == level):
            out.append(rec)
    return sorted(out, key=lambda r: (_STATUS_ORDER.get(r.status or "", 2), r.name, r.designation))
