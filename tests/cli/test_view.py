"""`kg view` run as a user would, in-process (the browser itself is monkeypatched)."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def test_cli_view_print_shows_path(tmp_path):
    (tmp_path / "graph.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["view", str(tmp_path), "--print"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str((tmp_path / "graph.html").resolve())


def test_cli_view_opens_browser(tmp_path, monkeypatch):
    (tmp_path / "graph.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    opened = []
    monkeypatch.setattr("kg.cli.view.open_in_browser", lambda p: opened.append(p) or True)
    result = CliRunner().invoke(main, ["view", str(tmp_path)])
    assert result.exit_code == 0 and opened == [tmp_path / "graph.html"]
    assert result.output.startswith("opened ")


def test_cli_view_without_browser_prints_path(tmp_path, monkeypatch):
    (tmp_path / "graph.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    monkeypatch.setattr("kg.cli.view.open_in_browser", lambda p: False)
    result = CliRunner().invoke(main, ["view", str(tmp_path)])
    assert result.exit_code == 0 and result.output.strip().endswith("graph.html")


def test_cli_view_missing_page_fails_with_one_line(tmp_path):
    result = CliRunner().invoke(main, ["view", str(tmp_path)])
    assert result.exit_code == 2
    assert "run `kg build` first" in result.output and "Traceback" not in result.output
