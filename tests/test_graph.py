"""The graph: division chains reach the province; edges keep their provenance."""

from __future__ import annotations

from kg.extract import extract
from kg.graph import GAZETTEER_SOURCE, build_graph
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
