"""The Python query API (kg.query), on a hand-built graph of the contract's shape and on the seed build.

The hand-built graph is about invented cities (青山市, 东镇 …), so the rules
are tested away from the seed corpus; seed answers are checked at the end.
"""

from __future__ import annotations

import copy
import dataclasses

import networkx as nx
import pytest

import kg
from kg.errors import AmbiguousEntityError, ConfigError, EntityNotFoundError, NoInputError
from kg.graph import add_post_places
from kg.query.lookup import INDEX_KEY, cached_index, index

HOLDS = "holds_position"


def _hold(G, person, post, title, date, doc, jurisdiction="place/青山市", tense=None, **extra):
    attrs = {"predicate": HOLDS, "title": title, "doc": doc, "start": 0, "end": 5, "date": date}
    attrs |= {"jurisdiction": jurisdiction, "tense": tense, "evidence": f"{title}{person}出席。", **extra}
    G.add_edge(f"person/{person}", post, key=f"{HOLDS}|{doc}|0|5|{title}", **{k: v for k, v in attrs.items() if v})


@pytest.fixture
def city() -> nx.MultiDiGraph:
    """A small graph of the contract's shape: two cities, a district and a town, posts, projects, meetings."""
    G = nx.MultiDiGraph(documents=[{"id": "p1.txt", "date": "2019-01-05", "path": "p1.txt"}])
    places = {
        "place/青山市": ("青山市", ["青山"], "prefecture"),
        "place/白水市": ("白水市", ["白水"], "prefecture"),
        "place/东湖区": ("东湖区", ["东湖"], "county"),
        "place/柳镇": ("柳镇", [], "town"),
    }
    for n, (name, aliases, level) in places.items():
        G.add_node(n, type="Place", name=name, aliases=aliases, level=level)
    for n, name in [("person/甄一", "甄一"), ("person/贾二", "贾二"), ("person/卜三", "卜三"), ("person/钟四", "钟四")]:
        G.add_node(n, type="Person", name=name, aliases=[], official=True)
    G.add_node("person/白五", type="Person", name="白五", aliases=[], official=True)
    G.add_node("person/记者丙", type="Person", name="记者丙", aliases=[], official=False, role="reporter")
    posts = {
        "post/青山市市长": ("市长", "青山市人民政府", "place/青山市"),
        "post/白水市市长": ("市长", "白水市人民政府", "place/白水市"),
        "post/青山市副市长": ("副市长", "青山市人民政府", "place/青山市"),
    }
    for n, (title, body, juris) in posts.items():
        G.add_node(n, type="Post", name=n[5:], aliases=[], title=title, body=body, jurisdiction=juris)
    _hold(G, "甄一", "post/青山市市长", "市长", "2018-03-01", "a.txt")
    _hold(G, "甄一", "post/青山市市长", "市长", "2019-01-05", "b.txt")
    _hold(G, "贾二", "post/青山市市长", "市长", "2021-06-01", "c.txt")
    _hold(G, "甄一", "post/青山市市长", "原市长", "2022-01-01", "d.txt", tense="former")
    _hold(G, "白五", "post/白水市市长", "市长", "2020-07-07", "e.txt", jurisdiction="place/白水市")
    _hold(G, "卜三", "post/青山市副市长", "副市长", "2019-02-02", "f.txt")
    _hold(G, "钟四", "post/青山市副市长", "副市长", "2020-02-02", "g.txt")
    _hold(G, "钟四", "post/青山市市长", "市长", "--05-05", "h.txt")  # yearless: cannot be placed in time
    G.add_edge("place/东湖区", "place/青山市", predicate="part_of", doc="a.txt", start=0, end=6)
    G.add_edge("place/柳镇", "place/东湖区", predicate="part_of", doc="a.txt", start=7, end=9)
    for n, name, where in [
        ("project/青山大桥", "青山大桥", "place/青山市"),
        ("project/东湖隧道", "东湖隧道", "place/东湖区"),
        ("project/柳镇水厂", "柳镇水厂", "place/柳镇"),
        ("project/白水港", "白水港", "place/白水市"),
    ]:
        G.add_node(n, type="Project", name=name, aliases=[])
        G.add_edge(n, where, predicate="located_in", doc="a.txt", start=1, end=3, evidence=f"{name}开工。")
    designations = {
        "designation/国家园林城市": ("national", None),
        "designation/全国文明城市": ("national", None),
        "designation/省级卫生城市": ("provincial", None),
    }
    for n, (level, _) in designations.items():
        G.add_node(n, type="Designation", name=n.split("/")[1], aliases=[], level=level)
    G.add_edge("place/青山市", "designation/国家园林城市", predicate="designated_as", status="aspiring", doc="a.txt")
    G.add_edge(
        "place/青山市", "designation/国家园林城市", predicate="designated_as", status="awarded", doc="c.txt",
        date="2021-06-01",
    )  # fmt: skip
    G.add_edge(
        "place/青山市", "designation/全国文明城市", predicate="designated_as", status="aspiring", doc="b.txt",
        date="2019-01-05",
    )  # fmt: skip
    G.add_edge("place/东湖区", "designation/省级卫生城市", predicate="designated_as", status="awarded", doc="g.txt")
    G.add_node("meeting/青山市委常委会", type="Meeting", name="青山市委常委会", aliases=[], date="2021-06-02")
    G.add_node("meeting/东湖区务会", type="Meeting", name="东湖区务会", aliases=[], date="2020-01-01")
    G.add_edge("person/贾二", "meeting/青山市委常委会", predicate="chairs", doc="c.txt", start=9)
    for p in ("卜三", "钟四"):
        G.add_edge(f"person/{p}", "meeting/青山市委常委会", predicate="attends", doc="c.txt", start=12)
    G.add_edge("person/钟四", "meeting/东湖区务会", predicate="attends", doc="g.txt", start=3)
    G.add_edge("person/贾二", "meeting/东湖区务会", predicate="attends", doc="g.txt", start=4)
    return G


def _names(results) -> list[str]:
    return [r.name for r in results]


# --- loading -----------------------------------------------------------------------------------


def test_query_load_reads_build_folder_and_its_graphml(seed_build):
    out = seed_build.outputs[0].parent
    for path in (out, out / "graph.graphml"):
        G = kg.load(path)
        assert isinstance(G, nx.MultiDiGraph)
        assert set(G.nodes) == set(seed_build.graph.nodes)
        assert isinstance(cached_index(G), kg.query.lookup.Index)
        assert INDEX_KEY not in G.graph  # beside the graph, so networkx's writers see only data


@pytest.mark.parametrize("where", ["missing", "empty"])
def test_query_load_without_a_built_graph_says_run_build(tmp_path, where):
    path = tmp_path / "missing" if where == "missing" else tmp_path
    with pytest.raises(NoInputError, match="run `kg build"):
        kg.load(path)


@pytest.mark.parametrize(("fmt", "suffix"), [("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld")])
def test_query_load_reads_rdf(tmp_path, city, fmt, suffix):
    from kg.readwrite.rdf import write_rdf

    (tmp_path / f"graph.{suffix}").write_text(write_rdf(city, fmt), encoding="utf-8")
    G = kg.load(tmp_path / f"graph.{suffix}")
    assert sorted(G.nodes) == sorted(city.nodes) and cached_index(G) is not None


def test_query_load_unknown_suffix_is_an_error(tmp_path):
    (tmp_path / "g.csv").write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="graphml"):
        kg.load(tmp_path / "g.csv")


# --- the index and entity lookup -----------------------------------------------------------------


def test_query_index_is_built_once_and_rebuilt_when_the_graph_changes(city):
    first = index(city)
    assert index(city) is first
    city.add_node("place/新城", type="Place", name="新城", aliases=[])
    assert index(city) is not first
    assert kg.find(city, "新城")[0].id == "place/新城"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("place/东湖区", "place/东湖区"),  # id
        ("东湖区", "place/东湖区"),  # name
        ("东湖", "place/东湖区"),  # alias
        ("donghuqu", "place/东湖区"),  # pinyin
        ("Dong Hu", "place/东湖区"),  # pinyin of the alias, spaced and capitalised
        ("东 湖 区", "place/东湖区"),  # OCR spaces
    ],
)
def test_query_node_resolves_id_name_alias_pinyin(city, given, expected):
    assert kg.query.node(city, given, types=("Place",)) == expected


def test_query_node_ambiguous_name_lists_ids(city):
    city.add_node("person/甄一@白水市", type="Person", name="甄一", aliases=[])
    with pytest.raises(AmbiguousEntityError, match=r"person/甄一, person/甄一@白水市"):
        kg.posts_of(city, "甄一")


def test_query_unknown_entity_suggests_close_names(city):
    with pytest.raises(EntityNotFoundError, match="did you mean: 青山市"):
        kg.projects_in(city, "青山县")


# --- persons and posts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        ("2017-12-31", []),  # nobody observed yet
        ("2018-03-01", ["甄一"]),  # the observation day itself counts
        ("2020", ["甄一"]),  # a year: up to its last day
        ("2021-05-31", ["甄一"]),
        ("2021-06", ["贾二"]),  # a later observation of someone else unseats 甄一
        ("2030-01-01", ["贾二"]),
    ],
)
def test_query_holders_at_a_date_latest_observation_wins(city, at, expected):
    assert _names(kg.holders(city, "市长", jurisdiction="青山市", at=at)) == expected


def test_query_holders_former_tense_ends_a_holding(city):
    city.remove_edges_from([(u, v, k) for u, v, k in city.edges(keys=True) if str(k).startswith(f"{HOLDS}|c.txt")])
    assert _names(kg.holders(city, "post/青山市市长", at="2021-12-31")) == ["甄一"]
    assert _names(kg.holders(city, "post/青山市市长", at="2022-01-01")) == []


def test_query_holders_posts_with_several_seats_keep_everyone(city):
    assert _names(kg.holders(city, "副市长", at="2021")) == ["卜三", "钟四"]


def test_query_holders_two_cities_do_not_unseat_each_other(city):
    got = {(h.name, h.jurisdiction) for h in kg.holders(city, "市长", at="2020-12-31")}
    assert got == {("甄一", "place/青山市"), ("白五", "place/白水市")}


def test_query_holders_without_a_date_lists_everyone_with_first_and_last_seen(city):
    got = [(h.name, h.first_seen, h.last_seen) for h in kg.holders(city, "市长", jurisdiction="青山")]
    assert got == [
        ("甄一", "2018-03-01", "2022-01-01"),
        ("贾二", "2021-06-01", "2021-06-01"),
        ("钟四", "--05-05", "--05-05"),
    ]


def test_query_holders_unplaceable_dates_are_ignored_at_a_date(city):
    assert "钟四" not in _names(kg.holders(city, "市长", at="2030"))


def test_query_holders_jurisdiction_falls_back_to_the_title_when_the_edge_lacks_it():
    G = nx.MultiDiGraph()
    G.add_node("place/红河县", type="Place", name="红河县", aliases=["红河"])
    G.add_node("place/绿谷县", type="Place", name="绿谷县", aliases=[])
    for person, title in [("许六", "红河县县长"), ("冯七", "绿谷县县长")]:
        G.add_edge(f"person/{person}", f"post/{title}", predicate=HOLDS, title=title, doc="x.txt", date="2020-01-01")
        G.nodes[f"post/{title}"].update(type="Post", name=title)  # no title/jurisdiction attributes
    assert _names(kg.holders(G, "红河县县长", jurisdiction="红河")) == ["许六"]
    assert _names(kg.holders(G, "post/绿谷县县长", jurisdiction="红河县")) == []


def test_query_holders_unknown_title_suggests_known_ones(city):
    with pytest.raises(EntityNotFoundError, match="副市长"):
        kg.holders(city, "付市长")


def test_query_posts_of_in_date_order_with_evidence(city):
    got = kg.posts_of(city, "甄一")
    assert [(o.title, o.date, o.tense) for o in got] == [
        ("市长", "2018-03-01", None),
        ("市长", "2019-01-05", None),
        ("原市长", "2022-01-01", "former"),
    ]
    assert all(o.evidence and o.jurisdiction == "place/青山市" and o.body == "青山市人民政府" for o in got)


def test_query_officials_skips_non_officials_and_filters_by_jurisdiction(city):
    assert "记者丙" not in _names(kg.officials(city))
    assert _names(kg.officials(city, jurisdiction="白水市")) == ["白五"]
    zhen = next(o for o in kg.officials(city) if o.name == "甄一")
    assert (zhen.titles, zhen.first_seen, zhen.last_seen) == (("市长", "原市长"), "2018-03-01", "2022-01-01")


def test_query_meetings_of_and_co_attendees(city):
    assert [(m.name, m.role) for m in kg.meetings_of(city, "贾二")] == [
        ("东湖区务会", "attends"),
        ("青山市委常委会", "chairs"),
    ]
    got = [(c.name, len(c.meetings)) for c in kg.co_attendees(city, "贾二")]
    assert got == [("钟四", 2), ("卜三", 1)]


# --- places ------------------------------------------------------------------------------------


def test_query_projects_in_a_city_include_its_districts_and_towns(city):
    got = [(x.name, x.via) for x in kg.projects_in(city, "青山")]
    assert got == [
        ("青山大桥", ("place/青山市",)),
        ("东湖隧道", ("place/青山市", "place/东湖区")),
        ("柳镇水厂", ("place/青山市", "place/东湖区", "place/柳镇")),
    ]


def test_query_projects_in_not_recursive_only_the_place_itself(city):
    assert _names(kg.projects_in(city, "青山市", recursive=False)) == ["青山大桥"]


def test_query_projects_in_survives_a_part_of_cycle(city):
    city.add_edge("place/青山市", "place/柳镇", predicate="part_of", doc="z.txt")
    assert len(kg.projects_in(city, "柳镇")) == 3


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, [("国家园林城市", "awarded"), ("全国文明城市", "aspiring")]),
        ({"status": "aspiring"}, [("全国文明城市", "aspiring")]),
        ({"level": "provincial"}, []),
        ({"level": "provincial", "recursive": True}, [("省级卫生城市", "awarded")]),
        ({"at": "2020-12-31"}, [("全国文明城市", "aspiring")]),  # undated observations cannot be placed
        ({"at": "2021-06-01"}, [("国家园林城市", "awarded"), ("全国文明城市", "aspiring")]),
    ],
)
def test_query_designations_of_status_level_and_date(city, kwargs, expected):
    assert [(d.name, d.status) for d in kg.designations_of(city, "青山市", **kwargs)] == expected


def test_query_designations_of_keeps_all_docs_of_a_designation(city):
    got = kg.designations_of(city, "青山市", status="awarded")[0]
    assert (got.docs, got.doc, got.date, got.level) == (("a.txt", "c.txt"), "c.txt", "2021-06-01", "national")


# --- exploring ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "how"),
    [
        ("青山市", "place/青山市", "name"),
        ("白水", "place/白水市", "alias"),
        ("baishui", "place/白水市", "pinyin"),
        ("东湖隧", "project/东湖隧道", "substring"),
        ("柳真水厂", "project/柳镇水厂", "fuzzy"),
    ],
)
def test_query_find_exact_then_substring_then_fuzzy(city, text, first, how):
    m = kg.find(city, text)[0]
    assert (m.id, m.how) == (first, how)
    assert (m.score == 1.0) == (how in {"name", "alias", "pinyin"})


def test_query_find_ranks_exact_before_containing_and_filters_types(city):
    got = kg.find(city, "青山市")
    assert got[0].id == "place/青山市" and got[0].score > got[1].score
    assert {m.type for m in kg.find(city, "青山", types=["Meeting"])} == {"Meeting"}
    assert kg.find(city, "") == []


def test_query_neighbourhood_is_a_new_graph_of_the_given_depth(city):
    one = kg.neighbourhood(city, "柳镇")
    two = kg.neighbourhood(city, "柳镇", depth=2)
    assert set(one) == {"place/柳镇", "place/东湖区", "project/柳镇水厂"}
    assert "place/青山市" in two and "place/青山市" not in one
    assert INDEX_KEY not in one.graph
    one.add_node("x")
    assert "x" not in city


def test_query_path_between_gives_the_facts_with_evidence(city):
    steps = kg.path_between(city, "柳镇水厂", "青山市")
    assert [(s.subject, s.predicate, s.object) for s in steps] == [
        ("project/柳镇水厂", "located_in", "place/柳镇"),
        ("place/柳镇", "part_of", "place/东湖区"),
        ("place/东湖区", "part_of", "place/青山市"),
    ]
    city.add_node("place/孤岛", type="Place", name="孤岛", aliases=[])
    assert kg.path_between(city, "孤岛", "青山市") == []


def test_query_path_between_reaches_a_city_through_the_post_it_governs(city):
    add_post_places(city)
    steps = kg.path_between(city, "卜三", "青山市")
    assert [(s.subject, s.predicate, s.object) for s in steps] == [
        ("person/卜三", "holds_position", "post/青山市副市长"),
        ("post/青山市副市长", "post_in", "place/青山市"),
    ]
    assert steps[0].evidence and steps[0].doc == "f.txt"


def test_query_evidence_both_directions_in_date_order(city):
    got = kg.evidence(city, "post/青山市市长", "甄一")
    assert [(f.subject, f.date) for f in got] == [
        ("person/甄一", "2018-03-01"),
        ("person/甄一", "2019-01-05"),
        ("person/甄一", "2022-01-01"),
    ]


def test_query_functions_do_not_mutate_the_graph(city):
    before = (copy.deepcopy(dict(city.nodes(data=True))), copy.deepcopy(list(city.edges(keys=True, data=True))))
    kg.holders(city, "市长", at="2021")
    kg.designations_of(city, "青山市", recursive=True)
    kg.projects_in(city, "青山市")
    kg.path_between(city, "甄一", "青山市")
    kg.neighbourhood(city, "青山市", depth=3)
    assert (dict(city.nodes(data=True)), list(city.edges(keys=True, data=True))) == before


def test_query_results_are_frozen_with_a_short_repr(city):
    h = kg.holders(city, "市长", jurisdiction="青山市", at="2019")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.name = "x"  # type: ignore[misc]
    assert (
        repr(h)
        == "Holder('person/甄一', name='甄一', title='市长', jurisdiction='place/青山市', last_seen='2019-01-05')"
    )


def test_query_to_dataframe_one_row_per_result(city):
    pytest.importorskip("pandas")
    df = kg.to_dataframe(kg.posts_of(city, "甄一"))
    assert list(df["date"]) == ["2018-03-01", "2019-01-05", "2022-01-01"]
    assert kg.to_dataframe([]).empty


# --- the seed corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_build):
    return kg.load(seed_build.outputs[0].parent)


# Designations the gold standard gives 株洲 with one status only.
_AWARDED = {
    "全国制造业城市40强",
    "全国老工业城市重点联系城市",
    "国家知识产权强市建设试点城市",
    "第二批海绵城市建设示范城市",
}
_ASPIRING = {"国家环保模范城市", "儿童友好型城市", "全国社会治理现代化示范市"}  # 国家自主创新示范区: either (gold)


def test_query_seed_zhuzhou_designations_split_awarded_and_aspiring(seed):
    got = kg.designations_of(seed, "株洲")
    awarded = {d.name for d in got if d.status == "awarded"}
    aspiring = {d.name for d in got if d.status == "aspiring"}
    assert "全国制造业城市40强" in awarded
    assert not awarded & _ASPIRING and not aspiring & _AWARDED


def test_query_seed_zhuzhou_aspiring_designations(seed):
    aspiring = {d.name for d in kg.designations_of(seed, "株洲", status="aspiring")}
    assert {"国家环保模范城市", "儿童友好型城市"} <= aspiring


def test_query_seed_mayor_on_2023_12_22(seed):
    assert _names(kg.holders(seed, "市长", at="2023-12-22")) == ["陈恢清"]


def test_query_seed_mayor_on_2021_03_14(seed):
    assert _names(kg.holders(seed, "市长", at="2021-03-14")) == ["阳卫国"]


def test_query_seed_posts_of_a_party_secretary(seed):
    got = kg.posts_of(seed, "毛腾飞")
    assert {"市委书记", "市人大常委会主任"} <= {o.title for o in got}
    assert all("毛腾飞" in (o.evidence or "") for o in got)


def test_query_seed_find_by_one_character_and_by_pinyin(seed):
    assert kg.find(seed, "毛")[0].name == "毛腾飞"
    assert kg.find(seed, "maotengfei")[0].name == "毛腾飞"
