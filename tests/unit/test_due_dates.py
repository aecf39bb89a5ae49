"""The due date proposed for a new action, and the refusal of an action without one."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import AgendaKind, MeetingKind
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Body, Holiday

D = dt.date


@pytest.fixture
def team(database: Database) -> dict[str, int]:
    with database.session() as s:
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        other = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเชียงแสน", level="district", code="CSN")
        pmj = Agency(
            name_th="สำนักงานพัฒนาสังคมจังหวัด", abbreviation="พมจ.", sector="government", level="province"
        )
        s.add_all([body, other, pmj])
        s.flush()
        return {"body": body.id, "other": other.id, "pmj": pmj.id}


def test_a_new_body_is_proposed_thirty_days_moved_past_the_weekend(database: Database, team) -> None:
    meeting = meetings.create_meeting(database, team["body"], D(2026, 11, 19))  # a Thursday

    proposal = meetings.propose_due_date(database, meeting)

    # 30 days on is Saturday 19 December; the next working day is Monday the 21st.
    assert proposal.next_meeting == D(2026, 12, 21)
    assert not proposal.meeting_exists
    assert proposal.interval_days == 30
    assert proposal.quick == ((7, D(2026, 11, 26)), (15, D(2026, 12, 4)), (30, D(2026, 12, 21)))


def test_a_public_holiday_pushes_the_proposal_to_the_next_working_day(database: Database, team) -> None:
    with database.session() as s:
        s.add(Holiday(day=D(2026, 12, 21), name="วันหยุดทดสอบ"))
    meeting = meetings.create_meeting(database, team["body"], D(2026, 11, 19))

    proposal = meetings.propose_due_date(database, meeting)

    assert proposal.next_meeting == D(2026, 12, 22)
    assert proposal.quick[2] == (30, D(2026, 12, 22))


def test_the_usual_interval_is_the_median_of_the_bodys_regular_meetings(database: Database, team) -> None:
    for day in (D(2026, 8, 20), D(2026, 9, 17), D(2026, 10, 22)):  # gaps of 28 and 35 days, then 28 below
        meetings.create_meeting(database, team["body"], day)
    meetings.create_meeting(database, team["body"], D(2026, 11, 5), kind=MeetingKind.URGENT_CASE)
    meetings.create_meeting(database, team["other"], D(2026, 11, 12))  # another team's habit is not ours
    meeting = meetings.create_meeting(database, team["body"], D(2026, 11, 19))

    proposal = meetings.propose_due_date(database, meeting)

    assert proposal.interval_days == 28
    assert proposal.next_meeting == D(2026, 12, 17)
    assert not proposal.meeting_exists


def test_the_next_regular_meeting_already_created_is_the_proposal(database: Database, team) -> None:
    meeting = meetings.create_meeting(database, team["body"], D(2026, 11, 19))
    meetings.create_meeting(database, team["body"], D(2026, 11, 26), kind=MeetingKind.URGENT_CASE)
    meetings.create_meeting(database, team["body"], D(2027, 1, 14))
    meetings.create_meeting(database, team["body"], D(2026, 12, 10))

    proposal = meetings.propose_due_date(database, meeting)

    assert (proposal.next_meeting, proposal.meeting_exists) == (D(2026, 12, 10), True)


def test_an_action_without_a_due_date_is_refused(database: Database, team) -> None:
    meeting = meetings.create_meeting(database, team["body"], D(2026, 11, 19))
    item = meetings.add_item(database, meeting, "กรณีแรงงานประมง", AgendaKind.FOR_CONSIDERATION)

    with pytest.raises(Refusal) as refused:
        meetings.add_action(database, meeting, item, team["pmj"], "จัดหาล่าม", None)
    assert refused.value.reason == meetings.DUE_DATE_REQUIRED
    assert meetings.load_meeting(database, meeting).item(item).actions == []

    action = meetings.add_action(database, meeting, item, team["pmj"], "จัดหาล่าม", D(2026, 12, 17))
    with pytest.raises(Refusal) as cleared:
        meetings.update_action(database, action, due_date=None)
    assert cleared.value.reason == meetings.DUE_DATE_REQUIRED
    assert [a.due_date for a in meetings.load_meeting(database, meeting).item(item).actions] == [
        D(2026, 12, 17)
    ]
