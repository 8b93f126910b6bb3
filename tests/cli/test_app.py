"""The command group: commands load lazily, so ``import kg`` and ``kg --help`` stay cheap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.app import COMMANDS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_app_lazy_help_line_is_the_commands_docstring(name):
    cmd = main.load_all()[name]
    assert click.Command(name, help=COMMANDS[name]).get_short_help_str(200) == cmd.get_short_help_str(200)


def test_app_every_registered_command_is_listed():
    assert set(main.load_all()) == set(COMMANDS)


def test_app_help_lists_every_command():
    out = CliRunner().invoke(main, ["--help"]).output
    assert all(f"  {name} " in out for name in COMMANDS)


@pytest.mark.parametrize(
    "code",
    [
        "import kg",
        "import sys; sys.argv = ['kg', '--version']\nfrom kg.cli import main\ntry: main()\nexcept SystemExit: pass",
        "import sys; sys.argv = ['kg', '--help']\nfrom kg.cli import main\ntry: main()\nexcept SystemExit: pass",
    ],
)
def test_app_import_and_help_do_not_load_extraction(code):
    heavy = ("jieba", "kg.extract", "kg.query", "networkx", "pypinyin", "rdflib")
    probe = f"{code}\nimport sys\nprint(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_app_query_api_still_reachable_from_kg():
    import kg

    assert kg.holders.__module__.startswith("kg.query")
    assert "holders" in dir(kg)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_cli_full_standard_output_is_one_error_line(tmp_path):
    """``kg extract … > /dev/full``: one ``kg: error:`` line and exit 3, no traceback."""
    page = tmp_path / "a.txt"
    page.write_text("市长张三出席会议。\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        run = [sys.executable, "-m", "kg", "extract", str(page)]
        result = subprocess.run(run, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 3
    assert result.stderr.strip() == "kg: error: cannot write the output (No space left on device)"
