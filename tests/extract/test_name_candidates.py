"""Names with no title beside them, on text written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.name_candidates import foreign_names, model_names, tagged_names
from kg.extract.person_model import person_spans
from kg.model import Document
from kg.vocab import EntityType

NO_CUE = [
    ("比赛中，韦晓岚发挥出色，连得三分。", "韦晓岚"),
    ("昨天，卢建华在田间查看秧苗长势。", "卢建华"),
    ("本届比赛冠军由邱晨阳获得。", "邱晨阳"),
    ("赛后，冯嘉禾向记者透露了下一步计划。", "冯嘉禾"),
]


@pytest.mark.parametrize(("text", "name"), NO_CUE)
def test_name_candidates_model_finds_names_no_cue_stands_beside(text, name):
    assert [text[s:e] for s, e in tagged_names(text)] == []  # no title, byline or speech verb beside it
    assert [text[s:e] for s, e in model_names(text)] == [name]


@pytest.mark.parametrize(("text", "name"), NO_CUE)
def test_name_candidates_model_names_become_persons(text, name):
    x = extract(Document(id="t.txt", text=text))
    persons = [m for m in x.mentions if m.type is EntityType.PERSON]
    assert [m.text for m in persons] == [name]
    assert all(m.text == text[m.start : m.end] for m in persons)
    assert [m.prop("official") for m in persons] == [False]


def test_name_candidates_model_span_the_gate_rejects():
    """The model tags a lone surname before a form of address; no name is that short."""
    text = "市民王先生说，路修好了。"
    assert [text[s:e] for s, e, _ in person_spans(text)] == ["王"]
    assert list(model_names(text)) == []


def test_name_candidates_a_surname_then_an_adverb_before_a_speech_verb_is_no_name():
    # 时|首先|介绍: 时 is a surname, 首先 an adverb; only a given name stands between a surname and 介绍
    assert list(tagged_names("甄永年在座谈时首先介绍了情况。")) == []


@pytest.mark.parametrize(
    "text",
    [
        "白云深处有人家，村里新修了路。",  # 白云: a surname and a character that make a common word
        "今年粮食又获丰收，全村上下一心。",
        "记者从高新区了解到，园区企业增至百家。",
    ],
)
def test_name_candidates_model_keeps_no_word_as_a_name(text):
    assert list(model_names(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("任命了涅卡洛夫和赫尔斯坚科两名副总理。", ["涅卡洛夫", "赫尔斯坚科"]),  # 坚: not in the table
        ("该国总统与卡尔多延科总理会见后表示满意。", ["卡尔多延科"]),  # the model's span opens with 与
    ],
)
def test_name_candidates_model_span_set_to_the_transliterated_name(text, names):
    assert [text[s:e] for s, e in model_names(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该报发行人汉斯·迪洛德先生、主编出席了会议。", "汉斯·迪洛德"),  # 汉 is not in the table
        ("发行人汉斯·卡尔多先生说。", "汉斯·卡尔多"),
    ],
)
def test_name_candidates_dotted_name_takes_the_first_character_the_model_reads(text, name):
    assert [text[s:e] for s, e in foreign_names(text)] == [name]


def test_name_candidates_a_name_jieba_lists_as_another_proper_noun():
    """jieba's dictionary lists some Chinese names as ``nz``, not ``nr``; the model's span is still a name."""
    import jieba.posseg

    text = "厂里为解决资金问题找黄日华。"
    assert jieba.posseg.dt.word_tag_tab.get("黄日华") == "nz"
    assert [text[s:e] for s, e in model_names(text)] == ["黄日华"]


def test_name_candidates_a_name_before_的_may_cut_a_word_ending_in_的():
    """赵某真|的人: the dictionary's adverb 真的 is no reason to drop the name the tagger reads."""
    text = "了解甄致真的人都知道他。"
    assert [text[s:e] for s, e in model_names(text)] == ["甄致真"]


def test_name_candidates_a_two_character_nz_word_is_no_name():
    """Two-character nz words are mostly abbreviations (a university, a brand), not names."""
    assert list(model_names("沈农的师生来到田间地头。")) == []


@pytest.mark.parametrize(
    "text",
    [
        "在高水平对外开放上深化合作,推动合作向更高水平、更深层次迈进。",  # 高|水平: jieba lists it as a name
        "村里古宅、古建筑等分布其间。",
    ],
)
def test_name_candidates_a_listed_phrase_whose_given_name_is_a_common_word_is_no_name(text):
    assert list(tagged_names(text)) == []


def test_name_candidates_a_common_word_as_given_name_stands_with_a_speech_verb():
    text = "高水平说,今年的工作很顺利。"
    assert [text[s:e] for s, e in tagged_names(text)] == ["高水平"]


def test_a_function_word_then_a_common_word_is_no_name():
    # 向 and 和 are surnames and a preposition and a conjunction: 向|房东, 和|爱 are the words
    assert list(tagged_names("老人临走时,一再向房东表示感谢。")) == []
    assert list(tagged_names("针对青年女工多和爱说好动的特点开展活动。")) == []
    assert list(tagged_names("和立军说,今年收成好。")) == [(0, 3)]  # a name after the same surname stays


@pytest.mark.parametrize("text", ["苏宁表示，门店将于下月开业。", "万达表示，项目明年竣工。", "蒙牛表示，将新建牧场。"])
def test_a_firm_jieba_lists_as_a_place_or_brand_is_no_name_before_a_verb_of_speech(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"), [("种植大户于胜利介绍，今年新种了辣椒。", "于胜利"), ("退休教师向前进说，村里变了。", "向前进")]
)
def test_a_function_word_surname_after_a_noun_keeps_its_name(text, name):
    # after a noun 于 and 向 are surnames, and 胜利, 前进 given names, however common the words
    assert [text[a:b] for a, b in tagged_names(text)] == [name]


def test_name_candidates_a_surname_and_a_settlement_suffix_name_a_village():
    # 小甄家: a village named by a clan (甄 and 家), no person named 甄家
    assert list(tagged_names("目前已经发展起小甄家、罗家屯等种植专业村。")) == []


def test_name_candidates_lai_and_a_place_s_one_character_name_before_a_visit_verb_is_no_name():
    # 来江|出席: "come to 江州" written with the city's one-character name, not a person 来江
    assert list(tagged_names("市长对各位企业家来江出席峰会表示欢迎。")) == []
    # a person surnamed 来 after 、 or opening a clause stays
    assert [text[a:b] for text in ["县委书记卫中华、来斌出席活动。"] for a, b in tagged_names(text)] == ["来斌"]
