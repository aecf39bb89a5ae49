"""The provincial centre's view across its districts, from the records their packages brought
(``services.exchange``), and the centre's own decisions on escalated cases.

Everything here reads ``received_record``; nothing changes a district's record. The figures follow the same rules
as a district's own database gives them: statistics through ``domain.statistics_facts``; an action is open while
its status is open, and overdue when open past its due date; a referral is unanswered while it has no answer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import (
    ActionStatus,
    BodyKind,
    CaseType,
    CentreDecisionKind,
    MeetingKind,
    MeetingStatus,
    ReferralStatus,
)
from mdt_desktop.domain.roles import Permission
from mdt_desktop.domain.statistics_facts import (
    ActionFact,
    CaseFact,
    MeetingFact,
    ReferralFact,
    StatisticsFacts,
    build_report,
)
from mdt_desktop.domain.statistics_report import StatisticsReport
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.services.exchange import District, RecordKind, districts
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CentreDecision, CentreDistrict, ReceivedPackage, ReceivedRecord
from mdt_desktop.thai.dates import THAI_MONTHS_SHORT, fiscal_year_be, to_be

__all__ = [
    "ESCALATION_NOT_FOUND",
    "CentreOverview",
    "District",
    "RecordedDecision",
    "decide_escalation",
    "districts",
    "overview",
    "report",
]

ESCALATION_NOT_FOUND = Message(
    "ไม่พบเรื่องที่อำเภอส่งต่อศูนย์ฯ นี้ในข้อมูลที่ได้รับ", "This escalation is not among the records received."
)
ALL_DISTRICTS_TH = "ทุกอำเภอ"
_HELD = {MeetingStatus.HELD.value, MeetingStatus.APPROVED.value}
_OPEN = {status.value for status in ActionStatus if status.is_open}


def _records(
    session: Session, kind: RecordKind, district_id: int | None
) -> Iterator[tuple[int, dict[str, Any]]]:
    query = select(ReceivedRecord.district_id, ReceivedRecord.data).where(ReceivedRecord.kind == kind)
    if district_id is not None:
        query = query.where(ReceivedRecord.district_id == district_id)
    for owner, data in session.execute(query.order_by(ReceivedRecord.district_id, ReceivedRecord.source_id)):
        yield owner, json.loads(data)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- statistics -------------------------------------------------------------------------------------------------


def report(db: Database, start: dt.date, end: dt.date, district_id: int | None = None) -> StatisticsReport:
    """The statistics over what one district (all with None) sent, for ``start``..``end``: the same tables, the
    same counting and the same suppression as ``services.statistics.report`` gives in the district itself."""
    with db.read_session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        name = ""
        if district_id is not None:
            district = session.get(CentreDistrict, district_id)
            name = district.name_th if district is not None else ""
        facts = StatisticsFacts(
            cases=[_case_fact(case) for _, case in _records(session, RecordKind.CASE, district_id)],
            meetings=[
                MeetingFact(m["kind"], m["status"], dt.date.fromisoformat(m["date"]))
                for _, m in _records(session, RecordKind.MEETING, district_id)
            ],
            actions=[_action_fact(a) for _, a in _records(session, RecordKind.ACTION, district_id)],
            referrals=[
                ReferralFact(
                    dt.date.fromisoformat(r["sent_on"]), _date(r["answered_on"]), bool(r["is_escalation"])
                )
                for _, r in _records(session, RecordKind.REFERRAL, district_id)
            ],
        )
    return build_report(facts, start, end, name)


def _case_fact(case: dict[str, Any]) -> CaseFact:
    return CaseFact(
        case_type=case["case_type"],
        sex=case["sex"],
        age_group=case["age_group"],
        nationality=case["nationality"],
        stage=case["stage"],
        outcome=case["outcome"],
        intake_date=dt.date.fromisoformat(case["intake_date"]),
        discussed_on=tuple(dt.date.fromisoformat(day) for day in case["discussed_on"]),
    )


def _action_fact(action: dict[str, Any]) -> ActionFact:
    return ActionFact(
        agency=action["agency"],
        meeting_date=dt.date.fromisoformat(action["meeting_date"]),
        status=action["status"],
        due_date=_date(action["due_date"]),
        closed_on=_date(action["closed_on"]),
    )


# --- the overview -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DistrictStatus:
    district_id: int
    name_th: str
    last_sealed_at: dt.datetime | None  # when the newest package imported was sealed (UTC)
    days_since_package: int | None
    overdue_actions: int
    escalations_awaiting: int
    referrals_unanswered: int
    regular_meetings_held: int  # in the months of the overview
    regular_meetings_planned: int  # one a month for each multidisciplinary team


@dataclass(frozen=True)
class OverdueByAgency:
    district: str
    agency: str
    count: int
    oldest_due: dt.date


@dataclass(frozen=True)
class AwaitingEscalation:
    district_id: int
    district: str
    source_id: int  # the escalation's id at the district, for the centre's decision
    case_code: str
    risk_level: str | None
    from_agency: str
    sent_on: dt.date
    days_waiting: int


@dataclass(frozen=True)
class UnansweredReferral:
    district: str
    case_code: str
    from_agency: str
    to_agency: str
    sent_on: dt.date
    answer_due_on: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class MonthOfMeetings:
    district: str
    month: dt.date  # its first day
    held: int
    planned: int


@dataclass(frozen=True)
class ChartSeries:
    """Values for a chart: one series per name, one value per label."""

    labels: tuple[str, ...]
    series: dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class RecordedDecision:
    """A decision the centre recorded on an escalation, with what identifies the escalation at the district."""

    district: str
    case_code: str
    sent_on: dt.date | None  # None when the district's record of it is no longer among the records received
    decision: CentreDecisionKind
    decided_on: dt.date
    decided_by: str
    note: str


@dataclass(frozen=True)
class CentreOverview:
    as_of: dt.date
    months: tuple[dt.date, ...]  # the first days of the months the meetings and the chart cover
    districts: tuple[DistrictStatus, ...]
    overdue: tuple[OverdueByAgency, ...]
    escalations: tuple[AwaitingEscalation, ...]
    referrals: tuple[UnansweredReferral, ...]
    meetings: tuple[MonthOfMeetings, ...]
    overdue_over_time: ChartSeries  # district: overdue actions at each month's end
    cases_by_quarter: ChartSeries  # case type (Thai): cases taken in during each fiscal quarter
    decisions: tuple[RecordedDecision, ...]  # the centre's own, newest first


def _month_starts(as_of: dt.date, months: int) -> tuple[dt.date, ...]:
    year, month = as_of.year, as_of.month
    starts = []
    for _ in range(months):
        starts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return tuple(reversed(starts))


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def is_overdue(action: dict[str, Any], on: dt.date) -> bool:
    """Open on ``on`` (decided by then, not closed by then) and past its due date."""
    due, closed = _date(action["due_date"]), _date(action["closed_on"])
    if due is None or due >= on or dt.date.fromisoformat(action["meeting_date"]) > on:
        return False
    if closed is not None:
        return closed > on
    return action["status"] in _OPEN


def overview(
    db: Database, as_of: dt.date, *, district_id: int | None = None, months: int = 12
) -> CentreOverview:
    """The centre's page as of a day: each district's last package and counts, overdue actions by district and
    agency, escalations awaiting the centre, unanswered referrals, regular meetings against the plan, and the two
    charts; for one district or all."""
    month_starts = _month_starts(as_of, months)
    with db.read_session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        names = {d.id: d.name_th for d in session.scalars(select(CentreDistrict))}
        chosen = [district_id] if district_id is not None else sorted(names, key=lambda i: names[i])
        last_package = dict(
            session.execute(
                select(ReceivedPackage.district_id, func.max(ReceivedPackage.sealed_at)).group_by(
                    ReceivedPackage.district_id
                )
            ).all()
        )
        decision_query = select(CentreDecision).order_by(
            CentreDecision.decided_on.desc(), CentreDecision.id.desc()
        )
        if district_id is not None:
            decision_query = decision_query.where(CentreDecision.district_id == district_id)
        decision_rows = list(session.scalars(decision_query))
        decided = {
            (owner, source)
            for owner, source in session.execute(
                select(CentreDecision.district_id, CentreDecision.referral_source_id)
            )
        }
        actions = list(_records(session, RecordKind.ACTION, district_id))
        referrals = list(_records(session, RecordKind.REFERRAL, district_id))
        meetings = list(_records(session, RecordKind.MEETING, district_id))
        bodies = list(_records(session, RecordKind.BODY, district_id))
        cases = list(_records(session, RecordKind.CASE, district_id))
    levels = {(owner, case["id"]): case["risk_level"] for owner, case in cases}

    overdue_counts: dict[tuple[int, str], list[dt.date]] = defaultdict(list)
    for owner, action in actions:
        if action["status"] in _OPEN and is_overdue(action, as_of):
            overdue_counts[(owner, action["agency"])].append(dt.date.fromisoformat(action["due_date"]))
    overdue = tuple(
        OverdueByAgency(names[owner], agency, len(dues), min(dues))
        for (owner, agency), dues in sorted(
            overdue_counts.items(), key=lambda kv: (names[kv[0][0]], -len(kv[1]), kv[0][1])
        )
    )

    escalations = []
    unanswered = []
    for owner, referral in referrals:
        if referral["answered_on"] or referral["status"] != ReferralStatus.SENT.value:
            continue
        sent = dt.date.fromisoformat(referral["sent_on"])
        if referral["is_escalation"]:
            if (owner, referral["id"]) not in decided:
                escalations.append(
                    AwaitingEscalation(
                        owner,
                        names[owner],
                        referral["id"],
                        referral["case_code"],
                        levels.get((owner, referral["case_id"])),
                        referral["from_agency"],
                        sent,
                        (as_of - sent).days,
                    )
                )
        else:
            due = _date(referral["answer_due_on"])
            unanswered.append(
                UnansweredReferral(
                    names[owner],
                    referral["case_code"],
                    referral["from_agency"],
                    referral["to_agency"],
                    sent,
                    due,
                    due is not None and due < as_of,
                )
            )
    escalations.sort(key=lambda e: (-e.days_waiting, e.district, e.case_code))
    unanswered.sort(key=lambda r: (not r.overdue, r.sent_on, r.district))

    teams = Counter(
        owner for owner, body in bodies if body["kind"] == BodyKind.MDT.value and body.get("active", True)
    )
    # The plan is one regular meeting a month for each multidisciplinary team: the regular meetings of the
    # district's other bodies (its operation centre, a child protection committee) are not held against it.
    team_bodies = {(owner, body["id"]) for owner, body in bodies if body["kind"] == BodyKind.MDT.value}
    held: Counter[tuple[int, dt.date]] = Counter()
    for owner, meeting in meetings:
        day = dt.date.fromisoformat(meeting["date"])
        if (
            meeting["kind"] == MeetingKind.REGULAR.value
            and meeting["status"] in _HELD
            and (owner, meeting["body_id"]) in team_bodies
        ):
            held[(owner, day.replace(day=1))] += 1
    month_rows = tuple(
        MonthOfMeetings(names[owner], month, held[(owner, month)], max(teams[owner], 1))
        for owner in chosen
        for month in month_starts
    )

    statuses = []
    for owner in chosen:
        sealed = last_package.get(owner)
        statuses.append(
            DistrictStatus(
                district_id=owner,
                name_th=names[owner],
                last_sealed_at=sealed,
                days_since_package=(as_of - sealed.date()).days if sealed is not None else None,
                overdue_actions=sum(len(d) for (o, _), d in overdue_counts.items() if o == owner),
                escalations_awaiting=sum(1 for e in escalations if e.district_id == owner),
                referrals_unanswered=sum(1 for r in unanswered if r.district == names[owner]),
                regular_meetings_held=sum(m.held for m in month_rows if m.district == names[owner]),
                regular_meetings_planned=sum(m.planned for m in month_rows if m.district == names[owner]),
            )
        )

    over_time = ChartSeries(
        labels=tuple(_month_label(month) for month in month_starts),
        series={
            names[owner]: tuple(
                sum(
                    1 for o, action in actions if o == owner and is_overdue(action, min(_month_end(m), as_of))
                )
                for m in month_starts
            )
            for owner in chosen
        },
    )
    escalations_sent = {(owner, r["id"]): r for owner, r in referrals if r["is_escalation"]}
    decisions = tuple(
        RecordedDecision(
            district=names[row.district_id],
            case_code=escalations_sent.get((row.district_id, row.referral_source_id), {}).get(
                "case_code", ""
            ),
            sent_on=_date(escalations_sent.get((row.district_id, row.referral_source_id), {}).get("sent_on")),
            decision=CentreDecisionKind(row.decision),
            decided_on=row.decided_on,
            decided_by=row.decided_by,
            note=row.note,
        )
        for row in decision_rows
    )
    return CentreOverview(
        as_of=as_of,
        months=month_starts,
        districts=tuple(statuses),
        overdue=overdue,
        escalations=tuple(escalations),
        referrals=tuple(unanswered),
        meetings=month_rows,
        overdue_over_time=over_time,
        cases_by_quarter=_cases_by_quarter([case for _, case in cases], as_of),
        decisions=decisions,
    )


def _month_label(first: dt.date) -> str:
    return f"{THAI_MONTHS_SHORT[first.month - 1]} {str(to_be(first.year))[-2:]}"


def fiscal_quarter(day: dt.date) -> tuple[int, int]:
    """(fiscal year พ.ศ., quarter 1–4): quarter 1 is October to December."""
    return fiscal_year_be(day), (day.month - 10) // 3 + 1 if day.month >= 10 else (day.month + 2) // 3 + 1


def _cases_by_quarter(cases: list[dict[str, Any]], as_of: dt.date, quarters: int = 8) -> ChartSeries:
    year, quarter = fiscal_quarter(as_of)
    wanted = []
    for _ in range(quarters):
        wanted.append((year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    wanted.reverse()
    counts: Counter[tuple[str, tuple[int, int]]] = Counter(
        (case["case_type"], fiscal_quarter(dt.date.fromisoformat(case["intake_date"]))) for case in cases
    )
    present = [kind for kind in CaseType if any(counts[(kind.value, q)] for q in wanted)]
    return ChartSeries(
        labels=tuple(f"ไตรมาส {q}/{str(y)[-2:]}" for y, q in wanted),
        series={kind.th: tuple(counts[(kind.value, q)] for q in wanted) for kind in present},
    )


# --- the centre's decisions -------------------------------------------------------------------------------------


def decide_escalation(
    db: Database,
    district_id: int,
    source_id: int,
    decision: CentreDecisionKind,
    note: str,
    *,
    actor: str,
    decided_on: dt.date | None = None,
) -> None:
    """Record what the centre decided on a district's escalation, as the centre's own record; audited by ids."""
    text = typed_text.checked(note, typed_text.NOTE)
    with db.session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        found = session.scalar(
            select(ReceivedRecord.id).where(
                ReceivedRecord.district_id == district_id,
                ReceivedRecord.kind == RecordKind.REFERRAL,
                ReceivedRecord.source_id == source_id,
            )
        )
        if found is None:
            raise Refusal(ESCALATION_NOT_FOUND)
        row = CentreDecision(
            district_id=district_id,
            referral_source_id=source_id,
            decision=decision.value,
            decided_on=decided_on or dt.date.today(),
            note=text,
            decided_by=actor,
        )
        session.add(row)
        session.flush()
        audit.add_entry(session, actor, "centre_decision", "centre_decision", row.id)
