"""Projects: named projects, programmes and developments.

A project name ends in 项目, 工程, 基地, 物流园, 产业园, 片区改造, 新城 …
and extends left over the name in front of it, stopping at clause words.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="推进长沙智能制造产业园项目建设。"))
>>> [m.name for m in extract_projects(doc)]
['长沙智能制造产业园项目']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Doc
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_projects"]

_SUFFIX = r"(?:项目|工程|基地|物流园|产业园|科技园|博览园|片区改造|新城|综合体)"
_RX = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9（）()“”]{{2,24}}?{_SUFFIX}+")
_LEAD = re.compile(
    r".*?(?:推进|推动|加快|建设|启动|实施|开工|签约|落户|引进|支持|对|在|的|和|与|及|等|将|是|为|了|把|让|从|有|抓|好|个|大)"
)
_GENERIC = {"项目", "工程", "重点项目", "重大项目", "产业项目", "建设项目", "基地", "重点工程", "民生工程", "示范基地"}


def extract_projects(doc: Doc) -> Iterator[Mention | Relation]:
    """Project mentions; ``located_in`` a place named at the start of the project's name."""
    text = doc.text
    places = {p.name for p in doc.found(EntityType.PLACE)}
    for m in _RX.finditer(text):
        s, e = m.span()
        while True:
            lead = _LEAD.match(text, s, e)
            if not lead or lead.end() >= e - 2:
                break
            s = lead.end()
        name = text[s:e].strip("“”")
        if name in _GENERIC or len(name) < 4:
            continue
        yield doc.mention(s, e, EntityType.PROJECT, name)
        for place in sorted(places, key=len, reverse=True):
            if name.startswith(place) and len(place) < len(name):
                yield doc.relation(
                    EntityRef(EntityType.PROJECT, name), Predicate.LOCATED_IN, EntityRef(EntityType.PLACE, place), s, e
                )
                break
