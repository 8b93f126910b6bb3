"""Every mention and every evidence span points into the original text."""

from __future__ import annotations

import pytest

from kg.corpus import read_document
from kg.extract import extract
from kg.model import Document


@pytest.fixture(scope="session")  # session: made once per xdist worker
def seed_extractions(seed_paths):
    return [extract(read_document(p)) for p in seed_paths]


def test_extract_mentions_slice_original_text(seed_extractions):
    count = 0
    for x in seed_extractions:
        for m in x.mentions:
            assert x.document.text[m.start : m.end] == m.text, m
            assert m.doc_id == x.document.id
            count += 1
    assert count > 500


def test_extract_evidence_spans_inside_document(seed_extractions):
    for x in seed_extractions:
        for r in x.relations:
            ev = r.evidence
            assert 0 <= ev.start < ev.end <= len(x.document.text)
            assert ev.sentence


def test_extract_finds_every_type_on_seeds(seed_extractions):
    types = {m.type.value for x in seed_extractions for m in x.mentions}
    assert types == {"Person", "Place", "Organization", "Project", "Designation", "Meeting"}


def test_extract_name_broken_across_lines_maps_to_original():
    text = "这一段正文很长很长很长，会议由市委书记张三\n\n丰主持，研究部署了下一步的工作。"
    x = extract(Document(id="t.txt", text=text))
    person = next(m for m in x.mentions if m.name == "张三丰")
    assert person.text == "张三\n\n丰"
    assert text[person.start : person.end] == person.text


def test_extract_is_deterministic(seed_paths):
    doc = read_document(seed_paths[3])
    assert extract(doc) == extract(doc)


def test_offsets_only_doc_talks_to_the_offset_map():
    """Components map offsets through ``Doc`` (to_original, original_offset, clean_offset, joins), never by hand."""
    import re
    from pathlib import Path

    import kg.extract

    pattern = re.compile(r"view\.(to_original|to_clean|pieces|joins)\b|\.pieces\b")
    hand = [
        f"{path.name}:{no}"
        for path in sorted(Path(kg.extract.__file__).parent.glob("*.py"))
        if path.name != "base.py"
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hand == []


def test_invisible_characters_in_a_document_built_in_code_stay_out_of_names_and_titles():
    """A page read from a file has them blanked (kg.corpus); a Document made in code is read the same way."""
    text = "\ufeff市长卫\u200b思齐出席会议。"
    x = extract(Document(id="a.txt", text=text))
    assert [(m.name, m.text == text[m.start : m.end]) for m in x.mentions] == [("卫思齐", True)]
    assert [r.object for r in x.relations] == ["市长"]
    assert "\ufeff" not in x.relations[0].evidence.sentence
