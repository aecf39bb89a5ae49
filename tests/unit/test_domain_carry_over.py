"""Which actions of earlier meetings come back under ระเบียบวาระที่ 3 เรื่องสืบเนื่อง."""

from __future__ import annotations

from datetime import date

import pytest

from mdt_desktop.domain.carry_over import carries_over
from mdt_desktop.domain.codes import ActionStatus

JANUARY = date(2026, 1, 15)  # the meeting where the action was taken
FEBRUARY = date(2026, 2, 19)  # the later meeting whose item 3 is being built


@pytest.mark.parametrize("status", [ActionStatus.OPEN, ActionStatus.IN_PROGRESS])
def test_open_action_of_an_earlier_meeting_carries_over(status: ActionStatus) -> None:
    assert carries_over(JANUARY, status, None, FEBRUARY)


def test_action_closed_on_the_meeting_date_is_shown_there() -> None:
    assert carries_over(JANUARY, ActionStatus.DONE, FEBRUARY, FEBRUARY)


def test_action_closed_after_the_meeting_date_is_shown_in_that_meeting() -> None:
    assert carries_over(JANUARY, ActionStatus.NOT_DONE_BY_AGENCY, date(2026, 3, 1), FEBRUARY)


def test_action_closed_before_the_meeting_does_not_come_back() -> None:
    assert not carries_over(JANUARY, ActionStatus.DONE, date(2026, 2, 1), FEBRUARY)
    assert not carries_over(JANUARY, ActionStatus.CIRCUMSTANCES_CHANGED, date(2026, 2, 18), FEBRUARY)


def test_closed_action_without_a_closing_date_does_not_come_back() -> None:
    assert not carries_over(JANUARY, "done", None, FEBRUARY)


def test_action_of_the_same_or_a_later_meeting_is_not_matters_arising() -> None:
    assert not carries_over(FEBRUARY, ActionStatus.OPEN, None, FEBRUARY)
    assert not carries_over(date(2026, 3, 1), ActionStatus.OPEN, None, FEBRUARY)
