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
>>> G = build_graph(resolve([extract(Document(id="a.txt", text="市长张三丰出席会议。"), home_city="株洲市")]))
>>> {k: G.nodes["post/株洲市市长"][k] for k in ("title", "body", "jurisdiction", "label_en")}
{'title': '市长', 'body': '株洲市人民政府', 'jurisdiction': 'place/株洲市', 'label_en': 'Mayor of Zhuzhou'}
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.corpus import page_headline, page_paper
from kg.data.gazetteer import Gazetteer
from kg.english import body_label_en, post_label_en, title_of
from kg.model import Document, EntityRef, Relation
from kg.resolve import KnowledgeBase, entity_id
from kg.vocab import EntityType, GraphEdge, NodeType, Predicate

__all__ = ["POST", "POST_IN", "POST_SOURCE", "add_post_places", "build_graph", "post_id"]

POST = NodeType.POST.value
"""Node type of a post (a title in a body or jurisdiction) held by persons."""

POST_IN = GraphEdge.POST_IN
"""Predicate of the edge from a Post to the Place it governs (its ``jurisdiction``), so officials reach places."""


def post_id(relation: Relation) -> str:
    """The node id of the post a ``holds_position`` relation names."""
    body = relation.prop("post") or relation.object
    return f"post/{body}"


def _document_record(d: Document) -> dict:
    """A page as the graph cites it: id, date, path, and the paper and headline when the page names them."""
    record = {"id": d.id, "date": d.date, "path": d.path}
    for key, value in (("paper", page_paper(d.text)), ("headline", page_headline(d.text))):
        if value:
            record[key] = value
    return record


def build_graph(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """One node per entity (and post), one edge per relation per document, with provenance."""
    G = nx.MultiDiGraph()
    G.graph["documents"] = [_document_record(d) for d in sorted(kb.documents, key=lambda d: d.id)]
    ids = _Ids(e.id for e in kb.entities)
    stats = kb.mention_stats()  # made by resolution (on a Dask cluster's workers): no pass over the mentions
    for e in kb.entities:
        seen = stats.get(e.id)
        label_en = body_label_en(e.name) if e.type is EntityType.ORGANIZATION else None
        G.add_node(
            e.id,
            type=e.type.value,
            name=e.name,
            aliases=list(e.aliases),
            docs=list(seen.docs) if seen else [],
            mentions=seen.mentions if seen else 0,
            **dict(e.props),
            **({"label_en": label_en} if label_en else {}),
        )
    for r in sorted(kb.relations, key=ids.order):  # (posts come after every entity node: _place_id's index)
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
        u = ids(r.subject)
        if r.predicate is Predicate.HOLDS_POSITION:
            v = ids(post_id(r))
            if v not in G:
                post = _post_node(G, r)
                if "jurisdiction" in post:
                    post["jurisdiction"] = ids(post["jurisdiction"])
                G.add_node(v, **post)
            data["title"] = str(r.object)
            if "jurisdiction" in data:
                data["jurisdiction"] = ids(_place_id(G, str(data["jurisdiction"])))
        else:
            assert isinstance(r.object, EntityRef)
            v = ids(r.object)
        key = f"{r.predicate.value}|{ev.doc_id}|{ev.start}|{ev.end}|{data.get('title', '')}"
        if not G.has_edge(u, v, key):
            G.add_edge(u, v, key=key, **data)
    _add_division_chains(G)
    add_post_places(G)
    G.graph.pop("_places", None)
    return G


POST_SOURCE = "post"
"""The ``origin`` of a ``post_in`` edge: it restates the Post node's ``jurisdiction``, no document states it."""


def add_post_places(G: nx.MultiDiGraph) -> None:
    """Link every Post to its jurisdiction Place with a ``post_in`` edge (key ``post_in|post``), in place.

    The edge carries ``origin="post"`` and no document: the jurisdiction comes
    from the post's normalisation (its holders' sentences are on their
    ``holds_position`` edges). Posts whose jurisdiction is not a Place node of
    ``G`` get no edge.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("place/青山市", type="Place", name="青山市")
    >>> G.add_node("post/青山市市长", type="Post", name="青山市市长", jurisdiction="place/青山市")
    >>> add_post_places(G)
    >>> [(u, v, k) for u, v, k in G.edges(keys=True)]
    [('post/青山市市长', 'place/青山市', 'post_in|post')]
    """
    for node, place in sorted(G.nodes(data="jurisdiction")):
        is_place = G.nodes.get(place, {}).get("type") == EntityType.PLACE.value if place else False
        if G.nodes[node].get("type") != POST or not is_place:
            continue
        key = f"{POST_IN}|{POST_SOURCE}"
        if not G.has_edge(node, place, key):
            G.add_edge(node, place, key=key, predicate=POST_IN, origin=POST_SOURCE)


GAZETTEER_SOURCE = "gazetteer"
"""The ``origin`` of a ``part_of`` edge that comes from the division gazetteer, not from a document.

(The attribute was called ``source`` before kg 0.2; networkx's ``to_pandas_edgelist`` and
``node_link_data`` use ``source`` for an edge's first node, so it was renamed; see CHANGELOG.)"""


def _add_division_chains(G: nx.MultiDiGraph) -> None:
    """Every division in the graph is ``part_of`` its parent up to the province (from the gazetteer).

    Where the text states the link, the document's edge is there already; the others get one edge
    with ``origin="gazetteer"`` and no document. Ancestors the text never names become nodes too.
    Former divisions (襄樊市, with ``valid_until``) get none: the gazetteer is today's list.
    """
    gaz = Gazetteer.load()
    by_code = {  # a former division (valid_until) is not in the current gazetteer: its code may be another's now
        a["code"]: n
        for n, a in G.nodes(data=True)
        if a.get("type") == NodeType.PLACE and a.get("code") and not a.get("valid_until")
    }
    todo = sorted(by_code.items())
    while todo:
        code, node = todo.pop()
        division = gaz.by_code(code)
        parent = gaz.by_code(division.parent) if division and division.parent else None
        if parent is None:
            continue
        if parent.code not in by_code:
            pid = entity_id(EntityRef(EntityType.PLACE, parent.name))
            if pid in G and G.nodes[pid].get("code") not in (None, parent.code):
                pid = entity_id(EntityRef(EntityType.PLACE, parent.name, parent.code))
            if pid not in G:
                G.add_node(
                    pid,
                    type=NodeType.PLACE.value,
                    name=parent.name,
                    aliases=[],
                    docs=[],
                    mentions=0,
                    code=parent.code,
                    level=parent.level,
                    **({"parent": parent.parent} if parent.parent else {}),
                )
            by_code[parent.code] = pid
            todo.append((parent.code, pid))
        target = by_code[parent.code]
        if not any(d.get("predicate") == Predicate.PART_OF for d in G.get_edge_data(node, target, default={}).values()):
            G.add_edge(
                node,
                target,
                key=f"part_of|{GAZETTEER_SOURCE}",
                predicate=Predicate.PART_OF.value,
                origin=GAZETTEER_SOURCE,
            )


def _post_node(G: nx.MultiDiGraph, r: Relation) -> dict:
    """Attributes of a Post node: normalised title, body, jurisdiction node id, English label."""
    name = r.prop("post") or str(r.object)
    body, jurisdiction = r.prop("body"), r.prop("jurisdiction")
    title = title_of(name, body, jurisdiction, str(r.object))
    attrs = {"type": POST, "name": name, "aliases": [], "docs": [], "mentions": 0, "title": title, "body": body}
    attrs["jurisdiction"] = _place_id(G, jurisdiction) if jurisdiction else None
    attrs["label_en"] = post_label_en(title, body, jurisdiction)
    return {k: v for k, v in attrs.items() if v is not None}


def _place_id(G: nx.MultiDiGraph, name: str) -> str:
    """The node id of the place named ``name``: its node when the graph has exactly one, else the bare id."""
    bare = entity_id(EntityRef(EntityType.PLACE, name))
    if bare in G:
        return bare
    if "_places" not in G.graph:  # name -> place node ids, built once per graph
        index: dict[str, list[str]] = {}
        for n, d in G.nodes(data=True):
            if d.get("type") == EntityType.PLACE.value:
                index.setdefault(d["name"], []).append(n)
        G.graph["_places"] = index
    found = G.graph["_places"].get(name, [])
    return found[0] if len(found) == 1 else bare


class _Ids:
    """One string per node id across a graph's making: the id made again for each mention and relation
    (the key of a node's neighbours in NetworkX's adjacency, a sort key) is dropped for the one kept.

    >>> ids = _Ids(["person/张三"])
    >>> ids(EntityRef(EntityType.PERSON, "张三")) is ids("person/张三")
    True
    """

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._ids = {n: n for n in known}

    def __call__(self, node: EntityRef | str) -> str:
        n = entity_id(node) if isinstance(node, EntityRef) else node
        return self._ids.setdefault(n, n)

    def order(self, r: Relation) -> tuple:
        """The order relations become edges in: subject, predicate, object, document, span."""
        ev = r.evidence
        return (self(r.subject), r.predicate.value, self(r.object), ev.doc_id, ev.start, ev.end)


def entity_types() -> list[str]:
    """Every node type the graph may hold, in legend order."""
    return [t.value for t in NodeType]
