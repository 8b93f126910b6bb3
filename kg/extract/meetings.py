"""Meetings and events, with who chaired, attended and met whom.

A page is cut into articles at their datelines (``XX日报讯``, ``新华社…电``), the
headline lines above a dateline belonging to its article. A meeting is a phrase
ending in a head word of ``kg/data/meeting_heads.txt`` (``市委常委会会议``,
``汇报会``, ``“金桥论坛”``), or ``X召开会议``; its ``date`` is the article's
(:mod:`kg.extract.dates`). The article's meeting is the first one its headline or lead
names; people named right before a verb of ``kg/data/meeting_verbs.txt`` chair
it (``主持``) or attend it (``出席``, ``参加``; ``讲话``/``强调``/``汇报`` inside a
meeting article), however long the list (``市领导甲、乙、丙等出席``).
``X会见…Y一行`` gives ``meets_with``, and ``在<place>举行`` ``located_in``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="市委常委会召开会议。"))
>>> [(m.name, m.qualifier) for m in extract_meetings(doc) if hasattr(m, "name")]
[('市委常委会会议', 't.txt')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from kg.data import lexicon
from kg.extract.base import Doc
from kg.extract.dates import articles
from kg.extract.names import LETTERS
from kg.extract.place_lexicon import opens_with_foreign_place, scan_names
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["articles", "extract_meetings"]

_NATIONAL_TITLE = re.compile(r"总书记|国家主席|国务院总理|委员长")
_CONVENERS = ("委", "会", "政府", "院", "局", "部", "组", "办", "厅", "处", "班子", "党组", "中心", "公司", "集团")
_CONVENE = re.compile(r"召开(?:专题|常委|全体|常务)?会议")
_PURPOSE = re.compile(r"[,，]?((?:传达学习|学习贯彻|研究部署|专题研究|听取)[^,，。；]{2,18})")
_QUOTED = re.compile(r"“([^“”\s]{2,12}?(?:会|论坛|峰会|节|赛|展))”")
_CONVENED_COMMITTEE = re.compile(r"召开了?((?![了的一这该此])[\u4e00-\u9fff]{1,8}?常委会)(?=[，,。；;、\s]|$)")
_VENUE = re.compile(r"在([\u4e00-\u9fff]{2,8}?)(?:举行|召开|举办|上演|开幕|落幕|落户)")
_NON_MEMBERS = frozenset(
    {"reporter", "correspondent", "intern", "editor", "designer", "proofreader", "photographer", "author"}
)
_PUNCT = re.compile(r"[。！？；,，:：]")
_LIST_BREAK = re.compile(r"[。！？；;:：]")
# heads that need words in front
_GENERIC_HEADS = frozenset({"会议", "大会", "全会", "论坛", "峰会", "工作会议", "视频会议", "仪式", "观摩活动"})
_DURING = re.compile(r"(?:时|中|上|后|期间)(?=[，,、]|说|表示|指出|强调|介绍|谈|提出|希望)")
"""在会见时说, 在会谈中表示: a time clause of the meeting, no meeting (not 在会见上海市…, 在会见中国…)."""
_MAX_GAP = 6  # characters between the last name of a list and its verb
# …陈百川及县统计局、县农办等相关单位负责人参加会议: unnamed attendees after the named list
# (甲、乙等区领导和大会主席团成员在主席台就座: the named list's 等 and its title come first)
_UNNAMED_TAIL = re.compile(
    r"(?:、[^。！？；;，,：:、]{2,12}?)?(?:等[^。！？；;，,：:]{0,16}?)?(?:及|和|以及|与)[^。！？；;，,：:]{0,60}"
    r"(?:负责人|同志|代表|领导|成员|委员|干部)(?:等)?$"  # (…、某镇和各街道负责同志等: a unit before the group)
    r"|(?:等)?在[^。！？；;，,：:在]{1,16}?时$"  # 甲、乙在研究相关议题时列席会议: when they attend, not who
    r"|(?:等)?(?:在|于)[^。！？；;，,：:在于]{2,16}?(?:机关|会议室|大厅|宾馆|酒店|中心|大楼|礼堂|厅)$"  # 甲在某机关会见
    r"|(?:等[^。！？；;，,：:在于]{0,8}?)?(?:在|于)[^。！？；;，,：:在于]{1,12}?(?:会场|现场)$"  # 甲等领导在分会场参加
    r"|[，,](?:应邀|一同|共同|同时|均)$"  # 县委书记甲,县委副书记乙,应邀在主席台前排就坐: the list, then its verb
    r"|(?:等|及|和|以及)[^。！？；;，,：:]{0,10}?共?[\d一二两三四五六七八九十百]+余?(?:人|名|位)$"  # 乙及委员共24人出席
    r"|等[^。！？；;，,：:]{1,12}?(?:组成人员|成员|领导|同志|干部|委员|代表|负责人)$"  # 甲、乙等常委会组成人员出席
    # 县领导甲、乙,市、县相关部门,某镇主要负责同志等参加: groups named by what they are, after the names
    r"|(?:[，,][^。！？；;，,：:]{2,20}?(?:部门|单位|负责同志|负责人|干部|代表))+等?$"
)


@dataclass(frozen=True, slots=True)
class _Meeting:
    start: int
    end: int
    name: str

    def ref(self, qualifier: str) -> EntityRef:
        return EntityRef(EntityType.MEETING, self.name, qualifier)


@lexicon.cached
def _heads() -> re.Pattern[str]:
    return lexicon.matcher("meeting_heads")


@lexicon.cached
def _verbs() -> dict[str, str]:
    return lexicon.table("meeting_verbs")


@lexicon.cached
def _verbs_re() -> re.Pattern[str]:
    """One group per verb of ``meeting_verbs`` (longest first; ``…`` is a short stretch of the clause)."""
    gap = "[^。；;，,：:！？]{0,30}?"
    verbs = sorted(_verbs(), key=len, reverse=True)
    alt = "|".join("(" + gap.join(map(re.escape, v.split("…"))) + ")" for v in verbs)
    # a match opens with a verb's first character: a lookahead on those lets any other position fail
    # at once (the groups keep re from finding that set itself; scanning a page is ~25x faster)
    lead = lexicon.lookahead(v.split("…")[0] for v in verbs)
    return re.compile(f"{lead}(?:{alt})" if lead else alt)


@lexicon.cached
def _roles() -> list[str]:
    """The role of each group of :func:`_verbs_re`."""
    return [_verbs()[v] for v in sorted(_verbs(), key=len, reverse=True)]


@lexicon.cached
def _non_object() -> re.Pattern[str]:
    return lexicon.matcher("meeting_non_objects")


@lexicon.cached
def _list_breaks() -> re.Pattern[str]:
    return lexicon.matcher("meeting_list_breaks")


@lexicon.cached
def _stops() -> frozenset[str]:
    return (
        lexicon.words("org_left_stops")
        | set(_verbs())
        | {"召开", "举行", "举办", "在", "于", "的", "期间", "精神", "学习", "贯彻", "研究", "部署"}
        | {"开展", "组织", "赴", "前往"}  # 带领干部赴某村开展观摩活动: how an event is introduced, no part of its name
    )


_VENUE_AFTER = re.compile(r"中心|室|厅|楼|馆|场所")
_THIS_TIME = frozenset("此本这该上下每")  # before 次: a meeting referred to (此次大会)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9“”]")  # what a meeting's name is written in
_SCOPE = re.compile(r"全[省市县区州旗盟]")
_BRACKETED_QUALIFIER = re.compile(r"[(（](?!记者|通讯员|摄影)[\u4e00-\u9fff]{1,4}[)）]$")  # (县), (复审); no byline


_JOINT = re.compile(r"签约|签字|协议|合作|缔结|结对|共建|友好")
_PARTY_END = re.compile(r"(?:大学|学院|政府|公司|集团|银行|医院|[县市区省州])$")


def _party_before(text: str, lo: int, end: int) -> bool:
    """Whether a party of an agreement (a body or a division) is written right before ``end`` (某大学|与)."""
    return end - lo >= 2 and _PARTY_END.search(text[max(lo, end - 4) : end]) is not None


def _phrases(text: str, lo: int, hi: int) -> list[_Meeting]:
    """Meeting phrases in ``text[lo:hi]``: ``X会议``, ``“X会”``, ``X召开会议`` (a bare 会议 is none)."""
    out: list[_Meeting] = []
    stops = _stops()
    for m in _heads().finditer(text, lo, hi):
        if _VENUE_AFTER.match(text, m.end()):
            continue  # 市政府会议中心, 会议室: a venue, no meeting
        if m.group().endswith("会") and text.startswith("商", m.end()):
            continue  # 专题会商, 会商: a consultation, no meeting
        s = m.start()
        joint = False
        while s > lo and m.end() - s < 40:
            if (
                not joint
                and text[s - 1] in "与和"
                and _JOINT.search(text, s, m.end())
                and _party_before(text, lo, s - 1)
            ):
                s, joint = s - 1, True  # 某大学与某市人民政府战略合作签约仪式: the two parties are the name's
                continue
            if m.end() - s >= 30 and not joint:
                break
            if text[s - 1] in ")）" and (inner := _BRACKETED_QUALIFIER.search(text, max(lo, s - 8), s)):
                if inner.start() > lo and _NAME_CHAR.match(text, inner.start() - 1):
                    s = inner.start()  # 某某城(县)命名大会, 卫生城镇创建(复审)工作会议: a qualifier in brackets
                    continue
                break
            if not _NAME_CHAR.match(text, s - 1):
                break
            if (  # a stop word of one to four characters ends right before s (unrolled: asked per character)
                text[max(lo, s - 1) : s] in stops
                or text[max(lo, s - 2) : s] in stops
                or text[max(lo, s - 3) : s] in stops
                or text[max(lo, s - 4) : s] in stops
            ):
                break
            s -= 1
        if joint and text[s] in "与和":
            s += 1  # 本次|与某大学…签约仪式: no party was written before 与
        if s - 2 >= lo and _SCOPE.fullmatch(text, s - 2, s) and s < m.start():
            s -= 2  # 全市领导干部大会, 全省某某现场会: the scope is part of the name as written
        name = text[s : m.end()].strip("“”")
        if name.startswith("次") and text[s - 1 : s] in _THIS_TIME:
            s, name = s + 1, name[1:]  # 此次|挂牌仪式, 此次|大会: 次 is the reference's, no part of the name
        elif name[:1] in _THIS_TIME and name[1:2] == "次":
            s, name = s + 2, name[2:]  # 。本次大会的执行主席…: the reference opens the sentence, no part of the name
        if name.endswith("政治协商会议"):
            continue  # 中国人民政治协商会议(某县委员会): the CPPCC, a body, no meeting
        if len(name) > len(m.group()) or m.group() not in _GENERIC_HEADS:
            out.append(_Meeting(s, m.end(), name))
    for m in _QUOTED.finditer(text, lo, hi):
        out.append(_Meeting(m.start(1), m.end(1), m.group(1)))
    for m in _CONVENED_COMMITTEE.finditer(text, lo, hi):  # 主持召开市委常委会: the committee's session
        out.append(_Meeting(m.start(1), m.end(1), m.group(1)))
    for m in _CONVENE.finditer(text, lo, hi):
        holder = re.search(r"([\u4e00-\u9fff]{2,12})$", text[max(lo, m.start() - 12) : m.start()])
        purpose = _PURPOSE.match(text, m.end(), hi)
        whole = purpose is not None and (purpose.end() >= hi or text[purpose.end()] in ",，。；;")
        named = (
            holder is not None
            and holder.group(1) not in ("我市", "我省", "我区", "我县", "全市")
            and holder.group(1).endswith(_CONVENERS)  # 县政府召开…: a body convenes (昨日召开… names none)
        )
        if whole and not named:  # 召开会议，研究部署防汛工作: named by its purpose, when written whole
            out.append(_Meeting(m.start(), purpose.end(), purpose.group(1) + "会议"))
        elif named:
            name = holder.group(1) + m.group()[2:]  # 县政府召开常务会议 → 县政府常务会议
            out.append(_Meeting(m.start() - len(holder.group(1)), m.end(), name))
    named = (_with_convener(text, lo, mt) for mt in out)
    return _joined(text, sorted(named, key=lambda x: (x.start, -x.end)))


_SESSION_CONVENER = re.compile(
    r"(?:^|[^\u4e00-\u9fff\d]|上午|下午|晚上|今天|昨天|当天|日)"
    r"([\u4e00-\u9fff\d]{1,12}?(?:人大常委会|常务委员会|委员会|人民政府|党组))(?:召开|举行)$"
)


def _with_convener(text: str, lo: int, mt: _Meeting) -> _Meeting:
    """``某县十七届人大常委会召开第二十八次会议``: a numbered session takes the body that convenes it
    into its name (``某县十七届人大常委会第二十八次会议``).

    >>> t = "13日,县十七届人大常委会召开第二十八次会议。"
    >>> _with_convener(t, 0, _Meeting(15, 22, "第二十八次会议")).name
    '县十七届人大常委会第二十八次会议'
    >>> _with_convener(t.replace("召开", "举行"), 0, _Meeting(15, 22, "第二十八次会议")).name  # 举行 as 召开
    '县十七届人大常委会第二十八次会议'
    """
    if not mt.name.startswith("第") or not text.startswith(("召开", "举行"), mt.start - 2):
        return mt
    body = _SESSION_CONVENER.search(text, max(lo, mt.start - 18), mt.start)
    if body is None:
        return mt
    return _Meeting(body.start(1), mt.end, body.group(1) + mt.name)


def _joined(text: str, found: list[_Meeting]) -> list[_Meeting]:
    """Phrases that overlap end to start are one session: ``某市第十一届人民代表大会`` and
    ``大会第二次会议`` → ``某市第十一届人民代表大会第二次会议``."""
    out: list[_Meeting] = []
    for mt in found:
        prev = out[-1] if out else None
        if prev is not None and prev.start < mt.start < prev.end < mt.end:
            out[-1] = _Meeting(prev.start, mt.end, text[prev.start : mt.end].strip("“”"))
            continue
        out.append(mt)
    return out


_HOST_SIDE_AFTER = re.compile(r"\s*(?:陪同|出席|参加|列席|在座)(?!的)")


class _People:
    """The persons of a page, indexed by their original offsets (bisect, not a scan per sentence)."""

    def __init__(self, doc: Doc, persons: list[Mention]) -> None:
        self.persons = sorted(persons, key=lambda p: (p.start, p.end))
        self.starts = [p.start for p in self.persons]
        self.to_orig = doc.to_original
        self.n = len(doc.text)

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The persons inside the clean span ``[lo, hi)``."""
        if hi <= lo:
            return []
        o_lo, o_hi = self.to_orig(lo, hi)
        k = bisect_left(self.starts, o_lo)
        out = []
        while k < len(self.persons) and self.persons[k].start < o_hi:
            if self.persons[k].end <= o_hi:
                out.append(self.persons[k])
            k += 1
        return out

    def clean(self, original: int, lo: int, hi: int) -> int:
        """The first clean offset in ``[lo, hi]`` whose original offset is at least ``original``."""
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_orig(mid, mid + 1)[0] >= original:
                hi = mid
            else:
                lo = mid + 1
        return lo


def extract_meetings(doc: Doc) -> Iterator[Mention | Relation]:
    """Meeting mentions (with ``date``) and their chairs / attends / meets_with / located_in relations.

    A meeting's chair is not also listed as attending it (会议由甲主持 … 甲出席: 甲 chairs).

    >>> from kg.model import Document
    >>> from kg.extract import extract
    >>> text = "县人大常委会召开第五次会议。县领导甄永年、卫思齐出席会议。县人大常委会主任甄永年主持会议。"
    >>> x = extract(Document(id="t.txt", text=text))
    >>> sorted((r.subject.name, r.predicate.value) for r in x.relations if r.predicate.value in ("chairs", "attends"))
    [('卫思齐', 'attends'), ('甄永年', 'chairs')]
    """
    found = list(_meeting_facts(doc))
    chaired = {(r.subject, r.object) for r in found if isinstance(r, Relation) and r.predicate is Predicate.CHAIRS}
    for item in found:
        attends = isinstance(item, Relation) and item.predicate is Predicate.ATTENDS
        if attends and (item.subject, item.object) in chaired:
            continue
        yield item


def _meeting_facts(doc: Doc) -> Iterator[Mention | Relation]:
    text = doc.text
    people = _People(doc, [p for p in doc.found(EntityType.PERSON) if p.prop("role") not in _NON_MEMBERS])
    places = doc.found(EntityType.PLACE)
    sentence_ends = [e for _, e in doc.sentences]  # sentences are in order and do not overlap
    sentence_starts = [s for s, _ in doc.sentences]
    for a_start, a_end in doc.articles():
        date = doc.date_at(a_start)
        qualifier = date or doc.document.id
        current: _Meeting | None = None  # the meeting the article's headline or lead names
        last: _Meeting | None = None  # the last meeting the article named
        met: list[EntityRef] = []  # the guests of the article's last 会见
        met_by: list[str] = []  # and its hosts
        chaired: set[str] = set()  # the article's chairs
        lead_end = a_start + 200
        first = bisect_right(sentence_ends, a_start)
        article = doc.sentences[first : bisect_left(sentence_starts, a_end, first)]  # (those starting before a_end)
        phrases = [_phrases(text, a, b) for a, b in article]
        # the article's meeting named only after its attendees (…出席。此次动员大会…): theirs too
        named_later = next((mt for found in phrases for mt in found), None)
        for (s_start, s_end), found in zip(article, phrases, strict=True):
            for mt in found:
                yield doc.mention(mt.start, mt.end, EntityType.MEETING, name=mt.name, qualifier=qualifier, date=date)
                if current is None and mt.start < lead_end:
                    current = mt
                elif current is not None and _announced(text, s_start, mt):
                    current = mt  # 当天，某某会议召开。会议由甲主持: a later session of the article's own
            yield from _venues(doc, found, places, s_start, s_end, qualifier)
            for mt in found:
                for p in _at_meeting(text, people, mt, s_start, s_end):
                    yield doc.relation(p.ref, Predicate.ATTENDS, mt.ref(qualifier), s_start, s_end)
            presiding = found[0] if found else current or last
            for m in _PRESIDIUM.finditer(text, s_start, s_end) if presiding else ():
                k = next(g for g in (1, 2, 3) if m.group(g) is not None)
                listed = people.within(m.start(k), m.end(k))
                if k == 3:  # 本次大会的执行主席甲、乙宣读了丙的贺信: the list of names the words open with, not 丙
                    listed = _leading_list(doc, listed, m.start(k))
                for p in listed:  # 本次会议执行主席由甲、乙担任: they sit the session
                    yield doc.relation(p.ref, Predicate.ATTENDS, presiding.ref(qualifier), s_start, s_end)
            after_verb = s_start  # where the clause of the next verb starts: after the verb before it
            clause = s_start
            for v in _verbs_re().finditer(text, s_start, s_end):
                role = _roles()[v.lastindex - 1]
                if after_verb == s_start or not _JOINED_VERB.fullmatch(text, after_verb, v.start()):
                    clause = after_verb  # (甲出席并会见乙: 会见 shares 出席's subject, its clause goes on)
                after_verb = v.end()
                subjects = _subjects(text, people, s_start, v.start(), clause=clause)
                if (
                    not subjects
                    and role == Predicate.ATTENDS
                    and not _absent(text, v.start())
                    and (listed := _LISTED_AFTER.match(text, v.end(), s_end))
                ):
                    subjects = people.within(listed.end(), s_end)  # 出席会议并在主席台就座的有甲、乙: they attend
                if not subjects:
                    continue
                passive = _passive_before(text, clause, v.start()) if role == "meets" else None
                received = people.within(clause, passive.start()) if passive else []  # 乙一行受到甲的会见
                if passive and received:
                    hosts = people.within(passive.end(), v.start())
                    met = [EntityRef(EntityType.PERSON, g.name) for g in received]
                    met_by = [h.name for h in hosts]
                    if current is None and hosts:  # the visit is the article's meeting, as for 甲会见乙
                        current = _Meeting(v.start(), v.end(), f"{hosts[0].name}会见{received[0].name}")
                        yield doc.mention(v.start(), v.end(), EntityType.MEETING, current.name, qualifier, date=date)
                    for p in hosts:
                        for g in met:
                            if g.name != p.name:
                                yield doc.relation(p.ref, Predicate.MEETS_WITH, g, s_start, s_end)
                    continue
                if role == "meets" and text[v.start() - 1 : v.start()] == "在" and _DURING.match(text, v.end()):
                    continue  # 甲在会见时说: when the visit took place, the words said at it name no guest
                if role == "meets":
                    named_hosts = {p.name for p in subjects}
                    guests = [
                        g
                        for g in people.within(v.end(), s_end)
                        if g.name not in named_hosts  # (a headline's hosts named again in the lead: no 甲会见甲)
                        and not _HOST_SIDE_AFTER.match(text, people.clean(g.end, v.end(), s_end))
                    ]  # 甲会见乙,丙陪同 / …乙丁出席: who accompanies or attends is the host's side, no guest
                    if not guests and (group := _GROUP_GUEST.match(text, v.end(), s_end)):
                        guests = _group_heads(text, people, doc.sentences[first:], a_start, v.start(), group)
                        guests = [g for g in guests if g.name not in named_hosts]  # (no 甲会见甲)
                    if current is None:  # the visit is the article's meeting (甲会见乙一行; 丙参加会见)
                        guest = guests[0].name if guests else _visitor(text, v.end(), s_end)
                        current = _Meeting(v.start(), v.end(), f"{subjects[0].name}会见{guest}")
                        yield doc.mention(v.start(), v.end(), EntityType.MEETING, current.name, qualifier, date=date)
                    met = [EntityRef(EntityType.PERSON, g.name) for g in guests]
                    hosts = subjects
                    if not met:  # 甲与乙会谈: the people after 与 are the partners
                        hosts, partners = _partners(text, people, subjects, clause, v.start())
                        k = max(text.rfind("与", clause, v.start()), text.rfind("同", clause, v.start()))
                        if (
                            not partners
                            and met_by
                            and k >= 0
                            and people.clean(subjects[0].start, clause, v.start()) > k
                        ):
                            # 甲会见了某某一行,并与乙进行了会谈: the host of the 会见 before talks with 乙
                            hosts = [p for p in people.within(s_start, clause) if p.name in met_by] or hosts
                            partners = subjects if hosts is not subjects else []
                        met = [EntityRef(EntityType.PERSON, g.name) for g in partners]
                    met_by = [h.name for h in hosts]
                    for p in hosts:
                        for g in met:
                            if g.name != p.name:
                                yield doc.relation(p.ref, Predicate.MEETS_WITH, g, s_start, s_end)
                    continue
                if _non_object().match(text, v.end()):
                    continue  # 参加调研: an inspection tour, not the meeting
                target = _target(found, v.end(), current, last, v.start(), speaks=role == "speaks")
                if (
                    role == Predicate.CHAIRS
                    and target is not None
                    and text.startswith("精神", target.end)
                    and (by := _by_chair(text, found, clause, v.start())) is not None
                ):
                    target = by  # 宣讲某全会精神。宣讲报告会由甲主持: the session, not the meeting preached
                if (
                    target is None
                    and role == Predicate.ATTENDS
                    and current is None
                    and _CLOSING_VERB.match(text, v.start())
                ):
                    target = named_later
                if target is None or (role == "speaks" and (current is None or current.start >= lead_end)):
                    continue
                if role == "speaks":  # 某某总书记强调: a national leader quoted at a local meeting is not there
                    subjects = [
                        p
                        for p in subjects
                        if not _NATIONAL_TITLE.search(text, people.clean(p.end, s_start, v.start()), v.start())
                    ]
                pred = Predicate.CHAIRS if role == Predicate.CHAIRS else Predicate.ATTENDS
                joins_visit = text.startswith("会见", v.end())  # 丙参加会见: 丙 meets the last 会见's guests
                seats = _jurisdictions(doc, s_start, s_end) if joins_visit and met else {}
                hosts_own = set().union(*(seats.get(h, set()) for h in met_by))
                for p in subjects:
                    if pred is Predicate.CHAIRS:
                        chaired.add(p.name)
                    elif role == "speaks" and p.name in chaired:
                        continue  # the chair who speaks chairs; attending is for everyone else
                    if not joins_visit or "会见" in target.name:  # 丙参加会见: the visit, not an earlier meeting
                        yield doc.relation(p.ref, pred, target.ref(qualifier), s_start, s_end)
                    if joins_visit:
                        own = seats.get(p.name, set())
                        # 乙地领导丙参加会见 of 乙地's 书记: 丙 came with the guest, no meeting of his own
                        # (unless the hosts are 乙地's too: 市领导丙参加会见 of 市委书记 and a 市政协常委)
                        for g in met:
                            with_guest = own & seats.get(g.name, set()) and not own & hosts_own
                            if g.name != p.name and not with_guest:
                                yield doc.relation(p.ref, Predicate.MEETS_WITH, g, s_start, s_end)
            for w in _WELCOMED.finditer(text, s_start, s_end) if met_by else ():
                # 甲会见了某地代表团。甲对乙一行的到来表示欢迎: 乙 heads the delegation 甲 met
                hosts = [p for p in people.within(s_start, w.start()) if p.name in met_by]
                for g in people.within(w.start(1), w.end(1)):
                    for p in hosts:
                        if g.name != p.name and g.name not in met_by:
                            yield doc.relation(p.ref, Predicate.MEETS_WITH, g.ref, s_start, s_end)
            if found:
                last = found[-1]


_ANNOUNCE_LEAD = re.compile(  # 当天，|全市…会议召开: a time word and the scope the name leaves out
    r"(?:当天|当日|同日|同天|随后|次日|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚)?)?[，,]?(?:全[省市县区])?"
)
_ANNOUNCED_AFTER = re.compile(r"(?:在[^。！？；;，,]{1,16}?)?(?:召开|举行|开幕)[。！；;，,]")


def _announced(text: str, s_start: int, mt: _Meeting) -> bool:
    """True when a sentence opens by announcing the meeting ``mt`` (``当天，某某会议召开。``): a new session.

    >>> t = "当天，全市安全生产工作视频会议召开。"
    >>> _announced(t, 0, _Meeting(5, 15, "安全生产工作视频会议"))
    True
    """
    return (
        _ANNOUNCE_LEAD.fullmatch(text, s_start, mt.start) is not None
        and _ANNOUNCED_AFTER.match(text, mt.end) is not None
    )


_WELCOMED = re.compile(r"对([^。！？；;，,：:]{2,30}?)一行(?:的到来|来访|到访)?表示(?:热烈|诚挚|衷心)?(?:的)?欢迎")
_LISTED_AFTER = re.compile(  # 出席会议(并在主席台就座)的有…, 应邀出席大会的领导有:…
    r"[^。！？；;，,：:]{0,16}?的(?:领导|同志|嘉宾|来宾|人员|负责人)?(?:还)?有[:：]?"
)


def _absent(text: str, verb: int) -> bool:
    """Whether the verb at ``verb`` is denied (未出席, 没有参加): who it lists did not attend.

    >>> _absent("未出席大会的领导有", 1), _absent("出席大会的领导有", 0)
    (True, False)
    """
    return text[verb - 1 : verb] == "未" or text.endswith("没有", 0, verb)


_JOINED_VERB = re.compile(r"并(?:亲切)?|并且|后|随后")  # 出席并会见: a second verb of the same subject
_PASSIVE = re.compile(r"受到|得到")  # 乙受到甲的亲切会见: the guest first, the host after the passive verb


def _passive_before(text: str, lo: int, verb: int) -> re.Match[str] | None:
    """The last ``受到``/``得到`` before a verb of meeting at ``verb``, with no comma between them.

    >>> _passive_before("曾受到国务院表彰的甲,昨天受到省委书记乙的接见", 0, 21).start()
    13
    >>> _passive_before("发展得到了支持,省长甲会见了乙", 0, 11) is None
    True
    """
    found = None
    for m in _PASSIVE.finditer(text, lo, verb):
        found = m
    return found if found and not _PUNCT.search(text, found.end(), verb) else None


_PRESIDIUM = re.compile(
    r"执行主席由([^。；;]{2,300}?)担任|执行主席的(?:还)?有[:：]?([^。；;]{2,400})"
    r"|(?:大会|会议)的执行主席(?:是|为)?[:：]?([^。；;，,]{2,400})"
)
"""本次会议执行主席由甲、乙担任, 担任此次大会执行主席的有:甲、乙, 本次大会的执行主席甲、乙: the session's executive
chairs."""


def _leading_list(doc: Doc, persons: list[Mention], start: int) -> list[Mention]:
    """The ``persons`` written one after another from clean offset ``start``, with no verb or clause mark between
    them (titles, 同志 and 和 may stand between: 县政协主席甲、副主席乙和丙; 甲、乙|宣读了丙的贺信: 甲 and 乙)."""
    out: list[Mention] = []
    at = doc.original_offset(start)
    for p in persons:
        gap = doc.page[at : p.start]
        if _ACT_BETWEEN.search(gap) or (out and not gap):
            break  # 甲宣读了乙的贺信: a verb between, the list has ended (titles, 同志 and line breaks do not end it)
        out.append(p)
        at = p.end
    return out


_ACT_BETWEEN = re.compile(r"宣读|主持|讲话|致辞|发来|转达|代表|说|表示|指出|强调|出席|参加|会见|看望|[，,。；;]")


_CLOSING_VERB = re.compile(r"(?:出席|参加)(?:活动|仪式)?[。；;]")


def _jurisdictions(doc: Doc, lo: int, hi: int) -> dict[str, set[str]]:
    """The jurisdictions of the posts held by each person named between the clean offsets ``lo`` and ``hi``
    (earlier in the same article too), as the officials' titles state them."""
    o_lo, o_hi = doc.to_original(max(0, lo - 600), hi)
    out: dict[str, set[str]] = {}
    held = sorted(
        (r for r in doc.relations if r.predicate is Predicate.HOLDS_POSITION and o_lo <= r.evidence.start < o_hi),
        key=lambda r: (r.evidence.start, r.evidence.end),
    )
    last: tuple[int, str] | None = None  # where the last post with a seat ended, and its seat
    for r in held:
        place = r.prop("jurisdiction") or _foreign_seat(r.prop("body"))  # 某国外交部部长: that country's
        between = doc.page[last[0] : r.evidence.start] if last is not None else ""
        if place is None and last is not None and between.startswith("、") and not _CLAUSE_BREAK.search(between):
            place = last[1]  # 某国外交部部长甲、国防部部长乙、…: the list's country goes on
        if place:
            out.setdefault(r.subject.name, set()).add(place)
            last = (r.evidence.end, place)
    return out


_CLAUSE_BREAK = re.compile(r"[，,；;。：:\n]")


def _foreign_seat(body: str | None) -> str | None:
    """The foreign country or place a body's name opens with (``赤道几内亚外交部`` → 赤道几内亚), or None."""
    if not body or not opens_with_foreign_place(body):
        return None
    return next((n.name for n in scan_names(body) if n.start == 0), None)


def _by_chair(text: str, found: list[_Meeting], lo: int, verb: int) -> _Meeting | None:
    """The meeting a clause names right before ``由`` and its verb (``报告会由甲主持``), if any.

    >>> t = "宣讲报告会由县委书记甲主持。"
    >>> _by_chair(t, [_Meeting(0, 5, "宣讲报告会")], 0, 11).name
    '宣讲报告会'
    """
    for mt in found:
        if lo <= mt.start and mt.end < verb and text.startswith("由", mt.end) and not _PUNCT.search(text, mt.end, verb):
            return mt
    return None


def _target(
    found: list[_Meeting],
    after: int,
    current: _Meeting | None,
    last: _Meeting | None,
    before: int,
    speaks: bool = False,
):
    """The meeting a verb is about: one named right after it (主持召开X会议), the article's, or the last named.

    A meeting named right after a speech verb is what the speaker talks about (甲指出，某全会是…), not where.
    """
    for mt in found:
        if not speaks and after <= mt.start <= after + 2:
            return mt
    if current is not None:
        return current
    earlier = [mt for mt in found if mt.end <= before]
    return earlier[-1] if earlier else last


def _at_meeting(text: str, people: _People, mt: _Meeting, lo: int, hi: int) -> list[Mention]:
    """Who is said to act at a meeting: 甲在X会上的报告 (甲), X会上，甲与乙签订… (甲, 乙)."""
    if not text.startswith("上", mt.end):
        return []
    at = text.rfind("在", max(lo, mt.start - 6), mt.start)  # 甲在(全县)X会上的报告
    if at >= 0 and not _PUNCT.search(text, at, mt.start):
        return _subjects(text, people, lo, at)
    m = re.match(r"上[,，]?([^。；;,，:：]*)", text[mt.end : hi])
    if not m or not m.group(1):
        return []
    lo, hi = mt.end + m.start(1), mt.end + m.end(1)
    return [  # X会上,宣读了甲致大会的贺信: 甲 wrote the letter read out, he is not at the meeting
        p
        for p in people.within(lo, hi)
        if not _SENDS_LETTER.match(text, people.clean(p.end, lo, hi))
        and not _LETTER_AFTER.match(text, people.clean(p.end, lo, hi))
        and not _READ_OUT.search(text, lo, people.clean(p.start, lo, hi))
    ]


_LETTERS = "|".join(LETTERS)
_LETTER = re.compile(_LETTERS)
_SENDS_LETTER = re.compile(  # 甲致大会的贺信 (not 致辞, 致贺词: a speech given there)
    rf"致(?!辞|词|欢迎|开幕|闭幕|答谢|贺词)[^，,。；;并]{{0,30}}?的?(?:{_LETTERS})"
)
_LETTER_AFTER = re.compile(rf"的?(?:{_LETTERS})")  # 宣读了市委书记甲的贺信
_READ_OUT = re.compile(r"宣读了?[^，,。；;]{0,12}$")  # 宣读了(某某主席)|甲…: what 甲 wrote is read out


def _subjects(text: str, people: _People, lo: int, verb: int, clause: int | None = None) -> list[Mention]:
    """The list of people named right before a verb (市领导甲、乙，市政协主席丙出席).

    ``clause`` is where the verb's clause starts (after the last verb between ``lo`` and
    ``verb``), when the caller already knows it: scanning for it again per verb is quadratic.
    """
    if clause is None:
        clause = max(lo, *(m.end() for m in _verbs_re().finditer(text, lo, verb)), 0)
    inside = people.within(clause, verb)
    if not inside or _SENDS_LETTER.match(text, verb):
        return []  # (甲致大会的贺信: a letter sent, no one there)
    ends = [people.clean(p.end, clause, verb) for p in inside]
    gap = text[ends[-1] : verb]
    if _LETTER.search(gap) or _READ_OUT.search(text, clause, people.clean(inside[-1].start, clause, verb)):
        return []  # 乙宣读甲主席贺信并致辞: 甲 wrote what was read (乙 is the subject of the clause before)
    if (len(gap) > _MAX_GAP or _PUNCT.search(gap)) and not _UNNAMED_TAIL.match(gap):
        return []
    out = [inside[-1]]
    for k in range(len(inside) - 2, -1, -1):  # back over the list while the text between is titles and commas
        between = text[ends[k] : people.clean(inside[k + 1].start, clause, verb)]
        if len(between) > 40 or _LIST_BREAK.search(between) or _list_breaks().search(between):
            break
        out.append(inside[k])
    return out[::-1]


def _partners(
    text: str, people: _People, subjects: list[Mention], lo: int, verb: int
) -> tuple[list[Mention], list[Mention]]:
    """``甲与乙、丙会谈``: the subjects before ``与``/``同`` and those after it (no split: all hosts, no partner)."""
    k = max(text.rfind("与", lo, verb), text.rfind("同", lo, verb))
    if k < 0:
        return subjects, []
    before = [p for p in subjects if people.clean(p.end, lo, verb) <= k]
    after = [p for p in subjects if people.clean(p.start, lo, verb) > k]
    return (before, after) if before and after else (subjects, [])


_GROUP_GUEST = re.compile(
    r"了?(?:前来|来访的|来访)?(?:[\u4e00-\u9fff]{0,12}?(?:代表团|考察团|客商|客人)一行|(?P<surname>[\u4e00-\u9fff])"
    r"(?P<title>会长|董事长|总经理|总裁|主席|书记|市长|县长|区长|团长)一行|代表团|考察团)"
)
"""A 会见's guest written as a group (代表团一行, 客人一行) or by a surname and a title (陈会长一行): its leaders."""
_LEADS = re.compile(r"(?:率领|带领|率)(?=[^。！？；;]{0,24}?(?P<group>代表团|考察团|商会|客商|一行))")
_VISITING_FIRMS = ("客商", "商会", "一行", "考察团")
_LED_AS = {"代表团": ("代表团", "一行"), "考察团": ("考察团", "一行"), "客商": _VISITING_FIRMS, "客人": _VISITING_FIRMS}
"""The groups a leader's ``率领…`` may name for a guest written as one kind of group (客人 as 客商)."""


def _group_heads(
    text: str, people: _People, sentences: list[tuple[int, int]], a_start: int, before: int, group: re.Match[str]
) -> list[Mention]:
    """The persons the article names as leading a group (``甲和乙率领某市党政代表团来…考察``) before a ``会见`` of
    that group (``丙会见代表团一行``); with a surname and a title (``陈会长一行``), those of them with that surname.

    >>> from kg.model import Document
    >>> from kg.extract import extract
    >>> x = extract(Document(id="t.txt", text="市长卫思齐率领深泽县代表团来我市考察。市长冉秋菊会见代表团一行。"))
    >>> sorted((r.subject.name, r.object.name) for r in x.relations if r.predicate.value == "meets_with")
    [('冉秋菊', '卫思齐')]
    """
    heads: list[Mention] = []
    guest = group.group(0)
    kind = "" if group.group("surname") else next((k for k in ("代表团", "考察团", "客商", "客人") if k in guest), "")
    led_as = _LED_AS.get(kind)
    starts = [s for s, _ in sentences]
    for m in _LEADS.finditer(text, a_start, before):
        if led_as is not None and m.group("group") not in led_as:
            continue  # 甲率领考察团…, 乙会见代表团一行: another group
        k = bisect_right(starts, m.start()) - 1
        lo = max(starts[k] if k >= 0 else a_start, a_start)
        lo = max(lo, text.rfind("，", lo, m.start()) + 1, text.rfind(",", lo, m.start()) + 1)
        heads = people.within(lo, m.start()) or heads  # the last group led before the visit
    if not heads and kind in ("代表团", "考察团"):  # 会见…代表团一行。…代表团团长、某市市长甲: its head, named after
        for m in re.finditer(f"{kind}(?:副)?团长", text[before : before + _HEAD_REACH]):
            if "副" not in m.group():
                at = before + m.end()
                heads = people.within(at, min(len(text), at + 24))[:1]
                break
    if group.group("surname"):
        heads = [h for h in heads if h.name.startswith(group.group("surname"))]
    return heads


_HEAD_REACH = 600  # how far after a 会见 of a delegation its head may be named by his title (代表团团长)


def _visitor(text: str, start: int, end: int) -> str:
    """Who a ``会见`` sentence receives when no person is found: the words before ``一行``, else the phrase after the
    verb, from its last ``的`` (``会见了来吉考察的某某联盟企业家`` → ``某某联盟企业家``).

    >>> t = "书记会见了来吉考察的某某联盟企业家,并座谈。"
    >>> _visitor(t, 4, len(t)), _visitor("会见了某某代表团一行。", 2, 11)
    ('某某联盟企业家', '某某代表团')
    """
    start += text.startswith("了", start)  # 会见了…: the aspect mark is the verb's
    m = re.search(r"([\u4e00-\u9fff]{2,8})一行", text[start:end])
    if m:
        return m.group(1)
    phrase = _VISITOR_PHRASE.match(text, start, end)
    words = _HOSTS_VERB.sub("", phrase.group(1)) if phrase else ""  # 会见并宴请了|某某考察团: the host's second verb
    words = words.rsplit("的", 1)[-1]  # 会见了来某地考察并洽谈合作的|客商代表: the head after the last 的
    words = words.split("并", 1)[0] if len(words.split("并", 1)[0]) >= 2 else words  # 某某代表团|并座谈
    return words if 2 <= len(words) <= 16 else ""


_VISITOR_PHRASE = re.compile(r"了?([\u4e00-\u9fff、]{2,40})(?=[，,。；;：:]|$)")
_HOSTS_VERB = re.compile(r"^并[\u4e00-\u9fff]{2}了?")


def _venues(doc: Doc, found: list[_Meeting], places: list[Mention], lo: int, hi: int, qualifier: str):
    """``located_in`` for the meetings of a sentence that says where they are held (在南通举行)."""
    text = doc.text
    for m in _VENUE.finditer(text, lo, hi):
        o_s, o_e = doc.to_original(m.start(1), m.end(1))
        here = [p for p in places if o_s <= p.start and p.end <= o_e]
        if not here:
            continue
        place = EntityRef(EntityType.PLACE, here[-1].name)
        for mt in found:
            yield doc.relation(mt.ref(qualifier), Predicate.LOCATED_IN, place, m.start(), m.end())
