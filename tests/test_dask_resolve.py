"""Resolution as partial aggregates: any split of the pages, merged in any order, gives what one pass gives;
and a Dask build resolves on its workers, with the same knowledge base as a local build."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.corpus import read_corpus
from kg.extract import ExtractOptions, extract
from kg.model import Document
from kg.person_scope import decide, gather_facts, person_qualifiers, qualify
from kg.resolve import EntityTable, finish, resolve

NAMESAKES = {
    "a.txt": "衡阳市市长王建国出席会议。记者 李明 报道",
    "b.txt": "常德市市长王建国调研。",
    "c.txt": "王建国说，要抓好落实。",
    "d.txt": "湖南省副省长李明出席会议。",
    "e.txt": "本报记者 李明 摄影报道：株洲市市长张三丰出席。",
    "f.txt": "常德市市长王建国会见株洲市市长张三丰。",
}
"""Pages whose persons need cross-page facts: two 王建国 (衡阳, 常德) and a bare one that joins the first,
李明 a reporter on two pages and an official on another."""


@pytest.fixture(scope="module")
def extractions(seed_paths):
    docs = list(read_corpus(seed_paths)) + [Document(id=k, text=v) for k, v in NAMESAKES.items()]
    return sorted((extract(d) for d in docs), key=lambda x: x.document.id)


def _splits(items, seed):
    """``items`` dealt into 1–5 random groups (not runs: pages of one group need not be neighbours)."""
    rng = random.Random(seed)
    groups = [[] for _ in range(rng.randint(1, 5))]
    for x in items:
        rng.choice(groups).append(x)
    return groups


@pytest.mark.parametrize("seed", range(6))
def test_person_facts_merged_in_any_order_decide_as_one_pass(extractions, seed):
    merged: dict = {}
    groups = [list(gather_facts(g).values()) for g in _splits(extractions, seed)]
    random.Random(seed).shuffle(groups)
    for facts in groups:
        for f in facts:
            merged[f.name] = merged[f.name].merge(f) if f.name in merged else f
    qualifiers = {k: v for f in merged.values() for k, v in decide(f).items()}
    assert qualifiers == person_qualifiers(extractions)
    assert {q for (d, n), q in qualifiers.items() if n == "王建国"} == {"430400", "430700"}
    assert qualifiers[("e.txt", "李明")] == "byline"


@pytest.mark.parametrize("seed", range(6))
def test_entity_parts_merged_in_any_order_finish_as_resolve(extractions, seed):
    kb = resolve(extractions)
    qualifiers = person_qualifiers(extractions)
    parts = []
    for group in _splits(extractions, seed):
        table = EntityTable()
        for x in reversed(group):  # pages in any order within a table too
            table.add(qualify(x, qualifiers))
        parts.extend(table.parts())
    random.Random(seed).shuffle(parts)
    merged: dict = {}
    for p in parts:
        merged[p.ref] = merged[p.ref].merge(p) if p.ref in merged else p
    entities, stats = finish(merged.values())
    assert entities == kb.entities
    assert stats == kb.mention_stats()
    assert len(kb.mention_stats()) < len(entities)  # entities named only as a relation's end are left out


def test_mention_stats_are_what_the_mentions_say(extractions):
    kb = resolve(extractions)
    ids = {e.id for e in kb.entities}
    counts: dict = {}
    for m in kb.mentions:
        counts.setdefault(str(m.ref), []).append(m.doc_id)
    assert {n: (tuple(sorted(set(d))), len(d)) for n, d in counts.items()} == {
        n: (s.docs, s.mentions) for n, s in kb.mention_stats().items()
    }
    assert set(counts) <= ids


@pytest.fixture
def pages(seed_folder):
    for name, text in NAMESAKES.items():
        (seed_folder / name).write_text(text, encoding="utf-8")
    return seed_folder


def test_resolve_on_dask_gives_the_local_knowledge_base(tmp_path, pages, cluster):
    from kg.dask_resolve import MentionLog, resolve_on_dask

    skipped: list = []
    kb = resolve_on_dask([pages], cluster.scheduler_address, ExtractOptions(), str(tmp_path / "parts"), skipped.append)
    local = resolve(extract(d) for d in read_corpus([pages]))
    assert skipped == []
    assert isinstance(kb.mentions, MentionLog)  # on the client's disk, not in its memory
    assert list(kb.mentions) == list(local.mentions) and len(kb.mentions) == len(local.mentions)
    assert kb.mentions[-1] == local.mentions[-1] and kb.mentions[1:3] == list(local.mentions[1:3])
    assert kb.entities == local.entities
    assert kb.relations == local.relations
    assert kb.mention_stats() == local.mention_stats()
    assert [d.id for d in kb.documents] == [d.id for d in local.documents]
    assert kb.mentions_of("person/王建国@430700") == local.mentions_of("person/王建国@430700")
    assert not (tmp_path / "parts").exists()  # every partition file is removed
    path = Path(kb.mentions._path)
    assert path.is_file()
    del kb
    assert not path.exists()  # the client's copy goes with the knowledge base


def test_resolve_on_dask_leaves_out_a_duplicate_as_a_local_build_does(tmp_path, pages, cluster):
    """A second page with the same name is left out (the first, in build order, stays), as in a local build."""
    from kg.dask_resolve import resolve_on_dask

    (pages / "sub").mkdir()
    (pages / "sub" / "b.txt").write_text("衡阳市市长王建国调研。", encoding="utf-8")
    skipped: list = []
    kb = resolve_on_dask([pages], cluster.scheduler_address, ExtractOptions(), str(tmp_path / "p"), skipped.append)
    local_skipped: list = []
    local = resolve(extract(d) for d in read_corpus([pages], on_skip=local_skipped.append))
    assert [Path(e.path).parts[-2:] for e in skipped + local_skipped] == [("sub", "b.txt")] * 2
    assert kb.entities == local.entities and list(kb.mentions) == list(local.mentions)
    assert kb.relations == local.relations


def test_dask_build_with_namesakes_across_partitions_writes_the_files_of_jobs_1(tmp_path, pages, cluster):
    """Persons told apart by facts from pages in other partitions: every output file byte for byte."""
    from click.testing import CliRunner

    from kg.cli import main

    outputs = ("graph.ttl", "graph.jsonld", "graph.nt", "graph.jsonl", "graph.graphml", "graph.html")
    for out, extra in (("local", ["-j", "1"]), ("dask", ["--dask", cluster.scheduler_address])):
        args = ["build", str(pages), "-o", str(tmp_path / out), "--formats", "ttl,jsonld,nt,html,graphml,jsonl"]
        result = CliRunner().invoke(main, [*args, "-q", "--no-cache", *extra])
        assert result.exit_code == 0, result.output
    for name in outputs:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    assert "person/王建国@430700" in (tmp_path / "dask" / "graph.jsonl").read_text(encoding="utf-8")
