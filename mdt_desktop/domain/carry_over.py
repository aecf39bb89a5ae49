"""Which actions come back under ระเบียบวาระที่ 3 เรื่องสืบเนื่อง (matters arising) of a meeting.

An action taken at an earlier meeting of the same body is reviewed at a later meeting if it was still open on
that meeting's date: it is open now, or it was closed on or after that date (it was reported closed at that
meeting, and the minutes of that meeting must keep showing it even when reopened years later).
"""

from __future__ import annotations

from datetime import date

from mdt_desktop.domain.codes import ActionStatus


def carries_over(
    action_meeting_date: date, status: ActionStatus | str, closed_on: date | None, meeting_date: date
) -> bool:
    if action_meeting_date >= meeting_date:
        return False
    if ActionStatus(status).is_open:
        return True
    # A closed action without a closing date is taken as closed long ago: it must not flood item 3.
    return closed_on is not None and closed_on >= meeting_date
