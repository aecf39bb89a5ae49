"""Cases: pseudonymous codes, consent, and the restricted identity record.

Lists and filters return codes and non-identifying fields only. Identifying details are stored only once
consent is recorded (or a reason for sharing without consent in imminent danger, which is audited). They are
read only on a ground this module checks itself, whatever the screen allows: a consent in force, a recorded
sharing without consent, or an urgent reason given with the read (who decided); each read's audit entry says
who, which case, on what ground and for what purpose (``IdentityPurpose``), by id. Withdrawing the last consent erases the identity record.
Consents and identity records are amended only through here, and every amendment is audited.
With roles in force (``services.roles``) a case, its consent and its identity are kept by a secretary of its body
(``Permission.KEEP_CASES``); its records without identity are read by its secretary and chair (``READ_CASES``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exists, func, literal, or_, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.case_codes import (
    checked_hand_code,
    comparable_code,
    make_case_code,
    next_running_number,
)
from mdt_desktop.domain.codes import (
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    IdentityPurpose,
    IdStatus,
    Sex,
)
from mdt_desktop.domain.privacy import ConsentFacts, ConsentRequired, may_store_identity
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.audit import add_entry
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import require_version
from mdt_desktop.storage.field_crypto import FieldState
from mdt_desktop.storage.models import Body, CaseConsent, CaseFile, CaseIdentity
from mdt_desktop.thai.dates import to_be

# Used only when neither the body nor its area has a code: codes must still be unique and readable.
FALLBACK_PREFIX = "MDT"
CONSENT_FIELDS_REQUIRED = Message(
    th="โปรดระบุผู้ให้ความยินยอม ผู้บันทึก และขอบเขตความยินยอม",
    en="Give who consented, who recorded the consent and what it covers",
)
WITHOUT_CONSENT_REASON_REQUIRED = Message(
    th="การบันทึกโดยไม่ได้รับความยินยอมทำได้เฉพาะกรณีมีอันตรายร้ายแรงและเร่งด่วน โปรดระบุเหตุผล",
    en="Recording without consent is allowed only in serious and imminent danger: give the reason",
)
IDENTITY_NEEDS_CONSENT_OR_REASON = Message(
    th="เปิดดูข้อมูลระบุตัวบุคคลไม่ได้: ไม่มีความยินยอมที่มีผลอยู่ "
    "หากมีอันตรายร้ายแรงเฉพาะหน้าต่อเด็กหรือบุคคลที่มีความเสี่ยงเป็นพิเศษ โปรดระบุเหตุและผู้มีอำนาจตัดสินใจ",
    en="The identifying details cannot be opened: no consent is in force. In imminent danger to a child or a "
    "person at special risk, give that reason and who decided",
)
CODE_TAKEN = Message(th="รหัสกรณี {code} มีอยู่แล้วในฐานข้อมูล", en="The case code {code} is already in the database")
DECISION_MAKER_REQUIRED = Message(
    th="โปรดระบุชื่อผู้มีอำนาจตัดสินใจให้เปิดดูข้อมูลโดยไม่มีความยินยอม",
    en="Give the name of the person who decided to open the details without consent",
)


@dataclass(frozen=True)
class NewCase:
    case_type: str
    intake_date: dt.date
    body_id: int | None = None
    is_child: bool = False
    child_status: str | None = None
    stage: str = CaseStage.INTAKE.value
    outcome: str = CaseOutcome.OPEN.value
    measure: str | None = None
    intake_channel: str | None = None
    summary: str = ""  # de-identified situation; no names
    code: str = (
        ""  # an existing code typed by hand (an office's paper register), kept as typed; empty: the next
    )


@dataclass(frozen=True)
class CaseRow:
    """What a list may show of a case: its code and non-identifying fields."""

    id: int
    code: str
    body_id: int | None
    body_name: str
    case_type: CaseType
    is_child: bool
    child_status: ChildStatus | None
    stage: CaseStage
    outcome: CaseOutcome
    intake_date: dt.date
    has_consent: bool
    has_identity: bool
    row_version: int = 1  # what ``update_case`` names as ``read_version`` (storage.edit_conflict)


@dataclass(frozen=True)
class CaseFilter:
    case_type: str | None = None
    stage: str | None = None
    outcome: str | None = None
    is_child: bool | None = None
    body_id: int | None = None
    code_contains: str = ""


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    case_id: int
    given_by: str
    recorded_by: str
    given_on: dt.date
    scope: str
    withdrawn_on: dt.date | None
    without_consent_reason: str
    shares_with_centre: bool = False  # covers sending the identity record to the provincial centre


@dataclass(frozen=True)
class IdentityRecord:
    full_name: str = ""
    date_of_birth: dt.date | None = None
    sex: str = Sex.UNKNOWN.value
    phone: str = ""
    address: str = ""
    nationality: str = ""
    id_status: str = IdStatus.UNKNOWN.value
    id_number: str = ""
    language: str = ""
    interpreter_needed: bool = False
    restricted_notes: str = ""  # words moved here out of the general minutes (services.identifying)


_IDENTITY_FIELDS = tuple(IdentityRecord.__dataclass_fields__)


class UrgentGround(StrEnum):
    """The only grounds for opening identifying details without consent (Child Protection Act B.E. 2546,
    Anti-Trafficking Act B.E. 2551, PDPA section 24(3))."""

    CHILD_IN_IMMINENT_DANGER = "child_in_imminent_danger"
    PERSON_AT_SPECIAL_RISK = "person_at_special_risk"


@dataclass(frozen=True)
class UrgentAccess:
    """Why identifying details are opened without consent, and who decided it; stored in the audit entry."""

    ground: UrgentGround
    decided_by: str


# --- codes and listing --------------------------------------------------------------------------------------


def case_prefix(db: Database, body_id: int | None) -> str:
    """The body's own code, else its area's code, else FALLBACK_PREFIX."""
    if body_id is None:
        return FALLBACK_PREFIX
    with db.read_session() as session:
        body = session.get_one(Body, body_id)
        return body.code or (body.area.code if body.area is not None else "") or FALLBACK_PREFIX


def create_case(db: Database, new: NewCase) -> tuple[int, str]:
    """A new case with the next code of its prefix and Buddhist year of intake, or with the code typed by hand
    (``NewCase.code``, any shape, refused when the database has it already, whichever digits either was typed
    with); returns (id, code)."""
    CaseType(new.case_type)
    hand_code = checked_hand_code(typed_text.checked(new.code, typed_text.LINE)) if new.code else ""
    prefix = "" if hand_code else case_prefix(db, new.body_id)
    year_be = to_be(new.intake_date.year)
    with db.session() as session:
        roles.require_any(session, db, (Permission.KEEP_CASES,), body_id=new.body_id)
        if hand_code:
            _refuse_taken(session, hand_code)
            code = hand_code
        else:
            existing = session.scalars(
                select(CaseFile.code).where(CaseFile.code.like(f"{prefix}-{year_be}-%"))
            )
            code = make_case_code(prefix, year_be, next_running_number(existing, prefix, year_be))
        case = CaseFile(
            code=code,
            body_id=new.body_id,
            case_type=new.case_type,
            is_child=new.is_child,
            child_status=ChildStatus(new.child_status).value if new.is_child and new.child_status else None,
            stage=CaseStage(new.stage).value,
            outcome=CaseOutcome(new.outcome).value,
            measure=new.measure,
            intake_channel=new.intake_channel,
            intake_date=new.intake_date,
            summary=typed_text.checked(new.summary, typed_text.SUMMARY),
        )
        session.add(case)
        session.flush()
        return case.id, code


def _refuse_taken(session: Session, code: str) -> None:
    """The same code typed with other digits ("MKL-๒๕๖๙-๐๔๒" for "MKL-2569-042") is the same code to a reader."""
    same_length = session.scalars(select(CaseFile.code).where(func.length(CaseFile.code) == len(code)))
    if any(comparable_code(taken) == comparable_code(code) for taken in same_length):
        raise Refusal(CODE_TAKEN, code=code)


def update_case(
    db: Database, case_id: int, stage: str, outcome: str, *, read_version: int | None = None
) -> None:
    """Set a case's stage and outcome; ``read_version`` is the case's version as the screen read it (an
    ``EditConflict`` when someone else saved the case since; None: no check)."""
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        case = session.get_one(CaseFile, case_id)
        require_version(session, case, read_version)
        case.stage = CaseStage(stage).value
        case.outcome = CaseOutcome(outcome).value


def list_cases(db: Database, f: CaseFilter | None = None, today: dt.date | None = None) -> list[CaseRow]:
    f = f or CaseFilter()
    today = today or dt.date.today()
    has_identity = exists().where(CaseIdentity.case_id == CaseFile.id)
    query = (
        select(
            CaseFile.id,
            CaseFile.code,
            CaseFile.body_id,
            Body.name_th,
            CaseFile.case_type,
            CaseFile.is_child,
            CaseFile.child_status,
            CaseFile.stage,
            CaseFile.outcome,
            CaseFile.intake_date,
            has_identity,
            CaseFile.row_version,
        )
        .outerjoin(Body, Body.id == CaseFile.body_id)
        .order_by(CaseFile.intake_date.desc(), CaseFile.code.desc())
    )
    if f.case_type is not None:
        query = query.where(CaseFile.case_type == f.case_type)
    if f.stage is not None:
        query = query.where(CaseFile.stage == f.stage)
    if f.outcome is not None:
        query = query.where(CaseFile.outcome == f.outcome)
    if f.is_child is not None:
        query = query.where(CaseFile.is_child.is_(f.is_child))
    if f.body_id is not None:
        query = query.where(CaseFile.body_id == f.body_id)
    if f.code_contains.strip():
        query = query.where(func.upper(CaseFile.code).contains(f.code_contains.strip().upper()))
    with db.read_session() as session:
        roles.require_any(session, db, (Permission.READ_CASES,))
        readable = roles.acting_permissions(session, db).bodies(Permission.READ_CASES)
        if readable is not None:  # the cases of the bodies the person reads, and those given to no body yet
            query = query.where(or_(CaseFile.body_id.in_(readable), CaseFile.body_id.is_(None)))
        rows = session.execute(query).all()
        consents: dict[int, list[ConsentFacts]] = {}
        ids = [row[0] for row in rows]
        if ids:
            # The list is general: it must open while the restricted fields are locked (a server, before their
            # passphrase). Then a consent counts by its dates alone, as it does without a reason for sharing
            # without consent; the reason is read only where it can be.
            reason = (
                CaseConsent.without_consent_reason
                if db.restricted_fields.state is not FieldState.LOCKED
                else literal("")
            )
            found = session.execute(
                select(CaseConsent.case_id, CaseConsent.given_on, CaseConsent.withdrawn_on, reason).where(
                    CaseConsent.case_id.in_(ids)
                )
            )
            for case_id, given_on, withdrawn_on, without_consent_reason in found:
                consents.setdefault(case_id, []).append(
                    ConsentFacts(given_on, withdrawn_on, without_consent_reason or "")
                )
    return [
        CaseRow(
            id=id_,
            code=code,
            body_id=body_id,
            body_name=body_name or "",
            case_type=CaseType(case_type),
            is_child=bool(is_child),
            child_status=ChildStatus(child_status) if child_status else None,
            stage=CaseStage(stage),
            outcome=CaseOutcome(outcome),
            intake_date=intake_date,
            has_consent=may_store_identity(consents.get(id_, []), today),
            has_identity=bool(identity),
            row_version=row_version,
        )
        for (
            id_,
            code,
            body_id,
            body_name,
            case_type,
            is_child,
            child_status,
            stage,
            outcome,
            intake_date,
            identity,
            row_version,
        ) in rows
    ]


# --- consent ------------------------------------------------------------------------------------------------


def _facts(consent: CaseConsent) -> ConsentFacts:
    return ConsentFacts(
        given_on=consent.given_on,
        withdrawn_on=consent.withdrawn_on,
        without_consent_reason=consent.without_consent_reason or "",
    )


def record_consent(
    db: Database,
    case_id: int,
    given_by: str,
    recorded_by: str,
    given_on: dt.date,
    scope: str,
    without_consent_reason: str = "",
    shares_with_centre: bool = False,
) -> int:
    """Record consent (who gave it, who recorded it, when, to what). For sharing without consent in imminent
    danger, ``without_consent_reason`` says why; that is audited. ``shares_with_centre``: the consent covers
    sending the identity record to the provincial centre in the exchange package (``services.exchange``)."""
    given_by, recorded_by = (
        typed_text.checked(given_by, typed_text.NAME),
        typed_text.checked(recorded_by, typed_text.NAME),
    )
    scope = typed_text.checked(scope, typed_text.NOTE)
    without_consent_reason = typed_text.checked(without_consent_reason, typed_text.NOTE)
    if without_consent_reason.strip():
        if not recorded_by.strip():
            raise Refusal(CONSENT_FIELDS_REQUIRED)
    elif not (given_by.strip() and recorded_by.strip() and scope.strip()):
        raise Refusal(CONSENT_FIELDS_REQUIRED)
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        session.get_one(CaseFile, case_id)
        consent = CaseConsent(
            case_id=case_id,
            given_by=given_by.strip(),
            recorded_by=recorded_by.strip(),
            given_on=given_on,
            scope=scope.strip(),
            without_consent_reason=without_consent_reason.strip(),
            shares_with_centre=shares_with_centre,
        )
        session.add(consent)
        session.flush()
        event = "record_without_consent" if consent.without_consent_reason else "record_consent"
        detail = f"consent={consent.id}" + (" shares_with_centre" if shares_with_centre else "")
        add_entry(session, recorded_by.strip(), event, "case", case_id, detail=detail)
        return consent.id


def withdraw_consent(db: Database, consent_id: int, on: dt.date, *, actor: str) -> bool:
    """Withdraw a consent and, unless another consent still allows it, erase the case's identity record in the
    same unit of work; both are audited by id. True when the identity record was erased.

    The GUI asks before calling this: the erasure cannot be undone."""
    with db.session() as session:
        consent = session.get_one(CaseConsent, consent_id)
        roles.require_for_case(session, db, Permission.KEEP_CASES, consent.case_id)
        consent.withdrawn_on = on
        add_entry(
            session, actor, "withdraw_consent", "case_consent", consent_id, detail=f"case={consent.case_id}"
        )
        others = session.scalars(
            select(CaseConsent).where(CaseConsent.case_id == consent.case_id, CaseConsent.id != consent_id)
        ).all()
        identity = session.get(CaseIdentity, consent.case_id)
        if identity is None or may_store_identity([_facts(c) for c in others], on):
            return False
        if session.get_bind().dialect.name == "sqlite":
            # Freed pages are overwritten, so the erased details do not linger inside the file. (On a server the
            # restricted fields reach it encrypted by the program, so a dead row version holds no readable name.)
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        session.delete(identity)
        add_entry(
            session, actor, "erase_identity", "case_identity", consent.case_id, detail=f"consent={consent_id}"
        )
        return True


def list_consents(db: Database, case_id: int) -> list[ConsentRecord]:
    query = (
        select(CaseConsent)
        .where(CaseConsent.case_id == case_id)
        .order_by(CaseConsent.given_on, CaseConsent.id)
    )
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        return [
            ConsentRecord(
                c.id,
                c.case_id,
                c.given_by,
                c.recorded_by,
                c.given_on,
                c.scope,
                c.withdrawn_on,
                c.without_consent_reason or "",
                bool(c.shares_with_centre),
            )
            for c in session.scalars(query)
        ]


def may_store(db: Database, case_id: int, today: dt.date | None = None) -> bool:
    with db.read_session() as session:
        return may_store_in(session, case_id, today or dt.date.today())


def may_store_in(session: Session, case_id: int, today: dt.date) -> bool:
    """``may_store`` inside a unit of work that is already open (a service that stores identifying details)."""
    consents = session.scalars(select(CaseConsent).where(CaseConsent.case_id == case_id)).all()
    return may_store_identity([_facts(c) for c in consents], today)


# --- the restricted identity record -------------------------------------------------------------------------


def save_identity(
    db: Database, case_id: int, identity: IdentityRecord, actor: str, today: dt.date | None = None
) -> None:
    """Store identifying details; ConsentRequired unless a consent (or an urgent reason) is in force."""
    Sex(identity.sex)
    IdStatus(identity.id_status)
    today = today or dt.date.today()
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        consents = session.scalars(select(CaseConsent).where(CaseConsent.case_id == case_id)).all()
        if not may_store_identity([_facts(c) for c in consents], today):
            raise ConsentRequired()
        row = session.get(CaseIdentity, case_id)
        if row is None:
            row = CaseIdentity(case_id=case_id)
            session.add(row)
        for name in _IDENTITY_FIELDS:
            value = getattr(identity, name)
            kind = typed_text.LONG if name == "restricted_notes" else typed_text.LINE
            setattr(row, name, typed_text.checked(value, kind) if isinstance(value, str) else value)
        add_entry(session, actor, "edit_restricted", "case_identity", case_id)


def _read_ground(consents: list[CaseConsent], urgent: UrgentAccess | None, today: dt.date) -> str:
    """The ground of a read, as the audit entry states it: a consent in force, a recorded sharing without
    consent, or the caller's urgent reason with who decided; a Refusal when there is none."""
    in_force = [c for c in consents if _facts(c).allows_on(today)]
    given = [c for c in in_force if not (c.without_consent_reason or "").strip()]
    if given:
        return f"ground=consent consent={given[-1].id}"
    if in_force:
        return f"ground=recorded_without_consent consent={in_force[-1].id}"
    if urgent is not None:
        return f"ground={UrgentGround(urgent.ground).value} decided_by={urgent.decided_by}"
    raise Refusal(IDENTITY_NEEDS_CONSENT_OR_REASON)


def read_identity(
    db: Database,
    case_id: int,
    actor: str,
    urgent: UrgentAccess | None = None,
    today: dt.date | None = None,
    *,
    purpose: IdentityPurpose,
) -> IdentityRecord | None:
    """The identifying details of a case (None when none are stored), on a ground the law allows: a consent in
    force ``today``, a recorded sharing without consent, or ``urgent`` (imminent danger, and who decided).

    Every read is logged with its ground and its ``purpose`` (ids and staff names only); without a ground this
    refuses, and a refused read is not logged as a read.
    """
    purpose = IdentityPurpose(purpose)
    if urgent is not None:
        urgent = UrgentAccess(urgent.ground, typed_text.checked(urgent.decided_by, typed_text.NAME).strip())
        if not urgent.decided_by:
            raise Refusal(DECISION_MAKER_REQUIRED)
    today = today or dt.date.today()
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        session.get_one(CaseFile, case_id)
        consents = session.scalars(
            select(CaseConsent).where(CaseConsent.case_id == case_id).order_by(CaseConsent.id)
        ).all()
        ground = _read_ground(list(consents), urgent, today)
        row = session.get(CaseIdentity, case_id)
        detail = f"{ground} purpose={purpose.value}"
        add_entry(session, actor, "view_restricted", "case_identity", case_id, detail=detail)
        if row is None:
            return None
        return IdentityRecord(**{name: getattr(row, name) for name in _IDENTITY_FIELDS})
