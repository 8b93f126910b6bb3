"""The README tells the truth: every command is in it, and its examples run."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.load_all()))
def test_readme_documents_every_command(command):
    assert f"`kg {command}`" in README


def test_readme_has_the_two_commands_and_ci_runs_the_second():
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kg build" in README
    assert "bash scripts/test.sh" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


@pytest.fixture(scope="session")  # session: made once per xdist worker
def built(tmp_path_factory, seed_paths):
    """A user's folder after `kg build`: the graph in ./output/, as the README leaves it."""
    out = tmp_path_factory.mktemp("readme") / "output"
    result = CliRunner().invoke(main, ["build", str(seed_paths[0].parent), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_readme_python_example_runs(built, monkeypatch):
    pytest.importorskip("pandas")
    block = re.search(r"```python\n(import kg\n.*?)```", README, re.S).group(1)
    namespace: dict = {}
    monkeypatch.chdir(built.parent)  # where the README's reader is: output/ beside them
    exec(block, namespace)  # the README's own code, as written
    G = namespace["G"]
    import kg

    assert [h.name for h in kg.holders(G, "市长", jurisdiction="株洲市", at="2021-03-14")] == ["阳卫国"]


def test_readme_console_examples_run(built, monkeypatch):
    lines = re.findall(r"^\$ (kg (?:query|sparql|export) [^#>\n]*)", README, re.M)
    assert len(lines) >= 8
    monkeypatch.chdir(built.parent)  # as written: no --graph, the default output/ folder
    for line in lines:
        result = CliRunner().invoke(main, shlex.split(line)[1:])
        assert result.exit_code == 0, (line, result.output)
        assert "no results" not in result.output and result.output.strip(), line


def test_readme_extract_example_lines_are_real_output(seed_paths):
    block = re.search(r"`kg extract PATH\.\.\. --format jsonl`.*?```json\n(.*?)```", README, re.S).group(1)
    shown = [json.loads(line) for line in block.splitlines() if line.strip()]
    seed = next(p for p in seed_paths if p.name == shown[1]["doc"])
    result = CliRunner().invoke(main, ["extract", str(seed), "-q"])
    assert result.exit_code == 0, result.output
    real = [json.loads(line) for line in result.output.splitlines()]
    for record in shown:
        assert record in real, record
