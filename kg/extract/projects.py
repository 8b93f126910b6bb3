"""Projects: named projects, programmes and developments.

A project name ends in a head (项目, 工程, 基地, 产业园, 新城, 片区改造 …,
``kg/data/project_heads.txt``) and runs left over the clause in front of it
up to the rightmost verb or clause word (``kg/data/clause_stops.txt``); a
quoted name (``“雪亮工程”``, ``“红色引擎”工程``) keeps its quotes' span.
Phrases of generic words only (重点项目, 民生工程), also after a leading
year, count or division (2024年X市重大项目), are no names; nor are counted
classes (21个重大项目, 改造项目412个) or titles a place is conferred
(国家级…产业园, 第二批…基地: a designation, ``kg/extract/designations.py``). Coordinated
names share a head: ``A片区、B片区改造`` gives ``A片区改造`` (mention span
``A片区``) and ``B片区改造``; ``X、Y等项目`` gives ``X`` and ``Y``.
``located_in`` ties a project to a place named after ``选址``/``落户``/``位于``,
to the subject of ``X打造…``, or to a place inside its name.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="推进长沙智能制造产业园项目建设，推动东塘片区、侯家塘片区改造。"))
>>> [m.name for m in extract_projects(doc) if isinstance(m, Mention)]
['长沙智能制造产业园项目', '东塘片区改造', '侯家塘片区改造']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.boundary import YEAR_PREFIX, clause_start, has_level_mark, in_open_quote, left_boundary
from kg.extract.context import GENERIC_PLACES, canonical_place
from kg.extract.designation_lists import list_status, page_lines, places_within
from kg.extract.designations import Found, designations_of, find_designations
from kg.extract.placeref import subject_place
from kg.extract.tokens import dictionary_tokens
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["FoundProject", "extract_projects", "find_projects"]

_NOT_AFTER = re.compile(
    r"[化师院部款量标兵]|局(?![部面势])|队(?!伍)|咨询|工作(?![专推组会室领指调])|建设阶段(?!性)|(?:有限)?公司(?!化)|集团(?!化)"
    r"|清单(?![化式])|名单(?!上)|台账(?![化式])"
)
"""What makes a head part of a longer word, not a name's end: 工程化, 工程师, 项目部, 各项|目标, 工程局, 工程咨询,
项目工作 (not 某项目工作专班, 工作推进会: the project's own team or meeting), 步入工程建设阶段, 某某工程公司
(a firm's name), 某某重大项目清单 (a list of projects, none named)."""
_INSIDE_WORD = re.compile(r"宅基地")  # a head inside a word of its own
_YEAR_OR_PLACE = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:度)?)?(?:\d+[个项批])?(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|州|盟|镇|乡)+)?"
)
_LEAD = re.compile(
    r"\d+[.．、]|(?:19|20)\d{2}年度?|今年|明年|去年|全年|\d+[个项批]|首批|第[一二三四五六七八九十\d]+批|这批|该批"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|[上下]半年|(?:第?[一二三四]|\d)季度"
)  # (a month or a quarter: 某县2023年12月招商引资项目 names the month's projects, no project)
_BATCH_END = re.compile(r"(?:首批|这批|第[一二三四五六七八九十\d]+批)$")
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千几多]+)[个项批]$|各$|各类$|一批$|每一?个$")
_CLASS_COUNT = re.compile(r"(?:[一二两三四五六七八九十]+|\d+)大")  # 五大产业园, 三大工程: a class of so many
_COUNT_INSIDE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千几多每]+)个|\d+多?[名户位家]")  # (200多名村民到基地)
_COUNT_AFTER = re.compile(r"\d+[个项]|[一二两三四五六七八九十百千]+[个项]")
_SITE_VERBS = re.compile(r"(?:主要|分别|均|正式|成功|顺利)?(?:选址|落户|位于|坐落于|建在|落地)(?:在|于)?")
_BUILT_AT = re.compile(r"(?:正式|顺利)?在")
_BUILT_VERBS = re.compile(r"(?:正式|集中|顺利|隆重)?(?:开工|动工|奠基|开建|破土|竣工|投产)")
_BUILD_VERBS = ("规划建设", "打造", "建设", "引进", "落地", "新建", "兴建")
_CONJ = re.compile(r"、|和|及|与|以及")
_COPULA = re.compile(r"(?:为|是|成为)(?:一[项个大])?$")  # a quoted predicate noun is an epithet
_SENTENCE_PART = re.compile(r"[，,。；;：:！!？?\n]")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+·()（）“”]")


@dataclass(frozen=True, slots=True)
class FoundProject:
    """One project found in clean text: the mention span and the canonical name."""

    start: int
    end: int
    name: str


@lexicon.cached
def _heads() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.table("project_heads").items(), key=lambda kv: -len(kv[0])))


@lexicon.cached
def _head_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h, _ in _heads()))


@lexicon.cached
def _generic() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("project_generic"), key=len, reverse=True))


_LIST_LABEL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、)）]")


def _is_generic(content: str) -> bool:
    """True when ``content`` is made only of generic modifiers (or is too short to be a name).

    A batch at its end (``X首批``, ``X第二批``) makes a class of projects, not one.
    """
    rest = _LIST_LABEL.sub("", content.strip('“”"'))  # 2．地级市项目: a list's label is no part of a name
    if len(rest) < 2 or _BATCH_END.search(rest):
        return True
    if rest.endswith(tuple(lexicon.words("project_owner_ends"))):
        return True
    generic = _generic_rx()
    while rest:
        m = generic.match(rest)
        if m is None:
            return False
        rest = rest[m.end() :]
    return True


@lexicon.cached
def _generic_rx() -> re.Pattern[str]:
    """:func:`_generic` as one alternation in its order (longest first): a match is the word the
    loop over the list would strip."""
    return re.compile("|".join(map(re.escape, _generic())) or "(?!)")


@lexicon.cached
def _object_verbs() -> re.Pattern[str]:
    verbs = sorted(lexicon.words("project_object_verbs"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})(?:好|实|细|紧|准)?$")


def _object_of(content: str) -> bool:
    """True when the words before a head end in a verb whose object the head is (实地查看|项目).

    >>> _object_of("实地查看"), _object_of("城区道路改造")
    (True, False)
    """
    m = _object_verbs().search(content)
    if m is None:
        return False
    if len(m.group()) == 1:  # 转变作风招|项目, but 采选|项目 (mining and dressing): a verb that is a word alone
        tokens = dictionary_tokens(content)
        return bool(tokens) and tokens[-1].word == m.group()
    return True


_DETERMINERS = ("各", "每", "该", "此", "许多", "一些", "多个", "部分")

_NO_NAME_TAGS = frozenset({"v", "vd", "a", "ad", "d", "m", "q", "r", "c", "p", "u", "uj", "ul", "f"})


def _only_verbs(content: str) -> bool:
    """True when the words before a head are only words that name nothing by jieba's tags (verbs, adverbs,
    adjectives, numerals, measure words, pronouns, conjunctions, prepositions, particles: 进一步完善|项目, 强攻|项目,
    寻找合适|项目): what is done to projects, no name (a noun, a place, a verbal noun or an idiom names one:
    道路改造, 深泽县|清洁取暖, 南水北调).

    >>> _only_verbs("进一步完善"), _only_verbs("寻找合适"), _only_verbs("道路改造"), _only_verbs("南水北调")
    (True, True, False, False)
    """
    return bool(content) and all(t.pos in _NO_NAME_TAGS for t in dictionary_tokens(content))


def _object_before_generic(content: str) -> bool:
    """True when the words before a head are such a verb and generic words (再次掀起|重大|项目): a clause about
    projects, no name (asked of the words before the head only: a listed name's own 项目 is no generic word).

    >>> _object_before_generic("再次掀起重大"), _object_before_generic("城区道路改造")
    (True, False)
    """
    rest = content
    while (m := _generic_end_rx().search(rest)) is not None and m.start() > 0:
        rest = rest[: m.start()]
    return rest != content and _object_of(rest)


@lexicon.cached
def _generic_end_rx() -> re.Pattern[str]:
    """A generic word (:func:`_generic`) ending a text."""
    return re.compile(f"(?:{_generic_rx().pattern})$")


def _only_places(content: str) -> bool:
    """Whether ``content`` is one division's name or short form and nothing else (``丘北县``, ``竹山``).

    >>> _only_places("丘北县"), _only_places("丘北县白马")
    (True, False)
    """
    hits = list(Gazetteer.load().scan(content))
    return len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(content)


def _proper_part(content: str) -> str:
    """The part of a name before its head that may name it: a leading year, count and division dropped.

    ``2024年江门市重大`` → ``重大`` (generic, so no name); a name left empty
    by this (``株洲基地``) keeps its place.

    >>> _proper_part("2025年漳州市重大"), _proper_part("株洲"), _proper_part("青浦区2022年重大")
    ('重大', '株洲', '重大')
    >>> _proper_part("某县2023年12月招商引资"), _proper_part("2021年3月份")
    ('招商引资', '')
    """
    rest = content[_YEAR_OR_PLACE.match(content).end() :]  # type: ignore[union-attr]
    timed = False
    while rest:  # 舟山重大, 青浦区2022年重大, 上海市青浦区26个重大: places, years, counts, batches in front
        lead = _LEAD.match(rest)
        if lead and lead.end():
            rest, timed = rest[lead.end() :], True
            continue
        place = next(iter(Gazetteer.load().scan(rest[:8])), None)
        if place and place[0] == 0 and place[1] < len(rest):
            rest = rest[place[1] :]
            continue
        break
    return rest if rest or timed else content  # (2021年3月份项目: a time and nothing else names no project)


def _counted(text: str, start: int, end: int) -> bool:
    """True when the phrase is counted (21个重大项目, 改造项目412个): a class of projects, not one."""
    return bool(
        _COUNT_BEFORE.search(text[max(0, start - 4) : start])
        or any(_class_count(text, c.start()) for c in _CLASS_COUNT.finditer(text, start, end))
        or _COUNT_AFTER.match(text, end)
        or any(  # 我省2个国家级…产业园: the count is inside the span (not in a quoted name: “一个中心”工程)
            not in_open_quote(text, start, c.start()) for c in _COUNT_INSIDE.finditer(text, start, end)
        )
    )


def _class_count(text: str, at: int) -> bool:
    """Whether the ``N大`` at ``at`` counts a class (五大产业园), not 第一大, 中共一大 or a place (五大连池)."""
    if at and text[at - 1] in "第共":
        return False
    return next(iter(Gazetteer.load().scan(text[at : at + 8])), (1,))[0] != 0


def _clean(surface: str) -> str:
    return "".join(surface.split()).replace("“", "").replace("”", "").replace('"', "")


_NON_BUILDING_TASKS = ("调整", "整治", "治理", "管理", "保护", "工作", "改革", "整改", "规划", "督导", "检查")
_TASK_ENDS = (*_NON_BUILDING_TASKS, "改造", "建设", "提升")
_BUILT_BEFORE_HEAD = ("建设", "改造", "提升", "新建", "扩建", "整治", "升级", "提质")


def _start_of(text: str, head_start: int) -> int:
    """Where the name ending in a head at ``head_start`` begins."""
    if head_start > 0 and text[head_start - 1] == "”":  # “红色引擎”工程
        q = text.rfind("“", max(0, head_start - 20), head_start)
        if q >= 0:
            return q
    lo = clause_start(text, head_start)
    start = left_boundary(text, lo, head_start)
    if start == head_start and text.endswith(_BUILT_BEFORE_HEAD, lo, head_start):
        built = head_start - 2
        if phase := _PHASE_BEFORE.search(text, max(0, built - 8), built):
            built = phase.start()  # 某某养殖(二期)建设项目: the phase in brackets is part of the name
            lo = clause_start(text, built)
        start = left_boundary(text, lo, built)  # 某某饲料厂建设项目: 建设 names the project, no verb
        start = head_start if built - start < 2 else start
    q = text.rfind("“", start, head_start)
    if q >= 0 and "”" not in text[q:head_start]:
        start = q
    while start < head_start and not _NAME_CHARS.match(text[start]):
        start += 1
    qualified = re.search(r"[\u4e00-\u9fff]{2,6}[(（][\u4e00-\u9fff]{1,4}[)）]$", text[max(0, start - 12) : start])
    if qualified:  # 湖南(国际)…博览园: a parenthesised qualifier is part of the name
        q = qualified.group(0)
        bracket = start - len(q) + max(q.rfind("("), q.rfind("（"))
        start -= len(q)
        longer = left_boundary(text, clause_start(text, bracket, 60), bracket)  # 某市生活垃圾焚烧发电场扩建(二期)
        start = min(start, longer) if longer < bracket else start
    latin = re.search(r"[A-Za-z0-9]+[^\S\n]$", text[max(0, start - 12) : start])
    if latin:  # ABB 重庆基地: a Latin brand before a space belongs to the name
        start -= len(latin.group(0))
    visits = list(_VISIT_BEFORE_SITE.finditer(text, start, head_start))  # 一行来到|某某中心项目, 还到|某某基地
    if visits and head_start - visits[-1].end() >= 2:
        start = visits[-1].end()
    own = _OWN_PLACE.match(text, start, head_start) or _OWN_PLACE.match(text, max(0, start - 1), head_start)
    if own and own.end() > start and head_start - own.end() >= 2:
        start = own.end()  # 我县某某水库工程: "our county" is no part of the name
    return start


_PHASE_BEFORE = re.compile(r"[(（][\u4e00-\u9fff\d]{1,4}[)）]$")
_SHORT_NAME = re.compile(r"[(（](?:以下)?简称")  # (简称…), (以下简称…): a project's short name
_VISIT_BEFORE_SITE = re.compile(r"来到|走进|深入|前往|还到|又到|先后到|随后到")
_OWN_PLACE = re.compile(r"(?:我|全|本|该)(?:省|市|县|区|州|旗|镇|乡)")


def _covers(text: str, title: Found, start: int, end: int) -> bool:
    """True when a designation covers ``[start, end)``, a year written before it included (2023年|国家…产业园)."""
    if end > title.end:
        return False
    return title.start <= start or bool(YEAR_PREFIX.fullmatch(text, start, title.start))


def find_projects(
    text: str, titles: list[Found] | None = None, persons: Sequence[tuple[int, int]] = ()
) -> list[FoundProject]:
    """Projects in a clean text, with coordinated names expanded.

    ``titles``: the text's designations when already found (default: found here). ``persons``: clean
    spans of officials a name may not run over (县委书记甲宣布|某项目: the name starts after them).

    >>> [p.name for p in find_projects("共同研发了智能天车、无人仓储管理系统等项目")]
    ['智能天车', '无人仓储管理系统']
    >>> find_projects("抓好重点项目和民生工程")
    []
    """
    out: list[FoundProject] = []
    shared = dict(_heads())
    titles = find_designations(text) if titles is None else titles
    for m in _head_regex().finditer(text):
        head, hs, he = m.group(0), m.start(), m.end()
        inside = _INSIDE_WORD.match(text, max(0, hs - 1))  # 宅基地: the head is part of another word
        if _NOT_AFTER.match(text, he) or text[hs - 1 : hs] == "+" or inside:  # 工程化; 苗圃+孵化器+科技园
            continue
        if _head_regex().match(text, he):  # 产业园项目: the name ends at the last head
            continue
        end = he + 1 if text[he : he + 1] == "”" else he
        if text[hs - 1 : hs] == "等":  # X、Y等项目: the listed items are the projects
            out.extend(_listed(text, hs - 1))
            continue
        if (counted := _COUNTED_LIST_END.search(text, max(0, hs - 6), hs)) is not None and head == "项目":
            out.extend(_listed(text, counted.start()))  # X、Y等4个项目: the listed items, counted
            continue
        start = _start_of(text, hs)
        start = _joined_part(text, start, hs)
        for a, b in persons:
            if start <= a and b <= hs:  # 副县长甲挂点|某物流园项目: no name runs over an official
                start = left_boundary(text, b, hs)
        name = _clean(text[start:end])
        epithet = text[start : start + 1] == "“" and bool(_COPULA.search(text[max(0, start - 5) : start]))  # 为“X工程”
        content = name[: len(name) - len(head)]
        if (
            epithet
            or _is_generic(_proper_part(content))
            or _counted(text, start, end)
            or _object_of(content)
            or _object_before_generic(content)
            or (head in ("项目", "工程") and "“" not in name and _only_verbs(content))  # (a place names one)
            or content.endswith(_DETERMINERS)  # 指导各|项目, 带回许多|项目: which projects, no name
        ):
            continue
        if head in ("项目", "工程") and _proper_part(content) == content and _only_places(content):
            continue  # 丘北县项目, 竹山项目: a place's projects, no project's name
        if (has_level_mark(name[:3]) and not name.startswith("自治区")) or any(
            _covers(text, d, start, end) for d in titles
        ):
            continue  # 国家级X产业园, 第二批…基地: a title conferred, not a project built
        out.append(FoundProject(start, end, name))
        out.extend(_conjuncts(text, start, head, shared[head], name))
        if shared[head] in ("-", "="):
            out.extend(_following(text, end, head if shared[head] == "=" else head[-1]))
    included = list(_included(text))
    if included:  # 具体为:甲、乙、丙工程: the list's items as written, not 甲工程, 乙工程 by a shared head
        out = [q for q in out if not any(p.start <= q.start < p.end for p in included)]
        out.extend(p for p in included if not any(q.start <= p.start < q.end for q in out))
    out = [q for q in out if not any(_inside_one_name(text, p, q) for p in out)]
    return sorted(dict.fromkeys(out), key=lambda p: (p.start, p.end))  # not set: ties keep their order


_NAME_BREAKS = re.compile(r"[、，,。；;：:和及与\s]")


def _inside_one_name(text: str, whole: FoundProject, part: FoundProject) -> bool:
    """Whether ``part`` is the opening words of the longer name ``whole`` written on (某工业园|区物流园建设项目:
    a head inside a name is no project of its own), no break between its end and the whole's.

    >>> p = lambda a, b: FoundProject(a, b, "")
    >>> t = "金山工业园区物流园建设项目、金山工业园"
    >>> _inside_one_name(t, p(0, 13), p(0, 5)), _inside_one_name(t, p(0, 13), p(14, 19))
    (True, False)
    """
    return whole.start <= part.start and part.end < whole.end and _NAME_BREAKS.search(text, part.end, whole.end) is None


def _joined_part(text: str, start: int, head_start: int) -> int:
    """Where a name starts that takes in a part joined before it: ``甲养殖及乙厂建设项目`` is one project
    (the part before 及 has no head of its own), as is ``甲道路绿化、亮化建设项目`` (the part after 、 is
    too short to name a project alone).

    >>> t = "推进生猪养殖及饲料厂建设项目"
    >>> t[_joined_part(t, t.index("饲料"), t.index("项目")):]
    '生猪养殖及饲料厂建设项目'
    """
    sep = 2 if text.endswith("以及", 0, start) else 1 if text[start - 1 : start] in ("及", "、") else 0
    if not sep:
        return start
    written = text[start:head_start]
    own = next((written[: -len(w)] for w in _BUILT_BEFORE_HEAD if written.endswith(w)), None)
    if text[start - 1] == "、" and (own is None or len(own) > 2):
        return start  # 甲项目、乙建设项目: two projects (甲好、产业项目: no project)
    end = start - sep
    part_start = _item_start(text, end, ("、", "和", "与", "的"))
    part = _clean(text[part_start:end])
    if len(part) < 2 or _head_regex().search(part[-4:]) or _is_generic(part):
        return start  # 甲产业园及乙项目: a part with a head of its own is a project of its own
    if part.endswith(_TASK_ENDS):
        return start  # 财政预算调整及某某改造项目, 人居环境整治及…: a task of its own, not a part of the project
    return part_start


_COUNTED_LIST_END = re.compile(r"等[\d一二两三四五六七八九十百]+个$")


def _listed(text: str, deng: int) -> Iterator[FoundProject]:
    """The items of a list ``X、Y等`` ending at ``deng`` (the 等)."""
    lo = deng
    while lo > max(0, deng - 80) and not _SENTENCE_PART.match(text[lo - 1]):
        lo -= 1
    items: list[tuple[int, str]] = []
    pos = lo
    for item in re.split(r"、", text[lo:deng]):
        cut = left_boundary(item, 0, len(item), soft=False) if item else 0
        if cut:  # 甲、乙一行先后到|丙、丁: the clause ends inside this item; the list starts after it
            items = []
        items.append((pos + cut, item[cut:]))
        pos += len(item) + 1
    if items:  # the first item is cut as a name is (soft stops too: 加快推进甲和|乙、丙等项目)
        s, first = items[0]
        b = left_boundary(first, 0, len(first)) if first else 0
        if first[b : b + 1] in ("到", "赴") and len(first) - b > 3:
            b += 1  # 先后深入到|甲、乙等项目: the verb's 到, no part of the first item
        items[0] = (s + b, first[b:])
    for s, item in items:
        if len(_clean(item)) >= 3 and not _is_generic(_clean(item)):
            yield FoundProject(s, s + len(item), _clean(item))


_INCLUDES = re.compile(  # 项目包括, 项目12项,具体为, 民生类7项,具体为 (a class counted in 项, not 工业门类包括)
    r"(?:(?:项目|工程)(?:共?\d+[项个])?|类(?:项目)?共?\d+[项个])[,，]?(?:主要)?"
    r"(?:包括|包含|(?P<named>分别是|分别为|具体为|具体是|具体包括))[:：]?"
)
_ITEM_END = re.compile(r"[，,。；;：:！？\n]|等(?:项目|工程|\d|[一二三四五六七八九十])")
_ITEM_JOIN = re.compile(
    r"(?<=[\u4e00-\u9fff)）]{2})(?:以及|和|及|与)(?=[\u4e00-\u9fff]{2})"
)  # 甲项目和乙项目: two items
# 甲、乙、丙三部分, 产业类、基础设施类两大领域
_CLASSES_TAIL = re.compile(r"等(?:[一二两三四五六七八九十\d]+个|多个|各个)?(?:方面|领域|行业|板块|门类)$")
_PARTS_TAIL = re.compile(r"[一二两三四五六七八九十\d]+(?:部分|个方面|大类|大领域|个领域|大板块|个板块)$")


def _included(text: str) -> Iterator[FoundProject]:
    """The items after ``…项目包括``: ``重点产业项目包括甲园二期、乙总部、丙基地`` names three projects."""
    for m in _INCLUDES.finditer(text):
        stop = _ITEM_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if end - m.end() > 200 or _CLASSES_TAIL.search(text, m.end(), end):
            continue  # (项目包括基础设施、产业平台、绿色发展等方面: kinds of projects, none named)
        shortest = 3 if m.group("named") else 4  # 具体为:甲、乙: projects by name, three characters will do
        for s, e in _item_spans(text, m.end(), end):
            name = _clean(text[s:e])
            if name.endswith(("类", "领域", "板块")):
                continue  # 产业类、基础设施类两大领域: classes of projects, none named
            if shortest <= len(name) <= 25 and not _is_generic(name) and not _object_of(name):
                yield FoundProject(s, e, name)


def _item_spans(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The items of the list ``text[lo:hi]``: split at ``、`` and at 和/及/以及/与 between two items, the
    last one without its ``等`` or a closing count of parts (``…、丙三部分``)."""
    pos = lo
    for part in text[lo:hi].split("、"):
        s, e = pos, pos + len(part)
        pos = e + 1
        if part.endswith("等"):  # …、丙等。: the list's last item
            e -= 1
        tail = _PARTS_TAIL.search(text, s, e)
        e = tail.start() if tail else e
        whole = _ends_in_head(text, s, e)
        for j in _ITEM_JOIN.finditer(text, s, e):
            if whole and not _ends_in_head(text, s, j.start()):
                continue  # 甲湿地公园提升及乙堤建设项目: a head closes the item, none the part before 及: one project
            yield s, j.start()
            s = j.end()
        yield s, e


def _ends_in_head(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends in a project's head (甲项目|和乙项目).

    >>> _ends_in_head("甲村道路项目", 0, 6), _ends_in_head("甲湿地公园提升", 0, 7)
    (True, False)
    """
    return any(m.end() == hi for m in _head_regex().finditer(text, max(lo, hi - 6), hi))


def _item_start(text: str, end: int, separators: tuple[str, ...]) -> int:
    """Where the list item ending at ``end`` starts: after the last separator of its clause, then after the
    clause words before it."""
    lo = clause_start(text, end, limit=30)
    return left_boundary(text, max(lo, *(text.rfind(c, lo, end) + 1 for c in separators)), end)


def _conjuncts(text: str, start: int, head: str, share: str, name: str) -> Iterator[FoundProject]:
    """Names coordinated before a project name that share its head."""
    pos = start
    while True:
        sep = re.search(r"(?:、|和|及|与|以及)$", text[max(0, pos - 2) : pos])
        if not sep:
            return
        end = pos - len(sep.group(0))
        item_start = _item_start(text, end, ("、", "和", "及", "与"))
        item = _clean(text[item_start:end])
        if len(item) < 2 or _is_generic(item) or item.endswith(_NON_BUILDING_TASKS):
            return  # (财政预算调整及某某改造项目: a task, no 财政预算调整项目)
        if (inner := _head_regex().search(item)) is not None and inner.end() < len(item):
            return  # 查看项目进展、聆听项目介绍: a head inside the item, a clause about projects, no name
        site = _SITE_AFTER_HEAD.search(text, item_start, end)
        cut = _clean(text[item_start : site.start()]) if site else ""
        if site and _head_regex().search(text, max(item_start, site.start() - 4), site.start()):
            if len(cut) < 4 or _is_generic(cut) or _head_regex().fullmatch(cut):
                return  # 项目现场、在建项目工地: a site with no name
            yield FoundProject(item_start, site.start(), cut)  # 甲项目|工地、
            pos = item_start
            continue
        if share in ("-", "="):
            if not item.endswith(head[-1] if share == "-" else head):  # =: 甲步行街区、乙街区; not 荷塘区、
                return
            yield FoundProject(item_start, end, item)
        elif _head_regex().search(item[-4:]) and item.endswith(tuple(h for h, _ in _heads())):
            yield FoundProject(item_start, end, item)  # a name with a head of its own
        else:
            stem = head.removesuffix(share)
            if stem and not item.endswith(stem):
                return
            yield FoundProject(item_start, end, item + share)
        pos = item_start


_SITE_AFTER_HEAD = re.compile(r"(?:施工)?(?:工地|现场)(?=[、和及与]|以及|$)")
_LISTED_NAME = re.compile(r"[^、，,。；;：:！？\s等]{2,15}")


def _following(text: str, end: int, ending: str) -> Iterator[FoundProject]:
    """Names listed after a development name (…新城、滨江金融城等) that end like its head (``ending``)."""
    while text[end : end + 1] == "、":
        m = _LISTED_NAME.match(text, end + 1)  # (not a copy of the rest of the page for each name)
        if not m or not m.group(0).endswith(ending) or _is_generic(m.group(0)):
            return
        yield FoundProject(end + 1, end + 1 + len(m.group(0)), _clean(m.group(0)))
        end += 1 + len(m.group(0))


def _unify(found: list[FoundProject]) -> dict[str, str]:
    """Within a document, a name that ends another (保定基地 in 长城保定基地) takes the longer name.

    When several longer names end with it, the longest wins, then the one written first
    (never the order of a set, which changes with the hash seed).
    """

    def core(n: str) -> str:
        return n.removesuffix("项目") or n

    first: dict[str, int] = {}
    for p in found:
        first[p.name] = min(first.get(p.name, p.start), p.start)
    names = sorted(first, key=lambda n: (-len(n), first[n], n))
    out: dict[str, str] = {}
    for n in names:
        longer = [m for m in names if len(core(m)) > len(core(n)) and core(m).endswith(core(n)) and len(core(n)) >= 4]
        out[n] = out.get(longer[0], longer[0]) if longer else n
    return out


def extract_projects(doc: Doc) -> Iterator[Mention | Relation]:
    """Project mentions; ``located_in`` a place the text ties them to."""
    text = doc.text
    officials = [
        (s, e + 1)
        for m in doc.found(EntityType.PERSON)
        if m.prop("official")
        and (s := doc.clean_offset(m.start)) is not None
        and (e := doc.clean_offset(m.end - 1)) is not None
    ]
    found = find_projects(text, designations_of(doc), officials)
    canonical = _unify(found)
    located: dict[str, tuple[str, int, int]] = {}
    previous: tuple[int, tuple[str, int, int]] | None = None  # where the last project ended, and its site
    for p in found:
        name = canonical[p.name]
        if p.start > 0 and text[p.start - 1] in "(（" and any(q.start < p.start and p.end < q.end for q in found):
            continue  # 某某企业综合服务基地(总部基地)项目: a short name in brackets inside the whole
        if any(_SHORT_NAME.match(text, k) for k in (p.start - 1, p.start - 2) if k >= 0):
            continue  # 某某提质改造工程(简称某某工程): the short name of the project before, no project of its own
        yield doc.mention(p.start, p.end, EntityType.PROJECT, name)
        place = _site(doc, p) or _stated_before(doc, p) or _listed_site(doc, p) or _builder(doc, p) or _visited(doc, p)
        if place is None and previous is not None and _JOINED_TO_PREVIOUS.fullmatch(text, previous[0], p.start):
            place = (previous[1][0], previous[1][1], p.end)  # 位于甲区的A项目现场和B项目: B is where A is
        if previous is None or p.end > previous[0]:  # (a name inside the last one, read again, changes nothing)
            previous = (p.end, place) if place else None
        if place and (name not in located or located[name][0] != place[0]):
            located[name] = place
            # 主要位于甲镇、乙镇、丙镇等地: each listed site after the first
            for site, lo, hi in [place, *((other, p.start, end) for other, end in _more_sites(doc, p))]:
                yield doc.relation(
                    EntityRef(EntityType.PROJECT, name), Predicate.LOCATED_IN, EntityRef(EntityType.PLACE, site), lo, hi
                )
    yield from listed_towns(doc)


def _place_at(doc: Doc, i: int) -> str | None:
    """The place named at clean offset ``i``: a place mention, or the home city's short name."""
    o = doc.original_offset(i)
    for m in doc.found(EntityType.PLACE):
        if m.start == o and m.name not in GENERIC_PLACES:
            return canonical_place(doc, m.name)
    home = doc.home.city
    if home and doc.text.startswith(home.removesuffix("市"), i):
        return home
    return None


def _site(doc: Doc, p: FoundProject) -> tuple[str, int, int] | None:
    """``…选址X`` / ``…落户X`` / ``…位于X`` right after the name, or ``…在X开工``: where it is built."""
    m = _SITE_VERBS.match(doc.text, p.end)
    if m:
        place = _place_at(doc, m.end())
        if place:
            return place, p.start, m.end() + 2
    at = _BUILT_AT.match(doc.text, p.end)
    if at:
        here = [x for x in _places_in(doc, at.end(), at.end() + 20) if x[0] == at.end()]
        if here and _BUILT_VERBS.match(doc.text, here[0][1]):
            return here[0][2], p.start, here[0][1]  # 某某项目在某区开工: the site, not a signing's venue
    return None


def _more_sites(doc: Doc, p: FoundProject) -> list[tuple[str, int]]:
    """The places listed after the first one a site verb names (``位于甲镇、乙镇、丙镇等地``), with where each ends."""
    m = _SITE_VERBS.match(doc.text, p.end)
    if not m:
        return []
    text, out, i = doc.text, [], m.end()
    first = [x for x in _places_in(doc, i, i + 20) if x[0] == i]
    if not first:
        return []
    i = first[0][1]
    while text.startswith(("、", "和", "及"), i):
        nxt = [x for x in _places_in(doc, i + 1, i + 21) if x[0] == i + 1]
        if not nxt:
            break
        out.append((nxt[0][2], nxt[0][1]))
        i = nxt[0][1]
    return out


_LOCATED = re.compile(r"(?:位于|地处|坐落于|坐落在|落户于|落户在|在)$")
_VISITS = ("来到", "走进", "深入", "前往", "赴", "在")
_INSPECTS = re.compile(r"调研|考察|察看|视察|查看|检查|督导|走访")


def _places_in(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Place mentions inside clean ``[lo, hi)`` as ``(start, end, canonical name)``, in text order."""
    out = []
    o_lo, o_hi = doc.original_offset(lo), doc.original_offset(hi)  # (clean and original offsets rise together)
    for m in doc.found(EntityType.PLACE):
        if m.start < o_lo or m.end > o_hi:
            continue  # outside: no clean offsets to look up (a long page has thousands of places)
        s, e = doc.clean_offset(m.start), doc.clean_offset(m.end)
        if s is not None and e is not None and lo <= s and e <= hi and m.name not in GENERIC_PLACES:
            out.append((s, e, canonical_place(doc, m.name)))
    return sorted(out)


def _stated_before(doc: Doc, p: FoundProject) -> tuple[str, int, int] | None:
    """``位于X的<project>``: the place the clause puts the project in."""
    lo = clause_start(doc.text, p.start)
    for s, e, name in reversed(_places_in(doc, lo, p.start)):
        if doc.text[e : p.start] in ("的", "") and _LOCATED.search(doc.text, lo, s):
            return name, s, p.end
        if doc.text[e : p.start] in ("辖区", "辖区内", "辖区的", "辖区内的"):
            return name, s, p.end  # 某街道辖区某项目: the project lies in the place whose area it names
        break
    return None


_SITE_LIST = re.compile(
    r"(?:落户|落地|入驻|位于|落户在|落户于|落地在)(?P<site>[^，,。；;：:、]{2,20}?)的(?:重点|重大)?项目(?:有|包括|是|为)[:：]?"
)


def _listed_site(doc: Doc, p: FoundProject) -> tuple[str, int, int] | None:
    """``落户甲开发区的项目有:A、B、C``: the place a list's heading puts every project after it in.

    >>> from kg.extract.places import extract_places
    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t.txt", text="签约落户深泽县的项目有:甲村道路项目、乙厂扩建项目。"))
    >>> d.mentions.extend(m for m in extract_places(d) if isinstance(m, Mention))
    >>> _listed_site(d, FoundProject(19, 25, "乙厂扩建项目"))
    ('深泽县', 4, 25)
    """
    s_start, _ = doc.sentence_at(p.start)
    heads = [m for m in _SITE_LIST.finditer(doc.text, s_start, p.start)]
    if not heads:
        return None
    head = heads[-1]
    for s, e, name in _places_in(doc, head.start("site"), head.end("site")):
        if e == head.end("site"):
            return name, s, p.end
    return None


_JOINED_TO_PREVIOUS = re.compile(r"(?:建设)?(?:现场|工地)?(?:、|和|及|以及|与)")
"""What stands between two coordinated projects (A项目现场和B项目, A项目、B项目)."""
_ON_SITE_LATER = re.compile(r"[^，,。；;：:]*?(?:现场|工地)")
"""The clause after a project goes on to its site (…项目建设现场): a visit to where it is built, not to an office."""
_SETTING = re.compile(r"[ \t\u3000]*在([^，,。；;：:]{2,20}?)[，,]")
"""A sentence opening with the place it happens in (在某开发区,某某一行先后来到…)."""


def _visited(doc: Doc, p: FoundProject) -> tuple[str, int, int] | None:
    """``来到X，调研<project>``: the place a visit in the same sentence went to, when it inspects the project;
    ``在X,甲一行先后来到<project>``: the place a sentence opens with, when the visit goes to the project there."""
    s_start, _ = doc.sentence_at(p.start)
    text = doc.text
    visited = _visited_place(doc, p, s_start)
    if visited is not None:
        return visited
    setting = _SETTING.match(text, s_start, p.start)
    if (
        setting
        and _ON_SITE_LATER.match(text, p.end)  # (A项目和B项目建设现场: the visit is to the sites)
        and (_GOES_ON.search(text, setting.end(), p.start) or _INSPECTS.search(text, setting.end(), p.start))
    ):
        for s, e, name in _places_in(doc, setting.start(1), setting.end(1)):
            if e == setting.end(1) and not _places_in(doc, setting.end(), p.start):
                return name, s, p.end  # (no nearer place named between the setting and the project)
    return None


def _visited_place(doc: Doc, p: FoundProject, s_start: int) -> tuple[str, int, int] | None:
    """The nearest place a visit verb of the sentence goes to before the project, when the sentence inspects it."""
    text = doc.text
    if not _INSPECTS.search(doc.text, s_start, p.start):
        return None
    for s, e, name in reversed(_places_in(doc, s_start, p.start)):
        if text[max(s_start, s - 2) : s].endswith(_VISITS):
            if any(not _ON_SITE.match(text, m.end()) for m in _GOES_ON.finditer(text, e, p.start)):
                return None  # 来到甲区…，随后赴乙公司…察看丙项目: the visit went on, the project may be elsewhere
            return name, s, p.end  # (来到甲区，深入田间地头察看丙项目: still in 甲区)
    return None


_GOES_ON = re.compile("|".join(v for v in _VISITS if v != "在"))
_ON_SITE = re.compile(r"(?:项目|建设|施工|生产)?(?:现场|田间|地头|一线|工地|车间|基层|村头)")
"""What a visit goes on to without leaving the place it came to (深入田间地头, 走进项目现场)."""


def _builder(doc: Doc, p: FoundProject) -> tuple[str, int, int] | None:
    """``X打造…`` / ``X建设…``: the subject place of a building verb right before the name."""
    for verb in _BUILD_VERBS:
        if doc.text.endswith(verb, 0, p.start):
            v = p.start - len(verb)
            holder = subject_place(doc, clause_start(doc.text, v), v)
            if holder:
                return holder[0], holder[1], p.end
    return None


_TOWN_ITEM = re.compile(r"([\u4e00-\u9fff]{2,12}?小镇)(?:[(（]([^()（）\n]{1,10})[)）])?")
_TOWN_LINE_LEAD = re.compile(
    r"\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、)）]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*"
    r"(?:[\u4e00-\u9fff]{2,8}?(?:[:：]|的(?=[\u4e00-\u9fff]{2,12}?小镇)))?\s*"
)  # 1.某某小镇, 某市:甲小镇、乙小镇, 某市的甲小镇: a number or the list's city before the items
_TOWN_ITEM_BREAK = re.compile(r"\s*[、，,]\s*")
_TOWN_ENUMERATION = re.compile(r"(?:分别为|分别是|依次为|依次是|包括|如下)[:：]")  # 它们分别为:某市的甲小镇、乙小镇;…
_TOWN_GROUP_END = re.compile(r"[；;。\n]")


def _town_group(text: str, lo: int, hi: int) -> tuple[int, list[re.Match[str]]]:
    """Where the items of the group ``[lo, hi)`` start (after its number or city) and its ``…小镇`` items; no
    items unless the whole group is a list of them."""
    lead = _TOWN_LINE_LEAD.match(text, lo, hi)
    assert lead is not None  # (every part of it is optional)
    end = hi - (text[hi - 1] in "。；;")
    items: list[re.Match[str]] = []
    at = lead.end()
    while at < end and (m := _TOWN_ITEM.match(text, at, end)) is not None:
        items.append(m)
        gap = _TOWN_ITEM_BREAK.match(text, m.end(), end)
        if gap is None:
            at = m.end()
            break
        at = gap.end()
    return lead.end(), items if items and at >= end else []


def listed_towns(doc: Doc) -> Iterator[Mention | Relation]:
    """The towns a list of a title of towns names (``第二批省级某某小镇创建名单`` / ``某市:甲小镇、乙小镇``, or
    ``它们分别为:某市的甲小镇、乙小镇;…``): each ``…小镇`` item is a project (a town built to win the title),
    holding the title, ``located_in`` the city labelling its group or the place in brackets after it.

    >>> from kg.extract import extract
    >>> from kg.model import Document
    >>> t = "第二批省级某某小镇创建名单\\n株洲:攸县网岭花炮小镇、醴陵陶瓷小镇\\n"
    >>> x = extract(Document(id="t.txt", text=t))
    >>> sorted((r.subject.name, r.predicate.value, r.object.name) for r in x.relations
    ...        if r.subject.type.value == "Project")  # doctest: +NORMALIZE_WHITESPACE
    [('攸县网岭花炮小镇', 'designated_as', '省级某某小镇'), ('攸县网岭花炮小镇', 'located_in', '株洲市'),
     ('醴陵陶瓷小镇', 'designated_as', '省级某某小镇'), ('醴陵陶瓷小镇', 'located_in', '株洲市')]
    """
    text = doc.text
    titles = [f for f in designations_of(doc) if f.name.endswith("小镇")]
    if not titles:
        return
    lines = [(lo, hi, *_town_group(text, lo, hi)) for lo, hi in page_lines(doc)]
    groups: list[tuple[int, int, list[re.Match[str]]]] = []  # (where, where its items start, its items)
    for n, (lo, _, lead_end, items) in enumerate(lines):
        beside = any(lines[k][3] for k in (n - 1, n + 1) if 0 <= k < len(lines))
        if len(items) > 1 or (items and beside):  # (one 小镇 alone on its line, none beside: running text)
            groups.append((lo, lead_end, items))
    for cue in _TOWN_ENUMERATION.finditer(text):
        at = cue.end()
        listed: list[tuple[int, int, list[re.Match[str]]]] = []
        while (stop := _TOWN_GROUP_END.search(text, at)) is not None or at < len(text):
            hi = stop.start() if stop else len(text)
            lead_end, items = _town_group(text, at, hi)
            if not items:
                break
            listed.append((at, lead_end, items))
            if stop is None or text[stop.start()] not in "；;":
                break
            at = stop.end()
        if sum(len(items) for _, _, items in listed) > 1:
            groups.extend(g for g in listed if not any(o[2][0].start() == g[2][0].start() for o in groups))
    designations = {(m.start, m.end): m.name for m in doc.found(EntityType.DESIGNATION)}
    for lo, lead_end, items in sorted(groups, key=lambda g: g[0]):
        above = [f for f in titles if f.end <= lo]
        if not above:
            continue
        f = above[-1]
        title = designations.get(doc.to_original(f.start, f.end))
        label = places_within(doc, lo, lead_end)
        for m in items:
            name = m.group(1)
            yield doc.mention(m.start(1), m.end(1), EntityType.PROJECT, name)
            project = EntityRef(EntityType.PROJECT, name)
            if title:
                yield doc.relation(
                    project,
                    Predicate.DESIGNATED_AS,
                    EntityRef(EntityType.DESIGNATION, title),
                    lo,
                    m.end(),
                    status=list_status(text, f),
                )
            bracketed = places_within(doc, m.start(2), m.end(2)) if m.group(2) else []
            for place in (bracketed or label)[-1:]:
                yield doc.relation(project, Predicate.LOCATED_IN, EntityRef(EntityType.PLACE, place.name), lo, m.end())
