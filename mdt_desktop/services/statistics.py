"""The statistics a team reports upward for a period and an area: counts only, nothing that names a person.

Which records count:

- Cases: those handled in the period, that is taken in (intake date) or discussed at a meeting held in it. A case
  counted twice by both rules is one case. Age is the age group on the intake date, from the recorded date of
  birth; sex and nationality come from the case's identity record; all three are "unknown" without one.
- Meetings: held or approved meetings dated in the period, by kind; drafts have not been held.
- Actions: those decided at meetings in the period, by agency, in their state at the end of the period: done on
  time, done late (closed after the due date), not done (refused by the agency, or still open past the due date),
  stopped because circumstances changed, and open (not yet due, or without a due date).
- Referrals and escalations: those sent in the period; answer time is the calendar days from sending to answer.

The area is the area of the body (team) that holds the record, or any area below it; without an area, everything.
Every table goes through small-cell suppression (``domain.suppression``) before it leaves this module, and the
report holds labels and counts only: no case code, name, date of birth or free text.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import (
    ActionStatus,
    CaseOutcome,
    CaseStage,
    CaseType,
    MeetingKind,
    MeetingStatus,
    Sex,
)
from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import SMALL_COUNT_LIMIT, suppress
from mdt_desktop.refusal import Message, Refusal
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

UNKNOWN_AREA = Message(th="ไม่พบพื้นที่รหัส {area_id}", en="There is no area with id {area_id}")
UNKNOWN_TH = "ไม่ทราบ"
COUNT_TH = "จำนวน"

# Age groups as the ministry's child-protection and anti-trafficking returns use them: children under 15,
# children 15–17 (the age the labour law treats apart), young adults, adults, older people.
AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0–14 ปี", 0, 14),
    ("15–17 ปี", 15, 17),
    ("18–24 ปี", 18, 24),
    ("25–59 ปี", 25, 59),
    ("60 ปีขึ้นไป", 60, None),
)

ACTION_COLUMNS = ("เสร็จตามกำหนด", "เสร็จล่าช้า", "ไม่ได้ดำเนินการ", "สถานการณ์เปลี่ยน", "ยังดำเนินการอยู่")
REFERRAL_COLUMNS = ("ตอบแล้ว", "ยังไม่ตอบ")


def age_group(born: dt.date | None, on: dt.date) -> str:
    """The age group of someone born on ``born`` as of ``on``; unknown without a date of birth."""
    if born is None or born > on:
        return UNKNOWN_TH
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for label, low, high in AGE_GROUPS if age >= low and (high is None or age <= high))


def report(db: Database, start: dt.date, end: dt.date, area_id: int | None = None) -> StatisticsReport:
    """The statistics for ``start``..``end`` (both days included) and the area, suppressed and ready to publish."""
    with db.read_session() as session:
        area_name, body_ids = _bodies_in_area(session, area_id)
        cases = _cases_handled(session, start, end, body_ids)
        tables = [
            *_case_tables(cases),
            _meeting_table(session, start, end, body_ids),
            _action_table(session, start, end, body_ids),
        ]
        referrals = _referrals_sent(session, start, end, body_ids, escalation=False)
        escalations = _referrals_sent(session, start, end, body_ids, escalation=True)
        tables.append(_referral_table("referrals", "การส่งต่อ", referrals))
        tables.append(_referral_table("escalations", "การส่งเรื่องต่อศูนย์ฯ จังหวัด", escalations))
        return StatisticsReport(start, end, area_name, tuple(tables), _median_answer_days(referrals))


def _bodies_in_area(session: Session, area_id: int | None) -> tuple[str, set[int] | None]:
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


def _cases_handled(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> list[tuple[CaseFile, CaseIdentity | None]]:
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
    )
    if body_ids is not None:
        query = query.where(CaseFile.body_id.in_(body_ids))
    return [(case, identity) for case, identity in session.execute(query)]


def _case_tables(cases: Sequence[tuple[CaseFile, CaseIdentity | None]]) -> list[StatisticsTable]:
    by_type = Counter(CaseType(case.case_type).th for case, _ in cases)
    by_sex = Counter(Sex(identity.sex if identity else Sex.UNKNOWN).th for _, identity in cases)
    by_age = Counter(
        age_group(identity.date_of_birth if identity else None, case.intake_date) for case, identity in cases
    )
    by_nationality = Counter(
        (identity.nationality.strip() if identity else "") or UNKNOWN_TH for _, identity in cases
    )
    by_stage = Counter(CaseStage(case.stage).th for case, _ in cases)
    by_outcome = Counter(CaseOutcome(case.outcome).th for case, _ in cases)
    return [
        _one_column("cases_by_type", "กรณีตามประเภท", [t.th for t in CaseType], by_type),
        _one_column("cases_by_sex", "กรณีตามเพศ", [s.th for s in Sex], by_sex),
        _one_column("cases_by_age", "กรณีตามช่วงอายุ", [g[0] for g in AGE_GROUPS] + [UNKNOWN_TH], by_age),
        _one_column("cases_by_nationality", "กรณีตามสัญชาติ", sorted(by_nationality), by_nationality),
        _one_column("cases_by_stage", "กรณีตามขั้นตอน", [s.th for s in CaseStage], by_stage),
        _one_column("cases_by_outcome", "กรณีตามผล", [o.th for o in CaseOutcome], by_outcome),
    ]


def _meeting_table(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> StatisticsTable:
    query = select(Meeting.kind).where(
        Meeting.date.between(start, end), Meeting.status.in_([MeetingStatus.HELD, MeetingStatus.APPROVED])
    )
    if body_ids is not None:
        query = query.where(Meeting.body_id.in_(body_ids))
    by_kind = Counter(MeetingKind(kind).th for kind in session.scalars(query))
    return _one_column("meetings_by_kind", "การประชุมตามประเภท", [k.th for k in MeetingKind], by_kind)


def action_column(status: ActionStatus, due: dt.date | None, closed_on: dt.date | None, end: dt.date) -> int:
    """The column of ``ACTION_COLUMNS`` an action falls in at the end of the period."""
    if status is ActionStatus.DONE:
        late = due is not None and closed_on is not None and closed_on > due
        return 1 if late else 0
    if status is ActionStatus.NOT_DONE_BY_AGENCY or (status.is_open and due is not None and end > due):
        return 2
    if status is ActionStatus.CIRCUMSTANCES_CHANGED:
        return 3
    return 4


def _action_table(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> StatisticsTable:
    query = (
        select(
            Agency.abbreviation,
            Agency.name_th,
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
    counts: dict[str, list[int]] = {}
    for abbreviation, name, status, due, closed_on in session.execute(query):
        row = counts.setdefault(abbreviation or name, [0] * len(ACTION_COLUMNS))
        row[action_column(ActionStatus(status), due, closed_on, end)] += 1
    agencies = sorted(counts)
    return StatisticsTable(
        "actions_by_agency",
        "งานที่มอบหมายตามหน่วยงาน",
        tuple(agencies),
        ACTION_COLUMNS,
        suppress([counts[agency] for agency in agencies]),
    )


def _referrals_sent(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None, *, escalation: bool
) -> list[tuple[dt.date, dt.date | None]]:
    query = (
        select(Referral.sent_on, Referral.answered_on)
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .where(Referral.sent_on.between(start, end), Referral.is_escalation.is_(escalation))
    )
    if body_ids is not None:
        query = query.where(CaseFile.body_id.in_(body_ids))
    return [(sent, answered) for sent, answered in session.execute(query)]


def _referral_table(
    key: str, title: str, referrals: Iterable[tuple[dt.date, dt.date | None]]
) -> StatisticsTable:
    answered = Counter(
        REFERRAL_COLUMNS[0] if answered_on else REFERRAL_COLUMNS[1] for _, answered_on in referrals
    )
    return _one_column(key, title, list(REFERRAL_COLUMNS), answered)


def _median_answer_days(referrals: Sequence[tuple[dt.date, dt.date | None]]) -> float | None:
    days = [(answered - sent).days for sent, answered in referrals if answered is not None]
    return float(statistics.median(days)) if len(days) >= SMALL_COUNT_LIMIT else None


def _one_column(key: str, title: str, labels: Sequence[str], counts: Counter[str]) -> StatisticsTable:
    """A table of one count column; labels not in ``labels`` (a code added later) are kept, after them."""
    rows = list(labels) + sorted(set(counts) - set(labels))
    return StatisticsTable(
        key, title, tuple(rows), (COUNT_TH,), suppress([[counts[label]] for label in rows])
    )
