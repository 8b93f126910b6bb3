"""Observation dates: parse the graph's partial ISO dates and compare them with a query date.

An observation (an edge's ``date``) is a point in time known to a day, a
month or a year (``2021-03-14``, ``2021-03``, ``2021``). It is placed at the
*first* day it may stand for, and a query date ``at`` at the *last* day it
may stand for, so "observed by ``at``" means "possibly observed on or before
``at``". A date without a year (``--03-14``) or no date at all cannot be
placed in time: :func:`observed_on` gives ``None`` and queries with ``at``
ignore such observations.

>>> observed_on("2021-03"), query_date("2021")
(datetime.date(2021, 3, 1), datetime.date(2021, 12, 31))
>>> observed_on("--03-14") is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from kg.data.dates import PartialDate
from kg.errors import ConfigError

__all__ = ["observed_on", "query_date", "recency_key", "sort_key"]


def observed_on(value: object) -> dt.date | None:
    """The first day an observation date may stand for, or ``None`` when it cannot be placed.

    >>> observed_on("2023-12-22"), observed_on(None), observed_on("next year")
    (datetime.date(2023, 12, 22), None, None)
    """
    if isinstance(value, dt.datetime):
        return _day(value)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    return _observed_on(value)


def _observed_on(value: str) -> dt.date | None:
    p = PartialDate.parse(value)
    return p.first_day() if p is not None else None


def _day(value: dt.datetime) -> dt.date | None:
    """The calendar day of a datetime (a pandas ``Timestamp`` too), as written (no time-zone shift); NaT → None."""
    try:
        return dt.date(value.year, value.month, value.day)
    except (TypeError, ValueError):  # pandas' NaT has no day
        return None


_DATETIME_TEXT = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d\d.*")


def query_date(value: object) -> dt.date:
    """The last day a query date may stand for; a clear error when it is not a date.

    ``value`` is a string (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or an ISO
    date-time whose day is taken), a ``datetime.date``, a ``datetime.datetime``
    or anything that is one (a pandas ``Timestamp``), or a NumPy ``datetime64``.

    >>> query_date("2021-02"), query_date(dt.date(2020, 1, 5)), query_date(dt.datetime(2021, 3, 14, 9, 30))
    (datetime.date(2021, 2, 28), datetime.date(2020, 1, 5), datetime.date(2021, 3, 14))
    >>> query_date("2021-03-14T09:30:00+08:00")
    datetime.date(2021, 3, 14)
    """
    if isinstance(value, dt.datetime):
        day = _day(value)
        if day is None:
            raise ConfigError(f"{value!r} is not a date (a missing value?)")
        return day
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if type(value).__name__ == "datetime64" or _DATETIME_TEXT.fullmatch(text):
        text = text.partition("T")[0].partition(" ")[0]
    try:
        day = PartialDate.of(text).last_day()
    except ValueError as e:
        if str(e) == "not a valid date":
            raise ConfigError(f"{value!r} is not a valid date") from None
        day = None
    if day is None:
        raise ConfigError(f"{value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    return day


def sort_key(value: object) -> tuple[int, str]:
    """Chronological order: placeable dates first, then yearless and missing ones by their text.

    >>> sorted(["--01-02", "2021-03", None, "2020-12-31"], key=sort_key)
    ['2020-12-31', '2021-03', '--01-02', None]
    """
    day = observed_on(value)
    if day is not None:
        return (0, day.isoformat())
    return (2, "") if value is None else (1, str(value))


def recency_key(value: object) -> tuple[int, str]:
    """Order for "the latest observation": placeable dates by date, above every unplaceable one.

    >>> max(["--12-31", "2021-03", None], key=recency_key)
    '2021-03'
    """
    day = observed_on(value)
    return (1, day.isoformat()) if day is not None else (0, "")
