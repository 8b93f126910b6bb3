"""The whole pipeline as one call: read → extract → resolve → graph → outputs.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("市长张三丰出席会议。", encoding="utf-8")
>>> result = build([d], d / "out")
>>> sorted(p.name for p in result.outputs)
['graph.graphml', 'graph.html', 'graph.jsonl', 'graph.jsonld', 'graph.ttl']
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.cache import ExtractionCache, OutputStamp, entry_path
from kg.corpus import Pages
from kg.data.lexicon import UserLexicon, active
from kg.errors import ConfigError, InputError, NoInputError
from kg.mention_columns import MentionColumns, MentionTables
from kg.model import Document, EntityRef, Evidence, Mention, Props, Relation
from kg.readwrite.atomic import output_lock
from kg.readwrite.outputs import DEFAULT_OUTPUTS, OUTPUT_NAMES
from kg.readwrite.rdf_model import check_base
from kg.safeio import make_private_dir, shared_problem
from kg.timing import timed
from kg.vocab import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES

if TYPE_CHECKING:  # loaded when used: an unchanged rebuild needs neither the tokenizer nor the graph stack
    import networkx as nx

    from kg.extract import Extraction, ExtractOptions
    from kg.resolve import KnowledgeBase

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
    """What a build read, made and wrote.

    ``kb`` and ``graph`` are made on first use when the build kept its outputs
    (``kept``: nothing changed), from the cached extractions; ``summary`` counts
    documents, entities, relations and entity types without them.
    """

    outputs: tuple[Path, ...]
    skipped: tuple[InputError, ...] = field(default=())
    seconds: float = 0.0
    cached: int = 0  # documents whose extraction came from the cache
    kept: bool = False  # the output files were already up to date and were left as they were
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage: read, extract, resolve, graph, …
    summary: dict[str, Any] = field(default_factory=dict)
    made: Callable[[], tuple[KnowledgeBase, nx.MultiDiGraph]] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def _made(self) -> tuple[KnowledgeBase, nx.MultiDiGraph]:
        assert self.made is not None
        return self.made()

    @property
    def kb(self) -> KnowledgeBase:
        """The resolved knowledge base."""
        return self._made[0]

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The entity graph the outputs were written from."""
        return self._made[1]


def summarise(kb: KnowledgeBase, G: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts a build reports: documents, entities, relations, entities per type."""
    types: dict[str, int] = {}
    for e in kb.entities:
        types[e.type.value] = types.get(e.type.value, 0) + 1
    n = {"documents": len(kb.documents), "entities": len(kb.entities), "relations": G.number_of_edges()}
    return {**n, "types": dict(sorted(types.items()))}


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
    on_warning: Callable[[str], None] | None = None,
) -> list[Extraction]:
    """Read every file under ``paths`` and extract from each; raise when nothing is left.

    ``home_city`` and ``lexicon`` (default: the active user lexicon) travel to the workers as data.
    ``on_warning`` hears once how many pages were read as traditional Chinese (:func:`extract_documents`).
    """
    from kg.extract import ExtractOptions

    options = ExtractOptions(home_city, active() if lexicon is None else lexicon)
    pages = Pages(paths, strict=strict, on_skip=on_skip)
    return extract_documents(
        pages,
        progress=progress,
        jobs=jobs,
        cache=cache,
        dask=dask,
        options=options,
        strict=strict,
        on_skip=on_skip,
        on_warning=on_warning,
    )[0]


def extract_documents(
    docs: Iterable[Document],
    *,
    progress: Callable[[Iterable], Iterable] | None = None,
    jobs: int | None = 1,
    cache: ExtractionCache | None = None,
    dask: str | None = None,
    options: ExtractOptions | None = None,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
    keep: Callable[[Extraction], Extraction] | None = None,
    consume: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> tuple[list[Extraction], int]:
    """Extractions of ``docs`` in order, and how many came from ``cache``.

    Documents the cache holds are not extracted again; the rest run in this
    process, on ``jobs`` worker processes (``None``: every core, when there
    is enough text to pay for starting them) or on the Dask scheduler at
    ``dask``, and are stored in the cache. ``options`` are the user's
    settings (home city, lexicon); the cache must have been made with the same.
    A page on which extraction raises is left out and passed to ``on_skip`` as
    :class:`ExtractionFailedError` (raised with ``strict``). ``keep`` is what is kept of each
    extraction once it is cached (a build's :class:`Compact`: no page text, shared strings).

    ``docs`` is read one page at a time, as extraction goes (looked up, extracted, cached, kept): in this
    process no more than one page's text is held, on a pool a few per worker (:func:`kg.parallel.imap_extract`);
    give an iterable (a :class:`kg.corpus.Pages`) so no list of texts exists at all. With ``consume``,
    ``docs`` (a list) is emptied as it is read. ``progress`` wraps the results from the first page that is
    not cached on (not called when every page is). ``on_warning`` hears once, at the end, how many pages
    were written in traditional Chinese and read converted to simplified characters (:func:`kg.text.is_traditional`).
    """
    from kg import parallel
    from kg.extract import ExtractOptions

    options = options or ExtractOptions(lexicon=active())
    fn = parallel.Guarded(options)
    total = len(docs) if isinstance(docs, Sized) else None
    source: Iterator[Document] = _drain(docs) if consume and isinstance(docs, list) else iter(docs)
    traditional = [0]  # pages read as traditional Chinese, cached or not
    if on_warning:
        source = _noting_traditional(source, traditional)
    items: Iterator[Document | parallel.Done] = _looked_up(source, cache, keep)
    if dask:
        results = _on_dask(list(items), dask, fn)
    else:
        if jobs is None:
            items, big = _ahead(items, lambda _, chars: chars >= AUTO_PARALLEL_CHARS)
            jobs = parallel.cpu_count() if big else 1
        if jobs > 1:  # a pool only for two pages or more
            items, several = _ahead(items, lambda n, _: n >= 2)
            jobs = jobs if several else 1
        if jobs > 1:
            results = parallel.imap_extract(items, jobs=jobs, fn=fn)
        else:
            results = (x if isinstance(x, parallel.Done) else fn(x) for x in items)
    out: list[Extraction] = []
    cached = 0
    for x in _with_progress(results, progress, total):
        if isinstance(x, parallel.Done):  # from the cache, already kept
            cached += 1
            out.append(x.value)
            continue
        if isinstance(x, parallel.Failed):
            err = _failed(x.path, x.problem)
            if strict:
                raise err
            if on_skip:
                on_skip(err)
            continue
        if cache:
            cache.put(x)
        out.append(keep(x) if keep else x)
    if not out:
        raise NoInputError("no readable documents: every input file was skipped")
    if traditional[0] and on_warning:
        on_warning(_traditional_note(traditional[0]))
    return out, cached


def _traditional_note(n: int) -> str:
    """The one line a build says of its pages written in traditional Chinese.

    >>> _traditional_note(3)[:60]
    '3 pages were read as traditional Chinese and converted to si'
    """
    pages = "1 page was" if n == 1 else f"{n} pages were"
    return (
        f"{pages} read as traditional Chinese and converted to simplified characters: "
        "names are simplified, mention text, titles and offsets the page's own"
    )


def _noting_traditional(docs: Iterator[Document], count: list[int]) -> Iterator[Document]:
    """``docs``, adding to ``count[0]`` each that is written in traditional Chinese."""
    from kg.text import is_traditional

    for d in docs:
        count[0] += is_traditional(d.text)
        yield d


def _looked_up(
    docs: Iterator[Document], cache: ExtractionCache | None, keep: Callable[[Extraction], Extraction] | None
) -> Iterator[Any]:
    """Each document, or its cached extraction (kept) as :class:`kg.parallel.Done`."""
    from kg.parallel import Done

    for d in docs:
        x = cache.get(d) if cache else None
        if x is None:
            yield d
        else:
            yield Done(keep(x) if keep else x)


def _ahead(items: Iterator[Any], enough: Callable[[int, int], bool]) -> tuple[Iterator[Any], bool]:
    """``items`` again, and whether the documents to extract among them are ``enough`` (told how many
    and their characters so far); read only as far as needed to know.

    >>> from kg.model import Document
    >>> items, big = _ahead(iter([Document(id="a", text="xx"), Document(id="b", text="yyy")]), lambda n, c: c >= 4)
    >>> big, [d.id for d in items]
    (True, ['a', 'b'])
    """
    ahead: list[Any] = []
    n = chars = 0
    for item in items:
        ahead.append(item)
        if isinstance(item, Document):
            n, chars = n + 1, chars + len(item.text)
            if enough(n, chars):
                return itertools.chain(ahead, items), True
    return iter(ahead), False


def _on_dask(items: list[Any], dask: str, fn: Callable[[Document], Any]) -> Iterator[Any]:
    """The results of ``items`` in order, the documents among them extracted on the Dask scheduler at ``dask``."""
    from kg import parallel

    fresh = iter(parallel.map_extract([d for d in items if isinstance(d, Document)], dask=dask, fn=fn))
    for item in items:
        yield item if isinstance(item, parallel.Done) else next(fresh)


def _with_progress(
    results: Iterable[Any], progress: Callable[[Iterable], Iterable] | None, total: int | None
) -> Iterator[Any]:
    """``results``, wrapped by ``progress`` from the first one that was extracted (not cached) on."""
    from kg.parallel import Done, Results

    results = iter(results)
    for seen, x in enumerate(results):
        if progress is not None and not isinstance(x, Done):
            rest = itertools.chain([x], results)
            yield from progress(rest if total is None else Results(max(total - seen, 1), rest))
            return
        yield x


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
        reported.add(str(e))
        skipped.append(e)
        if on_skip:
            on_skip(e)

    def skip_new(e: InputError) -> None:  # the pages are read twice: each bad one is reported once
        if str(e) not in reported:
            skip(e)

    reported: set[str] = set()
    if dask:  # no text in the client: no cache to look up, no stamp to compute
        cache_dir = None
    elif cache_dir is not None:
        cache_dir = _usable_cache(Path(cache_dir), on_warning)
    out = Path(out_dir)
    stamp: OutputStamp | None = None
    with timed(timings, "read"):  # on Dask, the workers read the pages: the client only lists them
        pages = None if dask else Pages(paths, strict=strict, on_skip=skip)
        if pages is not None and cache_dir is not None:  # a first reading, one page at a time, for the stamp
            stamp = OutputStamp(cache_dir, out, options, pages)
            if not stamp.pages:
                raise NoInputError("no readable documents: every input file was skipped")
        pages_read: Iterable[Document] = ()
        if pages is not None:
            pages.on_skip = skip_new
            pages_read = _first_readable(pages) if stamp is None else pages
    make = _Make(pages_read, home_city, lexicon, cache_dir, jobs, dask, strict, skip, progress, on_warning, timings)
    make.paths, make.parts = paths, str(out / ".kg-parts")
    with output_lock(out):
        kept = stamp.kept() if stamp else None
        if kept is not None and stamp is not None:  # nothing changed since the last build: its outputs stand
            rules, summary = stamp.notes.get("rules"), stamp.notes.get("summary") or {}
            folder = Path(cache_dir) / rules if isinstance(rules, str) and _is_plain(rules) else None
            cached = sum(entry_path(folder, key).is_file() for _, key in stamp.pages) if folder else 0
            elapsed = time.perf_counter() - t0
            return BuildResult(tuple(kept), tuple(skipped), elapsed, cached, True, timings, summary, make)
        from kg.publish import write_outputs

        if stamp:  # read again into extraction, each page checked against the stamp's reading
            make.pages = _Checked(make.pages, stamp.pages, make)
        kb, G = make()
        summary = summarise(kb, G)
        if stamp:  # from here until the new record, the folder is not up to date for any stamp
            stamp.forget()
        written = write_outputs(kb, G, out, timings, base=base, html_max_nodes=html_max_nodes, formats=formats)
        if stamp and make.changed and on_warning:
            on_warning("a page changed while the build read it: the next build reads every page again")
        if stamp and not make.changed:
            try:
                stamp.record(written, {"summary": summary, "rules": make.cache.rules if make.cache else None})
            except OSError as e:
                if on_warning:
                    on_warning(f"cannot write the build stamp in {stamp.path.parent} ({e.strerror or e})")
    outputs = tuple(out / name for name in sorted(written))
    elapsed = time.perf_counter() - t0
    return BuildResult(outputs, tuple(skipped), elapsed, make.cached, False, timings, summary, lambda: (kb, G))


def _first_readable(pages: Pages) -> Iterable[Document]:
    """``pages`` as one reading, its first page read now: :class:`NoInputError` when none is readable.

    (So a build with nothing to read fails before it locks and creates its output folder.)
    """
    from kg.parallel import Results

    it = iter(pages)
    first = next(it, None)
    if first is None:
        raise NoInputError("no readable documents: every input file was skipped")
    return Results(len(pages), itertools.chain([first], it))


class _Checked:
    """A second reading of a build's pages, each compared with the first (the stamp's ``(id, key)``):
    a page changed in between sets ``make.changed``, so the stamp is not recorded for outputs it does not describe.
    """

    def __init__(self, pages: Iterable[Document], first: list[tuple[str, str]], make: _Make) -> None:
        self.pages, self.first, self.make = pages, first, make

    def __len__(self) -> int:
        return len(self.first)

    def __iter__(self) -> Iterator[Document]:
        from kg.cache import document_key

        expected = iter(self.first)
        for d in self.pages:
            if next(expected, None) != (d.id, document_key(d)):
                self.make.changed = True
            yield d
        if next(expected, None) is not None:
            self.make.changed = True


@dataclass
class _Make:
    """Extract (from the cache where it can), resolve and make the graph: run by a build, or on first use of a
    kept build's ``kb`` / ``graph``. ``pages`` is read once, one page at a time, into extraction."""

    pages: Iterable[Document]
    home_city: str | None
    lexicon: UserLexicon
    cache_dir: Path | None
    jobs: int | None
    dask: str | None
    strict: bool
    skip: Callable[[InputError], None]
    progress: Callable[[Iterable], Iterable] | None
    on_warning: Callable[[str], None] | None
    timings: dict[str, float]
    cached: int = 0
    changed: bool = False  # a page read into extraction was not the page the stamp read
    paths: Sequence[str | os.PathLike[str]] = ()  # what a Dask build's workers read
    parts: str = ""  # where they write their partitions

    @cached_property
    def cache(self) -> ExtractionCache | None:
        """The extraction cache for these settings (``None`` without a cache folder)."""
        if self.cache_dir is None:
            return None
        salt = repr(self.settings)
        return ExtractionCache(self.cache_dir, salt=salt, on_ignored=self.on_warning)

    @property
    def settings(self) -> ExtractOptions:
        from kg.extract import ExtractOptions

        return ExtractOptions(self.home_city, self.lexicon)

    def __call__(self) -> tuple[KnowledgeBase, nx.MultiDiGraph]:
        if self.dask:  # extraction and resolution both run on the cluster (kg.dask_resolve)
            from kg.dask_resolve import resolve_on_dask
            from kg.graph import build_graph

            kb = resolve_on_dask(
                self.paths,
                self.dask,
                self.settings,
                self.parts,
                self.skip,
                strict=self.strict,
                failed=_failed,
                keep=Compact(),
                timings=self.timings,
                on_traditional=(lambda n: self.on_warning(_traditional_note(n))) if self.on_warning else None,
            )
            with timed(self.timings, "graph"):
                return kb, build_graph(kb)
        with timed(self.timings, "extract"):
            extractions, self.cached = self._extract()
        return self._resolve(extractions)

    def _extract(self) -> tuple[list[Extraction], int]:
        found = extract_documents(
            self.pages,
            keep=Compact(),
            progress=self.progress,
            jobs=self.jobs,
            cache=self.cache,
            options=self.settings,
            strict=self.strict,
            on_skip=self.skip,
            on_warning=self.on_warning,
        )
        if self.cache:
            self.cache.prune()
        return found

    def _resolve(self, extractions: list[Extraction]) -> tuple[KnowledgeBase, nx.MultiDiGraph]:
        from kg.graph import build_graph
        from kg.resolve import resolve

        with timed(self.timings, "resolve"):  # resolve holds the only reference: each page's own copy goes
            kb = resolve(_drain(extractions))  # once persons are qualified, before the graph is made
        with timed(self.timings, "graph"):
            G = build_graph(kb)
        return kb, G


def _drain(items: list[Extraction]) -> Iterator[Extraction]:
    """The items of ``items`` in order, each removed from the list as it is given.

    >>> xs = [1, 2, 3]
    >>> list(_drain(xs)), xs
    ([1, 2, 3], [])
    """
    items.reverse()
    while items:
        yield items.pop()


class Compact:
    """What a build keeps of each extraction: the page's opening, not its text, and one object per
    distinct string, offset, entity key and attribute tuple across the build's extractions.

    Mentions and relations compare equal to what they were; of the page only its opening stays, as in
    a Dask build's client (:func:`kg.corpus.page_opening`: all the graph reads of a page). The same name,
    sentence or ``(("official", True),)`` held by thousands of mentions is held once, and so is
    each offset above 256 of a relation (Python shares only the small ints: every other ``start`` and
    ``end`` was an object of its own, 32 bytes each). Mentions are kept as
    :class:`~kg.mention_columns.MentionColumns` (24 bytes each, not a 96-byte object) sharing one table of
    page ids and ``(text, type, name, qualifier, props)`` across the pages.

    >>> from kg.extract import extract
    >>> keep = Compact()
    >>> a, b = (keep(extract(Document(id=i, text="市长张三丰出席会议。\\n" + "正文。" * 900))) for i in ("a", "b"))
    >>> len(a.document.text) < 2000, a.mentions[-1].name is b.mentions[-1].name
    (True, True)
    """

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._ints: dict[int, int] = {}
        self._refs: dict[EntityRef, EntityRef] = {}
        self._props: dict[str, Props] = {}  # by repr: (("a", True),) == (("a", 1),), but they are written apart
        self._mentions = MentionTables()  # the pages' mentions share its names and page ids

    def __call__(self, x: Extraction) -> Extraction:
        from kg.corpus import page_opening

        s, i, d = self._string, self._int, x.document
        doc = replace(d, text=page_opening(d.text))
        mentions = MentionColumns(
            (
                Mention(s(m.doc_id), m.start, m.end, s(m.text), m.type, s(m.name), s(m.qualifier), self._attrs(m.props))
                for m in x.mentions
            ),
            self._mentions,
        )
        relations = []
        for r in x.relations:
            e = r.evidence
            date = None if e.date is None else s(e.date)
            evidence = Evidence(s(e.doc_id), i(e.start), i(e.end), s(e.sentence), date)
            obj = self._ref(r.object) if isinstance(r.object, EntityRef) else s(r.object)
            relations.append(Relation(self._ref(r.subject), r.predicate, obj, evidence, self._attrs(r.props)))
        return replace(x, document=doc, mentions=mentions, relations=tuple(relations))

    def _int(self, value: int) -> int:
        return self._ints.setdefault(value, value) if type(value) is int else value

    def _string(self, value: str) -> str:
        return self._strings.setdefault(value, value) if type(value) is str else value

    def _ref(self, ref: EntityRef) -> EntityRef:
        found = self._refs.get(ref)
        if found is None:
            found = self._refs[ref] = EntityRef(ref.type, self._string(ref.name), self._string(ref.qualifier))
        return found

    def _attrs(self, props: Props) -> Props:
        if not props:
            return ()
        key = repr(props)
        found = self._props.get(key)
        if found is None:
            found = self._props[key] = tuple((self._string(k), self._value(v)) for k, v in props)
        return found

    def _value(self, v: object) -> object:
        if type(v) is str:
            return self._string(v)
        if type(v) is tuple:
            return tuple(self._value(x) for x in v)
        return v


def _failed(path: str, problem: str) -> ExtractionFailedError:
    return ExtractionFailedError(
        path, f"extraction failed ({problem}); the page is left out (a bug in kg: please report it)"
    )


def _is_plain(name: str) -> bool:
    return name not in ("", ".", "..") and "/" not in name and "\\" not in name


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
