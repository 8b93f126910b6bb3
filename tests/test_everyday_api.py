"""The Python side of everyday use: pandas dates, networkx's own writers and pandas on a loaded graph, kg.save."""

from __future__ import annotations

import datetime as dt
import io
import json

import networkx as nx
import pytest

import kg
from kg.build import build

PAGE = (
    "衡阳日报 2024年5月16日 星期四\n"
    "衡阳日报讯(记者 王五)5月16日,市委副书记、市长李四主持召开全市重点项目推进会。副市长单一鸣、曾小军出席会议。\n"
    "会议指出,衡阳市入选国家园林城市以来,城市面貌持续改善。\n"
)


@pytest.fixture(scope="session")  # session: made once per xdist worker
def G(tmp_path_factory):
    d = tmp_path_factory.mktemp("api")
    (d / "a.txt").write_text(PAGE, encoding="utf-8")
    build([d / "a.txt"], d / "out")
    return kg.load(d / "out")


@pytest.mark.parametrize(
    "at",
    [dt.date(2024, 5, 16), dt.datetime(2024, 5, 16, 9, 30), "2024-05-16T09:30:00+08:00", "2024-05", "2024"],
)
def test_api_holders_at_any_date_type(G, at):
    assert [h.name for h in kg.holders(G, "市长", at=at)] == ["李四"]


def test_api_holders_at_pandas_timestamp(G):
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert [h.name for h in kg.holders(G, "市长", at=pd.Timestamp("2024-05-16"))] == ["李四"]
    assert [h.name for h in kg.holders(G, "市长", at=pd.Timestamp("2024-05-16 23:59", tz="Asia/Shanghai"))] == ["李四"]
    assert [h.name for h in kg.holders(G, "市长", at=np.datetime64("2024-05-16"))] == ["李四"]
    assert kg.holders(G, "市长", at=pd.Timestamp("2024-05-15")) == []
    assert [d.name for d in kg.designations_of(G, "衡阳市", at=pd.Timestamp("2024-12-31"))] == ["国家园林城市"]


def test_api_to_pandas_edgelist_on_a_loaded_graph(G):
    pytest.importorskip("pandas")
    df = nx.to_pandas_edgelist(G)
    assert len(df) == G.number_of_edges()
    assert set(df["source"]) <= set(G.nodes) and set(df["target"]) <= set(G.nodes)
    assert "gazetteer" in set(df["origin"].dropna())


def test_api_networkx_writers_on_a_loaded_graph(G, tmp_path):
    data = nx.node_link_data(G, edges="links")  # the loaded graph itself: only data in G.graph
    assert json.loads(json.dumps(data, ensure_ascii=False))["graph"]["documents"][0]["id"] == "a.txt"
    flat = kg.flatten(G)
    nx.write_graphml(flat, tmp_path / "g.graphml")
    nx.write_gexf(flat, tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == G.number_of_nodes()
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert json.loads(H.nodes["place/衡阳市"]["aliases"]) == G.nodes["place/衡阳市"]["aliases"]


@pytest.mark.parametrize("suffix", [".graphml", ".ttl", ".jsonld", ".nt", ".gexf", ".json"])
def test_api_save_writes_each_format_deterministically(G, tmp_path, suffix):
    kg.save(G, tmp_path / f"a{suffix}")
    kg.save(G, tmp_path / f"b{suffix}")
    assert (tmp_path / f"a{suffix}").read_bytes() == (tmp_path / f"b{suffix}").read_bytes()
    if suffix in {".graphml", ".ttl", ".json"}:  # .json: node-link data, not read as JSON-LD (an empty graph)
        H = kg.load(tmp_path / f"a{suffix}")
        assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
        assert [h.name for h in kg.holders(H, "市长")] == ["李四"]


def test_api_save_refuses_an_unknown_suffix(G, tmp_path):
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match=r"\.graphml"):
        kg.save(G, tmp_path / "g.xlsx")


def test_api_load_renames_the_old_source_attribute(tmp_path):
    from kg.readwrite.graphml import graphml_text

    old = nx.MultiDiGraph(documents=[])
    old.add_node("place/甲县", type="Place", name="甲县", aliases=[])
    old.add_node("place/乙市", type="Place", name="乙市", aliases=[])
    old.add_edge("place/甲县", "place/乙市", key="part_of|gazetteer", predicate="part_of", source="gazetteer")
    (tmp_path / "graph.graphml").write_text(graphml_text(old), encoding="utf-8")
    H = kg.load(tmp_path)
    assert [d for *_, d in H.edges(data=True)] == [{"predicate": "part_of", "origin": "gazetteer"}]


def test_api_pinyin_reads_surnames_as_surnames(G):
    assert kg.find(G, "shanyiming")[0].name == "单一鸣"  # 单 as a surname is Shàn
    assert kg.find(G, "zengxiaojun")[0].name == "曾小军"  # 曾 as a surname is Zēng
    from kg.readwrite.rdf import pinyin_labels

    assert pinyin_labels("单一鸣", "Person") == ("Shàn Yīmíng", "Shan Yiming")


def test_api_sparql_place_by_short_name_without_an_alias():
    from kg.readwrite.rdf import write_rdf
    from kg.sparql import place_names, query, shipped_queries

    H = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-16"}])
    H.add_node("place/衡阳市", type="Place", name="衡阳市", aliases=[], code="430400", level="prefecture")
    H.add_node("designation/国家园林城市", type="Designation", name="国家园林城市", aliases=[])
    H.add_edge(
        "place/衡阳市", "designation/国家园林城市", key="d", predicate="designated_as", doc="a.txt", start=0, end=3,
        evidence="衡阳市入选国家园林城市。", status="awarded",
    )  # fmt: skip
    ttl = write_rdf(H)
    assert place_names(ttl, "衡阳市") == [] and place_names(ttl, "衡阳") == ["衡阳市"]
    for value in ("衡阳", "Hengyang", "衡阳市"):
        rows = query(ttl, shipped_queries()["designations"].text, {"place": value})
        assert [(r["placeName"], r["designation"]) for r in rows] == [("衡阳市", "国家园林城市")], value
    assert query(ttl, shipped_queries()["designations"].text, {"place": "衡"}) == []


def test_api_query_json_results_load_in_rdflib():
    from rdflib.query import Result

    from kg.readwrite.rdf import write_rdf
    from kg.sparql import query_results

    H = nx.MultiDiGraph(documents=[])
    H.add_node("person/张三", type="Person", name="张三", aliases=[], docs=[], mentions=1)
    for engine in ("oxigraph", "rdflib"):
        out = query_results(write_rdf(H), "SELECT ?n WHERE { ?p skos:prefLabel ?n }", engine=engine, format="json")
        assert [str(r.n) for r in Result.parse(io.BytesIO(out), format="json")] == ["张三"]


def test_api_edge_attributes_do_not_clash_with_networkx(G):
    """networkx names an edge's ends and key ``source``, ``target``, ``key`` in edge lists and node-link data."""
    clashing = {k for *_, d in G.edges(data=True) for k in d} & {"source", "target", "key"}
    assert not clashing, f"rename these edge attributes (see CHANGELOG, 'origin'): {sorted(clashing)}"


def test_api_officials_range_spans_dated_observations_only(tmp_path):
    # a page with a month and day but no year gives a yearless date (--05-16): no end of the dated range
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("5月20日，市长李四出席会议。", encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out", home_city="衡阳市")
    official = next(o for o in kg.officials(kg.load(tmp_path / "out")) if o.name == "李四")
    assert (official.first_seen, official.last_seen) == ("2024-05-16", "2024-05-16")
