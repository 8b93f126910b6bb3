"""The page's home city and province: setting, masthead, most-mentioned city; cached per document."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.base import Doc
from kg.extract.context import home, home_city, home_province, stated_home
from kg.extract.places import extract_places
from kg.model import Document, Mention
from kg.vocab import EntityType


def _doc(text: str, home_city: str | None = None) -> Doc:
    doc = Doc.of(Document(id="t.txt", text=text), home_city)
    doc.mentions.extend(m for m in extract_places(doc) if isinstance(m, Mention))
    return doc


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("湘潭日报讯(记者 张三)", "湘潭市"),
        ("衡阳日报 2023年5月1日 衡阳日报讯", "衡阳市"),
        ("邵阳日报讯(记者/甲) 会议召开。", "邵阳市"),
        ("党建篇邵阳日报·掌上邵阳记者乙 邵阳发展", "邵阳市"),
        ("\n浏阳日报讯 我市召开会议。", "浏阳市"),  # a county-level city's paper
        ("北京日报讯 市委召开会议。", "北京市"),  # a municipality
        ("雨湖日报讯 市委召开会议。", "湘潭市"),  # a district's paper: 市委 is its city's
        ("本报讯 会议召开", None),
        ("本报讯 长沙晚报", None),  # another paper quoted, not a masthead
    ],
)
def test_context_home_city_from_masthead(text: str, city: str | None) -> None:
    assert stated_home(Doc.of(Document(id="t.txt", text=text))).city == city


@pytest.mark.parametrize(
    ("text", "city", "province"),
    [
        ("湖南日报讯 省委召开会议。", None, "湖南省"),  # a provincial paper names no city
        ("人民日报 岳阳市召开会议，岳阳市领导出席，长沙市来宾。", "岳阳市", "湖南省"),
        ("遵义市召开会议，遵义市领导出席，贵阳市来宾。", "遵义市", "贵州省"),
    ],
)
def test_context_home_from_masthead_else_most_mentioned_city(text: str, city: str | None, province: str) -> None:
    h = home(_doc(text))
    assert (h.city, h.province) == (city, province)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("在广西考察。", None),  # one mention is no majority
        ("广西南宁、广西柳州、广西桂林的代表和广东客人。", "广西壮族自治区"),
    ],
)
def test_context_home_province_needs_a_clear_majority(text: str, province: str | None) -> None:
    assert home_province(_doc(text)) == province


@pytest.mark.parametrize(
    ("setting", "city", "province"),
    [("岳阳", "岳阳市", "湖南省"), ("衡阳市", "衡阳市", "湖南省"), ("青山镇", "青山镇", None)],
)
def test_context_setting_overrides_the_masthead(setting: str, city: str, province: str | None) -> None:
    h = home(_doc("湘潭日报讯 市长出席。", home_city=setting))
    assert (h.city, h.province) == (city, province)


def test_context_home_city_is_none_without_masthead_or_city() -> None:
    assert home_city(_doc("本报讯 会议召开。")) is None


def test_context_home_is_computed_once_per_document() -> None:
    doc = _doc("湘潭日报讯 市长出席。")
    assert home(doc) is home(doc)
    assert stated_home(doc) is doc.cache["stated_home"]


def test_context_setting_reaches_extraction_as_data() -> None:
    text = "市委书记孙海涛主持会议。"
    posts = {
        city: {r.prop("post") for r in extract(Document(id="t.txt", text=text), home_city=city).relations}
        for city in ("常德市", "益阳市")
    }
    assert "中共常德市委书记" in posts["常德市"]
    assert "中共益阳市委书记" in posts["益阳市"]
    assert not any(m.type is EntityType.PLACE for m in extract(Document(id="t.txt", text=text)).mentions)


def test_context_home_is_decided_once_per_page_and_read_from_the_doc(monkeypatch):
    """Issue 17: the page's home city lives on the Doc; every component reads that one decision."""
    import kg.extract.home as context
    from kg.extract import extract
    from kg.extract.base import Doc
    from kg.model import Document

    calls = []
    masthead = context._masthead
    monkeypatch.setattr(context, "_masthead", lambda text: calls.append(1) or masthead(text))
    text = "衡阳日报讯 市委书记甲乙丙出席会议。市长丁戊己讲话。会议确定市重点项目。"
    x = extract(Document(id="a.txt", text=text))
    assert len(calls) == 1
    assert Doc.of(Document(id="a.txt", text=text)).home.city == "衡阳市"
    assert {r.prop("city") for r in x.relations if r.prop("city")} == {"衡阳市"}


def test_context_a_visiting_county_level_city_is_no_home_of_a_page_with_bare_district_titles() -> None:
    text = "庄河市党政代表团来访，区委书记甄永年，区长卫思齐会见庄河市委书记吴弘一行。庄河市客人参观。"
    assert home(_doc(text)).city is None
    assert home(_doc("庄河市召开会议，庄河市领导出席，市长卫思齐讲话。")).city == "庄河市"


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("渝中区人民代表大会开幕。渝中区代表出席。副区长卫思齐、吴弘列席会议。", "渝中区"),
        ("县委书记甄永年、县长卫思齐调研项目。\n来源:周口市西华县人民政府", "西华县"),
        ("渝中区、江北区代表出席。副区长卫思齐列席会议。", None),  # no clear favourite
        ("渝中区代表出席。渝中区代表发言。会议由卫思齐主持。", None),  # no bare district title or body
    ],
)
def test_context_the_page_s_own_county_is_the_clear_favourite_when_it_writes_bare_county_titles(text, county):
    assert home(_doc(text)).county == county


def test_context_bare_district_posts_and_bodies_take_the_page_s_own_district():
    text = "渝中区人民代表大会开幕。渝中区代表出席。区政府组成人员列席。副区长卫思齐，区法院院长吴弘列席会议。"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "member_of"}
    assert members == {("卫思齐", "渝中区人民政府"), ("吴弘", "渝中区人民法院")}


def test_context_bare_town_posts_take_the_page_s_own_town():
    text = (
        "攸县网岭镇召开全镇工作会议。网岭镇各村负责人参加。"
        "镇党委书记卫思齐主持会议，镇长甄永年作报告。网岭镇党委、镇政府表彰了先进。"
    )
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "member_of"}
    assert members == {("卫思齐", "网岭镇党委"), ("甄永年", "网岭镇人民政府")}


@pytest.mark.parametrize(
    "text",
    [
        "茶陵县考察团来我县考察，县委副书记、县长卫思齐陪同。考察团参观了茶陵县在我县投资的项目，茶陵县副县长吴弘表示感谢。",
        "县委书记甄永年带队赴茶陵县考察学习。考察组一行参观了茶陵县工业园。茶陵县县委书记吴弘陪同考察。",
    ],
)
def test_context_a_visitor_s_or_a_visited_county_is_not_the_page_s_own(text):
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "member_of"}
    assert not {m for m in members if m[0] in ("卫思齐", "甄永年") and "茶陵县" in m[1]}


def test_context_a_city_named_once_inside_a_name_is_no_home_of_a_page_about_another_city_s_county():
    # 保山 inside the deputy's name 甄保山: the page names 行唐县 (石家庄) thrice and nothing of 保山
    text = "行唐县召开会议。行唐县县长甄永年致辞。县人民政府副县长卫中华、甄保山出席。"
    assert home(_doc(text)).city is None
    assert home(_doc(text)).province == "河北省"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "member_of"}
    assert ("甄保山", "行唐县人民政府") in members  # (was 县人民政府 of no county: the home city was 保山市)


def test_context_a_city_named_once_stays_the_home_when_the_page_names_its_own_county():
    text = "保山市隆阳区召开会议。隆阳区代表出席，隆阳区代表发言。市长卫思齐讲话。"
    assert home(_doc(text)).city == "保山市"


def test_context_a_city_written_in_full_once_stays_the_home_of_its_visitors_page():
    text = "玉溪市考察团赴攸县学习。考察团在攸县黄丰桥镇参观了产业园,市长甄永年表示,市委将认真借鉴。"
    assert home(_doc(text)).city == "玉溪市"
