"""The build pipeline as a Python call: stages, timings and the extraction of a document list."""

from __future__ import annotations

import pytest

from kg.build import build, extract_documents
from kg.cache import ExtractionCache
from kg.errors import NoInputError
from kg.model import Document

STAGES = {"read", "extract", "resolve", "graph", "rdf", "graphml", "html", "jsonl", "write"}

DOCS = [
    Document(id="b.txt", text="桂林市阳朔县县长李明出席会议。"),
    Document(id="a.txt", text="宁波市北仑区区长王建国主持召开港口建设推进会。"),
]


def test_build_times_every_stage(tmp_path, seed_paths):
    result = build(seed_paths, tmp_path / "o")
    assert set(result.timings) == STAGES
    assert all(t >= 0 for t in result.timings.values())
    assert sum(result.timings.values()) <= result.seconds + 1e-6


def test_build_result_counts_no_cache_hits_without_cache(tmp_path, seed_paths):
    assert build(seed_paths, tmp_path / "o").cached == 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_extract_documents_keeps_input_order(jobs):
    extractions, cached = extract_documents(DOCS, jobs=jobs)
    assert [x.document.id for x in extractions] == ["b.txt", "a.txt"]
    assert cached == 0


def test_build_extract_documents_mixes_cached_and_fresh(tmp_path):
    cache = ExtractionCache(tmp_path)
    first, _ = extract_documents(DOCS[:1], cache=cache)
    both, cached = extract_documents(DOCS, cache=cache)
    assert cached == 1
    assert both[0] == first[0]
    assert [x.document.id for x in both] == ["b.txt", "a.txt"]


def test_build_progress_not_called_when_all_cached(tmp_path):
    cache = ExtractionCache(tmp_path)
    extract_documents(DOCS, cache=cache)
    calls = []
    extract_documents(DOCS, cache=cache, progress=lambda items: calls.append(items) or items)
    assert calls == []


def test_build_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    with pytest.raises(NoInputError):
        build([tmp_path], tmp_path / "o", cache_dir=tmp_path / "cache")


def test_build_failing_while_writing_leaves_the_previous_outputs(tmp_path, seed_paths, monkeypatch):
    import kg.publish

    out = tmp_path / "o"
    build(seed_paths, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(*args, **kwargs):
        yield "<!DOCTYPE html>"  # the page is half-way written when it fails
        raise RuntimeError("the disk caught fire")

    monkeypatch.setattr(kg.publish, "iter_html", boom)  # after the RDF and GraphML are staged
    with pytest.raises(RuntimeError):
        build(seed_paths[:2], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no new file, no temporary file left


def test_build_streamed_rdf_is_the_sorted_set_of_all_triples(tmp_path, seed_paths):
    """The streaming writer against the whole-graph reference: every distinct triple, sorted, as N-Triples."""
    from kg.readwrite.rdf_stream import _nt, _sort_key, write_rdf_formats
    from kg.readwrite.rdf_write import triples

    G = build(seed_paths, tmp_path / "o", formats=("nt",)).graph
    reference = sorted(set(triples(G)), key=lambda t: (t[0], *_sort_key(t)))
    nt = "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in reference)
    assert (tmp_path / "o" / "graph.nt").read_text(encoding="utf-8") == nt
    assert write_rdf_formats(G, ["nt"])["nt"] == nt


def test_build_compact_keeps_every_value_and_only_the_opening(seed_paths):
    """What a build keeps of an extraction (:class:`kg.build.Compact`) gives the same graph and JSONL."""
    from kg.build import Compact
    from kg.corpus import page_opening, read_corpus
    from kg.extract import extract
    from kg.graph import build_graph
    from kg.readwrite.jsonl import iter_jsonl
    from kg.readwrite.rdf_stream import write_rdf
    from kg.resolve import resolve

    raw = [extract(d) for d in read_corpus(seed_paths)]
    keep = Compact()
    kept = [keep(x) for x in raw]
    for x, y in zip(raw, kept, strict=True):
        assert (y.mentions, y.relations) == (x.mentions, x.relations)
        assert y.document.text == page_opening(x.document.text) and len(y.document.text) < len(x.document.text)
    names = [m.name for x in kept for m in x.mentions]
    shared = {}
    assert all(shared.setdefault(n, n) is n for n in names)  # one object per distinct name
    a, b = resolve(raw), resolve(kept)
    assert list(iter_jsonl(a)) == list(iter_jsonl(b))
    assert write_rdf(build_graph(a)) == write_rdf(build_graph(b))


def test_build_compact_keeps_true_and_one_apart():
    """``(("k", True),) == (("k", 1),)`` in Python: shared attribute tuples are told apart by their repr."""
    from kg.build import Compact
    from kg.extract.base import Extraction
    from kg.model import Mention
    from kg.vocab import EntityType

    doc = Document(id="a.txt", text="张三李四")
    ms = (Mention("a.txt", 0, 2, "张三", EntityType.PERSON, "张三", "", (("k", True),)),)
    ms += (Mention("a.txt", 2, 4, "李四", EntityType.PERSON, "李四", "", (("k", 1),)),)
    out = Compact()(Extraction(doc, ms, ()))
    assert [m.props[0][1] for m in out.mentions] == [True, 1]
    assert [type(m.props[0][1]) for m in out.mentions] == [bool, int]


def test_build_result_holds_page_openings_not_texts(tmp_path, seed_paths):
    from kg.corpus import page_opening, read_corpus

    result = build(seed_paths, tmp_path / "o", formats=["jsonl"])
    full = {d.id: d.text for d in read_corpus(seed_paths)}
    assert {d.id: d.text for d in result.kb.documents} == {i: page_opening(t) for i, t in full.items()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_extract_documents_consumes_its_list_on_request(jobs, tmp_path):
    """With ``consume`` the list of pages is emptied (their texts can go as they are extracted); same results."""
    cache = ExtractionCache(tmp_path)
    extract_documents(DOCS[:1], cache=cache)
    docs = list(DOCS)
    consumed, cached = extract_documents(docs, jobs=jobs, cache=cache, consume=True)
    assert docs == [] and cached == 1
    assert consumed == extract_documents(DOCS, jobs=jobs, cache=cache)[0]


def test_build_compact_shares_offsets_across_pages():
    """Relations' offsets above 256 (objects of their own in Python) are held once across the build's extractions;
    mentions are held as columns of integers (no int object, no Mention object each), equal to what they were."""
    from kg.build import Compact
    from kg.extract.base import Extraction
    from kg.mention_columns import MentionColumns
    from kg.model import EntityRef, Evidence, Mention, Relation
    from kg.vocab import EntityType, Predicate

    text = "正文。" * 200 + "张三"
    docs = [Document(id=i, text=text) for i in ("a.txt", "b.txt")]
    start = int("600")  # made at run time: not the constant the other page's offset may share
    keep = Compact()
    p, q = EntityRef(EntityType.PERSON, "张三"), EntityRef(EntityType.PERSON, "李四")

    def extraction(d: Document) -> Extraction:
        evidence = Evidence(d.id, start, int("602"), "张三")
        relation = Relation(p, Predicate.MEETS_WITH, q, evidence)
        return Extraction(d, (Mention.of(d, start, int("602"), EntityType.PERSON),), (relation,))

    kept = [keep(extraction(d)) for d in docs]
    a, b = (x.relations[0].evidence for x in kept)
    assert (a.start, a.end) == (600, 602) and a.start is b.start and a.end is b.end
    assert all(isinstance(x.mentions, MentionColumns) for x in kept)
    assert [x.mentions[0] for x in kept] == [Mention.of(d, 600, 602, EntityType.PERSON) for d in docs]
    assert kept[0].mentions[0].name is kept[1].mentions[0].name  # one table of names across the pages


def test_build_resolves_from_the_extractions_it_owns(tmp_path, seed_paths, monkeypatch):
    """The build hands its list of extractions to ``resolve`` and keeps no reference (it is emptied as read)."""
    import kg.build
    import kg.resolve

    lists = []
    real = kg.resolve.resolve

    def spy(extractions):
        lists.append(extractions)
        return real(extractions)

    monkeypatch.setattr(kg.resolve, "resolve", spy)
    result = build(seed_paths, tmp_path / "o", formats=("jsonl",))
    assert len(lists) == 1 and not isinstance(lists[0], list) and len(result.kb.documents) == len(seed_paths)
    assert list(lists[0]) == []  # drained


class Text(str):
    """A page's text that counts how many page texts are alive (in this process)."""

    live = 0

    def __new__(cls, value: str) -> Text:
        Text.live += 1
        return super().__new__(cls, value)

    def __del__(self) -> None:
        Text.live -= 1


def _counted_pages(n: int, alive: list[int]):
    for i in range(n):
        alive.append(Text.live)  # texts still held when the next page is read
        yield Document(id=f"{i:03}.txt", text=Text(f"市长张三丰{i}出席会议。" + "正文。" * 50))


# On a pool of 2: kg.parallel.imap_extract's window, 4 chunks of 4 pages per worker on their way, as many
# results waiting for an earlier one, and the chunk being filled (2·4·4·2 + 4 = 68 of the 120 pages; 40 was
# seen once too few on a loaded machine, 41).
@pytest.mark.parametrize(("jobs", "most"), [(1, 1), (2, 2 * 4 * 4 * 2 + 4)])
def test_build_extract_documents_reads_pages_as_it_goes(tmp_path, jobs, most):
    """Pages are read as extraction needs them: on one core, when a page is read at most the page before
    it is still alive (being let go of); on a pool a bounded window of pages."""
    from kg.build import Compact

    cache = ExtractionCache(tmp_path)
    extract_documents(list(_counted_pages(5, [])), cache=cache)  # some pages cached: they pass through in order
    alive: list[int] = []
    got, cached = extract_documents(_counted_pages(120, alive), jobs=jobs, cache=cache, keep=Compact())
    assert cached == 5 and [x.document.id for x in got] == [f"{i:03}.txt" for i in range(120)]
    assert max(alive) <= most and Text.live == 0


def test_build_reads_each_page_twice_holding_one_text(tmp_path, monkeypatch):
    """A build with a cache reads the pages once for its stamp, once into extraction, one text at a time
    (when a page is read, at most the one before it is still alive)."""
    import dataclasses

    import kg.corpus

    for i in range(12):
        (tmp_path / f"{i:02}.txt").write_text(f"市长张三丰{i}出席会议。" + "正文。" * 50, encoding="utf-8")
    real, alive = kg.corpus.read_document, []

    def counted(path):
        alive.append(Text.live)
        d = real(path)
        return dataclasses.replace(d, text=Text(d.text))

    monkeypatch.setattr(kg.corpus, "read_document", counted)
    result = build([tmp_path], tmp_path / "o", cache_dir=tmp_path / "cache", formats=("jsonl",))
    assert len(alive) == 24 and max(alive) <= 1 and len(result.kb.documents) == 12


def test_build_page_changed_between_readings_is_read_again_next_time(tmp_path, monkeypatch):
    """A page that changes between the stamp's reading and extraction's: the stamp is not recorded, so the
    next build does not keep outputs made from a page the stamp never read."""
    import dataclasses

    import kg.corpus

    (tmp_path / "a.txt").write_text("市长张三丰出席会议。", encoding="utf-8")
    real, reads = kg.corpus.read_document, []

    def changing(path):
        reads.append(path)
        d = real(path)
        return dataclasses.replace(d, text=d.text + "县长李四出席。") if len(reads) == 2 else d

    monkeypatch.setattr(kg.corpus, "read_document", changing)
    warnings: list[str] = []
    args = ([tmp_path], tmp_path / "o")
    first = build(*args, cache_dir=tmp_path / "cache", formats=("jsonl",), on_warning=warnings.append)
    assert "李四" in (tmp_path / "o" / "graph.jsonl").read_text(encoding="utf-8")
    assert not first.kept and any("changed while the build read it" in w for w in warnings)
    again = build(*args, cache_dir=tmp_path / "cache", formats=("jsonl",))
    assert not again.kept and "李四" not in (tmp_path / "o" / "graph.jsonl").read_text(encoding="utf-8")
    assert build(*args, cache_dir=tmp_path / "cache", formats=("jsonl",)).kept


def test_build_extract_documents_one_page_to_extract_starts_no_pool(tmp_path, monkeypatch):
    """``jobs=2`` with one page left to extract (the rest cached) extracts it here: a pool costs a second."""
    import kg.parallel

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started")

    cache = ExtractionCache(tmp_path)
    extract_documents(DOCS[:1], cache=cache)
    monkeypatch.setattr(kg.parallel, "imap_extract", no_pool)
    got, cached = extract_documents(DOCS, jobs=2, cache=cache)
    assert cached == 1 and [x.document.id for x in got] == ["b.txt", "a.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_warns_once_of_the_pages_read_as_traditional_chinese(tmp_path, jobs):
    (tmp_path / "a.txt").write_text("株洲市市長甄永年主持召開會議。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("衡陽市發展和改革委員會主任衛思齊出席會議。".encode("big5"))
    (tmp_path / "c.txt").write_text("株洲市市长甄永年出席会议。", encoding="utf-8")
    warnings: list[str] = []
    result = build([tmp_path], tmp_path / "o", jobs=jobs, formats=("jsonl",), on_warning=warnings.append)
    assert [w for w in warnings if "traditional" in w] == [
        "2 pages were read as traditional Chinese and converted to simplified characters: "
        "names are simplified, mention text, titles and offsets the page's own"
    ]
    assert {"甄永年", "卫思齐", "衡阳市发展和改革委员会"} <= {e.name for e in result.kb.entities}


def test_build_cached_traditional_pages_are_still_counted(tmp_path):
    docs = [Document(id="a.txt", text="株洲市市長甄永年主持召開會議。"), *DOCS]
    cache = ExtractionCache(tmp_path / "cache")
    for _ in range(2):  # extracted, then from the cache
        warnings: list[str] = []
        extract_documents(docs, cache=cache, on_warning=warnings.append)
        assert [w[:12] for w in warnings] == ["1 page was r"]
