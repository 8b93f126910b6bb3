"""The README tells the truth: every command is in it, and its examples run."""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def built(tmp_path_factory, seed_paths):
    out = tmp_path_factory.mktemp("readme")
    result = CliRunner().invoke(main, ["build", str(seed_paths[0].parent), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_readme_python_example_runs(built):
    block = re.search(r"```python\n(import kg\n.*?)```", README, re.S).group(1)
    namespace: dict = {}
    exec(block.replace('"output/"', repr(str(built))), namespace)  # the README's own code
    G = namespace["G"]
    import kg

    assert [h.name for h in kg.holders(G, "市长", jurisdiction="株洲市", at="2021-03-14")] == ["阳卫国"]


def test_readme_console_examples_run(built):
    lines = re.findall(r"^\$ (kg (?:query|sparql) [^#\n]*)", README, re.M)
    assert len(lines) >= 5
    for line in lines:
        args = shlex.split(line)[1:]
        args += ["--graph", str(built)] if args[0] == "query" else ["--data", str(built / "graph.ttl")]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (line, result.output)
        assert "no results" not in result.output and result.output.strip(), line
