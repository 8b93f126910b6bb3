"""Designations: titles a place wins or works toward (pilot, demonstration, ranked cities).

A designation is a well-known national title (``kg/data/designations.txt``) or
a phrase ending in ``试点城市``, ``示范城市``, ``示范区``, ``城市NN强`` ….
Its status is *awarded* when a verb of winning precedes it (获批, 入选, 成为,
跻身, 列入, 入围, 荣获, 通过验收) and *aspiring* for a verb of seeking
(创建, 争创, 申报, 打造); level is national for 全国/国家, provincial for 全省/省级.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="长沙市获批全国首批智慧城市试点城市。"))
>>> found = [m for m in extract_designations(doc) if hasattr(m, "name")]
>>> [(m.name, m.prop("status"), m.prop("level"), m.prop("batch")) for m in found]
[('全国首批智慧城市试点城市', 'awarded', 'national', '首批')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import lexicon
from kg.extract.base import Doc
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_designations"]

_AWARDED = (
    "获批",
    "入选",
    "成为",
    "跻身",
    "列入",
    "入围",
    "荣获",
    "获评",
    "获得",
    "通过验收",
    "被评为",
    "被确定为",
    "获",
)
_ASPIRING = ("创建", "争创", "申报", "打造", "加快创建", "建设", "争取")
_SUFFIX = r"(?:试点城市|示范城市|示范区|试点市|示范市|重点联系城市|模范城市?|城市\d+强|\d+强)"


@lexicon.cached
def _regex() -> re.Pattern[str]:
    known = "|".join(map(re.escape, sorted(lexicon.words("designations"), key=len, reverse=True)))
    return re.compile(rf"(?:{known})|[\u4e00-\u9fffA-Za-z0-9“”\"]{{2,30}}?{_SUFFIX}")


_LEAD = re.compile(r".*?(?:获批|入选|成为|跻身|列入|入围|荣获|获评|被评为|创建|争创|申报|打造|开展|的|是|为)")


def _status(before: str) -> str | None:
    for v in _ASPIRING:
        if before.endswith(v):
            return "aspiring"
    for v in _AWARDED:
        if v in before[-6:]:
            return "awarded"
    return None


def extract_designations(doc: Doc) -> Iterator[Mention | Relation]:
    """Designation mentions with level, batch, status; ``designated_as`` from the place named before it."""
    text = doc.text
    places = doc.found(EntityType.PLACE)
    for m in _regex().finditer(text):
        s, e = m.span()
        lead = _LEAD.match(text, s, e)
        if lead and lead.end() < e - 3:
            s = lead.end()
        name = text[s:e].strip('“”"')
        if len(name) < 4:
            continue
        before = text[max(0, s - 8) : s]
        status = _status(before)
        level = (
            "national" if re.match(r"(全国|国家)", name) else "provincial" if re.match(r"(全省|省级)", name) else None
        )
        batch = (re.search(r"(首批|第[一二三四五六七八九十\d]+批)", name) or [None])[0]
        yield doc.mention(s, e, EntityType.DESIGNATION, name, status=status, level=level, batch=batch)
        # the holder: the nearest place before it in the same sentence
        sent_start, _ = doc.sentence_at(s)
        holder = None
        for p in places:
            p_start = doc.view.to_original(s, s)[0]
            if p.start < p_start and p.end <= p_start and p.start >= doc.view.to_original(sent_start, sent_start)[0]:
                holder = p
        if holder is not None:
            yield doc.relation(
                EntityRef(EntityType.PLACE, holder.name),
                Predicate.DESIGNATED_AS,
                EntityRef(EntityType.DESIGNATION, name),
                s,
                e,
                status=status or "awarded",
            )
