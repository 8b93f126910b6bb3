"""The tokenizer backends: offsets, the setting that picks one, and how far their extractions may differ."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg.corpus import read_document
from kg.errors import ConfigError
from kg.extract import extract
from kg.extract.tokens import BACKENDS, CLAUSE_BREAKS, backend, tokenize, tokenize_around, tokenize_before
from kg.model import Document
from kg.vocab import EntityType

pytest.importorskip("rjieba")

OTHER_CITY = [
    "四川省绵阳市涪城区青石岭镇白沙村的村民代表来到县里，与梓潼县文昌镇干部座谈。",
    "市委常委、常务副市长刘建华到宁波市北仑区调研港口建设。",
    "2023年5月，广西壮族自治区桂林市阳朔县遇龙河片区开展整治。",
]


@pytest.fixture(params=BACKENDS)
def each_backend(request, monkeypatch):
    monkeypatch.setenv("KG_TOKENIZER", request.param)
    return request.param


@pytest.mark.parametrize("text", OTHER_CITY)
def test_tokens_cover_text_with_offsets(each_backend, text):
    tokens = tokenize(text)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start : t.end] == t.word for t in tokens)


@pytest.mark.parametrize("text", OTHER_CITY)
def test_tokens_backends_agree_on_places_in_text_about_other_cities(monkeypatch, text):
    names = {}
    for name in BACKENDS:
        monkeypatch.setenv("KG_TOKENIZER", name)
        x = extract(Document(id="t.txt", text=text))
        names[name] = sorted((m.start, m.end, m.name) for m in x.mentions if m.type is EntityType.PLACE)
    assert names["jieba"] == names["rjieba"]
    assert names["jieba"]


@pytest.mark.parametrize(("value", "expected"), [("jieba", "jieba"), ("RJIEBA", "rjieba"), (" jieba ", "jieba")])
def test_tokens_backend_from_setting(monkeypatch, value, expected):
    monkeypatch.setenv("KG_TOKENIZER", value)
    assert backend() == expected


def test_tokens_unknown_backend_is_a_config_error(monkeypatch):
    monkeypatch.setenv("KG_TOKENIZER", "hanlp")
    with pytest.raises(ConfigError, match="KG_TOKENIZER='hanlp'"):
        tokenize("会议")


def test_tokens_cached_per_text(each_backend):
    text = OTHER_CITY[0] + each_backend
    assert tokenize(text) is tokenize(text)


CLAUSED = [
    *OTHER_CITY,
    "“我们要把好事办好。”市长王晓东说……会后（记者 陈静）在《宜昌日报》上写道：A-1号楼、3.5%的增幅——",
]

HELDOUT = Path(__file__).parents[1] / "fixtures" / "heldout" / "pages"


def _outside_breaks(text):
    return [t for t in tokenize(text) if t.word not in CLAUSE_BREAKS]


@pytest.mark.parametrize("text", CLAUSED)
def test_tokens_around_every_position_are_the_whole_text_tokens(each_backend, text):
    assert list(tokenize_around(text, range(len(text)))) == _outside_breaks(text)


@pytest.mark.parametrize("page", ["p1_ganzhou_changwei.txt", "p5_jiangmen_signing.txt"])
def test_tokens_around_every_position_on_unseen_pages(each_backend, page):
    text = read_document(HELDOUT / page).text
    assert list(tokenize_around(text, range(len(text)))) == _outside_breaks(text)


@pytest.mark.parametrize("text", CLAUSED)
def test_tokens_around_some_positions_are_the_tokens_of_their_clauses(each_backend, text):
    positions = list(range(0, len(text), 9)) * 2  # repeated and reversed: order and duplicates do not matter
    got = list(tokenize_around(text, reversed(positions)))
    clauses = {_clause(text, p) for p in positions if text[p] not in CLAUSE_BREAKS}
    want = [t for t in _outside_breaks(text) if _clause(text, t.start) in clauses]
    assert got == want


@pytest.mark.parametrize("page", ["p1_ganzhou_changwei.txt", "p5_jiangmen_signing.txt"])
def test_tokens_before_every_end_are_the_whole_text_tokens_ending_there_and_before(each_backend, page):
    """Every token ending at a given end, and the token right before it, is one of the whole text's."""
    text = read_document(HELDOUT / page).text
    whole = _outside_breaks(text)
    for ends in (range(0, len(text) + 1, 7), range(3, len(text) + 1, 5)):
        got = set(tokenize_before(text, ends))
        assert got <= set(whole)
        ending = {t for t in whole if t.end in ends}
        before = {p for p, t in itertools.pairwise(whole) if t in ending and p.end == t.start}
        assert ending | before <= got


@pytest.mark.parametrize("positions", [[], [-1], [10_000]])
def test_tokens_around_no_clause(positions):
    assert list(tokenize_around(OTHER_CITY[1], positions)) == []


def _clause(text, p):
    return sum(1 for c in text[:p] if c in CLAUSE_BREAKS)


@pytest.fixture(scope="session")  # session: made once per xdist worker
def seed_extractions_by_backend(seed_paths):
    docs = [read_document(p) for p in seed_paths]
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        for name in BACKENDS:
            mp.setenv("KG_TOKENIZER", name)
            out[name] = [extract(d) for d in docs]
    return out


def _mentions(extractions, keep):
    return {(m.doc_id, m.start, m.end, m.type, m.name) for x in extractions for m in x.mentions if keep(m.type)}


def test_tokens_backends_same_non_place_extraction_on_seeds(seed_extractions_by_backend):
    a, b = seed_extractions_by_backend["jieba"], seed_extractions_by_backend["rjieba"]

    def not_place(t):
        return t is not EntityType.PLACE

    assert _mentions(a, not_place) == _mentions(b, not_place)
    assert {r for x in a for r in x.relations} == {r for x in b for r in x.relations}


def test_tokens_backends_place_difference_bounded_on_seeds(seed_extractions_by_backend):
    """Runs of unknown characters without a division character are segmented by rjieba's HMM, not jieba's POS HMM."""

    def place(t):
        return t is EntityType.PLACE

    a = _mentions(seed_extractions_by_backend["jieba"], place)
    b = _mentions(seed_extractions_by_backend["rjieba"], place)
    assert len(a) > 200
    assert len(a ^ b) <= 0.02 * len(a | b)
