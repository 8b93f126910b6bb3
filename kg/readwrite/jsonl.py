"""The JSON-lines extraction format (``kg extract --format jsonl``).

One object per line: ``entity`` records (once per entity), ``mention``
records (once per occurrence) and ``relation`` records (once per document
that states the fact), as documented in the README.

>>> from kg.model import Document
>>> from kg.extract import extract
>>> from kg.resolve import resolve
>>> lines = list(iter_jsonl(resolve([extract(Document(id="a.txt", text="市长张三丰出席。"))])))
>>> lines[0]
'{"record": "entity", "id": "person/张三丰", "type": "Person", "name": "张三丰", "official": true, "aliases": []}'
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError
from kg.model import EntityRef
from kg.resolve import KnowledgeBase, entity_id
from kg.vocab import EntityType

__all__ = ["iter_jsonl", "jsonl_records", "read_jsonl"]

T = TypeVar("T")


def jsonl_records(kb: KnowledgeBase) -> Iterator[dict]:
    """The records, in a deterministic order: entities, mentions, relations."""
    for e in kb.entities:
        rec = {"record": "entity", "id": e.id, "type": e.type.value, "name": e.name}
        if e.type is EntityType.PERSON:
            rec["official"] = bool(e.prop("official"))
        rec["aliases"] = list(e.aliases)
        rec.update((k, v) for k, v in e.props if k not in rec)
        yield rec
    for m in _sorted(kb.mentions, key=lambda m: (m.doc_id, m.start, m.end, m.type.value, m.name)):
        yield {
            "record": "mention",
            "entity": entity_id(m.ref),
            "doc": m.doc_id,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "type": m.type.value,
        }
    for r in _sorted(
        kb.relations,
        key=lambda r: (
            r.evidence.doc_id,
            r.evidence.start,
            r.evidence.end,
            str(r.subject),
            r.predicate.value,
            str(r.object),
        ),
    ):
        ev = r.evidence
        rec = {
            "record": "relation",
            "subject": entity_id(r.subject),
            "predicate": r.predicate.value,
            "object": entity_id(r.object) if isinstance(r.object, EntityRef) else r.object,
            "doc": ev.doc_id,
            "start": ev.start,
            "end": ev.end,
            "evidence": ev.sentence,
        }
        if ev.date:
            rec["date"] = ev.date
        rec.update((k, v) for k, v in r.props if k not in rec)
        yield rec


def _sorted(items: Sequence[T], key: Callable[[T], Any]) -> Sequence[T]:
    """``sorted(items, key=key)``, without the sorted copy and its keys when ``items`` are in order already
    (a knowledge base's mentions are: by document, then offset).

    >>> _sorted([1, 2, 2], key=abs), _sorted([2, 1], key=abs)
    ([1, 2, 2], [1, 2])
    """
    previous = None
    for item in items:
        k = key(item)
        if previous is not None and k < previous:
            return sorted(items, key=key)
        previous = k
    return items


def iter_jsonl(kb: KnowledgeBase) -> Iterator[str]:
    """One JSON line per record (no trailing newline)."""
    for rec in jsonl_records(kb):
        yield json.dumps(rec, ensure_ascii=False)


def read_jsonl(path: str | os.PathLike[str]) -> list[dict]:
    """Read JSON-lines records, with an error naming the file and line of a bad one."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except UnicodeDecodeError:
        raise InputError(str(p), "not UTF-8 text") from None
    records = []
    for no, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise InputError(f"{p}:{no}", f"not a JSON object ({e.msg})") from None
    return records
