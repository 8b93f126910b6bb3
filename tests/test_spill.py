"""A build's knowledge base moved to disk while the graph files are written, and given back on use."""

from __future__ import annotations

import gc
import weakref

import pytest

import kg.build
import kg.resolve
import kg.viz.page
from kg.build import build
from kg.extract import extract
from kg.graph import build_graph
from kg.model import Document
from kg.resolve import KnowledgeBase, resolve
from kg.spill import SpilledKnowledge

DOCS = [
    Document(id="b.txt", text="桂林市阳朔县县长李明出席会议。李明指出，要抓好港口建设。"),
    Document(id="a.txt", text="宁波市北仑区区长王建国主持召开港口建设推进会。市长张三丰出席会议。"),
]


@pytest.fixture
def kb() -> KnowledgeBase:
    return resolve([extract(d) for d in DOCS])


@pytest.mark.parametrize("chunk", [1, 2, 4096])
def test_spill_gives_back_an_equal_knowledge_base(kb, chunk):
    again = SpilledKnowledge(kb, chunk=chunk).load()
    assert again == kb
    assert again.mention_stats() == kb.mention_stats()
    assert [e.id for e in again.entities] == [e.id for e in kb.entities]
    assert list(again.mentions) == list(kb.mentions) and again.relations == kb.relations


def test_spill_keeps_a_tuple_of_mentions_a_tuple(kb):
    plain = KnowledgeBase.of(kb.documents, kb.entities, tuple(kb.mentions), kb.relations)
    again = SpilledKnowledge(plain, chunk=3).load()
    assert isinstance(again.mentions, tuple) and again == plain


def test_spill_keeps_other_mentions_in_memory(kb):
    class Log(tuple):  # stands for a Dask build's file-backed log: not columns, not a plain tuple
        pass

    log = Log(kb.mentions)
    held = KnowledgeBase.of(kb.documents, kb.entities, log, kb.relations, kb.mention_stats())
    assert SpilledKnowledge(held).load().mentions is log


def test_spill_of_an_empty_knowledge_base():
    empty = KnowledgeBase.of((), (), (), ())
    assert SpilledKnowledge(empty).load() == empty


def test_build_writes_the_graph_files_without_the_knowledge_base(tmp_path, monkeypatch):
    """While RDF, GraphML and HTML are written, the knowledge base is on disk, not in memory."""
    made: list[weakref.ref] = []
    alive: list[bool] = []
    real_resolve, iter_html = kg.resolve.resolve, kg.viz.page.iter_html

    def resolving(xs):
        kb = real_resolve(xs)
        made.append(weakref.ref(kb))
        return kb

    def watching(G, *a, **k):
        gc.collect()
        alive.append(made[0]() is not None)
        return iter_html(G, *a, **k)

    monkeypatch.setattr(kg.resolve, "resolve", resolving)
    monkeypatch.setattr("kg.publish.iter_html", watching)
    paths = []
    for d in DOCS:
        p = tmp_path / "in" / d.id
        p.parent.mkdir(exist_ok=True)
        p.write_text(d.text, encoding="utf-8")
        paths.append(p)
    result = build([tmp_path / "in"], tmp_path / "out")
    assert alive == [False]
    fresh = resolve([extract(Document(id=d.id, text=d.text, path=str(p))) for d, p in zip(DOCS, paths, strict=True)])
    kb = result.kb
    assert (kb.entities, kb.relations, list(kb.mentions)) == (fresh.entities, fresh.relations, list(fresh.mentions))
    assert [d.id for d in kb.documents] == ["a.txt", "b.txt"]
    assert result.summary["relations"] == result.graph.number_of_edges()


def test_build_result_kb_and_graph_as_before(tmp_path, seed_paths):
    result = build(seed_paths, tmp_path / "o", formats=["jsonl"])
    kb = result.kb
    assert result.kb is kb and result.graph is result.graph
    assert sorted(build_graph(kb).edges(keys=True)) == sorted(result.graph.edges(keys=True))
    assert result.summary == kg.build.summarise(kb, result.graph)
