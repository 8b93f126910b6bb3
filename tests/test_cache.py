"""The per-document extraction cache: hits, misses, invalidation, and builds that skip extraction."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.build
import kg.cache
import kg.parallel
from kg.build import build
from kg.cache import ExtractionCache, document_key
from kg.cli import main
from kg.extract import extract
from kg.model import Document

DOC = Document(id="a.txt", text="宁波市北仑区区长王建国出席港口建设推进会。")


@pytest.fixture
def counted(monkeypatch):
    """Count the documents that are really extracted (in-process builds)."""
    calls: list[str] = []

    def counting(document, *args, **kwargs):
        calls.append(document.id)
        return extract(document, *args, **kwargs)

    # builds extract through kg.extract.ExtractOptions, which calls kg.extract.extract
    monkeypatch.setattr(sys.modules["kg.extract"], "extract", counting)
    return calls


def test_cache_returns_what_was_put(tmp_path):
    cache = ExtractionCache(tmp_path)
    x = extract(DOC)
    cache.put(x)
    assert cache.get(DOC) == x


@pytest.mark.parametrize(
    "other",
    [
        Document(id="a.txt", text=DOC.text + "会议要求。"),
        Document(id="b.txt", text=DOC.text),
    ],
)
def test_cache_misses_when_id_or_text_changes(tmp_path, other):
    cache = ExtractionCache(tmp_path)
    cache.put(extract(DOC))
    assert cache.get(other) is None


def test_cache_hit_takes_current_path(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(extract(DOC))
    moved = Document(id=DOC.id, text=DOC.text, path="elsewhere/a.txt")
    assert cache.get(moved).document == moved


def test_cache_misses_when_rules_change(tmp_path, monkeypatch):
    ExtractionCache(tmp_path).put(extract(DOC))
    kg.cache._fingerprint.cache_clear()
    monkeypatch.setattr(sys.modules["kg.extract"], "EXTRACTOR_VERSION", "999.0.0")  # read when the fingerprint is made
    try:
        assert ExtractionCache(tmp_path).get(DOC) is None
    finally:
        kg.cache._fingerprint.cache_clear()


def test_cache_misses_when_tokenizer_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_TOKENIZER", "jieba")
    jieba_rules = ExtractionCache(tmp_path).rules
    monkeypatch.setenv("KG_TOKENIZER", "rjieba")
    assert ExtractionCache(tmp_path).rules != jieba_rules


@pytest.mark.parametrize("content", [b"", b"not json", b"\x80\x05N.", b"[]", b'{"format": "kg-extraction"}'])
def test_cache_torn_or_foreign_entry_is_a_miss(tmp_path, content):
    ignored: list[str] = []
    cache = ExtractionCache(tmp_path, on_ignored=ignored.append)
    cache.put(extract(DOC))
    cache.path(DOC).write_bytes(content)
    assert cache.get(DOC) is None
    assert len(ignored) == 1 and str(cache.path(DOC)) in ignored[0]


def test_cache_put_leaves_no_temp_files(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(extract(DOC))
    files = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert files == [f"{document_key(DOC)}.json"]


def test_cache_prune_removes_only_other_rules(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(extract(DOC))
    stale = tmp_path / "0123456789abcdef"
    stale.mkdir()
    mine = tmp_path / "notes"
    mine.mkdir()
    assert cache.prune() == 1
    assert not stale.exists() and mine.exists()
    assert cache.get(DOC) is not None


def test_cache_second_build_extracts_nothing(tmp_path, seed_paths, counted):
    first = build(seed_paths, tmp_path / "o1", cache_dir=tmp_path / "cache")
    assert sorted(counted) == sorted(p.name for p in seed_paths)
    assert first.cached == 0
    counted.clear()
    second = build(seed_paths, tmp_path / "o2", cache_dir=tmp_path / "cache")
    assert counted == []
    assert second.cached == len(seed_paths)
    for name in ("graph.ttl", "graph.jsonl", "graph.graphml", "graph.html"):
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()


def test_cache_new_page_is_the_only_extraction(tmp_path, seed_paths, counted):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    for p in seed_paths[:3]:
        shutil.copy(p, corpus)
    build([corpus], tmp_path / "o", cache_dir=tmp_path / "cache")
    counted.clear()
    shutil.copy(seed_paths[3], corpus)
    result = build([corpus], tmp_path / "o", cache_dir=tmp_path / "cache")
    assert counted == [seed_paths[3].name]
    assert result.cached == 3


def test_cache_changed_page_is_extracted_again(tmp_path, counted):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "a.txt").write_text(DOC.text, encoding="utf-8")
    (corpus / "b.txt").write_text("桂林市阳朔县县长李明出席会议。", encoding="utf-8")
    build([corpus], tmp_path / "o", cache_dir=tmp_path / "cache")
    counted.clear()
    (corpus / "b.txt").write_text("桂林市阳朔县县长李明主持会议。", encoding="utf-8")
    build([corpus], tmp_path / "o", cache_dir=tmp_path / "cache")
    assert counted == ["b.txt"]


def test_cache_cli_default_location_and_summary(tmp_path, seed_paths, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "user-cache"))
    args = ["build", str(seed_paths[0].parent), "-o", str(out), "-j", "1"]
    CliRunner().invoke(main, args)
    assert any((tmp_path / "user-cache").rglob("*.json"))
    assert not any(out.rglob("*.json"))  # nothing of the cache inside the output folder
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"{len(seed_paths)} documents ({len(seed_paths)} from cache)" in result.output


def test_cache_cli_no_cache_extracts_again(tmp_path, seed_paths, counted):
    out = tmp_path / "out"
    args = ["build", str(seed_paths[0].parent), "-o", str(out), "-j", "1", "--no-cache"]
    CliRunner().invoke(main, args)
    counted.clear()
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert len(counted) == len(seed_paths)
    assert "from cache" not in result.output


def test_cache_cli_cache_dir_option(tmp_path, seed_paths):
    out, cache = tmp_path / "out", tmp_path / "elsewhere"
    result = CliRunner().invoke(main, ["build", str(seed_paths[0]), "-o", str(out), "-q", "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    assert len([p for p in cache.rglob("*.json") if p.parent.name != "builds"]) == 1  # one page's extraction
    assert len(list((cache / "builds").glob("*.json"))) == 1  # the build's stamp, for an unchanged rebuild
    assert not list(cache.rglob("*.pickle"))


def test_cache_unchanged_rebuild_keeps_outputs(tmp_path, seed_paths):
    build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "o").glob("graph.*")}
    again = build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    assert again.kept
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "o").glob("graph.*")} == before
    assert sorted(p.name for p in again.outputs) == sorted(before)


def test_cache_rebuild_rewrites_a_changed_output(tmp_path, seed_paths):
    build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    ttl = tmp_path / "o" / "graph.ttl"
    good = ttl.read_bytes()
    ttl.write_text("# edited by hand\n", encoding="utf-8")
    again = build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    assert not again.kept
    assert ttl.read_bytes() == good


@pytest.mark.parametrize("change", ["option", "corpus"])
def test_cache_rebuild_after_change_writes_outputs(tmp_path, seed_paths, change):
    build(seed_paths[:2], tmp_path / "o", cache_dir=tmp_path / "cache")
    paths, strict = (seed_paths[:2], True) if change == "option" else (seed_paths[:3], False)
    again = build(paths, tmp_path / "o", cache_dir=tmp_path / "cache", strict=strict)
    assert not again.kept


def test_cache_unchanged_rebuild_returns_the_same_graph(tmp_path, seed_paths, counted):
    first = build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    counted.clear()
    again = build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    assert counted == []  # the graph is made again from the cached extractions, nothing is extracted
    assert again.kept and again.cached == len(seed_paths)
    assert sorted(again.graph.nodes) == sorted(first.graph.nodes)
    assert again.graph.number_of_edges() == first.graph.number_of_edges()


def test_cache_changed_option_rebuilds(tmp_path, seed_paths):
    build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache")
    other = build(seed_paths, tmp_path / "o", cache_dir=tmp_path / "cache", home_city="长沙市")
    assert not other.kept


def test_cache_fingerprint_covers_every_module_extraction_loads():
    probe = (
        "import sys\nfrom kg.extract import extract\nfrom kg.model import Document\n"
        "extract(Document(id='a.txt', text='株洲日报讯 12月22日，市委书记张三丰在醴陵市主持召开会议。'))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('kg.'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    covered = {m.removesuffix(".py") for m in kg.cache._MODULES}
    missing = [
        m for m in loaded if not m.startswith(kg.cache._SOURCES) and m.removeprefix("kg.").split(".")[0] not in covered
    ]
    assert missing == []


def test_cache_misses_when_gazetteer_code_changes(tmp_path):
    """Editing ``kg/data/gazetteer.py`` (here in a temporary copy of the package) changes the rules fingerprint."""
    import kg.data.gazetteer

    src = Path(kg.cache.__file__).parent
    shutil.copytree(src, tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    probe = "import kg.cache; print(kg.cache.rules_fingerprint(), kg.cache.__file__)"

    def fingerprint() -> str:
        env = {**os.environ, "PYTHONPATH": str(tmp_path)}
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env, cwd=tmp_path
        )
        value, where = out.stdout.split()
        assert Path(where).is_relative_to(tmp_path)
        return value

    before = fingerprint()
    gazetteer = tmp_path / "kg" / Path(kg.data.gazetteer.__file__).relative_to(src)
    gazetteer.write_text(gazetteer.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint() != before
