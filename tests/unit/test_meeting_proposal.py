"""A new meeting's proposal from the body's habits: the usual venue, the usual start, an end after it."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings.proposal import (
    END_NOT_AFTER_START,
    create_proposed_meeting,
    end_after,
    propose_meeting,
)
from mdt_desktop.storage.models import Body

D = dt.date
T = dt.time


@pytest.fixture
def body(database) -> int:
    with database.session() as session:
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district")
        session.add(team)
        session.flush()
        return team.id


def held(database, body: int, day: D, venue: str, start: T | None, end: T | None) -> None:
    meeting_id = meetings.create_meeting(database, body, day, venue=venue, start_time=start)
    meetings.update_header(database, meeting_id, end_time=end)


def test_a_body_without_meetings_proposes_nothing_but_two_hours(database, body):
    proposal = propose_meeting(database, body)
    assert (proposal.venue, proposal.start_time, proposal.end_time) == ("", None, None)
    assert proposal.usual_length == dt.timedelta(hours=2)


def test_the_usual_venue_and_start_and_the_usual_length(database, body):
    held(database, body, D(2026, 6, 10), "ห้องประชุมอำเภอแม่สาย", T(9, 30), T(12, 0))
    held(database, body, D(2026, 7, 8), "ห้องประชุมอำเภอแม่สาย", T(9, 30), T(11, 30))
    held(database, body, D(2026, 8, 12), "ศาลากลางจังหวัด", T(13, 0), T(14, 30))
    held(database, body, D(2026, 9, 9), "ห้องประชุมอำเภอแม่สาย", T(9, 30), T(11, 0))
    proposal = propose_meeting(database, body)
    assert proposal.venue == "ห้องประชุมอำเภอแม่สาย"
    assert proposal.start_time == T(9, 30)
    # Lengths 2 h 30, 2 h, 1 h 30 and 1 h 30: the median is 1 h 45.
    assert proposal.usual_length == dt.timedelta(hours=1, minutes=45)
    assert proposal.end_time == T(11, 15)


def test_without_recorded_ends_the_end_is_two_hours_after_the_start(database, body):
    held(database, body, D(2026, 9, 9), "ห้องประชุม", T(13, 30), None)
    proposal = propose_meeting(database, body)
    assert (proposal.start_time, proposal.end_time) == (T(13, 30), T(15, 30))


def test_of_equally_frequent_venues_the_latest_is_proposed(database, body):
    held(database, body, D(2026, 8, 12), "ศาลากลางจังหวัด", None, None)
    held(database, body, D(2026, 9, 9), "ห้องประชุมอำเภอ", None, None)
    assert propose_meeting(database, body).venue == "ห้องประชุมอำเภอ"


def test_an_end_past_midnight_stops_at_the_last_minute_of_the_day():
    assert end_after(T(23, 0), dt.timedelta(hours=2)) == T(23, 59)
    assert end_after(T(9, 30), dt.timedelta(hours=2)) == T(11, 30)


def test_a_meeting_is_created_with_its_end_and_an_end_before_the_start_is_refused(database, body):
    meeting_id = create_proposed_meeting(database, body, D(2026, 10, 14), venue="ห้อง", start_time=T(9, 30),
                                         end_time=T(11, 30))  # fmt: skip
    header = meetings.load_meeting(database, meeting_id).header
    assert (header.venue, header.start_time, header.end_time) == ("ห้อง", T(9, 30), T(11, 30))
    with pytest.raises(Refusal) as refused:
        create_proposed_meeting(database, body, D(2026, 11, 11), start_time=T(9, 30), end_time=T(9, 0))
    assert refused.value.message("th") == END_NOT_AFTER_START.th
    assert len(meetings.list_meetings(database, body)) == 1  # nothing created
