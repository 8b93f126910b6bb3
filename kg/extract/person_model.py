"""A learned person-name tagger: a character CRF (python-crfsuite) over labelled news text.

The title grammar finds officials and :mod:`kg.extract.name_candidates` finds names with a
cue beside them; this model proposes the rest (athletes, villagers, scholars, foreigners)
from what a name looks like and what stands around it. It is one *candidate* source:
:func:`kg.extract.name_candidates.model_names` keeps a proposal only when the model's
confidence (the marginal probability of its tags) is high enough and it passes the same
name checks as every other candidate.

The model file ``kg/data/person_model.crfsuite`` is made by ``scripts/make_person_model.py``
from labelled sentences (BIO tags). It stores feature weights over single characters,
hashed character pairs and triples, character classes, dictionary word tags and lexicon
flags (surnames, transliteration characters, titles, speech verbs): no list of names.

>>> spans = person_spans("运动员赵小满在比赛中夺冠。")
>>> all(0 <= s < e for s, e, _ in spans)
True
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import struct
import sys
import threading
from array import array
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from kg.data import lexicon
from kg.extract.names import is_transliteration
from kg.extract.tokens import dictionary_tokens

__all__ = ["MODEL_FILE", "bio_spans", "features", "person_spans", "sentences"]

MODEL_FILE = "person_model.crfsuite"
_BUCKETS = (1 << 20) - 1
_PAD = "\x02"
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*")
_MAX_LEN = 200  # a longer run is cut at commas, so one tagging stays short


@lexicon.cached
def _char_kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    surnames = lexicon.words("surnames")
    single = frozenset(s for s in surnames if len(s) == 1)
    compound = frozenset(s for s in surnames if len(s) == 2)
    translit = frozenset(c for _, line in lexicon.lines("translit_chars") if is_transliteration(c := line[0]))
    return single, compound, translit


@lexicon.cached
def _char_stats() -> dict[str, str]:
    """``char → coarse classes`` from ``name_chars``: how often jieba's dictionary has it in a
    given name (log buckets), and whether labelled text never shows it in one."""
    out: dict[str, str] = {}
    for _, line in lexicon.lines("name_chars"):
        c, given, seen, in_dict, _ = line.split("\t")
        d = int(in_dict)
        bucket = "0" if d == 0 else "1" if d < 4 else "2" if d < 16 else "3" if d < 64 else "4"
        out[c] = bucket + ("n" if int(given) == 0 and int(seen) >= 20 else "")
    return out


@lexicon.cached
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Titles of public posts (a name often follows one) and speech verbs (one often follows a name)."""
    titles = frozenset(lexicon.table("titles")) | lexicon.words("business_titles")
    speech = frozenset(lexicon.table("speech_verbs"))
    return lexicon.alternation(titles), lexicon.alternation(speech)


def _kind(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "h"
    if c.isdigit() or "\uff10" <= c <= "\uff19":
        return "d"
    if c.isascii() and c.isalpha():
        return "a"
    return "p"


def _word_tags(text: str) -> list[str]:
    """Per character: the POS of the dictionary word holding it and its place in the word (B/M/E/S).

    >>> _word_tags("村民贺秋菊说")
    ['nB', 'nE', 'nrS', 'tS', 'nS', 'vS']
    """
    out = ["x"] * len(text)
    for start, end, _, pos in dictionary_tokens(text):
        out[start:end] = _places_in_word(pos, end - start)
    return out


@functools.lru_cache(maxsize=1 << 12)
def _places_in_word(pos: str, n: int) -> tuple[str, ...]:
    """The :func:`_word_tags` of the characters of one ``n``-character word tagged ``pos``
    (``nrB``, ``nrM``, ``nrE``; ``nrS`` alone), each string interned: a few dozen distinct tags, one object each.

    >>> _places_in_word("nr", 4), _places_in_word("v", 1)
    (('nrB', 'nrM', 'nrM', 'nrE'), ('vS',))
    """
    if n == 1:
        return (sys.intern(pos + "S"),)
    return (sys.intern(pos + "B"), *[sys.intern(pos + "M")] * (n - 2), sys.intern(pos + "E"))


@functools.lru_cache(maxsize=4)
def _page_word_tags(text: str) -> tuple[str, ...]:
    """:func:`_word_tags` of the whole of ``text``, remembered: a page is tagged window by window, and each
    window reads the tags of its own characters only (the same as those of the words reaching into it)."""
    return tuple(_word_tags(text))  # interned by _places_in_word (but "x", itself one object)


def _hashes(p: str) -> tuple[list[str], list[str]]:
    """The hashed attribute values of every two- and three-character window of ``p``, in
    order: the model file holds weights of hashed character pairs and triples, never text."""
    o = [ord(c) for c in p]
    pair = [(a * 1000003 ^ b) * 2654435761 for a, b in itertools.pairwise(o)]
    h2 = [f"{(x >> 7) & _BUCKETS:x}" for x in pair]
    h3 = [f"{((x * 1000003 ^ c) * 2654435761 >> 7) & _BUCKETS:x}" for x, c in zip(pair, o[2:], strict=False)]
    return h2, h3


@functools.lru_cache(maxsize=1 << 14)
def _char_attrs(c: str) -> tuple[tuple[str, ...], ...]:
    """The attributes of one character as it stands at, before, after, two before and two
    after the tagged position, and its flags (surname, transliteration)."""
    single, _, translit = _char_kinds()
    stats = _char_stats().get(c, "-")
    sur, tr = c in single, c in translit
    return (
        ("c=" + c, "s=" + stats, *(("sur",) if sur else ()), *(("tr",) if tr else ())),
        ("p=" + c, *(("psur",) if sur else ())),
        ("n=" + c, "sn=" + stats),
        ("pp=" + c, *(("ppsur",) if sur else ())),
        ("nn=" + c,),
        (_kind(c),),
    )


def features(text: str, words: Sequence[str] | None = None) -> list[list[str]]:
    """One list of attribute strings per character of ``text`` (the CRF's input).

    ``words`` are the per-character word tags (:func:`_word_tags`) when the caller has
    them for a larger text.

    >>> f = features("王五")
    >>> len(f), f[0][0], "sur" in f[0], f[1][0]
    (2, 'c=王', True, 'c=五')
    """
    _, compound, translit = _char_kinds()
    wt = _word_tags(text) if words is None else words
    p = _PAD * 2 + text + _PAD * 3
    h2, h3 = _hashes(p)
    attrs = [_char_attrs(c) for c in p]
    cues = _cue_attrs(text)
    out: list[list[str]] = []
    for i in range(len(text)):
        j = i + 2
        here, before, after = attrs[j], attrs[j - 1], attrs[j + 1]
        f = [
            *here[0],
            *before[1],
            *after[2],
            *attrs[j - 2][3],
            *attrs[j + 2][4],
            "pc" + h2[j - 1],
            "cn" + h2[j],
            "pp" + h2[j - 2],
            "nn" + h2[j + 1],
            "pcn" + h3[j - 1],
        ]
        f += _context_attrs(p, i, wt, before[5][0] + here[5][0] + after[5][0], cues, compound, translit)
        out.append(f)
    return out


def _context_attrs(
    p: str,
    i: int,
    words: Sequence[str],
    kinds: str,
    cues: dict[int, list[str]],
    compound: frozenset[str],
    translit: frozenset[str],
) -> list[str]:
    """The attributes of position ``i`` read from its surroundings, in the order the model learned them:
    the kinds of the characters around it, the word tags at, before and after it, a compound surname
    opening there, transliteration characters beside one, and the title and speech cues
    (:func:`_cue_attrs`). ``p`` is the text padded as :func:`features` pads it (two characters in
    front, three behind), so the text is ``len(p) - 5`` characters long.

    >>> p = _PAD * 2 + "欧阳" + _PAD * 3
    >>> _context_attrs(p, 0, ["nrB", "nrE"], "phh", {}, frozenset({"欧阳"}), frozenset())
    ['k=phh', 'w=nrB', 'wp=^', 'wn=nrE', 'sur2']
    """
    j = i + 2
    c = p[j]
    following = words[i + 1] if i + 1 < len(p) - 5 else "$"
    f = ["k=" + kinds, "w=" + words[i], "wp=" + (words[i - 1] if i else "^"), "wn=" + following]
    if c + p[j + 1] in compound:
        f.append("sur2")
    if c in translit:
        if p[j - 1] in translit:
            f.append("trp")
        if p[j + 1] in translit:
            f.append("trn")
    if i in cues:
        f.extend(cues[i])
    return f


class _Known(NamedTuple):
    """What the model file has weights for: attribute names, and the buckets of its hashed pair and
    triple attributes (``pc``, ``cn``, ``pp``, ``nn``, ``pcn``) as numbers."""

    attrs: frozenset[str]
    pc: frozenset[int]
    cn: frozenset[int]
    pp: frozenset[int]
    nn: frozenset[int]
    pcn: frozenset[int]


_HASHED = re.compile(r"(pcn|pc|cn|pp|nn)([0-9a-f]+)")


@functools.cache
def _known() -> _Known:
    """The attributes the model file has state features for; crfsuite skips every other one."""
    attrs = _model_attributes()
    buckets: dict[str, set[int]] = {k: set() for k in _Known._fields[1:]}
    for a in attrs:
        if m := _HASHED.fullmatch(a):
            buckets[m.group(1)].add(int(m.group(2), 16))
    return _Known(attrs, *(frozenset(buckets[k]) for k in _Known._fields[1:]))


def _model_attributes() -> frozenset[str]:
    """The attribute dictionary of the model file (crfsuite keeps only attributes with a feature).

    Read from the file's attribute CQDB (a tenth of the time of ``Tagger.info()``, which
    writes and parses a dump of every weight); ``info()`` when the file is laid out otherwise.
    """
    data = (resources.files("kg.data") / MODEL_FILE).read_bytes()
    try:
        magic, *_, base = struct.unpack_from("<4sI4sIIIIIII", data, 0)  # header up to the attributes' offset
        chunk, _, _, _, count, table = struct.unpack_from("<4sIIIII", data, base)
        if magic == b"lCRF" and chunk == b"CQDB":
            keys = []
            for (at,) in struct.iter_unpack("<I", data[base + table : base + table + 4 * count]):
                (size,) = struct.unpack_from("<I", data, base + at + 4)  # a record: id, key size, key and NUL
                keys.append(data[base + at + 8 : base + at + 7 + size].decode())
            return frozenset(keys)
    except (struct.error, UnicodeDecodeError):
        pass
    return frozenset(a for a, _ in _tagger().info().state_features)


@functools.lru_cache(maxsize=1 << 14)
def _known_char_attrs(c: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...],
                                       tuple[bytes, ...], str, bool]:  # fmt: skip
    """:func:`_char_attrs` less the attributes the model lacks, in UTF-8 (crfsuite reads bytes as they
    are, and would encode a string on every tagging), then the character's kind (``h``, ``d``, ``a``,
    ``p``) and whether it is a transliteration character."""
    known = _known().attrs
    *places, (kind,) = _char_attrs(c)
    return (*(tuple(a.encode() for a in attrs if a in known) for attrs in places), kind, c in _char_kinds()[2])


@lexicon.cached
def _compound_starts() -> re.Pattern[str]:
    """Every position where a compound surname (欧阳, 司马) starts (zero-width, so overlapping starts all match)."""
    return re.compile(f"(?={lexicon.alternation(_char_kinds()[1]).pattern})")


_LOW = (1 << 27) - 1  # the hashes' bits 7 to 26 (what _BUCKETS keeps after >> 7) depend on their low 27 bits only
_MUL = 2654435761 & _LOW


def _buckets(p: str) -> tuple[list[int], list[int]]:
    """The buckets of every hashed pair and triple of ``p``, those of :func:`_hashes` as numbers (one
    entry more at the end of each, two for triples: nothing reads those).

    Computed for the whole of ``p`` at once: each character's code stands in its own 64-bit lane of one
    int, and only the low 27 bits of each step are kept (all the bits a bucket reads), so no product
    reaches 2**54 and no lane carries into the next: a dozen operations on one int, not a dozen on
    small ints for every character.

    >>> p = _PAD * 2 + "王五" + _PAD * 3
    >>> pairs, triples = _buckets(p)
    >>> [f"{b:x}" for b in pairs[:-1]] == _hashes(p)[0], [f"{b:x}" for b in triples[:-2]] == _hashes(p)[1]
    (True, True)
    """
    n = len(p)
    low = int.from_bytes(b"\xff\xff\xff\x07\0\0\0\0" * n, "little")  # _LOW in every lane
    bucket = int.from_bytes(b"\xff\xff\x0f\0\0\0\0\0" * n, "little")  # _BUCKETS in every lane
    codes = int.from_bytes(array("Q", map(ord, p)), "little")
    pair = ((codes * 1000003 & low) ^ (codes >> 64)) * _MUL & low  # lane k: characters k and k + 1
    triple = ((pair * 1000003 & low) ^ (codes >> 128)) * _MUL & low  # lane k: characters k to k + 2
    return (
        array("Q", (pair >> 7 & bucket).to_bytes(8 * n, "little")).tolist(),
        array("Q", (triple >> 7 & bucket).to_bytes(8 * n, "little")).tolist(),
    )


class _KnownAttrs(dict[str, tuple[bytes, ...]]):
    """``value → (prefix + value in UTF-8,)`` when the model file has weights for that attribute, else
    ``()``: filled as values come (a few dozen word tags and character kinds)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, value: str) -> tuple[bytes, ...]:
        a = self.prefix + value
        out = self[value] = (a.encode(),) if a in _known().attrs else ()
        return out


_KINDS, _WORD, _WORD_BEFORE, _WORD_AFTER = (_KnownAttrs(k) for k in ("k=", "w=", "wp=", "wn="))


def _model_features(text: str, words: Sequence[str]) -> list[list[str | bytes]]:
    """:func:`features` less most attributes the model file lacks, the rest in the same order.

    crfsuite skips an attribute its model lacks, so tagging these gives the tags and marginals
    of :func:`features` to the bit; leaving out hashed pairs and triples the model has no weight
    for (nine in ten) and characters it never saw saves a third of what crfsuite reads. The
    character, hashed, kind and word-tag attributes come UTF-8 encoded (crfsuite reads ``str`` and
    ``bytes`` alike, and encodes every ``str`` it is given); the cues as strings. The attributes
    :func:`_context_attrs` makes come in its order, read from tables rather than made afresh.
    """
    known = _known()
    p = _PAD * 2 + text + _PAD * 3
    b2, b3 = _buckets(p)
    pc, cn, pp, nn, pcn = known.pc, known.cn, known.pp, known.nn, known.pcn
    attrs = list(map(_known_char_attrs, p))
    kind = "".join([a[5] for a in attrs])  # each character's kind, read three at a time
    cues = _cue_attrs(text)
    compound = {m.start() for m in _compound_starts().finditer(text)}
    kinds, word, before_word, after_word = _KINDS, _WORD, _WORD_BEFORE, _WORD_AFTER
    last = len(text) - 1
    out: list[list[str | bytes]] = []
    for i in range(len(text)):
        j = i + 2
        here, before, after = attrs[j], attrs[j - 1], attrs[j + 1]
        f: list[str | bytes] = [*here[0], *before[1], *after[2], *attrs[i][3], *attrs[j + 2][4]]
        if b2[j - 1] in pc:
            f.append(b"pc%x" % b2[j - 1])
        if b2[j] in cn:
            f.append(b"cn%x" % b2[j])
        if b2[i] in pp:
            f.append(b"pp%x" % b2[i])
        if b2[j + 1] in nn:
            f.append(b"nn%x" % b2[j + 1])
        if b3[j - 1] in pcn:
            f.append(b"pcn%x" % b3[j - 1])
        # what _context_attrs(p, i, words, kinds, cues, compound, translit) gives, in its order
        f += kinds[kind[j - 1 : j + 2]]
        f += word[words[i]]
        f += before_word[words[i - 1] if i else "^"]
        f += after_word[words[i + 1] if i < last else "$"]
        if i in compound:
            f.append(b"sur2")
        if here[6]:
            if before[6]:
                f.append(b"trp")
            if after[6]:
                f.append(b"trn")
        if i in cues:
            f += cues[i]
        out.append(f)
    return out


def _cue_attrs(text: str) -> dict[int, list[str]]:
    """Per position: ``ttlK`` when a title ends K characters before it, ``sayK`` when a
    speech verb starts K+1 characters after it (K = 0, 1, 2)."""
    titles, speech = _cue_patterns()
    out: dict[int, list[str]] = {}
    for m in titles.finditer(text):
        for k in range(3):
            out.setdefault(m.end() + k, []).append(f"ttl{k}")
    for m in speech.finditer(text):
        for k in range(3):
            if m.start() - 1 - k >= 0:
                out.setdefault(m.start() - 1 - k, []).append(f"say{k}")
    return out


_PER_THREAD = threading.local()


def _tagger():
    """This thread's tagger: a ``pycrfsuite.Tagger`` keeps the last sequence it tagged, so threads
    (Dask's threaded workers) sharing one would read each other's marginals."""
    tagger = getattr(_PER_THREAD, "tagger", None)
    if tagger is None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        with resources.as_file(resources.files("kg.data") / MODEL_FILE) as path:
            tagger.open(str(path))
        _PER_THREAD.tagger = tagger
    return tagger


def bio_spans(tags: Sequence[str], kind: str = "PER") -> list[tuple[int, int]]:
    """``(start, end)`` of every ``kind`` run in a BIO tag sequence.

    >>> bio_spans(["O", "B-PER", "I-PER", "O", "B-PER"])
    [(1, 3), (4, 5)]
    """
    spans: list[tuple[int, int]] = []
    if "B-" + kind not in tags and "I-" + kind not in tags:
        return spans  # most windows the model tags hold no name: no walk over their tags
    start = -1
    for i, t in enumerate([*tags, "O"]):
        if t == "I-" + kind and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i))
            start = -1
        if t in ("B-" + kind, "I-" + kind):
            start = i
    return spans


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the sentences the model tags one at a time (long ones cut at commas).

    >>> [("甲。乙！丙"[s:e]) for s, e in sentences("甲。乙！丙")]
    ['甲。', '乙！', '丙']
    """
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        while e - s > _MAX_LEN:
            cut = max(text.rfind("，", s, s + _MAX_LEN), text.rfind(",", s, s + _MAX_LEN))
            cut = cut + 1 if cut > s else s + _MAX_LEN
            yield s, cut
            s = cut
        if e > s:
            yield s, e


def person_spans(text: str, starts: Sequence[int] | None = None) -> list[tuple[int, int, float]]:
    """``(start, end, confidence)`` of every name the model tags in ``text``; the confidence
    is the least marginal probability of the span's tags (``B-PER``, then ``I-PER``).

    With ``starts`` (sorted positions where a name may begin), only a window around each
    (a few characters before, a long name's length after, within its sentence) is tagged:
    tagging is most of the cost, and most of a page is far from any possible name.
    """
    if not text:
        return []
    spans: Sequence[tuple[int, int]] = _sentence_spans(text)
    if starts is not None:
        spans = [w for s, e in _holding(text, starts) for w in _windows(starts, s, e)]
    words = _page_word_tags(text)  # the page's, once: a window reads only its own characters' tags
    out: list[tuple[int, int, float]] = []
    for s, e in spans:
        out.extend(_tag(text, words, s, e))
    return out


@functools.lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The :func:`sentences` of ``text`` that hold more than white space, remembered for the page
    (tagged window by window, a page asks for them again and again)."""
    return tuple((s, e) for s, e in sentences(text) if text[s:e].strip())


@functools.lru_cache(maxsize=4)
def _sentence_firsts(text: str) -> tuple[int, ...]:
    """Where each of :func:`_sentence_spans` starts, for bisection."""
    return tuple(s for s, _ in _sentence_spans(text))


def _holding(text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """The sentences of ``text`` (:func:`_sentence_spans`) that hold one of the sorted ``starts``, in order.

    >>> _holding("甲乙。丙丁。戊己。", [4, 5, 7])
    [(3, 6), (6, 9)]
    """
    spans, firsts = _sentence_spans(text), _sentence_firsts(text)
    out: list[tuple[int, int]] = []
    for o in starts:
        k = bisect.bisect_right(firsts, o) - 1
        if k >= 0 and o < spans[k][1] and (not out or out[-1] != spans[k]):
            out.append(spans[k])
    return out


_BEFORE, _AFTER = 4, 12  # a window's reach around a possible start: context, then a long transliterated name


def _windows(starts: Sequence[int], s: int, e: int) -> Iterator[tuple[int, int]]:
    """Merged windows ``[o - _BEFORE, o + _AFTER)`` around the ``starts`` inside ``[s, e)``, clipped to it."""
    i = bisect.bisect_left(starts, s)
    lo = hi = -1
    while i < len(starts) and starts[i] < e:
        a, b = max(s, starts[i] - _BEFORE), min(e, starts[i] + _AFTER)
        if a > hi:
            if hi > lo:
                yield lo, hi
            lo = a
        hi = max(hi, b)
        i += 1
    if hi > lo:
        yield lo, hi


def _tag(text: str, words: Sequence[str], s: int, e: int) -> list[tuple[int, int, float]]:
    tagger = _tagger()
    tags = tagger.tag(_model_features(text[s:e], words[s:e]))
    return [  # read whole before the tagger tags again (marginals are of its last sequence)
        (s + a, s + b, min([tagger.marginal("B-PER", a), *(tagger.marginal("I-PER", k) for k in range(a + 1, b))]))
        for a, b in bio_spans(tags)
    ]
