"""kg.readwrite.rdf: the RDF model, its formats, determinism and the NetworkX round trip."""

from __future__ import annotations

import random

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import ConfigError
from kg.readwrite.rdf import iri, node_id_of, pinyin_labels, read_rdf, read_rdf_text, to_rdf, write_rdf
from kg.vocab import DEFAULT_BASE_IRI, GraphEdge

FORMATS = ["turtle", "json-ld", "nt", "nquads"]
OX = {"turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES}
HOSTILE = [
    'say "hi"',
    'triple """ quotes',
    "new\nline\r\ttab",
    "<script>alert(1)</script>",
    "a > b",
    "with space",
    "hash#frag",
    "100% sure",
    "..",
    "slash/inside",
    "back\\slash",
    "ctrl\x01char",
    "全角　空格",
]


def _doc(i: int) -> dict:
    return {"id": f"doc {i}#.txt", "date": "2024-02-29" if i else None, "path": f"pages/{i}.txt"}


def hostile_graph() -> nx.MultiDiGraph:
    """Names a careless writer would break on, with every attribute kind of the contract.

    List attributes (``aliases``, ``docs``) are sorted, as ``build_graph`` makes them: RDF keeps them as sets.
    """
    G = nx.MultiDiGraph(documents=[_doc(0), _doc(1)])
    for i, name in enumerate(HOSTILE):
        G.add_node(
            f"person/{name}",
            type="Person",
            name=name,
            aliases=sorted([name + "2", "x"]),
            docs=["doc 1#.txt"],
            mentions=i,
            official=bool(i % 2),
            role="reporter",
        )
    G.add_node(
        "place/长沙市",
        type="Place",
        name="长沙市",
        aliases=["长沙"],
        docs=[],
        mentions=3,
        code="430100",
        level="prefecture",
    )
    G.add_node(
        "organization/长沙市人民政府",
        type="Organization",
        name="长沙市人民政府",
        aliases=[],
        docs=[],
        mentions=1,
        kind="government",
    )
    G.add_node(
        "post/长沙市长",
        type="Post",
        name="长沙市长",
        aliases=[],
        docs=[],
        mentions=0,
        title="市长",
        body="长沙市人民政府",
        jurisdiction="place/长沙市",
    )
    G.add_node(
        "designation/全国文明城市",
        type="Designation",
        name="全国文明城市",
        aliases=[],
        docs=[],
        mentions=1,
        level="national",
        batch="第六届",
        year=2020,
        conferrer="中央文明委",
    )
    G.add_node("meeting/常务会议", type="Meeting", name="常务会议", aliases=[], docs=[], mentions=1, date="--03-14")
    G.add_node("project/x", type="Project", name="x", aliases=[], docs=[], mentions=1, note={"a": [1, "b"]}, score=0.5)
    for i, name in enumerate(HOSTILE):
        p = f"person/{name}"
        prov = {"doc": "doc 1#.txt", "start": i, "end": i + 3, "evidence": f'{name} said """x"""\n', "date": "2024-02"}
        G.add_edge(
            p,
            "post/长沙市长",
            key=f"holds_position|doc 1#.txt|{i}|{i + 3}|{name}",
            predicate="holds_position",
            title=name,
            body="长沙市人民政府",
            jurisdiction="place/长沙市",
            tense="current",
            **prov,
        )
        G.add_edge(p, "meeting/常务会议", key=f"weird key {i}", predicate="attends", **prov)
    G.add_edge(
        "place/长沙市",
        "designation/全国文明城市",
        key="designated_as|doc 1#.txt|1|2|",
        predicate="designated_as",
        doc="doc 1#.txt",
        start=1,
        end=2,
        evidence="e",
        status="awarded",
        level="national",
        year=2020,
    )
    G.add_edge(
        "project/x",
        "place/长沙市",
        key="k",
        predicate="invented_predicate",
        doc="doc 1#.txt",
        start=0,
        end=1,
        evidence="e",
        extra=[1, 2],
    )
    return G


def assert_same(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert G.graph == H.graph
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)
    }
    assert nx.utils.graphs_equal(G, H)  # the identity is the isomorphism (VF2 can search for minutes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_round_trip_of_hostile_names_is_exact(fmt):
    G = hostile_graph()
    assert_same(G, read_rdf_text(write_rdf(G, fmt), fmt))


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_rdf_hostile_output_parses_the_same_in_rdflib_and_oxigraph(fmt):
    text = write_rdf(hostile_graph(), fmt)
    g = rdflib.Graph().parse(data=text, format=fmt)
    store = ox.Store()
    store.load(text.encode(), format=OX[fmt])
    assert len(g) == len(store) == len(to_rdf(hostile_graph()))


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_rdf_round_trip_of_seed_build_is_exact(seed_build, tmp_path, fmt):
    path = tmp_path / f"graph.{ {'turtle': 'ttl', 'json-ld': 'jsonld', 'nt': 'nt'}[fmt] }"
    path.write_text(write_rdf(seed_build.graph, fmt), encoding="utf-8")
    assert_same(seed_build.graph, read_rdf(path))


def test_rdf_build_writes_turtle_and_jsonld_of_the_same_triples(seed_build):
    out = seed_build.outputs[0].parent
    ttl = ox.Store()
    ttl.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    jsonld = ox.Store()
    jsonld.load(path=str(out / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    assert len(ttl) == len(jsonld) > 1000
    assert set(ttl) == set(jsonld)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_bytes_do_not_depend_on_insertion_order(fmt):
    G = hostile_graph()
    H = nx.MultiDiGraph(**G.graph)
    nodes, edges = list(G.nodes(data=True)), list(G.edges(keys=True, data=True))
    random.Random(7).shuffle(nodes)
    random.Random(7).shuffle(edges)
    H.add_nodes_from(nodes)
    for u, v, k, d in edges:
        H.add_edge(u, v, key=k, **d)
    assert write_rdf(G, fmt).encode() == write_rdf(H, fmt).encode()


@pytest.mark.parametrize("name", HOSTILE)
def test_rdf_iri_is_percent_safe_and_invertible(name):
    value = iri(f"person/{name}")
    assert not set(value) & set(' "<>\\{}|^`\n\r\t\x01　')
    assert value.startswith(DEFAULT_BASE_IRI + "person/")
    assert "/../" not in value and not value.endswith("/..")
    assert node_id_of(value) == f"person/{name}"


def test_rdf_iri_keeps_chinese_readable():
    assert iri("place/长沙市") == DEFAULT_BASE_IRI + "place/长沙市"


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_rdf_base_iri_is_configurable_and_read_back(fmt):
    base = "https://example.org/data/"
    G = hostile_graph()
    text = write_rdf(G, fmt, base=base)
    assert "https://example.org/data/place/长沙市" in text or "kgd:place/长沙市" in text
    assert DEFAULT_BASE_IRI + "place/" not in text
    assert_same(G, read_rdf_text(text, fmt))


@pytest.mark.parametrize("base", ["example.org/", "https://example.org/x", "https://ex.org/a b/", "ftp://x/"])
def test_rdf_bad_base_iri_is_a_config_error(base):
    with pytest.raises(ConfigError, match="base IRI"):
        write_rdf(hostile_graph(), base=base)


def test_rdf_unknown_format_is_a_config_error():
    with pytest.raises(ConfigError, match="turtle"):
        write_rdf(hostile_graph(), "yaml")


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("欧阳修", "Person", ("Ōuyáng Xiū", "Ouyang Xiu")),
        ("王小明", "Person", ("Wáng Xiǎomíng", "Wang Xiaoming")),
        ("长沙市", "Place", ("Chángshāshì", "Changshashi")),
        ("Lyon", "Place", ()),
    ],
)
def test_rdf_pinyin_labels(name, kind, expected):
    assert pinyin_labels(name, kind) == expected


def _sparql(G: nx.MultiDiGraph, q: str) -> list:
    store = ox.Store()
    store.load(write_rdf(G, "nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    prefixes = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX kg: <https://w3id.org/kg-cn/ontology#>
    PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> """
    return [tuple(t.value for t in row) for row in store.query(prefixes + q)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            'SELECT ?l WHERE { ?p skos:prefLabel "长沙市"@zh ; skos:altLabel ?l FILTER(lang(?l) = "zh-latn-pinyin") }',
            {("Changshashi",), ("Chángshāshì",)},
        ),
        (
            'SELECT ?c WHERE { ?p skos:prefLabel "长沙市"@zh ; a ?c }',
            {("https://schema.org/Place",), ("https://schema.org/AdministrativeArea",)},
        ),
        ("SELECT ?o WHERE { ?post a org:Post ; org:postIn ?org . ?org skos:prefLabel ?o }", {("长沙市人民政府",)}),
        (
            'SELECT ?who WHERE { ?m skos:prefLabel "常务会议"@zh ; schema:attendee ?p . ?p skos:prefLabel ?who '
            'FILTER(str(?who) = "a > b") }',
            {("a > b",)},
        ),
        (
            'SELECT ?s WHERE { ?f a kg:PostObservation ; rdf:subject ?p ; kg:title "hash#frag"@zh ; prov:value ?s ; '
            "prov:wasDerivedFrom ?d . ?d a schema:NewsArticle ; dcterms:date ?date }",
            {('hash#frag said """x"""\n',)},
        ),
        (
            "SELECT ?o WHERE { ?o a schema:GovernmentOrganization }",
            {(DEFAULT_BASE_IRI + "organization/长沙市人民政府",)},
        ),
    ],
)
def test_rdf_uses_standard_vocabularies(query, expected):
    assert set(_sparql(hostile_graph(), query)) == expected


def test_rdf_every_edge_has_a_statement_with_provenance(seed_build):
    G = seed_build.graph
    rows = _sparql(
        G,
        "SELECT ?f WHERE { ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
        "prov:wasDerivedFrom ?d ; kg:startChar ?b ; kg:endChar ?e ; prov:value ?v . ?s ?p ?o }",
    )
    from_documents = [d for *_, d in G.edges(data=True) if "doc" in d]
    assert len(rows) == len(from_documents) > 0
    # the rest are division chains from the gazetteer and posts' places: a statement naming that source
    sourced = _sparql(
        G,
        "SELECT ?f WHERE { ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
        "dcterms:source ?src . FILTER(isLiteral(?src)) ?s ?p ?o }",
    )
    assert len(sourced) == G.number_of_edges() - len(from_documents) > 0


def test_rdf_shapes_allow_exactly_the_place_levels():
    import re
    from importlib import resources

    from kg.vocab import PLACE_LEVELS

    shapes = resources.files("kg.shapes").joinpath("kg.ttl").read_text(encoding="utf-8")
    listed = re.search(r'sh:in \( ("country"[^)]*)\)', shapes).group(1)
    assert tuple(re.findall(r'"([a-z]+)"', listed)) == PLACE_LEVELS


def test_rdf_an_official_reaches_the_city_through_the_post(seed_build):
    G = seed_build.graph
    rows = _sparql(
        G,
        "SELECT DISTINCT ?city WHERE { ?person org:holds ?post . ?post a org:Post ; dcterms:spatial ?place . "
        "?place a schema:Place ; skos:prefLabel ?city . ?f rdf:subject ?post ; rdf:object ?place ; "
        'dcterms:source "post" }',
    )
    places = {G.nodes[v]["name"] for _, v, d in G.edges(data=True) if d["predicate"] == GraphEdge.POST_IN}
    assert {r[0] for r in rows} == places and places


def test_rdf_nquads_put_every_triple_in_the_builds_named_graph_and_sparql_sees_them(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.readwrite.rdf_stream import graph_iri

    page = tmp_path / "p.txt"
    page.write_text("青山日报讯 青山市市长甄永年出席会议。青山市入选国家智慧山水城市。", encoding="utf-8")
    out = tmp_path / "out"
    base = "https://example.org/kg/"
    run = CliRunner().invoke(
        main, ["build", str(page), "-o", str(out), "--formats", "nt,nq", "--no-cache", "--base-iri", base]
    )
    assert run.exit_code == 0, run.output
    quads = (out / "graph.nq").read_text(encoding="utf-8").splitlines()
    triples = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert [q.removesuffix(f" <{graph_iri(base)}> .") for q in quads] == [t.removesuffix(" .") for t in triples]
    for engine in ("oxigraph", "rdflib"):
        counts = [
            CliRunner()
            .invoke(
                main,
                [
                    "sparql",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Designation }",
                    "--graph",
                    str(out / f"graph.{x}"),
                    "--engine",
                    engine,
                    "--format",
                    "csv",
                ],
            )
            .output
            for x in ("nt", "nq")
        ]
        assert counts[0] == counts[1] and counts[0].split()[-1] != "0"


def test_rdf_a_subject_with_several_sources_is_written_once_with_all_their_triples():
    """A node whose IRI is a document's (``doc/a.txt``) is one subject: the sorted set of both sources' triples."""
    from kg.readwrite.rdf_stream import _nt, _sort_key
    from kg.readwrite.rdf_write import triples

    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "a.txt"}])
    G.add_node("doc/a.txt", type="Organization", name="甲", aliases=[], docs=["a.txt"], mentions=1)
    G.add_node("org/乙", type="Organization", name="乙", aliases=[], docs=[], mentions=0)
    G.add_edge("doc/a.txt", "org/乙", key="part_of|a.txt|0|1|", predicate="part_of", doc="a.txt", start=0, end=1)
    reference = sorted(set(triples(G)), key=lambda t: (t[0], *_sort_key(t)))
    assert write_rdf(G, "nt") == "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in reference)
    subjects = [line.split(" ", 1)[0] for line in write_rdf(G, "nt").splitlines()]
    assert subjects == sorted(subjects) and subjects.count(f"<{iri('doc/a.txt')}>") > 3


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt"])
def test_rdf_subjects_sorted_in_tiny_runs_on_disk_give_the_same_bytes(seed_build, hostile_graph_copy, fmt, monkeypatch):
    """The subject index sorted a few entries at a time, runs spilled to temporary files and merged, and
    the terms' spellings forgotten every two: the same output."""
    import kg.readwrite.extsort
    import kg.readwrite.rdf_stream as rs

    for G in (seed_build.graph, hostile_graph_copy):
        whole = write_rdf(G, fmt)
        monkeypatch.setattr(kg.readwrite.extsort, "RUN_ITEMS", 3)
        monkeypatch.setattr(rs, "_TERMS_REMEMBERED", 2)
        assert write_rdf(G, fmt) == whole
        monkeypatch.undo()


@pytest.fixture
def hostile_graph_copy() -> nx.MultiDiGraph:
    return hostile_graph()
