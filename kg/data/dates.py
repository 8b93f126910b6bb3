"""Partial dates: a day, a month or a year, as a page states it, never a day it does not state.

A page or an article may give its date to the day (``2024-05-15``), to the
month (``2024-05``), to the year (``2024``), or as a day without a year
(``--05-15``). :class:`PartialDate` holds exactly what is known; its ISO text
is the value kg stores (``Document.date``, an edge's ``date``), and its XSD
datatype the one RDF writes (xsd:date, xsd:gYearMonth, xsd:gYear,
xsd:gMonthDay). Extraction (:mod:`kg.extract.dates`, :func:`kg.corpus.page_date`),
RDF and the query API parse and render dates only here.

>>> [str(PartialDate(2024)), str(PartialDate(2024, 5)), str(PartialDate(2024, 5, 15)), str(PartialDate(None, 5, 15))]
['2024', '2024-05', '2024-05-15', '--05-15']
>>> PartialDate.parse("2024-05").xsd_type
'gYearMonth'
>>> PartialDate.parse("2024-02-30") is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["XSD_NS", "PartialDate"]

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
"""The XML Schema datatypes namespace (:attr:`PartialDate.xsd`)."""

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?|--(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day; ``year`` is ``None`` for a day without a year.

    >>> PartialDate(2024, 2).last_day(), PartialDate(2024).first_day(), PartialDate(None, 3, 1).first_day()
    (datetime.date(2024, 2, 29), datetime.date(2024, 1, 1), None)
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is not 1-9999")
        if self.year is None and (self.month is None or self.day is None):
            raise ValueError("a date without a year needs a month and a day")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.day is not None:  # 2000 is a leap year: --02-29 is a valid month-day
            dt.date(self.year if self.year is not None else 2000, self.month or 1, self.day)

    @staticmethod
    def of(text: str) -> PartialDate:
        """The date ISO ``text`` writes; :class:`ValueError` ``not a date`` or ``not a valid date``.

        >>> PartialDate.of("2024-5")
        PartialDate(year=2024, month=5, day=None)
        """
        m = _ISO.fullmatch(text.strip())
        if not m:
            raise ValueError("not a date")
        if m[4]:
            parts: tuple[int | None, ...] = (None, int(m[4]), int(m[5]))
        else:
            parts = (int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
        try:
            return PartialDate(*parts)
        except ValueError:
            raise ValueError("not a valid date") from None

    @staticmethod
    @lru_cache(maxsize=65536)
    def parse(text: str) -> PartialDate | None:
        """The date ISO ``text`` writes (``2024``, ``2024-05``, ``2024-05-15``, ``--05-15``), else ``None``."""
        try:
            return PartialDate.of(text)
        except ValueError:
            return None

    @property
    def iso(self) -> str:
        """ISO 8601 / XSD lexical form: ``2024``, ``2024-05``, ``2024-05-15`` or ``--05-15``."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def __str__(self) -> str:
        return self.iso

    @property
    def xsd_type(self) -> str:
        """The XSD datatype's local name: ``date``, ``gYearMonth``, ``gYear`` or ``gMonthDay``."""
        if self.year is None:
            return "gMonthDay"
        if self.day is not None:
            return "date"
        return "gYearMonth" if self.month is not None else "gYear"

    @property
    def xsd(self) -> str:
        """The XSD datatype IRI RDF writes for this date."""
        return XSD_NS + self.xsd_type

    def first_day(self) -> dt.date | None:
        """The first day this date may stand for (``None`` without a year)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date | None:
        """The last day this date may stand for (``None`` without a year)."""
        if self.year is None:
            return None
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])
