"""Organisations on text about other cities, counties, ministries and companies."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.orgcanon import Jurisdictions, canonical
from kg.extract.orgspan import OrgSpan, longest_first, org_spans
from kg.model import Document
from kg.vocab import EntityType, Predicate


def orgs(text: str) -> dict[str, str]:
    """Canonical name -> kind of every organisation extracted from ``text``."""
    x = extract(Document(id="t.txt", text=text))
    return {m.name: m.prop("kind") for m in x.mentions if m.type is EntityType.ORGANIZATION}


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in org_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县政府与和长沙星辰科技有限公司签约。", "长沙星辰科技有限公司"),
        ("公司还培育出青峰建工集团等企业。", "青峰建工集团"),
        ("学院与中山大学深度合作。", "中山大学"),
        ("去年,他们积极对接国防科大等高校。", "国防科大"),
        ("该镇引进了湖北宏达机械股份有限公司等项目。", "湖北宏达机械股份有限公司"),
    ],
)
def test_organizations_left_boundary_stops_at_verbs_and_function_words(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize(
    "text",
    ["要借鉴外地紧密型城市医疗集团的做法。", "推动地方平台公司转型。", "助力公司成为行业龙头。"],
)
def test_organizations_common_words_are_no_company(text):
    assert not any(k == "company" for k in orgs(text).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("衡阳日报讯(记者/周晓梅) 市委组织部召开会议。", "中共衡阳市委组织部"),
        ("衡阳日报讯(记者/周晓梅) 市委市政府高度重视。", "衡阳市人民政府"),
        ("衡阳日报讯(记者/周晓梅) 市委常委会召开会议。", "中共衡阳市委常委会"),
        ("衡阳日报讯(记者/周晓梅) 市人大常委会听取汇报。", "衡阳市人大常委会"),
        ("衡阳日报讯(记者/周晓梅) 市政协召开常委会议。", "政协衡阳市委员会"),
        ("衡阳日报讯(记者/周晓梅) 市住建局局长出席。", "衡阳市住建局"),
    ],
)
def test_organizations_bare_city_bodies_take_the_masthead_city(text, expected):
    assert expected in orgs(text)


def test_organizations_surface_kept_as_alias():
    x = extract(Document(id="t.txt", text="衡阳日报讯(记者/周晓梅) 市委召开会议。"))
    m = next(m for m in x.mentions if m.type is EntityType.ORGANIZATION and m.name == "中共衡阳市委")
    assert m.text == "市委"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("桃源县税务局局长张三介绍。", "桃源县税务局", "government"),
        ("芙蓉区委副书记、政法委书记李四。", "中共芙蓉区委", "party"),
        ("拟与江西赣州市委组织部联合推进。", "中共赣州市委组织部", "party"),
        ("财政部发布通知。", "财政部", "government"),
        ("新华社长沙5月6日电", "新华社", "media"),
        ("青山区高新区党工委委员、管委会副主任王五。", "青山区高新区党工委", "party"),
    ],
)
def test_organizations_public_bodies_and_kinds(text, name, kind):
    assert orgs(text).get(name) == kind


def test_organizations_coordinated_department_borrows_jurisdiction():
    got = orgs("湘潭日报讯 省发改委、工信厅等相关部门领导参加。湖南的事，湖南来办。")
    assert "湖南省发改委" in got
    assert "湖南省工信厅" in got


@pytest.mark.parametrize("text", ["市委书记王五讲话。", "县委常委、副县长赵六参加。", "区政府部署工作。"])
def test_organizations_titles_are_not_bodies(text):
    got = spans(text)
    assert not any(s.endswith(("书记", "常委", "部署")) for s in got)


def test_organizations_village_party_branch_and_chain():
    got = orgs("石门区白沙镇红星区域联村党委书记、青竹村党总支书记 周七")
    assert "青竹村党总支" in got
    assert any(n.endswith("红星区域联村党委") for n in got)


def test_organizations_located_in_when_name_states_the_place():
    x = extract(Document(id="t.txt", text="桃源县税务局局长张三介绍情况。"))
    rels = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert ("桃源县税务局", "桃源县") in rels


def test_organizations_mentions_point_into_the_original_text():
    text = "衡阳日报·掌上衡阳讯 市委组织部和长沙星辰科技\n有限公司签约。"
    x = extract(Document(id="t.txt", text=text))
    for m in x.mentions:
        assert text[m.start : m.end] == m.text


def test_organizations_longest_span_wins():
    got = longest_first([OrgSpan(0, 3, "a"), OrgSpan(0, 6, "b"), OrgSpan(5, 9, "c"), OrgSpan(7, 9, "d")])
    assert [(s.start, s.end) for s in got] == [(0, 6), (7, 9)]


def test_organizations_province_bodies_without_a_province_stay_as_written():
    assert canonical("省委", "party", Jurisdictions(city="衡阳市")).name == "省委"
