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
        # a list's item joined by 及/和 with no head before it: one project as written
        (
            "本次开工的重大项目包括:清河湿地公园提升及防洪堤建设项目、白沙县第二中学扩建项目。",
            ["清河湿地公园提升及防洪堤建设项目", "白沙县第二中学扩建项目"],
        ),
        # 及 joins two items sharing 等项目 (no head of their own): two projects
        (
            "重点项目包括铁杆镇道路硬化、赵八镇污水处理及城区集中供热等项目。",
            ["铁杆镇道路硬化", "赵八镇污水处理", "城区集中供热"],
        ),
        # 公司化: run as a company, no firm's name
        ("深泽县滹沱河治理工程公司化运营。", ["深泽县滹沱河治理工程"]),
        # heads inside one name (工业园|区物流园|建设项目): one project, not three
        (
            "先后到清河工业园区物流园建设项目、白沙县第二中学扩建项目调研。",
            ["清河工业园区物流园建设项目", "白沙县第二中学扩建项目"],
        ),
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
        "要加强对辖区项目的服务，同时项目建设要注重质量。",
        "该地块规划建设商业项目和综合体项目。",
        "2．地级市项目投资完成率前九名项目，按责任单位排序。",
        "这是富民工程,不是政绩工程。",  # kinds of projects, no names
        "实施节水改造工程和配套路网工程。",
        "围绕产业链开展延链、补链、强链项目招引,推进园区项目和技改项目建设。",  # links of a chain, classes
        "签约过亿元项目5个,另有拟合作项目3个。",
    ],
)
def test_projects_reject_generic_phrases(text):
    assert find_projects(text) == []


def test_projects_located_in_from_site_verb():
    _, relations = _run("湖南(国际)智能装备博览园选址长沙市。")
    assert [(r.subject.name, r.object.name) for r in relations] == [("湖南(国际)智能装备博览园", "长沙市")]


def test_projects_a_lists_heading_puts_its_projects_in_the_place_and_a_firms_工程_is_no_head():
    text = "此次签约落户深泽县的项目有:由江州路桥工程公司投资的甲村道路改造项目、乙厂扩建项目。"
    mentions, relations = _run(text)
    assert {m.name for m in mentions} == {"甲村道路改造项目", "乙厂扩建项目"}
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("甲村道路改造项目", "深泽县"),
        ("乙厂扩建项目", "深泽县"),
    }


def test_projects_short_name_unified_with_long_one():
    mentions, _ = _run("将重点支持广汽长沙基地建设。希望广汽加大长沙基地投资。")
    assert {m.name for m in mentions} == {"广汽长沙基地"}


@pytest.mark.parametrize(
    "text",
    [
        "总投资210亿元！18个重大项目集中开工。",
        "2025年漳州市重大项目集中签约活动举行。",
        "今年以来共引进超亿元项目52个。",
        "确保城市更新项目按期落地。",
        "累计实施老旧小区改造项目260个。",
        "泉州核电和海上风电项目进展顺利。",
        "要加快推进县域工业园提质。",
        "确保全年各项目标任务圆满完成。",
        "安溪县入选全国农村宅基地制度改革试点地区。",
        "将建立重大项目专班推进机制。",
        "全县再次掀起重大项目建设热潮。",  # a verb, then generic words, then the head: a clause, no name
        "要充分发挥项目带动作用。",
    ],
)
def test_projects_reject_classes_counts_and_topics(text):
    assert find_projects(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("德化县积极创建国家现代农业产业园。", []),
        ("晋江入选第三批国家骨干冷链物流基地。", []),
        ("推进晋江智能装备产业园项目建设。", ["晋江智能装备产业园项目"]),
        ("石狮市政府与某集团有限公司签订石狮古港文旅综合开发项目合作协议。", ["石狮古港文旅综合开发项目"]),
    ],
)
def test_projects_titles_are_not_projects(text, names):
    assert [p.name for p in find_projects(text)] == names


@pytest.mark.parametrize("first", ["甲乙智能物流园项目", "戊己智能物流园项目"])
def test_projects_short_name_joins_the_longer_name_written_first_not_a_set_order(first):
    # two longer names of one length end with the same short name: the choice follows
    # the text (the first written), never a set's order, which moves with the hash seed
    from kg.extract.projects import FoundProject, _unify

    other = ({"甲乙智能物流园项目", "戊己智能物流园项目"} - {first}).pop()
    found = [FoundProject(0, 9, first), FoundProject(20, 29, other), FoundProject(40, 47, "智能物流园项目")]
    for order in (found, found[::-1]):
        assert _unify(order)["智能物流园项目"] == first


@pytest.mark.parametrize(
    ("text", "project", "place"),
    [
        ("位于天元区的东方新材料产业园项目开工。", "东方新材料产业园项目", "天元区"),
        ("他来到醴陵市，调研青瓷文化园项目。", "青瓷文化园项目", "醴陵市"),
    ],
)
def test_projects_located_in_the_place_the_sentence_states(text, project, place):
    x = extract(Document(id="t.txt", text=text))
    located = {(str(r.subject), str(r.object)) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert (f"project/{project}", f"place/{place}") in located


def test_projects_a_place_inside_the_name_is_no_stated_location():
    # 某区某某项目: the name carries the place, the text states no link (issue 16's false located_in)
    x = extract(Document(id="t.txt", text="荷塘区云栖数字城项目进展顺利。"))
    assert [m.name for m in x.mentions if m.type is EntityType.PROJECT] == ["荷塘区云栖数字城项目"]
    assert not [r for r in x.relations if r.predicate is Predicate.LOCATED_IN]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("去年建成投产星河微电子12英寸线项目。", ["星河微电子12英寸线项目"]),  # 投产 ends the clause in front
        ("全年完成江滨路改造项目。", ["江滨路改造项目"]),
        ("其常委会共完成立法项目12件。", []),  # law-making items build nothing
    ],
)
def test_projects_finishing_verbs_and_work_items(text, names):
    assert [p.name for p in find_projects(text)] == names


def test_projects_a_count_inside_the_phrase_is_a_class_not_a_project():
    x = extract(
        Document(
            id="t.txt", text="全国共有50个国家现代农业产业园、40个优势特色产业集群。我省2个国家级现代农业产业园入选。"
        )
    )
    assert not [m.name for m in x.mentions if m.type is EntityType.PROJECT and "个" in m.name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "京港澳高速衡阳段和蒸湘大道改造工程开工，衡阳水库除险加固工程同步推进。",
            ["蒸湘大道改造工程", "衡阳水库除险加固工程"],
        ),
    ],
)
def test_projects_roads_and_reservoirs(text, names):
    found = [p.name for p in find_projects(text)]
    assert all(n in found for n in names)


def test_projects_policy_wording_is_no_project():
    assert find_projects("明确项目责任，盘活存量工业项目，推进重点项目，谋划一批项目。") == []


@pytest.mark.parametrize(
    "text",
    [
        "要主动破解项目难题，实地查看项目进展，切实解决项目落地问题，紧盯项目节点。",
        "此次重大项目集中开工，第四季度重大项目有序推进，打造典型示范项目和基础性工程。",
    ],
)
def test_projects_the_object_of_officials_work_is_no_project(text):
    assert find_projects(text) == []


def test_projects_building_verbs_still_name_projects():
    assert [p.name for p in find_projects("城区道路改造工程和第二污水处理厂扩建工程开工。")] == [
        "城区道路改造工程",
        "第二污水处理厂扩建工程",
    ]


def test_projects_items_after_项目包括_are_projects():
    text = "其中，超10亿元的重点产业项目包括康华湾区科技园二期、保华湾区总部、顺达粤西智慧供应链产业园等。"
    names = [p.name for p in find_projects(text)]
    assert "保华湾区总部" in names and "顺达粤西智慧供应链产业园" in names


def test_projects_items_of_a_class_listed_after_具体为_are_projects():
    text = (
        "产业转型类项目3项,具体为:青禾文化产业园、北塘物流园、东河新材料技术改造等。"
        "民生类2项,具体为:南岭小区、西川路改造。"
    )
    names = [p.name for p in find_projects(text)]
    assert {"北塘物流园", "东河新材料技术改造", "南岭小区"} <= set(names)
    assert not any(n.endswith("等") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "县委、县政府高度重视项目工作，今年明确提出要牵牢项目建设。",  # 项目工作; 牵牢 takes the head as its object
        "着力通过项目建设强化产业支撑。",
        "下一步将突出五大产业园建设。",  # 五大: a class of five
        "徐某详细询问每个工程进度。",  # 每个: every one
    ],
)
def test_projects_verbs_classes_and_work_around_a_head_name_no_project(text):
    assert find_projects(text) == []


def test_projects_a_name_the_tagger_alone_reads_inside_a_listed_project_is_the_projects():
    text = "产业转型类项目3项,具体为:青禾文化产业园、甄思远危废、卫新源纳米钙等。"
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.type.name == "PERSON"]
    assert {m.name for m in x.mentions if m.type.name == "PROJECT"} >= {"甄思远危废", "卫新源纳米钙"}


def test_projects_a_park_read_as_a_project_is_no_place_too():
    text = "产业转型类项目3项,具体为:青禾文化产业园、北塘物流园、东河新材料技术改造等。"
    x = extract(Document(id="t.txt", text=text))
    assert "北塘物流园" in {m.name for m in x.mentions if m.type.name == "PROJECT"}
    assert "北塘物流园" not in {m.name for m in x.mentions if m.type.name == "PLACE"}


def test_projects_streets_quarters_and_promenades_are_heads():
    text = "徐某一行来到北塘路高品质步行街区、青禾特色街区(一期),随后督查了城南滨水长廊。开展“特色街区”现场督查。"
    assert [p.name for p in find_projects(text)] == ["北塘路高品质步行街区", "青禾特色街区", "城南滨水长廊"]


def test_projects_a_listed_item_keeps_its_own_words_not_the_last_items_head():
    """具体为:甲、乙、丙工程: 甲 and 乙 are projects as written, not 甲工程 and 乙工程."""
    text = "产业转型类项目3项,具体为:北塘风电二期、南湾岛、西川煤矿输煤工程等。"
    assert [p.name for p in find_projects(text)] == ["北塘风电二期", "南湾岛", "西川煤矿输煤工程"]


def test_projects_a_park_inside_a_longer_project_name_is_no_place():
    text = "产业转型类项目2项,具体为:隆青禾农产品物流园、北塘食品产业园二期。"
    x = extract(Document(id="t.txt", text=text))
    assert not [m.name for m in x.mentions if m.type.name == "PLACE" and m.name.endswith("园")]


def test_projects_a_park_a_longer_project_is_in_stays_a_place():
    x = extract(Document(id="t.txt", text="株洲湘江物流园标准厂房项目签约落户。"))
    assert "株洲湘江物流园" in {m.name for m in x.mentions if m.type.name == "PLACE"}


def test_projects_no_name_runs_over_an_official_who_announces_it():
    text = "随后，县委书记甄永年宣布青禾县2019年转型项目集中开工。"
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.type.name == "PROJECT"]


def test_projects_a_region_inside_a_name_is_no_site():
    x = extract(Document(id="t.txt", text="重点项目包括保华大湾区总部、顺达集团长三角总部等。"))
    assert not [r for r in x.relations if r.predicate is Predicate.LOCATED_IN]


@pytest.mark.parametrize("text", ["创建工作是一项系统工程，需要全社会参与。", "今年将实施一批重点项目。"])
def test_projects_counted_phrase_is_no_name(text):
    assert find_projects(text) == []


def test_projects_a_listed_visit_starts_after_the_visitors_and_their_verb():
    """甲、乙一行先后到丙、丁等项目: the visitors and 一行先后到 are no part of the first project."""
    names = [p.name for p in find_projects("卫某、甄某一行先后到青峰电子、白沙物流等项目建设现场调研")]
    assert names == ["青峰电子", "白沙物流"]
    names = [p.name for p in find_projects("我们要加快推进东湖大桥和滨江公园、城南污水处理厂等项目。")]
    assert names == ["滨江公园", "城南污水处理厂"]  # the first item is cut at 和 as before


@pytest.mark.parametrize(
    "text",
    [
        "大学毕业后,甄永年进入河北省工程咨询公司工作。",  # 工程咨询: a trade, no project's end
        "中铁某某工程局承建该路段。",
        "他曾是一名工程兵。",
    ],
)
def test_projects_no_project_ends_inside_a_longer_word(text):
    assert _run(text)[0] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("湘潭市湘江四桥改造工程局部通车,市民出行更加便捷。", "湘潭市湘江四桥改造工程"),
        ("中铁某局承建的长株潭城际铁路工程队伍昼夜施工。", "长株潭城际铁路工程"),
    ],
)
def test_projects_a_head_before_局部_or_队伍_still_ends_the_name(text, name):
    assert name in [m.name for m in _run(text)[0]]


@pytest.mark.parametrize(
    "text", ["本次春季产业项目集中签约。", "大力引进战略性新兴产业项目。", "加快先进制造业项目建设。"]
)
def test_projects_an_industry_class_or_a_season_names_no_project(text):
    assert _run(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "醴陵主要工业门类包括陶瓷、烟花爆竹、服饰、玻璃等。",  # a class of industries, no project list
        "考核指标分为两大类，一类具体包括：经济发展、社会治理、生态保护。",
        "该项目主要包括厂房、办公楼、宿舍楼。",  # a project's parts
    ],
)
def test_projects_no_list_of_things_after_类_or_a_projects_parts(text):
    assert find_projects(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("今年的重点项目包括醴陵陶瓷产业园项目和攸县物流园项目。", ["醴陵陶瓷产业园项目", "攸县物流园项目"]),
        ("重点工程包括渌口大道、株洲火车站改造工程以及渌江大桥。", ["渌口大道", "株洲火车站改造工程", "渌江大桥"]),
        ("攸县召开高铁新城项目工作推进会。", ["高铁新城项目"]),
        ("五大连池矿泉水产业园项目正式开工。", ["五大连池矿泉水产业园项目"]),
        ("中共一大纪念馆改扩建工程顺利完工。", ["中共一大纪念馆改扩建工程"]),
        ("推进荷塘区、芦淞区老街街区改造。", ["芦淞区老街街区"]),
        ("攸县将建设城南步行街区、高新区和经开区。", ["城南步行街区"]),
    ],
)
def test_projects_listed_joined_counted_and_quarter_names(text, names):
    assert [p.name for p in find_projects(text)] == names


def test_projects_a_name_after_an_official_and_the_verb_of_charge():
    x = extract(Document(id="t.txt", text="副县长甄永年挂点攸县物流园项目，每周到现场办公。"))
    assert [m.name for m in x.mentions if m.type.name == "PROJECT"] == ["攸县物流园项目"]


def test_projects_no_project_in_a_list_of_kinds_of_work():
    text = "前阶段我们重点抓了移民安置、推进经济合作帮助库区发展、援建社会公益项目、抓好劳务合作等工作。"
    assert find_projects(text) == []


def test_projects_a_project_and_its_site_listed_and_the_area_it_lies_in():
    text = "莲湖区委书记甄永年深入西关街道辖区西桃园城改项目工地、南小巷北段棚改项目工地调研。"
    x = extract(Document(id="t.txt", text=text))
    assert {m.name for m in x.mentions if m.type.name == "PROJECT"} == {"西桃园城改项目", "南小巷北段棚改项目"}
    assert ("西桃园城改项目", "西关街道") in {
        (r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "located_in"
    }


@pytest.mark.parametrize(
    "text",
    [
        "卫思齐先后来到项目现场、滨江路提质改造项目现场调研。",
        "卫思齐先后来到在建项目施工现场和滨江路提质改造项目施工现场。",
        "卫思齐先后来到重点项目工地、滨江路提质改造项目工地调研。",
    ],
)
def test_projects_a_site_with_no_name_before_a_named_one_is_no_project(text):
    mentions, _ = _run(text)
    assert [m.name for m in mentions] == ["滨江路提质改造项目"]


def test_projects_辖区内_ends_the_clause_before_a_project_name():
    mentions, relations = _run("攸县辖区内青禾安置房项目开工。")
    assert [m.name for m in mentions] == ["青禾安置房项目"]
    assert [(r.subject.name, r.object.name) for r in relations] == [("青禾安置房项目", "攸县")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("分别是总投资0.7亿元的高标准农田建设项目。", ["高标准农田建设项目"]),
        ("总投资5亿元的青禾集团分公司生猪养殖及饲料厂建设项目开工。", ["青禾集团分公司生猪养殖及饲料厂建设项目"]),
        ("总投资0.3亿元的滨江大道绿化、亮化建设项目开工。", ["滨江大道绿化、亮化建设项目"]),
        ("推进青禾产业园及白鹭项目建设。", ["青禾产业园", "白鹭项目"]),
        ("建设规划定位好、创新平台好、产业项目好的园区。", []),
        ("9个项目吹响施工号角，步入工程建设阶段。", []),
        ("集中开工的项目主要包含产业类、基础设施类两大领域。", []),
    ],
)
def test_projects_names_with_建设_and_joined_parts(text, names):
    mentions, _ = _run(text)
    assert [m.name for m in mentions] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议研究了财政预算调整及网岭镇集镇改造项目。", ["网岭镇集镇改造项目"]),
        ("卫思齐一行督导了人居环境整治及城区道路改造项目。", ["城区道路改造项目"]),
    ],
)
def test_projects_a_task_before_及_is_no_part_of_the_project(text, names):
    mentions, _ = _run(text)
    assert [m.name for m in mentions] == names


def test_projects_our_county_is_no_part_of_the_name():
    mentions, _ = _run("市委书记深入我县清溪水库工程现场,察看全市青山产业园项目进展。")
    assert {m.name for m in mentions} == {"清溪水库工程", "青山产业园项目"}


def test_projects_whose_and_what_is_done_name_no_project():
    mentions, _ = _run("全力推动我区项目建设,力争项目早日投产,加快重组项目审批,今年项目全部开工。")
    assert mentions == []
    mentions, _ = _run("该县清溪陶瓷(三期)扩建项目开工。")
    assert [m.name for m in mentions] == ["清溪陶瓷(三期)扩建项目"]
    # 该县 cut off by the left boundary before the own-place rule saw it: 县湘东… and 县今年项目
    mentions, _ = _run("该县湘东特色农产品加工产业园项目签约落户,该县今年项目开工率达到95%。")
    assert [m.name for m in mentions] == ["湘东特色农产品加工产业园项目"]


@pytest.mark.parametrize(
    ("text", "located"),
    [
        ("总投资25亿元的锦程新能源汽车零部件产业园项目在天元区开工。", {("锦程新能源汽车零部件产业园项目", "天元区")}),
        ("攸县与东瑞科技集团签约，东瑞智能装备制造基地项目正式落户攸县。", {("东瑞智能装备制造基地项目", "攸县")}),
        ("锦程新能源汽车零部件产业园项目在长沙市签约。", set()),  # a signing's venue is no site
    ],
)
def test_projects_built_at_a_place_or_settled_there_after_an_adverb(text, located):
    x = extract(Document(id="t.txt", text=text))
    got = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert got == located


def test_projects_work_on_projects_and_their_time_name_none():
    mentions, _ = _run("听取汇报,了解当前项目进展,真正摸清摸透项目情况,确保各自挂点牵头项目落地。")
    assert mentions == []


def test_projects_sited_in_a_list_of_places():
    _, located = _run("清溪高标准农田建设项目主要位于黄丰桥镇、鸾山镇、网岭镇等地,计划建设高标准农田1万亩。")
    assert {r.object.name for r in located} == {"黄丰桥镇", "鸾山镇", "网岭镇"}


def test_projects_a_bracketed_qualifier_inside_a_long_name():
    names = [p.name for p in find_projects("推进清溪市生活垃圾焚烧发电场扩建(二期)工程建设。", [], [])]
    assert names == ["清溪市生活垃圾焚烧发电场扩建(二期)工程"]
    mentions, _ = _run("签约清溪能化企业综合服务基地(总部基地)项目。")
    assert [m.name for m in mentions] == ["清溪能化企业综合服务基地(总部基地)项目"]


@pytest.mark.parametrize("written", ["(简称污水提质工程)", "（以下简称污水提质工程）"])
def test_projects_a_short_name_in_brackets_after_the_whole_is_no_project(written):
    mentions, _ = _run(f"株洲市城区污水处理厂提质改造工程{written}正式开工。")
    assert [m.name for m in mentions] == ["株洲市城区污水处理厂提质改造工程"]  # not 简称污水提质工程


def test_projects_a_role_or_a_verb_before_projects_names_none():
    mentions, _ = _run("要牢固树立项目为王理念,高效打通项目堵点,谋划一批引领性项目和重大破局性项目。")
    assert mentions == []


def test_projects_a_visit_verb_before_the_site_is_no_part_of_its_name():
    names = [p.name for p in find_projects("区长一行来到西部(清溪)智慧中药制剂创新中心项目现场。", [], [])]
    assert names == ["西部(清溪)智慧中药制剂创新中心项目"]
    names = [p.name for p in find_projects("市长还到清溪集团儿童药智能制造基地调研。", [], [])]
    assert names == ["清溪集团儿童药智能制造基地"]


def test_projects_a_phase_in_brackets_before_建设项目_is_part_of_the_name():
    text = "重点项目主要有新疆青禾猪业有限公司60万头生猪养殖(二期)建设项目、乌兰20万锭纺纱项目等。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type is EntityType.PROJECT}
    assert "新疆青禾猪业有限公司60万头生猪养殖(二期)建设项目" in names


@pytest.mark.parametrize(
    "text",
    [
        "积极争取北京援藏项目、十二五时期援藏项目。",
        "力促重大项目落地。",
        "自治区层面重大项目推进顺利。",
        "涉及建筑工程、加工工程和跨境电商工程。",
        "丘北县项目集中开工。",
    ],
)
def test_projects_aid_periods_levels_fields_a_places_projects_and_urging_verbs_name_no_project(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [m.name for m in x.mentions if m.type is EntityType.PROJECT]


def test_projects_listed_before_等_a_count_and_项目_are_each_a_project():
    text = "其中,青禾农机装配制造、乌兰驼奶加工等4个项目已开复工建设。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type is EntityType.PROJECT}
    assert names == {"青禾农机装配制造", "乌兰驼奶加工"}


@pytest.mark.parametrize("text", ["要始终坚持项目为王的理念。", "加强项目调度。"])
def test_projects_a_verb_of_work_on_projects_makes_no_name(text):
    # 提高|项目施工效率, 坚持|项目为王: 项目 the verb's object, no project named
    assert find_projects(text, [], []) == []


def test_projects_a_visits_dao_is_no_part_of_the_first_listed_project():
    text = "甄永年一行先后深入到甲乙电子锂离子电池PACK、丙丁通信产业园特种光纤等项目建设现场。"
    names = [p.name for p in find_projects(text, [], [])]
    assert "甲乙电子锂离子电池PACK" in names
    assert not any(n.startswith("到") for n in names)


def test_projects_a_name_ending_in_tigao_stays_a_project():
    # 提高 ends names too (某灌区节水效率提高项目): only verbs that never end one take 项目 as their object
    assert [p.name for p in find_projects("浏阳市灌区节水效率提高项目今年开工建设。", [], [])] == [
        "浏阳市灌区节水效率提高项目"
    ]


@pytest.mark.parametrize(
    "text",
    ["某县2023年12月招商引资项目签约仪式举行。", "全县2021年3月份项目集中开工。", "我市一季度项目建设推进有力。"],
)
def test_projects_the_projects_of_a_month_or_quarter_are_no_project(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.type.value == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "吸引200多名当地村民到基地务工。",  # people counted in the span
        "建成甄村香米6大高效特色种植基地,这6大基地带动就业。",  # a class counted in Arabic digits
        "加速重大产业项目落地。",  # a clause adverb before the head
        "甲乙双方举行签约仪式并见证项目签约。",
    ],
)
def test_projects_counted_people_classes_and_clause_verbs_name_no_project(text):
    assert find_projects(text) == []


def test_projects_a_verb_of_taking_charge_ends_the_clause_before_a_name():
    names = [p.name for p in find_projects("罗家村负责牵头前期出资并联系甄村蔬菜产业园项目。")]
    assert names == ["甄村蔬菜产业园项目"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("奋进新征程|清河县项目建设热潮涌动。", []),  # a headline's two parts
        ("整个项目预计明年投产。", []),
        ("甄村砂布技术改造项目位于清河·白沙民族工业园。", ["甄村砂布技术改造项目"]),  # (the park: a place)
    ],
)
def test_projects_a_bar_a_determiner_and_位于_name_no_project_part(text, names):
    assert [p.name for p in find_projects(text)] == names


def test_projects_a_visit_that_went_on_elsewhere_places_no_project_at_its_first_stop():
    text = "考察团首先来到深泽县城区,参观了规划馆,随后赴园区考察,实地察看了石桥大道改造工程。"  # (园区: no place)
    x = extract(Document(id="t.txt", text=text))
    sites = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert not any(place == "深泽县" for _, place in sites)


def test_projects_a_visit_that_goes_on_to_the_fields_or_a_site_stays_where_it_came():
    text = "考察团来到深泽县铁杆镇,深入田间地头,实地察看了石桥大道改造工程。"
    x = extract(Document(id="t.txt", text=text))
    sites = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert ("石桥大道改造工程", "深泽县") in sites


@pytest.mark.parametrize("phrase", ["进一步完善项目", "强攻项目", "寻找合适项目", "提升项目"])
def test_words_of_doing_before_a_head_name_no_project(phrase):
    """…,进一步完善项目规划 / 强攻项目: verbs, adverbs and adjectives before 项目 say what is done, no name."""
    text = f"会议要求,各部门要{phrase}建设,推动深泽县道路改造工程早日完工。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Project"}
    assert names == {"深泽县道路改造工程"}


def test_a_place_before_words_of_doing_names_a_project():
    """深泽县清洁取暖项目, 赵八镇引水工程: the place names the project, the verbs after it its kind."""
    text = "县长卫思齐检查了深泽县清洁取暖项目和赵八镇引水工程建设情况。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Project"}
    assert names == {"深泽县清洁取暖项目", "赵八镇引水工程"}


def test_a_place_before_a_verb_of_working_on_projects_names_none():
    """来到深泽县强化项目现场: 强化 is done to projects (a verb whose object 项目 is), no project's name."""
    names = {m.name for m in extract(Document(id="t.txt", text="县委书记卫思齐来到深泽县强化项目现场。")).mentions}
    assert "深泽县强化项目" not in names


@pytest.mark.parametrize(
    "text",
    [
        "各级干部着力解决制约项目建设的瓶颈问题。",
        "驻村干部、村社主任一起商讨2016年帮扶具体项目。",
    ],
)
def test_projects_policy_verbs_before_xiangmu_open_no_name(text):
    """解决|制约项目建设, 商讨|帮扶具体项目: a verb of policy wording and generic words before 项目 name no project."""
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Project"}
    assert names == set()


@pytest.mark.parametrize(
    "text",
    ["各部门要坚定续建项目信心。", "要及时掌握项目进展情况。"],
)
def test_projects_verbs_of_work_before_xiangmu_open_no_name(text):
    """坚定|续建项目, 掌握|项目: verbs before 项目 say what is done, no name."""
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Project"}
    assert names == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("日前,某县农业技术指导中心建设项目正式开工。", "某县农业技术指导中心建设项目"),
        ("日前,某县东风大干渠改造工程正式开工。", "某县东风大干渠改造工程"),
    ],
)
def test_projects_an_institution_or_canal_word_inside_a_name_is_no_verb(text, name):
    """指导中心, 大干渠: words of a name, not the verbs 指导/大干 (review of the twenty-fifth pass)."""
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Project"}
    assert name in names


@pytest.mark.parametrize(
    "text",
    [
        "转变作风招项目,提高标准选项目",  # campaign slogans: a one-character verb whose object is 项目
        "现场观摩,并听取项目负责人介绍项目投产情况。",
        "集中签约一批重大项目,掀起新一轮项目建设高潮。",
    ],
)
def test_projects_what_is_done_to_projects_names_none(text):
    assert find_projects(text) == []


def test_projects_a_one_character_verb_inside_a_word_is_no_verb():
    # 采选 (mining and dressing) is one word: the project keeps its name
    assert [p.name for p in find_projects("某县红山铜矿采选项目正式开工。")] == ["某县红山铜矿采选项目"]


def test_projects_a_sentence_set_in_a_place_and_coordinated_projects_share_the_site():
    # 在某开发区,甲一行先后来到A项目和B项目建设现场: the setting is where both are
    text = "在攸县经济开发区,甄永年一行先后来到青山电气技术有限公司三期项目和青山生物质热电联产项目建设现场。"
    _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("青山电气技术有限公司三期项目", "攸县经济开发区"),
        ("青山生物质热电联产项目", "攸县经济开发区"),
    }
    # 位于某开发区的A项目现场和B项目现场: the second project is where the first is
    _, relations = _run("甄永年来到位于攸县经济开发区的青山医药科技有限公司一期项目现场和青山智能装备制造项目现场。")
    assert {r.object.name for r in relations} == {"攸县经济开发区"} and len(relations) == 2


def test_projects_a_setting_places_only_projects_visited_on_site():
    # 在北京,甲赴某委汇报某项目进展: the visit is to an office, the project is not where the sentence is set
    _, relations = _run("在北京,闵思远赴国家发改委汇报青山智能制造产业园项目进展情况。")
    assert relations == []
    # 就|业务: 就 is the preposition, the project's name starts after it
    assert [p.name for p in find_projects("双方就业务协同数字产业园项目达成合作意向。")] == ["业务协同数字产业园项目"]


def test_projects_no_name_from_a_clause_about_projects():
    # 实地查看项目进展、聆听项目介绍; 企业进行项目推介; 公司代表项目建设单位; 检查指导各项目; 带回许多项目
    for text in (
        "通过实地查看项目进展、现场聆听项目介绍等方式感受发展成果。",
        "深入部分重点企业进行项目推介。",
        "县建设投资公司代表项目建设单位介绍了情况。",
        "检查指导各项目的准备情况。",
        "他从家乡带回许多项目。",
    ):
        assert find_projects(text) == [], text
    names = [p.name for p in find_projects("某某大道拓宽项目和某某公园项目开工。")]
    assert names == ["某某大道拓宽项目", "某某公园项目"]


def test_projects_a_list_of_towns_under_a_title_of_towns_are_projects_holding_it() -> None:
    # 第二批省级某某小镇创建名单 / 某市:甲小镇、乙小镇: towns built to win the title, in the city labelling the line
    text = "第二批省级某某小镇创建名单\n株洲:攸县网岭花炮小镇、醴陵陶瓷小镇\n湘潭:韶山红色文旅小镇、湘潭县莲乡小镇\n"
    x = extract(Document(id="t.txt", text=text))
    projects = {m.name for m in x.mentions if m.type is EntityType.PROJECT}
    assert projects == {"攸县网岭花炮小镇", "醴陵陶瓷小镇", "韶山红色文旅小镇", "湘潭县莲乡小镇"}
    held = {
        (r.subject.name, r.object.name, r.prop("status")) for r in x.relations if r.predicate.value == "designated_as"
    }
    assert held == {(p, "省级某某小镇", "aspiring") for p in projects}  # (a 创建名单: to be built, not yet named)
    sites = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert ("醴陵陶瓷小镇", "株洲市") in sites and ("韶山红色文旅小镇", "湘潭市") in sites
    # no town read inside a project's words, nor a division's short name there (醴陵|陶瓷小镇)
    assert not {m.name for m in x.mentions if m.type is EntityType.PLACE} & {"网岭花炮小镇", "醴陵市", "韶山市"}


def test_projects_a_town_named_alone_in_running_text_is_no_listed_project() -> None:
    text = "省里公布了省级某某小镇名单。\n记者走进网岭花炮小镇,看到一派繁忙景象。\n"
    x = extract(Document(id="t.txt", text=text))
    assert "网岭花炮小镇" not in {m.name for m in x.mentions if m.type is EntityType.PROJECT}


def test_projects_towns_enumerated_in_running_text_by_city_groups_are_listed_projects() -> None:
    # 它们分别为:某市的甲小镇、乙小镇;某市的丙小镇: groups by city in one sentence, no line of their own
    text = (
        "省发改委公布首批25家省级某某小镇创建名单。它们分别为:株洲的攸县网岭花炮小镇、醴陵陶瓷小镇;"
        "湘潭的韶山红色文旅小镇、湘潭县莲乡小镇。\n"
    )
    x = extract(Document(id="t.txt", text=text))
    projects = {m.name for m in x.mentions if m.type is EntityType.PROJECT}
    assert projects == {"攸县网岭花炮小镇", "醴陵陶瓷小镇", "韶山红色文旅小镇", "湘潭县莲乡小镇"}
    sites = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN}
    assert {("醴陵陶瓷小镇", "株洲市"), ("湘潭县莲乡小镇", "湘潭市")} <= sites


def test_projects_a_list_of_projects_is_no_project() -> None:
    # 某某重大项目清单, 项目名单, 项目台账: the list of projects a plan draws up names none of them
    assert find_projects("此外,某区还制定了城乡融合发展重大项目清单,包括26个项目。") == []
    assert find_projects("市发改委公布了年度先进制造业项目名单。") == []


def test_projects_kinds_of_projects_listed_by_field_are_no_projects() -> None:
    # 这些项目包括甲、乙、丙等方面: kinds (fields) of projects, none named
    text = "这些项目包括城乡基础设施、城乡产业(平台)、社会民生、绿色发展等方面,突出重点。"
    assert find_projects(text) == []


def test_projects_a_verb_of_hurrying_is_no_part_of_a_projects_name() -> None:
    # 正在加紧|某某厂房工程建设, 抓紧|…: the verb ends the clause in front of the name
    names = [p.name for p in find_projects("工人们正在加紧滨江光伏组件厂房工程建设。")]
    assert names == ["滨江光伏组件厂房工程"]


def test_projects_a_project_managed_by_list_keeps_its_name() -> None:
    # 某某项目清单化管理, 某某工程台账式推进: the way a project is managed, not a list of projects
    names = {p.name for p in find_projects("攸县将攸县高铁新城项目清单化管理，茶陵县城乡供水一体化工程台账式推进。")}
    assert names == {"攸县高铁新城项目", "茶陵县城乡供水一体化工程"}
