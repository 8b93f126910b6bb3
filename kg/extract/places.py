"""Places: administrative divisions with official codes, named areas, villages, foreign places.

Divisions come from the gazetteer (:mod:`kg.data.gazetteer`): every mention's
``name`` is the full name (``株洲`` → ``株洲市``) and carries ``code``,
``level`` and ``parent`` (the parent's code), so the whole chain up to the
province is known from the code. An ambiguous name (朝阳区, 云龙) is
resolved by the chain written around it, then by the other places of the
document and the paper's home city (``株洲日报`` → 株洲市); what stays
ambiguous is dropped (a short form or town) or kept without a code (a full
name, with its ``candidates``).

``part_of`` relations are emitted where the text states them: a chain
written out (``江西省萍乡市莲花县``, ``十都镇黄上村``), or a named area
written after or with its division (``成都市天府新区``, ``株洲高新区``).
Facts the text does not state (芦淞区 is in 株洲市) live in the ``parent``
code, not in relations.

Qualifier: a division whose full name is shared by several divisions in the
country (朝阳区, most town names) gets its code as qualifier
(``place/朝阳区@110105``); a nationally unique name stays bare
(``place/株洲市``). Villages and suffix-found towns are qualified by their
parent's code. Ids depend only on the gazetteer, so they are stable.

>>> from kg.model import Document
>>> doc = Doc.of(Document(id="t.txt", text="他来到湖南省长沙市岳麓区调研。"))
>>> found = list(extract_places(doc))
>>> [(m.name, m.prop("code")) for m in found if isinstance(m, Mention)]
[('湖南省', '430000'), ('长沙市', '430100'), ('岳麓区', '430104')]
>>> [(r.subject.name, r.object.name) for r in found if isinstance(r, Relation)]
[('长沙市', '湖南省'), ('岳麓区', '长沙市')]
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import jieba

from kg.data import lexicon
from kg.data.gazetteer import BOUNDARY_FREQ, Division, Gazetteer
from kg.data.historic import historic, historic_candidates
from kg.extract.base import Doc
from kg.extract.context import stated_home
from kg.extract.names import COMMON_WORD, foreign_name_at, is_transliteration, surname_length
from kg.extract.place_lexicon import (
    RUN_ON_FREQ,
    WORLD_KINDS,
    area_pattern,
    area_suffixes,
    dictionary_word_at,
    in_company_name,
    in_foreign_run,
    is_boundary_word,
    is_generic,
    is_name_char,
    is_stopped,
    left_name,
    name_stops,
    scan_abbreviations,
    scan_names,
)
from kg.extract.spans import SpanSet
from kg.extract.tokens import is_word, word_tags
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_places"]

_CHILD = re.compile(r"([\u4e00-\u9fff]{2,5}?)(街道|社区|嘎查|苏木|镇|乡|村)")
_ONE_CHARACTER_VILLAGE = re.compile(r"([\u4e00-\u9fff])(村)")
_NEXT_VILLAGE = re.compile(r"[、，,](?:[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道))?[\u4e00-\u9fff]{1,6}?(?:村|社区|屯)")
_NOT_A_SURNAME_TAGS = frozenset({"v", "vn", "a", "m", "d", "p", "c"})  # 包村, 管村, 强村, 万村: a verb, a number
_NOT_A_LISTED_VILLAGE_TAGS = _NOT_A_SURNAME_TAGS - {"a"} | {"r", "zg"}  # 每村、各村、驻村 (贵村、: a village)
_STREET_OFFICE = re.compile(r"办事处|办(?=[\u4e00-\u9fff]{2,5}?(?:社区|村))")  # 某街道办某村: 办, short for 办事处


@functools.cache
def _ethnic_child() -> re.Pattern[str]:
    """A unit named after a nationality, written after its division (某镇额尔门沁达斡尔族村, 某县卧龙朝鲜族乡)."""
    groups = "|".join(sorted((g for g in lexicon.words("ethnic_groups") if g.endswith("族")), key=len, reverse=True))
    return re.compile(rf"([\u4e00-\u9fff]{{2,5}}?(?:{groups}))(镇|乡|村|苏木|嘎查)")


_CHILD_SUFFIXES = {  # which units may be written right after a division of each level
    "prefecture": ("街道",),
    "county": ("街道", "苏木", "镇", "乡", "村", "社区", "嘎查"),
    "town": ("街道", "村", "社区", "嘎查"),  # 某镇某街道: a town seat's sub-district, as written
    "village": (),
    "area": ("街道", "镇", "乡", "村", "社区"),  # 某某新区某村: a development area's own towns and villages
}
_VILLAGE_SUFFIXES = ("村", "社区", "嘎查")
_COMMITTEE = "委会"  # 某村委会: a village's committee, its natural villages written after it (某村委会某某村)
# A town-level unit written right before a village-level one: 某乡某村, 某街道某社区.
_CHAIN = re.compile(r"(乡|镇|街道|苏木)([\u4e00-\u9fff]{2,5}?)(村|社区|嘎查)")
_COMPANY_LEVELS = frozenset({"province", "prefecture", "county"})
_BATCH = re.compile(r"第[一二三四五六七八九十百\d]+批")
_DESIGNATION_LEVELS = frozenset({"national", "provincial"})  # levels that make an area phrase a title
_NOT_IN_CHILD_NAME = frozenset("省市县区乡镇村")


@dataclass(slots=True)
class _Place:
    """A place found in the clean text, before it becomes a Mention."""

    start: int
    end: int
    name: str
    level: str
    code: str | None = None
    parent_code: str | None = None
    qualifier: str = ""
    stated_parent: _Place | None = None  # the place the text writes as its parent
    candidates: str | None = None
    valid_until: int | None = None  # a former division (襄樊市): the last year of its name, and
    successor: str | None = None  # the code of the current division it became


def _qualifier(gaz: Gazetteer, d: Division) -> str:
    same = [x for x in gaz.lookup(d.name) if x.name == d.name]
    return d.code if len(same) > 1 else ""


def _division_place(gaz: Gazetteer, s: int, e: int, d: Division, parent: _Place | None) -> _Place:
    return _Place(s, e, d.name, d.level, d.code, d.parent, _qualifier(gaz, d), parent)


def _adjacent(text: str, a: _Place | None, start: int) -> bool:
    """Whether ``a`` is written right before ``start``: over white space, a colon heading a list
    (``某区:某乡某村、…``) or ``的`` (``呼和浩特市的托克托县``); the gazetteer must still place the
    second inside the first (a count may stand before the colon: ``某县(9个):某镇某村``)."""
    return a is not None and a.end <= start and _ADJACENT_GAP.fullmatch(text, a.end, start) is not None


_ADJACENT_GAP = re.compile(r"\s*(?:(?:[(（][\d一二两三四五六七八九十]{1,3}个[)）])?\s*[:：]|的)?\s*")


def _divisions(doc: Doc, gaz: Gazetteer) -> list[_Place]:
    """Gazetteer hits, resolved with the written chain, the document's places and the home city."""
    text = doc.text
    raw = _plausible_hits(text, gaz, list(gaz.scan(text, historic=True)))
    home = stated_home(doc).division
    context = [home.code] if home else []
    for _, _, surface in raw:
        cands = gaz.lookup(surface)
        if len(cands) == 1 and cands[0].level != "town" and (cands[0].name == surface or cands[0].level != "county"):
            context.append(cands[0].code)
    provinces = {c[:2] for c in context}
    prefectures = {c[:4] for c in context}
    # a municipality's districts and counties sit under 市辖区 (xx01) and 县 (xx02): 上海市 supports 某镇 of 3101
    prefectures |= {c[:2] + k for c in context if c[:2] in _MUNICIPALITIES and c[2:4] == "00" for k in ("01", "02")}
    near = gaz.near(context)  # once: resolving each hit against every earlier hit was quadratic
    out: list[_Place] = []
    unsupported: list[tuple[int, int, str]] = []  # full town names no context took
    prev: _Place | None = None
    for s, e, surface in raw:
        cands = gaz.lookup(surface)
        parent = prev if _adjacent(text, prev, s) and prev and prev.code else None
        if parent is None and prev is not None and text[prev.end : s] == "、" and prev.stated_parent:
            parent = prev.stated_parent  # 某县甲镇、乙镇: the parent is stated for the whole list
        if not cands:  # a former name (襄樊市): only scan(historic=True) finds one
            prev = _former(s, e, surface, parent, provinces)
            if prev is not None:
                out.append(prev)
            continue
        d: Division | None = None
        if parent is not None:
            under = [c for c in cands if parent.code in {a.code for a in gaz.chain(c.code)[1:]}]
            d = under[0] if len(under) == 1 else None
            if d is None:
                parent = None
        if d is None:
            d = gaz.resolve(surface, near=near)
        if d is None:
            full = [c for c in cands if c.name == surface and c.level != "town"]
            if len(full) > 1:  # a full name shared nationally, no context: keep it, codeless
                codes = " ".join(c.code for c in full)
                out.append(_Place(s, e, surface, full[0].level, candidates=codes))
            elif any(c.name == surface and c.level == "town" for c in cands):
                unsupported.append((s, e, surface))  # a town's name shared nationally: its list may place it
            prev = None
            continue
        if parent is None and not _supported(d, surface, provinces, prefectures):
            if d.level == "town" and surface == d.name:
                unsupported.append((s, e, surface))
            prev = None
            continue
        prev = _division_place(gaz, s, e, d, parent)
        out.append(prev)
    out += _listed_towns(text, gaz, unsupported, [p for p in out if p.level == "town" and p.code])
    return _list_siblings(text, gaz, sorted(out, key=lambda p: (p.start, p.end)))


def _listed_towns(
    text: str, gaz: Gazetteer, towns: list[tuple[int, int, str]], read: Sequence[_Place] = ()
) -> list[_Place]:
    """Towns listed together (``甲镇、乙镇、丙镇``) with no division around them: read in the one
    province where each listed name is exactly one town (two at least, all agreeing), or else in the one
    county where three or more of the list's towns, and most, lie (甲镇、乙镇、丙镇、丁乡: the county's own
    list; the towns ``read`` already vote with their own county; an item the gazetteer lacks may stand
    between)."""
    out: list[_Place] = []
    known = {(p.start, p.end): p for p in read}
    run: list[tuple[int, int, str]] = []
    for hit in [*sorted([*towns, *((p.start, p.end, p.name) for p in read)]), (-1, -1, "")]:
        if run and hit[0] > run[-1][1] and _LIST_GAP.fullmatch(text, run[-1][1], hit[0]):
            run.append(hit)
            continue
        if len(run) < 2:
            run = [hit]
            continue  # (a town alone is no list: nothing to look up)
        new = [(s, e, surface) for s, e, surface in run if (s, e) not in known]
        towns_of = {
            surface: [d for d in gaz.lookup(surface) if d.level == "town" and d.name == surface]
            for _s, _e, surface in new
        }
        by_province: dict[str, list[Division]] = {}
        for ds in towns_of.values():
            for d in ds:
                by_province.setdefault(d.code[:2], []).append(d)
        agreed = [p for p, ds in by_province.items() if len(ds) == len(new) and len({d.name for d in ds}) == len(new)]
        adjacent = all(text[a[1] : b[0]] == "、" for a, b in pairwise(run))
        if len(new) == len(run) >= 2 and len(agreed) == 1 and adjacent:  # (a gap's unknown item: no province)
            town = {d.name: d for d in by_province[agreed[0]]}
            out += [_division_place(gaz, s, e, town[surface], None) for s, e, surface in run]
        elif new and len(run) >= 3:
            votes: dict[str, set[str]] = {}
            for s, e, surface in run:
                counties = {known[s, e].code[:6]} if (s, e) in known else {d.code[:6] for d in towns_of[surface]}
                for c in counties:
                    votes.setdefault(c, set()).add(surface)
            ranked = sorted(votes.items(), key=lambda kv: -len(kv[1]))
            most = len(ranked[0][1]) if ranked else 0
            if most >= max(3, (len(run) * 3 + 4) // 5) and (len(ranked) == 1 or len(ranked[1][1]) < most):
                for s, e, surface in new:
                    d = next((d for d in towns_of[surface] if d.code[:6] == ranked[0][0]), None)
                    if d is not None:
                        out.append(_division_place(gaz, s, e, d, None))
        run = [hit]
    return out


_LIST_GAP = re.compile(r"、(?:[\u4e00-\u9fff]{2,6}?(?:乡|镇|街道)、)?")
"""What stands between two towns of one list: its mark, and maybe an item the gazetteer lacks (甲镇、乙乡、丙镇)."""


_LIST_MARKS = "、"
_COUNTY_TAILS = ("县", "市", "区", "旗")


@functools.cache
def _divisions_under(gaz: Gazetteer, level: str) -> dict[str, tuple[Division, ...]]:
    """Parent code → its divisions of ``level`` (``"county"``: a prefecture's; ``"town"``: a county's)."""
    under: dict[str, list[Division]] = {}
    for d in gaz:
        if d.level == level and d.parent:
            under.setdefault(d.parent, []).append(d)
    return {k: tuple(v) for k, v in under.items()}


_TOWN_TAILS = ("镇", "乡", "街道")
_ESTATE_WORDS = ("花园", "家园", "新村", "小区", "苑", "城", "湾")  # a housing estate's community, no town's village
_VILLAGE_AFTER_SHORT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(村|社区)")


def _short_town_chains(doc: Doc, gaz: Gazetteer, counties: list[_Place], taken: SpanSet) -> list[_Place]:
    """A town of a county the page names, written short right before one of its villages
    (宝塔区…河庄坪|赵家岸村): the village's own town, so both are places.

    Only a short form of two characters or more that is no everyday word, and a village whose
    name ends where an item or a line does.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t.txt", text="调研组来到宝塔区，走访河庄坪赵家岸村、新城街道。"))
    >>> [(p.name, p.prop("level")) for p in extract_places(d) if p.__class__.__name__ == "Mention"][1:3]
    [('河庄坪镇', 'town'), ('赵家岸村', 'village')]
    """
    text = doc.text
    out: list[_Place] = []
    for county in {c.code: c for c in counties}.values():
        for town, short, tail in _town_shorts(gaz, county.code or ""):
            if short not in text or is_word(short, 50):
                continue  # (most towns of a county the page names are not written on it)
            for at in _find_all(text, short):
                end = at + len(short)
                m = _VILLAGE_AFTER_SHORT.match(text, end)
                if m is None or text.startswith(tail, end) or taken.overlaps(at, m.end()):
                    continue
                ends = _village_ends(text, m.end()) or text.startswith("等", m.end())  # …某某村等地
                estate = is_word(m.group(1), 50) or m.group(1).endswith(_ESTATE_WORDS)  # 滨江|花园社区
                if not (ends and _item_name(m.group(1))) or estate:
                    continue
                town_place = _division_place(gaz, at, end, town, None)  # its county is named elsewhere
                name = m.group(1) + m.group(2)
                village = _Place(end, m.end(), name, "village", None, town.code, town.code, town_place)
                out += [town_place, village]
                taken.add(at, m.end())
    return out


@functools.cache
def _town_shorts(gaz: Gazetteer, county: str) -> tuple[tuple[Division, str, str], ...]:
    """``(town, short form, tail)`` of each town of ``county`` whose name less its tail (镇, 乡, 街道) keeps
    two characters or more, in the gazetteer's order (made once per county, not per page)."""
    out = []
    for town in _divisions_under(gaz, "town").get(county, ()):
        tail = next((t for t in _TOWN_TAILS if town.name.endswith(t)), "")
        short = town.name[: -len(tail)] if tail else ""
        if len(short) >= 2:
            out.append((town, short, tail))
    return tuple(out)


def _find_all(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _stem_of(gaz: Gazetteer, prefecture: str, stem: str) -> Division | None:
    """The one county of ``prefecture`` whose name is ``stem`` plus a level (全州 → 全州县, 恭城 → 恭城瑶族自治县)."""
    hits = [
        d
        for d in _divisions_under(gaz, "county").get(prefecture, ())
        if d.name.startswith(stem)
        and (d.name[len(stem) :] in _COUNTY_TAILS or d.name[len(stem) :].endswith(("自治县", "自治旗")))
    ]
    return hits[0] if len(hits) == 1 else None


def _list_siblings(text: str, gaz: Gazetteer, found: list[_Place]) -> list[_Place]:
    """Bare county names in a list with counties of one prefecture, read as that prefecture's counties.

    ``全州、兴安、灵川、阳朔4个县城``: 灵川 and 阳朔 are counties of one city, so 全州 and 兴安,
    which the gazetteer cannot take alone (a common word, another province's league), are that
    city's 全州县 and 兴安县. Needs two listed counties of the prefecture; an item is the stem of
    exactly one of its counties and is bounded by the list marks (the first item may open after
    any text).
    """
    resolved = {p.start: p for p in found}
    by_start = dict(resolved)
    by_end = {p.end: p for p in found}
    replaced: dict[int, _Place] = {}
    added: list[_Place] = []
    for anchor in found:
        if anchor.level != "county" or not anchor.parent_code or anchor.start in replaced:
            continue
        prefecture = anchor.parent_code
        run = [anchor]
        i = anchor.start  # walk left over 、item
        while i > 0 and text[i - 1] in _LIST_MARKS:
            left = by_end.get(i - 1)
            if left is None:
                for n in (2, 3):
                    d = _stem_of(gaz, prefecture, text[i - 1 - n : i - 1]) if i - 1 - n >= 0 else None
                    if d is not None:
                        left = _division_place(gaz, i - 1 - n, i - 1, d, None)
                        break
            if left is None:
                break
            run.insert(0, left)
            i = left.start
        j = anchor.end  # walk right over 、item
        while j < len(text) and text[j] in _LIST_MARKS:
            right = by_start.get(j + 1)
            if right is None:
                for n in (2, 3):
                    e = j + 1 + n
                    closed = e >= len(text) or not ("\u4e00" <= text[e] <= "\u9fff") or text[e] in "等和及"
                    d = _stem_of(gaz, prefecture, text[j + 1 : e]) if closed else None
                    if d is not None:
                        right = _division_place(gaz, j + 1, e, d, None)
                        break
            if right is None:
                break
            run.append(right)
            j = right.end
        listed = [p for p in run if p.start in resolved and resolved[p.start].parent_code == prefecture]
        if len(listed) < 2 or len(listed) == len(run):
            continue
        for p in run:
            known = by_start.get(p.start)
            if known is not None and known.parent_code == prefecture:
                continue
            if known is not None:  # read as another division (兴安 → a league): a stem of ours wins
                d = _stem_of(gaz, prefecture, text[p.start : p.end])
                if d is None or known.end != p.end:
                    continue
                p = _division_place(gaz, p.start, p.end, d, None)
                replaced[p.start] = p
            else:
                added.append(p)
            by_start[p.start] = p
            by_end[p.end] = p
    if not replaced and not added:
        return found
    kept = [replaced.get(p.start, p) for p in found]
    return sorted(kept + added, key=lambda p: (p.start, p.end))


def _former(s: int, e: int, surface: str, parent: _Place | None, provinces: set[str]) -> _Place | None:
    """A former division's name (襄樊市, 株洲县) as a place with the code of its time.

    The page's date plays no part (old news is reprinted). A name several former divisions bore is
    told apart by the province before it or in the document; else kept codeless, with ``candidates``.
    """
    near = {parent.code[:2]} if parent is not None and parent.code else provinces
    h = historic(surface, near)
    if h is None:
        cands = historic_candidates(surface)
        if len(cands) < 2:
            return None
        return _Place(s, e, surface, cands[0].level, candidates=" ".join(c.code for c in cands))
    stated = parent if parent is not None and parent.code in (h.parent, h.parent[:2] + "0000") else None
    qualifier = h.code if len(historic_candidates(surface)) > 1 else ""
    return _Place(s, e, h.name, h.level, h.code, h.parent, qualifier, stated, None, h.last, h.successor)


def _plausible_hits(text: str, gaz: Gazetteer, raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop gazetteer hits that are evidently no mention of the division.

    A two-character full name cutting a word on its left (示|范县) or opening with a
    conjunction after a word (乡镇|和县直单位), and a
    county short form naming a facility (``@`` words of
    ``place_name_stops.txt``: 某某港, 某某机场).
    """
    facility = name_stops().facility
    out = []
    prev_end = -1
    prev = ""
    for s, e, surface in raw:
        cands = gaz.lookup(surface)
        full = any(c.name == surface for c in cands)
        if full and len(surface) == 2 and s > 0 and s != prev_end and is_word(text[s - 1 : s + 1], BOUNDARY_FREQ):
            continue
        after_word = s > 0 and s != prev_end and "\u4e00" <= text[s - 1] <= "\u9fff"
        if full and surface.endswith("城市") and len(surface) == 3 and after_word and _split_by_words(text, s, surface):
            continue  # 沿海|城市: a word ends on the name's first character, the rest is 城市 (海城市)
        if full and len(surface) == 2 and surface[0] in "和与及" and after_word:
            continue  # 乡镇和县直单位: the conjunction 和, not the county 和县 (安徽省和县 stays)
        if full and len(surface) == 2 and surface[0] in "和与及" and s == prev_end and not _holds(gaz, prev, cands):
            continue  # 某街道和县有关部门: the conjunction after a place that is none of the county's parents
        if not full and cands and all(c.level == "county" for c in cands) and text.startswith(facility, e):
            continue
        if not full and s == prev_end and prev.endswith(_TOWN_ENDS):
            continue  # 石坡乡|南平头坞村, 某镇|南平屯, 某镇|大理居委会: after a town a unit below it is named, no city
        if not full and (v := _VILLAGE_AFTER.match(text, e)) and _village_ends(text, v.end()):
            continue  # 海口村、: a village's name in a list, no prefecture's short form (成都社区发展 stays)
        if (
            not full
            and text.startswith(("乡", "镇"), e)
            and not text.startswith(_TOWN_WORDS, e)
            and _TOWN_NAME_END.match(text, e + 1)
        ):
            continue  # 某县汤旺乡, 石门镇: a town's name, no county's short form (醴陵|乡镇村干部 stays)
        if not full and (in_foreign_run(text, s, e, prev_end) or (after_word and _inside_foreign_name(text, s, e))):
            continue  # 外长萨|洛宁|举行, 安吉|拉·…: a county's short form inside a transliterated name
        out.append((s, e, surface))
        prev_end, prev = e, surface
    return out


def _split_by_words(text: str, s: int, surface: str) -> bool:
    """Whether the character before ``s`` and the name's first make a word and the name's rest is a word too
    (沿海|城市 around 海城市), so the name is read across two words (asked of X城市 only: 其中|古城区 is a
    district's name after a word that ends on its first character).

    >>> _split_by_words("打造沿海城市", 3, "海城市"), _split_by_words("考察海城市", 2, "海城市")
    (True, False)
    """
    return is_word(text[s - 1 : s + 1], BOUNDARY_FREQ) and is_word(surface[1:], BOUNDARY_FREQ)


def _holds(gaz: Gazetteer, parent: str, divisions: Sequence[Division]) -> bool:
    """Whether ``parent`` (a place's written name) is the province or prefecture of one of ``divisions``.

    >>> gaz = Gazetteer.load()
    >>> _holds(gaz, "安徽省", gaz.lookup("和县")), _holds(gaz, "安徽", gaz.lookup("和县"))
    (True, True)
    >>> _holds(gaz, "某某街道", gaz.lookup("和县"))
    False
    """
    codes = {d.code for d in gaz.lookup(parent)}  # (a short form too: 安徽|和县, 马鞍山|和县)
    return any(c.code[:2] + "0000" in codes or c.code[:4] + "00" in codes for c in divisions)


_TOWN_ENDS = ("镇", "乡", "街道", "苏木")
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})  # 北京, 天津, 上海, 重庆: provinces that are cities
_TOWN_WORDS = ("乡镇", "乡村", "镇村")  # words a county's short form is often written before (浏阳|乡村振兴)
_TOWN_NAME_END = re.compile(r"[^\u4e00-\u9fff]|$|[\u4e00-\u9fff]{1,5}?(?:村|社区|嘎查)")  # 汤旺乡, 汤旺乡金星村


def _inside_foreign_name(text: str, s: int, e: int) -> bool:
    """Whether a transliterated name (:func:`~kg.extract.names.foreign_name_at`) opens on the
    character before ``text[s:e]``, a rare one (not ``在``, ``第``), and runs over all of it.

    >>> _inside_foreign_name("外长萨洛宁举行会谈", 3, 5), _inside_foreign_name("在洛宁调研", 1, 3)
    (True, False)
    """
    before = text[s - 1]
    if not is_transliteration(before) or is_word(before, RUN_ON_FREQ):
        return False
    return s - 1 + foreign_name_at(text, s - 1) >= e


def _supported(d: Division, surface: str, provinces: set[str], prefectures: set[str]) -> bool:
    """Whether a hit with no written parent is plausible in this document.

    A town needs a place of its prefecture elsewhere in the document; a
    county's short form (醴陵, 芦淞) one of its province: papers use those
    only for nearby places, and elsewhere they are mostly other words (七大新经济).
    """
    if d.level == "town":
        return d.code[:4] in prefectures
    if d.level == "county" and surface != d.name:
        # 昌江县 for 昌江黎族自治县: a short form that keeps its level is the place's own name
        written_level = surface.endswith(("县", "旗")) and len(surface) >= 3 and d.name.endswith(("自治县", "自治旗"))
        written_level = written_level or (surface.endswith("旗") and surface in d.aliases)  # 土右旗, 科右中旗
        return written_level or d.code[:2] in provinces
    return True


_NEXT_CELL = re.compile(r"[ \t\u3000]{1,8}(?=[\u4e00-\u9fff])")  # the spaces between a table row's cells
_CELL_END = re.compile(r"[ \t\u3000]|\n|$")  # where a cell ends (a child read across cells must end one too)


def _children(doc: Doc, gaz: Gazetteer, parents: list[_Place]) -> list[_Place]:
    """Towns, villages and communities written right after their division (莲花县沿背村)."""
    text = doc.text
    out: list[_Place] = []
    taken = SpanSet((p.start, p.end) for p in parents)
    queue = deque(parents)
    while queue:
        p = queue.popleft()
        office = _STREET_OFFICE.match(text, p.end) if p.name.endswith("街道") else None
        at = office.end() if office else p.end  # 某街道办事处某村, 某街道办某村: the subdistrict's office
        if p.level == "town" and text.startswith("的", at):
            at += 1  # 某镇的甲村、乙村: the town's villages, written after 的
        committee = p.level == "village" and p.name.endswith("村") and text.startswith(_COMMITTEE, at)
        if committee:
            at += len(_COMMITTEE)  # 某村委会|某某村: a village committee's natural village, written after it
        committee = committee or (p.level == "village" and p.name.endswith(("社区", "行政村")))  # 某社区|某某中心村
        m = _CHILD.match(text, at)
        if m is None and (cell := _NEXT_CELL.match(text, at)):  # 1 某县 某镇 某村: a table's row, one cell each
            m = _CHILD.match(text, cell.end())
            m = m if m is not None and _CELL_END.match(text, m.end()) else None
            at = m.start() if m is not None else at
        if p.level == "town" and (one := _ONE_CHARACTER_VILLAGE.match(text, at)) and _surname_village(text, one):
            m = one  # 某镇夏村、: a village named by a surname alone, where a list's item ends
        if committee and (one := _ONE_CHARACTER_VILLAGE.match(text, at)) and _surname_village(text, one):
            m = one  # 某村委会上村、: a one-character natural village, as after a town (no 全村, 进村, 该村)
        if (ethnic := _ethnic_child().match(text, at)) and (not m or ethnic.end() > m.end()):
            m = ethnic  # 某镇额尔门沁达斡尔族村: the nationality is inside the name
        level_of_parent = "county" if p.level == "prefecture" and p.code in _countyless(gaz) else p.level
        suffixes = ("村",) if committee else _CHILD_SUFFIXES.get(level_of_parent, ())
        if not m or m.group(2) not in suffixes or taken.overlaps(*m.span()):
            continue
        name = m.group(1)
        full = name + m.group(2)
        # 某镇某村, 某村委会某村: the town or the village committee vouches for it
        in_town = (p.level == "town" or committee) and m.group(2) in _VILLAGE_SUFFIXES
        if not (
            _unit_name(gaz, name, full)
            or (in_town and _village_ends(text, m.end()) and _item_name(name))
            or (in_town and _village_named_village(text, name, m.group(2), m.end()))
            or (in_town and m.group(2) == "村" and _body_named_village(text, name, m.end()))
            or m.re is _ONE_CHARACTER_VILLAGE  # (read after a town where a list's item or its hamlet follows)
            or _town_named_after_a_village(text, m)
        ):
            continue
        level = "village" if m.group(2) in _VILLAGE_SUFFIXES else "town"
        code = None
        if level == "town" and p.code:
            known = [d for d in gaz.lookup(full) if d.parent == p.code]
            code = known[0].code if known else None
        if code is not None:
            d = gaz.by_code(code)
            assert d is not None
            child = _division_place(gaz, at, m.end(), d, p)
        else:
            child = _Place(at, m.end(), full, level, None, p.code, p.code or "", p)
        out.append(child)
        taken.add(child.start, child.end)
        queue.append(child)
        if level == "village":  # 某镇甲村、乙村、丙村: villages listed after the first share its town
            out += _listed_siblings(text, gaz, child, taken)
    return out


def _stopped_children(doc: Doc, gaz: Gazetteer, parents: list[_Place], taken: SpanSet) -> list[_Place]:
    """Divisions whose names are everyday words (``place_stop.txt``: 城区, 郊区, 矿区), where the text writes
    them right after their own parent, and the ones listed after them (``阳泉市城区、郊区``).

    >>> from kg.model import Document
    >>> [p.name for p in extract_places(Doc.of(Document(id="t", text="山西省阳泉市城区、郊区入选。")))
    ...  if p.__class__.__name__ == "Mention"]
    ['山西省', '阳泉市', '城区', '郊区']
    """
    text = doc.text
    out: list[_Place] = []
    for p in parents:
        at = p.end
        while (m := _stopped_child(gaz).match(text, at)) and not taken.overlaps(*m.span(1)):
            if (at == p.end) != (m.start(1) == at):
                break  # 阳泉市、城区, 城区郊区: the first right after its parent, each further one after 、
            d = next((d for d in gaz.lookup(m.group(1)) if d.parent == p.code and d.name == m.group(1)), None)
            if d is None:
                break
            out.append(_division_place(gaz, m.start(1), m.end(1), d, p))
            taken.add(m.start(1), m.end(1))
            at = m.end(1)
    return out


@functools.cache
def _stopped_child(gaz: Gazetteer) -> re.Pattern[str]:
    """A stopped division name (:meth:`~kg.data.gazetteer.Gazetteer.stopped_names`: 城区, 郊区) opening a
    list item, not the start of a longer word (城区内, 郊区的)."""
    names = "|".join(sorted(map(re.escape, gaz.stopped_names()), key=lambda n: (-len(n), n)))
    return re.compile(rf"、?({names})(?![\u4e00-\u9fff]?(?:域|内|外|里|的))")


def _village_ends(text: str, end: int) -> bool:
    """True when a village's name ends where an item of a list or a line does (``…某村、``, ``…某村\n``)."""
    return end >= len(text) or text[end] in "、，,；;。:：\n (（"


_VILLAGE_AFTER = re.compile(r"(?:村|社区|嘎查)(?![委民级务庄镇乡])")  # a village's suffix, no word (村民, 村级, 村镇)
_LISTED_VILLAGE = re.compile(r"、([\u4e00-\u9fff]{1,4}?)(村|社区|嘎查)(?![委民级务庄])")


def _listed_siblings(text: str, gaz: Gazetteer, first: _Place, taken: SpanSet) -> list[_Place]:
    """The villages listed right after ``first`` (``甲镇A村、B村``), each a child of ``first``'s parent."""
    parent = first.stated_parent
    out: list[_Place] = []
    pos = _hamlet_after(text, first, taken, out) if parent is not None else first.end
    while parent is not None and (m := _LISTED_VILLAGE.match(text, pos)):
        name, full = m.group(1), m.group(1) + m.group(2)
        if taken.overlaps(m.start(1), m.end()) or not (
            _listed_name(name) or _inside_list(text, name, m.end()) or _named_after_town(name, parent)
        ):
            break
        village = _Place(m.start(1), m.end(), full, "village", None, parent.code, parent.code or "", parent)
        out.append(village)
        taken.add(village.start, village.end)
        pos = _hamlet_after(text, village, taken, out)
    return out


def _named_after_town(name: str, town: _Place) -> bool:
    """Whether a listed village's ``name`` is its town's name less the unit (两碗镇…、两碗村): the town's seat
    village, a name even where the dictionary reads a number or a word.

    >>> town = _Place(0, 3, "两碗镇", "town")
    >>> _named_after_town("两碗", town), _named_after_town("三角", town)
    (True, False)
    """
    return (
        town.level == "town"
        and len(name) >= 2
        and town.name == name + town.name[len(name) :]
        and (town.name[len(name) :] in _TOWN_ENDS)
    )


def _inside_list(text: str, name: str, end: int) -> bool:
    """Whether a village's ``name`` the dictionary reads as a common word or a number (大张, 五一, 二十八) stands
    inside a list of villages, another village following it (甲村、五一村、乙村): the list vouches for it
    (no stop word and no unit in it: 贫困村、 stays out).

    >>> [_inside_list(t, t[:2], 3) for t in ("五一村、甲村", "五一村。", "贫困村、乙村")]
    [True, False, False]
    """
    if set(_inner(name)) & (_NOT_IN_ITEM_NAME | _LIST_BREAKS) or is_stopped(name, village=True):
        return False
    return _LISTED_VILLAGE.match(text, end) is not None or _HAMLET.match(text, end) is not None  # 乙村丙屯、


def _hamlet_after(text: str, village: _Place, taken: SpanSet, out: list[_Place]) -> int:
    """Add to ``out`` the hamlet written right after ``village`` (某村某寨, 某村某屯), if any; where the list
    goes on."""
    hamlet = _HAMLET.match(text, village.end) or _NATURAL_VILLAGE.match(text, village.end)
    if not hamlet or taken.overlaps(*hamlet.span()):
        return village.end
    if not (_listed_name(hamlet.group(1)) or hamlet.group(1) == village.name):
        return hamlet.end()  # 某村上大营屯、: a hamlet the names do not read; the list goes on after it
    # (a hamlet named after its village, 某乡费村|费村屯, holds the village's whole name)
    code = village.parent_code or ""
    out.append(_Place(hamlet.start(), hamlet.end(), hamlet.group(), "village", None, code, code, village))
    taken.add(hamlet.start(), hamlet.end())
    return hamlet.end()


_HAMLET = re.compile(r"([\u4e00-\u9fff]{1,3}?)[寨屯](?=[、，,；;。\s]|$)")  # 某村某寨, 某村某屯: a natural village
_NATURAL_VILLAGE = re.compile(r"(?!委)([\u4e00-\u9fff]{2,3}?)村(?=[、，,；;。\s]|$)")  # (甲村委乙村: its committee)
"""A second village written right after a village and ending a list's item (某镇甲村乙村、): a natural village of it."""


def _listed_name(name: str) -> bool:
    """Whether ``name`` before a unit suffix is a proper name where a list of villages says one
    stands (no level, function or generic word: the list, not the dictionary, vouches for it). An
    adjective or a verb jieba knows is a name there (英山村、勤劳村, 胜利村), unless the stop lists
    make it generic (贫困村, 示范村).

    >>> _listed_name("勤劳"), _listed_name("贫困"), _listed_name("所有")
    (True, False, False)
    """
    if set(_inner(name)) & (_NOT_IN_ITEM_NAME | _LIST_BREAKS) or is_stopped(name, village=True):
        return False
    return not is_generic(name, village=True) or (len(name) >= 2 and word_tags().get(name) in _NAME_LIKE_TAGS)


_NAME_LIKE_TAGS = frozenset({"a", "v", "vn"})  # what jieba calls 勤劳, 前进, 胜利: common village names


def _inner(name: str) -> str:
    """``name`` less a 和 that ends it (新和村, 永和村: such a 和 joins nothing).

    >>> _inner("新和"), _inner("和"), _inner("永新")
    ('新', '和', '永新')
    """
    return name[:-1] if len(name) >= 2 and name.endswith("和") else name


_VILLAGE_ENDING_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}?村(?=[、，,；;。\n]|$)")


def _town_named_after_a_village(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` (a name and 乡 or 镇 after its county) is a town named after a village (某县甄村乡), read
    where a village follows it and ends a list's item (某县甄村乡某某村、): ``村`` inside a town's name is
    otherwise the end of a village's (某村乡村振兴).

    >>> t, u, w = "某县甄村乡罗家村、", "某县甄村乡村振兴", "某县农村乡风卫生村、"
    >>> [_town_named_after_a_village(s, _CHILD.match(s, 2)) for s in (t, u, w)]
    [True, False, False]
    """
    name = m.group(1)
    return (
        m.group(2) in ("乡", "镇")
        and len(name) == 2
        and name[1] == "村"
        and not is_word(name)  # 农村|乡风, 山村|乡土: a word, no town
        and not set(name[0]) & (_NOT_IN_CHILD_NAME | name_stops().function)
        and _VILLAGE_ENDING_ITEM.match(text, m.end()) is not None
    )


def _surname_village(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` (one character and 村, right after a town) is a village named by a surname (夏村, 杨村)
    where a list's item or a line ends: no dictionary word (农村, 全村, 渔村) nor a function character.

    >>> [_surname_village(t, _ONE_CHARACTER_VILLAGE.match(t)) for t in ("夏村、乙村", "杨村\\n", "农村、", "杨村的")]
    [True, True, False, False]
    >>> [_surname_village(t, _ONE_CHARACTER_VILLAGE.match(t)) for t in ("包村、包户", "管村。", "费村费村屯、")]
    [False, False, True]
    >>> [_surname_village(t, _ONE_CHARACTER_VILLAGE.match(t)) for t in ("每村、某镇某村", "贵村、某镇某村")]
    [False, True]
    """
    word = m.group(0)
    if is_word(word) or word[0] in name_stops().function:
        return False
    if surname_length(word, 0) != 1:  # 某镇贵村、某镇某村: an item of a list of villages, whatever its character
        if word_tags().get(word[0]) in _NOT_A_LISTED_VILLAGE_TAGS or word[0] in name_stops().left:
            return False  # 某镇每村、有村、驻村: a determiner, a verb or a count, no village's name (贵村: one)
        return text[m.end() : m.end() + 1] == "、" and _NEXT_VILLAGE.match(text, m.end()) is not None
    if _HAMLET.match(text, m.end()):
        return True  # 某乡费村费村屯: its hamlet after it
    # where a line or a sentence ends or another village follows (镇包村、包户干部: a verb, no village)
    if _NEXT_VILLAGE.match(text, m.end()):
        return True  # 某镇白村、某镇穆村: an item of a list of villages
    closes = m.end() >= len(text) or text[m.end()] in "。；;\n"
    return closes and word_tags().get(word[0]) not in _NOT_A_SURNAME_TAGS  # (管村。: a verb, no village)


def _village_named_village(text: str, name: str, suffix: str, end: int) -> bool:
    """Whether ``name`` + ``suffix`` ending at ``end``, right after a town, is a village whose own name holds 村
    (北村村, 村里村), an item of a list of villages: another village follows it.

    >>> [_village_named_village(t, t[:2], "村", 3) for t in ("北村村、某镇某村", "村里村、乙村", "北村村民")]
    [True, True, False]
    """
    if suffix != "村" or len(name) != 2 or "村" not in name or set(name) & name_stops().function:
        return False
    return text[end : end + 1] == "、" and _NEXT_VILLAGE.match(text, end) is not None


def _body_named_village(text: str, name: str, end: int) -> bool:
    """Whether a village written right after its town (``某镇复兴村``) is named by a common word (复兴) and its
    body or a cadre's title follows (``…复兴村党支部书记``, ``…复兴村村委会``): the body vouches for the name.

    >>> _body_named_village("复兴村党支部书记", "复兴", 3), _body_named_village("复兴村建设", "复兴", 3)
    (True, False)
    >>> _body_named_village("十个村党支部书记", "十个", 3), _body_named_village("先进村党支部", "先进", 3)
    (False, False)
    """
    if len(name) != 2 or _VILLAGE_BODY.match(text, end) is None or set(name) & name_stops().left:
        return False  # (十个|村党支部, 两个村: a count of villages, no name)
    return _item_name(name) and word_tags().get(name) not in _NOT_A_SURNAME_TAGS - {"v", "a"}


_VILLAGE_BODY = re.compile(r"(?:党支部|党总支|村委会|村民委员会|两委|支部|村委)")  # (a 联村党委 joins villages)


def _item_name(name: str) -> bool:
    """Whether ``name`` is a village's name where its town stands right before it and a list item
    or line ends right after it (某镇永新村、): the list vouches for it even when jieba reads a word
    (永新, an adverb to jieba) or it opens with 和 (和泉村: 和 cannot join a town to a one-character village).

    A name of one character and 村 or 乡 is a village's too (某镇甄村村、, 某镇卫乡村、: the village is named
    after a hamlet or a former township; 美丽乡|村 stays out).

    >>> [_item_name(n) for n in ("永新", "新和", "南市", "和泉", "美丽乡", "甲和乙", "甄村", "卫乡", "城乡")]
    [True, True, True, True, False, False, True, True, False]
    """
    stops = name_stops()
    rest = _inner(name[1:] if name.startswith("和") else name)
    if len(name) == 2 and name[1] in _NAMED_AFTER_UNIT:
        if is_word(name):
            return False  # 城乡|村, 下乡|村: a word and the unit, no village's name
        rest = rest.replace(name[1], "")
    if len(name) < 2 or set(rest) & (_NOT_IN_ITEM_NAME | _LIST_BREAKS) or name in stops.exact:
        return False
    if len(name) >= 4 and name.endswith(_CENTRAL):
        return _item_name(name[: -len(_CENTRAL)])  # 某镇雷台中心村: a proper name, then the central village
    return not (name.startswith(stops.starts) or name.endswith(stops.ends))


_NOT_IN_ITEM_NAME = frozenset("省乡镇村")
"""Unit characters no village name holds where its town stands right before it; a city's, county's
or district's character may (南市村, 县前村: no county or city comes after a town)."""

_NAMED_AFTER_UNIT = "乡村"  # 甄村|村, 卫乡|村: a one-character name and a unit, the village's whole name

_CENTRAL = "中心"  # 某某中心村: a township's central village, named by its own name first


_LIST_BREAKS = frozenset("的和与及等在了是为")  # particles a listed name never holds (老或村 may hold 或)


@functools.cache
def _countyless(gaz: Gazetteer) -> frozenset[str]:
    """Prefecture-level cities with no counties (their towns sit right under them: 某市某镇)."""
    with_counties = {d.parent for d in gaz if d.level == "county"}
    return frozenset(d.code for d in gaz if d.level == "prefecture" and d.code not in with_counties)


def _unit_name(gaz: Gazetteer, name: str, full: str) -> bool:
    """Whether ``name`` before a unit suffix is a proper name (沿背|村, not 开展|乡, 碉楼与|村).

    A town name the gazetteer knows anywhere in China is one even where
    jieba reads a word (解放乡).
    """
    if set(name) & (_NOT_IN_CHILD_NAME | name_stops().function):
        return False
    if any(d.level == "town" and d.name == full for d in gaz.lookup(full)):
        return True
    if any(len(w) > 1 and is_boundary_word(w) for w in jieba.cut(name, HMM=False)):
        return False  # 入选全国农|村: a verb inside is no name
    return not is_generic(name, village=True)


def _chains(doc: Doc, gaz: Gazetteer, taken: SpanSet) -> list[_Place]:
    """A town-level unit written before a village-level one, with no division before them.

    ``某乡某村``, ``某街道某社区``: the pair states its chain, so both are places
    and the village is part of the town. Names may be transliterated (read
    loosely, :func:`left_name`).
    """
    text = doc.text
    out: list[_Place] = []
    for m in _CHAIN.finditer(text):
        ts, te = m.start(1), m.end(1)
        name = left_name(text, ts, 5, loose=True)
        village = m.group(2)
        if not name or taken.overlaps(ts - len(name), m.end()):
            continue
        town_full, village_full = name + m.group(1), village + m.group(3)
        named_village = _unit_name(gaz, village, village_full) or _village_named_village(
            text, village, m.group(3), m.end()
        )
        if m.group(3) == "村" and not named_village:
            named_village = _body_named_village(text, village, m.end())  # 某镇复兴村党支部
        if not (_unit_name(gaz, name, town_full) and named_village):
            continue
        town = _Place(ts - len(name), te, town_full, "town")
        village_place = _Place(te, m.end(), village_full, "village", stated_parent=town)
        out += [town, village_place]
        taken.add(town.start, m.end())
        out += _listed_siblings(text, gaz, village_place, taken)  # 某乡甲村、乙村: the list shares the town
    return out


def _villages(doc: Doc, gaz: Gazetteer, taken: SpanSet) -> list[_Place]:
    """Villages named before a village body or title (桃源村党总支书记) or after a verb of going there
    (来到桃源村, 走进桃源村)."""
    text = doc.text
    out = []
    for m in _VISITED_VILLAGE.finditer(text):
        name = m.group(1)
        tag = word_tags().get(name)
        if not _unit_name(gaz, name, name + "村") or tag not in _VISITED_NAME_TAGS:
            continue  # 来到贫困村, 来到边境村, 来到空心村: a kind of village (a word), no name
        if tag not in (None, "ns") and is_word(name, COMMON_WORD):
            continue  # 明星村: a word jieba lists as a name, too common to be one here
        if not taken.overlaps(m.start(1), m.end()):
            out.append(_Place(m.start(1), m.end(), name + "村", "village"))
            taken.add(m.start(1), m.end())
    out += _village_list(doc, gaz, taken)
    for m in _village_pattern().finditer(text):
        loose = m.group() == "嘎查"  # a Mongolian village: the suffix alone shows it, the name is long
        name = left_name(text, m.start(), 6 if loose else 3, loose=loose)
        if len(name) < 2 or is_generic(name, village=True) or set(name) & _NOT_IN_CHILD_NAME:
            continue
        if name.endswith(_TENSE_WORDS):
            continue  # 新任村党支部书记, 历任村委会主任: when the village's officials hold the post, no village 新任村
        s = m.start() - len(name)
        if not taken.overlaps(s, m.end()):
            out.append(_Place(s, m.end(), name + m.group(), "village"))
            taken.add(s, m.end())
    return out


_SHARED_SUFFIX_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?:等|这)?(?:[\d一二两三四五六七八九十几]+个?)?(?:创建|重点)?"
    r"(乡镇|镇|乡)(?![长政党委人干府区级村里内域])"
)


def _towns_sharing_suffix(doc: Doc, gaz: Gazetteer, taken: SpanSet) -> list[_Place]:
    """Towns listed by their short names before one unit word they share (``石寨、县底、六王等镇``, ``黄田、左溪、
    安南7个创建乡镇``): each short name with the unit the gazetteer knows a town of that name by.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t", text="在该县的铁杆、赵八等镇开展试点。"))
    >>> [(p.name, d.text[p.start:p.end]) for p in _towns_sharing_suffix(d, Gazetteer.load(), SpanSet())]
    [('铁杆镇', '铁杆'), ('赵八镇', '赵八')]
    """
    text = doc.text
    out: list[_Place] = []
    for m in _SHARED_SUFFIX_LIST.finditer(text):
        items = m.group(1).split("、")
        first = left_name(text, m.start(1) + len(items[0]), 3)
        spans, k = [], m.start(1) + len(items[0]) + 1
        if len(first) >= 2:
            spans.append((m.start(1) + len(items[0]) - len(first), first))
        for item in items[1:]:
            spans.append((k, item))
            k += len(item) + 1
        found: list[tuple[int, str]] = []
        for s, short in spans:
            units = ("镇", "乡") if m.group(2) == "乡镇" else (m.group(2),)
            known = next((short + u for u in units if any(d.level == "town" for d in gaz.lookup(short + u))), None)
            if known is None or not _item_name(short) or is_generic(short, village=True):
                continue  # (only towns the gazetteer knows: 园区、基地等乡镇, 提升城|乡 are words)
            found.append((s, known))
        if len(found) < 2 or len(found) < len(spans) - 1:
            continue  # (most items must read as towns: 甲、乙两镇 is a list of towns, 调研、座谈等乡镇 none)
        for s, name in found:
            if not taken.overlaps(s, s + len(name) - 1):
                out.append(_Place(s, s + len(name) - 1, name, "town"))
                taken.add(s, s + len(name) - 1)
    return out


_LOCATED_TOWN = re.compile(
    r"(?:位于|落户于|落户|坐落于|坐落在|地处)([\u4e00-\u9fff]{2,4}?(?:镇|乡))(?=[\s，,。；;、的:：]|境内|$)"
)


def _located_towns(doc: Doc, gaz: Gazetteer, taken: SpanSet) -> list[_Place]:
    """A town written alone after a verb of location (``项目位于某某镇``) when the gazetteer knows one town of that
    name only: the page need not name its county.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t", text="该项目位于赵八镇,占地105亩。"))
    >>> [(p.name, p.level) for p in _located_towns(d, Gazetteer.load(), SpanSet())]
    [('赵八镇', 'town')]
    """
    text = doc.text
    out: list[_Place] = []
    for m in _LOCATED_TOWN.finditer(text):
        s, e = m.span(1)
        words = word_tags().get(m.group(1)), word_tags().get(m.group(1)[:-1])
        if any(tag is not None and tag[0] in "nvad" and tag != "ns" for tag in words):
            continue  # 位于小城镇的周边, 位于资源镇: a common word that a town is also named
        towns = [d for d in gaz.lookup(m.group(1)) if d.level == "town" and d.name == m.group(1)]
        if len(towns) == 1 and not taken.overlaps(s, e):
            out.append(_division_place(gaz, s, e, towns[0], None))
            taken.add(s, e)
    return out


_LABELLED_ITEMS = re.compile(  # (a count in brackets may stand before the colon: 某街道(2个):甲村、乙村)
    r"(?:[(（][\d一二两三四五六七八九十]{1,3}个[)）])?[:：]"
    r"([\u4e00-\u9fff]{1,4}村(?:、[\u4e00-\u9fff]{1,4}村)*)(?=[\s；;。，,]|$)"
)


def _labelled_villages(doc: Doc, gaz: Gazetteer, towns: list[_Place], taken: SpanSet) -> list[_Place]:
    """Villages a town labels with a colon (``某镇:甲村、乙村``, a list's line by town): each a village of the town.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t", text="深泽县\\n铁杆镇:石桥村、罗家村\\n"))
    >>> town = _Place(4, 7, "铁杆镇", "town")
    >>> [(p.name, p.stated_parent.name) for p in _labelled_villages(d, Gazetteer.load(), [town], SpanSet())]
    [('石桥村', '铁杆镇'), ('罗家村', '铁杆镇')]
    """
    text = doc.text
    out: list[_Place] = []
    for town in towns:
        m = _LABELLED_ITEMS.match(text, town.end)
        if m is None:
            continue
        k = m.start(1)
        for item in m.group(1).split("、"):
            if _listed_village_name(gaz, item[:-1]) and not taken.overlaps(k, k + len(item)):
                out.append(_Place(k, k + len(item), item, "village", stated_parent=town))
                taken.add(k, k + len(item))
            k += len(item) + 1
    return out


_VILLAGE_RUN = re.compile(r"[\u4e00-\u9fff]{1,4}村(?:、[\u4e00-\u9fff]{1,4}村)+(?![民委级务干两组庄镇])")


def _village_list(doc: Doc, gaz: Gazetteer, taken: SpanSet) -> list[_Place]:
    """Villages listed by name alone (``孟垓村、前张庄村、土山村``): three or more items, each a name and 村, the
    list vouching for names the dictionary reads as words; the first item's name read back from its 村.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t", text="会上介绍了石桥村、罗家村、王庄村的经验。"))
    >>> [p.name for p in _village_list(d, Gazetteer.load(), SpanSet())]
    ['石桥村', '罗家村', '王庄村']
    """
    text = doc.text
    out: list[_Place] = []
    for m in _VILLAGE_RUN.finditer(text):
        items = m.group().split("、")
        if len(items) < 3:
            continue
        first = left_name(text, m.start() + len(items[0]) - 1, 4)
        spans, k = [], m.start() + len(items[0]) + 1
        if len(first) >= 2:
            spans.append((m.start() + len(items[0]) - 1 - len(first), first))
        for item in items[1:]:
            spans.append((k, item[:-1]))
            k += len(item) + 1
        names = [(s, n) for s, n in spans if _listed_village_name(gaz, n)]
        if len(names) < 3:
            continue
        for s, n in names:
            if not taken.overlaps(s, s + len(n) + 1):
                out.append(_Place(s, s + len(n) + 1, n + "村", "village"))
                taken.add(s, s + len(n) + 1)
    return out


def _listed_village_name(gaz: Gazetteer, name: str) -> bool:
    """Whether ``name`` before 村 in a list of villages is a village's name: two to four characters free of
    unit characters and stop words (or one surname), and no generic word (新农, 美丽乡)."""
    if len(name) == 1:
        return surname_length(name, 0) == 1 and not is_word(name + "村")
    if not 2 <= len(name) <= 4 or not _item_name(name) or is_generic(name, village=True):
        return False
    if set(name) & _NOT_IN_CHILD_NAME:
        return False
    tags = word_tags()  # 产业强村、文化兴村: a frequent common word and a quality, a slogan's kind of village
    return not any(
        len(w) > 1 and tags.get(w) in _COMMON_WORD_TAGS and is_word(w, _SLOGAN_WORD_FREQ)
        for w in jieba.cut(name, HMM=False)
    )


_COMMON_WORD_TAGS = frozenset({"n", "vn", "v", "a"})
_SLOGAN_WORD_FREQ = 5000


_TENSE_WORDS = ("新任", "现任", "历任", "时任", "前任", "曾任", "拟任", "继任", "首任", "原任", "离任")
_VISITED_NAME_TAGS = frozenset({None, "ns", "nr", "nz", "nrt"})  # a name the dictionary lacks, or a proper name
_VISITED_VILLAGE = re.compile(
    r"(?:来到|走进|走访|深入|前往|驻扎在)([\u4e00-\u9fff]{2,4}?)村(?=[，,。、；;：:\s]|$|调研|考察|察看|看望|慰问|检查|走访)"
)


@functools.cache
def _village_pattern() -> re.Pattern[str]:
    """村 or 社区 followed by a word that confirms a named village (党总支, 村委会 …), or 嘎查."""
    confirm = "|".join(re.escape(w) for w in name_stops().confirm)
    return re.compile(rf"(?:村|社区)(?={confirm})|嘎查")


@functools.cache
def _area_modes() -> dict[str, bool]:
    """``suffix → after_division`` of :func:`area_suffixes` (built once, not per page)."""
    return {s.suffix: s.after_division for s in area_suffixes()}


def _areas(doc: Doc, divisions: list[_Place], taken: SpanSet) -> list[_Place]:
    """Named areas by suffix: 田心片区, 株洲高新区, 成都市天府新区, 清水塘老工业区.

    A city's short form is part of the area's name (某某|滨江新区 → 某某滨江新区),
    its full name is not (成都市|天府新区 → 天府新区). A county's short form
    before a name-only suffix is the area's own name (某某古镇), not a
    mention of the county: that division is dropped from ``divisions``.
    An area phrase after a national or provincial level word or a batch
    (第二批国家绿色工业园区) is a designation, not a place.
    """
    text = doc.text
    modes = _area_modes()
    ends = {p.end: p for p in divisions if p.code}
    project = name_stops().project
    out = []
    for m in area_pattern().finditer(text):
        ss, se = m.span()
        if taken.overlaps(ss, se):
            continue  # part of a division's own name (浦东新区)
        if text.startswith(project, se):
            continue  # part of a project's name (某某物流园项目)
        parent: _Place | None = None
        start = ss
        if ss in ends:  # the division names the area: 株洲高新区
            p = ends[ss]
            if not modes[m.group()]:
                if p.level == "county" and text[p.start : p.end] != p.name:
                    divisions.remove(p)  # 某某古镇: the area is named after the place
                    out.append(_Place(p.start, se, text[p.start : se], "area"))
                continue  # 株洲园区 = the city's parks, no name
            parent, start = p, p.start
            while p.level == "county" and (q := ends.get(start)) is not None and text[q.start : q.end] != q.name:
                start = q.start  # 广州|花都经济开发区: short forms before a county's zone belong to its name
        else:
            for k in range(2, 5):  # a name between the division and the suffix: 成都市|天府|新区
                p = ends.get(ss - k)
                middle = text[ss - k : ss]
                if p is not None and all(map(is_name_char, middle)) and not is_generic(middle):
                    short = text[p.start : p.end] != p.name
                    parent, start = p, p.start if short else ss - k
                    break
            if parent is None:
                name = left_name(text, ss)
                if not name or is_generic(name) or _conferred(text, ss - len(name)):
                    continue
                start = ss - len(name)
        out.append(_Place(start, se, text[start:se], "area", stated_parent=parent))
    return out


def _conferred(text: str, start: int) -> bool:
    """Whether an area phrase starting at ``start`` follows a national or provincial level
    word or a batch (第三批国家…园区, 省级…示范区): a title, not a place.

    >>> _conferred("入选第二批国家绿色工业园区", 9), _conferred("推动清水塘老工业区", 2)
    (True, False)
    """
    i = start
    while i > 0 and start - i < 12 and is_name_char(text[i - 1]):
        i -= 1
    run = text[i:start]
    return bool(_BATCH.search(run)) or any(mark in run for mark in _level_marks())


@functools.cache
def _level_marks() -> tuple[str, ...]:
    """National and provincial level words (``designation_levels.txt``: 国家, 全国, 省级 …)."""
    return tuple(w for w, level in lexicon.table("designation_levels").items() if level in _DESIGNATION_LEVELS)


def _repeat(doc: Doc, learned: list[_Place], taken: SpanSet) -> list[_Place]:
    """Further occurrences of areas and villages the document has named once."""
    text = doc.text
    out = []
    for place in {p.name: p for p in learned}.values():
        i = text.find(place.name)
        while i >= 0:
            j = i + len(place.name)
            if not taken.overlaps(i, j):
                out.append(_Place(i, j, place.name, place.level, place.code, place.parent_code, place.qualifier))
                taken.add(i, j)
            i = text.find(place.name, j)
    return out


def _key(p: _Place) -> tuple:
    """A hashable stand-in for ``p``'s value: equal keys exactly when the places compare equal."""
    return (
        p.start,
        p.end,
        p.name,
        p.level,
        p.code,
        p.parent_code,
        p.qualifier,
        None if p.stated_parent is None else _key(p.stated_parent),
        p.candidates,
        p.valid_until,
        p.successor,
    )


def _drop_covered(divisions: list[_Place], names: list) -> tuple[list[_Place], list]:
    """The names kept, and ``divisions`` without those a kept name overlaps (names taken in order).

    A name is kept when it is longer than every division it overlaps; those divisions
    (and any equal to them) are dropped. Overlaps are found through an index by start
    (a division overlapping a name starts less than the longest division's length before it),
    so the work is linear in the text, not names × divisions.
    """
    if not divisions:
        return divisions, list(names)
    order = sorted(divisions, key=lambda p: p.start)
    starts = [p.start for p in order]
    longest = max(p.end - p.start for p in order)
    dropped: set[tuple] = set()
    kept = []
    for n in names:
        lo = bisect_left(starts, n.start - longest)
        hi = bisect_left(starts, n.end)
        inside = [p for p in order[lo:hi] if p.start < n.end and n.start < p.end and _key(p) not in dropped]
        if all(n.end - n.start > p.end - p.start for p in inside):
            kept.append(n)
            dropped.update(_key(p) for p in inside)
    return ([p for p in divisions if _key(p) not in dropped] if dropped else divisions), kept


# China's name stands as a place where a preposition or a verb of going comes right before it, or a
# conjunction, 的 or a clause's punctuation right after it (domain knowledge); elsewhere it mostly opens
# a name kg may not know (中国某某网, 中国某某协会) or modifies a phrase (中国农耕文明).
_COUNTRY_JOINED = ("与", "同", "和")  # after a conjunction, a noun right after it is what it modifies:
_MODIFIED = frozenset({"n", "nz", "nt"})  # 中国智慧和|中国方案
_COUNTRY_BEFORE = ("在", "于", "到", "赴", "访问", "来", *_COUNTRY_JOINED, "对", "向", "从")
_COUNTRY_AFTER = frozenset((*_COUNTRY_JOINED, *"、的，,。；;！!？?：:"))
# What right after it makes it part of a fixed phrase or a name even there: the political phrases
# 中国特色, 中国式, 中国梦; the national symbols; a province in brackets (中国(某省)自贸试验区).
_COUNTRY_PHRASE_HEADS = ("特色", "式", "梦", "国歌", "国旗", "国徽", "(", "（")
# What right after it shows the state itself: its government or side, or a verb, adverb, preposition,
# conjunction or particle opening the rest of its clause (jieba's tags; not 之 nor a verbal noun, which
# go on a name: 中国之声, 中国发展网; not 人民, which opens bodies' names: 中国人民银行).
_COUNTRY_STATE_WORDS = ("政府", "方面")
_CLAUSE_TAGS = frozenset("vdpcu")
_NAME_WORDS = frozenset({"之"})
_CLAUSE_VERBS = frozenset("是要会驻")  # one-character verbs after it that open its clause (中国要…, 中国驻); others may
# go on a firm's short name (中国能建, 中国交建)


def country_stands_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether China's name at the clean span ``[start, end)`` is a place the page names.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t.txt", text="代表团访问中国。为世界贡献中国智慧和中国方案。"))
    >>> country_stands_alone(d, 5, 7), country_stands_alone(d, 13, 15), country_stands_alone(d, 18, 20)
    (True, False, False)
    """
    text = doc.text
    if text.startswith(_COUNTRY_PHRASE_HEADS, end):
        return False
    s, e = doc.sentence_at(start)
    opened = text.rfind("《", s, start)
    if opened > text.rfind("》", s, start) and text.find("》", end, e) >= 0:
        return False  # inside a title in 《》 (《中华人民共和国宪法》)
    if text[end : end + 1] in _COUNTRY_AFTER and end < len(text):
        return True
    tags = word_tags()
    word = dictionary_word_at(text, end)
    clause = word and tags[word][0] in _CLAUSE_TAGS and tags[word] != "vn" and word not in _NAME_WORDS
    clause = clause and (len(word) > 1 or tags[word][0] != "v" or word in _CLAUSE_VERBS)  # 中国|能建: a firm
    if word in _COUNTRY_STATE_WORDS or clause:
        return True  # 中国政府, 中国将, 中国驻某国大使: the state, the subject of its clause
    before = text[max(0, start - 8) : start].rstrip()[-2:]  # over a line break (留在\n中国)
    if not before.endswith(_COUNTRY_BEFORE):
        return False
    if not before.endswith(_COUNTRY_JOINED):
        return True  # 在中国创业, 访问中国地方省份: after a preposition or a verb, the place
    return tags.get(word) not in _MODIFIED if len(word) > 1 else True


def _acting_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 代 and a level opening an acting head's title (代县长, 代市长), no
    place (a county is named 代县).

    >>> _acting_title("副书记、代县长王某", 4, 6), _acting_title("山西代县县长", 2, 4)
    (True, False)
    """
    return end - start == 2 and text[start] == "代" and text.startswith("长", end)


_SLOGAN_VERBS = frozenset("兴强富稳立")  # 工业兴县, 人才强县, 产业富县, 农业稳县, 生态立县
_SLOGAN_NOUN_TAGS = frozenset({"n", "vn", "an"})


def _slogan(text: str, start: int, end: int) -> bool:
    """Whether a one-character county's name (兴县, 富县) ends a development slogan: a common noun, then 兴/强/富 and
    县 (品牌兴县, 产业富县: "the county thrives on …", domain knowledge), not a county named after a place or a verb.

    >>> _slogan("推进品牌兴县工作", 4, 6), _slogan("来到兴县考察", 2, 4), _slogan("吕梁市兴县", 3, 5)
    (True, False, False)
    """
    if end - start != 2 or text[start] not in _SLOGAN_VERBS or text[end - 1] != "县":
        return False
    tags = word_tags()
    return any(tags.get(text[start - n : start]) in _SLOGAN_NOUN_TAGS for n in (4, 3, 2) if start >= n)


_COUNTED_GROUP = re.compile(
    r"的?[\d一二两三四五六七八九十]+个?(?:地市|县市区|区县|县区|县市|市县|县|市|区|乡镇|镇|乡|街道|村|社区)"
)


_LIST_LEAD = re.compile(r"(?:分别是|分别为|依次是|包括|即)[:：]?")
_COUNTED_LEAD = re.compile(r"\s*这?[\d一二两三四五六七八九十]+个[\u4e00-\u9fff]{1,4}?(?:分别)?(?:是|为)[:：]?")


def _counted_members(doc: Doc, places: list[_Place]) -> list[_Place]:
    """Places listed after a division's counted group (``福建省五地市…分别是甲市、乙市``, ``某市9个区县…。
    9个区县是甲区、乙县``), in that sentence or the next, are part of it when the gazetteer has them inside it.

    >>> from kg.model import Document
    >>> d = Doc.of(Document(id="t.txt", text="湖南省两地市榜上有名，分别是株洲市、湘潭市。"))
    >>> [(p.name, p.stated_parent.name) for p in _counted_members(d, [
    ...     _Place(0, 3, "湖南省", "province", "430000"), _Place(15, 18, "株洲市", "prefecture", "430200"),
    ...     _Place(19, 22, "湘潭市", "prefecture", "430300")]) if p.stated_parent]
    [('株洲市', '湖南省'), ('湘潭市', '湖南省')]
    """
    text = doc.text
    coded = sorted((p for p in places if p.code), key=lambda p: (p.start, p.end))
    parent_of: dict[int, _Place] = {}
    for p in coded:
        m = _COUNTED_GROUP.match(text, p.end)
        if m is None or p.level not in ("province", "prefecture", "county"):
            continue
        k = doc.sentence_index(p.start)
        if k is None:
            continue
        s_end = doc.sentences[k][1]
        lead = _LIST_LEAD.search(text, m.end(), s_end)  # …榜上有名,分别是甲市、乙市
        if lead is None and k + 1 < len(doc.sentences):  # 某市9个区县获…。9个区县是甲区、乙县
            n_start, s_end = doc.sentences[k + 1]
            lead = _COUNTED_LEAD.match(text, n_start, s_end)
        if lead is None:
            continue
        lo, hi = lead.end(), s_end
        prefix = str(p.code)[: 2 if p.level == "province" else 4 if p.level == "prefecture" else 6]
        for q in coded:
            inside = q.code != p.code and str(q.code).startswith(prefix)
            if lo <= q.start < hi and q.stated_parent is None and inside and id(q) not in parent_of:
                parent_of[id(q)] = p
    if not parent_of:
        return places
    return [replace(p, stated_parent=parent_of[id(p)]) if id(p) in parent_of else p for p in places]


_FOREIGN_CHILD = re.compile(
    r"([\u4e00-\u9fff]{2,8}?(?:[-－][\u4e00-\u9fff]{2,6})?)(?:市|州|省|地区|郡)"
    r"(?=[、，,；;。等和与及]|市长|州长|省长|副市长|代表团|政府|议会|$)"
)  # …的某国某某市、: an item of a list, or the city's head, delegation or government after it


_NOT_IN_FOREIGN_CHILD = frozenset("国各部全城")  # 美国|西北部某某市, 某国|全国各大城市: a part or a count, no name


def _foreign_children(doc: Doc, places: list[_Place], names: list) -> list[_Place]:
    """A foreign city or region the lexicon does not know, written right after its country and closing a list's
    item or before its head, delegation or government (芬兰|卡洛维塔地区、, 某国|某某市市长): part of that country.

    Its name, of two to eight characters and a unit (市, 州, 省, 地区, 郡), is no common word and holds no
    function word: the country vouches for it, as a county for its towns.

    >>> from kg.model import Document
    >>> [(m.name, m.prop("level")) for m in extract_places(Doc.of(Document(id="t", text="会见荷兰卡洛维堡市代表团。")))
    ...  if isinstance(m, Mention)]
    [('荷兰', 'foreign'), ('卡洛维堡市', 'foreign')]
    """
    text = doc.text
    countries = {n.start for n in names if len(n.kind) == 2 and n.kind.isupper() and n.kind != "CN"}
    starts = {p.start for p in places}
    function = name_stops().function
    out: list[_Place] = []
    for p in places:
        if p.start not in countries:
            continue
        if p.end in starts:
            continue  # a place the lexicon knows stands there (its country is the lexicon's to say)
        m = _FOREIGN_CHILD.match(text, p.end)
        name = m.group(1) if m else ""
        if (
            m
            and not set(name) & (function | _NOT_IN_FOREIGN_CHILD)
            and not is_word(name, COMMON_WORD)
            and not is_word(m.group(0))
            and not (len(name) >= 3 and is_word(name[:2], COMMON_WORD))  # 韩国|首都首尔市, 某国|姐妹友好市
        ):
            out.append(_Place(m.start(), m.end(), m.group(0), "foreign", stated_parent=p))
    return out


def _abbreviated(gaz: Gazetteer, text: str, taken: SpanSet) -> list[_Place]:
    """Places written with one character (中美, 访华; 在京: a municipality's, a division) where no other
    place is found (在|巴音…嘎查: a village)."""
    out = []
    for n in scan_abbreviations(text):
        if taken.overlaps(n.start, n.end):
            continue
        d = gaz.by_code(n.kind) if n.kind.isdigit() else None
        out.append(_division_place(gaz, n.start, n.end, d, None) if d else _Place(n.start, n.end, n.name, n.level))
    return out


def extract_places(doc: Doc) -> Iterator[Mention | Relation]:
    """Place mentions (with code, level, parent code) and the ``part_of`` facts the text states."""
    gaz = Gazetteer.load()
    divisions = [
        p
        for p in _divisions(doc, gaz)
        if not (_acting_title(doc.text, p.start, p.end) or _slogan(doc.text, p.start, p.end))
    ]
    names = [n for n in scan_names(doc.text) if n.level != "country" or country_stands_alone(doc, n.start, n.end)]
    divisions, kept_names = _drop_covered(divisions, names)
    # a foreign city or division opens company names too (某某酒店有限公司)
    kept_names = [n for n in kept_names if not (n.kind in WORLD_KINDS and in_company_name(doc.text, n.end))]
    div_spans = SpanSet((p.start, p.end) for p in divisions)
    places: list[_Place] = list(divisions)
    places += [_Place(n.start, n.end, n.name, n.level) for n in kept_names]
    places += _foreign_children(doc, places, kept_names)
    children = _children(doc, gaz, [p for p in divisions if p.code])
    children += _stopped_children(
        doc, gaz, [p for p in divisions if p.code], SpanSet((p.start, p.end) for p in [*places, *children])
    )
    places += children
    taken = SpanSet((p.start, p.end) for p in places)
    chains = _chains(doc, gaz, taken)
    chains += _short_town_chains(doc, gaz, [p for p in divisions if p.code and p.level == "county"], taken)
    for c in _children(doc, gaz, [p for p in chains if p.level == "village"]):  # 某乡某村委会|某某村
        if not taken.overlaps(c.start, c.end):  # a chain's village committee, its natural village after it
            chains.append(c)
            taken.add(c.start, c.end)
    places += chains
    children += chains
    before = list(divisions)
    areas = [a for a in _areas(doc, divisions, div_spans) if not taken.overlaps(a.end - 1, a.end)]
    remaining = {_key(p) for p in divisions}
    consumed = {k for k in map(_key, before) if k not in remaining}  # named an area (某某古镇)
    places = [p for p in places if _key(p) not in consumed]
    for a in areas:
        taken.add(a.start, a.end)
    in_areas = [c for c in _children(doc, gaz, areas) if not taken.overlaps(c.start, c.end)]
    for c in in_areas:
        taken.add(c.start, c.end)
    children += in_areas
    places += in_areas
    places += _towns_sharing_suffix(doc, gaz, taken)
    places += _located_towns(doc, gaz, taken)
    places += _labelled_villages(doc, gaz, [p for p in places if p.level == "town"], taken)
    villages = _villages(doc, gaz, taken)
    for v in villages:
        taken.add(v.start, v.end)
    learned = [*areas, *villages, *(c for c in children if c.code is None)]
    places += areas + villages + _repeat(doc, learned, taken)
    places += _abbreviated(gaz, doc.text, SpanSet((p.start, p.end) for p in places))
    in_company = [p for p in places if p.level in _COMPANY_LEVELS and in_company_name(doc.text, p.end)]
    company_keys = {_key(p) for p in in_company}
    places = [p for p in places if _key(p) not in company_keys]
    places = _counted_members(doc, places)
    for p in sorted(places, key=lambda p: (p.start, p.end)):
        yield doc.mention(
            p.start,
            p.end,
            EntityType.PLACE,
            p.name,
            p.qualifier,
            code=p.code,
            level=p.level,
            parent=p.parent_code or (p.stated_parent.code if p.stated_parent else None),
            candidates=p.candidates,
            valid_until=p.valid_until,
            successor=p.successor,
        )
        if p.stated_parent is not None and _key(p.stated_parent) not in company_keys:
            q = p.stated_parent
            yield doc.relation(
                EntityRef(EntityType.PLACE, p.name, p.qualifier),
                Predicate.PART_OF,
                EntityRef(EntityType.PLACE, q.name, q.qualifier),
                min(p.start, q.start),
                max(p.end, q.end),
            )
