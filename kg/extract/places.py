"""Places: administrative divisions with official codes, named areas, villages, foreign places.

Divisions come from the gazetteer (:mod:`kg.gazetteer`): every mention's
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
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.base import Doc
from kg.extract.context import stated_home
from kg.extract.place_lexicon import (
    area_pattern,
    area_suffixes,
    is_generic,
    is_name_char,
    left_name,
    name_stops,
    scan_names,
)
from kg.extract.spans import SpanSet
from kg.gazetteer import Division, Gazetteer
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_places"]

_CHILD = re.compile(r"([\u4e00-\u9fff]{2,4}?)(街道|社区|镇|乡|村)")
_CHILD_SUFFIXES = {  # which units may be written right after a division of each level
    "prefecture": ("街道",),
    "county": ("街道", "镇", "乡", "村", "社区"),
    "town": ("村", "社区"),
    "village": (),
}
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


def _qualifier(gaz: Gazetteer, d: Division) -> str:
    same = [x for x in gaz.lookup(d.name) if x.name == d.name]
    return d.code if len(same) > 1 else ""


def _division_place(gaz: Gazetteer, s: int, e: int, d: Division, parent: _Place | None) -> _Place:
    return _Place(s, e, d.name, d.level, d.code, d.parent, _qualifier(gaz, d), parent)


def _adjacent(text: str, a: _Place | None, start: int) -> bool:
    return a is not None and a.end <= start and not text[a.end : start].strip()


def _divisions(doc: Doc, gaz: Gazetteer) -> list[_Place]:
    """Gazetteer hits, resolved with the written chain, the document's places and the home city."""
    text = doc.text
    raw = list(gaz.scan(text))
    home = stated_home(doc).division
    context = [home.code] if home else []
    for _, _, surface in raw:
        cands = gaz.lookup(surface)
        if len(cands) == 1 and cands[0].level != "town" and (cands[0].name == surface or cands[0].level != "county"):
            context.append(cands[0].code)
    provinces = {c[:2] for c in context}
    prefectures = {c[:4] for c in context}
    out: list[_Place] = []
    prev: _Place | None = None
    for s, e, surface in raw:
        cands = gaz.lookup(surface)
        parent = prev if _adjacent(text, prev, s) and prev and prev.code else None
        d: Division | None = None
        if parent is not None:
            under = [c for c in cands if parent.code in {a.code for a in gaz.chain(c.code)[1:]}]
            d = under[0] if len(under) == 1 else None
            if d is None:
                parent = None
        if d is None:
            d = gaz.resolve(surface, near=context)
        if d is None:
            full = [c for c in cands if c.name == surface and c.level != "town"]
            if len(full) > 1:  # a full name shared nationally, no context: keep it, codeless
                codes = " ".join(c.code for c in full)
                out.append(_Place(s, e, surface, full[0].level, candidates=codes))
            prev = None
            continue
        if parent is None and not _supported(d, surface, provinces, prefectures):
            prev = None
            continue
        prev = _division_place(gaz, s, e, d, parent)
        out.append(prev)
    return out


def _supported(d: Division, surface: str, provinces: set[str], prefectures: set[str]) -> bool:
    """Whether a hit with no written parent is plausible in this document.

    A town needs a place of its prefecture elsewhere in the document; a
    county's short form (醴陵, 芦淞) one of its province: papers use those
    only for nearby places, and elsewhere they are mostly other words (七大新经济).
    """
    if d.level == "town":
        return d.code[:4] in prefectures
    if d.level == "county" and surface != d.name:
        return d.code[:2] in provinces
    return True


def _children(doc: Doc, gaz: Gazetteer, parents: list[_Place]) -> list[_Place]:
    """Towns, villages and communities written right after their division (莲花县沿背村)."""
    text = doc.text
    out: list[_Place] = []
    taken = SpanSet((p.start, p.end) for p in parents)
    queue = list(parents)
    while queue:
        p = queue.pop(0)
        m = _CHILD.match(text, p.end)
        if not m or m.group(2) not in _CHILD_SUFFIXES.get(p.level, ()) or taken.overlaps(*m.span()):
            continue
        name = m.group(1)
        if set(name) & _NOT_IN_CHILD_NAME or is_generic(name, village=True):
            continue
        full = name + m.group(2)
        level = "village" if m.group(2) in ("村", "社区") else "town"
        code = None
        if level == "town" and p.code:
            known = [d for d in gaz.lookup(full) if d.parent == p.code]
            code = known[0].code if known else None
        if code is not None:
            d = gaz.by_code(code)
            assert d is not None
            child = _division_place(gaz, p.end, m.end(), d, p)
        else:
            child = _Place(p.end, m.end(), full, level, None, p.code, p.code or "", p)
        out.append(child)
        taken.add(child.start, child.end)
        queue.append(child)
    return out


def _villages(doc: Doc, taken: SpanSet) -> list[_Place]:
    """Villages named before a village body or title (伞铺村党总支书记)."""
    text = doc.text
    out = []
    for m in _village_pattern().finditer(text):
        name = left_name(text, m.start(), 3)
        if len(name) < 2 or is_generic(name, village=True) or set(name) & _NOT_IN_CHILD_NAME:
            continue
        s = m.start() - len(name)
        if not taken.overlaps(s, m.end()):
            out.append(_Place(s, m.end(), name + m.group(1), "village"))
    return out


@functools.cache
def _village_pattern() -> re.Pattern[str]:
    """村 or 社区 followed by a word that confirms a named village (党总支, 村委会 …)."""
    confirm = "|".join(re.escape(w) for w in name_stops().confirm)
    return re.compile(rf"(村|社区)(?={confirm})")


def _areas(doc: Doc, divisions: list[_Place], taken: SpanSet) -> list[_Place]:
    """Named areas by suffix: 田心片区, 株洲高新区, 成都市天府新区, 清水塘老工业区."""
    text = doc.text
    modes = {s.suffix: s.after_division for s in area_suffixes()}
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
            if not modes[m.group()]:
                continue  # 株洲园区 = the city's parks, no name
            parent, start = ends[ss], ends[ss].start
        else:
            for k in range(2, 5):  # a name between the division and the suffix: 成都市|天府|新区
                p = ends.get(ss - k)
                middle = text[ss - k : ss]
                if p is not None and all(map(is_name_char, middle)) and not is_generic(middle):
                    parent, start = p, ss - k
                    break
            if parent is None:
                name = left_name(text, ss)
                if not name or is_generic(name):
                    continue
                start = ss - len(name)
        out.append(_Place(start, se, text[start:se], "area", stated_parent=parent))
    return out


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


def extract_places(doc: Doc) -> Iterator[Mention | Relation]:
    """Place mentions (with code, level, parent code) and the ``part_of`` facts the text states."""
    gaz = Gazetteer.load()
    divisions = _divisions(doc, gaz)
    names = [n for n in scan_names(doc.text)]
    kept_names = []
    for n in names:
        inside = [p for p in divisions if p.start < n.end and n.start < p.end]
        if all(n.end - n.start > p.end - p.start for p in inside):
            kept_names.append(n)
            divisions = [p for p in divisions if p not in inside]
    div_spans = SpanSet((p.start, p.end) for p in divisions)
    places: list[_Place] = list(divisions)
    places += [_Place(n.start, n.end, n.name, n.level) for n in kept_names]
    children = _children(doc, gaz, [p for p in divisions if p.code])
    places += children
    taken = SpanSet((p.start, p.end) for p in places)
    areas = [a for a in _areas(doc, divisions, div_spans) if not taken.overlaps(a.end - 1, a.end)]
    for a in areas:
        taken.add(a.start, a.end)
    villages = _villages(doc, taken)
    for v in villages:
        taken.add(v.start, v.end)
    learned = [*areas, *villages, *(c for c in children if c.code is None)]
    places += areas + villages + _repeat(doc, learned, taken)
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
        )
        if p.stated_parent is not None:
            q = p.stated_parent
            yield doc.relation(
                EntityRef(EntityType.PLACE, p.name, p.qualifier),
                Predicate.PART_OF,
                EntityRef(EntityType.PLACE, q.name, q.qualifier),
                min(p.start, q.start),
                max(p.end, q.end),
            )
