"""The action register: every action point of every meeting, filtered and paged, and its progress history.

The register must stay quick on a province database (about 100,000 actions), so a page is one indexed query
with LIMIT/OFFSET, plus one COUNT and one grouped count per agency; nothing loads the whole table. The overdue
rule in SQL is the same as ``domain.deadlines.is_overdue`` (a test checks that they agree): an action
is overdue when it is still open or in progress and its due date is before today. Progress reported from the
register is written by ``actions.record_progress``, like progress reported at a meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.services.meetings.actions import OPEN_STATUSES
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, ActionProgress, Agency, Body, CaseFile, Meeting


@dataclass(frozen=True)
class RegisterFilter:
    body_id: int | None = None
    agency_id: int | None = None
    statuses: Collection[str] | None = None  # ActionStatus values; None: every status
    overdue_only: bool = False
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    today: dt.date | None = None  # None: the computer's date
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_label: str  # "3/2569"
    body_name: str
    agency_id: int
    agency_abbreviation: str
    agency_name: str
    task: str
    due_date: dt.date | None
    status: ActionStatus
    overdue: bool
    days_overdue: int
    case_code: str
    responsible_person: str
    last_progress_note: str
    status_reason: str = ""


@dataclass(frozen=True)
class AgencyCount:
    agency_id: int
    abbreviation: str
    open_count: int
    overdue_count: int


@dataclass(frozen=True)
class RegisterPage:
    rows: list[ActionRow]
    total: int
    counts_per_agency: list[AgencyCount]


@dataclass(frozen=True)
class ProgressLine:
    id: int
    recorded_on: dt.date
    meeting_id: int | None
    note: str
    status: ActionStatus
    recorded_by: str = ""  # the agency officer who reported it between meetings; empty for the secretary's


def overdue_clause(today: dt.date) -> ColumnElement[bool]:
    """SQL for ``deadlines.is_overdue``: open or in progress, with a due date before today."""
    return and_(
        ActionPoint.status.in_([s.value for s in OPEN_STATUSES]),
        ActionPoint.due_date.is_not(None),
        ActionPoint.due_date < today,
    )


def _where(f: RegisterFilter, today: dt.date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if f.body_id is not None:
        conditions.append(ActionPoint.body_id == f.body_id)
    if f.agency_id is not None:
        conditions.append(ActionPoint.agency_id == f.agency_id)
    if f.statuses is not None:
        conditions.append(ActionPoint.status.in_([str(s) for s in f.statuses]))
    if f.overdue_only:
        conditions.append(overdue_clause(today))
    if f.due_from is not None:
        conditions.append(ActionPoint.due_date >= f.due_from)
    if f.due_to is not None:
        conditions.append(ActionPoint.due_date <= f.due_to)
    return conditions


def _last_note() -> ColumnElement[str]:
    # Correlated subquery on ix_action_progress_action_id: one indexed lookup per row of the page only.
    return (
        select(ActionProgress.note)
        .where(ActionProgress.action_id == ActionPoint.id)
        .order_by(ActionProgress.recorded_on.desc(), ActionProgress.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def page_statement(f: RegisterFilter, today: dt.date) -> Select[*tuple[Any, ...]]:
    """The SELECT for one page; public so that a test can check its query plan."""
    return (
        select(
            ActionPoint.id,
            ActionPoint.meeting_id,
            Meeting.number,
            Meeting.year_be,
            Body.name_th,
            ActionPoint.agency_id,
            Agency.abbreviation,
            Agency.name_th,
            ActionPoint.task,
            ActionPoint.due_date,
            ActionPoint.status,
            CaseFile.code,
            ActionPoint.responsible_person,
            _last_note(),
            ActionPoint.status_reason,
        )
        .select_from(ActionPoint)
        .join(Meeting, Meeting.id == ActionPoint.meeting_id)
        .join(Body, Body.id == ActionPoint.body_id)
        .join(Agency, Agency.id == ActionPoint.agency_id)
        .outerjoin(CaseFile, CaseFile.id == ActionPoint.case_id)
        .where(*_where(f, today))
        # Earliest deadline first, actions without a deadline last; id keeps paging stable.
        .order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
        .limit(f.limit)
        .offset(f.offset)
    )


def _row(values: tuple[Any, ...], today: dt.date) -> ActionRow:
    (
        id_,
        meeting_id,
        number,
        year_be,
        body_name,
        agency_id,
        abbreviation,
        agency_name,
        task,
        due,
        status,
        case_code,
        person,
        note,
        reason,
    ) = values
    status = ActionStatus(status)
    overdue = deadlines.is_overdue(due, status, today)
    return ActionRow(
        id=id_,
        meeting_id=meeting_id,
        meeting_label=meeting_number_label(number, year_be),
        body_name=body_name,
        agency_id=agency_id,
        agency_abbreviation=abbreviation or "",
        agency_name=agency_name,
        task=task,
        due_date=due,
        status=status,
        overdue=overdue,
        days_overdue=deadlines.days_overdue(due, today) if overdue and due is not None else 0,
        case_code=case_code or "",
        responsible_person=person or "",
        last_progress_note=note or "",
        status_reason=reason or "",
    )


def query_register(db: Database, f: RegisterFilter) -> RegisterPage:
    today = f.today or dt.date.today()
    with db.read_session() as session:
        rows = [_row(tuple(values), today) for values in session.execute(page_statement(f, today))]
        total = session.scalar(select(func.count()).select_from(ActionPoint).where(*_where(f, today))) or 0
        counts = _counts_per_agency(session, f.body_id, today)
    return RegisterPage(rows=rows, total=total, counts_per_agency=counts)


def counts_statement(body_id: int | None, today: dt.date) -> Select[*tuple[Any, ...]]:
    conditions: list[ColumnElement[bool]] = [ActionPoint.status.in_([s.value for s in OPEN_STATUSES])]
    if body_id is not None:
        conditions.append(ActionPoint.body_id == body_id)
    overdue = func.sum(
        case((and_(ActionPoint.due_date.is_not(None), ActionPoint.due_date < today), 1), else_=0)
    )
    grouped = (
        select(ActionPoint.agency_id, func.count().label("open_count"), overdue.label("overdue_count"))
        .where(*conditions)
        .group_by(ActionPoint.agency_id)
        .subquery()
    )
    return (
        select(
            grouped.c.agency_id,
            Agency.abbreviation,
            Agency.name_th,
            grouped.c.open_count,
            grouped.c.overdue_count,
        )
        .join(Agency, Agency.id == grouped.c.agency_id)
        .order_by(grouped.c.overdue_count.desc(), grouped.c.open_count.desc(), Agency.abbreviation)
    )


def _counts_per_agency(session: Session, body_id: int | None, today: dt.date) -> list[AgencyCount]:
    """Open and overdue actions of each agency (for the chosen body, whatever the other filters say)."""
    return [
        AgencyCount(agency_id, abbreviation or name, open_count, overdue_count or 0)
        for agency_id, abbreviation, name, open_count, overdue_count in session.execute(
            counts_statement(body_id, today)
        )
    ]


def get_action(db: Database, action_id: int, today: dt.date | None = None) -> ActionRow:
    today = today or dt.date.today()
    statement = page_statement(RegisterFilter(limit=1), today).where(ActionPoint.id == action_id)
    with db.read_session() as session:
        values = session.execute(statement).one()
    return _row(tuple(values), today)


def progress_history(db: Database, action_id: int) -> list[ProgressLine]:
    query = (
        select(ActionProgress)
        .where(ActionProgress.action_id == action_id)
        .order_by(ActionProgress.recorded_on, ActionProgress.id)
    )
    with db.read_session() as session:
        return [
            ProgressLine(p.id, p.recorded_on, p.meeting_id, p.note, ActionStatus(p.status), p.recorded_by)
            for p in session.scalars(query)
        ]
