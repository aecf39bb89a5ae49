"""Deadlines of actions: working days (no Saturdays, Sundays or listed public holidays) and overdue actions.

The holiday list is data the user edits (table ``holiday``); substitute days (วันหยุดชดเชย) are computed here by
the standing rule so that a seeded year already has them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta

from mdt_desktop.domain.codes import ActionStatus

# Good practice (DOMAIN.md): the full minutes reach the agencies within 10 working days of the meeting.
MINUTES_DUE_WORKING_DAYS = 10

_ONE_DAY = timedelta(days=1)


def is_working_day(d: date, holidays: Collection[date]) -> bool:
    return d.weekday() < 5 and d not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date]) -> date:
    """The day ``days`` working days after ``start`` (before it when negative). ``start`` itself does not
    count, so 1 working day after a Friday is the Monday, or the Tuesday when that Monday is a holiday."""
    step = _ONE_DAY if days >= 0 else -_ONE_DAY
    current = start
    remaining = abs(days)
    while remaining:
        current += step
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, holidays: Collection[date]) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier), so that
    ``working_days_between(s, add_working_days(s, n, h), h) == n``."""
    if end < start:
        return -working_days_between(end, start, holidays)
    count = 0
    current = start + _ONE_DAY
    while current <= end:
        if is_working_day(current, holidays):
            count += 1
        current += _ONE_DAY
    return count


def is_overdue(due: date | None, status: ActionStatus | str, today: date) -> bool:
    """Only an action still open or in progress can be overdue: done and failed actions are closed."""
    return due is not None and ActionStatus(status).is_open and today > due


def days_overdue(due: date | None, today: date) -> int:
    """Calendar days past the due date; 0 when not yet due or without a due date."""
    if due is None:
        return 0
    return max(0, (today - due).days)


def minutes_due_date(meeting_date: date, holidays: Collection[date]) -> date:
    return add_working_days(meeting_date, MINUTES_DUE_WORKING_DAYS, holidays)


def with_substitute_days(holidays: Mapping[date, str]) -> dict[date, str]:
    """The holidays plus a substitute day (วันหยุดชดเชย) for each one on a Saturday or Sunday: the next
    weekday that is not itself a holiday or an earlier substitute."""
    result = dict(holidays)
    for day in sorted(holidays):
        if day.weekday() < 5:
            continue
        substitute = day + _ONE_DAY
        while not is_working_day(substitute, result):
            substitute += _ONE_DAY
        result[substitute] = f"วันหยุดชดเชย{holidays[day]}"
    return result
