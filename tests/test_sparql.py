"""kg.sparql: engines agree, parameters are bound (not pasted), shipped queries answer right on the seeds."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import InputError
from kg.readwrite.rdf import write_rdf
from kg.shapes import validate
from kg.sparql import ENGINES, QueryError, query, shipped_queries, store_dir

INJECTIONS = [
    '张三") || true || ("',
    '张三" } UNION { ?p ?x ?l } #',
    "张三' . ?p ?x ?l . #",
    '"""',
    "\\",
]


@pytest.fixture(scope="module")
def seed_ttl(seed_build):
    return seed_build.outputs[0].parent / "graph.ttl"


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-01-02", "path": "a.txt"}])
    for name in ["张三", "李四", *INJECTIONS]:
        G.add_node(f"person/{name}", type="Person", name=name, aliases=[], docs=["a.txt"], mentions=1)
    return G


NAME_QUERY = "SELECT ?p ?name WHERE { ?p a schema:Person ; skos:prefLabel ?l FILTER(STR(?l) = ?name) }"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", INJECTIONS)
def test_sparql_bound_value_cannot_change_the_query(engine, name):
    data = write_rdf(small_graph())
    rows = query(data, NAME_QUERY, {"name": name}, engine=engine)
    assert [r["name"] for r in rows] == [name]  # exactly the one person of that (hostile) name


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_sparql_injection_attempt_for_missing_name_returns_nothing(engine):
    data = write_rdf(small_graph())
    assert query(data, NAME_QUERY, {"name": '王五" || true || "'}, engine=engine) == []


def _key(rows: list[dict]) -> list[str]:
    return sorted(map(str, rows))


# a query, its required parameters, the optional parameter and a value for it that selects part of the answer
OPTIONAL_ON_SEEDS = [
    ("officials", {}, None, None),
    ("holders", {"post": "市长"}, "on", "2021-03-14"),
    ("designations", {}, "place", "placeName"),  # a column: the value is taken from the unfiltered answer
    ("projects", {}, "district", "place"),
    ("meetings", {}, "person", "chair"),
    ("evidence", {"person": "曹慧泉"}, "post", "市委书记"),
]


SEED_CASES = [(*case, given) for case in OPTIONAL_ON_SEEDS for given in (False, True) if case[2] or not given]


@pytest.mark.parametrize(("name", "required", "optional", "value", "given"), SEED_CASES, ids=lambda x: str(x))
@pytest.mark.parametrize("engine", ENGINES)
def test_sparql_engines_agree_on_every_shipped_query(seed_ttl, engine, name, required, optional, value, given):
    text = shipped_queries()[name].text
    params = dict(required)
    if given:
        everything = query(seed_ttl, text, required)
        value = everything[0][value] if name in {"designations", "projects", "meetings"} else value
        params[optional] = value
    want = query(seed_ttl, text, params)
    assert want, "the seed answer must not be empty"
    assert _key(query(seed_ttl, text, params, engine=engine)) == _key(want)


def hand_made_graph() -> nx.MultiDiGraph:
    """Two of everything, so an optional parameter can select one: people, posts, meetings, places, projects."""
    docs = [{"id": d, "date": date, "path": d} for d, date in [("a.txt", "2024-01-02"), ("b.txt", "2024-02-03")]]
    G = nx.MultiDiGraph(documents=docs)
    nodes = {
        "Person": ["张三", "李四"],
        "Post": ["岳麓区区长", "天心区主任"],
        "Meeting": ["常务会议", "全体会议"],
        "Place": ["岳麓区", "梅溪湖街道", "天心区"],
        "Project": ["湘江大桥", "南湖公园"],
        "Designation": ["示范区", "试点城市"],
    }
    for kind, names in nodes.items():
        for n in names:
            G.add_node(f"{kind.lower()}/{n}", type=kind, name=n, aliases=[], docs=["a.txt"], mentions=1)

    def edge(u: str, v: str, predicate: str, doc: str, **attrs) -> None:
        date = {"a.txt": "2024-01-02", "b.txt": "2024-02-03"}[doc]
        prov = {"doc": doc, "start": 0, "end": 4, "evidence": f"{u}{v}。", "date": date}
        G.add_edge(u, v, key=f"{predicate}|{u}|{v}", predicate=predicate, **prov, **attrs)

    edge("person/张三", "post/岳麓区区长", "holds_position", "a.txt", title="区长", tense="current")
    edge("person/李四", "post/岳麓区区长", "holds_position", "b.txt", title="区长", tense="current")
    edge("person/张三", "post/天心区主任", "holds_position", "b.txt", title="主任", tense="current")
    edge("person/张三", "meeting/常务会议", "chairs", "a.txt")
    edge("person/李四", "meeting/全体会议", "chairs", "b.txt")
    edge("place/梅溪湖街道", "place/岳麓区", "part_of", "a.txt")
    edge("project/湘江大桥", "place/梅溪湖街道", "located_in", "a.txt")
    edge("project/南湖公园", "place/天心区", "located_in", "a.txt")
    edge("place/岳麓区", "designation/示范区", "designated_as", "a.txt", status="awarded", level="national")
    edge("place/天心区", "designation/试点城市", "designated_as", "b.txt", status="aspiring", level="provincial")
    return G


@pytest.fixture(scope="module")
def hand_ttl(tmp_path_factory):
    path = tmp_path_factory.mktemp("hand") / "graph.ttl"
    path.write_text(write_rdf(hand_made_graph()), encoding="utf-8")
    return path


# a query, its parameters, a column, and that column's values without / with the optional parameter
OPTIONAL_ON_HAND_MADE = [
    ("holders", {"post": "区长"}, ("on", "2024-01-02"), "person", {"张三", "李四"}, {"张三"}),
    ("designations", {}, ("place", "岳麓区"), "designation", {"示范区", "试点城市"}, {"示范区"}),
    ("designations", {}, ("place", "Yuèlùqū"), "designation", {"示范区", "试点城市"}, {"示范区"}),
    ("designations", {}, ("place", "Yueluqu"), "designation", {"示范区", "试点城市"}, {"示范区"}),
    ("projects", {}, ("district", "岳麓区"), "project", {"湘江大桥", "南湖公园"}, {"湘江大桥"}),
    ("projects", {}, ("district", "Yueluqu"), "project", {"湘江大桥", "南湖公园"}, {"湘江大桥"}),
    ("meetings", {}, ("person", "张三"), "meeting", {"常务会议", "全体会议"}, {"常务会议"}),
    ("evidence", {"person": "张三"}, ("post", "区长"), "title", {"区长", "主任"}, {"区长"}),
    ("evidence", {"person": "张三"}, ("post", "天心区主任"), "title", {"区长", "主任"}, {"主任"}),
]


@pytest.mark.parametrize("given", [False, True], ids=["optional-absent", "optional-given"])
@pytest.mark.parametrize(
    ("name", "required", "optional", "column", "everything", "selected"),
    OPTIONAL_ON_HAND_MADE,
    ids=[f"{c[0]}-{c[2][0]}={c[2][1]}" for c in OPTIONAL_ON_HAND_MADE],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_sparql_optional_parameter_selects_a_subset_on_every_engine(
    hand_ttl, engine, name, required, optional, column, everything, selected, given
):
    params = {**required, **dict([optional] if given else [])}
    rows = query(hand_ttl, shipped_queries()[name].text, params, engine=engine)
    assert {r[column] for r in rows} == (selected if given else everything)
    assert _key(rows) == _key(query(hand_ttl, shipped_queries()[name].text, params))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("name", "param"), [("meetings", "person"), ("evidence", "person")])
def test_sparql_person_parameters_are_chinese_names(hand_ttl, engine, name, param):
    text = shipped_queries()[name].text
    assert query(hand_ttl, text, {param: "张三"}, engine=engine)
    assert query(hand_ttl, text, {param: "Zhang San"}, engine=engine) == []  # documented: no pinyin for people


SEED_ANSWERS = [
    ("holders", {"post": "市委书记"}, {"person": "曹慧泉", "doc": "004_5c5e95da3b482c19.txt"}),
    ("holders", {"post": "市长", "on": "2021-03-14"}, {"person": "阳卫国", "title": "市长"}),
    ("officials", {}, {"person": "曹慧泉", "title": "市委书记"}),
    ("evidence", {"person": "曹慧泉", "post": "市委书记"}, {"title": "市委书记", "doc": "004_5c5e95da3b482c19.txt"}),
    ("meetings", {"person": "曹慧泉"}, {"chair": "曹慧泉", "date": "2023-12-22"}),
]


@pytest.mark.parametrize(("name", "params", "expected"), SEED_ANSWERS)
def test_sparql_shipped_query_answers_on_seeds(seed_ttl, name, params, expected):
    rows = query(seed_ttl, shipped_queries()[name].text, params)
    assert any(expected.items() <= r.items() for r in rows), rows


def test_sparql_holders_on_a_date_excludes_other_dates(seed_ttl):
    rows = query(seed_ttl, shipped_queries()["holders"].text, {"post": "市长", "on": "2021-03-14"})
    assert rows and all(r["date"] in {"2021-03-14", "--03-14", "2021-03"} for r in rows)


def test_sparql_evidence_sentence_contains_the_title_and_person(seed_ttl):
    rows = query(seed_ttl, shipped_queries()["evidence"].text, {"person": "阳卫国", "post": "市长"})
    assert rows
    for r in rows:
        assert "阳卫国" in r["sentence"] and "市长" in r["sentence"]
        assert 0 <= r["start"] < r["end"]


def test_sparql_designations_report_level_and_status(seed_ttl):
    rows = query(seed_ttl, shipped_queries()["designations"].text)
    assert rows and all(r["status"] in {"awarded", "aspiring", None} for r in rows)


def test_sparql_projects_by_district_on_hand_made_graph():
    G = nx.MultiDiGraph(documents=[{"id": "d.txt", "date": None, "path": "d.txt"}])
    for n, t in [("place/岳麓区", "Place"), ("place/梅溪湖街道", "Place"), ("project/湘江大桥", "Project")]:
        G.add_node(n, type=t, name=n.split("/")[1], aliases=[], docs=[], mentions=1)
    prov = {"doc": "d.txt", "start": 0, "end": 2, "evidence": "s"}
    G.add_edge("place/梅溪湖街道", "place/岳麓区", key="a", predicate="part_of", **prov)
    G.add_edge("project/湘江大桥", "place/梅溪湖街道", key="b", predicate="located_in", **prov)
    rows = query(G, shipped_queries()["projects"].text, {"district": "岳麓区"})
    assert [r["project"] for r in rows] == ["湘江大桥"]


def test_sparql_disk_store_is_built_once_and_reused(tmp_path):
    data = tmp_path / "graph.ttl"
    data.write_text(write_rdf(small_graph()), encoding="utf-8")
    assert len(query(data, NAME_QUERY, {"name": "张三"}, engine="oxigraph-disk")) == 1
    stamp = store_dir(data) / "kg-source.json"
    first = stamp.stat().st_mtime_ns
    assert len(query(data, NAME_QUERY, {"name": "李四"}, engine="oxigraph-disk")) == 1
    assert stamp.stat().st_mtime_ns == first  # reused, not rebuilt
    G = small_graph()
    G.add_node("person/王五", type="Person", name="王五", aliases=[], docs=[], mentions=1)
    data.write_text(write_rdf(G), encoding="utf-8")
    assert len(query(data, NAME_QUERY, {"name": "王五"}, engine="oxigraph-disk")) == 1  # rebuilt


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_sparql_syntax_error_is_a_query_error(engine):
    with pytest.raises(QueryError, match="syntax"):
        query(write_rdf(small_graph()), "SELECT ?x WHERE { ?x", engine=engine)


def test_sparql_missing_data_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="kg build"):
        query(tmp_path / "none.ttl", NAME_QUERY)


def test_sparql_every_shipped_query_has_title_and_documented_params():
    for q in shipped_queries().values():
        assert q.title, q.name
        for p in q.params:
            assert f"?{p}" in q.text, (q.name, p)


def test_shapes_seed_graph_conforms(seed_ttl):
    report = validate(seed_ttl)
    assert report.conforms, report.summary()


def test_shapes_broken_graph_fails_with_readable_messages():
    text = write_rdf(small_graph())
    broken = (
        text.replace('skos:prefLabel "李四"@zh', 'skos:prefLabel "李四"@en')
        + "\n<https://w3id.org/kg-cn/fact/x> a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ;"
        " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/kg-cn/person/张三> ;"
        " <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://www.w3.org/ns/org#holds> ;"
        " <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/kg-cn/post/x> ;"
        " <https://w3id.org/kg-cn/ontology#startChar> 5 ; <https://w3id.org/kg-cn/ontology#endChar> 2 .\n"
    )
    report = validate(broken)
    assert not report.conforms
    summary = report.summary()
    assert "person/李四> skos:prefLabel" in summary and "(@zh)" in summary
    assert "statement's triple is not asserted" in summary
    assert "below kg:endChar" in summary
    assert "prov:wasDerivedFrom" in summary


DECLARED_QUERY = "# param: name @zh  a name\nSELECT ?p ?name WHERE { ?p a schema:Person ; skos:prefLabel ?name }"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", INJECTIONS)
def test_sparql_declared_zh_parameter_is_one_literal(engine, name):
    rows = query(write_rdf(small_graph()), DECLARED_QUERY, {"name": name}, engine=engine)
    assert [r["name"] for r in rows] == [name]  # matched as the stored "…"@zh term, hostile or not


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_sparql_absent_optional_parameter_is_reported_as_none(engine):
    G = small_graph()
    G.add_node("meeting/常务会议", type="Meeting", name="常务会议", aliases=[], docs=[], mentions=1)
    prov = {"doc": "a.txt", "start": 0, "end": 2, "evidence": "张三主持常务会议。"}
    G.add_edge("person/张三", "meeting/常务会议", key="c", predicate="chairs", **prov)
    rows = query(write_rdf(G), shipped_queries()["meetings"].text, engine=engine)
    assert [(r["chair"], r["meeting"], r["person"]) for r in rows] == [("张三", "常务会议", None)]


def test_sparql_graph_over_a_file_without_named_graphs(tmp_path):
    # rdflib fails mid-result on GRAPH over a plain graph: one clear error instead; oxigraph finds no rows
    ttl = tmp_path / "g.ttl"
    ttl.write_text(write_rdf(nx.MultiDiGraph(documents=[{"id": "a.txt"}]), "turtle"), encoding="utf-8")
    text = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    with pytest.raises(QueryError, match=r"\.nq"):
        query(str(ttl), text, engine="rdflib")
    assert query(str(ttl), text, engine="oxigraph") == []
