"""The one date rule of extraction: a fact is dated by the article that states it.

A page is cut into articles at their datelines (``XX日报讯``, ``新华社…电``), the
headline lines above a dateline belonging to its article (:func:`articles`). An
article's date is the first day its first lines write (``…讯(记者 甲)12月22日``,
``2024年5月15日``), its year the one written with it, else the page's year (a
December day on a January page is the year before), else none (``--12-22``,
xsd:gMonthDay); an article that writes no day has the page's date. Every
relation's evidence (:meth:`kg.extract.base.Doc.evidence`) and every meeting
read their dates here, so one sentence never gets two dates.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> Doc.of(Document(id="t.txt", text="甲日报讯 12月30日,县长出席会议。", date="2022-01-03")).date_at(12)
'2021-12-30'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.data.dates import PartialDate

__all__ = ["ArticleDates", "articles"]

_DATELINE = re.compile(r"(?:日报|晚报|电视台|新闻网)[^\n。]{0,8}?讯|新华社[^\n。]{0,12}?电|(?:^|\n)[^\n]{0,8}讯[(（]")
_DAY = re.compile(r"(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日")
_LEAD = 300  # characters at an article's top where its date is written


def articles(text: str) -> list[tuple[int, int]]:
    """Article spans of a page: from a dateline's headline lines to the next article.

    >>> t = "标题一\\n甲日报讯 正文一。\\n标题二\\n乙日报讯 正文二。"
    >>> [t[s:e].split()[0] for s, e in articles(t)]
    ['标题一', '标题二']
    """
    starts = [0]
    for m in _DATELINE.finditer(text):
        s = text.rfind("\n", 0, m.start() + (1 if text[m.start()] == "\n" else 0)) + 1
        # headline lines right above the dateline: short, no full stop
        while s > 0:
            prev = text.rfind("\n", 0, s - 1) + 1
            line = text[prev : s - 1].strip()
            if line and (len(line) > 40 or "。" in line):
                break
            s = prev
        if s > starts[-1]:
            starts.append(s)
    ends = [*starts[1:], len(text)]
    return [(s, e) for s, e in zip(starts, ends, strict=True) if text[s:e].strip()]


class ArticleDates:
    """The date of every article of a page, looked up by offset (what :meth:`kg.extract.base.Doc.date_at` reads).

    >>> ArticleDates("甲日报讯 12月30日,县长出席会议。", "2022-01-03").at(12)
    '2021-12-30'
    """

    def __init__(self, text: str, page: str | None) -> None:
        self.page = page
        self.spans = articles(text)  # the page's articles, cut once (meetings read them too: Doc.articles)
        self.starts: list[int] = []
        self.dates: list[str | None] = []
        for a_start, a_end in self.spans:
            self.starts.append(a_start)
            self.dates.append(_written_day(text[a_start : min(a_end, a_start + _LEAD)], page))

    def at(self, pos: int) -> str | None:
        """The date of the article holding ``pos`` (the page's date when it writes none)."""
        k = bisect_right(self.starts, pos) - 1
        return self.dates[k] if k >= 0 else self.page


def _written_day(lead: str, page: str | None) -> str | None:
    m = _DAY.search(lead)
    if not m:
        return page
    try:
        written = PartialDate(int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return page  # no such day (13月, 2月30日): the page's date
    if written.year is not None:
        return written.iso
    known = PartialDate.parse(page) if page else None
    if known is None or known.year is None:
        return written.iso  # --MM-DD (xsd:gMonthDay)
    before = known.month is not None and known.month < written.month  # a December day on a January page
    try:
        return PartialDate(known.year - before, written.month, written.day).iso
    except ValueError:
        return page  # 2月29日 in a year without one
