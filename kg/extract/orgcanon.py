"""Canonical names of organisations: short forms of a jurisdiction's bodies made whole.

City papers write ``市委``, ``市政府``, ``省发改委``; the canonical name puts the
home jurisdiction in (``中共株洲市委``, ``株洲市人民政府``, ``湖南省发改委``), and
the surface stays as an alias. The home city and province come from
:mod:`kg.extract.context`.

>>> ctx = Jurisdictions(city="长沙市", province="湖南省")
>>> [canonical(s, "party", ctx).name for s in ("市委", "市委组织部", "省委")]
['中共长沙市委', '中共长沙市委组织部', '中共湖南省委']
>>> [canonical(s, "government", ctx).name for s in ("市政府", "市住建局", "浏阳市税务局")]
['长沙市人民政府', '长沙市住建局', '浏阳市税务局']
>>> canonical("浏阳市税务局", "government", ctx).place
'浏阳市'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.context import provinces
from kg.extract.home import own_place
from kg.extract.orgspan import body_kinds
from kg.extract.tokens import is_word
from kg.vocab import PUBLIC_KINDS

__all__ = [
    "Canonical",
    "Jurisdictions",
    "autonomous_division",
    "canonical",
    "jurisdictions",
    "short_forms",
    "without_tense",
]

# 某村委会 is no 委 (the villagers' committee, named as written); 某区委会议中心 is the 委's
_BODY = re.compile(r"^(?P<body>人大常委会|纪委监委|人民政府|政府|人大|政协|纪委|监委|委(?!员会|会(?!议)))")
_RANK = {"省": 0, "市": 1, "州": 1, "盟": 1, "区": 2, "县": 2, "旗": 2, "镇": 3, "乡": 3, "村": 4}
_PLACE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,5}?)(?P<level>[省市区县镇乡村州旗盟])")
_AUTONOMOUS = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,12}?自治)(?P<level>[区州县旗])")


@dataclass(frozen=True, slots=True)
class Jurisdictions:
    """The home city and province a page's bare ``市委`` / ``省委`` refer to."""

    city: str | None = None
    province: str | None = None
    county: str | None = None
    town: str | None = None

    def of(self, level: str) -> str | None:
        return own_place(level, self.city, self.province, self.county, self.town)  # 区政府 on a district's page


@dataclass(frozen=True, slots=True)
class Canonical:
    """An organisation's canonical name, kind, and the place its name states (if any)."""

    name: str
    kind: str
    place: str | None = None  # a division named in the surface: 醴陵市税务局 → 醴陵市


def jurisdictions(doc: Doc) -> Jurisdictions:
    """The home city and province of a page (:mod:`kg.extract.context`)."""
    h = doc.home
    return Jurisdictions(h.city, h.province, h.county, h.town)


@lexicon.cached
def _provinces_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """:func:`~kg.extract.context.provinces` by length, longest first: a name's leading province is
    found with one set lookup per length (at most one of a length opens it), not one test per province."""
    lengths = sorted({len(p) for p in provinces()}, reverse=True)
    return tuple((n, frozenset(p for p in provinces() if len(p) == n)) for n in lengths)


def _split_places(name: str) -> tuple[list[str], str]:
    """Leading places of a body name and the rest: ``江西萍乡市委组织部`` → ``(['萍乡市'], '委组织部')``.

    A province short form is dropped; a chain keeps its places in order of rank
    (``天元区雷打石镇先锋区域联村党委`` → ``['天元区', '雷打石镇']``, ``先锋区域联村党委``).
    """
    places: list[str] = []
    rest = name
    for n, names in _provinces_by_length():
        full = rest.endswith(("省", "市", "区"), 0, n)  # 宁夏回族自治区|政协: a full name, then its body
        if len(rest) > n and rest[:n] in names and (full or rest[n] not in "省委政"):
            if full:
                places.append(rest[:n])
            rest = rest[n:]
            break
    while True:
        if len(rest) > 2 and rest[1] == "县" and Gazetteer.load().lookup(rest[:2]):
            places.append(rest[:2])  # 攸县(县)政府, 叶县县委: a county of one character and its level
            rest = rest[2:]
            continue
        m = autonomous_division(rest) or _PLACE.match(rest)
        if not m:
            break  # (an autonomous division's name is longer than a stem: 玉屏侗族自治县政协)
        level = m.group("level")
        if places and _RANK[level] <= _RANK.get(places[-1][-1], -1) and not _inside(m.group(), places[-1]):
            break  # 无锡市|宜兴市: a county-level city inside its prefecture goes on with the chain
        if is_word(m.group()[-2:], 1000) and not Gazetteer.load().lookup(m.group()):
            break  # 农业农村部: 农村 is a word, not a village named 农业农村
        if m.group().startswith(("政府", "人民", "党委", "人大", "政协")):
            break  # 政府区长 (the government's district head): a body's word, no place named 政府区
        after = rest[m.end() :]
        if not after:
            break
        places.append(m.group())
        rest = after
    return places, rest


def autonomous_division(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The full name of an autonomous division the gazetteer knows, written from ``start``, or None.

    >>> autonomous_division("通道侗族自治县政协").group("level"), autonomous_division("修改完善市委")
    ('县', None)
    """
    m = _AUTONOMOUS.match(text, start, len(text) if end is None else end)
    return m if m is not None and any(d.name == m.group() for d in Gazetteer.load().lookup(m.group())) else None


def _inside(child: str, parent: str) -> bool:
    """True when division ``child`` lies in division ``parent`` by the gazetteer (宜兴市 in 无锡市)."""
    gaz = Gazetteer.load()
    parents = {d.code for d in gaz.lookup(parent)}
    return any(d.parent in parents for d in gaz.lookup(child))


_TENSE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])[原前](?=党组|党委|党工委|党总支|党支部)")


def party_committee(place: str, organ: str = "") -> str:
    """The party committee of ``place`` (and an ``organ`` under it); a county of one character writes its
    level again.

    >>> party_committee("株洲市", "组织部"), party_committee("攸县"), party_committee("宁夏回族自治区")
    ('中共株洲市委组织部', '中共攸县县委', '中共宁夏回族自治区党委')
    >>> party_committee("民盟衡阳市")
    '民盟衡阳市委'

    """
    if _DEMOCRATIC_PARTY.match(place):
        return f"{place}委{organ}"  # 民盟某市委: a democratic party's committee of the city, no 中共's
    if place.endswith("自治区"):
        return f"中共{place}党委{organ}"  # 中共内蒙古自治区党委: a region's committee is its 党委
    level = "县" if len(place) == 2 and place.endswith("县") else ""
    return f"中共{place}{level}委{organ}"


_DEMOCRATIC_PARTY = re.compile(r"民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")
"""The eight democratic parties' short names (org_names.txt) opening a committee's place in a title (民盟某市委主委)."""


def democratic_party_body(name: str) -> bool:
    """Whether ``name`` opens with a democratic party's short name (``民进某市委``: its committee, not 中共's).

    >>> democratic_party_body("民进济南市委"), democratic_party_body("济南市委")
    (True, False)
    """
    return _DEMOCRATIC_PARTY.match(name) is not None


def congress_short(name: str) -> str:
    """``某区第六届人民代表大会常务委员会`` → ``某区人大常委会``: a standing committee as titles name it.

    >>> congress_short("江夏区第六届人民代表大会常务委员会办公室")
    '江夏区人大常委会办公室'
    """
    return _CONGRESS_COMMITTEE.sub("人大常委会", _CONGRESS_TERM.sub("", name))


_CONGRESS_TERM = re.compile(r"(?<=[省市区县州旗盟])第?[一二三四五六七八九十]+届(?=人民代表大会常务委员会)")
_CONGRESS_COMMITTEE = re.compile(r"人民代表大会常务委员会")


def without_tense(body: str) -> str:
    """A body's name without the tense mark a title wrote before its party organ: ``某室原党组``
    is ``某室党组`` (from ``某室原党组书记``); a place's 原 stays (``中共太原市委``).

    >>> without_tense("参事室原党组"), without_tense("中共太原市委"), without_tense("国际原子能机构")
    ('参事室党组', '中共太原市委', '国际原子能机构')
    """
    return _TENSE_INSIDE.sub("", body)


def canonical(surface: str, kind: str, ctx: Jurisdictions) -> Canonical:
    """The canonical name of an organisation written ``surface`` (white space already removed).

    A congress's standing committee is named as the titles name it (``江夏区第六届人民代表大会常务委员会`` is
    ``江夏区人大常委会``, as ``区人大常委会主任`` makes it), its full name an alias.

    >>> canonical("江夏区第六届人民代表大会常务委员会", "congress", Jurisdictions()).name
    '江夏区人大常委会'
    """
    name = congress_short(without_tense(surface))
    cpc = name.startswith("中共")
    if cpc:
        name = name[2:]
    if name.startswith("政协"):
        return Canonical(name, "cppcc")
    if kind not in PUBLIC_KINDS:
        return Canonical(("中共" if cpc else "") + name, kind)
    places, rest = _split_places(name)
    if places:
        jurisdiction, body = places[-1], rest
    elif rest[:1] in _RANK and len(rest) > 1:
        jurisdiction, body = ctx.of(rest[0]), rest[1:]
        if jurisdiction is None:
            return Canonical(("中共" if cpc else "") + name, kind)
    else:
        return Canonical(("中共" if cpc else "") + name, kind)
    place = places[-1] if places else None
    if place and len(body) > 1 and body[0] == place[-1] and _BODY.match(body[1:]):
        body = body[1:]  # 左云县县委, 某市市政府: the level written again before the body
    m = _BODY.match(body)
    if m is None:
        if body in ("法院", "检察院"):
            body = "人民" + body  # 区法院 on a district's page: its 人民法院, as the full name writes it
        return Canonical(jurisdiction + body, kind, place)
    word = m.group("body")
    organ = body[m.end() :]
    if word == "委":  # 中共南充市顺庆区委 keeps the chain it is written with
        return Canonical(party_committee("".join(places) if cpc else jurisdiction, organ), "party", place)
    kind = body_kinds()[word] if not organ else kind
    if word in ("政府", "人民政府"):
        organ = "办公室" if organ == "办" else organ  # 县政府办: the government's office
        return Canonical(f"{jurisdiction}人民政府{organ}", kind, place)
    if word == "政协":
        return Canonical(f"政协{jurisdiction}委员会" if not organ else f"{jurisdiction}政协{organ}", kind, place)
    return Canonical(f"{jurisdiction}{body}", kind, place)


_DIVISION = r"[\u4e00-\u9fff]{1,12}?[省市区县州旗盟]"
_SHORT_FORMS = (
    (re.compile(rf"^中共(?P<place>{_DIVISION})委(?!员会)(?P<organ>.*)$"), "{place}委{organ}"),
    (re.compile(rf"^政协(?P<place>{_DIVISION})委员会(?P<organ>.*)$"), "{place}政协{organ}"),
    (re.compile(rf"^(?P<place>{_DIVISION})人民代表大会常务委员会(?P<organ>.*)$"), "{place}人大常委会{organ}"),
    (re.compile(rf"^(?P<place>{_DIVISION})人民政府(?P<organ>.*)$"), "{place}政府{organ}"),
)


def short_forms(name: str) -> tuple[str, ...]:
    """The usual short forms of a jurisdiction's body's canonical name, which news writes as often as the
    name (``中共宜兴市委`` is ``宜兴市委``): aliases a reader looks the body up by.

    >>> short_forms("中共宜兴市委"), short_forms("中共宜兴市委组织部"), short_forms("政协贵州省委员会党组")
    (('宜兴市委',), ('宜兴市委组织部',), ('贵州省政协党组',))
    >>> short_forms("江夏区人民代表大会常务委员会"), short_forms("株洲市人民政府"), short_forms("中共宜兴市委员会")
    (('江夏区人大常委会',), ('株洲市政府',), ())
    >>> short_forms("中共左云县委"), short_forms("中共涪陵区委"), short_forms("中共攸县县委")
    (('左云县委', '左云县县委'), ('涪陵区委', '涪陵区区委'), ('攸县县委',))
    """
    out = [template.format(**m.groupdict()) for pattern, template in _SHORT_FORMS if (m := pattern.match(name))]
    if (m := _COMMITTEE.match(name)) and m.group(1)[-2] != m.group(1)[-1]:
        out.append(f"{m.group(1)}{m.group(1)[-1]}委")  # 左云县县委, 涪陵区区委: the level written again
    return tuple(out)


_COMMITTEE = re.compile(r"^中共([\u4e00-\u9fff]{2,10}?[县区])委$")
