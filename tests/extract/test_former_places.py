"""Former names of divisions (renamed, merged, upgraded since 1980): places with the code of their time."""

from __future__ import annotations

from importlib.resources import files

import pytest

from kg.data.gazetteer import Gazetteer
from kg.data.historic import historic, historic_candidates, historic_names
from kg.extract import extract
from kg.extract.base import Doc
from kg.extract.home import home
from kg.extract.places import extract_places
from kg.graph import build_graph
from kg.model import Document, Mention, Relation
from kg.readwrite.rdf import read_rdf_text, write_rdf
from kg.resolve import resolve


def _places(text: str, date: str | None = None) -> list[Mention]:
    doc = Doc.of(Document(id="t.txt", text=text, date=date))
    return [m for m in extract_places(doc) if isinstance(m, Mention)]


def _props(text: str, date: str | None = None) -> dict[str, dict]:
    return {m.name: dict(m.props) for m in _places(text, date)}


def test_former_renamed_city_keeps_the_code_of_its_time() -> None:
    found = _props("2009年，襄樊市和思茅市代表团来访。")
    assert found["襄樊市"] == {
        "code": "420600",
        "level": "prefecture",
        "parent": "420000",
        "valid_until": 2009,
        "successor": "420600",  # 襄阳市, same code
    }
    assert found["思茅市"]["code"] == "530800" and found["思茅市"]["valid_until"] == 2006
    assert found["思茅市"]["successor"] == "530800"  # 普洱市
    assert Gazetteer.load().by_code("530800").name == "普洱市"


def test_former_merged_prefecture_names_the_city_it_joined() -> None:
    found = _props("莱芜市代表团到访，双方签署合作协议。")
    assert found["莱芜市"]["code"] == "371200"
    assert found["莱芜市"]["level"] == "prefecture"
    assert found["莱芜市"]["successor"] == "370100"  # 济南市
    assert Gazetteer.load().by_code("371200") is None  # the code is no current division's


@pytest.mark.parametrize(
    ("text", "name", "code", "successor", "now"),
    [
        ("望城县的种粮大户增收明显。", "望城县", "430122", "430112", "望城区"),
        ("株洲县的工业园区建设加快。", "株洲县", "430221", "430212", "渌口区"),
    ],
)
def test_former_county_that_became_a_district(text: str, name: str, code: str, successor: str, now: str) -> None:
    found = _props(text)
    assert found[name]["code"] == code and found[name]["level"] == "county"
    assert found[name]["successor"] == successor
    assert Gazetteer.load().by_code(successor).name == now


def test_former_short_form_is_not_found() -> None:
    assert _places("襄樊代表团来访，考察了当地企业。") == []
    assert historic("襄樊") is None and "襄樊" not in historic_names()


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("襄阳市代表团来访。", "襄阳市", "420600"),
        ("普洱市的茶园。", "普洱市", "530800"),
        ("株洲的企业。", "株洲市", "430200"),
    ],
)
def test_former_current_names_are_unaffected(text: str, name: str, code: str) -> None:
    found = _props(text)
    assert found[name]["code"] == code
    assert "valid_until" not in found[name] and "successor" not in found[name]


def test_former_names_ignore_the_page_date() -> None:
    text = "2009年，襄樊市代表团来访。"
    assert _props(text, "2024-05-01") == _props(text, "2009-05-01") == _props(text)


def test_former_name_in_a_written_chain() -> None:
    doc = Doc.of(Document(id="t.txt", text="湖北省襄樊市樊城区的企业。"))
    out = list(extract_places(doc))
    relations = {(r.subject.name, r.object.name) for r in out if isinstance(r, Relation)}
    assert relations == {("襄樊市", "湖北省"), ("樊城区", "襄樊市")}


def test_former_name_bracketed_level_is_no_former_county() -> None:
    """某县(市)委 writes "county (or city)": the current city's short form stands."""
    found = _props("从浙江省瑞安县(市)委调任。")
    assert "瑞安县" not in found and found["瑞安市"]["code"] == "330381"


def test_former_name_cutting_a_word_is_none() -> None:
    """沙市市场 is 沙市 (沙市区) and 市场, not the former city 沙市市; 城南区域 is no district."""
    gaz = Gazetteer.load()
    assert [s for _, _, s in gaz.scan("沙市市场监管局", historic=True)] == ["沙市"]
    assert [s for _, _, s in gaz.scan("湖北省沙市市", historic=True)] == ["湖北省", "沙市市"]
    assert "城南区" not in _props("城南区域发展加快。")


def test_former_shared_name_is_decided_by_the_province_or_kept_codeless() -> None:
    assert len(historic_candidates("市郊区")) > 1
    codeless = _props("市郊区干部参加培训。")["市郊区"]
    assert "code" not in codeless and "370811" in codeless["candidates"].split()
    assert _props("山东省济宁市市郊区干部参加培训。")["市郊区"]["code"] == "370811"


def test_former_one_lineage_is_one_division() -> None:
    """思茅市 was a county-level city (1993-2002), then the prefecture (2003-2006): the latter."""
    assert [r.code for r in historic_candidates("思茅市")] == ["530800"]


def test_former_places_do_not_make_the_home_city() -> None:
    """A page naming 岳阳市 twice is 岳阳市's; one naming 襄樊市 twice is no city's (襄阳市 is another name)."""
    for text, city in (("岳阳市召开会议，岳阳市领导出席。", "岳阳市"), ("襄樊市召开会议，襄樊市领导出席。", None)):
        doc = Doc.of(Document(id="t.txt", text=text))
        doc.mentions.extend(m for m in extract_places(doc) if isinstance(m, Mention))
        assert home(doc).city == city


def test_former_place_in_graph_and_turtle() -> None:
    kb = resolve([extract(Document(id="a.txt", text="2009年，湖北省襄樊市代表团来访。"))])
    G = build_graph(kb)
    node = G.nodes["place/襄樊市"]
    assert (node["code"], node["valid_until"], node["successor"]) == ("420600", 2009, "420600")
    targets = {v for _, v, d in G.out_edges("place/襄樊市", data=True) if d["predicate"] == "part_of"}
    assert targets == {"place/湖北省"}  # stated in the text; no gazetteer chain for a former division
    ttl = write_rdf(G, "turtle")
    assert 'kg:divisionCode "420600"' in ttl
    back = read_rdf_text(ttl, "turtle")
    assert back.nodes["place/襄樊市"]["code"] == "420600"
    assert back.nodes["place/襄樊市"]["valid_until"] == 2009


def test_former_table_holds_no_current_name_and_only_full_names() -> None:
    text = files("kg").joinpath("data", "historic_divisions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:]]
    gaz = Gazetteer.load()
    current = {d.name for d in gaz}
    assert rows and all(len(r) == 7 for r in rows)
    for name, code, level, _, first, last, successor in rows:
        assert name not in current and len(name) >= 3, name
        assert level in ("prefecture", "county") and len(code) == 6
        assert 1980 <= int(first) <= int(last) < 2024
        assert not successor or gaz.by_code(successor) is not None, (name, successor)


def test_former_names_stay_out_of_the_plain_scan() -> None:
    gaz = Gazetteer.load()
    assert [s for _, _, s in gaz.scan("株洲县")] == ["株洲"]
    assert [s for _, _, s in gaz.scan("株洲县", historic=True)] == ["株洲县"]
    assert gaz.lookup("襄樊市") == ()
