"""The title grammar: the stacked titles written in front of a name.

A stack is one or more titles separated by ``、`` (``市委副书记、市长``). Each
title is read left to right as

    [tense] [驻X] [scope] [places] [level] [body] [unit] CORE

where CORE is a title from ``kg/data/titles.txt`` (or a business title),
optionally with ``副``/``常务副``/``代``; *places* are named divisions
(``天元区``, ``雷打石镇``); *level* a bare ``市``/``区``/``省`` …; *body* a
generic body from ``kg/data/bodies.txt`` (``委``, ``人大常委会``,
``政法委`` …); *unit* a named department or company (``科学技术局``).

The title *as written* keeps the level and body and drops named places and
departments: ``芦淞区委副书记`` → ``区委副书记``, ``浏阳市税务局局长`` → ``局长``.

>>> [t.written for t in title_stack("会上，市委副书记、市长张三", 11)]
['市委副书记', '市长']
>>> t = title_stack("讲述人:松林区委副书记、政法委书记 张三", 17)[0]
>>> (t.written, t.places, t.body, t.core)
('松林区委副书记', ('松林区',), '委', '副书记')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.boundary import after_subtitle_verb
from kg.extract.names import COMMON_WORD, is_name
from kg.extract.org_lexicon import CHIEF_CORES, bracketed_in_a_name
from kg.extract.place_lexicon import is_place_name_whole, scan_names
from kg.extract.tokens import is_word, word_tags

__all__ = [
    "HONOUR_WORDS",
    "JOINERS",
    "RANK_TITLE",
    "Title",
    "core_regex",
    "joiner_length",
    "parse_title",
    "title_stack",
]

_CJK = "\u4e00-\u9fff"
_BOUNDARY = set('，,。；;：:！？!?（）()“”‘’"《》【】[]\n\t \u3000△▲■□◆●★☆—―')
_MAX_SEGMENT = 32
_BRACKET_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{2,4})[)）]")
# where a caption places a person in the photo, right after the name: （左）, (右二), （前排中）
_PHOTO_PLACE = re.compile(r"[（(](?:前排|后排)?[左右中前后][一二三四五六七八九\d]?[）)]$")
# words in front of a stack that belong to the clause, not the title (the last one wins)
_LEAD = re.compile(
    r".*(?:作者系|作者为|系|的|在|由|为|是|对(?!外)|向|请|经(?!开区|济|信|合局|发局|管委|侦|科局|贸)|召开|出席|参加|陪同|会见|主持|等|给|同志[及和与、]?|同(?!乡会|学会)|与|跟|^及(?![时早格其])|据|让|使"
    r"|关于|传达学习|学习贯彻|传达|听取|聆听|反映|已有|还有|共有|另有|考虑到|包括|其中|以及|而|担任过|担任(?:(?:此次|本次|这次)(?:大会|会议)?)?|当过|任过|兼任|了|星期[一二三四五六日天]"
    r"|(?:去|今|前|当|同|次|明)年|(?<=\d)年度?|(?<=\d)日(?!电)|按照|根据|依照|依据|答记者问|(?<=是)继|^继(?![任续承])"
    r"|受到|受(?=[省市县区州旗盟]|$)|得到|接见|拜会|拜访|看望|\d日电|以(?!色列|工代赈|[上下外内前后东西南北])"
    r"|首先|其次|然后|随后|接着|最后|(?<!比)如(?=[省市县区州旗盟])|比如(?=[省市州盟])|例如"
    r"|(?:来宾|嘉宾|客商|企业|群众|村民|学生|职工|家长|教师)代表(?!大会)|(?:会|会议|式|典礼)上|(?:我|本)[市县区省州旗](?=[市县区省州旗]))"
)  # 如|省委某某组: an example's 如 (如东县, 比如县 keep it); 来宾代表|某市市长: who speaks for whom;
# 对外: a body's word (农业农村部对外经济合作中心), not the preposition; 开幕式上|某市委书记: where it was said;
# 了: a verb's aspect mark (看望了, 会见了) ends a clause part, never inside a title;
# 受到|省委书记甲的会见: a verb before the title's holder (受|市长甲委托 too);
# 星期四: a page header's weekday, joined to the first line; 5月6日|市委书记, 按照|市长某某的讲话: a date, a
# preposition; 甲答记者问|县文化局局长: a caption's verb phrase, its next line joined; 是继|某市市长: 继 (after);
# 以|某委主任甲为团长的: a preposition (以色列 a state);
# 甲同志及|某村第一书记乙: 同志, no preposition 同 (nor 同乡会); 担任此次大会|执行主席: a verb and the meeting
_HOME_UNITS = frozenset("市县区省州旗")
_CPPCC_WRITTEN = re.compile(
    r"政协(?:第[一二三四五六七八九十\d]{1,3}届)?([\u4e00-\u9fff]{2,10}?)(?:第[一二三四五六七八九十\d]{1,3}届)?委员会"
)  # the term after the place (政协某旗第十一届委员会) or before it (政协第十届某县委员会)
_PARTY_DEPARTMENTS = frozenset({"组织", "宣传", "统战", "政法", "纪检"})  # a party committee's departments, short
_TERM = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?!人大|全国|政协|党代会|委员会)")
_SCOPE = re.compile(r"中共中央|中央|全国|国务院|国家")
_COUNTRY_SELF = ("中华人民共和国", "中国")  # the state's own name, longest first
_STATION = re.compile(rf"驻[{_CJK}]{{1,2}}?(?=全国|省|市|区|县)")
# 驻村第一书记: a post stationed in the village, kept in the title as written
_STATIONED = re.compile(r"驻(?:村|社区|嘎查|镇|乡)(?=第一书记|工作队|干部)")
_DEMONSTRATIVES = frozenset("该本此")  # 该县, 本市, 此区: the division named before
_PLACE_SUFFIX = (
    r"自治州|自治县|自治旗|特别行政区|高新区|经开区|开发区|示范区|新区|"
    r"省|市|区|县|州|盟|旗|镇|乡|苏木|街道|村|嘎查|社区"
)
# (an autonomous division may name two peoples: 湘西土家族苗族|自治州, a longer stem)
_PLACE = re.compile(rf"([{_CJK}]{{2,5}}?|[{_CJK}]{{6,9}}?(?=自治[州县旗]))({_PLACE_SUFFIX})")
# 攸县|教育局局长: a county of one character (not 和县, 新县: words before 县委 in 甲和县委书记乙)
_ONE_CHAR_COUNTY = re.compile(rf"(?![和新与及])([{_CJK}])(县)(?!县)")
# the levels of the administrative ladder, written bare before a body (旗委, 盟行政公署, 嘎查党支部)
_LEVEL_CHARS = "省市区县镇乡村州盟旗"
_LEVEL_WORDS = ("嘎查", "苏木", "社区", "街道")
# a suffix character followed by one of these starts a word, not a place (区域, 市场, 村民)
_NOT_AFTER_PLACE = set("域场民庄城级内外里间属长帜")
_MUNICIPAL_WORKS = re.compile(r"市政(?![府协法务治])")  # 市政总院, 市政公司 (not 市政府, 市政协, 市政法委)
_COMMITTEE = re.compile(rf"委[{_CJK}]{{2,12}}?(?:委员会|领导小组)")
_DEPARTMENT_END = (
    *("局", "厅", "办公室", "办", "委", "委员会", "部", "中心"),
    *("所", "院", "站", "队", "处", "科", "署", "馆"),
)
_PUBLIC_UNDER_DEPARTMENT = frozenset({"食品安全总监"})
"""Titles that are public posts only in a public department (a company or a school has them too)."""
_COMPANY = re.compile(
    r"公司|集团|股份|企业|台企联|(?<!工商联)(?<!总工会)(?<!工会)会员部|工作室|银行|工厂|厂$|(?<!供销)合作社|研究会"
    r"|(?<![法总])学会(?![议计])|(?<![协总])商会(?!议)"
    r"|车间$"
)
"""Units whose head holds no public post: companies, cooperatives, societies, chambers of commerce and
workshops (供销合作社, 法学会, 总商会 are public bodies; 协商会议 is the CPPCC, 大学会计 a university's)."""


@dataclass(frozen=True, slots=True)
class Title:
    """One title of a stack, parsed (clean-text offsets)."""

    start: int  # where the segment starts (after clause words)
    written_start: int  # where the title as written starts
    end: int
    written: str
    core: str
    tense: str = "current"
    scope: str | None = None  # 中共中央 / 全国 …
    places: tuple[str, ...] = ()
    level: str | None = None  # bare 市 / 区 / 省 …
    body: str | None = None  # generic body as written (委, 人大常委会 …)
    unit: str | None = None  # named department, unit or company
    business: bool = False

    @property
    def department(self) -> bool:
        """True when the unit is a named department (its title drops the name)."""
        return bool(self.unit) and self.unit.endswith(_DEPARTMENT_END) and not self.business


@lexicon.cached
def _tense_markers() -> dict[str, str]:
    return lexicon.table("tense_markers")


@lexicon.cached
def _bodies() -> tuple[str, ...]:
    return tuple(sorted((line.split("\t")[0] for _, line in lexicon.lines("bodies")), key=len, reverse=True))


@lexicon.cached
def business_titles() -> frozenset[str]:
    """Titles of business people (``kg/data/business_titles.txt``)."""
    return lexicon.words("business_titles")


def _place_opens(text: str, i: int) -> bool:
    """Whether a place's name (a river, a lake, a division) starts at ``text[i]``.

    >>> _place_opens("洪湖长江干堤", 2), _place_opens("洞庭湖长沙段", 3), _place_opens("河长孙某某", 1)
    (True, True, False)
    """
    gaz = Gazetteer.load()
    return any(is_place_name_whole(text[i : i + n]) or gaz.lookup(text[i : i + n]) for n in (2, 3))


@lexicon.cached
def core_regex() -> re.Pattern[str]:
    """Any core title (public or business), with an optional 副 / 常务副 / 代."""
    titles = set(lexicon.table("titles")) | business_titles()
    alt = "|".join(  # (河长办, 河长制: the office and the system, no chief)
        re.escape(t) + ("(?![办制])" if t.endswith(CHIEF_CORES) else "") for t in sorted(titles, key=len, reverse=True)
    )
    # a lookahead on the characters a match may open with: the optional 副 / 一级 in front keep re
    # from seeing that set itself, and trying the pattern at every character is ~5x slower
    lead = lexicon.lookahead(["常", "副", "代", *"一二三四", *(t[:1] for t in titles)])
    return re.compile(rf"{lead}(?:常务副|副|代理|代)?(?:[一二三四]级)?(?:{alt})")


@lexicon.cached
def _core_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{core_regex().pattern})$")


_OUTSIDE = frozenset("海境域室场省市县区")  # 外 after these makes a word (海外, 境外 …), not the title 外长

_PARTY_ORGAN_CORES = ("党组", "党委", "党总支", "党支部", "纪检", "机关党委")
_BELOW_COUNTY = ("镇", "乡", "村", "街道", "社区", "高新区", "开发区", "新区", "园区", "经开区", "片区")


_POSTED_TO = re.compile(r"驻[\u4e00-\u9fff]{1,3}$")
_RANK = re.compile(r"(?:正|副)?(?:省部|厅局|县处|乡科|厅|局|处|科|部|县)级")
RANK_TITLE = "级干部"
"""How the cadre ranks of titles.txt end (副县级干部, 正处级干部): a rank written as a title."""


_ZONE_ENDS = ("高新区", "经开区", "开发区", "新区", "园区", "示范区", "保税区", "试验区", "合作区", "工业区")


def _county_or_above(name: str) -> bool:
    """True when ``name`` is the full name of a county-level or higher division (滨海新区, not 某某高新区)."""
    return any(d.name == name and d.level != "town" for d in Gazetteer.load().lookup(name))


_GLUED_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "t", "r", "m"})  # 发布|, 今年|, 本次|


def _place_after_verb(seg: str, lo: int, hi: int) -> int | None:
    """Where a division the gazetteer knows starts in ``seg[lo:hi]`` right after a verb, time word or
    function word that jieba lists, with its committee, government, congress or the title right after it
    (``会议宣布|株洲市委书记`` → 4; not ``派驻|株洲市纪检监察组``), or ``None``.

    >>> _place_after_verb("会议宣布株洲市委书记", 0, 8), _place_after_verb("株洲市委书记", 0, 4)
    (4, None)
    """
    gaz, tags = Gazetteer.load(), word_tags()
    for q in range(lo + 2, hi - 2):
        if tags.get(seg[q - 2 : q]) not in _GLUED_TAGS:
            continue
        m = _PLACE.match(seg, q, hi)
        head = m is not None and m.end() == hi and seg[hi : hi + 1] == m.group()[-1]  # 湘潭市|市长
        if not m or not (head or seg.startswith(_JURISDICTION_BODIES, m.end())):
            continue  # 派驻|株洲市纪检监察组, 建设|株洲市城市开发有限公司: the place opens no jurisdiction's body
        if any(d.name == m.group() for d in gaz.lookup(m.group())):
            return q
    return None


_JURISDICTION_BODIES = ("委", "人民政府", "政府", "人大", "政协", "纪委", "监委")


def _glued_prefix_length(name: str) -> int:
    """Where the division the gazetteer knows starts in ``name``, a place read before a title that the
    gazetteer does not know, when a verb or function word is glued on before it (``发布海南省`` → 2); 0
    when ``name`` is known, no tail of it is, or the rest names a place of its own (``滨江新城区``).

    >>> [_glued_prefix_length(n) for n in ("发布海南省", "今年海南省", "时海南省", "滨江新城区")]
    [2, 2, 1, 0]
    """
    gaz = Gazetteer.load()
    if gaz.lookup(name):
        return 0
    for k in range(1, len(name) - 2):
        if any(d.name == name[k:] for d in gaz.lookup(name[k:])):
            glued = name[:k]
            verb_or_time = word_tags().get(glued[-2:]) in _GLUED_TAGS or glued[-1] in "的在和与及了从向对把被将"
            return k if len(glued) == 1 or verb_or_time else 0
    return 0


_DECIDED_BEFORE_LEVEL = re.compile(r"(?:确定|决定|同意|任命|免去|宣布|提请|提名|表决|通过)$")
"""A verb of a decision that a bare level's title (区科技局局长) follows, read as a place's name when glued to it."""

_CLOCK = frozenset("0123456789:：")
_NO_VILLAGE_BODY = frozenset("局部厅司处办")  # bodies no village has (a village's are 村委会, 村党支部 …)


def _foreign_state_at(seg: str, pos: int, core_at: int) -> int | None:
    """Where a foreign state's name starts inside ``seg[pos:core_at]`` after a word for a state's role (``主宾国|
    匈牙利``, ``东道国|某国``), or ``None`` (no such word: 某县小|黑山自然保护区 is no Montenegro's).

    >>> _foreign_state_at("本届博览会主宾国匈牙利总理", 0, 11), _foreign_state_at("深泽小黑山保护区局长", 0, 8)
    (8, None)
    """
    for named in scan_names(seg[pos:core_at]):
        if named.level == "foreign" and named.start > 0 and seg[pos + named.start - 1] == "国":
            return pos + named.start
        break  # only the first name counts
    return None


def parse_title(text: str, start: int, end: int) -> Title | None:
    """Parse ``text[start:end]`` as one title, or ``None`` when it does not end in a core title.

    >>> parse_title("现任省委书记", 0, 6).written
    '省委书记'
    >>> t = parse_title("东湖县税务局局长", 0, 8)
    >>> (t.written, t.places, t.unit)
    ('东湖县税务局局长', ('东湖县',), '税务局')
    >>> parse_title("大同市左云县县委书记", 0, 10).written, parse_title("阳泉市原市委常委", 0, 8).written
    ('大同市左云县县委书记', '阳泉市原市委常委')
    >>> parse_title("白沙镇党委书记", 0, 7).written
    '党委书记'
    >>> parse_title("华东市政总院党委书记", 0, 10).places, parse_title("华东市政府副秘书长", 0, 9).places
    ((), ('华东市',))
    """
    seg = text[start:end]
    core_m = _core_at_end().search(seg)
    if not core_m:
        return None
    core_at = core_m.start()
    if core_m.group() == "外长" and seg[core_at - 1 : core_at] in _OUTSIDE:
        return None  # 海外|长江学者, 境外|长期: the word 海外, no foreign minister
    if core_m.group().endswith(CHIEF_CORES) and _place_opens(text, end - 1):
        return None  # 洪湖|长江, 洞庭湖|长沙: the 长 opens a place's name, no chief (河长|孙某, 河长|成某: a name)
    lead = _LEAD.match(seg, 0, core_at)
    pos = lead.end() if lead else 0
    if seg.startswith(("我", "本"), pos) and seg[pos + 1 : pos + 2] in _HOME_UNITS and seg[pos + 2] == seg[pos + 1]:
        pos += 2  # 我县|县长, 本市|市长: the home word says whose; the title is written after it
    if (state := _foreign_state_at(seg, pos, core_at)) is not None:
        pos = state  # 本届博览会主宾国|哈萨克斯坦总统: a foreign state's title opens with the state's name
    while pos < core_at and seg[pos] in _CLOCK:
        pos += 1  # 10:35:58|四川某州常委: a time line's digits before a broken line's title
    for k in range(max(0, pos - 4), pos):  # 大同市: 同 ends no clause word inside a division's name
        place = _PLACE.match(seg, k, core_at)
        if place and place.end() > pos and Gazetteer.load().lookup(place.group()):
            pos = k
            break
    term = _TERM.match(seg, pos, core_at)
    if term:
        pos = term.end()  # 十一届四川省政协原主席: the term's number is no part of the title
    tense = "current"
    for marker in sorted(_tense_markers(), key=len, reverse=True):
        k = seg.rfind(marker, pos, core_at)
        if k >= 0 and (len(marker) > 1 or k == pos):
            if len(marker) == 1 and (place := _PLACE.match(seg, k, core_at)) and Gazetteer.load().lookup(place.group()):
                continue  # 原平市委副书记, 原阳县长: 原 opens the division's name, no former post
            pos, tense = k + len(marker), _tense_markers()[marker]
            break
    k = core_at - 1  # a marker between a unit and its title (某会原巡视员)
    if tense == "current" and k > pos and seg[k] in "原前" and seg[k - 1] not in "原前":
        core_at, tense = k, "former"
    written_from = pos
    station = _STATIONED.match(seg, pos) or _STATION.match(seg, pos)
    if station:
        pos = station.end()
        if station.re is _STATION:
            written_from = pos
    scope = None
    country = next((c for c in _COUNTRY_SELF if seg.startswith(c, pos)), "")
    if country and (sm := _SCOPE.match(seg, pos + len(country), core_at)) and sm.end() == core_at:
        pos += len(country)  # 中国国家主席, 中华人民共和国国务院总理: the state's name before a national body
        # (中国国家博物馆副馆长: a unit between, 中国 stays the museum's)
    m = _SCOPE.match(seg, pos, core_at)
    if m:
        scope, pos = m.group(), m.end()
    party_from = None
    if not scope and seg.startswith("中共", pos) and _PLACE.match(seg, pos + 2, core_at):
        party_from, pos = pos, pos + 2  # 中共某市委书记: the party's name in front of its committee's place
    if not _PLACE.match(seg, pos, core_at) and (after := _place_after_verb(seg, pos, core_at)) is not None:
        pos = written_from = after  # 会议宣布|株洲市委书记: a verb glued before a known division
    if seg[pos : pos + 1] in _DEMONSTRATIVES and seg[pos + 1 : pos + 2] in _LEVEL_CHARS and pos + 1 < core_at:
        # 该县|县委书记, 该县|县长: "that county" points back, the bare title is written; 该|市委书记 likewise
        doubled = seg[pos + 2 : pos + 3] == seg[pos + 1] and pos + 2 <= core_at
        pos = written_from = pos + (2 if doubled else 1)
    places: list[str] = []
    places_from = pos
    keep_level = None  # the level character of the last place, kept in the title as written
    while True:
        m = _PLACE.match(seg, pos, core_at)
        if not m and not places and (one := _ONE_CHAR_COUNTY.match(seg, pos, core_at)):
            m = one if Gazetteer.load().lookup(one.group()) else None  # 攸县教育局局长: a county of one character
        if not m or seg[m.end() : m.end() + 1] in _NOT_AFTER_PLACE:
            break
        if _MUNICIPAL_WORKS.match(seg, m.end() - 1) and not Gazetteer.load().lookup(m.group()):
            break  # 某某市政总院党委书记: 市政 (municipal works) opens a firm's name, no city 某某市
        if m.group(1)[0] in _LEVEL_CHARS and not (not places and Gazetteer.load().lookup(m.group())):
            break  # 县委书记: a level, no place (镇远县委副书记: a county named with a level's character)
        if any(c in m.group(1) for c in "的和与及在、"):
            break
        if (
            not places
            and (decided := _DECIDED_BEFORE_LEVEL.search(m.group(1)))
            and not Gazetteer.load().lookup(m.group())
        ):
            pos = written_from = m.start() + decided.end()  # 会议确定|区科技局局长: a decision's verb, a bare level
            break
        if m.group().endswith("同乡") and seg.startswith("会", m.end()):
            break  # 某地同乡会会长: a hometown association, no township 某同乡
        if m.group().endswith(("农村", "乡村")) and seg[m.end() : m.end() + 1] in _NO_VILLAGE_BODY:
            break  # 某市农业农村局, 农业农村部: the words 农村, 乡村 before a bureau name no village
        name = m.group()
        if not places and (cut := _glued_prefix_length(name)):  # 同时|发布海南省: words glued before a known division
            name, places_from = name[cut:], m.start() + cut
        place_end = m.end()
        if len(name) == 3 and name[1] == name[2] and Gazetteer.load().lookup(name[:2]):
            name, place_end = name[:2], place_end - 1  # 温县|县委书记: a county of one character, its level again
        places.append(name)
        pos = place_end
        keep_level = m.group(2) if len(m.group(2)) == 1 else None
        if keep_level and name.endswith(_ZONE_ENDS) and not _county_or_above(name):
            keep_level = None  # 高新区管委会主任: a zone's 区 is no level of the ladder (not 区管委会主任)
        written_from = pos
    if places:  # 阳泉市原市委常委: a tense marker after the place
        for marker in sorted(_tense_markers(), key=len, reverse=True):
            if seg.startswith(marker, pos) and pos + len(marker) < core_at:
                pos, tense = pos + len(marker), _tense_markers()[marker]
                break
    level = None
    repeated = (
        places
        and seg[pos : pos + 1] in _LEVEL_CHARS
        and (seg[pos + 1 : pos + 2] == "委" or (pos + 1 == core_at and seg[pos] == places[-1][-1]))
    )  # 左云县县委书记, 涪陵区区领导: the level written again
    if (not places or repeated) and pos < core_at:  # 左云县县委书记: the level written again
        word = next((w for w in _LEVEL_WORDS if seg.startswith(w, pos) and pos + len(w) <= core_at), None)
        if word is None and seg[pos] in _LEVEL_CHARS:
            word = seg[pos]
        if word:
            level, pos = word, pos + len(word)
    body = None
    committee = _COMMITTEE.match(seg, pos, core_at)
    if committee:
        body, pos = committee.group(), committee.end()
    else:
        for b in _bodies():
            if seg.startswith(b, pos) and pos + len(b) <= core_at:
                body, pos = b, pos + len(b)
                break
    unit = seg[pos:core_at] or None
    if unit in _PARTY_DEPARTMENTS and core_m.group() == "部长" and body in (None, "委"):
        body, unit = f"委{unit}部", None  # 组织部长, 县委宣传部长: the head of the committee's 组织部 (no body "组织")
    elif unit and unit[-2:] in _PARTY_DEPARTMENTS and core_m.group() == "部长" and body is None:
        unit += "部"  # 县总工会组织部长: the union's 组织部 (no body "总工会组织")
    if unit and (_RANK.fullmatch(unit) or (unit == "级" and level)):
        unit = None  # 市政协副厅级领导, 市级领导: a rank or a level's, no unit of the body
    if unit and body and not places and not level:
        unit = None  # 政法委书记: the body alone
    if unit and _POSTED_TO.search(unit):
        unit = None  # 某国驻华大使, 某国驻某地总领事: a post where the state sends its envoy, no body
    core = core_m.group()
    if unit and not level and core[0] in "村镇乡" and not body and len(unit) <= 4:
        places, unit = [*places, unit + core[0]], None  # 白沙村党总支书记: the village is a place
        written_from = core_at
    business = core in business_titles() or bool(unit and _COMPANY.search(unit))
    if core in _PUBLIC_UNDER_DEPARTMENT and not (unit and unit.endswith(_DEPARTMENT_END)):
        business = True  # 某超市食品安全总监: a shop's, not a regulator's (省市场监管局食品安全总监)
    if places and keep_level and not unit and (body or core.endswith(("领导", "负责人"))):
        written_from -= 1  # 芦淞区委 -> 区委, 青川州领导 -> 州领导
    if places and not any(p.endswith(_BELOW_COUNTY) and not _county_or_above(p) for p in places):
        # 大同市左云县县委书记, 四川省政协副秘书长: a title keeps the divisions written in front of
        # it (province, city, county); below them (镇, 村, 高新区) the place names the body instead
        written_from = places_from if party_from is None else party_from
    written_start = start + written_from
    if (cppcc := _CPPCC_WRITTEN.search(seg, 0, core_at)) and cppcc.end() == core_at:
        # 政协某旗第十一届委员会常务委员: the CPPCC of that place, written in full (body 政协, not its 委员会)
        places, body, unit, level = [cppcc.group(1)], "政协", None, None
        written_start = min(written_start, start + cppcc.start())  # 政协第十届某县委员会: the term opens it
    if core == "领导" and unit in _LEADING_GROUPS:
        unit = None  # 县四套班子领导, 市党政领导: the place's leaders as one group, no body named 四套班子
    if core.endswith(RANK_TITLE) and unit:
        # 正处级干部, 在家|县级干部, 市管|县级干部, 全体|县级干部: a rank is no unit's post, what stands before it
        # names no unit (a body or a place written before it stays: 县政协副县级干部)
        department = unit.rstrip("正副").endswith(_DEPARTMENT_END)  # 省公安厅正处级干部: the department's cadre
        if unit != "正" and not body and not places and not department:
            written_start = start + core_at
            level = None
        unit = unit.rstrip("正副") if department else None
    t = Title(start + (lead.end() if lead else 0), written_start, end, text[written_start:end], core, tense,
              scope, tuple(places), level, body, unit, business)  # fmt: skip
    if (
        t.written.startswith(_VILLAGE_BRANCHES)
        and places
        and places[-1].endswith("村")
        and len(places[-1]) >= 2
        and text.endswith(places[-1], 0, t.written_start + 1)
    ):
        # 石桥村党支部书记 → 党支部书记: the village's name ends in the core's 村, as 某镇党委书记 → 党委书记
        t = replace(t, written_start=t.written_start + 1, written=t.written[1:])
    if t.department and core.startswith(_PARTY_ORGAN_CORES):
        # 市科学技术局党组书记 → 党组书记: a department's party group is written bare; its
        # administrative head keeps the department (省文明办主任, 省高级人民法院院长); a tense marker stays (原党组书记)
        ws = start + core_at - (len(body) if body and seg.startswith(body, core_at - len(body)) else 0)
        t = replace(t, written_start=ws, written=text[ws:end])
    if t.written.startswith(_NO_HOLDER_LEAD) or (t.written.endswith("委员") and text.startswith("会", end)):
        return None  # 各位委员, 历届…领导: people in general; 某监察委员|会: a committee's name, no title
    return t


HONOUR_WORDS = ("优秀", "先进", "模范", "杰出", "十佳", "最美")
"""Words of an honour after 全国 (全国优秀县委书记): the honour names no body its holder belongs to."""
_VILLAGE_BRANCHES = ("村党支部", "村党总支", "村党委")  # 石桥村党支部书记: its 村 is the village name's
_NO_HOLDER_LEAD = ("各位", "各级", "全体", "历届", "历任")
_LEADING_GROUPS = frozenset({"四套班子", "四大班子", "党政", "党政班子", "班子"})
"""Words for a place's leaders as one group (县四套班子领导): no body of their own."""


def _after_named_conjunction(text: str, start: int, end: int) -> int | None:
    """Where a segment's titles start when it holds ``…甲和`` (a name, then 和/与/及): right after it."""
    for k in range(end - 2, start + 1, -1):
        if text[k - 1 : k + 2] == "共和国":
            continue  # 某某共和国驻华大使: the 和 of a state's name
        if text[k] in "和与及" and any(k - n >= start and _name_not_word(text[k - n : k]) for n in (3, 2)):
            return k + 1
    return None


def _name_not_word(span: str) -> bool:
    """``span`` reads as a name and is no common word, alone or after a level (县水利|和湖泊局, 区|水利|和湖泊局: a
    field of a body's name after its level; 区 and 水 are surnames too).

    >>> _name_not_word("区水利"), _name_not_word("卫思齐")
    (False, True)
    """
    word = span[1:] if len(span) == 3 and span[0] in _LEVEL_CHARS else span
    return is_name(span) and not (len(word) == 2 and is_word(word, COMMON_WORD))


def title_stack(text: str, end: int) -> list[Title]:
    """The titles stacked (``A、B、C``) before ``end``, left to right.

    A clause of titles only, closed by a comma, heads the same stack (``省政协副主席,某江省级河长甲``: a title
    with no name after it is the next name's).

    >>> [t.core for t in title_stack("省委常委、常务副省长", 10)]
    ['常委', '常务副省长']
    >>> [t.core for t in title_stack("6日,省政协副主席,某江省级河长", 16)]
    ['副主席', '河长']
    """
    out = _stack_in_clause(text, end)
    if out and (bracketed := _across_bracket(text, out[0])) is not None:
        before = (
            _stack_in_clause(text, bracketed.start - 1) if text[bracketed.start - 1 : bracketed.start] == "、" else []
        )
        out = [*before, bracketed, *out[1:]]  # 大会主席团常务(执行)主席: a bracketed alternative inside one title
    first = out
    while out:  # (省委农办主任,省某厅党组书记、厅长,省某局局长甲: each comma-closed clause of titles heads it)
        comma = out[0].start - 1
        if comma < 0 or not _opens_whole(text, out[0]) or text[comma] not in ",，":
            return out
        before = _stack_in_clause(text, comma)
        if not before or before[-1].end != comma:
            return out
        opens = before[0].start == 0 or text[before[0].start - 1] in _CLAUSE_OPENERS
        if not (opens and _opens_whole(text, before[0]) and all(map(_plain, before))):
            return first  # 参加的有乡镇党委书记,乡镇长,…第一书记甲: titles after a verb, a list of groups
        out = [*before, *out]
    return out


def _opens_whole(text: str, t: Title) -> bool:
    """Whether title ``t`` is written from where its segment starts: nothing in front, or only the department and
    its place or level the written title drops (省某厅|党组书记)."""
    lead = text[t.start : t.written_start]
    if not lead:
        return True
    if t.unit is None or not lead.endswith(t.unit):
        return False
    place = "".join(t.places)
    return lead[: len(lead) - len(t.unit)] in ("", t.level or "", place, place + (t.level or ""))


_INNER_ALTERNATIVE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]$")


def _across_bracket(text: str, t: Title) -> Title | None:
    """The title ``t`` read with the words before a short bracketed alternative it follows (``常务(执行)|主席``):
    ``大会主席团常务(执行)主席``, or None when no such bracket stands right before it.

    >>> [x.written for x in title_stack("市委书记、大会主席团常务(执行)主席", 18)]
    ['市委书记', '大会主席团常务(执行)主席']
    """
    bracket = _INNER_ALTERNATIVE.search(text, max(0, t.start - 6), t.start)
    if bracket is None or t.start != t.written_start:
        return None
    if not core_regex().fullmatch(bracket.group()[1:-1] + t.written):
        return None  # 国家杜马(议会下院)|主席: a note on the body, no title's alternative (执行|主席 is one)
    lo = bracket.start()
    while lo > 0 and text[lo - 1] not in _BOUNDARY and text[lo - 1] != "、" and t.end - lo < _MAX_SEGMENT:
        lo -= 1
    if lo == bracket.start():
        return None  # (执行)主席 with nothing before the bracket: no title it qualifies
    whole = parse_title(text, lo, t.end)
    return whole if whole is not None and whole.core == t.core and whole.written.endswith(t.written) else None


_CLAUSE_OPENERS = frozenset("，,。；;：:\n")  # (a clause of titles only opens after one of these)
_PLAIN_UNIT_END = tuple("局厅委办部院会组室处所站队校司行社馆")


def _plain(t: Title) -> bool:
    """A title that is no more than a body and a post: a short unit with a body's ending, no verb in front
    (推选|省政府副省长, 某办有关|负责人 and a name inside a unit are no such title)."""
    if t.unit is not None and (len(t.unit) > 10 or not t.unit.endswith(_PLAIN_UNIT_END)):
        return False
    return not any(word_tags().get(t.written[:k]) in ("v", "vd") for k in (2, 3))


def _stack_in_clause(text: str, end: int) -> list[Title]:
    out: list[Title] = []
    while end > 0:
        start = end
        while True:
            while (
                start > 0
                and text[start - 1] not in _BOUNDARY
                and text[start - 1] != "、"
                and not joiner_length(text, start)
                and end - start < _MAX_SEGMENT
            ):
                start -= 1
            inner = _BRACKET_IN_NAME.search(text, max(0, start - 7), start) if start else None
            if inner is None or inner.end() != start or not _COMPANY.search(text, start, end):
                break
            if not bracketed_in_a_name(inner.group(1)) or start - inner.start() + end - start >= _MAX_SEGMENT:
                break
            start = inner.start()  # 某某实业(集团)有限公司董事长, 某某(重庆)物流股份有限公司董事长: the name goes on
        if after_subtitle_verb(text, start + 1):
            start += 1  # 标题——访某县委书记甲: the subtitle's verb, no part of the title
        joined = _after_named_conjunction(text, start, end)
        if joined is None and text[start : start + 1] in "和及" and _PHOTO_PLACE.search(text, max(0, start - 8), start):
            joined = start + 1  # 县长甲（左）和副县长乙: a caption's place of 甲, then the conjunction
        if joined is not None:  # 省委书记甲和省委副书记乙: 乙's titles start after 甲和
            start = joined
        t = parse_title(text, start, end)
        if t is None or not t.written:
            break
        out.append(t)
        joiner = 1 if start > 0 and text[start - 1] == "、" else joiner_length(text, start)
        if joined is None and joiner and t.start == start:
            end = start - joiner
            continue
        break
    return _former_scope(out[::-1])


def joiner_length(text: str, k: int) -> int:
    """The length of the ``兼`` or ``兼任`` ending at ``k`` that joins two titles one person holds
    (``副市长兼市公安局局长``, ``副市长兼任市公安局局长``), 0 when none: a title ends right before
    it, and no other word is made of it (``兼职``, ``兼并``).

    >>> joiner_length("副市长兼市公安局局长", 4), joiner_length("副市长兼任局长", 5), joiner_length("兼并重组", 1)
    (1, 2, 0)
    """
    for joiner in JOINERS:
        j = k - len(joiner)
        if j >= 0 and text.startswith(joiner, j) and text[k : k + 1] not in _NOT_AFTER_JOINER:
            return len(joiner) if _core_at_end().search(text, max(0, j - _MAX_SEGMENT), j) else 0
    return 0


JOINERS = ("兼任", "兼")
"""What joins two titles one person holds, longest first (副市长兼市公安局局长)."""
_NOT_AFTER_JOINER = frozenset("任职并顾")  # 兼任, 兼职, 兼并, 兼顾: a word, not the joiner 兼


def _former_scope(stack: list[Title]) -> list[Title]:
    """``某省政协原党组成员、副主席``: a 原 in front of a stack's first title makes the titles after it
    former too, unless one writes its own marker (``原…、现任…``)."""
    if not stack or stack[0].tense != "former" or "原" not in stack[0].written[: -len(stack[0].core)]:
        return stack
    out = [stack[0]]
    for t in stack[1:]:
        own = any(t.written.startswith(m) for m in _tense_markers())
        out.append(t if own or t.tense != "current" else replace(t, tense="former"))
    return out
