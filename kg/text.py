"""An OCR-cleaned view of a document's text that maps back to original offsets.

OCR'd newspaper pages break sentences across lines (``高质\\n\\n量发展``) and
repeat paragraphs. Extractors read :class:`CleanView.text`, where broken lines
are joined and repeated paragraphs dropped, and turn every span back into
offsets of the original text with :meth:`CleanView.to_original`.

>>> v = CleanView.of("这是高质量的一段很长很长很长的正文内容，说的是高质\\n\\n量发展。\\n标题")
>>> "高质量发展" in v.text
True
>>> s = v.text.index("高质量发展")
>>> v.to_original(s, s + 5)
(23, 30)
>>> "湖南某公司" in CleanView.of("企业所看中的。湖\\n\\n南某公司董事长说，希望未来能够深度合作。").text
True

A page written in traditional Chinese (Hong Kong, Macau, Taiwan, old archives) is read through
:func:`reading`: converted to simplified characters one character for one (``kg/data/t2s_chars.tsv``,
from OpenCC), so every offset stays where it was and kg's simplified lexicons read it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["CleanView", "blank_controls", "cn_number", "is_traditional", "reading", "sentence_spans", "to_simplified"]

_SENTENCE_END = "。！？!?；;…"
_CLOSERS = "”’」』）)》"
_JOINABLE_LINE = 18  # a line at least this long that ends mid-sentence continues on the next line
_HAN_FULL_STOP = re.compile(r"[\u4e00-\u9fff]\.$")  # …第三次全体会议. : a half-width full stop, no line joined after it
_BROKEN_TAIL = re.compile(r"。(?![完图文摄])[\u3400-\u9fff]{1,3}$")
"""A full stop and one to three characters after it ending a line: the next sentence broken off (…看中的。湖),
when body text follows (not ``…。完``, not a headline's ``加油！某某``)."""
_ITEM_LABEL = re.compile(
    r"(?:\d{1,2}[ \t\u3000]+(?![\d月日号时年点分秒个万亿千百元%％余多名家项所位人户条次台辆吨亩米公天周倍股批期届级岁])"
    r"|\d{1,2}[、．.](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)"
)
"""A list item's label opening a line (``01 ``, ``2、``, ``(3)``, ``四、``): a new item, not a broken line's rest."""
_NAME_ITEM = re.compile(r"[^，,。；;：:！？!?\s]{4,40}?(?:项目|工程|有限公司|公司|集团)")
"""A line that is one name and nothing else (某某公司某某生产项目): two such lines in a row are items of a list, one a
line, not a sentence broken over two lines."""
_DATED_END = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$|\d{1,2}:\d{2}(?::\d{2})?$")
"""A line ending in a date or a time (时间:2020-04-09, 15:05:04): page furniture, no sentence broken off."""
_META = re.compile(r"时间|日期|发布|来源|更新|作者|浏览|\|")  # (a furniture line's labels: not a body line's date)
_FURNITURE_START = re.compile(
    r"(?:文章|信息|新闻)?(?:作者|来源|时间|发布时间|发布日期|责任编辑|编辑|浏览|访问|点击|原标题|原题)\s*[:：]"
)
"""A page's furniture line (作者: | 来源: | 时间: | 原标题:…): a line of its own, the text before it ends there and the
text after it starts afresh."""
_PUBLISHER_LINE = re.compile(r"[^，,。；;：:\s]{2,16}?(?:发布时间|发布日期)\s*[:：]")
"""A publisher's name, then the date label (某市融媒体中心发布时间:…): a furniture line."""
_DATED_LEAD = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午)?[，,]")
"""A paragraph opening with its date and a comma (4月28日下午,…): after a headline, a new line (a date broken off
a sentence, 于2019年 / 12月31日被…, goes on)."""
_OWN_LINE_FURNITURE = re.compile(r"(?:^|(?<=\s))(?:文章|信息|新闻)?(?:来源|原标题|原题|责任编辑)\s*[:：]")
"""A furniture line that ends before prose (原标题:… / 继某某…,…, also after the page's date: 2016-04-01 14:43
来源:某报), not a label whose value wraps (时间:, 作者:)."""
_RUNS_INTO_DATE = re.compile(r"(?:于|在|至|到|从|自|的|为|是|截至|截止|定|即)$")
"""How a line that goes on into a date ends (会议定于 / 5月10日召开)."""
_SPACED_HEADLINE = re.compile(r"^[^、]*[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][^、]*$")
"""Phrases a space apart on a line with no clause mark and no list mark (加快解决企业实际问题 确保经济平稳健康增长): a
headline (a name padded with a space in a list, 县长卫　平、副县长…, is body text)."""
_RUNS_ON = re.compile(r"(?:的|在|到|于|与此|截至)$")  # 在…的|同时, 截至|目前: the opener's word is the sentence's
_CLAUSE_MARK = re.compile(r"[，,。；;]")  # (a heading holds none: …经过表决,决定|任命… is a sentence)
_HEADING_END = re.compile(r"(?:名单|名录|通知|决定|公告|公示|通报|如下)[:：]?$")
"""How a heading line ends (附件:某某示范村名单, 关于…的通知): the line after it starts afresh."""
_LISTING_VERB_END = re.compile(r"(?:命名|认定|推荐|确定|候选|入选|人选|公示|的)$")
"""How the first half of a wrapped heading ends (…示范村拟命名|名单(共3个)): its next line goes on with it."""
_LABEL_OPENS = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff()（）]{2,10}[:：]")
"""A line opening with its label (一类县市区:甲县、乙县): a short numbered heading line before it ended there."""
_HEADING_LINE = 30
_OUTLINE_NUMBER = re.compile(
    r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))"
)
"""The number of an outline's heading line (一、, (二), 3.)."""
_LIST_HEADING = re.compile(r"(?:名单|名录|公示)(?:[(（][^()（）\n]{1,10}[)）])?[:：]?$")
"""A heading line of its own (2023年度某某村拟命名名单(共17个)): the line before it ended its own text."""
_PARAGRAPH_OPENER = re.compile(
    r"(?:随后|同时|此外|另外|据悉|据了解|会上|会后|会议指出|会议强调|当天|近日|日前|目前|最后|首先|其次|此前)[，,]"
)
"""Words that open a paragraph with a comma after them (随后, 会上,): the line before ended its own paragraph, even
without a full stop, and is not a sentence broken over two lines."""
_CJK_START = re.compile(r"[\u3400-\u9fff“‘《（(0-9A-Za-z、，,]")


def _kept_apart(line: str, nxt: str) -> bool:
    """Whether a line that ends mid-sentence still ends its own text before ``nxt`` (the next line): a list's
    label or a paragraph opener opens ``nxt``, both are one firm's or project's name, ``line`` is a heading, a
    furniture line ending in a date, or a spaced headline, or ``nxt`` is a furniture line.

    >>> _kept_apart("附件:某县示范村名单", "某县精神文明建设委员会")
    True
    >>> _kept_apart("县委书记某某带领有关部门负责人来到某镇", "某村调研。")
    False
    >>> _kept_apart("某某开发区(某某区)(1个): 某某街道", "2023年度某某村拟命名名单(共17个)")
    True
    """
    headline = not _CLAUSE_MARK.search(line)
    return bool(
        _ITEM_LABEL.match(nxt)
        or _IMAGE_FILE.fullmatch(line.strip()) is not None
        or _same_chain(line.strip(), nxt.strip())
        or (_NAME_ITEM.fullmatch(line.strip()) and _NAME_ITEM.fullmatch(nxt.strip()))
        or (_PARAGRAPH_OPENER.match(nxt) and not _RUNS_ON.search(line))
        or (_HEADING_END.search(line) and headline)
        or (_DATED_END.search(line) and _META.search(line))
        or _FURNITURE_START.match(nxt)
        or (_OWN_LINE_FURNITURE.search(line.lstrip()) and (_FURNITURE_START.match(nxt) or _CLAUSE_MARK.search(nxt)))
        or _PUBLISHER_LINE.match(nxt)
        or (headline and _DATED_LEAD.match(nxt) and not _RUNS_INTO_DATE.search(line))
        or (
            _LIST_HEADING.search(nxt.strip()) is not None
            and not _CLAUSE_MARK.search(nxt)
            and not nxt.lstrip().startswith(("名单", "名录", "公示"))
            and not _LISTING_VERB_END.search(line)
        )
        or (_SPACED_HEADLINE.search(line.strip()) and headline)
        or (
            headline
            and len(line.strip()) <= _HEADING_LINE
            and _OUTLINE_NUMBER.match(line) is not None
            and not line.rstrip().endswith((":", "：", "为", "是", "有"))  # (…分别为: its list goes on)
            and _LABEL_OPENS.match(nxt) is not None
        )
    )


_IMAGE_FILE = re.compile(r"[\w\-./]+\.(?:jpe?g|png|gif|bmp|webp)", re.IGNORECASE)
"""A line that is only an image's file name (W0200727….JPG): a web page's picture, no text to join."""


def _same_chain(line: str, nxt: str) -> bool:
    """Two rows of a list of places: both open with the same three characters and ``line`` ends in a unit
    (某省某市某县某镇甲村 / 某省某市某县某镇乙村).

    >>> _same_chain("云南省玉溪市元江县龙潭乡甲冲村", "云南省保山市腾冲市固东镇新河村")
    True
    >>> _same_chain("云南省委书记", "云南省")
    False
    """
    return len(line) >= 6 and line[:3] == nxt[:3] and line[-1] in _UNIT_ENDS and not _CLAUSE_MARK.search(line)


_UNIT_ENDS = frozenset("村镇乡县区市旗屯寨居")
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\ud800-\udfff]"
)
"""Control characters (C0 but tab and line ends, DEL, C1) and format characters (zero-width, bidi, BOM …)."""


def blank_controls(text: str) -> str:
    """``text`` with control and invisible format characters replaced by spaces (offsets unchanged).

    They never belong in a name, and XML cannot hold most of them.

    >>> blank_controls("市长阳卫\x03国\u200b出席")
    '市长阳卫 国 出席'
    """
    return _INVISIBLE.sub(" ", text) if _INVISIBLE.search(text) else text


@dataclass(frozen=True, slots=True)
class CleanView:
    """Cleaned text plus the pieces of the original it was cut from.

    ``pieces[i] = (clean_start, original_start, length)``: the clean text is the
    concatenation of those original slices, in order.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    _starts: list[int] = field(init=False, repr=False, compare=False)  # each piece's clean start, for bisect
    _original_starts: list[int] = field(init=False, repr=False, compare=False)  # and its original start

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [cs for cs, _, _ in self.pieces])
        object.__setattr__(self, "_original_starts", [os_ for _, os_, _ in self.pieces])

    @classmethod
    def of(cls, original: str) -> CleanView:
        """Build the view: drop repeated paragraphs, join lines broken mid-sentence."""
        keep: list[tuple[int, int]] = []  # original (start, end) slices kept
        seen: set[str] = set()
        for m in re.finditer(r"[^\n]*(?:\n|$)", original):
            if m.start() == m.end():
                break
            line_start, line_end = m.start(), m.end()
            content = original[line_start:line_end].strip()
            if len(content) >= 12 and content in seen:
                continue  # an OCR repeat of a paragraph already read
            if len(content) >= 12:
                seen.add(content)
            keep.append((line_start, line_end))
        # join: remove the newline run after a long line that ends mid-sentence, or after a line that ends
        # a few characters past a full stop when body text follows (…看中的。湖 / 南某公司董事长…)
        slices: list[tuple[int, int]] = []
        i = 0
        while i < len(keep):
            start, end = keep[i]
            body = original[start:end].rstrip("\n")
            stripped = body.rstrip()
            broken = _BROKEN_TAIL.search(stripped) is not None
            if (
                (len(stripped.strip()) >= _JOINABLE_LINE or broken)
                and stripped
                and stripped[-1] not in _SENTENCE_END + _CLOSERS + ":："
                and not _HAN_FULL_STOP.search(stripped)
                and i + 1 < len(keep)
            ):
                # skip following blank lines, join to the next non-blank line
                j = i + 1
                while j < len(keep) and not original[keep[j][0] : keep[j][1]].strip():
                    j += 1
                if j < len(keep):
                    nxt_start, _ = keep[j]
                    nxt = original[nxt_start : keep[j][1]].lstrip()
                    body = len(nxt.strip()) >= _JOINABLE_LINE or len(stripped.strip()) >= _JOINABLE_LINE
                    if nxt and _CJK_START.match(nxt) and (body or not broken) and not _kept_apart(stripped, nxt):
                        slices.append((start, start + len(stripped)))
                        lead = len(original[nxt_start : keep[j][1]]) - len(nxt)
                        keep[j] = (nxt_start + lead, keep[j][1])
                        i = j
                        continue
            slices.append((start, end))
            i += 1
        pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        clean = 0
        for s, e in slices:
            if e <= s:
                continue
            if pieces and pieces[-1][1] + pieces[-1][2] == s:  # contiguous: extend
                cs, os_, ln = pieces[-1]
                pieces[-1] = (cs, os_, ln + e - s)
            else:
                pieces.append((clean, s, e - s))
            parts.append(original[s:e])
            clean += e - s
        return cls("".join(parts), tuple(pieces))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the original text's offsets."""
        if end <= start:
            o = self._point(start)
            return o, o
        pieces, starts = self.pieces, self._starts
        if not pieces:
            return 0, 1
        # _point of start and of end - 1, inline (asked for every mention, relation and candidate)
        k = bisect_right(starts, start) - 1
        cs, os_, ln = pieces[k if k > 0 else 0]
        d = start - cs
        o_start = os_ + (d if d < ln else ln)
        k = bisect_right(starts, end - 1) - 1
        cs, os_, ln = pieces[k if k > 0 else 0]
        d = end - 1 - cs
        return o_start, os_ + (d if d < ln else ln) + 1

    def joins(self) -> frozenset[int]:
        """Clean offsets where the view joined two pieces that are apart in the original (a removed line break).

        >>> CleanView.of("市委书记张三丰主持召开全市经济工作会议\\n强调要抓好落实。").joins()
        frozenset({19})
        """
        p = self.pieces
        return frozenset(p[k][0] for k in range(1, len(p)) if p[k - 1][1] + p[k - 1][2] != p[k][1])

    def to_clean(self, original: int) -> int | None:
        """The clean offset of the original offset ``original`` (``None`` where cleaning removed that character).

        The pieces are cut from the original in order and do not overlap, so the one that may hold
        ``original`` is the last starting at or before it.

        >>> v = CleanView.of("这是高质量的一段很长很长很长的正文内容，说的是高质\\n\\n量发展。")
        >>> v.to_clean(24), v.to_clean(25), v.to_clean(27)
        (24, None, 25)
        """
        k = bisect_right(self._original_starts, original) - 1
        if k >= 0:
            cs, os_, ln = self.pieces[k]
            if original < os_ + ln:
                return cs + original - os_
        return None

    def _point(self, i: int) -> int:
        if not self.pieces:
            return 0
        k = bisect_right(self._starts, i) - 1  # the last piece starting at or before i
        cs, os_, ln = self.pieces[k if k > 0 else 0]
        d = i - cs
        return os_ + (d if d < ln else ln)


_SENT = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


_CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def cn_number(s: str) -> int:
    """A number written in Chinese numerals up to 99, or in digits: its value (0 for an empty string).

    >>> [cn_number(n) for n in ("五", "十二", "二十三", "二十", "两", "12", "")]
    [5, 12, 23, 20, 2, 12, 0]
    """
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return _CN_VALUE[s[0]] if s else 0
    tens, _, ones = s.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``: split after 。！？； and at line ends.

    >>> t = "会议召开。张三出席！\\n下一段"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['会议召开。', '张三出席！', '下一段']
    """
    spans = []
    for m in _SENT.finditer(text):
        s, e = m.span()
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            spans.append((s + lead, e - trail))
    return spans


_QUOTED_TITLE = re.compile(r"《[^《》\n]{0,80}》")

TRADITIONAL_SHARE = 0.05
"""The share of a page's Han characters (outside titles in 《》) that are traditional-only, at least, for
the page to be read as traditional Chinese (:data:`TRADITIONAL_MIN` says more)."""
TRADITIONAL_MIN = 4
"""A page is read as traditional Chinese when at least :data:`TRADITIONAL_SHARE` of its Han
characters outside titles in 《》, and at least this many distinct characters, are traditional-only
(``kg/data/t2s_chars.tsv``'s third column: never in GB 2312, so never in simplified text). Traditional
text has far more: 28-50 % on the real dev pages converted with OpenCC, 29 % in the sentence
``株洲市市長主持召開會議``; the simplified pages (People's Daily, the real dev and check pages, the seeds,
the held-out pages) have none at all. 5 % is six times below the least traditional of those pages, and
takes a traditional word every twenty characters: a simplified page quoting a name (``香港特別行政區``,
two such characters) or a paper's title stays simplified; four distinct characters keep a one-line
simplified page that quotes one name, or names a person with a character simplified text keeps
(``昇``), from switching."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@functools.cache
def _t2s() -> tuple[dict[int, str], re.Pattern[str], frozenset[str]]:
    """The traditional → simplified table (for :meth:`str.translate`); a pattern finding the traditional-only
    characters of the Basic Multilingual Plane and every character beyond it; those beyond it that are
    traditional-only. (A character class of BMP characters alone is searched as a bitmap, ten times faster.)"""
    text = resources.files("kg.data").joinpath("t2s_chars.tsv").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    only: list[str] = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            trad, simp, marks_traditional = line.split("\t")
            table[ord(trad)] = simp
            if marks_traditional == "1":
                only.append(trad)
    bmp = "".join(c for c in only if c < _ASTRAL)
    return table, re.compile(f"[{bmp}{_ASTRAL}-\U0010ffff]"), frozenset(c for c in only if c >= _ASTRAL)


_ASTRAL = "\U00010000"


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional Chinese (:data:`TRADITIONAL_SHARE`, :data:`TRADITIONAL_MIN`).

    A simplified page costs one search through it that finds nothing.

    >>> is_traditional("株洲市市長甄永年主持召開會議"), is_traditional("株洲市市长甄永年主持召开会议")
    (True, False)
    >>> is_traditional("记者从香港特別行政區政府获悉,会议将于明日召开,市长出席并讲话。")
    False
    >>> quoting = "县长甄国华引用台湾学者的著作《兩岸關係與臺灣經濟發展》。"
    >>> is_traditional(quoting), is_traditional("甄昇说,甄昇强调,甄昇指出,甄昇察看")
    (False, False)
    """
    _, found, astral = _t2s()
    if found.search(text) is None:
        return False
    own = _QUOTED_TITLE.sub("", text)  # a simplified page quoting a traditional title (《兩岸關係》) stays so
    marks = [c for c in found.findall(own) if c < _ASTRAL or c in astral]
    if len(set(marks)) < TRADITIONAL_MIN:
        return False  # one name written with a character simplified text keeps (甄昇, four times) is no page
    return len(marks) >= TRADITIONAL_SHARE * sum(1 for _ in _HAN.finditer(own))


def to_simplified(text: str) -> str:
    """``text`` with every traditional character of the table replaced by its simplified one (same length).

    >>> to_simplified("香港特別行政區政府")
    '香港特别行政区政府'
    """
    return text.translate(_t2s()[0])


def reading(text: str) -> str:
    """The text kg reads of a page: :func:`to_simplified` when it :func:`is_traditional`, else ``text`` itself.

    >>> reading("市長出席會議並講話"), reading("市长出席会议")
    ('市长出席会议并讲话', '市长出席会议')
    """
    return to_simplified(text) if is_traditional(text) else text
