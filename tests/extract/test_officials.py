"""Officials read from a title before the name (kg.extract.officials) on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document
from kg.vocab import EntityType, Predicate


def _members(text: str) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}


def test_deputies_acting_for_the_head_sit_on_the_heads_body():
    text = (
        "泉州市十六届人大常委会召开第十三次会议。受泉州市人大常委会主任委托,副主任王永年主持会议,"
        "副主任吴弘、卫思齐,秘书长欧阳秋红出席会议。"
    )
    members = _members(text)
    for name in ("王永年", "吴弘", "卫思齐", "欧阳秋红"):
        assert (name, "泉州市人大常委会") in members
    assert not any(org.startswith("受") for _, org in members)


def test_a_bare_deputy_with_no_head_before_it_joins_no_body():
    assert _members("会议由副主任王永年主持,副主任吴弘出席。") == set()


def _persons(text: str) -> set[str]:
    x = extract(Document(id="t.txt", text=text))
    return {m.name for m in x.mentions if m.type.value == "Person"}


def test_ren_before_a_groups_role_is_the_verb_not_a_surname():
    # 各乡镇党委书记任成员: the secretaries are the group's members, no one is called 任成员
    text = "成立领导小组,县长王永年任组长,其他县级领导任副组长,各乡镇党委书记任成员。由党委副书记任网格长。"
    assert not any(n.startswith("任") for n in _persons(text))
    assert {"任建国", "任成"} <= _persons("县委书记任建国、县长任成出席。")


def test_a_verb_after_a_named_official_is_no_part_of_the_next_title():
    # 市委书记甲委托市委副书记乙: no 委托市 (a city), no post 率副县长
    for verb in ("委托", "率"):
        x = extract(Document(id="t.txt", text=f"株洲日报讯 市委书记王永年{verb}市委副书记吴弘、副市长卫思齐出席。"))
        held = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
        assert held == {"市委书记", "市委副书记", "副市长"}
        assert not any(m.name.startswith(verb) or verb in m.name[:4] for m in x.mentions if m.type.value != "Person")


def test_a_short_party_department_head_joins_the_committees_department():
    members = _members("攸县县委常委、组织部长甄永年出席。")
    assert ("甄永年", "攸县县委组织部") in members or ("甄永年", "中共攸县县委组织部") in members
    assert not any(org in ("组织", "委组织部") for _, org in members)


def test_a_name_of_a_rare_surname_between_a_title_and_tongzhi():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="政协清河县委员会原主席、党组书记千立恒同志1月11日逝世,享年78岁。"))
    officials = {m.name for m in x.mentions if m.type.value == "Person" and m.prop("official")}
    assert officials == {"千立恒"}
    y = extract(Document(id="t.txt", text="县委书记看望老同志,向各位同志致以问候。"))
    assert not [m for m in y.mentions if m.type.value == "Person"]


def test_a_committee_a_name_then_its_secretarys_title():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="该项工作获省委甄永年书记批示肯定。会议传达了市委卫思齐副书记的讲话。"))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "省委书记"), ("卫思齐", "市委副书记")}


def test_officials_a_body_and_its_title_after_a_listed_name_is_no_second_name():
    x = extract(Document(id="t.txt", text="区商务委主任甄永年、区科委主任卫思齐进行政策宣讲。"))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert persons == {"甄永年", "卫思齐"}
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert ("卫思齐", "区科委主任") in posts


def _posts(text: str) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}


def test_yi_before_a_delegations_head_is_the_preposition_not_the_title():
    # 以某委主任甲为团长的代表团: 以 opens the phrase, the title is the body's head as written
    text = "省长甄永年会见了以国务院国资委主任闵思远为团长的代表团一行。"
    assert ("闵思远", "国务院国资委主任") in _posts(text)
    assert not any(post.startswith("以") for _, post in _posts(text))
    assert ("卫中华", "以色列驻华大使") in _posts("以色列驻华大使卫中华出席。")  # a state's name keeps its 以


def test_a_national_bodys_unit_written_in_the_title_is_a_membership():
    assert ("闵思远", "国务院国资委") in _members("国务院国资委主任闵思远出席。")
    assert ("闵思远", "国家统计局") in _members("国家统计局局长闵思远出席会议。")
    assert _members("国务院副总理闵思远出席。") == set()  # no unit: the office alone, no body written


def test_a_cppcc_title_with_its_term_before_the_county_keeps_the_term_and_the_cppcc():
    text = "会议选举闵思远为政协第十届玉山县委员会秘书长,卫中华为政协第十届某某县委员会副主席。"
    posts = _posts(text)
    assert ("闵思远", "政协第十届玉山县委员会秘书长") in posts  # a county the gazetteer knows
    assert ("卫中华", "政协第十届某某县委员会副主席") in posts


def test_a_name_ending_in_he_before_punctuation_keeps_it():
    # 和 before a comma or 、 joins nothing: it ends the name (甄永和); before a name it is the conjunction
    assert {("甄永和", "副市长"), ("卫中华", "副市长")} <= _posts("副市长甄永和、卫中华出席。")
    assert ("甄永和", "市委常委") in _posts("市委常委、副市长甄永和,市政协副主席卫中华参加会见。")
    assert ("甄永", "副市长") in _posts("副市长甄永和卫中华出席。")


def test_a_title_then_a_name_then_a_verb_beginning_with_cao_keeps_the_verb_out():
    # 草拟, 草草: words of their own after a name, no transliterated tail
    for text in ("副县长多吉草拟了实施方案。", "县长多吉草草收场的做法受到批评。"):
        assert not any(n.startswith("多吉草") for n, _ in _posts(text))


def test_review_fixes_for_titles_and_bodies():
    # 以工代赈 is a programme's name; a national body's local branch is the body; 和 before a quote joins
    assert ("甄永年", "浏阳市以工代赈办主任") in _posts("浏阳市以工代赈办主任甄永年介绍了项目进展。")
    assert ("甄永年", "国家统计局浏阳调查队") in _members("国家统计局浏阳调查队队长甄永年介绍情况。")
    assert ("甄平", "县委书记") in _posts("县委书记甄平和“两代表一委员”座谈。")


def test_xie_after_a_name_is_the_verb_of_bringing_along():
    # 副县长甲携调研组到…: 携 leads the others along, no part of the name
    assert ("甄永年", "副县长") in _posts("县委常委、副县长甄永年携调研组到某镇调研。")


@pytest.mark.parametrize(
    ("text", "post"), [("最后镇党委书记甄永年作总结讲话。", "镇党委书记"), ("首先市委书记甄永年讲话。", "市委书记")]
)
def test_an_adverb_of_order_before_a_title_is_no_part_of_it(text, post):
    # 最后|镇党委书记, 首先|市委书记: the order of the speeches, no place 最后镇 or 首先市
    assert ("甄永年", post) in _posts(text)
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.text.startswith(("最后", "首先"))]


def test_a_rare_surname_after_a_title_opens_a_name():
    # 訚, 綦, 缑 …: characters written almost only as surnames
    assert ("訚永年", "省委副书记") in _posts("省委副书记訚永年出席会议。")


def test_officials_和_joining_two_titles_opens_no_name_when_a_county_follows():
    """…、某县委书记和新田县委书记: 和 the conjunction, 新田县 the next title's county (no person 和新田)."""
    x = extract(Document(id="t.txt", text="这两位的职位分别是醴陵市委书记和攸县县委书记。"))
    assert not [m for m in x.mentions if m.type.value == "Person"]


def test_officials_a_democratic_partys_city_committee_is_no_communist_party_committee():
    x = extract(Document(id="t.txt", text="民盟衡阳市委主委甄永年出席。"))
    members = {r.object.name for r in x.relations if r.predicate.value == "member_of"}
    assert members == {"民盟衡阳市委"}


def test_officials_a_headquarters_commander_is_a_member_of_the_headquarters():
    x = extract(Document(id="t.txt", text="攸县县委宣传部长、县生态创建指挥长甄永年强调，要打好攻坚战。"))
    members = {r.object.name for r in x.relations if r.predicate.value == "member_of"}
    assert "攸县生态创建指挥部" in members


def test_officials_a_speakers_role_before_a_title_is_no_part_of_it():
    held = _posts("来宾代表青山市市长甄永年作了讲话。")
    assert ("甄永年", "青山市市长") in held


def test_officials_经_opening_a_bureaus_short_name_is_no_preposition():
    held = _posts("市经合局局长甄永年、区经合局局长闵思远陪同。经市委书记卫中华同意。")
    assert {("甄永年", "市经合局局长"), ("闵思远", "区经合局局长"), ("卫中华", "市委书记")} <= held


def test_officials_a_bodys_short_name_in_a_list_of_titled_names_is_no_name():
    text = "省财政厅副巡视员甄永年、农科院院长闵思远院士出席。县长、农业局长和农科院卫中华副院长出席。"
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type.value == "Person"}
    assert not {"农科院", "和农科"} & persons
    assert ("闵思远", "农科院院长") in _posts(text)


@pytest.mark.parametrize(
    "text, post",
    [
        (
            "攸县职工代表大会主席团常务主席甄永年主持会议。",
            "攸县职工代表大会主席团常务主席",
        ),  # 代表大会, no speaker's role
        ("县经科局局长甄永年出席。", "县经科局局长"),
    ],
)
def test_officials_review_cases_titles_kept_whole(text, post):
    assert ("甄永年", post) in _posts(text)


def test_officials_a_numbered_congress_deputy_is_a_member_of_the_congress():
    x = extract(
        Document(id="t.txt", text="株洲市第九届人民代表大会代表甄永年在会上发言。市长、市防指指挥长闵思远检查防汛。")
    )
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert ("甄永年", "株洲市人民代表大会") in members
    assert not [m for m in members if m[1].endswith("指指挥部")]


def test_officials_a_bodys_party_organ_in_a_title_is_an_organisation_mention():
    """市人大常委会党组副书记甲: 甲 is a member of the congress's party group, and the page names that group."""
    x = extract(Document(id="t.txt", text="青山市人大常委会党组副书记、副主任甄永年出席。某大学党委书记闵思远出席。"))
    orgs = {m.name for m in x.mentions if m.type is EntityType.ORGANIZATION}
    assert {"青山市人大常委会党组", "某大学党委"} <= orgs


def test_officials_no_name_before_a_presidium():
    x = extract(Document(id="t.txt", text="会议由大会主席团常务主席甄永年宣布开幕。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永年"}


def test_officials_a_title_then_是_and_a_list_of_names_gives_each_the_title():
    x = extract(Document(id="t.txt", text="本次大会的执行主席是:甄永年、卫中华、闵思远。县长是甲。"))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate.value == "holds_position"}
    assert held == {("甄永年", "执行主席"), ("卫中华", "执行主席"), ("闵思远", "执行主席")}


def test_officials_担任_a_title_的有_and_a_list_of_names_gives_each_the_title():
    x = extract(Document(id="t.txt", text="担任此次大会执行主席的有:甄永年、卫中华、闵思远。"))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate.value == "holds_position"}
    assert held == {("甄永年", "执行主席"), ("卫中华", "执行主席"), ("闵思远", "执行主席")}


def test_officials_an_honour_before_是_and_names_is_no_post_and_主席团结_is_no_presidium():
    x = extract(Document(id="t.txt", text="获奖的青禾县优秀村党支部书记是甄永年、卫中华、闵思远。"))
    assert not [r for r in x.relations if r.predicate.value == "holds_position"]
    x = extract(Document(id="t.txt", text="甄永年主席团结带领全体委员。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永年"}


def test_officials_an_idiom_opening_on_a_surname_after_a_title_is_no_name():
    x = extract(Document(id="t.txt", text="全体县政协委员满怀豪情步入会场。"))
    assert not [m for m in x.mentions if m.type.value == "Person"]


def test_officials_a_conjunction_after_a_title_before_a_longer_name_is_no_surname():
    x = extract(Document(id="t.txt", text="非常高兴地看到白沙县县长和卫中华书记共同出席。"))
    assert not [m for m in x.mentions if m.type.value == "Person" and m.name.startswith("和")]


def test_officials_的有_after_a_changed_post_gives_no_post():
    x = extract(Document(id="t.txt", text="不再担任县委常委的有:卫思齐、闵思远。"))
    assert not [r for r in x.relations if r.predicate.value == "holds_position"]


def test_officials_a_department_written_bare_in_a_title_is_a_mention_of_the_body():
    x = extract(Document(id="t.txt", text="任命卫思齐为深泽县发展和改革局局长,闵思远为民政局局长,冉秋菊为办公室主任。"))
    names = {m.name for m in x.mentions if m.type is EntityType.ORGANIZATION}
    assert "民政局" in names  # the body 闵思远 is a member of is traceable to its words
    assert "办公室" not in names  # an office of some body, no body's name
    assert ("闵思远", "民政局") in {
        (r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF
    }


def test_officials_a_features_subtitle_verb_after_a_dash_is_no_part_of_the_title():
    text = "打造宜居新门户 ——访深泽县委书记卫思齐\n女支书——记铁杆镇石桥村党支部书记冉秋菊"
    x = extract(Document(id="t.txt", text=text))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert ("卫思齐", "深泽县委书记") in posts
    assert not any("—" in title or title.startswith(("访", "记")) for _, title in posts)
    orgs = {text[m.start : m.end] for m in x.mentions if m.type is EntityType.ORGANIZATION}
    assert orgs and not any(o.startswith(("访", "记")) for o in orgs)


def test_officials_a_five_character_name_inside_a_list_is_read_whole():
    x = extract(Document(id="t.txt", text="旗领导卫思齐、乌力吉都满、闵思远、冉秋菊陪同考察。"))
    officials = {m.name for m in x.mentions if m.type is EntityType.PERSON and m.prop("official")}
    assert officials == {"卫思齐", "乌力吉都满", "闵思远", "冉秋菊"}  # (都 inside the item is no stop word)


def test_officials_an_item_of_a_list_that_joins_two_names_is_no_one_name():
    x = extract(Document(id="t.txt", text="旗领导卫思齐、闵强和冉丽、钱中华陪同考察。"))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert {"卫思齐", "闵强"} <= persons and "闵强和冉丽" not in persons, persons


@pytest.mark.parametrize(
    ("text", "unit"),
    [("驻村工作队队长卫思齐介绍情况。", "工作队"), ("指挥部指挥长卫思齐出席。", "指挥部")],
)
def test_officials_a_kind_of_unit_written_bare_before_a_title_is_no_organisation(text, unit):
    x = extract(Document(id="t.txt", text=text))
    assert unit not in {m.name for m in x.mentions if m.type is EntityType.ORGANIZATION}
    assert "卫思齐" in {m.name for m in x.mentions if m.type is EntityType.PERSON}


def test_a_divisions_body_before_a_title_is_no_name_even_for_a_rare_surname_after_it():
    """区政协主席党思远: 区 is a surname and 党 a rare one, but 区政协 is the district's body, never a person."""
    posts = _posts("区委副书记卫思齐,区政协主席党思远,区领导闵思远参加活动。")
    assert ("党思远", "区政协主席") in posts
    assert not any(name == "区政协" for name, _ in posts)


def test_a_foreign_states_premier_is_no_member_of_chinas_state_council():
    """巴基斯坦总理某某, 斯里兰卡总理某某: that state's premier; 国务院总理某某 stays China's."""
    assert not _members("巴基斯坦总理托尔巴耶夫发表视频演讲。")
    assert ("卫思齐", "国务院总理") in _posts("国务院总理卫思齐出席。")


def test_foreign_leaders_listed_with_their_states_names_and_long_transliterated_names():
    """吉尔吉斯斯坦第一副总理甲 (the foreign ministry's spelling, no person); 拉希德·萨纳瓦德纳 (five characters)."""
    text = "巴基斯坦总理卡迪罗夫、吉尔吉斯斯坦第一副总理托尔巴耶夫发表演讲。斯里兰卡总理拉希德·萨纳瓦德纳致辞。"
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    places = {m.name for m in x.mentions if m.type is EntityType.PLACE}
    assert "吉尔吉斯斯坦" in places and "吉尔吉斯斯坦" not in persons
    assert "拉希德·萨纳瓦德纳" in persons


def test_a_leaders_letter_after_his_title_is_no_name():
    """甲宣读乙主席贺信并致辞: 贺信 (a word jieba tags as a name) is the letter."""
    x = extract(Document(id="t.txt", text="卫思齐宣读闵思远主席贺信并致辞。"))
    assert {m.name for m in x.mentions if m.type is EntityType.PERSON} == {"卫思齐", "闵思远"}


def test_names_listed_before_a_count_and_a_title_each_hold_the_title():
    """会上,甲、乙、丙3名县政协委员,分别…作了发言: each is a member of the county's CPPCC (no title before them)."""
    posts = _posts("会上,卫思齐、闵思远、冉秋菊3名县政协委员,分别围绕市场主体高质量发展作了大会发言。")
    assert {("卫思齐", "县政协委员"), ("闵思远", "县政协委员"), ("冉秋菊", "县政协委员")} <= posts


def test_a_list_item_that_is_a_bodys_short_name_and_the_deputy_of_a_title_is_no_name():
    """县台办副主任甲、县台办副调研员乙: 县台办副 is the body and the title's 副, not a third person."""
    x = extract(Document(id="t.txt", text="此外,县台办副主任卫思齐、县台办副调研员闵思远参加签约仪式。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"卫思齐", "闵思远"}


def test_a_name_written_alone_on_a_caption_line_keeps_its_last_character_after_a_title():
    """副县长甄爱作,拟任… with a caption line 甄爱作: the page writes the three alone, so 作 is the name's."""
    text = "深泽县的主官由本地升迁产生。\n甄爱作\n现任深泽县委常委、副县长甄爱作,拟任深泽县委副书记。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type is EntityType.PERSON}
    assert names == {"甄爱作"}


def test_who_after_a_title_is_no_name():
    """其部长由谁担任?: 由谁 (by whom) after 部长 is a question, no person."""
    x = extract(Document(id="t.txt", text="上月,中共某市委社会工作部挂牌成立,其部长由谁担任?"))
    assert not [m for m in x.mentions if m.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("按照5月6日市委代理书记、市长卫思齐在座谈会上的讲话精神,全区积极对接。", "市委代理书记"),
        ("镇长闵思远答记者问\n县文化局局长卫思齐答记者问", "县文化局局长"),
        ("卫思齐是继德州市市长闵思远之后,全省第二位70后市长。", "德州市市长"),
    ],
)
def test_a_date_a_preposition_or_a_captions_verb_is_no_part_of_a_title(text, title):
    """5月6日|市委代理书记, 答记者问|县文化局局长, 是继|德州市市长: the words before the title are the clause's."""
    assert ("卫思齐" if "卫思齐答" in text or "市长卫" in text else "闵思远", title) in _posts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("自治区生态环境厅党组书记、厅长卫思齐受邀参加论坛。", "卫思齐"),
        ("仪式上,县委书记闵思远致欢迎辞。", "闵思远"),
    ],
)
def test_a_verb_glued_after_a_two_character_given_name_is_no_part_of_it(text, name):
    """卫思齐受邀, 闵思远致欢迎辞 read with a two-character given name; 陈亮受|邀: 受 and 致 open verbs."""
    short = name[:2] if name == "卫思齐" else name
    x = extract(Document(id="t.txt", text=text.replace(name, short)))
    assert short in {m.name for m in x.mentions if m.type is EntityType.PERSON}


def test_names_before_deng_county_four_leading_bodies_leaders_hold_that_title():
    """甲、乙等县四套班子领导: each listed name is one of the county's leaders."""
    posts = _posts("卫思齐、闵思远、冉秋菊等县四套班子领导出席。")
    assert {("卫思齐", "县四套班子领导"), ("闵思远", "县四套班子领导"), ("冉秋菊", "县四套班子领导")} <= posts


def test_a_group_title_then_you_or_haiyou_lists_its_holders():
    """就座的市领导还有甲、乙、丙: 还有 (有) between a group title and its list of names."""
    posts = _posts("在主席台上就座的市领导还有卫思齐、闵思远、冉秋菊,市法院院长甄永年。")
    assert {("卫思齐", "市领导"), ("闵思远", "市领导"), ("冉秋菊", "市领导")} <= posts


def test_names_counted_before_dangxuan_each_are_elected():
    """甲、乙、丙3人当选X: the count between the list and 当选 does not hide the names."""
    posts = _posts("大会宣布:卫思齐、闵思远、冉秋菊3人当选某区人大常委会委员。")
    assert {n for n, _ in posts} == {"卫思齐", "闵思远", "冉秋菊"}


def test_a_company_named_with_a_rare_surname_character_is_no_person():
    """县长甲、宇星电子总经理乙: 宇星 is a firm's name, not a person holding 县长 (宇 is no single surname here)."""
    x = extract(Document(id="t.txt", text="县长卫思齐、宇星电子总经理闵思远等出席。"))
    assert "宇星" not in {m.name for m in x.mentions if m.type is EntityType.PERSON}


def test_a_leading_group_word_is_no_body():
    """甲、乙等县四套班子领导: the county's leaders as a group; no organisation 四套班子, no member_of it."""
    x = extract(Document(id="t.txt", text="卫思齐、闵思远、冉秋菊等县四套班子领导出席会议。"))
    assert not [m for m in x.mentions if m.type is EntityType.ORGANIZATION and "班子" in m.name]


@pytest.mark.parametrize("text", ["副县长闵国致出席会议。", "副县长冉建受、闵国致出席会议。"])
def test_given_names_ending_in_zhi_or_shou_keep_them_before_other_words(text):
    """闵国致出席: 致 is the name's; only 致辞/受邀 … make it a verb."""
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type is EntityType.PERSON}
    assert "闵国致" in names


def test_officials_a_short_name_ending_in_协_in_a_list_of_titled_names_is_a_body():
    """甲、区政协副主席乙出席: 区政协 is the body of 乙's title, no person."""
    text = "区委副书记甄永年、区政协副主席闵思远出席活动。"
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type.value == "Person"}
    assert "区政协" not in persons
    assert ("闵思远", "区政协副主席") in _posts(text)


def test_officials_继_opening_a_clause_is_no_part_of_the_title():
    """继某县委书记甲调任后: 继 ("after") opens the clause; the title is 某县委书记 (继续/继任 are other words)."""
    assert ("卫思齐", "河北深泽县委书记") in _posts("继河北深泽县委书记卫思齐调任山西后,又有一名县委书记赴任。")


def test_officials_a_business_federations_officers_hold_no_public_post():
    """某商会副会长甲、会员部部长乙; 全国台企联会长丙: officers of business bodies, persons with no public post."""
    text = "青山市深泽商会副会长甄永年、会员部部长卫思齐参加座谈。全国台企联会长闵思远出席。"
    x = extract(Document(id="t.txt", text=text))
    official = {m.name: m.prop("official") for m in x.mentions if m.type.value == "Person"}
    assert official == {"甄永年": False, "卫思齐": False, "闵思远": False}


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("深泽县政协主席席思远出席会议并讲话。", {"席思远": True}),  # 主席 then the surname 席 (review)
        ("深泽县政企联席会议办公室主任卫思齐出席会议。", {"卫思齐": True}),  # 政企联席: no business federation
        ("深泽县工商联会员部部长卫思齐出席会议。", {"卫思齐": True}),  # a people's organisation's 会员部
    ],
)
def test_officials_review_cases_of_seats_federations_and_member_departments(text, official):
    x = extract(Document(id="t.txt", text=text))
    assert {m.name: m.prop("official") for m in x.mentions if m.type.value == "Person"} == official


def test_river_and_forest_chiefs_are_posts_with_no_body_of_their_own():
    # 某江省级河长, 总河长, 副总河长, 区级河长, 林长: a leader's chief post for a river or forest, its level no body
    x = extract(
        Document(
            id="t.txt",
            text=(
                "8月5日,省人民政府副省长、清水江省级河长郑立新率队巡河。"
                "县委书记、总河长卫建国,县长、副总河长刘志明,县委常委、林长周海涛陪同。"
            ),
        )
    )
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {
        ("郑立新", "清水江省级河长"),
        ("卫建国", "总河长"),
        ("刘志明", "副总河长"),
        ("周海涛", "林长"),
    } <= posts
    bodies = {r.object.name for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert not {b for b in bodies if b.endswith("级")}  # 清水江省级 is a level, no body
    system = extract(Document(id="t.txt", text="全面推行河长制,落实林长制。"))
    assert not [r for r in system.relations if r.predicate is Predicate.HOLDS_POSITION]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # a clause of titles only, closed by a comma, heads the next name's stack
        (
            "11月6日,省政协党组副书记、副主席,清水江省级河长郑立新率队巡河。",
            {"省政协党组副书记", "副主席", "清水江省级河长"},
        ),
        # a verb in front (推选) or a name inside the clause: the clause is no stack of titles
        ("大会议程草案;推选省政府副省长,市委书记郑立新当选。", {"市委书记"}),
        ("省公安厅处长卫建国升任省公安厅副厅长,市委书记郑立新出席。", {"市委书记"}),
    ],
)
def test_a_clause_of_titles_before_a_comma_heads_the_next_names_stack(text, posts):
    x = extract(Document(id="t.txt", text=text))
    held = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == "郑立新"}
    assert held == posts


def test_a_group_the_text_does_not_name_is_no_body_to_be_a_member_of():
    # 驻村第一书记、工作队队长甲: the post stands, but a bare 工作队 names no body
    x = extract(Document(id="t.txt", text="驻村第一书记、工作队队长闵晓冬带领队员走访农户。"))
    assert ("闵晓冬", "工作队队长") in {
        (r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION
    }
    assert not [r for r in x.relations if r.predicate is Predicate.MEMBER_OF and r.object.name == "工作队"]


@pytest.mark.parametrize(
    "text",
    [
        "洪湖长江干堤加固工程开工。",  # 湖|长江: the 长 opens a river's name, no lake chief
        "洞庭湖长沙段堤防加固工程完工。",
        "京杭运河长江段航道整治工程开工。",
    ],
)
def test_a_chiefs_title_is_not_read_across_a_place_name(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [m for m in x.mentions if m.type is EntityType.PERSON]


def test_a_chiefs_post_has_no_body_and_the_chiefs_office_keeps_its_level():
    x = extract(Document(id="t.txt", text="县委书记、总河长卫建国和清水江河长郑立新巡河,省河长办主任王立新陪同。"))
    posts = {(r.subject.name, r.object, r.prop("post")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert ("卫建国", "总河长", "总河长") in posts and ("郑立新", "清水江河长", "清水江河长") in posts
    bodies = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert ("郑立新", "清水江") not in bodies and ("王立新", "省河长办") in bodies


def test_a_democratic_partys_committee_is_its_own_body_and_no_person():
    # 农工党某市委副主委甲: 农工党 opens a body's name (no surname 农), the committee is the party's, not 中共's
    text = "九三学社济南市委主委卫建森、民进济南市委主委甄德岭、农工党济南市委副主委闵华勤出席。"
    x = extract(Document(id="t.txt", text=text))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert "农工党" not in persons
    bodies = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert {("甄德岭", "民进济南市委"), ("闵华勤", "农工党济南市委")} <= bodies
    assert not {b for _, b in bodies if b.startswith("中共")}


def test_a_bracketed_alternative_inside_a_title_is_part_of_it():
    # 大会主席团常务(执行)主席: one title of the session's presidium (no body one joins), the stack before it kept
    x = extract(Document(id="t.txt", text="市委书记、大会主席团常务(执行)主席甄元坤主持第一次全体会议。"))
    posts = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == "甄元坤"}
    assert posts == {"市委书记", "大会主席团常务(执行)主席"}
    bodies = {r.object.name for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert not {b for b in bodies if "主席团" in b}


def test_a_note_in_brackets_on_a_body_is_no_alternative_inside_a_title():
    # 国家杜马(议会下院)主席: the bracket explains the body; no title 和国家杜马(议会下院)主席
    x = extract(Document(id="t.txt", text="俄罗斯总统普京和国家杜马（议会下院）主席谢列兹尼奥夫会见了代表团。"))
    assert not [m for m in x.mentions if m.type is EntityType.ORGANIZATION and m.name.startswith("和")]


def test_officials_a_decisions_about_opens_no_title():
    # 某市人大常委会关于|市人民政府副市长甲某代理市长的决定: the document's 关于 ends the body before the title
    posts = _posts("会议审议通过了青山市人大常委会关于市人民政府副市长闵思远代理市长的决定。")
    assert ("闵思远", "市人民政府副市长") in posts
    assert not any("关于" in title for _name, title in posts)


def test_officials_a_surname_opening_a_place_word_still_names_after_a_title():
    # 县委书记黄海某汇报: 黄海 is a place's name (the sea), not a common word that refuses the name
    assert ("黄海思", "县委书记") in _posts("横县县委书记黄海思汇报工作。") or ("黄海思", "横县县委书记") in _posts(
        "横县县委书记黄海思汇报工作。"
    )
    # 传达学习|省委书记甲的讲话: the verbs open no title
    assert ("甄永年", "省委书记") in _posts("会议传达学习省委书记甄永年到青山调研时的讲话精神。")


def test_officials_each_comma_closed_clause_of_titles_heads_the_stack():
    # 省委某办主任,省某厅党组书记、厅长,省某局局长甲: three clauses of titles before one name
    text = "4月12日,青山省委农办主任,省农业农村厅党组书记、厅长,省乡村振兴局局长闵思远到湛江调研。"
    titles = {title for name, title in _posts(text) if name == "闵思远"}
    assert {"青山省委农办主任", "党组书记", "厅长", "省乡村振兴局局长"} <= titles


def test_officials_a_home_word_or_a_session_before_a_title_is_no_part_of_it():
    # 我市|市委书记甲, 我县|县长乙: the home word says whose; 在某某会议上|县人民政府县长丙: where it was said
    assert ("甄永年", "市委书记") in _posts("据悉,我市市委书记甄永年出席了签约仪式。")
    assert ("卫中华", "县长") in _posts("我县县长卫中华出席。")
    assert ("闵思远", "县人民政府县长") in _posts("在县十五届人大一次会议上县人民政府县长闵思远作报告。")


def test_officials_a_county_short_name_opening_the_next_title_is_no_listed_name():
    # 某县委书记甲、周至|县委书记乙: 周至 (周至县, a surname first) opens the next title, no second holder of the first
    posts = _posts("邀请蓝田县委书记甄永年、周至县委书记闵思远到会。")
    assert posts == {("甄永年", "蓝田县委书记"), ("闵思远", "周至县委书记")}
    posts = _posts("考察团认真听取县委副书记、县长卫中华的介绍。")  # 听取 opens no title
    assert ("卫中华", "县委副书记") in posts


def test_officials_review_cases_of_lead_words_stacks_and_careers():
    # 学习 inside a body's name is no lead word (党史学习教育领导小组, 文史和学习委员会)
    text = "市委党史学习教育领导小组办公室主任闵思远出席会议。"
    assert ("闵思远", "市委党史学习教育领导小组办公室主任") in _posts(text)
    # titles listed after 有 are groups, not one person's stack
    assert _posts("参加培训的有乡镇党委书记,乡镇长,村党支部书记,驻村第一书记闵思远等。") == {("闵思远", "驻村第一书记")}
    # a bare 任 after a clause with a subject of its own is that subject's, not the biography's
    assert ("闵思远", "院长") not in _posts("闵思远,男,1960年生,曾任青山县县长。妻子在县医院工作,后任院长。")
