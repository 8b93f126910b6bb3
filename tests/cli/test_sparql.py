"""`kg sparql` and `kg validate` run as a user would, in-process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.sparql import shipped_queries


@pytest.fixture(scope="module")
def ttl(seed_build):
    return str(seed_build.outputs[0].parent / "graph.ttl")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_cli_sparql_list_shows_every_shipped_query():
    result = run("sparql", "--list")
    assert result.exit_code == 0
    for name in shipped_queries():
        assert name in result.output
    assert "-p post=" in result.output


def test_cli_sparql_named_query_as_table(ttl):
    result = run("sparql", "holders", "-p", "post=市委书记", "--data", ttl)
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0].split()
    assert header == ["person", "title", "date", "doc"]  # the parameters are not echoed as columns
    assert "曹慧泉" in result.output


@pytest.mark.parametrize("engine", ["oxigraph", "oxigraph-disk", "rdflib"])
def test_cli_sparql_json_output_is_the_same_for_every_engine(ttl, engine):
    result = run(
        "sparql",
        "evidence",
        "-p",
        "person=曹慧泉",
        "-p",
        "post=市委书记",
        "-f",
        "records",
        "--engine",
        engine,
        "--data",
        ttl,
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(r["title"] == "市委书记" and "曹慧泉" in r["sentence"] for r in rows)


def test_cli_sparql_csv_output_from_query_text(ttl):
    q = "SELECT ?name WHERE { ?p a schema:Person ; kg:official true ; skos:prefLabel ?name } ORDER BY ?name"
    result = run("sparql", q, "--format", "csv", "--data", ttl)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["name"] and ["曹慧泉"] in rows


def test_cli_sparql_query_file(ttl, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a schema:NewsArticle }", encoding="utf-8")
    result = run("sparql", str(f), "--data", ttl, "-f", "records")
    assert json.loads(result.output) == [{"n": 5}]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evidence"], "needs -p person="),
        (["holders", "-p", "post=市长", "-p", "bogus=1"], "no parameter 'bogus'"),
        (["holders", "-p", "post"], "expected NAME=VALUE"),
        (["SELECT ?x WHERE { ?x"], "syntax error"),
        (["nonesuch"], "not a shipped query"),
        (["missing.rq"], "no such query file"),
    ],
)
def test_cli_sparql_user_mistakes_are_one_line_errors(ttl, args, message):
    result = run("sparql", *args, "--data", ttl)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_sparql_missing_data_file(tmp_path):
    result = run("sparql", "officials", "--data", str(tmp_path / "graph.ttl"))
    assert result.exit_code == 2 and "kg build" in result.output


def test_cli_validate_seed_graph_conforms(ttl):
    result = run("validate", ttl)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_validate_broken_graph_exits_1_with_readable_report(ttl, tmp_path):
    broken = tmp_path / "broken.ttl"
    text = Path(ttl).read_text(encoding="utf-8")
    broken.write_text(text.replace("kg:startChar", "kg:startChar -7, ", 1), encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 1
    assert "violation" in result.output and "kg:startChar" in result.output


@pytest.mark.parametrize("command", ["sparql", "validate"])
def test_cli_rdf_commands_have_help_with_examples(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Examples:" in result.output


@pytest.mark.parametrize("tones", [True, False], ids=["tone-marks", "plain"])
def test_cli_sparql_place_parameter_in_pinyin(ttl, tones):
    from kg.readwrite.rdf import pinyin_labels
    from kg.sparql import query

    place = query(ttl, shipped_queries()["designations"].text)[0]["placeName"]
    spelled = pinyin_labels(place, "Place")[0 if tones else -1]
    args = ("sparql", "designations", "--data", ttl, "--format", "records", "--engine", "oxigraph", "-p")
    by_name, by_pinyin = run(*args, f"place={place}"), run(*args, f"place={spelled}")
    assert by_name.exit_code == by_pinyin.exit_code == 0, by_pinyin.output
    rows = json.loads(by_pinyin.output)
    assert rows and rows == json.loads(by_name.output) and {r["placeName"] for r in rows} == {place}
