"""Where a personal name starts and ends, on text written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.names import (
    foreign_name_at,
    headed_name_at,
    japanese_name_at,
    listed_name_at,
    name_after_title,
    name_at,
    spaced_name_at,
)


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
        ("贾卡拉莉达称病", "贾卡拉莉达"),  # past a Han reading: transliteration, one rare other inside
    ],
)
def test_names_after_title_reads_the_whole_name(text, name):
    assert text[: name_after_title(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("许文和王小平出席", "许文"),  # 和 joins two names here
        ("何志强率团来访", "何志强"),  # a verb after a Han name is not a name character
        ("陈立华特邀嘉宾", "陈立华"),  # 特邀: the other character ends the run, no transliteration
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卡尔多宁举行会谈", "卡尔多宁"),  # 宁, not in the table, then a verb: the name's last character
        ("奥斯特罗申是前任部长", "奥斯特罗申"),  # two it lacks in a name of five: still the name's
        ("卡尔多延科总理会见", "卡尔多延科"),  # one it lacks inside the name, a title after it
        ("卡尔斯·皮塔林2日说", "卡尔斯·皮塔林"),  # a part after a dot opens with one it lacks
        ("托马坚及其同事", "托马坚"),
        ("卡尔费诺院士时", "卡尔费诺"),  # a title after the name ends it
        ("卡尔润联华董事长", "卡尔"),  # two characters the table lacks side by side: no name's
    ],
)
def test_names_foreign_name_runs_on_over_a_character_the_table_lacks(text, name):
    assert text[: foreign_name_at(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卡多维尔派代表前来", "卡多维尔"),  # 派: a word of its own, not a name character
        ("马卡森来说，", "马卡森"),  # 来说: the run's last character starts a word
        ("巴尔克海军少将", "巴尔克"),
        ("恩斯特拉德日前宣布", "恩斯特拉德"),
        ("瓦伊六日宣布", "瓦伊"),  # a date after the name
        ("武器来表示", "武"),  # 武器: a word, so 器 is no name character
    ],
)
def test_names_foreign_name_ends_before_a_word(text, name):
    assert text[: foreign_name_at(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卡多维尔派代表前来祝贺", "卡多维尔"),  # no Han surname: 派 is the verb after the name
        ("瓦伊六日宣布", "瓦伊"),
        ("斯捷洛申是前任部长", "斯捷洛申"),  # longer than the Han reading 斯捷洛
        ("马海涛主持会议", "马海涛"),  # a Han name stays as the Han rules read it
    ],
)
def test_names_foreign_name_after_a_title_ends_where_the_name_does(text, name):
    assert text[: name_after_title(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("山田一郎在会上说", "山田一郎"),  # up to a stop word
        ("小林一郎说，", "小林一郎"),
        ("会谈后表示满意", ""),  # a common word: no name
        ("表示欢迎", ""),
    ],
)
def test_names_japanese_name_after_a_japanese_title(text, name):
    assert text[: japanese_name_at(text, 0)] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("云再次当选会长", ""),  # 再次 is an adverb, never a given name
        ("时表示，将派员前往", ""),  # 表示 is a very frequent verb
        ("商量过，决定承包", ""),  # 过 is an aspect particle, not a name's last character
        ("龚水平表示", "龚水平"),  # a noun is a given name all the same
        ("贺晓飞中将、副参谋长", "贺晓飞"),  # 中将 is a rank: its first character is no name's
        ("黄金梅,秘书长", "黄金梅"),
    ],
)
def test_names_after_title_no_function_word_or_rank_in_the_name(text, name):
    assert text[: name_after_title(text, 0)] == name


def test_names_a_conjunction_after_a_two_character_name_is_not_its_third_character():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="旗政府副旗长卫思以及政府办、投促局等部门负责人出席。"))
    assert [m.name for m in x.mentions if m.type.value == "Person"] == ["卫思"]


def test_a_surname_then_a_number_and_its_unit_is_no_name():
    from kg.extract.names import name_at

    assert name_at("区十六届人大常委会举行第二十六次会议", 0) == 0  # 区 is a surname, 十六届 a term
    assert name_at("王三说,今年收成好。", 0) == 2  # a number alone may be a given name


def test_a_uyghur_name_with_a_bullet_for_its_dot_runs_to_the_comma():
    from kg.extract.names import name_after_title

    # web pages write the dot as •; 不 inside a transliterated part (阿不拉) is no word of its own here
    assert name_after_title("艾尔肯•阿不拉,县政协主席", 0) == 7
    assert name_after_title("艾尔肯·阿不拉,县政协主席", 0) == 7
    assert name_after_title("汉斯·穆勒举行会谈", 0) == 5  # a verb after the name stays out
