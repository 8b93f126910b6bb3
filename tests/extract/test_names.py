"""Where a personal name starts and ends, on text written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.names import name_after_title, name_at


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
