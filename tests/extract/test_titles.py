"""The title grammar on titles written for these tests (other regions, other bodies)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.titles import parse_title, title_stack
from kg.model import Document
from kg.vocab import Predicate


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("旗委副书记、旗长", ["旗委副书记", "旗长"]),  # the banner level of Inner Mongolia
        ("盟委委员、副盟长", ["盟委委员", "副盟长"]),  # the league level
        ("州委常委、副州长", ["州委常委", "副州长"]),
        ("盟行政公署副秘书长", ["盟行政公署副秘书长"]),
        ("嘎查党支部书记、嘎查委员会主任", ["嘎查党支部书记", "嘎查委员会主任"]),
        ("驻村第一书记", ["驻村第一书记"]),
        ("区政府党组成员、一级调研员", ["区政府党组成员", "一级调研员"]),  # ranked civil-service titles
        ("达川区委书记", ["达川区委书记"]),  # a division in front is written with the title
        ("白云州领导", ["白云州领导"]),
        ("白沙镇党委书记", ["党委书记"]),  # below the county the place names the body
        ("县人大法制委员会副主任委员", ["县人大法制委员会副主任委员"]),  # a department's head keeps it
        ("省发展和改革委员会副主任、总经济师", ["省发展和改革委员会副主任", "总经济师"]),
        ("市科学技术局党组书记", ["党组书记"]),  # a department's party group is written bare
    ],
)
def test_titles_stack_as_written(text, written):
    assert [t.written for t in title_stack(text, len(text))] == written


def test_titles_conjunction_ends_the_clause_before_a_title():
    text = "他在青草嘎查与嘎查党支部书记"
    assert title_stack(text, len(text))[-1].written == "嘎查党支部书记"


@pytest.mark.parametrize(("text", "level"), [("旗长", None), ("旗委书记", "旗"), ("社区党支部书记", "社区")])
def test_titles_level_words(text, level):
    assert parse_title(text, 0, len(text)).level == level


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("副市长兼市公安局局长", ["副市长", "市公安局局长"]),  # 兼 joins two titles one person holds
        ("国务委员兼外交部长", ["国务委员", "外交部长"]),
        ("市委常委、秘书长兼市委办公室主任", ["市委常委", "秘书长", "市委办公室主任"]),
        ("副市长兼任局长", ["副市长", "局长"]),  # 兼任: the same
    ],
)
def test_titles_concurrent_posts_joined_by_jian(text, written):
    assert [t.written for t in title_stack(text, len(text))] == written


@pytest.mark.parametrize("caption", ["（左）", "(右二)", "（前排中）"])
def test_titles_conjunction_after_a_caption_place_is_no_part_of_the_title(caption):
    """县长甲（左）和副县长乙: the photo caption's place of 甲, then 和, then 乙's title."""
    text = f"县长卫某{caption}和副县长"
    assert [t.written for t in title_stack(text, len(text))] == ["副县长"]


def test_titles_he_opening_a_county_name_stays_after_a_byline():
    text = "（记者卫某）和平县县长"
    assert [t.written for t in title_stack(text, len(text))] == ["和平县县长"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("卫思齐一行受到省委书记甄永年的亲切会见。", "省委书记"),
        ("叶志春受到省长吴弘接见。", "省长"),
        ("代表团拜访省委书记甄永年。", "省委书记"),
        ("闵思远同志及县委书记卫中华同志出席。", "县委书记"),  # 同志及: no preposition 同 before the title
    ],
)
def test_titles_a_verb_before_the_title_is_no_part_of_it(text, title):
    x = extract(Document(id="t.txt", text=text))
    assert [r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION] == [title]


def test_titles_a_market_regulators_food_safety_director_is_a_public_post():
    x = extract(Document(id="t.txt", text="省市场监管局食品安全总监、二级巡视员甄永年出席会议。"))
    assert sorted(r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION) == [
        "二级巡视员",
        "省市场监管局食品安全总监",
    ]


def test_titles_a_bare_level_title_continuing_a_list_keeps_the_lists_province():
    text = "金华日报讯 8月9日，吉林省委书记甄永年,省委副书记、省长吴弘会见了市委书记卫思齐一行。"
    x = extract(Document(id="t.txt", text=text))
    got = {
        (r.subject.name, r.object): r.prop("jurisdiction")
        for r in x.relations
        if r.predicate is Predicate.HOLDS_POSITION
    }
    assert got[("吴弘", "省委副书记")] == got[("吴弘", "省长")] == "吉林省"
    assert got[("卫思齐", "市委书记")] == "金华市"


def test_titles_a_post_that_writes_its_place_is_not_prefixed_again():
    x = extract(Document(id="t.txt", text="吉林省领导甄永年、吴弘参加会见。"))
    assert {r.prop("post") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {"吉林省领导"}


def test_titles_a_career_verb_before_a_departments_party_group_title_reads_every_post():
    text = "石家庄市委副书记甄永年简历。2016年10月,甄永年再回省直部门工作,出任河北省科学技术厅党组书记、厅长。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} >= {"党组书记", "厅长"}


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("省委决定,吴弘同志不再担任中共昆明市委副书记、常委、委员,昆明市人民政府市长职务。", "昆明市人民政府市长"),
        ("甄永年辞去市委书记,市人大常委会主任职务。", "市人大常委会主任"),
    ],
)
def test_titles_a_removal_reads_the_post_after_a_comma_that_职务_closes(text, last):
    x = extract(Document(id="t.txt", text=text))
    posts = [r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]
    assert last in posts and all(r.prop("tense") == "removed" for r in x.relations if r.object == last)


def test_titles_a_party_group_after_a_department_head_is_that_departments():
    x = extract(Document(id="t.txt", text="株洲日报讯 甄永年任市科技局局长、党组书记。"))
    bodies = {r.object: r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert bodies == {"市科技局局长": "株洲市科技局", "党组书记": "株洲市科技局"}  # not 株洲市党组


def test_titles_national_scope_titles_take_their_own_bodies():
    x = extract(Document(id="t.txt", text="中共中央总书记、国家主席、中央军委主席甄近平在北京会见。"))
    bodies = {r.object: r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert bodies == {"中共中央总书记": "中共中央", "国家主席": None, "中央军委主席": "中共中央军事委员会"}


def test_titles_他们_opens_no_career_of_an_earlier_person():
    text = (
        "国家主席甄近平在北京会见全国优秀县委书记。"
        "他们分别是现任湘潭县委书记、湘潭经开区党工委书记吴弘、攸县县委书记叶志春。"
    )
    x = extract(Document(id="t.txt", text=text))
    assert {
        r.object for r in x.relations if r.subject.name == "甄近平" and r.predicate is Predicate.HOLDS_POSITION
    } == {"国家主席"}


def test_titles_a_relative_after_他的_opens_no_career_of_an_earlier_person():
    x = extract(Document(id="t.txt", text="市长卫思齐出席。他的父亲曾任茶陵县副县长。"))
    assert {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {"市长"}


def test_titles_a_career_clause_then_不再担任_drops_a_post_of_the_same_subject():
    text = "任免名单显示,叶志春任某某馆馆长。甄永年任湘潭市博物馆馆长,不再担任中共湘潭市委宣传部副部长职务。"
    x = extract(Document(id="t.txt", text=text))
    got = {(r.object, r.prop("tense")) for r in x.relations if r.subject.name == "甄永年"}
    assert ("中共湘潭市委宣传部副部长", "removed") in got


def test_titles_a_career_clause_then_免去其_removes_a_post_of_the_same_subject():
    text = "经市委研究，卫思齐同志任醴陵市委书记，免去其攸县县委书记职务。"
    x = extract(Document(id="t.txt", text=text))
    got = {(r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert got == {("醴陵市委书记", "current"), ("攸县县委书记", "removed")}


@pytest.mark.parametrize("text", ["贺云峰同志历任茶陵县副县长、县委常委。", "贺云峰曾任茶陵县副县长、县委常委。"])
def test_titles_a_name_opening_a_career_clause_is_its_subject_with_no_title_before(text):
    x = extract(Document(id="t.txt", text=text))
    got = {(r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert got == {("贺云峰", "茶陵县副县长", "former"), ("贺云峰", "县委常委", "former")}


def test_titles_a_career_in_another_province_reads_its_bare_省_as_that_province():
    text = "石家庄日报讯 省委决定,甄永年同志任中共昆明市委委员、常委、副书记。此前,甄永年任省自然资源厅厅长、党组书记。"
    x = extract(Document(id="t.txt", text=text))
    got = {r.object: r.prop("jurisdiction") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert got["省自然资源厅厅长"] == got["党组书记"] == "云南省"


def test_titles_a_career_in_the_papers_province_keeps_it():
    text = "石家庄日报讯 甄永年任石家庄市副市长。此前,甄永年任省科技厅厅长。"
    x = extract(Document(id="t.txt", text=text))
    got = {r.object: r.prop("jurisdiction") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert got["省科技厅厅长"] == "河北省"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湘潭日报讯 长沙市委书记甄永年,市委书记卫思齐,市长吴弘出席签约仪式。", {"卫思齐": "湘潭市", "吴弘": "湘潭市"}),
        ("湘潭日报讯 湖南省教育厅厅长、党组书记甄永年出席会议。", {"甄永年": "湖南省"}),
    ],
)
def test_titles_a_one_seat_post_named_again_is_not_carried(text, expected):
    x = extract(Document(id="t.txt", text=text))
    got = {r.subject.name: r.prop("jurisdiction") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    ["湘潭日报讯 湖南省教育厅党组书记、厅长甄永年出席会议。", "湘潭日报讯 湖南省教育厅厅长、党组书记甄永年出席会议。"],
)
def test_titles_a_departments_party_group_title_has_one_body_in_either_order(text):
    x = extract(Document(id="t.txt", text=text))
    assert {r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {"湖南省教育厅"}


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("甄永年辞去湘潭县县长,保留湘潭县委副书记职务。", ["湘潭县县长"]),
        ("甄永年不再担任湘潭县县长,改任湘潭市发展改革委主任职务。", ["湘潭县县长"]),
        ("甄永年不再担任湘潭县委副书记,卫思齐接任湘潭县县长职务。", ["湘潭县委副书记"]),
    ],
)
def test_titles_a_removal_does_not_run_on_into_a_kept_or_new_post(text, posts):
    x = extract(Document(id="t.txt", text=text))
    got = [r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == "甄永年"]
    assert got == posts


def test_titles_a_shops_food_safety_director_holds_no_public_post():
    x = extract(Document(id="t.txt", text="步步高超市湘潭店食品安全总监卫思齐说,所有生鲜均可追溯。"))
    assert not [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]


@pytest.mark.parametrize(
    ("text", "who", "post", "place"),
    [
        ("株洲日报讯 市委书记甄永年出席。甄永年曾任市公安局党委书记、局长。", "甄永年", "党委书记", "株洲市"),
        ("株洲日报讯 5月6日，湘潭市委常委甄永年，市委常委卫思齐一行来株考察。", "卫思齐", "市委常委", "湘潭市"),
        ("石家庄日报讯 甄永年任北京市副市长。甄永年此前任省发展改革委主任。", "甄永年", "省发展改革委主任", "河北省"),
    ],
)
def test_titles_second_review_cases(text, who, post, place):
    x = extract(Document(id="t.txt", text=text))
    got = {
        r.object: r.prop("jurisdiction")
        for r in x.relations
        if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == who
    }
    assert got.get(post) == place


def test_titles_a_districts_leaders_written_with_its_level_again_join_no_body():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="涪陵区区领导卫思齐参加会见。"))
    assert not [r for r in x.relations if r.predicate.value == "member_of"]


def test_titles_that_county_and_an_acting_head():
    from kg.extract import extract
    from kg.model import Document

    text = "困难群众牵动着温县领导干部的心。该县县委副书记、代县长卫思齐一行先后到城区。"
    x = extract(Document(id="t.txt", text=text))
    posts = {(r.object, r.prop("jurisdiction")) for r in x.relations if r.predicate.value == "holds_position"}
    assert posts == {("县委副书记", "温县"), ("代县长", "温县")}
    assert "代县" not in {m.name for m in x.mentions if m.type.name == "PLACE"}


@pytest.mark.parametrize(
    "text, post, place",
    [
        ("醴陵市领导高度重视。该市委书记甄永年出席。", "市委书记", "醴陵市"),
        ("困难群众牵动着温县领导干部的心。该县县长卫思齐出席。", "县长", "温县"),
        ("温县县委书记甄永年出席。", "温县县委书记", "温县"),
    ],
)
def test_titles_that_city_and_a_one_character_county(text, post, place):
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text=text))
    assert [(r.object, r.prop("jurisdiction")) for r in x.relations if r.predicate.value == "holds_position"] == [
        (post, place)
    ]


def test_titles_a_surname_before_县长_names_no_county():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="攸县召开会议，会上听取了曹县长的汇报，县委书记甄永年出席。"))
    assert all(r.prop("jurisdiction") != "曹县" for r in x.relations)


@pytest.mark.parametrize(
    "text, body",
    [
        ("攸县县委常委、组织部部长甄永年出席。", "攸县县委组织部"),
        ("攸县县委宣传部部长卫思齐出席。", "攸县县委宣传部"),
        ("茶陵县委常委、统战部部长甄永年出席。", "茶陵县委统战部"),
    ],
)
def test_titles_a_one_character_countys_party_department_writes_its_level_again(text, body):
    x = extract(Document(id="t.txt", text=text))
    bodies = {r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert body in bodies and not any(b.startswith("攸县委") for b in bodies)


def test_titles_a_bare_deputy_paired_by_分别_is_the_same_bodys_as_the_title_before():
    x = extract(Document(id="t.txt", text="株洲日报讯 甄永年、卫思齐分别当选为市总工会主席、副主席。"))
    got = {(r.subject.name, r.prop("post")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert got == {("甄永年", "株洲市总工会主席"), ("卫思齐", "株洲市总工会副主席")}


@pytest.mark.parametrize("head", ["市长", "县委书记", "市人大常委会主任"])
def test_shou_before_an_entrusting_title_is_the_verb(head):
    # 受市长甲委托,副市长乙主持: 受 (entrusted by) is no part of the head's title
    x = extract(Document(id="t.txt", text=f"受{head}卫思齐委托,副{head[-2:]}甄永年主持会议。"))
    held = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION and r.subject.name == "卫思齐"}
    assert held == {head}


def test_a_county_of_one_character_places_the_title_after_it():
    # 攸县教育局局长: 攸县 is the bureau's county, not the 镇 of the title before it in the list
    assert parse_title("攸县教育局局长", 0, 7).places == ("攸县",)
    x = extract(Document(id="t.txt", text="甄永年,男,1975年3月出生,历任攸县鸾山镇党委书记、攸县教育局局长。"))
    where = {r.object: r.prop("jurisdiction") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert where["攸县教育局局长"] == "攸县"
    assert parse_title("和县委书记", 0, 5).places == ()  # 甲和|县委书记乙: the conjunction, no county 和县


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县委宣传部长甄永年主持会议。", "县委宣传部"),  # not 县委宣传
        ("县总工会组织部长卫思齐出席。", "总工会组织部"),  # not 总工会组织
        ("团县委宣传部长甄永年参加活动。", "团县委宣传部"),
    ],
)
def test_titles_a_short_department_head_after_its_committee_heads_the_department(text, body):
    x = extract(Document(id="t.txt", text=text))
    assert {r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION} == {body}
    assert parse_title("县委宣传部长", 0, 6).body == parse_title("县委宣传部部长", 0, 7).body == "委宣传部"


def test_titles_an_autonomous_prefecture_named_after_two_peoples_is_the_jurisdiction():
    t = parse_title("湘西土家族苗族自治州州长", 0, 12)
    assert t is not None and t.places == ("湘西土家族苗族自治州",)
    text = "株洲日报讯 3月5日,湘西土家族苗族自治州人大常委会党组书记、主任甄永年到攸县调研。"
    x = extract(Document(id="t.txt", text=text))
    posts = {r.object: r.prop("body") for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts["主任"] == "湘西土家族苗族自治州人大常委会"  # the congress's, not its party group's
    assert all(r.prop("jurisdiction") == "湘西土家族苗族自治州" for r in x.relations if r.prop("post"))


def test_titles_a_time_line_s_digits_before_a_broken_line_are_no_part_of_the_title():
    t = parse_title("10:35:58四川某州常委", 0, 14)
    assert t is not None and t.written == "四川某州常委"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("清河市农业农村局局长", "清河市农业农村局局长"),  # 农村 before 局 names no village
        ("农业农村部对外经济合作中心原副主任", "农业农村部对外经济合作中心原副主任"),  # 对外: no preposition
        ("清河市农业农村局四级调研员", "清河市农业农村局四级调研员"),
        ("开幕式上清河市委书记", "清河市委书记"),  # where it was said
    ],
)
def test_titles_bureaus_of_agriculture_对外_ranks_and_a_ceremony_before_the_title(text, written):
    assert [t.written for t in title_stack(text, len(text))] == [written]


def test_titles_a_trade_negotiator_and_a_deputy_minister_joined_by_jian_are_two_posts():
    """商务部国际贸易谈判代表兼副部长: two posts of the ministry, split at 兼."""
    stack = title_stack("商务部国际贸易谈判代表兼副部长卫思齐", 15)
    assert [(t.written, t.core) for t in stack] == [
        ("商务部国际贸易谈判代表", "国际贸易谈判代表"),
        ("副部长", "副部长"),
    ]


def test_titles_a_foreign_states_title_after_its_role_opens_with_the_states_name():
    """本届博览会主宾国|哈萨克斯坦总统: the guest country's president; a Chinese name holding a state's (黑山) stays."""
    assert [t.written for t in title_stack("本届博览会主宾国哈萨克斯坦总统卡迪罗夫", 15)] == ["哈萨克斯坦总统"]
    assert [t.written for t in title_stack("深泽小黑山自然保护区管护局局长卫思齐", 15)] == [
        "深泽小黑山自然保护区管护局局长"
    ]


def test_titles_a_school_of_economy_and_trade_keeps_its_jing():
    """某某经贸学校校长: 经 opens 经贸 (economy and trade), not the preposition 经 (by way of)."""
    assert [t.written for t in title_stack("深泽县经贸学校校长卫思齐", 9)] == ["深泽县经贸学校校长"]


def test_titles_a_county_whose_name_opens_with_a_levels_character_is_its_place():
    """镇远县委副书记 (镇远县 opens with 镇): the county's committee, not a town's level and a unit 远县委."""
    t = parse_title("镇远县委副书记", 0, 7)
    assert (t.written, t.places, t.level) == ("镇远县委副书记", ("镇远县",), None)
    assert parse_title("镇党委书记", 0, 5).level == "镇"


@pytest.mark.parametrize("verb", ["确定", "决定", "同意任命"])
def test_a_decisions_verb_glued_before_a_bare_levels_title_is_no_place(verb):
    """会议确定区科技局局长甲: 确定 is the decision's verb, 区 the bare level (no place 会议确定区)."""
    t = parse_title(f"会议{verb}区科技局局长", 0, len(verb) + 8)
    assert (t.written, t.places, t.level) == ("区科技局局长", (), "区")


def test_a_bodys_name_joining_two_fields_with_he_is_one_title_after_its_level():
    """区水利和湖泊局局长: 水利 is a field of the body's name, not a name before 和 (区 and 水 are surnames)."""
    assert [t.written for t in title_stack("区水利和湖泊局局长", 9)] == ["区水利和湖泊局局长"]
    assert [t.written for t in title_stack("县长区思齐和副县长", 9)] == ["副县长"]


def test_a_title_opening_its_clause_with_ji_leaves_the_conjunction_out():
    """…考察团,及上蔡县委书记、县长甲带队: 及 joins the clause to what came before, no part of the title."""
    assert [t.written for t in title_stack("考察团,及深泽县委书记、县长", 14)] == ["深泽县委书记", "县长"]


@pytest.mark.parametrize(
    ("text", "written"),
    [("去年自治区党委书记", ["自治区党委书记"]), ("并于2021年7月兼任深泽县委书记", ["深泽县委书记"])],
)
def test_a_time_word_or_a_verb_of_holding_before_a_title_is_no_part_of_it(text, written):
    """去年|自治区党委书记甲到某县调研, …,并于2021年7月兼任|某县委书记: the title starts after the time or the verb."""
    assert [t.written for t in title_stack(text, len(text))] == written


@pytest.mark.parametrize(
    "text", ["各位委员以饱满的热情投入工作。", "区监察委员会负责同志参加会议。", "历届县政协老领导应邀出席。"]
)
def test_people_in_general_and_a_committees_name_are_no_title_before_a_name(text):
    """各位委员|以饱满…, 区监察委员|会负责…: no title, so no person read after one."""
    x = extract(Document(id="t.txt", text=text))
    assert not [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]


@pytest.mark.parametrize(
    ("seg", "written"),
    [
        ("石桥村党支部书记", "党支部书记"),  # the village's name ends in the core's 村 (as 某镇党委书记 → 党委书记)
        ("深泽县赵八镇石桥村党总支书记", "党总支书记"),
        ("白沙村村委会主任", "村委会主任"),  # 村 written again: the core's own
        ("村党支部书记", "村党支部书记"),  # no village named
    ],
)
def test_a_village_party_secretarys_title_is_written_without_the_villages_name(seg, written):
    assert parse_title(seg, 0, len(seg)).written == written


@pytest.mark.parametrize(
    ("seg", "written"),
    [
        ("石桥村委会主任", "村委会主任"),  # the committee's 村, no branch: kept (review)
        ("石桥村支书", "村支书"),
        ("石桥村党总支副书记", "党总支副书记"),  # a deputy as the secretary
    ],
)
def test_only_a_village_party_branchs_title_drops_the_villages_村(seg, written):
    assert parse_title(seg, 0, len(seg)).written == written


def test_titles_市政_after_an_unknown_name_opens_a_firm_not_a_city():
    # 华东市政总院党委副书记、纪委书记甲: a municipal-works institute's; no city 华东市 for the posts after it
    x = extract(Document(id="t.txt", text="华东市政总院党委副书记、纪委书记甄永年,党委常委、副总经理闵思远参加。"))
    bodies = {r.object.name for r in x.relations if r.predicate is Predicate.MEMBER_OF}
    assert not any(b.startswith("华东市") and not b.startswith("华东市政") for b in bodies)


def test_titles_原_opening_a_division_name_is_no_former_post():
    # 原平市, 原阳县: 原 is the division's first character; 原县长 (no such division) is a former post
    text = "原平市委副书记、市长卫思齐讲话,原阳县委书记闵思远出席,原县长冉秋菊参加。"
    x = extract(Document(id="t.txt", text=text))
    got = {(r.subject.name, r.object, r.prop("tense")) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert {("卫思齐", "原平市委副书记", "current"), ("闵思远", "原阳县委书记", "current")} <= got
    assert ("冉秋菊", "县长", "former") in got
