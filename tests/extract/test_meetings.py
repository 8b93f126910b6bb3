"""Meetings, chairs, attends, meets_with on text about other cities and bodies."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.meetings import articles
from kg.model import Document
from kg.vocab import EntityType, Predicate

COUNTY = (
    "县委常委会召开会议\n"
    "青山日报讯(记者/周晓梅) 5月6日,县委常委会召开会议。县委书记刘建国主持会议并讲话。\n"
    "县领导许文斌、钱志强、孙丽华等出席。\n"
)
MEETING_WITH_GUEST = (
    "青山日报讯(记者/周晓梅) 5月7日,县委副书记、县长黄志明会见来青调研的某某集团总裁赵德海一行。"
    "县委常委、副县长孙丽华参加会见。"
)


def relations(text: str, predicate: Predicate) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {
        (r.subject.name, r.object if isinstance(r.object, str) else r.object.name)
        for r in x.relations
        if r.predicate is predicate
    }


def test_meetings_chair_of_a_standing_committee_meeting():
    assert ("刘建国", "县委常委会会议") in relations(COUNTY, Predicate.CHAIRS)


def test_meetings_every_person_of_a_list_attends():
    got = {p for p, _ in relations(COUNTY, Predicate.ATTENDS)}
    assert {"许文斌", "钱志强", "孙丽华"} <= got
    assert "周晓梅" not in got  # the reporter of the byline


def test_meetings_meeting_has_a_date_from_the_dateline():
    x = extract(Document(id="t.txt", text=COUNTY, date="2022-05"))
    meetings = [m for m in x.mentions if m.type is EntityType.MEETING]
    assert meetings and all(m.prop("date") == "2022-05-06" for m in meetings)


def test_meetings_meets_with_and_attending_the_meeting():
    got = relations(MEETING_WITH_GUEST, Predicate.MEETS_WITH)
    attends = {p for p, _ in relations(MEETING_WITH_GUEST, Predicate.ATTENDS)}
    x = extract(Document(id="t.txt", text=MEETING_WITH_GUEST))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    if "赵德海" in persons:  # the guest is a business person: found by the persons component
        assert ("黄志明", "赵德海") in got
    assert "孙丽华" in attends


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("5月8日,县政府召开常务会议。", "县政府常务会议"),
        ("会议传达学习省委经济工作会议精神。", "省委经济工作会议"),
        ("市委、市政府向省政府汇报工作。副省长王五出席汇报会。", "汇报会"),
        ("永久落户的“青瓷论坛”吸引了众多客商。", "青瓷论坛"),
    ],
)
def test_meetings_phrases(text, meeting):
    x = extract(Document(id="t.txt", text=text))
    assert meeting in {m.name for m in x.mentions if m.type is EntityType.MEETING}


def test_meetings_verbs_outside_a_meeting_article_are_not_attendance():
    text = "青山日报讯(记者/周晓梅) 县长黄志明强调,要抓好春耕生产。"
    assert not relations(text, Predicate.ATTENDS)


def test_meetings_articles_start_at_headlines_above_datelines():
    text = "标题一\n甲日报讯 正文一。\n标题二\n副标题\n乙日报讯 正文二。"
    assert [text[s:e].split()[0] for s, e in articles(text)] == ["标题一", "标题二"]


def test_meetings_mentions_point_into_the_original_text():
    x = extract(Document(id="t.txt", text=COUNTY))
    for m in x.mentions:
        assert COUNTY[m.start : m.end] == m.text


LATE_MEETING = (
    "柳河日报讯(记者/马文静) 本报推出系列报道,回顾一年来全市争创工作的新进展。\n"
    "据悉,3月2日召开的市政府常务会议专题研究了争创工作。市长韦国栋主持会议并强调,要强化统筹。"
    "副市长甄春华、钟 林,市政府秘书长范立成出席会议。\n"
)
LISTS = (
    "临川日报讯(记者/方晓) 4月9日,县人大常委会第十二次会议在县城举行。县人大常委会主任程志远主持会议。"
    "县人大常委会副主任易红梅、孔德明,秘书长柴永生出席会议。"
    "县人大法制委员会副主任委员包国华作了关于条例草案修改情况的说明。"
    "县委常委、副县长韩雪松,县人民法院院长骆志刚列席会议。"
    "县长魏德清到会听取意见。\n"
)
SIGNING = (
    "云溪日报讯(记者/甘露) 8月3日,2025年云溪市重点项目集中签约活动在会展中心举行。"
    "市委书记邵志华出席活动并见证签约。\n"
    "签约仪式上,市委常委、副市长邢建军与某某新能源公司总裁鲁振东签订了投资协议;"
    "东湖区委副书记、区长祁海波先后代表属地政府与企业签约。\n"
)
TOUR = (
    "南岭日报讯(记者/柯敏) 6月1日,市长莫天佑到东坡区调研水利建设。随后召开的座谈会上,莫天佑听取了工作汇报。"
    "市政府秘书长晏子平参加调研。\n"
)


@pytest.mark.parametrize(
    ("text", "chair", "attendees"),
    [
        (LATE_MEETING, "韦国栋", {"甄春华", "钟林", "范立成"}),
        (LISTS, "程志远", {"易红梅", "孔德明", "柴永生", "包国华", "韩雪松", "骆志刚", "魏德清"}),
    ],
)
def test_meetings_lists_after_the_lead_link_to_the_named_meeting(text, chair, attendees):
    assert chair in {p for p, _ in relations(text, Predicate.CHAIRS)}
    assert attendees <= {p for p, _ in relations(text, Predicate.ATTENDS)}


def test_meetings_chair_only_chairs():
    assert "程志远" not in {p for p, _ in relations(LISTS, Predicate.ATTENDS)}


def test_meetings_signers_and_witnesses_attend_the_ceremony():
    got = {p for p, _ in relations(SIGNING, Predicate.ATTENDS)}
    assert {"邵志华", "邢建军", "鲁振东", "祁海波"} <= got
    assert any(m == "2025年云溪市重点项目集中签约活动" for _, m in relations(SIGNING, Predicate.ATTENDS))


def test_meetings_speaker_at_a_meeting_attends_but_tour_companions_do_not():
    got = {p for p, _ in relations(TOUR, Predicate.ATTENDS)}
    assert "莫天佑" in got
    assert "晏子平" not in got


@pytest.mark.parametrize(
    "text",
    [
        "会议传达学习了总书记甘国庆的重要讲话精神,市委书记严明亮主持。",
        "余江日报讯 市委常委会召开会议,传达学习总书记甘国庆重要讲话精神。市委书记严明亮主持。",
    ],
)
def test_meetings_a_name_in_an_earlier_clause_is_not_in_the_list(text):
    assert "甘国庆" not in {p for p, _ in relations(text, Predicate.CHAIRS)}


@pytest.mark.parametrize(
    "text",
    [
        "白沙日报讯 5月6日,县委常委会召开会议。会议由县委书记甄永福主持。",
        "白沙日报讯 5月6日,县委书记甄永福主持召开县委常委会会议。",
    ],
)
def test_meetings_chair_written_either_way(text):
    assert "甄永福" in {p for p, _ in relations(text, Predicate.CHAIRS)}


def test_meetings_speaker_at_a_named_meeting_attends():
    text = "县委常委、组织部部长龙晓燕在全县组织工作推进会上表示,要抓好队伍建设。"
    assert "龙晓燕" in {p for p, _ in relations(text, Predicate.ATTENDS)}


def test_meetings_a_list_of_any_length_attends():
    names = ["杨光辉", "滿文昌", "郑 海涛", "段春明", "苏艳", "马志远", "陈 晓", "周立群", "吴秀兰", "俞建新", "钱小松"]
    text = f"临沧日报讯 4月9日,全县森林防火工作会议召开。县领导{'、'.join(names)}、岩庄、冯德胜、滿志勇列席。"
    attends = {p for p, _ in relations(text, Predicate.ATTENDS)}
    assert attends == {n.replace(" ", "") for n in names} | {"岩庄", "冯德胜", "滿志勇"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市委常委会召开会议，传达学习省委全会在各地考察时的重要讲话精神。书记张三丰主持。", "市委常委会会议"),
        ("昨日召开会议，研究部署防汛工作。县长王五山主持。", "研究部署防汛工作会议"),
    ],
)
def test_meetings_convened_meeting_named_by_its_body_or_its_whole_purpose(text, name):
    x = extract(Document(id="t.txt", text=text))
    assert name in {m.name for m in x.mentions if m.type.value == "Meeting"}


def test_meetings_a_national_leader_quoted_at_a_local_meeting_does_not_attend():
    text = "市委常委会召开会议。会议指出，习近平总书记强调要加快发展数字经济。市委书记张三丰主持会议。"
    x = extract(Document(id="t.txt", text=text))
    people = {r.subject.name for r in x.relations if r.predicate.value in ("attends", "chairs")}
    assert people == {"张三丰"}


def test_meetings_leaders_seated_on_the_rostrum_attend():
    text = (
        "某区第十届人民代表大会第三次会议开幕\n"
        "本报讯 3月2日上午，某区第十届人民代表大会第三次会议开幕。"
        "大会主席团常务主席邢长河、蒲思远在主席台前排就座。"
        "范一鸣、卢嘉树等区领导和大会主席团成员在主席台就座。"
    )
    got = {p for p, _ in relations(text, Predicate.ATTENDS)}
    assert {"邢长河", "蒲思远", "范一鸣", "卢嘉树"} <= got


CHAIR_SPEAKS = (
    "县政府召开常务会议\n"
    "本报讯 6月12日，县长卓明远主持召开县人民政府第40次常务会议。"
    "卓明远要求，要确保任务完成。副县长费一鸣指出，市委五届六次全会是一次重要会议。"
)


def test_meetings_the_chair_who_speaks_chairs_and_does_not_also_attend():
    assert ("卓明远", "县人民政府第40次常务会议") in relations(CHAIR_SPEAKS, Predicate.CHAIRS)
    assert "卓明远" not in {p for p, _ in relations(CHAIR_SPEAKS, Predicate.ATTENDS)}


def test_meetings_a_meeting_named_after_a_speech_verb_is_its_topic_not_its_venue():
    attended = relations(CHAIR_SPEAKS, Predicate.ATTENDS)
    assert "费一鸣" in {p for p, _ in attended}
    assert not any(m.startswith("市委") for _, m in attended)


def test_meetings_launch_meetings_and_announcers():
    text = (
        "全省文明城市创建工作在我市启动\n"
        "4月18日，全省新一轮创建全国文明城市启动会在我市召开。省委常委、宣传部部长邢长河讲话，"
        "省文明办主任蒲思远主持会议。市委书记范一鸣宣布活动开始。"
    )
    assert {p for p, m in relations(text, Predicate.CHAIRS) if m.endswith("启动会")} == {"蒲思远"}
    assert {"邢长河", "范一鸣"} <= {p for p, _ in relations(text, Predicate.ATTENDS)}


def test_meetings_talks_with_a_partner_after_与_meet_that_partner():
    x = extract(Document(id="t.txt", text="青海日报讯 省委书记陈小刚与商务部部长王大文会谈。"))
    meets = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert meets == {("陈小刚", "王大文")}


def test_meetings_a_congress_and_its_session_are_one_meeting_and_a_venue_is_none():
    text = "某某网讯 2月19日,某某市第十一届人民代表大会第二次会议在某某市政府会议中心开幕。"
    x = extract(Document(id="t.txt", text=text))
    assert [m.name for m in x.mentions if m.type is EntityType.MEETING] == ["某某市第十一届人民代表大会第二次会议"]


def test_meetings_a_speaker_who_introduces_at_a_press_conference_attends_it():
    text = (
        "某某网讯 某某市第十二届人民代表大会第一次会议新闻发布会19日召开。"
        "某某市人大常委会副秘书长王红明介绍,人大会议的主要任务是听取和审议政府工作报告。"
    )
    x = extract(Document(id="t.txt", text=text))
    assert [r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS] == ["王红明"]


def test_meetings_attendees_listed_before_the_meeting_is_named_attend_it():
    text = (
        "某市重大项目集中开工\n"
        "市委书记甄永年下达开工令，市人大常委会主任闵思远，市政协主席卫思齐出席。\n"
        "甄永年在讲话中指出，此次项目建设动员大会吹响了冲锋号。"
    )
    x = extract(Document(id="t.txt", text=text))
    attends = {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert {"闵思远", "卫思齐"} <= attends


def test_meetings_attendees_with_no_meeting_in_the_article_attend_nothing():
    x = extract(Document(id="t.txt", text="某市重大项目集中开工。市人大常委会主任闵思远，市政协主席卫思齐出席。"))
    assert not [r for r in x.relations if r.predicate is Predicate.ATTENDS]


def test_meetings_the_sessions_executive_chairs_attend_it():
    text = "某区第五届人民代表大会第三次会议开幕。本次会议执行主席由甄永年、闵思远、卫思齐担任。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS} >= {"甄永年", "闵思远", "卫思齐"}


@pytest.mark.parametrize(
    "text",
    ["王建国同卫思齐一行座谈交流。", "会上，王建国与卫思齐一行进行了座谈。", "王建国与卫思齐举行座谈。"],
)
def test_meetings_a_talk_座谈_with_a_partner_is_meets_with(text):
    x = extract(Document(id="t.txt", text=text))
    meets = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert meets == {("王建国", "卫思齐")}


def test_meetings_a_座谈会_chaired_is_no_meets_with():
    x = extract(Document(id="t.txt", text="市委书记王建国主持召开座谈会，卫思齐、闵思远发言。"))
    assert not [r for r in x.relations if r.predicate is Predicate.MEETS_WITH]


def test_meetings_nobody_meets_himself():
    text = "12日，省委书记甄永年会见了来湘考察的某某集团董事长叶志春一行，副省长吴弘参加会见。"
    x = extract(Document(id="t.txt", text=text))
    pairs = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert ("甄永年", "叶志春") in pairs
    assert not [(a, b) for a, b in pairs if a == b]


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("卫思齐一行受到省委书记甄永年的亲切会见。", "甄永年", "卫思齐"),
        ("叶志春受到省长吴弘接见。", "吴弘", "叶志春"),
    ],
)
def test_meetings_a_guest_受到_the_hosts_会见(text, host, guest):
    x = extract(Document(id="t.txt", text=text))
    assert {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH} == {
        (host, guest)
    }


def test_meetings_the_guests_own_leaders_who_join_the_meeting_do_not_meet_him():
    text = (
        "金华日报讯 8月9日中午,吉林省委书记甄永年,省委副书记、省长吴弘会见了在吉林考察的市委书记卫思齐"
        "和金华市党政代表团一行。\n吉林省领导叶志春、费雷拉,金华市领导甄近平、费思远参加会见。"
    )
    x = extract(Document(id="t.txt", text=text))
    pairs = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert {("甄永年", "卫思齐"), ("吴弘", "卫思齐"), ("叶志春", "卫思齐"), ("费雷拉", "卫思齐")} == pairs


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("1月5日,县委书记甄永年主持召开县委常委(扩大)会,县四大班子主要领导出席。", "县委常委(扩大)会"),
        ("1月5日,县委书记甄永年主持召开县委常委（扩大）会议。", "县委常委（扩大）会议"),
    ],
)
def test_meetings_an_enlarged_session_written_with_brackets_is_one_meeting(text, meeting):
    x = extract(Document(id="t.txt", text=text))
    assert [(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.CHAIRS] == [
        ("甄永年", meeting)
    ]


def test_meetings_作_经验交流_or_动员_at_a_meeting_attends_it():
    text = "12日，全市创建工作推进会召开。市委书记甄永年讲话，市委副书记、市长吴弘作经验交流。"
    x = extract(Document(id="t.txt", text=text))
    assert ("吴弘", "attends") in {(r.subject.name, r.predicate.value) for r in x.relations}


def test_meetings_a_standing_committee_convened_is_its_session():
    text = (
        "12月6日,市委书记甄永年主持召开市委常委会,市委副书记吴弘,市委常委叶志春出席会议,"
        "市人大常委会主任卫思齐列席会议。"
    )
    x = extract(Document(id="t.txt", text=text))
    roles = (Predicate.CHAIRS, Predicate.ATTENDS)
    got = {(r.subject.name, r.predicate.value, r.object.name) for r in x.relations if r.predicate in roles}
    assert got == {
        ("甄永年", "chairs", "市委常委会"),
        ("吴弘", "attends", "市委常委会"),
        ("叶志春", "attends", "市委常委会"),
        ("卫思齐", "attends", "市委常委会"),
    }


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "湖南日报讯 11日,湖南的发展得到了国家部委的大力支持,"
            "省长甄永年会见了来湘调研的国家发展改革委副主任卫思齐一行。",
            {("甄永年", "卫思齐")},
        ),
        (
            "湖南日报讯 曾受到国务院表彰的全国劳动模范卫思齐、叶志春,昨天受到省委书记甄永年的亲切接见。",
            {("甄永年", "卫思齐"), ("甄永年", "叶志春")},
        ),
        (
            "湖南日报讯 11日,卫思齐一行受到省委书记甄永年的亲切会见。副省长吴弘参加会见。",
            {("甄永年", "卫思齐"), ("吴弘", "卫思齐")},
        ),
        (
            "株洲日报讯 11日,市委书记甄永年会见了回乡考察的市政协常委、湘商集团董事长卫思齐一行。"
            "市领导吴弘、叶志春参加会见。",
            {("甄永年", "卫思齐"), ("吴弘", "卫思齐"), ("叶志春", "卫思齐")},
        ),
    ],
)
def test_meetings_passive_and_host_side_meetings(text, pairs):
    x = extract(Document(id="t.txt", text=text))
    assert {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH} == pairs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("5月6日，市委书记甄永年主持召开了市委常委会，传达学习省委全会精神。", "了市委常委会"),
        ("近日召开的市委常委会，研究了有关工作。市委书记甄永年主持。", "的市委常委会"),
    ],
)
def test_meetings_no_particle_opens_a_convened_committees_name(text, absent):
    x = extract(Document(id="t.txt", text=text))
    assert absent not in {m.name for m in x.mentions if m.type is EntityType.MEETING}


def test_meetings_作为_is_no_speech_at_the_meeting():
    text = (
        "株洲日报讯 5月6日，株洲市召开全市招商引资工作推进会。市委书记甄永年出席并讲话。"
        "去年，湘潭市副市长吴弘曾作为友好城市代表来株考察交流。"
    )
    x = extract(Document(id="t.txt", text=text))
    assert "吴弘" not in {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}


def test_meetings_a_venue_after_a_参加会见_sentence_is_read():
    text = "株洲日报讯 11日,市委书记甄永年会见了卫思齐一行。市领导吴弘参加会见。随后,全市招商推介会在株洲市举行。"
    x = extract(Document(id="t.txt", text=text))  # the jurisdictions of 参加会见 once hid the page's places
    assert ("全市招商推介会", "株洲市") in {
        (r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.LOCATED_IN
    }


def test_meetings_attendees_listed_after_出席会议的有_attend_even_without_titles():
    text = "青禾县第六届人民代表大会第二次会议25日开幕。出席会议并在主席台前排就座的有甄永年、卫思齐、吴弘。"
    assert {p for p, _ in relations(text, Predicate.ATTENDS)} == {"甄永年", "卫思齐", "吴弘"}


def test_meetings_a_when_clause_between_the_attendees_and_their_verb():
    text = "市委书记甄永年主持召开市委常委会,副市长吴弘、叶志春在研究相关议题时列席会议。"
    assert {p for p, _ in relations(text, Predicate.ATTENDS)} == {"吴弘", "叶志春"}


def test_meetings_the_host_of_a_会见_talks_with_the_guest_named_after_与():
    text = (
        "10月29日上午,市人大常委会主任甄永年在市人大常委会机关会见了应邀前来访问的代表团一行,"
        "并与议长卫思齐女士进行了会谈。"
    )
    assert ("甄永年", "卫思齐") in relations(text, Predicate.MEETS_WITH)


def test_meetings_the_head_of_a_delegation_welcomed_after_the_会见():
    text = "市委副书记、市长甄永年会见并宴请了某区党政代表团。甄永年对卫思齐一行的到来表示欢迎。"
    assert relations(text, Predicate.MEETS_WITH) == {("甄永年", "卫思齐")}


def test_meetings_a_chair_is_not_also_an_attendee_of_the_same_meeting():
    text = "县人大常委会召开第五次会议。县领导甄永年、卫思齐出席会议。县人大常委会主任甄永年主持会议。"
    x = extract(Document(id="t.txt", text=text))
    roles = {(r.subject.name, r.predicate) for r in x.relations if r.predicate in (Predicate.CHAIRS, Predicate.ATTENDS)}
    assert roles == {("甄永年", Predicate.CHAIRS), ("卫思齐", Predicate.ATTENDS)}


def test_meetings_attendees_listed_before_a_venue_at_the_meeting_s_site():
    text = "我区举行重点项目集中开工仪式。市人大常委会副主任甄永年，区委书记卫思齐等市、区领导在我区分会场参加活动。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS} == {"甄永年", "卫思齐"}


def test_meetings_who_reads_out_a_decision_at_the_meeting_attends_it():
    text = "3月5日，全县生态县创建工作总结表彰大会召开。会上，县委常委、组织部部长甄永年宣读了表彰决定。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS} == {"甄永年"}


def test_meetings_a_later_session_announced_in_the_article_takes_its_chair_and_attendees():
    text = (
        "株洲日报讯(记者 李明)5月6日，市政府召开常务会议，市长卫思齐主持。副市长甄永年出席。\n"
        "当天，全市安全生产工作视频会议召开。会议由副市长庞世安主持，市委常委、常务副市长钟灵秀出席并讲话。\n"
    )
    assert relations(text, Predicate.CHAIRS) == {("卫思齐", "市政府常务会议"), ("庞世安", "全市安全生产工作视频会议")}
    assert relations(text, Predicate.ATTENDS) == {("甄永年", "市政府常务会议"), ("钟灵秀", "全市安全生产工作视频会议")}


def test_meetings_joining_a_visit_is_no_attendance_of_the_articles_earlier_meeting():
    text = (
        "株洲日报讯(记者 李明)5月6日，市政府召开常务会议，市长卫思齐主持。副市长甄永年出席。\n"
        "5月7日，市委书记甄永年会见了中国建材集团副总经理申屠明一行。市领导贺云峰参加会见。\n"
    )
    assert ("贺云峰", "市政府常务会议") not in relations(text, Predicate.ATTENDS)
    assert ("贺云峰", "申屠明") in relations(text, Predicate.MEETS_WITH)


def test_meetings_the_head_who_entrusts_a_deputy_does_not_chair():
    text = "株洲日报讯(记者 李明)5月6日，受市长卫思齐委托，副市长甄永年主持召开市政府常务会议。"
    assert relations(text, Predicate.CHAIRS) == {("甄永年", "市政府常务会议")}


def test_meetings_a_foreign_guests_own_ministers_do_not_meet_him():
    text = (
        "7月8日,省委书记甄永年在贵阳会见来访的赤道几内亚副总统卫思齐一行。"
        "赤道几内亚外交部部长吴弘、国防部部长梁启元,副省长闵思远参加会见。"
    )
    met = relations(text, Predicate.MEETS_WITH)
    assert ("甄永年", "卫思齐") in met and ("闵思远", "卫思齐") in met
    assert ("吴弘", "卫思齐") not in met and ("梁启元", "卫思齐") not in met


def _meeting_names(text: str) -> set[str]:
    return {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type is EntityType.MEETING}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青山日报讯 4月2日，全市卫生城镇创建(复审)工作动员大会召开。", "全市卫生城镇创建(复审)工作动员大会"),
        ("青山日报讯 全国某某模范城(县)命名表彰大会在北京举行。", "全国某某模范城(县)命名表彰大会"),
        ("青山日报讯 昨天，全县领导干部大会召开。", "全县领导干部大会"),
        ("青山日报讯 13日,县十七届人大常委会召开第二十八次会议。", "县十七届人大常委会第二十八次会议"),
    ],
)
def test_meetings_name_keeps_its_scope_a_bracketed_qualifier_and_the_convening_body(text, name):
    assert name in _meeting_names(text)


def test_meetings_name_does_not_run_back_over_a_bylines_bracket():
    names = _meeting_names("新华社成都1月26日电(记者甄永年)政协某某省第十一届委员会第三次会议今天开幕。")
    assert "政协某某省第十一届委员会第三次会议" in names
    assert not any("记者" in n for n in names)


def test_meetings_the_cppcc_is_no_meeting_and_就坐_is_sitting_on_the_rostrum():
    text = (
        "中国人民政治协商会议\n第十届青山县委员会\n第一次会议闭幕\n"
        "12月17日下午,中国人民政治协商会议第十届青山县委员会第一次会议在县文化艺术中心闭幕。"
        "县委书记甄永年,县委副书记卫思齐,应邀在主席台前排就坐。县政协主席吴弘主持闭幕会。"
    )
    assert "中国人民政治协商会议" not in _meeting_names(text)
    assert {"甄永年", "卫思齐"} <= {p for p, _ in relations(text, Predicate.ATTENDS)}


def test_meetings_a_meeting_named_before_由_is_the_one_its_chair_chairs():
    # the lead names what is preached (某全会精神); the sentence's own meeting is chaired
    text = "青山日报讯 5日,市委宣讲团来我县宣讲某某全会精神。宣讲报告会由县委书记甄永年主持。"
    assert relations(text, Predicate.CHAIRS) == {("甄永年", "宣讲报告会")}


def test_meetings_a_session_held_with_举行_and_a_list_closed_by_its_head_count():
    """某区十七届人大常委会举行第十三次会议: the body names the session as with 召开; 甲,副主任乙、丙及委员共24人出席:
    the named list attends though the count of the others closes it."""
    text = (
        "7月31日下午,区十七届人大常委会举行第十三次会议。区人大常委会主任甄永年,副主任闵思远、卫中华及委员共24人出席。"
        "会议由甄永年主持。"
    )
    x = extract(Document(id="t.txt", text=text))
    rel = {
        (r.subject.name, r.predicate, r.object.name)
        for r in x.relations
        if getattr(r.object, "type", None) is EntityType.MEETING
    }
    session = "区十七届人大常委会第十三次会议"
    assert rel == {
        ("甄永年", Predicate.CHAIRS, session),
        ("闵思远", Predicate.ATTENDS, session),
        ("卫中华", Predicate.ATTENDS, session),
    }


def _met(text: str) -> set[tuple[str, str]]:
    """(host, guest) of every meets_with read in ``text``."""
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}


def test_meetings_words_said_during_a_visit_name_no_guest():
    """甲在会见时说…习近平总书记…: the leader named in what 甲 said is no one 甲 or 丙 (参加会见) met."""
    text = (
        "市委书记甄永年在青山宾馆会见了某某集团董事长闵思远一行。甄永年在会见时说，全市正认真学习贯彻"
        "习近平总书记对湖南提出的目标定位。市领导卫中华参加会见。"
    )
    met = _met(text)
    assert met == {("甄永年", "闵思远"), ("卫中华", "闵思远")}


def test_meetings_the_articles_author_in_a_joined_credit_line_is_no_guest():
    text = (
        "甄永年赴青山对接工作 与闵思远座谈交流\n发布时间:2024-05-16 作者:卫中华 来源:青山日报\n"
        "5月15日,甄永年与闵思远座谈。"
    )
    met = _met(text)
    assert not {m for m in met if "卫中华" in m}


def test_meetings_在会见_then_a_place_is_the_visit_not_a_time_clause():
    text = "省长甄永年在会见上海市委书记卫中华一行时表示，两地合作前景广阔。"
    met = _met(text)
    assert met == {("甄永年", "卫中华")}


def test_meetings_a_host_who_attends_and_meets_meets_the_guest():
    text = "县里举行项目合同签约仪式。市长甄永年出席并会见了青禾食品有限公司董事长卫中华。"
    assert ("甄永年", "卫中华") in _met(text)


def test_meetings_groups_named_after_the_listed_attendees_do_not_end_the_list():
    text = (
        "县里举行项目合同签约仪式。县委书记甄永年主持。"
        "市领导卫中华,县领导闵思远、冉秋菊,市、县相关部门,某镇主要负责同志等参加活动。"
    )
    x = extract(Document(id="t.txt", text=text))
    attending = {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert {"卫中华", "闵思远", "冉秋菊"} <= attending


def test_meetings_a_named_group_after_deng_does_not_end_the_attendee_list():
    text = "县人大常委会举行第五次会议,县人大常委会主任甄永年主持会议,副主任卫中华、闵思远等常委会组成人员出席会议。"
    x = extract(Document(id="t.txt", text=text))
    attending = {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert {"卫中华", "闵思远"} <= attending


@pytest.mark.parametrize(
    "text",
    [
        "县第五届人民代表大会第三次会议开幕。担任此次大会执行主席的有:甄永年、卫中华、闵思远。",
        "县第五届人民代表大会第三次会议开幕。应邀出席大会的领导有:县委书记甄永年,县长卫中华,副县长闵思远等。",
    ],
)
def test_meetings_a_list_after_执行主席的有_or_出席大会的领导有_attends_the_session(text):
    x = extract(Document(id="t.txt", text=text))
    attending = {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert {"甄永年", "卫中华", "闵思远"} <= attending


def test_meetings_此次大会_is_the_session_and_an_absent_list_attends_nothing():
    text = (
        "深泽县第十八届人民代表大会第三次会议隆重开幕。担任此次大会执行主席的有:卫思齐、闵思远、冉秋菊。"
        "未出席大会的领导有:县委书记卫中华。"
    )
    x = extract(Document(id="t.txt", text=text))
    attends = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert ("卫思齐", "深泽县第十八届人民代表大会第三次会议") in attends
    assert not {n for n, _ in attends} & {"卫中华"}


def test_meetings_a_visit_of_a_group_meets_those_who_lead_it():
    text = (
        "深泽县委书记卫思齐和县长闵思远率领深泽县党政代表团来我市考察。昨日,市长冉秋菊会见代表团一行。\n"
        "近日,某商会会长钱中华率商会会员代表二十余人前往行唐县考察。县委书记严思远亲切会见了钱会长一行。"
    )
    x = extract(Document(id="t.txt", text=text))
    met = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert {("冉秋菊", "卫思齐"), ("冉秋菊", "闵思远"), ("严思远", "钱中华")} <= met
    assert ("严思远", "卫思齐") not in met  # (the second visit is of the second group)


def test_meetings_the_two_parties_of_an_agreement_are_part_of_its_ceremony_s_name():
    text = "河北大学与深泽县人民政府战略合作框架协议签约仪式在深泽县举行。卫思齐和冉秋菊出席签约仪式。"
    x = extract(Document(id="t.txt", text=text))
    names = {m.name for m in x.mentions if m.type is EntityType.MEETING}
    assert "河北大学与深泽县人民政府战略合作框架协议签约仪式" in names
    assert "冉秋菊出席签约仪式" not in names and "和冉秋菊出席签约仪式" not in names


def test_meetings_a_group_guest_is_led_by_who_led_that_kind_of_group():
    text = "闵思远率领行唐县代表团来访。卫思齐率领深泽县考察团抵达铁杆镇。市长冉秋菊会见代表团一行。"
    x = extract(Document(id="t.txt", text=text))
    met = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEETS_WITH}
    assert met == {("冉秋菊", "闵思远")}  # 卫思齐 led a 考察团, no 代表团


def test_meets_with_the_hosts_of_a_headline_named_again_in_the_lead_never_meet_each_other():
    """某市:甲乙会见丙 (a headline without separators, joined to the lead) … 书记甲、市长乙在某会见了丙…"""
    text = (
        "莆田:卫思齐闵思远会见冉秋菊 交流合作共同进步\n来源:东南网 2016-12-14 11:12 http://www.mnw.cn/\n"
        "  12月13日,市委书记卫思齐、代市长闵思远在莆会见了由全国政协委员、某某同乡会会长冉秋菊率领的某某同乡会访问团。"
    )
    assert _met(text) == {("卫思齐", "冉秋菊"), ("闵思远", "冉秋菊")}


def test_meets_with_who_accompanies_or_attends_after_the_guest_is_the_hosts_side():
    """甲会见了代表团一行,副市长乙陪同会见; 甲会见外宾丙,丁出席: 乙 and 丁 are no guests of 甲."""
    assert ("卫思齐", "闵思远") not in _met("4月1日晚,市长卫思齐会见了代表团一行,副市长闵思远陪同会见。")
    assert _met("市委书记卫思齐会见外宾冉秋菊,钱中华出席。") == {("卫思齐", "冉秋菊")}


def _attends(text: str) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.ATTENDS}


def test_the_author_of_a_letter_read_out_at_a_meeting_does_not_attend_it():
    """开幕式上,宣读了国家主席甲致大会的贺信; 乙出席开幕式,宣读甲主席贺信并致辞: 甲 wrote, 乙 attends."""
    first = "第七届博览会开幕式举行。开幕式上,首先宣读了国家主席闵思远致第七届博览会的贺信。副总理卫思齐宣读。"
    second = "博览会开幕。全国人大常委会副委员长卫思齐出席开幕式,宣读闵思远主席贺信并致辞。"
    assert not any(name == "闵思远" for name, _ in _attends(first) | _attends(second))
    assert any(name == "卫思齐" for name, _ in _attends(second))


def test_a_speech_with_a_letter_mentioned_after_it_is_still_a_speech():
    """甲致辞并向发来贺信的…表示感谢: 致辞 is a speech at the meeting (甲 attends); 宣读了市委书记乙的贺信: 乙 wrote."""
    assert any(
        name == "卫思齐"
        for name, _ in _attends("深泽县召开第三次党代会。县委书记卫思齐致辞并向发来贺信的兄弟县市表示感谢。")
    )
    assert not any(name == "闵思远" for name, _ in _attends("深泽县第三次党代会上,宣读了市委书记闵思远的贺信。"))


def test_a_visit_is_named_by_the_head_noun_of_its_guests():
    """会见了来某地考察并洽谈合作的客商代表 → 甲会见客商代表; 会见并慰问了某某代表 → 甲会见某某代表."""
    assert "卫思齐会见客商代表" in _meeting_names("县委书记卫思齐会见了来深泽考察并洽谈合作的客商代表。")
    assert "卫思齐会见援疆干部代表" in _meeting_names("县委书记卫思齐会见并慰问了援疆干部代表。")


def test_a_sentence_opening_with_this_sessions_reference_names_no_meeting_of_its_own():
    """…第二次全体会议。本次大会的执行主席甲、乙: 本次大会 points back to the session, no second meeting."""
    text = "政协深泽县第十四届五次会议举行第二次全体会议。本次大会的执行主席卫思齐、闵思远。本次会议出席委员149人。"
    names = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Meeting"}
    assert not any(n.startswith(("本次", "大会", "会议")) for n in names)


def test_the_sessions_executive_chairs_listed_after_de_attend_it():
    """本次大会的执行主席甲、乙、丙: each sits the session the page reports."""
    text = "政协深泽县第十四届五次会议举行第二次全体会议。本次大会的执行主席卫思齐、闵思远、冉秋菊。"
    x = extract(Document(id="t.txt", text=text))
    attending = {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert attending == {"卫思齐", "闵思远", "冉秋菊"}


def test_the_executive_chairs_list_ends_where_the_sentence_goes_on():
    """本次大会的执行主席甲宣读了乙发来的贺信: 甲 sits the session, 乙 only sent a letter."""
    text = "政协深泽县第十四届五次会议举行第二次全体会议。本次大会的执行主席卫思齐宣读了省政协主席冉秋菊发来的贺信。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS} == {"卫思齐"}


def test_executive_chairs_listed_with_their_titles_attend():
    """本次大会的执行主席为县政协主席甲、副主席乙和丙: titles between the names do not end the list."""
    text = "政协深泽县第十四届五次会议举行第二次全体会议。本次大会的执行主席为县政协主席卫思齐、副主席冉秋菊和闵思远。"
    x = extract(Document(id="t.txt", text=text))
    assert {r.subject.name for r in x.relations if r.predicate is Predicate.ATTENDS} == {"卫思齐", "冉秋菊", "闵思远"}


def test_attendees_named_before_unnamed_units_and_groups_still_attend():
    """甲、乙,某镇和各街道负责同志等列席会议; 甲、乙及各乡镇干部参加: the named list before the unnamed tail attends."""
    first = "深泽县召开第三次党代会。县领导卫思齐、闵思远,县直各单位、北关镇和各街道负责同志等列席会议。"
    second = "深泽县召开第三次党代会。县领导卫思齐、闵思远及各乡镇党员干部参加会议。"
    for text in (first, second):
        assert {"卫思齐", "闵思远"} <= {name for name, _ in _attends(text)}


def test_a_tour_of_project_sites_is_an_event_its_party_attends():
    """全市重点项目观摩活动 … 甲,乙等参加观摩: the tour is the article's event; a bare 观摩活动 names none."""
    text = (
        "全市重点项目观摩活动启动\n12月8日,全市重点项目观摩活动正式开始。\n"
        "市委书记卫思齐,市委副书记、市长闵思远等参加观摩。"
    )
    assert {("卫思齐", "全市重点项目观摩活动"), ("闵思远", "全市重点项目观摩活动")} <= _attends(text)
    assert "观摩活动" not in _meeting_names("市委书记卫思齐,市长闵思远等参加观摩活动。")


def test_a_special_topic_meeting_is_a_meeting():
    """召开全县信访工作专题会。县领导甲、乙参加: 专题会 heads a meeting as 专题会议 does."""
    text = "3月8日下午,深泽县召开全县信访工作专题会。县领导卫思齐、闵思远参加。"
    assert {("卫思齐", "全县信访工作专题会"), ("闵思远", "全县信访工作专题会")} <= _attends(text)


def test_a_named_list_before_a_long_unnamed_group_tail_attends():
    """…甲、乙等县四套班子领导、法检两长及其他县级领导干部出席: the named list attends."""
    text = (
        "深泽县产业园开工仪式举行。市委组织部副部长卫思齐,冉秋菊、甄永年等县四套班子领导、"
        "法检两长及其他县级领导干部出席。"
    )
    assert {"卫思齐", "冉秋菊", "甄永年"} <= {name for name, _ in _attends(text)}


def test_who_sits_in_the_chairs_seats_on_the_rostrum_attends_and_holds_no_title_there():
    """甲、乙在主席台执行主席席就座: they attend; 执行主席席 is the chairs' seats, no title over a name 席就座."""
    text = "深泽县第十七届人民代表大会第七次会议举行第三次全体会议。\n执行主席卫思齐、闵思远在主席台执行主席席就座。"
    assert {"卫思齐", "闵思远"} <= {name for name, _ in _attends(text)}
    persons = {m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Person"}
    assert persons == {"卫思齐", "闵思远"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委书记卫思齐带领党员干部赴石桥村开展观摩活动。", None),  # 开展, 赴: no part of a name (review)
        ("县委书记卫思齐带领县直部门负责人开展现场观摩活动。", "现场观摩活动"),
        ("县气象局与水利局开展汛期天气专题会商。", None),  # 会商: a consultation
    ],
)
def test_meeting_names_stop_at_the_verb_that_introduces_them(text, name):
    names = _meeting_names(text)
    assert names == ({name} if name else set())


def test_meetings_watching_a_relayed_meeting_is_attending_it_and_names_no_meeting():
    # 甲、乙等县领导在县纪委会议室收听收看会议: they attend the meeting relayed, the room's "会议" is no meeting
    text = "9月1日,青山市工作动员会在青山市召开,闵思远、卫中华等县领导在县纪委会议室收听收看会议。"
    x = extract(Document(id="t.txt", text=text))
    assert {m.name for m in x.mentions if m.type is EntityType.MEETING} == {"青山市工作动员会"}
    attends = {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.ATTENDS}
    assert attends == {("闵思远", "青山市工作动员会"), ("卫中华", "青山市工作动员会")}


def test_meetings_a_projects_start_event_is_an_event_its_leaders_attend():
    # 举行…集中开竣工活动, 举行…开工活动: the event; who announces, speaks or chairs it takes part
    text = "6月23日,青山县举行第二季度重大项目集中开竣工活动,县委书记甄永年在活动上宣布项目开竣工,县长闵思远致辞。"
    event = "第二季度重大项目集中开竣工活动"
    assert relations(text, Predicate.ATTENDS) == {("甄永年", event), ("闵思远", event)}
    text = "上午,青山市举行第四季度重点项目开工活动。副市长卫中华出席主会场活动。常务副市长黄海思主持活动。"
    assert relations(text, Predicate.CHAIRS) == {("黄海思", "第四季度重点项目开工活动")}
    assert relations(text, Predicate.ATTENDS) == {("卫中华", "第四季度重点项目开工活动")}


def test_meetings_a_delegations_head_named_after_the_meeting_is_the_guest():
    # 会见…代表团一行 … 代表团团长、某市市长甲表示: the head met; a deputy head (副团长) is not read so
    text = (
        "11月20日下午,省委书记甄永年、省长闵思远会见了来考察的某市党政代表团一行并座谈。"
        "甄永年说,欢迎各位。代表团团长、某市市长冉秋菊表示感谢。"
    )
    assert relations(text, Predicate.MEETS_WITH) == {("甄永年", "冉秋菊"), ("闵思远", "冉秋菊")}
    text = text.replace("代表团团长、", "代表团副团长、")
    assert ("甄永年", "冉秋菊") not in relations(text, Predicate.MEETS_WITH)


def test_meetings_who_gives_the_welcome_at_a_forum_attends_it():
    # 随后,商会会长甲致欢迎辞: he takes part in the article's forum
    text = (
        "某镇举行2025年迎新春返乡创业人士座谈会\n"
        "1月26日下午,某镇组织召开迎新春返乡创业人士座谈会。"
        "随后,某镇商会会长甄永年致欢迎辞,与会人员逐一自我介绍。"
    )
    assert {p for p, _ in _attends(text)} >= {"甄永年"}


def test_meetings_a_project_promoted_elsewhere_is_no_speech_at_the_meeting():
    # 分管的招商合作项目推介进展顺利: 合作|项目推介 is no 作…推介 at the article's meeting
    text = "4月10日，全县经济工作会议召开。县委书记甄永年主持会议。副县长闵思远分管的招商合作项目推介进展顺利。"
    assert "闵思远" not in {p for p, _ in _attends(text)}
