"""Officials and other persons on text that is not about the seed city."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document
from kg.vocab import EntityType, Predicate

COUNTY = (
    "青山日报讯(记者/周晓梅 通讯员/孙立新) 5月6日,县委书记、县人大常委会主任刘建国,"
    "县委副书记、县长黄志明出席全县经济工作会议。县领导许文斌、钱志强、韩雪梅等参加。"
)
TOWNSHIP = (
    "讲述人:松林区东湖镇白沙村党总支书记、村委会主任 梁秋生\n\n"
    "讲述人:松林区委副书记、政法委书记 蒋海峰\n\n"
    "讲述人:市交通运输局党组书记、局长 魏红英\n"
)
PROVINCE = "江西省委常委、常务副省长冯立新率省代表团来访,省政府副秘书长蔡东明陪同。时任市长邓启明介绍了情况。"
OTHERS = (
    "某某科技股份有限公司董事长孔德明表示,将加大投入。"
    "卢梭说过:“人生而自由。”\n"
    "责任编辑:吕文静 美术编辑:田 野 校对:汪洋\n"
)


def relations(text: str, predicate: Predicate = Predicate.HOLDS_POSITION):
    x = extract(Document(id="t.txt", text=text))
    return [r for r in x.relations if r.predicate is predicate]


def positions(text: str) -> set[tuple[str, str]]:
    return {(r.subject.name, r.object) for r in relations(text)}


def persons(text: str) -> dict[str, bool]:
    x = extract(Document(id="t.txt", text=text))
    return {m.name: bool(m.prop("official")) for m in x.mentions if m.type.value == "Person"}


def test_persons_stacked_titles_belong_to_one_name():
    assert {
        ("刘建国", "县委书记"),
        ("刘建国", "县人大常委会主任"),
        ("黄志明", "县委副书记"),
        ("黄志明", "县长"),
    } <= positions(COUNTY)


def test_persons_shared_title_for_a_list():
    got = positions(COUNTY)
    assert {("许文斌", "县领导"), ("钱志强", "县领导"), ("韩雪梅", "县领导")} <= got


def test_persons_bylines_are_not_officials():
    got = persons(COUNTY)
    assert got["周晓梅"] is False
    assert got["孙立新"] is False
    assert got["黄志明"] is True


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("梁秋生", "党总支书记"),  # 白沙村党总支书记: the village names the branch (as 某镇党委书记)
        ("梁秋生", "村委会主任"),
        ("蒋海峰", "松林区委副书记"),
        ("蒋海峰", "政法委书记"),
        ("魏红英", "党组书记"),
        ("魏红英", "局长"),
    ],
)
def test_persons_speaker_lines_keep_titles_as_written(name, title):
    assert (name, title) in positions(TOWNSHIP)


def test_persons_speaker_line_name_stops_at_line_end():
    assert set(persons(TOWNSHIP)) == {"梁秋生", "蒋海峰", "魏红英"}


@pytest.mark.parametrize(
    ("title", "body", "jurisdiction", "post"),
    [
        ("松林区委副书记", "中共松林区委", "松林区", "中共松林区委副书记"),
        ("政法委书记", "松林区委政法委", "松林区", "松林区委政法委书记"),
        ("村委会主任", "白沙村委会", "白沙村", "白沙村委会主任"),
    ],
)
def test_persons_posts_carry_body_and_jurisdiction(title, body, jurisdiction, post):
    got = {r.object: (r.prop("body"), r.prop("jurisdiction"), r.prop("post")) for r in relations(TOWNSHIP)}
    assert got[title] == (body, jurisdiction, post)


def test_persons_home_city_from_masthead_qualifies_bare_city_titles():
    text = "常德日报讯 市委副书记、市长孙海涛出席。"
    got = {r.object: r.prop("post") for r in relations(text)}
    assert got == {"市委副书记": "中共常德市委副书记", "市长": "常德市市长"}


def test_persons_same_title_in_two_cities_is_two_posts():
    a = relations("常德日报讯 市长孙海涛出席。")
    b = relations("益阳日报讯 市长孙海涛出席。")
    assert a[0].prop("post") != b[0].prop("post")


def test_persons_provincial_titles_and_former_posts():
    rels = {(r.subject.name, r.object): r for r in relations(PROVINCE)}
    assert rels[("冯立新", "江西省委常委")].prop("body") == "中共江西省委"
    assert rels[("冯立新", "常务副省长")].prop("post") == "江西省常务副省长"
    assert ("蔡东明", "省政府副秘书长") in rels
    assert rels[("邓启明", "市长")].prop("tense") == "former"


def test_persons_member_of_the_body():
    got = {(r.subject.name, r.object.name) for r in relations(TOWNSHIP, Predicate.MEMBER_OF)}
    assert ("蒋海峰", "中共松林区委") in got


def members(text: str) -> set[tuple[str, str]]:
    return {(r.subject.name, r.object.name) for r in relations(text, Predicate.MEMBER_OF)}


def organizations(text: str) -> set[str]:
    x = extract(Document(id="t.txt", text=text))
    return {m.name for m in x.mentions if m.type.value == "Organization"}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("会议任命杜明轩为州监察委员会副主任。", ("杜明轩", "州监察委员会")),
        ("州中级人民法院院长龙启华列席会议。", ("龙启华", "州中级人民法院")),
        ("盟发展和改革委员会副主任乌云其其格介绍了情况。", ("乌云其其格", "盟发展和改革委员会")),
        ("县交通运输局局长喻海涛陪同。", ("喻海涛", "县交通运输局")),
    ],
)
def test_persons_member_of_names_the_body_as_the_organisation_component_does(text, member):
    assert member in members(text)
    assert member[1] in organizations(text)


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("常德日报讯 市委办公室主任严立伟陪同。", "严立伟", "中共常德市委办公室"),
        ("任命孔令华为州人大常委会预算工作委员会主任。", "孔令华", "州人大常委会预算工作委员会"),
    ],
)
def test_persons_office_under_a_body_is_the_office(text, name, body):
    assert body in {r.prop("body") for r in relations(text) if r.subject.name == name}
    assert (name, body) in members(text)


@pytest.mark.parametrize(
    "text",
    [
        "该公司运营总监沈嘉禾介绍,订单已排到年底。",
        "省政府副秘书长韦一鸣,省商务厅、交通运输厅等相关部门领导沈嘉禾参加。",
        "全市文明创建工作推进会主任委员沈嘉禾讲话。",
    ],
)
def test_persons_no_member_of_a_reference_or_an_event(text):
    assert not {org for name, org in members(text) if name == "沈嘉禾"}


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("州人大常委会副主任龙海燕、石开明,秘书长麻国栋出席会议。", "麻国栋", "州人大常委会"),
        ("常德日报讯 市政协副主席柳青、贺志远,秘书长邹建明出席。", "邹建明", "政协常德市委员会"),
    ],
)
def test_persons_bare_title_continuing_a_list_is_the_same_body(text, name, body):
    assert body in {r.prop("body") for r in relations(text) if r.subject.name == name}
    assert (name, body) in members(text)


def test_persons_stacked_titles_of_one_body_name_it_once():
    text = "盟交通运输局党组书记、局长格日勒图汇报了工作。"
    assert {org for name, org in members(text) if name == "格日勒图"} == {"盟交通运输局"}


def test_persons_bare_title_after_a_sentence_is_not_continued():
    text = "州人大常委会副主任龙海燕出席。秘书长麻国栋主持。"
    assert not {org for name, org in members(text) if name == "麻国栋"}


def test_persons_member_of_keeps_the_post_body_when_found_only_adds_places():
    text = "讲述人:松林区东湖镇白沙村党总支书记 梁秋生\n"
    got = {org for name, org in members(text) if name == "梁秋生"}
    assert got == {"白沙村党总支"}


PAPER_PAGE = (
    "临川日报\n2024年5月8日 星期三\n\n"
    "本报讯(记者 方志远 通讯员/冷雨桐)5月7日,市长何家栋调研防汛工作。\n\n"
    "▲防汛物资仓库。 记者/罗 斌 摄\n\n"
    "据东岳晚报报道,当地已开展演练。记者/严冬 摄\n"
)


@pytest.mark.parametrize(
    ("name", "paper"),
    [("方志远", "临川日报"), ("罗斌", "临川日报"), ("严冬", "临川日报")],
)
def test_persons_byline_staff_belong_to_the_page_paper(name, paper):
    assert {org for n, org in members(PAPER_PAGE) if n == name} == {paper}


def test_persons_byline_correspondent_is_no_member_of_the_paper():
    assert not {org for n, org in members(PAPER_PAGE) if n == "冷雨桐"}


def test_persons_business_quoted_and_editors_are_not_officials():
    got = persons(OTHERS)
    assert got["孔德明"] is False
    assert got["卢梭"] is False
    assert {"吕文静", "田野", "汪洋"} <= set(got)
    assert not any(got[n] for n in ("吕文静", "田野", "汪洋"))


def test_persons_name_does_not_swallow_next_word():
    assert ("高建华", "市长") in positions("青山日报讯 市长高建华强调,要抓好落实。")


def test_persons_name_before_national_title():
    assert ("周明远", "总书记") in positions("学习周明远总书记重要讲话精神。")


def test_persons_position_date_is_page_date_refined_by_dateline():
    doc = Document(id="t.txt", text="青山日报讯(记者/周晓梅) 5月6日,县长黄志明调研。", date="2022-05-08")
    rel = next(r for r in extract(doc).relations if r.predicate is Predicate.HOLDS_POSITION)
    assert rel.evidence.date == "2022-05-06"


BANNER = (
    "10月9日,盟委委员、副盟长哈斯巴根到青格尔旗调研。旗委书记其木格日乐,旗委副书记、旗长周 岚陪同。"
    "县领导钱立德、吴 敏、沙马阿果出席。县人大常委会副主任郑秋菊、阿苏·莫色,县政协副主席胡秋和列席会议。"
)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("哈斯巴根", "副盟长"),
        ("其木格日乐", "旗委书记"),
        ("周岚", "旗长"),
        ("吴敏", "县领导"),  # an OCR space inside a name does not end the list
        ("沙马阿果", "县领导"),
        ("阿苏·莫色", "县人大常委会副主任"),  # a title ending in 副主任 is shared by the list
        ("胡秋和", "县政协副主席"),
    ],
)
def test_persons_minority_region_titles_and_names(name, title):
    assert (name, title) in positions(BANNER)


NOTES = (
    "□ 林 涛\n\n正文。\n\n(作者系中共白云市江北区委常委、宣传部部长)\n\n"
    "□ 钱海燕 唐 宁\n\n正文。\n\n(作者钱海燕系白云市交通运输局党组成员、副局长,唐宁系江北大学副教授)\n"
)
MIXED = (
    "县政协委员、青禾农业科技有限公司董事长冯志远,县政协委员、东坪镇党委书记许 亮发言。"
    "项目负责人、远山建设集团有限公司总经理贺明说,工程将于年底完工。"
)


@pytest.mark.parametrize(
    ("name", "title"),
    [("林涛", "中共白云市江北区委常委"), ("林涛", "宣传部部长"), ("钱海燕", "党组成员"), ("钱海燕", "副局长")],
)
def test_persons_author_notes_state_posts(name, title):
    assert (name, title) in positions(NOTES)


def test_persons_author_note_without_post_is_not_an_official():
    assert persons(NOTES)["唐宁"] is False


def test_persons_public_title_beside_a_company_post_makes_an_official():
    got = persons(MIXED)
    assert got["冯志远"] is True and got["许亮"] is True
    assert got["贺明"] is False
    assert ("冯志远", "县政协委员") in positions(MIXED)
    assert not any(name == "贺明" for name, _ in positions(MIXED))


@pytest.mark.parametrize(
    ("text", "name", "title", "tense"),
    [
        ("会议经表决,任命贺春林为县教育局局长。", "贺春林", "县教育局局长", "appointed"),
        ("会议决定任命:贺春林为县教育局局长;钱晓为县财政局局长。", "钱晓", "县财政局局长", "appointed"),
        ("会议决定免去邵长青的县水利局局长职务。", "邵长青", "县水利局局长", "removed"),
        ("会议决定免去邵长青同志的县水利局局长职务。", "邵长青", "县水利局局长", "removed"),
        ("大会选举产生新一届领导班子,高明远当选为县总工会主席。", "高明远", "县总工会主席", "elected"),
    ],
)
def test_persons_appointment_gives_a_position_with_its_tense(text, name, title, tense):
    got = {(r.subject.name, r.object, r.prop("tense")) for r in relations(text)}
    assert (name, title, tense) in got
    assert persons(text)[name] is True


@pytest.mark.parametrize(
    ("text", "member", "not_member"),
    [
        ("松江区水利局局长周明远出席会议。", "松江区水利局", None),
        ("副省长钱立平出席。习近平总书记强调，要抓好落实。", None, "中共中央"),
        ("镇党委书记罗海军介绍了情况。", None, "镇党委"),
        ("副县长孔德胜参加调研。", None, "人民政府"),
    ],
)
def test_persons_member_of_only_a_written_body(text, member, not_member):
    rels = extract(Document(id="t.txt", text=text)).relations
    objs = [r.object.name for r in rels if r.predicate is Predicate.MEMBER_OF]
    if member:
        assert member in objs
    if not_member:
        assert not any(not_member in o for o in objs)


LONG_LIST = (
    "临沧日报讯 4月9日,全县森林防火工作会议召开。县领导杨光辉、滿文昌、郑 海涛、段春明、苏艳、"
    "马志远、陈 晓、周立群、吴秀兰、俞 建新、钱小松、岩庄、冯德胜出席。"
)


def test_persons_a_long_list_after_a_shared_title_is_read_to_its_end():
    held = {p for p, t in positions(LONG_LIST) if t == "县领导"}
    assert held == {
        "杨光辉", "滿文昌", "郑海涛", "段春明", "苏艳", "马志远", "陈晓",
        "周立群", "吴秀兰", "俞建新", "钱小松", "岩庄", "冯德胜",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长岩庄主持会议。", "岩庄"),
        ("县长玉波出席。", "玉波"),
        ("州委副书记刀志明参加。", "刀志明"),
        ("县长 岩庄出席。", "岩庄"),
    ],
)
def test_persons_dai_name_after_a_title_is_an_official(text, name):
    assert persons(text).get(name) is True


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("版式:邱 文 校对:梁 晓东 美编:谭 斌\n", {"邱文": "designer", "梁晓东": "proofreader", "谭斌": "designer"}),
        ("记者 岩庄 玉波\n", {"岩庄": "reporter", "玉波": "reporter"}),
        ("版式:依 娜 校对:岩罕\n", {"依娜": "designer", "岩罕": "proofreader"}),
        ("美编:谭 斌\n记者 邱文\n", {"谭斌": "designer", "邱文": "reporter"}),
    ],
)
def test_persons_page_furniture_bylines_with_spaces_and_dai_names(text, roles):
    x = extract(Document(id="t.txt", text=text))
    assert {m.name: m.prop("role") for m in x.mentions if m.type.value == "Person"} == roles


def test_persons_career_text_gives_each_post_to_the_subject():
    text = (
        "青山县政协原主席周立群涉嫌严重违纪。周立群出生于1963年5月,1998年后历任东湖县副县长、县长,"
        "青山市商务局局长,2015年3月晋升青山市副市长。2019年,他转任青山县政协主席。"
    )
    got = positions(text)
    for title in ("东湖县副县长", "县长", "青山市商务局局长", "青山市副市长", "青山县政协主席"):
        assert ("周立群", title) in got, title


def test_persons_career_verbs_need_an_official_subject():
    # 任务 is no 任; a sentence whose subject holds no post gives none
    assert positions("会议明确了今年的任务,村民李大山任劳任怨。") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("外交部发言人表示，美国总统卡特林顿将于下月访华。", "卡特林顿"),
        ("议会上院主席鲁斯塔耶夫和下院主席会见了代表团。", "鲁斯塔耶夫"),
        ("荷兰人维姆·德贝赫出任该行首任行长。", "维姆·德贝赫"),
        ("球队教练扎洛加今天在训练后接受采访。", "扎洛加"),
        ("萨莫里诺说，双方合作前景广阔。", "萨莫里诺"),
    ],
)
def test_persons_transliterated_foreign_names_beside_a_title_or_a_verb(text, name):
    assert persons(text).get(name) is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("美国总统卡多维尔派代表前来祝贺。", "卡多维尔"),  # 派 is the verb after the name
        ("瑞典外长卡尔多宁举行记者招待会。", "卡尔多宁"),  # 宁 is not in the table
        ("内务部长斯捷洛申是前政府的部长。", "斯捷洛申"),
        ("加拿大舰队司令巴尔克海军少将率领舰艇访问。", "巴尔克"),
        ("挪威大臣玛丽卡·恩斯特拉德日前在议会宣布。", "玛丽卡·恩斯特拉德"),
        ("对新上任的巴西籍教练马卡森来说，赢球是好消息。", "马卡森"),
        ("美国副国务卿卡尔斯·皮塔林2日说，将增加驻军。", "卡尔斯·皮塔林"),
    ],
)
def test_persons_foreign_name_ends_where_the_name_does(text, name):
    assert set(persons(text)) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("乔治·斯塔尔说，双方将继续合作。", "乔治·斯塔尔"),
        ("记者问彼得·洛维奇对此有何看法。", "彼得·洛维奇"),
    ],
)
def test_persons_dotted_name_keeps_its_first_part_when_the_run_opens_after_the_dot(text, name):
    """乔|治 is no transliteration run; the dictionary's 乔治 is the part before the dot."""
    assert set(persons(text)) == {name}


def test_persons_a_surname_jieba_cuts_off_before_a_two_character_name_is_the_names():
    """jieba reads 甄|高盛 (both names): the surname and the given name are one person."""
    assert set(persons("法工委研究室甄高盛认为：目前我国已有进展。")) == {"甄高盛"}


@pytest.mark.parametrize("text", ["哈卡卡说，他诚心诚意地接受。", "他说，哈卡卡表示欢迎。"])
def test_persons_quoted_foreign_name_keeps_the_character_jieba_cuts_off(text):
    """jieba reads 哈|卡卡: the transliteration character before the name is the name's."""
    assert set(persons(text)) == {"哈卡卡"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("代表团拜会了奥斯特罗夫将军。", "奥斯特罗夫"),  # a title after the name is its cue
        ("贵宾向奥斯特罗夫大使赠送了礼物。", "奥斯特罗夫"),
        ("总理与卡尔多维奇总统会谈。", "卡尔多维奇"),
        ("见到萨洛费尔院士时，他正在上课。", "萨洛费尔"),  # 费 is not in the table: the title closes the name
    ],
)
def test_persons_foreign_name_before_a_title(text, name):
    assert name in persons(text)


def test_persons_a_known_name_is_not_found_again_inside_a_place():
    x = extract(Document(id="t.txt", text="特使黎加说，会谈顺利。哥斯达黎加总统表示欢迎。"))
    found = [(m.text, m.start) for m in x.mentions if m.type.name == "PERSON"]
    assert found == [("黎加", 2)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("日本首相山田一郎在今天晚上同美国总统会谈。", "山田一郎"),
        ("日本驻华大使小林一郎出席招待会。", "小林一郎"),
        ("据日本外相山田一郎说，会谈取得进展。", "山田一郎"),
    ],
)
def test_persons_japanese_name_after_a_japanese_title(text, name):
    assert name in persons(text)


def test_persons_no_japanese_name_from_words_after_a_title():
    assert not persons("日本外相会谈后表示满意。")


def test_persons_no_foreign_name_cut_from_a_longer_one_before_a_title():
    """费 stands alone rarely: it may open the name, so the run after it is no name of its own."""
    assert "卡尔多" not in persons("代表团拜会了费卡尔多亲王。")


@pytest.mark.parametrize(
    "text",
    ["代表团抵达斯特拉斯堡市参观。", "俄罗斯总统表示欢迎。", "阿森纳队主教练说，比赛很艰苦。"],
)
def test_persons_no_foreign_name_from_places_or_bodies(text):
    assert not persons(text)


def test_persons_no_name_cut_out_of_a_body_before_a_title():
    found = persons("会议欢迎全国政协主席王建新访问，致公党中央主席李国安主持。")
    assert set(found) == {"王建新", "李国安"}


def test_persons_two_character_non_han_name_after_a_title():
    assert persons("市长达瓦代表市人民政府作报告。").get("达瓦") is True


def test_persons_appointment_notice_subject_with_comrade_takes_the_stack():
    found = positions("经中央批准，丁立山同志任中共东川州委委员、常委、书记。")
    assert {("丁立山", "中共东川州委委员"), ("丁立山", "常委"), ("丁立山", "书记")} <= found
    rels = relations("经中央批准，丁立山同志任中共东川州委委员、常委、书记。")
    assert {r.prop("body") for r in rels} == {"中共东川州委"}  # the bare titles continue the committee


def test_persons_resignation_and_stacked_titles_after_wei():
    text = "会议决定接受王建山辞去湖南省人民政府省长职务的请求，决定任命李卫川为湖南省人民政府副省长、代理省长。"
    found = positions(text)
    assert ("王建山", "湖南省人民政府省长") in found
    assert {("李卫川", "湖南省人民政府副省长"), ("李卫川", "代理省长")} <= found
    assert not any(name == "李卫川" and "王" in title for name, title in found)


def test_persons_list_of_appointments_keeps_each_title_with_its_name():
    assert positions("任命王一山为副局长、李二水为局长。") == {("王一山", "副局长"), ("李二水", "局长")}


@pytest.mark.parametrize(
    ("text", "name", "title", "tense"),
    [
        ("刘建山被任命为县委书记。", "刘建山", "县委书记", "appointed"),
        ("钱小川不再担任市文化局局长职务。", "钱小川", "市文化局局长", "removed"),
        ("据悉，刘建山被免去县委书记职务。", "刘建山", "县委书记", "removed"),
    ],
)
def test_persons_passive_and_removal_forms_with_the_name_before(text, name, title, tense):
    found = {(r.subject.name, r.object, r.prop("tense")) for r in relations(text)}
    assert (name, title, tense) in found
    assert "免去县委" not in organizations(text)


@pytest.mark.parametrize("verb", ["出任", "调任", "升任", "转任"])
def test_persons_the_name_right_before_a_move_verb_holds_the_post(verb):
    assert ("孙立川", "市发改委主任") in positions(f"2019年，孙立川{verb}市发改委主任。")


def test_persons_title_in_brackets_after_a_name_keeps_its_tense():
    rels = relations("丁家山(东川省红十字会原巡视员)涉嫌受贿，王小川（市文化局局长）说。")
    found = {(r.subject.name, r.object, r.prop("tense")) for r in rels}
    assert ("丁家山", "东川省红十字会原巡视员", "former") in found
    assert ("王小川", "市文化局局长", "current") in found


@pytest.mark.parametrize("text", ["张三山（左二）在现场查看。", "李四水（1965年出生）回忆说。"])
def test_persons_brackets_without_a_title_give_no_post(text):
    assert not relations(text)


def test_persons_spokesperson_and_military_titles_are_posts():
    found = positions("大会新闻发言人、东川省政协副秘书长杜小举说。县委常委、县人武部政委陈小华列席会议。")
    assert {("杜小举", "大会新闻发言人"), ("杜小举", "东川省政协副秘书长")} <= found
    assert ("陈小华", "县人武部政委") in found
    assert "县人武部" in organizations("县委常委、县人武部政委陈小华列席会议。")


@pytest.mark.parametrize("text", ["郑先生创作谨严，作品很多。", "李老师看了后，微笑着说。", "胡老介绍说，菊花很多。"])
def test_persons_surname_with_a_form_of_address_is_no_name(text):
    assert not persons(text)


def test_persons_no_division_read_as_the_next_name_of_a_list():
    text = "大同市阳高县县委书记解文远、阳泉市城区区委书记康晓山涉嫌严重违纪。"
    assert set(persons(text)) == {"解文远", "康晓山"}


@pytest.mark.parametrize(
    "text",
    ["项目位于宜昌市五峰县长乐坪镇白岩坪村。", "• 宜昌市长阳县龙舟坪镇郑家榜村", "道路位于恩施市建始县长梁镇沙坝村。"],
)
def test_persons_no_title_read_across_a_place_name(text):
    """县长, 市长 inside a chain of places (某县|长乐坪镇, 某市|长阳县): no title, no name after it."""
    assert persons(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [("株洲市长沙国华出席会议并讲话。", "沙国华"), ("吉林省长白国华出席会议。", "白国华")],
)
def test_persons_a_title_before_a_bare_place_short_name_keeps_its_holder(text, name):
    """长沙, 长白 run across 市长/省长 but are written without their level: the title and its holder stand."""
    assert persons(text) == {name: True}


def test_persons_a_list_goes_on_over_a_name_holding_a_body():
    """卫华为 holds the company name 华为 inside it, opening none: still a name of the list."""
    assert persons("副市长甄永年、卫华为、甄国强出席会议。") == {"甄永年": True, "卫华为": True, "甄国强": True}


def test_persons_no_company_name_read_as_the_next_name_of_a_list():
    """The item after 、 opens a body and its own title (某某公司总经理乙): no person of the first title."""
    x = extract(Document(id="t.txt", text="副市长甄永年、华利达公司总经理卫思齐出席。"))
    assert set(persons("副市长甄永年、华利达公司总经理卫思齐出席。")) == {"甄永年", "卫思齐"}
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert ("卫思齐", "华利达公司") in members


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("网民反映东川市白沙镇党委书记王小丽作风粗暴。", "党委书记"),
        ("当月已有东川省国土资源厅厅长李小功等官员接受调查。", "东川省国土资源厅厅长"),
        ("而司法局原局长于小源已转任。", "司法局原局长"),
    ],
)
def test_persons_clause_words_before_a_title_are_not_part_of_it(text, title):
    assert title in {t for _, t in positions(text)}


def test_persons_career_subject_is_the_name_right_before_the_verb():
    text = "市政府参事室原党组副书记、主任张小庆任市政协文史委员会主任。"
    assert ("张小庆", "市政协文史委员会主任") in positions(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("尼日利亚萨莫利塞赫和队友都承认失误。", "萨莫利塞赫"),
        ("美国的吉米德则以11秒51垫底。", "吉米德"),
        ("泰山队的巴西外援卡尔米攻入一球。", "卡尔米"),
    ],
)
def test_persons_foreign_name_after_a_country_or_a_role(text, name):
    assert name in persons(text)


def test_persons_no_name_from_a_word_before_a_list_comma():
    assert "齐全" not in persons("已基本形成门类齐全、独立完整的体系。")


def test_persons_a_former_title_in_a_list_starts_the_next_post():
    found = positions("区人大常委会原主任米小林、原一级巡视员吕小椿应邀就座。")
    assert {name for name, _ in found} == {"米小林", "吕小椿"}


def test_persons_term_number_before_a_title_is_not_written():
    found = positions("十一届四川省政协原主席李小禧接受审查。")
    assert ("李小禧", "四川省政协原主席") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("商业街夜景（晨报见习记者贺云摄）", {"贺云": False}),  # the photo credit's 摄 is no given name
        ("晨报记者查阅公开资料发现，此事属实。", {}),  # a verb after 记者: no name is written
        ("晨报记者走访了十户村民。", {}),
    ],
)
def test_persons_byline_stops_at_the_reporters_verb(text, expected):
    assert persons(text) == expected


def test_persons_building_floor_is_no_name():
    assert persons("会议在广场2号楼三楼一会议室开幕。") == {}
    assert persons("参观了烈士纪念园(烈士生平事迹陈列室)和展览厅。") == {}


def test_persons_name_opening_a_clause_then_ren_and_a_title_is_appointed():
    text = "任免名单显示，钱晓峰任市委宣传部常务副部长。孟雨辰任市博物馆党委副书记。"
    assert positions(text) >= {("钱晓峰", "市委宣传部常务副部长"), ("孟雨辰", "市博物馆党委副书记")}


@pytest.mark.parametrize("text", ["李明任务繁重。", "王芳任教多年。", "刘强任劳任怨。"])
def test_persons_ren_without_a_title_after_it_is_no_post(text):
    assert positions(text) == set()


@pytest.mark.parametrize("name", ["洪文涛", "萧静宜", "濮书远"])
def test_persons_less_common_baijiaxing_surnames_open_names(name):
    assert (name, "市文化馆副馆长") in positions(f"{name}不再担任市文化馆副馆长职务。")


def test_persons_a_career_list_stops_at_the_next_persons_clause():
    text = "市档案馆馆长邱明哲任市政协文史委员会主任，市政府原外办主任孔繁星任市政协外事委员会主任。"
    got = positions(text)
    assert ("孔繁星", "市政协外事委员会主任") in got
    assert not any(person == "邱明哲" and "孔繁星" in title for person, title in got)


def test_persons_executive_and_standing_chairs_of_a_congress_session_are_whole_titles():
    text = "大会主席团常务主席邢长河主持会议。本次会议执行主席由蒲思远担任。"
    assert ("邢长河", "大会主席团常务主席") in positions(text)
    bodies = {r.object.name for r in relations(text, Predicate.MEMBER_OF)}
    assert not any(b.endswith(("常务", "执行")) for b in bodies)


def test_persons_two_officials_joined_by_he_keep_their_own_titles():
    text = "中共中央政治局委员、省委书记邢长河和省委副书记蒲思远出席。"
    got = positions(text)
    assert {("邢长河", "中共中央政治局委员"), ("邢长河", "省委书记"), ("蒲思远", "省委副书记")} <= got
    assert not [title for person, title in got if person == "蒲思远" and title != "省委副书记"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("时任县委书记的孟雨辰说，当年很难。", {("孟雨辰", "县委书记")}),
        ("县委书记的讲话很重要。", set()),  # a current title, 的, no name
    ],
)
def test_persons_former_title_de_name(text, expected):
    assert positions(text) == expected


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object, r.prop("body")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}


def test_persons_bare_deputy_in_the_next_sentence_sits_on_the_heads_body():
    posts = _posts("衡阳日报讯 市人大常委会主任王建华主持会议并讲话。副主任李红军、赵小平出席。")
    assert ("李红军", "副主任", "衡阳市人大常委会") in posts
    assert ("赵小平", "副主任", "衡阳市人大常委会") in posts


def test_persons_bare_deputy_far_from_a_head_keeps_no_body():
    text = "衡阳日报讯 市人大常委会主任王建华主持会议。会议听取了关于全市水利工作情况的报告。会后，副主任李红军调研。"
    assert ("李红军", "副主任", None) in _posts(text)


def test_persons_elected_deputies_after_a_semicolon_take_the_heads_body():
    text = "湖南日报讯 大会选举王建华为省第十三届人大常委会主任;李红军、赵小平为副主任。"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert {("李红军", "湖南省人大常委会"), ("赵小平", "湖南省人大常委会")} <= members


def test_persons_development_zone_abbreviation_is_no_clause_word():
    posts = _posts("某县融媒体中心讯 经开区党工委书记、管委会主任郑小军参加调研。")
    assert ("郑小军", "党工委书记", "经开区党工委") in posts


def test_persons_reporter_of_本报_belongs_to_the_paper_of_the_source_line():
    text = "某某标题\n来源:衡阳日报 2019-06-21 11:30\n本报讯(记者周小文)6月18日,全市工作动员大会召开。"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert ("周小文", "衡阳日报") in members


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("标题\n来源:衡阳日报\n  (周小琳/文 关小东/图)\n26日,全省重大项目集中开工。", "周小琳", "reporter"),
        ("标题\n来源:衡阳日报\n  (周小琳/文 关小东/图)\n26日,全省重大项目集中开工。", "关小东", "photographer"),
        ("标题\n正文。\n◆二审:查小星\n◆三审:李大明", "查小星", "editor"),
        ("标题\n露天矿生态公园。衡阳日报社全媒体记者 丘小贺 摄\n正文。", "丘小贺", "reporter"),
    ],
)
def test_persons_credit_lines_of_other_forms(text, name, role):
    x = extract(Document(id="t.txt", text=text))
    people = {m.name: dict(m.props) for m in x.mentions if m.type.value == "Person"}
    assert people.get(name) == {"official": False, "role": role}


def test_persons_titles_of_a_county_level_new_district_keep_its_name_and_acting_posts_their_body():
    posts = _posts(
        "会议接受王小英辞去浦东新区人民政府区长职务的请求。会议任命张大勇为浦东新区人民政府副区长、代理区长。"
    )
    assert ("王小英", "浦东新区人民政府区长", "浦东新区人民政府") in posts
    assert ("张大勇", "代理区长", "浦东新区人民政府") in posts


def test_persons_a_list_mark_is_no_part_of_a_title():
    posts = _posts("某某开发区大事记\n△工委书记、管委主任吕小东陪同调研。")
    assert not [t for _, t, _ in posts if "△" in t]


def test_persons_removed_from_a_post_and_elected_later_in_a_career_sentence():
    text = (
        "湖北日报讯 湖北省政协原党组成员、副主席周建国涉嫌严重违纪违法。2014年1月14日，周建国被撤销省政协委员资格。"
        "2018年5月,周建国接替王小勇,任武汉市委副书记,9月正式当选为武汉市市长。"
    )
    x = extract(Document(id="t.txt", text=text))
    tenses = {(r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {("省政协委员", "removed"), ("武汉市市长", "elected"), ("副主席", "former")} <= tenses


def test_persons_a_career_list_closed_by_等职_keeps_its_last_post():
    text = (
        "山东日报讯 济南市原市长孙建涛接受审查。2001年后,他历任菏泽市副市长,山东省委组织部副部长、省干部学院院长等职。"
    )
    x = extract(Document(id="t.txt", text=text))
    titles = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {"菏泽市副市长", "山东省委组织部副部长", "省干部学院院长"} <= titles


def test_persons_a_speech_credited_to_a_name_and_a_bare_head_title():
    posts = _posts("衡水日报讯 市委全会召开。赵大革书记的讲话站位高、思路明。王小明县长强调，要抓好落实。")
    assert {("赵大革", "书记", None), ("王小明", "县长", None)} <= posts


def test_persons_no_membership_of_a_fragment_of_a_title():
    x = extract(
        Document(id="t.txt", text="某县融媒体中心讯 县委常委、宣传部长、副县长王小超，经开区党工委书记郑小昊参加调研。")
    )
    members = {r.object.name for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert "宣传" not in members and "经开区党工委" in members


def test_persons_ren_before_a_post_is_the_verb_not_a_surname():
    posts = _posts("浙江在线讯 由县(市、区)委书记任设区市党委常委的两人:许小晴、徐小标。县委书记任小平出席会议。")
    assert not [name for name, _, _ in posts if name.startswith("任设")]
    assert ("任小平", "县委书记", "县委") in posts


def test_persons_a_post_after_担任过_is_a_former_one_without_the_aspect_mark():
    text = "山东日报讯 济南市原市长孙建涛接受审查。孙建涛早年在某农业大学工作,担任过林学院院长。"
    x = extract(Document(id="t.txt", text=text))
    held = {(r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert ("林学院院长", "former") in held


def test_persons_the_predecessor_named_by_接替_held_the_posts_before():
    text = (
        "湖北日报讯 湖北省政协原党组成员、副主席周建国涉嫌严重违纪违法。"
        "2018年5月,周建国接替王小勇,任武汉市委副书记、市政府党组书记。"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {("王小勇", "武汉市委副书记", "former"), ("周建国", "武汉市委副书记", "current")} <= held


def test_persons_a_rank_inside_a_title_is_no_unit_of_the_body():
    assert ("董小璐", "市政协副厅级领导", "政协茂名市委员会") in _posts("茂名日报讯 市政协副厅级领导董小璐出席。")


def test_persons_a_verb_before_领导_makes_no_title():
    assert _posts("某县融媒体中心讯 要强化领导包联，提升服务水平。") == set()


def test_persons_respectively_pairs_listed_names_with_listed_titles():
    x = extract(Document(id="t.txt", text="会议任命甄永年、闵思远分别为东城县委书记、西城县县长。"))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "东城县委书记"), ("闵思远", "西城县县长")}


def test_persons_respectively_with_more_titles_than_names_pairs_nothing():
    x = extract(Document(id="t.txt", text="甄永年、闵思远分别任东城县委书记、西城县县长、南城县县长。"))
    assert not [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's aspect mark ends the clause before a title
        ("市长甄永年会见了省交通厅厅长闵思远一行。", {("甄永年", "市长"), ("闵思远", "省交通厅厅长")}),
        ("甄永年看望了市委原副书记闵思远。", {("闵思远", "市委原副书记")}),
        # a title never runs back over a person already named and the verb after them
        ("市长甄永年慰问省交通厅厅长闵思远。", {("甄永年", "市长"), ("闵思远", "省交通厅厅长")}),
        ("市长甄永年看望市委副书记闵思远。", {("甄永年", "市长"), ("闵思远", "市委副书记")}),
    ],
)
def test_persons_a_title_starts_after_the_verb_before_it(text, expected):
    x = extract(Document(id="t.txt", text=text))
    assert {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == expected


def test_persons_a_biography_opening_with_a_name_gives_its_posts():
    x = extract(Document(id="t.txt", text="甄永年，女，汉族，1975年3月出生，现任攸县常务副县长，拟任县委副书记。"))
    posts = {
        (r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION
    }
    assert posts == {("甄永年", "攸县常务副县长", "current"), ("甄永年", "县委副书记", "appointed")}


def test_persons_a_name_and_comma_without_biography_marks_is_no_career_subject():
    x = extract(Document(id="t.txt", text="据介绍，该镇今年任务很重。"))
    assert not [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省委书记甄永年会见了越南驻华大使范文明一行。", ("范文明", "越南驻华大使")),
        ("喀麦隆共和国驻华大使马丁·卡尔米发言。", ("马丁·卡尔米", "喀麦隆共和国驻华大使")),
        ("越南驻昆明总领事阮文福参加会见。", ("阮文福", "越南驻昆明总领事")),
    ],
)
def test_persons_envoys_hold_their_post_and_join_no_body(text, expected):
    x = extract(Document(id="t.txt", text=text))
    assert expected in {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert not [r for r in x.relations if r.predicate is Predicate.MEMBER_OF and r.subject.name == expected[0]]


@pytest.mark.parametrize(
    "text", ["方洞镇风光\n甄永年 摄\n方洞镇历史悠久。", "图为群众在观看（甄永年 摄）", "图为群众在观看。甄永年 摄"]
)
def test_persons_a_photo_credit_with_a_space_names_the_photographer(text):
    x = extract(Document(id="t.txt", text=text))
    assert [(m.name, m.prop("role")) for m in x.mentions if m.type.value == "Person"] == [("甄永年", "photographer")]


def test_persons_a_piece_of_a_longer_list_item_is_no_name():
    x = extract(Document(id="t.txt", text="推广了波尔山羊、樱桃鸭、皮卡獭兔、肉鸽等。"))
    assert not [m for m in x.mentions if m.type.value == "Person"]


def test_persons_units_listed_in_brackets_share_the_title_after_them():
    x = extract(Document(id="t.txt", text="甄永年(某市川剧团、某县灯戏剧团原团长)犯贪污罪。"))
    assert [(m.name, m.prop("official")) for m in x.mentions if m.type.value == "Person"] == [("甄永年", True)]


def test_persons_a_delegations_head_holds_a_post():
    x = extract(Document(id="t.txt", text="省人大代表团团长甄永年主持会议。"))
    assert ("甄永年", "省人大代表团团长") in {
        (r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION
    }


def test_persons_a_given_name_the_dictionary_reads_as_a_word_before_a_speech_verb():
    x = extract(Document(id="t.txt", text="村民甄建国说，路修好了。"))
    assert [m.name for m in x.mentions if m.type.value == "Person"] == ["甄建国"]


def test_persons_names_listed_before_elected_each_take_the_post():
    x = extract(Document(id="t.txt", text="甄永年、闵思远、卫思齐当选为某区人民代表大会常务委员会委员。"))
    posts = {(r.subject.name, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "elected"), ("闵思远", "elected"), ("卫思齐", "elected")}


def test_persons_comrade_no_longer_holding_posts_is_removed_from_each():
    x = extract(Document(id="t.txt", text="宣布省委决定：闵思远同志不再担任中共某市委书记、常委、委员职务。"))
    posts = {(r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("中共某市委书记", "removed"), ("常委", "removed"), ("委员", "removed")}


def test_persons_names_closing_the_sentence_before_take_the_titles_after_分别任_in_order():
    text = "由县委书记任设区市副市长的两人：甄永年、闵思远。本次任命前分别任东城县委书记、西城县委书记。"
    x = extract(Document(id="t.txt", text=text))
    posts = {
        (r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION
    }
    assert posts >= {("甄永年", "东城县委书记", "former"), ("闵思远", "西城县委书记", "former")}


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("一份名单公布\n岳阳市\n平江县：某某村\n", None),  # a city alone on a line heads a list
        ("春天的故事\n甄永年\n春风吹过田野。\n", "甄永年"),  # a column's author alone on a line
    ],
)
def test_persons_line_holding_only_a_name_is_an_author_unless_a_place(text: str, author: str | None) -> None:
    assert set(persons(text)) == ({author} if author else set())


def test_persons_post_of_a_foreign_or_international_body_is_no_post_of_the_home_city():
    """Its holder is not qualified by the page's city (a foreign spokesman was ``@430100``)."""
    text = (
        "美国国务院发言人卡尔多维奇说，欧盟委员会驻华代表团团长奥斯特罗夫致电。市长王建国出席。"
        "德国驻华大使施特劳宾会见了他。"  # an envoy's title names no body, only the state
    )
    x = extract(Document(id="t.txt", text=text), home_city="衡阳市")
    city = {r.subject.name: r.prop("city") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert city == {"卡尔多维奇": None, "奥斯特罗夫": None, "王建国": "衡阳市", "施特劳宾": None}


def test_persons_dotted_name_after_a_title_ends_where_the_foreign_name_does():
    assert set(persons("并与某州经济部长汉斯·卡勒举行会谈。")) == {"汉斯·卡勒"}  # not 汉斯·卡勒举行


@pytest.mark.parametrize(
    "text",
    [
        "副市长兼市公安局局长张三出席会议。",  # stacked before the name
        "张三任副市长兼任市公安局局长。",  # a career clause
    ],
)
def test_persons_two_posts_joined_by_jian_are_two_posts(text):
    assert positions(text) == {("张三", "副市长"), ("张三", "市公安局局长")}
    assert "副市长兼市公安局" not in {m.name for m in extract(Document(id="t.txt", text=text)).mentions}


def test_persons_vice_chair_of_the_national_congress_standing_committee():
    assert positions("全国人大常委会副委员长张四率队调研。") == {("张四", "全国人大常委会副委员长")}


@pytest.mark.parametrize("text", ["原县长王九于2020年调离。", "原县长王九因病去世。"])
def test_persons_preposition_after_a_two_character_name_is_not_its_last(text):
    assert positions(text) == {("王九", "县长")}


def test_persons_page_furniture_reviewer_is_an_editor():
    x = extract(Document(id="t.txt", text="经专家审核和网上公示，名单确定。\n编辑：许静 审核：邓刚\n"))
    roles = {m.name: m.prop("role") for m in x.mentions if m.type.value == "Person"}
    assert roles == {"许静": "editor", "邓刚": "editor"}


def test_persons_preposition_tong_after_a_two_character_name():
    assert positions("市长刘红同来访的客人举行工作会谈。") == {("刘红", "市长")}


def test_persons_no_body_opened_by_a_preposition():
    bodies = {r.object.name for r in relations("会见了以董事长李明为团长的考察团。", Predicate.MEMBER_OF)}
    assert bodies == set()  # 以 is the clause's preposition, no company


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("巴西外长卡维斯·门德斯与王建国举行会谈。", ("卡维斯·门德斯", "巴西外长")),  # 外长 is a post
        ("美国国务卿约翰·史密斯抵达北京。", ("约翰·史密斯", "美国国务卿")),
        ("日本首相田中一郎访华。", ("田中一郎", "日本首相")),  # a Japanese name, no Chinese reading (田中一)
        ("联合国秘书长安东尼奥·费雷拉发表声明。", ("安东尼奥·费雷拉", "联合国秘书长")),  # 发表 opens after the name
    ],
)
def test_persons_foreign_posts_and_names(text, expected):
    assert expected in positions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委书记王万里出席会议。", {("王万里", "市委书记")}),  # a numeral word is a given name
        ("甄一心同志任市委书记。", {("甄一心", "市委书记")}),  # an adverb too, unless news writes it after names
        ("县委书记王立因在会上讲话。", {("王立因", "县委书记")}),  # 因 ends the name when a stop word follows
        ("中国驻日本大使卫思齐专程出席。", {("卫思齐", "中国驻日本大使")}),  # a Chinese envoy: no Japanese reading
        ("在日本访问的副市长闵思远亦出席。", {("闵思远", "副市长")}),
        ("和田地区行署专员闵思远讲话。", {("闵思远", "和田地区行署专员")}),
        ("海外长江学者甄永年回国。", set()),  # 海外: no foreign minister
        ("日本经济产业大臣佐藤健一表示欢迎。", {("佐藤健一", "日本经济产业大臣")}),  # 经济 is no clause verb
    ],
)
def test_persons_review_cases_of_the_eighth_pass(text, expected):
    assert positions(text) == expected


def test_persons_chinese_division_named_like_a_state_keeps_the_home_city():
    """巴林左旗 and 黑山县 open with 巴林 (Bahrain) and 黑山 (Montenegro): their posts are the home city's."""
    x = extract(Document(id="t.txt", text="黑山县委书记甄永年出席会议。"), home_city="锦州市")
    assert [r.prop("city") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION] == ["锦州市"]


def test_persons_foreign_minister_field_is_no_body():
    assert not relations("日本经济产业大臣佐藤健一表示欢迎。", Predicate.MEMBER_OF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以及中国国家主席卫思齐出席。", {("卫思齐", "中国国家主席")}),  # no person 国国家, no clause word 以及
        ("中华人民共和国国务院总理卫思齐出席。", {("卫思齐", "中华人民共和国国务院总理")}),
        ("贯彻落实甄近平总书记讲话精神。", {("甄近平", "总书记")}),  # 实习 is a word, 近平 is none: a name
        ("县长卫某（左）和副县长甄永年一同调研。", {("卫某", "县长"), ("甄永年", "副县长")}),
    ],
)
def test_persons_review_cases_of_the_tenth_pass(text, expected):
    assert positions(text) == expected


def test_persons_china_before_a_national_body_is_no_member_body():
    assert not relations("以及中国国家主席卫思齐出席。", Predicate.MEMBER_OF)
    bodies = [r.object.name for r in relations("中国国家博物馆副馆长卫思齐介绍展览。", Predicate.MEMBER_OF)]
    assert bodies == ["中国国家博物馆"]  # a unit between: 中国 stays the museum's


def test_persons_a_sure_name_takes_a_city_written_bare_as_its_given_name():
    """张|银川: a city's short name is a common given name; 于|长春 and 在|银川 stay places."""
    x = extract(Document(id="t.txt", text="工人张银川说，厂里变了。他在银川工作，于长春召开会议。"))
    assert [(m.text, m.type.name) for m in x.mentions] == [("张银川", "PERSON"), ("银川", "PLACE"), ("长春", "PLACE")]


def test_persons_a_name_the_rules_cannot_read_after_a_title_is_the_models_when_it_is_sure():
    """Thai and Burmese names transliterate with characters kg's tables lack (猜, 立)."""
    assert positions("泰国前总理猜立瓦昨天表示欢迎。") == {("猜立瓦", "泰国前总理")}


@pytest.mark.parametrize(
    ("text", "body"),
    [("原国家开发银行行长卫思齐等人负责。", "国家开发银行"), ("国家电网公司总经理卫思齐出席。", "国家电网公司")],
)
def test_persons_a_company_named_with_guojia_keeps_it(text, body):
    assert [r.object.name for r in relations(text, Predicate.MEMBER_OF)] == [body]


@pytest.mark.parametrize(
    "text",
    ["中组部拟表彰全国优秀县委书记公示名单中4人落选。", "各群众团体主要负责人和各镇党委书记参加。"],
)
def test_persons_a_frequent_verb_or_a_determiner_after_a_title_is_no_name(text):
    """县委书记|公示 (a verb), 负责人|和各镇 (各: each): no official."""
    assert positions(text) == set()


def test_persons_two_character_names_that_are_nouns_stay_after_a_title():
    assert positions("市长文华出席，副市长向东主持。") == {("文华", "市长"), ("向东", "副市长")}


def test_persons_a_headline_of_glued_names_is_cut_where_the_page_names_them():
    """吴弘叶志春率…: the page names 市委书记吴弘 and 市长叶志春, so no person 吴弘叶."""
    text = "吴弘叶志春率我市党政代表团考察\n5日，市委书记吴弘、市长叶志春率我市党政代表团出发。"
    x = extract(Document(id="t.txt", text=text))
    assert {m.text for m in x.mentions if m.type.name == "PERSON"} == {"吴弘", "叶志春"}
    assert [(m.start, m.end) for m in x.mentions if m.type.name == "PERSON" and m.end <= 5] == [(0, 2), (2, 5)]


def test_persons_a_congress_party_group_and_the_congress_post_after_it():
    """市人大常委会党组副书记、副主任: the party group's deputy secretary, the standing committee's deputy director."""
    text = "株洲日报讯 市人大常委会党组副书记、副主任卫思齐主持，市人大常委会党组成员甄永年出席。"
    assert {(r.subject.name, r.object.name) for r in relations(text, Predicate.MEMBER_OF)} == {
        ("卫思齐", "株洲市人大常委会党组"),
        ("卫思齐", "株洲市人大常委会"),
        ("甄永年", "株洲市人大常委会党组"),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("碧山村全貌 摄影:王国平\n远眺碧山村", "王国平"),  # 王国 is a word to jieba; the credit's colon says a name
        ("村容村貌 图/甄永年 摄\n", "甄永年"),
        ("碧山村文化艺术村全貌景色优美宜人 摄影:王国平\n远眺碧山村 摄影:卫思齐", "王国平"),  # a long line, joined
    ],
)
def test_persons_photo_credits(text, name):
    x = extract(Document(id="t.txt", text=text))
    assert next((m.name, m.prop("role")) for m in x.mentions if m.type.name == "PERSON") == (name, "photographer")


def test_persons_a_credit_colon_before_words_is_no_name():
    x = extract(Document(id="t.txt", text="摄影:无人机航拍\n"))
    assert not [m for m in x.mentions if m.type.name == "PERSON"]


@pytest.fixture
def no_tagger(monkeypatch):
    """The learned tagger silent: what the rules alone read."""
    import kg.extract.persons

    monkeypatch.setattr(kg.extract.persons, "scored_model_names", lambda *a, **k: iter(()))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("对此，卫思齐还说，今年的收成很好。", "卫思齐"),
        ("会上，吴弘进一步指出，要抓好落实。", "吴弘"),
    ],
)
def test_persons_an_adverb_between_a_name_and_its_speech_verb(no_tagger, text, name):
    assert persons(text) == {name: False}


def test_persons_a_place_before_a_speech_verb_stays_a_place(no_tagger):
    x = extract(Document(id="t.txt", text="座谈会上，张家界说，要抓好落实。张家界还说，要抓好落实。"))
    assert {(m.text, m.type.value) for m in x.mentions if m.text == "张家界"} == {("张家界", "Place")}


def test_persons_a_listed_name_before_a_foreign_heads_title(no_tagger):
    assert persons("费雷拉议长抵达后说，两国关系良好。") == {"费雷拉": True}  # holds 议长


def test_persons_no_person_from_a_village_name_before_its_suffix(no_tagger):
    assert persons("他来到张家庄村调研。在王家坝村，村民们正在修路。") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("法院以受贿罪判处甄近平有期徒刑十年。", "甄近平"),
        ("犯罪嫌疑人卫思齐被依法逮捕。", "卫思齐"),
    ],
)
def test_persons_a_name_in_a_judgment_or_an_arrest(no_tagger, text, name):
    assert persons(text) == {name: False}


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("仙游县百里地农作物种植专业合作社理事长甄永年介绍。", "甄永年", "仙游县百里地农作物种植专业合作社"),
        ("深圳市软科学研究会常务副会长卫思齐说。", "卫思齐", "深圳市软科学研究会"),
        ("株洲市湘江新能源有限公司董事长吴弘说。", "吴弘", "株洲市湘江新能源有限公司"),
    ],
)
def test_persons_heads_of_cooperatives_societies_and_companies_hold_no_public_post(text, name, body):
    assert persons(text) == {name: False}
    assert {(r.subject.name, r.object.name) for r in relations(text, Predicate.MEMBER_OF)} == {(name, body)}


def test_persons_words_glued_before_a_known_province_stay_out_of_the_title():
    """同时发布海南省政协副主席: 时发布 is no part of the place the title names."""
    text = "中央纪委国家监委官网同时发布海南省政协副主席卫思齐被查的消息。"
    assert positions(text) == {("卫思齐", "海南省政协副主席")}


def test_persons_a_road_alone_on_a_caption_line_is_no_author():
    assert persons("新区建设提速。\n\n田禾路\n通车\n吴弘/摄\n\n老旧小区加装电梯。") == {"吴弘": False}


@pytest.mark.parametrize(
    "text", ["由博士团队领军智能化、无人化关键技术和装备研发。", "企业实现自动化、智能化、无人化。"]
)
def test_persons_a_word_jieba_lists_as_a_name_with_an_ending_names_never_have(text):
    """jieba lists 智能化 as a name; 化 ends almost no given name in labelled text."""
    assert persons(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("座谈会上，周宁说，要抓好落实。", "周宁"),  # a county's name too: no place read here, a person
        ("退休教师王小明村头开了一家书屋。", "王小明"),  # 村头, not a village
        ("王小明村支书带领大家修路。", "王小明"),
    ],
)
def test_persons_names_that_look_like_places_or_villages_stay_persons(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["华为也表示，将加大研发投入。", "入住明星总统套房的客人很多。", "他是当地有名的白领王子。"]
)
def test_persons_common_words_jieba_lists_as_names_are_no_persons(text):
    assert persons(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国人民政治协商会议株洲市委员会主席甄永年出席。", "甄永年"),  # 协商会议: no chamber of commerce
        ("湖南大学会计学院院长卫思齐介绍。", "卫思齐"),  # 大学会计: no society
        ("县供销合作社主任吴弘汇报工作。", "吴弘"),  # a supply and marketing cooperative is a public body
        ("省法学会会长叶志春出席。", "叶志春"),
    ],
)
def test_persons_public_bodies_whose_names_hold_a_business_word_keep_their_officials(text, name):
    assert persons(text)[name] is True


def test_persons_a_new_town_area_keeps_its_name_in_the_title():
    assert positions("滨江新城区党工委书记卫思齐出席。") == {("卫思齐", "滨江新城区党工委书记")}


def test_persons_an_author_line_with_a_given_name_ending_like_a_place_stays_a_name():
    text = "论乡村振兴的路径\n甄晓峰\n乡村振兴是一项系统工程，需要久久为功。\n（作者单位：湖南农业大学）"
    assert "甄晓峰" in persons(text)


def test_persons_a_list_whose_qualifications_are_revoked_after_a_cause():
    text = "甄永年、卫思齐、吴弘因贪腐等问题,被撤销省政协委员资格。"
    assert positions(text) == {("甄永年", "省政协委员"), ("卫思齐", "省政协委员"), ("吴弘", "省政协委员")}


def test_persons_a_removal_after_a_cause_reads_the_name_before_it():
    assert positions("甄永年因工作调动,被免去县长职务。") == {("甄永年", "县长")}


def test_persons_a_name_does_not_swallow_a_verb_of_taking_a_post():
    assert positions("据悉,前任黄山市委书记吴弘调任淮南市委书记。") == {
        ("吴弘", "黄山市委书记"),
        ("吴弘", "淮南市委书记"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委书记卫思齐因工作需要甄永年被免去县长职务。", ("甄永年", "县长")),  # the name right before the verb
        ("甄永年同志因工作调动,被免去县长职务。", ("甄永年", "县长")),
        ("会议决定,因此甄永年被免去县长职务。", ("甄永年", "县长")),  # 因此 is no cause clause
    ],
)
def test_persons_the_subject_of_a_removal_after_a_cause(text, expected):
    assert expected in positions(text)


def test_persons_a_revoked_qualification_written_with_its_pronoun():
    assert positions("甄永年、卫思齐因违纪,被撤销其县人大代表资格。") == {
        ("甄永年", "县人大代表"),
        ("卫思齐", "县人大代表"),
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("今年海南省副省长吴弘多次调研。", "海南省副省长"),  # a time word glued before the province
        ("同时湖南省副省长吴弘出席。", "湖南省副省长"),
    ],
)
def test_persons_words_glued_before_a_province_stay_out_of_the_title(text, title):
    assert positions(text) == {("吴弘", title)}


@pytest.mark.parametrize("text", ["青山农民专业合作社理事会理事长甄永年说。", "市温州商会执行会长甄永年说。"])
def test_persons_heads_of_a_cooperatives_or_chambers_sub_body_hold_no_public_post(text):
    assert persons(text) == {"甄永年": False}


@pytest.mark.parametrize("place", ["高家岭", "李家屯", "金沙滩"])
def test_persons_a_place_alone_on_a_caption_line_is_no_author(place):
    assert persons(f"新区建设提速。\n\n{place}\n村民们正在修路，路面已经铺好了一半多。\n") == {}


def test_persons_a_verb_glued_before_a_known_city_stays_out_of_the_title():
    assert positions("会议宣布株洲市委书记甄永年调任。") == {("甄永年", "株洲市委书记")}


@pytest.mark.parametrize(
    "title",
    ["省纪委监委派驻株洲市纪检监察组组长", "中铁建设株洲市城市开发有限公司董事长", "株洲日报社派驻芦淞区记者站站长"],
)
def test_titles_a_place_inside_a_units_name_after_a_verb_opens_no_title(title):
    from kg.extract.titles import parse_title

    assert parse_title(title, 0, len(title)).written == title


def test_persons_a_place_before_the_dot_is_no_part_of_a_dotted_name():
    assert set(persons("来自巴黎·斯塔尔说,合作前景广阔。")) == {"斯塔尔"}


def test_persons_names_listed_before_等_and_a_deputys_title_hold_it():
    x = extract(Document(id="t.txt", text="甄永年、卫思齐、吴弘等省人大代表参加会议。"))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "省人大代表"), ("卫思齐", "省人大代表"), ("吴弘", "省人大代表")}


@pytest.mark.parametrize(
    "text",
    [
        "会议审议了甄永年、卫思齐等人大代表候选人的资格。",
        "甄永年、卫思齐等人大代表联络站的同志参加活动。",
        "王家、李家等人大代表家庭参加活动。",
        "通知甄永年、卫思齐等人大代表团成员参加会议。",
    ],
)
def test_persons_a_list_before_等_and_a_deputies_word_that_is_no_title_holds_nothing(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and "代表" in r.object]


def test_persons_a_session_presidium_s_chairs_hold_the_title_but_join_no_body():
    x = extract(Document(id="t.txt", text="大会主席团常务主席甄永年、卫思齐在主席台前排就座。"))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "大会主席团常务主席"), ("卫思齐", "大会主席团常务主席")}
    assert not [r for r in x.relations if r.predicate is Predicate.MEMBER_OF]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("区长李湛，高新区管委会主任王红卫一同参加。", "管委会主任"),
        ("天津市滨海新区区委书记王红卫出席。", "天津市滨海新区区委书记"),
    ],
)
def test_persons_a_zone_s_区_is_no_level_kept_in_the_written_title(text, title):
    x = extract(Document(id="t.txt", text=text))
    assert title in {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}


def test_persons_a_company_s_stacked_titles_make_its_people_members_of_the_company():
    text = "青禾集团董事局主席甄永年一行来访。青禾集团董事、党委书记卫思齐，董事、轮值总裁吴弘参加。"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert ("甄永年", "青禾集团") in members and ("吴弘", "青禾集团") in members
    assert ("卫思齐", "青禾集团党委") in members
    assert not any(body in ("轮值", "党委", "青禾集团董事局") for _, body in members)


@pytest.mark.parametrize(
    "text",
    [
        "县人大常委会副主任甄永年带领卫思齐、吴弘等县人大代表视察网岭镇。",
        "县人大常委会组织卫思齐、吴弘等县人大代表视察网岭镇。",
    ],
)
def test_persons_a_deputies_list_after_带领_or_组织_holds_the_title(text):
    x = extract(Document(id="t.txt", text=text))
    deputies = {
        r.subject.name for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.object == "县人大代表"
    }
    assert deputies == {"卫思齐", "吴弘"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("株洲旗滨集团轮值总裁卫思齐陪同考察。", "株洲旗滨集团"),
        ("青禾集团有限公司执行总裁卫思齐陪同考察。", "青禾集团有限公司"),
    ],
)
def test_persons_a_kind_of_post_written_after_the_company_is_no_part_of_it(text, body):
    x = extract(Document(id="t.txt", text=text))
    assert {r.object.name for r in x.relations if r.predicate is Predicate.MEMBER_OF} == {body}


def test_persons_a_vice_premier_written_after_the_name():
    x = extract(Document(id="t.txt", text="会议传达学习了甄永年副总理关于乡村振兴的讲话精神。"))
    assert {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {
        ("甄永年", "副总理")
    }


def test_persons_a_state_after_a_listed_name_opens_the_next_title():
    # 甲、某国某边区政府副主席乙: the state is no second name under the first title, nor is 区政府 a name
    text = "甲国驻某市总领事林尼科、俄罗斯甲乙边区政府副主席莫洛娃出席。"
    got = persons(text)
    assert "俄罗斯" not in got and "区政府" not in got
    assert {"林尼科", "莫洛娃"} <= set(got)


def test_persons_a_title_then_a_verb_and_a_count_is_no_name():
    assert persons("出席大会的委员应到128名,实到委员122名。") == {}
    assert persons("县委书记甄永年12日在会上讲话。") == {"甄永年": True}  # a date after a name


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("市委常委、常务副市长、甲乙援藏指挥部副指挥甄永年一行赴县考察。", ("甄永年", "甲乙援藏指挥部副指挥")),
        ("副县级干部甄永年参加活动。", ("甄永年", "副县级干部")),
        ("会见甲国某州行政长官莫洛娃一行。", ("莫洛娃", "甲国某州行政长官")),
        ("省自然资源总督查甄永年出席。", ("甄永年", "省自然资源总督查")),
    ],
)
def test_persons_headquarters_ranks_and_foreign_heads_are_titles(text, held):
    assert held in positions(text)


def test_persons_a_conductor_is_no_official():
    assert persons("乐队指挥甄永年上台。").get("甄永年") is not True


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("2015年04月24日 来源:某某日报 作者:甄永年\n正文。", {"甄永年": "author"}),
        ("责任编辑:琚秋生_XN044", {"琚秋生": "editor"}),  # a rare surname, closed by the site's code
        ("丨记者:纳雪梅", {"纳雪梅": "reporter"}),
        ("(文/甄永年 图/闵思远)", {"甄永年": "reporter", "闵思远": "photographer"}),
        ("图/闵思远\n", {"闵思远": "photographer"}),
        ("某某网3月11日电(甄永年)3月9日,某县召开会议。", {"甄永年": "reporter"}),
        ("村容村貌焕然一新。 (甄永年 闵思远)\n下一段。", {"甄永年": "reporter", "闵思远": "reporter"}),
    ],
)
def test_persons_credits_in_more_forms(text, credited):
    x = extract(Document(id="t.txt", text=text))
    got = {m.name: m.prop("role") for m in x.mentions if m.type.value == "Person"}
    assert got == credited


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("某县召开会议。\n来源:青山县融媒体中心\n作者:甄永年 闵思远\n编辑:卫中华", {"甄永年", "闵思远"}),
        ("作者:甄永年    来源:青山日报    发布时间:2018年04月19日\n某县召开会议。", {"甄永年"}),
        ("作者:记者甄永年 信息来源:青山日报 发布时间:2020-01-17\n某县召开会议。", {"甄永年"}),
        ("作者:甄永年\n某县召开会议。\n正文。\n来源:青山日报", set()),  # a source lines away: anyone's
        ("作者:甄永年\n某县召开会议。", set()),  # no source: a contributor, no paper
    ],
)
def test_persons_an_author_credited_beside_a_source_writes_for_that_medium(text, member):
    x = extract(Document(id="t.txt", text=text))
    got = {r.subject.name for r in x.relations if r.predicate.value == "member_of"}
    assert got == member


@pytest.mark.parametrize("text", ["记者:近日,某县召开会议。", "作者系某大学教授。", "地图/导航", "原文/全文"])
def test_persons_no_credit_without_a_name(text):
    assert persons(text) == {}


@pytest.mark.parametrize(
    ("text", "held"),
    [  # a second blind code review's cases
        ("驻村第一书记柏青山3个月来走访农户200余户。", {("柏青山", "驻村第一书记")}),  # a time, no count
        (
            "副县长甄永年、柏青山、苗秀兰3位同志分别讲话。",
            {("甄永年", "副县长"), ("柏青山", "副县长"), ("苗秀兰", "副县长")},
        ),
        (
            "县委常委甄永年、柏林、苗秀兰参加调研。",
            {("甄永年", "县委常委"), ("柏林", "县委常委"), ("苗秀兰", "县委常委")},
        ),
        ("甄永年、闵思远等市领导陪同省领导调研。", {("甄永年", "市领导"), ("闵思远", "市领导")}),
        ("县级干部包保重点项目制度全面推行。", set()),  # a rank, then a verb
        ("厅级干部任前公示如下。", set()),
        ("该村长江大堤加固工程开工。", set()),
        ("在家县级干部甄永年参加。", {("甄永年", "县级干部")}),  # no unit 家
    ],
)
def test_persons_review_cases_of_lists_ranks_and_counts(text, held):
    assert positions(text) == held


@pytest.mark.parametrize("text", ["种粮大户王海军流转土地300亩。", "村民唐胜利今年60岁。"])
def test_persons_a_usual_surname_with_a_common_word_is_a_name(text):
    assert list(persons(text)) in (["王海军"], ["唐胜利"])


def test_persons_a_japanese_title_then_a_verb_of_visiting_is_no_name():
    assert persons("友城日本某某市市长访汉并举办“日本某某周”活动。") == {}
    assert persons("日本首相田中一郎访华。") == {"田中一郎": True}


def test_persons_a_zones_name_after_a_listed_name_opens_the_next_title():
    got = persons("区领导甄永年、闵思远、甲乙开发区党工委书记卫中华出席。")
    assert got == {"甄永年": True, "闵思远": True, "卫中华": True}


def test_a_title_alone_on_a_line_is_no_author():
    # a headline broken over two lines leaves 原书记 alone on the second: a title, no person 原书记
    text = "某省委原书记甄永年逝世\n原书记\n据新华社电 中共某省委原书记甄永年同志因病逝世。"
    x = extract(Document(id="t.txt", text=text))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永年"}


@pytest.mark.parametrize(
    "text, name", [("会议由闵涛主持。", "闵涛"), ("活动由闵涛主持。", "闵涛"), ("会议由县长由俊峰主持。", "由俊峰")]
)
def test_persons_由_before_a_name_and_a_verb_of_doing_is_the_preposition_unless_a_title_names_the_person(text, name):
    persons = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Person"}
    assert persons == {name}


def _person_names(text: str) -> set[str]:
    return {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Person"}


def test_persons_the_other_items_of_a_list_of_names_two_of_which_are_found():
    assert _person_names("我市甄永年、闵思远、卫中华、冉秋菊等4人榜上有名。") == {
        "甄永年",
        "闵思远",
        "卫中华",
        "冉秋菊",
    }


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("会上，甄永年、闵思远、卫中华、许栋身为党员领导干部作了检讨。", "许栋身"),  # 许栋|身为
        ("孔家明堂、孔昭某故居和甄永年、闵思远旧宅保存完好。", "孔家明堂"),  # a hall, not a name of four
        ("市委常委、常务副市长甄永年，副市长闵思远、卫中华出席。", "常委"),  # a title before the list
    ],
)
def test_persons_list_items_that_are_no_names(text, not_a_name):
    assert not_a_name not in _person_names(text)


def test_persons_a_credit_with_a_bar_names_its_unit_before_the_name():
    """采写 | 某区新闻中心 甲: the writer and the unit the credit names; 图片 | … a photographer."""
    text = "会议召开。\n采写 | 区新闻中心 甄永年\n图片 | 区新闻中心 闵思远\n编辑 | 卫中华"
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert members == {("甄永年", "区新闻中心"), ("闵思远", "区新闻中心")}
    roles = {m.name: m.prop("role") for m in x.mentions if m.type.value == "Person"}
    assert roles == {"甄永年": "reporter", "闵思远": "photographer", "卫中华": "editor"}


@pytest.mark.parametrize(
    "text, not_a_name",
    [
        ("会上，甄永年、卫中华、罗坪、杨湾等村负责人作了发言。", "杨湾"),
        ("县委书记甄永年、县长卫中华、宁乡、浏阳等地客商参会。", "宁乡"),
    ],
)
def test_persons_a_list_of_places_after_names_adds_no_names(text, not_a_name):
    assert not_a_name not in _person_names(text)


def test_persons_a_byline_name_runs_to_its_line_end():
    x = extract(Document(id="t.txt", text="某某新闻记者 甄怀让\n正文。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄怀让"}


def test_persons_a_name_inside_a_longer_name_found_on_the_page_is_no_name_of_its_own():
    from kg.extract.base import Doc
    from kg.extract.officials import PersonState
    from kg.extract.persons import _crosses_known

    st = PersonState(Doc.of(Document(id="t.txt", text="乡党委书记甄桑珠主持会议。会后,甄桑珠说话。")))
    st.known["甄桑珠"] = {"official": True}
    inside = st.text.index("桑珠", 12)  # the second writing, read by a tagger without its first character
    assert _crosses_known(st, inside, inside + 2)
    assert not _crosses_known(st, inside - 1, inside + 2)  # the name itself


def test_persons_a_reporter_who_comes_to_do_something_is_no_name():
    x = extract(Document(id="t.txt", text="就在记者来采访的前一天,乡长甄永年去了县里。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永年"}


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("以学促干\n来源:青山日报\n作者:闵思远(作者系青山市委党校教授)\n正文。", set()),  # a guest writer
        ("青山县召开会议\n来源:青山日报\n记者 刘洋等\n会议要求。", {"刘洋"}),  # 等 is no part of the name
    ],
)
def test_persons_guest_writers_and_a_closing_等(text, member):
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate.value == "member_of"} == member


@pytest.mark.parametrize("text", ["某县召开会议。\n记者 甄永", "记者 甄永", "正文。\n通讯员 甄永"])
def test_persons_a_byline_at_the_text_s_end_reads_without_error(text):
    x = extract(Document(id="t.txt", text=text))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永"}


def test_persons_items_of_a_list_that_names_places_are_no_persons():
    for text in ("街道还在推进石桥、南水、罗家等多个村改项目。", "游客可乘船往返梅源渡、柳月渡、枫林渡和花溪渡。"):
        x = extract(Document(id="t.txt", text=text))
        assert not [m.name for m in x.mentions if m.type is EntityType.PERSON], text
    x = extract(Document(id="t.txt", text="村民卫思齐、冉秋菊等村干部参加。"))
    assert {"卫思齐", "冉秋菊"} <= {m.name for m in x.mentions if m.type is EntityType.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "村民卫中华、闵中华、严中华、钱中华一起下地。",  # names may share their last character
        "村民卫思齐、闵思远等乡镇干部参加。",  # 乡镇干部: officials of towns, no list of towns
        "村民卫思齐、闵思远等社区居民参加。",
    ],
)
def test_persons_a_list_of_people_like_a_list_of_places_keeps_its_names(text):
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert len(persons) >= 2, persons


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("县领导卫思齐、闵大为及相关部门负责人参加调研。", {"卫思齐", "闵大为"}),
        ("副县长闵大为参加调研。", {"闵大为"}),
        ("县领导闵大为、卫思齐参加调研。", {"闵大为", "卫思齐"}),
        # 为 as the verb or preposition after a two-character name stays out of it
        ("县长闵强为了村里的发展四处奔走。", {"闵强"}),
        ("任命闵强为副县长。", {"闵强"}),
        ("以副县长闵强为代表的工作组进村。", {"闵强"}),
    ],
)
def test_persons_a_given_name_ending_in_wei_before_a_list_word_or_a_verb_of_attending(text, names):
    """闵大为及, 闵大为参加: 大为 is a common word, but 为 closes this name (a stop word follows it)."""
    assert _person_names(text) == names


def test_persons_an_ordinal_alone_on_a_line_is_no_author():
    """第五批 on a line of its own (a post cut into short lines): an ordinal and its unit, not the surname 第五."""
    assert _person_names("住房和城乡建设部公布了\n第五批\n入选中国传统村落名录的村落名单中\n") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副县长卫明为参加培训的村干部授课。", "卫明"),  # 为 the preposition: for those attending
        ("县长闵远为出席大会的代表颁奖。", "闵远"),
        ("副县长卫明为同志们讲授党课。", "卫明"),
    ],
)
def test_persons_wei_before_a_phrase_closed_by_de_is_the_preposition_not_a_given_name(text, name):
    assert _person_names(text) == {name}


def test_persons_a_conjunction_before_a_common_word_is_no_surname():
    """向各位企业家和嘉宾表示欢迎: 和 joins 嘉宾 (guests), no person 和嘉宾."""
    assert _person_names("卫思齐代表州委、州政府向各位企业家和嘉宾表示热烈欢迎。") == {"卫思齐"}


@pytest.mark.parametrize("group", ["调研组", "专家团队", "工作组"])
def test_persons_a_two_character_name_before_shuai_leading_a_group_stops_before_it(group):
    """副处长甲某率专家团队…: 率 (leads) follows the name, as 率队 does; it is no third character of the name."""
    assert _person_names(f"近期,省生态环境厅副处长、一级调研员钱艳率{group}对深泽县进行预审。") == {"钱艳"}


def test_persons_a_foreign_name_a_heads_title_follows_holds_it_and_is_no_official_of_the_home_city():
    """在某某总统访华后: the name holds 总统, an official of no city of the page (a foreign head's title)."""
    x = extract(Document(id="t.txt", text="成都市市长卫思齐对来访大使表示欢迎,大使在费雷拉总统访华后即来川访问。"))
    held = [r for r in x.relations if r.predicate.value == "holds_position" and r.subject.name == "费雷拉"]
    assert [(r.object, r.prop("city")) for r in held] == [("总统", None)]
    assert [m.prop("official") for m in x.mentions if m.name == "费雷拉"] == [True]


def test_persons_a_common_word_jieba_also_tags_as_a_name_is_no_name_the_model_is_unsure_of():
    """…主任甲等到会祝贺: 祝贺 is a verb jieba's dictionary also tags nr; no person 祝贺."""
    text = "深泽县人大常委会主任冉秋菊等到会祝贺,并在主席台就座。"
    assert _person_names(text) == {"冉秋菊"}


def test_persons_a_dotted_foreign_name_before_a_heads_title_stays_whole_and_a_presidential_office_is_no_post():
    """萨里奥·门丹卡总统访华: the whole name holds 总统; 某某总统府发言人: no post of president."""
    x = extract(Document(id="t.txt", text="萨里奥·门丹卡总统访华期间参观了深泽县。"))
    assert [(r.subject.name, r.object) for r in x.relations if r.predicate.value == "holds_position"] == [
        ("萨里奥·门丹卡", "总统")
    ]
    y = extract(Document(id="t.txt", text="据报道,萨里奥·门丹卡总统府发言人表示,双方将加强合作。"))
    assert not [r for r in y.relations if r.predicate.value == "holds_position"]


def test_a_conjunction_before_a_usual_surname_opens_no_name():
    # “某县劳动模范”和张茂林、闵翔: 和 joins the two groups, no name 和张茂林
    text = "推选出甄春芳、卫远涛等16名“某县劳动模范”和张茂林、闵翔、闵呈飞等6名“某县先进工作者”。"
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert "张茂林" in persons and "和张茂林" not in persons
    # 和 as a surname before a given name stays a name
    y = extract(Document(id="t.txt", text="纳西族干部和振伟出席。"))
    assert "和振伟" in {m.name for m in y.mentions if m.type is EntityType.PERSON}


def test_a_doubled_character_opens_a_word_not_a_name():
    # 重温总书记殷殷嘱托: 殷殷 is a doubled word (as 谆谆), no person after the title
    x = extract(Document(id="t.txt", text="重温总书记殷殷嘱托,进一步激发奋进新时代的动力。"))
    assert not {m.name for m in x.mentions if m.type is EntityType.PERSON}
    # a transliterated name may double a character
    y = extract(Document(id="t.txt", text="中新网新疆新闻1月9日电(艾克热木 麦麦提)凝心聚力。"))
    assert "麦麦提" in "".join(m.name for m in y.mentions if m.type is EntityType.PERSON)


def test_persons_a_name_after_a_bodys_name_and_de_or_a_listed_space_is_a_member():
    # 某某公司的甲获评…; an honour list of units and names (市林业局 甲 市人事局 乙)
    def members(text: str) -> set[tuple[str, str]]:
        x = extract(Document(id="t.txt", text=text))
        return {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}

    assert ("闵思远", "青山宏达热电有限公司") in members("其中,青山宏达热电有限公司的闵思远获评全国五一劳动奖章。")
    honours = "二、先进个人(3名): 青山市林业局 闵思远 青山市人事局 卫中华 青山市水利局 甄永年 希望受表彰者珍惜荣誉。"
    listed = members(honours)
    assert {("闵思远", "青山市林业局"), ("卫中华", "青山市人事局")} <= listed
    assert not members("会上宣读了青山市林业局 闵思远说明的情况。")  # no list: the name runs on into the clause


def test_persons_a_list_closed_by_等委员_is_a_list_of_names():
    # 甲、乙、丙等委员: the list says it names people — one name found will do, and a last name written
    # before 等 that makes a word with it (某健中|等) is still the list's last name
    text = "甄永年、闵思远、卫思齐等委员围绕城市建设提出意见建议。"
    assert positions(text) == {("甄永年", "委员"), ("闵思远", "委员"), ("卫思齐", "委员")}
    names = {m.name for m in extract(Document(id="t.txt", text="冉秋菊、黄海思、甄健中等委员发言。")).mentions}
    assert {"冉秋菊", "黄海思", "甄健中"} <= names


def test_persons_a_remark_on_how_a_post_is_held_between_title_and_name():
    # 某经开区党工委书记(兼)甲, 副县长(挂职)乙: the remark in brackets, then the name
    assert ("甄永年", "副县长") in positions("副县长(挂职)甄永年出席。")
    assert {p for p, _ in positions("南岸区委书记、经开区党工委书记(兼)闵思远率队调研。")} == {"闵思远"}


def test_persons_no_person_from_words_a_surname_and_title_or_an_outlets_credit():
    # 但其实 alone on a line: words; 李镇长说: a surname and a title; 作者:某某网: the outlet
    text = "标题\n本网讯 1月7日,市委常委甄永年带队。\n但其实\n“在检查过程中,李镇长说他不舒服。”\n"
    assert set(persons(text)) == {"甄永年"}
    assert persons("某某调研 来源:青山网 作者:青山网 发布时间:2023-05-06") == {}
    assert "闵思远" in persons("来源:青山网 作者:闵思远 发布时间:2023-05-06")


def test_persons_officials_before_等县领导_are_county_leaders_and_a_remark_inside_a_list():
    # 县长甲,县人大常委会主任乙等县领导陪同: each is one of the county's leaders too
    text = "某某一行来我县调研。县委副书记、县长甄永年,县人大常委会主任闵思远等县领导陪同。"
    assert {("甄永年", "县领导"), ("闵思远", "县领导"), ("甄永年", "县长")} <= positions(text)
    # 县领导甲、乙(县委副书记)、丙: the remark on one name does not end the list
    text = "县领导冉秋菊、黄海思(县委副书记)、卫思齐,以及县直单位负责人参加活动。"
    assert {p for p, t in positions(text) if t == "县领导"} == {"冉秋菊", "黄海思", "卫思齐"}


def test_persons_等县领导_takes_only_the_officials_listed_right_before_it():
    # 市委书记卫某在县委书记甲、县长乙等县领导陪同下: the city's leader is no county leader
    for text in (
        "市委书记卫中华在县委书记甄永年、县长闵思远等县领导陪同下深入企业调研。",
        "市委副书记卫中华深入我县调研,县委书记甄永年、县长闵思远等县领导陪同。",
    ):
        assert {p for p, t in positions(text) if t == "县领导"} == {"甄永年", "闵思远"}


def test_persons_an_outlet_credit_and_a_line_name_with_a_function_surname():
    assert "闵立台" in persons("来源:青山日报 记者 卫中华 通讯员 闵立台")  # a name ending in 台, no outlet
    assert "和建国" in persons("标题\n和建国\n本报讯 县委书记甄永年出席会议。")  # 和, a surname
