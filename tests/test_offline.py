"""Issue 20: no query or data file reaches the network, and a query cannot run forever."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from kg import offline
from kg.cli import main
from kg.errors import InputError
from kg.offline import OfflineError
from kg.sparql import query

_TTL = "".join(f"<http://example.org/s{i}> <http://example.org/p> {i} .\n" for i in range(300))
_CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_offline_query_timeout_stops_a_cross_join(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    t0 = time.monotonic()
    with pytest.raises(OfflineError, match="did not finish within 1 s"):
        query(str(data), _CROSS, timeout=1)
    assert time.monotonic() - t0 < 10


def test_offline_cli_sparql_timeout_is_one_line(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    result = CliRunner().invoke(main, ["sparql", _CROSS, "--data", str(data), "--engine", "oxigraph", "--timeout", "1"])
    assert result.exit_code == 2
    assert "did not finish within 1 s" in result.output and "Traceback" not in result.output


_ROWS = "SELECT ?a ?c ?d WHERE { ?a ?b ?c . ?d ?e ?f }"
"""A two-way cross join: 90,000 rows from 300 triples."""


@pytest.mark.parametrize("fmt", ["table", "records", "json", "csv", "xml", "tsv"])
@pytest.mark.parametrize("engine", ["oxigraph", "oxigraph-disk"])
def test_offline_cli_sparql_result_is_cut_at_limit_rows_with_one_line(tmp_path, fmt, engine):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    # --timeout 0: the row bound is under test here, in this process (the deadline's child has tests of its own)
    args = ["sparql", _ROWS, "--data", str(data), "--engine", engine, "-f", fmt, "--limit-rows", "3", "--timeout", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "kg: warning: the result was cut at 3 rows (--limit-rows); "
        "give a larger --limit-rows, 0 for none, or add LIMIT/filters to the query"
    ]
    out = result.stdout
    if fmt == "json":
        assert len(json.loads(out)["results"]["bindings"]) == 3
    elif fmt == "records":
        assert len(json.loads(out)) == 3
    elif fmt == "xml":
        assert out.count("<result>") == 3
    else:  # a header (and a rule under a table's header), then the rows
        assert len(out.splitlines()) == 3 + (2 if fmt == "table" else 1)


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_offline_cli_sparql_result_within_limit_rows_is_not_cut(tmp_path, fmt):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    exact = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3"
    for q, limit in [(exact, "3"), (_ROWS, "0")]:
        args = ["sparql", q, "--data", str(data), "--engine", "oxigraph", "-f", fmt, "--limit-rows", limit]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and result.stderr == "", result.output
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 90_000 if fmt == "json" else True


def test_offline_cli_sparql_limit_rows_bounds_a_three_way_cross_join(tmp_path):
    """27 million rows are never built: the first 1,000 are printed within seconds."""
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    t0 = time.monotonic()
    args = ["sparql", q, "--data", str(data), "-f", "csv", "--limit-rows", "1000", "--timeout", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and "cut at 1,000 rows" in result.stderr
    assert len(result.stdout.splitlines()) == 1001 and time.monotonic() - t0 < 30


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_offline_query_max_rows_reads_no_further(tmp_path, engine):
    from kg.sparql import query_results_bounded

    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    assert len(query(str(data), _ROWS, engine=engine, max_rows=4)) == 4
    out, cut = query_results_bounded(str(data), _ROWS, engine=engine, format="csv", max_rows=2)
    assert cut and len(out.decode().splitlines()) == 3
    out, cut = query_results_bounded(str(data), "SELECT ?s WHERE { ?s ?p 7 }", engine=engine, max_rows=2)
    assert not cut and len(json.loads(out)["results"]["bindings"]) == 1


@pytest.mark.parametrize(("name", "text"), [("bad.ttl", "<a> <b> .\n"), ("bad.jsonld", '{"@context": {}, "a": [1')])
def test_offline_cli_sparql_rdflib_engine_on_bad_data_is_one_line(tmp_path, name, text):
    data = tmp_path / name
    data.write_text(text, encoding="utf-8")
    args = ["sparql", "SELECT * WHERE { ?s ?p ?o }", "--data", str(data), "--engine", "rdflib"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"kg: error: {data}: not valid") and len(result.stderr.splitlines()) == 1


def test_offline_cli_sparql_rdflib_engine_tsv_is_one_line(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    args = ["sparql", "SELECT * WHERE { ?s ?p ?o }", "--data", str(data), "--engine", "rdflib", "-f", "tsv"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == [
        "kg: error: the rdflib engine cannot write TSV results; use --format csv, or an oxigraph engine"
    ]


def test_offline_cli_sparql_parameter_with_invalid_bytes_is_one_line(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    result = CliRunner().invoke(main, ["sparql", "holders", "--data", str(data), "-p", "post=\udcff\udcfe"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "the value is not valid UTF-8" in result.stderr and len(result.stderr.splitlines()) == 1


def test_offline_query_with_timeout_returns_rows(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    rows = query(str(data), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30)
    assert rows == [{"n": 300}]


def test_offline_deadline_spawns_its_child_once_an_on_disk_store_runs_threads_here(tmp_path):
    """The on-disk store runs native threads Python does not count; a fork would copy their locks, and a
    child forked while one was held hung until the deadline (a CLI query after an on-disk one in the same
    process). The deadline's child is then spawned, and still answers."""
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert query(str(data), count, engine="oxigraph-disk") == [{"n": 300}]
    assert offline._context(query, (str(data), count), {}).get_start_method() == "spawn"
    assert query(str(data), count, timeout=30) == [{"n": 300}]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_offline_service_clause_is_refused(tmp_path, engine):
    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    q = "SELECT * WHERE { service <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(OfflineError, match="SERVICE"):
        query(str(data), q, engine=engine)
    assert query(str(data), 'SELECT ?service WHERE { ?service ?p 1 FILTER("SERVICE" != "") }', engine=engine)


def _remote_jsonld(tmp_path):
    path = tmp_path / "g.jsonld"
    doc = {"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/s", "name": "x"}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_offline_rdflib_engine_refuses_a_remote_jsonld_context(tmp_path):
    with pytest.raises(InputError, match="remote"):
        query(str(_remote_jsonld(tmp_path)), "SELECT * WHERE { ?s ?p ?o }", engine="rdflib")


def test_offline_validate_refuses_a_remote_jsonld_context(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(_remote_jsonld(tmp_path))])
    assert result.exit_code != 0 and "@context" in result.output and "Traceback" not in result.output


def test_offline_query_timeout_in_a_process_with_threads_spawns_instead_of_forking(tmp_path):
    """A fork would copy locks another thread holds; with threads running, the child is spawned."""
    import threading

    data = tmp_path / "g.ttl"
    data.write_text(_TTL, encoding="utf-8")
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait, daemon=True)
    worker.start()
    try:
        assert query(str(data), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=60) == [{"n": 300}]
        with pytest.raises(OfflineError, match="did not finish"):
            query(str(data), _CROSS, timeout=2)
    finally:
        stop.set()
