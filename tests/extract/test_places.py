"""Place extraction: divisions with codes and chains, named areas, villages, foreign places."""

from __future__ import annotations

import pytest

from kg.corpus import read_document
from kg.data.gazetteer import Gazetteer
from kg.extract import extract as extract_all
from kg.extract.base import Doc
from kg.extract.place_lexicon import is_generic, left_name, scan_names
from kg.extract.places import extract_places
from kg.model import Document, Mention, Relation
from kg.vocab import EntityType

DIVISION_LEVELS = {"province", "prefecture", "county", "town"}


def _run(text: str) -> tuple[list[Mention], list[Relation]]:
    out = list(extract_places(Doc.of(Document(id="t.txt", text=text))))
    return [m for m in out if isinstance(m, Mention)], [r for r in out if isinstance(r, Relation)]


def _names(text: str) -> list[str]:
    return [m.name for m in _run(text)[0]]


def _part_of(text: str) -> set[tuple[str, str]]:
    return {(r.subject.name, r.object.name) for r in _run(text)[1]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省杭州市西湖区", [("浙江省", "330000"), ("杭州市", "330100"), ("西湖区", "330106")]),
        ("记者在杭州采访", [("杭州市", "330100")]),
        ("赴四川成都考察", [("四川省", "510000"), ("成都市", "510100")]),
        ("广西壮族自治区南宁市", [("广西壮族自治区", "450000"), ("南宁市", "450100")]),
    ],
)
def test_places_divisions_have_full_names_and_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.prop("code")) for m in _run(text)[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省杭州市西湖区", {("杭州市", "浙江省"), ("西湖区", "杭州市")}),
        ("在江苏南京举行", {("南京市", "江苏省")}),
        ("广东省佛山市南海区西樵镇", {("佛山市", "广东省"), ("南海区", "佛山市"), ("西樵镇", "南海区")}),
        ("杭州和南京", set()),  # no chain written, no relation stated
    ],
)
def test_places_part_of_only_where_the_chain_is_written(text: str, expected: set[tuple[str, str]]) -> None:
    assert _part_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "广东省佛山市南海区西樵镇松塘村",
        "湘潭日报讯 岳塘区和雨湖区的干部赴江西省南昌市考察,又到北京朝阳区和四川成都。",
        "江苏省南京市玄武区新街口街道",
    ],
)
def test_places_every_division_has_code_and_chain_to_province(text: str) -> None:
    gaz = Gazetteer.load()
    divisions = [m for m in _run(text)[0] if m.prop("level") in DIVISION_LEVELS]
    assert divisions
    for m in divisions:
        chain = gaz.chain(m.prop("code"))
        assert chain[0].name == m.name
        assert chain[-1].level == "province"
        assert m.prop("parent") == chain[0].parent


def test_places_seed_divisions_have_codes_and_chains(seed_paths) -> None:
    gaz = Gazetteer.load()
    count = 0
    for path in seed_paths:
        document = read_document(path)
        for m in extract_places(Doc.of(document)):
            if isinstance(m, Mention) and m.prop("level") in DIVISION_LEVELS:
                assert document.text[m.start : m.end] == m.text
                assert gaz.chain(m.prop("code"))[-1].level == "province", m
                count += 1
    assert count > 100


@pytest.mark.parametrize(
    ("text", "name", "qualifier"),
    [
        ("在北京朝阳区调研", "朝阳区", "110105"),  # 朝阳区 is also in 长春
        ("在长春市朝阳区调研", "朝阳区", "220104"),
        ("杭州市西湖区", "杭州市", ""),  # a unique name stays unqualified
    ],
)
def test_places_qualifier_only_for_nationally_shared_names(text: str, name: str, qualifier: str) -> None:
    assert (name, qualifier) in {(m.name, m.qualifier) for m in _run(text)[0]}


def test_places_unresolved_shared_name_has_candidates_not_code() -> None:
    (m,) = _run("朝阳区")[0]
    assert m.prop("code") is None
    assert m.prop("candidates").split() == ["110105", "220104"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湘潭日报讯 岳塘加快发展。", ["湘潭市", "岳塘区"]),  # a county short form near home
        ("岳塘加快发展。", []),  # … but not without context
        ("佛山日报讯 西樵镇举行活动", ["佛山市", "西樵镇"]),  # a town in the home city
        ("西樵镇举行活动", []),
        ("推动七大新经济", []),  # 大新县 (广西) is not written here
    ],
)
def test_places_short_forms_and_towns_need_context(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        ("武汉东湖高新区加快发展", "武汉东湖高新区", "武汉市"),  # a city's short form is part of the name
        ("武汉市东湖高新区加快发展", "东湖高新区", "武汉市"),  # its full name is not
        ("长沙经开区签约", "长沙经开区", "长沙市"),
        ("苏州工业园区", "苏州工业园区", "苏州市"),
        ("去年,雨湖区江麓片区完成改造", "江麓片区", "雨湖区"),
        ("要推动鹤岭老工业区搬迁", "鹤岭老工业区", None),
        ("看好西咸新区的发展", "西咸新区", None),
        ("、光谷软件园等", "光谷软件园", None),
    ],
)
def test_places_named_areas(text: str, name: str, parent: str | None) -> None:
    mentions, relations = _run(text)
    (area,) = [m for m in mentions if m.prop("level") == "area"]
    assert area.name == name
    assert {r.object.name for r in relations if r.subject.name == name} == ({parent} if parent else set())


@pytest.mark.parametrize(
    "text",
    [
        "全市城市建设,我市要推动园区发展",
        "创建国家自主创新示范区",
        "提高园区吸引力,片区内入住率高",
        "衡阳日报讯 衡阳园区改革",  # a city's parks, no name
        "广铁物流园项目",  # part of a project's name
    ],
)
def test_places_generic_words_are_not_places(text: str) -> None:
    assert [m.name for m in _run(text)[0] if m.prop("level") == "area"] == []


@pytest.mark.parametrize(
    ("text", "village", "parent"),
    [
        ("广东省佛山市南海区西樵镇松塘村", "松塘村", "西樵镇"),
        ("衡阳市衡山县白果镇白果村", "白果村", "白果镇"),
        ("江西省吉安市井冈山市茅坪村", "茅坪村", "井冈山市"),
        ("报告人:石门村党支部书记李四", "石门村", None),
        ("醴陵市：白兔潭镇永新村、浦口镇", "永新村", "白兔潭镇"),  # jieba's adverb 永新: the list vouches
        ("醴陵市：浦口镇和顺村\n", "和顺村", "浦口镇"),  # 和 opens a name after a town
    ],
)
def test_places_villages_attach_to_written_parent(text: str, village: str, parent: str | None) -> None:
    mentions, relations = _run(text)
    (v,) = [m for m in mentions if m.prop("level") == "village"]
    assert v.name == village and v.prop("code") is None
    assert {r.object.name for r in relations if r.subject.name == village} == ({parent} if parent else set())


@pytest.mark.parametrize(
    "text",
    [
        "要加强农村村民自治",
        "当地村党组织书记",
        "部分村党支部书记",
    ],
)
def test_places_generic_villages_are_not_places(text: str) -> None:
    assert _run(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "深泽县铁杆镇每村、每个社区都建起了服务站。",  # a determiner before 村, then a list of kinds
        "深泽县铁杆镇十个村党支部书记参加。",  # a count of villages
        "深泽县铁杆镇先进村党支部书记发言。",  # a kind of village
        "深泽县铁杆镇帮扶村党支部书记发言。",
    ],
)
def test_places_a_kind_or_count_of_villages_after_a_town_is_no_village(text: str) -> None:
    assert [m.name for m in _run(text)[0] if m.prop("level") == "village"] == []


def test_places_town_by_suffix_gets_code_from_parent() -> None:
    gaz = Gazetteer.load()
    (town,) = [m for m in _run("衡山县白果镇")[0] if m.prop("level") == "town"]
    assert gaz.by_code(town.prop("code")).name == "白果镇"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("打通了重庆——波兰的运输路线", [("重庆市", "province"), ("波兰", "foreign")]),
        ("与巴西、法国合作", [("巴西", "foreign"), ("法国", "foreign")]),
        ("依法国有资产,增加纳税", []),  # 依法|国有, 增加|纳税
        ("欧洲与长三角", [("欧洲", "foreign"), ("长三角", "area")]),
        ("内蒙古自治区", [("内蒙古自治区", "province")]),
        ("代表团从伦敦飞抵布宜诺斯艾利斯", [("伦敦", "foreign"), ("布宜诺斯艾利斯", "foreign")]),  # CLDR cities
        ("巴伐利亚州与夏威夷州的企业", [("巴伐利亚州", "foreign"), ("夏威夷州", "foreign")]),  # ISO 3166-2
        ("维也纳市市长和东京市场", [("维也纳市", "foreign"), ("东京", "foreign")]),  # its unit, not 市场
        ("非法采砂的沂南非法所得，他乍得知消息", []),  # 南非|法, 乍得|知: the name cuts a word
        ("英国内政部和美国企业界", [("英国", "foreign"), ("美国", "foreign")]),  # X国 opens the words after it
        ("欧美国家和南美国家", []),  # no 美国 (欧|美国 cuts 欧美), no 南美 (南美|国 cuts 美国)
        ("他入职悉尼科技有限公司", []),  # a foreign city opening a company's name
        ("选手萨莫利塞赫进球", []),  # 莫利塞 (a region of Italy) inside a transliterated name
        ("外长卡尔斯·奥斯特罗夫和参赞伊万·皮塔林说", []),  # 卡尔斯, 塔林: parts of dotted names
        # places side by side
        (
            "东京·大阪两地和中国·巴黎博览会",
            [("东京", "foreign"), ("大阪", "foreign"), ("中国", "country"), ("巴黎", "foreign")],
        ),
        ("印尼、玻利维亚和苏联", [("印度尼西亚", "foreign"), ("玻利维亚", "foreign"), ("苏联", "foreign")]),
    ],
)
def test_places_foreign_and_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.prop("level")) for m in _run(text)[0]] == expected


@pytest.mark.parametrize(
    "text",
    ["他来到湖南省长沙市岳麓区调研。", "赴江西省萍乡市莲花县等地", "伞铺村党总支书记", "打通了惠州——成都——波兰"],
)
def test_places_mentions_slice_original_text(text: str) -> None:
    for m in _run(text)[0]:
        assert text[m.start : m.end] == m.text


def test_places_mentions_map_through_line_breaks() -> None:
    text = "这是一段很长很长很长的正文内容说的是干部们赴江西省萍\n\n乡市考察。"
    mentions, _ = _run(text)
    assert [m.name for m in mentions] == ["江西省", "萍乡市"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_place_lexicon_scan_names_respects_word_boundaries() -> None:
    assert [n.name for n in scan_names("增加纳税,赴加纳考察")] == ["加纳"]


def test_place_lexicon_world_places_hold_no_chinese_division_or_everyday_word() -> None:
    """``world_places.tsv`` (made by scripts/make_world_places.py) names no place of China and no word."""
    from importlib.resources import files

    rows = files("kg").joinpath("data", "world_places.tsv").read_text(encoding="utf-8").splitlines()
    names = [r.split("\t")[0] for r in rows if r and not r.startswith("#")]
    assert len(names) > 1000 and {"东京", "巴伐利亚", "圣彼得堡"} <= set(names)
    gaz = Gazetteer.load()
    assert not [n for n in names if gaz.lookup(n)]
    assert not {"上海", "香港", "台北", "中部", "万象", "达尔文"} & set(names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("推动清水塘", "清水塘"), ("看好武广", "武广"), ("提高", ""), ("、331", "331"), ("的新", "")],
)
def test_place_lexicon_left_name(text: str, expected: str) -> None:
    assert left_name(text, len(text)) == expected


@pytest.mark.parametrize(("name", "generic"), [("产业", True), ("乡村振兴", True), ("田心", False), ("深化", True)])
def test_place_lexicon_is_generic(name: str, generic: bool) -> None:
    assert is_generic(name) is generic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a township the gazetteer knows elsewhere, written after its county, then a village
        ("在美姑县解放乡瓦古村调研", {("解放乡", "美姑县"), ("瓦古村", "解放乡")}),
        # a street written after a town, a community after the street
        (
            "在锡林浩特市宝力根苏木,又到额济纳旗达来呼布镇金沙街道绿洲社区",
            {("金沙街道", "达来呼布镇"), ("绿洲社区", "金沙街道")},
        ),
        # a town and village with no division before them: the pair states the chain
        ("驱车来到洛莫依乡吉木且村看望群众", {("吉木且村", "洛莫依乡")}),
        # a parent stated for a list: 某县甲镇、乙镇
        ("深入额济纳旗达来呼布镇、东风镇调研", {("达来呼布镇", "额济纳旗"), ("东风镇", "额济纳旗")}),
        # an autonomous prefecture written 某某州 heads the chain
        ("到黔东南州凯里市、雷山县调研", {("凯里市", "黔东南苗族侗族自治州"), ("雷山县", "黔东南苗族侗族自治州")}),
    ],
)
def test_places_chains_of_towns_streets_and_villages(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _part_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("牧民们在巴音乌拉嘎查与嘎查干部交流", "巴音乌拉嘎查"),
        ("驱车来到洛莫依乡吉木且村看望群众", "洛莫依乡"),
    ],
)
def test_places_transliterated_villages_and_towns(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("苍溪县入选全国农村改革试验区", "入选全国农村"),  # a verb is no village name
        ("义乌市碉楼与村落保护", "碉楼与村"),  # nor a function word
    ],
)
def test_places_no_village_from_a_phrase(text: str, absent: str) -> None:
    assert absent not in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        ("大会在柳州柳东新区举行", "柳州柳东新区", "柳州市"),
        ("台州湾经济技术开发区和宁波杭州湾经济技术开发区", "宁波杭州湾经济技术开发区", "宁波市"),
        ("同意湖南醴陵经济开发区升级", "湖南醴陵经济开发区", "醴陵市"),  # short forms written before it: its name
        ("厦门海沧台商投资区管委会", "厦门海沧台商投资区", "海沧区"),
    ],
)
def test_places_area_named_with_city_short_form(text: str, name: str, parent: str) -> None:
    mentions, relations = _run(text)
    assert name in [m.name for m in mentions]
    assert (name, parent) in {(r.subject.name, r.object.name) for r in relations}


@pytest.mark.parametrize(
    "text",
    [
        "柳州市入选第三批国家低碳工业园区名单",
        "推动县域工业园区提质",
        "推动经济开发区建设",
        "争创省级乡村振兴样板示范区",
        "成功创建国家有机产品认证示范区",
        "在2022年度全国综合保税区绩效评估中",
    ],
)
def test_places_conferred_area_phrases_are_no_places(text: str) -> None:
    assert not [m for m in _run(text)[0] if m.prop("level") == "area"]


def test_places_old_town_named_after_a_place_is_an_area() -> None:
    mentions, _ = _run("湛江日报讯 游客来到赤坎古镇参观")
    assert [(m.name, m.prop("level")) for m in mentions if m.name != "湛江市"] == [("赤坎古镇", "area")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("南宁日报讯 宾阳县获评全国示范县称号", "范县"),  # a two-character county name inside a word
        ("杭州日报讯 推动宁波港与深圳盐田港合作", "盐田区"),  # a district's short form naming a port
        ("成都日报讯 由浙江德力电器有限公司投资建设", "浙江省"),  # a region opening a company's name
    ],
)
def test_places_no_division_inside_another_word(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_places_company_name_states_no_chain() -> None:
    assert _part_of("由广西柳州恒达机械有限公司承建") == set()


def test_gazetteer_autonomous_prefecture_short_name() -> None:
    assert [d.name for d in Gazetteer.load().lookup("黔东南州")] == ["黔东南苗族侗族自治州"]


def test_places_autonomous_county_short_form_with_its_level_needs_no_context():
    # 长阳县 is written for 长阳土家族自治县: the level suffix makes the short form the place's own name
    from kg.extract import extract
    from kg.model import Document

    names = {m.name for m in extract(Document(id="t.txt", text="他来到长阳县调研。")).mentions}
    assert "长阳土家族自治县" in names or "长阳县" in names


def test_places_town_written_under_a_city_without_counties():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="东莞市虎门镇的企业代表参加了会议。"))
    assert {m.name for m in x.mentions if m.type.value == "Place"} >= {"东莞市", "虎门镇"}


def test_places_no_place_mention_inside_a_papers_name():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="来源:湖南青年报\n长沙市市长出席会议。"))
    places = [m for m in x.mentions if m.type.value == "Place"]
    assert places and all(m.start >= len("来源:湖南青年报") for m in places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("台湾省台北市和高雄市的客商，以及新竹县的代表。", ["台湾省", "台北市", "高雄市", "新竹县"]),
        ("来自台北的客商和台中市代表团。", ["台北市", "台中市"]),
    ],
)
def test_places_taiwan_cities_and_counties(text: str, expected: list[str]) -> None:
    assert all(name in _names(text) for name in expected)


def test_places_no_place_read_inside_a_persons_name() -> None:
    assert "史明" not in "".join(_names("衡阳市委书记刘史明出席会议。")).replace("衡阳市", "")


def test_places_a_river_is_no_district() -> None:
    mentions, _ = _run("沿着浏阳河畔，湘江和耒水穿城而过。")
    assert "浏阳市" not in [m.name for m in mentions]
    assert {m.name: m.prop("level") for m in mentions}.get("湘江") in (None, "natural")


def test_places_bare_county_names_listed_with_counties_of_one_city_are_its_counties() -> None:
    # 万安 and 永新 are no gazetteer keys alone; listed with 泰和 and 遂川 (counties of 吉安市) they are.
    assert _names("吉安市共有泰和、万安、永新、遂川4个县入选。") == ["吉安市", "泰和县", "万安县", "永新县", "遂川县"]


@pytest.mark.parametrize(
    "text",
    [
        "吉安市今年万安、永新两县获评。",  # no listed county is known: nothing to lean on
        "吉安日报讯 要保护资源、遂川县城。",  # one known county is no list of the city's counties
    ],
)
def test_places_bare_names_need_two_known_counties_in_the_list(text: str) -> None:
    assert not {"万安县", "永新县", "资源县"} & set(_names(text))


def test_places_villages_listed_after_a_towns_first_village_share_its_town() -> None:
    mentions, relations = _run("从江县洛香镇平乐村、大桥村入选。")
    assert {m.name for m in mentions} >= {"洛香镇", "平乐村", "大桥村"}
    assert {(r.subject.name, r.object.name) for r in relations} >= {("平乐村", "洛香镇"), ("大桥村", "洛香镇")}


def test_places_a_list_of_villages_vouches_for_names_the_dictionary_reads_as_words() -> None:
    mentions, relations = _run("从江县入榜的村分别是丙妹镇大歹村、老或村、龙江村、銮里村岑报寨。")
    assert {m.name for m in mentions} >= {"大歹村", "老或村", "龙江村", "銮里村", "岑报寨"}
    assert {(r.subject.name, r.object.name) for r in relations} >= {("老或村", "丙妹镇"), ("岑报寨", "銮里村")}


def test_places_a_listed_village_named_after_its_town_is_a_village_where_the_dictionary_reads_a_word() -> None:
    mentions, relations = _run("平山县古月镇石桥村、罗家村、古月村被评为省级整洁村。")
    assert {m.name for m in mentions} >= {"古月镇", "石桥村", "罗家村", "古月村"}
    assert ("古月村", "古月镇") in {(r.subject.name, r.object.name) for r in relations}


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("深泽县铁杆镇和县有关部门负责同志参加调研。", False),
        ("安徽省和县召开会议。", True),
        ("马鞍山市和县召开会议。", True),
    ],
)
def test_places_he_after_a_place_is_a_conjunction_unless_the_place_holds_he_county(text: str, county: bool) -> None:
    assert ("和县" in _names(text)) is county


@pytest.mark.parametrize(("text", "city"), [("加强沿海城市之间的交流。", False), ("辽宁海城市召开会议。", True)])
def test_places_a_city_name_read_across_two_words_is_none(text: str, city: bool) -> None:
    assert ("海城市" in _names(text)) is city  # 沿海|城市: the word 沿海, then 城市


def test_places_towns_listed_together_are_read_in_the_one_province_they_agree_on() -> None:
    names = _names("含文港镇、上清镇、温汤镇等第一批特色小镇。")
    assert names == ["文港镇", "上清镇", "温汤镇"]


def test_places_a_lone_town_with_no_context_stays_unread() -> None:
    assert _names("文港镇入选。") == []


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("河南省洛宁县举办展会。某国外长萨洛宁举行记者招待会。", "洛宁"),  # a name's end
        ("浙江省安吉县举办展会。皮肤学教授安吉娜·莫雷蒂等人。", "安吉"),  # a dotted name's start
    ],
)
def test_places_county_short_form_inside_a_transliterated_name_is_none(text, county):
    # a page naming the province makes its counties' short forms places, but not inside a foreign name
    places = [m.text for m in extract_places(Doc.of(Document(id="d.txt", text=text))) if isinstance(m, Mention)]
    assert places.count(county) == 0 and county + "县" in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("代表团首次访问中国,中国与东盟各国合作密切。", [("中国", 7), ("中国", 10)]),
        ("在中华人民共和国境内", [("中国", 1)]),  # the full name is the same place
        ("广大发展中国家的发展", []),  # 发展中|国家: no 中国 cut out of a word
        ("中国共产党领导一切。", []),  # inside an organisation kg found
        ("在中国特色社会主义道路上", []),  # a fixed phrase, even after 在
        ("全体起立,唱中华人民共和国国歌。", []),
        ("依照《中华人民共和国宪法》规定", []),
        ("正式产生中国甲乙旅居小城名单", []),  # a modifier opening a name kg does not know
        ("在中国甲乙旅居协会的支持下", []),  # inside an organisation kg found, even after 在
        ("全体向中华人民共和国国旗敬礼。", []),
        ("他说:在《中国》节目里,我们看到了。", []),  # a title in 《》 of its sentence
        ("标题党《甲乙文集出版。\n代表团首次访问中国,双方签署协议。", [("中国", 19)]),  # a 《 left open before
        ("选择留在\n中国创业就业。", [("中国", 5)]),  # a line broken before the name
        ("为全球治理贡献中国智慧和中国方案。", []),  # 和 then a noun: a modifier
        ("甄中国说,今年工作很好。", []),  # a given name
        ("市长卫中国和副市长甄永年出席会议。", []),
        ("中国将继续扩大开放。", [("中国", 0)]),  # the subject of its clause
        ("会上,中国驻甲国大使致辞。", [("中国", 3)]),
        ("中国政府高度重视。", [("中国", 0)]),  # the state's government
        ("西门子与中国有着长期合作。", [("中国", 4)]),  # 中国|有着, not 国有
        ("其中国有企业12家。", []),  # 其中|国有
        ("据中国甲乙网报道", []),  # 甲乙网: a medium's name kg does not know
        ("中国发展网消息", []),  # a verbal noun: a name's word
        ("在改革过程中国有企业要带头。", []),  # 中|国有企业
        ("会议中国务院参事提出建议。", []),  # 中|国务院
        ("中国甲建与我市签约。", []),  # a one-character verb after it goes on a firm's short name
        ("(中国之声记者甲乙)", []),  # 之: a name goes on
        ("中国人民甲乙银行", []),  # 人民 opens bodies' names
    ],
)
def test_china_is_a_place_only_where_it_stands_alone(text: str, expected: list[tuple[str, int]]) -> None:
    from kg.extract import extract

    places = [m for m in extract(Document(id="t.txt", text=text)).mentions if m.prop("level") == "country"]
    assert [(m.name, m.start) for m in places] == expected


def test_china_inside_a_name_leaves_no_relation_pointing_at_it():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="甲乙产业园项目落户中国株洲。"))
    assert not [m for m in x.mentions if m.name == "中国"]
    assert not [r for r in x.relations if "中国" in (r.subject.name, getattr(r.object, "name", None))]


def test_china_in_a_persons_name_is_the_person():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="甄中国同志是一名好党员。"))
    assert [(m.type.value, m.text) for m in x.mentions] == [("Person", "甄中国")]


@pytest.mark.parametrize(
    ("text", "place"),
    [("代表团前往日本，就合作进行磋商。", "日本"), ("受日本金融体系危机的影响。", "日本")],  # 往日, 本金: words too
)
def test_places_a_state_jieba_cuts_out_whole_is_one_though_a_neighbour_makes_a_word(text, place):
    assert place in _names(text)


@pytest.mark.parametrize("text", ["依法国有企业改革。", "增加纳税。"])
def test_places_a_state_name_inside_other_words_is_none(text):
    assert _names(text) == []


def test_places_a_village_named_like_a_prefecture_is_the_village():
    """红河镇红河村, 古城镇海口村: the villages, not 红河州 and 海口市 (海口村民 stays the city's villagers)."""
    assert _names("彭阳县:红河镇红河村、古城镇海口村") == ["彭阳县", "红河镇", "红河村", "古城镇", "海口村"]
    assert _names("海口村民说好。") == ["海口市"]
    for text in ("成都社区发展治理工作会议召开。", "宁波村集体经济总收入再创新高。"):
        assert len(_names(text)) == 1  # a city's short form before a word that is no village's name


def test_places_village_lists_of_a_county_heading():
    """某区:某乡某村 states the chain; 街道办事处 is the sub-district's office; 某某中心村 is a village."""
    text = "红寺堡区:柳泉乡永新村\n大武口区:长胜街道办事处龙泉村\n永宁县:李俊镇雷台中心村"
    assert {"永新村", "龙泉村", "雷台中心村"} <= set(_names(text))
    assert {("柳泉乡", "红寺堡区"), ("龙泉村", "长胜街道"), ("雷台中心村", "李俊镇")} <= _part_of(text)


def test_places_one_of_chinas_peoples_is_no_state():
    """明德朝鲜族乡, 朝鲜族群众: the Korean people of China, not North Korea; 塞尔维亚族 still names Serbia."""
    assert "朝鲜" not in _names("汪清县明德朝鲜族乡获评强镇，朝鲜族群众载歌载舞。")
    assert "塞尔维亚" in _names("塞尔维亚族警察同武装人员发生冲突。")


def test_places_after_a_town_comes_a_village_not_a_citys_short_form():
    """石坡乡|南平头坞村: 南平 opens the village's name here, not 南平市's short form."""
    names = _names("• 长治市壶关县石坡乡南平头坞村\n• 宜昌市秭归县屈原镇西陵峡村\n")
    assert "南平市" not in names and "西陵区" not in names
    for text in ("壶关县石坡乡南平屯群众喝上了自来水。", "宾川县城关镇大理居委会开展清洁活动。"):
        assert not {"南平市", "大理白族自治州"} & set(_names(text))  # a hamlet, a residents' committee
    assert {"南平头坞村", "西陵峡村"} <= set(names)


def test_places_a_city_then_de_then_its_counties_states_the_chain():
    """呼和浩特市的托克托县, 包头市的固阳县、石拐区 (the gazetteer must place them there)."""
    pairs = _part_of("呼和浩特市的托克托县\n包头市的固阳县、石拐区")
    assert {("托克托县", "呼和浩特市"), ("固阳县", "包头市"), ("石拐区", "包头市")} <= pairs
    assert not _part_of("长沙市的托克托县")  # the gazetteer places it elsewhere: no chain


def test_places_villages_listed_after_a_town_the_gazetteer_lacks_share_it():
    """A chain opens the list (岩溪乡松坪村): its town holds every village, each hamlet its village."""
    assert _part_of("入选的村寨分别是岩溪乡松坪村岩脚寨、石门村、柳塘村龙井寨,其余另行公布。") == {
        ("松坪村", "岩溪乡"),
        ("岩脚寨", "松坪村"),
        ("石门村", "岩溪乡"),
        ("柳塘村", "岩溪乡"),
        ("龙井寨", "柳塘村"),
    }


@pytest.mark.parametrize(
    ("text", "village"), [("他来到张家庄村调研。", "张家庄村"), ("记者走进李家湾村，看到新房成排。", "李家湾村")]
)
def test_places_a_village_named_after_a_verb_of_going_there(text, village):
    assert _names(text) == [village]


@pytest.mark.parametrize("kind", ["贫困", "联系", "试点", "结对", "偏远山", "千年古", "一个小"])
def test_places_no_village_from_a_kind_of_village_after_a_verb_of_going_there(kind):
    assert _names(f"他来到{kind}村调研。") == []


@pytest.mark.parametrize("kind", ["边境", "空心", "明星"])
def test_places_no_village_from_a_common_word_after_a_verb_of_going_there(kind):
    assert _names(f"他来到{kind}村调研。") == []


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("考察团从法兰克福飞往巴塞罗那，再到慕尼黑。", ["法兰克福", "巴塞罗那", "慕尼黑"]),  # GeoNames cities
        ("代表团抵达新德里，开始访问。", ["新德里"]),  # a capital, however small
    ],
)
def test_places_foreign_cities_of_geonames(text, cities):
    assert [m.name for m in _run(text)[0] if m.prop("level") == "foreign"] == cities


@pytest.mark.parametrize(
    "text", ["中华城市文明论坛在繁华城市举行。", "市民在店里吃汉堡。", "南京都市圈建设提速。", "川口镇召开会议。"]
)
def test_places_no_foreign_city_inside_chinese_words_or_towns(text):
    assert [m.name for m in _run(text)[0] if m.prop("level") == "foreign"] == []


@pytest.mark.parametrize("city", ["斯里巴加湾市", "魁北克市"])
def test_places_a_foreign_city_written_with_its_unit(city):
    assert [m.name for m in _run(f"代表团抵达{city}，开始访问。")[0] if m.prop("level") == "foreign"] == [city]


def test_places_districts_named_like_everyday_words_after_their_city():
    """阳泉市城区、郊区: the gazetteer places both under the city written right before them."""
    assert _part_of("山西省阳泉市城区、郊区入选。") >= {("城区", "阳泉市"), ("郊区", "阳泉市")}
    assert "城区" not in _names("株洲市城区人口增长。")  # 株洲市 has no district of that name


def test_places_a_stopped_district_listed_after_a_city_with_a_list_mark_is_none():
    assert "城区" not in _names("太原市、阳泉市、城区居民都来了。")


def test_places_a_second_stopped_district_needs_a_list_mark():
    assert _names("阳泉市郊区矿区治理成效明显。") == ["阳泉市", "郊区"]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("• 黄石市阳新县兴国镇南市村", "南市村"),  # a city's character in a village's name after its town
        ("隆德县:陈靳乡新和村、东和村", "新和村"),  # a 和 that ends the name joins nothing
        ("隆德县:陈靳乡新和村、东和村", "东和村"),
    ],
)
def test_places_village_names_after_their_town_may_hold_市_or_end_in_和(text: str, village: str) -> None:
    assert village in _names(text)


def test_places_no_village_from_a_list_joined_by_和() -> None:
    assert not {"甲和乙村", "和乙村"} & set(_names("陈靳乡甲和乙村、丙村"))


def test_places_a_province_short_form_before_a_citys_zone_is_not_part_of_its_name() -> None:
    assert "株洲高新区" in _names("甄永年一行来到湖南株洲高新区调研。")


def test_places_a_towns_short_form_before_its_village_names_both() -> None:
    mentions, relations = _run("调研组来到宝塔区第四中学、河庄坪赵家岸村等地。")
    assert {"河庄坪镇", "赵家岸村"} <= {m.name for m in mentions}
    assert ("赵家岸村", "河庄坪镇") in {(r.subject.name, r.object.name) for r in relations}


@pytest.mark.parametrize("text", ["调研组来到宝塔区，河庄坪的发展很快。", "河庄坪赵家岸村"])
def test_places_no_short_town_without_its_county_or_a_village_after_it(text: str) -> None:
    assert "河庄坪镇" not in _names(text)


def test_places_an_estates_community_is_no_short_town_and_village() -> None:
    names = _names("安庆日报讯 迎江区组织党员志愿者走进滨江花园社区、人民路街道开展志愿服务。")
    assert "花园社区" not in names and "滨江街道" not in names


def test_places_no_area_named_by_a_jurisdiction_word():
    assert _names("推动辖区内示范区建设,打造青禾示范区。") == ["青禾示范区"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("湖南省三地市榜上有名，分别是株洲市、湘潭市。", {("株洲市", "湖南省"), ("湘潭市", "湖南省")}),
        ("近日，株洲3个县市区获评。3个县市区是醴陵市、攸县。", {("醴陵市", "株洲市"), ("攸县", "株洲市")}),
        ("湖南省五地市代表参加会议，株洲市、湘潭市代表发言。", set()),  # no list the count introduces
        ("湖南省五地市榜上有名，分别是株洲市、赣州市。", {("株洲市", "湖南省")}),  # 赣州 lies in another province
    ],
)
def test_places_a_division_s_counted_group_then_its_list_are_its_parts(text, parts):
    found = extract_places(Doc.of(Document(id="t.txt", text=text)))
    assert {(r.subject.name, r.object.name) for r in found if isinstance(r, Relation)} == parts


@pytest.mark.parametrize("lead", ["新任", "现任", "历任", "换届后新任"])
def test_a_tense_word_before_a_village_title_is_no_village(lead):
    # 新任村党支部书记: the newly appointed village party secretaries, no village called 新任村
    assert not [n for n in _names(f"县长甄永年向{lead}村党支部书记、村委会主任表示祝贺。") if n.endswith("村")]


def test_places_a_village_named_with_an_adjective_is_read_in_a_list_after_its_town():
    names = _names("青山日报讯 入选的有卧龙朝鲜族乡青禾村、勤劳村、前进村。")
    assert {"青禾村", "勤劳村", "前进村"} <= set(names)
    assert "贫困村" not in _names("青山日报讯 卧龙朝鲜族乡青禾村、贫困村都有变化。")


def test_places_a_county_short_form_before_乡_or_镇_is_a_towns_name():
    names = _names("此外还有佳木斯市汤原县汤旺乡青禾村。")
    assert "汤旺县" not in names
    assert {"汤原县", "汤旺乡", "青禾村"} <= set(names)


@pytest.mark.parametrize(
    "text", ["株洲日报讯 醴陵乡镇村三级干部培训班开班。", "株洲日报讯 与会人员参观了浏阳乡村振兴示范点。"]
)
def test_places_a_county_short_form_before_乡镇_or_乡村_is_the_county(text):
    # 乡镇, 乡村 and 镇村 are words of their own: no town is named there
    assert {"醴陵市", "浏阳市"} & set(_names(text))


def test_places_a_village_named_after_a_nationality_follows_its_town():
    names = _names("齐齐哈尔市梅里斯区的卧牛吐镇青禾达斡尔族村和雅尔塞镇乌兰达斡尔族村。")
    assert {"青禾达斡尔族村", "乌兰达斡尔族村"} <= set(names)


def test_places_a_village_written_after_a_development_area_is_part_of_it():
    assert ("青禾村", "柳梧新区") in _part_of("拉萨市柳梧新区青禾村建成游客中心。")


def test_places_a_town_of_a_municipality_is_read_where_the_municipality_is_named():
    assert "桃浦镇" in _names("上海市某某公司。7月29日上午,桃浦镇召开招商推进会。")


def test_places_villages_written_after_their_town_and_的_are_part_of_it():
    text = "长乐新闻网讯 拟命名省级某某村的有松下镇的青禾村、乌兰村,湖南镇的前进村。"
    assert {("青禾村", "松下镇"), ("乌兰村", "松下镇"), ("前进村", "湖南镇")} <= _part_of(text)


def test_places_a_hamlet_屯_after_a_listed_village_is_part_of_it_and_the_list_goes_on():
    part_of = _part_of("某县被列入名录的村庄是:栗木镇青禾村青禾屯、乌兰村乌兰屯,莲花镇前进村。")
    assert {("青禾屯", "青禾村"), ("乌兰村", "栗木镇"), ("乌兰屯", "乌兰村")} <= part_of


def test_places_a_second_village_after_a_listed_village_is_its_natural_village():
    """某镇甲村乙村、: 乙村 is a natural village of 甲村 (and the list's item); 甲村村委会 names no village."""
    part_of = _part_of("入选的乡村有:深泽县赵八镇石桥村北沟村、深泽县赵八镇东庄村。")
    assert {("北沟村", "石桥村"), ("石桥村", "赵八镇"), ("东庄村", "赵八镇")} <= part_of
    assert "村委" not in "".join(_names("深泽县赵八镇石桥村村委会主任卫思齐说。"))


def test_places_a_banner_written_short_with_its_wing_is_read_whole():
    names = _names("截至目前,全市共有全国某某重点村1个,为土右旗沟门镇青禾村。科右中旗也有入选。")
    assert {"土默特右旗", "沟门镇", "科尔沁右翼中旗"} <= set(names)
    assert "土右旗沟门镇" not in names


@pytest.mark.parametrize("word", ["行政村", "偏远村", "多个村", "合并村", "相邻村"])
def test_places_a_generic_village_word_after_a_towns_的_is_no_village(word):
    # 某镇的甲村、乙村 names villages; 某镇的行政村, 偏远村 … are kinds of village, no name
    names = _names(f"株洲日报讯 县长卫思齐走访了攸县黄丰桥镇的{word}。")
    assert "黄丰桥镇" in names
    assert word not in names
    assert "胜利村" in _names("株洲日报讯 县长卫思齐走访了攸县黄丰桥镇的胜利村。")


def _abbreviated(text: str) -> list[tuple[str, str]]:
    """(name, surface) of the places written with one character."""
    from kg.extract import extract

    return [(m.name, m.text) for m in extract(Document(id="t.txt", text=text)).mentions if len(m.text) == 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("双方就中美关系交换了意见。", [("中国", "中"), ("美国", "美")]),
        ("印巴两国边界局势缓和。", [("印度", "印"), ("巴基斯坦", "巴")]),
        ("推动巴以和谈,巴以双方同意停火。", [("巴勒斯坦", "巴"), ("以色列", "以")] * 2),  # 巴 beside 以
        ("中俄边境口岸通关顺利。", [("中国", "中"), ("俄罗斯", "俄")]),
        ("代表团结束访华行程。", [("中国", "华")]),
        ("会见甲国驻华大使乙丙。", [("中国", "华")]),
        ("美方表示愿意继续对话。", [("美国", "美")]),
        ("俄政府宣布新措施。", [("俄罗斯", "俄")]),
        ("全国会议今天在京召开。", [("北京市", "京")]),
        ("欢迎各地客商来湘投资兴业。", [("湖南省", "湘")]),
        ("以中美两国为例。", [("中国", "中"), ("美国", "美")]),  # 以 before the pair is the preposition
        ("11月15日中美两国元首举行会晤。", [("中国", "中"), ("美国", "美")]),  # 日 after a number: the date's
        ("明年将迎来奥中建交50周年。", [("奥地利", "奥"), ("中国", "中")]),
        ("代表团结束访华行程。", [("中国", "华")]),
    ],
)
def test_places_written_with_one_character_where_a_phrase_shows_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _abbreviated(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "集中美化城区环境。",  # 集中|美化
        "海外华人回乡投资。",  # 华人
        "在美丽乡村建设中。",  # 美丽
        "来日方长,后会有期。",  # 来日: days to come
        "日子越来越好。",  # 越来越
        "其中方案三最好。",  # 其中|方案
        "以方便群众办事。",  # 以|方便
        "在京剧团演出。",  # 京剧
        "中美洲国家代表。",  # 中美洲: a region, not 中 and 美
        "甲乙中韩(某市)国际合作示范区",  # a name with its city in brackets
        "他转达了阿里通加总统的问候。",  # 通加: a transliterated name's end
        "乘坐中巴车前往。",  # 中巴: a minibus (no word of relations after it)
        "甲乙奥美医疗公司",  # a pair without China: a firm's name may hold it
        "牧民们在巴音乌拉嘎查交流。",  # a village's name wins
        "在晋升职级时",  # 晋升
        # a code review's cases: given names, prepositions, dates, names after 在, common words
        "张中美、王建国等出席座谈会。",  # a surname, then a given name that looks like a pair
        "种植大户刘美英联合多户村民成立合作社。",
        "在工作中以人民为中心。",  # 以 is a preposition but beside 巴
        "项目坚持以政府投资为引导。",
        "考察团在英德考察,在泰和参观,在湘雅医院看望,在京东方调研。",  # the rest of a name after 在
        "警方在韩某家中查获,对罗某依法处理。",
        "他并不在意别人的眼光,客人说明来意后离开。",
        "一辆中巴在山路上抛锚。",
    ],
)
def test_places_one_character_is_no_place_inside_a_word_or_name(text: str) -> None:
    assert _abbreviated(text) == []


def test_places_pair_of_states_is_no_person():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="记者:印巴两国间的紧张局势有所缓和。"))
    assert not [m for m in x.mentions if m.type.value == "Person"]
    assert [m.name for m in x.mentions if len(m.text) == 1] == ["印度", "巴基斯坦"]


def test_places_in_a_teams_name_are_the_teams():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="甲乙杯决赛中,巴西队以2比1战胜德国队。"))
    kinds = {(m.type.value, m.text) for m in x.mentions}
    assert ("Organization", "巴西队") in kinds and ("Organization", "德国队") in kinds
    assert not [m for m in x.mentions if m.type.value == "Place"]


def test_places_regions_and_oceans():
    assert _names("南亚和北欧国家的代表,以及太平洋岛国") == ["南亚", "北欧", "太平洋"]


def test_places_a_verb_and_a_province_is_no_person():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="省委书记甲乙丙在长沙会见了来湘出席会议的嘉宾代表。"))
    assert "湖南省" in [m.name for m in x.mentions if m.text == "湘"]
    assert not [m for m in x.mentions if m.text == "来湘" or m.name == "来湘"]
    assert not [r for r in x.relations if "来湘" in (r.subject.name, getattr(r.object, "name", ""))]


def test_places_a_persons_given_name_holding_a_province_is_the_person():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="张来湘同志出席会议。"))
    assert [m.name for m in x.mentions] == ["张来湘"]


def test_places_one_character_at_the_texts_end():
    assert _abbreviated("代表团结束访华") == [("中国", "华")]


def test_places_a_sea_opening_a_firms_name_is_the_firms():
    from kg.extract import extract

    x = extract(Document(id="t.txt", text="太平洋甲乙保险公司长沙分公司开业。"))
    assert not [m for m in x.mentions if m.type.value == "Place" and m.name == "太平洋"]


@pytest.mark.parametrize(
    "text, village, town",
    [
        ("株洲市醴陵市白兔潭镇卢村、网岭镇罗家村入选。", "卢村", "白兔潭镇"),  # a surname alone before 村
        ("株洲市醴陵市白兔潭街道办石桥村入选。", "石桥村", "白兔潭街道"),  # 街道办: the subdistrict's office
    ],
)
def test_places_villages_after_their_town_named_by_a_surname_or_after_its_office(text, village, town):
    mentions, relations = _run(text)
    assert village in [m.name for m in mentions]
    assert (village, town) in {(r.subject.name, r.object.name) for r in relations}


def test_places_no_village_of_a_word_or_a_function_character_after_a_town():
    names = _names("株洲市醴陵市白兔潭镇农村、白兔潭镇的村、白兔潭镇杨村的路")
    assert not {"农村", "的村", "杨村"} & set(names)


def test_places_a_town_named_after_a_village_when_a_village_ends_the_item():
    mentions, relations = _run("湖南省株洲市攸县甄村乡罗家村、网岭镇石桥村入选。")
    assert {"甄村乡", "罗家村"} <= {m.name for m in mentions}
    assert ("罗家村", "甄村乡") in {(r.subject.name, r.object.name) for r in relations}
    assert "甄村乡" not in _names("湖南省株洲市攸县甄村乡村振兴有新进展。")


def test_places_a_foreign_city_the_lexicon_lacks_after_its_country_in_a_list_is_part_of_it():
    _mentions, relations = _run("会见了芬兰卡洛维塔地区、毛里求斯萨比-洛津市等友好城市代表团。")
    parts = {(r.subject.name, r.object.name) for r in relations}
    assert {("卡洛维塔地区", "芬兰"), ("萨比-洛津市", "毛里求斯")} <= parts
    assert not {"全国各大城市", "西北部某某市"} & set(_names("美国全国各大城市、美国西北部某某市。"))


def test_places_villages_the_dictionary_reads_as_words_inside_a_list_of_villages():
    mentions, _relations = _run("湖南省株洲市攸县网岭镇罗家村、五一村、大张村、石桥村。")
    assert {"罗家村", "五一村", "大张村", "石桥村"} <= {m.name for m in mentions}


def test_places_a_town_name_shared_nationally_inside_a_list_of_one_countys_towns():
    """宁家坪镇、网岭镇、新市镇、桃水镇 (no county written): 新市镇 names nine towns in China, one in the county whose
    towns the list names; 桃水镇 comes with it."""
    mentions, _relations = _run("他先后到宁家坪镇、网岭镇、新市镇、桃水镇调研。")
    found = {m.name: m.prop("code") for m in mentions}
    assert found.keys() == {"宁家坪镇", "网岭镇", "新市镇", "桃水镇"}
    assert found["新市镇"].startswith("430223")


def test_places_villages_with_their_hamlets_in_a_list():
    """某镇甲村甲屯、大营村上营屯、乙村乙屯 and 某乡卢村卢村屯: a hamlet after its village (named after it, or one the
    names do not read) leaves the list going on; a village named by a surname alone before its hamlet is read."""
    text = "攸县网岭镇罗家村罗家屯、大营村上营屯、石桥村石桥屯,宁家坪镇卢村卢村屯、桃源村桃源屯。"
    names = set(_names(text))
    assert {"罗家村", "大营村", "石桥村", "卢村", "卢村屯", "桃源村"} <= names


@pytest.mark.parametrize(
    "text, not_a_place",
    [
        ("醴陵市白兔潭镇包村、包户干部深入一线开展走访。", "包村"),  # a verb and 村, no village
        ("攸县网岭镇管村、管组干部到岗到位。", "管村"),
        ("攸县农村乡风卫生村、卫生家庭评选结果揭晓。", "农村乡"),  # a word, no town named after a village
        ("会见了韩国首都首尔市代表团。", "首都首尔市"),  # a descriptive word is no part of a foreign city
        ("新塘镇、虎门镇、长安镇、石湾镇入选全国千强镇。", "长安镇"),  # no province agreement across a gap
    ],
)
def test_places_review_cases_that_are_no_places(text, not_a_place):
    assert not_a_place not in _names(text)


def test_places_villages_after_their_town_named_by_a_word_or_holding_村():
    text = "深泽县:铁杆镇贵村、赵八镇北村村、赵八镇罗家村。铁杆镇复兴村党支部书记卫思齐说。"
    found = list(extract_places(Doc.of(Document(id="t.txt", text=text))))
    places = {m.name for m in found if isinstance(m, Mention)}
    assert {"贵村", "北村村", "罗家村", "复兴村"} <= places
    parts = {(r.subject.name, r.object.name) for r in found if isinstance(r, Relation)}
    assert ("复兴村", "铁杆镇") in parts


def test_places_a_named_industrial_park_or_area_is_a_place_not_a_project():
    x = extract_all(Document(id="t.txt", text="项目位于深泽县石桥工业园,与铁杆工业区相邻,推动工业园区发展。"))
    places = {m.name: m.prop("level") for m in x.mentions if m.type is EntityType.PLACE}
    assert places.get("石桥工业园") == "area" and places.get("铁杆工业区") == "area"
    assert not [m.name for m in x.mentions if m.type is EntityType.PROJECT and "工业" in m.name]
    assert "工业园区" not in places  # a bare kind of area is no place


def test_places_villages_listed_by_name_alone_are_places_but_slogans_are_not():
    found = list(extract_places(Doc.of(Document(id="t.txt", text="会上介绍了石桥村、前罗家村、王庄村等3个村的经验。"))))
    assert {"石桥村", "前罗家村", "王庄村"} <= {m.name for m in found if isinstance(m, Mention)}
    text = "打造产业强村、文化兴村、旅游富村。推进新农村、美丽乡村、文明村建设。"
    assert not [m.name for m in extract_places(Doc.of(Document(id="t.txt", text=text))) if isinstance(m, Mention)]


def test_places_towns_listed_by_short_names_before_their_shared_unit():
    text = "在该县的铁杆、赵八等镇开展试点。推动园区、基地等乡镇发展,提升城乡面貌。"
    found = [m for m in extract_places(Doc.of(Document(id="t.txt", text=text))) if isinstance(m, Mention)]
    assert {m.name for m in found} == {"铁杆镇", "赵八镇"}  # (the gazetteer knows both; 园区 and 城乡 are words)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("深入推进金融改革、品牌兴县等创新改革工作。", []),  # a slogan: the county thrives on its brands
        ("坚持科教兴县和人才强县战略,推动产业富县。", []),
        ("代表团来到兴县考察。", ["兴县"]),
        ("吕梁市兴县", ["吕梁市", "兴县"]),
        ("富县县长卫思齐", ["富县"]),
    ],
)
def test_places_a_one_character_county_ending_a_development_slogan_is_no_place(text, names):
    assert _names(text) == names


def test_places_a_verb_of_going_before_an_area_is_no_part_of_its_name():
    assert _names("滨州市党政考察团来西海岸新区考察") == ["滨州市", "西海岸新区"]


def test_places_villages_a_town_labels_with_a_colon_are_its_villages():
    """某镇:甲村、乙村 (a list's line by town): one or two villages, each the town's."""
    assert _part_of("深泽县(3个)\n铁杆镇:石桥村、罗家村\n赵八镇:王庄村\n") >= {
        ("石桥村", "铁杆镇"),
        ("罗家村", "铁杆镇"),
        ("王庄村", "赵八镇"),
    }


def test_places_a_town_alone_after_a_verb_of_location_when_the_gazetteer_has_one_of_that_name():
    """项目位于某某镇: the page need not name the town's county (one town of that name in the gazetteer)."""
    assert "赵八镇" in _names("我区现场开工的新材料产业园项目位于赵八镇,项目占地105亩。")


def test_places_a_common_word_after_a_verb_of_location_is_no_town():
    """位于小城镇的周边: 小城镇 is a word (a town of that name exists elsewhere)."""
    assert _names("许多返乡创业项目位于小城镇的周边。") == []


def test_places_villages_a_town_labels_with_its_count_and_a_colon_are_its_villages():
    """某街道(2个):甲村、乙村 (a list's line by town, the town's count in brackets)."""
    assert _part_of("深泽县(3个)\n铁杆镇(2个):石桥村、罗家村\n赵八镇(1个):王庄村\n") >= {
        ("石桥村", "铁杆镇"),
        ("罗家村", "铁杆镇"),
        ("王庄村", "赵八镇"),
    }


def test_places_a_village_committee_before_a_village_is_no_natural_village_name():
    """甲村委乙村: 委 is the committee's (甲村村委), no natural village 委乙村 (review)."""
    names = _names("入选村屯名单：深泽县赵八镇石桥村委王庄村、北关镇东庄村委会上村。")
    assert not any(n.startswith("委") for n in names)


def test_places_a_village_named_by_one_character_and_its_unit_after_its_town() -> None:
    # 某镇闵村村、某镇卫乡村,: one character and 村 or 乡 is the village's own name; 美丽乡村 stays no village
    text = "攸县:网岭镇闵村村,皇图岭镇卫乡村、鸾山村。各镇美丽乡村、特色小镇建设加快。"
    mentions, _ = _run(text)
    names = [m.name for m in mentions]
    assert {"闵村村", "卫乡村", "鸾山村"} <= set(names)
    assert not any(n.endswith("乡村") and n != "卫乡村" for n in names)


def test_places_a_village_committees_natural_village_is_a_place_under_it() -> None:
    # 某镇某村委会某某村、: the natural village written after its committee; 某村委会主任 names no village
    mentions, relations = _run("网岭镇罗家村委会甄家湾村、网岭镇石桥村委会冯村、皇图岭镇新联村委会主任甲说。")
    names = {m.name for m in mentions}
    assert {"罗家村", "甄家湾村", "石桥村", "冯村"} <= names
    assert ("甄家湾村", "罗家村") in {(r.subject.name, r.object.name) for r in relations}
    assert not any(n.startswith("主任") for n in names)
    # 某村委会全村、进村: words, no natural village
    mentions, _ = _run("攸县网岭镇罗家村委会全村、各组开展环境整治,罗家村委会进村、入户开展宣传。")
    assert not {"全村", "进村"} & {m.name for m in mentions}


def test_places_a_communitys_or_administrative_villages_village_is_a_place_under_it() -> None:
    # 某镇某社区某某中心村, 某镇某行政村某某中心村: the village written after the community it belongs to
    mentions, relations = _run("攸县(3个):网岭镇罗家社区前山中心村、皇图岭镇新联行政村新庄中心村。")
    assert {"前山中心村", "新庄中心村"} <= {m.name for m in mentions}
    parts = {(r.subject.name, r.object.name) for r in relations}
    assert {("前山中心村", "罗家社区"), ("新庄中心村", "新联行政村")} <= parts
    assert ("网岭镇", "攸县") in parts  # (a count in brackets before the label's colon: the county still heads it)
