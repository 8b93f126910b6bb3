"""Tests for kg.data.gazetteer: codes, chains, short forms, resolution and scanning."""

from __future__ import annotations

import itertools
from importlib.resources import files

import pytest

from kg.data.gazetteer import LEVELS, Division, Gazetteer, is_ordinary_word, short_form


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("湖南省", "430000"),
        ("株洲市", "430200"),
        ("芦淞区", "430203"),
        ("渌口区", "430212"),
        ("醴陵市", "430281"),
        ("炎陵县", "430225"),
        ("雷打石镇", "430211102"),
        ("北京市", "110000"),
        ("新疆维吾尔自治区", "650000"),
    ],
)
def test_gazetteer_official_codes(gaz: Gazetteer, name: str, code: str) -> None:
    assert [d.code for d in gaz.lookup(name)] == [code]
    assert gaz.by_code(code).name == name


def test_gazetteer_data_is_current_not_2016(gaz: Gazetteer) -> None:
    # 株洲县 (430221) became 渌口区 (430212) in 2018.
    assert gaz.lookup("株洲县") == ()
    assert gaz.by_code("430221") is None
    assert gaz.by_code("430212").level == "county"


def test_gazetteer_town_has_county_parent(gaz: Gazetteer) -> None:
    town = gaz.lookup("雷打石镇")[0]
    assert (town.level, town.parent, gaz.by_code(town.parent).name) == ("town", "430211", "天元区")


@pytest.mark.parametrize("code", ["430211102", "430211102000"])
def test_gazetteer_by_code_accepts_9_and_12_digits(gaz: Gazetteer, code: str) -> None:
    assert gaz.by_code(code).name == "雷打石镇"


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("430203", ["芦淞区", "株洲市", "湖南省"]),
        ("430211102", ["雷打石镇", "天元区", "株洲市", "湖南省"]),
        ("110105", ["朝阳区", "北京市"]),  # municipality: districts sit under the province-level city
        ("430000", ["湖南省"]),
        ("999999", []),
    ],
)
def test_gazetteer_chain_reaches_province(gaz: Gazetteer, code: str, names: list[str]) -> None:
    chain = gaz.chain(code)
    assert [d.name for d in chain] == names
    if chain:
        assert chain[-1].level == "province" and chain[-1].parent is None


def test_gazetteer_every_parent_exists_one_level_up(gaz: Gazetteer) -> None:
    for d in gaz:
        if d.parent is None:
            assert d.level == "province"
            continue
        parent = gaz.by_code(d.parent)
        assert parent is not None, d
        assert LEVELS.index(parent.level) < LEVELS.index(d.level), d
        assert d.code.startswith(parent.prefix), d


@pytest.mark.parametrize(
    ("short", "code"),
    [
        ("株洲", "430200"),
        ("芦淞", "430203"),
        ("湖南", "430000"),
        ("醴陵", "430281"),
        ("渌口", "430212"),
        ("湘西", "433100"),  # 湘西土家族苗族自治州
        ("新疆", "650000"),
        ("长沙", "430100"),  # the city, not 长沙县: a higher division owns a shared short form
        ("吉林", "220000"),  # the province, not 吉林市
    ],
)
def test_gazetteer_short_forms_resolve(gaz: Gazetteer, short: str, code: str) -> None:
    assert [d.code for d in gaz.lookup(short)] == [code]
    assert gaz.resolve(short).code == code


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("湖南省", "湖南"),
        ("广西壮族自治区", "广西"),
        ("香港特别行政区", "香港"),
        ("黔南布依族苗族自治州", "黔南"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("神农架林区", "神农架"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("内蒙古自治区", "内蒙古"),
        ("攸县", None),  # one character would remain
        ("矿区", None),
        ("土默特左旗", None),
        ("鄂温克族自治旗", None),
    ],
)
def test_gazetteer_short_form_strips_suffixes(name: str, short: str | None) -> None:
    assert short_form(name) == short


def test_gazetteer_towns_have_no_short_forms(gaz: Gazetteer) -> None:
    assert all(not d.short for d in gaz if d.level == "town")
    assert gaz.lookup("雷打石") == ()


@pytest.mark.parametrize(
    "word",
    [
        # jieba rule (everyday words): 和平区, 资源县, 合作市, 前进区, 城中区, 东方市, 江南区
        *("和平", "资源", "合作", "前进", "城中", "东方", "江南"),
        # hand-picked stop list (place_stop.txt)
        *("中山", "来宾", "长治", "市中", "青山", "公安", "解放"),
    ],
)
def test_gazetteer_unsafe_short_forms_are_dropped(gaz: Gazetteer, word: str) -> None:
    assert gaz.lookup(word) == ()


@pytest.mark.parametrize(
    ("word", "full", "freq", "tag", "full_freq", "ordinary"),
    [
        ("和平", "和平区", 7998, "nz", 47, True),  # frequent, not a place to jieba
        ("前进", "前进区", 2957, "v", 3, True),
        ("江南", "江南区", 4986, "ns", 2, True),  # a place to jieba, but generic geography
        ("醴陵", "醴陵市", 308, "ns", 6, False),  # a place, moderately frequent
        ("芦淞", "芦淞区", 0, None, 0, False),  # unknown to jieba
        ("仙桃", "仙桃市", 3117, "n", 1552, False),  # jieba's corpus uses the full name too
    ],
)
def test_gazetteer_ordinary_word_rule(
    word: str, full: str, freq: int, tag: str | None, full_freq: int, ordinary: bool
) -> None:
    assert is_ordinary_word(word, full, freq, tag, full_freq) is ordinary


def test_gazetteer_kept_county_short_forms_pass_jieba_rule(gaz: Gazetteer) -> None:
    pytest.importorskip("jieba")
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    for d in gaz:
        if d.level == "county" and d.short:
            (s,) = d.short
            args = (jieba.get_FREQ(s) or 0, tags.get(s), jieba.get_FREQ(d.name) or 0)
            assert not is_ordinary_word(s, d.name, args[0], args[1], args[2]), (d, args)


@pytest.mark.parametrize(
    ("name", "near", "code"),
    [
        ("朝阳区", (), None),  # Beijing and Changchun
        ("朝阳区", ("110000",), "110105"),
        ("朝阳区", ("220100",), "220104"),
        ("朝阳区", ("430200",), None),  # context elsewhere does not decide
        ("城关镇", (), None),
        ("鼓楼区", ("350000",), "350102"),  # 福州 鼓楼区, among Nanjing's, Xuzhou's, Kaifeng's
        ("雷打石镇", (), "430211102"),
        ("株洲", ("999999",), "430200"),  # unknown context codes are ignored
        ("不存在的地方", (), None),
    ],
)
def test_gazetteer_resolve_with_context(gaz: Gazetteer, name: str, near: tuple[str, ...], code: str | None) -> None:
    got = gaz.resolve(name, near=near)
    assert (got.code if got else None) == code


def test_gazetteer_resolve_prefers_same_prefecture_over_same_province(gaz: Gazetteer) -> None:
    towns = gaz.lookup("城关镇")
    target = next(t for t in towns if sum(u.code[:2] == t.code[:2] for u in towns) >= 2)
    province = target.code[:2] + "0000"
    assert gaz.resolve("城关镇", near=[province]) is None  # several in that province
    assert gaz.resolve("城关镇", near=[province, target.parent]) == target


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "四川省成都市武侯区和广东深圳南山区的企业签约,新疆维吾尔自治区代表团出席。",
            ["四川省", "成都市", "武侯区", "广东", "深圳", "南山区", "新疆维吾尔自治区"],
        ),
        (
            "内蒙古鄂尔多斯市伊金霍洛旗乌兰木伦镇举行活动",
            ["内蒙古", "鄂尔多斯市", "伊金霍洛旗", "乌兰木伦镇"],
        ),
        ("浙江杭州西湖区与江苏苏州吴中区结对", ["浙江", "杭州", "西湖区", "江苏", "苏州", "吴中区"]),
    ],
)
def test_gazetteer_scan_finds_places_with_exact_offsets(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    hits = list(gaz.scan(text))
    assert [s for _, _, s in hits] == expected
    assert all(text[start:end] == surface for start, end, surface in hits)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(hits))  # no overlaps, in order


@pytest.mark.parametrize(
    "text",
    [
        "我们要坚持和平发展,合作共赢,绿水青山就是金山银山,保障市中心城区郊区的公共资源。",
        "东方红,太阳升;来宾们恍然大悟,长治久安,前进的道路上平安幸福。",
        "公安部门解放思想,在大城市的新城开发区建设港口和中山公园。",
        # two-character short forms that would cut common words: 新平, 长阳, 利通, 和政, 上高
        "搭建创新平台,市委副书记、市长阳卫国参加,顺利通过验收,坚持合作和政治协商,再上高楼。",
    ],
)
def test_gazetteer_scan_ignores_ordinary_words(gaz: Gazetteer, text: str) -> None:
    assert list(gaz.scan(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"), [("湖南湘潭", ["湖南", "湘潭"]), ("江西萍乡、湘东模式", ["江西", "萍乡", "湘东"])]
)
def test_gazetteer_scan_adjacent_places_are_not_boundary_cut(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [s for _, _, s in gaz.scan(text)] == expected


def test_gazetteer_scan_longest_match_wins(gaz: Gazetteer) -> None:
    assert list(gaz.scan("湘西土家族苗族自治州")) == [(0, 10, "湘西土家族苗族自治州")]


def test_gazetteer_scan_skips_two_character_towns(gaz: Gazetteer) -> None:
    assert gaz.lookup("新镇") and all(d.level == "town" for d in gaz.lookup("新镇"))
    assert list(gaz.scan("新镇")) == []


def test_gazetteer_counts_and_size() -> None:
    gaz = Gazetteer.load()
    counts = {level: sum(d.level == level for d in gaz) for level in LEVELS}
    assert counts["province"] == 34
    assert 330 <= counts["prefecture"] <= 340
    assert 2800 <= counts["county"] <= 2900
    assert counts["town"] > 38000
    size = len(files("kg").joinpath("data", "divisions.tsv").read_bytes())
    assert size < 6_000_000


def test_gazetteer_load_is_cached() -> None:
    # load time (~0.15 s) is measured by scripts/bench_gazetteer.py, not asserted here
    assert Gazetteer.load() is Gazetteer.load()
    from kg.data.gazetteer import _read_divisions

    assert isinstance(_read_divisions()[0], Division)


@pytest.mark.parametrize("prefix", ["", "abc ", "😀𠀀", "\u3000\n", "2026年"])
def test_gazetteer_scan_offsets_survive_any_characters(gaz: Gazetteer, prefix: str) -> None:
    text = prefix + "甘肃省兰州市城关区"
    hits = list(gaz.scan(text))
    assert [s for _, _, s in hits] == ["甘肃省", "兰州市", "城关区"]
    assert hits[0][0] == len(prefix)
    assert all(text[start:end] == surface for start, end, surface in hits)
