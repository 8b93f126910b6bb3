"""Extraction on a Dask cluster whose workers read their own pages and write their own results.

The client lists the input files (names only: local paths, or ``s3://…``,
``hdfs://…`` and any other fsspec URL when the filesystem package is
installed), cuts the list into partitions and sends each worker a partition's
names. The worker reads those pages, extracts, and writes one JSON line per
page into ``<parts>/part-NNNNN.jsonl`` (a folder every worker and the client
can reach: the output folder on a shared file system, or an fsspec URL); it
returns a :class:`PageNote` per page: the page's record (id, path, date, and
the opening the graph cites: paper and headline, :func:`kg.corpus.page_opening`),
or why it was left out. Resolution then runs on the workers too, from these
files (:mod:`kg.dask_resolve`). The pages' texts never reach the client.

>>> [len(p) for p in partitions(list("abcdefghij"), 4)]
[3, 3, 2, 2]
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg import readers
from kg.cache import CacheEntryError, encode_extraction, extraction_of
from kg.corpus import MAX_FILE_BYTES, document_of, find_files, page_opening, read_document, shown_path
from kg.errors import InputError, NoInputError
from kg.extract import Extraction, ExtractOptions
from kg.model import Document
from kg.parallel import DaskError, Failed, Guarded
from kg.safeio import shown
from kg.text import is_traditional

__all__ = ["Page", "PageNote", "extract_partition", "list_pages", "partitions", "read_partition"]


@dataclass(frozen=True)
class Page:
    """One input file as the client names it: where a worker reads it, and the path the outputs show."""

    source: str  # a local path or an fsspec URL
    shown: str


def is_url(path: str) -> bool:
    return "://" in path


def list_pages(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Page], list[InputError]]:
    """The pages under ``paths`` (local files, folders, globs, fsspec URLs), in build order; and folders not read."""
    local = [os.fspath(p) for p in paths if not is_url(os.fspath(p))]
    pages: list[Page] = []
    problems: list[InputError] = []
    if local:
        unreadable: list[tuple[str, str]] = []
        roots: dict[str, Path] = {}
        files, missing = find_files(local, unreadable, roots)
        if missing:
            raise NoInputError(f"{shown(missing[0][0])}: {missing[0][1]}")
        problems += [
            InputError(d, f"folder cannot be read ({why}); the files in it are skipped") for d, why in unreadable
        ]
        pages += [Page(str(f), shown_path(f, roots.get(str(f)))) for f in files]
    for url in (os.fspath(p) for p in paths if is_url(os.fspath(p))):
        pages += _url_pages(url)
    if not pages:
        raise NoInputError("no readable documents: no input file found in " + ", ".join(map(str, paths)))
    pages.sort(key=lambda p: (Path(p.source).name, p.source))
    return pages, problems


def _url_pages(url: str) -> list[Page]:
    try:
        import fsspec
    except ImportError:
        raise DaskError(f"{url}: reading URLs needs fsspec (pip install 'kg-cn[dask]')") from None
    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        return [Page(url, Path(root).name)]
    top = Path(root.rstrip("/"))
    found = [f for f in fs.find(root) if f.lower().endswith(readers.SUFFIXES)]
    return [Page(fs.unstrip_protocol(f), str(Path(top.name) / Path(f).relative_to(top))) for f in found]


def partitions(items: list[Any], n: int) -> list[list[Any]]:
    """``items`` cut into ``n`` runs of nearly equal length, in order (none empty)."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (i < extra)
        out.append(items[start:end])
        start = end
    return out


def _read(page: Page) -> Document:
    if not is_url(page.source):
        doc = read_document(page.source)
    else:
        import fsspec

        try:
            with fsspec.open(page.source, "rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as e:
            raise InputError(page.source, f"cannot be read: {e}") from None
        if len(data) > MAX_FILE_BYTES:
            raise InputError(page.source, f"file too large (more than the limit of {MAX_FILE_BYTES:,} bytes)")
        doc = document_of(data, page.source)
    return replace(doc, path=page.shown)


@dataclass(frozen=True)
class PageNote:
    """What a worker tells the client of one page (one line of its partition file): the page, opening only,
    or why it was left out (``failed``: extraction raised; else the page could not be read)."""

    document: Document | None
    path: str = ""
    problem: str = ""
    failed: bool = False
    traditional: bool = False  # the page is written in traditional Chinese (read converted to simplified)


def extract_partition(pages: list[Page], target: str, options: ExtractOptions) -> list[PageNote]:
    """Worker side: read and extract ``pages``, write their records to ``target`` (path or URL), one line each;
    return a note per line."""
    fn = Guarded(options)
    lines, notes = [], []
    for page in pages:
        try:
            doc = _read(page)
        except InputError as e:
            lines.append(json.dumps({"skipped": e.path, "problem": e.problem}, ensure_ascii=False))
            notes.append(PageNote(None, e.path, e.problem))
            continue
        x = fn(doc)
        if isinstance(x, Failed):
            lines.append(json.dumps({"failed": x.path, "problem": x.problem}, ensure_ascii=False))
            notes.append(PageNote(None, x.path, x.problem, failed=True))
            continue
        record = {"id": doc.id, "path": doc.path, "date": doc.date, "date_source": doc.date_source}
        record |= {"encoding": doc.encoding, "opening": page_opening(doc.text)}
        try:
            entry = encode_extraction(x).decode("utf-8", "surrogatepass")
        except CacheEntryError as e:
            lines.append(json.dumps({"failed": doc.path, "problem": str(e)}, ensure_ascii=False))
            notes.append(PageNote(None, doc.path, str(e), failed=True))
            continue
        lines.append(f'{{"document":{json.dumps(record, ensure_ascii=False)},"extraction":{entry}}}')
        notes.append(PageNote(_document(record), traditional=is_traditional(doc.text)))
    write_text(target, "".join(line + "\n" for line in lines))
    return notes


def _document(d: dict[str, Any]) -> Document:
    """The page of a partition file's record: its opening stands for its text."""
    return Document(d["id"], d["opening"], d["path"], d["date"], d["date_source"], d["encoding"])


def read_partition(target: str, keep: frozenset[int] | None = None) -> Iterator[Extraction]:
    """The extractions in the partition file ``target`` (only its lines ``keep`` when given), in order;
    each page's document holds its opening (:func:`kg.corpus.page_opening`), not its text."""
    for i, line in enumerate(read_lines(target)):
        if keep is not None and i not in keep:
            continue
        rec = json.loads(line)
        if "document" in rec:
            yield extraction_of(rec["extraction"], _document(rec["document"]), whole=False)


def write_text(target: str, text: str) -> None:
    if is_url(target):
        import fsspec

        with fsspec.open(target, "w", encoding="utf-8") as f:
            f.write(text)
        return
    tmp = f"{target}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, target)


def read_lines(target: str) -> Iterator[str]:
    if is_url(target):
        import fsspec

        with fsspec.open(target, "r", encoding="utf-8") as f:
            yield from f
        return
    with open(target, encoding="utf-8") as f:
        yield from f


def skip_or_raise(e: InputError, on_skip: Callable[[InputError], None], strict: bool) -> None:
    if strict:
        raise e
    on_skip(e)


def remove_run(run: str, targets: list[str]) -> None:
    if is_url(run):
        import fsspec

        fs, root = fsspec.core.url_to_fs(run)
        with contextlib.suppress(OSError):
            fs.rm(root, recursive=True)
        return
    for t in targets:
        Path(t).unlink(missing_ok=True)
        Path(f"{t}.tmp").unlink(missing_ok=True)
    with_parent = Path(run)
    if with_parent.is_dir():
        with_parent.rmdir()
        with contextlib.suppress(OSError):
            with_parent.parent.rmdir()  # the parts folder, when no other build uses it
