"""Persons across documents: one person per name and compatible jurisdiction."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document
from kg.resolve import resolve
from kg.vocab import EntityType


def _persons(*pages: tuple[str, str | None]) -> list[str]:
    xs = [extract(Document(id=f"{i}.txt", text=t), home_city=c) for i, (t, c) in enumerate(pages)]
    return sorted(e.id for e in resolve(xs).entities if e.type is EntityType.PERSON)


@pytest.mark.parametrize(
    ("pages", "ids"),
    [
        ((("市长王建国出席会议。", "衡阳市"), ("市长王建国调研。", "衡阳市")), ["person/王建国@430400"]),
        (
            (("市长王建国出席会议。", "衡阳市"), ("市长王建国调研。", "常德市")),
            ["person/王建国@430400", "person/王建国@430700"],
        ),
        (
            (("市长王建国出席会议。", "衡阳市"), ("省委常委王建国调研。", "衡阳市")),
            ["person/王建国@430400"],
        ),  # city in province
        (
            (("市长王建国出席会议。", "衡阳市"), ("王建国说，要抓好落实。", None)),
            ["person/王建国@430400"],
        ),  # no post: joins
    ],
)
def test_person_scope_same_name_split_by_jurisdiction(pages, ids):
    assert _persons(*pages) == ids


def test_person_scope_iri_stays_when_a_namesake_page_is_added():
    """Issue 20: an entity's IRI depends on what identifies it, never on which other pages exist."""
    a = [("市长王建国出席会议。副市长李明华陪同。", "衡阳市"), ("王建国说，要抓好落实。", None)]
    b = ("市长王建国调研。副市长李明华陪同。", "常德市")  # another city's namesakes
    before = _persons(*a)
    after = _persons(*a, b)
    assert before == ["person/李明华@430400", "person/王建国@430400"]
    assert set(before) <= set(after)
    assert _persons(b) == ["person/李明华@430700", "person/王建国@430700"]


def test_person_scope_non_official_mention_attaches_to_official_in_same_document():
    pages = [("市长王建国出席会议。王建国强调，要抓好落实。", "衡阳市"), ("市长王建国调研。", "常德市")]
    xs = [extract(Document(id=f"{i}.txt", text=t), home_city=c) for i, (t, c) in enumerate(pages)]
    kb = resolve(xs)
    assert len(kb.mentions_of("person/王建国@430400")) == 2
    assert kb.entity("person/王建国@430400").prop("official") is True


def _official(pages: list[str]) -> dict[str, bool]:
    xs = [extract(Document(id=f"{i}.txt", text=t)) for i, t in enumerate(pages)]
    return {e.id: bool(e.prop("official")) for e in resolve(xs).entities if e.type is EntityType.PERSON}


def test_person_scope_byline_in_one_document_and_official_in_another_are_two():
    got = _official(["青川日报讯(通讯员/邹文涛)县委召开会议。", "县长邹文涛出席会议。"])
    assert got == {"person/邹文涛": True, "person/邹文涛@byline": False}


def test_person_scope_byline_and_official_in_one_document_are_one():
    got = _official(["青川日报讯(通讯员/邹文涛)5月6日,县长邹文涛出席会议。"])
    assert got == {"person/邹文涛@510822": True}  # 青川县 (from the paper's name) is the jurisdiction


def test_person_scope_bylines_only_stay_one_person():
    got = _official(["青川日报讯(记者/邹文涛)县委召开会议。", "青川日报讯(记者/邹文涛)县政府召开会议。"])
    assert got == {"person/邹文涛": False}


def test_person_scope_a_leaders_signed_article_is_the_leader():
    # a line holding only his name over an essay on his city: the official of the other page, not a byline
    essay = "奋力谱写浏阳高质量发展新篇章\n甄永年\n今年以来，全市上下…"
    got = _official(["浏阳市委书记甄永年主持召开市委常委会会议。", essay])
    assert len(got) == 1 and list(got.values()) == [True]
