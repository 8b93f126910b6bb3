from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.base import Doc
from kg.model import Document


def test_dates_one_sentence_one_date_for_posts_members_and_meetings():
    text = "某某日报讯（记者 甲）12月30日，市委书记张三丰主持召开市委常委会会议。"
    x = extract(Document(id="t.txt", text=text, date="2022-01-03"))
    assert {r.evidence.date for r in x.relations} == {"2021-12-30"}
    assert {m.prop("date") for m in x.mentions if m.type.value == "Meeting"} == {"2021-12-30"}


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        ("甲日报讯（记者 乙）5月15日，会议召开。", "2024-05-16", "2024-05-15"),
        ("甲日报讯（记者 乙）2023年5月15日，会议召开。", None, "2023-05-15"),
        ("甲日报讯（记者 乙）5月15日，会议召开。", None, "--05-15"),
        ("县长出席会议。", "2024-05-16", "2024-05-16"),
        ("县长出席会议。", None, None),
    ],
)
def test_dates_article_day_with_the_page_year(text, page, expected):
    doc = Doc.of(Document(id="t.txt", text=text, date=page))
    assert doc.date_at(len(text) - 2) == expected


def test_dates_each_article_has_its_own_day():
    text = "标题一\n甲日报讯 3月1日，县长出席会议。\n标题二\n乙日报讯 3月2日，市长出席会议。"
    doc = Doc.of(Document(id="t.txt", text=text, date="2024-03-02"))
    assert doc.date_at(text.index("县长")) == "2024-03-01"
    assert doc.date_at(text.index("市长")) == "2024-03-02"
