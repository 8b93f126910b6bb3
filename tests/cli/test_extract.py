"""`kg extract --format jsonl` prints the documented record format."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main


def test_cli_extract_jsonl_records(seed_paths):
    result = CliRunner().invoke(main, ["extract", *map(str, seed_paths), "--format", "jsonl", "-q"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    entities = {r["id"]: r for r in records if r["record"] == "entity"}
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_paths}
    mentions = [r for r in records if r["record"] == "mention"]
    assert mentions
    for m in mentions:
        assert m["entity"] in entities
        assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]
    for e in entities.values():
        assert e["type"] in {"Person", "Place", "Organization", "Project", "Designation", "Meeting"}
        if e["type"] == "Person":
            assert isinstance(e["official"], bool)
    relations = [r for r in records if r["record"] == "relation"]
    assert any(r["predicate"] == "holds_position" for r in relations)
    for r in relations:
        assert r["subject"] in entities
        assert r["evidence"]


def test_cli_help_lists_commands_with_examples():
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name, _cmd in main.commands.items():
        assert name in top.output
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output, name
