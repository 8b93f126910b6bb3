"""The knowledge graph: a NetworkX ``MultiDiGraph`` built from a :class:`~kg.resolve.KnowledgeBase`.

Nodes are entity ids with ``type``, ``name``, ``aliases`` and extra
attributes; a post held (``holds_position``) is a node of type ``Post``.
Every edge carries its predicate (also the edge key's prefix) and provenance:
``doc``, ``start``, ``end``, ``evidence`` (the sentence) and ``date``.

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> G = build_graph(resolve([extract(Document(id="a.txt", text="市长张三丰出席会议。"))]))
>>> G.nodes["person/张三丰"]["type"]
'Person'
>>> [(v, d["title"]) for _, v, d in G.out_edges("person/张三丰", data=True) if d["predicate"] == "holds_position"]
[('post/市长', '市长')]
"""

from __future__ import annotations

import networkx as nx

from kg.model import EntityRef, Relation
from kg.resolve import KnowledgeBase, entity_id
from kg.vocab import EntityType, Predicate

__all__ = ["POST", "build_graph", "post_id"]

POST = "Post"
"""Node type of a post (a title in a body or jurisdiction) held by persons."""


def post_id(relation: Relation) -> str:
    """The node id of the post a ``holds_position`` relation names."""
    body = relation.prop("post") or relation.object
    return f"post/{body}"


def build_graph(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """One node per entity (and post), one edge per relation per document, with provenance."""
    G = nx.MultiDiGraph()
    G.graph["documents"] = [
        {"id": d.id, "date": d.date, "path": d.path} for d in sorted(kb.documents, key=lambda d: d.id)
    ]
    mention_docs: dict[str, set[str]] = {}
    for m in kb.mentions:
        mention_docs.setdefault(entity_id(m.ref), set()).add(m.doc_id)
    counts: dict[str, int] = {}
    for m in kb.mentions:
        counts[entity_id(m.ref)] = counts.get(entity_id(m.ref), 0) + 1
    for e in kb.entities:
        G.add_node(
            e.id,
            type=e.type.value,
            name=e.name,
            aliases=list(e.aliases),
            docs=sorted(mention_docs.get(e.id, ())),
            mentions=counts.get(e.id, 0),
            **dict(e.props),
        )
    for r in sorted(kb.relations, key=_order):
        ev = r.evidence
        data = {
            "predicate": r.predicate.value,
            "doc": ev.doc_id,
            "start": ev.start,
            "end": ev.end,
            "evidence": ev.sentence,
            "date": ev.date,
            **dict(r.props),
        }
        data = {k: v for k, v in data.items() if v is not None}
        u = entity_id(r.subject)
        if r.predicate is Predicate.HOLDS_POSITION:
            v = post_id(r)
            if v not in G:
                G.add_node(v, type=POST, name=r.prop("post") or str(r.object), aliases=[], docs=[], mentions=0)
            data["title"] = str(r.object)
        else:
            assert isinstance(r.object, EntityRef)
            v = entity_id(r.object)
        key = f"{r.predicate.value}|{ev.doc_id}|{ev.start}|{ev.end}|{data.get('title', '')}"
        if not G.has_edge(u, v, key):
            G.add_edge(u, v, key=key, **data)
    return G


def _order(r: Relation) -> tuple:
    return (entity_id(r.subject), r.predicate.value, str(r.object), r.evidence.doc_id, r.evidence.start, r.evidence.end)


def entity_types() -> list[str]:
    """Every node type the graph may hold, in legend order."""
    return [t.value for t in EntityType] + [POST]
