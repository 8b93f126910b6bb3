"""China's administrative divisions with their official codes, and a fast place-name scanner.

The data (``kg/data/divisions.tsv``) is a one-time conversion of a public
dataset of the Ministry of Civil Affairs' national place-name database; see
``kg/data/DIVISIONS.md`` for its source, vintage and licence. Codes are the
six-digit GB/T 2260 codes for provinces, prefectures and counties, and the
nine-digit codes (county code + three digits) for towns, townships and
sub-districts (乡镇街道). kg never fetches anything at run time.

>>> gaz = Gazetteer.load()
>>> gaz.by_code("430203").name
'芦淞区'
>>> [d.code for d in gaz.lookup("株洲")]
['430200']
>>> [d.name for d in gaz.chain("430211102")]
['雷打石镇', '天元区', '株洲市', '湖南省']
>>> text = "湖南省株洲市天元区雷打石镇"
>>> [s for _, _, s in gaz.scan(text)]
['湖南省', '株洲市', '天元区', '雷打石镇']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files

import ahocorasick

from kg.data.historic import historic_names
from kg.vocab import PlaceLevel

__all__ = [
    "BOUNDARY_FREQ",
    "LEVELS",
    "MIN_SCAN_TOWN",
    "ORDINARY_FREQ",
    "ORDINARY_FREQ_PLACE",
    "PLACE_FREQ_FULL",
    "Division",
    "Gazetteer",
    "is_ordinary_word",
    "short_form",
]

LEVELS = tuple(
    level.value for level in (PlaceLevel.PROVINCE, PlaceLevel.PREFECTURE, PlaceLevel.COUNTY, PlaceLevel.TOWN)
)
"""Division levels, top down."""

_SIG = dict(zip(LEVELS, (2, 4, 6, 9), strict=True))  # significant code digits per level

MIN_SCAN_TOWN = 3
"""Town names shorter than this (泊镇, 新镇) are found by lookup() but not by scan()."""

# The jieba rule for county-level short forms (see is_ordinary_word).
ORDINARY_FREQ = 100
"""jieba frequency at or above which a word jieba does not tag ``ns`` is an ordinary word."""
ORDINARY_FREQ_PLACE = 400
"""jieba frequency at or above which even an ``ns`` word is too common (江南, 中原, 南海)."""
PLACE_FREQ_FULL = 100
"""jieba frequency of the *full* name at or above which jieba's corpus evidently uses the place."""
BOUNDARY_FREQ = 100
"""jieba frequency from which a two-character word marks a boundary a short form must not cut."""
_NOT_FORMER = re.compile(r"域|[(（][市区县旗]")  # after a former name: 城南区|域, 瑞安县|(市)委


def _lines(name: str) -> list[str]:
    """Non-comment lines of a packaged lexicon, without trailing ``# comments``."""
    text = files("kg").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            out.append(word)
    return out


@functools.cache
def _lexicons() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    lines = _lines("division_suffixes.txt")
    suffixes = tuple(s for s in lines if not s.startswith("!"))
    blocked = tuple(s[1:] for s in lines if s.startswith("!"))
    ethnic = tuple(sorted(_lines("ethnic_groups.txt"), key=len, reverse=True))
    return suffixes, blocked, ethnic


def short_form(name: str, level: str = PlaceLevel.COUNTY.value) -> str | None:
    """The short form of a division's full name, or None when none is safe.

    Strips one suffix (``division_suffixes.txt``), then ethnic-group names
    (``ethnic_groups.txt``); keeps the rest only if ≥ 2 characters remain.
    Towns never get one.

    >>> short_form("湖南省"), short_form("湘西土家族苗族自治州"), short_form("新疆维吾尔自治区")
    ('湖南', '湘西', '新疆')
    >>> [short_form(n) for n in ("攸县", "鄂温克族自治旗", "土默特左旗")], short_form("雷打石镇", "town")
    ([None, None, None], None)
    """
    suffixes, blocked, ethnic = _lexicons()
    if level == PlaceLevel.TOWN or name.endswith(blocked):
        return None
    suffix = next((s for s in suffixes if name.endswith(s) and len(name) > len(s)), None)
    if suffix is None:
        return None
    base = name[: -len(suffix)]
    if base in ethnic:
        return None  # nothing but an ethnic name is left (鄂温克族自治旗)
    forms, by_length = _ethnic_lookup(ethnic)
    while True:
        # the longest ethnic name ending the base that leaves two characters (one of a length may end it)
        group = next((base[-n:] for n, names in by_length if len(base) - n >= 2 and base[-n:] in names), None)
        if group is None:
            break
        base = base[: -len(group)]
    return base if len(base) >= 2 and base not in forms else None


@functools.cache
def _ethnic_forms(ethnic: tuple[str, ...]) -> tuple[str, ...]:
    """Ethnic names with and without a final 族 (维吾尔族, 维吾尔), longest first."""
    bare = (e[:-1] for e in ethnic if e.endswith("族") and len(e) >= 3)
    return tuple(sorted({*ethnic, *bare}, key=len, reverse=True))


@functools.cache
def _ethnic_lookup(ethnic: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]:
    """:func:`_ethnic_forms` as one set, and by length, longest first: what :func:`short_form` asks of every
    division's name with one set lookup per length, not one test per name."""
    forms = _ethnic_forms(ethnic)
    lengths = sorted({len(f) for f in forms}, reverse=True)
    return frozenset(forms), tuple((n, frozenset(f for f in forms if len(f) == n)) for n in lengths)


def is_ordinary_word(word: str, full: str, freq: int, tag: str | None, full_freq: int = 0) -> bool:
    """Whether a county-level short form is an everyday word, from jieba's dictionary evidence.

    ``freq``/``tag`` are jieba's frequency and POS tag of ``word``;
    ``full_freq`` that of the full name ``full``. The rule: a word is
    ordinary if jieba has it at ``ORDINARY_FREQ`` or more with a tag other
    than ``ns`` (place), or at ``ORDINARY_FREQ_PLACE`` or more even as
    ``ns`` (generic geography: 江南, 南海, 东湖) — unless jieba's corpus also
    uses the full name ``full`` often (``full_freq >= PLACE_FREQ_FULL``:
    石首市, 仙桃市), which shows the short form's frequency is the place's.

    >>> is_ordinary_word("和平", "和平区", 7998, "nz", 47)
    True
    >>> is_ordinary_word("石首", "石首市", 30746, "n", 6148)
    False
    >>> is_ordinary_word("江南", "江南区", 4986, "ns", 2), is_ordinary_word("醴陵", "醴陵市", 308, "ns", 6)
    (True, False)
    """
    del full  # part of the signature for callers' clarity; the evidence is in the numbers
    if full_freq >= PLACE_FREQ_FULL:
        return False
    return freq >= (ORDINARY_FREQ_PLACE if tag == "ns" else ORDINARY_FREQ)


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: official code, full name, level, parent code and short forms.

    >>> Gazetteer.load().by_code("430281")
    Division(code='430281', name='醴陵市', level='county', parent='430200', short=('醴陵',))
    """

    code: str
    name: str
    level: str  # 'province' | 'prefecture' | 'county' | 'town'
    parent: str | None  # parent code; None for provinces
    short: tuple[str, ...] = ()  # short forms safe to match in text
    aliases: tuple[str, ...] = field(default=(), repr=False)  # other written forms (凉山州)

    @property
    def prefix(self) -> str:
        """The significant digits of the code: ``43`` for 湖南省, ``4302`` for 株洲市."""
        return self.code[: _SIG[self.level]]


def _normalise(code: str) -> str:
    """A 6-, 9- or 12-digit code in kg's form (6 digits for counties and up, 9 for towns)."""
    code = code.strip()
    if len(code) == 12 and code.endswith("000"):
        code = code[:9]
    if len(code) == 9 and code.endswith("000"):
        code = code[:6]
    return code


def _closeness(a: Division, b: Division) -> int:
    """How many levels of code two divisions share: 0 (other province) … 4 (same town)."""
    n = 0
    for level in LEVELS:
        k = _SIG[level]
        if len(a.prefix) < k or len(b.prefix) < k or a.code[:k] != b.code[:k]:
            break
        n += 1
    return n


@dataclass(frozen=True)
class Near:
    """The code prefixes of the divisions seen in context, per level: :meth:`Gazetteer.resolve` asks it
    how close a candidate is in one set lookup per level, whatever the number of divisions seen."""

    prefixes: frozenset[tuple[int, str]]

    def closeness(self, c: Division) -> int:
        """``max(_closeness(c, n) for n in context)``, 0 for an empty context."""
        n = 0
        for level in LEVELS:
            k = _SIG[level]
            if len(c.prefix) < k or (k, c.code[:k]) not in self.prefixes:
                break
            n += 1
        return n


class Gazetteer:
    """Look up, resolve and scan China's administrative divisions.

    Use :meth:`load` (one instance per process) rather than the constructor.
    """

    def __init__(self, divisions: Iterable[Division], stop: Iterable[str] = (), historic: Iterable[str] = ()) -> None:
        self._by_code: dict[str, Division] = {d.code: d for d in divisions}
        self._stop = frozenset(stop)
        self._by_name: dict[str, list[Division]] = {}
        for d in self._by_code.values():
            for key in (d.name, *d.short, *d.aliases):
                self._by_name.setdefault(key, []).append(d)
        # former full names (襄樊市) that are no current name, short form or alias: scan(historic=True)
        self._historic = frozenset(h for h in historic if h not in self._by_name and h not in self._stop)
        self._automaton: ahocorasick.Automaton | None = None
        self._with_historic: ahocorasick.Automaton | None = None
        self._keys: list[tuple[str, int]] | None = None  # _scan_keys, kept until both automatons are built
        self._bounds: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # short → (before, after)
        self._sorted: dict[str, tuple[Division, ...]] = {}  # name → lookup(name), as it is asked for

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, read once per process.

        >>> Gazetteer.load() is Gazetteer.load()
        True
        """
        return _load(cls)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Division]:
        return iter(self._by_code.values())

    def by_code(self, code: str) -> Division | None:
        """The division with this code (6, 9 or 12 digits), or None.

        >>> Gazetteer.load().by_code("430211102000").name
        '雷打石镇'
        """
        return self._by_code.get(_normalise(code))

    def lookup(self, name: str) -> tuple[Division, ...]:
        """All divisions whose full name or short form is ``name``, in code order.

        >>> [d.code for d in Gazetteer.load().lookup("朝阳区")]
        ['110105', '220104']
        """
        found = self._sorted.get(name)
        if found is None:
            divisions = self._by_name.get(name)
            if not divisions:
                return ()
            found = self._sorted[name] = tuple(sorted(divisions, key=lambda d: d.code))  # sorted once per name
        return found

    def chain(self, code: str) -> tuple[Division, ...]:
        """The division and its ancestors up to the province; empty for an unknown code.

        >>> [d.code for d in Gazetteer.load().chain("430203")]
        ['430203', '430200', '430000']
        """
        out: list[Division] = []
        d = self.by_code(code)
        while d is not None:
            out.append(d)
            d = self._by_code.get(d.parent) if d.parent else None
        return tuple(out)

    def near(self, codes: Iterable[str]) -> Near:
        """The context of :meth:`resolve` for the divisions with these codes (unknown codes are ignored)."""
        prefixes: set[tuple[int, str]] = set()
        for d in map(self.by_code, dict.fromkeys(codes)):
            if d is None:
                continue
            for level in LEVELS:
                k = _SIG[level]
                if len(d.prefix) < k:
                    break
                prefixes.add((k, d.code[:k]))
        return Near(frozenset(prefixes))

    def resolve(self, name: str, near: Iterable[str] | Near = ()) -> Division | None:
        """The one division ``name`` stands for, using codes seen in context; None if undecided.

        A full-name match beats a short-form match. Among several
        candidates, the one sharing the most code levels with a division in
        ``near`` wins (same province < same prefecture < same county); a tie
        or no shared level leaves the name unresolved.

        >>> gaz = Gazetteer.load()
        >>> gaz.resolve("朝阳区") is None
        True
        >>> gaz.resolve("朝阳区", near=["110000"]).code
        '110105'
        """
        candidates = self.lookup(name)
        full = tuple(d for d in candidates if d.name == name)
        candidates = full or candidates
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        context = near if isinstance(near, Near) else self.near(near)
        scored = sorted(((context.closeness(c), c) for c in candidates), key=lambda sc: -sc[0])
        best, runner_up = scored[0][0], scored[1][0]
        return scored[0][1] if best > runner_up else None

    def scan(self, text: str, historic: bool = False) -> Iterator[tuple[int, int, str]]:
        """Every place-name occurrence in ``text`` as ``(start, end, surface)``.

        With ``historic``, former full names (:mod:`kg.data.historic`: 襄樊市) are
        keys too, matched leftmost-longest with the rest (:meth:`lookup` knows none
        of them), but not where a word goes on (城南区|域, 沙市市|场) or a bracket adds
        a level (瑞安县|(市)委: a county or city); there what the plain scan finds stands.

        Leftmost-longest matching, no overlaps. Keys are full names (town
        names of at least ``MIN_SCAN_TOWN`` characters) and safe short forms,
        less ``place_stop.txt``. A two-character short form must not cut a
        common word (``place_boundaries.tsv``): 新平 is not found in 创新平台,
        长阳 not in 市长阳建国 — unless it touches another place (湖南湘潭).

        >>> list(Gazetteer.load().scan("广东省深圳市和浙江杭州"))
        [(0, 3, '广东省'), (3, 6, '深圳市'), (7, 9, '浙江'), (9, 11, '杭州')]
        >>> list(Gazetteer.load().scan("搭建创新平台"))
        []
        >>> [s for _, _, s in Gazetteer.load().scan("襄樊市和株洲县，瑞安县(市)委", historic=True)]
        ['襄樊市', '株洲县', '瑞安']
        """
        plain = self._automaton or self._build()
        if not historic:
            return self._hits(plain, text)
        hits = list(self._hits(self._with_historic or self._build(historic=True), text))
        former = [h for h in hits if h[2] in self._historic]
        kept = [h for h in former if not (_NOT_FORMER.match(text, h[1]) or self._doubled(text, *h))]
        if len(kept) == len(former):
            return iter(hits)
        taken = [(s, e) for s, e, _ in kept]
        rest = (h for h in self._hits(plain, text) if not any(s < h[1] and h[0] < e for s, e in taken))
        return iter(sorted([*kept, *rest]))

    def stopped_names(self) -> frozenset[str]:
        """Full division names kept out of :meth:`scan` because they are everyday words (城区, 郊区).

        >>> "郊区" in Gazetteer.load().stopped_names()
        True
        """
        return frozenset(n for n in self._stop if n in self._by_name)

    def _doubled(self, text: str, start: int, stop: int, name: str) -> bool:
        """Whether a former name ending in a doubled suffix cuts a word after it: 沙市|市场 is 沙市 and 市场."""
        del start
        if name[-1] != name[-2] or stop >= len(text):
            return False
        after = next((b[1] for s, b in self._bounds.items() if s[-1] == name[-1]), frozenset())
        return text[stop] in after

    def _hits(self, automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, str]]:
        raw = self._raw(automaton, text)
        prev_stop, hit = -1, next(raw, None)
        while hit is not None:
            following = next(raw, None)
            start, stop, surface = hit
            bounds = self._bounds.get(surface)
            if bounds is None or not (
                (start > 0 and start != prev_stop and text[start - 1] in bounds[0])
                or (stop < len(text) and (following is None or following[0] != stop) and text[stop] in bounds[1])
            ):
                yield hit
            prev_stop, hit = stop, following

    @staticmethod
    def _raw(automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, str]]:
        for end, length in automaton.iter_long(_encode(text)):
            if (end + 1) % 4 == 0:  # aligned to whole characters (always, but for NUL-laden text)
                stop = (end + 1) // 4
                yield stop - length, stop, text[stop - length : stop]

    def _scan_keys(self) -> list[tuple[str, int]]:
        """The keys both automatons hold, encoded (:func:`_encode`), with their lengths, in the order they are
        added: every name but stop-listed ones and town names shorter than ``MIN_SCAN_TOWN``. Made once for
        the two (:meth:`scan` builds both, the historic one adding former names)."""
        if self._keys is None:
            self._keys = [
                (_encode(key), len(key))
                for key, divisions in self._by_name.items()
                if key not in self._stop
                and not (all(d.level == PlaceLevel.TOWN for d in divisions) and len(key) < MIN_SCAN_TOWN)
            ]
        return self._keys

    def _build(self, historic: bool = False) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for encoded, length in self._scan_keys():
            automaton.add_word(encoded, length)
        for key in self._historic if historic else ():
            automaton.add_word(_encode(key), len(key))
        automaton.make_automaton()
        if not self._bounds:
            text = files("kg").joinpath("data", "place_boundaries.tsv").read_text(encoding="utf-8")
            for line in text.splitlines():
                if line.startswith("#"):
                    continue
                short, before, after = line.split("\t")
                if short in self._by_name and all(d.name != short for d in self._by_name[short]):
                    self._bounds[short] = (frozenset(before), frozenset(after))
        if historic:
            self._with_historic = automaton
        else:
            self._automaton = automaton
        if self._automaton is not None and self._with_historic is not None:
            self._keys = None  # both built: the keys are no longer needed
        return automaton


def _encode(text: str) -> str:
    """Each character as its 4 UTF-32 bytes (as latin-1 symbols), for a fast automaton.

    pyahocorasick searches a node's children linearly, and the root of a
    gazetteer has ~3,000 (every first character of a place name), which holds
    scanning to ~2 M chars/s. Over bytes a node has at most 256 children and
    scanning runs ~7x faster. UTF-32 gives every code point the same width,
    so offsets divide by 4 exactly, and its zero bytes keep a match from
    starting inside a character.
    """
    return text.encode("utf-32-be").decode("latin-1")


def _read_divisions() -> list[Division]:
    """Rows of divisions.tsv (code, name, level, parent), with short forms applied."""
    stop = set(_lines("place_stop.txt"))
    county_stop = set(_lines("place_stop_jieba.txt"))
    rows = []
    text = files("kg").joinpath("data", "divisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        code, name, level, parent = line.split("\t")
        rows.append((code, name, level, parent or None))
    # A short form equal to a higher division's name or short form belongs to that division
    # (长沙 is 长沙市, not 长沙县; 吉林 is 吉林省, not 吉林市).
    taken: dict[str, int] = {}
    shorts: dict[str, str | None] = {}
    for code, name, level, _ in rows:
        rank = LEVELS.index(level)
        s = short_form(name, level)
        shorts[code] = s
        for key in (name, s):
            if key is not None:
                taken[key] = min(taken.get(key, rank), rank)
    full_names = {name for _, name, _, _ in rows}
    out = []
    for code, name, level, parent in rows:
        s = shorts[code]
        ok = (
            s is not None
            and s not in stop
            and taken[s] >= LEVELS.index(level)
            and not (level == PlaceLevel.COUNTY and s in county_stop)
        )
        alias = _autonomous_alias(name, s)
        aliases = (alias,) if alias and alias not in full_names else ()
        out.append(Division(code, name, level, parent, (s,) if ok and s else (), aliases))
    return out


def _autonomous_alias(name: str, short: str | None) -> str | None:
    """How news shortens an autonomous prefecture or county (凉山彝族自治州 → 凉山州) or a banner.

    >>> _autonomous_alias("恩施土家族苗族自治州", "恩施"), _autonomous_alias("长阳土家族自治县", "长阳")
    ('恩施州', '长阳县')
    >>> _autonomous_alias("科尔沁右翼中旗", None), _autonomous_alias("土默特右旗", None)
    ('科右中旗', '土右旗')
    >>> _autonomous_alias("东乌珠穆沁旗", None), _autonomous_alias("巴林左旗", None) is None
    ('东乌旗', True)
    >>> _autonomous_alias("株洲市", "株洲") is None
    True
    """
    if (banner := _BANNER.fullmatch(name)) is not None:
        return banner.group(1)[0] + banner.group(2)[0] + (banner.group(3) or "") + "旗"
    if (east_west := _EAST_WEST_BANNER.fullmatch(name)) is not None:
        return east_west.group(1) + east_west.group(2)[0] + "旗"
    if short is None:
        return None
    for suffix in ("自治州", "自治县"):
        if name.endswith(suffix):
            return short + suffix[-1]
    return None


# How news shortens a banner with a wing or a position (domain knowledge of Inner Mongolia's names):
# 科尔沁右翼中旗 → 科右中旗, 土默特左旗 → 土左旗, 乌拉特前旗 → 乌前旗; 东乌珠穆沁旗 → 东乌旗.
_BANNER = re.compile(r"([\u4e00-\u9fff]{3,4}?)(左翼|右翼|左|右|前|中|后)([前中后])?旗")
_EAST_WEST_BANNER = re.compile(r"([东西])([\u4e00-\u9fff]{3,4})旗")


@functools.cache
def _load(cls: type[Gazetteer]) -> Gazetteer:
    return cls(_read_divisions(), stop=_lines("place_stop.txt"), historic=historic_names())
