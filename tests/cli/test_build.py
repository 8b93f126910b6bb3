"""`kg build` run as a user would, in-process."""

from __future__ import annotations

import re

import pyoxigraph
import rdflib
from click.testing import CliRunner

from kg.cli import main


def test_cli_build_writes_outputs_from_seeds(tmp_path, seed_paths):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seed_paths[0].parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 documents" in result.output
    for name in ("graph.ttl", "graph.html", "graph.graphml", "graph.jsonl"):
        assert (out / name).stat().st_size > 1000
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 1000


def test_cli_build_html_references_no_remote_resource(tmp_path, seed_paths):
    out = tmp_path / "out"
    CliRunner().invoke(main, ["build", *map(str, seed_paths), "-o", str(out), "-q"])
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", html)
    assert "vis.Network" in html or "new vis" in html


def test_cli_build_missing_path_fails_with_one_line(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "missing: no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_cli_build_skips_binary_file_with_warning(tmp_path, seed_paths):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "good.txt").write_text(seed_paths[3].read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "warning: skipped" in result.output and "bad.txt" in result.output
    assert "1 documents (1 skipped)" in result.output


def test_cli_build_only_bad_files_is_an_error(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no readable documents" in result.output
    assert "Traceback" not in result.output


def test_cli_build_is_byte_identical_across_runs(tmp_path, seed_paths):
    runs = []
    for i in range(2):
        out = tmp_path / f"o{i}"
        CliRunner().invoke(main, ["build", str(seed_paths[0].parent), "-o", str(out), "-q"])
        runs.append({p.name: p.read_bytes() for p in out.iterdir() if p.is_file()})
    assert runs[0] == runs[1]


def test_cli_build_html_max_nodes_limits_view(tmp_path, seed_paths):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seed_paths[0]), "-o", str(out), "-q", "--html-max-nodes", "5"])
    assert result.exit_code == 0, result.output
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert '"maxNodes":5' in html and '"leftOut":' in html and '"leftOut":0' not in html


def test_cli_build_formats_choose_the_files(tmp_path, seed_paths):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seed_paths[3]), "-o", str(out), "-q", "--formats", "ttl,nt"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("graph.*")) == ["graph.nt", "graph.ttl"]
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    assert len(rdflib.Graph().parse(data=nt, format="nt")) == len(rdflib.Graph().parse(out / "graph.ttl"))


def test_cli_build_unknown_format_is_one_line(tmp_path, seed_paths):
    result = CliRunner().invoke(main, ["build", str(seed_paths[3]), "-o", str(tmp_path), "--formats", "pdf"])
    assert result.exit_code == 2 and "unknown output format 'pdf'" in result.output
