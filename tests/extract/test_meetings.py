"""Meetings, chairs, attends, meets_with on text about other cities and bodies."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.meetings import articles
from kg.model import Document
from kg.vocab import EntityType, Predicate

COUNTY = (
    "县委常委会召开会议\n"
    "青山日报讯(记者/周晓梅) 5月6日,县委常委会召开会议。县委书记刘建国主持会议并讲话。\n"
    "县领导许文斌、钱志强、孙丽华等出席。\n"
)
MEETING_WITH_GUEST = (
    "青山日报讯(记者/周晓梅) 5月7日,县委副书记、县长黄志明会见来青调研的某某集团总裁赵德海一行。"
    "县委常委、副县长孙丽华参加会见。"
)


def relations(text: str, predicate: Predicate) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {
        (r.subject.name, r.object if isinstance(r.object, str) else r.object.name)
        for r in x.relations
        if r.predicate is predicate
    }


def test_meetings_chair_of_a_standing_committee_meeting():
    assert ("刘建国", "县委常委会会议") in relations(COUNTY, Predicate.CHAIRS)


def test_meetings_every_person_of_a_list_attends():
    got = {p for p, _ in relations(COUNTY, Predicate.ATTENDS)}
    assert {"许文斌", "钱志强", "孙丽华"} <= got
    assert "周晓梅" not in got  # the reporter of the byline


def test_meetings_meeting_has_a_date_from_the_dateline():
    x = extract(Document(id="t.txt", text=COUNTY, date="2022-05"))
    meetings = [m for m in x.mentions if m.type is EntityType.MEETING]
    assert meetings and all(m.prop("date") == "2022-05-06" for m in meetings)


def test_meetings_meets_with_and_attending_the_meeting():
    got = relations(MEETING_WITH_GUEST, Predicate.MEETS_WITH)
    attends = {p for p, _ in relations(MEETING_WITH_GUEST, Predicate.ATTENDS)}
    x = extract(Document(id="t.txt", text=MEETING_WITH_GUEST))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    if "赵德海" in persons:  # the guest is a business person: found by the persons component
        assert ("黄志明", "赵德海") in got
    assert "孙丽华" in attends


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("5月8日,县政府召开常务会议。", "县政府常务会议"),
        ("会议传达学习省委经济工作会议精神。", "省委经济工作会议"),
        ("市委、市政府向省政府汇报工作。副省长王五出席汇报会。", "汇报会"),
        ("永久落户的“青瓷论坛”吸引了众多客商。", "青瓷论坛"),
    ],
)
def test_meetings_phrases(text, meeting):
    x = extract(Document(id="t.txt", text=text))
    assert meeting in {m.name for m in x.mentions if m.type is EntityType.MEETING}


def test_meetings_verbs_outside_a_meeting_article_are_not_attendance():
    text = "青山日报讯(记者/周晓梅) 县长黄志明强调,要抓好春耕生产。"
    assert not relations(text, Predicate.ATTENDS)


def test_meetings_articles_start_at_headlines_above_datelines():
    text = "标题一\n甲日报讯 正文一。\n标题二\n副标题\n乙日报讯 正文二。"
    assert [text[s:e].split()[0] for s, e in articles(text)] == ["标题一", "标题二"]


def test_meetings_mentions_point_into_the_original_text():
    x = extract(Document(id="t.txt", text=COUNTY))
    for m in x.mentions:
        assert COUNTY[m.start : m.end] == m.text
