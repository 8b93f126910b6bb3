"""A Dask build: workers extract their own pages, then resolve them as a group-by by key on the cluster.

1. **Extract** (:func:`kg.dask_build.extract_partition`): each worker reads one partition of the
   input, extracts, writes ``part-NNNNN.jsonl`` and tells the client each page's record (id, path,
   date, opening) or why it was left out. The client drops duplicate ids, as a local build does.
2. **Persons** (:mod:`kg.person_scope`): each partition is reduced on its worker to
   :class:`~kg.person_scope.NameFacts` per person name; a tree reduction by name
   (``dask.bag.foldby``) merges them, and the decision of which pages of a name are which person
   (:func:`~kg.person_scope.decide`) runs per name on the worker that holds the merged facts. The
   qualifiers stay on the cluster; each partition's task reads them from there.
3. **Entities** (:class:`~kg.resolve.EntityTable`): each worker qualifies its partition's persons,
   reduces the partition to one :class:`~kg.resolve.EntityPart` per entity key and writes the
   qualified mentions and relations to ``men-NNNNN.jsonl`` / ``rel-NNNNN.jsonl``; a second tree
   reduction by key merges the parts and finishes the entities.

What reaches the client is what the graph and its writers are made of: the entity table (with where
each entity is mentioned), every relation (the graph's edges), and each page's record. The mentions do
not: they are copied, as bytes, into one file on the client's disk and read from there, one page at a
time, when something asks for them (``graph.jsonl`` writes each one; :class:`MentionLog`).

>>> from kg.model import Document
>>> from kg.extract import extract
>>> import tempfile, os
>>> x = extract(Document(id="a.txt", text="市长张三丰出席会议。"))
>>> path = os.path.join(tempfile.mkdtemp(), "men.jsonl")
>>> write_text(path, _entry_line(x, mentions=True))
>>> log = MentionLog.of([path], len(x.mentions))
>>> list(log) == list(x.mentions), len(log)
(True, 1)
"""

from __future__ import annotations

import json
import operator
import os
import shutil
import tempfile
import uuid
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, overload

from kg.cache import encode_extraction, extraction_of
from kg.dask_build import (
    PageNote,
    extract_partition,
    is_url,
    list_pages,
    partitions,
    read_lines,
    read_partition,
    remove_run,
    skip_or_raise,
    write_text,
)
from kg.errors import InputError, NoInputError
from kg.extract import Extraction, ExtractOptions
from kg.model import Document, Mention, Relation
from kg.parallel import dask_client
from kg.person_scope import NameFacts, decide, gather_facts, qualify
from kg.resolve import EntityPart, EntityTable, KnowledgeBase, MentionStats, finish
from kg.timing import timed

__all__ = ["MentionLog", "Partition", "resolve_on_dask"]


@dataclass(frozen=True)
class Partition:
    """One partition's files: the extraction the worker wrote, and what its resolution writes."""

    extracted: str
    keep: frozenset[int]  # the lines of ``extracted`` whose page the build keeps
    mentions: str
    relations: str


def resolve_on_dask(
    paths: Sequence[str | os.PathLike[str]],
    address: str,
    options: ExtractOptions,
    parts: str,
    on_skip: Callable[[InputError], None],
    *,
    strict: bool = False,
    failed: Callable[[str, str], InputError] | None = None,
    keep: Callable[[Extraction], Extraction] | None = None,
    timings: dict[str, float] | None = None,
    on_traditional: Callable[[int], None] | None = None,
) -> KnowledgeBase:
    """Extract and resolve every page under ``paths`` on the Dask scheduler at ``address``, through files in ``parts``.

    Pages that cannot be read, and pages on which extraction fails (``failed(path, problem)``
    makes their error), go to ``on_skip`` (raised with ``strict``); the partition files are removed.
    ``keep`` is what the client keeps of each page's relations (a build's :class:`kg.build.Compact`).
    ``on_traditional`` hears once how many kept pages were written in traditional Chinese (when any were).
    """
    timings = {} if timings is None else timings
    pages, problems = list_pages(paths)
    for e in problems:
        skip_or_raise(e, on_skip, strict)
    client = dask_client(address)
    run = f"{parts.rstrip('/')}/{uuid.uuid4().hex[:12]}"
    if not is_url(run):
        Path(run).mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    try:
        with timed(timings, "extract"):
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            chunks = partitions(pages, max(workers * 4, len(pages) // 64))
            targets = [f"{run}/part-{i:05d}.jsonl" for i in range(len(chunks))]
            files += targets
            futures = client.map(extract_partition, chunks, targets, [options] * len(chunks), pure=False)
            notes: list[list[PageNote]] = client.gather(futures)
            del futures
        documents, kept = _kept(notes, on_skip, strict, failed)
        if not documents:
            raise NoInputError("no readable documents: every input file was skipped")
        traditional = sum(
            n.traditional for part, lines in zip(notes, kept, strict=True) for i, n in enumerate(part) if i in lines
        )
        if traditional and on_traditional:
            on_traditional(traditional)
        plan = [
            Partition(t, k, f"{run}/men-{i:05d}.jsonl", f"{run}/rel-{i:05d}.jsonl")
            for i, (t, k) in enumerate(zip(targets, kept, strict=True))
        ]
        files += [p.mentions for p in plan] + [p.relations for p in plan]
        with timed(timings, "resolve"):
            entities, stats = client.compute(_resolution(plan)).result()[0]
            relations = _relations(plan, keep)
            count = sum(s.mentions for s in stats.values())
            mentions = MentionLog.of([p.mentions for p in plan], count)
        return KnowledgeBase.of(documents, entities, mentions, relations, stats)
    finally:
        client.close()
        remove_run(run, files)


def _kept(
    notes: list[list[PageNote]],
    on_skip: Callable[[InputError], None],
    strict: bool,
    failed: Callable[[str, str], InputError] | None,
) -> tuple[tuple[Document, ...], list[frozenset[int]]]:
    """The pages the build keeps, in order, and each partition's lines that hold them; the others reported."""
    seen: set[str] = set()
    documents: list[Document] = []
    kept: list[frozenset[int]] = []
    for part in notes:
        lines = set()
        for i, note in enumerate(part):
            doc = note.document
            if doc is None:
                make = failed if note.failed and failed else InputError
                skip_or_raise(make(note.path, note.problem), on_skip, strict)
                continue
            if doc.id in seen:
                why = f"a file named {doc.id} was already read; document ids must be unique"
                skip_or_raise(InputError(doc.path, why), on_skip, strict)
                continue
            seen.add(doc.id)
            documents.append(doc)
            lines.add(i)
        kept.append(frozenset(lines))
    return tuple(documents), kept


def _resolution(plan: list[Partition]) -> Any:  # -> dask.bag.Bag of one (entities, stats)
    """The task graph: name facts per partition → merged per name → qualifiers; entity parts per partition
    (qualified by them) → merged per key → entities."""
    import dask.bag as db

    bag = db.from_sequence(plan, npartitions=len(plan))
    facts = bag.map_partitions(_partition_facts)
    by_name = facts.foldby(_name, NameFacts.merge, combine=_merge_named)
    qualifiers = by_name.map_partitions(_decide).reduction(dict, _union)
    entity_parts = bag.map_partitions(_partition_entities, qualifiers)
    return entity_parts.foldby(_ref, EntityPart.merge, combine=_merge_parts).map_partitions(_finish)


def _partition_facts(plan: list[Partition]) -> list[NameFacts]:
    """Worker: the name facts of one partition's pages (the map step of person scoping)."""
    return [f for p in plan for f in gather_facts(read_partition(p.extracted, p.keep)).values()]


def _name(f: NameFacts) -> str:
    return f.name


def _merge_named(a: NameFacts, b: NameFacts) -> NameFacts:
    return a.merge(b)


def _decide(named: list[tuple[str, NameFacts]]) -> list[tuple[tuple[str, str], str]]:
    """Worker: the qualifiers of every name in one group (the finish step of person scoping)."""
    return [pair for _, facts in named for pair in decide(facts).items()]


def _union(dicts: list[dict[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for d in dicts:
        out.update(d)
    return out


def _partition_entities(plan: list[Partition], qualifiers: dict[tuple[str, str], str]) -> list[EntityPart]:
    """Worker: qualify one partition's persons, write its mentions and relations, and reduce it to entity parts."""
    out: list[EntityPart] = []
    for p in plan:
        table = EntityTable()
        shared: dict = {}
        men, rel = [], []
        for x in read_partition(p.extracted, p.keep):
            x = qualify(x, qualifiers, shared) if qualifiers else x
            table.add(x)
            men.append(_entry_line(x, mentions=True))
            rel.append(_entry_line(x, mentions=False))
        write_text(p.mentions, "".join(men))
        write_text(p.relations, "".join(rel))
        out.extend(table.parts())
    return out


def _entry_line(x: Extraction, *, mentions: bool) -> str:
    """One page's mentions (or relations) as a line of the extraction cache's format."""
    only = replace(x, relations=()) if mentions else replace(x, mentions=())
    return encode_extraction(only).decode("utf-8", "surrogatepass") + "\n"


def _ref(p: EntityPart) -> Any:
    return p.ref


def _merge_parts(a: EntityPart, b: EntityPart) -> EntityPart:
    return a.merge(b)


def _finish(merged: list[tuple[Any, EntityPart]]) -> list[tuple[tuple, dict[str, MentionStats]]]:
    """Worker: the entities of the merged parts, in id order (the finish step of resolution)."""
    return [finish(map(operator.itemgetter(1), merged))]


def _relations(plan: list[Partition], keep: Callable[[Extraction], Extraction] | None) -> tuple[Relation, ...]:
    """Every page's qualified relations, in page order (through ``keep``)."""
    out: list[Relation] = []
    for p in plan:
        for line in read_lines(p.relations):
            x = _decoded(line)
            out.extend((keep(x) if keep else x).relations)
    return tuple(out)


def _decoded(line: str) -> Extraction:
    entry = json.loads(line)
    return extraction_of(entry, Document(entry["doc_id"], ""), whole=False)


class MentionLog(Sequence[Mention]):
    """Mentions held in a file on this machine's disk, read in order (a page at a time) each time they are iterated.

    The file is removed when the log is no longer referenced.
    """

    def __init__(self, path: str, count: int) -> None:
        self._path = path
        self._count = count
        weakref.finalize(self, _unlink, path)

    @classmethod
    def of(cls, sources: list[str], count: int) -> MentionLog:
        """A log of the mentions in ``sources`` (files or URLs of one page's mentions a line), copied here in order."""
        fd, path = tempfile.mkstemp(prefix="kg-mentions-", suffix=".jsonl")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for source in sources:
                if is_url(source):
                    out.writelines(read_lines(source))
                else:
                    with open(source, encoding="utf-8") as f:
                        shutil.copyfileobj(f, out)
        return cls(path, count)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Mention]:
        with open(self._path, encoding="utf-8") as f:
            for line in f:
                yield from _decoded(line).mentions

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> list[Mention]: ...
    def __getitem__(self, i: int | slice) -> Mention | list[Mention]:
        """A mention by position: a read of the file up to it (for the odd look-up; iterate for all)."""
        if isinstance(i, slice):
            return list(self)[i]
        n = i + self._count if i < 0 else i
        if not 0 <= n < self._count:
            raise IndexError(i)
        for j, m in enumerate(self):
            if j == n:
                return m
        raise IndexError(i)


def _unlink(path: str) -> None:
    Path(path).unlink(missing_ok=True)
