"""A case's story: everything the case's own view shows, gathered in one ``CaseStory``.

``case_story`` reads the tables directly in a fixed handful of queries (the case, its consents, assessments,
current safety plan and its services, referrals, the agenda items where it was discussed, its actions), never
one per row: the case with the longest history of a province opens while the person waits for it. The titles
of the instruments come from ``services.risk``'s catalogue.

Only what is general or belongs on the case's own screens is read: codes, dates, levels and scores, services,
statuses, agencies, and the resolutions of the minutes. No restricted text (answers of an assessment, what is
typed in a safety plan, referral notes, identity) is read here, so reading a story is not audited. With roles in
force (``services.roles``) the case's secretary and chair read it (``READ_CASES``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.codes import (
    ActionStatus,
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    ReferralStatus,
    RiskLevel,
    Service,
    ServiceStatus,
)
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.domain.privacy import ConsentFacts
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message
from mdt_desktop.services import roles
from mdt_desktop.services.cases import UrgentGround
from mdt_desktop.services.risk import list_instruments
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Body,
    CaseConsent,
    CaseFile,
    Meeting,
    Referral,
    RiskAssessment,
    SafetyPlan,
    SafetyPlanService,
)


class ConsentState(StrEnum):
    """Where the case stands on consent today."""

    IN_FORCE = "in_force"  # a consent given and not withdrawn
    WITHOUT_CONSENT = "without_consent"  # recorded without consent, on a ground of imminent danger
    WITHDRAWN = "withdrawn"  # consent was given and has been withdrawn
    NONE = "none"  # nothing recorded


@dataclass(frozen=True)
class AssessmentPoint:
    """One assessment as the chart and the header show it; ``review_overdue`` only for the newest assessment
    with its instrument (a later one with the same instrument is the review)."""

    id: int
    assessed_on: dt.date
    instrument_key: str
    instrument_version: int
    instrument_title: Message | None  # None when that instrument and version is no longer on offer
    score: int | None
    level: RiskLevel
    computed_level: RiskLevel
    next_review_on: dt.date | None
    review_overdue: bool

    @property
    def overridden(self) -> bool:
        """Professional judgement set a level other than the instrument's rule."""
        return self.level != self.computed_level


@dataclass(frozen=True)
class PlanServiceLine:
    service: Service
    agency: str  # abbreviation, else the name; "" when no agency is named
    due_date: dt.date | None
    status: ServiceStatus


@dataclass(frozen=True)
class PlanSummary:
    """The current (highest) version of the safety plan, without anything typed in it."""

    id: int
    version: int
    agreed_on: dt.date
    signed_off_on: dt.date | None
    services: tuple[PlanServiceLine, ...]


@dataclass(frozen=True)
class ReferralLine:
    id: int
    from_agency: str
    to_agency: str
    service: Service | None
    is_escalation: bool
    sent_on: dt.date
    answer_due_on: dt.date | None
    status: ReferralStatus
    answer_overdue: bool  # still awaiting an answer after its due date


@dataclass(frozen=True)
class Discussion:
    """An agenda item where the case was discussed, with the resolution of the minutes."""

    meeting_id: int
    meeting_label: str  # "3/2569"
    meeting_date: dt.date
    body_name: str
    item_id: int
    item_number: str
    item_title: str
    resolution: str


@dataclass(frozen=True)
class CaseAction:
    id: int
    meeting_id: int
    meeting_label: str
    meeting_date: dt.date
    agency: str
    task: str
    due_date: dt.date | None
    status: ActionStatus
    overdue: bool


@dataclass(frozen=True)
class CaseStory:
    """The case's own page. Assessments oldest first (the chart reads left to right); meetings and actions
    newest first, as every list of the program."""

    id: int
    code: str
    body_name: str
    case_type: CaseType
    is_child: bool
    child_status: ChildStatus | None
    stage: CaseStage
    outcome: CaseOutcome
    intake_date: dt.date
    consent: ConsentState
    without_consent_ground: UrgentGround | None  # of the latest sharing without consent, if any
    assessments: tuple[AssessmentPoint, ...]
    plan: PlanSummary | None
    referrals: tuple[ReferralLine, ...]
    discussions: tuple[Discussion, ...]
    actions: tuple[CaseAction, ...]
    # A consent in force covers sending the identity record to the provincial centre (``services.exchange``).
    shares_with_centre: bool = False

    @property
    def latest_assessment(self) -> AssessmentPoint | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def has_consent(self) -> bool:
        """Identifying details may be stored and opened (``domain.privacy.may_store_identity``)."""
        return self.consent in (ConsentState.IN_FORCE, ConsentState.WITHOUT_CONSENT)


def _agency_label(abbreviation: str | None, name: str | None) -> str:
    return abbreviation or name or ""


def consent_state(consents: list[ConsentFacts], today: dt.date) -> ConsentState:
    """A given consent in force wins; then a recorded sharing without consent; then a withdrawn consent."""
    given = [c for c in consents if not c.without_consent_reason.strip()]
    if any(c.allows_on(today) for c in given):
        return ConsentState.IN_FORCE
    if len(given) < len(consents):
        return ConsentState.WITHOUT_CONSENT
    if given:
        return ConsentState.WITHDRAWN
    return ConsentState.NONE


def _assessment_points(
    rows: Sequence[Any], today: dt.date, titles: dict[tuple[str, int], Message]
) -> tuple[AssessmentPoint, ...]:
    newest_of_instrument = {row.instrument_key: row.id for row in rows}  # rows are oldest first
    return tuple(
        AssessmentPoint(
            id=row.id,
            assessed_on=row.assessed_on,
            instrument_key=row.instrument_key,
            instrument_version=row.instrument_version,
            instrument_title=titles.get((row.instrument_key, row.instrument_version)),
            score=row.score,
            level=RiskLevel(row.level),
            computed_level=RiskLevel(row.computed_level),
            next_review_on=row.next_review_on,
            review_overdue=(
                newest_of_instrument[row.instrument_key] == row.id
                and row.next_review_on is not None
                and row.next_review_on < today
            ),
        )
        for row in rows
    )


def case_story(db: Database, case_id: int, today: dt.date | None = None) -> CaseStory:
    """The story of one case; an unknown id is a bug of the caller (``NoResultFound``)."""
    today = today or dt.date.today()
    titles = {(i.key, i.version): i.title for i in list_instruments(db).instruments}
    from_agency, to_agency = aliased(Agency), aliased(Agency)
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        case, body_name = session.execute(
            select(CaseFile, Body.name_th)
            .outerjoin(Body, Body.id == CaseFile.body_id)
            .where(CaseFile.id == case_id)
        ).one()
        consent_rows = list(session.scalars(select(CaseConsent).where(CaseConsent.case_id == case_id)))
        consents = [
            ConsentFacts(c.given_on, c.withdrawn_on, c.without_consent_reason or "") for c in consent_rows
        ]
        assessments = session.execute(
            select(
                RiskAssessment.id,
                RiskAssessment.assessed_on,
                RiskAssessment.instrument_key,
                RiskAssessment.instrument_version,
                RiskAssessment.score,
                RiskAssessment.level,
                RiskAssessment.computed_level,
                RiskAssessment.next_review_on,
            )
            .where(RiskAssessment.case_id == case_id)
            .order_by(RiskAssessment.assessed_on, RiskAssessment.id)
        ).all()
        plan = session.execute(
            select(SafetyPlan.id, SafetyPlan.version, SafetyPlan.agreed_on, SafetyPlan.signed_off_on)
            .where(SafetyPlan.case_id == case_id)
            .order_by(SafetyPlan.version.desc())
            .limit(1)
        ).first()
        plan_summary = None
        if plan is not None:
            services = session.execute(
                select(
                    SafetyPlanService.service,
                    SafetyPlanService.due_date,
                    SafetyPlanService.status,
                    Agency.abbreviation,
                    Agency.name_th,
                )
                .outerjoin(Agency, Agency.id == SafetyPlanService.agency_id)
                .where(SafetyPlanService.plan_id == plan.id)
                .order_by(SafetyPlanService.sort_order, SafetyPlanService.id)
            ).all()
            plan_summary = PlanSummary(
                id=plan.id,
                version=plan.version,
                agreed_on=plan.agreed_on,
                signed_off_on=plan.signed_off_on,
                services=tuple(
                    PlanServiceLine(
                        service=Service(service),
                        agency=_agency_label(abbreviation, name),
                        due_date=due,
                        status=ServiceStatus(status),
                    )
                    for service, due, status, abbreviation, name in services
                ),
            )
        referral_rows = session.execute(
            select(
                Referral.id,
                Referral.service,
                Referral.is_escalation,
                Referral.sent_on,
                Referral.answer_due_on,
                Referral.status,
                Referral.without_consent_ground,
                from_agency.abbreviation.label("from_abbreviation"),
                from_agency.name_th.label("from_name"),
                to_agency.abbreviation.label("to_abbreviation"),
                to_agency.name_th.label("to_name"),
            )
            .outerjoin(from_agency, from_agency.id == Referral.from_agency_id)
            .outerjoin(to_agency, to_agency.id == Referral.to_agency_id)
            .where(Referral.case_id == case_id)
            .order_by(Referral.sent_on.desc(), Referral.id.desc())
        ).all()
        discussions = session.execute(
            select(
                Meeting.id,
                Meeting.number,
                Meeting.year_be,
                Meeting.date,
                Body.name_th,
                AgendaItem.id,
                AgendaItem.number,
                AgendaItem.title,
                AgendaItem.resolution,
            )
            .select_from(AgendaItemCase)
            .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .join(Body, Body.id == Meeting.body_id)
            .where(AgendaItemCase.case_id == case_id)
            .order_by(Meeting.date.desc(), Meeting.id.desc(), AgendaItem.sort_order)
        ).all()
        actions = session.execute(
            select(
                ActionPoint.id,
                Meeting.id,
                Meeting.number,
                Meeting.year_be,
                Meeting.date,
                Agency.abbreviation,
                Agency.name_th,
                ActionPoint.task,
                ActionPoint.due_date,
                ActionPoint.status,
            )
            .join(Meeting, Meeting.id == ActionPoint.meeting_id)
            .join(Agency, Agency.id == ActionPoint.agency_id)
            .where(ActionPoint.case_id == case_id)
            .order_by(Meeting.date.desc(), Meeting.id.desc(), ActionPoint.id)
        ).all()

        grounds = [r.without_consent_ground for r in referral_rows if r.without_consent_ground]
        referrals = tuple(
            ReferralLine(
                id=r.id,
                from_agency=_agency_label(r.from_abbreviation, r.from_name),
                to_agency=_agency_label(r.to_abbreviation, r.to_name),
                service=Service(r.service) if r.service else None,
                is_escalation=r.is_escalation,
                sent_on=r.sent_on,
                answer_due_on=r.answer_due_on,
                status=ReferralStatus(r.status),
                answer_overdue=(
                    r.status == ReferralStatus.SENT.value
                    and r.answer_due_on is not None
                    and r.answer_due_on < today
                ),
            )
            for r in referral_rows
        )
        return CaseStory(
            id=case.id,
            code=case.code,
            body_name=body_name or "",
            case_type=CaseType(case.case_type),
            is_child=bool(case.is_child),
            child_status=ChildStatus(case.child_status) if case.child_status else None,
            stage=CaseStage(case.stage),
            outcome=CaseOutcome(case.outcome),
            intake_date=case.intake_date,
            consent=consent_state(consents, today),
            without_consent_ground=UrgentGround(grounds[0]) if grounds else None,
            shares_with_centre=any(c.shares_with_centre and c.withdrawn_on is None for c in consent_rows),
            assessments=_assessment_points(assessments, today, titles),
            plan=plan_summary,
            referrals=referrals,
            discussions=tuple(
                Discussion(
                    meeting_id=meeting_id,
                    meeting_label=meeting_number_label(number, year_be),
                    meeting_date=date,
                    body_name=name or "",
                    item_id=item_id,
                    item_number=item_number,
                    item_title=title,
                    resolution=resolution or "",
                )
                for meeting_id, number, year_be, date, name, item_id, item_number, title, resolution in discussions
            ),
            actions=tuple(
                CaseAction(
                    id=action_id,
                    meeting_id=meeting_id,
                    meeting_label=meeting_number_label(number, year_be),
                    meeting_date=date,
                    agency=_agency_label(abbreviation, name),
                    task=task,
                    due_date=due,
                    status=ActionStatus(status),
                    overdue=deadlines.is_overdue(due, status, today),
                )
                for action_id, meeting_id, number, year_be, date, abbreviation, name, task, due, status in actions
            ),
        )
