"""Organisations: party and government bodies, companies, schools, media.

A name ends in a suffix from ``kg/data/org_suffixes.txt`` and extends left
over the nouns and place names in front of it (``湖南某某科技股份有限公司``,
``市委组织部``, ``省发改委``).

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> doc = Doc.of(Document(id="t.txt", text="市委组织部和长沙某某科技有限公司签约。"))
>>> sorted(m.name for m in extract_organizations(doc))
['市委组织部', '长沙某某科技有限公司']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import lexicon
from kg.extract.base import Doc
from kg.model import Mention
from kg.vocab import EntityType

__all__ = ["extract_organizations"]

_CJK = r"\u4e00-\u9fff"
# single-character suffixes are too loose on their own: they need a body word in front
_BODY_PREFIX = r"(?:中共|省|市|区|县|镇|乡)?[" + _CJK + r"]{0,8}?"


@lexicon.cached
def _regex() -> re.Pattern[str]:
    suffixes = sorted((s for s in lexicon.table("org_suffixes") if len(s) >= 2), key=len, reverse=True)
    alt = "|".join(map(re.escape, suffixes))
    return re.compile(rf"(?<![{_CJK}])?([{_CJK}（）()]{{2,16}}?(?:{alt}))")


_BODIES = re.compile(
    r"(?:中共)?(?:[\u4e00-\u9fff]{2,6}?(?:省|市|区|县))?(?:省委|市委|区委|县委|省政府|市政府|区政府|县政府|"
    r"市人大常委会|区人大常委会|县人大常委会|市政协|区政协|县政协|市纪委监委|市纪委|市监委)"
    r"(?:组织部|宣传部|统战部|政法委|办公室|全面深化改革委员会|党校)?"
)
_DEPARTMENT = re.compile(
    r"(?:省|市|区|县)[\u4e00-\u9fff]{1,6}?(?:局|委|厅|办)(?![\u4e00-\u9fff]{0,1}(?:书记|主任|局长|长))"
)
_LEADING = re.compile(r".*?(?:的|在|和|与|及|是|对|向|由|将|把|被|让|从|为|了|、)")


def extract_organizations(doc: Doc) -> Iterator[Mention]:
    """Organisation mentions: party/government bodies, departments, and suffix-named organisations."""
    text = doc.text
    spans: dict[tuple[int, int], None] = {}
    for rx in (_BODIES, _DEPARTMENT):
        for m in rx.finditer(text):
            spans[m.span()] = None
    for m in _regex().finditer(text):
        s, e = m.span(1)
        lead = _LEADING.match(text, s, e)
        if lead and lead.end() < e:
            s = lead.end()
        if e - s >= 3:
            spans[(s, e)] = None
    kept: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if any(s < ke and ks < e for ks, ke in kept):
            continue
        kept.append((s, e))
    for s, e in sorted(kept):
        yield doc.mention(s, e, EntityType.ORGANIZATION)
