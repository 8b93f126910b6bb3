"""Organisations: party and government bodies, congresses, companies, schools, media.

Spans come from :func:`kg.extract.orgspan.org_spans` (lexicon, public bodies
with a jurisdiction, suffix-named organisations; longest wins); names are made
canonical by :func:`kg.extract.orgcanon.canonical` (``市委`` → ``中共株洲市委``
on a Zhuzhou page) and each mention carries a ``kind``. A place inside a body's
name (``醴陵市税务局``) is part of that name, not a ``located_in`` fact.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="岳阳日报讯 市委组织部和长沙星辰科技有限公司签约。"))
>>> sorted((m.name, m.prop("kind")) for m in extract_organizations(doc) if hasattr(m, "name"))
[('中共岳阳市委组织部', 'party'), ('岳阳日报', 'media'), ('长沙星辰科技有限公司', 'company')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.context import place_before
from kg.extract.credits import line_start_credit_spans
from kg.extract.orgcanon import Canonical, autonomous_division, canonical, jurisdictions
from kg.extract.orgspan import PUBLIC_KINDS, OrgSpan, org_spans
from kg.extract.tokens import dictionary_tokens, word_tags
from kg.model import Mention
from kg.vocab import EntityType

__all__ = ["extract_organizations"]

# a paper and its app in one byline: 株洲日报·掌上株洲 names the paper
_MASTHEAD = re.compile(r"((?P<place>[\u4e00-\u9fff]{2,3})(?:日报|晚报))[·•]掌上(?P=place)")
# a body word with no jurisdiction of its own (区委, 县政府): the page never says which
_BARE = re.compile(
    r"^(?:中共)?[区县镇乡村](?:委|政府|人民政府|人大|人大常委会|政协|纪委|监委|纪委监委|党委|党总支|党支部|村委会|居委会)$"
)
# a term ordinal between a jurisdiction and its body: 州十届人大常委会 is 州人大常委会
_TERM = re.compile(r"(?<=[省市区县州旗盟])第?[一二三四五六七八九十]+届(?=人大|政协)")
# a tense marker inside a body's name: 阳泉市原市委, 某局原党组 are 阳泉市委, 某局党组 (原平市 is a city)
_FORMER = re.compile(r"([市县区])原\1(?=委)|(?<=[局委府办会厅组协])原(?=[\u4e00-\u9fff])")
# the legal suffix of a company written in full, and the short forms that stand for it
_FULL_COMPANY = re.compile(r"(?:股份有限公司|有限责任公司|集团有限公司|有限公司)$")
_SHORT_COMPANY = re.compile(r"(?:股份|集团|公司)$")


# a jurisdiction's own core bodies are not "located in" it: 中共X区委, X村党总支, 高新区党工委
_CORE = re.compile(r"(?:[省市区县镇乡村]委|人民政府|人大常委会|委员会|党工委|党委|党总支|党支部|管委会)$")


_ENTERPRISE_LIST = re.compile(
    r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)+[\u4e00-\u9fffA-Za-z0-9]{2,12})等(?:重点|龙头|规上|民营)?(?:企业|公司)"
    r"(?!家|负责人|代表|主|的负责)"
)
_PLACE_ENDS = ("镇", "乡", "村", "县", "区", "市", "省", "街道", "社区")
_LIST_LEAD = re.compile(r"^.*(?:在(?!线)|走访了?|深入|调研了?|察看了?|来到|前往|考察了?|包括)")


def _listed_enterprises(text: str) -> list[OrgSpan]:
    """The items of a list closed by ``等企业`` (``在甲新材料、乙食品、丙电气等企业``): companies named short.

    >>> t = "在甲新材料、乙食品、丙电气等企业调研"
    >>> [t[s.start : s.end] for s in _listed_enterprises(t)]
    ['甲新材料', '乙食品', '丙电气']
    >>> _listed_enterprises("工程设计、施工、监理等企业代表参加")
    []
    """
    if "等企业" not in text and "等公司" not in text and "企业" not in text:
        return []
    gaz = Gazetteer.load()
    out: list[OrgSpan] = []
    for m in _ENTERPRISE_LIST.finditer(text):
        pos = m.start(1)
        items = m.group(1).split("、")
        if (lead := _LIST_LEAD.match(items[0])) is not None:
            items[0], pos = items[0][lead.end() :], pos + lead.end()
        spans = []
        for item in items:
            spans.append((pos, pos + len(item), item))
            pos += len(item) + 1
        if any(len(item) < 2 or gaz.lookup(item) or item.endswith(_PLACE_ENDS) for *_, item in spans):
            continue  # a list of places (甲镇、乙镇等企业集聚区), not of firms
        if 2 * sum(word_tags().get(item) in ("v", "vn") for *_, item in spans) >= len(spans):
            continue  # 设计、施工、监理等企业: trades, not firms' names (统一、某某、某某等企业: one brand a verb)
        out += [OrgSpan(a, b, "company") for a, b, _ in spans]
    return out


def _masthead_spans(text: str) -> list[OrgSpan]:
    if "掌上" not in text:
        return []  # (most pages: no scan for a paper's name before it)
    return [OrgSpan(m.start(), m.end(), "media", m.group(1)) for m in _MASTHEAD.finditer(text)]


_GLUED = frozenset({"v", "vd", "vn", "t", "d", "ad", "a"})
"""jieba tags of a word a public body's name never opens with (彰显|某区委) nor holds (某市|去年|本级政府)."""


_LEVELS = "省市县区州旗镇乡"
# 省市改革办, 县市区委宣传部: the bodies of several levels (not 省市场监管局, 市县级)
_TWO_LEVELS = re.compile(r"(?:省市县?|市县区?|县市区?|县区|市区县)(?![场级政容民域])")  # not 县市政公用局
_LEAD_WORDS = "(?:报经|报请|经|据|由|向|对|从|在)"  # clause words a body's span may open with
_LEAD_WORD = re.compile(_LEAD_WORDS + r"(?=[省市县区州旗镇乡]|中共|自治区)")
_LEAD_BEFORE_PLACE = re.compile(_LEAD_WORDS + r"(?=([\u4e00-\u9fff]{1,6}?[省市县区州旗盟]))")


def _lead_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """A clause word opening a body's span: before a level (据省纪委) or a division the gazetteer
    knows (经|大同市委; not 经|济开发区).

    >>> _lead_word("经大同市委批准", 0, 5).group(), _lead_word("经济开发区管委会", 0, 8)
    ('经', None)
    """
    if lead := _LEAD_WORD.match(text, start, end):
        return lead
    lead = _LEAD_BEFORE_PLACE.match(text, start, end)
    return lead if lead and Gazetteer.load().lookup(lead.group(1)) else None


def _unglued(text: str, spans: list[OrgSpan]) -> Iterator[OrgSpan]:
    """Public-body spans without a verb, adverb or time word glued in front; none that holds a time word.

    >>> [text[s.start : s.end] for text in ["彰显青山区委的决心"] for s in _unglued(text, org_spans(text))]
    ['青山区委']
    """
    dropped = False  # the last public body was several levels' (县市区委宣传部、文明办: its carried units too)
    for sp in spans:
        if sp.carried and dropped:
            continue
        dropped = False
        if sp.kind not in PUBLIC_KINDS or sp.canonical or sp.carried:
            yield sp
            continue
        lead = _lead_word(text, sp.start, sp.end)
        if lead:  # 报经市政府, 据省纪委: a clause word before the level
            sp = replace(sp, start=lead.end())
        tokens = dictionary_tokens(text[sp.start : sp.end])
        if any(t.pos == "t" for t in tokens[1:]):
            continue  # 某市去年本级政府: a clause, no body
        if lead and lead.re is _LEAD_BEFORE_PLACE:
            yield sp  # 经|大同市委: the division the gazetteer knows opens the name (jieba reads 大同 as an adverb)
            continue
        glued = 0
        while (
            len(tokens) - glued > 1
            and len(tokens[glued].word) > 1
            and tokens[glued].pos in _GLUED
            and not (glued == 0 and autonomous_division(text, sp.start, sp.end))
        ):  # (通道侗族自治县政协: a division the gazetteer knows opens the name, though jieba reads 通道 as a verb)
            glued += 1  # 修改|完善|市委: every glued word in front, not only the first
        if glued:
            sp = replace(sp, start=sp.start + tokens[glued - 1].end)
        elif len(tokens) > 2 and tokens[1].pos == "v" and len(tokens[1].word) > 1 and tokens[2].word[:1] in _LEVELS:
            sp = replace(sp, start=sp.start + tokens[1].end)  # 深圳安排|市人民政府…: a verb before the level
        if _TWO_LEVELS.match(text, sp.start, sp.end):
            dropped = True
            continue  # 省市改革办, 市县政府: the bodies of two levels, no one body
        yield sp


def _page_credits(doc: Doc) -> list[OrgSpan]:
    """Media credited at the start of the page's own lines (``某某网 2023-12-06``, ``　　某网某地7月27日电``),
    read before broken lines are joined (a headline without a full stop runs into its credit line)."""
    if doc.page == doc.text:
        return []
    out = []
    for a, b in line_start_credit_spans(doc.page):
        s, e = doc.clean_offset(a), doc.clean_offset(b - 1)
        if s is not None and e is not None and doc.text[s : e + 1] == doc.page[a:b]:
            out.append(OrgSpan(s, e + 1, "media"))
    return out


_PARTIES_AS_A_GROUP = ("民主党派", "党派")


def _named(doc: Doc) -> list[tuple[OrgSpan, Canonical]]:
    """Spans of a page with their canonical names; a bare ``、工信厅`` borrows the jurisdiction before it."""
    text = doc.text
    ctx = jurisdictions(doc)
    out: list[tuple[OrgSpan, Canonical]] = []
    extra = [*_masthead_spans(text), *_page_credits(doc), *_listed_enterprises(text)]
    for span in _unglued(text, org_spans(text, extra=extra)):
        surface = "".join(text[span.start : span.end].split())
        if span.canonical:
            out.append((span, Canonical(span.canonical, span.kind)))
            continue
        if span.carried and out:
            head = out[-1][1].name
            prefix = head[: len(head) - len(_tail(head))]
            out.append((span, Canonical(prefix + surface, span.kind)))
            continue
        pointed = (
            span.start > 0
            and text[span.start - 1] in "该本此"
            and surface[:1] == surface[1:2]
            and _BARE.match(surface[1:]) is not None
        )
        if pointed:  # 该县|县县委: "that county's county committee", the county named before (not 该市|市场监管局)
            surface = surface[1:]
        if _BARE.match(surface):
            place = _coordinated_place(text, span, out)  # 某县委、县政府: that county's
            if place is None and pointed:
                place = _last_division(doc, span.start - 1, surface[0])
                place = place or place_before(text, span.start - 1, surface[0])
            if place is None and surface[0] in "区县":
                place = ctx.of(surface[0])  # 区政府 on a page about one district
            if place is not None:
                out.append((span, canonical(place + surface.removeprefix("中共")[1:], span.kind, ctx)))
            continue
        if surface.startswith(_PARTIES_AS_A_GROUP):
            continue  # (各)民主党派省委: every democratic party's provincial committee, no one body
        out.append((span, canonical(_FORMER.sub(r"\1", _TERM.sub("", surface)), span.kind, ctx)))
    # a committee seen only in titles (市委书记 …, never 市委 alone) is not mentioned on the page
    named = {c.name for sp, c in out if not sp.in_title}
    out = [(sp, c) for sp, c in out if not sp.in_title or c.name in named]
    return _company_aliases(_expand_abbreviations(out))


def _last_division(doc: Doc, pos: int, level: str) -> str | None:
    """The last place of the ``level`` (县, 市, 区 …) named before clean offset ``pos``: what 该县 points to."""
    o_pos = doc.original_offset(pos)
    before = [p for p in doc.found(EntityType.PLACE) if p.end <= o_pos and p.name.endswith(level)]
    return max(before, key=lambda p: p.start).name if before else None


def _coordinated_place(text: str, span: OrgSpan, found: list[tuple[OrgSpan, Canonical]]) -> str | None:
    """The county, district or town a bare body joined right after a named body of that level borrows
    (``镇平县委、县政府``: 镇平县; ``某区人大和区政协``), else None.

    >>> from kg.extract.orgspan import OrgSpan
    >>> prev = (OrgSpan(0, 4, "party-body"), Canonical("中共青禾县委", "party-body", "青禾县"))
    >>> _coordinated_place("青禾县委、县政府", OrgSpan(5, 8, "government-body"), [prev])
    '青禾县'
    >>> _coordinated_place("青禾县委、区政府", OrgSpan(5, 8, "government-body"), [prev])
    """
    if not found:
        return None
    before, c = found[-1]
    place = c.place
    level = text[span.start : span.start + 1]
    if not place or not place.endswith(level) or len(place) < 2:
        return None
    return place if text[before.end : span.start] in ("、", "和", "及", "与") else None


def _company_aliases(found: list[tuple[OrgSpan, Canonical]]) -> list[tuple[OrgSpan, Canonical]]:
    """A company written in full once and by a short form elsewhere on the page is one company.

    ``深圳市星河电子股份有限公司`` … ``星河电子股份有限公司`` … ``星河股份``: the short
    forms take the full name (the longest one) as canonical when exactly one full name fits.
    """
    full = sorted(
        {c.name for _, c in found if c.kind == "company" and _FULL_COMPANY.search(c.name)}, key=lambda n: (len(n), n)
    )
    if not full:
        return found
    out = []
    for span, c in found:
        if c.kind == "company" and c.name != full[-1]:
            fits = [f for f in full if f != c.name and _short_form_of(c.name, f)]
            if len({_core(f) for f in fits}) == 1:
                c = Canonical(max(fits, key=len), c.kind, c.place)
        out.append((span, c))
    return out


def _core(name: str) -> str:
    """A company's name without a leading place (深圳市星河电子股份有限公司 → 星河电子股份有限公司)."""
    m = re.match(r"^[\u4e00-\u9fff]{2,3}[省市](?=[\u4e00-\u9fff]{4})", name)
    return name[m.end() :] if m else name


def _short_form_of(short: str, full: str) -> bool:
    """True when ``short`` abbreviates ``full``: same first character of the core, its characters
    in order, and the short suffix (股份, 集团) present in the full name.

    >>> _short_form_of("岭南文旅集团", "广州岭南文化旅游投资集团有限公司")
    True
    >>> _short_form_of("岭南集团", "广州华南集团有限公司")
    False
    """
    core = _core(full)
    if _FULL_COMPANY.search(short):
        return short == core  # 深圳市星河电子股份有限公司 written once without its city
    m = _SHORT_COMPANY.search(short)
    if not m or m.group() not in core:
        return False
    stem = short[: m.start()]
    if len(stem) < 2:
        return False
    # the stem may start after a place the full name starts with (广州岭南… → 岭南)
    starts = [i for i in range(min(4, len(core))) if core[i] == stem[0]]
    for i in starts:
        it = iter(core[i:])
        if all(ch in it for ch in stem):
            return True
    return False


def _tail(name: str) -> str:
    """The department part of a body name after its jurisdiction (湖南省发改委 → 发改委)."""
    m = re.search(r"[省市区县](?!.*[省市区县])", name)
    return name[m.end() :] if m else name


def _expand_abbreviations(found: list[tuple[OrgSpan, Canonical]]) -> list[tuple[OrgSpan, Canonical]]:
    """``X办`` → ``X办公室``, ``X委`` → ``X委员会`` when the page also writes the full name."""
    names = {c.name for _, c in found}
    out = []
    for span, c in found:
        for short, full in (("办", "办公室"), ("委", "委员会")):
            if c.name.endswith(short) and c.name[: -len(short)] + full in names:
                c = Canonical(c.name[: -len(short)] + full, c.kind, c.place)
        out.append((span, c))
    return out


def extract_organizations(doc: Doc) -> Iterator[Mention]:
    """Organisation mentions with their ``kind``.

    A body whose name holds a place (``醴陵市税务局``) gets no ``located_in`` from its name
    alone: a relation needs a sentence that states it, and the body's jurisdiction is part
    of its canonical name already.
    """
    for span, c in _named(doc):
        yield doc.mention(span.start, span.end, EntityType.ORGANIZATION, name=c.name, kind=c.kind)
