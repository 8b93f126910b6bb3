"""User lexicons: merged with the built-ins, malformed lines named by file:line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.data import lexicon
from kg.errors import LexiconError
from kg.extract import extract
from kg.model import Document

PAGE = "云栖谷管委会召开会议,研究推进湖畔书院建设。区长特别助理韩梅梅出席。"


@pytest.fixture(autouse=True)
def no_user_lexicon():
    lexicon.activate(lexicon.UserLexicon())
    yield
    lexicon.activate(lexicon.UserLexicon())


def names(text: str, type_: str) -> set[str]:
    return {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == type_}


def test_lexicon_user_place_entry_is_found(tmp_path):
    assert "云栖谷" not in names(PAGE, "Place")
    f = tmp_path / "local.tsv"
    f.write_text("# local places\n云栖谷\tplace\n", encoding="utf-8")
    lexicon.activate(lexicon.load_user_lexicon([f]))
    assert "云栖谷" in names(PAGE, "Place")


def test_lexicon_user_alias_maps_to_canonical_name(tmp_path):
    f = tmp_path / "local.tsv"
    f.write_text("湖畔书院\tproject\t湖畔书院建设项目\n", encoding="utf-8")
    lexicon.activate(lexicon.load_user_lexicon([f]))
    x = extract(Document(id="t.txt", text=PAGE))
    m = next(m for m in x.mentions if m.name == "湖畔书院建设项目")
    assert m.text == "湖畔书院" and m.type.value == "Project"


def test_lexicon_user_title_makes_an_official(tmp_path):
    before = extract(Document(id="t.txt", text=PAGE))
    assert not any(r.object == "区长特别助理" for r in before.relations)
    assert not any(m.name == "韩梅梅" and m.prop("official") for m in before.mentions)
    f = tmp_path / "titles.tsv"
    f.write_text("区长特别助理\ttitle\n", encoding="utf-8")
    lexicon.activate(lexicon.load_user_lexicon([f]))
    x = extract(Document(id="t.txt", text=PAGE))
    assert any(r.object == "区长特别助理" and r.subject.name == "韩梅梅" for r in x.relations)


def test_lexicon_stop_entry_is_never_an_entity(tmp_path):
    f = tmp_path / "stop.tsv"
    f.write_text("云栖谷\tplace\n云栖谷\tstop\n", encoding="utf-8")
    lexicon.activate(lexicon.load_user_lexicon([f]))
    assert "云栖谷" not in names(PAGE, "Place")


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("云栖谷\n", 1, "expected ENTRY<TAB>TYPE"),
        ("# ok\n\n云栖谷\tplanet\n", 3, "unknown type 'planet'"),
        ("a\tplace\tb\tc\n", 1, "expected ENTRY<TAB>TYPE"),
    ],
)
def test_lexicon_malformed_line_names_file_and_line(tmp_path, content, line, problem):
    f = tmp_path / "bad.tsv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        lexicon.load_user_lexicon([f])
    assert str(e.value).startswith(f"{f}:{line}: ")
    assert problem in str(e.value)


def test_cli_lexicon_option_changes_extraction(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    lex = tmp_path / "local.tsv"
    lex.write_text("云栖谷\tplace\n", encoding="utf-8")
    runner = CliRunner()
    before = runner.invoke(main, ["extract", str(page), "-q"])
    after = runner.invoke(main, ["extract", str(page), "--lexicon", str(lex), "-q"])
    place = {"record": "entity", "id": "place/云栖谷"}
    ids = [{json.loads(x)["id"] for x in r.output.splitlines() if '"entity"' in x[:20]} for r in (before, after)]
    assert place["id"] not in ids[0] and place["id"] in ids[1]


def test_cli_malformed_lexicon_is_one_line_error(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    lex = tmp_path / "bad.tsv"
    lex.write_text("只有一列\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(page), "-o", str(tmp_path / "o"), "--lexicon", str(lex)])
    assert result.exit_code == 2
    assert f"{lex}:1:" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "o").exists()
