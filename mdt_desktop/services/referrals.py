"""Referrals of a case from one agency to another, their answers and outcomes, and escalation to the provincial
centre (a referral with ``is_escalation``, which also moves the case's ``escalation`` state).

A referral that shares the case's identifying details rests on a consent in force on the day it is sent, or on a
ground of imminent danger (``cases.UrgentGround``) with a note and a named decision maker; otherwise it is refused.
Each such sharing is written to the case's access log ("identity_shared": the case, the receiving agency's
abbreviation, the referral's id and the ground, never case text). Every other write is audited by ids only.

An answer is due ``ANSWER_DAYS`` calendar days after sending unless a date is given; a referral still unanswered
after its due date is overdue and listed beside overdue actions in the register (``overdue_referrals``).

Privacy tiers: the without-consent note, the refusal reason and the outcome are restricted (the case's own screens
and the annex only); agencies, service, dates and status are general. With roles in force (``services.roles``) a
secretary of the case's body refers, escalates and records answers and outcomes; its secretary and chair read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from mdt_desktop.domain import deadlines, typed_text
from mdt_desktop.domain.codes import CaseOutcome, ReferralStatus, Service
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.audit import add_entry, log_export
from mdt_desktop.services.cases import UrgentGround
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import require_version
from mdt_desktop.storage.models import Agency, CaseConsent, CaseFile, Referral

# Calendar days an agency has to answer a referral when no date is given: a week is what the district teams
# ask of each other for a written answer (DOMAIN.md has no legal deadline for it).
ANSWER_DAYS = 7

AGENCIES_REQUIRED = Message(
    th="โปรดเลือกหน่วยงานผู้ส่งและหน่วยงานผู้รับ",
    en="Choose the agency that refers and the agency that receives",
)
SAME_AGENCY = Message(
    th="หน่วยงานผู้ส่งและผู้รับต้องเป็นคนละหน่วยงาน",
    en="The referring and the receiving agency must be different",
)
SERVICE_REQUIRED = Message(th="โปรดเลือกบริการที่ส่งต่อ", en="Choose the service the case is referred for")
DUE_BEFORE_SENT = Message(
    th="วันกำหนดตอบต้องไม่ก่อนวันที่ส่งต่อ",
    en="The answer cannot be due before the referral is sent",
)
SHARING_NEEDS_CONSENT_OR_GROUND = Message(
    th="ส่งข้อมูลระบุตัวบุคคลไม่ได้: ไม่มีความยินยอมที่มีผลอยู่ "
    "หากมีอันตรายร้ายแรงเฉพาะหน้าต่อเด็กหรือบุคคลที่มีความเสี่ยงเป็นพิเศษ โปรดระบุเหตุ บันทึกเหตุผล "
    "และผู้มีอำนาจตัดสินใจ",
    en="The identifying details cannot be shared: no consent is in force. In imminent danger to a child or a "
    "person at special risk, give that ground, a note and who decided",
)
SHARING_NOTE_REQUIRED = Message(
    th="โปรดบันทึกเหตุผลที่ต้องส่งข้อมูลโดยไม่มีความยินยอม",
    en="Write down why the details are shared without consent",
)
SHARING_DECISION_MAKER_REQUIRED = Message(
    th="โปรดระบุชื่อผู้มีอำนาจตัดสินใจให้ส่งข้อมูลโดยไม่มีความยินยอม",
    en="Give the name of the person who decided to share the details without consent",
)
REFUSAL_REASON_REQUIRED = Message(
    th="โปรดระบุเหตุผลที่หน่วยงานปฏิเสธการส่งต่อ",
    en="Give the reason the agency refused the referral",
)
ANSWER_BEFORE_SENT = Message(
    th="วันที่ตอบต้องไม่ก่อนวันที่ส่งต่อ",
    en="The answer cannot come before the referral was sent",
)
ALREADY_COMPLETED = Message(
    th="การส่งต่อนี้ดำเนินการเสร็จแล้ว แก้คำตอบไม่ได้",
    en="This referral is completed: its answer can no longer change",
)
OUTCOME_NEEDS_ACCEPTANCE = Message(
    th="บันทึกผลได้เมื่อหน่วยงานผู้รับตอบรับการส่งต่อแล้ว",
    en="An outcome can be recorded once the receiving agency has accepted the referral",
)
OUTCOME_REQUIRED = Message(th="โปรดบันทึกผลการส่งต่อ", en="Write down the outcome of the referral")
ALREADY_ESCALATED = Message(
    th="กรณีนี้ส่งต่อศูนย์ระดับจังหวัดแล้ว",
    en="This case is already escalated to the provincial centre",
)
STILL_ESCALATED = Message(
    th="กรณีนี้อยู่ระหว่างส่งต่อศูนย์ระดับจังหวัด จะบันทึกว่ายุติในระดับอำเภอได้เมื่อศูนย์ปฏิเสธการรับเรื่อง",
    en="This case is escalated to the provincial centre: it can be marked resolved at the district only once "
    "the centre has refused it",
)


@dataclass(frozen=True)
class WithoutConsent:
    """Why identifying details are shared without consent (imminent danger), a note of it, and who decided."""

    ground: UrgentGround
    note: str
    decided_by: str


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    case_id: int
    from_agency_id: int | None
    from_agency: str  # abbreviation, else the Thai name
    to_agency_id: int | None
    to_agency: str
    service: Service | None
    is_escalation: bool
    sent_on: dt.date
    answer_due_on: dt.date | None
    status: ReferralStatus
    answered_on: dt.date | None
    refusal_reason: str  # restricted
    outcome: str  # restricted
    consent_id: int | None
    shares_identity: bool
    without_consent_ground: UrgentGround | None
    without_consent_note: str  # restricted
    decided_by: str
    meeting_id: int | None
    row_version: int = 1  # what a save names as ``read_version`` (storage.edit_conflict)

    def overdue_on(self, today: dt.date) -> bool:
        return (
            self.status is ReferralStatus.SENT
            and self.answer_due_on is not None
            and today > self.answer_due_on
        )


@dataclass(frozen=True)
class CaseReferrals:
    """What the referral dialog shows of a case: its code, where it is handled, the consent a sharing would
    rest on today (None: none in force) and its referrals, newest first."""

    case_id: int
    code: str
    escalation: CaseOutcome  # the case's outcome: open (at the district), escalated, resolved at district
    consent_in_force: int | None
    referrals: list[ReferralRecord]


@dataclass(frozen=True)
class OverdueReferral:
    """A row of the register: general fields only (no reason, note or outcome)."""

    id: int
    case_id: int
    case_code: str
    from_agency_id: int | None
    from_agency: str
    to_agency_id: int | None
    to_agency: str
    service: Service | None
    is_escalation: bool
    sent_on: dt.date
    answer_due_on: dt.date
    days_overdue: int


@dataclass(frozen=True)
class EscalationRow:
    """A line of the escalation register: the case, who sent it up to whom, and the centre's answer."""

    referral_id: int
    case_id: int
    case_code: str
    case_escalation: CaseOutcome
    from_agency: str
    to_agency: str
    sent_on: dt.date
    answer_due_on: dt.date | None
    status: ReferralStatus
    answered_on: dt.date | None


# --- reading ------------------------------------------------------------------------------------------------


def _consent_in_force(session: Session, case_id: int, on: dt.date) -> int | None:
    """The newest consent given by the person (not a recording without consent) in force on ``on``."""
    consents = session.scalars(
        select(CaseConsent).where(CaseConsent.case_id == case_id).order_by(CaseConsent.id.desc())
    )
    for consent in consents:
        given = not (consent.without_consent_reason or "").strip()
        withdrawn = consent.withdrawn_on is not None and consent.withdrawn_on <= on
        if given and consent.given_on <= on and not withdrawn:
            return consent.id
    return None


def _agency_label(abbreviation: str | None, name: str | None) -> str:
    return abbreviation or name or ""


def _record(r: Referral, from_label: str, to_label: str) -> ReferralRecord:
    return ReferralRecord(
        id=r.id,
        case_id=r.case_id,
        from_agency_id=r.from_agency_id,
        from_agency=from_label,
        to_agency_id=r.to_agency_id,
        to_agency=to_label,
        service=Service(r.service) if r.service else None,
        is_escalation=r.is_escalation,
        sent_on=r.sent_on,
        answer_due_on=r.answer_due_on,
        status=ReferralStatus(r.status),
        answered_on=r.answered_on,
        refusal_reason=r.refusal_reason or "",
        outcome=r.outcome or "",
        consent_id=r.consent_id,
        shares_identity=r.shares_identity,
        without_consent_ground=UrgentGround(r.without_consent_ground) if r.without_consent_ground else None,
        without_consent_note=r.without_consent_note or "",
        decided_by=r.decided_by or "",
        meeting_id=r.meeting_id,
        row_version=r.row_version,
    )


def referrals_of(db: Database, case_id: int) -> list[ReferralRecord]:
    """A case's referrals, newest first."""
    sender, receiver = aliased(Agency), aliased(Agency)
    query = (
        select(Referral, sender.abbreviation, sender.name_th, receiver.abbreviation, receiver.name_th)
        .outerjoin(sender, sender.id == Referral.from_agency_id)
        .outerjoin(receiver, receiver.id == Referral.to_agency_id)
        .where(Referral.case_id == case_id)
        .order_by(Referral.sent_on.desc(), Referral.id.desc())
    )
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        return [
            _record(referral, _agency_label(fa, fn), _agency_label(ta, tn))
            for referral, fa, fn, ta, tn in session.execute(query)
        ]


def case_referrals(db: Database, case_id: int, today: dt.date | None = None) -> CaseReferrals:
    today = today or dt.date.today()
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        case = session.get_one(CaseFile, case_id)
        code, escalation = case.code, CaseOutcome(case.outcome)
        consent_id = _consent_in_force(session, case_id, today)
    return CaseReferrals(case_id, code, escalation, consent_id, referrals_of(db, case_id))


def view_referrals(db: Database, case_id: int, actor: str) -> CaseReferrals:
    """The case's referrals for showing to a person: their notes, reasons and outcomes are restricted, so the view
    is written to the audit log (the case's access log) when there is anything to see."""
    found = case_referrals(db, case_id)
    if found.referrals:
        log_export(db, actor, "referrals_viewed", "case", case_id)
    return found


def _overdue_clause(today: dt.date) -> ColumnElement[bool]:
    return and_(
        Referral.status == ReferralStatus.SENT.value,
        Referral.answer_due_on.is_not(None),
        Referral.answer_due_on < today,
    )


def overdue_referrals(
    db: Database, today: dt.date, body_id: int | None = None, agency_id: int | None = None
) -> list[OverdueReferral]:
    """Referrals sent and still unanswered after their answer was due, longest overdue first; ``body_id`` keeps
    the cases of one body, ``agency_id`` the referrals that agency sent or received."""
    sender, receiver = aliased(Agency), aliased(Agency)
    query = (
        select(
            Referral.id,
            Referral.case_id,
            CaseFile.code,
            Referral.from_agency_id,
            sender.abbreviation,
            sender.name_th,
            Referral.to_agency_id,
            receiver.abbreviation,
            receiver.name_th,
            Referral.service,
            Referral.is_escalation,
            Referral.sent_on,
            Referral.answer_due_on,
        )
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .outerjoin(sender, sender.id == Referral.from_agency_id)
        .outerjoin(receiver, receiver.id == Referral.to_agency_id)
        .where(_overdue_clause(today))
        .order_by(Referral.answer_due_on, Referral.id)
    )
    if body_id is not None:
        query = query.where(CaseFile.body_id == body_id)
    if agency_id is not None:
        query = query.where(or_(Referral.from_agency_id == agency_id, Referral.to_agency_id == agency_id))
    with db.read_session() as session:
        rows = session.execute(query).all()
    return [
        OverdueReferral(
            id=id_,
            case_id=case_id,
            case_code=code,
            from_agency_id=from_id,
            from_agency=_agency_label(fa, fn),
            to_agency_id=to_id,
            to_agency=_agency_label(ta, tn),
            service=Service(service) if service else None,
            is_escalation=is_escalation,
            sent_on=sent_on,
            answer_due_on=due,
            days_overdue=deadlines.days_overdue(due, today),
        )
        for (id_, case_id, code, from_id, fa, fn, to_id, ta, tn, service, is_escalation, sent_on, due) in rows
        if due is not None
    ]


def escalation_register(
    db: Database, body_id: int | None = None, agency_id: int | None = None
) -> list[EscalationRow]:
    """Every escalation to the provincial centre with the centre's answer, newest first; ``body_id`` keeps the
    cases of one body, ``agency_id`` the escalations that agency sent or received."""
    sender, receiver = aliased(Agency), aliased(Agency)
    query = (
        select(
            Referral.id,
            Referral.case_id,
            CaseFile.code,
            CaseFile.outcome,
            sender.abbreviation,
            sender.name_th,
            receiver.abbreviation,
            receiver.name_th,
            Referral.sent_on,
            Referral.answer_due_on,
            Referral.status,
            Referral.answered_on,
        )
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .outerjoin(sender, sender.id == Referral.from_agency_id)
        .outerjoin(receiver, receiver.id == Referral.to_agency_id)
        .where(Referral.is_escalation.is_(True))
        .order_by(Referral.sent_on.desc(), Referral.id.desc())
    )
    if body_id is not None:
        query = query.where(CaseFile.body_id == body_id)
    if agency_id is not None:
        query = query.where(or_(Referral.from_agency_id == agency_id, Referral.to_agency_id == agency_id))
    with db.read_session() as session:
        rows = session.execute(query).all()
    return [
        EscalationRow(
            referral_id=id_,
            case_id=case_id,
            case_code=code,
            case_escalation=CaseOutcome(escalation),
            from_agency=_agency_label(fa, fn),
            to_agency=_agency_label(ta, tn),
            sent_on=sent_on,
            answer_due_on=due,
            status=ReferralStatus(status),
            answered_on=answered_on,
        )
        for (id_, case_id, code, escalation, fa, fn, ta, tn, sent_on, due, status, answered_on) in rows
    ]


# --- sending ------------------------------------------------------------------------------------------------


def _checked_without_consent(without_consent: WithoutConsent | None) -> WithoutConsent | None:
    if without_consent is None:
        return None
    note = typed_text.checked(without_consent.note, typed_text.NOTE).strip()
    decided_by = typed_text.checked(without_consent.decided_by, typed_text.NAME).strip()
    if not note:
        raise Refusal(SHARING_NOTE_REQUIRED)
    if not decided_by:
        raise Refusal(SHARING_DECISION_MAKER_REQUIRED)
    return WithoutConsent(UrgentGround(without_consent.ground), note, decided_by)


def _send(
    session: Session,
    case_id: int,
    from_agency_id: int | None,
    to_agency_id: int | None,
    service: Service | None,
    sent_on: dt.date,
    answer_due_on: dt.date | None,
    actor: str,
    is_escalation: bool,
    meeting_id: int | None,
    shares_identity: bool,
    without_consent: WithoutConsent | None,
) -> Referral:
    """The checks and the writes that sending and escalating share, inside one unit of work."""
    if from_agency_id is None or to_agency_id is None:
        raise Refusal(AGENCIES_REQUIRED)
    if from_agency_id == to_agency_id:
        raise Refusal(SAME_AGENCY)
    due = answer_due_on or sent_on + dt.timedelta(days=ANSWER_DAYS)
    if due < sent_on:
        raise Refusal(DUE_BEFORE_SENT)
    ground = _checked_without_consent(without_consent)
    session.get_one(CaseFile, case_id)
    receiver = session.get_one(Agency, to_agency_id)
    session.get_one(Agency, from_agency_id)
    consent_id = _consent_in_force(session, case_id, sent_on)
    if shares_identity and consent_id is None and ground is None:
        raise Refusal(SHARING_NEEDS_CONSENT_OR_GROUND)
    referral = Referral(
        case_id=case_id,
        from_agency_id=from_agency_id,
        to_agency_id=to_agency_id,
        service=service.value if service is not None else None,
        is_escalation=is_escalation,
        sent_on=sent_on,
        answer_due_on=due,
        status=ReferralStatus.SENT.value,
        consent_id=consent_id,
        shares_identity=shares_identity,
        without_consent_ground=ground.ground.value if ground else "",
        without_consent_note=ground.note if ground else "",
        decided_by=ground.decided_by if ground else "",
        meeting_id=meeting_id,
    )
    session.add(referral)
    session.flush()
    event = "escalate" if is_escalation else "refer"
    add_entry(
        session,
        actor,
        event,
        "referral",
        referral.id,
        detail=f"case={case_id} from={from_agency_id} to={to_agency_id}",
    )
    if shares_identity:
        # The case's access log: which agency received the details and on what ground; never case text.
        if ground is not None:
            basis = f"ground={ground.ground.value} decided_by={ground.decided_by}"
        else:
            basis = f"ground=consent consent={consent_id}"
        add_entry(
            session,
            actor,
            "identity_shared",
            "case",
            case_id,
            recipient=receiver.abbreviation or receiver.name_th,
            detail=f"referral={referral.id} {basis}",
        )
    return referral


def refer(
    db: Database,
    case_id: int,
    from_agency_id: int | None,
    to_agency_id: int | None,
    service: Service | str | None,
    sent_on: dt.date,
    *,
    actor: str,
    answer_due_on: dt.date | None = None,
    meeting_id: int | None = None,
    shares_identity: bool = False,
    without_consent: WithoutConsent | None = None,
) -> int:
    """Refer a case to another agency for a service; returns the referral's id. The answer is due
    ``answer_due_on``, else ``ANSWER_DAYS`` after ``sent_on``."""
    if not service:
        raise Refusal(SERVICE_REQUIRED)
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        referral = _send(
            session,
            case_id,
            from_agency_id,
            to_agency_id,
            Service(service),
            sent_on,
            answer_due_on,
            actor,
            False,
            meeting_id,
            shares_identity,
            without_consent,
        )
        return referral.id


def escalate(
    db: Database,
    case_id: int,
    from_agency_id: int | None,
    to_agency_id: int | None,
    sent_on: dt.date,
    *,
    actor: str,
    service: Service | str | None = None,
    answer_due_on: dt.date | None = None,
    meeting_id: int | None = None,
    shares_identity: bool = False,
    without_consent: WithoutConsent | None = None,
) -> int:
    """Send a case up to the provincial centre (``to_agency_id``): a referral with ``is_escalation``, and the
    case becomes ESCALATED. Refused when the case is escalated already."""
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        case = session.get_one(CaseFile, case_id)
        if case.outcome == CaseOutcome.ESCALATED.value:
            raise Refusal(ALREADY_ESCALATED)
        referral = _send(
            session,
            case_id,
            from_agency_id,
            to_agency_id,
            Service(service) if service else None,
            sent_on,
            answer_due_on,
            actor,
            True,
            meeting_id,
            shares_identity,
            without_consent,
        )
        case.outcome = CaseOutcome.ESCALATED.value
        return referral.id


def mark_resolved_at_district(db: Database, case_id: int, actor: str) -> None:
    """Record that the case was resolved at the district. A case escalated and not refused by the centre is
    the centre's to resolve."""
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        case = session.get_one(CaseFile, case_id)
        if case.outcome == CaseOutcome.ESCALATED.value:
            raise Refusal(STILL_ESCALATED)
        case.outcome = CaseOutcome.RESOLVED_DISTRICT.value
        add_entry(session, actor, "resolve_at_district", "case", case_id)


# --- answers and outcomes -----------------------------------------------------------------------------------


def answer(
    db: Database,
    referral_id: int,
    accepted: bool,
    answered_on: dt.date,
    *,
    actor: str,
    reason: str = "",
    read_version: int | None = None,
) -> None:
    """The receiving agency's answer; a refusal needs its reason. A refused escalation leaves the case with the
    district again. An answer can be corrected until the referral is completed. ``read_version`` is
    ``ReferralRecord.row_version`` as the screen read it (an ``EditConflict`` when someone else saved the
    referral since; None: no check)."""
    reason = typed_text.checked(reason, typed_text.NOTE).strip()
    if not accepted and not reason:
        raise Refusal(REFUSAL_REASON_REQUIRED)
    with db.session() as session:
        referral = session.get_one(Referral, referral_id)
        roles.require_for_case(session, db, Permission.KEEP_CASES, referral.case_id)
        require_version(session, referral, read_version)
        if referral.status == ReferralStatus.COMPLETED.value:
            raise Refusal(ALREADY_COMPLETED)
        if answered_on < referral.sent_on:
            raise Refusal(ANSWER_BEFORE_SENT)
        status = ReferralStatus.ACCEPTED if accepted else ReferralStatus.REFUSED
        referral.status = status.value
        referral.answered_on = answered_on
        referral.refusal_reason = "" if accepted else reason
        if referral.is_escalation:
            case = session.get_one(CaseFile, referral.case_id)
            case.outcome = (CaseOutcome.ESCALATED if accepted else CaseOutcome.OPEN).value
        add_entry(
            session,
            actor,
            "answer_referral",
            "referral",
            referral_id,
            detail=f"case={referral.case_id} status={status.value}",
        )


def record_outcome(
    db: Database, referral_id: int, outcome: str, *, actor: str, read_version: int | None = None
) -> None:
    """What came of an accepted referral; the referral is then completed (the outcome can still be rewritten).
    ``read_version`` as for ``answer``."""
    outcome = typed_text.checked(outcome, typed_text.NOTE).strip()
    if not outcome:
        raise Refusal(OUTCOME_REQUIRED)
    with db.session() as session:
        referral = session.get_one(Referral, referral_id)
        roles.require_for_case(session, db, Permission.KEEP_CASES, referral.case_id)
        require_version(session, referral, read_version)
        if referral.status not in (ReferralStatus.ACCEPTED.value, ReferralStatus.COMPLETED.value):
            raise Refusal(OUTCOME_NEEDS_ACCEPTANCE)
        referral.outcome = outcome
        referral.status = ReferralStatus.COMPLETED.value
        add_entry(
            session, actor, "referral_outcome", "referral", referral_id, detail=f"case={referral.case_id}"
        )
