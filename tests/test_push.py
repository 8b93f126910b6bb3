"""`kg push` against a real SPARQL server (Oxigraph on loopback), and its errors."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.push import PushError, media_type, push, target_url

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_IN = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).is_file():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return found


@pytest.fixture
def oxigraph(tmp_path):
    """A fresh Oxigraph server on 127.0.0.1 and a free port; yields its base URL; always stopped."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _count(base)
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {proc.stderr.read().decode(errors='replace')}")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def _count(base: str, query: str = COUNT) -> int:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return int(json.load(r)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def seed_ttl(seed_build) -> Path:
    return next(p for p in seed_build.outputs if p.name == "graph.ttl")


@pytest.fixture(scope="module")
def seed_triples(seed_ttl) -> int:
    return len(rdflib.Graph().parse(seed_ttl, format="turtle"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_push_seed_graph_then_query_it_back(oxigraph, seed_ttl, seed_triples):
    result = CliRunner().invoke(main, ["push", str(seed_ttl), "--endpoint", f"{oxigraph}/store"])
    assert result.exit_code == 0, result.output
    assert "replaced the default graph" in result.output
    assert _count(oxigraph) == seed_triples > 1000


def test_push_put_replaces_the_graph(oxigraph, seed_ttl, seed_triples, tmp_path):
    small = tmp_path / "small.ttl"
    small.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n<urn:x:a> <urn:x:b> <urn:x:d> .\n", encoding="utf-8")
    push(seed_ttl, f"{oxigraph}/store")
    push(small, f"{oxigraph}/store")
    assert _count(oxigraph) == 2


def test_push_append_adds_to_the_graph(oxigraph, seed_ttl, seed_triples, tmp_path):
    extra = tmp_path / "extra.nt"
    extra.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n", encoding="utf-8")
    push(seed_ttl, f"{oxigraph}/store")
    result = CliRunner().invoke(main, ["push", str(extra), "--endpoint", f"{oxigraph}/store", "--append"])
    assert result.exit_code == 0, result.output
    assert _count(oxigraph) == seed_triples + 1


def test_push_named_graph(oxigraph, seed_ttl, seed_triples):
    iri = "https://example.org/kg/2021"
    result = CliRunner().invoke(main, ["push", str(seed_ttl), "--endpoint", f"{oxigraph}/store", "--graph", iri, "-q"])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert _count(oxigraph, COUNT_IN % iri) == seed_triples
    assert _count(oxigraph) == 0


@pytest.mark.parametrize("path", ["/no-such-endpoint", "/query"])
def test_push_refused_is_one_line_and_leaves_file(oxigraph, seed_ttl, path):
    before = _digest(seed_ttl)
    result = CliRunner().invoke(main, ["push", str(seed_ttl), "--endpoint", oxigraph + path])
    assert result.exit_code == 3
    assert "the server refused the graph: HTTP 4" in result.output
    assert result.output.strip().count("\n") == 0
    assert _digest(seed_ttl) == before


def test_push_invalid_turtle_is_refused(oxigraph, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:x:a> <urn:x:b> .\n", encoding="utf-8")
    with pytest.raises(PushError, match="HTTP 400"):
        push(bad, f"{oxigraph}/store")


def test_push_server_down_is_one_line(seed_ttl):
    before = _digest(seed_ttl)
    endpoint = f"http://127.0.0.1:{_free_port()}/store"
    result = CliRunner().invoke(main, ["push", str(seed_ttl), "--endpoint", endpoint, "--timeout", "5"])
    assert result.exit_code == 3
    assert "cannot reach the server" in result.output
    assert "Traceback" not in result.output
    assert _digest(seed_ttl) == before


def test_push_missing_file(tmp_path):
    result = CliRunner().invoke(main, ["push", str(tmp_path / "none.ttl"), "--endpoint", "http://127.0.0.1:9/store"])
    assert result.exit_code == 3
    assert "no such file" in result.output


@pytest.mark.parametrize("endpoint", ["ftp://127.0.0.1/store", "127.0.0.1:7878/store", "http:///store"])
def test_push_endpoint_must_be_http(endpoint):
    with pytest.raises(PushError, match="not an http"):
        target_url(endpoint)


@pytest.mark.parametrize(
    ("endpoint", "graph", "expected"),
    [
        ("http://h:7878/store", None, "http://h:7878/store?default"),
        ("http://h:3030/ds/data", "urn:g", "http://h:3030/ds/data?graph=urn%3Ag"),
        ("http://h/gsp?x=1", "urn:g", "http://h/gsp?x=1&graph=urn%3Ag"),
    ],
)
def test_push_target_url(endpoint, graph, expected):
    assert target_url(endpoint, graph) == expected


@pytest.mark.parametrize(("name", "expected"), [("g.ttl", "text/turtle"), ("g.NT", "application/n-triples")])
def test_push_media_type_from_suffix(name, expected):
    assert media_type(name) == expected


def test_push_unknown_format():
    with pytest.raises(PushError, match=r"unknown graph format '\.graphml'"):
        media_type("graph.graphml")


def _answering_server(answer: Callable[[socket.socket], None]) -> tuple[int, threading.Thread]:
    """A one-request server on loopback: reads the request, then ``answer(conn)``; its port and thread."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(0.2)
            with contextlib.suppress(OSError):
                while conn.recv(65536):
                    pass
            answer(conn)
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server.getsockname()[1], thread


def _slow_server(stop: threading.Event) -> int:
    """A server that reads the request and answers one byte a second, forever: the port."""

    def answer(conn: socket.socket) -> None:
        for byte in b"HTTP/1.1 204 No Content\r\nX-Slow: " + b"a" * 1000:
            if stop.is_set():
                break
            with contextlib.suppress(OSError):
                conn.sendall(bytes([byte]))
            time.sleep(0.5)

    return _answering_server(answer)[0]


def test_push_timeout_bounds_the_whole_exchange(tmp_path):
    """Issue 20: a server sending a byte at a time cannot stretch --timeout (each read alone would not time out)."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://example.org/s> <http://example.org/p> 1 .\n", encoding="utf-8")
    stop = threading.Event()
    port = _slow_server(stop)
    t0 = time.monotonic()
    try:
        with pytest.raises(PushError, match=r"no complete answer within 1\.5 s"):
            push(graph, f"http://127.0.0.1:{port}/store", timeout=1.5)
    finally:
        stop.set()
    assert time.monotonic() - t0 < 5


def test_push_reads_at_most_one_mebibyte_of_a_huge_reply(tmp_path):
    """Issue 20: a server answering with a 1 GiB body: push returns at once, having read a bounded part of it."""
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://example.org/s> <http://example.org/p> 1 .\n", encoding="utf-8")
    sent = [0]

    def answer(conn: socket.socket) -> None:
        conn.settimeout(10)
        with contextlib.suppress(OSError):
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n")
            while sent[0] < 1 << 30:
                conn.sendall(b"x" * 65536)
                sent[0] += 65536

    port, thread = _answering_server(answer)
    t0 = time.monotonic()
    result = push(graph, f"http://127.0.0.1:{port}/store", timeout=30)
    assert result.status == 200 and time.monotonic() - t0 < 10
    thread.join(15)
    assert sent[0] < 64 << 20  # the rest was never read (what the socket buffers held at most)


def test_push_warns_once_when_the_graph_uses_the_default_base_iri(oxigraph, seed_ttl, tmp_path):
    """Issue 20: every user shares kg's default base IRI; publishing a graph built with it is one warning."""
    own = tmp_path / "own.ttl"
    own.write_text("<https://example.org/kg/s> <https://example.org/kg/p> 1 .\n", encoding="utf-8")
    shared = CliRunner().invoke(main, ["push", str(seed_ttl), "--endpoint", f"{oxigraph}/store"])
    assert shared.exit_code == 0, shared.output
    (line,) = shared.stderr.splitlines()
    assert line.startswith("kg: warning:") and "default base IRI" in line and "--base-iri" in line
    mine = CliRunner().invoke(main, ["push", str(own), "--endpoint", f"{oxigraph}/store"])
    assert mine.exit_code == 0 and mine.stderr == "", mine.output
