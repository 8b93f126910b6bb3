"""Extraction on several processes or a Dask cluster gives exactly what one process gives."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import kg.build
from kg.build import build
from kg.cli import main
from kg.corpus import read_corpus
from kg.extract import extract
from kg.parallel import cpu_count, map_extract

OUTPUTS = ("graph.ttl", "graph.jsonl", "graph.graphml", "graph.html")


def _files(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_parallel_jobs_1_and_2_byte_identical(tmp_path, seed_paths):
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        result = CliRunner().invoke(
            main, ["build", str(seed_paths[0].parent), "-o", str(out), "-j", jobs, "--no-cache"]
        )
        assert result.exit_code == 0, result.output
        runs[jobs] = _files(out)
    assert runs["1"] == runs["2"]


def test_parallel_pool_keeps_input_order(seed_paths):
    docs = list(read_corpus(seed_paths))[::-1]
    results = map_extract(docs, jobs=2)
    assert len(results) == len(docs)
    got = list(results)
    assert [x.document.id for x in got] == [d.id for d in docs]
    assert got == [extract(d) for d in docs]


@pytest.mark.parametrize(("chars", "expected_jobs"), [(10, 1), (100, cpu_count())])
def test_parallel_default_jobs_use_all_cores_only_for_large_corpora(tmp_path, monkeypatch, chars, expected_jobs):
    seen = {}
    monkeypatch.setattr(kg.build, "AUTO_PARALLEL_CHARS", 100)

    def fake_imap(items, *, jobs, fn):  # the pool; one job runs in-process without it
        seen["jobs"] = jobs
        return (x if isinstance(x, kg.parallel.Done) else fn(x) for x in items)

    monkeypatch.setattr(kg.parallel, "imap_extract", fake_imap)
    for name in ("a.txt", "b.txt"):  # two pages: one alone never starts a pool
        (tmp_path / name).write_text(("市长王建国出席会议。" * chars)[: chars // 2], encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "o", jobs=None)
    assert seen.get("jobs", 1) == expected_jobs


def test_parallel_progress_sees_every_fresh_document(tmp_path, seed_paths):
    counted = []

    def progress(items):
        counted.append(len(items))
        return items

    build(seed_paths, tmp_path / "o", progress=progress, jobs=2)
    assert counted == [len(seed_paths)]


@pytest.fixture
def dask_cluster():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=":0"
    )
    try:
        yield cluster
    finally:
        cluster.close()


def test_parallel_dask_build_matches_local_build(tmp_path, seed_paths, dask_cluster):
    local = build(seed_paths, tmp_path / "local")
    result = CliRunner().invoke(
        main,
        ["build", *map(str, seed_paths), "-o", str(tmp_path / "dask"), "--dask", dask_cluster.scheduler_address, "-q"],
    )
    assert result.exit_code == 0, result.output
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    assert len(local.kb.documents) == len(seed_paths)


def test_parallel_nothing_to_extract_contacts_no_cluster():
    assert list(map_extract([], dask="tcp://127.0.0.1:9")) == []
