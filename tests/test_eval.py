"""kg eval: scores computed by hand on tiny gold and system files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.eval import score

FIXTURE = Path(__file__).parent / "fixtures" / "other_paper"

GOLD = {
    "documents": ["a.txt"],
    "entities": [
        {
            "type": "Person",
            "name": "周明",
            "official": True,
            "docs": ["a.txt"],
            "positions": [
                {"title": "县长", "doc": "a.txt"},
                {"title": "常务副县长", "doc": "a.txt", "alternatives": ["副县长"]},
            ],
        },
        {"type": "Person", "name": "李华", "official": False, "docs": ["a.txt"]},
        {"type": "Place", "name": "青山县", "aliases": ["青山"], "docs": ["a.txt"]},
        {"type": "Project", "name": "青山大道改造工程", "docs": ["a.txt"]},
        {"type": "Organization", "name": "青山县人民政府", "docs": ["a.txt"], "optional": True},
    ],
    "relations": [
        {"subject": "周明", "predicate": "attends", "object": "常务会议", "doc": "a.txt"},
        {"subject": "青山大道改造工程", "predicate": "located_in", "object": "青山县", "doc": "a.txt"},
    ],
}


def entity(id_, type_, name, official=None):
    rec = {"record": "entity", "id": id_, "type": type_, "name": name}
    if official is not None:
        rec["official"] = official
    return rec


def mention(id_, doc="a.txt"):
    return {"record": "mention", "entity": id_, "doc": doc, "start": 0, "end": 1, "text": "x"}


def relation(s, p, o, doc="a.txt"):
    return {"record": "relation", "subject": s, "predicate": p, "object": o, "doc": doc}


SYSTEM = [
    entity("p/zm", "Person", "周明", True),
    entity("p/lh", "Person", "李华", True),  # wrongly an official
    entity("pl/qs", "Place", "青山", None),  # an alias of the gold place
    entity("pl/x", "Place", "大道", None),  # a false alarm
    entity("pr/1", "Project", "青山大道改造", None),  # lenient match only (6 of 8 chars)
    entity("o/1", "Organization", "青山县人民政府", None),  # optional: neither right nor wrong
    mention("p/zm"),
    mention("p/lh"),
    mention("pl/qs"),
    mention("pl/x"),
    mention("pr/1"),
    mention("o/1"),
    mention("p/zm", doc="other.txt"),  # a document outside the gold: ignored
    relation("p/zm", "holds_position", "县长"),
    relation("p/zm", "holds_position", "常务副县长"),
    relation("p/zm", "holds_position", "副县长"),  # a second spelling of a matched post: no error
    relation("p/zm", "attends", "m/1"),
    relation("pr/1", "located_in", "pl/qs"),
]


@pytest.fixture
def rows():
    return {s.category: s for s in score(GOLD, SYSTEM)}


def test_eval_officials_counts_a_wrongly_official_person_as_false_alarm(rows):
    s = rows["officials"]
    assert (s.gold, s.system, s.tp) == (1, 2, 1)
    assert s.precision == 0.5 and s.recall == 1.0 and s.f1 == pytest.approx(2 / 3)


def test_eval_other_persons_miss(rows):
    s = rows["other persons"]
    assert (s.gold, s.system, s.tp, s.f1) == (1, 0, 0, 0.0)


def test_eval_places_match_aliases(rows):
    s = rows["places"]
    assert (s.gold, s.system, s.tp) == (1, 2, 1)


def test_eval_projects_strict_and_lenient(rows):
    assert (rows["projects"].tp, rows["projects"].system) == (0, 1)
    assert (rows["projects (lenient)"].tp, rows["projects (lenient)"].f1) == (1, 1.0)


def test_eval_optional_facts_are_neutral(rows):
    assert (rows["organizations"].gold, rows["organizations"].system) == (0, 0)


def test_eval_positions_second_spelling_is_neutral(rows):
    s = rows["positions"]
    assert (s.gold, s.system, s.tp) == (2, 2, 2)


def test_eval_relations_chairs_attends_ignore_meeting_name(rows):
    s = rows["relations"]
    # attends matches whatever the meeting; located_in 青山 matches via the alias
    # table only for gold names, and the project's system name differs: a miss
    assert (s.gold, s.system, s.tp) == (2, 2, 1)


def test_cli_eval_scores_a_system_file(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    system.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in SYSTEM), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["category"]: r for r in json.loads(result.output)}
    assert rows["officials"]["precision"] == 0.5
    assert rows["projects (lenient)"]["f1"] == 1.0


def test_cli_eval_errors_lists_misses(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    system.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in SYSTEM), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--system", str(system), "--errors"])
    assert "MISS  a.txt  李华" in result.output
    assert "FALSE a.txt  大道" in result.output


def test_cli_eval_bad_gold_file_is_one_line(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(bad), str(FIXTURE / "pages")])
    assert result.exit_code == 1
    assert "gold.json: not a JSON gold file" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("data", ['{"a": 1}', "[1, 2]"])
def test_cli_eval_badly_shaped_gold_is_one_line(tmp_path, data):
    bad = tmp_path / "gold.json"
    bad.write_text(data, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--gold", str(bad), str(FIXTURE / "pages")])
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)
    assert "gold.json: a gold file is a JSON object" in result.output and "Traceback" not in result.output


def test_cli_eval_extracts_an_unseen_paper():
    result = CliRunner().invoke(main, ["eval", "--gold", str(FIXTURE / "gold.json"), str(FIXTURE / "pages"), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["category"]: r for r in json.loads(result.output)}
    assert set(rows) >= {"officials", "other persons", "places", "positions", "relations"}
    assert rows["officials"]["recall"] == 1.0


def test_eval_a_system_entity_matches_by_its_aliases_and_its_mentions_surfaces_as_the_shared_scorer_does():
    gold = {"entities": [{"type": "Organization", "name": "旗住建局", "docs": ["a.txt"]}]}
    system = [
        {"record": "entity", "id": "organization/某旗住建局", "type": "Organization", "name": "某旗住建局"},
        {
            "record": "mention",
            "entity": "organization/某旗住建局",
            "doc": "a.txt",
            "start": 0,
            "end": 4,
            "text": "旗住建局",
        },
    ]
    orgs = next(s for s in score(gold, system) if s.category == "organizations")
    assert (orgs.tp, orgs.false_alarms) == (1, ())
