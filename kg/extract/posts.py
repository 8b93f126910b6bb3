"""Post normalisation: the body, jurisdiction and post label of a parsed title.

A title as written (``市长``) is resolved in its setting: the jurisdiction
(the place named in it, the stack's earlier title, or the page's home city
for a bare ``市``), the normalised body (``株洲市人民政府``) and a stable,
jurisdiction-qualified post label used as the Post node id
(``株洲市市长``, ``中共株洲市委书记``).

>>> from kg.extract.titles import title_stack
>>> ts = title_stack("市委副书记、市长", 8)
>>> s = Setting(text="", home_city="青山市")
>>> [(p.body, p.jurisdiction, p.post) for p in normalise_stack(ts, s)]
[('中共青山市委', '青山市', '中共青山市委副书记'), ('青山市人民政府', '青山市', '青山市市长')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.data import lexicon
from kg.extract.context import place_before
from kg.extract.home import own_place
from kg.extract.org_lexicon import known_names
from kg.extract.orgcanon import party_committee
from kg.extract.place_lexicon import opens_with_foreign_place
from kg.extract.titles import Title

__all__ = ["NATION", "ORGAN_TITLE", "Post", "Setting", "normalise_stack"]

NATION = "中国"
"""Jurisdiction of central posts (中共中央, 全国人大, 国务院)."""

_HEAD = re.compile(r"^(?:常务副|副|代)?([省市区县镇乡州旗盟])长$")
ORGAN_TITLE = re.compile(r"^(.*?(党委|党工委|党总支|党支部|党组|村委会|居委会))(?:副)?(?:书记|委员|主任|成员)$")
"""A core title that names its organ (党工委书记: the 党工委); group 1 is the organ, group 2 its kind."""
_ONE_SEAT = frozenset({"书记", "主席", "主任", "党组书记", "党委书记", "党工委书记", "院长", "检察长"})
"""Cores of posts one person holds at a time in a body (a 市委书记 named twice is two cities'); 常委, 委员 …
have many seats."""
_TRAILING_PARTY = re.compile(r"(?:党委|党组|党支部|党总支)$")
_COMPANY_ORGAN = re.compile(r"(?:党委|党组|党支部|党总支|董事局|董事会|监事会)$")  # a company's organs: the company
_MODIFIER_UNITS = frozenset({"轮值", "执行", "常务", "首席", "名誉", "荣誉", "高级", "资深"})  # 轮值总裁: no unit
_NATIONAL_CORES = {"总书记": "中共中央", "总理": "国务院", "国务委员": "国务院"}


@dataclass(frozen=True, slots=True)
class Setting:
    """What a title is read against: the text, the page's home city and province."""

    text: str
    home_city: str | None = None
    home_province: str | None = None
    home_county: str | None = None
    home_town: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """A title resolved in its setting."""

    title: Title
    jurisdiction: str | None
    body: str | None
    kind: str | None
    post: str

    @property
    def organization(self) -> str | None:
        """The organisation the holder is a member of (``None`` for generic titles)."""
        return self.body


@lexicon.cached
def _templates() -> dict[str, tuple[str, str]]:
    out = {}
    for _, line in lexicon.lines("bodies"):
        word, kind, template = line.split("\t")
        out[word] = (kind, template)
    return out


def _level_place(level: str, setting: Setting, pos: int) -> str | None:
    own = own_place(level, setting.home_city, setting.home_province, setting.home_county, setting.home_town)
    if level in ("市", "省"):
        return own
    return place_before(setting.text, pos, level) or own  # 副区长 on a district's page: that district


def _foreign_national_core(t: Title) -> bool:
    """Whether a national core title (总理, 总书记 …) is a foreign state's (巴基斯坦总理): no scope of China's, and
    its place a foreign one (a foreign state is read as the title's unit: 巴基斯坦|总理)."""
    if t.core not in _NATIONAL_CORES or t.scope:
        return False
    first = t.places[0] if t.places else t.unit
    return bool(first) and opens_with_foreign_place(first)


def _jurisdiction(t: Title, carried: str | None, setting: Setting) -> str | None:
    if _foreign_national_core(t):
        return t.places[-1] if t.places else t.unit  # 巴基斯坦总理: that state's premier, not China's 国务院
    if t.scope in ("中共中央", "中央", "全国", "国务院", "国家") or t.core in _NATIONAL_CORES:
        return NATION
    if t.places:
        return t.places[-1]
    head = _HEAD.match(t.core)
    level = t.level or (head.group(1) if head else None)  # 省委副书记 writes its level, 省长 holds it
    if level:
        if carried and carried.endswith(level):
            return carried  # 吉林省委书记甲,省委副书记乙: the list's own province, not the paper's
        return _level_place(level, setting, t.start)
    return carried


def _known_national(name: str) -> tuple[str, str] | None:
    """``(canonical name, kind)`` of a national body the organisation lexicon lists under ``name``.

    >>> _known_national("中央军委"), _known_national("中央某某")
    (('中共中央军事委员会', 'party'), None)
    """
    row = next((r for r in known_names() if r[0] == name), None)
    return (row[2] or row[0], row[1]) if row else None


_TERM_UNIT = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届")  # 某市第九届|人民代表大会代表: a term, no unit


def _body(t: Title, j: str | None, carried: Post | None) -> tuple[str | None, str | None]:
    if t.unit and _TERM_UNIT.fullmatch(t.unit):
        t = replace(t, unit=None)
    if t.unit and t.unit.endswith(tuple(_MODIFIER_UNITS)):
        # 轮值总裁, 某集团执行总裁: a kind of the post, no part of the unit
        t = replace(t, unit=next(t.unit[: -len(m)] for m in _MODIFIER_UNITS if t.unit.endswith(m)) or None)
    short = j or t.level or ""
    if t.core in _NATIONAL_CORES and not t.body and not _foreign_national_core(t):
        return _NATIONAL_CORES[t.core], "party" if t.core == "总书记" else "government"
    if t.body:
        if t.body.startswith("委") and t.body not in _templates():
            return f"{short}{t.body}", "party"  # 市委全面深化改革委员会
        kind, template = _templates()[t.body]
        if kind == "party" and template == "中共{j}委" and short.endswith(("镇", "乡")):
            base = f"{short}党委"
        elif kind == "party" and template == "中共{j}委" and j:
            base = party_committee(j)  # (中共攸县县委: a county of one character writes its level again)
        elif kind == "party" and template.startswith("{j}委") and j:
            base = party_committee(j, template.removeprefix("{j}委")).removeprefix("中共")  # 攸县县委宣传部
        else:
            base = template.format(j=short) if j else f"{t.level or ''}{t.body}"
        # 市委办公室主任, 州人大法制委员会副主任委员: the office under the body (嘎查委员会 is no 委 + 员会)
        if t.unit and not t.business and f"{t.body}{t.unit}" != "委员会":
            return f"{base}{t.unit}", "department"
        if t.core.startswith("党组") and kind != "party":
            return f"{base}党组", "party"  # 市人大常委会党组成员: the congress's party group
        return base, kind
    core_body = ORGAN_TITLE.match(t.core)
    bare = not (t.unit or t.places or t.level or t.scope)
    if core_body and core_body.group(1) == "党组" and bare and carried and carried.body:
        if carried.kind == "department":
            return carried.body, carried.kind  # 省某厅厅长、党组书记: the department, as for 某厅党组书记、厅长
        if carried.kind in ("government", "congress", "cppcc", "judiciary"):
            return f"{carried.body}党组", "party"  # 市人大常委会主任、党组书记: the congress's party group
    if t.unit and t.business:
        # 国家开发银行行长, 某县某某合作社理事长: scope and places are part of its name; 某集团董事局主席: the group's
        return _COMPANY_ORGAN.sub("", f"{''.join(t.places)}{t.scope or ''}{t.unit}"), "company"
    if core_body and bare and carried and carried.kind == "company":
        return f"{_COMPANY_ORGAN.sub('', carried.body)}{core_body.group(1)}", "company"  # 某集团董事、党委书记
    if core_body and not t.department:
        base = t.unit or j or t.level or ""
        return _dedupe(f"{base}{core_body.group(1)}"), _templates().get(core_body.group(2), ("party", ""))[0]
    if t.unit:
        if t.scope and (known := _known_national(f"{t.scope}{t.unit}")):
            return known  # 中央军委主席: the commission the lexicon names (中共中央军事委员会), no bare 军委
        kind = "department"
        prefix = j if (t.places or t.level) and j else ""
        if t.core.endswith("指挥长") and len(t.unit) >= 3 and not t.unit.endswith(("指挥部", "指")):
            return f"{prefix}{t.unit}指挥部", kind  # 县某某创建指挥长: the head of the 某某创建指挥部
        return f"{prefix}{t.unit}", kind
    if t.core.endswith(("人大代表", "人民代表大会代表")):
        return ("全国人民代表大会" if j == NATION else f"{j or ''}人民代表大会"), "congress"
    if t.core.endswith("政协委员"):
        return ("全国政协" if j == NATION else f"政协{j or ''}委员会"), "cppcc"
    if _HEAD.match(t.core):
        return (f"{j}人民政府" if j else None), "government"
    if t.core.endswith("领导") or t.core == "负责人":
        return None, "generic"
    if carried and carried.body and carried.kind not in ("generic",) and not t.scope:
        # (国家主席 after 中共中央总书记: a title with a national scope of its own takes no carried body)
        c = carried.title
        if c.body and (c.unit == "党组" or c.core.startswith("党组")):  # 市人大常委会党组副书记、副主任:
            return _body(replace(c, unit=None, core=t.core), carried.jurisdiction, None)  # the congress's
        if c.body and len(c.body) > 1 and c.body.startswith("委") and t.core in _COMMITTEE_SEATS:
            # 县委宣传部长、副书记、书记: a committee's seat after its department's head is the committee's
            return _body(replace(c, body="委", unit=None, core=t.core), carried.jurisdiction, None)
        if carried.kind == "company":
            return _COMPANY_ORGAN.sub("", carried.body), "company"  # 某集团党委书记, 董事: the group
        return carried.body, carried.kind  # 党组书记、局长: the same department
    return None, None


_COMMITTEE_SEATS = frozenset({"书记", "副书记", "第一书记", "第一副书记", "常务副书记", "常委", "委员"})


def _dedupe(name: str) -> str:
    return re.sub(r"([村镇乡])\1", r"\1", name)


def _label(t: Title, j: str | None, body: str | None) -> str:
    core = t.core
    if (_HEAD.match(core) or core.endswith(("人大代表", "政协委员"))) and j:
        return f"{'全国' if j == NATION else j}{core}"
    if body and ORGAN_TITLE.match(core):
        return (
            _dedupe(f"{body[: -len(ORGAN_TITLE.match(core).group(1))] or ''}{core}")
            if body.endswith(ORGAN_TITLE.match(core).group(1))
            else _dedupe(f"{body}{core}")
        )
    if body:
        return f"{body}{core}"
    written = t.written
    if j and written.startswith((j, j[:-1] if len(j) > 2 else j)):
        return written  # 吉林省领导: the title writes its place already (not 吉林省吉林省领导)
    if j and written[:1] in "省市区县镇乡村":
        written = written[1:]
    return f"{j or ''}{written}"


def normalise_stack(stack: list[Title], setting: Setting, carried: Post | None = None) -> list[Post]:
    """Resolve each title of a stack; the first title's place carries over to the next.

    ``carried`` is the post a list continues (``州政协副主席甲、乙,秘书长丙``: 丙's
    bare ``秘书长`` is the same body's).
    """
    out: list[Post] = []
    for t in stack:
        one_seat = (
            carried is not None
            and carried.title.core == t.core
            and carried.title.body == t.body
            and (t.core in _ONE_SEAT or _HEAD.match(t.core) is not None)
            and not t.core.startswith(("副", "常务副"))
        )
        # 长沙市委书记甲,市委书记乙: a post with one holder named twice is not the same place's
        j = _jurisdiction(t, carried.jurisdiction if carried and not one_seat else None, setting)
        body, kind = _body(t, j, carried)
        post = Post(t, j, body, kind, _label(t, j, body))
        out.append(post)
        carried = post
    return out
