"""Career text and appointments (kg.extract.appointments) on invented sentences."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document
from kg.vocab import Predicate


def _positions(text: str) -> dict[tuple[str, str], str]:
    """(person, title) -> tense of every post read."""
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object): r.prop("tense") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}


def _persons(text: str) -> set[str]:
    return {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Person"}


def test_a_career_sentence_naming_no_one_goes_on_about_the_biography_before_it():
    text = (
        "卫思齐,1967年3月出生,江苏海安人。曾任江州市清河县县长助理、副县长、县委常委、组织部部长等职。"
        "2009年1月到2014年8月,任清河县县长、县委书记等职。"
    )
    posts = _positions(text)
    for title in ("江州市清河县县长助理", "副县长", "县委常委", "组织部部长"):
        assert posts[("卫思齐", title)] == "former"
    assert ("卫思齐", "清河县县长") in posts and ("卫思齐", "县委书记") in posts
    assert "卫思齐" in _persons(text)


def test_a_list_closed_by_deng_goes_on_past_a_post_kg_cannot_read():
    text = (
        "清河区委原书记甄永年被查。公开资料显示,甄永年之后历任共青团江州市清河区委干事,清河区委组织部科员,"
        "共青团江州市清河区委副书记、书记等。"
    )
    posts = _positions(text)
    assert {"清河区委组织部科员", "共青团江州市清河区委副书记", "书记"} <= {t for n, t in posts if n == "甄永年"}


def test_an_open_list_still_ends_at_a_segment_that_is_no_title():
    posts = _positions("清河区委原书记甄永年被查。甄永年曾任清河县副县长,负责全县农业工作,分管县农业局局长调度。")
    assert ("甄永年", "清河县副县长") in posts
    assert not any("局长" in t for n, t in posts if n == "甄永年")


def test_a_street_post_is_written_whole_and_a_date_clause_is_no_title():
    posts = _positions("2003年3月,甄永年任清河区南湖街道工委副书记,3年后任清河区城市管理局局长。")
    assert ("甄永年", "清河区南湖街道工委副书记") in posts
    assert ("甄永年", "清河区城市管理局局长") in posts
    assert not any(t.startswith("3年后") for _, t in posts)


def test_became_and_a_verb_after_a_short_lead_name_posts_of_a_known_official_only():
    text = "清河区委原书记甄永年被查。2007年7月,甄永年成为清河区副区长,援藏任墨竹工卡县副县长。3年后跻身清河区委常委。"
    posts = _positions(text)
    assert {"清河区副区长", "墨竹工卡县副县长", "清河区委常委"} <= {t for n, t in posts if n == "甄永年"}
    assert not any(t.startswith("援藏") for _, t in posts)
    # 成为 creates no person of its own: a place or a region before it is no name
    assert _persons("罗霄山区域协作示范区成为区域协同发展样板。青藏高原逐渐成为世界研究热点。") == set()


def test_once_held_by_is_a_former_post_of_the_name_after_you():
    posts = _positions("在他之前,清河区委书记曾由卫思齐担任。")
    assert posts == {("卫思齐", "清河区委书记"): "former"}
    assert "曾由卫思齐" not in _persons("在他之前,清河区委书记曾由卫思齐担任。")


def test_appointed_comrade_keeps_the_post_written_before_the_name():
    posts = _positions("会议任命县委副书记卫思齐同志为县人民政府副县长、代理县长。")
    assert posts[("卫思齐", "县委副书记")] == "current"
    assert posts[("卫思齐", "县人民政府副县长")] == "appointed"
    assert posts[("卫思齐", "代理县长")] == "appointed"


def test_a_removal_reads_every_post_of_its_list_before_de_zhiwu():
    posts = _positions("会议决定,免去王永年泉州市人民政府副市长、市公安局局长的职务。")
    assert posts[("王永年", "泉州市人民政府副市长")] == "removed"
    assert posts[("王永年", "市公安局局长")] == "removed"


def test_a_career_goes_on_about_the_official_who_opened_a_sentence_shortly_before():
    text = (
        "据新华社长春11月28日电中共清河市委原书记甄永年同志,因病逝世。甄永年,山东临沂人。1945年11月参加工作。"
        "1948年8月起先后任清河市委组织部科长,清河市委副秘书长兼办公室主任,平江县委书记(当时设有第一书记)兼县委秘书长。"
    )
    posts = _positions(text)
    assert ("甄永年", "中共清河市委原书记") in posts  # the dateline is no part of the title
    for title in ("清河市委组织部科长", "清河市委副秘书长", "办公室主任", "平江县委书记", "县委秘书长"):
        assert ("甄永年", title) in posts
    # another person named in between: the sentence is not about the first official
    other = "清河市委原书记甄永年逝世。吴弘陪同家属出席。1948年起先后任清河市委组织部科长。"
    assert not any(t == "清河市委组织部科长" for _, t in _positions(other))


def test_a_pronoun_goes_on_with_the_person_the_career_before_was_about():
    text = (
        "省人大常委会副主任甄永年接受审查。61岁的甄永年曾任省委副秘书长,有传他曾任国务院原副总理卫思齐的秘书。"
        "2005年,他担任清河市市长、市委书记,2018年担任省人大副主任。"
    )
    posts = {t for n, t in _positions(text) if n == "甄永年"}
    assert {"清河市市长", "市委书记", "省人大副主任"} <= posts
    assert not any(n == "卫思齐" and t in ("清河市市长", "省人大副主任") for n, t in _positions(text))


def test_the_last_name_opening_a_clause_is_the_career_subject():
    text = (
        "省委原书记卫思齐被查。市质监局原局长甄永年被开除党籍。卫思齐担任冶金部部长期间,甄永年一直担任其秘书,"
        "后来担任宣武区委副书记、北京控股集团执行董事兼京泰(集团)总经理等职。"
    )
    x = extract(Document(id="t.txt", text=text))
    assert not any(m.name.startswith("兼") for m in x.mentions if m.type.value == "Person")
    posts = _positions(text)
    assert ("卫思齐", "宣武区委副书记") not in posts and ("甄永年", "宣武区委副书记") in posts


def test_a_pronoun_before_reported_words_opens_no_career():
    # 他表示,历任…: the speaker talks about the county's past secretaries, he held no such post
    text = "县长梁启元出席会议。他表示,历任县委书记、县长都重视教育。他强调,新任乡镇党委书记、乡镇长要尽快进入角色。"
    posts = _positions(text)
    assert ("梁启元", "县委书记") not in posts and ("梁启元", "乡镇党委书记") not in posts


def test_a_post_held_before_now_is_former():
    lead = "县委常委、常务副县长梁启元主持会议。"
    for said in ("此前,梁启元任茶陵县副县长。", "梁启元此前任茶陵县副县长。", "2019年至2021年,梁启元任茶陵县副县长。"):
        assert _positions(lead + said)[("梁启元", "茶陵县副县长")] == "former"
    posts = _positions("梁启元,男,1975年3月出生,原任茶陵县副县长,现任攸县副县长。")
    assert posts[("梁启元", "茶陵县副县长")] == "former" and posts[("梁启元", "攸县副县长")] == "current"


def test_an_elected_list_goes_on_past_a_name_the_rules_do_not_read():
    text = "甄永年、仉立恒、吴弘当选为政协清河县第十一届委员会常务委员。"
    posts = _positions(text)
    for name in ("甄永年", "仉立恒", "吴弘"):
        assert (name, "政协清河县第十一届委员会常务委员") in posts
    x = extract(Document(id="t.txt", text=text))
    members = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    # the CPPCC of the place, not a bare 政协
    assert any(n == "仉立恒" and org.startswith("政协清河县") for n, org in members)
    assert not any(org == "政协" for _, org in members)


def test_acting_in_a_post_and_a_counted_list_appointed_to_a_court():
    posts = _positions("会议决定卫思齐副区长代理清河区人民政府区长职务。")
    assert ("卫思齐", "副区长") in posts and ("卫思齐", "代理清河区人民政府区长") in posts
    judges = _positions("会议任命甄永年、吴弘、梁启元等18人为清河区人民法院审判员。")
    assert {n for n, t in judges if t == "清河区人民法院审判员"} == {"甄永年", "吴弘", "梁启元"}


def test_appointments_elected_with_their_votes_counted_and_joined_by_和():
    text = (
        "经过认真计票,甄永年以190票的高票当选为县十六届人大常委会主任,卫思齐等20名代表当选为县十六届人大常委会委员;"
        "吴弘、梁启元和闵思远当选副县长。"
    )
    x = extract(Document(id="t.txt", text=text))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {("甄永年", "县十六届人大常委会主任"), ("卫思齐", "县十六届人大常委会委员")} <= posts
    assert {("吴弘", "副县长"), ("梁启元", "副县长"), ("闵思远", "副县长")} <= posts
    assert not {p for p, _ in posts} - {"甄永年", "卫思齐", "吴弘", "梁启元", "闵思远"}


def test_appointments_elected_after_同志_votes_or_an_adverb():
    text = (
        "攸县日报讯 在县十八届人大三次会议上,卫思齐同志以全票当选为攸县人民政府县长,甄永年全票当选为县人大常委会主任,"
        "柏青松顺利当选为县监察委员会主任,闵若水以高票再次当选为县政协主席。"
    )
    x = extract(Document(id="t.txt", text=text))
    posts = {r.subject.name for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {"卫思齐", "甄永年", "柏青松", "闵若水"}


def test_appointments_a_notices_count_of_cadres_moved_to_one_post_then_their_names():
    text = (
        "(1)由县委书记任设区市党委常委的两人:甄永年、闵思远。本次任命前分别任东城县委书记、西城县委书记。\n"
        "(2)由县(市、区)委书记任设区市副市长的3人:卫中华、仉振东、练秋生。本次任命前分别任甲、乙、丙3个县委书记。"
    )
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate.value == "holds_position"}
    assert {("甄永年", "设区市党委常委"), ("闵思远", "设区市党委常委")} <= held
    assert {("卫中华", "设区市副市长"), ("仉振东", "设区市副市长"), ("练秋生", "设区市副市长")} <= held
    assert {("甄永年", "东城县委书记"), ("闵思远", "西城县委书记")} <= held
    officials = {m.name for m in x.mentions if m.type.value == "Person" and m.prop("official")}
    assert {"卫中华", "仉振东", "练秋生"} <= officials


def test_appointments_a_count_before_a_list_that_is_no_names_reads_nothing():
    x = extract(Document(id="t.txt", text="全市任村党组织书记的3人:有干劲、有思路、有担当。"))
    assert not [r for r in x.relations if r.predicate.value == "holds_position"]


def test_appointments_names_before_a_places_leaders_are_its_leaders():
    x = extract(Document(id="t.txt", text="考察团在甄永年、闵思远、卫中华等湘西州领导陪同下参观。"))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate.value == "holds_position"}
    assert held == {("甄永年", "湘西州领导"), ("闵思远", "湘西州领导"), ("卫中华", "湘西州领导")}
    # no place's name before the level: nothing is read as the title
    x = extract(Document(id="t.txt", text="甄永年、闵思远等一批市领导出席。"))
    assert not [r for r in x.relations if r.predicate.value == "holds_position"]


@pytest.mark.parametrize(
    "text",
    [
        "不再担任镇长的2人:柏青山、苗秀兰。",  # 担任: another verb's 任
        "拟晋升一级主任科员的3人:甄永年、闵思远、卫中华。",  # 主任科员
        "拟任命县长助理的2人:甄永年、闵思远。",  # 任命
    ],
)
def test_appointments_a_count_after_another_words_任_reads_no_post(text):
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate.value == "holds_position"]


def test_appointments_等_closes_a_counted_list():
    x = extract(Document(id="t.txt", text="提任乡镇党委书记的3人:甄永年、闵思远、卫中华等。"))
    assert {m.name for m in x.mentions if m.type.value == "Person"} == {"甄永年", "闵思远", "卫中华"}


def test_xianren_after_a_name_gives_that_name_its_current_posts():
    # 甲现任A、B,乙现任C: each name opening its clause holds the posts after its own 现任
    text = "还有,甄永年现任阜宁县委书记、县长,卫中华现任盐城市委副书记,二者均为“70后”干部。"
    x = extract(Document(id="t.txt", text=text))
    held = [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]
    posts = {(r.subject.name, r.object, r.prop("tense")) for r in held}
    assert posts == {
        ("甄永年", "阜宁县委书记", "current"),
        ("甄永年", "县长", "current"),
        ("卫中华", "盐城市委副书记", "current"),
    }
    assert not any(m.text.endswith("现") for m in x.mentions)  # no 甄永年现


def test_yuanren_before_a_title_is_a_tense_marker():
    x = extract(Document(id="t.txt", text="原任县长甄永年,现任市长。"))
    assert ("甄永年", "县长", "former") in {
        (r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION
    }


def test_a_name_then_its_birth_opens_a_career_the_sentences_after_go_on_with():
    text = (
        "甄永年出生于1962年11月,他曾在某局任职,2000年任湖南省国土资源厅副厅长,2010年任厅长。"
        "去年1月任湖南省人大财政经济委员会主任委员。其后,历任某县县长、某市副市长等职。"
    )
    x = extract(Document(id="t.txt", text=text))
    posts = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == "甄永年"}
    assert {"湖南省国土资源厅副厅长", "厅长", "湖南省人大财政经济委员会主任委员", "某县县长", "某市副市长"} <= posts


def test_a_name_a_comma_and_xianren_then_a_title_is_an_official_with_that_post():
    text = "再之前,曾任某县团委书记的“75后”干部甄永年,现任某市委常委、常务副市长。"
    x = extract(Document(id="t.txt", text=text))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {("甄永年", "某市委常委"), ("甄永年", "常务副市长")} <= posts
    said = extract(Document(id="t.txt", text="会议强调,现任领导班子要团结。"))
    assert not [m for m in said.mentions if m.type.value == "Person"]


@pytest.mark.parametrize(
    "text",
    [
        "他出生在官渡镇，现任大瑶镇党委书记。",  # a town before the comma
        "毕业于湖南师范大学，现任大瑶镇党委书记。",  # 师|范大学: a word over the first character
        "甄永年现任县委书记，其爱人现任县妇联主席。",  # a relative's post
        "甄永年出生于1962年，其父曾任县长。",
    ],
)
def test_careers_give_no_post_to_a_place_a_word_or_the_wrong_relative(text):
    x = extract(Document(id="t.txt", text=text))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert held <= {("甄永年", "县委书记")}


@pytest.mark.parametrize(
    "text, held",
    [
        ("会议以无记名投票方式,补选甄永年为某市第九届人民代表大会代表。", ("甄永年", "某市第九届人民代表大会代表")),
        ("会议增选闵思远为区政协常委。", ("闵思远", "区政协常委")),
        (  # 资格审查委员会: a committee's name, not the end of a title at 资格
            "会议决定任命卫中华为区人大常委会代表资格审查委员会组成人员。",
            ("卫中华", "区人大常委会代表资格审查委员会组成人员"),
        ),
    ],
)
def test_appointments_by_elections_deputies_of_a_numbered_congress_and_committee_members(text, held):
    assert held in _positions(text)


def test_appointments_a_departments_rank_cadre_moved_up_keeps_the_department():
    held = _positions("如省公安厅正处级干部闵思远升任省公安厅副厅级干部。")
    assert ("闵思远", "省公安厅正处级干部") in held and ("闵思远", "省公安厅副厅级干部") in held


def test_appointments_an_examples_如_is_no_part_of_the_title_but_a_county_named_如东_is():
    assert ("甄永年", "省委组织部副部长") in _positions("如省委组织部副部长甄永年升任省纪委副书记。")
    assert ("甄永年", "如东县委书记") in _positions("如东县委书记甄永年出席。")


def test_a_career_list_closed_by_deng_zhi_reads_past_a_rank_a_director_and_a_former_county():
    # 主任 holds the character 任 (no verb), (正科) is a rank, 原 marks a county since merged away
    text = (
        "甄永年,男,1967年2月出生。甄永年自江州师范大学毕业后,一直在清河市工作,"
        "曾任共青团清河市委副科级干事、清河市委办公厅秘书一处处长(正科)、清河市委办公室副主任、"
        "原清河县县长、县委书记等职。"
    )
    titles = {t for n, t in _positions(text) if n == "甄永年"}
    assert {"清河市委办公厅秘书一处处长", "清河市委办公室副主任", "清河县县长", "县委书记"} <= titles


def test_the_name_opening_a_schooling_clause_is_the_career_s_subject():
    text = "卫思齐毕业于江州大学,曾任清河市委办公室副主任、白沙县县长等职。"
    assert {("卫思齐", "清河市委办公室副主任"), ("卫思齐", "白沙县县长")} <= set(_positions(text))


def test_shi_ren_before_a_title_belongs_to_the_name_after_it():
    text = "县委书记闵思远出席。除了闵思远外,时任江州市委常委、白沙县委书记卫思齐等干部也入选。"
    posts = _positions(text)
    assert ("卫思齐", "江州市委常委") in posts
    assert ("闵思远", "江州市委常委") not in posts


def test_shi_ren_after_a_name_is_its_former_post_and_no_part_of_the_name():
    text = "两人在白沙县共事,卫思齐时任县委书记。甄保山时任白沙县县长。"
    posts = _positions(text)
    assert posts.get(("卫思齐", "县委书记")) == "former"
    assert posts.get(("甄保山", "白沙县县长")) == "former"
    assert not {"卫思齐时", "甄保山时"} & _persons(text)


def test_an_election_list_counted_in_comrades_and_a_comrade_before_为_keep_the_names_whole():
    text = (
        "大会通过选举办法;选举甄永年同志为县政协第十届委员会主席,"
        "选举卫中华、闵思远、冉秋菊三位同志为县政协副主席,选举卫思齐同志为县政协秘书长。"
    )
    assert _persons(text) == {"甄永年", "卫中华", "闵思远", "冉秋菊", "卫思齐"}
    assert ("冉秋菊", "县政协副主席") in _positions(text)


def test_a_biography_s_时任_and_首任_still_give_the_post():
    assert ("甄永年", "青禾县县长") in _positions("甄永年,男,汉族,1965年3月生,中共党员,时任青禾县县长。")
    assert ("闵思远", "青禾新区管委会主任") in _positions("闵思远,男,1958年生,首任青禾新区管委会主任。")


def test_a_resumes_dated_lines_give_the_posts_of_the_person_it_heads():
    text = (
        "甄永年同志简历\n"
        "甄永年,男,汉族,1964年5月出生,中共党员。\n"
        "1981.09—1984.07 江州工学院学生。\n"
        "1997.04—2002.02 清河市机械局副局长、党组成员(其间:1998.06—1999.06在江州大学学习)。\n"
        "2004.08—2006.07 白沙县委书记。\n"
        "2006.07— 清河市委常委、白沙县委书记"
    )
    posts = _positions(text)
    assert posts[("甄永年", "清河市机械局副局长")] == "former"
    assert posts[("甄永年", "清河市委常委")] == "current"
    assert not any("学习" in title or "学生" in title for _, title in posts)


def test_同时任_is_no_时任_and_a_时任_clause_ends_the_career_before_the_next_name():
    posts = _positions("卫思齐任白沙县委书记，同时任白沙县人大常委会主任。")
    assert posts[("卫思齐", "白沙县人大常委会主任")] == "current"
    posts = _positions("闵思远时任县长，卫思齐时任县委书记。")
    assert ("闵思远", "县委书记") not in posts


@pytest.mark.parametrize(
    ("text", "held", "absent"),
    [
        # lines the page's line joining ran together: each entry keeps its own posts
        (
            "冉秋菊,女,汉族。\n2019.01—2020.12 安新县三台镇镇长兼党委副书记\n2021.01— 安新县三台镇党委书记",
            {("冉秋菊", "镇长"), ("冉秋菊", "党委书记")},
            set(),
        ),
        # 至今: no 今 in the post
        (
            "卫思齐简历\n2004.08—2006.07 平山县委书记；\n2006.07至今 石家庄市副市长。",
            {("卫思齐", "石家庄市副市长")},
            set(),
        ),
        # two résumés: each block's posts go to the name heading it
        (
            "卫思齐简历\n2004.08—2006.07 平山县委书记；\n"
            "闵思远简历\n2006.07—2011.03 行唐县委书记；\n2011.03— 行唐县县长",
            {("卫思齐", "平山县委书记"), ("闵思远", "行唐县委书记"), ("闵思远", "行唐县县长")},
            {("卫思齐", "行唐县委书记")},
        ),
    ],
)
def test_a_resume_reads_joined_lines_至今_and_one_block_per_person(text, held, absent):
    posts = set(_positions(text))
    assert held <= posts and not absent & posts


def test_a_unit_s_dated_history_makes_no_person():
    assert not _persons("罗家村简历\n2010.01—2015.01 建成村级活动场所\n2015.01— 发展特色种植")


def test_each_clause_of_a_task_force_has_its_own_holder():
    """甲任政委,县委副书记、县长乙担任指挥长,15位县级干部任副指挥长: 担任's subject is the name right before it,
    a clause's titles stop where another person's clause begins, and a counted group holds its own post."""
    text = (
        "深泽县成立了联创工作指挥部,县委书记卫思齐任政委,县委副书记、县长闵思远担任指挥长,"
        "15位县级干部任副指挥长,党政主导。"
    )
    posts = set(_positions(text))
    assert {("卫思齐", "政委"), ("闵思远", "指挥长"), ("闵思远", "县长")} <= posts
    assert not {p for p in posts if p[0] == "卫思齐" and p[1] in ("县委副书记", "指挥长", "副指挥长")}


def test_a_counted_place_before_ren_is_no_subject_of_its_own():
    """先后在3个乡镇任党委书记: places counted after 在, the career's subject still holds the post."""
    posts = set(_positions("卫思齐曾任铁杆镇镇长,2015年起先后在3个乡镇任党委书记。"))
    assert ("卫思齐", "党委书记") in posts


def test_a_career_names_a_towns_party_deputy_secretary_with_the_towns_name():
    """担任某镇党委副书记、镇长: the town's 镇 is read again as the level of its 镇党委; both posts are the person's."""
    text = "莆田市秀屿区东峤镇原党委书记卫思齐被免职。卫思齐2010年5月至2011年4月担任东峤镇党委副书记、镇长。"
    posts = _positions(text)
    assert ("卫思齐", "镇党委副书记") in posts and ("卫思齐", "镇长") in posts


def test_names_listed_before_deng_and_a_levels_leaders_hold_that_title_and_no_body():
    """甲、乙、丙等市级领导参加: each holds 市级领导 (as 等市领导), and 市级 names no body of the city."""
    x = extract(Document(id="t.txt", text="深泽县招商推介会举行。卫思齐、闵思远、冉秋菊等县级领导参加。"))
    held = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert held == {(n, "县级领导") for n in ("卫思齐", "闵思远", "冉秋菊")}
    assert not [r for r in x.relations if r.predicate is Predicate.MEMBER_OF]


def test_a_career_after_ta_goes_to_the_person_the_text_named_last_before_it():
    """…检察长乙等列席。任命甲为副县长 / 随后,甲发言。资料显示,甲是某地人。他曾先后任A、B: 甲's career, not 乙's."""
    text = (
        "会议由县人大常委会副主任卫华主持,县检察院检察长闵思远等领导列席会议。\n"
        "经过表决,会议决定任命冉秋菊为深泽县人民政府副县长\n随后,新任命人员冉秋菊发表了供职发言。\n"
        "公开资料显示,冉秋菊是河北沧州人。他曾先后任深泽县赵八镇人大主席、镇长,深泽县口头镇党委书记。"
    )
    posts = {person for person, _title in _positions(text)}
    assert ("冉秋菊", "镇长") in _positions(text) and posts == {"卫华", "闵思远", "冉秋菊"}
    assert ("闵思远", "镇长") not in _positions(text)


def test_a_career_after_ta_does_not_go_to_a_two_character_name_inside_a_word():
    """…局长路平…。冉秋菊,女,…。全县道路平整率…。她曾任…: 路平 inside 道路平整 is no mention of the name."""
    text = (
        "县交通运输局局长路平、深泽县副县长冉秋菊出席会议。冉秋菊,女,汉族,1975年生,河北深泽人。"
        "近年来,全县农村道路平整率达到98%。她曾任深泽县赵八镇党委书记。"
    )
    assert ("冉秋菊", "深泽县赵八镇党委书记") in _positions(text)
    assert ("路平", "深泽县赵八镇党委书记") not in _positions(text)


def test_a_career_after_ta_goes_to_a_two_character_name_after_a_function_word():
    """…52岁的路平…。他曾任…: 的 before the name is a function word, the name stands as a name."""
    text = (
        "县交通运输局局长路平、副县长冉秋菊出席会议。冉秋菊,女,1975年生。52岁的路平是深泽人。"
        "他曾任深泽县赵八镇党委书记。"
    )
    assert ("路平", "深泽县赵八镇党委书记") in _positions(text)


def test_a_career_clause_after_what_the_person_did_is_the_biographys():
    # 1947年到某游击区工作,历任…: a clause of an action, then the career verb's clause; the biography's subject
    text = (
        "某某省委原书记闵思远逝世\n闵思远,青山人,1924年出生。1945年考入青山大学学习。1947年到青山游击区工作,历任某某纵队指导员、教导员。"
        "1953—1966年,历任中共青山县委宣传部长、副书记、书记。1966年任中共青山地委第一副书记。"
        "1982 年12月任中共某某省委书记。"
    )
    x = extract(Document(id="t.txt", text=text))
    posts = {(r.object, r.prop("body")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {"闵思远"}
    # a committee's seat after its department's head is the committee's; 第一副书记 is one title
    assert ("副书记", "中共青山县委") in posts and ("书记", "中共青山县委") in posts
    assert ("中共青山地委第一副书记", "中共青山地委") in posts
    assert any(title == "中共某某省委书记" for title, _ in posts)
