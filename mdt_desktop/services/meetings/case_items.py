"""What a case item of a meeting shows about its cases: the latest risk level, open actions across meetings, the
safety plan's open services, and the flags that help order the agenda (a child's case, a case seen again within
12 months, a review past its date).

Only general facts are read here: levels, dates, services, agencies and statuses. Nothing restricted (answers,
anything typed in a plan, referral notes, identity) is selected, so nothing restricted can reach the editor.
Every function reads all the meeting's cases in a fixed handful of queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import ActionStatus, CaseType, RiskLevel, Service, ServiceStatus
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    CaseFile,
    Meeting,
    RiskAssessment,
    SafetyPlan,
    SafetyPlanService,
)

OPEN_SERVICE_STATUSES = (ServiceStatus.PLANNED, ServiceStatus.IN_PROGRESS)


@dataclass(frozen=True)
class LevelInForce:
    """A case's risk level as its latest assessment on or before a day left it, with that assessment's dates."""

    level: RiskLevel
    score: int | None
    assessed_on: dt.date
    next_review_on: dt.date | None


@dataclass(frozen=True)
class OpenAction:
    agency_label: str
    task: str
    due_date: dt.date | None
    status: ActionStatus


@dataclass(frozen=True)
class OpenService:
    service: Service
    agency_label: str
    due_date: dt.date | None
    status: ServiceStatus


@dataclass(frozen=True)
class CaseItemFacts:
    """One case linked to an item of the meeting, as the editor shows it."""

    id: int
    code: str
    case_type: CaseType
    is_child: bool
    level: LevelInForce | None
    review_overdue: bool  # the latest assessment's next review date is before the meeting
    seen_again_after: dt.date | None  # the last earlier meeting within 12 months that discussed the case
    plan_version: int | None
    open_actions: list[OpenAction] = field(default_factory=list)
    open_services: list[OpenService] = field(default_factory=list)


def levels_in_force(
    session: Session, case_ids: Sequence[int], on: dt.date | None = None
) -> dict[int, LevelInForce]:
    """Each case's level as its latest assessment (by date, then the last made that day) left it; only the
    assessments made on or before ``on`` when given (the level in force at a meeting)."""
    if not case_ids:
        return {}
    ranked = select(
        RiskAssessment.case_id,
        RiskAssessment.level,
        RiskAssessment.score,
        RiskAssessment.assessed_on,
        RiskAssessment.next_review_on,
        func.row_number()
        .over(
            partition_by=RiskAssessment.case_id,
            order_by=(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc()),
        )
        .label("rank"),
    ).where(RiskAssessment.case_id.in_(case_ids))
    if on is not None:
        ranked = ranked.where(RiskAssessment.assessed_on <= on)
    latest = ranked.subquery()
    rows = session.execute(
        select(
            latest.c.case_id, latest.c.level, latest.c.score, latest.c.assessed_on, latest.c.next_review_on
        ).where(latest.c.rank == 1)
    )
    return {
        case_id: LevelInForce(RiskLevel(level), score, assessed_on, next_review_on)
        for case_id, level, score, assessed_on, next_review_on in rows
    }


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for a 29th)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def meeting_cases(db: Database, meeting_id: int) -> dict[int, CaseItemFacts]:
    """Every case linked to an item of the meeting, by case id, with what its item shows."""
    with db.read_session() as session:
        # A case is seen again whichever body met on it before.
        meeting_date = session.execute(select(Meeting.date).where(Meeting.id == meeting_id)).scalar_one()
        rows = session.execute(
            select(CaseFile.id, CaseFile.code, CaseFile.case_type, CaseFile.is_child)
            .join(AgendaItemCase, AgendaItemCase.case_id == CaseFile.id)
            .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting_id)
            .distinct()
        ).all()
        ids = [row[0] for row in rows]
        if not ids:
            return {}
        levels = levels_in_force(session, ids)
        seen = dict(
            session.execute(
                select(AgendaItemCase.case_id, func.max(Meeting.date))
                .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(
                    AgendaItemCase.case_id.in_(ids),
                    Meeting.id != meeting_id,
                    Meeting.date < meeting_date,
                    Meeting.date >= year_before(meeting_date),
                )
                .group_by(AgendaItemCase.case_id)
            ).all()
        )
        actions: dict[int | None, list[OpenAction]] = {}  # the key is never None: the query asks for case ids
        for case_id, abbreviation, name, task, due, status in session.execute(
            select(
                ActionPoint.case_id, Agency.abbreviation, Agency.name_th, ActionPoint.task, ActionPoint.due_date,
                ActionPoint.status,
            )
            .join(Agency, Agency.id == ActionPoint.agency_id)
            .where(
                ActionPoint.case_id.in_(ids),
                ActionPoint.status.in_([s.value for s in ActionStatus if s.is_open]),
            )
            .order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
        ):  # fmt: skip
            actions.setdefault(case_id, []).append(
                OpenAction(abbreviation or name, task, due, ActionStatus(status))
            )
        current = (
            select(SafetyPlan.case_id, func.max(SafetyPlan.version).label("version"))
            .where(SafetyPlan.case_id.in_(ids))
            .group_by(SafetyPlan.case_id)
            .subquery()
        )
        plans: dict[int, int] = {case_id: version for case_id, version in session.execute(select(current))}
        services: dict[int, list[OpenService]] = {}
        # Only the current version's services: an older version's are superseded.
        for case_id, service, abbreviation, name, due, status in session.execute(
            select(
                SafetyPlan.case_id, SafetyPlanService.service, Agency.abbreviation, Agency.name_th,
                SafetyPlanService.due_date, SafetyPlanService.status,
            )
            .join(SafetyPlan, SafetyPlan.id == SafetyPlanService.plan_id)
            .join(
                current,
                (current.c.case_id == SafetyPlan.case_id) & (current.c.version == SafetyPlan.version),
            )
            .outerjoin(Agency, Agency.id == SafetyPlanService.agency_id)
            .where(SafetyPlanService.status.in_([s.value for s in OPEN_SERVICE_STATUSES]))
            .order_by(SafetyPlanService.sort_order, SafetyPlanService.id)
        ):  # fmt: skip
            services.setdefault(case_id, []).append(
                OpenService(Service(service), abbreviation or name or "", due, ServiceStatus(status))
            )
    out = {}
    for case_id, code, case_type, is_child in rows:
        level = levels.get(case_id)
        out[case_id] = CaseItemFacts(
            id=case_id,
            code=code,
            case_type=CaseType(case_type),
            is_child=is_child,
            level=level,
            review_overdue=bool(level and level.next_review_on and level.next_review_on < meeting_date),
            seen_again_after=seen.get(case_id),
            plan_version=plans.get(case_id),
            open_actions=actions.get(case_id, []),
            open_services=services.get(case_id, []),
        )
    return out
