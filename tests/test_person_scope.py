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
        ((("市长王建国出席会议。", "衡阳市"), ("市长王建国调研。", "衡阳市")), ["person/王建国"]),
        (
            (("市长王建国出席会议。", "衡阳市"), ("市长王建国调研。", "常德市")),
            ["person/王建国@430400", "person/王建国@430700"],
        ),
        (
            (("市长王建国出席会议。", "衡阳市"), ("省委常委王建国调研。", "衡阳市")),
            ["person/王建国"],
        ),  # city in province
        ((("市长王建国出席会议。", "衡阳市"), ("王建国说，要抓好落实。", None)), ["person/王建国"]),  # no post: joins
    ],
)
def test_person_scope_same_name_split_by_jurisdiction(pages, ids):
    assert _persons(*pages) == ids


def test_person_scope_non_official_mention_attaches_to_official_in_same_document():
    pages = [("市长王建国出席会议。王建国强调，要抓好落实。", "衡阳市"), ("市长王建国调研。", "常德市")]
    xs = [extract(Document(id=f"{i}.txt", text=t), home_city=c) for i, (t, c) in enumerate(pages)]
    kb = resolve(xs)
    assert len(kb.mentions_of("person/王建国@430400")) == 2
    assert kb.entity("person/王建国@430400").prop("official") is True
