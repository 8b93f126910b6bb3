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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg import parallel
from kg.cache import ExtractionCache, OutputStamp, content_digest
from kg.corpus import read_corpus
from kg.data.lexicon import UserLexicon, active
from kg.errors import ConfigError, InputError, NoInputError
from kg.extract import Extraction, ExtractOptions
from kg.graph import build_graph
from kg.model import Document
from kg.readwrite.atomic import output_lock, write_all_atomic
from kg.readwrite.formats import RDF_FORMATS
from kg.readwrite.graphml import graphml_text
from kg.readwrite.jsonl import iter_jsonl
from kg.readwrite.outputs import DEFAULT_OUTPUTS, OUTPUT_NAMES
from kg.readwrite.rdf import check_base, write_rdf_formats
from kg.resolve import KnowledgeBase, resolve
from kg.safeio import make_private_dir, shared_problem
from kg.viz import DEFAULT_MAX_NODES, render_html
from kg.vocab import DEFAULT_BASE_IRI

__all__ = [
    "AUTO_PARALLEL_CHARS",
    "BuildResult",
    "ExtractionFailedError",
    "build",
    "extract_corpus",
    "extract_documents",
]


class ExtractionFailedError(InputError):
    """Extraction raised on one page (a bug in a rule): the page is left out, the rest of the build goes on."""


AUTO_PARALLEL_CHARS = 400_000
"""With ``jobs=None`` (all cores), less text than this to extract runs in-process: a pool costs ~1 s to start."""


@dataclass(frozen=True)
class BuildResult:
    """What a build read, made and wrote."""

    kb: KnowledgeBase
    graph: nx.MultiDiGraph
    outputs: tuple[Path, ...]
    skipped: tuple[InputError, ...] = field(default=())
    seconds: float = 0.0
    cached: int = 0  # documents whose extraction came from the cache
    kept: bool = False  # the output files were already up to date and were left as they were
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: read, extract, resolve, graph, …


def extract_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
    jobs: int | None = 1,
    cache: ExtractionCache | None = None,
    dask: str | None = None,
    home_city: str | None = None,
    lexicon: UserLexicon | None = None,
) -> list[Extraction]:
    """Read every file under ``paths`` and extract from each; raise when nothing is left.

    ``home_city`` and ``lexicon`` (default: the active user lexicon) travel to the workers as data.
    """
    options = ExtractOptions(home_city, active() if lexicon is None else lexicon)
    docs = _read(paths, strict=strict, on_skip=on_skip)
    return extract_documents(
        docs, progress=progress, jobs=jobs, cache=cache, dask=dask, options=options, strict=strict, on_skip=on_skip
    )[0]


def _read(
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool,
    on_skip: Callable[[InputError], None] | None,
) -> list[Document]:
    docs = list(read_corpus(paths, strict=strict, on_skip=on_skip))
    if not docs:
        raise NoInputError("no readable documents: every input file was skipped")
    return docs


def extract_documents(
    docs: Sequence[Document],
    *,
    progress: Callable[[Iterable], Iterable] | None = None,
    jobs: int | None = 1,
    cache: ExtractionCache | None = None,
    dask: str | None = None,
    options: ExtractOptions | None = None,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> tuple[list[Extraction], int]:
    """Extractions of ``docs`` in order, and how many came from ``cache``.

    Documents the cache holds are not extracted again; the rest run in this
    process, on ``jobs`` worker processes (``None``: every core, when there
    is enough text to pay for starting them) or on the Dask scheduler at
    ``dask``, and are stored in the cache. ``options`` are the user's
    settings (home city, lexicon); the cache must have been made with the same.
    A page on which extraction raises is left out and passed to ``on_skip`` as
    :class:`ExtractionFailedError` (raised with ``strict``).
    """
    options = options or ExtractOptions(lexicon=active())
    found: list[Extraction | None] = [cache.get(d) if cache else None for d in docs]
    todo = [d for d, x in zip(docs, found, strict=True) if x is None]
    if jobs is None:
        big = sum(len(d.text) for d in todo) >= AUTO_PARALLEL_CHARS
        jobs = parallel.cpu_count() if big else 1
    results = parallel.map_extract(todo, jobs=jobs, dask=dask, fn=parallel.Guarded(options))
    fresh = iter(progress(results) if progress and todo else results)
    out: list[Extraction] = []
    for x in found:
        if x is None:
            x = next(fresh)
            if isinstance(x, parallel.Failed):
                err = ExtractionFailedError(
                    x.path, f"extraction failed ({x.problem}); the page is left out (a bug in kg: please report it)"
                )
                if strict:
                    raise err
                if on_skip:
                    on_skip(err)
                continue
            if cache:
                cache.put(x)
        out.append(x)
    if not out:
        raise NoInputError("no readable documents: every input file was skipped")
    return out, len(docs) - len(todo)


def build(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
    jobs: int | None = 1,
    cache_dir: str | os.PathLike[str] | None = None,
    dask: str | None = None,
    html_max_nodes: int | None = DEFAULT_MAX_NODES,
    base: str = DEFAULT_BASE_IRI,
    home_city: str | None = None,
    lexicon: UserLexicon | None = None,
    formats: Sequence[str] = DEFAULT_OUTPUTS,
    on_warning: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph from ``paths`` and write ``graph.ttl``, ``.jsonld``, ``.html``, ``.graphml``, ``.jsonl``.

    ``jobs`` worker processes extract (``None``: all cores), or the Dask
    cluster at ``dask``; with ``cache_dir``, extractions are kept there per
    document and only new or changed documents are extracted again.
    ``html_max_nodes`` caps the HTML view; ``base`` is the base IRI of the
    RDF; ``home_city`` and ``lexicon`` (default: the active user lexicon) are
    the user's extraction settings; ``formats`` the files to write (any of
    :data:`kg.readwrite.outputs.OUTPUTS`: ``ttl``, ``jsonld``, ``nt``, ``html``, ``graphml``, ``jsonl``).

    A page on which extraction fails is left out and reported through
    ``on_skip``; ``on_warning`` hears of cache entries that were ignored.
    The output folder is locked for the build (:func:`~kg.readwrite.atomic.output_lock`).
    """
    unknown = sorted(set(formats) - set(OUTPUT_NAMES))
    if unknown:
        raise ConfigError(f"unknown output format {unknown[0]!r} (known: {', '.join(OUTPUT_NAMES)})")
    check_base(base)
    lexicon = active() if lexicon is None else lexicon
    options = {k: v for k, v in locals().items() if k not in _NOT_OUTPUT_OPTIONS}
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    skipped: list[InputError] = []

    def skip(e: InputError) -> None:
        skipped.append(e)
        if on_skip:
            on_skip(e)

    with _timed(timings, "read"):
        docs = _read(paths, strict=strict, on_skip=skip)
    if cache_dir is not None:
        cache_dir = _usable_cache(Path(cache_dir), on_warning)
    out = Path(out_dir)
    with output_lock(out):
        stamp = OutputStamp(cache_dir, out, options, docs) if cache_dir is not None else None
        kept = stamp.kept() if stamp else None
        with _timed(timings, "extract"):
            settings = ExtractOptions(home_city, lexicon)
            cache = (
                ExtractionCache(cache_dir, salt=repr(settings), on_ignored=on_warning)
                if cache_dir is not None
                else None
            )
            extractions, cached = extract_documents(
                docs,
                progress=progress,
                jobs=jobs,
                cache=cache,
                dask=dask,
                options=settings,
                strict=strict,
                on_skip=skip,
            )
            if cache:
                cache.prune()
        with _timed(timings, "resolve"):
            kb = resolve(extractions)
        with _timed(timings, "graph"):
            G = build_graph(kb)
        if kept is not None:  # nothing changed since the last build: its outputs stand
            elapsed = time.perf_counter() - t0
            return BuildResult(kb, G, tuple(kept), tuple(skipped), elapsed, cached, timings=timings, kept=True)
        if stamp:  # from here until the new record, the folder is not up to date for any stamp
            stamp.forget()
        written = _write_outputs(kb, G, out, timings, base=base, html_max_nodes=html_max_nodes, formats=formats)
        if stamp:
            try:
                stamp.record(written)
            except OSError as e:
                if on_warning:
                    on_warning(f"cannot write the build stamp in {stamp.path.parent} ({e.strerror or e})")
    outputs = tuple(out / name for name in sorted(written))
    return BuildResult(kb, G, outputs, tuple(skipped), time.perf_counter() - t0, cached, timings=timings)


def _usable_cache(root: Path, on_warning: Callable[[str], None] | None) -> Path | None:
    """``root`` created (owner only) if it may hold this user's cache; else ``None``, with a warning."""
    try:
        make_private_dir(root)
    except OSError as e:
        problem = f"cannot be created ({e.strerror or e})"
    else:
        problem = shared_problem(root)
    if problem is None:
        return root
    if on_warning:
        on_warning(f"not using the cache folder {root}: {problem}; every page is extracted again")
    return None


_NOT_OUTPUT_OPTIONS = frozenset({"on_skip", "on_warning", "progress", "jobs", "cache_dir", "dask"})
"""Arguments of :func:`build` that do not change its outputs; every other argument is part of the output stamp."""


def _write_outputs(
    kb: KnowledgeBase,
    G: nx.MultiDiGraph,
    out: Path,
    timings: dict[str, float],
    *,
    base: str,
    html_max_nodes: int | None,
    formats: Sequence[str] = OUTPUT_NAMES,
) -> dict[str, str]:
    """Write the output files; return their names and :func:`~kg.cache.content_digest` of what was written."""
    files: dict[str, str] = {}
    with _timed(timings, "rdf"):
        wanted = {f.extension: f.name for f in RDF_FORMATS if f.extension in formats}
        if wanted:
            rdf = write_rdf_formats(G, tuple(wanted.values()), base)
            files.update((f"graph.{ext}", rdf[f]) for ext, f in wanted.items())
    with _timed(timings, "graphml"):
        if "graphml" in formats:
            files["graph.graphml"] = graphml_text(G)
    with _timed(timings, "html"):
        if "html" in formats:
            files["graph.html"] = render_html(G, max_nodes=html_max_nodes)
    with _timed(timings, "jsonl"):
        if "jsonl" in formats:
            files["graph.jsonl"] = "".join(line + "\n" for line in iter_jsonl(kb))
    payloads = {name: files.pop(name).encode("utf-8") for name in sorted(files)}
    with _timed(timings, "write"):
        write_all_atomic({out / name: payloads[name] for name in sorted(payloads)})
    return {name: content_digest(data) for name, data in payloads.items()}


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    t = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t
