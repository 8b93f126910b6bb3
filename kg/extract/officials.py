"""Officials: the title grammar's posts for the names written after them.

The person state of one pass (:class:`PersonState`), titles stacked in front of a
name or a list of names (``市委副书记、市长张三``, ``市领导张三、李四``), a name
followed by a national title (``张三总书记``), and the relations every post
gives (``holds_position`` with body, jurisdiction, post, tense; ``member_of``).
:mod:`kg.extract.appointments` and :mod:`kg.extract.bylines` read posts with
the same helpers; :mod:`kg.extract.persons` runs them all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.home import province_of
from kg.extract.name_candidates import word_as_given
from kg.extract.names import (
    CONJUNCTIONS,
    JAPANESE_TITLES,
    headed_name_at,
    is_cjk,
    is_name,
    is_verb_word,
    japanese_name_at,
    listed_name_at,
    name_after_title,
    name_at,
    opens_letter,
    spaced_name_at,
    surname_length,
)
from kg.extract.org_lexicon import CHIEF_CORES
from kg.extract.orgcanon import congress_short, democratic_party_body, without_tense
from kg.extract.person_model import person_spans
from kg.extract.place_lexicon import area_pattern, is_place_name_whole, opens_with_foreign_place
from kg.extract.posts import NATION, ORGAN_TITLE, Post, Setting, normalise_stack
from kg.extract.spans import Reach, SpanSet
from kg.extract.titles import HONOUR_WORDS, RANK_TITLE, core_regex, parse_title, title_stack
from kg.extract.tokens import is_word, word_tags
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, OrgKind, Predicate

CJK = r"\u4e00-\u9fff"
SPACES = " \u3000"
# a government head (副市长) and a body named by a bare level (镇党委): no written body
_HEAD_TITLE = re.compile(r"^(?:常务副|副|代)?[省市区县镇乡州旗盟]长$")
_BARE_LEVELS = (*"省市区县镇乡村州旗盟", "嘎查", "社区", "街道")
# national titles written after the name (张三总书记; 大会主席团: no name before it, 甲主席团结: one)
_AFTER_NAME = re.compile(r"总书记|委员长|副总理|总理|副主席(?!团(?!结))|主席(?!团(?!结))")
_GLUED_FREQ = 1000  # a word this frequent across a name's first character, and in its given name: no name
_AFTER_NAME_BODY = {"总书记": "中共中央", "总理": "国务院", "委员长": "全国人大常委会", "主席": "中华人民共和国"}
_TITLE_END = re.compile(r"[,，;；。、:：\s()（）]|职务|资格(?!审查)|同志")
_CONGRESS = ("代表大会", "人大")

__all__ = [
    "CJK",
    "SPACES",
    "PersonState",
    "appointed",
    "deputies_listed",
    "deputy_of",
    "honorific_titles",
    "name_before",
    "name_then_title",
    "position_relations",
    "read_posts",
    "titled_officials",
]


_TITLED_SURE = 0.95  # the model's confidence a name right after a title needs when no name rule reads one
_WRITTEN_LEVELS = ("省", "市", "县", "区", "镇", "乡", "村", "旗", "盟", "州", "街道")  # a place written with its level


class PersonState:
    """What one pass over a document has found so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken = SpanSet()
        self.spans: list[tuple[int, int, str]] = []  # every person found: (start, end, name)
        self.known: dict[str, dict] = {}  # name -> mention attributes
        self.breaks = doc.joins()
        self.setting = Setting(self.text, doc.home.city, doc.home.province, doc.home.county, doc.home.town)
        self.provinces: dict[str, set[str]] = {}  # name -> the provinces of the posts read for that person so far
        self.orgs = doc.found(EntityType.ORGANIZATION)
        self.org_names = frozenset(m.name for m in self.orgs)
        self.places = doc.found(EntityType.PLACE)
        self._bodies = Reach((m.start, m.end) for m in self.orgs)
        # the international bodies found (欧盟委员会), for one str.startswith per post
        self.international_names = tuple(m.name for m in self.orgs if m.prop("kind") == OrgKind.INTERNATIONAL)
        self._written_places = Reach((m.start, m.end) for m in self.places if m.text.endswith(_WRITTEN_LEVELS))

    def setting_of(self, name: str) -> Setting:
        """The setting a bare title of ``name``'s career is read in: the page's, unless every post read
        for the person so far lies in one other province (甲任中共昆明市委副书记……此前任省某厅厅长 in a
        paper of another province: 甲's 省 is 云南省; his bare 市 then names no city).

        >>> from kg.model import Document
        >>> st = PersonState(Doc.of(Document(id="t.txt", text="石家庄日报讯 会议召开。")))
        >>> st.provinces["甄永年"] = {"云南省"}
        >>> st.setting_of("甄永年").home_province, st.setting_of("甄永年").home_city, st.setting_of("吴弘").home_city
        ('云南省', None, '石家庄市')
        """
        own = self.provinces.get(name, set())
        if len(own) != 1 or own == {self.setting.home_province} or self.setting.home_province is None:
            return self.setting
        if not next(iter(own)).endswith("省"):  # 北京市, 广西壮族自治区: no bare 省 names them
            return self.setting
        return replace(self.setting, home_province=next(iter(own)), home_city=None)

    def free(self, s: int, e: int) -> bool:
        return not self.taken.overlaps(s, e)

    def in_body(self, s: int, e: int) -> bool:
        """True when ``text[s:e]`` overlaps a body already found (全国政协主席: no person 国政协)."""
        o_s, o_e = self.doc.to_original(s, e)
        return self._bodies.overlaps(o_s, o_e)

    def place_across(self, i: int) -> bool:
        """True when a place found, written with its level (镇, 县, 街道 …), runs across clean offset ``i``
        (某县长|乐坪镇: 县长 is no title there; a bare short name, 某市长|沙某某, does not count)."""
        o = self.doc.to_original(i, i)[0]
        return self._written_places.overlaps(o, o)  # a place starting before o and ending after it

    def opens_body(self, s: int, e: int) -> bool:
        """True when a body found starts at ``s`` and runs past ``e`` (某某|公司总经理: no name)."""
        o_s, o_e = self.doc.to_original(s, e)
        return any(m.start == o_s and m.end > o_e for m in self.orgs)

    def is_body(self, s: int, e: int) -> bool:
        """True when a body found is exactly ``[s, e)`` (``区科委``: the surname 区 and a body's name)."""
        o_s, o_e = self.doc.to_original(s, e)
        return any(m.start == o_s and m.end == o_e for m in self.orgs)

    def model_name_at(self, pos: int) -> int:
        """Length of the name the learned tagger is sure starts at ``pos`` (right after a title), 0 when none.

        The title says a name follows; a name the rules cannot read (a Thai or Burmese name in
        characters that transliterate little: ``总理|猜立瓦``) is the model's when it is sure of it and
        it is no place. Only the window at ``pos`` is tagged (its sentence found by bisection, the
        page's words tokenised once).
        """
        text = self.text
        if pos >= len(text) or not is_cjk(text[pos]):
            return 0  # 市委书记、|市长: punctuation, no name (and no tagging)
        for s, e, conf in person_spans(text, [pos]):
            if s == pos and conf >= _TITLED_SURE and e - s >= 2 and not Gazetteer.load().lookup(text[s:e]):
                return e - s
        return 0

    def person(self, s: int, e: int, **attrs) -> Mention:
        self.taken.add(s, e)
        name = "".join(self.text[s:e].split())
        self.spans.append((s, e, name))
        if attrs.get("official") or name not in self.known:
            self.known[name] = attrs
        return self.doc.mention(s, e, EntityType.PERSON, name, **attrs)


# --- officials ---------------------------------------------------------------


def _names_after(st: PersonState, pos: int) -> list[tuple[int, int]]:
    """The names (``A、B、C``) starting at ``pos``, after optional spaces.

    The list runs as long as its items are names joined by ``、``; an item the
    name rules do not read is still taken when the list goes on after it.
    """
    text = st.text
    if remark := _TITLE_REMARK.match(text, pos):
        pos = remark.end()  # 某经开区党工委书记(兼)甲: a remark on how the post is held, then the name
    after_space = False
    while pos < len(text) and text[pos] in SPACES:
        pos, after_space = pos + 1, True
    found: list[tuple[int, int]] = []
    while pos < len(text):
        if after_space:
            n = name_at(text, pos, st.breaks, True)
            n = n or spaced_name_at(text, pos, st.breaks) or headed_name_at(text, pos, st.breaks)
        else:
            n = _japanese_reading(text, pos, name_after_title(text, pos, st.breaks))
            n = n or st.model_name_at(pos) or _comrade_name(text, pos)
            if n <= 2 and opens_letter(text, pos):
                n = 0  # 某某主席|贺信: the leader's letter, whichever reading took it for a name
        if found:
            listed = listed_name_at(text, pos)
            if not n or (listed > n and text[pos + listed : pos + listed + 1] == "、"):
                n = listed  # 甲、刘冬让、乙: an item closed by 、 is a name whole
        if (
            not n
            or (not found and _COUNTED.match(text, pos + n) is not None)  # 委员应到128名: a verb then a count
            or _is_division(text[pos : pos + n])
            or (text[pos] in CONJUNCTIONS and _division_after_and(text, pos, n))  # 甲书记和|新田县委书记
            or _body_before_title(text, pos, n, bool(found))  # 甲、农科院院长乙; 局长和|农科院…
            or (found and is_place_name_whole(text[pos : pos + n]) and not _closed_item(text, pos + n))
            or (found and area_pattern().match(text, pos + n) is not None)  # 甲、向塘|开发区党工委书记乙: a zone
            or (found and (_title_ahead(text, pos) or st.opens_body(pos, pos + n)))
            or (found and _is_division(text[pos : pos + n + 1]) and _post_ahead(text, pos))  # 甲、周至|县委书记乙
            or (found and st.is_body(pos, pos + n) and _title_at(text, pos + n))
        ):
            break  # 县委书记甲、某区委书记乙 / 甲、原一级巡视员乙 / 甲、某公司总经理乙 / 甲、区科委主任乙: a title
            # (甲、俄罗斯某边区政府副主席乙: a state's name opens the next one's title; 甲、柏林、乙: a name)
        if not found and text[pos] == "任" and (_post_ahead(text, pos + 1) or _GROUP_ROLE.match(text, pos + 1)):
            break  # 由县委书记任设区市党委常委, 各乡镇党委书记任成员: 任 is the verb, a post or a role follows
        if not found and text[pos] == "兼" and not surname_length(text, pos):
            break  # 某集团执行董事兼某公司总经理: 兼 joins two posts, no name starts with it
        found.append((pos, pos + n))
        after = pos + n
        if (remark := _LISTED_REMARK.match(text, after)) is not None:
            after = remark.end()  # 甲、乙(县委副书记)、丙: a remark on one name, the list goes on after it
        if text[after : after + 1] != "、":
            break
        pos, after_space = after + 1, False
    return found


_LISTED_REMARK = re.compile(r"[(（][^()（）、，,。；;\n]{1,12}[)）](?=、)")


_TITLE_REMARK = re.compile(r"[(（](?:兼|兼任|兼职|挂职|主持工作)[)）]")  # (兼), (挂职): how a post is held


_BODY_END = frozenset("院局委办厅部所校站协")
"""Characters that end a body's short name (农科院, 经合局): a list item ending in one before a title is a body."""
_BODY_THEN_DEPUTY = frozenset(c + "副" for c in _BODY_END)


def _body_before_title(text: str, pos: int, n: int, listed: bool) -> bool:
    """Whether the name read at ``text[pos:pos + n]`` is a body's short name: a list's later item ending in a
    body's character with a title right after it (甲、农科院|院长乙), or a conjunction opening a body's name
    (局长和|农科院: the body's characters after 和).

    >>> _body_before_title("甲、农科院院长乙", 2, 3, True), _body_before_title("局长和农科院乙", 2, 3, False)
    (True, True)
    >>> _body_before_title("甲、王华院长", 2, 2, True), _body_before_title("甲、县台办副调研员乙", 2, 4, True)
    (False, True)
    """
    if listed and text[pos + n - 1] in _BODY_END and core_regex().match(text, pos + n):
        return True
    if listed and n >= 3 and text[pos + n - 2 : pos + n] in _BODY_THEN_DEPUTY and core_regex().match(text, pos + n):
        return True  # 甲、县台办副|调研员乙: a body's short name and the 副 of the title after it
    return text[pos] in CONJUNCTIONS and text[pos + n : pos + n + 1] in _BODY_END


def _division_after_and(text: str, pos: int, n: int) -> bool:
    """Whether the name ``text[pos:pos + n]`` opening with a conjunction (和, 与 …) is the conjunction and a
    division: the name's rest is one (和|攸县), or is one with the character after it (和|新田县)."""
    return _is_division(text[pos + 1 : pos + n]) or _is_division(text[pos + 1 : pos + n + 1])


def _closed_item(text: str, end: int) -> bool:
    """Whether a list's item ends at ``end`` (a list mark, a clause's punctuation or the text's end)."""
    return end >= len(text) or text[end] in "、，,。；;：:）)"


_COMRADE = re.compile(r"[\u4e00-\u9fff]{2,3}(?=同志)")
_COUNTED = re.compile(r"\d+[名人]")  # (not a date, 甲12日讲话, nor a time, 甲3个月来走访)


def _comrade_name(text: str, pos: int) -> int:
    """``党组书记千立恒同志``: two or three characters between a title and ``同志`` are a name, whatever the
    surname (a rare one the name rules do not read), unless they are a word.

    >>> _comrade_name("千立恒同志逝世", 0), _comrade_name("各位同志", 0), _comrade_name("老同志", 0)
    (3, 0, 0)
    """
    m = _COMRADE.match(text, pos)
    if m is None or m.group()[0] in "各诸全老青女男好的和与及等该本此这那":
        return 0
    if is_word(m.group()) and word_tags().get(m.group(), "") not in ("nr", "nrfg", "nrt", "i", "l"):
        return 0  # a word, unless the dictionary knows it as a name (or an idiom-like run)
    if len(m.group()) == 3 and is_word(m.group()[:2]) and word_tags().get(m.group()[:2], "")[:2] != "nr":
        return 0  # 看望老同志: a verb and 老同志, no name
    return m.end() - pos


_JAPAN_BEFORE = 14  # 日本 this close before a name: the title between is a Japanese post (日本驻华大使)


def _japanese_reading(text: str, pos: int, n: int) -> int:
    """``n``, or the longer Japanese name at ``pos`` when a Japanese post's title stands right
    before it (``日本首相田中一郎``: not the Chinese reading ``田中一``): ``日本``, then a title and
    nothing else (not ``中国驻日本大使…``, not ``在日本访问的副市长…``).

    >>> text = "日本首相田中一郎访华。"
    >>> _japanese_reading(text, 4, 3), _japanese_reading("中国驻日本大使卫思齐专程出席", 7, 3)
    (4, 3)
    """
    k = text.rfind("日本", max(0, pos - _JAPAN_BEFORE), pos)
    if k < 0 or text[k - 1 : k] == "驻":
        return n
    title = text[k + 2 : pos]
    if not title.endswith(JAPANESE_TITLES) or any(not is_cjk(c) or c in "的在和与" for c in title):
        return n
    return max(n, japanese_name_at(text, pos))


def _title_from(text: str, pos: int, width: int, stops: str):  # -> Title | None
    """The title written from ``pos`` up to the first core within ``width`` characters, none of ``stops`` between."""
    m = core_regex().search(text, pos, min(len(text), pos + width))
    if m is None or any(c in stops for c in text[pos : m.start()]):
        return None
    return parse_title(text, pos, m.end())


def _title_at(text: str, pos: int) -> bool:
    """True when a title starts right at ``pos`` (``区科委|主任乙``).

    >>> _title_at("区科委主任乙进行宣讲", 3), _title_at("区科委进行宣讲", 3)
    (True, False)
    """
    t = _title_from(text, pos, 8, "、，,。；;：: ")
    return t is not None and t.start == pos


def _title_ahead(text: str, pos: int) -> bool:
    """True when a title with a tense marker is written from ``pos`` (``原一级巡视员乙``): no name there."""
    t = _title_from(text, pos, 12, "、，,。；;：: ")
    return t is not None and t.start == pos and t.tense != "current"


# a role in a leading group or a grid (领导小组的副组长, 成员; 网格长), written bare after 任
_GROUP_ROLE = re.compile(
    r"(?:(?:常务|执行|第一)?副?(?:组长|网格长|指挥长|总指挥|召集人)|成员|组员|联络员)(?=[，,。；;、]|$)"
)


def _post_ahead(text: str, pos: int) -> bool:
    """True when a whole title is written from ``pos`` up to the next punctuation (``设区市党委常委``)."""
    t = _title_from(text, pos, 16, "、，,。；;：: 的")
    return t is not None and t.written_start == pos


def _is_division(word: str) -> bool:
    """True when ``word`` is a division's name written with its level (``阳泉市``, ``广灵县``)."""
    return word.endswith(tuple("省市县区州旗盟镇乡")) and bool(Gazetteer.load().lookup(word))


@lexicon.cached
def _referring() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("referring_bodies"), key=len, reverse=True))


@lexicon.cached
def _events() -> tuple[str, ...]:
    return tuple(lexicon.words("meeting_heads"))


_UNNAMED_GROUPS = frozenset({"工作队", "工作组", "考察团", "代表团", "调研组", "督导组", "检查组", "项目部"})


def _named_body(body: str | None) -> bool:
    """True when ``body`` names a body: not a reference (``该公司``, ``相关部门``) nor an event (``X工作推进会``).

    >>> [_named_body(b) for b in ("该公司", "相关部门", "全市文明创建工作推进会", "州人民代表大会", "县交通运输局")]
    [False, False, False, True, True]
    >>> _named_body("以"), _named_body("和田地区行署")  # 以董事长某某为团长: one character is no body
    (False, True)
    """
    if not body or len(body) < 2 or body.startswith(_referring()) or body.endswith("级") or body in _UNNAMED_GROUPS:
        return False  # (某江省级|河长: a level, no body; 工作队队长: a group the text does not name)
    return body.endswith(_CONGRESS) or not body.endswith(_events())  # a congress is a standing body


def _written_body(p: Post) -> bool:
    """True when the text names the body the holder is a member of.

    A body only implied by a core title is no membership: the centre's
    (``总书记`` → 中共中央), a government implied by its head (``副市长``)
    and a bare body with no name (``镇党委``, ``村委会``).
    Written bodies count: ``芦淞区委副书记``, ``市人大常委会主任``,
    ``市政府秘书长``, ``水利局局长``, ``东村党支部书记``, a national body's unit (``国务院国资委主任``).
    """
    t, body = p.title, p.organization
    if not _named_body(body) or p.kind == "generic" or (p.jurisdiction == NATION and not (t.body or t.unit)):
        return False
    implied = _HEAD_TITLE.match(t.core) or (not t.unit and body.startswith(_BARE_LEVELS))
    return bool(t.body or not implied)


def position_relations(
    st: PersonState, ref: EntityRef, posts: list[Post], name_end: int, continued: Post | None = None
) -> Iterator[Relation]:
    doc = st.doc
    named: dict[str, str] = {}  # 盟发改委党组书记、副主任: the second title's body is the first's, as named
    for p in posts:
        t = p.title
        if province := _province_of_place(p.jurisdiction):
            st.provinces.setdefault(ref.name, set()).add(province)
        chief = t.core.endswith(CHIEF_CORES)  # 某江省级河长, 县委书记、总河长: a chief of a river, of no body
        abroad = not chief and _abroad(st, p.body, t.written)
        yield doc.relation(
            ref,
            Predicate.HOLDS_POSITION,
            doc.as_published(t.written_start, t.end, t.written),  # (a traditional page's title as it is written)
            t.written_start,
            name_end,
            body=None if chief else p.body,
            jurisdiction=p.jurisdiction,
            post=t.written if chief else p.post,
            tense=t.tense,
            city=None if p.jurisdiction == NATION or abroad else st.setting.home_city,
        )
        if chief:
            continue
        listed = continued is not None and p.body == continued.body and _written_body(continued)
        # 市长 → 市人民政府 when the page names that government: membership of a body the page states
        named_on_page = p.organization in st.org_names and p.jurisdiction != NATION
        if t.scope in ("全国", "国家") and t.written.startswith(HONOUR_WORDS):
            continue  # 全国优秀县委书记: an honour, no body (中共中国委) the holder belongs to
        if _written_body(p) or listed or (named_on_page and _named_body(p.organization)):
            name = named.get(p.organization) or _member_body(st, p)
            named.setdefault(p.organization, name)
            if _fragment(name):
                continue  # 宣传, 党组, 委: a piece of a title, no body a reader could name
            if "主席团" in name:
                continue  # 大会主席团常务主席: the session's presidium, an organ of the meeting, not a body one joins
            if abroad and not name.endswith(_BODY_ENDS):
                continue  # 日本经济产业大臣: a foreign minister's field, no body's name (经济产业省)
            org = EntityRef(EntityType.ORGANIZATION, name)
            span = _body_span(st, t) or _organ_span(st, t, name)
            if span is not None:  # 市委常委: the body written in the title is a mention of it
                yield doc.mention(span[0], span[1], EntityType.ORGANIZATION, name)
            yield doc.relation(ref, Predicate.MEMBER_OF, org, t.written_start, name_end)


@functools.lru_cache(maxsize=1 << 12)
def _province_of_place(place: str | None) -> str | None:
    """The province a place the gazetteer knows lies in, when its name is unambiguous (``昆明市`` → ``云南省``).

    >>> _province_of_place("昆明市"), _province_of_place("中国"), _province_of_place(None)
    ('云南省', None, None)
    """
    found = {province_of(d) for d in Gazetteer.load().lookup(place)} if place else set()
    return found.pop() if len(found) == 1 else None


def _abroad(st: PersonState, body: str | None, written: str = "") -> bool:
    """Whether a post's body is a foreign state's or an international one (美国国务院, 欧盟委员会驻华代表团),
    or its title as ``written`` opens with a foreign state (德国驻华大使: no body is read from an envoy's
    title): its holder's post is no post of the page's home city.

    >>> from kg.model import Document
    >>> from kg.extract.base import Doc
    >>> _abroad(PersonState(Doc.of(Document(id="t", text=""))), "美国国务院")
    True
    """
    if written and (opens_with_foreign_place(written) or written in foreign_heads()):
        return True
    if not body:
        return False
    if opens_with_foreign_place(body):
        return True
    return body.startswith(st.international_names)


@lexicon.cached
def foreign_head_at() -> re.Pattern[str]:
    """A foreign head's title (:func:`foreign_heads`) that is no office's or spouse's word (总统府, 首相夫人).

    >>> bool(foreign_head_at().match("总统访华")), bool(foreign_head_at().match("总统府发言人"))
    (True, False)
    """
    return re.compile(f"(?:{lexicon.alternation(foreign_heads()).pattern})(?![府办夫官套])")


def foreign_head_posts(st: PersonState, ref: EntityRef, start: int, end: int) -> Iterator[Relation]:
    """The post a foreign head's title ``text[start:end]`` written after a name gives its holder (某某|总统)."""
    title = parse_title(st.text, start, end)
    if title is not None:
        yield from position_relations(st, ref, normalise_stack([title], st.setting), end)


@lexicon.cached
def foreign_heads() -> frozenset[str]:
    """Titles only a foreign state's heads and ministers hold (``kg/data/foreign_head_titles.txt``), which news
    writes after a name too (某某总统访华).

    >>> "总统" in foreign_heads(), "县长" in foreign_heads()
    (True, False)
    """
    return lexicon.words("foreign_head_titles")


_BODY_ENDS = tuple("部院省厅局委会署府处团社馆")
"""Last characters of a body's name (外交部, 国务院, 经济产业省 …)."""


def _fragment(name: str) -> bool:
    """True for a body name too short to stand alone: two characters or fewer that are no level's
    committee or a named committee (县委, 工委 are bodies; 宣传, 党组, 委 are not).

    >>> _fragment("宣传"), _fragment("县委"), _fragment("中共县委")
    (True, False, False)
    """
    if name.startswith("委") and len(name) > 1:
        return True  # 委宣传部: a department of a committee whose level no title named
    return len(name) <= 2 and not (len(name) == 2 and (name[0] in "省市县区州旗盟镇乡村" or name in _SHORT_BODIES))


_SHORT_BODIES = frozenset({"党委", "工委", "管委", "纪委", "团委", "政协", "人大"})


_TERM = re.compile(r"第[一二三四五六七八九十\d]+届")
_TENSE_LEAD = re.compile(r"^(?:原|时任|现任|前任|前|新任|拟任|曾任)")


_KINDS_OF_UNIT = frozenset(
    {"学校", "机关", "园区", "单位", "企业", "公司", "部门", "系统", "医院", "学院", "街道", "社区"}
)
"""Words for a kind of unit, not its name (学校党委书记: some school's; 新区党工委 in a 新区's paper is named)."""


def _named_department(unit: str) -> bool:
    """True for a unit named by its field or its own name (``民政局``, ``发改局``, ``红十字会``), not by its
    kind (``办公室``, ``考察团``, ``理事会``: some body's office, delegation or board).

    >>> _named_department("民政局"), _named_department("办公室"), _named_department("考察团")
    (True, False, False)
    """
    return len(unit) >= 3 and unit not in _KINDS_OF_UNIT and unit not in _GENERIC_UNITS


_GENERIC_UNITS = frozenset(
    {
        "办公室",
        "办公厅",
        "办事处",
        "考察团",
        "代表团",
        "理事会",
        "董事会",
        "监事会",
        "委员会",
        "常委会",
        "工作组",
        "领导小组",
        "工作队",
        "服务中心",
        "宣讲团",
        "指挥部",
        "秘书处",
        "医疗队",
        "志愿服务队",
    }
)


def _body_span(st: PersonState, t) -> tuple[int, int] | None:
    """The span of the body written in front of a title's core (``句容市委``书记), when no organisation
    the organisation component found covers it; ``None`` for a title with no body of its own."""
    organ = ORGAN_TITLE.match(t.core)
    if not t.written.endswith(t.core) or _found_body(st, t.start, t.end):
        return None
    if not (t.body or organ) and t.unit:  # 民政局局长: a department written bare in front of the core
        prefix = t.written[: len(t.written) - len(t.core)]
        if not prefix.endswith(t.unit) or not _named_department(t.unit):
            return None
        end = t.written_start + len(prefix)
        return end - len(t.unit), end
    if not (t.body or (organ and t.unit)):
        return None
    prefix = t.written[: len(t.written) - len(t.core)]
    lead = _TENSE_LEAD.match(prefix)
    start = t.written_start + (lead.end() if lead else 0)
    end = t.written_start + len(prefix)
    if not t.body:  # 某某开发区党工委书记: the organ the core title names, after its unit
        unit = st.text[start:end]
        if not organ or len(unit) < 2 or unit in _KINDS_OF_UNIT:
            return None  # 学校党委, 机关党委, 园区党工委: a kind of unit, no body's name
        return start, end + len(organ.group(1))
    body = st.text[start:end]
    if len(body) < 2 or not body.endswith((t.body, *((t.unit,) if t.unit else ()))):
        return None
    return start, end


_ORGANS = ("党工委", "党组", "党委")


def _organ_span(st: PersonState, t, name: str) -> tuple[int, int] | None:
    """The span of a body's party organ written in a title (``市人大常委会党组``副书记, ``某大学党委``书记) when the
    holder is its member (``name`` ends in the organ) and the organisations found only the body in front of it;
    ``None`` otherwise.

    >>> from kg.extract.base import Doc
    >>> from kg.model import Document
    >>> from kg.extract.titles import parse_title
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="市人大常委会党组副书记甄永年")))
    >>> t = parse_title(st.text, 0, 11)
    >>> _organ_span(st, t, "青山市人大常委会党组"), _organ_span(st, t, "青山市人大常委会")
    ((0, 8), None)
    """
    organ = next((o for o in _ORGANS if name.endswith(o)), None)
    k = t.written.rfind(organ) if organ else -1
    if k <= 0:
        return None
    lead = _TENSE_LEAD.match(t.written)
    start = t.written_start + (lead.end() if lead else 0)
    end = t.written_start + k + len(organ)  # type: ignore[arg-type]
    if end - start <= len(organ) or st.text[start : end - len(organ)] in _KINDS_OF_UNIT:  # type: ignore[arg-type]
        return None  # (学校党委, 机关党委: a kind of unit, no body's name)
    o_s, o_e = st.doc.to_original(start, end)
    if any(m.start <= o_s and o_e <= m.end and m.name.endswith(organ) for m in st.orgs):  # type: ignore[arg-type]
        return None  # 某镇某某联村党委: the organisations read the organ already, with its place
    return start, end


def _member_body(st: PersonState, p: Post) -> str:
    """The body a title's holder is a member of (a standing committee as titles name it: 某区人大常委会)."""
    return congress_short(_written_member_body(st, p))


def _written_member_body(st: PersonState, p: Post) -> str:
    """The body a title's holder is a member of, named as the organisation component names it.

    The organisation found inside the title replaces the post's body when the post
    could not place it (``州监察委员会副主任`` with no known 州: ``监察委员会``) or when it
    names another body (``市委办公室主任``: the office, not ``市委``). A found name that only
    writes the same body with more places in front keeps the post's spelling.
    """
    found = _found_body(st, p.title.start, p.title.end)
    t = p.title
    if p.jurisdiction == NATION and not t.body and t.scope and t.unit and p.organization == t.unit:
        whole = t.scope + t.unit  # 国务院国资委主任, 国家发展改革委主任: the scope names the body too
        return found if found and not (len(found) < len(whole) and whole.startswith(found)) else whole
    if democratic_party_body(p.organization) and (not found or found.startswith("中共")):
        return without_tense(p.organization)  # 民进某市委主委: the party's committee, no 中共某市委
    if not found:
        return without_tense(_TERM.sub("", p.organization))  # 省第十三届人大常委会 is 省人大常委会
    if found == p.organization or p.organization.startswith(found):
        return without_tense(p.organization)  # an office under the found body (州人大常委会法制工作委员会)
    if p.jurisdiction is None:
        return without_tense(found)
    if found == "中共" + p.organization:
        return without_tense(found)  # one body written with and without 中共: the name with it (中共某省委宣传部)
    same = found.removeprefix("中共").endswith(p.organization.removeprefix("中共"))
    return without_tense(p.organization if same else found)


def _found_body(st: PersonState, s: int, e: int) -> str | None:
    """The canonical name the organisation component gave the body written in the title ``[s, e)``.

    The longest organisation mention inside the title wins (``州人大法制委员会主任``
    → the committee, not ``州人大``); ``None`` when the component found none there.
    """
    o_s, o_e = st.doc.to_original(s, e)
    inside = [m for m in st.orgs if o_s <= m.start and m.end <= o_e and m.prop("kind") != "media"]
    return max(inside, key=lambda m: (m.end - m.start, -m.start)).name if inside else None


_APPOINTED_AFTER = re.compile(r"(?:同志)?为(?![了何])")
# a title, 是, then its holders (担任大会执行主席的有:甲、乙、丙: 的有 too; 就座的市领导还有甲、乙、丙: 有, 还有)
_COPULA_LIST = re.compile(r"(?:分别)?是[:：]?|分别为[:：]?|为[:：]|的(?:有|是)[:：]?|还?有[:：]?")
_HONOUR_BEFORE = re.compile(r"优秀|先进|模范|最美|获奖|表彰")  # words of an honour, not of a post, before a title
_CHANGED_BEFORE = re.compile(r"不再|未|曾|拟|原|免去|辞去|提拔|提名|推荐")  # 不再担任某职的有:甲、乙: no post held now


def titled_officials(st: PersonState) -> Iterator[Mention | Relation]:
    text = st.text
    last: tuple[int, Post] | None = None  # where the last list of officials ended, and its post
    for m in core_regex().finditer(text):
        if m.group().endswith("主席") and text.startswith(("席就座", "席就坐", "席位", "席上"), m.end()):
            continue  # 在主席台执行主席席就座: the chairs' seats, no title before a name (主席席某: a name)
        names = _names_after(st, m.end())
        if not names and (copula := _COPULA_LIST.match(text, m.end())) is not None:
            names = _names_after(st, copula.end())  # 本次大会的执行主席是:甲、乙、丙
            honour = _HONOUR_BEFORE.search(text, max(0, m.start() - 16), m.start())  # 获奖的某县优秀村党支部书记是
            changed = copula.group().startswith("的") and _CHANGED_BEFORE.search(
                text, max(0, m.start() - 16), m.start()
            )
            names = names if len(names) >= 2 and honour is None and not changed else []
        stack = None
        if not names and text.startswith("的", m.end()):  # 时任县委书记的甲: a former title, 的, one name
            stack = title_stack(text, m.end())
            names = _names_after(st, m.end() + 1)[:1] if stack and stack[0].tense != "current" else []
        if not names and text.startswith("委托", m.end()) and (held := _entrusting(st, m.end())) is not None:
            last = (m.end() + 2, held)  # 受市人大常委会主任委托,副主任甲主持: the deputies sit on the head's body
            continue
        if not names or st.place_across(m.end()):
            continue  # 某某县长乐坪镇, 某市长阳县: a place's name runs on over the "title"
        stack = stack or title_stack(text, m.end())
        if stack:
            stack = _after_named_person(st, stack, m.end())
        if not stack or stack[-1].end != m.end():
            continue
        last_t = stack[-1]
        if last_t.core.endswith(("领导", "负责人")) and not (
            last_t.level or last_t.places or (last_t.unit and not is_verb_word(last_t.unit[-2:]))
        ):
            continue  # a bare 领导 is not a title, nor 强化领导 (a verb before it)
        if last_t.core.endswith(RANK_TITLE) and not _named_after_rank(text, names[-1][1]):
            continue  # 县级干部包保重点项目, 厅级干部任前公示: a rank then a verb, no name
        # a public title makes an official even beside a company post (政协委员、某公司董事长)
        # (项目负责人、某公司总经理 stays a business person: a generic title alone is no public post)
        # 州人大常委会副主任甲、乙,秘书长丙: a bare title continuing a list is the same body's
        cont = last[1] if last and _continues(text, last, stack) else None
        posts = normalise_stack(stack, st.setting, cont)
        public = [p for p in posts if not p.title.business]
        if len(public) < len(posts) and all(p.title.core.endswith(("领导", "负责人")) for p in public):
            public = []
        if len(names) == 1 and _APPOINTED_AFTER.match(text, names[0][1]):
            # 任命县委副书记甲同志为X: 任命 governs 为X; the title before the name is held now
            public = [
                replace(p, title=replace(p.title, tense="current")) if p.title.tense == "appointed" else p
                for p in public
            ]
        official = bool(public)
        last = (names[-1][1], public[-1]) if public else None
        if last and cont is not None and not (stack[-1].body or stack[-1].unit or stack[-1].places or stack[-1].level):
            last = (last[0], cont)  # 副主任甲主持,副主任乙、丙出席: a bare deputy carries the written head's body on
        for s, e in names:
            if not st.free(s, e):
                continue
            attrs = {"official": True} if official else {"official": False, "role": "business"}
            yield st.person(s, e, **attrs)
            ref = EntityRef(EntityType.PERSON, "".join(text[s:e].split()))
            yield from position_relations(st, ref, public, e, cont)
            for p in posts:
                if p.title.business and _named_body(p.body):
                    org = EntityRef(EntityType.ORGANIZATION, p.body)
                    yield st.doc.relation(ref, Predicate.MEMBER_OF, org, p.title.written_start, e)


_AFTER_RANKED_NAME = (
    "参加",
    "出席",
    "陪同",
    "参与",
    "主持",
    "一行",
    "同志",
    "说",
    "介绍",
    "讲话",
    "带队",
    "分别",
    "等",
    "升任",  # 某厅正处级干部甲升任…: a move to another post
    "转任",
    "调任",
    "拟任",
)


def _named_after_rank(text: str, end: int) -> bool:
    """Whether the names read after a rank title end at a boundary or before a verb of taking part (副县级干部
    甲参加活动), as a list of cadres does; a rank's words run on into a verb phrase otherwise (县级干部包保…)."""
    return end >= len(text) or not is_cjk(text[end]) or text.startswith(_AFTER_RANKED_NAME, end)


def _entrusting(st: PersonState, end: int) -> Post | None:
    """The public post of the title ending at ``end`` before ``委托`` (``受市人大常委会主任委托``), or None."""
    k = st.text.rfind("受", max(0, end - 30), end)  # the title starts after 受
    stack = [_shifted(t, k + 1) for t in title_stack(st.text[k + 1 : end], end - k - 1)] if k >= 0 else []
    if not stack or stack[-1].end != end or stack[0].start != k + 1:
        return None
    public = [p for p in normalise_stack(stack, st.setting) if not p.title.business]
    return public[-1] if public else None


def _after_named_person(st: PersonState, stack: list, end: int) -> list:
    """``stack`` cut to what follows a person already found inside it, and the verb after that person.

    ``市长甲慰问省交通厅厅长乙``: 乙's title is ``省交通厅厅长``, not a phrase running back over 甲.
    """
    first = stack[0].written_start
    cut = max((b for a, b, _ in st.spans if first < b <= end and a >= first - 4), default=None)
    if cut is None:
        return stack
    text = st.text
    if is_verb_word(text[cut : cut + 2]):
        cut += 2
    elif verb := _VERB_AFTER_PERSON.match(text, cut):
        cut = verb.end()  # 县长甲委托副县长乙, 甲率副县长乙: verbs the dictionary does not read as one
    return [_shifted(t, cut) for t in title_stack(text[cut:end], end - cut)]


_VERB_AFTER_PERSON = re.compile(r"委托|委派|指派|率|携")


def _base(core: str) -> str:
    return core.removeprefix("常务").removeprefix("副")


def _continues(text: str, last: tuple[int, Post], stack: list) -> bool:
    """True when ``stack`` continues the body of the last listed post: right after its list
    (``州政协副主席甲、乙,秘书长丙``), or a bare deputy of the same head in the next sentence
    (``市人大常委会主任甲主持会议。副主任乙、丙出席``)."""
    gap = text[last[0] : stack[0].start]
    if gap in (",", "，"):
        return True
    return len(gap) <= 40 and gap.count("。") + gap.count("；") <= 1 and deputy_of(stack, last[1])


def deputy_of(stack: list, post: Post) -> bool:
    """True when ``stack`` is one bare deputy title of ``post``'s head (``副主任`` after
    ``市人大常委会主任``): the deputy sits on the same body."""
    t, prev = stack[0], post.title
    return (
        len(stack) == 1
        and not (t.body or t.unit or t.places or t.level or t.scope)
        and t.core.startswith("副")
        and _base(t.core) == _base(prev.core)
        and bool(prev.body or prev.unit)
    )


def name_before(st: PersonState, pos: int) -> int | None:
    """The start of a name that ends at ``pos`` (a known name first, else a plausible one)."""
    text = st.text
    for n in (3, 2, 4):
        s = pos - n
        word = text[max(0, s) : pos]
        if len(word) != n:
            continue
        if word in st.known or is_name(word):
            return s
        # an item of a list (、王振华、): the list says it is a name the name rules do not read
        if text[s - 1 : s] == "、" and surname_length(text, s) and listed_name_at(text[:pos] + "、", s) == n:
            return s
    return None


def _shifted(t, by: int):
    """A title read from a slice of the text, in the text's offsets."""
    return replace(t, start=t.start + by, written_start=t.written_start + by, end=t.end + by)


def appointed(
    st: PersonState,
    s: int,
    e: int,
    title_at: int,
    tense: str | None,
    end: int | None = None,
    carried: Post | None = None,
):
    """The person ``text[s:e]`` and the title written from ``title_at``; returns where the title ends.

    ``carried`` is the post written just before in the same list (``选举甲为某某人大常委会主任;乙为副主任``).
    """
    read = read_posts(st, title_at, tense, end, carried)
    if read is None:
        return None
    posts, end = read
    if st.free(s, e):
        yield st.person(s, e, official=True)
    ref = EntityRef(EntityType.PERSON, "".join(st.text[s:e].split()))
    yield from position_relations(st, ref, posts, end)
    return end


def read_posts(
    st: PersonState, title_at: int, tense: str | None, end: int | None = None, carried: Post | None = None
) -> tuple[list[Post], int] | None:
    """The public posts of the title stack written from ``title_at``, and where it ends."""
    text = st.text
    if end is None:
        stop = _TITLE_END.search(text, title_at, min(len(text), title_at + 40))
        end = stop.start() if stop else None
        while end is not None and text.startswith("、", end):  # 副省长、代理省长: the stack goes on
            nxt = _TITLE_END.search(text, end + 1, min(len(text), end + 41))
            nxt_end = nxt.start() - (nxt.group() == "职务" and text[nxt.start() - 1] == "的") if nxt else 0
            t = parse_title(text, end + 1, nxt_end) if nxt else None  # 免去甲X、Y的职务: Y ends before 的
            if t is None or t.start != end + 1 or not t.written:
                break  # 甲为X、乙为Y: the next item is another person's
            end = nxt_end
    # the stack read from the title's start: 甲同志任X、Y is not clipped by what stands before 任
    stack = [_shifted(t, title_at) for t in title_stack(text[title_at:end], end - title_at)] if end else []
    if not stack:
        return None
    posts = normalise_stack(stack, st.setting, carried if carried and deputy_of(stack, carried) else None)
    posts = [replace(p, title=replace(p.title, tense=tense or p.title.tense)) for p in posts if not p.title.business]
    return (posts, end) if posts else None


_HONORIFIC = re.compile(r"(?:书记|省长|市长|州长|县长|区长|旗长|镇长|乡长)(?=的讲话|的重要讲话|强调|指出|要求|讲话)")


_DEPUTIES_LISTED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=带领)|(?<=率领)|(?<=组织)|(?<=邀请)|(?<=其中)|(?<=[和与及]))"
    r"((?:[\u4e00-\u9fff]{2,4}、){1,40}[\u4e00-\u9fff]{2,4})等"
    r"((?:全国|[省市县区州])?(?:人大代表|政协委员|党代表))(?!候选|联络|会|团|工作)"
)


def deputies_listed(st: PersonState) -> Iterator[Mention | Relation]:
    """``甲、乙、丙等省人大代表参加会议``: names listed before 等 and a deputy's title each hold that title.

    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="甄永年、卫思齐等省人大代表参加会议。")))
    >>> [m.name for m in deputies_listed(st) if isinstance(m, Mention)]
    ['甄永年', '卫思齐']
    """
    text = st.text
    if "代表" not in text and "委员" not in text:
        return
    for m in _DEPUTIES_LISTED.finditer(text):
        names, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            names.append((pos, pos + len(item)))
            pos += len(item) + 1
        if not all(is_name(text[a:b]) and not text[a:b].endswith(("家", "村", "乡", "镇")) for a, b in names):
            continue  # a list of things, places or households (张家、李家), not of people
        title = parse_title(text, m.start(2), m.end(2))
        if title is None:
            continue
        posts = normalise_stack([title], st.setting, None)
        for a, b in names:
            if not st.free(a, b):
                continue
            yield st.person(a, b, official=True)
            yield from position_relations(st, EntityRef(EntityType.PERSON, text[a:b]), posts, m.end(2))


def honorific_titles(st: PersonState) -> Iterator[Mention | Relation]:
    """``甲书记的讲话``, ``甲县长强调``: a full name with a bare head title after it, as a speech is
    credited; the title as written, its body and place left open (the text names neither)."""
    text = st.text
    for m in _HONORIFIC.finditer(text):
        s = m.start() - 3 if m.start() >= 3 and is_name(text[m.start() - 3 : m.start()]) else m.start() - 2
        if (
            s < 0
            or not is_name(text[s : m.start()])
            or (s > 0 and is_cjk(text[s - 1]) and text[s - 1] not in "，,。的")
        ):
            continue
        if not st.free(s, m.start()) or st.in_body(s, m.start()):
            continue
        title = parse_title(text, m.start(), m.end())
        if title is None:
            continue
        yield st.person(s, m.start(), official=True)
        ref = EntityRef(EntityType.PERSON, text[s : m.start()])
        yield from position_relations(st, ref, [Post(title, None, None, None, m.group())], m.end())


_COMMITTEE_NAME_TITLE = re.compile(
    r"(?P<body>(?:省|市|县|区|州|旗|盟)委)(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<core>副书记|书记)"
    r"(?=的|在|强调|指出|要求|讲话|说|主持|出席|带队|率|对|批示|调研|考察|视察|一行|莅临|来|到|、|，|,|。)"
)


def committee_name_titles(st: PersonState) -> Iterator[Mention | Relation]:
    """``省委甲书记的讲话``, ``市委甲副书记强调``: a committee, a name, then its secretary's title (the name
    written inside the title): the person holds the committee's post (省委书记).

    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="会议传达了市委甄永年书记的讲话精神。")))
    >>> [(r.subject.name, r.object) for r in committee_name_titles(st) if isinstance(r, Relation)][:1]
    [('甄永年', '市委书记')]
    """
    text = st.text
    for m in _COMMITTEE_NAME_TITLE.finditer(text):
        s, e = m.span("name")
        if (
            not is_name(text[s:e])
            or not st.free(s, e)
            or (
                m.start() > 0
                and is_cjk(text[m.start() - 1])
                and text[m.start() - 1] not in "了的和与及在是由对向把将获受经请据随"
            )
        ):
            continue  # (a body's name runs on before the committee: 某市委, read by the title grammar)
        written = m.group("body") + m.group("core")
        title = parse_title(written, 0, len(written))
        if title is None:
            continue
        posts = [p for p in normalise_stack([_shifted(title, m.start())], st.setting) if not p.title.business]
        if not posts:
            continue
        yield st.person(s, e, official=True)
        yield from position_relations(st, EntityRef(EntityType.PERSON, text[s:e]), posts, m.end())


_BODY_WORD_FREQ = 10000  # a given name this common a word (政府, 主席, 人民) is that word, no name
_COMMON_NOUN_TAGS = frozenset({"n", "v", "vn", "a", "an"})


_BODY_TAILS = ("政协", "人大", "党委", "政府", "纪委", "监委", "党组")


_COUNTED_HOLDERS = re.compile(r"等?[\d一二两三四五六七八九十]{1,3}(?:名|位)|等(?=委员|代表|同志)")  # 甲、乙等委员
_VERB_AFTER_COUNT = ("任", "拟任", "担任", "当选", "同志", "为")
_AFTER_COUNTED_TITLE = frozenset("，,、。；;：:分作在参出就围")  # (…委员,分别…; …委员作了发言; …委员围绕)


_GROUP_LEADERS = re.compile(r"等((?:[省市县区州旗盟]|自治区|自治州)领导)(?![\u4e00-\u9fff]{0,2}(?:班子|干部|小组))")


def leaders_after_officials(st: PersonState) -> Iterator[Relation]:
    """``县长甲,县人大常委会主任乙,县委常委、统战部长丙等县领导陪同``: the officials the clause lists before
    ``等县领导`` are each one of the county's leaders too.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "县委副书记、县长甄永年,县人大常委会主任闵思远等县领导陪同。"
    >>> sorted((r.subject.name, r.object) for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "holds_position" and r.object == "县领导")
    [('甄永年', '县领导'), ('闵思远', '县领导')]
    """
    text = st.text
    ends = {e for _s, e, _n in st.spans}
    for m in _GROUP_LEADERS.finditer(text) if "领导" in text else ():
        if m.start() not in ends:
            continue  # (…等县领导: the group closes a list of names)
        title = parse_title(text, m.start(1), m.end(1))
        posts = normalise_stack([title], st.setting) if title is not None else []
        if not posts:
            continue
        for name in dict.fromkeys(_titled_chain(st, m.start())):
            yield from position_relations(st, EntityRef(EntityType.PERSON, name), posts, m.start())


def _titled_chain(st: PersonState, end: int) -> list[str]:
    """The officials written one after another before ``end`` (``县长甲,县人大常委会主任乙,县委常委、统战部长丙``):
    from the name ending at ``end`` back while a separator and titles alone stand between two names (no verb: 卫某
    在县委书记甲…陪同下, 卫某深入我县调研,县委书记甲… end it)."""
    text = st.text
    spans = sorted((s, e, n) for s, e, n in st.spans if e <= end)
    chain: list[str] = []
    at = end
    while spans and spans[-1][1] == at and st.known.get(spans[-1][2], {}).get("official"):
        s, _e, name = spans.pop()
        chain.append(name)
        while spans and spans[-1][1] > s:
            spans.pop()  # (a shorter reading of the same name)
        if not spans:
            break
        gap = text[spans[-1][1] : s]
        titles = gap.lstrip("，,、 ").split("、") if gap[:1] in "，,、" else None
        if titles is None or not all(t == "" or parse_title(t, 0, len(t)) is not None for t in titles):
            break
        at = spans[-1][1]
    return chain


def counted_title_after_names(st: PersonState) -> Iterator[Relation]:
    """``甲、乙、丙3名县政协委员``: the names listed before a count of people and a title each hold the title.

    Runs after the other readers: the names are those already found, written one after another with ``、``
    (or ``和``) and the count right after the last of them.

    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="会上,卫思齐、闵思远2名县政协委员作了发言。")))
    >>> _ = [st.person(3, 6, official=False), st.person(7, 10, official=False)]
    >>> held = [r for r in counted_title_after_names(st) if r.predicate is Predicate.HOLDS_POSITION]
    >>> sorted((r.subject.name, r.object) for r in held)
    [('卫思齐', '县政协委员'), ('闵思远', '县政协委员')]
    """
    text = st.text
    ends = {e: (s, e, n) for s, e, n in st.spans}
    for m in _COUNTED_HOLDERS.finditer(text):
        if m.start() not in ends or text.startswith(_VERB_AFTER_COUNT, m.end()):
            continue  # (甲、乙2位任某职: a verb of appointment, read by the appointment readers)
        title = None
        for k in range(m.end() + 2, min(len(text), m.end() + 16) + 1):  # the title ends at a clause's end or verb
            if k < len(text) and text[k] not in _AFTER_COUNTED_TITLE:
                continue
            title = parse_title(text, m.end(), k)
            if title is not None and title.written_start == m.end():
                break
            title = None
        if title is None:
            continue
        posts = [p for p in normalise_stack([title], st.setting) if not p.title.business]
        if not posts:
            continue
        names, at = [], m.start()
        while at in ends:
            s, _e, name = ends[at]
            names.append(name)
            at = s - 1
            if text[at : at + 1] not in ("、", "和"):
                break
        for name in reversed(names):
            yield from position_relations(st, EntityRef(EntityType.PERSON, name), posts, m.start())


def name_then_title(st: PersonState) -> Iterator[Mention | Relation]:
    text = st.text
    for m in _AFTER_NAME.finditer(text):
        for n in (3, 2, 4):
            s = m.start() - n
            if s < 0 or not st.free(s, m.start()):
                continue
            boundary = s == 0 or not is_cjk(text[s - 1]) or text[s - 1] in "的和与及在、"
            glued = s > 0 and is_cjk(text[s - 1]) and text[s] in "和与及"  # 领导和大会主席: 和 joins
            glued = (
                glued
                or (  # 中|国国家|主席: both ends of the three characters are common words with their neighbours
                    n == 3
                    and not boundary
                    and is_word(text[s - 1 : s + 1], _GLUED_FREQ)
                    and is_word(text[s + 1 : s + 3], _GLUED_FREQ)
                )
            )
            word = text[s : m.start()]
            # 边|区政府|副主席: 区 is mostly a word's character, 政府 a common noun (not 长江, a place)
            common = n == 3 and word_as_given(word, 1, _BODY_WORD_FREQ, _COMMON_NOUN_TAGS)
            common = common or word.endswith(_BODY_TAILS)  # 区|政协|主席: a division's body, no surname 区
            if is_name(word) and (boundary or n == 3) and not glued and not common and not st.in_body(s, m.start()):
                break
        else:
            continue
        yield st.person(s, m.start(), official=True)
        ref = EntityRef(EntityType.PERSON, text[s : m.start()])
        title = parse_title(text, m.start(), m.end())
        if title is None:
            continue
        body = _AFTER_NAME_BODY.get(m.group().lstrip("副"))
        post = Post(title, NATION, body, "party", f"{body}{m.group()}")
        yield from position_relations(st, ref, [post], m.end())
