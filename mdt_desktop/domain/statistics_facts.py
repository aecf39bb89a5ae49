"""The facts the statistics count, and the counting itself: one road for a district's own database and for the
records its districts sent a centre, so that both give the same figures for the same records.

A fact holds codes, labels and dates only: a case's type, sex, age group and nationality group (never a name, a
date of birth or the nationality as typed), a meeting's kind and status, an action's agency and dates, a
referral's dates. Which records count, for a period (both days included):

- Cases: those handled in the period, that is taken in (intake date) or discussed at a meeting held in it. A case
  counted twice by both rules is one case.
- Meetings: held or approved meetings dated in the period, by kind; drafts have not been held.
- Actions: those decided at meetings in the period, by agency, in their state at the end of the period: done on
  time, done late (closed after the due date), not done (refused by the agency, or still open past the due date),
  stopped because circumstances changed, and open (not yet due, or without a due date).
- Referrals and escalations: those sent in the period; answer time is the calendar days from sending to answer.

Every table goes through small-cell suppression (``domain.suppression``) before it leaves this module.
Pure: no database, no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mdt_desktop.domain.codes import (
    ActionStatus,
    CaseOutcome,
    CaseStage,
    CaseType,
    MeetingKind,
    MeetingStatus,
    NationalityGroup,
    Sex,
)
from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import SMALL_COUNT_LIMIT, suppress

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
# Calendar days from sending a referral to its answer, in the bands a centre follows up by.
ANSWER_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("ภายใน 7 วัน", 0, 7),
    ("8–14 วัน", 8, 14),
    ("15–30 วัน", 15, 30),
    ("เกิน 30 วัน", 31, None),
)
OTHER_AGENCIES = "หน่วยงานอื่น ๆ"
MERGED_BELOW = 10

# How nationalities are typed in the field, folded to the fixed list; anything else is "other", never itself.
_NATIONALITY_SPELLINGS: dict[NationalityGroup, tuple[str, ...]] = {
    NationalityGroup.THAI: ("ไทย", "thai", "thailand"),
    NationalityGroup.MYANMAR: ("เมียนมา", "เมียนมาร์", "พม่า", "myanmar", "burmese", "burma"),
    NationalityGroup.LAO: ("ลาว", "สปป.ลาว", "lao", "laos", "laotian"),
    NationalityGroup.CAMBODIAN: ("กัมพูชา", "เขมร", "cambodia", "cambodian", "khmer"),
    NationalityGroup.VIETNAMESE: ("เวียดนาม", "vietnam", "vietnamese", "viet nam"),
    NationalityGroup.CHINESE: ("จีน", "china", "chinese"),
    NationalityGroup.STATELESS: ("ไร้สัญชาติ", "ไม่มีสัญชาติ", "ไร้สถานะ", "stateless"),
}
_NATIONALITY_BY_SPELLING = {
    spelling: group for group, spellings in _NATIONALITY_SPELLINGS.items() for spelling in spellings
}


def nationality_group(typed: str) -> NationalityGroup:
    """The group of a nationality as typed: an exact known spelling (case and spaces aside), else "other"."""
    folded = " ".join(typed.split()).casefold().removeprefix("สัญชาติ").strip()
    if not folded:
        return NationalityGroup.UNKNOWN
    return _NATIONALITY_BY_SPELLING.get(folded, NationalityGroup.OTHER)


def age_group(born: dt.date | None, on: dt.date) -> str:
    """The age group of someone born on ``born`` as of ``on``; unknown without a date of birth."""
    if born is None or born > on:
        return UNKNOWN_TH
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next(label for label, low, high in AGE_GROUPS if age >= low and (high is None or age <= high))


@dataclass(frozen=True)
class CaseFact:
    case_type: str  # CaseType
    sex: str  # Sex
    age_group: str  # a label of AGE_GROUPS, or UNKNOWN_TH
    nationality: str  # NationalityGroup
    stage: str  # CaseStage
    outcome: str  # CaseOutcome
    intake_date: dt.date
    discussed_on: tuple[dt.date, ...]  # the dates of the meetings where it was discussed

    def handled_in(self, start: dt.date, end: dt.date) -> bool:
        return start <= self.intake_date <= end or any(start <= day <= end for day in self.discussed_on)


@dataclass(frozen=True)
class MeetingFact:
    kind: str  # MeetingKind
    status: str  # MeetingStatus
    date: dt.date


@dataclass(frozen=True)
class ActionFact:
    agency: str  # the agency's abbreviation, else its Thai name
    meeting_date: dt.date
    status: str  # ActionStatus
    due_date: dt.date | None
    closed_on: dt.date | None


@dataclass(frozen=True)
class ReferralFact:
    sent_on: dt.date
    answered_on: dt.date | None
    is_escalation: bool


@dataclass(frozen=True)
class StatisticsFacts:
    """The facts of one or more teams; they may reach beyond the period, the counting keeps to it."""

    cases: Sequence[CaseFact]
    meetings: Sequence[MeetingFact]
    actions: Sequence[ActionFact]
    referrals: Sequence[ReferralFact]


def build_report(facts: StatisticsFacts, start: dt.date, end: dt.date, area_name: str) -> StatisticsReport:
    """The suppressed tables for ``start``..``end`` (both days included), ready to publish."""
    cases = [case for case in facts.cases if case.handled_in(start, end)]
    referrals = [r for r in facts.referrals if start <= r.sent_on <= end and not r.is_escalation]
    escalations = [r for r in facts.referrals if start <= r.sent_on <= end and r.is_escalation]
    tables = [
        *_case_tables(cases),
        _meeting_table(m for m in facts.meetings if start <= m.date <= end),
        _action_table([a for a in facts.actions if start <= a.meeting_date <= end], end),
        _referral_table("referrals", "การส่งต่อ", referrals),
        _answer_time_table(referrals),
        _referral_table("escalations", "การส่งเรื่องต่อศูนย์ฯ จังหวัด", escalations),
    ]
    return StatisticsReport(start, end, area_name, tuple(tables), _median_answer_days(referrals))


def _case_tables(cases: Sequence[CaseFact]) -> list[StatisticsTable]:
    by_nationality = Counter(NationalityGroup(case.nationality).th for case in cases)
    return [
        _one_column(
            "cases_by_type",
            "กรณีตามประเภท",
            [t.th for t in CaseType],
            Counter(CaseType(c.case_type).th for c in cases),
        ),
        _one_column("cases_by_sex", "กรณีตามเพศ", [s.th for s in Sex], Counter(Sex(c.sex).th for c in cases)),
        _one_column(
            "cases_by_age",
            "กรณีตามช่วงอายุ",
            [g[0] for g in AGE_GROUPS] + [UNKNOWN_TH],
            Counter(c.age_group for c in cases),
        ),
        _one_column("cases_by_nationality", "กรณีตามสัญชาติ", [g.th for g in NationalityGroup], by_nationality),
        _one_column(
            "cases_by_stage",
            "กรณีตามขั้นตอน",
            [s.th for s in CaseStage],
            Counter(CaseStage(c.stage).th for c in cases),
        ),
        _one_column(
            "cases_by_outcome",
            "กรณีตามผล",
            [o.th for o in CaseOutcome],
            Counter(CaseOutcome(c.outcome).th for c in cases),
        ),
    ]


def _meeting_table(meetings: Iterable[MeetingFact]) -> StatisticsTable:
    held = {MeetingStatus.HELD.value, MeetingStatus.APPROVED.value}
    by_kind = Counter(MeetingKind(m.kind).th for m in meetings if m.status in held)
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


def _action_table(actions: Sequence[ActionFact], end: dt.date) -> StatisticsTable:
    counts: dict[str, list[int]] = {}
    for action in actions:
        row = counts.setdefault(action.agency, [0] * len(ACTION_COLUMNS))
        row[action_column(ActionStatus(action.status), action.due_date, action.closed_on, end)] += 1
    # Agencies given fewer than MERGED_BELOW actions are counted together: alone, each such row would be withheld
    # whole and drag a complement out of every column it touches.
    few = [agency for agency, row in counts.items() if sum(row) < MERGED_BELOW]
    if len(few) > 1:
        merged = [sum(column) for column in zip(*(counts.pop(agency) for agency in few), strict=True)]
        agencies = [*sorted(counts), OTHER_AGENCIES]
        counts[OTHER_AGENCIES] = merged
    else:
        agencies = sorted(counts)
    return StatisticsTable(
        "actions_by_agency",
        "งานที่มอบหมายตามหน่วยงาน",
        tuple(agencies),
        ACTION_COLUMNS,
        suppress([counts[agency] for agency in agencies]),
    )


def _referral_table(key: str, title: str, referrals: Sequence[ReferralFact]) -> StatisticsTable:
    answered = Counter(REFERRAL_COLUMNS[0] if r.answered_on else REFERRAL_COLUMNS[1] for r in referrals)
    return _one_column(key, title, list(REFERRAL_COLUMNS), answered)


def answer_band(sent_on: dt.date, answered_on: dt.date) -> str:
    """The band of ``ANSWER_BANDS`` an answer falls in."""
    days = max((answered_on - sent_on).days, 0)  # an answer dated before the sending counts as the same day
    return next(label for label, low, high in ANSWER_BANDS if days >= low and (high is None or days <= high))


def _answer_time_table(referrals: Sequence[ReferralFact]) -> StatisticsTable:
    bands = Counter(answer_band(r.sent_on, r.answered_on) for r in referrals if r.answered_on is not None)
    return _one_column(
        "referral_answer_times", "เวลาที่ใช้ตอบการส่งต่อ", [band[0] for band in ANSWER_BANDS], bands
    )


def _median_answer_days(referrals: Sequence[ReferralFact]) -> float | None:
    days = [(r.answered_on - r.sent_on).days for r in referrals if r.answered_on is not None]
    return float(statistics.median(days)) if len(days) >= SMALL_COUNT_LIMIT else None


def _one_column(key: str, title: str, labels: Sequence[str], counts: Counter[str]) -> StatisticsTable:
    """A table of one count column; labels not in ``labels`` (a code added later) are kept, after them."""
    rows = list(labels) + sorted(set(counts) - set(labels))
    return StatisticsTable(
        key, title, tuple(rows), (COUNT_TH,), suppress([[counts[label]] for label in rows])
    )
