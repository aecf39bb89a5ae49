"""The quick choices of a statistics period: this and last fiscal year (ปีงบประมาณ N runs 1 October N-1 to 30
September N), this and last quarter (three calendar months: the fiscal year's quarters start in October, so its
quarters and the calendar's are the same months). Plain dates in, plain dates out: no Qt."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from mdt_desktop.thai.dates import fiscal_year_be, fiscal_year_bounds


class QuickPeriod(StrEnum):
    THIS_FISCAL_YEAR = "this_fiscal_year"
    LAST_FISCAL_YEAR = "last_fiscal_year"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"


def _quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first_month = (day.month - 1) // 3 * 3 + 1
    start = dt.date(day.year, first_month, 1)
    next_start = dt.date(day.year + 1, 1, 1) if first_month == 10 else dt.date(day.year, first_month + 3, 1)
    return start, next_start - dt.timedelta(days=1)


def period(choice: QuickPeriod, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``choice`` as seen on ``today``."""
    if choice is QuickPeriod.THIS_FISCAL_YEAR:
        return fiscal_year_bounds(fiscal_year_be(today))
    if choice is QuickPeriod.LAST_FISCAL_YEAR:
        return fiscal_year_bounds(fiscal_year_be(today) - 1)
    this_start, _ = _quarter_of(today)
    if choice is QuickPeriod.THIS_QUARTER:
        return _quarter_of(today)
    return _quarter_of(this_start - dt.timedelta(days=1))
