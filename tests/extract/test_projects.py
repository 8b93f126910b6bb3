"""Projects: names, boundaries, coordination and location, on text about other cities."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.projects import find_projects
from kg.model import Document
from kg.vocab import EntityType, Predicate


def _run(text: str):
    x = extract(Document(id="t.txt", text=text))
    mentions = [m for m in x.mentions if m.type is EntityType.PROJECT]
    relations = [r for r in x.relations if r.predicate is Predicate.LOCATED_IN]
    return mentions, relations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("加快推进长沙智能制造产业园项目建设。", ["长沙智能制造产业园项目"]),
        ("大力实施“平安社区”工程。", ["平安社区工程"]),
        ("推进“天网工程”和“智慧警务”联动。", ["天网工程"]),
        ("要密切关注平陆运河推进进度。", ["平陆运河"]),
        ("共同研发了5G+智能巡检机器人、5G+智慧仓储系统等项目。", ["5G+智能巡检机器人", "5G+智慧仓储系统"]),
    ],
)
def test_projects_names(text, names):
    assert [p.name for p in find_projects(text)] == names


def test_projects_coordination_keeps_real_spans():
    text = "推动东塘片区、侯家塘片区、树木岭片区改造。"
    mentions, _ = _run(text)
    assert [m.name for m in mentions] == ["东塘片区改造", "侯家塘片区改造", "树木岭片区改造"]
    assert [m.text for m in mentions] == ["东塘片区", "侯家塘片区", "树木岭片区改造"]


def test_projects_coordination_of_developments():
    names = [p.name for p in find_projects("推进空港新城、洋湖生态新城、滨江金融城等片区开发。")]
    assert names == ["空港新城", "洋湖生态新城", "滨江金融城"]


@pytest.mark.parametrize(
    "text",
    [
        "抓好重点项目和民生工程。",
        "积极谋划争取一批农业项目。",
        "推动技术工程化。",
        "这是一项“民心工程”。",
        "苗圃+孵化器+科技园模式",
    ],
)
def test_projects_reject_generic_phrases(text):
    assert find_projects(text) == []


def test_projects_located_in_from_site_verb():
    _, relations = _run("湖南(国际)智能装备博览园选址长沙市。")
    assert [(r.subject.name, r.object.name) for r in relations] == [("湖南(国际)智能装备博览园", "长沙市")]


def test_projects_short_name_unified_with_long_one():
    mentions, _ = _run("将重点支持广汽长沙基地建设。希望广汽加大长沙基地投资。")
    assert {m.name for m in mentions} == {"广汽长沙基地"}
