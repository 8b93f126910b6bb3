"""The setting a page is read in: the paper's home city and province, and places named nearby.

A city daily writes ``市委``, ``市长`` and ``我市`` for its own city. One rule
(:func:`home`, in :mod:`kg.extract.home`, read as ``doc.home``) decides which city that is, in order:

1. the user's ``home_city`` setting (``kg.toml``, ``--home-city``), passed
   to :func:`kg.extract.extract` and kept on the :class:`~kg.extract.base.Doc`;
2. the masthead: ``XX日报`` where ``XX`` is a division's
   short form in the gazetteer (``株洲日报`` → 株洲市; ``湖南日报`` gives the
   province only; ``人民日报`` nothing);
3. the most-mentioned prefecture-level city among the page's Place mentions
   (the places component runs first, so their codes are known).

The home province is the province in the gazetteer chain of the home city,
else a clear majority of the provinces of the page's places. The answer is
computed once per document and cached on the ``Doc``. Bare ``区委`` or
``县长`` refer to the district or county named nearby (:func:`place_before`).

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> h = home(Doc.of(Document(id="a.txt", text="衡阳日报讯(记者/某某) 市长出席。")))
>>> (h.city, h.province)
('衡阳市', '湖南省')
>>> home(Doc.of(Document(id="a.txt", text="无城市"), home_city="岳阳")).city
'岳阳市'
>>> place_before("会上，松林区委书记讲话，区委副书记出席", 18, "区")
'松林区'
"""

from __future__ import annotations

import re

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.base import Doc
from kg.extract.home import _DIVISION_END, Home, home, stated_home
from kg.extract.place_lexicon import left_name

__all__ = [
    "GENERIC_PLACES",
    "Home",
    "canonical_place",
    "home",
    "home_city",
    "home_province",
    "place_before",
    "provinces",
    "stated_home",
]

GENERIC_PLACES = frozenset({"城市", "全市", "本市", "我市", "各市", "超市", "城区", "市区"})
"""Words ending like a place that name no particular place."""

_CJK = r"[\u4e00-\u9fff]"
_NOT_PLACE = set("全本我该各此每城都同原市区县省的在和与及等个")


@lexicon.cached
def provinces() -> dict[str, str]:
    """Province-level divisions by full name and short form → full name, from the gazetteer.

    >>> provinces()["湖南"], provinces()["广西壮族自治区"]
    ('湖南省', '广西壮族自治区')
    """
    out: dict[str, str] = {}
    for d in Gazetteer.load():
        if d.level == "province":
            out[d.name] = d.name
            out.update(dict.fromkeys(d.short, d.name))
    return out


def home_city(doc: Doc) -> str | None:
    """Full name of the page's home city, or None.

    >>> from kg.model import Document
    >>> home_city(Doc.of(Document(id="t", text="株洲日报讯 (记者 李四)")))
    '株洲市'
    """
    return home(doc).city


def home_province(doc: Doc) -> str | None:
    """Full name of the page's home province, or None (then ``省委`` stays as written).

    >>> from kg.model import Document
    >>> home_province(Doc.of(Document(id="t", text="在广西考察。"))) is None
    True
    """
    return home(doc).province


def canonical_place(doc: Doc, name: str) -> str:
    """The full name of a place written short: ``株洲`` → ``株洲市`` when the home city or the text says so.

    >>> from kg.model import Document
    >>> canonical_place(Doc.of(Document(id="t.txt", text="株洲日报讯 株洲发布")), "株洲")
    '株洲市'
    """
    city = home_city(doc)
    if city and city.removesuffix("市") in name and not _DIVISION_END.search(name):
        return city  # 株洲 (and OCR-glued 篇株洲) → the home city
    if _DIVISION_END.search(name):
        return name
    for suffix in ("市", "县", "区"):
        if name + suffix in doc.text:
            return name + suffix
    return name


# words that stand before a level character without naming a place (政府区长; 代理县长: no 代理县)
_BODY_WORDS = frozenset(
    {"政府", "人民", "人大", "政协", "党委", "纪委", "党组", "代理", "常务", "挂职", "兼任", "担任"}
)


def place_before(text: str, pos: int, level: str, window: int = 400) -> str | None:
    """The nearest ``X<level>`` (``X区``, ``X县``, ``X镇`` …) named before ``pos``.

    The name must be a division the gazetteer knows (the longest one ending at
    the level character), so a clause word (``召开旗政府``), a name fragment
    (``任命李娜为州…``) or a cut word (``中心城区``) is no place.

    >>> place_before("东湖镇党委书记讲话。镇长出席", 11, "镇")
    '东湖镇'
    >>> place_before("会议召开旗政府常务会。旗长出席", 12, "旗"), place_before("推进中心城区建设。区长出席", 11, "区")
    (None, None)
    >>> place_before("阿拉善右旗委书记讲话。旗长出席", 11, "旗")
    '阿拉善右旗'
    >>> place_before("会议任命卫思齐为代理县长。副县长出席", 13, "县")  # 代理 is a kind of the post, no 代理县
    """
    rx = re.compile(rf"(?<={_CJK}){re.escape(level)}")
    after = re.compile(r"委|政府|人大|政协|党|长|副|领导|[^\u4e00-\u9fff]|$")
    gazetteer = Gazetteer.load()
    best = None
    for m in rx.finditer(text, max(0, pos - window), pos):
        if not after.match(text, m.end()):
            continue
        for size in range(6, 0, -1):  # 温县: a county of one character too (not 曹|县长: a surname)
            s = m.start() - size
            if size == 1 and text.startswith(("长", "副"), m.end()):
                continue
            if s < 0 or text[s] in _NOT_PLACE or not re.fullmatch(f"{_CJK}+", text[s : m.start()]):
                continue
            if gazetteer.lookup(text[s : m.end()]):
                best = text[s : m.end()]
                break
        else:
            two = text[m.start() - 2] not in _NOT_PLACE and len(left_name(text, m.start())) == 2
            two = two and text[m.start() - 2 : m.start()] not in _BODY_WORDS  # 政府区长: the government's 区长
            if two:
                best = text[m.start() - 2 : m.end()]
    return best
