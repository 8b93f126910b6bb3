"""The lexicons place extraction reads, and the word tests it shares.

Data files (``kg/data``): ``countries.tsv`` (ISO 3166-1 Chinese names),
``world_places.tsv`` (foreign cities and first-level divisions: CLDR, ISO 3166-2),
``regions.tsv`` (multi-division regions, continents), ``landforms.tsv``
(major rivers and lakes), ``area_suffixes.tsv`` (片区, 高新区 …) and
``place_name_stops.txt`` (what a suffix-found name may not be).

>>> [(n.name, n.level) for n in scan_names("欧洲与波兰、长株潭")]
[('欧洲', 'foreign'), ('波兰', 'foreign'), ('长株潭', 'area')]
>>> left_name("推动清水塘", 5), left_name("完善", 2), left_name("和331", 4)
('清水塘', '', '331')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files

import ahocorasick
import jieba

from kg.data import lexicon
from kg.data.gazetteer import BOUNDARY_FREQ, Gazetteer, _encode
from kg.extract.names import DOTS, is_cjk, is_transliteration, surname_length
from kg.extract.spans import SpanSet
from kg.extract.tokens import is_word, segmented_at, word_freq, word_tags
from kg.vocab import PlaceLevel

__all__ = [
    "RUN_ON_FREQ",
    "STATE_LEVELS",
    "WORLD_KINDS",
    "AreaSuffix",
    "NameStops",
    "NamedPlace",
    "area_pattern",
    "area_suffixes",
    "cuts_word",
    "dictionary_word_at",
    "going_verbs",
    "in_company_name",
    "in_foreign_run",
    "is_boundary_word",
    "is_generic",
    "is_name_char",
    "is_place_name_whole",
    "is_region",
    "is_stopped",
    "left_name",
    "name_stops",
    "opens_with_foreign_place",
    "scan_abbreviations",
    "scan_names",
    "word_tag",
]

_NOUN_TAGS = frozenset({"n", "ns", "nz", "nr", "nt", "nrt", "nrfg", "ng", "s"})
_PARTICLE_TAGS = frozenset("pcudrmqyeo")  # first letters of jieba's function-word tags (not f: 西|咸)
_COMPANY_RUN = 16  # how far a company suffix may follow the place that opens its name
_TAG_MIN_FREQ = 50  # below this jieba's tag is too unreliable to reject a name on
_RUN = 12  # how far back left_name looks for a boundary
_WORLD_SUFFIXES = "州省郡邦市县府"  # the unit a foreign name may be written with (巴伐利亚州, 维也纳市)
RUN_ON_FREQ = 5000  # a transliteration character this frequent alone (第, 多) is a word, not part of a name
WORLD_KINDS = frozenset({"city", "division"})
"""The kinds of ``world_places.tsv`` (a foreign city, a foreign first-level division)."""
MAX_NAME = 4
"""Longest proper name kg takes in front of a suffix (清水塘, 田心, 331)."""


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A lexicon place found in text: canonical name, level and the surface's span."""

    start: int
    end: int
    name: str
    level: str  # 'country' (China) | 'foreign' | 'area' | 'natural'
    kind: str = ""  # country code, 'river', 'lake', 'region', 'city' or 'division' (a foreign one)


@dataclass(frozen=True, slots=True)
class AreaSuffix:
    """A named-area suffix and whether a division's name may stand directly before it."""

    suffix: str
    after_division: bool


@dataclass(frozen=True, slots=True)
class NameStops:
    """The contents of ``place_name_stops.txt``."""

    left: frozenset[str]  # characters that end a name on the left
    adverbs: frozenset[str]  # … except in a transliterated name read loosely
    function: frozenset[str]  # function words: no village name has them
    starts: tuple[str, ...]  # a name may not start with these
    ends: tuple[str, ...]  # … nor be or end with these
    exact: frozenset[str]  # … nor be exactly these
    confirm: tuple[str, ...]  # words that, following X村, show X村 is a village
    project: tuple[str, ...]  # words that, following an area, make it part of a project's name
    facility: tuple[str, ...] = ()  # a county short form right before these names a facility (盐田港)


def _lines(name: str) -> list[str]:
    text = files("kg").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def _lexicon() -> dict[str, tuple[str, str, str]]:
    """Surface → (canonical name, level, kind) for countries, regions, landforms and foreign cities and divisions."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in _lines("countries.tsv"):
        code, name, others = ([*line.split("\t"), ""])[:3]
        for surface in (name, *filter(None, others.split(","))):
            out.setdefault(surface, (name, "foreign", code))
    for line in _lines("regions.tsv"):
        name, level, others = ([*line.split("\t"), ""])[:3]
        for surface in (name, *filter(None, others.split(","))):
            out.setdefault(surface, (name, level, "country" if level == "country" else "region"))  # China: no region
    for line in _lines("landforms.tsv"):
        name, kind = line.split("\t")[:2]
        out.setdefault(name, (name, "natural", kind))
    for line in _lines("world_places.tsv"):
        name, kind = line.split("\t")[:2]
        out.setdefault(name, (name, "foreign", kind))
    return out


@functools.cache
def _automaton() -> tuple[ahocorasick.Automaton, bool]:
    """The lexicon's automaton, and whether it reads text as :func:`~kg.data.gazetteer._encode` writes it.

    Over those bytes a node has at most 256 children (the root has every first character of a name
    otherwise, searched linearly), so a scan runs ~3x faster. A match starts on a whole character
    when no surface starts with a character below U+1100 and none is made only of characters whose
    last byte is zero (:func:`_aligned`): then the matches are those of the text itself.
    """
    surfaces = list(_lexicon())
    encoded = all(map(_aligned, surfaces))
    a = ahocorasick.Automaton()
    for surface in surfaces:
        a.add_word(_encode(surface) if encoded else surface, surface)
    a.make_automaton()
    return a, encoded


def _aligned(surface: str) -> bool:
    """True when the UTF-32 bytes of ``surface`` can only match the UTF-32 bytes of a text at a
    character's first byte: the first byte of every character is zero and the second at most 0x10, so
    a match starting two or three bytes into one needs a first character below U+1100, and one starting
    a byte into one a zero last byte in every character.

    >>> _aligned("波兰"), _aligned("A国"), _aligned("\u4e00\u5e00")
    (True, False, False)
    """
    return bool(surface) and ord(surface[0]) >= 0x1100 and any(ord(c) & 0xFF for c in surface)


def scan_names(text: str) -> Iterator[NamedPlace]:
    """Countries, regions, continents, rivers and lakes in ``text`` (leftmost longest).

    A two-character name must not cut a common word (增|加纳|入), as in
    :meth:`kg.data.gazetteer.Gazetteer.scan`.

    >>> [n.name for n in scan_names("增加纳税,赴加纳考察")]
    ['加纳']
    """
    return iter(_scan(text))


@dataclass(frozen=True, slots=True)
class _Abbreviation:
    """A place written with one character (place_abbreviations.txt): its name, level and code (a
    state's ISO code or a division's), where it is read, and the state meant beside a partner (巴 beside 以)."""

    name: str
    level: str
    code: str
    roles: frozenset[str]
    partners: tuple[tuple[str, str], ...] = ()
    pairs_only_with: str = ""  # pair=巴: beside these characters only (以)


@functools.cache
def _abbreviations() -> dict[str, _Abbreviation]:
    """One character → the place it stands for in a phrase that shows the place is meant."""
    names = {code: name for code, name, *_ in (line.split("\t") for line in _lines("countries.tsv"))}
    china = next(line.split("\t")[0] for line in _lines("regions.tsv") if line.split("\t")[1] == "country")
    names["CN"] = china

    def state(code: str) -> tuple[str, str, str]:
        if code.isdigit():  # a municipality (京: 北京市)
            d = Gazetteer.load().by_code(code)
            assert d is not None, code
            return (d.name, d.level, code)
        return (names[code], "country" if code == "CN" else "foreign", code)

    out = {}
    for _, line in lexicon.lines("place_abbreviations"):
        char, code, roles, *partners = line.split("\t")
        pairs = tuple(tuple(p.split("=")) for p in " ".join(partners).split())
        only = "".join(r.removeprefix("pair=") for r in roles.split() if r.startswith("pair="))
        read = frozenset(r if not r.startswith("pair=") else "pair" for r in roles.split())
        partners_named = tuple((c, names[k]) for c, k in pairs)
        out[char] = _Abbreviation(*state(code), read, partners_named, only)
    return out


@functools.cache
def _abbreviation_context() -> dict[str, tuple[str, ...]]:
    """Role → the words (longest first) that show a one-character state name stands for the state."""
    out: dict[str, list[str]] = {}
    for _, line in lexicon.lines("place_abbreviation_context"):
        word, role = line.split("\t")
        out.setdefault(role, []).append(word)
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in out.items()}


STATE_LEVELS = frozenset({PlaceLevel.COUNTRY, PlaceLevel.FOREIGN})
"""The levels of a state's name (China's is ``country``, every other state's ``foreign``)."""
_NO_PAIR_AFTER = ("洲", "(", "（")  # after two states' characters: a region's name (中美洲), a name's place


def going_verbs() -> tuple[str, ...]:
    """The verbs of going or staying after which one character names a place (访华, 来湘)."""
    return _abbreviation_context()["before"]


def scan_abbreviations(text: str) -> Iterator[NamedPlace]:
    """Places written with one character where a phrase shows the place is meant: states two or three
    side by side before a word of their relations (中美关系, 印巴两国; :func:`_pair_length`), one after a
    verb of going or staying (访华, 在京) or before 方 or a word of its government (美方, 俄政府).

    A character that opens or closes a common word with its neighbour is none (集中|美化, 华人, 方面),
    nor is one inside a name :func:`scan_names` finds (美国). A municipality's (京) has its division's
    level and its code as ``kind``.

    >>> [(n.start, n.name) for n in scan_abbreviations("中美关系稳定。代表团访华。美方表示,巴以双方")]
    [(0, '中国'), (1, '美国'), (11, '中国'), (13, '美国'), (18, '巴勒斯坦'), (19, '以色列')]
    >>> [(n.name, n.level, n.kind) for n in scan_abbreviations("会议今天在京召开")]
    [('北京市', 'province', '110000')]
    >>> list(scan_abbreviations("集中美化环境,华人在美丽的日本,京剧"))
    []
    """
    table = _abbreviations()
    found = _abbreviation_chars().search(text)
    if found is None:
        return
    context = _abbreviation_context()
    taken = SpanSet((n.start, n.end) for n in _scan(text))
    while found is not None:
        i, k = found.start(), 1
        a = table[text[i]]
        if taken.overlaps(i, i + 1):
            pass
        elif _after_verb(text, i, a, context["before"]):
            yield NamedPlace(i, i + 1, a.name, a.level, a.code)
        elif i > 0 and (is_word(text[i - 1 : i + 1], BOUNDARY_FREQ) or text[i - 1].isdigit()):
            pass  # 集中|美化, 其中|方; 15日|中美: a date's day
        elif i > 0 and _after_surname(text, i):
            pass  # 张|中美, 刘|美英: a given name
        elif length := _pair_length(text, i, table, context["pair"]):
            run = text[i : i + length]
            for j, c in enumerate(run):
                b = table[c]
                name = next((s for p, s in b.partners if p in run), b.name)
                yield NamedPlace(i + j, i + j + 1, name, b.level if name == b.name else "foreign", b.code)
            k = length
        elif i > 0 and _in_transliteration(text, i):
            pass  # 阿里通加|总统: a foreign name's last character
        elif _before_word(text, i, a, context):
            yield NamedPlace(i, i + 1, a.name, a.level, a.code)
        found = _abbreviation_chars().search(text, i + k)


@functools.cache
def _abbreviation_chars() -> re.Pattern[str]:
    """One character class of every one-character place name."""
    return re.compile(f"[{''.join(sorted(_abbreviations()))}]")


def _in_transliteration(text: str, i: int) -> bool:
    """Whether the characters at ``i`` and before it both transliterate names (通加 of a foreign name)."""
    return is_transliteration(text[i]) and is_transliteration(text[i - 1])


def _pair_length(text: str, i: int, table: dict[str, _Abbreviation], heads: tuple[str, ...]) -> int:
    """How many one-character state names side by side at ``i`` name states (0, 2 or 3): followed by a word
    of their relations (中美关系, 印巴两国; not 中美洲, nor a name's bracket: 中韩(某市)…), or two that are no
    word of their own followed by a preposition, an adverb or a verb (中美|在…, 印巴|实行…)."""
    k = 0
    while k < 3 and i + k < len(text) and "pair" in table.get(text[i + k], _NO_ROLES).roles:
        k += 1
    for length in range(k, 1, -1):
        end = i + length
        run = text[i:end]
        if any(not set(table[c].pairs_only_with) & set(run) for c in run if table[c].pairs_only_with):
            continue  # 以 only beside 巴 (中以…: 在工作中|以人民为中心)
        if text.startswith(_NO_PAIR_AFTER, end):
            continue  # 中美洲, 中韩(某市)合作区: a region, a name
        if text.startswith(heads, end):
            return length
        if length == 2 and word_freq(run) < _PAIR_AS_WORD and _opens_clause(text, end):
            return length  # 中美|在…合作, 美中|就…: a preposition, an adverb or a verb goes on (not 中巴, a bus)
    return 0


_PAIR_AS_WORD = 50  # a pair the dictionary counts this often is a word of its own (中巴 'minibus')


def _opens_clause(text: str, j: int) -> bool:
    """Whether a preposition, an adverb or a verb (jieba's tag of the word at ``j``) follows."""
    word = dictionary_word_at(text, j)
    tag = word_tags().get(word, "")
    return tag[:1] in ("p", "d", "v") and tag != "vn"


def dictionary_word_at(text: str, j: int) -> str:
    """The longest word of jieba's dictionary (four characters at most) that starts at ``j``, or ``""``.

    >>> dictionary_word_at("中国政府高度重视", 2), dictionary_word_at("。", 0)
    ('政府', '')
    """
    tags = word_tags()
    return next((w for k in (4, 3, 2, 1) if len(w := text[j : j + k]) == k and w in tags), "")


def _after_surname(text: str, i: int) -> bool:
    """Whether the character before ``i`` is a surname standing alone as no function word (张|中美, 刘|美英,
    not 向|中美: jieba's one-character tag of a preposition, conjunction, adverb or verb)."""
    c = text[i - 1]
    return surname_length(c, 0) == 1 and (word_tags().get(c) or "n")[0] not in "pcdvuf"


def _after_verb(text: str, i: int, a: _Abbreviation, verbs: tuple[str, ...]) -> bool:
    """Whether the place's character at ``i`` follows a verb of going or staying (访华, 在京), neither
    making a word of another kind with it (来日 'days to come', 越来越) nor opening one (华人, 京剧), and the
    clause goes on after it (:func:`_clause_goes_on`)."""
    if i == 0 or "before" not in a.roles or text[i - 1] not in verbs:
        return False
    if i > 1 and is_word(text[i - 2 : i + 1], BOUNDARY_FREQ):
        return False  # 越来越
    tags = word_tags()
    joined = tags.get(text[i - 1 : i + 1])
    if joined is not None and joined[0] not in "vn":
        return False
    return _clause_goes_on(text, i + 1, text[i - 1] not in _PREPOSITIONS)


_AFTER_PLACE_TAGS = frozenset("vftupdcmq")  # 在京|召开, 访华|期间, 来湘|投资, 访华|以及: the clause goes on
_AFTER_PLACE_CHARS = frozenset("的后时前间")  # 访华后, 在京时
_AFTER_PLACE_FUNCTION = frozenset("pduf")  # (not a conjunction: 在泰|和 is a county's name)


_WORD_SEEN = 20  # a dictionary word rarer than this (出席会议, 3: jieba's default) is no word to read a tag of
_PREPOSITIONS = frozenset("在对")  # a name of a place or a person follows them as often (在京东方, 对罗某)


def _clause_goes_on(text: str, j: int, noun: bool) -> bool:
    """Whether what follows a place written with one character at ``j - 1`` goes on with the clause: no
    Han character, a word that is a verb, locative, time, particle, preposition, adverb, conjunction or
    count (在京|召开, 访华|期间), or (``noun``: after a verb, not after 在 or 对) a noun (驻华|大使, 访华|行程);
    not the rest of a name (在英|德, 在华润…, 在湘|雅医院, 对罗|某)."""
    if j >= len(text) or not is_cjk(text[j]):
        return True
    tags = word_tags()
    word = next((w for k in (4, 3, 2) if len(w := text[j : j + k]) == k and is_word(w, _WORD_SEEN)), "")
    if not word:  # one character: a locative or a function word (访华后, 访华|据新华社, 访华|将)
        return text[j] in _AFTER_PLACE_CHARS or (tags.get(text[j]) or "x")[0] in _AFTER_PLACE_FUNCTION
    if is_word(text[j - 1 : j + len(word)], BOUNDARY_FREQ):
        return False  # 京东方: the character opens a longer word
    if word_freq(text[j - 1 : j + 1]) >= max(word_freq(word), BOUNDARY_FREQ):
        return False  # 晋升|职 (not 驻|华|大使): the character and the next make the likelier word
    tag = tags[word]
    return tag[0] in _AFTER_PLACE_TAGS or (noun and tag[0] == "n")


def _before_word(text: str, i: int, a: _Abbreviation, context: dict[str, tuple[str, ...]]) -> bool:
    """Whether the state's character at ``i`` opens 方, the side in talks (美方, not 以|方便), or a word
    of its government (俄政府, 日军; not 美|军事)."""
    if "side" in a.roles and text.startswith(context["side"], i + 1):
        return i + 2 >= len(text) or not is_word(text[i + 1 : i + 3], BOUNDARY_FREQ)
    if "after" not in a.roles:
        return False
    word = next((w for w in context["after"] if text.startswith(w, i + 1)), "")
    return bool(word) and (len(word) > 1 or not is_word(text[i + 1 : i + 3], BOUNDARY_FREQ))


_NO_ROLES = _Abbreviation("", "", "", frozenset())


@lexicon.cached
def _peoples() -> frozenset[str]:
    """The minority nationalities of China (``ethnic_groups.txt``)."""
    return frozenset(lexicon.words("ethnic_groups"))


@functools.lru_cache(maxsize=4)
def _scan(text: str) -> tuple[NamedPlace, ...]:
    """:func:`scan_names` of one text, remembered: places and foreign names both scan the page."""
    return tuple(_scan_names(text))


def _scan_names(text: str) -> Iterator[NamedPlace]:
    lexicon = _lexicon()
    last = -1  # where the name before ended
    automaton, encoded = _automaton()
    for end, surface in automaton.iter_long(_encode(text) if encoded else text):
        stop = (end + 1) // 4 if encoded else end + 1
        start = stop - len(surface)
        name, level, kind = lexicon[surface]
        if text.startswith("族", stop) and surface + "族" in _peoples():
            continue  # 朝鲜族, 蒙古族: one of China's peoples, not the state (塞尔维亚族 names Serbia)
        if level == "country" and _opens_longer_word(text, stop - 1):
            continue  # 过程中|国有企业, 会议中|国务院: the name's last character opens a longer word
        if (
            len(surface) == 2
            and cuts_word(text, start, stop, after=not (level in STATE_LEVELS and surface[-1] == "国"))
            and not (level == "foreign" and _stands_out(text, start, stop))
        ):
            continue  # 依|法国|有, 沂|南非|法 are none; a state named X国 opens the words after it (英国|内政部)
        if kind in WORLD_KINDS:
            if in_foreign_run(text, start, stop, last):
                continue  # 萨|莫利塞|赫: part of a transliterated person's name
            if _written_with_unit(text, stop, name):
                name, stop = name + text[stop], stop + 1  # 巴伐利亚州, 维也纳市
        last = stop
        yield NamedPlace(start, stop, name, level, kind)


def _opens_longer_word(text: str, i: int) -> bool:
    """Whether a dictionary word of three or four characters starts at ``i`` (国有企业, 国务院)."""
    return any(is_word(text[i : i + k], BOUNDARY_FREQ) for k in (3, 4) if i + k <= len(text))


def is_place_name_whole(word: str) -> bool:
    """Whether ``word`` is wholly a country, region, landform or foreign place of the lexicon.

    >>> is_place_name_whole("俄罗斯"), is_place_name_whole("马里奥"), is_place_name_whole("马里")
    (True, False, True)
    """
    return word in _lexicon()


@functools.lru_cache(maxsize=1 << 12)
def opens_with_foreign_place(name: str) -> bool:
    """Whether ``name`` (a body's, a post's) opens with a foreign place (美国国务院, 巴伐利亚州经济部),
    not with a Chinese division's full name that starts like one (黑山县: not Montenegro's, 巴林左旗:
    not Bahrain's).

    Remembered per name, and read past :func:`scan_names`'s cache, which holds the pages.

    >>> opens_with_foreign_place("美国国务院"), opens_with_foreign_place("株洲市人民政府")
    (True, False)
    >>> opens_with_foreign_place("黑山县委书记"), opens_with_foreign_place("巴西外长")
    (False, True)
    """
    if not any(n.start == 0 and n.level == "foreign" for n in _scan_names(name)):
        return False
    gaz = Gazetteer.load()
    return not any(d.name == name[:k] for k in range(2, min(len(name), 8) + 1) for d in gaz.lookup(name[:k]))


def in_foreign_run(text: str, start: int, stop: int, last: int) -> bool:
    """Whether ``text[start:stop]`` lies inside a run of transliteration characters (萨|莫利塞|赫)
    or is a part of a dotted name (卡尔斯·…).

    Both neighbours must be rare transliteration characters (not 第, 多: words of their own), the
    left one no other name's end (尼日利亚|萨…).
    """
    i, j = start, stop  # 卡尔斯|·…, …·皮|塔林: a part of a dotted name, reached over transliteration characters
    while i > max(last, start - _RUN) and is_transliteration(text[i - 1]):
        i -= 1
    while j < min(len(text), stop + _RUN) and is_transliteration(text[j]):
        j += 1
    dot = i - 1 if i >= 1 and text[i - 1] in DOTS else i - 2 if i >= 2 and text[i - 2] in DOTS else -1  # ·皮|塔林
    if dot >= 1 and (is_transliteration(text[dot - 1]) or not _place_ends(text, dot)):
        return True  # a name's part stands before the dot (中国·巴黎: places side by side)
    if j + 1 < len(text) and text[j] in DOTS:
        after = text[j + 1 : j + 3]
        if is_transliteration(after[0]) or (len(after) == 2 and is_cjk(after[0]) and is_transliteration(after[1])):
            return True  # a name's part follows the dot (卡尔斯·皮塔林)
    if start == 0 or stop >= len(text) or last == start:
        return False
    return all(is_transliteration(c) and not is_word(c, RUN_ON_FREQ) for c in (text[start - 1], text[stop]))


def _place_ends(text: str, end: int) -> bool:
    """Whether a place's name (中国, a division, a lexicon name) ends at ``end``."""
    words = [text[max(0, end - k) : end] for k in (2, 3, 4) if end >= k]
    return any(w == "中国" or w in _lexicon() or Gazetteer.load().lookup(w) for w in words)


def _written_with_unit(text: str, stop: int, name: str) -> bool:
    """Whether the foreign ``name`` ending at ``stop`` is followed by its unit (州, 市), not a word (东京|市场)."""
    if stop >= len(text) or text[stop] not in _WORLD_SUFFIXES or name[-1] in _WORLD_SUFFIXES:
        return False
    return stop + 1 == len(text) or not is_word(text[stop : stop + 2])


def is_region(name: str) -> bool:
    """True when ``name`` is a region spanning several divisions (``regions.tsv``).

    >>> is_region("粤港澳大湾区"), is_region("湘潭市")
    (True, False)
    """
    entry = _lexicon().get(name)
    return entry is not None and entry[2] == "region"


def _stands_out(text: str, start: int, stop: int) -> bool:
    """A state's two-character name that jieba's dictionary route cuts out whole and that is a more
    frequent word than each word it would cut with a neighbour is the state's (前往|日本|，and
    受|日本|金融: 往日 and 本金 are rarer words; 他乍得知: 得知 is the more frequent).

    >>> _stands_out("前往日本访问", 2, 4), _stands_out("他乍得知消息", 1, 3)
    (True, False)
    """
    own = word_freq(text[start:stop])
    neighbours = (text[start - 1 : start + 1] if start else "", text[stop - 1 : stop + 1] if stop < len(text) else "")
    return all(word_freq(w) < own for w in neighbours if len(w) == 2) and segmented_at(text, start, stop)


def cuts_word(text: str, start: int, stop: int, *, after: bool = True) -> bool:
    """Whether ``text[start:stop]`` cuts a common word at its left edge or (``after``) its right one (依|法国|有).

    >>> cuts_word("依法国有", 1, 3), cuts_word("在法国考察", 1, 3), cuts_word("日本领导人", 0, 2, after=False)
    (True, False, False)
    """
    if start > 0 and is_word(text[start - 1] + text[start], BOUNDARY_FREQ):
        return True
    return after and stop < len(text) and is_word(text[stop - 1] + text[stop], BOUNDARY_FREQ)


@functools.cache
def area_suffixes() -> tuple[AreaSuffix, ...]:
    """The named-area suffixes, longest first.

    >>> AreaSuffix("高新区", True) in area_suffixes()
    True
    """
    out = []
    for line in _lines("area_suffixes.tsv"):
        suffix, mode = line.split("\t")[:2]
        out.append(AreaSuffix(suffix, mode.strip() == "city"))
    return tuple(sorted(out, key=lambda s: -len(s.suffix)))


@functools.cache
def area_pattern() -> re.Pattern[str]:
    """One regex of every area suffix, longest first."""
    return re.compile("|".join(re.escape(s.suffix) for s in area_suffixes()))


@functools.cache
def name_stops() -> NameStops:
    """The parsed ``place_name_stops.txt``."""
    left: set[str] = set()
    adverbs: set[str] = set()
    function: set[str] = set()
    starts, ends, exact, confirm, project, facility = [], [], set(), [], [], []
    for line in _lines("place_name_stops.txt"):
        word = line.split("#", 1)[0].strip()
        if word.startswith("<?"):
            adverbs.update(word[2:])
        elif word.startswith("<!"):
            function.update(word[2:])
        elif word.startswith("<"):
            left.update(word[1:])
        elif word.startswith("^"):
            starts.append(word[1:])
        elif word.startswith("="):
            exact.add(word[1:])
        elif word.startswith(">"):
            confirm.append(word[1:])
        elif word.startswith("~"):
            project.append(word[1:])
        elif word.startswith("@"):
            facility.append(word[1:])
        elif word:
            ends.append(word)
    return NameStops(
        frozenset(left | adverbs | function),
        frozenset(adverbs),
        frozenset(function),
        tuple(starts),
        tuple(ends),
        frozenset(exact),
        tuple(confirm),
        tuple(project),
        tuple(facility),
    )


def is_name_char(c: str) -> bool:
    """A character a proper place name is written with: CJK, digit or Latin letter."""
    return "\u4e00" <= c <= "\u9fff" or (c.isascii() and c.isalnum())


def word_tag(word: str) -> str | None:
    """jieba's POS tag of a dictionary word common enough to trust, else None."""
    if not is_word(word, _TAG_MIN_FREQ):
        return None
    return word_tags().get(word)


def _is_function_word(word: str) -> bool:
    tag = word_tag(word)
    return tag is not None and tag not in _NOUN_TAGS


def _stops_name(word: str) -> bool:
    """Whether a jieba word ends a name on the left: any non-noun word, or a one-character
    particle, preposition, adverb, pronoun, numeral or measure word (伞|铺 is a name, 对 is not)."""
    if len(word) > 1:
        return _is_function_word(word)
    tag = word_tag(word)
    return tag is not None and tag[0] in _PARTICLE_TAGS


def is_boundary_word(word: str) -> bool:
    """Whether a jieba word cannot be inside a name: a verb, adverb or other non-noun,
    or a one-character particle, preposition, numeral or measure word.

    >>> is_boundary_word("考察"), is_boundary_word("电器")
    (True, False)
    """
    return _stops_name(word)


def is_generic(name: str, village: bool = False) -> bool:
    """Whether a suffix-found name is no proper name (a verb, a modifier, a determiner).

    >>> is_generic("产业"), is_generic("自主创新"), is_generic("提高"), is_generic("田心")
    (True, True, True, False)
    >>> is_generic("农", village=True), is_generic("青山", village=True)
    (True, False)
    """
    return is_stopped(name, village) or _is_function_word(name)


def is_stopped(name: str, village: bool = False) -> bool:
    """Whether :func:`is_generic` holds by the stop lists or the length alone, whatever jieba's tag.

    >>> is_stopped("提高"), is_generic("提高"), is_stopped("农", village=True)
    (False, True, True)
    """
    stops = name_stops()
    if not name or (len(name) < 2 and not name.isascii()):
        return True
    if name in stops.exact and village:
        return True
    if name.startswith(stops.starts) or name.endswith(stops.ends):
        return True
    # a village after its town may be 三合村; an area name has no 的, 一 …
    return not village and any(c in stops.left for c in name)


GOING_TO = frozenset("来到赴至去抵进")
"""One-character verbs of going (考察团来|某某新区): no part of a place's or a title's name after them."""


def left_name(text: str, stop: int, longest: int = MAX_NAME, loose: bool = False) -> str:
    """The proper name written just before ``text[stop:]``, or '' when there is none.

    Reads name characters back to a boundary (punctuation, a function word or
    measure word from ``place_name_stops.txt``), cuts them into jieba words
    and keeps the trailing words up to ``longest`` characters, stopping at a
    verb, adverb or other non-noun jieba knows (推动|清水塘, 看好|武广).
    ``loose`` lets single characters through (a transliterated name such as
    a Yi or Mongolian one is cut into characters jieba tags as adverbs).

    >>> left_name("来到乌兰巴日", 6, 5), left_name("来到乌兰巴日", 6, 5, loose=True)
    ('', '乌兰巴日')
    >>> left_name("考察团来西海岸新区", 7)
    '西海岸'
    """
    stops = name_stops()
    left = stops.left - stops.adverbs if loose else stops.left
    i = stop
    while i > 0 and stop - i < _RUN and is_name_char(text[i - 1]) and text[i - 1] not in left:
        i -= 1
    name = ""
    for word in reversed(list(jieba.cut(text[i:stop], HMM=False))):
        if (_stops_name(word) and not (loose and len(word) == 1)) or len(name) + len(word) > longest:
            break
        if word in GOING_TO and len(name) >= 2:
            break  # 考察团|来|西海岸新区: a verb of going cut off as a word of its own before a name
        name = word + name
    if len(name) < 2 and not (name.isascii() and name):
        return ""
    return name


def in_company_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a company's name (某省某某科技有限公司).

    A company registered with a region's name does not mention the region:
    what follows up to a company suffix (``org_suffixes.txt``) is nouns only.

    >>> in_company_name("由浙江德力电器有限公司建设", 3), in_company_name("赴深圳考察华为公司", 3)
    (True, False)
    """
    i = end
    while i < len(text) and i - end < _COMPANY_RUN and is_name_char(text[i]):
        i += 1
    run = text[end:i]
    hits = [run.find(x) for x in _company_suffixes() if x in run]
    if not hits:
        return False
    segment = run[: min(hits)]
    if set(segment) & name_stops().function:
        return False  # 深圳与某某公司
    return not any(len(w) > 1 and is_boundary_word(w) for w in jieba.cut(segment, HMM=False))


@functools.cache
def _company_suffixes() -> tuple[str, ...]:
    """Company suffixes of ``org_suffixes.txt`` (有限公司, 集团 …)."""
    table = lexicon.table("org_suffixes")
    return tuple(w for w, kind in table.items() if kind == "company" and ("公司" in w or w == "集团"))
