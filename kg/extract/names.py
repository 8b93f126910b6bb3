"""Chinese personal names: where one starts and where it ends.

A name is a surname from ``kg/data/surnames.txt`` (compound ones first) and
one or two given-name characters. The boundary is decided by what follows:
a name never swallows the first character of a word from
``kg/data/name_stops.txt`` (``张三强调`` is ``张三`` + ``强调``), never starts
with a common dictionary word (``干部``, ``管理``), and never runs across an
OCR line join when it follows white space (a caption line followed by the
next paragraph).

>>> name_at("张三丰出席会议", 0), name_at("李四强调", 0), name_at("干部群众", 0)
(3, 2, 0)
>>> name_at("欧阳春雷说", 0)
4
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from kg.data import lexicon
from kg.extract.tokens import is_word, word_tags

__all__ = [
    "COMMON_WORD",
    "CONJUNCTIONS",
    "DOTS",
    "FOREIGN_TITLES",
    "JAPANESE_TITLES",
    "LETTERS",
    "NOT_FINAL",
    "PLACE_FINALS",
    "foreign_name_at",
    "headed_name_at",
    "inner_other",
    "is_cjk",
    "is_name",
    "japanese_name_at",
    "listed_name_at",
    "name_after_title",
    "name_at",
    "name_openers",
    "opens_letter",
    "spaced_name_at",
    "surname_firsts",
    "surname_length",
]

COMMON_WORD = 300  # a 2-character candidate this frequent in jieba's dictionary is a word, not a name
_FUNCTION_CHARS = set("的在和与及等是了也都就对向将并")
# 各 (each) and 谁 (who) are in no name: 和|各镇, 由|谁担任
_NOT_GIVEN = set("、，,。；;：:！？!?（）()“”\"'《》·/ \n\t\u3000各谁")
_SPACES = " \u3000"
_LONGEST_RUN = 7  # non-Han names (图门巴日嘎拉) run up to six characters
_JOINERS = set("和为")  # a given-name character that is also a conjunction or a verb (孟宪和列席, 闵大为参加)
_AFTER_WEI = ("及", "和", "与", "等", "主持", "强调", "指出", "表示", "介绍", "一行")
"""What may follow a name's last character 为 (闵大为及, 闵大为主持): never 代表, 在, 是 … (以某某为代表, 为在场的)."""
_ATTENDING_AFTER_WEI = re.compile(r"(?:参加|出席|列席|陪同)[^的，,。；;]*(?:[，,。；;]|$)")
"""闵大为参加会议。: a verb of attending the name's own, no 的 closing a phrase (卫明|为参加培训的村干部授课)."""


def is_cjk(c: str) -> bool:
    """True for a CJK ideograph.

    >>> is_cjk("张"), is_cjk("A")
    (True, False)
    """
    return "\u4e00" <= c <= "\u9fff"


@lexicon.cached
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    s = lexicon.words("surnames")
    return frozenset(x for x in s if len(x) == 1), frozenset(x for x in s if len(x) == 2)


@lexicon.cached
def surname_firsts() -> frozenset[str]:
    """The characters a surname opens with (one-character surnames, and the first of compound ones):
    :func:`surname_length` is 0 wherever another character stands.

    >>> {"王", "司"} <= surname_firsts(), "的" in surname_firsts()
    (True, False)
    """
    single, compound = _surnames()
    return single | {s[0] for s in compound}


@lexicon.cached
def _stops() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("name_stops"), key=len, reverse=True))


def surname_length(text: str, i: int) -> int:
    """Length of the surname starting at ``text[i]`` (2 for compound surnames, 0 for none).

    >>> surname_length("司马光", 0), surname_length("王五", 0), surname_length("的人", 0)
    (2, 1, 0)
    """
    single, compound = _surnames()
    if text[i : i + 2] in compound:
        return 2
    if i < len(text) and text[i] in single:
        return 1
    return 0


@lexicon.cached
def _stop_pattern() -> re.Pattern[str]:
    """Every stop word in one alternation: ``match`` at a position tells whether one starts there."""
    return lexicon.alternation(frozenset(_stops()))


def _starts_stop(text: str, i: int) -> bool:
    """True when a word of ``name_stops`` starts at ``text[i]`` (one regex match, not a loop over the words).

    >>> _starts_stop("张三强调", 2), _starts_stop("张三丰", 2)
    (True, False)
    """
    if 0 <= i < len(text):
        return _stop_pattern().match(text, i) is not None
    return any(text.startswith(w, i) for w in _stops())


def _is_common_word(word: str) -> bool:
    """A frequent dictionary word that jieba does not tag as a personal name."""
    if not is_word(word, COMMON_WORD):
        return False
    return word_tags().get(word) not in ("nr", "nrt", "nrfg")


_VERB_FREQ = 100


def is_verb_word(word: str) -> bool:
    """True for a dictionary verb frequent enough to be read as one (``查阅``, ``走访``), not a name.

    >>> is_verb_word("走访"), is_verb_word("王五")
    (True, False)
    """
    return is_word(word, _VERB_FREQ) and word_tags().get(word) in ("v", "vd", "vn")


_LIST_PUNCTUATION = frozenset("，,、。；;：:")  # what closes a list's item, where no conjunction stands


def _name_final_he(text: str, k: int) -> bool:
    """Whether the 和 at ``text[k]`` ends a name: punctuation or the end follows it, where no conjunction stands
    (副市长甄永和、卫中华: 甄永和; 甄永和卫中华 leaves 和 the conjunction).

    >>> _name_final_he("甄永和、卫中华", 2), _name_final_he("甄永和卫中华", 2)
    (True, False)
    """
    return text[k] == "和" and (k + 1 >= len(text) or text[k + 1] in _LIST_PUNCTUATION)


_ORDINAL = re.compile(r"第[一二三四五六七八九十百千\d]+")


def name_at(text: str, i: int, breaks: Container[int] = (), after_space: bool = False) -> int:
    """Length of a personal name starting at ``text[i]`` (0 when none starts there).

    ``breaks`` holds offsets where the clean view joined two OCR lines; a name
    that follows white space (``局长 韩梅``) does not run across one.

    >>> name_at("周岚 实习生", 0), name_at("市领导", 0)
    (2, 0)
    """
    sur = surname_length(text, i)
    if not sur:
        return 0
    if text[i] == "第" and (n := _ORDINAL.match(text, i)) and text[n.end() : n.end() + 1] in _ORDINAL_UNITS:
        return 0  # 第五批, 第三届: an ordinal and its unit, not the surname 第五
    if text[i] in _org_short_firsts() and text.startswith(_org_short_names(), i):
        return 0  # 农工党某市委副主委: a body's name, not the surname 农
    given = 0
    k = i + sur
    while given < 2 and k < len(text):
        c = text[k]
        if not is_cjk(c) or c in _NOT_GIVEN:
            break
        if given >= 1 and _starts_stop(text, k) and not _name_final_he(text, k):
            break
        if k in breaks and after_space:
            break
        given += 1
        k += 1
    if given == 0 or text[i + sur] in _FUNCTION_CHARS:
        return 0
    numbered = all(c in _NUMERALS for c in text[i + sur : i + sur + given])
    if numbered and text[i + sur + given : i + sur + given + 1] in _ORDINAL_UNITS:
        return 0  # 区|十六届人大, 万|三个: a number and its unit, no given name
    last = i + sur + given - 1
    if (
        given == 2
        and last + 2 <= len(text)
        and _is_common_word(text[last : last + 2])
        and not is_word(text[i + sur : last + 1], COMMON_WORD)
    ):
        given = 1  # the last character starts the next word: 张三强调 -> 张三
    if sur == 1 and _is_common_word(text[i : i + 2]):
        return 0  # 干部, 管理, 班子: a word, not a surname + given name
    if given == 2 and _function_word(text[i + sur : i + sur + 2]):
        return 0  # 云|再次, 时|表示: a frequent function word or verb is no given name
    if sur == 1 and word_tags().get(text[i : i + 4]) in _IDIOM_TAGS:
        return 0  # 满怀豪情, 张灯结彩: a four-character idiom opens on the surname
    if (
        sur == 1
        and text[i] in CONJUNCTIONS
        and text[i + 1 : i + 2] not in CONJUNCTIONS  # (no chain of such characters asked again and again)
        and name_at(text, i + 1, breaks, after_space) > given
    ):
        return 0  # 总统和|某某主席: a conjunction before a name that runs past this one, no surname
    return sur + given


_IDIOM_TAGS = frozenset({"i", "l"})  # jieba's idioms and set phrases
CONJUNCTIONS = frozenset("和与及同")
"""Conjunctions that are surnames too: a name read opening with one may be the conjunction (总统和|某某主席)."""


def _name_refused(text: str, i: int, end: int) -> bool:
    """True when ``text[i:end]``, a one-character surname and what follows, reads as words: the
    two after the surname a function word (``云|再次``) or the last an aspect particle
    (``商量过``)."""
    return _function_word(text[i + 1 : i + 3]) or text[end - 1] in _ASPECT


_ASPECT = frozenset("了过着")


_FUNCTION_TAGS = frozenset(("c", "p", "r", "u", "ul", "uj", "uz", "ug", "uv"))
_ADVERBS = frozenset(
    ("再次", "已经", "正在", "曾经", "仍然", "依然", "随即", "随后", "立即", "先后", "分别", "亲自", "专程", "一直")
)  # adverbs that follow a name in news (某某再次当选); other adverbs, numerals and locatives name people
_FREQUENT_VERB = 10_000


def _function_word(word: str) -> bool:
    """A frequent conjunction, preposition, pronoun or particle word (``同时``), an adverb news
    writes after a name (``再次``), or a very frequent verb (``表示``, ``认为``): never a given name,
    unlike nouns, numerals, locatives and rarer verbs (``水平``, ``万里``, ``北方``, ``振兴``).

    >>> [_function_word(w) for w in ("再次", "表示", "同时", "振兴", "水平", "万里", "一心", "北方")]
    [True, True, True, False, False, False, False, False]
    """
    if word in _ADVERBS:
        return True
    tag = word_tags().get(word)
    if tag in _FUNCTION_TAGS:
        return is_word(word, COMMON_WORD)
    return tag == "v" and is_word(word, _FREQUENT_VERB)


_VERB_FINALS = frozenset("用站待任自耗摄在将对向被把给让从说讲称到于因同受致")
"""One-character verbs and prepositions that follow a name (王莉用…, 岳山自1988年…, 丁力摄, 甲某受邀, 乙某致辞)."""
_VERB_FINAL_PHRASES = {"受": ("邀", "托", "聘", "到"), "致": ("辞", "词", "信", "函", "电", "欢迎", "贺", "答谢")}
"""Of those, two that end given names too (李国致, 张建受): trimmed only before their verb phrases (受邀, 致辞)."""
_NAME_FINALS_TOO = frozenset("于因")
"""Of those, two that given names end in (立因, 建于): trimmed only when no stop word follows. (同 too,
but keeping it before a stop word lost an official on the check pages: ``…同`` is trimmed always.)"""


_WORDS_AFTER_NAME = frozenset({"以及", "及其", "以来", "以上", "以下"})


def trim_verb_final(text: str, i: int, n: int) -> int:
    """``n`` for the name ``text[i:i+n]``, or ``n - 1`` when its last character is a verb or
    preposition glued to it (``王莉用一百种方法`` → ``王莉``): a three-character name ending in
    one, followed by more text, is read as two unless the page writes the three alone elsewhere.

    >>> trim_verb_final("王莉用方法。", 0, 3), trim_verb_final("刘冬让、刘冬让出席", 0, 3)
    (2, 3)
    >>> trim_verb_final("张启以及各部门负责人", 0, 3)
    2
    """
    if n == 3 and text[i + 2 : i + 4] in _WORDS_AFTER_NAME and surname_length(text, i) == 1:
        return 2  # 张启以及各部门: the conjunction 以及 after a two-character name
    if n != 3 or surname_length(text, i) != 1 or text[i + 2] not in _VERB_FINALS:
        return n
    if text[i + 2] in _VERB_FINAL_PHRASES and not text.startswith(_VERB_FINAL_PHRASES[text[i + 2]], i + 3):
        return n  # 李国致出席: 致 is the name's (甲某受邀, 乙某致辞: the verb)
    if text[i + 2] in _NAME_FINALS_TOO and _starts_stop(text, i + 3):
        return n  # 王立因在会上: a stop word follows, so 因 is the name's (王九因病: the preposition)
    after = text[i + 3 : i + 4]
    if not after or not (is_cjk(after) or after.isdigit()):
        return n  # 刘冬让、: the list closes the name (a number goes on: 岳山自1988年)
    name = text[i : i + 3]
    k = text.find(name)
    while k >= 0:
        nxt = text[k + 3 : k + 4]
        if k != i and (not nxt or not is_cjk(nxt) or nxt in "、等"):
            return n  # written alone elsewhere: the character is the name's
        k = text.find(name, k + 1)
    return 2


def is_name(word: str) -> bool:
    """True when the whole of ``word`` reads as one personal name.

    >>> is_name("张三丰"), is_name("强调"), is_name("张")
    (True, False, False)
    """
    return len(word) >= 2 and name_at(word, 0) == len(word)


def _run(text: str, i: int, limit: int = _LONGEST_RUN) -> int:
    """Length of the CJK run at ``i`` that ends at a boundary or before a name stop word.

    A run of two or more characters stops where a word from ``name_stops``
    starts; a conjunction such as ``和`` stays inside when what follows it is
    itself a stop word or a boundary (``孟宪和列席`` but ``张三和李四``).
    Returns 0 when the run does not end within ``limit`` characters.
    """
    k = i
    while k < len(text) and k - i <= limit:
        c = text[k]
        if not is_cjk(c) or c in _NOT_GIVEN:
            return k - i
        if k - i >= 2 and _starts_stop(text, k):
            nxt = text[k + 1 : k + 2]
            if (
                c in _JOINERS
                and (not nxt or not is_cjk(nxt) or _starts_stop(text, k + 1))
                and not surname_length(text, k + 1)
                and not (nxt and is_word(c + nxt))  # 为了, 为此: the word after the name
                and (
                    c != "为"
                    or not is_cjk(nxt)
                    or text.startswith(_AFTER_WEI, k + 1)
                    or _ATTENDING_AFTER_WEI.match(text, k + 1) is not None
                )
            ):
                return k - i + 1
            return k - i
        k += 1
    return 0


_FOREIGN_NAME_WORDS = 10  # a transliteration character stands in this many of jieba's nrt words …
_FOREIGN_SHARE = 0.15  # … and in at least this share of the words of other kinds it stands in


@lexicon.cached
def _translit() -> frozenset[str]:
    """Transliteration characters: the hand table of non-Han Chinese names, and the characters
    of foreign names learned from jieba's tagged dictionary (``kg/data/translit_chars.txt``)."""
    learned = set()
    for _, line in lexicon.lines("translit_chars"):
        c, in_names, elsewhere = line.split("\t")
        if int(in_names) >= _FOREIGN_NAME_WORDS and int(in_names) >= _FOREIGN_SHARE * int(elsewhere):
            learned.add(c)
    return lexicon.words("name_translit") | frozenset(learned)


def is_transliteration(c: str) -> bool:
    """True when ``c`` transliterates foreign or non-Han names (``斯``, ``夫``, ``娃``)."""
    return c in _translit()


@lexicon.cached
def name_openers() -> frozenset[str]:
    """The characters a name may open with: one-character surnames and transliteration characters.

    >>> {"王", "斯"} <= name_openers(), "的" in name_openers()
    (True, False)
    """
    return _surnames()[0] | _translit()


DOTS = "·・•"
"""The characters that join the parts of a transliterated name (玛丽·居里)."""


def _foreign_char(c: str) -> bool:
    return c != "和" and is_transliteration(c)


@lexicon.cached
def _translit_but_and() -> frozenset[str]:
    """The characters :func:`_foreign_char` accepts, as one set."""
    return _translit() - {"和"}


_COMMON_CHAR = 1000  # a character this frequent alone in jieba's dictionary (人, 统) opens no foreign name


@lexicon.cached
def foreign_runs() -> re.Pattern[str]:
    """Maximal runs of transliteration characters (where :func:`foreign_run` may start)."""
    return re.compile("[" + "".join(sorted(re.escape(c) for c in _translit() if c != "和")) + "]+")


def foreign_run(text: str, i: int) -> int:
    """Length of the transliterated name at ``i``: transliteration characters, parts joined by ``·``.

    After a dot one other character may stand inside a part when two transliteration characters
    follow it (``马·莱万诺夫斯基``); a part before a dot may open with one (``鲍尔斯·梅克尔``).

    >>> [foreign_run(s, 0) for s in ("斯塔诺耶夫和国家", "鲍尔斯·梅克尔率领", "马·莱万诺夫斯基说", "王安民")]
    [5, 7, 8, 0]
    """
    n = len(text)
    k = i
    tr = _translit_but_and()  # _foreign_char's set, asked inline: this runs for every run of a page
    if (  # a rare character first (asked only when the first is no transliteration character)
        k + 1 < n
        and text[k] not in tr
        and is_cjk(text[k])
        and text[k] not in _NOT_GIVEN
        and not is_word(text[k], _COMMON_CHAR)
    ):
        j = k + 1
        while j < n and text[j] in tr:
            j += 1
        if not (j < n and text[j] in DOTS and j - k >= 2):
            return 0
        k = j  # 鲍|里斯·: the first part opens with a character the table lacks
    while k < n and text[k] in tr:
        k += 1
    if k == i:
        return 0
    while k + 1 < n and text[k] in DOTS and text[k + 1] in tr:
        k += 1
        while k < n:
            if text[k] in tr or (
                is_cjk(text[k])
                and text[k] not in _NOT_GIVEN
                and all(c in tr for c in text[k + 1 : k + 3])
                and len(text[k + 1 : k + 3]) == 2
            ):
                k += 1
            else:
                break
    return k - i


_STANDALONE = 5000  # a character this frequent alone in jieba's dictionary (派, 来, 六) is a word of its own
_NUMERALS = frozenset("一二三四五六七八九十两〇零")
_ORDINAL_UNITS = frozenset("届次年月日个号期批名人位")  # what follows a number that is no name (十六届, 三个)
PLACE_FINALS = frozenset("县镇村区市省州部局委会院所站厂场馆港湾河湖路街桥城堡岛队团社店园处组办校杯赛")
"""Characters that end a place's, a body's or a thing's name and no given name (峰, 洲, 章 may end one)."""
NOT_FINAL = frozenset(
    "县镇村区市省州部局委会院所站厂场馆营港湾河湖路街桥塔车证杯赛性章官队团社店园处科组办校屯寨坡岭峰洲岛乡旗盟老爷滩楼层室厅"
)
"""Characters that end places, bodies and things, not given names (某某路, 某某县, 某某杯)."""

FOREIGN_TITLES = (
    "总统", "总理", "首相", "外长", "部长", "大臣", "主席", "议长", "大使", "国王", "亲王", "王子", "公主", "女王",
    "教练", "选手", "球员", "队员", "博士", "教授", "夫人", "秘书长", "总裁", "董事长", "经理", "作家", "诗人",
    "画家", "专家", "司令", "将军", "领导人", "特使", "发言人", "总书记", "主教", "牧师", "市长", "州长",
    "学者", "记者", "主任", "会长", "总干事", "元帅", "上将", "中将", "少将", "国务卿", "外援", "名将", "球星",
    "宇航员", "参议员", "众议员", "议员", "行长", "副总理", "副总统", "首席", "冠军", "歌星", "影星", "导演",
    "协调员", "干事", "院士", "顾问", "法官", "律师", "科学家", "大主教", "运动员", "演员", "歌手",
)  # fmt: skip
"""Titles written before (``外长…``) or after (``…总统``) a foreign name."""
JAPANESE_TITLES = (*FOREIGN_TITLES, "外相", "藏相", "官房长官", "长官")
"""Titles after ``日本`` that a Japanese name follows (``日本首相…``, ``日本驻华大使…``)."""
_CLOSING = (*FOREIGN_TITLES, "先生", "女士", "小姐", "一行", "等人")  # words after a name that end it


def _closes_foreign(text: str, k: int) -> bool:
    """True when a transliterated name may end before ``text[k]``: a boundary, a function word, a
    numeral, a stop word (``是``, ``表示``), a verb (``举行``) or a title written after the name (``总理``)."""
    if k >= len(text) or not is_cjk(text[k]) or text[k] in _NOT_GIVEN:
        return True
    c = text[k]
    if c in _FUNCTION_CHARS or c in _NUMERALS or _starts_stop(text, k) or text.startswith(_CLOSING, k):
        return True
    return is_verb_word(text[k : k + 2])


@functools.lru_cache(maxsize=1 << 12)
def _may_stand_inside(c: str) -> bool:
    """The per-character part of :func:`inner_other` (asked of most characters after a run)."""
    if not is_cjk(c) or c in _NOT_GIVEN or c in _FUNCTION_CHARS or c in _NUMERALS or c in PLACE_FINALS:
        return False
    return not is_word(c, _STANDALONE)


def inner_other(text: str, k: int) -> bool:
    """True when ``text[k]`` (``k >= 0``), a character the transliteration table lacks, may stand inside a
    transliterated name: rarely a word alone in jieba's dictionary (``宁``, ``坚``, ``申``; not ``派``,
    ``来``), no function word, numeral or place or body character, no stop word's start, and it
    makes no common word with the character before or after it (``武|器``)."""
    c = text[k : k + 1] if k >= 0 else ""
    if not _may_stand_inside(c) or _starts_stop(text, k):
        return False
    return not (_is_common_word(text[k - 1 : k + 1]) or _is_common_word(text[k : k + 2]))


def foreign_name_at(text: str, i: int) -> int:
    """Length of the transliterated name at ``i``: :func:`foreign_run` with its ends decided by what follows.

    * A character the table lacks stands inside a part of the name (``…洛宁``, ``…延科``) when
      the part then ends at a boundary, a dot, a function or stop word, a verb or a title
      (:func:`_closes_foreign`) and the run did not; at most one such character in two.
    * After a dot the next part runs on the same way; it may open with a character the table
      lacks when two it holds follow (``…·皮塔林``).
    * The last character leaves the name when it and the next one make a common word
      (``…克海|军``, ``…德日|前``, ``…森来|说``).

    >>> [foreign_name_at(s, 0) for s in ("卡尔洛宁举行会谈", "卡尔维来说", "卡尔维派代表", "卡尔维延科总理")]
    [4, 3, 3, 5]
    >>> foreign_name_at("卡尔斯·皮塔林2日说", 0), foreign_name_at("安德烈·托马坚及其", 0)
    (7, 7)
    """
    n = len(text)
    run = foreign_run(text, i)
    if not run:
        return 0
    end = _extend_part(text, i, i + run)
    while end + 2 < n and text[end] in DOTS:
        part = foreign_run(text, end + 1)
        c = text[end + 1]
        opens = is_cjk(c) and c not in _NOT_GIVEN and c not in _FUNCTION_CHARS and c not in _NUMERALS
        if not part and opens and all(_foreign_char(c) for c in text[end + 2 : end + 4]):
            part = 1 + foreign_run(text, end + 2)  # ·皮|塔林: the part opens with a character the table lacks
        if not part or end + 1 + part > n:
            break
        end = _extend_part(text, end + 1, end + 1 + part)
    if end - i > 2 and end < n and text[end - 1] not in DOTS and _is_common_word(text[end - 1 : end + 1]):
        end -= 1  # 巴尔克海|军: the last character starts a word
    return end - i


def _extend_part(text: str, start: int, end: int) -> int:
    """The end of the part ``text[start:end]`` of a transliterated name, run on over characters
    the table lacks (:func:`inner_other`), never two side by side, when that makes it end where a
    name may (:func:`_closes_foreign`) and the run did not."""
    if end >= len(text) or not inner_other(text, end) or _closes_foreign(text, end):
        return end  # (most runs stop at a character no name holds: the cheap test first)
    k, added = end, 0
    while k < len(text) and inner_other(text, k):
        added, k = added + 1, k + 1
        if text[k : k + 1] in DOTS or _closes_foreign(text, k):
            return k if 2 * added <= k - start else end
        if not _foreign_char(text[k : k + 1]):
            return end  # 润联: two characters the table lacks side by side make no transliteration
        while k < len(text) and _foreign_char(text[k]):
            k += 1
        if 2 * added > k - start:
            return end
        if text[k : k + 1] in DOTS or _closes_foreign(text, k):
            return k
    return end


_VISITING = frozenset("访赴抵驻")  # verbs of visiting a headline writes after a title (某市长访华)


def japanese_name_at(text: str, i: int) -> int:
    """Length of a Japanese name written at ``i`` (the caller knows a Japanese title stands before
    it), 0 when none: two to five characters up to a boundary or a stop word, holding no common
    word and no dictionary word but a name or, four characters or more, a noun (jieba lists some
    whole Japanese names so). Japanese names use Han characters, no transliteration.

    >>> japanese_name_at("山田一郎在会上说", 0), japanese_name_at("表示欢迎", 0)
    (4, 0)
    """
    run = _run(text, i, 5)
    if not run and 2 <= len(text) - i <= 5 and all(is_cjk(c) and c not in _NOT_GIVEN for c in text[i:]):
        run = len(text) - i  # the name ends the text (a caption, a headline)
    word = text[i : i + run]
    if not 2 <= run <= 5 or word[0] in _FUNCTION_CHARS or word[-1] in PLACE_FINALS or word[0] in _VISITING:
        return 0  # (某市市长|访汉并举办…: a verb of visiting, no name)
    if _has_common_word(word, 0) or _starts_stop(text, i):
        return 0
    listed = run >= 4 and word_tags().get(word) in ("n", "nz")  # jieba lists some whole names so
    return 0 if _is_dictionary_word(word) and not listed else run


def _transliterated_tail(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is made of transliteration characters, one other at most,
    not the last, that may stand inside a transliterated name (:func:`inner_other`: ``…莉达``)."""
    others = [k for k in range(start, end) if text[k] not in _translit()]
    return not others or (len(others) == 1 and others[0] < end - 1 and inner_other(text, others[0]))


def _transliterated(word: str, allowed_other: int = 0) -> bool:
    """True when ``word`` is made of transliteration characters (at most ``allowed_other`` others)."""
    return sum(c not in _translit() for c in word) <= allowed_other


def _has_common_word(word: str, start: int) -> bool:
    """True when ``word[start:]`` holds a frequent dictionary word that is not a name."""
    return any(_is_common_word(word[k : k + 2]) for k in range(start, len(word) - 1))


def _is_dictionary_word(word: str) -> bool:
    """True when jieba knows ``word`` as something other than a name or place (an idiom: 开宗明义)."""
    return is_word(word) and word_tags().get(word) not in ("nr", "nrt", "nrfg", "ns")


def _dotted(text: str, i: int) -> int:
    """Length of a transliterated name ``X·Y`` (``吉克·阿果``) at ``i``, 0 when none."""
    k = i
    while k < len(text) and k - i < 4 and is_cjk(text[k]):
        k += 1
    while k < len(text) and k - i < 6 and is_cjk(text[k]) and all(map(_foreign_char, text[i : k + 1])):
        k += 1  # a first part of five or six characters (Uyghur names), made of transliteration characters only
    if k - i < 1 or k >= len(text) or text[k] not in DOTS:
        return 0  # (·, ・ or •: pages write the dot either way)
    right = _run(text, k + 1, 4) or 0
    if not right:
        while k + 1 + right < len(text) and right < 4 and is_cjk(text[k + 1 + right]):
            j = k + 1 + right
            if right >= 2 and _is_common_word(text[j : j + 2]):
                break  # 费雷拉|发表: a word opens after the name
            right += 1
    if not right or _is_common_word(text[i:k]) or _is_common_word(text[k + 1 : k + 1 + right]):
        return 0  # 热议·创新: two words around a dot
    while (  # a last part of five or six transliteration characters (拉希德·萨纳瓦德纳)
        right < 6
        and k + 1 + right < len(text)
        and all(map(_foreign_char, text[k + 1 : k + 2 + right]))
        and not _is_common_word(text[k + 1 + right : k + 3 + right])
    ):
        right += 1
    return k + 1 + right - i


def _closed(text: str, k: int, breaks: Container[int] = ()) -> bool:
    """True when a name may end before ``text[k]``: a boundary, a line join or a stop word follows."""
    return k >= len(text) or not is_cjk(text[k]) or text[k] in _NOT_GIVEN or k in breaks or _starts_stop(text, k)


@lexicon.cached
def _heads() -> frozenset[str]:
    return lexicon.words("name_heads")


def headed_name_at(text: str, i: int, breaks: Container[int] = ()) -> int:
    """Length of a name opened by a head of ``kg/data/name_heads.txt`` (Dai ``岩帕``), 0 when none.

    The head and one or two characters, closed by a boundary or a stop word;
    never a dictionary word (``岩石``, ``依法``).

    >>> headed_name_at("岩帕主持会议", 0), headed_name_at("依法治县", 0), headed_name_at("岩温 玉罕", 0)
    (2, 0, 2)
    """
    if i >= len(text) or text[i] not in _heads():
        return 0
    for n in (2, 3):
        word = text[i : i + n]
        if len(word) < n or not all(is_cjk(c) and c not in _NOT_GIVEN for c in word):
            return 0
        if n == 3 and _starts_stop(text, i + 2):
            return 0
        if _closed(text, i + n, breaks) and not _is_dictionary_word(word) and not _has_common_word(word, 0):
            return n
    return 0


def spaced_name_at(text: str, i: int, breaks: Container[int] = ()) -> int:
    """Length of the span of a name split by an OCR space after its surname (``李 明强``), 0 when none.

    A single surname (or the head of a Dai name), one space, then one or two
    given characters closed by a boundary or a stop word.

    >>> spaced_name_at("李 明强、", 0), spaced_name_at("吴 婷 校对", 0), spaced_name_at("李 鸿说", 0)
    (4, 3, 3)
    >>> spaced_name_at("依 娜 校对", 0), spaced_name_at("市 委", 0)
    (3, 0)
    """
    if i + 2 >= len(text) or text[i + 1] not in _SPACES:
        return 0
    if surname_length(text, i) != 1 and text[i] not in _heads():
        return 0  # 依 娜: a Dai head counts as a surname here
    for g in (2, 1):
        given = text[i + 2 : i + 2 + g]
        if len(given) < g or not all(is_cjk(c) and c not in _NOT_GIVEN for c in given) or (i + 3 in breaks and g == 2):
            continue
        if g == 2 and (_starts_stop(text, i + 3) or _is_common_word(given)):
            continue
        if _closed(text, i + 2 + g, breaks):
            return 2 + g
    return 0


def _item_joins(text: str, i: int, j: int, k: int) -> bool:
    """Whether ``text[j]``, inside the list item ``text[i:k]``, joins two names (闵强和冉丽) or opens a stop
    word that runs to the item's end (滿秋生出席、, 滿秋生等人、): the item is no one name."""
    if text[j] == "等" or (text[j] in "和与及同" and k - j > 2):
        return True
    stop = _stop_pattern().match(text, j)
    return stop is not None and stop.end() == k


@lexicon.cached
def _org_short_names() -> tuple[str, ...]:
    """Bodies' names of three characters or more from ``org_names.txt`` (农工党, 致公党, 九三学社 …)."""
    return tuple(sorted({n for _, line in lexicon.lines("org_names") if len(n := line.split("\t")[0]) >= 3}))


@lexicon.cached
def _org_short_firsts() -> frozenset[str]:
    """The first characters of :func:`_org_short_names` (a set lookup before the prefix test)."""
    return frozenset(n[0] for n in _org_short_names())


def listed_name_at(text: str, i: int) -> int:
    """Length of a name inside a list of names (``甲、乙、丙``): the item up to ``、`` or a stop word, 0 when none.

    An item the name rules do not read (a rare surname, an unusual given
    name) is still a name when it is two to four characters, no dictionary
    word, and the list goes on after it or a stop word (``出席``, ``等``) ends it.
    Only called for an item after ``、``, never for the list's first.

    >>> listed_name_at("滿春生、", 0), listed_name_at("群众、", 0), listed_name_at("滿春生出席", 0)
    (3, 0, 3)
    >>> listed_name_at("刘冬让、", 0), listed_name_at("王振华、", 0)
    (3, 3)
    >>> listed_name_at("闵强和冉丽、", 0), listed_name_at("滿秋生出席、", 0), listed_name_at("滿秋生等人、", 0)
    (2, 3, 3)
    """
    k = i
    while k < len(text) and k - i < 5 and is_cjk(text[k]) and text[k] not in _NOT_GIVEN:
        k += 1
    whole = text[k : k + 1] == "、" and not any(_item_joins(text, i, j, k) for j in range(i + 2, k))
    if not whole:  # not an item closed by 、 whole (甲、乌力吉巴图、乙: a minority's name; 甲和乙、 two names)
        k = i
        while k < len(text) and k - i < 5 and is_cjk(text[k]) and text[k] not in _NOT_GIVEN:
            if k - i >= 2 and _starts_stop(text, k) and text[k + 1 : k + 2] != "、":
                break  # the last item: 滿文昌出席 (but 刘冬让、: a stop character that closes an item is the name's)
            k += 1
    word = text[i:k]
    closed = text[k : k + 1] == "、" or (k < len(text) and is_cjk(text[k]) and _starts_stop(text, k))
    if not 2 <= len(word) <= (5 if text[k : k + 1] == "、" else 4) or not closed or word[0] in _FUNCTION_CHARS:
        return 0  # (five characters only before 、: a minority's name in a list, 甲、乌力吉巴图、乙)
    # a word at the surname may be a reading of surname + given character (王国 in 王国某): only
    # a surname with a two-character given name free of words is read so
    sur = surname_length(word, 0)
    common = _has_common_word(word, 1) if sur == 1 and len(word) == 3 else _has_common_word(word, 0)
    if _is_dictionary_word(word) or common or _starts_stop(text, i):
        return 0
    return len(word)


def name_after_title(text: str, i: int, breaks: Container[int] = ()) -> int:
    """Length of the span of a name written right after a title, 0 when none.

    The longer of the readings of :func:`_name_after_title` and a transliterated foreign name
    (:func:`foreign_name_at`: ``斯塔诺耶夫``, ``鲍尔斯·梅克尔``) that is no dictionary word; the
    foreign one also when no Han surname opens the name and the longer reading only adds a
    word of its own (``卡多维尔|派代表``, ``瓦伊|六日``: :func:`_word_after`).

    >>> [name_after_title(s, 0) for s in ("斯塔诺耶夫和国家杜马", "鲍尔斯·梅克尔率领", "王安民主持会议")]
    [5, 7, 3]
    """
    n = _name_after_title(text, i, breaks)
    if n >= 2 and text[i] == text[i + 1] and is_cjk(text[i]) and not is_transliteration(text[i]):
        return 0  # 重温总书记|殷殷嘱托: a doubled character opens a word (殷殷, 谆谆), no name
    if n == 2 and surname_length(text, i) == 1 and text[i : i + 3] in lines_alone(text):
        return 3  # 副市长甄爱作,拟任 with a caption line 甄爱作: the page writes the three alone
    if n == 2 and is_verb_word(text[i : i + 2]):
        n = 0  # 县委书记|公示名单: a frequent verb, no two-character name
    if n <= 2 and opens_letter(text, i):
        return 0  # 宣读某某主席|贺信: a leader's letter or telegram (jieba tags 贺信 a name), no two-character name
    dot = next((k for k in range(i, i + n) if text[k] in DOTS), -1)
    punctuated = text[i + n : i + n + 1] in _LIST_PUNCTUATION  # 艾尔肯·阿不拉,: the name runs to the comma
    if dot > i and (last := foreign_name_at(text, dot + 1)) and dot + 1 + last < i + n and not punctuated:
        n = dot + 1 - i + last  # 汉斯·穆勒|举行: the part after the dot ends where a foreign name does
    foreign = foreign_name_at(text, i)
    dotted = any(c in DOTS for c in text[i : i + foreign])
    word = text[i : i + foreign]
    cuts = i + foreign < len(text) and _is_common_word(text[i + foreign - 1 : i + foreign + 1])  # 登门道|歉
    plain = not _is_dictionary_word(word) and (dotted or not (_has_common_word(word, 0) or cuts))
    if (foreign > max(n, 2) or (dotted and n)) and plain:
        if dotted and n > foreign and _closed(text, i + n):
            return n  # 艾尔肯·阿不拉,: a Uyghur part the table breaks (不, 都) runs to the boundary
        return foreign
    if foreign >= 2 and n > foreign and not surname_length(text, i) and plain and _word_after(text, i + foreign):
        return foreign  # 卡尔维|派代表, 卡尔维|六日: no Han name, and a word of its own follows the foreign one
    return n


@functools.lru_cache(maxsize=4)
def lines_alone(text: str) -> frozenset[str]:
    r"""The lines of ``text`` that hold only two to four Han characters (a photo's caption of a name).

    >>> sorted(lines_alone("卫峰\n甄爱作\n7月13日,公示显示。"))
    ['卫峰', '甄爱作']
    """
    return frozenset(m.group(1) for m in _LINE_ALONE.finditer(text))


_LINE_ALONE = re.compile(r"(?m)^[ \u3000]*([\u4e00-\u9fff]{2,4})[ \u3000]*$")


LETTERS = ("贺信", "贺电", "贺词", "贺函", "贺辞", "唁电", "复信", "回信")
"""A leader's letters and telegrams (domain knowledge): words, no names, and read out, not attended."""


def opens_letter(text: str, i: int) -> bool:
    """Whether a leader's letter or telegram (``贺信``, ``贺电``) is written at ``text[i]``: a word, no name.

    >>> opens_letter("主席贺信并致辞", 2), opens_letter("副县长贺信明出席", 3)
    (True, True)
    """
    return text.startswith(LETTERS, i)


def _word_after(text: str, k: int) -> bool:
    """True when ``text[k]`` is a word of its own, not part of a name: a numeral or a character
    frequent alone in jieba's dictionary that transliterates nothing (``派``, ``六``)."""
    c = text[k : k + 1]
    return c in _NUMERALS or (bool(c) and not _foreign_char(c) and is_word(c, _STANDALONE))


def _name_after_title(text: str, i: int, breaks: Container[int] = ()) -> int:
    """Length of the span of a name written right after a title, 0 when none.

    A title says a name follows, so more readings count than :func:`name_at`
    allows: a surname, an OCR space and one character (``李 鸿说``); a
    transliterated ``X·Y`` name; a Han name whose last character starts a
    dictionary word when a stop word follows the three (``王安民主持``); and a
    non-Han name of three to six characters (``达林巴``, ``图门巴日嘎拉``) when
    it ends at a boundary or a stop word, holds no common word, and what runs
    past a Han reading is made of transliteration characters
    (``kg/data/name_translit.txt``).

    >>> [_name_after_title(s, 0) for s in ("李 鸿说", "王安民主持会议", "图门巴日嘎拉，", "张三和李四")]
    [3, 3, 6, 2]
    >>> _name_after_title("吉克·阿果在汇报中", 0), _name_after_title("热线电话", 0)
    (5, 0)
    >>> _name_after_title("黄银凤，秘书长", 0), _name_after_title("和人民群众", 0), _name_after_title("高兴地说", 0)
    (3, 0, 0)
    >>> [_name_after_title(s, 0) for s in ("开宗明义提出", "热议·创新", "冯立新率省代表团")]
    [0, 0, 3]
    >>> _name_after_title("娄和庭等出席", 0)
    3
    """
    if i >= len(text) or not is_cjk(text[i]):
        return 0
    if text[i] in _FUNCTION_CHARS and (not surname_length(text, i) or _is_common_word(text[i + 1 : i + 3])):
        return 0  # 和人民群众: a conjunction, not the surname 和
    if text[i] == "由" and name_at(text, i + 1) >= 2:
        return 0  # 执行主席由黄茂林担任: 由 is the preposition before a name, not a surname
    if text[i] == "曾" and text[i + 1 : i + 2] == "由" and name_at(text, i + 2) >= 2:
        return 0  # 县委书记曾由黄茂林担任: 曾 is "once", not the surname
    sur = surname_length(text, i)
    spaced = spaced_name_at(text, i, breaks)
    if spaced:
        return spaced  # 李 鸿, 李 明强: an OCR space after the surname
    dotted = _dotted(text, i)
    if dotted:
        return dotted
    if not sur and (headed := headed_name_at(text, i, breaks)):
        return headed  # 岩帕: a Dai name opened by its head
    n = name_at(text, i, breaks)
    run = _run(text, i)
    if n and run <= n:
        return trim_verb_final(text, i, n)
    end = i + run
    hard_end = end >= len(text) or not is_cjk(text[end]) or text[end] in _NOT_GIVEN
    word = text[i:end]
    plain = not _is_dictionary_word(word) and not _has_common_word(word, 1)
    opening = text[i : i + 2]  # (黄海|韬汇报: a place's name the surname opens is no common word that refuses it)
    closed_by_stop = _starts_stop(text, end) and (not _is_common_word(opening) or word_tags().get(opening) == "ns")
    closed_name = (hard_end or closed_by_stop) and not _name_refused(text, i, end)
    if not n and sur == 1 and run in (2, 3) and plain and closed_name:
        return run  # 黄银凤，/ 娄和庭等: a name the given-name rules do not read, closed by punctuation or a stop word
    given = text[i + 1 : i + 3]
    proper = word_tags().get(given) in ("ns", "nz")  # 永和: a place's name, a given name too
    joined = run == 3 and text[i + 2] == "为" and closed_name  # 闵大为参加, 闵大为、: a stop closes it (大为 a word)
    common = _has_common_word(text[i : i + run], 1)
    if n and run == 3 and sur == 1 and (not common or (proper and closed_by_stop) or joined):
        return trim_verb_final(text, i, 3)  # 王安民主持: the stop word after the third character decides
    if (
        run >= 3
        and run > max(n, sur + 2)
        and _transliterated_tail(text, i + max(n, sur + 2), i + run)
        and not _is_common_word(text[i + run - 1 : i + run + 1])
        and not _is_dictionary_word(text[i : i + run])
        and not _has_common_word(text[i : i + run], 0 if not sur else 1)
    ):
        return run  # 沙马依且, 乌云塔木格: a name longer than a Han name
    if not n and run >= 3 and _transliterated(word, 1) and plain and not _has_common_word(word, 0):
        return run  # 达林巴: no Han surname
    closed = hard_end or closed_by_stop
    if not n and run == 2 and _transliterated(word) and plain and not _is_common_word(word) and closed:
        return run  # 巴桑代表: a two-character non-Han name closed by a stop word
    return trim_verb_final(text, i, n)


_LEADING_FUNCTION = frozenset("但而在就又也还却")  # (和, 与: surnames too, 和建国)


def reads_as_words(span: str) -> bool:
    """Whether ``span`` reads as words, no name: two dictionary words (文章|正文) with no compound surname
    opening them, or a function character and a word (但|其实).

    >>> [reads_as_words(w) for w in ("文章正文", "但其实", "甄建国", "欧阳明月")]
    [True, True, False, False]
    """
    if len(span) == 4 and surname_length(span, 0) != 2 and is_word(span[:2]) and is_word(span[2:]):
        return True
    return len(span) == 3 and span[0] in _LEADING_FUNCTION and is_word(span[1:], COMMON_WORD)
