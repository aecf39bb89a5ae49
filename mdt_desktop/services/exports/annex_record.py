"""The restricted record of each case in a meeting's annex: the assessments with their answers (question text and
answer), the safety plan (her concern, strengths, steps, contacts safe and NOT safe, services, her choices) and
the referrals with their notes. Only the annex (``annex``) prints these; the general minutes and the agencies'
action records never call this module.

Which of them belong to a meeting: the assessment in force on the meeting's day and those made from its items;
the plan version in force on that day (or agreed at the meeting); the referrals sent by that day.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import ReferralStatus, ReturnChoice, RiskLevel, Service, ServiceStatus
from mdt_desktop.domain.risk import NO, NOT_KNOWN, YES, AnswerType, Instrument
from mdt_desktop.exports.case_annex import AnnexField, AnnexSection
from mdt_desktop.refusal import Refusal
from mdt_desktop.services.risk import find_instrument
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    Agency,
    AgendaItem,
    Referral,
    RiskAssessment,
    SafetyPlan,
)

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "assessment": "การประเมินความเสี่ยง",
        "version": "ฉบับที่",
        "assessed_on": "ประเมินเมื่อ",
        "assessor": "ผู้ประเมิน",
        "level": "ระดับความเสี่ยง",
        "computed": "ระดับตามเกณฑ์",
        "score": "คะแนน",
        "override": "เหตุผลที่ปรับระดับตามดุลยพินิจ",
        "next_review": "ทบทวนครั้งต่อไป",
        "high_risk_note": "สิ่งที่ที่ประชุมตกลงเมื่อความเสี่ยงสูงขึ้น",
        "yes": "ใช่",
        "no": "ไม่ใช่",
        "not_known": "ไม่ทราบ",
        "plan": "แผนความปลอดภัย",
        "agreed_on": "ตกลงเมื่อ",
        "worker": "ผู้รับผิดชอบ",
        "signed_off": "รับรองเมื่อ",
        "concern": "ความกังวลหลัก (คำพูดของผู้เสียหาย)",
        "strengths": "จุดแข็งและแหล่งช่วยเหลือ",
        "before": "ขั้นตอนก่อนเกิดเหตุ",
        "during": "ขั้นตอนระหว่างเกิดเหตุ",
        "after": "ขั้นตอนหลังเกิดเหตุ",
        "court": "ประสงค์ดำเนินคดี",
        "court_yes": "ประสงค์",
        "court_no": "ไม่ประสงค์",
        "court_open": "ยังไม่ตัดสินใจ",
        "return": "การกลับ",
        "safe": "บุคคล/สถานที่ที่ติดต่อได้อย่างปลอดภัย",
        "not_safe": "บุคคล/สถานที่ที่ห้ามติดต่อ ห้ามแจ้งข้อมูลใด ๆ",
        "services": "บริการตามแผน",
        "chosen": "ผู้เสียหายเลือก",
        "due": "กำหนดเสร็จ",
        "checked": "ตรวจความปลอดภัยโดย",
        "referrals": "การส่งต่อ",
        "escalation": "ส่งต่อศูนย์ระดับจังหวัด",
        "answered": "ตอบเมื่อ",
        "reason": "เหตุผลที่ปฏิเสธ",
        "outcome": "ผล",
        "without_consent": "ส่งข้อมูลระบุตัวตนโดยไม่มีความยินยอม",
        "decided_by": "ผู้ตัดสินใจ",
    },
    "en": {
        "assessment": "Risk assessment",
        "version": "version",
        "assessed_on": "Assessed on",
        "assessor": "Assessor",
        "level": "Risk level",
        "computed": "Level by the rule",
        "score": "Score",
        "override": "Reason for the professional judgement",
        "next_review": "Next review",
        "high_risk_note": "What the body agreed when the risk rose",
        "yes": "Yes",
        "no": "No",
        "not_known": "Not known",
        "plan": "Safety plan",
        "agreed_on": "Agreed on",
        "worker": "Responsible worker",
        "signed_off": "Signed off on",
        "concern": "Main concern (in her own words)",
        "strengths": "Strengths and resources",
        "before": "Steps before",
        "during": "Steps during",
        "after": "Steps after",
        "court": "Wants to go to court",
        "court_yes": "Yes",
        "court_no": "No",
        "court_open": "Not decided",
        "return": "Going back",
        "safe": "People and places safe to contact",
        "not_safe": "People and places NOT to contact: never to be told anything",
        "services": "Services of the plan",
        "chosen": "chosen by her",
        "due": "due",
        "checked": "safety checked by",
        "referrals": "Referrals",
        "escalation": "Escalated to the provincial centre",
        "answered": "answered on",
        "reason": "reason for refusal",
        "outcome": "outcome",
        "without_consent": "Identifying details shared without consent",
        "decided_by": "decided by",
    },
}

DateText = Callable[[dt.date | None], str]  # how the annex prints a date; empty for none


def restricted_sections(
    db: Database,
    case_ids: Sequence[int],
    meeting_id: int,
    meeting_date: dt.date,
    language: str,
    date_text: DateText,
) -> dict[int, list[AnnexSection]]:
    """Each case's restricted sections for the annex of the meeting, by case id."""
    words = LABELS[language]
    out: dict[int, list[AnnexSection]] = {case_id: [] for case_id in case_ids}
    if not case_ids:
        return out
    with db.read_session() as session:
        agencies = _agency_labels(session)
        assessments = _assessments(session, case_ids, meeting_id, meeting_date)
        plans = _plans(session, case_ids, meeting_id, meeting_date)
        referrals = list(
            session.scalars(
                select(Referral)
                .where(Referral.case_id.in_(case_ids), Referral.sent_on <= meeting_date)
                .order_by(Referral.sent_on, Referral.id)
            )
        )
        plan_sections = {
            plan.case_id: _plan_sections(plan, agencies, words, language, date_text) for plan in plans
        }
    instruments: dict[tuple[str, int], Instrument | None] = {}
    for assessment in assessments:
        key = (assessment.instrument_key, assessment.instrument_version)
        if key not in instruments:
            try:
                instruments[key] = find_instrument(db, *key)
            except Refusal:  # an instrument no longer on this computer: its answers are shown by question id
                instruments[key] = None
        out[assessment.case_id].append(
            _assessment_section(assessment, instruments[key], agencies, words, language, date_text)
        )
    for case_id, sections in plan_sections.items():
        out[case_id] += sections
    by_case: dict[int, list[str]] = {}
    for referral in referrals:
        by_case.setdefault(referral.case_id, []).append(
            _referral_line(referral, agencies, words, language, date_text)
        )
    for case_id, lines in by_case.items():
        out[case_id].append(AnnexSection(words["referrals"], [], lines))
    return out


def _agency_labels(session: Session) -> dict[int, str]:
    return {
        agency_id: abbreviation or name
        for agency_id, abbreviation, name in session.execute(
            select(Agency.id, Agency.abbreviation, Agency.name_th)
        )
    }


def _assessments(
    session: Session, case_ids: Sequence[int], meeting_id: int, meeting_date: dt.date
) -> list[RiskAssessment]:
    """The assessment in force on the meeting's day for each case, and those made from the meeting's items."""
    ranked = (
        select(
            RiskAssessment.id,
            func.row_number()
            .over(
                partition_by=RiskAssessment.case_id,
                order_by=(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc()),
            )
            .label("rank"),
        )
        .where(RiskAssessment.case_id.in_(case_ids), RiskAssessment.assessed_on <= meeting_date)
        .subquery()
    )
    in_force = select(ranked.c.id).where(ranked.c.rank == 1)
    at_meeting = select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
    return list(
        session.scalars(
            select(RiskAssessment)
            .where(
                RiskAssessment.case_id.in_(case_ids),
                or_(RiskAssessment.id.in_(in_force), RiskAssessment.agenda_item_id.in_(at_meeting)),
            )
            .order_by(RiskAssessment.assessed_on, RiskAssessment.id)
        )
    )


def _plans(
    session: Session, case_ids: Sequence[int], meeting_id: int, meeting_date: dt.date
) -> list[SafetyPlan]:
    """Each case's plan version agreed at the meeting, else the latest agreed on or before its day."""
    candidates = session.scalars(
        select(SafetyPlan)
        .where(
            SafetyPlan.case_id.in_(case_ids),
            or_(SafetyPlan.meeting_id == meeting_id, SafetyPlan.agreed_on <= meeting_date),
        )
        .order_by(SafetyPlan.case_id, SafetyPlan.version)
    ).all()
    chosen: dict[int, SafetyPlan] = {}
    for plan in candidates:
        current = chosen.get(plan.case_id)
        if current is None or current.meeting_id != meeting_id or plan.meeting_id == meeting_id:
            chosen[plan.case_id] = plan
    return list(chosen.values())


def _answer_text(
    instrument: Instrument | None, question_id: str, answer: object, words: dict[str, str], language: str
) -> AnnexField:
    question = instrument.question(question_id) if instrument is not None else None
    label = question.text.text(language) if question is not None else question_id
    value = str(answer)
    if question is not None and question.answer_type is AnswerType.YES_NO:
        value = {YES: words["yes"], NO: words["no"], NOT_KNOWN: words["not_known"]}.get(value, value)
    elif question is not None and question.answer_type is AnswerType.CHOICE:
        choice = question.choice(value)
        value = choice.text.text(language) if choice is not None else value
    return AnnexField(label, value)


def _assessment_section(
    assessment: RiskAssessment,
    instrument: Instrument | None,
    agencies: dict[int, str],
    words: dict[str, str],
    language: str,
    date_text: DateText,
) -> AnnexSection:
    title_text = instrument.title.text(language) if instrument is not None else assessment.instrument_key
    title = f"{words['assessment']}: {title_text} ({words['version']} {assessment.instrument_version})"
    assessor = assessment.assessor
    if assessment.assessor_agency_id is not None:
        assessor = f"{assessor} ({agencies.get(assessment.assessor_agency_id, '')})"
    fields = [
        AnnexField(words["assessed_on"], date_text(assessment.assessed_on)),
        AnnexField(words["assessor"], assessor),
        AnnexField(words["level"], RiskLevel(assessment.level).label(language)),
        AnnexField(words["computed"], RiskLevel(assessment.computed_level).label(language)),
        AnnexField(words["score"], "" if assessment.score is None else str(assessment.score)),
        AnnexField(words["override"], assessment.override_reason.strip()),
        AnnexField(words["next_review"], date_text(assessment.next_review_on)),
        AnnexField(words["high_risk_note"], assessment.high_risk_note.strip()),
    ]
    answers: dict[str, object] = json.loads(assessment.answers or "{}")
    order = [q.id for q in instrument.questions] if instrument is not None else []
    ids = [q for q in order if q in answers] + [q for q in answers if q not in order]
    lines = [_answer_text(instrument, q, answers[q], words, language) for q in ids]
    return AnnexSection(
        title,
        [f for f in fields if f.value.strip()],
        [f"{line.label}: {line.value}" for line in lines],
    )


def _plan_sections(
    plan: SafetyPlan, agencies: dict[int, str], words: dict[str, str], language: str, date_text: DateText
) -> list[AnnexSection]:
    court = {True: words["court_yes"], False: words["court_no"], None: words["court_open"]}[plan.wants_court]
    fields = [
        AnnexField(words["agreed_on"], date_text(plan.agreed_on)),
        AnnexField(words["worker"], plan.responsible_worker),
        AnnexField(words["signed_off"], date_text(plan.signed_off_on)),
        AnnexField(words["concern"], plan.main_concern),
        AnnexField(words["strengths"], plan.strengths),
        AnnexField(words["before"], plan.steps_before),
        AnnexField(words["during"], plan.steps_during),
        AnnexField(words["after"], plan.steps_after),
        AnnexField(words["court"], court),
        AnnexField(words["return"], ReturnChoice(plan.return_choice).label(language)),
    ]
    main = AnnexSection(
        f"{words['plan']} ({words['version']} {plan.version})", [f for f in fields if f.value.strip()]
    )
    sections = [main]
    for safe, title in ((True, words["safe"]), (False, words["not_safe"])):
        contacts = [c for c in plan.contacts if c.safe is safe]
        if contacts:
            sections.append(
                AnnexSection(
                    title,
                    [],
                    [
                        " — ".join(t for t in (c.name, c.relation, c.how_to_reach, c.note) if t.strip())
                        for c in contacts
                    ],
                )
            )
    if plan.services:
        lines = []
        for service in plan.services:
            parts = [Service(service.service).label(language)]
            if service.agency_id is not None:
                parts.append(agencies.get(service.agency_id, ""))
            if service.due_date is not None:
                parts.append(f"{words['due']} {date_text(service.due_date)}")
            parts.append(ServiceStatus(service.status).label(language))
            if service.chosen_by_survivor:
                parts.append(words["chosen"])
            if service.safety_checked_by.strip():
                check = (
                    f"{words['checked']} {service.safety_checked_by} {date_text(service.safety_checked_on)}"
                )
                parts.append(f"{check}: {service.safety_check_finding}".strip().rstrip(":"))
            lines.append(" — ".join(p for p in parts if p.strip()))
        sections.append(AnnexSection(words["services"], [], lines))
    return sections


def _referral_line(
    referral: Referral, agencies: dict[int, str], words: dict[str, str], language: str, date_text: DateText
) -> str:
    route = (
        f"{agencies.get(referral.from_agency_id or 0, '-')} → {agencies.get(referral.to_agency_id or 0, '-')}"
    )
    parts = [f"{date_text(referral.sent_on)} {route}"]
    if referral.is_escalation:
        parts.append(words["escalation"])
    if referral.service:
        parts.append(Service(referral.service).label(language))
    parts.append(ReferralStatus(referral.status).label(language))
    if referral.answered_on is not None:
        parts.append(f"{words['answered']} {date_text(referral.answered_on)}")
    if referral.refusal_reason.strip():
        parts.append(f"{words['reason']}: {referral.refusal_reason.strip()}")
    if referral.outcome.strip():
        parts.append(f"{words['outcome']}: {referral.outcome.strip()}")
    if referral.without_consent_ground.strip() or referral.without_consent_note.strip():
        note = referral.without_consent_note.strip()
        parts.append(f"{words['without_consent']}: {note} ({words['decided_by']} {referral.decided_by})")
    return " — ".join(parts)
