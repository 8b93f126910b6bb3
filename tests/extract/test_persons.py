"""Officials and other persons on text that is not about the seed city."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document
from kg.vocab import Predicate


def positions(text: str) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}


def persons(text: str) -> dict[str, bool]:
    x = extract(Document(id="t.txt", text=text))
    return {m.name: bool(m.prop("official")) for m in x.mentions if m.type.value == "Person"}


def test_persons_stacked_titles_belong_to_one_name():
    got = positions("县委书记、县人大常委会主任刘建国,县委副书记、县长黄志明出席会议。")
    assert {("刘建国", "县委书记"), ("刘建国", "县人大常委会主任"), ("黄志明", "县委副书记"), ("黄志明", "县长")} <= got


def test_persons_shared_title_for_a_list():
    got = positions("县领导许文斌、钱志强参加调研。")
    assert {("许文斌", "县领导"), ("钱志强", "县领导")} <= got


def test_persons_bylines_are_not_officials():
    got = persons("青山日报讯(记者/周晓梅 通讯员/孙立新) 5月6日,县长黄志明调研。")
    assert got["周晓梅"] is False
    assert got["孙立新"] is False
    assert got["黄志明"] is True
