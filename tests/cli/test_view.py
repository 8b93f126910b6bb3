"""`kg view` run as a user would, in-process (the browser itself is monkeypatched)."""

from __future__ import annotations

from pathlib import Path

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


def _built(tmp_path: Path, *extra: str) -> tuple[Path, object]:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("2024年3月1日\n长沙市市长张三丰出席会议并讲话。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(out), "--no-cache", *extra])
    return out, result


def test_cli_view_focus_writes_the_neighbourhood_page(tmp_path):
    out, built = _built(tmp_path)
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(main, ["view", str(out), "--focus", "zhangsanfeng", "--depth", "2", "--print"])
    assert result.exit_code == 0, result.output
    page = out / "focus-张三丰.html"
    assert result.output.splitlines()[-1] == str(page.resolve())
    html = page.read_text(encoding="utf-8")
    assert '"focus":"person/张三丰@430100"' in html and "place/长沙市" in html  # person → post → city in 2 steps


def test_cli_view_focus_unknown_name_is_one_clear_line(tmp_path):
    out, _ = _built(tmp_path)
    result = CliRunner().invoke(main, ["view", str(out), "--focus", "无此人物", "--print"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "无此人物" in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_build_html_focus_writes_the_focus_page(tmp_path):
    out, result = _built(tmp_path, "--html-focus", "张三丰")
    assert result.exit_code == 0, result.output
    assert (out / "focus-张三丰.html").is_file() and "focus-张三丰.html" in result.output
