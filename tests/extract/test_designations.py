"""Designations: names, props, status and holder, on text about other cities."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.designations import find_designations
from kg.model import Document
from kg.vocab import EntityType, Predicate


def _run(text: str):
    x = extract(Document(id="t.txt", text=text))
    mentions = [m for m in x.mentions if m.type is EntityType.DESIGNATION]
    relations = [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]
    return x, mentions, relations


@pytest.mark.parametrize(
    ("text", "name", "level", "batch"),
    [
        ("浏阳日报讯 近日，我市成功获批全国首批智慧城市试点城市。", "全国首批智慧城市试点城市", "national", "首批"),
        ("攸县获批省级乡村振兴示范县。", "省级乡村振兴示范县", "provincial", None),
        ("益阳市全省唯一入选第三批海绵城市建设示范城市。", "第三批海绵城市建设示范城市", None, "第三批"),
        ("岳阳市入选国家知识产权强市建设试点城市。", "国家知识产权强市建设试点城市", "national", None),
    ],
)
def test_designations_name_level_batch(text, name, level, batch):
    _, mentions, _ = _run(text)
    m = next(m for m in mentions if m.name == name)
    assert (m.prop("level"), m.prop("batch")) == (level, batch)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "holder", "name", "status"),
    [
        ("浏阳日报讯 近日，我市成功获批全国首批智慧城市试点城市。", "浏阳市", "全国首批智慧城市试点城市", "awarded"),
        ("常德日报讯 常德市正在争创全国文明城市。", "常德市", "全国文明城市", "aspiring"),
        ("衡阳日报讯 2022年，衡阳入围全国先进制造业城市50强。", "衡阳市", "全国先进制造业城市50强", "awarded"),
        ("邵阳日报讯 我市加快创建国家森林城市。", "邵阳市", "国家森林城市", "aspiring"),
    ],
)
def test_designations_holder_and_status(text, holder, name, status):
    _, _, relations = _run(text)
    r = next(r for r in relations if r.object.name == name)
    assert (r.subject.name, r.prop("status")) == (holder, status)


def test_designations_year_conferrer_unique():
    text = "常德日报讯 2021年，财政部公布名单，我市全省唯一入选全国首批海绵城市建设示范城市。"
    _, mentions, relations = _run(text)
    m = next(m for m in mentions if m.name == "全国首批海绵城市建设示范城市")
    assert (m.prop("year"), m.prop("conferrer")) == ("2021", "财政部")
    assert relations[0].prop("unique") is True


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("推动郴州创建国家可持续发展议程创新示范区和国家森林城市", ["国家可持续发展议程创新示范区", "国家森林城市"]),
        ("跻身全国5G技术创新和融合应用试点城市", ["全国5G技术创新和融合应用试点城市"]),
        ("推进长株潭一体化和湘江新区区域协作示范区建设", ["湘江新区区域协作示范区"]),
        ("赋能全市市域社会治理全国试点城市顺利通过验收", ["市域社会治理全国试点城市"]),
        ("如何实现全国文明城市“五连冠”", ["全国文明城市"]),
    ],
)
def test_designations_left_boundary(text, names):
    assert [f.name for f in find_designations(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "成为试点城市后，工作成效明显。",
        "游客从梅溪湖示范区出发。",
        "打造宜居、韧性、智慧城市。",
        "要建设绿水青山美丽城市。",
    ],
)
def test_designations_reject_generic_phrases(text):
    assert find_designations(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [("全国市域社会治理试点城市顺利通过验收", "awarded"), ("推进湘江新区区域协作示范区建设", "aspiring")],
)
def test_designations_status_from_verb_after(text, status):
    assert find_designations(text)[0].status == status
