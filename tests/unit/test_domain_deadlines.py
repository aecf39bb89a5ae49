"""Working-day deadlines and which actions are overdue."""

from __future__ import annotations

from datetime import date

import pytest

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.deadlines import (
    add_working_days,
    days_overdue,
    is_overdue,
    minutes_due_date,
    with_substitute_days,
    working_days_between,
)

FRIDAY = date(2026, 4, 10)
# Songkran 2569: Monday 13 to Wednesday 15 April.
SONGKRAN = frozenset({date(2026, 4, 13), date(2026, 4, 14), date(2026, 4, 15)})


def test_one_working_day_after_friday_is_monday() -> None:
    assert add_working_days(FRIDAY, 1, ()) == date(2026, 4, 13)


def test_weekend_and_holidays_are_skipped() -> None:
    assert add_working_days(FRIDAY, 1, SONGKRAN) == date(2026, 4, 16)
    assert add_working_days(FRIDAY, 3, SONGKRAN) == date(2026, 4, 20)


def test_zero_days_is_the_same_day_and_negative_goes_back() -> None:
    assert add_working_days(FRIDAY, 0, SONGKRAN) == FRIDAY
    assert add_working_days(date(2026, 4, 16), -1, SONGKRAN) == FRIDAY


def test_working_days_between_counts_what_add_working_days_adds() -> None:
    end = add_working_days(FRIDAY, 7, SONGKRAN)
    assert working_days_between(FRIDAY, end, SONGKRAN) == 7
    assert working_days_between(end, FRIDAY, SONGKRAN) == -7
    assert working_days_between(FRIDAY, date(2026, 4, 12), SONGKRAN) == 0


def test_full_minutes_are_due_ten_working_days_after_the_meeting() -> None:
    assert minutes_due_date(FRIDAY, SONGKRAN) == date(2026, 4, 29)


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (ActionStatus.OPEN, True),
        (ActionStatus.IN_PROGRESS, True),
        (ActionStatus.DONE, False),
        (ActionStatus.CIRCUMSTANCES_CHANGED, False),
        (ActionStatus.NOT_DONE_BY_AGENCY, False),
    ],
)
def test_only_open_actions_past_due_are_overdue(status: ActionStatus, overdue: bool) -> None:
    assert is_overdue(date(2026, 5, 1), status, date(2026, 5, 2)) is overdue
    # Stored statuses are plain strings; they are read the same way.
    assert is_overdue(date(2026, 5, 1), status.value, date(2026, 5, 2)) is overdue


def test_due_today_or_without_due_date_is_not_overdue() -> None:
    assert not is_overdue(date(2026, 5, 1), ActionStatus.OPEN, date(2026, 5, 1))
    assert not is_overdue(None, ActionStatus.OPEN, date(2030, 1, 1))


def test_days_overdue() -> None:
    assert days_overdue(date(2026, 5, 1), date(2026, 5, 11)) == 10
    assert days_overdue(date(2026, 5, 1), date(2026, 4, 1)) == 0
    assert days_overdue(None, date(2026, 4, 1)) == 0


def test_holiday_on_a_weekend_gets_the_next_free_weekday_as_substitute() -> None:
    holidays = with_substitute_days(
        {date(2027, 7, 18): "วันอาสาฬหบูชา", date(2027, 7, 19): "วันเข้าพรรษา"}  # Sunday, Monday
    )
    assert holidays[date(2027, 7, 20)] == "วันหยุดชดเชยวันอาสาฬหบูชา"
    assert len(holidays) == 3


def test_weekday_holiday_gets_no_substitute() -> None:
    assert with_substitute_days({date(2026, 4, 6): "วันจักรี"}) == {date(2026, 4, 6): "วันจักรี"}
