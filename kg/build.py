"""The whole pipeline as one call: read → extract → resolve → graph → outputs.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("市长张三丰出席会议。", encoding="utf-8")
>>> result = build([d], d / "out")
>>> sorted(p.name for p in result.outputs)
['graph.graphml', 'graph.html', 'graph.jsonl', 'graph.jsonld', 'graph.ttl']
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.corpus import read_corpus
from kg.errors import InputError, NoInputError
from kg.extract import Extraction, extract
from kg.graph import build_graph
from kg.readwrite.atomic import write_atomic
from kg.readwrite.graphml import graphml_text
from kg.readwrite.jsonl import iter_jsonl
from kg.readwrite.rdf import check_base, write_rdf
from kg.resolve import KnowledgeBase, resolve
from kg.viz import DEFAULT_MAX_NODES, render_html
from kg.vocab import DEFAULT_BASE_IRI

__all__ = ["BuildResult", "build", "extract_corpus"]


@dataclass(frozen=True)
class BuildResult:
    """What a build read, made and wrote."""

    kb: KnowledgeBase
    graph: nx.MultiDiGraph
    outputs: tuple[Path, ...]
    skipped: tuple[InputError, ...] = field(default=())
    seconds: float = 0.0


def extract_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
    home_city: str | None = None,
) -> list[Extraction]:
    """Read every file under ``paths`` and extract from each; raise when nothing is left.

    ``home_city`` (the setting) is passed to each extraction as data.
    """
    docs = list(read_corpus(paths, strict=strict, on_skip=on_skip))
    if not docs:
        raise NoInputError("no readable documents: every input file was skipped")
    it: Iterable = progress(docs) if progress else docs
    return [extract(d, home_city=home_city) for d in it]


def build(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
    html_max_nodes: int | None = DEFAULT_MAX_NODES,
    base: str = DEFAULT_BASE_IRI,
    home_city: str | None = None,
) -> BuildResult:
    """Build the graph from ``paths`` and write ``graph.ttl``, ``.jsonld``, ``.html``, ``.graphml``, ``.jsonl``.

    ``base`` is the base IRI of the RDF's entities and documents.
    """
    t0 = time.perf_counter()
    check_base(base)
    skipped: list[InputError] = []

    def skip(e: InputError) -> None:
        skipped.append(e)
        if on_skip:
            on_skip(e)

    kb = resolve(extract_corpus(paths, strict=strict, on_skip=skip, progress=progress, home_city=home_city))
    G = build_graph(kb)
    out = Path(out_dir)
    files = {
        "graph.ttl": write_rdf(G, "turtle", base),
        "graph.jsonld": write_rdf(G, "json-ld", base),
        "graph.graphml": graphml_text(G),
        "graph.html": render_html(G, max_nodes=html_max_nodes),
        "graph.jsonl": "".join(line + "\n" for line in iter_jsonl(kb)),
    }
    written = []
    for name in sorted(files):
        write_atomic(out / name, files[name])
        written.append(out / name)
    return BuildResult(kb, G, tuple(written), tuple(skipped), time.perf_counter() - t0)
