"""Everyday use: kg.toml's output honoured by every command, W3C SPARQL results, Excel CSV, a Wikidata proposal."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import main

PAGE = (
    "衡阳日报 2024年5月16日 星期四\n"
    "衡阳日报讯(记者 王五)5月16日,市委副书记、市长李四主持召开全市重点项目推进会。副市长单一鸣、曾小军出席会议。\n"
    "会议指出,衡阳市入选国家园林城市以来,城市面貌持续改善。\n"
)


@pytest.fixture(scope="session")  # session: made once per xdist worker
def project(tmp_path_factory):
    """A user's folder: kg.toml with output = "out", pages/, and a build made by `kg build pages`."""
    root = tmp_path_factory.mktemp("project")
    (root / "kg.toml").write_text('[kg]\noutput = "out"\n', encoding="utf-8")
    (root / "pages").mkdir()
    (root / "pages" / "a.txt").write_text(PAGE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        result = CliRunner().invoke(main, ["build", "pages", "-q"])
    assert result.exit_code == 0, result.output
    assert (root / "out" / "graph.ttl").is_file() and not (root / "output").exists()
    return root


@pytest.fixture
def run(project, monkeypatch):
    monkeypatch.chdir(project)

    def invoke(*args: str):
        result = CliRunner().invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.mark.parametrize(
    "args",
    [
        ("query", "holders", "市长"),
        ("query", "find", "李四"),
        ("sparql", "holders", "-p", "post=市长"),
        ("export", "wikidata"),
    ],
)
def test_cli_every_command_reads_kg_toml_output(run, args):
    assert "李四" in run(*args).output


def test_cli_view_and_validate_read_kg_toml_output(run, project):
    assert run("view", "--print").output.strip() == str((project / "out" / "graph.html").resolve())
    assert "out/graph.ttl: conforms" in run("validate").output


@pytest.mark.parametrize("option", ["--data", "--graph"])
def test_cli_sparql_and_query_take_a_build_folder(run, option):
    assert "李四" in run("sparql", "holders", "-p", "post=市长", option, "out").output
    assert "李四" in run("query", "holders", "市长", option, "out").output


def test_cli_sparql_place_by_short_name(run):
    rows = json.loads(run("sparql", "designations", "-p", "place=衡阳", "-f", "records").output)
    assert [(r["placeName"], r["designation"]) for r in rows] == [("衡阳市", "国家园林城市")]


def _check_w3c_json(data: dict) -> None:
    """The structure of application/sparql-results+json (SPARQL 1.1 Query Results JSON Format, §3)."""
    assert set(data) == {"head", "results"}
    names = data["head"]["vars"]
    assert isinstance(names, list) and all(isinstance(v, str) for v in names)
    assert isinstance(data["results"]["bindings"], list)
    for row in data["results"]["bindings"]:
        assert set(row) <= set(names)
        for term in row.values():
            assert term["type"] in {"uri", "literal", "bnode", "triple"} and isinstance(term["value"], str)
            assert set(term) <= {"type", "value", "xml:lang", "datatype"}
            assert not ("xml:lang" in term and "datatype" in term)


def test_cli_sparql_json_is_w3c_and_rdflib_reads_it(run):
    from rdflib.query import Result

    out = run("sparql", "holders", "-p", "post=市长", "--format", "json").stdout_bytes
    data = json.loads(out)
    _check_w3c_json(data)
    assert data["head"]["vars"] == ["person", "title", "date", "doc"]  # the parameter is not a column
    result = Result.parse(io.BytesIO(out), format="json")
    assert [str(row.person) for row in result] == ["李四"]


@pytest.mark.parametrize("fmt", ["xml", "csv", "tsv"])
def test_cli_sparql_other_w3c_formats_parse(run, fmt):
    from rdflib.query import Result

    out = run("sparql", "holders", "-p", "post=市长", "--format", fmt).stdout_bytes
    result = Result.parse(io.BytesIO(out), format=fmt)
    assert [str(row[0]) for row in result] == ["李四"]


def test_cli_csv_for_excel_has_a_bom_and_reads_back_as_excel_does(run):
    plain = run("sparql", "holders", "-p", "post=市长", "--format", "csv").stdout_bytes
    excel = run("sparql", "holders", "-p", "post=市长", "--format", "csv", "--excel").stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain
    for out in (excel, run("query", "holders", "市长", "--format", "csv", "--excel").stdout_bytes):
        assert out.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"))))
        assert rows[0].get("name", rows[0].get("person")) == "李四"


def test_cli_export_wikidata(run):
    rows = list(csv.DictReader(io.StringIO(run("export", "wikidata", "--excel").stdout_bytes.decode("utf-8-sig"))))
    mayor = next(r for r in rows if r["P39"] == "衡阳市市长")
    assert mayor["person"] == "李四" and mayor["P31"] == "Q5" and mayor["P442"] == "430400"
    assert mayor["P1001"] == "衡阳市" and mayor["first_seen"] == "2024-05-16" and "李四" in mayor["P1683"]
    assert next(r for r in rows if r["person"] == "单一鸣")["person_en"] == "Shan Yiming"  # the surname's reading
    records = json.loads(run("export", "wikidata", "--format", "json").output)
    assert {r["person"] for r in records} == {r["person"] for r in rows}
