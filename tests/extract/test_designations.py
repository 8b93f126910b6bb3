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
        # a noun's 建设 right before the head is a word of the name, no verb before the title
        ("某部公布第一批资源节约型社会建设达标县(区)名单", ["资源节约型社会建设达标县(区)"]),
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
        "要加快建设示范县。",
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("柳州市获批国家级服务贸易创新发展试验区。", "国家级服务贸易创新发展试验区"),
        ("芜湖入选第五批国家级跨境电商综试区。", "第五批国家级跨境电商综试区"),
        ("黄山区被评为全国休闲农业重点镇。", "全国休闲农业重点镇"),
        ("甘孜县入选第三批全国民族团结进步示范乡镇。", "第三批全国民族团结进步示范乡镇"),
        ("达拉特旗成功创建全国双拥工作示范旗。", "全国双拥工作示范旗"),
        ("五一街道获评全省平安建设示范街道。", "全省平安建设示范街道"),
        ("安吉县获批国家现代农业产业园。", "国家现代农业产业园"),
        ("宜宾入选第四批国家骨干冷链物流基地建设名单。", "第四批国家骨干冷链物流基地"),
        ("柯桥区入选第三批国家绿色工业园区。", "第三批国家绿色工业园区"),
    ],
)
def test_designations_head_families(text, name):
    assert [f.name for f in find_designations(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("淳安县全力争创国家生态文明建设示范县。", "国家生态文明建设示范县", "aspiring"),
        ("桐庐县成功创建国家全域旅游示范区。", "国家全域旅游示范区", "awarded"),
        ("德清县被自然资源部命名为全国国土绿化示范县。", "全国国土绿化示范县", "awarded"),
        ("嘉兴以全省第一的成绩通过国家城市交通建设示范城市验收。", "国家城市交通建设示范城市", "awarded"),
        ("绍兴入选第二批国家文化出口基地建设名单。", "第二批国家文化出口基地", "awarded"),
    ],
)
def test_designations_status_verbs_not_in_name(text, name, status):
    f = find_designations(text)[0]
    assert (f.name, f.status) == (name, status)


@pytest.mark.parametrize(
    ("text", "name", "conferrer"),
    [
        ("湖州获批工业和信息化部第二批国家级工业设计示范城市。", "第二批国家级工业设计示范城市", "工业和信息化部"),
        ("海宁市入选商务部第三批县域商业建设示范县。", "第三批县域商业建设示范县", "商务部"),
        ("义乌入选海关总署第一批全国外贸转型示范基地。", "第一批全国外贸转型示范基地", "海关总署"),
    ],
)
def test_designations_conferrer_not_in_name(text, name, conferrer):
    f = find_designations(text)[0]
    assert (f.name, f.conferrer) == (name, conferrer)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("积极申报国家智慧交通枢纽城市和国家低碳试点城市", ["国家智慧交通枢纽城市", "国家低碳试点城市"]),
        ("衢州入选全国文明城市、国家卫生城市和国家园林城市", ["全国文明城市", "国家卫生城市", "国家园林城市"]),
    ],
)
def test_designations_coordinated_names_split(text, names):
    assert [f.name for f in find_designations(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "在丽水市，考察了瓯江河谷生态农业示范区和光伏产业园项目。",
        "走进松阳茶香示范区，茶园连片。",
        "推进衢州智能装备产业园项目建设。",
    ],
)
def test_designations_sites_and_projects_are_not_titles(text):
    assert find_designations(text) == []


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("舟山市积极争创国家森林城市、国家卫生城市和国家园林城市。", ["aspiring"] * 3),
        ("台州市获批全国文明城市、国家卫生城市。", ["awarded"] * 2),
    ],
)
def test_designations_conjuncts_share_the_verb(text, statuses):
    assert [f.status for f in find_designations(text)] == statuses


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("衡阳市南岳区获批国家级旅游度假区。", "国家级旅游度假区"),
        ("攸县成功创建省级生态县。", "省级生态县"),
        ("天心区3个社区入选省级未来社区创建名单。", "省级未来社区"),
        ("桃花源社区被命名为全国示范性老年友好型社区。", "全国示范性老年友好型社区"),
        ("汉寿县成功创建国家农产品质量安全县。", "国家农产品质量安全县"),
        ("义乌市获批国际贸易综合改革试点。", "国际贸易综合改革试点"),
        ("白马桥社区获评全省“五个好”城乡社区。", "全省“五个好”城乡社区"),
        ("推动邵阳市加快建设省共同富裕示范区。", "省共同富裕示范区"),
    ],
)
def test_designations_level_topic_unit_families(text: str, name: str) -> None:
    assert name in [f.name for f in find_designations(text)]


@pytest.mark.parametrize("text", ["全省14个县全部完成任务。", "寿光市入选农业农村部名单。"])
def test_designations_bare_unit_needs_a_title_phrase(text: str) -> None:
    assert find_designations(text) == []


def test_designations_publishing_body_is_conferrer() -> None:
    found = find_designations("国家林业和草原局公布第五批国家森林乡村名单。")
    assert [(f.name, f.conferrer) for f in found] == [("第五批国家森林乡村", "国家林业和草原局")]


def test_designations_no_title_from_a_division_name_or_a_clause_before_it():
    from kg.extract.designations import find_designations

    names = [f.name for f in find_designations("研究了《关于召开中国共产党阜城县第十四届委员会全体会议的安排》。")]
    assert names == []
    text = "今日公布了第五届全国文明城市名单和复查确认继续保留荣誉称号的往届全国文明城市名单。"
    assert all("名单" not in f.name and "的" not in f.name for f in find_designations(text))


def test_designations_kept_after_review_is_awarded():
    text = "衡阳市、益阳市继续保留全国文明城市荣誉称号。"
    _, _, relations = _run(text)
    found = {(r.subject.name, r.object.name, r.prop("status")) for r in relations}
    assert found == {("衡阳市", "全国文明城市", "awarded"), ("益阳市", "全国文明城市", "awarded")}


def test_designations_places_a_following_sentence_enumerates_win_by_unit():
    text = (
        "农业农村部推介174个乡(镇)为2021年全国乡村特色产业十亿元镇，249个村为2021年全国乡村特色产业亿元村。"
        "其中，湖南共有3个乡(镇)入选。它们分别是:湘潭县花石镇、醴陵市浦口镇、攸县鸾山镇。"
    )
    _, mentions, relations = _run(text)
    assert {m.name for m in mentions} >= {"全国乡村特色产业十亿元镇", "全国乡村特色产业亿元村"}
    found = {(r.subject.name, r.object.name) for r in relations}
    assert found >= {(t, "全国乡村特色产业十亿元镇") for t in ("花石镇", "浦口镇", "鸾山镇")}
    assert not any(name in ("湘潭县", "攸县") for name, _ in found)  # the item's last place only


def test_designations_enumeration_needs_an_announcement_before_it():
    _, _, relations = _run("会议听取了汇报。它们分别是:湘潭县花石镇、醴陵市浦口镇。")
    assert relations == []


def test_designations_enumeration_runs_on_past_a_semicolon_to_the_next_unit():
    text = (
        "农业农村部推介174个乡(镇)为2021年全国乡村特色产业十亿元镇，249个村为2021年全国乡村特色产业亿元村。"
        "它们分别是:湘潭县花石镇、醴陵市浦口镇；攸县鸾山镇白云村、醴陵市浦口镇石门村。"
    )
    _, _, relations = _run(text)
    found = {(r.subject.name, r.object.name) for r in relations}
    assert found >= {("白云村", "全国乡村特色产业亿元村"), ("石门村", "全国乡村特色产业亿元村")}
    assert ("花石镇", "全国乡村特色产业十亿元镇") in found


@pytest.mark.parametrize(
    "text",
    [
        "湘潭日报讯 湖南省8个乡(镇)、9个村入选全国乡村特色产业十亿元镇亿元村名单。",  # the subject counts units
        "湘潭日报讯 10日，农业农村部正式公布第三批国家农业产业强镇名单。",  # the subject confers
    ],
)
def test_designations_counted_or_conferring_subject_is_not_the_home_city(text):
    _, _, relations = _run(text)
    assert not any(r.subject.name == "湘潭市" for r in relations)


def test_designations_with_no_holder_are_not_the_home_citys_on_a_page_about_its_county():
    text = (
        "湘潭日报讯 韶山市今年完成旅游步道建设。韶山市游客增长两成。"
        "韶山市还建成游客中心。成为国家全域旅游示范区是新的目标。"
    )
    _, _, relations = _run(text)
    assert not any(r.subject.name == "湘潭市" for r in relations if r.object.name == "国家全域旅游示范区")


def test_designations_with_no_holder_go_to_the_home_city_it_names_most():
    text = "湘潭日报讯 湘潭市全力推进创城。韶山市同步推进。湘潭市举全市之力。国家全域旅游示范区是新的目标。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations if r.object.name == "国家全域旅游示范区"} == {"湘潭市"}


def test_designations_a_verb_of_review_is_no_part_of_the_title():
    _, mentions, _ = _run("湘潭日报讯 湘潭市将迎来国家全域旅游示范区验收，还将接受国家卫生城市复审。")
    assert {m.name for m in mentions if m.type is EntityType.DESIGNATION} == {"国家全域旅游示范区", "国家卫生城市"}


def test_designations_name_inside_an_area_name_is_no_title():
    _, mentions, _ = _run("中国(湖南)自贸试验区长沙片区首批项目签约仪式举行。")
    assert not any(m.name.endswith("自贸试验区") for m in mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("湘潭日报讯 去年，我市喜获“国家森林城市”称号。", "国家森林城市"),
        ("湘潭日报讯 2022年，湘潭县等单位也喜获“国家全域旅游示范区”称号。", "国家全域旅游示范区"),
        ("今年3月，湘潭市新增2个省级休闲农业与乡村旅游示范镇。", "省级休闲农业与乡村旅游示范镇"),
        ("文化和旅游部日前公示第二批国家全域旅游示范区名单。", "国家全域旅游示范区"),
    ],
)
def test_designations_name_starts_after_an_open_quote_a_count_or_a_publishing_verb(text, name):
    _, mentions, _ = _run(text)
    assert name in {m.name for m in mentions}


def test_designations_a_counted_group_after_a_list_stands_for_the_listed_places():
    text = (
        "湘潭日报讯 同时，湖南省湘潭市湘潭县、岳阳市平江县、邵阳市新宁县等3家创建单位也喜获“国家全域旅游示范区”称号。"
    )
    _, _, relations = _run(text)
    found = {(r.subject.name, r.prop("status")) for r in relations if r.object.name == "国家全域旅游示范区"}
    assert found == {("湘潭县", "awarded"), ("平江县", "awarded"), ("新宁县", "awarded")}


def test_designations_places_listed_after_the_lists_name_win_it_and_the_year_is_a_prop():
    text = "湖南日报讯 入选2023年农业产业强镇创建名单的有湘潭县花石镇、攸县鸾山镇,醴陵市浦口镇。"
    _, mentions, relations = _run(text)
    m = next(m for m in mentions if m.name == "农业产业强镇")
    assert m.prop("year") == "2023"
    found = {(r.subject.name, r.prop("status")) for r in relations if r.object.name == "农业产业强镇"}
    assert found == {("花石镇", "aspiring"), ("鸾山镇", "aspiring"), ("浦口镇", "aspiring")}


def test_designations_a_provincial_papers_city_named_once_is_no_home_city():
    text = "湖南日报讯 近日，入选第三批国家农业产业强镇的有醴陵市浦口镇。全省共有14个镇入选。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"浦口镇"}


def test_designations_counted_titles_have_no_holder():
    _, _, relations = _run("桂林日报讯 到2020年，全市新创建自治区卫生县城6个，实现全覆盖。")
    assert relations == []


def test_designations_places_listed_before_a_count_and_a_title_hold_it():
    text = "桂林日报讯 目前，桂林市共有灵川县、阳朔县2个自治区卫生县城。"
    _, mentions, relations = _run(text)
    assert {(m.name, m.prop("level")) for m in mentions} == {("自治区卫生县城", "provincial")}
    assert {r.subject.name for r in relations} == {"灵川县", "阳朔县"}


def test_designations_lines_listing_places_under_a_heading_hold_its_title():
    text = (
        "某某日报讯 2021年省级美丽乡村示范村名单如下:\n"
        "某某县:甲山镇白云村、乙水镇石门村\n某某区:丙河镇花园村\n以上村庄要加强管理。"
    )
    _, _, relations = _run(text)
    found = {r.subject.name for r in relations if r.object.name == "省级美丽乡村示范村"}
    assert found == {"白云村", "石门村", "花园村"}


def test_designations_a_bracket_after_counted_titles_lists_their_holders():
    text = "吉安日报讯 吉安市召开会议。到2025年，全市新创建省级卫生县城2个(泰和县、遂川县)。"
    _, _, relations = _run(text)
    assert {(r.subject.name, r.prop("status")) for r in relations} == {("泰和县", "aspiring"), ("遂川县", "aspiring")}


def test_designations_lines_after_an_untitled_sub_heading_go_on_with_the_list():
    text = (
        "2024中国避暑旅游小城入选名单\n"
        "       经过半年公示和专家评审，正式产生全国十佳名单。\n"
        "其中，本省这些县入选全国十佳:\n"
        "清凉避暑十佳:江西省崇义县、江西省安远县\n"
        "山水康养十佳:江西省铜鼓县\n"
        "各地要抓好后续工作。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations if r.object.name == "中国避暑旅游小城"} == {"崇义县", "安远县", "铜鼓县"}


def test_designations_a_published_list_names_its_title_and_its_lines_hold_it():
    text = (
        "近日，农业农村部公布了今年农业产业强镇建设名单，确定200个乡镇入围。\n"
        "附:2020年农业产业强镇建设名单(某省名单)\n"
        "丹棱县杨场镇\n"
        "石棉县美罗镇\n"
        "(完)"
    )
    _, mentions, relations = _run(text)
    assert {m.name for m in mentions} == {"农业产业强镇"}
    assert {(r.subject.name, r.prop("status")) for r in relations} == {("杨场镇", "aspiring"), ("美罗镇", "aspiring")}


@pytest.mark.parametrize(
    "text",
    [
        "依据《国家全域旅游示范区验收、认定和管理实施办法(试行)》开展工作。",  # a document's name
        "某某国际合作示范区社会事业发展局负责落实。",  # a body's name
        "2024全国避暑旅游小城共建大会在某地举行。",  # an event's name
        "要认真学习各示范区的先进做法。",  # every such zone
        "该市在全国省会城市中排名第一。",  # a class of cities by rank
    ],
)
def test_designations_inside_a_documents_bodys_or_events_name_are_none(text):
    _, mentions, _ = _run(text)
    assert mentions == []


def test_designations_a_plans_title_with_a_verb_states_the_aim():
    _, _, relations = _run("会议审议了《攸县创建国家卫生县城实施方案》。")
    assert {(r.subject.name, r.object.name, r.prop("status")) for r in relations} == {
        ("攸县", "国家卫生县城", "aspiring")
    }


def test_designations_a_subject_then_分别是_lists_the_winners_of_the_title_announced_before():
    text = (
        "某县日报讯 住房城乡建设部发布公示，拟将2600个村落列入第五批中国传统村落名录。"
        "某县入榜的村分别是丙妹镇大歹村、洛香镇平乐村。"
    )
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} >= {
        ("大歹村", "中国传统村落"),
        ("平乐村", "中国传统村落"),
    }


def test_designations_places_counted_by_their_unit_before_the_verb_hold_the_title():
    _, _, relations = _run("临沂市平邑、蒙阴、沂南三县入选电子商务进农村综合示范县。")
    assert {r.subject.name for r in relations} == {"平邑县", "蒙阴县", "沂南县"}


def test_designations_a_list_announced_in_the_next_sentence_holds_the_title():
    text = (
        "全国爱卫会命名2020年国家卫生城市（区）。名单如下：\n"
        "北京市：朝阳区、海淀区\n河北省：石家庄市、唐山市\n各地要巩固成果。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"朝阳区", "海淀区", "石家庄市", "唐山市"}


def test_designations_a_batch_before_the_level_mark_is_a_prop_not_part_of_the_name():
    _, mentions, _ = _run("文化和旅游部日前公示第二批国家全域旅游示范区名单。")
    assert [(m.name, m.prop("batch")) for m in mentions] == [("国家全域旅游示范区", "第二批")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # 国家级 and 国家: one title
            "我省2个国家级智慧渔业产业园上榜。入选国家智慧渔业产业园创建名单的有宝清县、讷河市。",
            {"国家级智慧渔业产业园"},
        ),
        (  # a batch after the level mark, and the same title without it
            "我省4个镇入选第一批全国山水特色小镇，全省将启动全国第二批山水特色小镇申报工作。",
            {"全国山水特色小镇"},
        ),
        (  # 省级 and the province's name: one title; a national one stays apart
            "2010年，新沂市荣获“江苏省绿廊城市”称号，在巩固省级绿廊城市成果的基础上创建国家绿廊城市。",
            {"江苏省绿廊城市", "国家绿廊城市"},
        ),
    ],
)
def test_designations_one_title_written_several_ways_in_a_page_is_one_entity(text, names):
    _, mentions, relations = _run(text)
    assert {m.name for m in mentions} == names
    assert {r.object.name for r in relations} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # …共五个：甲、乙
            "住建部公示了名单，其中江苏省入选国家绿廊城市共三个：新沂市、东台市、靖江市。",
            {("新沂市", "国家绿廊城市"), ("东台市", "国家绿廊城市"), ("靖江市", "国家绿廊城市")},
        ),
        (  # …共有N个，其中甲村、乙村2个村入选
            "此次公布的第二批全国山水旅游重点村共有150个，其中阳朔县白沙镇遇龙村、灵川县大圩镇熊家村2个村入选。",
            {("遇龙村", "全国山水旅游重点村"), ("熊家村", "全国山水旅游重点村")},
        ),
        (  # two titles before 名单, then each list's places by their unit
            "近日，两部门公布了第二批全国山水旅游重点村和第一批全国山水旅游重点镇名单，"
            "阳朔县白沙镇遇龙村等2个村，灵川县大圩镇等3地上榜。",
            {("遇龙村", "全国山水旅游重点村"), ("大圩镇", "全国山水旅游重点镇")},
        ),
    ],
)
def test_designations_places_listed_between_the_title_and_the_verb_of_winning_hold_it(text, expected):
    _, _, relations = _run(text)
    assert expected <= {(r.subject.name, r.object.name) for r in relations}
    assert not {r.subject.name for r in relations} & {"阳朔县", "灵川县", "白沙镇"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("要学习借鉴电商示范区的先进经验。", set()),  # no holder, no level: a phrase, no title
        ("商务部近日公布了国家电商示范区名单。", {"国家电商示范区"}),  # a level mark: a title named without winners
        ("海宁市成功创建电商示范区。", {"电商示范区"}),  # a holder: a title
    ],
)
def test_designations_a_title_needs_a_holder_a_level_or_renown(text, names):
    _, mentions, _ = _run(text)
    assert {m.name for m in mentions} == names


def test_designations_a_title_alone_on_its_line_holds_the_places_listed_on_the_lines_after_it():
    text = (
        "一份名单公布，这些地方上榜\n日前\n国家林业和草原局发布\n第二批国家山水乡村名单\n全国共有900个村庄入选\n其中\n"
        "湘潭市\n湘潭县:花石镇茶恩寺村、射埠镇石门村\n韶山市:清溪镇建新村\n据了解，国家山水乡村是指生态宜居乡村。"
    )
    _, _, relations = _run(text)
    holders = {r.subject.name for r in relations if r.object.name == "国家山水乡村"}
    assert holders >= {"茶恩寺村", "石门村", "建新村"}
    assert not holders & {"湘潭市", "湘潭县", "韶山市", "花石镇"}  # group headings and towns win nothing


def test_designations_an_earlier_batch_named_on_its_own_line_holds_the_lines_after_it():
    """在第一批某某乡村名单中 / 本省也有19个乡村上榜 / 某市 / 某县:某镇某村: the earlier batch's list."""
    text = (
        "一份名单公布\n第二批国家山水乡村名单\n其中\n湘潭县:花石镇茶恩寺村\n据了解，国家山水乡村是指生态宜居乡村。\n"
        "此前\n在第一批国家山水乡村名单中\n湖南也有19个乡村上榜\n湘潭市\n韶山市:清溪镇建新村、银田镇银田村\n"
    )
    _, _, relations = _run(text)
    holders = {r.subject.name for r in relations if r.object.name == "国家山水乡村"}
    assert holders >= {"茶恩寺村", "建新村", "银田村"}


def test_designations_lines_of_places_after_title_lines_each_hold_their_own_title():
    text = "表彰大会召开\n国家整洁城市\n岳阳市、常德市\n国家整洁县城\n岳阳市的平江县、华容县\n编辑：某某"
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("岳阳市", "国家整洁城市"),
        ("常德市", "国家整洁城市"),
        ("平江县", "国家整洁县城"),
        ("华容县", "国家整洁县城"),
    }


def test_designations_名单如下_after_a_clause_opens_the_list_of_the_title_before():
    text = (
        "文化和旅游部确定了第二批拟入选全国山水旅游重点村的名单。我省有2个乡村入选，名单如下:\n"
        "• 湘潭市湘潭县花石镇茶恩寺村\n• 湘潭市韶山市清溪镇建新村\n"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} >= {"茶恩寺村", "建新村"}


def test_designations_a_line_入选的_title_分别是_then_lines_of_places():
    text = (
        "文化和旅游部近日公布了第四批全国山水旅游重点村名单，我省6个村入选。\n"
        "全省新一批入选的全国山水旅游重点村分别是\n  • 湘潭市湘潭县花石镇茶恩寺村\n  • 湘潭市韶山市清溪镇建新村\n图片\n"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations if r.object.name == "全国山水旅游重点村"} >= {"茶恩寺村", "建新村"}


def test_designations_将_places_认定为_the_title_holds_each_listed_place():
    text = "经公示，将长沙县、某某园区管委会、浏阳市共3家创建单位认定为首批省级山水旅游示范区。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"长沙县", "浏阳市"}  # a body's item names no place


@pytest.mark.parametrize(
    "text",
    [
        "株洲市入选第二批全国乡村旅游重点村。",  # a city holds no village's title: its villages do
        "株洲市荣获国家卫生乡镇称号。",
        "醴陵市获评全国乡村旅游重点村。",
        "株洲市炎陵县入选全国传统村落名录。",
    ],
)
def test_designations_no_title_of_a_lower_unit_for_a_division_above_it(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        ("株洲市获评国家卫生城镇。", "株洲市", "国家卫生城镇"),  # 城镇: cities and towns
        ("近日公布第二批全国乡村旅游重点村名单，株洲市炎陵县神农谷村入选。", "神农谷村", "全国乡村旅游重点村"),
    ],
)
def test_designations_a_title_goes_to_a_division_of_its_unit(text, holder, title):
    x = extract(Document(id="t.txt", text=text))
    assert [(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == [
        (holder, title)
    ]


def test_designations_a_title_of_towns_and_villages_goes_to_a_town():
    # the umbrella of two lists: the town holds the towns' (名镇), the one it was named to
    x = extract(Document(id="t.txt", text="昆山市周庄镇入选中国历史文化名镇名村。"))
    assert [(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == [
        ("周庄镇", "中国历史文化名镇")
    ]


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        ("湘潭县花石镇石泉村历史悠久,2012年入选第一批全国山水旅游重点村。", "石泉村", "全国山水旅游重点村"),
        ("醴陵市因瓷器闻名于世，又因花炮享誉全国，2019年成功入选国家山水旅游示范市。", "醴陵市", "国家山水旅游示范市"),
    ],
)
def test_designations_a_clause_with_only_a_date_before_its_verb_shares_the_sentences_topic(text, holder, title):
    x = extract(Document(id="t.txt", text=text))
    assert [(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == [
        (holder, title)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "湘潭县花石镇石泉村历史悠久,游客前来参观的全国山水旅游重点村不多。",  # no verb of winning
        "会议指出，醴陵市经济持续向好，企业2019年入选国家级专精特新企业名单。",  # a subject stands before the verb
    ],
)
def test_designations_no_topic_holder_without_a_subjectless_clause(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]


@pytest.mark.parametrize(
    "text",
    [
        "湘潭县花石镇甄永年创办的湘莲合作社,2019年入选国家级农业产业化示范基地。",  # a person after the place
        "湘潭县境内的昭山风景优美,2020年成功入选国家级旅游度假区。",  # the place only locates the subject
        "湘潭市大力发展全域旅游,2019年入选国家山水旅游示范市的韶山市游客如织。",  # a relative clause
    ],
)
def test_designations_no_topic_holder_for_a_place_that_only_describes_the_subject(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS and r.subject.name != "韶山市"]


def _held(text: str) -> list[tuple[str, str, str | None]]:
    x = extract(Document(id="t.txt", text=text))
    return [
        (r.subject.name, r.object.name, r.prop("batch")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS
    ]


def test_designations_a_region_and_batch_heading_then_one_winner_per_line_with_a_remark():
    """某省首批…名单, then 县+镇(产业) lines: each town holds the title; region and batch are no part of it."""
    text = "湖南首批全国绿色食品示范镇名单\n醴陵市白兔潭镇(花炮)\n攸县网岭镇(攸县大米)\n茶陵县严塘镇(白芷)\n"
    assert _held(text) == [
        ("白兔潭镇", "全国绿色食品示范镇", "首批"),
        ("网岭镇", "全国绿色食品示范镇", "首批"),
        ("严塘镇", "全国绿色食品示范镇", "首批"),
    ]


def test_designations_a_list_after_名单中_and_a_count():
    text = "近日公布第二批名单。其中,第二批全国森林康养示范镇名单中,湖南有2个,分别是醴陵市白兔潭镇、攸县网岭镇。"
    assert {(p, d) for p, d, _ in _held(text)} == {("白兔潭镇", "全国森林康养示范镇"), ("网岭镇", "全国森林康养示范镇")}


@pytest.mark.parametrize(
    "text, held",
    [
        (
            "广西壮族自治区首批国家绿色食品示范镇名单\n南宁市武鸣区双桥镇\n桂林市阳朔县白沙镇\n",
            [("双桥镇", "国家绿色食品示范镇", "首批"), ("白沙镇", "国家绿色食品示范镇", "首批")],
        ),
        (
            "2023年湖南省第三批全国森林康养重点村名单\n醴陵市沩山村\n",
            [("沩山村", "全国森林康养重点村", "第三批")],
        ),
        (
            "湖南首批全国绿色食品示范镇名单\n醴陵市白兔潭镇(花炮、陶瓷)\n攸县网岭镇(大米，含稻谷)\n",
            [("白兔潭镇", "全国绿色食品示范镇", "首批"), ("网岭镇", "全国绿色食品示范镇", "首批")],
        ),
    ],
)
def test_designations_title_lines_of_a_region_a_year_and_remarks_with_commas(text, held):
    assert _held(text) == held


@pytest.mark.parametrize(
    "text, status",
    [
        ("近日公布名单。第二批全国森林康养示范镇名单中，湖南省有2个镇，分别是醴陵市白兔潭镇、攸县网岭镇。", "awarded"),
        ("近日公布名单。第二批全国森林康养示范镇创建名单中，湖南有2个，分别是醴陵市白兔潭镇、攸县网岭镇。", "aspiring"),
        ("近日公布名单。第二批全国森林康养示范镇名单中，株洲市有2个，即醴陵市白兔潭镇和攸县网岭镇。", "awarded"),
    ],
)
def test_designations_a_list_after_名单中_in_its_variants(text, status):
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held == {("白兔潭镇", status), ("网岭镇", status)}


@pytest.mark.parametrize(
    "text, held",
    [
        ("省政府决定授予醴陵市“湖南省森林康养城市”称号。", {("醴陵市", "awarded")}),
        ('省政府决定授予醴陵市、攸县"湖南省森林康养城市"称号。', {("醴陵市", "awarded"), ("攸县", "awarded")}),
        (
            "醴陵市、攸县、茶陵县等3个县(市)各项指标均达到或超过湖南省森林康养城市标准,"
            '拟授予"湖南省森林康养城市"称号。',
            {("醴陵市", "aspiring"), ("攸县", "aspiring"), ("茶陵县", "aspiring")},
        ),
    ],
)
def test_designations_a_quoted_title_before_称号_and_who_is_granted_it(text, held):
    x = extract(Document(id="t.txt", text=text))
    found = {(r.subject.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert found == held
    names = {m.name for m in x.mentions if m.type is EntityType.DESIGNATION}
    assert names == {"湖南省森林康养城市"}  # a standard (…城市标准) is no title


def test_designations_annexed_proposed_lists_of_two_titles_read_by_unit():
    text = (
        "附件1:2019年度拟命名湖南省森林康养城镇名单\n"
        "附件2:2019年度拟命名湖南省森林康养村庄名单\n"
        "湖南省绿化委员会办公室\n"
        "株洲市(2个)\n"
        "醴陵市白兔潭镇、攸县网岭镇\n"
        "湘潭市(1个)\n"
        "湘潭县花石镇\n"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {
        ("白兔潭镇", "湖南省森林康养城镇"),
        ("网岭镇", "湖南省森林康养城镇"),
        ("花石镇", "湖南省森林康养城镇"),
    }


def test_designations_a_list_on_the_line_of_its_heading_separated_by_spaces():
    text = (
        "市农业农村局公布了名单，共有3个村庄入榜。 2022年湖南省森林康养乡村名单 醴陵市白兔潭镇大林村 "
        "攸县网岭镇罗家坪村 茶陵县严塘镇湾里村(甄永年)"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {
        ("大林村", "湖南省森林康养乡村"),
        ("罗家坪村", "湖南省森林康养乡村"),
        ("湾里村", "湖南省森林康养乡村"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "醴陵市召开大会，授予甄永年同志“全国优秀共产党员”称号。",  # a person's honour
        "授予100户家庭“醴陵市最美家庭”称号。",
        "醴陵市启动“醴陵好人”称号评选。",
    ],
)
def test_designations_quoted_honours_of_people_and_families_are_no_place_titles(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]


@pytest.mark.parametrize(
    "text, held",
    [
        ("省政府决定授予醴陵市、攸县“全国卫生县城”称号。", {("醴陵市", "awarded"), ("攸县", "awarded")}),
        (
            "拟命名湖南省美丽乡村示范村名单\n醴陵市白兔潭镇大林村\n攸县网岭镇罗家坪村\n",
            {("大林村", "aspiring"), ("罗家坪村", "aspiring")},
        ),
        ("醴陵市对申报国家森林城市的工作进行了部署。", {("醴陵市", "aspiring")}),
        ("醴陵市大林村入选湖南省森林康养村庄名单。", {("大林村", "awarded")}),
        (
            "湖南省美丽乡村示范村评选名单 醴陵市大林村 攸县罗家坪村 茶陵县湾里村",
            {("大林村", "awarded"), ("罗家坪村", "awarded"), ("湾里村", "awarded")},
        ),
    ],
)
def test_designations_review_cases(text, held):
    x = extract(Document(id="t.txt", text=text))
    assert {(r.subject.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS} == held


def test_designations_two_annexed_titles_give_each_place_only_its_units_title():
    text = (
        "附件1:湖南省美丽乡村示范村名单\n附件2:湖南省森林康养示范镇名单\n株洲市\n"
        "醴陵市白兔潭镇大林村\n醴陵市白兔潭镇\n攸县网岭镇罗家坪村\n"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {
        ("大林村", "湖南省美丽乡村示范村"),
        ("白兔潭镇", "湖南省森林康养示范镇"),
        ("罗家坪村", "湖南省美丽乡村示范村"),
    }


def test_designations_confirmed_as_a_quoted_title_and_a_deferred_one():
    text = "通报重新确认湖南省醴陵市、攸县为“国家森林康养城市”;暂缓确认湖南省茶陵县为“国家森林康养城市”。"
    x = extract(Document(id="t.txt", text=text))
    held = {r.subject.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held == {"醴陵市", "攸县"}


def test_designations_a_leveled_title_won_then_its_holders_counted_and_listed():
    text = (
        "近日,省委、省政府作出表彰决定,株洲5个县市区获全省森林康养城市称号。"
        "5个县市区是醴陵市、攸县、茶陵县、炎陵县、渌口区。"
        "此外,株洲9个村获全省森林康养村称号,包括醴陵市白兔潭镇大林村、攸县网岭镇罗家坪村等;12家单位获全省文明单位称号。"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    cities = {(p, "全省森林康养城市") for p in ("醴陵市", "攸县", "茶陵县", "炎陵县", "渌口区")}
    assert held == cities | {("大林村", "全省森林康养村"), ("罗家坪村", "全省森林康养村")}


def test_designations_title_lines_that_end_in_的是_with_indented_items():
    text = (
        "    湖南入选第二批全国森林康养示范镇的是\n"
        "    湖南省株洲市醴陵市白兔潭镇(花炮)\n"
        "    湖南省株洲市攸县网岭镇(大米)\n"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {("白兔潭镇", "全国森林康养示范镇"), ("网岭镇", "全国森林康养示范镇")}


@pytest.mark.parametrize(
    "text",
    [
        "经复核，省林业局决定不予命名醴陵市为“湖南省森林康养城市”。",
        "经复核，省林业局决定不予授予醴陵市“湖南省森林康养城市”称号。",
        "经复核，省林业局决定取消醴陵市“湖南省森林康养城市”称号。",
        "醴陵市未获得“湖南省森林康养城市”称号。",
    ],
)
def test_designations_a_title_refused_or_taken_away_is_not_held(text):
    assert _held(text) == []


def test_designations_a_proposed_title_is_still_held_as_aspiring():
    x = extract(Document(id="t.txt", text="省林业局拟授予醴陵市“湖南省森林康养城市”称号。"))
    assert [(r.subject.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == [
        ("醴陵市", "aspiring")
    ]


def test_designations_a_list_after_名单中_runs_on_past_semicolons():
    text = "全国森林康养示范镇创建名单中，湖南省有3个镇，分别是醴陵市白兔潭镇；攸县皇图岭镇；攸县网岭镇。"
    assert {p for p, _, _ in _held(text)} == {"白兔潭镇", "皇图岭镇", "网岭镇"}


def test_designations_a_count_of_units_the_announcement_did_not_name_lists_no_holders():
    text = "近日，醴陵市获全省森林康养城市称号。3个街道是国瓷街道、长庆街道和阳三石街道。"
    assert {p for p, _, _ in _held(text)} == {"醴陵市"}


def test_designations_words_between_获_and_称号_that_span_a_clause_are_no_title():
    assert _held("攸县获全省评比第一名并被授予醴陵市文明村称号。") == []


def test_designations_因获_keeps_its_own_subject():
    text = "攸县因获全省森林康养县城称号而受到表彰，醴陵市则获全国森林康养城市称号。"
    assert {(p, d) for p, d, _ in _held(text)} == {("攸县", "全省森林康养县城"), ("醴陵市", "全国森林康养城市")}


def test_designations_granted_to_a_long_list_closed_by_a_count_and_a_level():
    text = (
        "经省政府同意，授予醴陵市、攸县、茶陵县、炎陵县、渌口区、浏阳市、宁乡市、韶山市、湘乡市、望城区"
        "等10个县(市、区)全省“森林康养示范县”称号。"
    )
    held = {p for p, _, _ in _held(text)}
    assert held == {"醴陵市", "攸县", "茶陵县", "炎陵县", "渌口区", "浏阳市", "宁乡市", "韶山市", "湘乡市", "望城区"}


def test_designations_a_counted_title_with_its_holders_in_brackets():
    text = "2012年成功创建第一批4个省级森林康养示范县(株洲市渌口区、攸县、茶陵县、炎陵县)。"
    assert {p for p, _, _ in _held(text)} == {"渌口区", "攸县", "茶陵县", "炎陵县"}


def test_designations_a_title_of_counties_and_county_level_cities_ends_in_县市():
    x = extract(Document(id="t.txt", text="醴陵市获评全国森林康养示范县市。"))
    assert [r.object.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == ["全国森林康养示范县市"]


def test_designations_numbered_title_lines_keep_their_holders_apart():
    text = (
        "醴陵市白兔潭镇、浦口镇获评全国森林康养示范镇\n16 全国森林康养示范村\n"
        "攸县网岭镇罗家坪村被认定为全国森林康养示范村\n"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {
        ("白兔潭镇", "全国森林康养示范镇"),
        ("浦口镇", "全国森林康养示范镇"),
        ("罗家坪村", "全国森林康养示范村"),
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("醴陵市被授予“中国森林康养之乡”称号。", "中国森林康养之乡"),
        ("醴陵市获评全国森林康养改革实验区。", "全国森林康养改革实验区"),
        ("醴陵市获评全国县域森林康养先进县市。", "全国县域森林康养先进县市"),
    ],
)
def test_designations_之乡_实验区_and_先进县_end_titles(text, title):
    assert [d for _, d, _ in _held(text)] == [title]


def test_designations_a_land_of_fish_and_rice_is_no_title():
    assert _held("醴陵市是著名的鱼米之乡。") == []


def test_designations_places_listed_before_等_and_a_count_of_a_batch_s_title():
    text = "全省共有醴陵市、攸县、茶陵县等3个第一批全国森林康养示范县。"
    assert {p for p, _, _ in _held(text)} == {"醴陵市", "攸县", "茶陵县"}


def test_designations_a_city_s_districts_counted_in_chinese_numerals_win_not_the_city():
    assert _held("贵阳九区县获全省森林康养城市称号。") == []


def test_designations_a_title_of_towns_and_townships_keeps_its_bracketed_unit():
    x = extract(Document(id="t.txt", text="攸县网岭镇入选全国森林康养重点镇(乡)名单。"))
    assert [r.object.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS] == ["全国森林康养重点镇(乡)"]


def test_designations_places_listed_after_a_title_and_分别是():
    text = "其中,我市有2个村入围湖南省森林康养特色村,分别是:醴陵市白兔潭镇大林村和攸县网岭镇罗家坪村。"
    assert {p for p, _, _ in _held(text)} == {"大林村", "罗家坪村"}


def test_designations_a_title_of_villages_and_towns_ends_in_村镇():
    assert [d for _, d, _ in _held("攸县网岭镇荣获“全国森林康养村镇”荣誉称号。")] == ["全国森林康养村镇"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "株洲市2个县入选全国森林康养示范县，分别是攸县、茶陵县；醴陵市入选全省森林康养示范县市。",
            {("攸县", "全国森林康养示范县"), ("茶陵县", "全国森林康养示范县"), ("醴陵市", "全省森林康养示范县市")},
        ),
        (
            "株洲市三区县获“全省森林康养城市”称号，分别是攸县、茶陵县、渌口区。",
            {(p, "全省森林康养城市") for p in ("攸县", "茶陵县", "渌口区")},
        ),
        ("贵阳九区县获“全国森林康养城市”称号。", set()),
        ("攸县被评为全省食品安全示范县市区。", {("攸县", "全省食品安全示范县市区")}),
        ("攸县因此被命名为全省森林康养示范县。", {("攸县", "全省森林康养示范县")}),
        ("攸县连续三年被评为全省森林康养先进县。", {("攸县", "全省森林康养先进县")}),
    ],
)
def test_designations_review_cases_lists_counts_and_holders(text, held):
    assert {(p, d) for p, d, _ in _held(text)} == held


def test_designations_a_count_and_a_colon_after_a_title_opened_by_其中_list_its_holders():
    text = (
        "今年，株洲市荣获7个国家级称号。其中全国森林康养村镇2个:醴陵市白兔潭镇大林村、攸县网岭镇罗家坪村;"
        "全国森林康养单位1个:株洲市气象局。"
    )
    assert {(p, d) for p, d, _ in _held(text)} >= {("大林村", "全国森林康养村镇"), ("罗家坪村", "全国森林康养村镇")}


def test_designations_a_county_holding_a_meeting_to_create_a_title_seeks_it():
    x = extract(Document(id="t.txt", text="2月22日，攸县召开创建全国森林康养示范县动员大会，部署创建工作。"))
    held = [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]
    found = [(r.subject.name, r.object.name, r.prop("status")) for r in held]
    assert found == [("攸县", "全国森林康养示范县", "aspiring")]


def test_designations_counted_headings_over_lines_of_places():
    text = (
        "关于2024年全省森林康养示范县拟确定名单的公示\n"
        "经申报、评审,拟确定了4个全省森林康养示范县,现予以公示。\n"
        "(一)林下经济整建制推进县(3个)\n"
        "桃源县、石门县、慈利县。(桃源县开展林下种植试点。)\n"
        "(二)森林步道建设推进县(1个)\n"
        "永定区。\n"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {
        (r.subject.name, r.object.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS
    }
    assert {("桃源县", "林下经济整建制推进县", "aspiring"), ("慈利县", "林下经济整建制推进县", "aspiring")} <= held
    assert ("永定区", "森林步道建设推进县", "aspiring") in held
    # the headings' counts add up to the 4 of the sentence above them: each listed place holds that title too
    umbrella = {p for p, t, s in held if t.endswith("森林康养示范县") and s == "aspiring"}
    assert umbrella == {"桃源县", "石门县", "慈利县", "永定区"}
    # a counted line that lists no places is no heading of a list, nor is a region grouping a list
    assert not find_designations("(一)重点推进县(2个)\n全省共有两个县参加。\n")
    grouped = "第一批全国森林康养小镇名单:\n一、北京市(2个)\n房山区长沟镇\n昌平区小汤山镇\n"
    assert [f.name for f in find_designations(grouped)] == ["全国森林康养小镇"]


@pytest.mark.parametrize(
    "text",
    [
        "近日，省林业局公布第三批全省森林康养示范县名单，攸县成功入选。",
        "近日，第三批全省森林康养示范县名单公布。",
    ],
)
def test_designations_全省_after_a_batch_is_the_titles_level(text):
    _, mentions, _ = _run(text)
    # the batch is a property, not part of the name (as before 全国, 国家, 省级)
    assert [(m.name, m.prop("level"), m.prop("batch")) for m in mentions] == [
        ("全省森林康养示范县", "provincial", "第三批")
    ]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("株洲日报讯 近日，攸县被省文旅厅命名为全省文化旅游特色县。", ("攸县", "awarded")),
        ("株洲日报讯 近日，攸县被省文旅厅确定为全省文化旅游特色县创建单位。", ("攸县", "aspiring")),
    ],
)
def test_designations_a_place_named_by_a_body_after_被_holds_the_title(text, held):
    _, _, relations = _run(text)
    assert [(r.subject.name, r.prop("status")) for r in relations] == [held]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "第二批全省森林康养示范县名单公布,我市攸县、炎陵县榜上有名。",
            {("攸县", "全省森林康养示范县", "awarded"), ("炎陵县", "全省森林康养示范县", "awarded")},
        ),
        (
            "省林业局拟命名以下县(市、区)为第二批全省森林康养示范县:\n攸县、炎陵县。",
            {("攸县", "全省森林康养示范县", "aspiring"), ("炎陵县", "全省森林康养示范县", "aspiring")},
        ),
        ("炎陵县申报的全省乡村振兴示范县未获通过。", set()),  # sought and refused
    ],
)
def test_designations_published_lists_and_refusals(text, held):
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name, r.prop("status")) for r in relations} == held


def test_designations_a_counted_list_grouped_by_province_one_place_a_line():
    text = (
        "关于命名第七批全国森林康养乡镇的决定\n"
        "附件一:\n"
        "第七批全国森林康养乡镇名单(共3个)\n"
        "    一、河北省(2个)\n"
        "    平山县西柏坡镇\n"
        "    涞源县白石山镇\n"
        "    二、山西省(1个)\n"
        "    五台县台怀镇\n"
    )
    _, _, relations = _run(text)
    holders = {r.subject.name for r in relations if r.object.name == "全国森林康养乡镇"}
    assert holders == {"西柏坡镇", "白石山镇", "台怀镇"}  # the provinces head their groups, they win nothing


def test_designations_a_title_closing_a_long_lead_line_over_lines_of_villages():
    text = (
        "近日国家林业和草原局发布了第二批全国森林康养乡村名单其中,本市3个村被列其中本市入选的第二批全国森林康养乡村名单\n"
        "攸县\n"
        "黄丰桥镇白龙村\n"
        "鸾山镇东冲村\n"
        "茶陵县\n"
        "严塘镇湾里村\n"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"白龙村", "东冲村", "湾里村"}


def test_designations_counted_groups_of_a_report_are_no_titles():
    # a report's groups (被约谈县, 进度滞后乡镇) on a page that publishes no list of titles
    text = (
        "市生态环境局通报了第三季度空气质量考核结果。\n"
        "(一)被约谈县(2个)\n攸县、茶陵县。\n"
        "(二)进度滞后乡镇(2个)\n鸾山镇、新市镇。\n"
    )
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]
    # a heading ending in a title's head still heads its list
    held = extract(Document(id="t.txt", text="市林业局通报了有关情况。\n(一)森林康养示范县(2个)\n攸县、茶陵县。\n"))
    assert {r.subject.name for r in held.relations if r.predicate is Predicate.DESIGNATED_AS} == {"攸县", "茶陵县"}


def test_designations_named_places_before_wei_and_the_title():
    _, _, relations = _run("国家民委命名湖南省攸县、茶陵县为第十批全国民族团结融合示范县,标志着目标实现。")
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("攸县", "全国民族团结融合示范县"),
        ("茶陵县", "全国民族团结融合示范县"),
    }
    _, _, refused = _run("国家民委不予命名攸县为全国民族团结融合示范县。")
    assert refused == []


def test_designations_a_published_list_then_the_provinces_winners():
    text = (
        "农业农村部发布2018年中国森林康养乡村公示名单,湖南有3个乡村入选,包括攸县黄丰桥镇、茶陵县严塘镇、炎陵县中村乡。"
    )
    _, _, relations = _run(text)
    assert {(r.subject.name, r.prop("status")) for r in relations} >= {("黄丰桥镇", "aspiring"), ("严塘镇", "aspiring")}


def test_designations_a_long_list_then_wei_and_a_year_before_the_title():
    # 确定甲县、乙县…等N个县(市、区)(排序不分先后),为2021年度某某先进县: a long list, a note on its order,
    # then 为 and the year of the list before the title (a 先进 head needs the verb of conferring)
    counties = "、".join(["攸县", "茶陵县", "炎陵县", "醴陵市", "渌口区", "芦淞区", "荷塘区", "石峰区", "天元区"] * 4)
    text = (
        f"经各市推荐、省直有关部门审核,确定{counties}等36个县(市、区)(排序不分先后),"
        "为2021年度美丽乡村建设先进县,现予以通报表扬。"
    )
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} >= {
        ("攸县", "美丽乡村建设先进县"),
        ("天元区", "美丽乡村建设先进县"),
    }
    _, _, named = _run("省政府命名攸县、茶陵县为2021年度美丽乡村建设示范县。")
    assert {r.subject.name for r in named} == {"攸县", "茶陵县"}
    _, _, plain = _run("会议确定攸县、茶陵县为美丽乡村建设先进县的候选。")
    assert plain == []  # no year, no level mark: 先进县 without a verb of conferring right before it


def test_designations_places_before_a_count_of_several_units_then_lie_wei():
    # 将甲县、乙县等2个县、市、区列为…: the count names several kinds of unit, separated by 、
    _, _, relations = _run("经审议,将攸县、茶陵县等2个县、市、区列为2021年度湖南省“一县一特”示范县,现予公布。")
    assert {r.subject.name for r in relations} == {"攸县", "茶陵县"}


@pytest.mark.parametrize(
    "text",
    [
        "省民委建议国家民委命名攸县为第十批全国民族团结融合示范县。",
        "申请国家民委命名攸县为全国民族团结融合示范县的材料已报送。",
        "国家民委暂缓命名攸县为全国民族团结融合示范县。",
        "国家民委未命名攸县为全国民族团结融合示范县。",
    ],
)
def test_designations_naming_asked_for_or_deferred_confers_nothing(text):
    # 建议命名甲县为…, 申请…命名, 暂缓命名: no title awarded to 甲县
    _, _, relations = _run(text)
    assert not [r for r in relations if r.prop("status") == "awarded"]


def test_designations_a_list_published_names_no_place_that_was_not_chosen():
    _, _, relations = _run("第三批国家森林康养示范县名单公布,攸县未入选。")
    assert relations == []  # 未入选: 攸县 did not win it
    _, _, relations = _run("第三批国家森林康养示范县名单公布,攸县入选。")
    assert [(r.subject.name, r.prop("status")) for r in relations] == [("攸县", "awarded")]


def test_designations_named_as_a_title_with_a_verb_inside_it():
    _, _, relations = _run("生态环境部命名攸县为国家森林康养建设示范县。")
    assert {(r.subject.name, r.object.name) for r in relations} == {("攸县", "国家森林康养建设示范县")}


def test_designations_the_winners_listed_after_a_clause_in_the_next_sentence():
    text = (
        "在北京召开的表彰大会上,湖南省有3个县市荣获“全国森林康养模范城”称号。"
        "这些奖项是由全国森林康养工作领导小组颁发的,湖南省获奖的3个县市分别为:株洲市、攸县和茶陵县。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} >= {"攸县", "茶陵县"}


def test_designations_the_places_named_for_a_quoted_title_listed_after_it():
    text = (
        "近日,文化和旅游部命名了一批“中国森林康养文化之乡”,我省3个县、镇榜上有名。"
        "此次湖南获命名“中国森林康养文化之乡”的3个县镇分别是:株洲市攸县、茶陵县严塘镇、炎陵县。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} >= {"攸县", "严塘镇", "炎陵县"}


def test_designations_a_title_of_cities_and_counties_may_be_held_by_a_city():
    _, _, relations = _run("青山日报讯 此前，甲省甲县、景德镇市荣获国家某某示范市县称号。")
    assert "景德镇市" in {r.subject.name for r in relations}


def test_designations_places_after_two_lists_win_the_title_their_verb_names():
    text = (
        "某部日前公布第四批国家某某示范市县和第四批“甲乙丙丁就是戊己庚辛”实践创新基地名单,"
        "九江市武宁县、赣州市寻乌县获评第四批国家某某示范市县称号,"
        "景德镇市浮梁县被命名为第四批“甲乙丙丁就是戊己庚辛”实践创新基地。"
    )
    _, _, relations = _run(text)
    won = {(r.subject.name, r.object.name) for r in relations}
    assert won == {
        ("武宁县", "国家某某示范市县"),
        ("寻乌县", "国家某某示范市县"),
        ("浮梁县", "“甲乙丙丁就是戊己庚辛”实践创新基地"),
    }


def test_designations_places_listed_after_名单的_and_a_noun_win_a_title_with_a_bare_year():
    text = (
        "据了解,新入选“2016中国某某休闲乡村”推介名单的西藏村庄分别是"
        "山南市错那县青禾村、林芝市波密县乌兰村,这2个村庄是特色村庄。"
    )
    mentions, relations = _run(text)[1:]
    assert "中国某某休闲乡村" in {m.name for m in mentions}
    assert {r.subject.name for r in relations if r.object.name == "中国某某休闲乡村"} == {"青禾村", "乌兰村"}


def test_designations_villages_in_the_groups_after_a_selection_win_the_leads_title():
    text = (
        "某省3个村落列入第六批中国某某村落\n"
        "近日,住建部等部门公布第六批列入中国某某村落名录村落名单,其中,某省3个村落入选。\n"
        "某省此次入选的村落中,宁安市2个、汤原县1个。宁安市包括渤海镇青禾村、勤劳村。"
        "此外还有佳木斯市汤原县汤旺乡乌兰村。\n"
        "根据要求,各村要建立档案。渤海镇还有前进村等村落。"
    )
    _, _, relations = _run(text)
    won = {r.subject.name for r in relations if r.object.name == "中国某某村落"}
    assert won == {"青禾村", "勤劳村", "乌兰村"}


def test_designations_with_no_holder_are_not_the_home_citys_when_the_page_never_names_it():
    text = "长乐新闻网讯 为保证创建省级某某乡镇工作的质量,我区公示一批名单。"
    _, _, relations = _run(text)
    assert not any(r.subject.name == "福州市" for r in relations)


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("全省推选出235个行政村作为“国家某某乡村”候选村。", "国家某某乡村", "aspiring"),
        ("丽江这10个村被推荐为国家某某乡村!", "国家某某乡村", "aspiring"),
        ("云南省拟认定国家某某乡村名单", "国家某某乡村", "aspiring"),
        ("公布第四批“甲乙就是丙丁”实践创新基地名单。", "“甲乙就是丙丁”实践创新基地", None),
    ],
)
def test_designations_a_candidate_a_recommendation_and_a_quote_inside_a_title(text, name, status):
    found = {f.name: f.status for f in find_designations(text)}
    assert name in found
    if status:
        assert found[name] == status


def test_designations_a_title_a_place_is_put_forward_for_after_入选了推荐申报_is_sought():
    found = find_designations("东达沟村入选了推荐申报第四批全国某某重点村名单。")
    assert [(f.name, f.status) for f in found] == [("第四批全国某某重点村", "aspiring")]


def test_designations_villages_win_a_title_of_villages_and_towns_listed_after_the_lists_sentence():
    text = (
        "近日,第二批内蒙古自治区某某重点村镇名单公布。青山区兴胜镇青禾村、九原区哈林格尔镇乌兰村2个村入选。"
        "全市有自治区某某重点村3个,包括青山区兴胜镇青禾村、九原区哈林格尔镇乌兰村和石拐区五当召镇前进村。"
    )
    _, _, relations = _run(text)
    won = {r.subject.name for r in relations if r.object.name.endswith("自治区某某重点村")}  # (the villages' list)
    assert won == {"青禾村", "乌兰村", "前进村"}


def test_designations_towns_listed_after_荣获_title_的_n个乡镇分别是_win_it():
    text = "此次宜昌市荣获“省级某某乡镇”的3个乡镇分别是秭归县九畹溪镇、夷陵区龙泉镇和远安县茅坪场镇。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations if r.object.name == "省级某某乡镇"} == {"九畹溪镇", "龙泉镇", "茅坪场镇"}


def test_designations_a_year_before_a_title_is_no_part_of_its_name():
    text = "农业部公布“2015年中国某某休闲乡村”推介名单。最终认定120个村为“2015年中国某某休闲乡村”。"
    _, mentions, _ = _run(text)
    assert {m.name for m in mentions} == {"中国某某休闲乡村"}


def test_designations_a_quoted_title_counted_and_listed_after_a_won_title():
    text = (
        "近日,我县被某市精神文明建设指导委员会评为“市级某某县城”。其中,“某某乡镇”3个,包括涔山乡、石家庄镇、怀道乡;"
        "“某某村”2个,包括东寨镇东寨村、阳方口镇阳方村。"
    )
    _, _, relations = _run("宁武县融媒讯 " + text)
    won = {(r.subject.name, r.object.name) for r in relations}
    assert {("涔山乡", "某某乡镇"), ("怀道乡", "某某乡镇"), ("东寨村", "某某村"), ("阳方村", "某某村")} <= won


def test_designations_cities_and_county_seats_named_in_one_list_win_their_own_titles():
    text = (
        "记者了解到,经复审和综合评估,省爱卫会重新确认白银市、玉门市、临夏市、兰州市、庆阳市、武威市、天水市、酒泉市"
        "8个城市和会宁县、金塔县2个县城为“某某省卫生城市(县城)”;命名合作市为“某某省卫生城市”,命名宕昌县、康县为"
        "“某某省卫生县城”。"
    )
    _, _, relations = _run(text)
    won = {(r.subject.name, r.object.name) for r in relations}
    assert {("兰州市", "某某省卫生城市"), ("会宁县", "某某省卫生县城"), ("合作市", "某某省卫生城市")} <= won
    assert {("康县", "某某省卫生县城"), ("宕昌县", "某某省卫生县城")} <= won
    assert ("合作市", "某某省卫生县城") not in won and ("宕昌县", "某某省卫生城市") not in won


def test_designations_a_county_title_with_its_other_units_in_brackets_is_one_title():
    _, _, relations = _run("米东区、天山区被命名为自治区优秀某某县(市、区)。")
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("米东区", "自治区优秀某某县(市、区)"),
        ("天山区", "自治区优秀某某县(市、区)"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "株洲日报讯 攸县获评2023全国森林康养示范县。",
        "株洲日报讯 攸县获评“2023中国森林康养示范县”称号。",
        "株洲日报讯 攸县荣获“2023年度全国森林康养示范县”称号。",
        "株洲日报讯 国家林草局授予攸县“2023年度全国森林康养示范县”称号。",
    ],
)
def test_designations_a_year_of_the_list_before_a_won_title_is_no_part_of_its_name(text):
    # the year of the list, written with or without 年, quoted or not, before 称号 or not
    held = {(p, d) for p, d, _ in _held(text)}
    assert len(held) == 1
    ((place, name),) = held
    assert place == "攸县" and not name.startswith("20")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("株洲日报讯 近日，攸县成功申报第三批全省森林康养示范县。", "awarded"),
        ("株洲日报讯 近日，攸县成功申报创建全省森林康养示范县。", "aspiring"),
        ("株洲日报讯 近日，攸县申报全省森林康养示范县。", "aspiring"),
    ],
)
def test_designations_成功申报_is_a_title_won_申报创建_one_sought(text, status):
    _, _, relations = _run(text)
    assert [(r.subject.name, r.prop("status")) for r in relations] == [("攸县", status)]


def test_designations_a_later_sentence_of_villages_still_to_seek_the_title_is_no_group_of_the_selection():
    text = (
        "株洲日报讯 日前，我市12个村入选第三批全省森林康养示范村。此次入选的村中，攸县3个。"
        "攸县包括黄丰桥镇青禾村、乌兰村、石泉村。下一步，攸县还有黄丰桥镇柳塘村、松坪村将积极创建。"
    )
    assert {p for p, _, _ in _held(text)} == {"青禾村", "乌兰村", "石泉村"}


@pytest.mark.parametrize("sep", ["。", "，"])
def test_designations_a_counted_list_that_did_not_win_after_a_published_list(sep):
    lead = f"株洲日报讯 第三批全省森林康养示范村名单公布{sep}攸县黄丰桥镇青禾村、乌兰村等2个村"
    assert _held(lead + "未入选。") == []
    assert {p for p, _, _ in _held(lead + "入选。")} == {"青禾村", "乌兰村"}


def test_designations_a_title_of_cities_and_county_seats_is_named_as_each_holder_won_it():
    text = "株洲日报讯 近日,省爱卫会印发通知,确认醴陵市、攸县为“全省清洁示范城市(县城)”。"
    _, mentions, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("醴陵市", "全省清洁示范城市"),
        ("攸县", "全省清洁示范县城"),
    }
    assert {m.name for m in mentions} == {"全省清洁示范城市", "全省清洁示范县城"}  # no third title with brackets
    assert all(m.prop("level") == "provincial" for m in mentions)


def test_designations_the_last_place_before_a_bare_等_is_granted_the_title():
    text = "株洲日报讯 近日,省爱卫会印发通知,确认醴陵市、攸县、天元区等为“全省清洁示范城市(县城)”。"
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("醴陵市", "全省清洁示范城市"),
        ("攸县", "全省清洁示范县城"),
        ("天元区", "全省清洁示范城市"),
    }
    _, _, relations = _run("株洲日报讯 近日,省政府授予攸县、茶陵县等“全省森林疗养示范县”称号。")
    assert {r.subject.name for r in relations} == {"攸县", "茶陵县"}


def test_designations_a_list_counted_after_its_title_over_counted_headings():
    """某某名单 / (共4个) / 一、甲类(2个) …: the total after the title, and county-level cities listed
    alone on their lines (浏阳市) are items, not a prefecture's heading."""
    text = (
        "附件\n2019年度全国森林康养示范县名单\n(共4个)\n"
        "一、全国森林康养重点示范县(2个)\n湖南省浏阳市\n湖南省醴陵市\n"
        "二、全国森林康养培育示范县(2个)\n湖南省攸县\n湖南省茶陵县\n"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert {("浏阳市", "全国森林康养重点示范县"), ("醴陵市", "全国森林康养重点示范县")} <= held
    assert {("攸县", "全国森林康养培育示范县"), ("茶陵县", "全国森林康养培育示范县")} <= held
    assert {p for p, t in held if t == "全国森林康养示范县"} == {"浏阳市", "醴陵市", "攸县", "茶陵县"}
    # the count on the title's own line
    same_line = text.replace("名单\n(共4个)", "名单(共4个)")
    x = extract(Document(id="s.txt", text=same_line))
    held_same = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held_same == held
    # a prefecture alone on its line still heads its group
    grouped = "全国森林康养示范县名单\n(共1个)\n一、全国森林康养重点示范县(1个)\n湘潭市\n湘潭县\n"
    held = {(r.subject.name, r.object.name) for r in extract(Document(id="g.txt", text=grouped)).relations}
    assert ("湘潭县", "全国森林康养重点示范县") in held and ("湘潭市", "全国森林康养重点示范县") not in held


def test_designations_a_class_of_cities_by_rank_is_no_title():
    text = "全国卫生城市名单\n(共2个)\n一、地级城市(1个)\n株洲市\n二、县级市(1个)\n醴陵市\n"
    x = extract(Document(id="t.txt", text=text))
    titles = {r.object.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert titles == {"全国卫生城市"}


def test_designations_a_list_counted_as_none_reads_no_list():
    x = extract(Document(id="t.txt", text="全国森林康养示范县名单(共0个)\n一、全国森林康养重点示范县(0个)\n"))
    assert not [r for r in x.relations if r.predicate is Predicate.DESIGNATED_AS]


def test_designations_a_list_line_whose_place_is_not_read_does_not_end_the_list():
    text = (
        "近日第二批国家森林乡村名单公布,本市入选的第二批国家森林乡村名单\n"
        "甲乙县\n东风镇佳富村\n六套中心社区甲港村\n合德镇友爱村\n红旗镇新沃村\n"
        "什么是国家森林乡村?\n"
    )
    x = extract(Document(id="t.txt", text=text))
    holders = {r.subject.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert {"佳富村", "新沃村"} <= holders  # 新沃村 after two lines whose villages are not read


@pytest.mark.parametrize(
    "text",
    [
        "醴陵市、攸县分别被评为全国文明城市。",
        "醴陵市、攸县也分别被授予“全国文明城市”称号。",
        "醴陵市、攸县也分别被授牌“全国文明城市”。",
    ],
)
def test_designations_places_listed_before_分别_and_a_verb_of_conferral(text):
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held == {("醴陵市", "全国文明城市"), ("攸县", "全国文明城市")}


def test_designations_numbered_table_rows_under_a_title_line_each_hold_the_title():
    # a list published as a table: a header, then numbered rows; the holder is the last cell naming a place
    text = (
        "第一批国家森林乡村名单\n"
        "序号 省份 县(市、区) 乡镇名称\n"
        "1 湖南省 浏阳市 沙市镇\n"
        "2 湖南省 醴陵市 浦口镇人民政府\n"
        "3 湖南省 攸县 黄丰桥镇 第一批\n"
    )
    held = {(h, n) for h, n, _ in _held(text)}
    assert held == {(p, "国家森林乡村") for p in ("沙市镇", "浦口镇", "黄丰桥镇")}


def test_designations_a_table_row_whose_village_is_not_read_gives_its_county_nothing():
    text = "第一批国家森林乡村名单\n序号 省份 县(市、区) 村庄名称\n1 湖南省 浏阳市 甲子村\n2 湖南省 醴陵市 乙丑村\n"
    assert not any(h in ("浏阳市", "醴陵市", "湖南省") for h, _, _ in _held(text))


def test_designations_a_subject_then_the_title_then_shi_and_a_colon_opens_the_list():
    # 某省此次入围的某某村落是:甲县甲镇甲村、乙县乙镇乙村,丙市丙县丙镇丙村。 (a bare 是 only before a colon)
    text = (
        "记者从住建部公示的第二批名单中获悉,湖南又有3个村上榜中国传统村落。"
        "湖南此次入围的中国传统村落是:浏阳市沙市镇秀山村、醴陵市浦口镇南阳村,攸县黄丰桥镇柏市村。"
    )
    held = {h for h, n, _ in _held(text) if n == "中国传统村落"}
    assert held == {"秀山村", "南阳村", "柏市村"}
    assert _held("湖南此次入围的中国传统村落是浏阳市的一个村。") == []  # no colon: no list


def test_designations_labelled_lines_after_a_sentence_that_names_its_list_each_hold_the_title():
    # …拟将甲镇等6个镇命名为第一批某某小镇,现将名单进行公示。 then 某市:甲县甲镇、乙县乙镇。 lines
    text = (
        "日前,省农业农村厅拟将浏阳市沙市镇等4个镇命名为第一批省级“秀美小镇”,现将名单进行公示。\n"
        "长沙市:浏阳市沙市镇、宁乡市灰汤镇。\n"
        "株洲市:醴陵市浦口镇、攸县黄丰桥镇。\n"
        "(记者 甄永年)\n"
    )
    held = {h for h, _, _ in _held(text)}
    assert {"灰汤镇", "浦口镇", "黄丰桥镇"} <= held
    assert not held & {"长沙市", "株洲市"}  # the labels head their lines, they win nothing
    plain = "日前,省农业农村厅拟将浏阳市沙市镇命名为第一批省级“秀美小镇”。\n长沙市:浏阳市、宁乡市。\n"
    assert {h for h, _, _ in _held(plain)} <= {"沙市镇"}  # no 名单 named: the lines are no list of it


def test_designations_places_put_on_a_named_list_then_shi_and_a_colon():
    # 某县被列入第一批某某名录的村庄是:甲镇甲村、乙村,丙镇丙村。 (the title unquoted between the verb and 的)
    text = "浏阳市被列入第一批湖南省传统村落名录的村庄是:沙市镇秀山村、赤马村,大围山镇楚东村。"
    held = {h for h, _, _ in _held(text)}
    assert {"秀山村", "楚东村"} <= held
    assert "浏阳市" not in held  # the subject names the county the villages are of


def test_designations_a_counted_heading_line_names_its_title_and_an_umbrella_over_sub_lists():
    text = (
        "附件\n2017年度湖南省特色名村名单\n(共4个)\n"
        "一、湖南省特色旅游名村(2个)\n长沙市浏阳市沙市镇秀山村\n长沙市浏阳市大围山镇楚东村\n"
        "二、湖南省特色文化名村(2个)\n株洲市醴陵市浦口镇南阳村\n株洲市攸县黄丰桥镇柏市村\n"
    )
    held = {(h, n) for h, n, _ in _held(text)}
    assert ("秀山村", "湖南省特色旅游名村") in held and ("南阳村", "湖南省特色文化名村") in held
    assert {("秀山村", "湖南省特色名村"), ("柏市村", "湖南省特色名村")} <= held  # the umbrella title too
    assert not [f for f in find_designations("他说要建设湖南省特色名村名单\n")]  # no count: no heading


def test_designations_a_count_written_with_spaces_still_closes_the_list():
    # 甲街道、乙镇、丙乡等 15 个街道(乡镇)被命名为…: a web page writes spaces round the number
    text = "米东区石化街道、米东区长山子镇、乌鲁木齐县托里乡等 15 个管委会(街道、乡镇)被命名为“自治区平安乡镇(街道)”。"
    assert {h for h, _, _ in _held(text)} == {"石化街道", "长山子镇", "托里乡"}


def test_designations_places_recognised_as_a_title_listed_after_baokuo():
    # 我市认定为某省示范乡(镇、街)的包括,甲县甲镇,乙县乙镇。…示范村(社区)的包括:甲镇甲村、乙村,乙镇丙村。
    text = (
        "  其中,我市认定为湖南省乡村振兴示范乡(镇、街)的包括,宁乡市灰汤镇,醴陵市浦口镇。"
        "我市认定为湖南省乡村振兴示范村(社区)的包括:浏阳市沙市镇秀山村、赤马村,大围山镇楚东村。"
    )
    held = {(h, n) for h, n, _ in _held(text)}
    assert {"秀山村", "赤马村", "楚东村"} <= {h for h, n in held if n.endswith("示范村(社区)")}


def test_designations_a_place_then_a_date_before_the_verb_holds_the_title():
    assert [(h, n) for h, n, _ in _held("攸县2019年被命名为国家卫生县城。")] == [("攸县", "国家卫生县城")]
    assert [(h, n) for h, n, _ in _held("攸县于2019年被命名为国家卫生县城。")] == [("攸县", "国家卫生县城")]


def test_designations_that_county_is_the_county_last_named():
    text = "县委常委甄永年代表攸县领证。该县在2014年获得“国家园林县城”称号。"
    assert [(h, n) for h, n, _ in _held(text)] == [("攸县", "国家园林县城")]


def test_designations_the_papers_name_in_its_credits_makes_no_mention_of_its_city():
    # 株洲日报 only in the credit lines, the story about one of its counties: no title for the city
    text = "作者:甄永年    来源:株洲日报\n株洲日报全媒体讯 攸县召开大会。攸县干部群众积极参与,推进全国文明城市创建。"
    assert "株洲市" not in {h for h, _, _ in _held(text)}


@pytest.mark.parametrize(
    "text",
    [
        "浏阳市未被认定为省级森林乡镇的乡镇包括：大瑶镇、官渡镇。",
        "浏阳市被列入省级森林乡镇复查不合格名单的有：大瑶镇、官渡镇。",  # (复查合格名单的有: both hold it)
        "浏阳市被列入省级森林乡镇摘牌名单的乡镇是：大瑶镇、官渡镇。",
        "2020年撤销省级森林乡镇名单（共2个）\n长沙市：浏阳市大瑶镇、宁乡市灰汤镇。",
    ],
)
def test_designations_lists_of_places_that_lost_or_did_not_win_give_no_title(text):
    assert _held(text) == []


def test_designations_a_table_row_is_held_by_its_most_local_place_whatever_its_column():
    text = "第二批国家全域旅游示范区名单\n序号 县(市、区) 所属市州\n1 浏阳市 长沙市\n2 攸县 株洲市\n"
    assert {h for h, _, _ in _held(text)} == {"浏阳市", "攸县"}


def test_designations_headings_shortened_from_the_titles_the_lead_announced():
    """森林乡镇 某市(2个) heads the towns of 某省森林乡镇 named in the lead; 森林村居 the villages of the other
    title; a zone's counted heading inside the list (经开区(1个)) does not end it."""
    text = (
        "我市两个镇被授予湖南省森林乡镇称号，三个村被授予湖南省森林村居称号。\n"
        "森林乡镇 株洲市(2个)\n醴陵市白兔潭镇\n攸县网岭镇\n"
        "森林村居 株洲市(3个)\n醴陵市(2个)\n白兔潭镇卢村、白兔潭镇石桥村\n经开区(1个)\n网岭镇罗家村\n"
    )
    held = {(p, d) for p, d, _ in _held(text)}
    assert held == {
        ("白兔潭镇", "湖南省森林乡镇"),
        ("网岭镇", "湖南省森林乡镇"),
        ("卢村", "湖南省森林村居"),
        ("石桥村", "湖南省森林村居"),
        ("罗家村", "湖南省森林村居"),
    }


def test_designations_a_heading_whose_words_end_two_titles_heads_neither():
    text = "甲县获评全国示范乡镇，乙县获评省级示范乡镇。\n示范乡镇 株洲市(2个)\n醴陵市白兔潭镇\n攸县网岭镇\n"
    assert not [h for h in _held(text) if h[0] in ("白兔潭镇", "网岭镇")]


def test_designations_a_count_line_then_one_place_a_line_when_the_count_matches():
    """某省共有2个村落入选, a short line, then two lines of one place each: both hold the title named above; a
    count the lines do not match lists nothing."""
    text = (
        "农业农村部公布了2020年中国某某休闲乡村名单。\n湖南共有2个村落入选\n一起来看看\n"
        "湖南省株洲市醴陵市白兔潭镇卢村\n湖南省株洲市攸县网岭镇罗家村\n"
    )
    assert {p for p, _d, _b in _held(text)} == {"卢村", "罗家村"}
    assert not _held(text.replace("共有2个", "共有3个"))


def test_designations_a_zone_with_its_district_in_brackets_inside_a_list_of_holders():
    text = "醴陵市、攸县、高新区(天元区)、茶陵县创成省级平安县(市、区)。"
    assert {p for p, _d, _b in _held(text)} == {"醴陵市", "攸县", "天元区", "茶陵县"}


def test_designations_a_leading_group_as_the_passive_agent_is_no_holder():
    assert [(p, d) for p, d, _b in _held("攸县被省创建工作领导小组命名为省级生态县。")] == [("攸县", "省级生态县")]


def test_designations_a_list_after_a_lead_clause_and_a_title_of_towns_with_its_units_in_brackets():
    """其中,|我市认定某省某某示范乡(镇、街)的包括,甲县乙镇,丙县丁镇: the list after the lead clause, comma-separated;
    the title keeps the unit kinds it is written with."""
    text = "其中,我市认定湖南省乡村振兴示范乡(镇、街)的包括,醴陵市白兔潭镇,攸县网岭镇。"
    assert {(p, d) for p, d, _b in _held(text)} == {
        ("白兔潭镇", "湖南省乡村振兴示范乡(镇、街)"),
        ("网岭镇", "湖南省乡村振兴示范乡(镇、街)"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a heading without its count; a count under a line that announces no list
        "株洲市荣获国家森林城市称号。\n森林城市\n醴陵市白兔潭镇、攸县网岭镇积极参与创建。",
        "去年，攸县网岭镇罗家村被评为全国卫生村。\n今年株洲共有2个村入选\n醴陵市白兔潭镇卢村\n攸县网岭镇罗家村",
    ],
)
def test_designations_review_cases_no_list_lends_its_title(text):
    assert "白兔潭镇" not in {p for p, _d, _b in _held(text)} and "卢村" not in {p for p, _d, _b in _held(text)}


def test_designations_村寨_ends_a_title_and_a_selection_heading_lists_its_winners():
    text = (
        "近日,某省决定命名醴陵市白兔潭镇石门村等30个村寨为第五批湖南省少数民族特色村寨并授牌。\n"
        "本次株洲入选村寨\n攸县网岭镇罗家村、醴陵市白兔潭镇石桥村。"
    )
    assert {(p, d) for p, d, _b in _held(text)} == {
        ("石门村", "湖南省少数民族特色村寨"),
        ("罗家村", "湖南省少数民族特色村寨"),
        ("石桥村", "湖南省少数民族特色村寨"),
    }


def test_designations_a_title_line_with_its_region_in_brackets_heads_a_list_grouped_by_county():
    text = "2022年度河北省美丽乡村特色精品村(石家庄市)\n深泽县\n铁杆镇罗家村\n赵八镇石桥村\n赞皇县\n院头镇甄家村\n"
    _, _, relations = _run(text)
    holders = {r.subject.name for r in relations if r.object.name == "河北省美丽乡村特色精品村"}
    assert holders == {"罗家村", "石桥村", "甄家村"}


def test_designations_a_second_clause_of_a_naming_verb_names_its_title_after_为():
    text = (
        "其中,拟命名深泽县铁杆镇等50个乡镇为河北省乡村振兴示范乡镇,"
        "赵八镇罗家村等500个村为河北省实施乡村振兴战略工作示范村。"
    )
    names = {f.name for f in find_designations(text)}
    assert "河北省实施乡村振兴战略工作示范村" in names  # (not cut after 实施, a clause stop)


def test_designations_全省_opening_a_heading_line_is_the_title_s_level():
    text = "名单如下:\n全省生态宜居示范镇:\n1、深泽县铁杆镇\n2、赞皇县院头镇\n"
    _, _, relations = _run(text)
    assert {(r.subject.name, r.object.name) for r in relations} == {
        ("铁杆镇", "全省生态宜居示范镇"),
        ("院头镇", "全省生态宜居示范镇"),
    }


def test_designations_a_counted_heading_with_a_title_s_last_words_heads_its_list():
    text = (
        "石家庄30个村居被命名为“河北省森林村居”\n"
        "日前,河北省林业厅公布首批河北省森林乡镇、河北省森林村居名单。其中,石家庄市30个村居当选。\n"
        "石家庄30个“森林村居”分别为:\n"
        "深泽县:铁杆镇罗家村、赵八镇石桥村\n"
    )
    _, _, relations = _run(text)
    holders = {r.subject.name for r in relations if r.object.name == "河北省森林村居"}
    assert {"罗家村", "石桥村"} <= holders


@pytest.mark.parametrize(
    "text",
    [
        "会议指出。\n全市文明城市创建工作取得明显成效。\n",  # a paragraph opening 全市, no heading
        "全省森林城市建设推进会召开。",
        "醴陵陶瓷产业园(醴陵市)\n总投资20亿元,建设标准厂房。\n",  # a project's line, its county in brackets
    ],
)
def test_designations_heading_rules_need_a_heading(text):
    _, mentions, _ = _run(text)
    assert mentions == []


def test_designations_units_counted_for_another_purpose_win_no_title():
    text = "甄村镇被评为全国美丽宜居示范镇。今年白沙县确定3个镇分别为,甄村镇、罗家镇、石桥镇作为产业发展试点。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} <= {"甄村镇"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("攸县获评全国文明县城", "全国文明县城"),  # a title closing the text (a headline alone)
        ("河北省5个县成全国电子商务进农村综合示范县\n", "全国电子商务进农村综合示范县"),  # a counted unit and 成
    ],
)
def test_designations_a_title_at_the_text_s_end_and_after_a_counted_unit_s_verb(text, name):
    assert [f.name for f in find_designations(text)] == [name]


def test_designations_a_named_list_runs_on_over_its_county_groups_and_乡村_is_no_township_title():
    text = "其中,入选第一批国家森林乡村名单有:深泽县铁杆镇石桥村、赵八镇罗家村;行唐县上方镇沙河村、上方镇柏树村。"
    x = extract(Document(id="t.txt", text=text))
    held = {r.subject.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held == {"石桥村", "罗家村", "沙河村", "柏树村"}


def test_designations_an_adverb_of_time_between_the_holder_and_its_verb():
    text = "铁杆镇石桥村位于城南。石桥村刚被评为全国第一批全国生态文化村,罗家村一跃成为全国乡村旅游重点村。"
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert ("石桥村", "全国生态文化村") in held


def test_designations_a_title_with_a_frequent_noun_jieba_tags_as_a_name_before_建设():
    names = [d.name for d in find_designations("生态环境部公布第二批国家生态文明建设示范县名单。")]
    assert names and names[0].endswith("国家生态文明建设示范县")  # 文明 (a name to jieba) is a noun here


def test_designations_a_list_heading_with_its_batch_and_count_gives_its_title_to_the_lines_after_it():
    text = "附\n第一批节水型社会建设达标县(区)名单\n(共5个)\n"
    text += "一、河北省\n深泽县、行唐县、平山县\n二、山西省\n平遥县、祁县\n"
    x = extract(Document(id="t.txt", text=text))
    held = {r.subject.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS}
    assert held == {"深泽县", "行唐县", "平山县", "平遥县", "祁县"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省政府命名深泽县为河北省卫生县城。", {("深泽县", "河北省卫生县城", "awarded")}),
        (
            "拟命名深泽县铁杆镇等50个乡镇为河北省实施乡村振兴战略工作先进乡镇。",
            {("铁杆镇", "河北省实施乡村振兴战略工作先进乡镇", "aspiring")},
        ),
    ],
)
def test_designations_a_title_after_命名_place_为_opens_with_its_province(text, expected):
    """命名甲为某省…: 为 governs the title whose level is the province's full name; 拟 makes it proposed."""
    x = extract(Document(id="t.txt", text=text))
    held = {
        (r.subject.name, r.object.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS
    }
    assert held == expected


def test_designations_numbered_headings_with_a_titles_last_words_head_its_lists():
    """一、先进乡镇名单 / 二、示范村: headings shortened from the titles announced above; each list's places hold
    their own heading's title, proposed as announced."""
    text = (
        "其中,拟命名深泽县铁杆镇等50个乡镇为河北省实施乡村振兴战略工作先进乡镇,"
        "赵八镇石桥村等500个村为河北省实施乡村振兴战略工作示范村。\n"
        "一、先进乡镇名单\n深泽县铁杆镇  行唐县口头镇\n深泽县赵八镇\n"
        "二、示范村\n深泽县:铁杆镇罗家村、赵八镇王庄村\n"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {
        (r.subject.name, "先进乡镇" if r.object.name.endswith("先进乡镇") else r.object.name[-3:], r.prop("status"))
        for r in x.relations
        if r.predicate is Predicate.DESIGNATED_AS
    }
    towns, villages = ("铁杆镇", "口头镇", "赵八镇"), ("石桥村", "罗家村", "王庄村")
    assert held == {(t, "先进乡镇", "aspiring") for t in towns} | {(v, "示范村", "aspiring") for v in villages}


def test_designations_a_quoted_title_published_as_a_list_names_the_places_a_later_sentence_lists():
    """公布第八批“某省森林村庄”名单 (a province's name, in quotes before 名单) … 此次入选的村庄共3个,分别是…"""
    text = (
        "近日,省林业局公布第八批“河北省森林村庄”名单,深泽县铁杆镇石桥村等3个村庄榜上有名。\n"
        "近年来,全市已建成省级森林城镇12个、省级森林村庄40个。\n"
        "此次深泽入选的村庄共3个,分别是铁杆镇石桥村、赵八镇罗家村、赵八镇王庄村。"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {r.subject.name for r in x.relations if r.predicate is Predicate.DESIGNATED_AS and "河北省" in r.object.name}
    assert {"罗家村", "王庄村"} <= held


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        # 了 after the verb belongs to it, before a province-wide scope as before a level mark
        ("深泽县荣获了全省首批全域旅游示范县。", "全省首批全域旅游示范县", "awarded"),
        # 拟表彰: proposed for a title, not yet named, and no word of the title
        ("行唐县入选拟表彰河北省文明城市提名城市名单。", "河北省文明城市提名城市", "aspiring"),
    ],
)
def test_designations_a_particle_or_a_proposal_before_the_title_is_no_part_of_it(text, name, status):
    _, mentions, relations = _run(text)
    assert [m.name for m in mentions] == [name]
    assert [(r.subject.name, r.prop("status")) for r in relations] == [(text[:3], status)]


def test_designations_a_headline_verb_of_winning_ends_what_stands_before_the_title():
    """某地上榜|第N批…示范县名单 (a headline): the place and its verb are no part of the title."""
    text = "平山上榜第三批国家级农村职业教育示范县名单\n近日,教育部公布第三批国家级农村职业教育示范县名单。"
    names = {m.name for m in _run(text)[1]}
    assert names and all(n.endswith("国家级农村职业教育示范县") and "上榜" not in n for n in names)


def test_designations_a_zones_national_status_is_held_by_the_zone_not_its_city():
    """升级为国家级经济技术开发区: a zone's status; a page's city never holds it."""
    text = "深泽经济开发区经国务院批准,升级为国家级经济技术开发区。\n石家庄市将着力发挥国家级经济技术开发区的引领作用。"
    _, mentions, relations = _run(text)
    assert "国家级经济技术开发区" in {m.name for m in mentions}
    assert all(not r.subject.name.endswith(("市", "县", "省")) for r in relations)


def test_designations_a_list_of_conferring_bodies_after_bei_leaves_the_place_before_it_the_holder():
    """某县被省委、省政府、省军区命名为“…”: the bodies are one agent; the county holds the title."""
    text = "7月31日,深泽县被省委、省政府、省军区命名为“省级双拥模范县”荣誉称号。"
    relations = _run(text)[2]
    assert [(r.subject.name, r.object.name) for r in relations] == [("深泽县", "省级双拥模范县")]


def test_designations_a_place_gone_to_after_a_title_is_no_unit_of_it():
    """省级文明县测评组来冠县 (a headline): the team came to a one-character county; no title ends with it."""
    text = "省级文明县测评组来冠县验收创建工作\n本网讯 测评组来我县就省级文明县创建工作进行测评验收。"
    assert {m.name for m in _run(text)[1]} == {"省级文明县"}


def test_designations_clauses_after_a_colon_share_the_place_the_clause_before_it_opens_with():
    """在一年里,某县取得了一连串创建硕果:2016年成功创建…,2017年成功创建为…: each title is the county's."""
    text = (
        "在不到一年的时间里,深泽县取得了一连串创建硕果:2016年12月成功创建“河北省文明城市提名城市”,"
        "2017年5月成功创建为“全国百佳深呼吸小城”。"
    )
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert held == {("深泽县", "河北省文明城市提名城市"), ("深泽县", "全国百佳深呼吸小城")}


def test_designations_places_saying_they_won_after_the_title_hold_it():
    """命名100个地区为第五批某某示范区,甲市乙县、丙市丁县成功入选: the title first, its winners in the next clause."""
    text = "生态环境部公布公告,决定命名100个地区为第五批国家生态文明建设示范区,石家庄市深泽县、石家庄市行唐县成功入选。"
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert held == {("深泽县", "国家生态文明建设示范区"), ("行唐县", "国家生态文明建设示范区")}


def test_designations_a_proposed_list_heading_line_gives_its_lines_the_title_proposed():
    """某省入选第二批全国特色小镇公示名单, then one town a line: each is proposed (公示, 拟将…认定为)."""
    text = (
        "住房和城乡建设部发布公示,拟将北京市怀柔区雁栖镇等276个镇认定为第二批全国特色小镇。\n"
        "河北省入选第二批全国特色小镇公示名单\n"
        "石家庄市深泽县铁杆镇\n"
        "石家庄市深泽县赵八镇\n"
        "石家庄市行唐县口头镇\n"
    )
    held = {(r.subject.name, r.prop("status")) for r in _run(text)[2]}
    assert {("铁杆镇", "aspiring"), ("赵八镇", "aspiring"), ("口头镇", "aspiring")} <= held
    assert ("雁栖镇", "aspiring") in held


def test_designations_a_pages_own_winners_after_a_look_here_heading_hold_the_title_announced():
    """…公布第三批某某创建名单,…入选。一起来看某市入选名单↓ / 某市(3个) / (资料图片) / one village a line."""
    text = (
        "宁波36个乡村入选浙江第三批未来乡村创建名单\n"
        "日前,浙江省农业农村厅公布第三批未来乡村创建名单,石桥村等308个村入选。一起来看石家庄入选名单↓\n"
        "石家庄市(3个)\n"
        "(资料图片仅供参考)\n"
        "深泽县铁杆镇石桥村\n"
        "深泽县赵八镇罗家村\n"
        "行唐县口头镇王庄村\n"
        "什么是未来乡村?\n"
    )
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert {("石桥村", "未来乡村"), ("罗家村", "未来乡村"), ("王庄村", "未来乡村")} <= held


def test_designations_a_title_line_of_a_post_cut_into_short_lines_heads_the_counted_groups_after_it():
    """入选中国传统村落名录的村落名单中 (a WeChat post, a few words a line), then 某县(2个) / 某镇:甲村、乙村."""
    text = (
        "住房和城乡建设部公布了\n第五批\n入选中国传统村落名录的村落名单中\n石家庄都有哪些村上榜呢?\n往下看\n"
        "深泽县(2个)\n铁杆镇:石桥村、罗家村\n行唐县(1个)\n口头镇:王庄村\n"
    )
    held = {r.subject.name for r in _run(text)[2] if r.object.name == "中国传统村落"}
    assert held == {"石桥村", "罗家村", "王庄村"}


def test_designations_a_citys_title_written_for_county_seats_too_is_a_countys_county_seat_title():
    """某县获省级文明城市(县城、城区)称号: the county holds 省级文明县城; a city holds 省级文明城市."""
    county = _run("近日,全省文明称号名单公布,深泽县获省级文明城市(县城、城区)称号。")[2]
    city = _run("近日,全省文明称号名单公布,石家庄市获省级文明城市(县城、城区)称号。")[2]
    assert [(r.subject.name, r.object.name) for r in county] == [("深泽县", "省级文明县城")]
    assert [(r.subject.name, r.object.name) for r in city] == [("石家庄市", "省级文明城市")]


def test_designations_a_national_title_written_with_its_batch_and_without_its_level_takes_its_known_name():
    """命名某某等106个地区为第六批生态文明建设示范区 (no 国家): the places hold the known 国家生态文明建设示范区."""
    text = "生态环境部近日决定命名某某等106个地区为第六批生态文明建设示范区,石家庄市深泽县、石家庄市行唐县成功入选。"
    assert {r.object.name for r in _run(text)[2]} == {"国家生态文明建设示范区"}


def test_designations_a_proposal_about_something_else_leaves_a_won_title_won():
    """拟对去年入选全国重点镇的铁杆镇给予奖励: 拟 governs the reward; 拟将…认定为: the title proposed."""
    won = find_designations("深泽县拟对去年入选全国重点镇的铁杆镇给予10万元奖励。")
    proposed = find_designations("拟将北京市怀柔区雁栖镇等276个镇认定为第二批全国特色小镇。")
    assert [f.status for f in won if f.name == "全国重点镇"] == ["awarded"]
    assert [f.status for f in proposed] == ["aspiring"]


def test_designations_a_proposed_list_heading_over_lines_by_town_gives_its_villages_the_title_proposed():
    """2023年度市级生态乡镇拟命名名单(共1个) / 某区(1个): 某街道: the town on the line holds it, proposed."""
    text = "附件\n2023年度市级生态乡镇拟命名名单(共1个)\n深泽县(1个): 铁杆镇\n"
    held = {(r.subject.name, r.object.name, r.prop("status")) for r in _run(text)[2]}
    assert ("铁杆镇", "市级生态乡镇", "aspiring") in held


@pytest.mark.parametrize("joined", ["和", "与"])
def test_designations_two_places_joined_by_a_conjunction_both_hold_the_title(joined):
    """甲县和乙县入选…: 和/与 between two places joins them (no preposition), so both hold the title."""
    text = f"2019年,深泽县{joined}行唐县成功入选首批国家全域旅游示范区。"
    assert {r.subject.name for r in _run(text)[2]} == {"深泽县", "行唐县"}


def test_designations_places_after_a_preposition_joined_by_a_conjunction_hold_nothing():
    """向甲县和乙县学习, 争创…: the places a preposition governs are no subject of the title."""
    assert _run("全市要向深泽县和行唐县学习,争创国家全域旅游示范区。")[2] == []


def test_designations_a_quoted_title_of_several_units_is_conferred_over_a_counted_list_of_them():
    """授予甲县等20个县(市、区)“国家某某县(市、区)”称号: the units' bracket is no reason to drop the title."""
    text = "我部决定授予深泽县等20个县(市、区)“国家康养县(市、区)”称号。"
    assert [(r.subject.name, r.object.name) for r in _run(text)[2]] == [("深泽县", "国家康养县(市、区)")]


def test_designations_a_list_heading_naming_the_title_by_another_unit_lists_its_holders_under_one_title():
    """附件 国家某某市(县、区、旗)名单, then a province and its places a line: the title the page conferred."""
    text = (
        "我部决定授予深泽县等3个县(市、区)“国家康养县(市、区)”称号。\n附件\n国家康养市(县、区、旗)名单\n"
        "河北省 石家庄市深泽县,行唐县\n湖南省 长沙市浏阳市\n"
    )
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert held == {(p, "国家康养县(市、区)") for p in ("深泽县", "行唐县", "浏阳市")}


def test_designations_the_places_a_sentence_opening_with_qizhong_says_won_hold_the_title_before_it():
    """…公布第六批列入中国传统村落名录村落名单,全省63个村落上榜。其中,甲村、乙村上榜: the directory's title."""
    text = (
        "3月20日,住房和城乡建设部等部门公布第六批列入中国传统村落名录村落名单,河北共有63个村落上榜。"
        "其中,石家庄市深泽县赵八镇罗家村、行唐县口头镇王庄村上榜。"
    )
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert held == {("罗家村", "中国传统村落"), ("王庄村", "中国传统村落")}


def test_designations_a_sentence_with_no_subject_takes_the_place_the_sentence_before_opens_with():
    """某镇某村位于…。2021年先后被评为A、B: the village the sentence before is about holds each title."""
    text = "深泽县赵八镇罗家村位于赵八镇东部。\n2021年先后被评为河北省乡村治理示范村、市级四好村。"
    held = {(r.subject.name, r.object.name) for r in _run(text)[2]}
    assert held == {("罗家村", "河北省乡村治理示范村"), ("罗家村", "市级四好村")}
    assert _run("县长卫思齐到赵八镇调研。2021年先后被评为河北省乡村治理示范村。")[2] == []


def test_designations_jiu_between_the_holder_and_its_verb_is_an_adverb():
    """早在1995年,某镇就被省人民政府命名为…: 就 stands between the town and the verb as 已 or 早已 do."""
    held = {r.subject.name for r in _run("早在1995年,深泽县就被省人民政府命名为省级康养县城。")[2]}
    assert held == {"深泽县"}


def _holdings(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject.name, r.object.name, r.prop("status")) for r in _run(text)[2]}


_ROWS = "\n深泽县赵八镇罗家村\n行唐县口头镇石桥村\n"


def test_designations_a_published_lists_count_of_winners_then_fenbieshi_names_them():
    """…名单公布,某县共有3个村入选,分别是甲村、乙村和丙村: the places after 分别是 hold the title."""
    text = "近日,第三批河北省美丽乡村示范村名单公布,深泽县共有2个村入选,分别是赵八镇罗家村和口头镇石桥村。"
    assert {h[0] for h in _holdings(text)} == {"罗家村", "石桥村"}


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("根据评审结果,拟认定以下村为第三批河北省美丽乡村示范村,现予公示。", "aspiring"),
        ("现将第三批河北省美丽乡村示范村名单公示如下:", "aspiring"),
        ("第三批河北省美丽乡村示范村拟认定名单", "aspiring"),
        ("经研究,决定命名以下2个村为第三批河北省美丽乡村示范村:", "awarded"),
    ],
)
def test_designations_lines_after_a_proposal_or_a_naming_hold_the_title_with_its_status(lead, status):
    """拟认定以下村为…,现予公示。 / …名单公示如下: / …拟认定名单: the lines are proposed; 决定命名以下…: named."""
    held = _holdings(lead + _ROWS)
    assert {(p, s) for p, _t, s in held} == {("罗家村", status), ("石桥村", status)}


def test_designations_a_table_flattened_to_rows_gives_each_rows_last_place_the_title():
    """名单 / 序号 县(市、区) 乡镇 村名 / 1 甲县 乙镇 丙村: each row's village holds it, not its county or town."""
    text = "第三批河北省美丽乡村示范村名单\n序号 县(市、区) 乡镇 村名\n1 深泽县 赵八镇 罗家村\n2 行唐县 口头镇 石桥村\n"
    assert {h[0] for h in _holdings(text)} == {"罗家村", "石桥村"}


def test_designations_a_place_that_is_a_title_holds_it_when_the_title_ends_the_clause():
    """某村是中国传统村落,位于…: 是 and a title closing the clause: the place holds it (not 不是, not a longer noun)."""
    assert {h[:2] for h in _holdings("深泽县赵八镇罗家村是中国传统村落,位于镇东部。")} == {("罗家村", "中国传统村落")}
    assert _holdings("深泽县不是全国文明城市。") == set()
    assert _holdings("深泽县是全国文明城市创建先进县。") == set()


def test_designations_places_counted_in_groups_without_deng_before_the_verb_hold_the_title():
    """甲村、乙村2个行政村和丙村1个自然村获评某某: each group's places, counted by their unit, hold the title."""
    text = "深泽县赵八镇罗家村、行唐县口头镇石桥村2个行政村和深泽县赵八镇王庄村1个自然村获评2020年度省级康养村庄。"
    assert {h[0] for h in _holdings(text)} == {"罗家村", "石桥村", "王庄村"}


def test_designations_count_lines_between_a_list_heading_and_its_places_are_skipped():
    """某某名录的村落名单 / 某省入选265个 / 其中我市入选2个 / 甲村 / 乙村: the places after the counts hold it."""
    text = (
        "第五批列入中国传统村落名录的村落名单\n河北省入选265个\n其中我县入选2个\n"
        "深泽县赵八镇罗家村\n行唐县口头镇石桥村\n"
    )
    assert {h[:2] for h in _holdings(text)} == {("罗家村", "中国传统村落"), ("石桥村", "中国传统村落")}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("授牌仪式上,深泽县、行唐县获“中国康养文化县(市、区)”称号。", "中国康养文化县(市、区)"),
        ("某学会印发通知,授予深泽县“中华康养之市”称号。", "中华康养之市"),
        ("深泽县获“全国文明城市”称号。", "全国文明城市"),
    ],
)
def test_designations_a_quoted_title_after_huo_or_ending_in_zhi_shi_is_holdings(text, title):
    """某县获“某某县(市、区)”称号, 授予某市“某某之市”称号: 获 alone before the quote, a 之市 title."""
    assert {h[1] for h in _holdings(text)} == {title} and "深泽县" in {h[0] for h in _holdings(text)}


def test_designations_qizhong_winners_hold_only_the_last_title_of_the_sentence_before():
    """召开某某县城创建推进会,会上通报了某某乡村评选结果…。其中,甲村、乙村入选: the later title only."""
    text = (
        "近日,省里召开国家卫生县城创建工作推进会,会上通报了全省省级美丽乡村评选结果,全省共有50个村入选。"
        "其中,深泽县赵八镇罗家村、行唐县口头镇石桥村入选。"
    )
    assert {h[1] for h in _holdings(text)} == {"省级美丽乡村"}


def test_designations_a_table_row_whose_last_cell_is_no_place_gives_its_town_nothing():
    """1 某县 某镇 某庄: when kg reads no place in the last cell, the town in the cell before holds no title."""
    text = "第六届全国文明村镇名单\n序号 县(市、区) 乡镇 村名\n1 行唐县 口头镇 卫家庄\n2 深泽县 赵八镇 罗家村\n"
    assert {h[0] for h in _holdings(text)} == {"罗家村"}


def test_designations_places_that_won_this_honour_hold_the_title_written_before_it():
    """…获得全国双拥模范城(县)命名,其中甲县、乙县等13个市县获得此殊荣: the title written last before 此殊荣."""
    text = "全国共有461个市县获得全国双拥模范城(县)命名,其中我省深泽县、行唐县等13个市县获得此殊荣。"
    assert {h[:2] for h in _holdings(text)} == {("深泽县", "全国双拥模范城"), ("行唐县", "全国双拥模范城")}


def test_designations_a_village_named_after_its_title_is_no_part_of_the_title():
    """走进全国文明村罗家村: the title is 全国文明村, 罗家村 the village named after it; 重点村 stays a title's head."""
    names = {m.name for m in _run("调研组先后走进全国文明村罗家村、省级美丽乡村王庄村。")[1]}
    assert names == {"全国文明村", "省级美丽乡村"}
    assert {m.name for m in _run("深泽县赵八镇罗家村入选全国乡村旅游重点村。")[1]} == {"全国乡村旅游重点村"}


def test_designations_a_counted_win_then_the_quoted_title_and_a_colon_lists_the_winners():
    """其中,某省13城获评“国家卫生城市”:甲市、乙市…: the places after the colon hold the title."""
    text = "其中,河北3城获评“国家卫生城市”:深泽县、行唐县、石家庄市。"
    assert {h[0] for h in _holdings(text)} == {"深泽县", "行唐县", "石家庄市"}


def test_designations_review_mends_of_the_late_rules():
    """精品村 stays a title's head; 获得该称号 is won, with its own year; a later title with no win keeps 其中's list;
    a slogan's 之城 is no title."""
    assert {h[1] for h in _holdings("深泽县赵八镇罗家村被评为省级美丽乡村精品村。")} == {"省级美丽乡村精品村"}
    won = _run("深泽县今年将全力创建国家卫生县城，行唐县已于2020年获得这一荣誉。")[2]
    assert [(r.prop("status"), r.prop("year")) for r in won if r.subject.name == "行唐县"] == [("awarded", "2020")]
    text = (
        "近日，省住建厅公布第二批省级美丽乡村名单，全省共有50个村入选，比第一批省级美丽乡村多12个。"
        "其中，深泽县赵八镇罗家村、行唐县口头镇石桥村入选。"
    )
    assert {h[0] for h in _holdings(text)} == {"罗家村", "石桥村"}
    assert _run("建设中国一流康养之城,深泽县全力以赴。")[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "在公布的第三批河北省美丽乡村示范村名单中,深泽县赵八镇罗家村、行唐县口头镇石桥村名列其中。",
        "第三批河北省美丽乡村示范村名单出炉,深泽县赵八镇罗家村、行唐县口头镇石桥村位列其中。",
    ],
)
def test_designations_places_after_a_lists_name_that_are_among_it_hold_its_title(text):
    """…名单中,甲村、乙村名列其中 / …名单出炉,甲村、乙村位列其中: the places listed before 名列其中 hold the title."""
    assert {h[0] for h in _holdings(text)} == {"罗家村", "石桥村"}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("第三批河北省美丽乡村示范村名单公布,我县入选3个:深泽县赵八镇罗家村、王庄村;行唐县口头镇石桥村。", 3),
        ("第三批河北省美丽乡村示范村名单:深泽县赵八镇罗家村、行唐县口头镇石桥村。", 2),
    ],
)
def test_designations_a_lists_name_then_a_colon_lists_its_winners(text, held):
    """…名单公布,我县入选3个:甲村、乙村;丙村 and …名单:甲村、乙村: the places after the colon hold the title."""
    assert len({h[0] for h in _holdings(text)}) == held


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2012年,该村被命名为黑河市级康养村镇。", "黑河市级康养村镇"),
        ("2019年,该村被评为醴陵市级康养示范村。", "醴陵市级康养示范村"),
        ("某县荣获“市级康养县城”称号。", "市级康养县城"),
        ("该市入选第一批市级康养重点村的有3个村。", "第一批市级康养重点村"),
    ],
)
def test_designations_a_city_level_title_keeps_the_city_written_before_its_level(text, title):
    """黑河市级康养村镇 is 黑河市's city-level title: the city glued before 市级 names it (a bare 市级 stays bare)."""
    _, mentions, _ = _run(text)
    assert title in {m.name for m in mentions}


def test_designations_counted_groups_of_a_granted_list_all_hold_the_title():
    """授予甲镇、乙镇2个乡镇,丙村等31个社区为…称号: the comma after a group's count does not end the list."""
    text = "经过评选,市文明委决定,授予赵八镇、铁杆镇2个乡镇,赵八镇罗家村等12个村为石家庄市级文明村镇称号。"
    assert {h[0] for h in _holdings(text)} >= {"赵八镇", "铁杆镇", "罗家村"}


def test_designations_places_then_huo_and_a_level_mark_hold_the_title_without_the_last_place_in_its_name():
    """甲县、乙县、丙县获国家…示范区称号: 获 before a level mark ends the places, the title starts after it."""
    text = "其中,我省深泽县、行唐县、无极县获国家康养建设示范区称号。"
    assert {h[0] for h in _holdings(text)} == {"深泽县", "行唐县", "无极县"}
    assert {h[1] for h in _holdings(text)} == {"国家康养建设示范区"}


def test_designations_the_central_budgets_traditional_villages_are_one_known_title_whole():
    """列入中央财政支持范围的中国传统村落: the national programme's name is whole, its 列入 no verb before it."""
    text = "住建部公布了2016年列入中央财政支持范围的中国传统村落名单,我县甲村、乙村入选。"
    _, mentions, _ = _run(text)
    assert "列入中央财政支持范围的中国传统村落" in {m.name for m in mentions}


def test_designations_a_periods_title_alone_then_a_ming_dan_line_heads_the_lines_listing_its_holders():
    """2017-2019周期某某乡镇(县城) / 命名名单(某省) / 某市:甲镇、乙乡: the period is no part of the title."""
    text = "某委员会\n2017-2019周期国家康养乡镇(县城)\n命名名单(河北省)\n石家庄市:赵八镇、口头镇、铁杆镇\n"
    assert {h[0] for h in _holdings(text)} == {"赵八镇", "口头镇", "铁杆镇"}
    assert {h[1] for h in _holdings(text)} == {"国家康养乡镇"}


def test_designations_a_counted_clause_of_passing_then_fenbieshi_lists_the_winners_across_commas():
    """公布第三批某某示范县,共有N个县通过验收并且命名,分别是甲县,乙县、丙县: each listed county holds it."""
    text = "近日,河北公布第三批省级康养示范县,共有4个县通过本次验收并且命名,分别是深泽县,行唐县、无极县,赵县。"
    assert {h[0] for h in _holdings(text)} == {"深泽县", "行唐县", "无极县", "赵县"}


@pytest.mark.parametrize(
    "second",
    [
        "其中,我省3个被命名地区和单位为:深泽县、石家庄市行唐县、无极县。",
        "其中,我省3个地区入选,包括深泽县、石家庄市行唐县、无极县。",
        "其中,我省有3个县榜上有名,分别为深泽县、石家庄市行唐县、无极县。",  # (榜上有名, 3条村入选: the same)
        "其中,我省共有3座县城入选,分别是深泽县、石家庄市行唐县、无极县。",
    ],
)
def test_designations_a_counted_group_of_winners_then_its_list_holds_the_title_named_before(second):
    """…命名189家单位为第八批某某示范区。我省3个被命名地区和单位为:甲、乙、丙 (…入选,包括甲、乙): each holds it."""
    text = "近日,国家民委发布决定,命名189家单位为第八批全国民族团结进步示范区。" + second
    assert {h[0] for h in _holdings(text)} >= {"深泽县", "行唐县", "无极县"}


def test_designations_a_place_set_apart_by_chule_and_the_list_after_haiyou_hold_a_counted_title():
    """共有5个地区拟命名为国家某某市(县、区),除了甲县,还有乙市、丙区: all are proposed, cities too (市 is its unit)."""
    text = "此次我省共有5个地区拟命名为国家康养市(县、区),除了深泽县,还有石家庄市、保定市、石家庄市行唐县、无极县。"
    held = _holdings(text)
    assert {h[0] for h in held} == {"深泽县", "石家庄市", "保定市", "行唐县", "无极县"}
    assert {h[2] for h in held} == {"aspiring"}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("会议要求,授予乡镇更多管理权限,命名深泽县为省级康养县城。", {"深泽县"}),
        ("近日,省住建厅公布第三批省级康养县城,共有3个县暂缓命名,分别是深泽县、行唐县、无极县。", set()),
        ("日前,全省有3个县入选省级康养县城,除了深泽县外,还有行唐县、无极县正在积极申报。", set()),
    ],
)
def test_designations_review_mends_of_the_twenty_fifth_pass(text, held):
    """The nearest verb of naming governs (an earlier 授予 does not); 暂缓命名 and 正在积极申报 are no wins."""
    assert {h[0] for h in _holdings(text) if h[1] == "省级康养县城"} == held


def test_designations_a_verb_of_consolidating_opens_no_title():
    """全面夯实某某示范区创建的物质基础, 筑牢某某示范区: 夯实 and 筑牢 are verbs before the title, no words of it."""
    for text in ("要全面夯实民族团结进步示范区创建的物质基础。", "筑牢民族团结进步示范区创建根基。"):
        assert [f.name for f in find_designations(text)] == ["民族团结进步示范区"]


def test_designations_荣膺_is_a_verb_of_winning():
    """我省甲市、乙县荣膺“某某示范区”称号: each listed place holds the title."""
    held = _holdings("我省深泽县、无极县、赵县荣膺“国家生态文明建设示范区”称号。")
    assert {h[0] for h in held} == {"深泽县", "无极县", "赵县"}


def test_designations_winners_of_a_quoted_title_then_cheng_hao_de_unit_wei():
    # 获得“某某乡镇”称号的镇(乡、街道)为甲镇以及乙镇。同时,获得“某某村居”称号的村居分别为…
    text = (
        "省自然资源厅决定授予55个镇(乡、街道)“湖南省森林乡镇”称号,授予300个村居“湖南省森林村居”称号。\n"
        "据悉,株洲获得“湖南省森林乡镇”称号的镇(乡、街道)为攸县黄丰桥镇以及茶陵县严塘镇。"
        "同时,获得“湖南省森林村居”称号的村居分别为炎陵县霞阳镇平乐村、醴陵市沈潭镇花果村。"
    )
    _, _, relations = _run(text)
    held = {(r.subject.name, r.object.name) for r in relations}
    assert {("黄丰桥镇", "湖南省森林乡镇"), ("严塘镇", "湖南省森林乡镇")} <= held
    assert {("平乐村", "湖南省森林村居"), ("花果村", "湖南省森林村居")} <= held
    assert ("平乐村", "湖南省森林乡镇") not in held


def test_designations_an_untitled_selection_heading_over_lines_labelled_by_county():
    # 公布…国家森林乡村名单 … "  我市入选名单" then 某区:甲街道甲村、乙镇乙村 lines: the label is no winner
    text = (
        "日前,国家林业和草原局公布第二批国家森林乡村名单,其中我市有4个村入选。\n"
        "  我市入选名单\n"
        "  攸县:黄丰桥镇石门村、网岭镇罗家村\n"
        "  醴陵市:白兔潭镇石桥村、沈潭镇花果村\n"
    )
    _, _, relations = _run(text)
    held = {r.subject.name for r in relations if r.object.name == "国家森林乡村"}
    assert {"石门村", "罗家村", "石桥村", "花果村"} <= held
    assert not {"攸县", "醴陵市"} & held


def test_designations_the_commended_winners_of_a_quoted_title_listed_after_yi_ci_shi():
    # 十个受表彰的“2013年度某某先进县(市)”依次是:甲市、乙县…: 受表彰 is a verb of winning, the quote after 的
    text = (
        "省委、省政府决定对发展成效突出的10个县市给予通报表彰。我县在省委、省政府授予的十个"
        "“2013年度县域经济发展目标考核先进县(市)”中排名第四。十个受表彰的"
        "“2013年度县域经济发展目标考核先进县(市)”依次是:攸县、茶陵县、醴陵市。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} >= {"攸县", "茶陵县", "醴陵市"}


def test_designations_villages_and_communities_in_brackets_are_one_title():
    _, mentions, relations = _run("攸县网岭镇罗家村获评省“清洁庭院”创建示范村(社区)。")
    assert {m.name for m in mentions} == {"省“清洁庭院”创建示范村(社区)"}
    assert {r.subject.name for r in relations} == {"罗家村"}


def test_designations_winners_counted_after_a_list_and_a_clause_on_the_procedure():
    # 公布第四批某某示范县入选名单,经…等程序,我省甲县、乙县2个县(市、区)入选: the list, a clause between, the winners
    text = (
        "近日,三部门联合印发通知,公布第四批“四好农村路”全国示范县入选名单,经县级申请、省级核查等程序,"
        "我省攸县、茶陵县、醴陵市3个县(市、区)入选。"
    )
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"攸县", "茶陵县", "醴陵市"}
    # a clause naming another place between the list and the winners stops the reading
    other = text.replace("经县级申请、省级核查等程序", "长沙市去年已入选")
    _, _, relations = _run(other)
    assert not {"攸县", "茶陵县"} & {r.subject.name for r in relations}


def test_designations_besides_the_home_city_the_other_winners_counted_after_them():
    # 其中某省除了甲市外,还有乙市、丙县共2个市(县)上榜: the count of winners closes the list after it
    text = "此次共有411个全国双拥模范城(县)入选公示名单。其中湖南省除了株洲市外,还有长沙市、攸县共2个市(县)上榜。"
    _, _, relations = _run(text)
    assert {"长沙市", "攸县"} <= {r.subject.name for r in relations if r.object.name == "全国双拥模范城"}


def test_designations_the_sentences_place_after_a_span_of_time_holds_a_later_clauses_title():
    # 近年来甲区聚力…,统筹…,成功入选…: a span of time before the subject, the title three clauses on
    text = "近年来攸县聚力生态建设,统筹产业结构调整、污染治理,推进生态优先,成功入选第二批国家农业绿色发展先行区。"
    _, _, relations = _run(text)
    assert [r.subject.name for r in relations] == ["攸县"]


def test_designations_each_line_of_a_list_of_long_place_chains_is_an_item():
    # long lines with no punctuation are joined when the text is cleaned: the page's line breaks still end items
    text = (
        "近日,住房和城乡建设部等部门公布第六批列入中国传统村落名录的村落名单。\n"
        "第六批列入中国传统村落名录的村落名单\n"
        "(湖南省)\n"
        "湖南省湘西土家族苗族自治州永顺县芙蓉镇石堤村\n"
        "湖南省湘西土家族苗族自治州永顺县芙蓉镇双凤村\n"
        "湖南省湘西土家族苗族自治州龙山县里耶镇长春村\n"
    )
    _, _, relations = _run(text)
    assert {"石堤村", "双凤村", "长春村"} <= {r.subject.name for r in relations}


def test_designations_a_clause_with_a_copula_is_no_title():
    # 创建国家卫生区是推动城市发展的需要: 是 opens a clause, the head 城市 names no title
    _, mentions, _ = _run("区委副书记甄文峰指出,创建国家卫生区是推动城市发展的需要。")
    assert not [m for m in mentions if "是" in m.name]
    _, mentions, _ = _run("攸县荣获“绿水青山就是金山银山”实践创新基地称号。")
    assert [m.name for m in mentions] == ["“绿水青山就是金山银山”实践创新基地"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 拟命名 nearest the title makes the list proposed (系列 is no verb of conferring)
        (
            "根据《省级卫生城镇系列标准》,经研究,拟命名攸县黄丰桥镇、茶陵县严塘镇等12个镇为省级卫生乡镇。",
            {("黄丰桥镇", "aspiring"), ("严塘镇", "aspiring")},
        ),
        # a bare 为 that means "for": no list
        ("获得“湖南省森林乡镇”称号的乡镇为炎陵县霞阳镇等地的生态建设积累了经验。", set()),
        # a second list after ; is its own
        (
            "其中,获得“十强县”的为:攸县(第2名)和醴陵市(第9名);获得“先进县”的为:茶陵县、炎陵县。",
            {("攸县", "awarded"), ("醴陵市", "awarded")},
        ),
        # the winners a 公示 list names are proposed
        (
            "全国双拥办发布拟命名全国双拥模范城(县)公示名单。其中湖南省除了株洲市外,还有长沙市、攸县共2个市(县)上榜。",
            {("株洲市", "aspiring"), ("长沙市", "aspiring"), ("攸县", "aspiring")},
        ),
        # a 拟入选名单 is not read as the winners' list
        ("公布第四批“四好农村路”全国示范县拟入选名单,经核查等程序,我省攸县、茶陵县2个县(市、区)入选。", set()),
    ],
)
def test_designations_review_cases_of_lists_and_their_status(text, expected):
    _, _, relations = _run(text)
    title = "十强县" if "十强县" in text else None  # (the second list's title is not asked about)
    assert {(r.subject.name, r.prop("status")) for r in relations if title in (None, r.object.name)} == expected


def test_designations_corner_quotes_are_quotes():
    # 入选第九批「全國民主法治示範村(社區)」: traditional pages quote with 「」
    _, mentions, _ = _run("此次全国1136个村(社区)入选第九批「全国民主法治示范村(社区)」,其中,荆州市有3个村上榜。")
    assert [m.name for m in mentions] == ["全国民主法治示范村(社区)"]


def test_designations_a_clause_that_only_lists_places_holds_the_next_clauses_title():
    # 今年,甲村、 乙村,被认定为…: the list stands in a clause of its own before the verb's (a web page's space after 、)
    text = "今年,攸县鸾山镇新桥村、 醴陵市白兔潭镇大屋村,被认定为省级某某休闲乡村。"
    _, _, relations = _run(text)
    assert sorted(r.subject.name for r in relations) == ["大屋村", "新桥村"]
    # a clause that does more than list them is no subject: the villages visited hold nothing
    visited = "县委书记甲某走访了攸县鸾山镇新桥村、醴陵市白兔潭镇大屋村,被评为省级某某休闲乡村的经验受到肯定。"
    _, _, relations = _run(visited)
    assert [r.subject.name for r in relations] == []


def test_designations_our_province_in_front_of_a_title_is_its_level_not_its_name():
    text = "攸县鸾山镇新桥村、醴陵市白兔潭镇大屋村被认定为我省历史古村类美丽休闲乡村。"
    _, mentions, relations = _run(text)
    assert {m.name for m in mentions} == {"历史古村类美丽休闲乡村"}
    assert {(r.object.name, r.prop("level")) for r in relations} == {("历史古村类美丽休闲乡村", "provincial")}


def test_designations_a_count_of_places_before_a_head_is_no_title():
    # 全国共55个城市上榜: a count of cities; the winners after 其中 hold the list's title (a web page's spaces too)
    for text in (
        "近日,某部发布第二批国家某某消费试点城市名单,全国共55个城市上榜。其中,福建泉州市、龙岩市入选。",
        "近日 , 某部发布第二批国家某某消费试点城市名单 , 全国共55个城市上榜 。 其中 , 福建泉州市、龙岩市入选 。",
    ):
        _, mentions, relations = _run(text)
        assert "全国共55个城市" not in {m.name for m in mentions}
        assert sorted((r.subject.name, r.object.name) for r in relations) == [
            ("泉州市", "国家某某消费试点城市"),
            ("龙岩市", "国家某某消费试点城市"),
        ]


def test_designations_a_sentence_opening_with_the_verb_lists_the_winners_of_the_title_before():
    # 上榜的村镇分别是:… after the sentence naming the title; a subject that names a title of its own is not read as
    # the earlier title's list (获得十强县的为…;获得先进县的为…: 先进县 is no title read here)
    text = (
        "青山市2个乡镇、2个村荣获“全国文明村镇”称号。"
        "上榜的村镇分别是:攸县鸾山镇新桥村、醴陵市白兔潭镇大屋村、攸县鸾山镇、醴陵市白兔潭镇。"
    )
    _, _, relations = _run(text)
    won = {r.subject.name for r in relations if r.object.name == "全国文明村镇"}
    assert won == {"新桥村", "大屋村", "鸾山镇", "白兔潭镇"}
    text = "其中,获得“十强县”的为:攸县(第2名)和醴陵市(第9名);获得先进县的为:茶陵县(农业优先型)、炎陵县(文旅赋能型)。"
    _, _, relations = _run(text)
    assert not {"茶陵县", "炎陵县"} & {r.subject.name for r in relations if r.object.name == "十强县"}


def test_designations_a_proposed_list_heading_over_region_labelled_lines():
    # 某省某某小镇拟命名名单 / (排名不分先后) / 某市:甲县甲镇、乙县乙镇: a heading named by its province
    text = "湖南省文化旅游特色小镇拟命名名单\n(排名不分先后)\n株洲市:攸县鸾山镇、醴陵市白兔潭镇\n湘潭市:湘潭县花石镇\n"
    _, mentions, relations = _run(text)
    assert "湖南省文化旅游特色小镇" in {m.name for m in mentions}
    won = {(r.subject.name, r.prop("status")) for r in relations if r.object.name == "湖南省文化旅游特色小镇"}
    assert won == {("鸾山镇", "aspiring"), ("白兔潭镇", "aspiring"), ("花石镇", "aspiring")}


@pytest.mark.parametrize(
    "text",
    [
        "2012年开展全国第一次传统村落摸底调查。",  # a survey's name
        "计划在全国范围内分批次确定若干试点城市。",  # some places of a class
        "青山石化分公司驻甲村工作队帮扶该村。",  # a firm's team stationed in a village
    ],
)
def test_designations_a_survey_some_places_of_a_class_and_a_stationed_team_are_no_titles(text):
    _, mentions, _ = _run(text)
    assert mentions == []


def test_designations_ranking_titles_with_digits_and_list_titles_in_book_marks():
    # “10强县” is a ranking's title; 《2023年全国某某实力千强镇》榜单: the brackets close on a list's title
    _, _, relations = _run("其中,攸县、醴陵市拟入围2019年度县域经济发展“10强县”。")
    assert {(r.subject.name, r.object.name) for r in relations} == {("攸县", "10强县"), ("醴陵市", "10强县")}
    text = "某报刊发《2023年全国某某实力千强镇》榜单,我市8个乡镇榜上有名。\n本次入选的乡镇分别是鸾山镇、皇图岭镇。"
    _, mentions, _ = _run(text)
    assert "全国某某实力千强镇" in {m.name for m in mentions}


def test_designations_a_list_after_the_winners_said_specifically_and_no_department_as_a_title():
    # 此次某省入围的示范县具体为甲县、乙县; 省级农业农村|和财政部门: the departments, no title of villages
    text = "根据公布的国家级电子商务进农村综合示范县名单显示,此次湖南入围的示范县具体为攸县、茶陵县、炎陵县。"
    _, _, relations = _run(text)
    assert {r.subject.name for r in relations} == {"攸县", "茶陵县", "炎陵县"}
    _, mentions, _ = _run("经所在地人民政府申请、省级农业农村和财政部门审核,拟认定一批产业园。")
    assert not any(m.name.endswith("农业农村") for m in mentions)


def test_designations_a_title_opening_with_a_provinces_full_name_is_provincial():
    # 第二批某省某某村寨名单公布: no holder read, but the province's name is the title's level — it is kept
    _, mentions, _ = _run("近日,第二批湖南省某某特色村寨名单公布。")
    assert [(m.name, m.prop("level")) for m in mentions] == [("湖南省某某特色村寨", "provincial")]
    _, mentions, _ = _run("近日,某某特色村寨名单公布。")  # no level, no holder: too little to be a title
    assert mentions == []


def test_designations_a_sentence_opening_with_the_verb_and_naming_no_unit_lists_no_winners():
    # 获得的奖补资金分别是:…: the verb opens the sentence, no unit (村镇, 乡镇) says the places won the title before
    text = "攸县网岭镇被评为省级卫生乡镇。获得的奖补资金分别是:网岭镇50万元、皇图岭镇30万元。"
    _, _, relations = _run(text)
    assert [r.subject.name for r in relations] == ["网岭镇"]


def test_designations_a_heading_then_a_pointer_line_then_region_labelled_lines_of_winners():
    # 某市入选认定森林乡村名单如下 / ↓↓↓ / 某县:甲镇甲村,乙镇乙村: the pointer is no end of the list
    text = "某市入选认定森林乡村名单如下\n↓↓↓\n攸县:网岭镇罗家村,皇图岭镇石桥村、新联村。\n恭喜以上入选的乡村\n"
    assert {p for p, _, _ in _held(text)} == {"罗家村", "石桥村", "新联村"}


def test_designations_a_title_then_分别是_then_lines_grouped_under_their_cities():
    # 3个某某旅游重点村分别是: / 株洲市 / 攸县网岭镇罗家村 …: each village holds the title, the city only groups
    text = "3个全国某某旅游重点村分别是:\n株洲市\n攸县网岭镇罗家村\n醴陵市白兔潭镇石桥村\n湘潭市\n湘潭县花石镇新联村\n"
    assert {p for p, _, _ in _held(text)} == {"罗家村", "石桥村", "新联村"}


def test_designations_a_title_then_its_count_and_分别是_lists_its_holders():
    # 某省共有7座某某名城,另6座分别是:甲、乙; 某省的某某名城最多,有3座,分别是…: the places listed hold the title
    held = _held("湖南共有3座国家某某文化名城,另2座分别是:醴陵市、攸县。")
    assert {(p, d) for p, d, _ in held} == {("醴陵市", "国家某某文化名城"), ("攸县", "国家某某文化名城")}
    held = _held("其中,湖南省的国家某某文化名城最多,有3座,分别是株洲市、湘潭市、衡阳市。")
    assert {p for p, _, _ in held} == {"株洲市", "湘潭市", "衡阳市"}


def test_designations_groups_after_在我市入选的N个村落中_hold_the_title():
    # 在我市入选的3个村落中,甲县2个,分别为…。乙县1个,分别为…: every listed village holds the title won before
    text = (
        "2016年某某村落名单公布,我市3个村落入选中国传统村落。"
        "在我市入选的3个村落中,攸县2个,分别为网岭镇罗家村委会甄家湾村、皇图岭镇石桥村。醴陵市1个,分别为白兔潭镇新联村。"
    )
    assert {p for p, _, _ in _held(text)} == {"甄家湾村", "石桥村", "新联村"}


def test_designations_a_counted_group_then_为_and_a_line_labelled_with_the_short_title():
    # 甲镇等7个镇为第一批某省某某名镇: the group holds the title; 第一批某某名镇:乙镇、丙镇 lists the others
    text = (
        "1月9日,省住建厅公布了第一批名单。攸县网岭镇等3个镇为第一批湖南省历史文化名镇。\n"
        "第一批历史文化名镇:攸县网岭镇、醴陵市白兔潭镇、茶陵县严塘镇。\n"
    )
    assert {(p, d) for p, d, _ in _held(text)} == {
        ("网岭镇", "湖南省历史文化名镇"),
        ("白兔潭镇", "湖南省历史文化名镇"),
        ("严塘镇", "湖南省历史文化名镇"),
    }


def test_designations_the_counted_copula_is_no_for_and_a_label_keeps_its_batch():
    # 甲镇等3个镇为…提供了指导: 为 is "for"; 第二批某某名镇: a label of another batch lists no holder of the first
    assert _held("攸县网岭镇等3个镇为第一批湖南省历史文化名镇创建单位提供了技术指导。") == []
    text = "攸县网岭镇等3个镇为第一批湖南省历史文化名镇。\n第二批历史文化名镇:炎陵县鹿原镇、茶陵县火田镇。\n"
    assert not {"鹿原镇", "火田镇"} & {p for p, d, _ in _held(text) if d == "湖南省历史文化名镇"}


def test_designations_a_group_still_seeking_after_the_selection_wins_nothing():
    text = (
        "我市3个村落入选中国传统村落。在我市入选的3个村落中,攸县2个,分别为网岭镇罗家村、皇图岭镇石桥村。"
        "此外还有醴陵市白兔潭镇新联村正在申报。"
    )
    assert "新联村" not in {p for p, _, _ in _held(text)}


_PUBLISHED = (
    "近日,省文化和旅游厅对2024年省级某某重点村名单进行公示。\n"
    "据悉,此次遴选工作于今年4月启动,旨在培育一批特色鲜明的村庄。\n"
)
_THREE_LINES = "株洲市攸县网岭镇罗家村\n株洲市醴陵市白兔潭镇石桥村\n株洲市茶陵县严塘镇新联村\n"


def _held_status(text: str) -> set[tuple[str, str, str | None]]:
    x = extract(Document(id="t.txt", text=text))
    return {
        (r.subject.name, r.object.name, r.prop("status")) for r in x.relations if r.predicate is Predicate.DESIGNATED_AS
    }


def test_designations_lines_of_places_alone_below_a_published_list_hold_its_title():
    # a paragraph between the list sentence and the lines; a 公示 list: proposed, not yet named
    assert _held_status(_PUBLISHED + _THREE_LINES) == {
        (v, "省级某某重点村", "aspiring") for v in ("罗家村", "石桥村", "新联村")
    }


def test_designations_lines_of_places_below_an_unread_list_heading_or_too_few_hold_nothing():
    # a heading naming a list whose title kg did not read: not the title above; two lines are no list
    assert _held(_PUBLISHED + "附件2\n拟推荐某某休闲乡村名单\n" + _THREE_LINES) == []
    assert _held(_PUBLISHED + "株洲市攸县网岭镇罗家村\n株洲市醴陵市白兔潭镇石桥村\n") == []


def test_designations_lines_of_places_need_a_title_its_clause_publishes():
    # 依据某某标准: the title is a standard's, the 名单 of the sentence is in another clause
    assert _held("依据省级美丽宜居乡村标准进行核定,现将名单予以公示。\n" + _THREE_LINES) == []


def test_designations_a_joint_title_of_towns_and_villages_is_each_ones_list():
    # 历史文化名镇名村, 乡村旅游重点村镇: the umbrella of two lists, a village holds the villages', a town the towns'
    text = "攸县网岭镇罗家村、醴陵市白兔潭镇入选湖南省某某名镇名村。"
    assert {(p, d) for p, d, _ in _held(text)} == {("罗家村", "湖南省某某名村"), ("白兔潭镇", "湖南省某某名镇")}
    x = extract(Document(id="t.txt", text=text))
    assert {m.name for m in x.mentions if m.type is EntityType.DESIGNATION} == {
        "湖南省某某名村",
        "湖南省某某名镇",
    }


def test_designations_a_guangxi_村屯_is_a_unit_of_titles():
    assert "洁净村屯" in {f.name for f in find_designations("授予甲村等60个村屯2015年度某省“洁净村屯”荣誉称号。")}


def test_designations_a_long_list_after_入选的N个_title_为_keeps_its_places_beside_remarks_and_unread_villages():
    # a remark in brackets, two villages joined by 及, a village kg does not read: still a list, not prose
    text = (
        "株洲市入选的6个省级某某特色村为攸县网岭镇罗家村、醴陵市白兔潭镇(某某景区管委会)石桥村及沙古堆村、"
        "茶陵县严塘镇新联村、炎陵县鹿原镇薛村、攸县皇图岭镇金桥村、醴陵市浦口镇南桥村。"
    )
    won = {p for p, d, _ in _held(text) if d == "省级某某特色村"}
    assert {"罗家村", "新联村", "金桥村", "南桥村"} <= won
    assert not won & {"白兔潭镇", "鹿原镇", "株洲市"}  # (a town whose village kg did not read holds nothing)


def test_designations_the_title_ends_before_为_and_a_one_character_county():
    # 某某特色村为攸县…: 攸县 opens the list, the title is no 特色村为攸县
    text = "株洲市入选的3个省级某某特色村为攸县网岭镇罗家村、醴陵市白兔潭镇石桥村、茶陵县严塘镇新联村。"
    assert {d for _, d, _ in _held(text)} == {"省级某某特色村"}


def test_designations_a_title_then_具体有_lists_its_holders():
    text = (
        "近日,水利部公布了全国第六批县域清洁能源建设达标县名单。"
        "第六批县域清洁能源建设达标县具体有:株洲市攸县、株洲市醴陵市。"
    )
    assert {p for p, _, _ in _held(text)} == {"攸县", "醴陵市"}


def test_designations_a_word_of_villages_inside_a_zones_title_is_no_unit_of_its_holders():
    # 美丽乡村|先行区: counties hold it; 乡村 inside the name does not make it a title of villages
    text = "生态环境部公布第一批某某乡村先行区名单,株洲市攸县、株洲市醴陵市、株洲市茶陵县入选全国首批某某乡村先行区。"
    assert {p for p, _, _ in _held(text)} == {"攸县", "醴陵市", "茶陵县"}


def test_designations_lines_of_places_below_a_recommendation_hold_the_recommended_title():
    # 拟推荐…为某某乡村,现予以公示: a list put forward (aspiring), its villages on lines of their own below
    text = (
        "经专家评审,拟推荐攸县网岭镇罗家村等3个省级某某宜居乡村为2022年中国某某宜居乡村,现予以公示。\n一起看名单\n"
        + _THREE_LINES
    )
    assert {(p, d, s) for p, d, s in _held_status(text) if d == "中国某某宜居乡村"} >= {
        ("石桥村", "中国某某宜居乡村", "aspiring"),
        ("新联村", "中国某某宜居乡村", "aspiring"),
    }


def test_designations_lines_of_places_below_a_confirmation_hold_its_title():
    # 决定确认甲社区等482个村(社区)为某省“某某示范村(社区)”: 确认…为 confers the title on the lines below
    text = (
        "近日,四部门联合印发通报,决定确认攸县网岭镇丰源社区等482个村(社区)为2023年湖南省“某某法治示范村(社区)”。"
        "\n具体名单\n"
    )
    assert {p for p, d, _ in _held(text + _THREE_LINES)} >= {"罗家村", "石桥村", "新联村"}


def test_designations_a_title_labelling_its_numbered_line_is_held_by_the_places_after_its_colon():
    # 1. 某某综合10强县(市):甲县、乙市、丙县: a ranking written with digits labels its line of winners
    text = (
        "现将考核结果通报如下:\n"
        "1. 全省清洁能源发展综合10强县(市):攸县、醴陵市、茶陵县、炎陵县。\n"
        "2. 全省清洁能源发展增速10快区:荷塘区、芦淞区、石峰区。\n"
    )
    held = {(p, d) for p, d, _ in _held(text)}
    assert {p for p, d in held if d.endswith("10强县(市)")} == {"攸县", "醴陵市", "茶陵县", "炎陵县"}
    assert {p for p, d in held if d.endswith("10快区")} == {"荷塘区", "芦淞区", "石峰区"}


def test_designations_a_title_and_colon_inside_prose_is_no_label_of_a_line():
    # the title does not open its line: 某县获评…十强县:its remark after the colon is no list of winners
    text = "去年攸县获评全省清洁能源发展综合10强县:醴陵市、茶陵县的干部前来学习。\n"
    assert not {p for p, d, _ in _held(text) if p in ("醴陵市", "茶陵县")}


def test_designations_a_title_written_again_with_its_count_is_held_by_each_group_listed_after_it():
    # “某某先进县” read once in quotes; 确定某某先进县5个,其中,市辖区2个,包括…;其余县3个,包括…: every group's places
    text = (
        "经综合评价确定荷塘区等5个县(市、区)为“清洁能源发展先进县”。"
        "全省确定清洁能源发展先进县5个,其中,市辖区2个,包括荷塘区、芦淞区;其余县(市)3个,包括攸县、醴陵市、茶陵县。"
    )
    held = {p for p, d, _ in _held(text) if d == "清洁能源发展先进县"}
    assert held == {"荷塘区", "芦淞区", "攸县", "醴陵市", "茶陵县"}


def test_designations_a_count_after_a_title_with_no_groups_of_places_lists_no_holders():
    # 其中,…主要分布在…: the count's remark names no groups of places
    text = "经评价确定攸县为“清洁能源发展先进县”。全省确定清洁能源发展先进县5个,其中,山区县3个,主要分布在湘东。"
    assert {p for p, d, _ in _held(text) if d == "清洁能源发展先进县"} == {"攸县"}


def test_designations_the_top_of_a_ranking_on_numbered_lines_holds_the_ranking():
    # 某某百强县(市)前十: then 1.江苏昆山市 …: each line's county holds the title (its province does not)
    text = "据介绍,该排名综合考虑了28项指标。\n全国清洁能源百强县(市)前十:\n1.湖南攸县\n2.湖南醴陵市\n3.湖南茶陵县\n"
    held = {(p, d) for p, d, _ in _held(text)}
    assert {p for p, d in held if d.startswith("全国清洁能源百强县")} == {"攸县", "醴陵市", "茶陵县"}


def test_designations_a_numbered_heading_line_is_a_title_its_labelled_lines_hold():
    # (一)2016年度某某先进市州 / 一类市州:甲市、乙市 / (二)…先进县市区 / 一类县市区:…: each heading's lines hold it
    text = (
        "考核结果通报如下:\n(一)2016年度清洁能源先进市州\n一类市州:株洲市、湘潭市\n二类市:长沙市\n"
        "(二)2016年度清洁能源先进县市区\n一类县市区:攸县、醴陵市、茶陵县\n二类县市区:荷塘区、炎陵县\n"
    )
    held = {(p, d) for p, d, _ in _held(text)}
    assert {p for p, d in held if d.endswith("先进市州")} == {"株洲市", "湘潭市", "长沙市"}
    assert {p for p, d in held if d.endswith("先进县市区")} == {"攸县", "醴陵市", "茶陵县", "荷塘区", "炎陵县"}


def test_designations_a_place_alone_before_a_labelled_line_is_no_heading_title():
    # 某市:某县某某古镇 / 某市:某区某镇: a list's item, no title heading the next line
    text = "湖南省某某特色小镇拟命名名单\n株洲市:攸县网岭古镇\n株洲市:醴陵市白兔潭镇\n株洲市:茶陵县严塘镇\n"
    assert not {d for _, d, _ in _held(text)} & {"攸县网岭古镇", "醴陵市白兔潭镇"}


def test_designations_a_strong_county_title_entered_and_its_counted_groups_with_colons():
    # 攸县入榜某某强县 (headline); 某某强县3个,其中城市主城区1个:甲区;重点开发区县2个:乙县、丙市: every group's places
    text = (
        "2018年考核结果公示攸县入榜县域清洁能源发展强县\n"
        "具体名单包括县域清洁能源发展强县3个,其中城市主城区1个:荷塘区;重点开发区县2个:攸县、醴陵市。"
    )
    assert {p for p, d, _ in _held(text) if d == "县域清洁能源发展强县"} == {"荷塘区", "攸县", "醴陵市"}


def test_designations_a_counted_group_that_won_then_its_places_after_bienshi():
    # 株洲又有三城市入选国家某某城市 分别是甲市、乙市和丙市 (a headline): the counted winners, then their names
    text = "湖南又有三城市入选国家清洁能源城市 分别是株洲市、湘潭市和衡阳市\n本报讯 记者报道。\n"
    assert {p for p, d, _ in _held(text) if d == "国家清洁能源城市"} >= {"株洲市", "湘潭市", "衡阳市"}


def test_designations_a_proposed_list_named_then_its_places_after_bienshi_are_aspiring():
    # 2018年国家某某城市拟批准名单,分别是甲省乙市,丙省丁县…: the list put forward, its places seek the title
    text = "新一批名单出炉。2018年国家清洁能源城市拟批准名单,分别是湖南省株洲市,江西省萍乡市、武宁县和崇义县。"
    held = {(p, s) for p, d, s in _held_status(text) if d == "国家清洁能源城市"}
    assert {("株洲市", "aspiring"), ("萍乡市", "aspiring"), ("崇义县", "aspiring")} <= held


def test_designations_an_approved_list_and_its_colon_name_the_holders():
    # 2018年国家某某城市批准名单:甲省乙市,丙省丁县: the approved list's places hold the title (won)
    text = "助读\n2018年国家清洁能源城市批准名单:湖南省株洲市,江西省萍乡市、武宁县和崇义县。\n"
    held = {(p, s) for p, d, s in _held_status(text) if d == "国家清洁能源城市"}
    assert {("株洲市", "awarded"), ("萍乡市", "awarded"), ("崇义县", "awarded")} <= held


def test_designations_a_counted_group_deferred_or_revoked_holds_nothing():
    # 其中,通过复审的8个,包括甲县;暂缓命名的2个,包括乙县: only the group that passed holds the title
    text = (
        "近日，省爱卫会公布复审结果。全省省级卫生县城12个，其中，通过复审的8个，包括攸县、茶陵县；"
        "暂缓命名的2个，包括炎陵县、衡东县。"
    )
    assert {p for p, d, _ in _held(text) if d == "省级卫生县城"} == {"攸县", "茶陵县"}
    # 撤销某某县城3个(甲县、乙县): a title written again after 撤销 with its count lists no holders
    revoked = "攸县被命名为省级卫生县城。会议通报，全省撤销省级卫生县城3个（茶陵县、炎陵县、衡东县）。"
    assert {p for p, d, _ in _held(revoked) if d == "省级卫生县城"} == {"攸县"}


def test_designations_labelled_lines_take_the_status_of_the_heading_above_them():
    # 某某拟命名名单公示 / 1. 某某县城:甲县、乙县: proposed; 关于撤销…的通报 / 未达标的县有: none
    proposed = (
        "2023年度省级卫生县城拟命名名单公示\n1. 省级卫生县城：攸县、茶陵县、炎陵县\n2. 省级卫生乡镇：皇图岭镇、网岭镇"
    )
    assert {s for _, _, s in _held_status(proposed)} == {"aspiring"}
    assert not _held("关于撤销部分省级卫生县城称号的通报\n省级卫生县城：攸县、茶陵县")
    assert not _held("会议指出，全省未达标的县有：\n省级卫生县城：攸县、茶陵县")
