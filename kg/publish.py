"""The output files of a build, written as streams into staged files and renamed together.

Each file goes to a temporary file beside its target as it is made (RDF subject by
subject, JSONL line by line), so no serialised file is held whole; when every file
is written they are synced, then renamed (:func:`kg.readwrite.atomic.staged_files`).
A build that fails on the way leaves the previous outputs as they were.

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> from kg.graph import build_graph
>>> import tempfile, pathlib
>>> kb = resolve([extract(Document(id="a.txt", text="市长张三丰出席会议。"))])
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> digests = write_outputs(kb, build_graph(kb), d, {}, base="https://example.org/", html_max_nodes=9, formats=["nt"])
>>> sorted(digests), sorted(p.name for p in d.iterdir())
(['graph.nt'], ['graph.nt'])
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx

from kg.readwrite.atomic import StagedFile, staged_files
from kg.readwrite.formats import RDF_FORMATS
from kg.readwrite.graphml import write_graphml
from kg.readwrite.jsonl import iter_jsonl
from kg.readwrite.outputs import OUTPUT_NAMES
from kg.readwrite.rdf import stream_rdf
from kg.resolve import KnowledgeBase
from kg.timing import timed
from kg.viz.page import iter_html

__all__ = ["write_outputs"]


def write_outputs(
    kb: KnowledgeBase,
    G: nx.MultiDiGraph,
    out: Path,
    timings: dict[str, float],
    *,
    base: str,
    html_max_nodes: int | None,
    formats: Sequence[str] = OUTPUT_NAMES,
) -> dict[str, str]:
    """Write the output files as streams into staged files, renamed together at the end (or all removed on error).

    Return the files' names and :func:`~kg.cache.content_digest` of what was written.
    """
    wanted = {f.extension: f.name for f in RDF_FORMATS if f.extension in formats}
    others = [f for f in ("graphml", "html", "jsonl") if f in formats]
    names = sorted({f"graph.{ext}" for ext in wanted} | {f"graph.{f}" for f in others})
    with staged_files(out / name for name in names) as files:
        with timed(timings, "rdf"):
            if wanted:
                stream_rdf(G, {fmt: files[out / f"graph.{ext}"].write for ext, fmt in wanted.items()}, base)
        with timed(timings, "graphml"):
            if "graphml" in formats:
                write_graphml(G, files[out / "graph.graphml"].write)
        with timed(timings, "html"):
            if "html" in formats:
                _write_chunks(files[out / "graph.html"], iter_html(G, max_nodes=html_max_nodes))
        with timed(timings, "jsonl"):
            if "jsonl" in formats:
                _write_lines(files[out / "graph.jsonl"], iter_jsonl(kb))
        t = time.perf_counter()
        digests = {path.name: f.digest for path, f in files.items()}
    timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t  # the syncs and renames
    return digests


def _write_chunks(f: StagedFile, chunks: Iterable[str], size: int = 1 << 16) -> None:
    """Write ``chunks`` joined, about ``size`` characters at a time."""
    batch: list[str] = []
    n = 0
    for chunk in chunks:
        batch.append(chunk)
        n += len(chunk)
        if n >= size:
            f.write("".join(batch))
            batch.clear()
            n = 0
    if batch:
        f.write("".join(batch))


def _write_lines(f: StagedFile, lines: Iterable[str], batch: int = 4096) -> None:
    """Write ``lines`` each with a newline, a batch at a time."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            f.write("\n".join(chunk) + "\n")
            chunk.clear()
    if chunk:
        f.write("\n".join(chunk) + "\n")
