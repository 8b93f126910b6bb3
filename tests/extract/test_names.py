"""Where a personal name starts and ends, on text written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.names import headed_name_at, listed_name_at, name_after_title, name_at, spaced_name_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周 岚表示,", "周 岚"),  # an OCR space inside a two-character name
        ("钱立德主持会议", "钱立德"),  # 德主 is no reason to cut: 主持 follows the three
        ("胡秋和列席会议", "胡秋和"),  # 和 ends the name when a verb follows it
        ("阿苏·莫色在会上说", "阿苏·莫色"),  # a transliterated name with a dot
        ("其木格日乐出席", "其木格日乐"),  # a Mongolian name past a Han reading
        ("巴图孟和,副主任", "巴图孟和"),
        ("黄金梅,秘书长", "黄金梅"),  # starts like the word 黄金, closed by punctuation
        ("郑 海涛、", "郑 海涛"),  # an OCR space before a two-character given name
        ("岩光主持会议", "岩光"),  # a Dai name after a bare title
        ("依娜出席", "依娜"),
        ("刀志明参加", "刀志明"),  # the Dai surname 刀 with a Han given name
    ],
)
def test_names_after_title_reads_the_whole_name(text, name):
    assert text[: name_after_title(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("许文和王小平出席", "许文"),  # 和 joins two names here
        ("何志强率团来访", "何志强"),  # a verb after a Han name is not a name character
        ("吕明看望了困难群众", "吕明"),
        ("和人民群众", ""),
        ("开宗明义地指出", ""),  # an idiom after a title
        ("热议·发展", ""),  # a headline with a dot, not a name
        ("高兴地说", ""),
    ],
)
def test_names_after_title_does_not_overrun(text, name):
    assert text[: name_after_title(text, 0)] == name


@pytest.mark.parametrize(("text", "n"), [("张三丰出席会议", 3), ("李四强调", 2), ("干部群众", 0)])
def test_names_name_at_without_title_context(text, n):
    assert name_at(text, 0) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [("邱 文涛、", 4), ("邱 文涛\n", 4), ("邱 文 校对", 3), ("邱 文说", 3), ("邱 文涛强调", 4), ("的 人", 0)],
)
def test_names_spaced_name_at_reads_surname_and_given_name(text, n):
    assert spaced_name_at(text, 0) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [("岩庄出席", 2), ("玉波 岩庄", 2), ("召帕、", 2), ("岩石开采", 0), ("依法行政", 0), ("召开会议", 0)],
)
def test_names_headed_name_at_reads_dai_names_only(text, n):
    assert headed_name_at(text, 0) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("滿文昌、", 3),
        ("敏格、", 2),
        ("群众、", 0),
        ("滿文昌出席", 3),
        ("滿文昌主持会议", 3),
        ("群众参加", 0),
        ("的同志、", 0),
    ],
)
def test_names_listed_name_at_needs_the_list_to_go_on(text, n):
    assert listed_name_at(text, 0) == n


def test_names_after_title_a_name_before_jun_keeps_its_last_character():
    from kg.extract.names import name_after_title

    assert name_after_title("李立平均涉嫌严重违纪", 0) == 3
