"""A Dask build whose workers read their own pages: the same files as ``--jobs 1``, and no page text in the client."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.corpus import page_opening, read_corpus
from kg.dask_build import list_pages, partitions

OUTPUTS = ("graph.ttl", "graph.jsonld", "graph.nt", "graph.jsonl", "graph.graphml", "graph.html")
FORMATS = "ttl,jsonld,nt,html,graphml,jsonl"


@pytest.fixture
def pages(seed_folder):
    (seed_folder / "sub").mkdir()
    (seed_folder / "sub" / "extra.txt").write_text("青山市市长王建国出席会议。", encoding="utf-8")
    return seed_folder


def _files(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _cli(*args):
    result = CliRunner().invoke(main, ["build", *map(str, args), "--formats", FORMATS, "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("as_url", [False, True])
def test_dask_build_workers_read_the_folder_and_match_jobs_1(tmp_path, pages, cluster, as_url):
    pytest.importorskip("fsspec")
    _cli(pages, "-o", tmp_path / "local", "-j", "1")
    source = f"file://{pages}" if as_url else pages
    _cli(source, "-o", tmp_path / "dask", "--dask", cluster.scheduler_address)
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    assert not (tmp_path / "dask" / ".kg-parts").exists()  # the partitions are removed


def test_dask_build_client_holds_page_openings_only(tmp_path, pages, cluster):
    result = build([pages], tmp_path / "o", dask=cluster.scheduler_address)
    full = {d.id: d.text for d in read_corpus([pages])}
    assert sorted(d.id for d in result.kb.documents) == sorted(full)
    for d in result.kb.documents:
        assert d.text == page_opening(full[d.id])
    assert sum(len(d.text) for d in result.kb.documents) < sum(map(len, full.values()))


def test_dask_build_reports_an_unreadable_page(tmp_path, pages, cluster):
    (pages / "bad.txt").write_bytes(b"\x00\x00")
    skipped = []
    build([pages], tmp_path / "o", dask=cluster.scheduler_address, on_skip=skipped.append)
    assert [e.path for e in skipped] == [str(pages / "bad.txt")]


def test_dask_build_lists_pages_as_the_local_reader_reads_them(pages):
    found, problems = list_pages([pages])
    assert [(Path(p.source).name, p.shown) for p in found] == [(d.id, d.path) for d in read_corpus([pages])]
    assert problems == []
    assert [len(c) for c in partitions(found, 4)] == [2, 2, 1, 1]


def test_dask_build_warns_once_of_the_pages_read_as_traditional_chinese(tmp_path, pages, cluster):
    (pages / "sub" / "trad.txt").write_text("株洲市市長甄永年主持召開會議並講話。", encoding="utf-8")
    warnings: list[str] = []
    build([pages], tmp_path / "o", dask=cluster.scheduler_address, formats=("jsonl",), on_warning=warnings.append)
    assert [w[:44] for w in warnings if "traditional" in w] == ["1 page was read as traditional Chinese and c"]
