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
    for name in main.load_all():
        assert name in top.output
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output, name


def _posts(output: str) -> set[str]:
    records = [json.loads(line) for line in output.splitlines()]
    return {r.get("post") for r in records if r["record"] == "relation" and r["predicate"] == "holds_position"}


def test_cli_extract_home_city_flag_and_setting(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text("市委书记孙海涛主持会议。", encoding="utf-8")
    runner = CliRunner()
    flag = runner.invoke(main, ["extract", str(page), "-q", "--home-city", "常德市"])
    assert flag.exit_code == 0, flag.output
    assert "中共常德市委书记" in _posts(flag.output)
    (tmp_path / "kg.toml").write_text('[kg]\nhome_city = "益阳市"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    toml = runner.invoke(main, ["extract", "page.txt", "-q"])
    assert "中共益阳市委书记" in _posts(toml.output)
    both = runner.invoke(main, ["extract", "page.txt", "-q", "--home-city", "常德市"])
    assert "中共常德市委书记" in _posts(both.output)  # the flag beats kg.toml


def test_cli_extract_home_city_unknown_to_the_gazetteer_is_warned_about(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("市委书记孙海涛主持会议。", encoding="utf-8")
    runner = CliRunner()
    typo = runner.invoke(main, ["extract", str(page), "--home-city", "常徳市"])
    assert typo.exit_code == 0
    assert "kg: warning: home city 常徳市 is no division kg knows" in typo.stderr
    known = runner.invoke(main, ["extract", str(page), "--home-city", "常德市"])
    assert "warning" not in known.stderr


def test_cli_extract_reads_a_big5_page_in_traditional_chinese(tmp_path):
    """A Big5 file in traditional Chinese, end to end: names simplified, mentions quoting the page, one warning."""
    text = "青山日報訊(記者 衛思齊)株洲市市長甄永年主持召開會議,強調要抓好項目建設。\n"
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    (tmp_path / "simple.txt").write_text("株洲市市长甄永年出席会议。", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "big5.txt"), str(tmp_path / "simple.txt")])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "traditional Chinese" in line]
    assert warnings == [
        "kg: warning: 1 page was read as traditional Chinese and converted to simplified characters: "
        "names are simplified, mention text, titles and offsets the page's own"
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    entities = {r["id"]: r for r in records if r["record"] == "entity"}
    mentions = [r for r in records if r["record"] == "mention" and r["doc"] == "big5.txt"]
    assert mentions
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
    officials = {entities[m["entity"]]["name"] for m in mentions if entities[m["entity"]].get("official")}
    assert officials == {"甄永年"}
    assert "株洲市" in {entities[m["entity"]]["name"] for m in mentions}
    relations = [r for r in records if r["record"] == "relation" and r["doc"] == "big5.txt"]
    posts = {
        (entities[r["subject"]]["name"], r["object"], r.get("post"))
        for r in relations
        if r["predicate"] == "holds_position"
    }
    assert ("甄永年", "株洲市市長", "株洲市市长") in posts  # the title quotes the page, the post is normalised
    assert not any(c in e["name"] for e in entities.values() for c in "長開會議")
