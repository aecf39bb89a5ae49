"""The action register: filters, overdue rule, counts per agency, paging, query plans, progress reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import RegisterFilter, query_register, record_progress
from mdt_desktop.storage.database import Database
from tests.register_fixtures import TODAY, Sample, build_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def ids(page: meetings.RegisterPage, sample: Sample) -> list[str]:
    names = {v: k for k, v in sample.actions.items()}
    return [names[row.id] for row in page.rows]


def test_register_lists_every_action_earliest_deadline_first(database: Database, sample: Sample) -> None:
    page = query_register(database, RegisterFilter(today=TODAY))
    assert page.total == 8
    assert ids(page, sample) == [
        "visit",
        "report",
        "other_body",
        "exam",
        "shelter",
        "statement",
        "school",
        "plan",
    ]
    visit = page.rows[0]
    assert visit.meeting_label == "2/2569"
    assert visit.body_name == "ทีมสหวิชาชีพอำเภอแม่กลอง"
    assert visit.agency_abbreviation == "พมจ."
    assert visit.case_code == "MKL-2569-0001"
    assert visit.responsible_person == "นายสมชาย ใจดี"
    assert (visit.overdue, visit.days_overdue) == (True, 51)


def test_overdue_actions_of_one_agency(database: Database, sample: Sample) -> None:
    page = query_register(
        database, RegisterFilter(agency_id=sample.pmj, body_id=sample.body_id, overdue_only=True, today=TODAY)
    )
    assert ids(page, sample) == ["visit", "shelter"]
    assert [row.days_overdue for row in page.rows] == [51, 1]
    assert page.total == 2


@pytest.mark.parametrize("offset_days", [-60, -21, -1, 0, 1, 30])
def test_sql_overdue_rule_agrees_with_the_domain_rule(
    database: Database, sample: Sample, offset_days: int
) -> None:
    today = TODAY + dt.timedelta(days=offset_days)
    every = query_register(database, RegisterFilter(today=today)).rows
    by_domain = {row.id for row in every if deadlines.is_overdue(row.due_date, row.status, today)}
    by_sql = {row.id for row in query_register(database, RegisterFilter(overdue_only=True, today=today)).rows}
    assert by_sql == by_domain
    assert {row.id for row in every if row.overdue} == by_domain


def test_filters_by_body_status_and_due_range(database: Database, sample: Sample) -> None:
    body_only = query_register(database, RegisterFilter(body_id=sample.other_body_id, today=TODAY))
    assert ids(body_only, sample) == ["other_body"]
    in_progress = query_register(database, RegisterFilter(statuses=["in_progress"], today=TODAY))
    assert ids(in_progress, sample) == ["shelter", "school"]
    october = query_register(
        database, RegisterFilter(due_from=dt.date(2026, 10, 1), due_to=dt.date(2026, 10, 31), today=TODAY)
    )
    assert ids(october, sample) == ["visit", "report", "other_body"]


def test_counts_per_agency_show_open_and_overdue(database: Database, sample: Sample) -> None:
    page = query_register(database, RegisterFilter(body_id=sample.body_id, today=TODAY))
    counts = {c.abbreviation: (c.open_count, c.overdue_count) for c in page.counts_per_agency}
    assert counts == {"พมจ.": (2, 2), "รพ.มก.": (2, 1), "สภ.เมือง": (2, 0)}
    assert page.counts_per_agency[0].abbreviation == "พมจ."  # most overdue first


def test_pages_follow_each_other_without_gaps(database: Database, sample: Sample) -> None:
    seen: list[int] = []
    for offset in range(0, 8, 3):
        page = query_register(database, RegisterFilter(offset=offset, limit=3, today=TODAY))
        assert page.total == 8
        seen.extend(row.id for row in page.rows)
    assert sorted(seen) == sorted(sample.actions.values())


def _plan(database: Database, statement: Any) -> str:
    """EXPLAIN QUERY PLAN of what SQLAlchemy actually sends for ``statement``."""
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, _many: bool) -> None:
        captured.append((sql, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        with database.read_session() as session:
            session.execute(statement).all()
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    sql, params = captured[-1]
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_register_queries_use_the_action_indexes(database: Database, sample: Sample) -> None:
    overdue = _plan(database, meetings.page_statement(RegisterFilter(overdue_only=True), TODAY))
    assert "ix_action_status_due" in overdue
    of_agency = _plan(
        database, meetings.page_statement(RegisterFilter(agency_id=sample.pmj, statuses=["open"]), TODAY)
    )
    assert "ix_action_agency_status_due" in of_agency
    counts = _plan(database, meetings.counts_statement(None, TODAY))
    assert "ix_action_agency_status_due" in counts or "ix_action_status_due" in counts
    assert "SCAN action_point\n" not in counts + "\n"


def test_failure_status_needs_a_reason(database: Database, sample: Sample) -> None:
    action_id = sample.actions["exam"]
    with pytest.raises(Refusal) as refused:
        record_progress(database, None, action_id, "  ", ActionStatus.CIRCUMSTANCES_CHANGED, TODAY)
    assert "เหตุผล" in refused.value.message("th")
    assert "reason" in refused.value.message("en")
    assert meetings.get_action(database, action_id, TODAY).status is ActionStatus.OPEN

    record_progress(
        database, sample.meeting2, action_id, "ผู้เสียหายย้ายออกนอกพื้นที่", ActionStatus.CIRCUMSTANCES_CHANGED, TODAY
    )
    row = meetings.get_action(database, action_id, TODAY)
    assert row.status is ActionStatus.CIRCUMSTANCES_CHANGED
    assert row.status_reason == "ผู้เสียหายย้ายออกนอกพื้นที่"
    assert row.last_progress_note == "ผู้เสียหายย้ายออกนอกพื้นที่"
    assert not row.overdue
    history = meetings.progress_history(database, action_id)
    assert [(line.status, line.meeting_id) for line in history] == [
        (ActionStatus.CIRCUMSTANCES_CHANGED, sample.meeting2)
    ]


def test_closing_sets_closed_on_and_reopening_clears_it(database: Database, sample: Sample) -> None:
    from mdt_desktop.storage.models import ActionPoint

    action_id = sample.actions["visit"]
    record_progress(database, None, action_id, "เยี่ยมบ้านแล้ว", ActionStatus.DONE, TODAY)
    with database.read_session() as s:
        assert s.get_one(ActionPoint, action_id).closed_on == TODAY
    record_progress(database, None, action_id, "ต้องเยี่ยมซ้ำ", ActionStatus.IN_PROGRESS, TODAY)
    with database.read_session() as s:
        action = s.get_one(ActionPoint, action_id)
        assert (action.closed_on, action.status) == (None, "in_progress")
    assert meetings.get_action(database, action_id, TODAY).last_progress_note == "ต้องเยี่ยมซ้ำ"
