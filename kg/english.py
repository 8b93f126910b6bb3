"""English labels for posts and bodies: place names in pinyin, titles from ``kg/data/english.txt``.

A post's label is its normalised title's template filled with its
jurisdiction (``市长`` of 株洲市 → ``Mayor of Zhuzhou``) or its body
(``书记`` of 中共株洲市委 → ``Secretary of the CPC Zhuzhou Municipal
Committee``). Bodies of a jurisdiction (``中共X委``, ``X人民政府``,
``X人大常委会`` …) are translated by their ending; others get no label.

>>> post_label_en("市长", "株洲市人民政府", "株洲市")
'Mayor of Zhuzhou'
>>> post_label_en("副书记", "中共芦淞区委", "芦淞区")
'Deputy Secretary of the CPC Lusong District Committee'
>>> post_label_en("常务副省长", "湖南省人民政府", "湖南省")
'Executive Vice Governor of Hunan'
>>> body_label_en("政协长沙市委员会")
'Changsha Municipal Committee of the CPPCC'
"""

from __future__ import annotations

import functools

from pypinyin import Style, lazy_pinyin

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer, short_form
from kg.errors import LexiconError

__all__ = ["body_label_en", "place_label_en", "post_label_en", "title_of"]


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for no, line in lexicon.lines("english"):
        parts = line.split("\t")
        if len(parts) != 3:
            raise LexiconError("kg/data/english.txt", no, "expected KIND<TAB>CHINESE<TAB>ENGLISH")
        out.setdefault(parts[0], {})[parts[1]] = parts[2]
    return out


def _pinyin(stem: str) -> str:
    return "".join(lazy_pinyin(stem, style=Style.NORMAL)).capitalize()


def _split_place(name: str) -> tuple[str, str] | None:
    """A division's name as (stem, level suffix): ``芦淞区`` → ``('芦淞', '区')``; None if no known suffix."""
    levels = _table()["level"]
    suffix = next((s for s in sorted(levels, key=len, reverse=True) if name.endswith(s) and len(name) > len(s)), None)
    if suffix is None:
        return None
    divisions = Gazetteer.load().lookup(name)
    short = short_form(name, divisions[0].level) if divisions else None
    stem = short if short and name.startswith(short) and len(short) < len(name) else name[: -len(suffix)]
    return stem, suffix


def place_label_en(name: str) -> str | None:
    """A place's English name: pinyin, with the level word below a city.

    >>> place_label_en("株洲市"), place_label_en("芦淞区"), place_label_en("广西壮族自治区")
    ('Zhuzhou', 'Lusong District', 'Guangxi')
    """
    if name in _table()["central"]:
        return _table()["central"][name]
    split = _split_place(name)
    if split is None:
        return None
    stem, suffix = split
    word = _table()["level"][suffix].split("|")[1]
    if not _is_cjk(stem):
        return None
    return _pinyin(stem) + word


def _is_cjk(s: str) -> bool:
    return bool(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


def body_label_en(body: str) -> str | None:
    """A jurisdiction's body in English (``中共株洲市委`` → ``CPC Zhuzhou Municipal Committee``), or None.

    >>> print(body_label_en("株洲市人大常委会"))
    Standing Committee of the Zhuzhou Municipal People's Congress
    >>> body_label_en("株洲市科学技术局") is None
    True
    """
    t = _table()
    if body in t["central"]:
        return t["central"][body]
    name = body
    if name.startswith("政协") and name.endswith("委员会"):
        name, ending = name[2 : -len("委员会")], "委员会"
    else:
        if name.startswith("中共"):
            name = name[2:]
        ending = next((e for e in sorted(t["body"], key=len, reverse=True) if name.endswith(e)), None)
        if ending is None or ending == "委员会":  # X委员会 is only the CPPCC's when written 政协X委员会
            return None
        name = name[: -len(ending)]  # 中共株洲市委: the place is 株洲市
    split = _split_place(name)
    if split is None or not _is_cjk(split[0]):
        return None
    stem, suffix = split
    adj = t["level"][suffix].split("|")[0]
    return t["body"][ending].format(place=_pinyin(stem), adj=adj)


def title_of(post: str, body: str | None, jurisdiction: str | None, written: str) -> str:
    """The normalised title of a post: the label less its body or jurisdiction.

    >>> title_of("中共株洲市委副书记", "中共株洲市委", "株洲市", "市委副书记")
    '副书记'
    >>> title_of("株洲市市长", "株洲市人民政府", "株洲市", "市长")
    '市长'
    """
    for prefix in (body, jurisdiction):
        if prefix and post.startswith(prefix) and len(post) > len(prefix):
            return post[len(prefix) :]
    return written


def post_label_en(title: str, body: str | None, jurisdiction: str | None) -> str | None:
    """A post in English from its normalised title, body and jurisdiction; None when a part is unknown."""
    template = _table()["title"].get(title)
    if template is None:
        return None
    if "{place}" in template:
        place = place_label_en(jurisdiction) if jurisdiction else None
        return template.format(place=place) if place else None
    body_en = body_label_en(body) if body else None
    return template.format(body=body_en) if body_en else None
