"""`kg query` run as a user would, in-process, over the seed build."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.query import query as query_group

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def out(seed_build) -> str:
    return str(seed_build.outputs[0].parent)


def run(*args: str):
    return CliRunner().invoke(main, ["query", *args])


def test_cli_query_holders_at_a_date_as_json(out):
    result = run("holders", "市长", "--at", "2023-12-22", "--graph", out, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["name"] for r in rows] == ["陈恢清"]
    assert rows[0]["evidence"] and rows[0]["doc"].endswith(".txt")


def test_cli_query_designations_table(out):
    result = run("designations", "株洲", "--graph", out)
    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert header.split()[:3] == ["name", "status", "level"]
    assert any(line.startswith("全国制造业城市40强") and "awarded" in line for line in lines)


def test_cli_query_posts_as_csv(out):
    result = run("posts", "毛腾飞", "--graph", out, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"市委书记", "市人大常委会主任"} <= {r["title"] for r in rows}
    assert {r["person"] for r in rows} == {"person/毛腾飞@430200"}  # one person, qualified by jurisdiction


@pytest.mark.parametrize(("text", "first"), [("毛", "毛腾飞"), ("maotengfei", "毛腾飞")])
def test_cli_query_find(out, text, first):
    result = run("find", text, "--graph", out, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["name"] == first


def test_cli_query_no_results_is_empty_json_and_a_note(out):
    result = CliRunner().invoke(main, ["query", "holders", "市长", "--at", "1990", "--graph", out, "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no holders found" in result.stderr


def test_cli_query_without_a_build_says_run_kg_build(tmp_path):
    result = run("find", "毛", "--graph", str(tmp_path / "output"))
    assert result.exit_code == 2
    assert "run `kg build` first" in result.output
    assert result.output.strip().count("\n") == 0 and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["posts", "毛腾"], "did you mean: 毛腾飞"),
        (["holders", "市长", "--at", "2021-13-01"], "not a valid date"),
    ],
)
def test_cli_query_user_mistakes_are_one_line(out, args, message):
    result = run(*args, "--graph", out)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", sorted(query_group.commands))
def test_cli_query_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"kg query {command}" in result.output


def test_cli_query_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "kg query" in readme and "docs/python-api.md" in readme


def test_cli_query_holders_on_pages_dated_only_by_their_datelines(tmp_path):
    # invented pages whose only date is a dateline with its year, a Chinese-numeral date, a date line
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("本报讯(记者 张小明)2024年5月15日,市委副书记、市长李建华主持召开会议。\n", "utf-8")
    (pages / "b.txt").write_text("新华社某地5月16日电(记者 王强)二〇二四年五月十六日,副省长陈国平调研。\n", "utf-8")
    (pages / "c.txt").write_text("某县融媒\n２０２３年１２月３日\n县长赵大海出席会议。\n", "utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(pages), "-o", str(out), "-q", "--no-cache"]).exit_code == 0
    expected = [("市长", "2024-05-15", "李建华"), ("副省长", "2024-05-16", "陈国平"), ("县长", "2023-12-03", "赵大海")]
    for title, day, name in expected:
        result = CliRunner().invoke(
            main, ["query", "holders", title, "--at", day, "--graph", str(out), "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        assert name in result.output
