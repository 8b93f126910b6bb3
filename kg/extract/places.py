"""Places: administrative divisions and named areas.

Place names come from jieba's place tags (``ns``) and from division suffixes
(省, 市, 区, 县, 镇, 乡, 街道, 村) and named-area suffixes (片区, 新区,
示范区, 高新区, 经开区, 园区); a chain such as ``某区某镇`` gives ``part_of``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="他来到湖南省长沙市岳麓区调研。"))
>>> sorted({m.name for m in extract_places(doc) if hasattr(m, "name")})
['岳麓区', '湖南省', '长沙市']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Doc
from kg.extract.tokens import tokenize
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_places"]

_DIVISION = re.compile(r"(?:省|自治区|市|区|县|旗|镇|乡|街道|村|社区)$")
_AREA = re.compile(r"(?:片区|新区|示范区|高新区|经开区|开发区|工业园|园区|老工业区)$")
_LEVELS = ["省", "自治区", "市", "区", "县", "旗", "镇", "乡", "街道", "村", "社区"]


def _level(name: str) -> int:
    for i, suf in enumerate(_LEVELS):
        if name.endswith(suf):
            return i
    return len(_LEVELS)


def extract_places(doc: Doc) -> Iterator[Mention | Relation]:
    """Place mentions from jieba ``ns`` tokens and division suffixes, with ``part_of`` for chains."""
    text = doc.text
    tokens = tokenize(text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        word = t.word
        is_place = t.pos == "ns" and len(word) >= 2
        # a proper-name token followed by a division suffix token (雷打石 + 镇)
        if (
            not is_place
            and i + 1 < len(tokens)
            and t.pos in {"nr", "ns", "nz", "n"}
            and len(word) >= 2
            and tokens[i + 1].word in {"镇", "乡", "村", "街道", "社区", "县", "区"}
            and tokens[i + 1].start == t.end
        ):
            spans.append((t.start, tokens[i + 1].end))
            i += 2
            continue
        if not is_place and len(word) >= 3 and t.pos in {"ns", "nr", "n", "nz"} and _DIVISION.search(word):
            is_place = word not in {
                "城市",
                "城区",
                "社区",
                "小区",
                "景区",
                "园区",
                "地区",
                "辖区",
                "全市",
                "全区",
                "全县",
                "全省",
                "山区",
                "郊区",
            }
        if is_place:
            spans.append((t.start, t.end))
        i += 1
    previous: tuple[int, int, str] | None = None
    for s, e in spans:
        name = text[s:e]
        yield doc.mention(s, e, EntityType.PLACE, name)
        if previous and previous[1] == s and _level(previous[2]) < _level(name):
            yield doc.relation(
                EntityRef(EntityType.PLACE, name),
                Predicate.PART_OF,
                EntityRef(EntityType.PLACE, previous[2]),
                previous[0],
                e,
            )
        previous = (s, e, name)
