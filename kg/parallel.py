"""Extraction over many documents: in this process, on every core, or on a Dask cluster.

Documents are independent, so extraction maps over them; results come back
in input order whichever executor ran them, and :func:`kg.resolve.resolve`
sorts by document id anyway, so the graph is byte-identical for any choice.

* ``jobs=1``: in this process (no start-up cost; best for a handful of pages).
* ``jobs=N``: a pool of ``N`` worker processes (``concurrent.futures``), fed in
  chunks; each worker loads the tokenizer dictionary once and is reused.
* ``dask="tcp://host:8786"``: ``client.map`` on a Dask distributed cluster
  whose workers have kg installed (``pip install 'kg-cn[dask]'``).

>>> from kg.model import Document
>>> docs = [Document(id=f"{i}.txt", text="市长张三丰出席会议。") for i in range(3)]
>>> results = map_extract(docs)
>>> len(results), [x.document.id for x in results]
(3, ['0.txt', '1.txt', '2.txt'])
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kg.errors import KGError
from kg.extract import extract
from kg.model import Document

__all__ = [
    "DaskError",
    "Done",
    "Failed",
    "Guarded",
    "Results",
    "WorkerError",
    "cpu_count",
    "dask_client",
    "imap_extract",
    "map_extract",
]

Extract = Callable[[Document], Any]


class DaskError(KGError):
    """The Dask cluster cannot be reached or used."""

    exit_code = 3


class WorkerError(KGError):
    """A worker process died (killed, or out of memory) before returning its pages."""

    exit_code = 1


@dataclass(frozen=True)
class Failed:
    """What a worker returns when extraction raised on one document: the page is left out and reported."""

    doc_id: str
    path: str
    problem: str


@dataclass(frozen=True)
class Guarded:
    """``fn`` over one document, returning :class:`Failed` instead of raising (one bad page never stops a build).

    >>> Guarded(lambda d: 1 / 0)(Document(id="a.txt", text="x", path="p/a.txt")).problem
    'ZeroDivisionError: division by zero'
    """

    fn: Extract

    def __call__(self, document: Document) -> Any:
        try:
            return self.fn(document)
        except Exception as e:  # a bug in a rule, met on this page only
            return Failed(document.id, document.path or document.id, f"{type(e).__name__}: {e}")


def cpu_count() -> int:
    """The cores this process may run on.

    >>> cpu_count() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Results:
    """The extractions of a list of documents, produced lazily in input order; ``len()`` is known up front."""

    def __init__(self, n: int, produce: Iterator[Any]) -> None:
        self._n = n
        self._produce = produce

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Any]:
        return self._produce


def map_extract(
    documents: Sequence[Document],
    *,
    jobs: int = 1,
    dask: str | None = None,
    fn: Extract | None = None,
) -> Results:
    """Extract every document with ``fn`` (default :func:`kg.extract.extract`).

    In this process (``jobs=1``), in ``jobs`` worker processes, or on the Dask scheduler at ``dask``.
    """
    fn = fn or extract
    docs = list(documents)
    if not docs:
        return Results(0, iter(()))
    if dask:
        return Results(len(docs), _on_dask(docs, dask, fn))
    if jobs > 1 and len(docs) > 1:
        return Results(len(docs), _on_pool(docs, jobs, fn))
    return Results(len(docs), _in_process(docs, fn))


def _in_process(docs: list[Document], fn: Extract) -> Iterator[Any]:
    """``fn`` over ``docs`` (this call's own list) in order, letting go of each document once it is done."""
    docs.reverse()
    while docs:
        yield fn(docs.pop())


def _chunksize(n: int, jobs: int) -> int:
    """Chunks small enough to balance the load (8 per worker), large enough to amortise pickling."""
    return max(1, min(64, n // (jobs * 8)))


def _on_pool(docs: list[Document], jobs: int, fn: Extract) -> Iterator[Any]:
    jobs = min(jobs, len(docs))
    ctx = _context()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm) as pool, _worker_errors(pool):
        results = pool.map(fn, docs, chunksize=_chunksize(len(docs), jobs))  # every chunk is submitted
        docs.clear()  # each chunk's documents go when its results come back
        yield from results


@dataclass(frozen=True, slots=True)
class Done:
    """An item of :func:`imap_extract` whose result is known already (a cached page): passed through in order."""

    value: Any


@dataclass(frozen=True)
class _Chunk:
    """``fn`` over a list of documents, in a worker."""

    fn: Extract

    def __call__(self, docs: list[Document]) -> list[Any]:
        return [self.fn(d) for d in docs]


def imap_extract(
    items: Iterable[Document | Done], *, jobs: int, fn: Extract, chunksize: int = 4, ahead: int = 4
) -> Iterator[Any]:
    """``fn`` over each document of ``items`` on ``jobs`` worker processes; a :class:`Done` item as it is.

    Results come in input order. ``items`` is read only as the workers need it: at most ``ahead`` chunks
    of ``chunksize`` documents per worker are on their way (and as many results waiting for an earlier
    one), so a long stream of pages is never held whole, unlike :func:`map_extract`'s list.

    >>> docs = [Document(id=f"{i}.txt", text="市长张三丰出席会议。") for i in range(3)]
    >>> got = imap_extract([docs[0], Done("b"), *docs[1:]], jobs=2, fn=extract)
    >>> [x.value if isinstance(x, Done) else x.document.id for x in got]
    ['0.txt', 'b', '1.txt', '2.txt']
    """
    limit = max(1, ahead * jobs)  # chunks on their way
    waiting: deque[tuple[list[Future | None], int, Any]] = deque()  # (chunk's future, index, Done value)
    chunks: deque[list[Future | None]] = deque()  # submitted, with results not all yielded
    batch: list[Document] = []
    slot: list[Future | None] = [None]
    run = _Chunk(fn)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_warm) as pool, _worker_errors(pool):
        for item in _flushing(items):
            if item is not _FLUSH and not isinstance(item, Done):
                waiting.append((slot, len(batch), None))
                batch.append(item)
            elif item is not _FLUSH:
                waiting.append(([None], -1, item))
            if batch and (len(batch) >= chunksize or item is _FLUSH):
                slot[0] = pool.submit(run, batch)
                chunks.append(slot)
                batch, slot = [], [None]
            last = item is _FLUSH
            while waiting:
                head, i, _ = waiting[0]
                if i < 0:
                    yield waiting.popleft()[2]
                    continue
                future = head[0]
                if future is None:  # the batch still being filled: nothing before it is waiting
                    break
                full = len(chunks) >= limit or len(waiting) >= limit * chunksize * 2
                if not (last or full or future.done()):
                    break
                results = future.result()
                waiting.popleft()
                if i == len(results) - 1:
                    chunks.popleft()
                yield results[i]


@contextmanager
def _worker_errors(pool: ProcessPoolExecutor) -> Iterator[None]:
    """A dead worker becomes one :class:`WorkerError`; any failure or interrupt cancels what is queued."""
    try:
        yield
    except BrokenProcessPool:
        pool.shutdown(wait=True, cancel_futures=True)
        raise WorkerError(
            "a worker process died (killed, or out of memory); nothing was written; run again, or with -j 1"
        ) from None
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise


_FLUSH = object()


def _flushing(items: Iterable[Any]) -> Iterator[Any]:
    yield from items
    yield _FLUSH


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where there is one (no fork of a threaded parent), else ``spawn``.

    The fork server imports :mod:`kg.extract` and loads the dictionaries (:mod:`kg.warm`) before it forks a
    worker, so workers start with them instead of each reading its own copy."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.extract", "kg.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def _warm() -> None:
    """Load the tokenizer dictionaries and the gazetteer's automata once per process, before its first document.

    Read once per process and never changed after; a worker forked from a warmed fork server finds them loaded.
    """
    from kg.data.gazetteer import Gazetteer
    from kg.extract.tokens import is_word, tokenize

    tokenize("预热")
    is_word("预热")
    gazetteer = Gazetteer.load()
    list(gazetteer.scan("预热"))
    list(gazetteer.scan("预热", historic=True))


def dask_client(address: str) -> Any:  # -> dask.distributed.Client
    """A client of the Dask scheduler at ``address``; :class:`DaskError` when Dask is missing or unreachable."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise DaskError("--dask needs Dask: pip install 'kg-cn[dask]'") from None
    try:
        return Client(address, timeout="10s", set_as_default=False)
    except OSError as e:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {e}") from None


def _on_dask(docs: list[Document], address: str, fn: Extract) -> Iterator[Any]:
    client = dask_client(address)
    try:
        futures = client.map(fn, docs, pure=False)
        for future in futures:
            yield future.result()
            future.release()
    finally:
        client.close()
