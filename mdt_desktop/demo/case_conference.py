"""The demo's case conference: risk assessments, safety plans and referrals for the cases the demo built.

Believable proportions rather than statistics: most cases are assessed when first discussed (with the instrument
their type calls for) and a third again later; cases at medium or high risk, and most children, get a safety plan
agreed at that meeting; a third of cases are referred to another agency, and the cases the demo escalated (their
outcome) have their escalation to the provincial centre. Levels come from the shipped instruments' own rules
(``domain.risk``), on answers drawn from a risk leaning per case, so that the levels spread as the rules do.

Every choice comes from a random generator of its own seeded by the demo's seed, so the rows the rest of the demo
writes are the same as before this was added. Names in contacts are roles ("พี่สาว", "ผู้ใหญ่บ้าน"), never people.
Rows go in with bulk inserts, as the rest of the demo does, so the province demo stays quick to build.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from mdt_desktop.domain import risk
from mdt_desktop.domain.codes import (
    CaseOutcome,
    CaseType,
    HighRiskResponse,
    ReferralStatus,
    ReturnChoice,
    RiskLevel,
    Service,
    ServiceStatus,
)
from mdt_desktop.paths import resources_dir
from mdt_desktop.storage.models import (
    Agency,
    AgendaItem,
    AgendaItemCase,
    CaseFile,
    Meeting,
    Referral,
    RiskAssessment,
    SafetyContact,
    SafetyPlan,
    SafetyPlanService,
)

_CHECKLIST = "domestic_abuse_checklist"
_TRAFFICKING = "trafficking_indicators"
_CHILD_SCREEN = "child_protection_screen"
_CHUNK = 5000

_ASSESSED_SHARE = 0.85
_REASSESSED_SHARE = 0.35
_REFERRED_SHARE = 0.33
_OVERRIDE_SHARE = 0.05

_ASSESSORS = ("นักสังคมสงเคราะห์", "นักจิตวิทยา", "พยาบาลศูนย์พึ่งได้", "พนักงานสอบสวน", "ผู้ตรวจแรงงาน")
_OVERRIDE_REASONS = (
    "ผู้ประเมินเห็นว่าสถานการณ์ปัจจุบันรุนแรงกว่าคะแนน เนื่องจากผู้กระทำทราบที่อยู่ใหม่",
    "ได้ข้อมูลเพิ่มเติมจากการเยี่ยมบ้านว่ามีผู้ดูแลที่ปกป้องได้แล้ว",
)
_SAFE_CONTACTS = ("พี่สาว", "ผู้ใหญ่บ้าน", "ครูประจำชั้น", "เพื่อนบ้านที่ไว้ใจได้", "อาสาสมัคร พม.")
_UNSAFE_CONTACTS = ("อดีตสามี", "นายจ้างเดิม", "นายหน้าจัดหางาน", "ญาติฝ่ายผู้กระทำ")
_CONCERNS = (
    "อยากให้ลูกปลอดภัยและได้เรียนต่อ",
    "กลัวว่าเขาจะตามมาที่บ้านแม่",
    "อยากได้งานทำและส่งเงินกลับบ้าน",
    "อยากกลับบ้านแต่กลัวนายหน้าตามหา",
)
_STRENGTHS = ("มีพี่สาวที่ช่วยดูแล", "มีรายได้จากการขายของ", "เข้าร่วมกลุ่มอาชีพในชุมชน", "พูดภาษาไทยได้ดี")
_STEPS = (
    "เก็บเอกสารสำคัญและโทรศัพท์ไว้กับตัว",
    "โทรสายด่วน 1300 หรือ 191 ทันทีเมื่อรู้สึกไม่ปลอดภัย",
    "พบนักสังคมสงเคราะห์ตามนัดทุกสองสัปดาห์",
)
_REFUSAL_REASONS = ("เกินขอบเขตบริการของหน่วยงาน", "ผู้เสียหายไม่ประสงค์รับบริการ")
_OUTCOMES = ("ได้รับบริการครบตามแผน", "ส่งต่อหน่วยงานในพื้นที่ภูมิลำเนาแล้ว")

_SERVICES_BY_TYPE: dict[str, tuple[Service, ...]] = {
    "trafficking": (
        Service.SAFE_ACCOMMODATION,
        Service.INTERPRETER,
        Service.IDENTITY_DOCUMENTS,
        Service.LEGAL_REPRESENTATION,
        Service.INVESTIGATION,
        Service.ECONOMIC_RECOVERY,
        Service.RETURN_TO_COUNTRY,
    ),
    "child": (
        Service.CHILDRENS_SERVICES,
        Service.PSYCHOSOCIAL_SUPPORT,
        Service.MEDICO_LEGAL,
        Service.SAFE_ACCOMMODATION,
        Service.RETURN_HOME,
    ),
    "adult": (
        Service.CRISIS_COUNSELLING,
        Service.SAFE_ACCOMMODATION,
        Service.SAFETY_PROTECTION,
        Service.LEGAL_REPRESENTATION,
        Service.MATERIAL_AID,
        Service.PSYCHOSOCIAL_SUPPORT,
    ),
}


@dataclass(frozen=True)
class _CaseRow:
    id: int
    case_type: str
    is_child: bool
    intake: date
    escalated: bool  # the demo's outcome says the case went to the provincial centre


@dataclass(frozen=True)
class _Discussion:
    meeting_id: int
    item_id: int
    day: date


def add_case_conference(connection: Connection, seed: int, end: date) -> None:
    """Assessments, plans and referrals for every case in the demo database behind ``connection``."""
    rng = random.Random(f"case-conference-{seed}")
    instruments = _instruments()
    agencies = _agencies(connection)
    discussions = _discussions(connection)
    cases = [
        _CaseRow(row.id, row.case_type, row.is_child, row.intake_date, row.outcome == CaseOutcome.ESCALATED)
        for row in connection.execute(
            select(
                CaseFile.id, CaseFile.case_type, CaseFile.is_child, CaseFile.intake_date, CaseFile.outcome
            ).order_by(CaseFile.id)
        )
    ]
    writer = _Writer(connection)
    for case in cases:
        seen = discussions.get(case.id, [])
        first_day = seen[0].day if seen else min(case.intake + timedelta(days=rng.randint(1, 10)), end)
        leaning = rng.random() ** 1.7  # most cases lean to the lower levels, a few to the highest
        level = None
        if rng.random() < _ASSESSED_SHARE:
            level = _assess(writer, rng, instruments, case, seen[0] if seen else None, first_day, leaning)
            if rng.random() < _REASSESSED_SHARE:
                later = first_day + timedelta(days=rng.randint(14, 120))
                if later <= end:
                    later_item = seen[1] if len(seen) > 1 else None
                    level = _assess(writer, rng, instruments, case, later_item, later, leaning * 0.8)
        planned = level in (RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.IMMEDIATE_DANGER) or (
            case.is_child and rng.random() < 0.6
        )
        if planned:
            _plan(writer, rng, case, seen[0] if seen else None, first_day, agencies, end)
        if rng.random() < _REFERRED_SHARE:
            _refer(writer, rng, case, first_day, agencies, end, escalation=False)
        if case.escalated:
            _refer(writer, rng, case, first_day, agencies, end, escalation=True)
    writer.flush()


# --- the three kinds of record --------------------------------------------------------------------------------


def _assess(
    writer: _Writer,
    rng: random.Random,
    instruments: dict[str, risk.Instrument],
    case: _CaseRow,
    discussion: _Discussion | None,
    day: date,
    leaning: float,
) -> RiskLevel:
    instrument = instruments[_instrument_for(case)]
    answers = {question.id: _answer(rng, question, leaning, case) for question in instrument.questions}
    result = risk.compute(instrument, answers)
    level, reason = result.level, ""
    if rng.random() < _OVERRIDE_SHARE:
        level = RiskLevel.HIGH if level is not RiskLevel.HIGH else RiskLevel.MEDIUM
        reason = rng.choice(_OVERRIDE_REASONS)
    response = HighRiskResponse.URGENT_MEETING if level is RiskLevel.HIGH and rng.random() < 0.5 else None
    writer.add(
        RiskAssessment,
        {
            "case_id": case.id,
            "instrument_key": instrument.key,
            "instrument_version": instrument.version,
            "assessed_on": day,
            "assessor": rng.choice(_ASSESSORS),
            "assessor_agency_id": None,
            "answers": json.dumps(answers, ensure_ascii=False),
            "score": result.score,
            "computed_level": result.level.value,
            "level": level.value,
            "override_reason": reason,
            "next_review_on": risk.default_review_date(level, day),
            "agenda_item_id": discussion.item_id if discussion is not None else None,
            "high_risk_response": response.value if response is not None else None,
            "high_risk_note": "",
        },
    )
    return level


def _plan(
    writer: _Writer,
    rng: random.Random,
    case: _CaseRow,
    discussion: _Discussion | None,
    day: date,
    agencies: list[int],
    end: date,
) -> None:
    plan_id = writer.next_id(SafetyPlan)
    signed = day + timedelta(days=rng.randint(0, 7))
    trafficking = case.case_type.startswith("trafficking")
    writer.add(
        SafetyPlan,
        {
            "id": plan_id,
            "case_id": case.id,
            "version": 1,
            "agreed_on": day,
            "meeting_id": discussion.meeting_id if discussion is not None else None,
            "agenda_item_id": discussion.item_id if discussion is not None else None,
            "responsible_worker": rng.choice(_ASSESSORS),
            "responsible_agency_id": rng.choice(agencies) if agencies else None,
            "signed_off_on": signed if signed <= end else None,
            "main_concern": rng.choice(_CONCERNS),
            "strengths": rng.choice(_STRENGTHS),
            "steps_before": _STEPS[0],
            "steps_during": _STEPS[1],
            "steps_after": _STEPS[2],
            "wants_court": rng.choice((True, False, None)),
            "return_choice": rng.choice(
                (ReturnChoice.UNDECIDED, ReturnChoice.RETURN_TO_COUNTRY)
                if trafficking
                else (ReturnChoice.UNDECIDED, ReturnChoice.STAY, ReturnChoice.RETURN_HOME)
            ).value,
        },
    )
    for order, name in enumerate(rng.sample(_SAFE_CONTACTS, rng.randint(1, 2))):
        writer.add(SafetyContact, _contact(plan_id, True, name, order))
    if rng.random() < 0.6:
        writer.add(SafetyContact, _contact(plan_id, False, rng.choice(_UNSAFE_CONTACTS), 9))
    kind = "trafficking" if trafficking else "child" if case.is_child else "adult"
    age_days = (end - day).days
    for order, service in enumerate(rng.sample(_SERVICES_BY_TYPE[kind], rng.randint(2, 4))):
        done = age_days > 60 and rng.random() < 0.7
        checked = service.needs_safety_check and done
        writer.add(
            SafetyPlanService,
            {
                "plan_id": plan_id,
                "service": service.value,
                "chosen_by_survivor": rng.random() < 0.9,
                "agency_id": rng.choice(agencies) if agencies else None,
                "due_date": day + timedelta(days=rng.randint(7, 60)),
                "status": (ServiceStatus.DONE if done else ServiceStatus.PLANNED).value,
                "action_id": None,
                "safety_checked_by": rng.choice(_ASSESSORS) if checked else "",
                "safety_checked_on": day + timedelta(days=rng.randint(1, 30)) if checked else None,
                "safety_check_finding": "ครอบครัวพร้อมรับและไม่มีผู้กระทำอยู่ในบ้าน" if checked else "",
                "sort_order": order,
            },
        )


def _contact(plan_id: int, safe: bool, name: str, order: int) -> dict[str, Any]:
    return {
        "plan_id": plan_id,
        "safe": safe,
        "name": name,
        "relation": "",
        "how_to_reach": "ติดต่อผ่านนักสังคมสงเคราะห์" if safe else "",
        "note": "" if safe else "ห้ามแจ้งที่อยู่หรือข้อมูลใด ๆ",
        "sort_order": order,
    }


def _refer(
    writer: _Writer,
    rng: random.Random,
    case: _CaseRow,
    day: date,
    agencies: list[int],
    end: date,
    *,
    escalation: bool,
) -> None:
    if len(agencies) < 2:
        return
    sent = min(day + timedelta(days=rng.randint(0, 14)), end)
    due = sent + timedelta(days=7)
    answered = due <= end and rng.random() < 0.9
    refused = answered and rng.random() < 0.08
    status = ReferralStatus.SENT
    if answered:
        status = ReferralStatus.REFUSED if refused else ReferralStatus.ACCEPTED
        if not refused and (end - sent).days > 90 and rng.random() < 0.6:
            status = ReferralStatus.COMPLETED
    from_agency, to_agency = rng.sample(agencies, 2)
    service = None if escalation else rng.choice(list(Service))
    writer.add(
        Referral,
        {
            "case_id": case.id,
            "from_agency_id": from_agency,
            "to_agency_id": agencies[0] if escalation else to_agency,
            "service": service.value if service is not None else None,
            "is_escalation": escalation,
            "sent_on": sent,
            "answer_due_on": due,
            "status": status.value,
            "answered_on": sent + timedelta(days=rng.randint(1, 7)) if answered else None,
            "refusal_reason": rng.choice(_REFUSAL_REASONS) if refused else "",
            "outcome": rng.choice(_OUTCOMES) if status is ReferralStatus.COMPLETED else "",
            "consent_id": None,
            "shares_identity": False,
            "without_consent_ground": "",
            "without_consent_note": "",
            "decided_by": "",
            "meeting_id": None,
        },
    )


# --- answers --------------------------------------------------------------------------------------------------


def _instrument_for(case: _CaseRow) -> str:
    if case.is_child or case.case_type in (CaseType.CHILD_SEXUAL_ABUSE, CaseType.CHILD_EXPLOITATION):
        return _CHILD_SCREEN
    if case.case_type.startswith("trafficking"):
        return _TRAFFICKING
    return _CHECKLIST


def _answer(rng: random.Random, question: risk.Question, leaning: float, case: _CaseRow) -> risk.Answer:
    if question.answer_type is risk.AnswerType.NUMBER:
        return rng.randint(question.minimum, min(question.maximum, 17 if case.is_child else 60))
    if question.answer_type is risk.AnswerType.CHOICE:
        # Choices are listed from the mildest to the gravest: a case leaning to risk draws from the grave end.
        values = [choice.value for choice in question.choices]
        index = min(len(values) - 1, int(len(values) * (rng.random() * 0.55 + leaning * 0.4)))
        return values[index]
    draw = rng.random()
    if draw < 0.05:
        return risk.NOT_KNOWN
    return risk.YES if draw < 0.05 + 0.7 * leaning else risk.NO


# --- reading and writing --------------------------------------------------------------------------------------


def _instruments() -> dict[str, risk.Instrument]:
    folder = resources_dir() / "instruments"
    found = {}
    for path in sorted(folder.glob("*.json")):
        instrument = risk.parse_instrument(json.loads(path.read_text(encoding="utf-8")), path.name)
        found[instrument.key] = instrument
    return found


def _agencies(connection: Connection) -> list[int]:
    """Agency ids, the provincial social development office (host of the provincial centre) first when there."""
    rows = connection.execute(select(Agency.id, Agency.abbreviation).order_by(Agency.id)).all()
    centre = [row.id for row in rows if (row.abbreviation or "").startswith("พมจ")]
    return centre[:1] + [row.id for row in rows if row.id not in centre[:1]]


def _discussions(connection: Connection) -> dict[int, list[_Discussion]]:
    seen: dict[int, list[_Discussion]] = defaultdict(list)
    query = (
        select(AgendaItemCase.case_id, Meeting.id, AgendaItem.id, Meeting.date)
        .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(AgendaItemCase.case_id, Meeting.date, AgendaItem.id)
    )
    for case_id, meeting_id, item_id, day in connection.execute(query):
        seen[case_id].append(_Discussion(meeting_id, item_id, day))
    return seen


class _Writer:
    """Rows gathered per table and inserted in chunks; plan ids are given here so contacts can refer to them."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rows: dict[type, list[dict[str, Any]]] = defaultdict(list)
        self._next_plan = (
            connection.execute(select(SafetyPlan.id).order_by(SafetyPlan.id.desc())).scalar() or 0
        ) + 1

    def next_id(self, model: type) -> int:
        assert model is SafetyPlan
        plan_id = self._next_plan
        self._next_plan += 1
        return plan_id

    def add(self, model: type, row: dict[str, Any]) -> None:
        self.rows[model].append(row)
        if len(self.rows[model]) >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        # Plans before what refers to them.
        for model in (RiskAssessment, SafetyPlan, SafetyContact, SafetyPlanService, Referral):
            rows = self.rows.pop(model, [])
            for chunk in _chunks(rows):
                self.connection.execute(insert(model), chunk)


def _chunks(rows: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(rows), _CHUNK):
        yield rows[start : start + _CHUNK]
