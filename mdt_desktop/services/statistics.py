"""The statistics a team reports upward for a period and an area, from this database: the facts are gathered
here and counted by ``domain.statistics_facts`` (which says which records count), the same counting a centre
applies to what its districts sent (``services.centre``).

Age is the age group on the intake date, from the recorded date of birth; sex and nationality (folded to a fixed
list) come from the case's identity record; all three are "unknown" without one. The area is the area of the body
(team) that holds the record, or any area below it; without an area, everything. The report holds labels and
counts only: no case code, name, date of birth or free text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, load_only

from mdt_desktop.domain.codes import NationalityGroup, Sex
from mdt_desktop.domain.roles import READS_STATISTICS
from mdt_desktop.domain.statistics_facts import (
    ACTION_COLUMNS,
    AGE_GROUPS,
    UNKNOWN_TH,
    ActionFact,
    CaseFact,
    MeetingFact,
    ReferralFact,
    StatisticsFacts,
    age_group,
    build_report,
    nationality_group,
)
from mdt_desktop.domain.statistics_report import StatisticsReport
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Area,
    Body,
    CaseFile,
    CaseIdentity,
    Meeting,
    Referral,
)

__all__ = [
    "ACTION_COLUMNS",
    "AGE_GROUPS",
    "UNKNOWN_AREA",
    "UNKNOWN_TH",
    "age_group",
    "bodies_in_area",
    "facts",
    "report",
]

UNKNOWN_AREA = Message(th="ไม่พบพื้นที่รหัส {area_id}", en="There is no area with id {area_id}")


def report(db: Database, start: dt.date, end: dt.date, area_id: int | None = None) -> StatisticsReport:
    """The statistics for ``start``..``end`` (both days included) and the area, suppressed and ready to publish."""
    with db.read_session() as session:
        roles.require_any(session, db, READS_STATISTICS)
        area_name, body_ids = bodies_in_area(session, area_id)
        return build_report(facts(session, start, end, body_ids), start, end, area_name)


def bodies_in_area(session: Session, area_id: int | None) -> tuple[str, set[int] | None]:
    """The Thai name of the area and the ids of the bodies in it or below it; ("", None) for every area."""
    if area_id is None:
        return "", None
    children: dict[int | None, list[int]] = {}
    names: dict[int, str] = {}
    for area in session.scalars(select(Area)):
        children.setdefault(area.parent_id, []).append(area.id)
        names[area.id] = area.name_th
    if area_id not in names:
        raise Refusal(UNKNOWN_AREA, area_id=area_id)
    areas, waiting = set[int](), [area_id]
    while waiting:
        current = waiting.pop()
        if current not in areas:
            areas.add(current)
            waiting.extend(children.get(current, []))
    bodies = set(session.scalars(select(Body.id).where(Body.area_id.in_(areas))))
    return names[area_id], bodies


def facts(session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None) -> StatisticsFacts:
    """The facts of the bodies (all with None) that the period's statistics can count."""
    return StatisticsFacts(
        cases=list(case_facts(session, start, end, body_ids).values()),
        meetings=_meeting_facts(session, start, end, body_ids),
        actions=list(action_facts(session, start, end, body_ids).values()),
        referrals=list(referral_facts(session, start, end, body_ids).values()),
    )


def case_fact(case: CaseFile, identity: CaseIdentity | None, discussed_on: tuple[dt.date, ...]) -> CaseFact:
    """What the statistics know of a case: codes and groups, never its code, a name or a date of birth."""
    return CaseFact(
        case_type=case.case_type,
        sex=identity.sex if identity else Sex.UNKNOWN.value,
        age_group=age_group(identity.date_of_birth if identity else None, case.intake_date),
        nationality=(nationality_group(identity.nationality) if identity else NationalityGroup.UNKNOWN).value,
        stage=case.stage,
        outcome=case.outcome,
        intake_date=case.intake_date,
        discussed_on=discussed_on,
    )


def case_facts(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> dict[int, CaseFact]:
    """The facts of the cases handled in the period, by case id."""
    discussed = (
        select(AgendaItemCase.case_id)
        .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.date.between(start, end))
    )
    query = (
        select(CaseFile, CaseIdentity)
        .outerjoin(CaseIdentity, CaseIdentity.case_id == CaseFile.id)
        .where(CaseFile.intake_date.between(start, end) | CaseFile.id.in_(discussed))
        # Only what is counted: the summary and the identity's other restricted fields are never read (nor
        # decrypted, which a person who may not unlock them could not do).
        .options(
            defer(CaseFile.summary, raiseload=True),
            load_only(CaseIdentity.sex, CaseIdentity.date_of_birth, CaseIdentity.nationality, raiseload=True),
        )
    )
    if body_ids is not None:
        query = query.where(CaseFile.body_id.in_(body_ids))
    rows = list(session.execute(query))
    dates = discussion_dates(session, [case.id for case, _ in rows])
    return {case.id: case_fact(case, identity, dates.get(case.id, ())) for case, identity in rows}


def discussion_dates(session: Session, case_ids: list[int]) -> dict[int, tuple[dt.date, ...]]:
    """For each case, the sorted dates of the meetings where it was discussed."""
    found: dict[int, set[dt.date]] = defaultdict(set)
    for chunk_start in range(0, len(case_ids), 500):  # SQLite's limit on bound parameters
        chunk = case_ids[chunk_start : chunk_start + 500]
        query = (
            select(AgendaItemCase.case_id, Meeting.date)
            .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItemCase.case_id.in_(chunk))
        )
        for case_id, day in session.execute(query):
            found[case_id].add(day)
    return {case_id: tuple(sorted(days)) for case_id, days in found.items()}


def _meeting_facts(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> list[MeetingFact]:
    query = select(Meeting.kind, Meeting.status, Meeting.date).where(Meeting.date.between(start, end))
    if body_ids is not None:
        query = query.where(Meeting.body_id.in_(body_ids))
    return [MeetingFact(kind, status, day) for kind, status, day in session.execute(query)]


def agency_label(abbreviation: str, name_th: str) -> str:
    """An agency as the statistics name it: its abbreviation, else its Thai name."""
    return abbreviation or name_th


def action_facts(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> dict[int, ActionFact]:
    """The facts of the actions decided at meetings in the period, by action id."""
    query = (
        select(
            ActionPoint.id,
            Agency.abbreviation,
            Agency.name_th,
            Meeting.date,
            ActionPoint.status,
            ActionPoint.due_date,
            ActionPoint.closed_on,
        )
        .join(Meeting, Meeting.id == ActionPoint.meeting_id)
        .join(Agency, Agency.id == ActionPoint.agency_id)
        .where(Meeting.date.between(start, end))
    )
    if body_ids is not None:
        query = query.where(ActionPoint.body_id.in_(body_ids))
    return {
        action_id: ActionFact(agency_label(abbreviation, name), day, status, due, closed_on)
        for action_id, abbreviation, name, day, status, due, closed_on in session.execute(query)
    }


def referral_facts(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> dict[int, ReferralFact]:
    """The facts of the referrals and escalations sent in the period, by referral id."""
    query = (
        select(Referral.id, Referral.sent_on, Referral.answered_on, Referral.is_escalation)
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .where(Referral.sent_on.between(start, end))
    )
    if body_ids is not None:
        query = query.where(CaseFile.body_id.in_(body_ids))
    return {
        referral_id: ReferralFact(sent, answered, escalation)
        for referral_id, sent, answered, escalation in session.execute(query)
    }
