"""Designations won by the places a list names: ``…为某某十亿元镇，…为某某亿元村。它们分别是：甲镇、乙镇；丙村。``

The sentence before announces one or more titles; the list that opens with
``分别是``/``如下`` names the winners, each winning the title whose unit (镇, 村,
县 …) it shares, or the only one announced. Called by
:func:`kg.extract.designations.extract_designations`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterator, Sequence
from dataclasses import replace
from typing import Protocol

from kg.extract.base import Doc
from kg.extract.boundary import clause_start, home_level, level_of
from kg.model import EntityRef, Mention, Relation
from kg.text import cn_number
from kg.vocab import EntityType, PlaceLevel, Predicate


class Found(Protocol):
    """What a list reads of a designation found in clean text (:class:`kg.extract.designations.Found`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> str | None: ...


__all__ = [
    "ITEM_NUMBER",
    "counted_groups",
    "counted_lines",
    "enumerated_designations",
    "item_places",
    "places_within",
    "title_line_lists",
]


_ENUMERATION = re.compile(
    r"\s*(?:(?:它们|名单|具体)?(?:分别是|分别为|依次是|如下)"
    r"|这?[\d一二两三四五六七八九十]+个(?P<counted>[\u4e00-\u9fff]{1,4}?)(?:分别)?(?:是|为))[:：]?"  # 9个区县是…
)
# 某县入榜的村分别是…, 全省新一批入选的某某重点村分别是…: a short subject, then the list
_SUBJECT_ENUMERATION = re.compile(
    r"[^。，,；;\n！？!?]{0,24}?"  # (获得“某某称号”的村居分别为, 上榜的村镇分别是: the verb may open it)
    r"(?:入榜|入选|上榜|入围|获评|获批|获奖|获命名|被命名为|荣获|喜获|获得|被?列入|被?认定为?|受(?:到)?表彰|获表彰)"
    r"(?P<named>[“\"][^”\"。]{2,24}[”\"](?:荣誉)?(?:称号)?|[^。，,；;的“\"]{2,20}?(?=的[^。，,；;]{0,16}?(?:(?:是|为|有)[:：]|包括[:：，,])))?的"
    r"(?:[“\"][^”\"。]{2,40}[”\"])?"  # 受表彰的“某某先进县(市)”依次是
    r"[^。，,；;]{0,16}?(?:(?:共|共有|共计)?[\d一二两三四五六七八九十百]+个[，,])?"  # 入选的村庄共21个,分别是
    r"(?:分别是|分别为|依次是|具体(?:为|是|包括)|(?:是|为|有)[:：]|包括[:：，,]|(?<=[县市区镇乡村居道)）])为)[:：]?"
    # 获得“某某乡镇”称号的镇(乡、街道)为甲镇以及乙镇: a bare 为 after the winners' unit (入围的示范县具体为…)
    # 此次某省获命名“某某之乡”的7个县镇分别是; 我市认定为某某示范村(社区)的包括,
)  # 某省此次入围的某某村落是:, 某县被列入第一批某某名录的村庄是: (a bare 是, an unquoted title: before a colon)
# 我省14个被命名地区和单位为:, 某市13个村落入选,包括: a counted group of winners, then its list
_COUNTED_WIN = (
    r"[\d一二两三四五六七八九十百]+(?:个|家|条|座)[^。，,；;]{0,8}?"
    r"(?:(?:被|获|拟)?命名|入选|入围|上榜|获评|被?列入|榜上有名|名列其中)"
)
"""A counted group and its verb of winning (14个被命名, 13个村落入选, 9条村入选, 4个村榜上有名)."""
_COUNTED_ENUMERATION = re.compile(
    rf"[^。，,；;\n！？!?]{{0,12}}?(?:共|共有|共计)?{_COUNTED_WIN}"
    r"(?:[^。，,；;:：]{0,10}?(?:为|是|有|包括)[:：]|[，,](?:包括|分别是|分别为|有)[:：]?)"
)
# 共有17个地区拟命名为某某县,除了甲县,还有乙市、丙区: the place set apart and the list after 还有 are the winners
_EXCEPT_ALSO = re.compile(r"(?:[，,]|其中[\u4e00-\u9fff]{0,6}?)(除了?)[^，,。；;]{2,16}[，,]还有[:：]?")
_STILL_SEEKING = re.compile(r"未|没有|不予|暂缓|正在|积极|申报|创建|争创|申请")
_COUNTED_WINNING = re.compile(_COUNTED_WIN)
_OPENING_CLAUSE = re.compile(r"[^。，,；;\n！？!?]{1,12}[，,]")  # 其中, 据悉, 今年以来,: a lead before the subject
_NOT_WON_LIST = re.compile(r"未|没有|不予|暂缓|撤销|取消|摘牌|退出|不合格|警告|黄牌|降级")
_SAME_UNIT = {"乡": "镇", "街道": "镇"}


def _unit(name: str) -> str:
    unit = next((u for u in ("街道", "村", "镇", "乡", "县", "市", "区") if name.endswith(u)), "")
    return _SAME_UNIT.get(unit, unit)


def _title_of(announced: list[Found], place: str) -> Found | None:
    """Which of the titles announced together a listed place wins: the only one, or the one whose
    unit (镇, 村, 县 …) the place shares; ``None`` when that is not one title."""
    if len(announced) == 1:
        return announced[0]
    units = [f for f in announced if _unit(f.name) == _unit(place)]
    return units[0] if len(units) == 1 else None


def list_status(text: str, f: Found) -> str:
    """The status of a list's title: ``aspiring`` for a 建设/创建 list or a proposed one (拟命名…), else the
    title's own (awarded)."""
    proposed = _PROPOSED.search(text, max(0, f.start - 8), f.start) is not None
    lead = max(text.rfind(c, max(0, f.start - 60), f.start) for c in "，,。；;\n")  # the title's clause before it
    proposed = proposed or _PROPOSING.search(text, lead + 1, f.start) is not None  # 拟推荐甲村等8个村为某某乡村
    listed_for_comment = _FOR_COMMENT.match(text, f.end) is not None  # 某某小镇公示名单: proposed, not yet named
    aspiring = proposed or listed_for_comment or text.startswith(("建设", "创建"), f.end)
    return "aspiring" if aspiring else (f.status or "awarded")


_PROPOSING = re.compile(r"拟(?:推荐|命名|认定|授予|确定)")
_PROPOSED = re.compile(r"拟(?:命名|授予|认定|推荐)为?(?:首批|第[一二三四五六七八九十\d]+批)?$")
_FOR_COMMENT = re.compile(r"公示名单|拟(?:命名|认定|确定|推荐|授予)名单|名单(?:予以|进行)?公示")


def enumerated_designations(
    doc: Doc, found: list[Found], canonical: dict[str, str], read: frozenset[int] = frozenset()
) -> Iterator[Relation]:
    """``…推介174个乡(镇)为某某十亿元镇，249个村为某某亿元村。它们分别是：甲镇、乙镇；丙村…``: the
    places a sentence opening with ``分别是`` lists win the designations the sentence before
    announces — each place the one whose unit (镇, 村, 县 …) it shares, or the only one."""
    text = doc.text
    for k, (s_start, s_end) in enumerate(doc.sentences):
        m = _ENUMERATION.match(text, s_start, s_end)
        subject = m is None and (m := _SUBJECT_ENUMERATION.match(text, s_start, s_end)) is not None
        if m is None:  # 这些奖项是由某部颁发的,|某省获奖的11个县市分别为: a later clause opens the list
            comma = max(text.rfind("，", s_start, s_end), text.rfind(",", s_start, s_end))
            m = _SUBJECT_ENUMERATION.match(text, comma + 1, s_end) if comma >= 0 else None
            if m is None and (opening := _OPENING_CLAUSE.match(text, s_start, s_end)):
                m = _SUBJECT_ENUMERATION.match(text, opening.end(), s_end)  # 其中,|我市认定…的包括,甲镇,乙镇
            subject = m is not None
        if m is None:  # 其中,我省14个被命名地区和单位为:甲州、乙县: a counted group of winners opens the list
            for c in [s_start, *(k + 1 for k in range(s_start, s_end) if text[k] in "，,")]:
                if (m := _COUNTED_ENUMERATION.match(text, c, s_end)) is not None:
                    subject = True
                    break
        if m is None and (m := _EXCEPT_ALSO.search(text, s_start, s_end)) is not None:
            counted = _COUNTED_WINNING.search(text, s_start, m.start()) or _COUNTED_WINNING.search(text, m.end(), s_end)
            if not counted or _STILL_SEEKING.search(text, m.end(), s_end):
                continue  # (…还有乙县、丙县正在积极申报 / 未能入选: not winners)
            subject = True  # (the list starts at the place 除了 sets apart)
        if m is None:
            continue
        if subject and _BARE_WEI.search(text, m.start(), m.end()):
            clause = _CLAUSE_BREAK.search(text, m.end(), s_end)
            if not _mostly_places(doc, m.end(), clause.start() if clause else s_end):
                continue  # 获得…称号的乡镇为甲镇等地的建设积累了经验: 为 is "for", no list
        if subject and _NOT_WON_LIST.search(text, m.start(), m.end()):
            continue  # 某县未被认定为…的乡镇包括, 被列入…摘牌名单的有: places that lost or did not win the title
        announced = [f for f in found if s_start <= f.start < m.end()] if subject else []  # …的某某重点村分别是
        if subject and not announced and m.groupdict().get("named"):
            continue  # 获得先进县的为:… names its own title, one not read as a title: no earlier title's list
        if (
            subject
            and _opens_with_verb(text, m)
            and not m.groupdict().get("named")
            and not _SUBJECT_UNIT.search(text, m.start(), m.end())
        ):
            continue  # 获得的奖补资金分别是, 入选的原因有: the verb opens the sentence, no unit says the places won
        counted = None if subject else m.group("counted")
        if subject and not announced and (unit := _SUBJECT_UNIT.search(text, m.start(), m.end())):
            # 公布“某某村庄”名单 … 此次入选的村庄共21个,分别是: the one published list of that unit's title
            announced = [f for f in _published_list_title(text, found, m.start()) if f.name.endswith(unit.group(1))]
        for p_start, p_end in reversed(doc.sentences[max(0, k - 3) : k]):  # the nearest announcement
            if announced:
                break
            announced = [f for f in found if p_start <= f.start < p_end]
            if announced and counted and counted not in text[p_start:p_end]:
                announced = []  # 某市获…称号。3个街道是…: the count names a group the announcement did not
                break
            if not subject:  # 它们分别是: only titles won (a subject's 入榜的 says the list is the winners)
                announced = [f for f in announced if (f.status or "awarded") == "awarded"]
        if not announced:
            continue
        # 拟列入某某村落名录…第五批某某村落: one title written twice is one title (the fuller name)
        announced = [f for f in announced if not any(f.name != g.name and f.name in g.name for g in announced)]
        announced = list({f.name: f for f in announced}.values())
        s_end = _list_end(doc, k, s_end)
        first = m.end(1) if m.re is _EXCEPT_ALSO else m.end()
        for p in _listed_places(doc, first, s_end):
            if (f := _title_of(announced, p.name)) is not None:
                status = "aspiring" if _announced_for_comment(doc, f) else (f.status or "awarded")
                yield _holds(doc, p.name, canonical[f.name], m.end(), s_end, status, _written(doc, f))
    yield from _named_then_listed(doc, found, canonical)
    yield from _listed_before_verb(doc, found, canonical)
    yield from _grouped_after_selection(doc, found, canonical)
    yield from _counted_units_listed(doc, found, canonical)
    yield from _lines_after_heading(doc, [f for f in found if f.start not in read], canonical)
    yield from _table_rows(doc, [f for f in found if f.start not in read], canonical)
    yield from _selection_heading(doc, found, canonical)
    yield from _short_title_lines(doc, found, canonical)


_WINNING_VERB = re.compile(r"入榜|入选|上榜|入围|获|荣获|喜获|被?列入|被?认定|受(?:到)?表彰|被命名")


def _opens_with_verb(text: str, m: re.Match[str]) -> bool:
    """Whether the matched subject starts with its verb of winning (上榜的村镇分别是), no words before it."""
    return _WINNING_VERB.match(text, m.start()) is not None


_SUBJECT_UNIT = re.compile(r"的(村庄|村落|村寨|村|乡镇|镇|县城|县|社区|街道|城市)")
_PUBLISHED_TITLE = re.compile(r"[”\"]?(?:创建|建设|认定|推荐|推介)?(?:名单|名录)")


def _published_list_title(text: str, found: list[Found], before: int) -> list[Found]:
    """The one title the page says a list of was published (``公布第八批“某某村庄”名单``) before ``before``:
    what a later ``此次入选的村庄…分别是`` lists; none when the page names lists of several titles."""
    published = {f.name: f for f in found if f.end <= before and _PUBLISHED_TITLE.match(text, f.end)}
    return list(published.values()) if len(published) == 1 else []


_COUNT = r"[\d一二两三四五六七八九十百千]+(?:个|家|地|座|处)"
_LIST_AFTER_NAME = re.compile(
    r"[”\"]?(?:(?:创建|建设|认定|推荐|推介)?名单(?:的|中)?(?:有|是|为|包括)[:：]?|名单(?:如下)?[:：]|名单如下|的有[:：]?"
    r"|(?:创建|建设|认定|推荐|推介)?名单的[\u4e00-\u9fff]{1,6}?(?:分别是|分别为|包括)[:：]?"  # 名单的某省村庄分别是
    rf"|(?:共|共有|共计)?{_COUNT}[:：]"  # 入选某某城市共五个：甲市、乙市
    rf"|{_COUNT}[，,](?:包括|分别是|分别为|即)[:：]?"  # 有某某重点村6个,包括甲村、乙村
    rf"|(?:最多)?[，,](?:另|其余|其他)?(?:有|共有)?{_COUNT}[，,]?(?:分别是|分别为)[:：]?"  # 共7座某某名城,另6座分别是:
    r"|(?:荣誉)?称号[，,](?:包括|分别是|有)[:：]?"  # 获某某村称号,包括甲镇甲村、乙镇乙村等
    r"|(?:名单)?具体(?:有|是|为|包括)[:：]"  # 第六批某某达标县具体有:甲市乙区、丙市丁县
    r"|(?:拟?批准|拟命名|拟认定)?名单(?:[，,](?:分别是|分别为)[:：]?|(?<=批准名单)[:：])"  # (拟)批准名单,分别是 / :
    r"|[，,](?:分别是|分别为)[:：]?"  # 6个村入围某某特色村,分别是:甲镇甲村、乙乡乙村
    rf"|[，,](?:共|共有|共计)?{_COUNT}(?:(?!暂缓|未|不予|没有)[^。，,；;]){{0,14}}?(?:通过|入选|上榜|入围|命名|认定|验收)"
    r"(?:(?!暂缓|未|不予|没有)[^。，,；;]){0,10}?"
    r"[，,](?:分别是|分别为|包括|即)[:：]?"  # 公布第三批某某示范县,共有16个县通过验收并命名,分别是甲县、乙县
    rf"|(?:创建|建设|认定|推荐)?名单中[，,][^。，,；;]{{1,10}}?有{_COUNT}[\u4e00-\u9fff]{{0,2}}?[，,]?"
    r"(?:分别是|分别为|包括|即)[:：]?"  # 名单中,某省有3个(镇),分别是
    rf"|(?:公示)?名单(?:近日|日前|正式)?(?:公布|出炉|揭晓|发布)?[，,][^。；;，,]{{0,10}}?有{_COUNT}[\u4e00-\u9fff]{{0,3}}?"
    r"(?:成功|顺利)?(?:入选|上榜|入围)[，,]"
    r"(?:包括|分别是|分别为|即)[:：]?)"  # 公示名单,某省有6个乡村入选,包括甲村、乙村 (名单公布,甲县共有3个村入选,分别是)
)
_WON_COUNT_COLON = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:入选|上榜|入围|获评)了?{_COUNT}[\u4e00-\u9fff]{{0,3}}?[:：]")
_COLON_AFTER_NAME = re.compile(r"[”\"]?(?:称号)?(?:[:：]|[ \t\u3000，,]*(?:分别是|分别为)[:：]?)")
_COUNTED_WINNERS = re.compile(
    rf"(?:{_COUNT}|[\d一二两三四五六七八九十]+(?:城|县|市|区|镇|村))[\u4e00-\u9fff]{{0,4}}?(?:获评|入选|上榜|荣获|获得|被评为)[“\"]?$"
)  # 某省13城获评“…”:, 我市5个村入选“…”: a count of winners, the title, a colon and their names
# 第三批某某重点村共有199个，其中甲镇甲村、乙镇乙村2个村入选: the places among them that won
_BRACKET = r"(?:[(（][^()（）]{1,6}[)）])?"  # 某某重点镇(乡)
_AMONG = re.compile(rf"{_BRACKET}(?:共|共有|共计){_COUNT}[^，,。；;]{{0,6}}?[，,](?:其中)?")
# 公布了甲类和乙类名单，甲村、乙村等6个村，丙镇等3地上榜 (某某名单公布，甲县入选): the lists, then the places that won
_LIST_COMMA = re.compile(rf"{_BRACKET}(?:创建|建设|认定|推荐)?名单中?(?:近日|日前|正式)?(?:公布|出炉|揭晓|发布)?[，,]")
_LIST_STOP = re.compile(rf"{_BRACKET}(?:创建|建设|认定|推荐)?名单(?:近日|日前|正式)?(?:公布|出炉|揭晓|发布)。")
_COUNTED_WON = re.compile(rf"等?{_COUNT}")
_OBJECT_GAP = re.compile(r"[\u4e00-\u9fff“\"]{0,4}")  # 获评|第四批|某某称号: the verb's own object
_AND = re.compile(r"[、和与及](?:首批|第[一二三四五六七八九十\d]+批|(?:19|20)\d{2}年(?:度)?)?")
_NOT_WON = re.compile(r"未|没|无缘")  # 甲村、乙村等2个村未入选: a negation inside the count and verb
_WON = re.compile(
    rf"(?:等?{_COUNT}[\u4e00-\u9fff()（）]{{0,6}}?)?(?:成功|均|都)?(?:入选|上榜|入围|获评|榜上有名|名列其中|位列其中)"
)


def _named_then_listed(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``入选某某强镇创建名单的有甲县乙乡、丙县丁乡``: the places listed after the list's name."""
    text = doc.text
    for f in found:
        m = _LIST_AFTER_NAME.match(text, f.end)
        if m is None and (listed := _LIST_COMMA.match(text, f.end)) is not None:
            m = _WON_COUNT_COLON.match(text, listed.end())  # …名单公布,我市入选5个:甲村、乙村;丙村
        if m is None and (m := _COLON_AFTER_NAME.match(text, f.end)) is not None:
            lead = text[max(0, clause_start(text, f.start, 40)) : f.start]
            m = m if _COUNTED_WINNERS.search(lead) else None  # 湖北13城获评“某某城市”:甲市、乙市…
        if m is None:
            continue
        k = doc.sentence_index(f.start)
        if k is None:
            continue
        s_end = _list_end(doc, k, doc.sentences[k][1])
        close = _LIST_CLOSE_AT_DENG if "名单中" in m.group() else _LIST_CLOSE  # (名单中…分别是甲镇；乙镇；丙镇)
        closing = close.search(text, m.end(), s_end)  # …、丙村等;198家单位…: the list ends at its 等
        while closing is not None and closing.group() in (";", "；") and _group_follows(doc, closing.end(), s_end):
            closing = close.search(text, closing.end(), s_end)  # 甲县A村、B村;乙县C村: the next county's group
        s_end = closing.start() if closing else s_end
        proposed = m.group().startswith(("创建", "建设", "公示", "拟"))  # (a list out for comment: proposed)
        status = "aspiring" if proposed else (f.status or "awarded")
        for p in _listed_places(doc, m.end(), s_end):
            yield _holds(doc, p.name, canonical[f.name], f.start, s_end, status, _written(doc, f))


def _labels_its_line(doc: Doc, line: tuple[int, int], f: Found, colon_end: int) -> bool:
    """Whether title ``f`` opens its page ``line`` (after a list number at most) and the rest of the line after its
    colon lists places only (``1. 某某十强县(市):甲县、乙市、丙县。``): the line's label, held by its places."""
    lo, hi = line
    return (
        colon_end <= hi
        and _LABEL_LEAD.fullmatch(doc.text, lo, f.start) is not None
        and len(places_within(doc, colon_end, hi)) >= 2
        and _only_places(doc, colon_end, hi)
    )


def _heading_above(doc: Doc, lines: Sequence[tuple[int, int]], n: int) -> str:
    """The text of the nearest line above line ``n`` that no title labels (the heading over a list of labelled
    lines: ``某某县城拟命名名单公示`` / ``1. 甲:…`` / ``2. 乙:…``), or ``""``."""
    text = doc.text
    for m in range(n - 1, max(-1, n - 12), -1):
        lo, hi = lines[m]
        if not _LINE_LABEL.match(text, lo, hi) or _LIST_HEADING_WORDS.search(text, lo, hi):
            return text[lo:hi]
    return ""


_LIST_HEADING_WORDS = re.compile(r"名单|通报|公示|决定|通知")
_AMONG_GROUPS = re.compile(r"[，,]其中[，,:：]?")
_GROUP_LISTED = re.compile(
    r"[^，,；;。]{0,10}?[\d一二两三四五六七八九十]+个(?:[，,]?(?:包括|分别是|分别为|为|有)[:：]?|[:：])"
)  # 市辖区8个,包括 / 省财政直管县5个,分别是 / 城市主城区4个: a counted group, then its places
_FULL_STOP = re.compile(r"[。！？!?\n]")


def counted_groups(doc: Doc, count_end: int) -> list[Mention]:
    """The places of the counted groups after a title's count (``某某先进县20个,其中,市辖区8个,包括甲区、乙区;
    省直管县5个,包括丙县、丁县``): each group's list, up to the sentence's end. None unless ``其中`` follows the
    count and every group lists places only.

    >>> from kg.extract.base import Doc
    >>> from kg.extract.places import extract_places
    >>> from kg.model import Document
    >>> t = "确定某某先进县3个,其中,市辖区1个,包括荷塘区;其余县2个,包括攸县、茶陵县。"
    >>> d = Doc.of(Document(id="t.txt", text=t))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> [p.name for p in counted_groups(d, d.text.index("3个") + 2)]
    ['荷塘区', '攸县', '茶陵县']
    """
    text = doc.text
    among = _AMONG_GROUPS.match(text, count_end)
    if among is None:
        return []
    s_end = _FULL_STOP.search(text, count_end)  # (a sentence of kg's ends at ；too: the groups run to 。)
    s_end = s_end.start() if s_end else len(text)
    out: list[Mention] = []
    pos = among.end()
    while (group := _GROUP_LISTED.match(text, pos, s_end)) is not None:
        stop = _GROUP_END.search(text, group.end(), s_end)
        end = stop.start() if stop else s_end
        if not _only_places(doc, group.end(), end):
            return []  # 其中,甲县3个,主要分布在…: no group of places
        if not _NOT_WON_LIST.search(text, group.start(), group.end()):  # (暂缓命名的2个,包括…: no holders)
            out.extend(_listed_places(doc, group.end(), end))
        if stop is None or stop.group() == "。":
            break
        pos = stop.end()
    return out


# 某省此次入选的村落中,甲市8个、乙市2个。甲市包括某镇A村、B村…。此外还有…: the groups after the lead
_SELECTION = re.compile(
    r"(?:此次|这次|本次|新|在?[我全本][省市县区州])入选的(?:[\d一二两三四五六七八九十百]+个)?"
    r"(?P<unit>村落|村庄|村|乡镇|镇|县|县市区|县区)中"
)  # 此次入选的村落中, 在我市入选的31个村落中
_GROUP_LIST = re.compile(r"包括|此外还有|另外还有|还有|分别是|分别为")
_UNIT_ENDS = {"村落": ("村",), "村庄": ("村",), "村": ("村",), "乡镇": ("乡", "镇"), "镇": ("镇", "乡")}


_GROUP_OPENING = re.compile(
    r"(?:此外|另外)?|[\u4e00-\u9fff]{1,10}?[省市县区旗州盟](?:[\d一二两三四五六七八九十百]+个[，,]?)?"
)  # 甲市|包括, 此外|还有, 甲县16个,|分别为


def _opens_group(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` lists a group of the selection: its group's place or nothing
    before ``包括``/``还有`` (``甲市包括…``, ``此外还有…``; not ``下一步，甲市还有…将积极创建``).

    >>> _opens_group("甲市包括某镇A村。", 0, 9), _opens_group("下一步,甲市还有A村将积极创建。", 0, 16)
    (True, False)
    >>> _opens_group("甲县16个,分别为某镇A村。", 0, 14)
    True
    """
    marker = _GROUP_LIST.search(text, start, end)
    return marker is not None and _GROUP_OPENING.fullmatch(text, start, marker.start()) is not None


def _grouped_after_selection(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``某省此次入选的村落中,甲市8个、乙市2个。甲市包括某镇A村、B村。此外还有丙县C村``: the units of the
    selection's kind listed in the groups that follow win the title the lead announced (of the titles
    won before it, the one most of them contain: 某某村落 in 某某村落名录村落; the last on a tie).

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "某省2个村落列入第六批中国某某村落。某省此次入选的村落中,宁安市2个。宁安市包括渤海镇青禾村、乌兰村。"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as")
    ['乌兰村', '青禾村']
    """
    text = doc.text
    for k, (s_start, s_end) in enumerate(doc.sentences):
        m = _SELECTION.search(text, s_start, s_end)
        if m is None:
            continue
        won = [f for f in found if f.start < s_start and f.verb_start < f.start and f.status in (None, "awarded")]
        if not won:
            continue
        names = [canonical[g.name] for g in won]
        title = max(won, key=lambda f: (sum(canonical[f.name] in n for n in names), f.start))  # the others' core
        ends = _UNIT_ENDS.get(m.group("unit"), ("县", "市", "区", "旗"))
        for g_start, g_end in doc.sentences[k : k + 4]:
            if g_start > s_start and (
                not _opens_group(text, g_start, g_end) or _STILL_SEEKING.search(text, g_start, g_end)
            ):
                break  # (此外还有丙村正在申报: still seeking, no winner)
            lo = m.end() if g_start == s_start else g_start
            for p in _listed_places(doc, lo, g_end):
                if p.name.endswith(ends):
                    yield _holds(doc, p.name, canonical[title.name], g_start, g_end, "awarded", _written(doc, title))


_COUNTED_UNITS = re.compile(
    r"[\d一二两三四五六七八九十]+个(?P<unit>乡镇|镇|村居|村|社区)(?:分别为|分别是)[,，:：]?"
)  # 其中,某市5个乡镇分别为,甲镇、乙镇和丙街道: the units counted, then listed
_COUNTED_UNIT_ENDS = {
    "乡镇": ("乡", "镇", "街道"),
    "镇": ("镇", "乡", "街道"),
    "村居": ("村", "社区"),
    "村": ("村",),
    "社区": ("社区", "村"),
}  # the places a counted unit takes in (乡镇: a 街道 too; 村居: villages and communities)


def _counted_units_listed(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``公布某省森林乡镇、某省森林村居名单。其中,某市5个乡镇分别为,甲镇、乙街道和丙镇``: the units a
    sentence counts and then lists win the one title announced before it whose name ends in their unit.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "深泽县罗家村被命名为“河北省森林村居”。其中,深泽县2个村居分别为,铁杆镇罗家村、赵八镇石桥村。"
    >>> sorted({r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...         if r.predicate.value == "designated_as"})
    ['石桥村', '罗家村']
    """
    text = doc.text
    for s_start, s_end in doc.sentences:
        m = _COUNTED_UNITS.search(text, s_start, s_end)
        if m is None or "其中" not in text[s_start : m.start()]:
            continue  # (其中: a part of the list announced before, not units counted for another purpose)
        unit = m.group("unit")
        titles = {
            canonical[f.name]: f
            for f in found
            if f.start < m.start() and f.status in (None, "awarded") and canonical[f.name].endswith(unit)
        }
        if len(titles) != 1:
            continue  # none announced, or two a unit fits: no reading
        title = next(iter(titles.values()))
        for p in _listed_places(doc, m.end(), s_end):
            if p.name.endswith(_COUNTED_UNIT_ENDS[unit]):
                yield _holds(doc, p.name, canonical[title.name], s_start, s_end, "awarded", _written(doc, title))


_LIST_CLOSE = re.compile(r"等[;；。]|[;；]")
_LIST_CLOSE_AT_DENG = re.compile(r"等[;；。]")


def _listed_before_verb(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``某某重点村共有199个，其中甲村、乙村2个村入选`` and ``公布了甲类和乙类名单，甲村等6个村，丙镇等3地
    上榜``: the places listed between the title and the verb of winning in its sentence win it —
    each the title whose unit (镇, 村 …) it shares, or the only one named."""
    text = doc.text
    done: set[int] = set()
    for f in found:
        k = doc.sentence_index(f.start)
        if k is None or k in done:
            continue
        s_end = doc.sentences[k][1]
        announced = [f]
        m = _AMONG.match(text, f.end)
        if m is None:  # 甲类和乙类名单，: every title of the coordination before 名单
            at = f.end
            for g in found:
                if g.start >= at and g.start < s_end and _AND.fullmatch(text, at, g.start):
                    announced.append(g)
                    at = g.end
            m = _LIST_COMMA.match(text, at)
            if m is None and (m := _LIST_STOP.match(text, at)) is not None and k + 1 < len(doc.sentences):
                s_end = doc.sentences[k + 1][1]  # 某某名单公布。甲村、乙村、丙村3个村入选。: the next sentence
        if m is None:
            continue
        won = _WON.search(text, m.end(), s_end)
        if won is None or any(m.end() <= g.start < won.start() for g in found):
            continue
        if text[m.end() - 1] == "。" and not _COUNTED_WON.match(text, won.start()):
            continue  # across a full stop only a count closing the list ties the places to the list
        if text.endswith(("未", "没", "未能", "无缘"), 0, won.start()) or _NOT_WON.search(text, won.start(), won.end()):
            continue  # 某某名单公布,甲县未入选, 甲村、乙村等2个村未入选: not won
        if any(_OBJECT_GAP.fullmatch(text, won.end(), g.start) and g not in announced for g in found):
            continue  # 甲类和乙类名单,甲县获评甲类称号: the verb names its own title (the sentence's other rules)
        done.add(k)
        places = _listed_places(doc, m.end(), won.start())
        for p in places:
            g = _title_of(announced, p.name)
            if g is not None and not (
                _unit(g.name) in ("村", "镇") and _unit(g.name) != _unit(p.name) and not g.name.endswith("村镇")
            ):
                # a town is no 重点村 (甲镇乙社区: the item's village was not read as a place)
                yield _holds(
                    doc, p.name, canonical[g.name], f.start, won.end(), g.status or "awarded", _written(doc, g)
                )


_BATCH = re.compile(r"首批|第[一二三四五六七八九十\d]+批")


def _written(doc: Doc, f: Found) -> str:
    """A title as written with the few characters before it, where its batch may stand (首批|某某强镇)."""
    return doc.text[max(0, f.start - 4) : f.end]


def _holds(doc: Doc, place: str, designation: str, start: int, end: int, status: str, written: str = "") -> Relation:
    """``place designated_as designation``, with the evidence ``[start, end)``, the title's level and
    the batch written in the title as the list names it (``written``: ``某省首批国家…``)."""
    batch = _BATCH.search(written)
    return doc.relation(
        EntityRef(EntityType.PLACE, place),
        Predicate.DESIGNATED_AS,
        EntityRef(EntityType.DESIGNATION, designation),
        start,
        end,
        status=status,
        level=level_of(designation) or home_level(written),
        batch=batch.group(0) if batch else None,
    )


_GROUP_END = re.compile(r"[;；。]")
_GROUP_VERB = re.compile(r"入选|入围|上榜|获|评为|命名|授予|被|成为|列入|创建|申报")


def _group_follows(doc: Doc, at: int, hi: int) -> bool:
    """Whether the list goes on after ``;`` at clean offset ``at``: a place the page found opens the next group and
    no verb of winning stands in it before the next ``;``/``。`` (甲县A村、B村;|乙县C村、D村: the next county;
    not 丙市入选某某县市, a clause of its own)."""
    text = doc.text
    o_at = doc.original_offset(at)
    if not any(p.start == o_at for p in doc.found(EntityType.PLACE)):
        return False
    end = _GROUP_END.search(text, at, hi)
    return _GROUP_VERB.search(text, at, end.start() if end else hi) is None


def _list_end(doc: Doc, k: int, s_end: int) -> int:
    """Where a list that sentence ``k`` opens ends: 甲镇、乙镇；丙村、丁村。 runs on past ；, unless the next
    clause opens a list of its own (获得甲的为:…;获得乙的为:…)."""
    text = doc.text
    for n_start, n_end in doc.sentences[k + 1 :]:
        if text[s_end - 1 : s_end] not in (";", "；") or _OPENS_LIST.search(text, n_start, min(n_end, n_start + 30)):
            break
        s_end = n_end
    return s_end


_OPENS_LIST = re.compile(r"(?:的|名单)(?:是|为|有)[:：]|分别是|分别为|依次是|如下")
_BARE_WEI = re.compile(r"(?<=[县市区镇乡村居道)）])为$")
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?]")


def _announced_for_comment(doc: Doc, f: Found) -> bool:
    """Whether the sentence announcing ``f`` publishes a list for comment (公示名单, 拟命名…): its winners are
    proposed."""
    lo, hi = doc.sentence_at(f.start)
    return _FOR_COMMENT.search(doc.text, lo, hi) is not None


def places_within(doc: Doc, lo: int, hi: int) -> list[Mention]:
    """The place mentions found inside clean ``[lo, hi)``, in page order."""
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    return sorted((p for p in doc.found(EntityType.PLACE) if o_lo <= p.start and p.end <= o_hi), key=lambda p: p.start)


def _listed_places(doc: Doc, lo: int, hi: int) -> list:
    """The place each item of the list in clean ``[lo, hi)`` names: the item's last place
    (``某县某镇`` → the town)."""
    places = places_within(doc, lo, hi)
    return [
        p
        for i, p in enumerate(places)
        if i + 1 == len(places)
        or _ITEM_BREAK.search(doc.page, p.end, places[i + 1].start)
        or (_JOINED_NEXT.match(doc.page, p.end) is not None and places[i + 1].start > p.end)  # 甲镇(第2名)和乙镇
    ]


_JOINED_NEXT = re.compile(r"(?:[(（][^()（）\n]{0,10}[)）])?(?:和|及|与|以及)")


_ITEM_BREAK = re.compile(r"[、，,；;。:：\n]")  # (a line break on the page ends an item too)
_ITEM_UNITS = ("村", "社区", "镇", "乡", "街道", "屯", "嘎查")  # what a list's item of places ends with
_HEADING_TAIL = re.compile(
    r"(?:[^。，,]{0,12}?(?:名单|榜单|名录)(?:如下)?|[^。，,]{0,12}?如下)(?:[(（][^()（）]{1,8}[)）])?[:：]?"
    r"|(?:分别|依次)(?:是|为)[:：]"
)  # …名单如下:, …名单(某省名单): a remark in brackets may close the heading; 22个某某村分别是: (a colon, lines after)
ITEM_NUMBER = r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[)）.、．]"
"""A list item's or an outline heading's number: (一), 1., 二、 (a pattern's text, for larger patterns)."""
_LINE_LABEL = re.compile(rf"{ITEM_NUMBER}|[^:：，,。]{{1,14}}[:：]")
_LABEL_LEAD = re.compile(  # 1. 全省某某十强县:甲县、乙市: a title labelling its line (a year, a level before it)
    rf"\s*(?:{ITEM_NUMBER})?\s*(?:(?:19|20)\d{{2}}年度?)?(?:全国|全省|全市|全区|省级|国家级|国家)?"
)


def _lines_after_heading(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``某某示范村名单如下:`` (or a heading ending in 名单/榜单), then lines that list places
    (``某县:甲镇甲村、乙镇乙村``): each listed place holds the title the heading names."""
    text = doc.text
    for f in found:
        k = doc.sentence_index(f.start)
        if k is None:
            continue
        s_start = doc.sentences[k][0]
        following = _FOLLOWING_NAMED.search(text, s_start, f.start)  # 拟命名以下县(市、区)为某某示范县：
        colon_heading = following is not None and _FOLLOWING_TAIL.fullmatch(text, f.end, doc.sentences[k][1])
        if not colon_heading and not _HEADING_TAIL.fullmatch(text, f.end, doc.sentences[k][1]):
            nxt = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else None
            if nxt is None:
                continue
            if _LIST_FOLLOWS.fullmatch(text, *nxt):
                k += 1  # 命名某某城市。名单如下：the next sentence opens the list
            elif not (_NAMES_ITS_LIST.match(text, f.end, doc.sentences[k][1]) and _labelled_places(doc, *nxt)):
                continue  # (…命名为某某小镇,现将名单进行公示。 某市:甲县甲镇、乙县乙镇。: the lines are the list)
        status = "aspiring" if following and following.group(1) else list_status(text, f)
        sub_headings = 0
        i = k + 1
        while i < len(doc.sentences) and i <= k + 2 and _between_heading_and_list(text, *doc.sentences[i]):
            i += 1  # 某省入选265个 / 其中我市入选23个 / ↓↓↓: the list's counts or a pointer, its places after them
        while i < len(doc.sentences):
            l_start, l_end = doc.sentences[i]
            i += 1
            label = _LINE_LABEL.match(text, l_start, l_end)
            lo = label.end() if label else l_start
            places = _listed_places(doc, lo, l_end)
            if not places or not _only_places(doc, lo, l_end):
                # the list ends at the first line that is no list of places — unless a nearby
                # untitled sub-heading (其中，本省这些县入选十佳：) goes on with the same list
                sub = _sub_heading(doc, found, i - 1, 3) if sub_headings == 0 else None
                if sub is None:
                    break
                sub_headings, i = 1, sub + 1
                continue
            if len(places) == 1 and _group_label(doc, places[0], i):
                continue  # 某市 / 甲县甲镇甲村 / 乙县乙镇乙村: the city groups the lines after it, it holds nothing
            for p in places:
                yield _holds(doc, p.name, canonical[f.name], l_start, l_end, status, _written(doc, f))


def _group_label(doc: Doc, place: Mention, k: int) -> bool:
    """Whether ``place``, alone on its line, labels the lines after it: the next line (sentence ``k``) opens
    with a place inside it (``某市`` over ``甲县甲镇甲村``)."""
    if k >= len(doc.sentences) or place.prop("code") is None:
        return False
    following = places_within(doc, *doc.sentences[k])
    return bool(following) and following[0].prop("parent") == place.prop("code")


# a table's header row: short cells of column names (序号, 县(市、区), 乡镇, 村名), one of them a unit or a number's
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff()（）、/]{1,10}")
_HEADER_WORD = re.compile(r"序号|编号|名称|[县市区乡镇村]|街道|社区|地区|单位|备注|所属|所在")
_ROW_NUMBER = re.compile(r"\s*\d{1,4}[.、．]?\s+")  # a row's number cell (1 某县 某镇 某村)


def _table_rows(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """A title's heading line over a table flattened to lines: a header row of column names (``序号 县(市、区) 乡镇
    村名``), then a row a line (``1 甲县 乙镇 丙村``): each row's last place holds the title.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "某省示范村名单\\n序号 县(市、区) 乡镇 村名\\n1 攸县 网岭镇 罗家村\\n2 醴陵市 白兔潭镇 石桥村\\n"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as")
    ['石桥村', '罗家村']
    """
    text = doc.text
    for f in found:
        k = doc.sentence_index(f.start)
        if k is None or k + 2 >= len(doc.sentences):
            continue
        if not _HEADING_TAIL.fullmatch(text, f.end, doc.sentences[k][1]):
            continue
        h_start, h_end = doc.sentences[k + 1]
        cells = text[h_start:h_end].split()
        if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(c) and _HEADER_WORD.search(c) for c in cells):
            continue  # (no header row of column names: no table)
        if _listed_places(doc, h_start, h_end):
            continue  # (a row of places, not of column names)
        status = list_status(text, f)
        for l_start, l_end in doc.sentences[k + 2 :]:
            number = _ROW_NUMBER.match(text, l_start, l_end)
            lo = number.end() if number else l_start
            o_hi = doc.original_offset(l_end)
            places = places_within(doc, lo, l_end)
            if not places or not _only_places(doc, lo, l_end):
                break  # the table ends at the first row that is no row of places
            last = max(places, key=lambda p: p.start)
            if last.end != len(doc.page[:o_hi].rstrip()):
                continue  # 1 某县 某镇 某庄: the row's last cell is no place kg reads, the town does not hold it
            yield _holds(doc, last.name, canonical[f.name], l_start, l_end, status, _written(doc, f))


_SELECTION_LINE = re.compile(
    r"\s*(?:一起来看|快来看|来看|请看)?(?:本次|此次|这次)?[\u4e00-\u9fff]{0,6}?(?:入选|上榜|入围|获评|获命名)的?"
    r"(?:(?:村寨|村落|村庄|村|乡镇|镇|县|社区)(?:名单)?|名单)[:：↓!！]*\s*"
)  # 本次某市入选村寨, 此次入选的村落名单, 一起来看某市入选名单↓: a heading over the page's own winners, no title
_REMARK_LINE = re.compile(
    r"\s*[（(][^()（）]{1,16}[)）]\s*"
)  # (资料图片仅供参考): a caption's remark between the lines


def _selection_heading(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """A line heading the page's own winners without naming the title (``本次某市入选村寨``), then a line listing
    places: each holds the last title a verb conferred above the heading (or the last title above it).

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "命名甲县乙村等30个村寨为第五批某省特色村寨。\\n本次某市入选村寨\\n攸县网岭镇罗家村、醴陵市白兔潭镇石桥村。"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as" and r.subject.name != "乙村")
    ['石桥村', '罗家村']
    """
    text = doc.text
    lines = page_lines(doc)
    for n, (lo, hi) in enumerate(lines[:-1]):
        lo = max(lo, text.rfind("。", lo, hi) + 1)  # (…308个村入选。一起来看某市入选名单↓: the line's last sentence)
        if not _SELECTION_LINE.fullmatch(text, lo, hi):
            continue
        above = [f for f in found if f.end <= lo and (f.status or "awarded") == "awarded"]
        conferred = [f for f in above if f.verb_start < f.start]  # 命名…为某某: the title a verb gives
        if not above:
            continue
        listed: list[tuple[str, int, int]] = []
        skipped = 0
        for n_lo, n_hi in lines[n + 1 :]:  # the lines listing places, a group's counted heading or a remark between
            if (
                _COUNTED_HEADING.fullmatch(text, n_lo, n_hi)
                or _REMARK_LINE.fullmatch(text, n_lo, n_hi)
                or _POINTER_LINE.fullmatch(text, n_lo, n_hi)
            ):
                skipped += 1
                if skipped > 3:
                    break
                continue  # 某市(36个), (资料图片仅供参考): over or beside the list
            label = _COLON_LABEL.match(text, n_lo, n_hi)  # 某区:甲街道甲村、乙镇乙村: the county labels the line
            n_lo = label.end() if label and not item_places(doc, n_lo, label.end() - 1)[1:] else n_lo
            places = item_places(doc, n_lo, n_hi - (text[n_hi - 1] in "。；;"))
            if listed and not places and n_hi - n_lo <= 24 and text[n_lo:n_hi].rstrip().endswith(_ITEM_UNITS):
                continue  # 某市某乡某村: an item the places did not read, the list goes on after it
            if not places or (len(places) == 1 and not _only_places(doc, n_lo, n_hi)):
                break
            listed.extend((p.name, n_lo, n_hi) for p in places)
        if len(listed) < 2:
            continue
        f = (conferred or above)[-1]
        status, written = list_status(text, f), _written(doc, f)
        for place, n_lo, n_hi in listed:
            yield _holds(doc, place, canonical[f.name], n_lo, n_hi, status, written)


_NAMES_ITS_LIST = re.compile(r"[”\"]?[，,](?:现将|现)?(?:名单|拟命名名单|公示名单)")  # …称号,现将名单予以公示


def _labelled_places(doc: Doc, lo: int, hi: int) -> bool:
    """Whether clean ``[lo, hi)`` is a labelled line of places only (``某市:甲县甲镇、乙县乙镇。``)."""
    label = _COLON_LABEL.match(doc.text, lo, hi)
    return label is not None and bool(_listed_places(doc, label.end(), hi)) and _only_places(doc, label.end(), hi)


_COLON_LABEL = re.compile(r"[^:：，,。、]{1,14}[:：]")
_HEADING_COUNT_LINE = re.compile(
    r"\s*(?:其中)?[\u4e00-\u9fff]{0,8}?(?:入选|上榜|入围|共有|共)[\d一二两三四五六七八九十百]+(?:个|家|处)[\u4e00-\u9fff]{0,4}?[。]?\s*"
)
_POINTER_LINE = re.compile(r"\s*[↓⬇▼▽↘👇]+\s*")  # ↓↓↓, 👇: a web page's pointer down to the list


def _between_heading_and_list(text: str, lo: int, hi: int) -> bool:
    """Whether clean ``[lo, hi)`` is a line a list's heading may have before its places: the list's counts
    (``其中我市入选23个``) or a pointer down to it (``↓↓↓``).

    >>> _between_heading_and_list("↓↓↓", 0, 3), _between_heading_and_list("其中我市入选23个", 0, 10)
    (True, True)
    """
    return bool(_HEADING_COUNT_LINE.fullmatch(text, lo, hi) or _POINTER_LINE.fullmatch(text, lo, hi))


_FOLLOWING_NAMED = re.compile(r"(拟)?(?:命名|认定|授予|确定|评定|推荐)以下[^。：:]{0,12}?为")
_FOLLOWING_TAIL = re.compile(r"[”\"]?(?:[:：]|[，,](?:现|特)?(?:予以|予)?(?:公示|公布)[。:：]?)\s*")
"""What closes the sentence of 拟认定以下村为某某村 before its lines: a colon, or 现予公示 (…为某某村,现予公示。)."""
_LIST_FOLLOWS = re.compile(r"[^。！？]{0,20}?[,，]?(?:具体|详细|获评|入选|命名)?名单如下[:：]?\s*")
_SUB_HEADING = re.compile(r"[^。]{0,30}(?:入选|上榜|入围|获评|名单)[^。:：]{0,12}[:：]\s*")


def _sub_heading(doc: Doc, found: list[Found], k: int, within: int) -> int | None:
    """The index of a heading within ``within`` sentences from ``k`` that opens a list of winners
    without naming a title (``其中，本省这些县入选十佳：``), or ``None``."""
    text = doc.text
    for j in range(k, min(k + within, len(doc.sentences))):
        s_start, s_end = doc.sentences[j]
        if _SUB_HEADING.fullmatch(text, s_start, s_end) and not any(s_start <= g.start < s_end for g in found):
            return j
    return None


_INNER_LABEL = re.compile(r"\s*([\u4e00-\u9fff()（）]{1,14})[:：]")


_LIST_SEPARATORS = re.compile(r"[、，,；;。:：\s]")  # what stands between a list's items (no item's character)


def _mostly_places(doc: Doc, lo: int, hi: int) -> bool:
    """:func:`_only_places`, or a long list of items whose places kg read cover four in five of its characters
    (``某镇薛村、某乡(某管委会)某村及某村、…``: a few villages it did not read do not make it prose)."""
    if _only_places(doc, lo, hi):
        return True
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    original = doc.page
    body = len(_LIST_SEPARATORS.sub("", _BRACKETED.sub("", original[o_lo:o_hi])))
    covered = sum(p.end - p.start for p in places_within(doc, lo, hi))
    return body >= 40 and covered >= 0.8 * body


def _only_places(doc: Doc, lo: int, hi: int) -> bool:
    """True when clean ``[lo, hi)`` holds places and separators only (a few other characters allowed;
    two list lines run together keep the second's label: ``甲县、乙县丙类十佳:丁县``)."""
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)
    places = places_within(doc, lo, hi)
    covered = sum(p.end - p.start for p in places)
    original = doc.page
    labels = sum(
        len(m.group(1))
        for p in places
        if (m := _INNER_LABEL.match(original, p.end, o_hi))
        and not any(q.start < m.end() - 1 for q in places if q.start >= p.end)
    )
    remarks = sum(len(m.group()) for m in _BRACKETED.finditer(original, o_lo, o_hi))  # 某乡(某某管委会)某村
    rest = len(_LIST_SEPARATORS.sub("", original[o_lo:o_hi])) - covered - labels - remarks
    return rest <= 4


_TITLE_LINE_LEAD = re.compile(
    r"(?:附件\s*[\d一二三四五六七八九十]*\s*[:：]\s*)?"  # 附件1:某某名单
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?"  # (一)某某推进县(23个)
    r"(?:[^。，,：:]{0,16}?(?:入选|上榜|入围|获评|命名)的?)?在?(?:(?:19|20)\d{2}(?:[-—~至](?:19|20)\d{2})?(?:年度?|周期))?"
    r"(?P<proposed>拟(?:命名|授予|认定|推荐)为?)?(?:首批|第[一二三四五六七八九十\d]+批)?"
)  # 全省新一批入选的|某某重点村分别是; 在第一批|某某乡村|名单中; 2019年度拟命名|某某城镇名单
_TITLE_LINE_TAIL = re.compile(
    r"(?:[(（][^()（）]{1,8}[)）])?(?:建设|创建|认定|推荐|评选|拟命名|拟认定)?(?:公示)?"
    r"(?:名单|榜单|名录(?:的(?:村落|村庄|村寨|村|乡镇|镇)名单)?)?"  # 入选某某名录的村落名单中: a post cut into lines
    r"(?:[(（]共?[\d一二三四五六七八九十百]+个[)）])?"
    r"(?:前[一二三四五六七八九十\d]{1,3}(?:名|位|强)?)?"  # 某某百强县前十:
    r"中?(?:分别是|分别为|如下|的是|的有)?[:：]?\s*"
)
_COUNTED_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"[\u4e00-\u9fff]{2,10}[(（][\d一二三四五六七八九十百]+个[)）]\s*"
)
_COUNTED_TAIL = re.compile(r"等[\d一二两三四五六七八九十百]+(?:个|家|地|处)[\u4e00-\u9fff]{0,4}$")


def title_line_lists(doc: Doc, found: list[Found], canonical: dict[str, str]) -> tuple[list[Relation], set[int]]:
    """A line that is a title alone (``国家某某城市``, ``第二批某某乡村名单``), then lines listing places
    (``甲市、乙市``, ``甲市的乙县``, ``某县：甲乡甲村、乙镇乙村``): each listed place holds that title.

    Lines are the page's own (before broken lines are joined). A few short lines without a title
    may stand between the title and its list (``全国共有3639个村庄入选``, ``其中``), and a line naming
    one prefecture alone heads its group (``某市``) without winning. Returns the relations and the
    starts of the titles whose lines were read (their holders are these, not the home city).
    """
    text = doc.text
    lines = page_lines(doc)
    starts = [a for a, _b in lines]
    line_of = {}
    for f in found:
        n = bisect_right(starts, f.start) - 1
        if n >= 0 and f.start < lines[n][1]:
            line_of[f.start] = n
    title_lines = set(line_of.values())
    alone: dict[int, tuple[Found, str]] = {}  # line -> the title alone on it, and its list's status
    for n, (short, f) in _abbreviated_headings(doc, found, canonical, lines, title_lines).items():
        alone[n] = (short, list_status(text, f))  # 森林乡镇 某市(5个): the title announced before, shortened
        title_lines.add(n)
    out: list[Relation] = []
    handled: set[int] = set()
    by_heading: dict[int, list[tuple[str, int, int, str]]] = {}  # a title line -> the holders listed under it
    for f in found:
        n = line_of.get(f.start)
        if n is None:
            continue
        l_start, l_end = lines[n]
        # a page stored as one line: the title's own stretch starts after the last sentence end or space run
        l_start = max([l_start, *(k + 1 for c in "。 \u3000" if (k := text.rfind(c, l_start, f.start)) >= 0)])
        if (colon := _COLON_AFTER_NAME.match(text, f.end)) and _labels_its_line(doc, lines[n], f, colon.end()):
            # 1. 某某十强县(市):甲县、乙市、丙县: the title labels its line, the places after its colon hold it
            heading = _heading_above(doc, lines, n)  # (…拟命名名单公示 / 关于撤销…的通报 above the labelled lines)
            if _NOT_WON_LIST.search(heading):
                handled.add(f.start)
                continue
            status = "aspiring" if _PROPOSING.search(heading) or "公示" in heading else list_status(text, f)
            written = _written(doc, f)
            listed_here = _listed_places(doc, colon.end(), l_end)
            out.extend(_holds(doc, p.name, canonical[f.name], l_start, l_end, status, written) for p in listed_here)
            handled.add(f.start)
            continue
        lead = _place_lead(doc, l_start, f.start)  # 某省首批|某某强镇名单: the region the list is of
        head = _TITLE_LINE_LEAD.fullmatch(text, lead, f.start)
        if not head and _TITLE_LINE_TAIL.fullmatch(text, f.end, l_end):
            # …发布了某某名单，本市10个村入选的某某名单 (a title closing its line): the last clause leads it
            comma = max(text.rfind("，", l_start, f.start), text.rfind(",", l_start, f.start))
            lead = _place_lead(doc, comma + 1, f.start) if comma >= 0 else lead
            head = _TITLE_LINE_LEAD.fullmatch(text, lead, f.start) if comma >= 0 else None
        if not head:
            continue
        status = "aspiring" if head.group("proposed") else list_status(text, f)
        if _TITLE_LINE_TAIL.fullmatch(text, f.end, l_end):
            alone[n] = (f, status)
        elif (tail := _TITLE_LINE_TAIL.match(text, f.end, l_end)) and text[tail.end() - 1 : tail.end()].isspace():
            inline = _spaced_items(doc, tail.end(), l_end)  # 某某名单 甲区乙镇丙村 丁区戊镇己村 …: one line
            if len(inline) >= 3:
                written = _written(doc, f)
                out.extend(_holds(doc, p.name, canonical[f.name], l_start, l_end, status, written) for p in inline)
                handled.add(f.start)

    def umbrella_line(n: int) -> bool:  # 某某名单(共4个): an umbrella over the counted lists after it
        return _TOTAL_AFTER.search(text, *lines[n]) is not None

    for n in sorted(alone):
        if n - 1 in alone and not umbrella_line(n - 1):
            continue  # a title line right after another: the first reads their one list
        group = [alone[n]]
        while n + 1 in alone and not umbrella_line(n):  # 附件1:某某城镇名单 / 附件2:某某村庄名单: by unit
            n += 1
            group.append(alone[n])
        listed: list[Relation] = []
        spans: list[tuple[str, int, int, str]] = []  # each holder's name, its line and the list's status

        def hold(place: str, lo: int, hi: int, group: list = group, listed: list = listed, spans: list = spans) -> None:
            """``place`` on the line ``[lo, hi)`` holds the group's title whose unit it shares (or its only one)."""
            which = group[0] if len(group) == 1 else _unit_title(group, place)
            if which is not None:
                f, status = which
                listed.append(_holds(doc, place, canonical[f.name], lo, hi, status, _written(doc, f)))
                spans.append((place, lo, hi, status))

        noise = 0
        for m, (lo, hi) in enumerate(lines[n + 1 :], start=n + 1):
            if m in title_lines:
                break  # the next title's line
            if _TABLE_HEADER.match(text, lo, hi):
                continue  # 序号 省份 县(市、区) 村庄名称: a table's header, its rows follow
            if (row := _TABLE_ROW.match(text, lo, hi)) and (cells := _row_cells(text, row.end(), hi)):
                # 1 某省 某县 某镇: a table's numbered row, its holder the last cell that names a place
                holder = _row_holder(doc, cells)
                if holder is not None:
                    hold(holder.name, lo, hi)
                    continue
                if listed:
                    continue  # a row whose place was not read: the table goes on
            label = _LINE_LABEL.match(text, lo, hi)
            first = label.end() if label else lo
            stop = text.find("。", first, hi)  # 甲县、乙县。(甲县开展某某建设。): the list ends at its full stop
            last = lo + len(_COUNTED_TAIL.sub("", text[lo : stop if stop >= 0 else hi]))
            places = item_places(doc, first, last)
            if places:
                counted = _COUNTED_HEADING.fullmatch(text, lo, hi) is not None  # 某市(6个): a group's heading
                # (一、某省(27个): a labelled region with its count heads its group too)
                heading = len(places) == 1 and (label is None or counted) and _heads_group(places[0])
                if heading and (not listed or counted or _labelled_next(text, lines, m)):
                    continue  # 某市: a group's heading line (the first, or one that labelled lines follow)
                for p in places:
                    hold(p.name, lo, hi)
                continue
            if listed and label is not None and _list_items(text, first, last):
                continue  # 某县：甲乡甲村 — a list's line whose places were not read goes on with the list
            if listed and _list_items(text, first, last) and text[first:last].endswith(_ITEM_UNITS):
                continue  # 某中心社区某村: an item the places did not read, the list goes on after it
            if listed and _COUNTED_HEADING.fullmatch(text, lo, hi):
                continue  # 高新区(2个): a group's counted heading whose name the places did not read
            if listed:
                break  # the list ends at its first line that lists no places
            noise += 1
            if noise > 4 or hi - lo > 24:
                break
        if listed:
            out.extend(listed)
            handled.update(f.start for f, _ in group)
            by_heading[n] = spans
    out.extend(_umbrella_lists(doc, found, canonical, lines, line_of, by_heading))
    return out, handled


_TABLE_HEADER = re.compile(r"\s*(?:序号|编号)(?:[ \t\u3000]+[^\s\d]{1,12}){2,8}\s*$")  # 序号 所在市 县(市、区) 名称
_TABLE_ROW = re.compile(r"\s*\d{1,4}[.．、]?[ \t\u3000]+")  # 12 某市 某县 某镇: a row's number, then its cells
_CELL = re.compile(r"[^\s]+")
# 某镇人民政府: the place's body, written after it in the holder's cell
_UNIT_OF_PLACE = re.compile(r"(?:人民政府|政府|街道办事处|办事处|党委|村民委员会|村委会|居委会)?")


def _row_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of a table row in ``text[lo:hi]`` (runs without white space), or ``[]`` when it reads as a
    sentence (a cell too long, or a sentence's punctuation in it)."""
    cells = [(lo + m.start(), lo + m.end()) for m in _CELL.finditer(text[lo:hi])]
    if len(cells) < 2 or any(b - a > 30 or _ROW_SENTENCE.search(text, a, b) for a, b in cells):
        return []
    return cells


_ROW_SENTENCE = re.compile(r"[。，,；;！？!?]")


def _row_holder(doc: Doc, cells: list[tuple[int, int]]):  # -> Mention | None
    """The place a table row's holder cell names: the last cell that ends in a place (or in that place's
    body: 某县某镇人民政府 → 某镇), read from the right past cells that name none (the title, a batch, a
    remark); ``None`` when the last cell naming a place's unit (某某村) is not read as one."""
    text = doc.text
    holders = []
    for a, b in reversed(cells):
        found = _listed_places(doc, a, b)
        if found and (at := doc.clean_offset(found[-1].end - 1)) is not None:
            if not _UNIT_OF_PLACE.fullmatch(text, at + 1, b):
                return None  # 某县某某示范村: a cell going on past its place holds no place of its own
            holders.append(found[-1])
        elif text[a:b].endswith(_ITEM_UNITS):
            return None  # 某某村 not read as a place: no holder, not the county in the cell before it
    # 1 某县 某市 (县, then 所属市州): the most local place of the row holds the title, whichever its column
    return min(holders, key=lambda p: _LEVEL_RANK.get(p.prop("level"), len(_LEVEL_RANK)), default=None)


_LEVEL_RANK = {PlaceLevel.VILLAGE: 0, PlaceLevel.TOWN: 1, PlaceLevel.COUNTY: 2, PlaceLevel.AREA: 2}


_TOTAL_BEFORE = re.compile(r"(\d{1,4})个(?:全国|全省|国家级?|省级)?$")
_TOTAL_AFTER = re.compile(r"(?:名单|名录)?\s*[（(]共(\d{1,4})个[)）]\s*")  # 某某名单(共10个), on its line or the next
_HEADING_COUNT = re.compile(r"[（(](\d{1,3})个[)）]\s*$")


_COUNT_LINE = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:共有|共|有)(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})个"
    r"[\u4e00-\u9fff]{0,4}?(?:入选|上榜|入围|获评|榜上有名)[。！!]?\s*"
)  # 某省共有12个村落入选: a line that counts the page's winners, then lists them a line each
_NAMES_A_LIST = re.compile(r"名单|名录|公示|公布")


def counted_lines(
    doc: Doc, found: list[Found], canonical: dict[str, str], read: Container[int] = frozenset()
) -> Iterator[Relation]:
    """A line counting the winners (``某省共有12个村落入选``) right after the line naming the title, then as many
    lines as it counts, each one place (``某省某市某县某镇某村``), a short line or two between: each holds
    the title named last before the count. A count the lines do not match lists nothing.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> text = "公布了第九批全国某某示范村名单。\\n湖南共有2个村入选\\n一起来看\\n醴陵市白兔潭镇卢村\\n攸县网岭镇罗家村"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=text)).relations
    ...        if r.predicate.value == "designated_as")
    ['卢村', '罗家村']
    """
    text = doc.text
    lines = page_lines(doc)
    for n, (lo, hi) in enumerate(lines):
        counted = _COUNT_LINE.fullmatch(text, lo, hi)
        if counted is None or not (want := cn_number(counted.group("n"))):
            continue
        above = lines[n - 1] if n else (lo, lo)  # the title is named on the line right above the count,
        if not _NAMES_A_LIST.search(text, *above):  # a line announcing a list (名单, 名录, 公示, 公布)
            continue
        before = [f for f in found if above[0] <= f.start and f.end <= above[1] and f.start not in read]
        if not before or any(lo <= f.start < hi for f in found):
            continue
        f = before[-1]
        holders: list[tuple[Mention, int, int]] = []
        filler = 0
        for lo2, hi2 in lines[n + 1 :]:
            places = item_places(doc, lo2, hi2)
            if len(places) == 1 and _list_items(text, lo2, hi2) == [(lo2, hi2)]:
                holders.append((places[0], lo2, hi2))
                continue
            if holders or filler == 2 or hi2 - lo2 > 16:
                break
            filler += 1  # 一起来看看: a short line between the count and the list
        if len(holders) != want:
            continue
        status, written = list_status(text, f), _written(doc, f)
        for place, lo2, hi2 in holders:
            yield _holds(doc, place.name, canonical[f.name], lo2, hi2, status, written)


_ABBREVIATED_HEADING = re.compile(
    r"\s*(?P<number>[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"(?P<title>[\u4e00-\u9fff]{3,12}?)"
    r"(?:(?:[ \t\u3000]+[\u4e00-\u9fff]{2,10})?\s*[（(]\d{1,4}个[)）]|名单|(?(number)|(?!)))\s*"
)  # 森林乡镇 某市(5个), 二、示范村镇(12个), 一、先进乡镇名单, 二、示范村: a title's last words, then a count or 名单
_COUNTED_TITLE_HEADING = re.compile(
    r"\s*[\u4e00-\u9fff]{2,8}?\d{1,4}个[“\"]?(?P<title>[\u4e00-\u9fff]{4,12})[”\"]?(?:分别为|分别是|如下|名单)[:：]?\s*"
)  # 某市30个“森林村居”分别为: the region, the count, then the title's last words over its list


def _abbreviated_headings(
    doc: Doc, found: list[Found], canonical: dict[str, str], lines: Sequence[tuple[int, int]], title_lines: set[int]
) -> dict[int, tuple[Found, Found]]:
    """Lines that head a list with the last words of one title the page announced above them (``某省森林乡镇``
    in the lead, then a line ``森林乡镇 某市(5个)`` over its places): line → (the heading's words read as that
    title, the title as announced). Words that end two different titles head neither's list.

    >>> from kg.extract.designations import designations_of
    >>> from kg.model import Document
    >>> text = "我市两镇被授予某省森林乡镇称号。\\n森林乡镇 某市(2个)\\n甲县乙镇\\n丙县丁镇"
    >>> doc = Doc.of(Document(id="t.txt", text=text))
    >>> found = designations_of(doc)
    >>> [(n, doc.text[short.start : short.end]) for n, (short, f) in
    ...  _abbreviated_headings(doc, found, {f.name: f.name for f in found}, page_lines(doc), {0}).items()]
    [(1, '森林乡镇')]
    """
    text = doc.text
    out: dict[int, tuple[Found, Found]] = {}
    if not found:
        return out
    first = min(f.start for f in found)
    for n, (lo, hi) in enumerate(lines):
        if n in title_lines or lo < first or hi - lo > 30:
            continue
        heading = _ABBREVIATED_HEADING.fullmatch(text, lo, hi) or _COUNTED_TITLE_HEADING.fullmatch(text, lo, hi)
        if heading is None:
            continue
        words = heading.group("title")
        fits = {canonical[f.name]: f for f in found if f.end <= lo and canonical[f.name].endswith(words)}
        if len(fits) == 1 and (title := next(iter(fits))) != words:
            f = fits[title]
            out[n] = (replace(f, start=heading.start("title"), end=heading.end("title")), f)
    return out


def _umbrella_lists(
    doc: Doc,
    found: list[Found],
    canonical: dict[str, str],
    lines: Sequence[tuple[int, int]],
    line_of: dict[int, int],
    by_heading: dict[int, list[tuple[str, int, int, str]]],
) -> Iterator[Relation]:
    """``拟确定了69个某某示范县`` (or ``某某名单(共69个)``) over counted headings (``（一）甲类县（23个）`` …)
    whose counts add up to 69: each place listed under them holds the umbrella title too."""
    text = doc.text
    for f in found:
        n = line_of.get(f.start)
        if n is None:
            continue
        total = _TOTAL_BEFORE.search(text, max(0, f.start - 9), f.start) or _total_after(text, lines, n, f.end)
        if total is None:
            continue
        counted = 0
        places: dict[str, tuple[str, int, int, str]] = {}
        for m in sorted(h for h in by_heading if h > n):
            count = _HEADING_COUNT.search(text, *lines[m])
            if count is None:
                break
            counted += int(count.group(1))
            for held in by_heading[m]:
                places.setdefault(held[0], held)
            if counted >= int(total.group(1)):
                break
        if counted != int(total.group(1)) or not places:
            continue
        aspiring = any(held[3] == "aspiring" for held in places.values())
        status = "aspiring" if aspiring else list_status(text, f)
        for name, lo, hi, _status in places.values():
            yield _holds(doc, name, canonical[f.name], lo, hi, status, _written(doc, f))


def _total_after(text: str, lines: Sequence[tuple[int, int]], n: int, end: int) -> re.Match[str] | None:
    """The count a title's list line gives after it (``某某名单(共10个)``), or the line after it alone does."""
    found = _TOTAL_AFTER.fullmatch(text, end, lines[n][1])
    if found is None and n + 1 < len(lines) and _TITLE_LINE_TAIL.fullmatch(text, end, lines[n][1]):
        found = _TOTAL_AFTER.fullmatch(text, *lines[n + 1])
    return found


def _spaced_items(doc: Doc, lo: int, hi: int) -> list:
    """The places of a line's space-separated items (``甲区乙镇丙村 丁区戊镇己村``): each item's last place,
    ending the item; empty when an item holds none or a sentence's punctuation."""
    out = []
    for m in re.finditer(r"\S+", doc.text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        found = _listed_places(doc, a, b)
        end = doc.clean_offset(found[-1].end - 1) if found else None
        if end is None or end + 1 != b:
            tail = _BRACKETED.search(doc.text, a, b)  # 某村(甲某): an author's name in brackets after the last
            if not (found and tail and tail.end() == b and end is not None and end + 1 == tail.start()):
                continue
        out.append(found[-1])
    return out


def _unit_title(group: list[tuple[Found, str]], place: str) -> tuple[Found, str] | None:
    """The one title of consecutive title lines whose unit (镇, 村 …) ``place`` shares, else None."""
    fits = [g for g in group if _unit(g[0].name) == _unit(place)]
    return fits[0] if len(fits) == 1 else None


_LEAD_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def _place_lead(doc: Doc, lo: int, hi: int) -> int:
    """Where a title line's lead starts after the place it opens with (``某省首批…名单``, ``2023年某省第三批…``;
    the title's own words when they start inside that place's name: ``某某自治区|自治区首批…``), else ``lo``."""
    year = _LEAD_YEAR.match(doc.text, lo, hi)
    at = year.end() if year else lo
    o_at = doc.original_offset(at)
    for p in doc.found(EntityType.PLACE):
        if p.start == o_at and (end := doc.clean_offset(p.end - 1)) is not None:
            return min(end + 1, hi)
    return lo


_ITEM = re.compile(  # a bullet or a space around an item is no part of it, nor a remark in brackets after it
    r"[\s•·]*([^、，,；;]+?)\s*(?:[(（]□{1,20}[)）]\s*)?(?=[、，,；;]|$)"
)
_NO_ITEM = re.compile(r"[。！？!?“”\"：:]|\d")


def item_places(doc: Doc, lo: int, hi: int) -> list:
    """The places a list line in clean ``[lo, hi)`` names, one per item that ends in a place
    (``甲市的乙县`` → 乙县; an item ending in a name that is no known place names none); empty
    when the line is no list (an item too long, or a sentence's punctuation or a number in it)."""
    out = []
    for a, b in _list_items(doc.text, lo, hi):  # each item's last place, read within the item alone
        found = _listed_places(doc, a, b)  # (a place in a remark after it, 某镇(某地白鸭), is no item's end)
        if found and (at := doc.clean_offset(found[-1].end - 1)) is not None and at + 1 == b:
            out.append(found[-1])
    return out


def _list_items(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of ``text[lo:hi]`` when it reads as a list (short items, without a sentence's
    punctuation or numbers), else an empty list."""
    masked = _BRACKETED.sub(_mask, text[lo:hi]) if "(" in text[lo:hi] or "（" in text[lo:hi] else text[lo:hi]
    items = [(lo + a, lo + b) for m in _ITEM.finditer(masked) for a, b in [m.span(1)]]
    long = any(b - a - masked.count("□", a - lo, b - lo) > 24 for a, b in items)  # (a remark's length aside)
    return [] if long or any(_NO_ITEM.search(masked, a - lo, b - lo) for a, b in items) else items


_BRACKETED = re.compile(r"[(（][^()（）]{1,20}[)）]")


def _mask(m: re.Match[str]) -> str:
    """A remark in brackets with its inside blanked, same length (某镇(花炮、陶瓷): its 、 splits no item)."""
    return m.group()[0] + "□" * (len(m.group()) - 2) + m.group()[-1]


_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")


_SHORT_TITLE_LABEL = re.compile(rf"\s*(?P<batch>{_BATCH.pattern})?(?P<core>[\u4e00-\u9fff]{{4,16}})[:：]")
_LEVEL_IN_FRONT = re.compile(
    rf"(?:{_BATCH.pattern})?(?:[\u4e00-\u9fff]{{2,8}}?(?:省|自治区|市)|全国|国家级?|省级)"
)  # what a title's short form leaves out: its batch and level (第一批|湖南省|某某名镇)


def _short_title_lines(doc: Doc, found: list[Found], canonical: dict[str, str]) -> Iterator[Relation]:
    """``第一批某某名镇:甲县甲镇、乙县乙镇`` after ``…为第一批某省某某名镇``: a line labelled with a title
    written without its level (the province, 全国) lists the places that hold it.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "甲镇等2个镇为第一批湖南省某某名镇。\\n第一批某某名镇:攸县网岭镇、醴陵市白兔潭镇。"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as")
    ['白兔潭镇', '网岭镇']
    """
    text = doc.text
    titles = [(f, canonical[f.name]) for f in found]
    if not titles:
        return
    for lo, hi in page_lines(doc):
        label = _SHORT_TITLE_LABEL.match(text, lo, hi)
        if label is None:
            continue
        core = label.group("core")
        title = next(
            (
                (f, name)
                for f, name in titles
                if f.end <= lo
                and (label.group("batch") is None or _BATCH.search(f.name) is None or label.group("batch") in f.name)
                and name.endswith(core)
                and name != core
                and _LEVEL_IN_FRONT.fullmatch(name, 0, len(name) - len(core))
            ),
            None,
        )
        if title is None or not _only_places(doc, label.end(), hi):
            continue
        f, name = title
        for p in _listed_places(doc, label.end(), hi):
            yield _holds(doc, p.name, name, lo, hi, f.status or "awarded", _written(doc, f))


def page_lines(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The clean spans of the page's own lines (joining broken lines makes one sentence of several)."""
    spans = doc.cache.get("page_lines")
    if spans is None:
        ends = (
            (doc.clean_offset(m.start()), doc.clean_offset(m.end() - 1))
            for m in _LINE.finditer(doc.document.text)  # (from its first to its last visible character)
        )
        spans = doc.cache["page_lines"] = tuple(
            (a, b + 1) for a, b in ends if a is not None and b is not None and b >= a
        )
    return spans


def _labelled_next(text: str, lines: Sequence[tuple[int, int]], n: int) -> bool:
    """Whether the line after line ``n`` opens with a label (``某区：``): line ``n`` heads that group."""
    return n + 1 < len(lines) and _LINE_LABEL.match(text, *lines[n + 1]) is not None


def _heads_group(place: Mention) -> bool:
    """True when a line naming one place alone is a province's or a prefecture's heading (``某市``, ``某盟``,
    ``某州``), not a county-level city's (``某某市`` of level county is a list's item)."""
    level = place.prop("level")
    if level in (PlaceLevel.COUNTY, PlaceLevel.TOWN, PlaceLevel.VILLAGE):
        return False
    return place.name.endswith(("省", "自治区", "市", "盟", "州", "地区"))


_LIST_CUE = re.compile(
    r"名单|名录|公布|公示|入选|命名|认定|确认|授予|评为|评选|上榜|入围|列入|获评|表彰|如下|推荐|推介"
)  # what a clause publishing a list, conferring or putting forward its title says
_BULLET = re.compile(rf"\s*(?:[•·●○◆■□▪*]|{ITEM_NUMBER})\s*")
_CLAUSE_END = re.compile(r"[，,。；;:：！？!?\n]")
_TITLED_LIST = re.compile(
    r"[\u4e00-\u9fff”\"]{2,}?(?:村|镇|乡|县|市|区|城|基地|园|点|单位|社区|村落|村庄|村寨|小镇)[”\"]?"
    r"(?:创建|建设|推荐|认定|命名|公示)?(?:名单|名录|榜单)"
)  # 拟推荐某某休闲乡村名单: a list named by its title (not 一起看名单)


def _cued(doc: Doc, f: Found) -> bool:
    """Whether the clause holding ``f`` publishes a list or confers it (名单, 公布, 入选, 命名 …)."""
    text = doc.text
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, f.start - 40), f.start)), default=max(0, f.start - 40))
    end = _CLAUSE_END.search(text, f.end, f.end + 40)
    return _LIST_CUE.search(text, lo, end.start() if end else min(len(text), f.end + 40)) is not None


def _place_line(doc: Doc, lo: int, hi: int) -> list[Mention]:
    """The places a line lists, one per item, when it lists places only (a number, a bullet or a label first)."""
    text = doc.text
    bullet = _BULLET.match(text, lo, hi)
    a = bullet.end() if bullet else lo
    label = _COLON_LABEL.match(text, a, hi)
    if label and not item_places(doc, a, label.end() - 1)[1:]:
        a = label.end()
    places = item_places(doc, a, hi - (text[hi - 1] in "。；;"))
    return places if places and (len(places) > 1 or _only_places(doc, a, hi)) else []


def place_blocks(doc: Doc, found: list[Found], canonical: dict[str, str], held: Container[str]) -> Iterator[Relation]:
    """Lines that list places alone (three or more, in a run a count or a remark may interrupt) that no other
    reader gave a title: each item's place holds the title the nearest clause above publishing a list names
    (``对某某重点村名单进行公示。`` … ``某市某县某镇甲村`` / ``某市某县乙村`` / …), unless the line heading them
    names a list of a title kg did not read.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "省里公布了省级某某乡村名单。\\n攸县网岭镇罗家村\\n醴陵市白兔潭镇石桥村\\n茶陵县严塘镇新联村\\n"
    >>> sorted(r.subject.name for r in extract(Document(id="t.txt", text=t)).relations
    ...        if r.predicate.value == "designated_as")
    ['新联村', '石桥村', '罗家村']
    """
    if not found:
        return  # (no title on the page: no list of its holders)
    text = doc.text
    lines = page_lines(doc)
    starts = sorted(p.start for p in doc.found(EntityType.PLACE))  # (a line no place starts in lists none)
    blocks: list[tuple[int, list[tuple[Mention, int, int]]]] = []
    items: list[tuple[Mention, int, int]] = []
    first = skipped = 0
    for n, (lo, hi) in enumerate(lines):
        counted = _COUNTED_HEADING.fullmatch(text, lo, hi)
        k = bisect_right(starts, doc.original_offset(lo) - 1)
        placed = k < len(starts) and starts[k] < doc.original_offset(hi)
        places = _place_line(doc, lo, hi) if placed and not counted else []
        if places:
            if not items:
                first = n
            items.extend((p, lo, hi) for p in places)
            skipped = 0
            continue
        if items and skipped < 2 and (counted or _REMARK_LINE.fullmatch(text, lo, hi)):
            skipped += 1
            continue
        if items:
            blocks.append((first, items))
        items, skipped = [], 0
    if items:
        blocks.append((first, items))
    for n, listed in blocks:
        if len(listed) < 3 or 2 * sum(p.name in held for p, _, _ in listed) >= len(listed):
            continue
        start = lines[n][0]
        heading = next(
            (lines[k] for k in range(n - 1, -1, -1) if not _COUNTED_HEADING.fullmatch(text, *lines[k])), None
        )
        if (
            heading
            and _TITLED_LIST.search(text, *heading)
            and not any(heading[0] <= f.start < heading[1] for f in found)
        ):
            continue  # 拟推荐某某村名单 over the lines: a list of a title kg did not read, not the one above
        above = [f for f in found if f.end <= start and _cued(doc, f)]
        if not above:
            continue
        f = above[-1]
        status = list_status(text, f)
        for p, lo, hi in listed:
            if p.name not in held:
                yield _holds(doc, p.name, canonical[f.name], lo, hi, status, _written(doc, f))
