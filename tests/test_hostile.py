"""Hostile input and shared folders: no code from data, no hang, no crash (docs/reliability.md lists each case)."""

from __future__ import annotations

import os
import pickle
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.corpus import read_document
from kg.data import lexicon
from kg.errors import InputError
from kg.extract import extract
from kg.model import Document

ROOT = Path(__file__).resolve().parents[1]

PAGE = "青山日报讯(记者/周晓梅) 5月6日,县委书记刘建国主持召开县委常委会会议,县长黄志明出席。\n"
OTHER = "桂林市阳朔县县长李明出席港口建设推进会。\n"


class _Planted:
    """A pickle that, if ever loaded, creates a marker file (a stand-in for ``os.system``)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging the suite) if the block takes longer than ``seconds``."""

    def fire(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def corpus(tmp_path: Path, **pages: str) -> Path:
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for name, text in (pages or {"a": PAGE, "b": OTHER}).items():
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
    return d


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("graph.*"))}


# ---------------------------------------------------------------- the cache is data
def test_hostile_planted_pickles_in_every_cache_location_run_nothing(tmp_path):
    pages, cache = corpus(tmp_path), tmp_path / "cache"
    marker = tmp_path / "PWNED"
    build([pages], tmp_path / "o1", cache_dir=cache)
    good = outputs(tmp_path / "o1")
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries and not [p for p in entries if p.suffix == ".pickle"]
    evil = pickle.dumps(_Planted(marker))
    for p in entries:  # every entry and the build stamp, and pickles where older versions kept them
        p.write_bytes(evil)
        p.with_suffix(".pickle").write_bytes(evil)
    warnings: list[str] = []
    result = build([pages], tmp_path / "o1", cache_dir=cache, on_warning=warnings.append)
    assert not marker.exists()
    assert not result.kept and result.cached == 0
    assert outputs(tmp_path / "o1") == good
    assert sum("ignored cache entry" in w for w in warnings) == 2  # one per page, each named
    again = build([pages], tmp_path / "o2", cache_dir=cache)
    assert again.cached == 2 and outputs(tmp_path / "o2") == good  # the bad entries were replaced


def test_hostile_cli_reports_an_ignored_cache_entry(tmp_path):
    pages, cache = corpus(tmp_path), tmp_path / "cache"
    args = ["build", str(pages), "-o", str(tmp_path / "o"), "--cache-dir", str(cache), "-j", "1"]
    assert CliRunner().invoke(main, args).exit_code == 0
    for p in cache.rglob("*.json"):
        if p.parent.name != "builds":
            p.write_text('{"format": "kg-extraction", "version": 1, "mentions": "x"}', encoding="utf-8")
    args[3] = str(tmp_path / "o2")  # an unchanged rebuild of "o" keeps its outputs and reads no entry
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.count("kg: warning: ignored cache entry") == 2


def test_hostile_cache_entry_that_does_not_match_its_page_is_a_miss(tmp_path):
    from kg.cache import ExtractionCache

    doc = Document(id="a.txt", text=OTHER)
    cache = ExtractionCache(tmp_path)
    cache.put(extract(doc))
    p = cache.path(doc)
    p.write_text(p.read_text(encoding="utf-8").replace('"李明"', '"王某某"', 1), encoding="utf-8")
    assert cache.get(doc) is None  # a mention's surface must be the page's text at its offsets


def test_hostile_cache_folders_are_private_and_a_shared_one_is_not_used(tmp_path):
    pages = corpus(tmp_path)
    cache = tmp_path / "cache"
    build([pages], tmp_path / "o", cache_dir=cache)
    for d in [cache, *(p for p in cache.rglob("*") if p.is_dir())]:
        assert d.stat().st_mode & 0o077 == 0, d
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    warnings: list[str] = []
    result = build([pages], tmp_path / "o2", cache_dir=shared, on_warning=warnings.append)
    assert result.cached == 0 and not any(shared.iterdir())
    assert len(warnings) == 1 and "other users may write to it" in warnings[0]


def test_hostile_cache_is_outside_the_output_folder_and_keeps_no_page_text(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "user-cache"))
    text = PAGE + "这一段只在原文里出现,不会成为任何实体的证据" * 3 + "\n"
    pages = corpus(tmp_path, a=text)
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "o").iterdir() if not p.name.startswith(".")) == sorted(
        outputs(tmp_path / "o")
    )
    stored = b"".join(p.read_bytes() for p in (tmp_path / "user-cache").rglob("*") if p.is_file())
    assert stored and "不会成为任何实体的证据".encode() not in stored


_JIEBA_PROBE = """
import json, sys
opened = []
def hook(event, args):
    if event == 'open' and 'jieba' in str(args[0]):
        opened.append(str(args[0]))
sys.addaudithook(hook)
import jieba
from kg.extract import extract
from kg.model import Document
x = extract(Document(id='a.txt', text=sys.argv[1]))
print(json.dumps({'tmp_dir': jieba.dt.tmp_dir, 'opened': opened, 'mentions': sorted(m.name for m in x.mentions)}))
"""


@pytest.mark.parametrize("shared", [False, True], ids=["private", "shared-cache-folder"])
def test_hostile_jieba_cache_planted_in_the_shared_temp_folder_is_never_read(tmp_path, monkeypatch, shared):
    """A ``jieba.cache`` planted in ``$TMPDIR`` (a tiny dictionary that would change every token) is not opened."""
    import json
    import marshal
    import subprocess

    temp, user_cache = tmp_path / "tmp", tmp_path / "user-cache"
    temp.mkdir()
    user_cache.mkdir()
    if shared:
        user_cache.chmod(0o777)
    planted = temp / "jieba.cache"
    garbage = marshal.dumps(({"会议": 1}, 1))
    planted.write_bytes(garbage)
    env = {**os.environ, "TMPDIR": str(temp), "KG_CACHE_DIR": str(user_cache), "KG_TOKENIZER": "jieba"}
    out = subprocess.run(
        [sys.executable, "-c", _JIEBA_PROBE, PAGE], capture_output=True, text=True, check=True, env=env, timeout=120
    )
    probe = json.loads(out.stdout)
    monkeypatch.setenv("KG_TOKENIZER", "jieba")
    assert probe["mentions"] == sorted(m.name for m in extract(Document(id="a.txt", text=PAGE)).mentions)
    assert str(planted) not in probe["opened"] and planted.read_bytes() == garbage
    used = Path(probe["tmp_dir"])
    assert used != temp and (used.stat().st_mode & 0o077 == 0 if used.exists() else True)
    if shared:  # a fresh private temp folder, removed at exit; the shared folder is left alone
        assert used.parent == temp and used.name.startswith("kg-jieba-") and not used.exists()
        assert not any(user_cache.iterdir())
    else:  # jieba's cache and kg's of jieba.posseg's word tags
        assert used.parent == user_cache and (used / "jieba.cache").is_file() and (used / "word_tags.marshal").is_file()


@pytest.mark.parametrize("damage", ["cut short", "not marshal data"])
def test_hostile_jieba_cache_damaged_is_built_again(tmp_path, damage):
    """kg has jieba read its cache whole (:class:`kg.extract.tokens._WholeFileMarshal`): a damaged cache still
    fails to load as it did, and jieba builds the dictionary again from its text and writes a good cache."""
    import jieba

    import kg.extract.tokens

    assert isinstance(jieba.marshal, kg.extract.tokens._WholeFileMarshal)
    words = tmp_path / "words.txt"
    words.write_text("会议 30 n\n市委书记 12 n\n出席 8 v\n", encoding="utf-8")

    def loaded() -> jieba.Tokenizer:
        tokenizer = jieba.Tokenizer(str(words))
        tokenizer.tmp_dir = str(tmp_path)
        tokenizer.initialize()
        return tokenizer

    first = loaded()
    (cache,) = tmp_path.glob("jieba.u*.cache")
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2] if damage == "cut short" else b"\x00" + good[1:])
    later = words.stat().st_mtime + 10  # newer than the dictionary: jieba tries to load it
    os.utime(cache, (later, later))
    again = loaded()
    assert (
        (again.FREQ, again.total)
        == (first.FREQ, first.total)
        == ({"会议": 30, "会": 0, "市": 0, "市委": 0, "市委书": 0, "市委书记": 12, "出席": 8, "出": 0}, 50)
    )
    assert cache.read_bytes() == good


@pytest.fixture(scope="module")
def word_tags_of_the_dictionary() -> dict[str, str]:
    """jieba.posseg's table as jieba itself reads it from its dictionary text."""
    import jieba
    import jieba.posseg

    parsed = object.__new__(jieba.posseg.POSTokenizer)
    parsed.load_word_tag(jieba.dt.get_dict_file())
    return parsed.word_tag_tab


@contextmanager
def posseg_imported_again():
    """:func:`kg.extract.tokens._import_posseg` as in a new process (``jieba.posseg`` not imported yet): yields
    it and the tables it would cache; this process's ``jieba.posseg`` is put back after."""
    import jieba

    from kg.extract import tokens

    old, unsaved = sys.modules.pop("jieba.posseg"), tokens._unsaved_word_tags[:]
    tokens._unsaved_word_tags.clear()
    try:
        yield tokens._import_posseg, tokens._unsaved_word_tags
    finally:
        sys.modules["jieba.posseg"] = jieba.posseg = old
        tokens._unsaved_word_tags[:] = unsaved


@pytest.fixture(scope="module")
def word_tag_cache(tmp_path_factory, word_tags_of_the_dictionary) -> bytes:
    """The bytes of kg's cache of ``jieba.posseg``'s word tags (:func:`kg.extract.tokens._save_word_tags`)."""
    from kg.extract import tokens

    folder = tmp_path_factory.mktemp("word-tags")
    tokens._save_word_tags(folder, tokens._dictionary_digest(), word_tags_of_the_dictionary)
    return (folder / tokens._WORD_TAGS).read_bytes()


@pytest.mark.parametrize("damage", [None, "cut short", "a byte changed", "another dictionary", "not a table"])
def test_hostile_word_tag_cache_damaged_or_stale_is_not_used(
    tmp_path, word_tags_of_the_dictionary, word_tag_cache, damage
):
    """kg caches jieba.posseg's word tags; a cache cut short, with a byte changed, of another dictionary (an upgraded
    jieba) or holding something else is not used. A good one gives jieba's own table, in the dictionary's order."""
    import hashlib
    import marshal

    from kg.extract import tokens

    digest = tokens._dictionary_digest()
    data = bytearray(word_tag_cache)
    if damage == "cut short":
        del data[-1000:]
    elif damage == "a byte changed":
        data[-5000] ^= 1
    elif damage == "another dictionary":
        digest = hashlib.sha256(b"another dictionary").digest()
    elif damage == "not a table":  # a good checksum over something else
        body = marshal.dumps(({"会议": "n"}, [], b""))
        data = bytearray(tokens._WORD_TAGS_HEAD + digest + hashlib.sha256(body).digest() + body)
    (tmp_path / tokens._WORD_TAGS).write_bytes(data)
    table = tokens._load_word_tags(tmp_path, digest)
    if damage is None:
        assert table == word_tags_of_the_dictionary
        assert list(table) == list(word_tags_of_the_dictionary)
    else:
        assert table is None


@pytest.mark.parametrize("damaged", [False, True], ids=["good", "damaged"])
def test_hostile_word_tag_cache_is_read_at_import_and_a_damaged_one_made_again(
    tmp_path, monkeypatch, word_tags_of_the_dictionary, word_tag_cache, damaged
):
    """``jieba.posseg`` imported through kg (:func:`kg.extract.tokens._import_posseg`) takes its table from a good
    cache, reading no dictionary line; from a damaged one, it reads the dictionary text as jieba does and keeps the
    table to be cached again (by :func:`kg.extract.tokens._initialize_privately`)."""
    import jieba

    from kg.extract import tokens

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    folder = tmp_path / f"jieba-{jieba.__version__}"
    folder.mkdir(mode=0o700)
    (folder / tokens._WORD_TAGS).write_bytes(word_tag_cache[:-1] if damaged else word_tag_cache)
    with posseg_imported_again() as (import_posseg, unsaved):
        module = import_posseg()
        assert module.dt.word_tag_tab == word_tags_of_the_dictionary
        assert [t for _, t in unsaved] == ([word_tags_of_the_dictionary] if damaged else [])


def test_hostile_word_tag_cache_holds_jiebas_own_tags_not_a_programs_added_words(tmp_path):
    """A program that adds words to jieba before using kg: the table kg caches is the dictionary's, and the next
    process (the CLI, say) reads jieba's own tags, not the program's."""
    import subprocess

    env = {**os.environ, "KG_CACHE_DIR": str(tmp_path)}
    adds = (
        "import jieba; jieba.add_word('会议', tag='zz'); jieba.add_word('甄造词', tag='nr');"
        "import kg.extract.tokens as t; t.posseg.lcut('开会议'); t.is_word('会议')"
    )
    subprocess.run([sys.executable, "-c", adds], env=env, check=True, cwd=ROOT)
    assert (tmp_path / f"jieba-{__import__('jieba').__version__}" / "word_tags.marshal").exists()
    reads = "from kg.extract.tokens import word_tags; t = word_tags(); print(t['会议'], '甄造词' in t)"
    out = subprocess.run([sys.executable, "-c", reads], env=env, check=True, cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == ["n", "False"]


def test_hostile_cache_that_cannot_be_written_is_one_warning_and_the_build_goes_on(tmp_path, monkeypatch):
    """A full disk while writing the cache: one line (and one for the build stamp), the outputs as without a cache."""
    import errno
    from types import SimpleNamespace

    import kg.cache

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    pages = corpus(tmp_path)
    build([pages], tmp_path / "plain")
    monkeypatch.setattr(kg.cache, "tempfile", SimpleNamespace(mkstemp=full))  # only the cache's temp files
    warnings: list[str] = []
    build([pages], tmp_path / "o", cache_dir=tmp_path / "cache", on_warning=warnings.append)
    where = tmp_path / "cache"
    assert warnings == [
        f"cannot write to the cache folder {where} (No space left on device); no page is cached",
        f"cannot write the build stamp in {where / 'builds'} (No space left on device)",
    ]
    assert outputs(tmp_path / "o") == outputs(tmp_path / "plain")


# ---------------------------------------------------------------- special files
def test_hostile_fifo_in_a_folder_is_skipped_without_hanging(tmp_path):
    pages = corpus(tmp_path)
    os.mkfifo(pages / "pipe.txt")
    with deadline(120):
        result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "pipe.txt: a named pipe (FIFO), not a regular file" in result.output


def test_hostile_fifo_given_directly_is_one_line(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with deadline(60):
        result = CliRunner().invoke(main, ["build", str(tmp_path / "pipe.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "named pipe (FIFO)" in result.output and "Traceback" not in result.output


def test_hostile_symlink_to_dev_zero_is_refused(tmp_path):
    pages = corpus(tmp_path)
    (pages / "zero.txt").symlink_to("/dev/zero")
    with deadline(60):
        result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "zero.txt: a character device, not a regular file" in result.output


def test_hostile_byte_cap_counts_bytes_read_not_the_reported_size(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(PAGE, encoding="utf-8")
    with pytest.raises(InputError, match="file too large"):
        read_document(p, max_bytes=len(PAGE.encode()) - 1)
    assert read_document(p, max_bytes=len(PAGE.encode())).text == PAGE


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "too-large"])
def test_hostile_lexicon_that_is_not_a_small_regular_file_is_one_line(tmp_path, kind, monkeypatch):
    pages = corpus(tmp_path)
    lex = tmp_path / "lex.tsv"
    if kind == "dev-zero":
        lex = Path("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(lex)
    else:
        monkeypatch.setattr(lexicon, "MAX_LEXICON_BYTES", 10)
        lex.write_text("甲乙丙丁戊\tplace\n", encoding="utf-8")
    with deadline(60):
        result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--lexicon", str(lex)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"kg: error: {lex}:0: ") and result.output.count("\n") == 1
    lexicon.activate(lexicon.UserLexicon())


def test_hostile_lexicon_folder_from_settings_is_a_lexicon_error(tmp_path):
    (tmp_path / "lex").mkdir()
    with pytest.raises(lexicon.LexiconError, match="a folder, not a regular file"):
        lexicon.load_user_lexicon([tmp_path / "lex"])


def test_hostile_file_names_are_shown_escaped(tmp_path):
    pages = corpus(tmp_path)
    (pages / "bad\nkg: error: forged\x1b[31m.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("kg: error")] == []
    assert "\\nkg: error: forged\\x1b[31m.txt" in result.output


def test_hostile_output_path_under_a_file_is_one_line(tmp_path):
    pages = corpus(tmp_path)
    (tmp_path / "f").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "f" / "out")])
    assert result.exit_code == 3 and isinstance(result.exception, SystemExit)
    assert result.stderr == f"kg: error: {tmp_path / 'f' / 'out'}: cannot write (Not a directory)\n"


def test_hostile_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    """Listing a subfolder fails (as for a folder without read permission, which root could still read)."""
    pages = corpus(tmp_path)
    (pages / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    line = f"{pages / 'locked'}: folder cannot be read (permission denied); the files in it are skipped"
    assert f"kg: warning: skipped {line}" in result.stderr.splitlines()
    strict = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o2"), "--strict"])
    assert strict.exit_code == 2 and "folder cannot be read" in strict.stderr


def test_hostile_worker_process_killed_is_one_line():
    from kg.errors import KGError
    from kg.parallel import _on_pool

    with deadline(60), pytest.raises(KGError, match="a worker process died"):
        list(_on_pool([9, 9], 2, os._exit))  # each worker exits at once, as if killed


# ---------------------------------------------------------------- one bad page never stops a build
def test_hostile_known_designation_inside_a_project_name_does_not_crash():
    known = sorted(lexicon.words("designations"))[0]
    doc = Document(id="p.txt", text=f"{known}项目\n")
    x = extract(doc)
    assert all(doc.text[m.start : m.end] == m.text for m in x.mentions)


def test_hostile_page_whose_extraction_raises_is_reported_and_the_rest_written(tmp_path, monkeypatch):
    import kg.extract

    pages = corpus(tmp_path, a=PAGE, b=OTHER, c="会议。\n")
    real = kg.extract.extract

    def flaky(document, *args, **kwargs):
        if document.id == "c.txt":
            raise AttributeError("'NoneType' object has no attribute 'end'")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(sys.modules["kg.extract"], "extract", flaky)
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "c.txt: extraction failed (AttributeError" in result.output
    assert "刘建国" in (tmp_path / "o" / "graph.jsonl").read_text(encoding="utf-8")
    strict = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o2"), "--no-cache", "--strict"])
    assert strict.exit_code == 2 and "c.txt: extraction failed" in strict.output


# ---------------------------------------------------------------- control and invisible characters
def test_hostile_control_characters_never_reach_outputs(tmp_path):
    import xml.dom.minidom

    import kg

    pages = corpus(
        tmp_path,
        a="青山县县长阳卫\x03国出席会议,\u202e副县长\u200b刘\x7f明讲话。\n",
        b="青山县召开会议。" * 9000 + "\n县长张\x00三丰出席会议。\n",  # a NUL after the first 64 KB
    )
    result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache", "-j", "1"])
    assert result.exit_code == 0, result.output
    for name, data in outputs(tmp_path / "o").items():
        text = data.decode("utf-8")
        bad = "\x00\x03\x7f" if name == "graph.html" else "\x00\x03\x7f\u200b\u202e"  # the page's own JS has a ZWSP
        assert not [c for c in bad if c in text], name
    xml.dom.minidom.parse(str(tmp_path / "o" / "graph.graphml"))
    G = kg.load(tmp_path / "o")
    assert G.number_of_nodes() > 0
    found = CliRunner().invoke(main, ["query", "officials", "--graph", str(tmp_path / "o")])
    assert found.exit_code == 0, found.output


def test_hostile_graphml_of_a_name_with_control_characters_is_valid_xml():
    import xml.dom.minidom

    import networkx as nx

    from kg.readwrite.graphml import graphml_text

    G = nx.MultiDiGraph()
    G.add_node("person/甲\x03乙", type="Person", name="甲\x03乙\udc80", aliases=[], docs=[], mentions=1)
    xml.dom.minidom.parseString(graphml_text(G).encode("utf-8"))


@pytest.mark.parametrize("data", ["\ufeff".encode(), "\u200b\u200c\ufeff\n".encode(), b"\x0b\x0c \n"])
def test_hostile_file_of_only_invisible_characters_is_empty(tmp_path, data):
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(InputError, match="empty file"):
        read_document(tmp_path / "a.txt")


def test_hostile_utf32_with_bom_is_not_read_as_garbled_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(PAGE.encode("utf-32"))
    with pytest.raises(InputError, match="binary file"):
        read_document(tmp_path / "a.txt")


# ---------------------------------------------------------------- dense place text (timed: bench/bench_hostile.py)
def test_hostile_repeated_city_name_gives_one_mention_each():
    doc = Document(id="a.txt", text="青山市，" * 3000)
    places = [m for m in extract(doc).mentions if m.type.value == "Place"]
    assert all(doc.text[m.start : m.end] == m.text for m in places)
    assert len({(m.start, m.end) for m in places}) == len(places)


def test_hostile_near_index_scores_as_the_pairwise_closeness():
    import random

    from kg.data.gazetteer import Gazetteer, _closeness

    gaz = Gazetteer.load()
    rnd = random.Random(7)
    codes = sorted(d.code for d in gaz._by_code.values())
    for _ in range(200):
        context = rnd.sample(codes, rnd.randint(0, 5))
        near = gaz.near(context)
        for c in map(gaz.by_code, rnd.sample(codes, 5)):
            assert near.closeness(c) == max((_closeness(c, gaz.by_code(n)) for n in context), default=0)


def test_hostile_facts_in_one_endless_sentence_share_bounded_evidence():
    from kg.extract.base import EVIDENCE_MAX_CHARS

    doc = Document(id="a.txt", text="青山县县长刘建国出席会议，" * 3000)
    relations = extract(doc).relations
    assert relations and all(len(r.evidence.sentence) <= EVIDENCE_MAX_CHARS + 20 for r in relations)


# ---------------------------------------------------------------- the query store under concurrency
_QUERY = (
    "import sys; from kg.sparql import query; "
    "rows = query(sys.argv[1], 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', engine='oxigraph-disk'); "
    "print(rows[0]['n'])"
)


def test_hostile_concurrent_queries_on_a_fresh_build_share_one_store(tmp_path, seed_build):
    import subprocess

    from kg.sparql import store_dir

    data = tmp_path / "graph.ttl"
    data.write_bytes((seed_build.outputs[0].parent / "graph.ttl").read_bytes())
    procs = [
        subprocess.Popen([sys.executable, "-c", _QUERY, str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err.decode()[-500:] for _, err in results]
    counts = {out.strip() for out, _ in results}
    assert len(counts) == 1 and int(counts.pop()) > 0
    stores = [p for p in store_dir(data).iterdir() if p.is_dir()]
    assert len(stores) == 1 and not stores[0].name.startswith(".tmp")  # built once, no half-built folder left


def test_hostile_damaged_query_store_is_built_again(tmp_path, seed_build):
    from kg.sparql import query, store_dir

    data = tmp_path / "graph.ttl"
    data.write_bytes((seed_build.outputs[0].parent / "graph.ttl").read_bytes())
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n = query(data, q, engine="oxigraph-disk")[0]["n"]
    for f in store_dir(data).rglob("*"):
        if f.is_file() and f.parent != store_dir(data):
            f.write_bytes(b"\0garbage")
    assert query(data, q, engine="oxigraph-disk")[0]["n"] == n
    (store_dir(data) / "kg-source.json").write_text("not json", encoding="utf-8")
    assert query(data, q, engine="oxigraph-disk")[0]["n"] == n


# ---------------------------------------------------------------- one build at a time per output folder
def test_hostile_second_build_into_a_locked_folder_is_one_line(tmp_path):
    from kg.readwrite.atomic import output_lock

    pages = corpus(tmp_path)
    with output_lock(tmp_path / "o"):
        result = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache"])
    assert result.exit_code == 3
    assert f"kg: error: another kg build is writing to {tmp_path / 'o'} (pid {os.getpid()})" in result.output
    assert not outputs(tmp_path / "o")
    again = CliRunner().invoke(main, ["build", str(pages), "-o", str(tmp_path / "o"), "--no-cache"])
    assert again.exit_code == 0, again.output  # the lock went with its holder


def test_hostile_stale_temp_files_are_removed_by_the_next_build(tmp_path):
    pages, out = corpus(tmp_path), tmp_path / "o"
    out.mkdir()
    (out / ".graph.ttl.x1y2z3.tmp").write_text("half a file", encoding="utf-8")
    (out / "notes.tmp").write_text("mine", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(pages), "-o", str(out), "--no-cache"]).exit_code == 0
    assert not (out / ".graph.ttl.x1y2z3.tmp").exists() and (out / "notes.tmp").exists()


def test_hostile_outputs_replaced_by_another_corpus_are_not_up_to_date(tmp_path):
    pages, out, cache = corpus(tmp_path), tmp_path / "o", tmp_path / "cache"
    build([pages], out, cache_dir=cache)
    good = outputs(out)
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text("青山县副县长周某出席会议。\n", encoding="utf-8")
    build([other], tmp_path / "o2")
    (out / "graph.ttl").write_bytes((tmp_path / "o2" / "graph.ttl").read_bytes())  # a mix of two corpora
    again = build([pages], out, cache_dir=cache)
    assert not again.kept
    assert outputs(out) == good


# ---------------------------------------------------------------- what outputs and messages publish
def test_hostile_absolute_input_paths_are_not_published(tmp_path):
    pages = corpus(tmp_path)
    result = CliRunner().invoke(main, ["build", str(pages.resolve()), "-o", str(tmp_path / "o"), "--no-cache"])
    assert result.exit_code == 0, result.output
    for name, data in outputs(tmp_path / "o").items():
        if name != "graph.html":
            assert str(tmp_path.resolve()).encode() not in data, name
    assert b"in/a.txt" in outputs(tmp_path / "o")["graph.ttl"]


def test_hostile_push_url_with_a_password_never_prints_it(tmp_path):
    from kg.push import PushError, push

    (tmp_path / "g.ttl").write_text("<a:b> <a:c> <a:d> .\n", encoding="utf-8")
    with pytest.raises(PushError) as e:
        push(tmp_path / "g.ttl", "http://user:s3cret@127.0.0.1:9/store")
    assert "s3cret" not in str(e.value) and "http://127.0.0.1:9/store" in str(e.value)
