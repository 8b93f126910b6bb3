"""Issue 17: one output registry; CLI help, defaults, kg.toml and kg push derive from it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import defaults
from kg.extract import extract
from kg.graph import build_graph
from kg.model import Document
from kg.push import media_type
from kg.readwrite.outputs import DEFAULT_OUTPUTS, OUTPUT_NAMES, OUTPUTS, output_format, read_output, write_output
from kg.resolve import resolve


def test_outputs_cli_help_lists_every_output_and_the_defaults():
    help_text = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert f"Comma-separated files to write: {', '.join(OUTPUT_NAMES)}" in help_text
    assert f"[default: {','.join(DEFAULT_OUTPUTS)}]" in help_text
    for o in OUTPUTS:
        assert (o.filename in help_text) == o.default


def test_outputs_defaults_of_kg_toml_are_the_registry_defaults():
    assert defaults()["formats"] == list(DEFAULT_OUTPUTS)


@pytest.mark.parametrize("o", [o for o in OUTPUTS if o.rdf is not None], ids=lambda o: o.name)
def test_outputs_push_sends_the_registry_media_type(o):
    assert media_type(o.filename) == o.media_type


@pytest.mark.parametrize("name", [o.name for o in OUTPUTS if o.readable])
def test_outputs_write_then_read_back(tmp_path, name):
    kb = resolve([extract(Document(id="a.txt", text="青山市市长甲乙丙出席会议。"))])
    G = build_graph(kb)
    path = tmp_path / output_format(name).filename
    path.write_text(write_output(name, G, kb), encoding="utf-8")
    back = read_output(path)
    if name == "jsonl":
        assert {r["id"] for r in back if r["record"] == "entity"} >= {n for n in G if not n.startswith("post/")}
    else:
        assert sorted(back.nodes) == sorted(G.nodes)
