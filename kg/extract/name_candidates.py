"""Person names with no title beside them: candidates from the dictionary route, one decision step.

The title grammar (:mod:`kg.extract.persons`) finds officials; bylines, speech verbs and
lists find others. Everyone else — villagers, workers, athletes, historical figures —
is found here, in two steps.

**Candidates** come from jieba's dictionary route without its HMM
(:func:`kg.extract.tokens.dictionary_tokens`, the same for every backend): a word the
dictionary tags as a personal name (``nr``), and, inside a run of single characters (an
unknown word), a surname of ``kg/data/surnames.txt`` with the one or two characters after it.

**The decision** keeps a candidate when

* it has a one- or two-character given name, and jieba's dictionary does not list the
  whole word with another part of speech;
* it is no place the gazetteer knows and its last character ends no place or body
  (``县``, ``部``, ``杯`` …: ``NOT_FINAL``);
* each given-name character of an unknown word is seen in given names (``kg/data/name_chars.txt``,
  made by ``scripts/make_name_chars.py`` from labelled text and jieba's tagged dictionary:
  per-character counts, no names) and none is a function word; a character common in
  labelled text but never in a given name (``雨`` of ``雷阵雨``) ends no name;
* it is not followed by a doctrine's name (``…新时代…思想``, ``…理论``);
* a surname with a single character after it, or a character that labelled text shows
  mostly as part of words (``党``, ``高``, ``文``), is taken only with a person cue beside
  it (``说``, ``等``, ``、``, ``记者`` …).

>>> [text[s:e] for text in ["村民贺秋菊说，今年收成好。"] for s, e in tagged_names(text)]
['贺秋菊']
>>> list(tagged_names("天津雷阵雨转多云。"))
[]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator

from kg.data import lexicon
from kg.data.gazetteer import Gazetteer
from kg.extract.names import (
    DOTS,
    FOREIGN_TITLES,
    JAPANESE_TITLES,
    NOT_FINAL,
    foreign_name_at,
    foreign_run,
    foreign_runs,
    inner_other,
    is_cjk,
    is_transliteration,
    japanese_name_at,
    name_openers,
    surname_firsts,
    surname_length,
    trim_verb_final,
)
from kg.extract.person_model import person_spans
from kg.extract.place_lexicon import WORLD_KINDS, scan_names
from kg.extract.tokens import dictionary_tokens, is_word, word_tags

__all__ = [
    "FUNCTION_CHARS",
    "foreign_names",
    "japanese_names",
    "model_names",
    "scored_model_names",
    "tagged_names",
    "word_as_given",
]


FUNCTION_CHARS = frozenset("的了是在和与及等也都就对向将并把被让给从到于这那个们有为不以之其而或但")
_STRONG_AFTER = (
    "说", "表示", "指出", "认为", "介绍", "同志", "先生", "女士", "等", "、", "告诉", "担任", "主持", "出席",
    "一行", "代表", "讲", "有期徒刑", "无期徒刑", "死刑", "死缓",
)  # fmt: skip
_PERSON_AFTER = ("说", "表示", "指出", "认为", "介绍", "同志", "先生", "女士", "告诉", "主持", "出席", "讲话")
_CUE_AFTER = (*_STRONG_AFTER, "和", "，", "的", "在", "是", "也", "对", "向", "为", "同", "与", "及")
_STRONG_BEFORE = ("、", "记者", " ", "判处", "告人", "疑人")  # 判处|甲, 被告人|甲, 犯罪嫌疑人|甲
_CUE_BEFORE = (*_STRONG_BEFORE, "者", "和", "与")
_DOCTRINE = ("新时代", "思想", "理论", "主义")
_SURNAME_SHARE = 0.1  # a usual surname stands as a surname in at least this share of its labelled occurrences
_RARE_IN_NAMES = 20  # a character seen this often in labelled text and never in a given name ends no name
_IN_NAMES = 3  # an unknown word's given-name character is seen at least this often in names
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lexicon.cached
def _counts() -> dict[str, tuple[int, ...]]:
    """``char → (in labelled given names, in labelled text, in given names of jieba's nr words,
    as a labelled surname)``."""
    out: dict[str, tuple[int, ...]] = {}
    for _, line in lexicon.lines("name_chars"):
        c, *counts = line.split("\t")
        out[c] = tuple(int(n) for n in counts)
    return out


def _never_given(c: str) -> bool:
    given, seen, _, _ = _counts().get(c, (0, 0, 0, 0))
    return given == 0 and seen >= _RARE_IN_NAMES


def _rarely_given(c: str) -> bool:
    """Whether labelled text shows ``c`` often and in at most one in a hundred of its uses in a given name."""
    given, seen, _, _ = _counts().get(c, (0, 0, 0, 0))
    return seen >= _RARE_IN_NAMES and given * 100 <= seen


def often_given(c: str) -> bool:
    """Whether ``c`` ends given names often: jieba's names hold it 50 times or more, or labelled text has it in a
    given name at least once in fifty of its uses (华, 伟, 强 yes; 商, 渡 no).

    >>> often_given("华"), often_given("商")
    (True, False)
    """
    given, seen, in_dict, _ = _counts().get(c, (0, 0, 0, 0))
    return in_dict >= 50 or given * 50 > seen


def _name_like(c: str) -> bool:
    given, _, in_dict, _ = _counts().get(c, (0, 0, 0, 0))
    return c not in FUNCTION_CHARS and given + in_dict >= _IN_NAMES


def _usual_surname(c: str) -> bool:
    """True when labelled text shows ``c`` as a surname often enough (王 yes; 党, 高, 文 — mostly words — no)."""
    _, seen, _, surname = _counts().get(c, (0, 0, 0, 0))
    return surname >= _SURNAME_SHARE * max(seen, 1)


_HONORIFICS = (
    *("先生", "女士", "小姐", "老师", "师傅", "同志", "大夫"),
    *("医生", "阿姨", "大爷", "大妈", "大姐", "大哥", "老"),
)  # forms of address after a surname


def _part_of_list_item(text: str, start: int, end: int) -> bool:
    """True when a list mark (``、``) touches ``text[start:end]`` on one side while the item runs on
    past it on the other (``、皮卡|獭兔``, ``食用|麻竹、``): the span is a piece of a longer item."""
    cjk_before = start > 0 and bool(_HAN.match(text[start - 1]))
    cjk_after = bool(_HAN.match(text[end : end + 1]))
    if text[start - 1 : start] == "、" and cjk_after and not text.startswith(_STRONG_AFTER, end):
        return True
    modifier = word_tags().get(text[max(0, start - 2) : start]) in _MODIFIER_TAGS
    return text.startswith("、", end) and cjk_before and modifier  # 食用|麻竹、: a modifier, then the item


_MODIFIER_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "b"})  # 食用, 优质: words that qualify a thing


def _decide(text: str, start: int, end: int, known: bool) -> bool:
    word = text[start:end]
    sur = surname_length(text, start)
    if not sur or not 1 <= len(word) - sur <= 2 or word[sur:] in _HONORIFICS:
        return False  # 郑先生, 李老师: a surname and a form of address, no name
    tag = word_tags().get(word)
    if tag is not None and tag not in ("nr", "nrfg"):
        return False
    if len(word) >= 3 and word[0] in _JOINING and _usual_surname(word[1]) and surname_length(word, 1):
        return False  # “某某劳动模范”和|张晨: a conjunction, then a name (the dictionary reads 和张晨 as one)
    if word[-1] in NOT_FINAL or _never_given(word[-1]) or Gazetteer.load().lookup(word):
        return False
    if known and tag is not None and _rarely_given(word[-1]):
        return False  # 智能化: jieba lists it as a name, but 化 ends one given name in 134 labelled uses
    if not known and not all(_name_like(c) for c in word[sur:]):
        return False
    if text.startswith(_DOCTRINE, end):
        return False  # a leader's name inside a doctrine's name is no mention of the person
    before = text[max(0, start - 2) : start]
    cue = text.startswith(_CUE_AFTER, end) or before.endswith(_CUE_BEFORE)
    strong = text.startswith(_STRONG_AFTER, end) or before.endswith(_STRONG_BEFORE)
    usual = sur > 1 or _usual_surname(word[0])
    if known and not text.startswith(_PERSON_AFTER, end) and word_as_given(word, sur):
        return False  # 高|水平, 古|建筑: jieba lists the phrase as a name, its given name is a common word
    if sur == 1 and word[0] in FUNCTION_CHARS and _common_after_function(word[1:]) and _after_modifier(text, start):
        return False  # 一再向|房东表示, 女工多和|爱说: after an adverb a preposition or conjunction, then a common word
    if len(word) - sur == 1:
        if word[0] == "来" and text.startswith(_VISIT_VERBS, end) and _HAN.match(text[start - 1 : start]):
            return False  # 企业家来青|出席, 来连|考察: "come to" a place's one-character name, no person
        if word[-1] in _SETTLEMENT_ENDS:
            return False  # 小迟家、王庄: a surname and a settlement's suffix name a village, no person
        if _part_of_list_item(text, start, end):
            return False  # 食用麻竹、皮卡獭兔: list marks round a longer item, not a name
        speaks = text.startswith(_PERSON_AFTER, end)
        return (tag is None and (strong or (usual and cue))) or (tag is not None and speaks and usual)
    return usual or strong


_JOINING = frozenset("和与及同跟")  # conjunctions and prepositions that open no name before a usual surname
_COMMON_GIVEN_TAGS = frozenset({"n", "v", "vn", "a", "an", "ad", "d"})  # a thing, an act or a quality: no name
_SETTLEMENT_ENDS = frozenset("家庄屯寨村营湾")
_VISIT_VERBS = ("出席", "参加", "考察", "调研", "视察", "投资", "访问", "工作", "指导", "洽谈", "参观", "交流")


_MODIFIER_TAGS = frozenset({"d", "v", "a", "ad"})


def _after_modifier(text: str, start: int) -> bool:
    """Whether an adverb, verb or adjective stands right before ``start`` (一再|向, 多|和), where 向 and 和 are a
    preposition and a conjunction; after a noun (种植大户|于胜利, 教师|向前进) they are surnames.

    >>> _after_modifier("一再向房东", 2), _after_modifier("种植大户于胜利", 4)
    (True, False)
    """
    tags = word_tags()
    before = text[start - 1 : start]
    return (
        before in _ADVERB_CHARS
        or tags.get(text[max(0, start - 2) : start]) in _MODIFIER_TAGS
        or tags.get(before) in _MODIFIER_TAGS
    )


_ADVERB_CHARS = frozenset("多少很更最也都还又再就才常")


def _common_after_function(given: str) -> bool:
    """Whether ``given``, after a surname that is also a function word (向, 和, 于), is a common word: two
    characters that name a thing, an act or a quality, or one verb.

    >>> _common_after_function("房东"), _common_after_function("爱"), _common_after_function("万春")
    (True, True, False)
    """
    tag = word_tags().get(given)
    return tag in _COMMON_GIVEN_TAGS if len(given) == 2 else tag == "v"


_COMMON_GIVEN_FREQ = 1000


def word_as_given(
    word: str, sur: int, min_freq: int = _COMMON_GIVEN_FREQ, tags: frozenset[str] = _COMMON_GIVEN_TAGS
) -> bool:
    """Whether the two characters after a one-character surname that labelled text shows mostly inside
    words (高, 古) are a common word that names a thing, an act or a quality (高|水平, 古|建筑; not a place's
    name or another proper name: 长江, 清华; a usual surname's given name may be such a word: 王海军).

    A word at least ``min_freq`` frequent whose jieba tag is in ``tags``.

    >>> word_as_given("高水平", 1), word_as_given("甄长江", 1), word_as_given("王海军", 1)
    (True, False, False)
    """
    given = word[sur:]
    if sur != 1 or len(given) != 2 or _usual_surname(word[0]):
        return False
    return word_tags().get(given) in tags and is_word(given, min_freq)


def _candidates(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, known)``: dictionary names, and surname + one or two characters in unknown runs."""
    tokens = dictionary_tokens(text)
    firsts = surname_firsts()
    n = len(tokens)
    han = [len(w) == 1 and "\u4e00" <= w <= "\u9fff" for _, _, w, _ in tokens]  # one Han character (_HAN)
    i = 0
    while i < n:
        t = tokens[i]
        if t.pos in ("nr", "nrfg") and 2 <= len(t.word) <= 4:
            yield t.start, t.end, True
            i += 1
            continue
        if not han[i]:
            i += 1
            continue
        if i + 1 < n and (word_given := _word_given_name(text, t, tokens[i + 1])):
            yield t.start, word_given, False  # 马|小花|告诉: a surname, a two-character word, a speech verb
            i += 2
            continue
        j = i
        while j < n and han[j]:
            j += 1
        start, stop = t.start, tokens[j - 1].end
        k = start
        while k < stop:
            if text[k] not in firsts:
                k += 1  # no surname opens here (most characters: no call to ask)
                continue
            # the surname within the run: a compound one only when both its characters are in it
            sur = surname_length(text, k) if k + 1 < stop else surname_length(text[k], 0)
            if sur and k + sur < stop:
                end = min(stop, k + sur + 2)
                if end - k - sur == 2 and text.startswith(_CUE_AFTER, end - 1) and not _decide(text, k, end, False):
                    end -= 1  # 王梅在: the one-character given name, a cue after it, when the two-character one fails
                yield k, end, False
                k = end
            else:
                k += 1
        i = j


def _word_given_name(text: str, surname, given) -> int | None:
    """The end of a name whose given name the dictionary reads as a word (``马|小花``), or ``None``.

    Only a one-character surname written right before a two-character word of Han characters,
    with a speech or address word right after (说, 告诉, 表示, 同志 …): the cue a quoted person has.
    """
    if len(given.word) != 2 or not text.startswith(_PERSON_AFTER, given.end) or given.start != surname.end:
        return None  # (the cheap tests first: this is asked after every single Han character)
    if surname_length(text, surname.start) != 1 or not all(_HAN.match(c) for c in given.word):
        return None
    if word_tags().get(given.word) in _ADVERB_TAGS:
        return None  # 座谈时|首先|介绍: an adverb or a conjunction before the verb, no given name
    return given.end


_ADVERB_TAGS = frozenset({"d", "ad", "c", "p"})


def tagged_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` the candidates propose and the decision keeps, in text order."""
    for start, end, known in _candidates(text):
        if _decide(text, start, end, known):
            yield start, start + trim_verb_final(text, start, end - start)


_FOREIGN_AFTER = ("说", "表示", "指出", "认为", "强调", "宣布", "先生", "女士", "夫人", "博士", "教授", "总统",
                  "首相", "总理", "外长", "议长", "等人", "一行", "访华", "会见", "称", "谈到", "告诉")  # fmt: skip
_FOREIGN_ENDS = frozenset("堡港城国岛湾河湖山队杯赛和")


def foreign_names(text: str) -> Iterator[tuple[int, int]]:
    """Transliterated foreign names (``斯塔诺耶夫``, ``玛丽·居里``) beside a title or a speech verb.

    A candidate is a run of transliteration characters (``kg/data/translit_chars.txt``,
    learned from jieba's tagged dictionary), ``·`` joining its parts, its end decided by what
    follows (:func:`~kg.extract.names.foreign_name_at`: ``…洛宁|举行``, ``…维尔|派代表``), and a
    first part of one character before a dot takes the character before it when the learned
    tagger is sure of that (``汉|斯·…``: :func:`_model_start`); it is kept when it is
    no country, region or dictionary word, ends in no place or body character, and a title
    stands before it (``总统``, ``教练``), a speech verb or honorific after it, or a ``·``
    inside it.

    >>> [text[s:e] for text in ["外长阿尔贝托说，"] for s, e in foreign_names(text)]
    ['阿尔贝托']
    >>> list(foreign_names("俄罗斯总统表示")), list(foreign_names("斯特拉斯堡市长说"))
    ([], [])
    """
    named = list(scan_names(text))
    places = sorted((p.start, p.end) for p in named)
    place_starts = [a for a, _ in places]
    longest = max((b - a for a, b in places), default=0)

    def near(lo: int, hi: int) -> list[tuple[int, int]]:
        """The places that may touch ``[lo, hi)``: those starting at most ``longest`` before it, and inside it."""
        return places[bisect_left(place_starts, lo - longest) : bisect_left(place_starts, hi)]

    countries = {p.end: text[p.start : p.end] for p in named if p.kind.isupper()}  # ISO codes: states
    world = {(p.start, p.end) for p in named if p.kind in WORLD_KINDS}
    n, i = len(text), 0
    for m in foreign_runs().finditer(text):
        if m.start() < i:
            continue
        dot = text[m.end() : m.end() + 1] in DOTS and m.end() < n
        if not dot and m.end() - m.start() == 1 and (m.end() >= n or not inner_other(text, m.end())):
            i = m.end()  # one character, nothing a name may hold after it (most runs): foreign_name_at reads 1
            continue
        lead = foreign_run(text, m.start() - 1) if dot and m.start() else 0  # 鲍|尔斯·…: a rare first character
        start = m.start() - 1 if lead else m.start()
        run = foreign_name_at(text, start)
        if not run:
            continue
        end = start + run
        i = end
        if run == 1 and not (end < n and text[end] in DOTS):
            continue  # one character, no dot after it (most runs): no name, whatever stands around it
        opening = near(start, start + 1)  # mostly none: no generator then
        lead = max((b for a, b in opening if a <= start < b < end), default=None) if opening else None
        if lead is not None:
            start = lead  # 尼日利亚|某某: a country opens the run, the name follows it
        if end - start > 3 and text[end - 1] in "则且" and not text[end : end + 1].isspace():
            end -= 1  # 吉诺里则以…: an adverb after the name
        if start + 1 < n and text[start + 1] in DOTS and start and is_cjk(text[start - 1]):
            start = _model_start(text, start, end)  # 汉|斯·…: one character before the dot, the model sets the start
        elif start >= 2 and text[start - 1] in DOTS:
            start = _part_before_dot(text, start - 1)  # 乔治·|史密斯: the run opens after the dot
        word = text[start:end]
        dotted = any(c in word for c in DOTS)
        before = text[max(0, start - 4) : start]
        titled = before.endswith(FOREIGN_TITLES)
        if len(word) < (2 if dotted or titled else 3) or word[-1] in _FOREIGN_ENDS:
            continue
        if end < n and text[end] in NOT_FINAL:
            continue  # 斯特拉斯堡市, 阿森纳队: a place or a body
        touching = near(start, end)
        if touching and any(a < end and start < b and not (titled and (a, b) in world) for a, b in touching):
            continue  # a place, unless a foreign city or region after a title (总统|门多萨: a person)
        # a title after the name (卡尔多维奇总统) when nothing that may be the name's runs on before it (费|萨尔)
        titled = titled or (text.startswith(FOREIGN_TITLES, end) and not inner_other(text, start - 1))
        tag = word_tags().get(word)
        if Gazetteer.load().lookup(word) or tag not in (None, "nr", "nrt", "nrfg", *(("ns",) if titled else ())):
            continue  # a place or a word (jieba's ns list holds many names: after a title, a name it is)
        national = start in countries or (text[start - 1 : start] == "的" and start - 1 in countries)
        if dotted or titled or text.startswith(_FOREIGN_AFTER, end) or (national and tag is None):
            yield start, end


_JAPAN = "日本"
_JAPAN_REACH = 6  # the title starts at most this many characters after 日本 (日本前首相, 日本驻华大使)


def japanese_names(text: str) -> Iterator[tuple[int, int]]:
    """Japanese names after a Japanese title (``日本首相山田一郎``, ``日本驻华大使山田一郎``).

    Japanese names are written in Han characters but follow no Chinese surname rules and hold no
    transliteration characters; after a title with ``日本`` a few characters before it, a name
    of two to five characters closed by a boundary or a stop word
    (:func:`~kg.extract.names.japanese_name_at`) is read, when it is no place.

    >>> text = "日本首相山田一郎在今天晚上同美国总统会谈。"
    >>> [text[s:e] for s, e in japanese_names(text)]
    ['山田一郎']
    """
    k = text.find(_JAPAN)
    while k >= 0:
        after = k + len(_JAPAN)
        for t in range(after, min(len(text), after + _JAPAN_REACH)):
            title = next((w for w in JAPANESE_TITLES if text.startswith(w, t)), None)
            if title:
                start = t + len(title)
                n = japanese_name_at(text, start)
                if n and not Gazetteer.load().lookup(text[start : start + n]):
                    yield start, start + n
                break
        k = text.find(_JAPAN, after)


_MODEL_START_SURE = 0.9


_PART_BEFORE_DOT = 4  # the longest first part of a dotted name read back from its dot (乔治, 阿卜杜拉)


def _part_before_dot(text: str, dot: int) -> int:
    """Where the part of a dotted name that ends at ``dot`` starts: the longest run of at most
    four characters before it that the dictionary tags as a person's name (``乔治``, ``彼得``, a
    transliterated ``nz`` such as ``汉斯``) or that is all transliteration characters; ``dot + 1``
    (the part after the dot alone) when none is.

    >>> texts = ("干事彼得·迪兰德", "由乔治·史密斯", "的·美", "巴黎·美")
    >>> [text[_part_before_dot(text, text.index("·")) :] for text in texts]
    ['彼得·迪兰德', '乔治·史密斯', '美', '美']
    """
    tags = word_tags()
    for k in range(min(_PART_BEFORE_DOT, dot), 0, -1):
        part = text[dot - k : dot]
        if not all(is_cjk(c) and c not in FUNCTION_CHARS for c in part):
            continue
        pos = tags.get(part)
        if pos in _NAME_TAGS or (pos is not None and _translit_nz(part, pos)):
            return dot - k
        if k >= 2 and pos is None and all(is_transliteration(c) for c in part):
            return dot - k
        if k >= 2 and pos is not None:
            break  # 巴黎·: a word that is no name ends at the dot (not its last character 黎)
    return dot + 1


def _model_start(text: str, start: int, end: int) -> int:
    """``start - 1`` when the learned tagger is sure a name starts there and ends at ``end`` (a
    dotted name whose one-character first part the table's run missed a character of), else ``start``."""
    lo = max(0, start - 4)
    for s, e, conf in person_spans(text[lo : end + 4]):
        sure = conf >= _MODEL_START_SURE
        if s + lo == start - 1 and e + lo == end and sure and text[start - 1] not in FUNCTION_CHARS:
            return start - 1
    return start


MODEL_CONFIDENCE = 0.5
"""The least confidence (marginal probability of its tags) a model span needs to be considered."""
_SURE = 0.8  # the confidence a name needs in quotes, or when its surname character is mostly part of words
_QUOTES_OPEN, _QUOTES_CLOSE = '“‘「『"', '”’」』"'
_NAME_TAGS = ("nr", "nrfg", "nrt")
_COMMON_WORD = 300  # jieba frequency of a word that a surname and a given-name character rarely make


def model_names(
    text: str, confidence: float = MODEL_CONFIDENCE, taken: Callable[[int], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """:func:`scored_model_names` without the confidences.

    >>> list(model_names("市民王先生说，路修好了。"))
    []
    """
    return ((s, e) for s, e, _ in scored_model_names(text, confidence, taken))


def scored_model_names(
    text: str, confidence: float = MODEL_CONFIDENCE, taken: Callable[[int], bool] | None = None
) -> Iterator[tuple[int, int, float]]:
    """Names the learned tagger (:mod:`kg.extract.person_model`) proposes that pass the name checks.

    The model replaces only the *cue* that :func:`tagged_names` asks for beside a name; a
    span it tags with at least ``confidence`` is kept when

    * it starts and ends at dictionary word boundaries (a span that cuts a word is part of
      that word), is not a whole quoted phrase unless the model is sure, and either
    * it is one dictionary word tagged as a name (:func:`_listed_name`) or as another proper
      name made of transliteration characters (:func:`_translit_nz`), or
    * it is a Chinese name (:func:`_han_name`) whose surname character labelled text shows
      mostly as a surname (not ``党``, ``高``, ``文``: mostly words) unless the model is sure, or
    * it is a transliterated name (:func:`_translit_name`).

    A span at whose start (or after a function word it opens with: ``与|…``) the rules read a
    transliterated name that ends at most one character from the span's end is that name
    (:func:`_foreign_reading`: a character the table lacks inside, ``…斯坚科``).

    Only windows around a possible opening (a surname or transliteration character standing
    alone, or a word tagged as a name or a transliterated ``nz`` word) not ``taken`` (already
    part of a found name or entity) are tagged. Each name comes with the model's confidence in its span.

    >>> [(s, e) for s, e, _ in scored_model_names("村民王秋生带头修路。")]
    [(2, 5)]
    """
    tokens = {t.start: t for t in dictionary_tokens(text)}
    opens = name_openers()  # one-character surnames and transliteration characters
    openers = [
        i
        for i, end, word, pos in tokens.values()  # (a token's fields unpacked: read for every word of the page)
        if (
            pos in _NAME_TAGS
            or (end - i == 1 and word in opens)
            or (pos == "nz" and (_translit_nz(word, pos) or (len(word) == 3 and word[0] in opens)))
        )
        and not (taken and taken(i))
    ]
    for start, end, conf in person_spans(text, openers):
        if conf < confidence or start not in tokens:
            continue
        if reading := _foreign_reading(text, start, end):
            yield start, reading, conf  # the model's span, its end set by the transliterated name's rules
            continue
        if text[start] in FUNCTION_CHARS and (reading := _foreign_reading(text, start + 1, end)):
            yield start + 1, reading, conf  # 与|卡尔多延科: the model's span opens with a function word
            continue
        if end < len(text) and end not in tokens and not _particle_cut(text, end, tokens):
            continue
        word = text[start:end]
        if conf < _SURE and text[start - 1 : start] in _QUOTES_OPEN and text[end : end + 1] in _QUOTES_CLOSE:
            continue
        if len(word) >= 2 and word[0] == word[1] and not all(map(is_transliteration, word)):
            continue  # 殷殷|嘱托, 谆谆: a doubled character opens a word, no name (but 麦麦提: a transliteration)
        if tokens[start].end == end:
            pos = tokens[start].pos
            if (
                (pos in _NAME_TAGS and _listed_name(text, start, end, conf))
                or (_translit_nz(word, pos) and _translit_name(word, ("nz",)))
                or (
                    pos == "nz"
                    and len(word) == 3
                    and _han_name(text, start, end)
                    and (conf >= _SURE or _usual_surname(word[0]))
                )
            ):
                yield start, end, conf  # jieba lists some three-character names as nz (某彦彬; two: abbreviations)
        elif _translit_name(word) or (_han_name(text, start, end) and (conf >= _SURE or _usual_surname(word[0]))):
            yield start, end, conf


def _particle_cut(text: str, end: int, tokens: Container[int]) -> bool:
    """The span ending at ``end`` cuts only a two-character word whose second character is the
    particle ``的`` (赵某真|的人: the dictionary's adverb 真的), which names end before.

    >>> _particle_cut("了解甄致真的人", 5, {0: None, 2: None, 3: None, 4: None, 6: None})
    True
    """
    return text[end : end + 1] == "的" and end - 1 in tokens and end + 1 in tokens


def _translit_nz(word: str, pos: str) -> bool:
    """A word jieba's dictionary tags as another proper name (``nz``) made of transliteration
    characters: it lists many foreign personal names so.

    >>> _translit_nz("卡尔多", "nz"), _translit_nz("卡尔多", "n"), _translit_nz("华为", "nz")
    (True, False, False)
    """
    return pos == "nz" and all(is_transliteration(c) for c in word)


def _listed_name(text: str, start: int, end: int, conf: float) -> bool:
    """A word jieba's dictionary tags as a name reads as one here: no place, no doctrine, no
    surname with a form of address, no surname character mostly part of words unless the model
    is sure, no surname with one unusual given-name character, no common word as the given name."""
    word = text[start:end]
    if len(word) < 2 or word[-1] in NOT_FINAL or Gazetteer.load().lookup(word) or text.startswith(_DOCTRINE, end):
        return False
    sur = surname_length(text, start)
    if sur and (word[sur:] in _HONORIFICS or (sur == 1 and conf < _SURE and not _usual_surname(word[0]))):
        return False
    if conf < _SURE and len(word) == 2 and is_word(word, _COMMON_WORD):
        return False  # 到会|祝贺 (0.66): a common word jieba tags as a name too, no name unless the model is sure
    if word_as_given(word, sur):
        return False  # 高|水平: a phrase jieba lists as a name
    return not (sur and len(word) - sur == 1 and not (_usual_surname(word[0]) and _name_like(word[-1])))


def _han_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` reads as a Chinese name: the checks of :func:`_decide` less the cue.

    >>> _han_name("白云深处有人家", 0, 3), _han_name("村民贺秋菊", 2, 5)
    (False, True)
    """
    word = text[start:end]
    sur = surname_length(text, start)
    if not sur or not 1 <= len(word) - sur <= 2 or word[sur:] in _HONORIFICS:
        return False
    tag = word_tags().get(word)
    if tag is not None and tag not in ("nr", "nrfg", "nz"):
        return False
    if word[-1] in NOT_FINAL or _never_given(word[-1]) or Gazetteer.load().lookup(word):
        return False
    if any(c in FUNCTION_CHARS for c in word[sur:]):
        return False
    if len(word) - sur == 1 and not (_usual_surname(word[0]) and _name_like(word[-1])):
        return False  # a surname and one character: only a usual surname and a usual given-name character
    if len(word) - sur == 2 and sur == 1 and is_word(word[:2], _COMMON_WORD):
        return False  # 白云|深处: the surname and the next character make a common word
    return not text.startswith(_DOCTRINE, end)


def _foreign_reading(text: str, start: int, end: int) -> int | None:
    """The end of the transliterated name (:func:`~kg.extract.names.foreign_name_at`) at the start
    of the model's span ``text[start:end]`` when it ends at most one character from the span's
    end and is not read already (:func:`_translit_name`), else ``None``.

    The model sees what stands around a name, the rules what a transliterated name is made of: a
    character the table lacks (``卡尔多延科``), or a final ``科`` that ends bodies (``外科``) but
    many names, is taken inside the rules' reading.

    >>> text = "总理与卡尔多延科会谈。"
    >>> text[3 : _foreign_reading(text, 3, 8)]
    '卡尔多延科'
    """
    n = foreign_name_at(text, start)
    if n < 3 or abs(start + n - end) > 1 or _translit_name(text[start:end]):
        return None
    if start + n < end and not is_word(text[end - 1 : end + 1], _COMMON_WORD):
        return None  # the model's last character is the name's unless it starts a word (…森|来说)
    word = text[start : start + n]
    if word[-1] in _FOREIGN_ENDS or (word[-1] in NOT_FINAL and not is_transliteration(word[-1])):
        return None
    if Gazetteer.load().lookup(word) or word_tags().get(word) not in (None, *_NAME_TAGS):
        return None
    return start + n


def _translit_name(word: str, tags: tuple[str | None, ...] = (None, *_NAME_TAGS)) -> bool:
    """``word`` reads as a transliterated name: transliteration characters (parts joined by
    ``·``), ending in no place, body or team character, no place and no dictionary word of
    other ``tags`` than names.

    >>> _translit_name("卡尔米"), _translit_name("斯特拉斯堡")
    (True, False)
    """
    parts = [p for p in re.split("[·・•]", word) if p]
    if len(word) < 2 or not parts or not all(is_transliteration(c) for p in parts for c in p):
        return False
    if word[-1] in _FOREIGN_ENDS or word[-1] in NOT_FINAL or Gazetteer.load().lookup(word):
        return False
    return word_tags().get(word) in tags
