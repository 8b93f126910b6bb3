"""The graph: division chains reach the province; edges keep their provenance."""

from __future__ import annotations

import networkx as nx

from kg.extract import extract
from kg.graph import GAZETTEER_SOURCE, POST_IN, POST_SOURCE, add_post_places, build_graph
from kg.model import Document
from kg.resolve import resolve


def _parents(G, node):
    return {v for _, v, d in G.out_edges(node, data=True) if d["predicate"] == "part_of"}


def _reaches_province(G, node, seen=()):
    if G.nodes[node].get("level") == "province":
        return True
    return any(p not in seen and _reaches_province(G, p, (*seen, node)) for p in _parents(G, node))


def test_graph_every_division_chain_reaches_its_province(seed_build):
    G = seed_build.graph
    divisions = [n for n, a in G.nodes(data=True) if a["type"] == "Place" and a.get("code")]
    assert len(divisions) > 20
    for node in divisions:
        assert _reaches_province(G, node), node


def test_graph_unstated_parent_comes_from_the_gazetteer():
    x = extract(Document(id="a.txt", text="岳麓区召开会议,研究部署工作。长沙市有关部门参加。"))
    G = build_graph(resolve([x]))
    edges = G.get_edge_data("place/岳麓区", "place/长沙市")
    assert [d["origin"] for d in edges.values()] == [GAZETTEER_SOURCE]
    assert G.nodes["place/湖南省"]["code"] == "430000" and G.nodes["place/湖南省"]["mentions"] == 0
    assert _reaches_province(G, "place/岳麓区")


def test_graph_stated_parent_keeps_its_document_edge():
    x = extract(Document(id="a.txt", text="他来到长沙市岳麓区调研。"))
    G = build_graph(resolve([x]))
    edges = list(G.get_edge_data("place/岳麓区", "place/长沙市").values())
    assert len(edges) >= 1 and all("doc" in d for d in edges)


def test_graph_post_is_linked_to_its_jurisdiction_place():
    x = extract(Document(id="a.txt", text="长沙市市长张三丰出席会议。"))
    G = build_graph(resolve([x]))
    post = next(v for _, v, d in G.out_edges("person/张三丰@430100", data=True) if d["predicate"] == "holds_position")
    place = G.nodes[post]["jurisdiction"]
    edges = list(G.get_edge_data(post, place).values())
    assert [(d["predicate"], d["origin"]) for d in edges] == [(POST_IN, POST_SOURCE)]


def test_graph_post_without_a_place_node_gets_no_post_in_edge():
    G = nx.MultiDiGraph()
    G.add_node("post/某职", type="Post", name="某职", jurisdiction="place/不在图中")
    add_post_places(G)
    assert G.number_of_edges() == 0


def test_graph_seed_officials_reach_the_city_they_govern(seed_build):
    G = seed_build.graph
    linked = [(u, v) for u, v, d in G.edges(data=True) if d["predicate"] == POST_IN]
    assert linked and all(G.nodes[u]["type"] == "Post" and G.nodes[v]["type"] == "Place" for u, v in linked)


def test_graph_documents_carry_their_paper_and_headline():
    text = "县委常委会召开会议\n青山日报讯(记者 周晓梅)5月6日,县委书记刘建国主持召开县委常委会会议。"
    G = build_graph(resolve([extract(Document(id="a.txt", text=text, date="2024-05-06"))]))
    assert G.graph["documents"] == [
        {"id": "a.txt", "date": "2024-05-06", "path": "", "paper": "青山日报", "headline": "县委常委会召开会议"}
    ]


def test_graph_edges_hold_their_nodes_own_id_strings(seed_build):
    """An edge's ends in NetworkX's adjacency are the node ids themselves, not equal copies made per relation."""
    G = seed_build.graph
    own = {n: n for n in G}
    assert G.number_of_edges() > 100
    assert all(v is own[v] for u in G for v in G.succ[u])
    assert all(u is own[u] for v in G for u in G.pred[v])


def test_graph_a_body_named_in_full_is_found_by_its_usual_short_form():
    """The page writes 政协青山县委员会 only; a reader looks it up as 青山县政协 (an alias of the node)."""
    from kg.query.search import node

    text = "政协青山县委员会召开常委会议。青山县人民政府印发通知。"
    G = build_graph(resolve([extract(Document(id="a.txt", text=text))]))
    assert node(G, "青山县政协") == "organization/政协青山县委员会"
    assert node(G, "青山县政府") == "organization/青山县人民政府"
