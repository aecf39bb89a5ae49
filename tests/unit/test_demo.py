"""The demonstration database: a believable district year that is the same for the same seed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mdt_desktop.demo import DEMO_END, build_demo, is_demo
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA
from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MeetingKind
from mdt_desktop.domain.deadlines import is_overdue
from mdt_desktop.domain.privacy import ConsentFacts, may_store_identity
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    CaseConsent,
    CaseFile,
    CaseIdentity,
    Holiday,
    Meeting,
    Setting,
)
from tests.conftest import TEST_PASSPHRASE


def _fingerprint(db: Database) -> list[tuple[object, ...]]:
    """What a person would compare between two demos: meeting dates and numbers, case codes, minutes text."""
    with db.read_session() as session:
        meetings = session.execute(
            select(Meeting.date, Meeting.number, Meeting.kind).order_by(Meeting.id)
        ).all()
        codes = session.execute(select(CaseFile.code).order_by(CaseFile.id)).all()
        items = session.execute(
            select(
                AgendaItem.number, AgendaItem.title, AgendaItem.discussion, AgendaItem.resolution
            ).order_by(AgendaItem.id)
        ).all()
        tasks = session.execute(select(ActionPoint.task, ActionPoint.status).order_by(ActionPoint.id)).all()
    return [tuple(row) for row in (*meetings, *codes, *items, *tasks)]


def test_small_demo_is_a_year_of_one_district_with_the_standard_agenda(database: Database) -> None:
    assert not is_demo(database)
    summary = build_demo(database, "small", seed=1)

    assert is_demo(database)
    assert summary.end_date == DEMO_END
    assert 20 <= summary.counts["meeting"] <= 80
    assert summary.counts["case_file"] >= 30
    assert summary.counts["action_point"] >= 100
    assert summary.counts["holiday"] > 10
    with database.read_session() as session:
        assert session.get(Setting, SettingKey.MDT_LABEL.value) is not None
    with database.read_session() as session:
        kinds = set(session.execute(select(Meeting.kind)).scalars())
        assert {MeetingKind.REGULAR.value, MeetingKind.URGENT_CASE.value} <= kinds
        first_regular = session.execute(
            select(Meeting.id).where(Meeting.kind == MeetingKind.REGULAR.value).order_by(Meeting.date)
        ).scalars()
        for meeting_id in list(first_regular)[:3]:
            top = (
                session.execute(
                    select(AgendaItem.title)
                    .where(AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))
                    .order_by(AgendaItem.sort_order)
                )
                .scalars()
                .all()
            )
            assert tuple(top) == tuple(item.title for item in STANDARD_AGENDA)
        # Meetings are numbered per body and Buddhist year from 1 without gaps.
        numbers = session.execute(
            select(Meeting.body_id, Meeting.year_be, Meeting.number).order_by(Meeting.date, Meeting.id)
        ).all()
        seen: dict[tuple[int, int], list[int]] = {}
        for body_id, year_be, number in numbers:
            seen.setdefault((body_id, year_be), []).append(number)
        assert all(found == list(range(1, len(found) + 1)) for found in seen.values())
        # Case sub-items carry their case, and attendance has present members, stand-ins and absentees.
        assert session.execute(select(func.count()).select_from(AgendaItemCase)).scalar_one() >= 30
        categories = set(session.execute(select(Attendance.category)).scalars())
        assert {AttendanceCategory.PRESENT.value, AttendanceCategory.ABSENT.value} <= categories
        absent_reasons = session.execute(
            select(Attendance.reason).where(Attendance.category == AttendanceCategory.ABSENT.value)
        ).scalars()
        assert all(reason for reason in absent_reasons)
        # A stand-in records whom they replace; the minutes print "แทน" before it, so it is not stored twice.
        replaced = (
            session.execute(
                select(Attendance.stands_in_for_text).where(
                    Attendance.category == AttendanceCategory.STAND_IN.value
                )
            )
            .scalars()
            .all()
        )
        assert replaced and all(whom and not whom.startswith("แทน") for whom in replaced)


def test_the_action_register_has_done_open_and_overdue_actions(database: Database) -> None:
    build_demo(database, "small", seed=1)
    with database.read_session() as session:
        actions = session.execute(
            select(
                ActionPoint.status,
                ActionPoint.due_date,
                ActionPoint.closed_on,
                ActionPoint.agency_id,
                ActionPoint.responsible_person,
            )
        ).all()
    statuses = {status for status, *_rest in actions}
    assert ActionStatus.DONE.value in statuses
    assert statuses & {ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value}
    assert any(is_overdue(due, status, DEMO_END) for status, due, *_rest in actions)
    assert all(agency_id is not None and person for *_rest, agency_id, person in actions)
    for status, _due, closed_on, *_rest in actions:
        assert (closed_on is None) == ActionStatus(status).is_open


def test_progress_is_recorded_at_later_meetings_of_the_same_body(database: Database) -> None:
    build_demo(database, "small", seed=1)
    with database.read_session() as session:
        rows = session.execute(
            text(
                "SELECT a.body_id, am.date, pm.body_id, pm.date, p.recorded_on, p.status, a.status, a.closed_on "
                "FROM action_progress p JOIN action_point a ON a.id = p.action_id "
                "JOIN meeting am ON am.id = a.meeting_id JOIN meeting pm ON pm.id = p.meeting_id"
            )
        ).all()
        total = session.execute(select(func.count()).select_from(ActionProgress)).scalar_one()
    assert rows and len(rows) == total  # every progress row has its meeting
    for action_body, action_day, progress_body, progress_day, recorded_on, _status, _final, closed_on in rows:
        assert progress_body == action_body
        assert str(progress_day) > str(action_day)
        assert recorded_on == progress_day
        # Carried over: reported only while the action was still open on that meeting's day.
        assert closed_on is None or str(progress_day) <= str(closed_on)


def test_same_seed_gives_the_same_demo_and_another_seed_another(database: Database, tmp_path: Path) -> None:
    build_demo(database, "small", seed=7)
    twin, _code = Database.create(tmp_path / "twin.mdt", TEST_PASSPHRASE)
    other, _code = Database.create(tmp_path / "other.mdt", TEST_PASSPHRASE)
    try:
        build_demo(twin, "small", seed=7)
        build_demo(other, "small", seed=8)
        assert _fingerprint(twin) == _fingerprint(database)
        assert _fingerprint(other) != _fingerprint(database)
    finally:
        twin.close()
        other.close()


def test_case_codes_are_unique_and_identities_only_with_consent(database: Database) -> None:
    build_demo(database, "small", seed=3)
    with database.read_session() as session:
        codes = session.execute(select(CaseFile.code)).scalars().all()
        identities = session.execute(select(CaseIdentity.case_id, CaseIdentity.phone)).all()
        consents = session.execute(select(CaseConsent)).scalars().all()
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}-25\d\d-\d{4}", code) for code in codes)
    by_case: dict[int, list[ConsentFacts]] = {}
    for consent in consents:
        by_case.setdefault(consent.case_id, []).append(
            ConsentFacts(consent.given_on, consent.withdrawn_on, consent.without_consent_reason)
        )
    assert identities
    for case_id, phone in identities:
        assert may_store_identity(by_case.get(case_id, []), DEMO_END)
        assert phone == "" or re.fullmatch(r"08\d-555-\d{4}", phone)


def test_demo_text_is_searchable_and_edits_keep_the_index_current(database: Database) -> None:
    build_demo(database, "small", seed=1)
    match = "SELECT count(*) FROM search_fts WHERE search_fts MATCH :q"
    with database.read_session() as session:
        assert session.execute(text(match), {"q": '"ผู้เสียหาย"'}).scalar_one() > 0
        item_id = session.execute(select(AgendaItem.id).limit(1)).scalar_one()
    with database.session() as session:
        session.get_one(AgendaItem, item_id).discussion = "ข้อความทดสอบดัชนีค้นหาใหม่"
    with database.read_session() as session:
        assert session.execute(text(match), {"q": '"ทดสอบดัชนีค้นหา"'}).scalar_one() == 1


def test_a_demo_is_built_only_into_an_empty_database(database: Database) -> None:
    build_demo(database, "small", seed=1)
    with database.read_session() as session:
        holidays = session.execute(select(func.count()).select_from(Holiday)).scalar_one()
    with pytest.raises(ValueError):
        build_demo(database, "small", seed=2)
    with database.read_session() as session:
        assert session.execute(select(func.count()).select_from(Holiday)).scalar_one() == holidays
