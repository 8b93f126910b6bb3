"""GraphML write/read round trip: equal node, edge and graph attributes."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.readwrite.graphml import graphml_text, read_graphml


def _round_trip(G: nx.MultiDiGraph, tmp_path) -> nx.MultiDiGraph:
    p = tmp_path / "g.graphml"
    p.write_text(graphml_text(G), encoding="utf-8")
    return read_graphml(p)


def _same(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))
    assert H.graph == G.graph


def test_graphml_round_trip_of_the_seed_build(seed_build, tmp_path):
    _same(seed_build.graph, _round_trip(seed_build.graph, tmp_path))


@pytest.mark.parametrize(
    ("node_attrs", "edge_attrs"),
    [
        ({"year": 2022}, {"year": "2022年"}),  # one name, different types on nodes and edges
        ({"level": "national", "official": True, "mentions": 3}, {"start": 0, "end": 12}),
        ({"aliases": ["青山", "青山 市"], "extra": {"a": [1, 2]}}, {"chain": ["place/东镇", "place/青山市"]}),
    ],
)
def test_graphml_round_trip_keeps_values_and_types(tmp_path, node_attrs, edge_attrs):
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": None, "path": "a.txt"}])
    G.add_node("place/青山市", type="Place", name="青山市", **node_attrs)
    G.add_node("place/东镇", type="Place", name="东镇", year="二〇二二", aliases="not a list")
    G.add_edge("place/东镇", "place/青山市", key="part_of|a.txt|0|2|", predicate="part_of", **edge_attrs)
    G.add_edge("place/东镇", "place/青山市", key="part_of|b.txt|0|2|", predicate="part_of", start=5)
    _same(G, _round_trip(G, tmp_path))


def test_graphml_reads_files_written_before_the_json_key_list(tmp_path):
    p = tmp_path / "old.graphml"
    H = nx.MultiDiGraph()
    H.add_node("place/青山市", name="青山市", aliases='["青山"]', docs='["a.txt"]')
    nx.write_graphml(H, p)
    assert read_graphml(p).nodes["place/青山市"]["aliases"] == ["青山"]


def _odd_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[{"id": "a & b.txt"}], note="x<y>")
    G.add_node("lonely")
    G.add_node('quote"d\tname', name="", share=1.5, official=True, mentions=3, aliases=["甲", "乙"])
    G.add_edge('quote"d\tname', "lonely", key=0)
    G.add_edge('quote"d\tname', "lonely", key="k\r\n", evidence="a<b & c>d\n", start=2)
    G.add_node("surrogate\ud800", label="\ud800")
    return G


@pytest.mark.parametrize("graph", ["seed", "odd", "empty"])
def test_graphml_text_is_what_networkx_writes(graph, seed_build):
    """The direct writer gives NetworkX's ElementTree bytes (escaping, key order, empty elements)."""
    from kg.readwrite import graphml

    G = {"seed": lambda: seed_build.graph, "odd": _odd_graph, "empty": nx.MultiDiGraph}[graph]()
    # NetworkX writes a lone surrogate as &#55296;, which XML forbids; kg writes U+FFFD (the file parses)
    expected = graphml._graphml_text_nx(*graphml._prepare(G)).replace("&#55296;", "\ufffd")
    assert expected.startswith("<?xml version='1.0' encoding='utf-8'?>\n<graphml")
    assert graphml_text(G) == expected


def test_graphml_edges_sorted_in_tiny_runs_on_disk_give_the_same_text(seed_build, monkeypatch):
    """The edges' order made a few edges at a time (runs in temporary files, merged): the same file."""
    import kg.readwrite.extsort

    whole = graphml_text(seed_build.graph)
    monkeypatch.setattr(kg.readwrite.extsort, "RUN_ITEMS", 3)
    assert graphml_text(seed_build.graph) == whole
