"""Persons: officials with their posts, and people who are not officials.

Officials come from the title grammar (:mod:`kg.extract.titles`): stacked
titles in front of a name (``市委副书记、市长张三``), a title shared by a list
of names (``市领导张三、李四参加``), a name followed by a national title
(``张三总书记``), a speaker line (``讲述人:…局长 张三``) or an author note
that states a post (``(作者系…主任)``). Each title becomes one
``holds_position`` relation whose props carry the normalised ``body``,
``jurisdiction``, ``post`` (:mod:`kg.extract.posts`), ``tense`` and
``date``, plus a ``member_of`` relation to the body.

Bylines and mastheads (``记者/张三``, ``责任编辑:李四``, ``王五/摄``), column
authors, business people (``董事长``) and quoted figures (``X说过``,
``X·Y说``) are persons with ``official: false`` and a ``role``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> from kg.vocab import Predicate
>>> doc = Doc.of(Document(id="t.txt", text="常德日报讯 市委副书记、市长张三丰出席会议。"))
>>> rels = [r for r in extract_persons(doc) if getattr(r, "predicate", None) == Predicate.HOLDS_POSITION]
>>> [(r.object, r.prop("post")) for r in rels]
[('市委副书记', '中共常德市委副书记'), ('市长', '常德市市长')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Iterator

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.appointments import (
    acting_posts,
    appointment_clauses,
    assigned_lists,
    bracketed_titles,
    careers,
    counted_appointees,
    elected_lists,
    leader_lists,
    respective_lists,
    resume_lines,
)
from kg.extract.base import Doc
from kg.extract.bylines import authors, bylines, standalone_names
from kg.extract.name_candidates import (
    FUNCTION_CHARS,
    foreign_names,
    japanese_names,
    often_given,
    scored_model_names,
    tagged_names,
)
from kg.extract.names import (
    COMMON_WORD,
    inner_other,
    is_cjk,
    is_name,
    is_transliteration,
    listed_name_at,
    name_at,
    opens_letter,
    surname_length,
)
from kg.extract.officials import (
    CJK,
    PersonState,
    committee_name_titles,
    counted_title_after_names,
    deputies_listed,
    foreign_head_at,
    foreign_head_posts,
    honorific_titles,
    leaders_after_officials,
    name_then_title,
    titled_officials,
)
from kg.extract.spans import Reach, SpanSet, occurrences
from kg.extract.titles import core_regex
from kg.extract.tokens import Token, is_word, tokenize_before
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, PlaceLevel, Predicate

DOTTED_NAME = re.compile(rf"[{CJK}]{{1,6}}·[{CJK}]{{1,6}}")


def extract_persons(doc: Doc) -> Iterator[Mention | Relation]:
    """Officials (title grammar) and other persons (bylines, authors, business, quoted)."""
    st = PersonState(doc)
    yield from bylines(st)
    yield from authors(st)
    yield from titled_officials(st)
    yield from appointment_clauses(st)
    yield from elected_lists(st)
    yield from leader_lists(st)
    yield from assigned_lists(st)
    yield from respective_lists(st)
    yield from counted_appointees(st)
    yield from careers(st)
    yield from resume_lines(st)
    yield from bracketed_titles(st)
    yield from name_then_title(st)
    yield from committee_name_titles(st)
    yield from acting_posts(st)
    yield from deputies_listed(st)
    yield from honorific_titles(st)
    yield from standalone_names(st)
    yield from _foreign(st)
    yield from _quoted(st)
    yield from _tagged(st)
    yield from _listed_attendees(st)
    yield from _modelled(st)
    yield from _list_mates(st)
    yield from _known_again(st)
    yield from counted_title_after_names(st)
    yield from leaders_after_officials(st)
    yield from _of_body(st)


@lexicon.cached
def _speech() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("speech_verbs").items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _speech_starts() -> re.Pattern[str]:
    """Every position where a speech verb starts (zero-width, so overlapping starts all match)."""
    return re.compile("(?=" + "|".join(re.escape(v) for v, _ in _speech()) + ")")


def _quoted(st: PersonState) -> Iterator[Mention]:
    """Names jieba tags as persons, or ``X·Y`` names, followed by a speech verb (``说``, ``有言``);
    a transliterated one with the character jieba cuts off before it (:func:`_joined_openers`)."""
    text = st.text
    for m in DOTTED_NAME.finditer(text) if "·" in text else ():  # (no scan of a page with no dot)
        role = _speech_role(text, m.end())
        if role and st.free(*m.span()):
            yield st.person(m.start(), m.end(), official=False, role="historical")
    # a candidate token ends where a speech verb starts: only those tokens (and the one before each) are read
    ends = [m.start() for m in _speech_starts().finditer(text)]
    roles = {p: r for p in ends if (r := _role_after_name(text, p))}
    through_adverb = set()
    for p, r in list(roles.items()):  # 甲进一步指出, 甲也说: an adverb between the name and its verb
        for adverb in _SPEECH_ADVERBS:
            if p >= len(adverb) and text.startswith(adverb, p - len(adverb)) and p - len(adverb) not in roles:
                roles[p - len(adverb)] = r
                through_adverb.add(p - len(adverb))
    for tok in _joined_openers(text, tokenize_before(text, roles)):
        if tok.pos not in ("nr", "nrt", "nrfg") or not 2 <= len(tok.word) <= 5 or not st.free(tok.start, tok.end):
            continue
        if tok.word in st.known or any(tok.word in k and k in text[tok.start - 2 : tok.end + 2] for k in st.known):
            continue
        role = roles.get(tok.end)
        if not role or any(_places_at(st, tok.start, tok.end)):
            continue  # 张家界还说: a place the page found speaks through its people
        if tok.end in through_adverb and is_word(tok.word, COMMON_WORD):
            continue  # 华为也表示: a word as common as this is no name read past an adverb
        if tok.pos == "nr" and not is_name(tok.word) and role != "historical":
            continue
        if tok.word[1:] in ("老", "总", "工"):
            continue  # 胡老说, 王总说: a surname and a form of address, no name
        yield st.person(tok.start, tok.end, official=False, role=role if role == "historical" else "other")


def _places_at(st: PersonState, start: int, end: int) -> Iterator[Mention]:
    """The page's place mentions of exactly ``text[start:end]`` (clean offsets): a name the gazetteer also
    lists (周宁) is a person where no place was read there."""
    span = st.doc.to_original(start, end)
    return (m for m in st.doc.mentions if m.type is EntityType.PLACE and (m.start, m.end) == span)


def _joined_openers(text: str, tokens: Iterable[Token]) -> Iterator[Token]:
    """``tokens``, a transliterated name (``nrt``) joined to the one transliteration character
    standing alone before it when nothing a name may hold stands before that (``哈|卡卡说``:
    ``哈卡卡``), and a two-character name (``nr``) joined to the one-character surname jieba cut
    off before it when the three read as one name (``研究室甄|高盛认为``: ``甄高盛``)."""
    prev = None
    for tok in tokens:
        if (
            prev is not None
            and tok.pos == "nrt"
            and prev.end == tok.start
            and len(prev.word) == 1
            and is_transliteration(prev.word)
            and (prev.start == 0 or not is_cjk(text[prev.start - 1]) or text[prev.start - 1] in _FUNCTION_CHARS)
        ):
            tok = Token(prev.start, tok.end, prev.word + tok.word, "nrt")
        elif (
            prev is not None
            and tok.pos == "nr"
            and len(tok.word) == 2
            and prev.end == tok.start
            and prev.pos == "nr"
            and len(prev.word) == 1
            and surname_length(prev.word, 0) == 1
            and is_name(prev.word + tok.word)
        ):
            tok = Token(prev.start, tok.end, prev.word + tok.word, "nr")
        yield tok
        prev = tok


_SPEECH_ADVERBS = ("进一步", "首先", "再次", "随后", "接着", "当即", "一再", "也", "还", "又", "则", "曾")
_FUNCTION_CHARS = frozenset("的了是在和与及等也都就对向将并把被让给从到于")

_REPORT_AT = re.compile(r"在[^。，,]{2,20}?上的(?:报告|讲话)")


def _role_after_name(text: str, pos: int) -> str | None:
    """The speech role of a name ending at ``pos``; a bare ``在`` counts only as ``甲在X会上的报告``.

    >>> _role_after_name("甲在全县大会上的讲话", 1), _role_after_name("甲在会场", 1)
    ('quoted', None)
    """
    role = _speech_role(text, pos)
    if role == "quoted" and text.startswith("在", pos) and not _REPORT_AT.match(text, pos):
        return None
    return role


def _speech_role(text: str, pos: int) -> str | None:
    for verb, role in _speech():
        if text.startswith(verb, pos):
            return role
    return None


def _foreign(st: PersonState) -> Iterator[Mention]:
    """Transliterated foreign names beside a title or a speech verb (:func:`.name_candidates.foreign_names`),
    Japanese names after a Japanese title (:func:`.name_candidates.japanese_names`) and names the
    dictionary lists before a foreign head's title (:func:`_listed_before_head`); a name a foreign head's
    title follows (某某总统访华) holds that title."""
    foreign = list(foreign_names(st.text))
    headed = [(s, e) for s, e in foreign if foreign_head_at().match(st.text, e)]
    for s, e in dict.fromkeys([*headed, *_listed_before_head(st.text)]):  # (a whole dotted name first)
        named = list(_untitled(st, [(s, e)], official=True))
        yield from named
        if named and (head := foreign_head_at().match(st.text, e)):  # 某某总统访华: the title after the name
            yield from foreign_head_posts(st, EntityRef(EntityType.PERSON, named[0].name), e, head.end())
    yield from _untitled(st, [x for x in foreign if x not in headed])
    yield from _untitled(st, japanese_names(st.text))


def _listed_before_head(text: str) -> Iterator[tuple[int, int]]:
    """Names the dictionary tags as persons (``nr``, ``nrt``) right before a foreign head's title, no
    place (``费雷拉议长``: the name's first character is a common word's, so no
    transliteration run opens there).

    >>> [text[s:e] for text in ["费雷拉议长抵达机场。"] for s, e in _listed_before_head(text)]
    ['费雷拉']
    """
    heads = {m.start() for m in foreign_head_at().finditer(text)}
    if not heads:
        return
    for tok in tokenize_before(text, heads):
        if (
            tok.end in heads
            and tok.pos in ("nr", "nrt")
            and 2 <= len(tok.word) <= 6
            and not inner_other(text, tok.start - 1)  # 费|卡尔多亲王: a character before may open the name
            and not is_word(tok.word, COMMON_WORD)  # 明星, 白领: jieba lists common words as names too
            and not any(is_word(text[tok.end : tok.end + k]) for k in (3, 4))  # 总统套房
            and not Gazetteer.load().lookup(tok.word)
        ):
            yield tok.start, tok.end


def _tagged(st: PersonState) -> Iterator[Mention]:
    """Names with no title, byline or speech verb beside them (:mod:`kg.extract.name_candidates`)."""
    yield from _untitled(st, tagged_names(st.text))


def _modelled(st: PersonState) -> Iterator[Mention]:
    """Names the learned tagger is sure of, with no cue beside them (:func:`.name_candidates.model_names`)."""
    found = SpanSet((m.start, m.end) for m in st.doc.mentions if m.type is not EntityType.PERSON)

    def taken(i: int) -> bool:
        return not st.free(i, i + 1) or found.overlaps(*st.doc.to_original(i, i + 1))

    named = list(scored_model_names(st.text, taken=taken))
    given = {(s, e) for s, e, conf in named if conf >= _GIVEN_PLACE_SURE and _surname_then_place(st, s, e)}
    yield from _untitled(st, [(s, e) for s, e, _ in named], given)


_GIVEN_PLACE_SURE = 0.95  # the model's confidence a name needs to take a bare place's name as its given name


def _surname_then_place(st: PersonState, s: int, e: int) -> bool:
    """``text[s:e]`` is a surname character and a place written bare as its given name (张|银川).

    A city's or county's short name is a common given name; a name the model is sure of that
    holds one whole, behind a character that is no function word (于|长春), is the name.
    """
    if e - s != 3 or st.text[s] in FUNCTION_CHARS:
        return False
    return any(m.name != m.text for m in _places_at(st, s + 1, e))


def _untitled(
    st: PersonState, spans: Iterable[tuple[int, int]], given: Container[tuple[int, int]] = (), official: bool = False
) -> Iterator[Mention]:
    """Persons for ``spans`` not already taken and not inside a place, body or project already found
    (but the spans ``given``, whose given name is a place written bare: :func:`_surname_then_place`);
    ``official`` when a title follows each (a foreign head's, :func:`_foreign`)."""
    # China's name is a given name too (甄中国), and so is a place written with one character (王美|方): a
    # name may hold it, and the place then goes (kg.extract)
    taken = [
        (m.start, m.end)
        for m in st.doc.mentions
        if m.type is not EntityType.PERSON
        and not (m.type is EntityType.PLACE and (m.prop("level") == PlaceLevel.COUNTRY or m.end - m.start == 1))
    ]
    reach = Reach(taken)
    for s, e in spans:
        if e - s == 3 and st.text[s] == "由" and _BY_WHOM.match(st.text, e) and surname_length(st.text, s + 1):
            s += 1  # 会议由|甲某主持: 由 the preposition, the name after it
        if not st.free(s, e) or _crosses_known(st, s, e) or _VILLAGE_NEXT.match(st.text, e):
            continue
        if _place_list_item(st.text, s, e) or (e - s <= 2 and opens_letter(st.text, s)):
            continue  # (某某主席贺信: a leader's letter, a word the tagger may take for a name)
        if e - s == 3 and st.text[s] in _FUNCTION_SURNAMES and is_word(st.text[s + 1 : e], COMMON_WORD):
            continue  # 企业家和|嘉宾, 同|向|发力: a conjunction or preposition before a common word, no surname
        if e - s == 3 and (core := core_regex().fullmatch(st.text, s + 1, e)) is not None and len(core.group()) == 2:
            continue  # 李镇长, 王书记: a surname and a title, how the page calls someone, no name
        o_s, o_e = st.doc.to_original(s, e)
        if (s, e) in given:
            o_given = st.doc.to_original(s + 1, e)
            if any(a < o_e and o_s < b and (a, b) != o_given for a, b in taken):
                continue
        elif reach.overlaps(o_s, o_e):
            continue
        name = "".join(st.text[s:e].split())
        yield st.person(s, e, **st.known.get(name, {"official": official}))


_FUNCTION_SURNAMES = frozenset("和与同向对")  # surnames that are mostly a conjunction or a preposition
_H = "[\u4e00-\u9fff]"
_PLACE_LIST_TAIL = re.compile(
    rf"(?:、{_H}{{1,6}}?)*(?:和{_H}{{1,6}}?)?(?:(?:等|这|这些)[\d一二两三四五六七八九十几多]*个?|[\d一二两三四五六七八九十几多]+个)"
    r"(?:行政|自然|贫困|重点|中心|示范|创建|传统)?(?>村庄|村落|村|社区|乡镇|镇|乡|街道|景区|景点|小区|片区)"
    r"(?![干民委支书主长两组级务规领党政企人里集居医村贤讲保网工妇团])"
)
"""The rest of a ``、`` list, then what its items are (``、丙等多个村``, ``、丁这几个贫困村``, ``7个创建乡镇``)."""
_TOPONYM_ENDS = frozenset("村渡庄寨屯湾坪沟坝港塘洼岗坡垭堡营店铺滩峪垸圩埠堰墩苑镇乡")
"""Last characters of villages' and hamlets' names that a list of them may share (梅源渡、柳月渡、枫林渡)."""


def _place_list_item(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, a name no cue vouches for, is an item of a ``、`` list that names places: the
    list is followed by what its items are (``甲、乙、丙等多个村``, ``…这几个贫困村``, ``…7个创建乡镇``), or
    three of its items end in the same character (``梅源渡、柳月渡、枫林渡和花溪渡``).

    >>> _place_list_item("推进上涌、南水、新明等多个村改项目", 5, 7)
    True
    >>> _place_list_item("梅源渡、柳月渡、枫林渡和花溪渡", 4, 7)
    True
    >>> _place_list_item("卫强、闵思远、冉秋菊到会指导", 3, 6), _place_list_item("村民甲、卫思齐等村干部", 4, 7)
    (False, False)
    >>> _place_list_item("卫思齐对闵中华、冉秋菊对孔中华、钱思远对严中华", 4, 7)
    False
    >>> _place_list_item("卫中华、闵中华、严中华出席", 4, 7), _place_list_item("卫思齐、闵思远等乡镇干部", 4, 7)
    (False, False)
    """
    if text[s - 1 : s] != "、" and text[e : e + 1] != "、":
        return False
    if _PLACE_LIST_TAIL.match(text, e):
        return True
    lo = hi = s
    if text[e - 1] not in _TOPONYM_ENDS and often_given(text[e - 1]):
        return False  # 甲伟、乙伟、丙伟: people may share a given name's last character (亲商、安商、富商 no)
    while lo > 0 and s - lo < 120 and (text[lo - 1] == "、" or "\u4e00" <= text[lo - 1] <= "\u9fff"):
        lo -= 1
    while hi < len(text) and hi - s < 120 and (text[hi] == "、" or "\u4e00" <= text[hi] <= "\u9fff"):
        hi += 1
    marks = [k for k in range(lo + 1, hi) if text[k] in "、和"]
    if any(b - a > 6 for a, b in itertools.pairwise(marks)):
        return False  # 甲对乙、丙对丁: the list's items are no single names
    return sum(text[k] == text[e - 1] for k in [k - 1 for k in marks] + [hi - 1]) >= 3


_BY_WHOM = re.compile(r"主持|负责|带队|牵头|担任|宣读|介绍|陪同|致辞|讲话|作(?:报告|讲话|说明)")
"""Verbs after ``由`` and a name: who does it (会议由甲某主持), with 由 the preposition, not a surname."""
_VILLAGE_NEXT = re.compile(r"[村寨屯](?=[，,。、；;：:\s]|$)")
"""A village's suffix closing a name no cue vouches for, then a boundary: a village (在王家坝村，), no person
(王小明村头, 王小明村支书: the name stands)."""


def _crosses_known(st: PersonState, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` cuts through a name already found on the page (吴弘叶|志春 in a headline
    ``吴弘叶志春率…``, when the page names 市委书记吴弘 and 市长叶志春), or lies inside one written there
    again (甄|桑珠 when the page names 乡党委书记甄桑珠): the page's own names win."""
    text = st.text
    for name in st.known:
        if len(name) < 3:
            continue  # a two-character name may be the end of a longer one (李明|华强 in 李明华强调)
        k = text.find(name, max(0, s - len(name) + 1), e + len(name) - 1)
        while k >= 0 and k < e:
            if k < e and s < k + len(name) and (k, k + len(name)) != (s, e):
                return True
            k = text.find(name, k + 1, e + len(name) - 1)
    return False


_LIST_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){1,60}")


def _list_mates(st: PersonState) -> Iterator[Mention]:
    """The other items of a list two of whose items end in a person found already (某市甲、乙、丙、丁等4人, 教师甲、乙):
    each is a name too when the list rules read it as one (:func:`~kg.extract.names.listed_name_at`: two to
    four characters, a surname, no dictionary word); the first item's name ends it after a word (我市|甲).

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> text = "我市甄永年、闵思远、卫中华、冉秋菊等4人榜上有名。"
    >>> [m.name for m in extract(Document(id="t.txt", text=text)).mentions if m.type.value == "Person"]
    ['甄永年', '闵思远', '卫中华', '冉秋菊']
    """
    text = st.text
    ends = {e for _s, e, _n in st.spans}
    spans: list[tuple[int, int]] = []
    for run in _LIST_RUN.finditer(text):
        if _OF_PLACES.search(run.group()):
            continue  # 甲、乙、罗坪、杨湾等村负责人: a list of villages and of people, no names to add
        items = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", run.group())]
        items = [(run.start() + a, run.start() + b) for a, b in items]
        people = _PEOPLE_AFTER_LIST.match(text, items[-1][0] + 2) or _PEOPLE_AFTER_LIST.match(text, items[-1][0] + 3)
        needed = 1 if people else 2  # 甲、乙、丙等委员: the list says it names people; one name found will do
        if sum(_names_a_person(st, ends, a, b, k == len(items) - 1) for k, (a, b) in enumerate(items)) < needed:
            continue
        for k, (a, b) in enumerate(items):
            if k == 0:
                name = _first_item_name(text, a, b)
            else:
                n = listed_name_at(text, a)
                ends_in_word = k == len(items) - 1 and is_word(text[a + n - 1 : a + n + 1])  # 乙身为…: 乙|身为
                ends_in_word = ends_in_word and not (people and people.start() == a + n)  # 甲中|等委员: the list's 等
                name = (a, a + n) if n and surname_length(text, a) and not ends_in_word else None
            if name is not None and name[1] not in ends and not Gazetteer.load().lookup(text[name[0] : name[1]]):
                spans.append(name)  # (宁乡, 浏阳: a division's short name is no one's)
    yield from _untitled(st, spans)


def _first_item_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The name a list's first item ``[a, b)`` ends in: the item whole when the list opens the clause (a
    surname and at most two characters, no word), else a name of three or two characters after a word of
    its own (我市|甲某; not 市委|常委, a title).

    >>> [_first_item_name(t, 0, len(t)) for t in ("甄永年", "我市甄永年", "市委常委")]
    [(0, 3), (2, 5), None]
    """
    if b - a <= 4 and (a == 0 or not is_cjk(text[a - 1])):
        sur = surname_length(text, a)
        return (a, b) if sur and b - a - sur <= 2 and not is_word(text[a:b]) else None
    for n in (3, 2):
        if b - n - a >= 2 and surname_length(text, b - n) and is_word(text[a : b - n]) and not is_word(text[b - n : b]):
            return b - n, b
    return None


_OF_PLACES = re.compile(r"等(?:村|地|县|市|区|乡|镇|组|社区|单位|企业|部门|地区|省)")
_PEOPLE_AFTER_LIST = re.compile(
    r"等(?:[\d一二两三四五六七八九十]+[名位])?(?:委员|代表|同志|人(?!民)|干部|村民|专家|学者)"
)
"""What closes a list of people (甲、乙等委员, 甲、乙等3位代表, 甲、乙等人): the list's items are names."""


def _names_a_person(st: PersonState, ends: set[int], a: int, b: int, last: bool) -> bool:
    """Whether the list item ``[a, b)`` ends in a person found there or in a name found on the page, or (the
    last item, which runs on into the verb: 丁等4人, 丁出席) opens with one."""
    item = st.text[a:b]
    if last:
        return any(e in ends for e in range(a + 2, b + 1)) or any(item.startswith(n) for n in st.known if len(n) >= 2)
    return b in ends or any(item.endswith(n) for n in st.known if len(n) >= 2)


_ATTENDEES_LISTED = re.compile(r"(?:出席|列席|参加)[^。！？；;，,：:]{0,16}?的(?:还)?有[:：]?")
_LIST_ITEM = re.compile(r"([^、，,。；;！？\s]{2,4})(?=[、，,。；;！？]|$)")


def _listed_attendees(st: PersonState) -> Iterator[Mention]:
    """Bare names listed after ``出席会议并在主席台就座的有`` / ``参加会议的还有``: each item of two to four
    characters that reads as one name (surname and given-name characters) is a person.

    >>> from kg.model import Document
    >>> st = PersonState(Doc.of(Document(id="t.txt", text="出席会议的有甄永年、卫思齐、县直单位。")))
    >>> [m.name for m in _listed_attendees(st)]
    ['甄永年', '卫思齐']
    """
    text = st.text
    if "的有" not in text and "的还有" not in text:
        return
    for m in _ATTENDEES_LISTED.finditer(text):
        pos = m.end()
        while (item := _LIST_ITEM.match(text, pos)) is not None:
            s, e = item.span(1)
            if is_name(text[s:e]) and st.free(s, e) and not any(_places_at(st, s, e)):
                yield st.person(s, e, **st.known.get(text[s:e], {"official": False}))
            if e >= len(text) or text[e] not in "、，,":
                break
            pos = e + 1


def _opens_known(st: PersonState, i: int) -> bool:
    """Whether a three-character name already found on the page starts at ``i`` (a headline's names written
    together; a two-character one may be the end of a longer name: 李明|华强 in 李明华强调)."""
    return any(len(k) >= 3 and st.text.startswith(k, i) for k in st.known)


def _known_again(st: PersonState) -> Iterator[Mention]:
    """Further mentions of names already found in this document (``王明远介绍``)."""
    text = st.text
    places = [(m.start, m.end) for m in st.doc.mentions if m.type is EntityType.PLACE]
    for name, attrs in list(st.known.items()):
        if len(name) < 2:
            continue
        for s in occurrences(text, name):
            e = s + len(name)
            ends = e >= len(text) or not is_cjk(text[e]) or name_at(text, s) == len(name)
            if st.free(s, e) and (ends or _opens_known(st, e)):  # 吴弘|叶志春率: another name follows
                o_s, o_e = st.doc.to_original(s, e)
                if not any(a <= o_s and o_e <= b and b - a > o_e - o_s for a, b in places):
                    yield st.person(s, e, **attrs)  # (not 黎加 inside the place 哥斯达黎加)


_LISTED_AFTER = re.compile(r"[ \u3000]+")


def _of_body(st: PersonState) -> Iterator[Relation]:
    """A person written right after a body's name and ``的`` works there (``某某热电有限公司的甲获评…``), as does
    one after a body's name and a space in a list of honours (``市林业局 甲 市人事局 乙``): ``member_of``.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> x = extract(Document(id="t.txt", text="其中,青山宏达热电有限公司的闵思远获评劳动模范。"))
    >>> [(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF]
    [('闵思远', '青山宏达热电有限公司')]
    """
    doc, text = st.doc, st.text
    body_ending_at: dict[int, Mention] = {}
    for o in st.orgs:
        last = doc.clean_offset(o.end - 1)
        if last is not None:
            body_ending_at[last + 1] = o
    members = {(r.subject.name, r.object) for r in doc.relations if r.predicate is Predicate.MEMBER_OF}
    for p in doc.found(EntityType.PERSON):
        s = doc.clean_offset(p.start)
        if s is None or s < 2:
            continue
        if text[s - 1] == "的":
            body = body_ending_at.get(s - 1)
        else:
            gap = _LISTED_AFTER.search(text, max(0, s - 4), s)
            body = body_ending_at.get(gap.start()) if gap and gap.end() == s else None
            if body is not None and not _LISTED_AFTER.match(text, s + len(p.text)):
                body = None  # (a list of honours: the name is followed by a space, then the next body)
        if body is None:
            continue
        ref = EntityRef(EntityType.ORGANIZATION, body.name)
        if (p.name, ref) in members:
            continue
        members.add((p.name, ref))
        start = doc.clean_offset(body.start)
        yield doc.relation(EntityRef(EntityType.PERSON, p.name), Predicate.MEMBER_OF, ref, start or s, s + len(p.text))
