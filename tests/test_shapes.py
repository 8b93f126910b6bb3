"""kg.shapes: the SPARQL-on-pyoxigraph validator gives pyshacl's report, on the seeds and on a broken graph."""

from __future__ import annotations

import networkx as nx
import pytest
import rdflib

import kg.shapes
from kg.readwrite.rdf import write_rdf
from kg.shapes import Report, shapes, validate
from kg.shapes.fast import Unsupported, compile_shapes

BROKEN = """
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix kg: <https://w3id.org/kg-cn/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix x: <https://w3id.org/kg-cn/broken/> .

x:noid a schema:Person ; skos:prefLabel "甲"@zh .
x:twoids a schema:Organization ; dcterms:identifier "a", "b" ; skos:prefLabel "乙"@zh .
x:intid a schema:Project ; dcterms:identifier 5 ; skos:prefLabel "丙"@zh .
x:nolabel a schema:Event ; dcterms:identifier "nolabel" .
x:twolabels a kg:Designation ; dcterms:identifier "t" ; skos:prefLabel "丁"@zh, "戊"@zh .
x:english a org:Post ; dcterms:identifier "e" ; skos:prefLabel "post"@en .
x:hans a org:Post ; dcterms:identifier "h" ; skos:prefLabel "己"@zh-Hans .
x:empty a schema:Place ; dcterms:identifier "em" ; skos:prefLabel ""@zh .
x:plain a schema:Place ; dcterms:identifier "pl" ; skos:prefLabel "庚" .
x:badsource a schema:Person ; dcterms:identifier "bs" ; skos:prefLabel "辛"@zh ; dcterms:source x:nowhere .
x:counts a schema:Person ; dcterms:identifier "c" ; skos:prefLabel "壬"@zh ; kg:mentionCount -1, 3 .
x:illint a schema:Person ; dcterms:identifier "ii" ; skos:prefLabel "癸"@zh ; kg:mentionCount "x"^^xsd:integer .
x:official a schema:Person ; dcterms:identifier "o" ; skos:prefLabel "子"@zh ; kg:official "maybe"^^xsd:boolean ;
    org:holds x:twoids .
x:place a schema:Place ; dcterms:identifier "p" ; skos:prefLabel "丑"@zh ; kg:divisionCode "12345" ;
    kg:divisionLevel "city" ; schema:containedInPlace x:official .
x:place2 a schema:Place ; dcterms:identifier "p2" ; skos:prefLabel "寅"@zh ; kg:divisionCode "110101001" ;
    kg:divisionLevel "county", "town" ; schema:containedInPlace x:place .
x:post a org:Post ; dcterms:identifier "po" ; skos:prefLabel "卯"@zh ; org:postIn x:place ; kg:jurisdiction "x" ;
    dcterms:spatial x:twoids .
x:Deputy rdfs:subClassOf schema:Person .
x:sub a x:Deputy ; skos:prefLabel "辰"@zh .
x:doc1 a schema:NewsArticle ; dcterms:date "2024-13-01"^^xsd:date .
x:doc2 a schema:NewsArticle ; dcterms:identifier "d2" ; dcterms:date 5, "2024-01"^^xsd:gYearMonth .
x:doc3 a schema:NewsArticle ; dcterms:identifier "d3" ; dcterms:date "--01-02"^^xsd:gMonthDay .
x:s1 a rdf:Statement ; rdf:predicate org:holds, org:postIn ; rdf:object "o" .
x:s2 a rdf:Statement, kg:PostObservation ; rdf:subject x:place ; rdf:predicate org:holds ; rdf:object x:place ;
    prov:wasDerivedFrom x:post ; kg:startChar 9 ; kg:endChar 2 ; prov:value "" ; kg:tense "future" .
x:s3 a rdf:Statement ; rdf:subject x:counts ; rdf:predicate org:holds ; rdf:object x:post ;
    prov:wasDerivedFrom x:doc3, x:doc2 ; kg:startChar "a"^^xsd:integer ; prov:value "一", "二" .
x:counts org:holds x:post .
x:s4 a kg:PostObservation ; rdf:subject x:counts ; rdf:object x:post ; kg:title "" , "书记" ; kg:tense "former" .
x:s5 kg:startChar -3 ; kg:endChar 4, 6 ; dcterms:source x:doc3 .
x:des kg:status "awarded", "x" .
"""


def small_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-01-02", "path": "a.txt"}])
    G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=["a.txt"], mentions=1)
    return G


def both(data, monkeypatch) -> tuple[Report, Report]:
    """The report of the SPARQL engine (which must not fall back to pyshacl) and pyshacl's."""

    def no_fallback(_g):
        raise AssertionError("the oxigraph engine fell back to pyshacl")

    with monkeypatch.context() as m:
        m.setattr(kg.shapes, "_pyshacl", no_fallback)
        fast = validate(data, engine="oxigraph")
    return fast, validate(data, engine="pyshacl")


def test_shapes_engines_agree_on_the_seed_graph(seed_build, monkeypatch):
    fast, reference = both(seed_build.outputs[0].parent / "graph.ttl", monkeypatch)
    assert fast.conforms and fast == reference, fast.summary()


def test_shapes_engines_agree_on_a_broken_graph(monkeypatch):
    fast, reference = both(write_rdf(small_graph()) + BROKEN, monkeypatch)
    assert not fast.conforms
    assert fast == reference, set(fast.violations) ^ set(reference.violations)
    # every compiled constraint has a case above that breaks it, so each query is checked against pyshacl
    paths = {v.path for v in fast.violations}
    for path in ["dcterms:identifier", "skos:prefLabel", "dcterms:source", "kg:mentionCount", "kg:official"]:
        assert path in paths
    for path in ["org:holds", "kg:divisionCode", "kg:divisionLevel", "schema:containedInPlace", "org:postIn"]:
        assert path in paths
    for path in ["kg:jurisdiction", "dcterms:spatial", "dcterms:date", "rdf:subject", "rdf:predicate", "rdf:object"]:
        assert path in paths
    for path in ["prov:wasDerivedFrom", "kg:startChar", "kg:endChar", "prov:value", "kg:title", "kg:tense"]:
        assert path in paths
    assert "kg:status" in paths and "" in paths  # node-level: sh:or and the sh:sparql constraint
    assert any("not asserted" in v.message for v in fast.violations)
    assert len(fast.violations) >= 40


def test_shapes_engines_agree_on_an_rdflib_graph_and_a_file(tmp_path):
    data = write_rdf(small_graph()) + BROKEN
    path = tmp_path / "broken.ttl"
    path.write_text(data, encoding="utf-8")
    text = validate(data)
    assert validate(path) == text
    assert validate(rdflib.Graph().parse(data=data, format="turtle")) == text
    nt = tmp_path / "broken.nt"
    rdflib.Graph().parse(data=data, format="turtle").serialize(nt, format="nt", encoding="utf-8")
    assert validate(nt) == text


def test_shapes_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        validate(write_rdf(small_graph()), engine="other")


def test_shapes_compiler_refuses_what_it_does_not_translate():
    base = shapes()
    g = rdflib.Graph()
    g += base
    compile_shapes(g, str)  # kg's own shapes compile
    g.parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> ; sh:maxCount 1 ] .""",
        format="turtle",
    )
    with pytest.raises(Unsupported, match="without sh:message"):
        compile_shapes(g, str)
    g2 = rdflib.Graph()
    g2.parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> sh:targetClass <urn:C> ; sh:closed true .""",
        format="turtle",
    )
    with pytest.raises(Unsupported):
        compile_shapes(g2, str)
