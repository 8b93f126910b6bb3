"""docs/other-paper.md, step by step: build another city's paper, measure, add a lexicon, measure again."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "other_paper"


def scores(*extra: str) -> dict[str, dict]:
    args = ["eval", "--gold", str(FIXTURE / "gold.json"), str(FIXTURE / "pages"), "--json", "-q", *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return {row["category"]: row for row in json.loads(result.output)}


def test_walkthrough_build_infers_the_other_home_city(tmp_path):
    result = CliRunner().invoke(main, ["build", str(FIXTURE / "pages"), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
    orgs = {r["name"] for r in records if r["record"] == "entity" and r["type"] == "Organization"}
    assert "中共衡阳市委" in orgs


def test_walkthrough_lexicon_improves_eval():
    before = scores()
    after = scores("--lexicon", str(FIXTURE / "lexicon.tsv"))
    assert before["places"]["recall"] < after["places"]["recall"] == 1.0
    assert before["organizations"]["tp"] + 1 == after["organizations"]["tp"]
    for category in ("officials", "positions", "projects", "designations"):
        assert after[category]["f1"] >= before[category]["f1"]


def test_walkthrough_kg_toml_applies_the_lexicon(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lexicon = (FIXTURE / "lexicon.tsv").resolve()
    (tmp_path / "kg.toml").write_text(f'[kg]\nlexicons = ["{lexicon}"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(FIXTURE / "pages"), "-q"])
    assert result.exit_code == 0, result.output
    jsonl = (tmp_path / "output" / "graph.jsonl").read_text(encoding="utf-8")
    assert '"name": "恒星智造"' in jsonl


def test_walkthrough_doc_shows_the_real_eval_tables():
    """Every table line docs/other-paper.md shows is a line kg eval prints for that command."""
    import re
    import shlex

    doc = (Path(__file__).resolve().parents[1] / "docs" / "other-paper.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ (kg eval .*?)\n(.*?)```", doc.replace("\\\n    ", ""), re.S)
    assert len(blocks) == 2
    for command, shown in blocks:
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        assert result.exit_code == 0, result.output
        printed = set(result.output.splitlines())
        lines = [line for line in shown.splitlines() if re.match(r"\S.*\s\d\.\d{3}$", line)]
        assert lines, command
        for line in lines:
            assert line in printed, (command, line)
