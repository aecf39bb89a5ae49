"""The exchange between a district office and its provincial centre: the package a district sends for a period,
and the centre's import of it.

What a package carries (its payload, UTF-8 JSON, sealed by ``exports.exchange_package``): the district's meetings
dated in the period with their minutes at the level the office chooses (``MinutesShared``), the actions decided at
them and those still open from before with their progress, the cases handled in the period or named by those
records (by code, with type, stage, outcome, risk level and the groups the statistics count: sex, age group,
nationality group), safety-plan services and referrals including escalations. Free text leaves with identifying
words masked (``domain.typed_names``); no restricted field leaves (the survivor's words, safety plans and
contacts, assessment answers, referral notes, restricted notes), and a case's identity record leaves only when a
consent in force covers sharing with the centre.

The centre's import is idempotent (a file imported before changes nothing), ordered (a record written by a newer
package is never overwritten by an older one) and keeps each district's records apart and read-only: they live
in ``received_record`` under the district that signed them, changed only by that district's next package. A
newer package is the district's word for its period: a meeting, action or referral of that period it no longer
carries is removed (cases stay: a case outlives any period).

With roles in force (``services.roles``) a district's secretary sends its package (``Permission.KEEP_CASES``: it
carries cases), and the centre officer trusts districts and imports their packages (``READ_DISTRICTS``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import ActionStatus, MinutesShared
from mdt_desktop.domain.roles import Permission
from mdt_desktop.domain.typed_names import mask_identifying
from mdt_desktop.exports import exchange_package, signing
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.services import statistics as statistics_service
from mdt_desktop.services.exports import destination as destination_module
from mdt_desktop.services.exports.signing import NOT_A_CERTIFICATE, UNREADABLE_FILE, signing_keys
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    AgendaItem,
    Attendance,
    Body,
    CaseConsent,
    CaseFile,
    CaseIdentity,
    CentreDistrict,
    Meeting,
    ReceivedPackage,
    ReceivedRecord,
    Referral,
    RiskAssessment,
    SafetyPlan,
    SafetyPlanService,
    SigningIdentity,
    TrustedCertificate,
)

PAYLOAD_VERSION = 1

BAD_PERIOD = Message(
    "ช่วงเวลาไม่ถูกต้อง: วันเริ่มต้องไม่อยู่หลังวันสิ้นสุด", "The period is wrong: its start is after its end."
)
MALFORMED_PAYLOAD = Message(
    "เนื้อหาในแพ็กเกจไม่อยู่ในรูปแบบที่โปรแกรมอ่านได้ แม้ลายมือชื่อจะถูกต้อง โปรดแจ้งอำเภอผู้ส่ง",
    "The package's content is not in a form this program reads, although its signature is valid; tell the "
    "district that sent it.",
)
NO_CENTRE_KEY = Message(
    "ฐานข้อมูลนี้ยังไม่มีใบรับรองของศูนย์ฯ จึงเปิดแพ็กเกจไม่ได้ โปรดสร้างหรือนำเข้าใบรับรองในหน้าตั้งค่า",
    "This database has no certificate of the centre yet, so it cannot open packages; create or import one in "
    "Settings.",
)
DISTRICT_NAME_NEEDED = Message("โปรดระบุชื่ออำเภอหรือสำนักงาน", "Give the district's or office's name.")
ALREADY_TRUSTED = Message(
    "ใบรับรองนี้อยู่ในรายการที่เชื่อถือแล้ว ในชื่อ {name}", "This certificate is trusted already, as {name}."
)
OWN_CERTIFICATE = Message(
    "ใบรับรองนี้เป็นของฐานข้อมูลนี้เอง ไม่ใช่ของอำเภอ", "This certificate is this database's own, not a district's."
)
UNKNOWN_DISTRICT = Message(
    "ไม่พบอำเภอชื่อ {name} ในรายการที่ศูนย์ฯ เชื่อถือ",
    "There is no district called {name} in the centre's trusted list.",
)
NOT_TRUSTED_FINGERPRINT = Message(
    "ไม่พบใบรับรองนี้ในรายการที่เชื่อถือ", "This certificate is not in the trusted list."
)


class RecordKind(StrEnum):
    BODY = "body"
    MEETING = "meeting"
    ACTION = "action"
    CASE = "case"
    REFERRAL = "referral"
    SAFETY_SERVICE = "safety_service"


# The date of a record that places it in a period; a kind without one is never removed by a newer package.
PERIOD_DATE_FIELD: dict[RecordKind, str] = {
    RecordKind.MEETING: "date",
    RecordKind.ACTION: "meeting_date",
    RecordKind.REFERRAL: "sent_on",
}

# The fields of a case's identity record that leave the district only under a consent covering the centre.
IDENTITY_FIELDS = (
    "full_name",
    "date_of_birth",
    "sex",
    "phone",
    "address",
    "nationality",
    "id_status",
    "id_number",
    "language",
    "interpreter_needed",
)


# --- the district's side ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedPackage:
    path: Path
    counts: dict[str, int]  # records by kind
    identities: int  # identity records carried under consent


def read_certificate(path: Path) -> bytes:
    """A certificate file (PEM or DER) as PEM; a missing file or one that is not a certificate is refused."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Refusal(UNREADABLE_FILE, name=path.name) from error
    if signing.certificate_fingerprint(data) is None:
        raise Refusal(NOT_A_CERTIFICATE, name=path.name)
    return data if b"-----BEGIN" in data else signing.der_to_pem(data)


def export_package(
    db: Database,
    centre_certificate: bytes,
    start: dt.date,
    end: dt.date,
    destination: Path,
    *,
    actor: str,
    area_id: int | None = None,
    minutes: MinutesShared = MinutesShared.RESOLUTIONS,
    force: bool = False,
    now: dt.datetime | None = None,
) -> ExportedPackage:
    """Seal the period's records of the bodies in ``area_id`` (all without one) for the centre whose certificate
    (PEM) is given, signed with this office's certificate, and write the file whole; audited with the counts."""
    roles.require_in_own_session(db, Permission.KEEP_CASES)
    if start > end:
        raise Refusal(BAD_PERIOD)
    keys = signing_keys(db)
    moment = now or dt.datetime.now(dt.UTC)
    payload = build_payload(db, start, end, area_id=area_id, minutes=minutes)
    sealed = exchange_package.seal(
        json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        keys.certificate_pem,
        keys.private_key_pem,
        centre_certificate,
        created_at=moment,
    )
    path = destination_module.write_whole(destination, sealed, force=force)
    records = payload["records"]
    counts = {kind.value: len(records[kind]) for kind in RecordKind}
    identities = sum(1 for case in records[RecordKind.CASE] if "identity" in case)
    recipient = signing.certificate_fingerprint(centre_certificate) or ""
    detail = f"{start}..{end} " + " ".join(f"{kind}={count}" for kind, count in counts.items())
    audit.log_export(db, actor, "exchange_exported", "area", area_id, recipient=recipient, detail=detail)
    if identities and not db.read_only:
        # Every copy of an identity record sent is logged, by case id, with the centre it went to.
        with db.session() as session:
            for case in records[RecordKind.CASE]:
                if "identity" in case:
                    audit.add_entry(
                        session, actor, "identity_sent_to_centre", "case", case["id"], recipient=recipient
                    )
    return ExportedPackage(path, counts, identities)


def build_payload(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    area_id: int | None = None,
    minutes: MinutesShared = MinutesShared.RESOLUTIONS,
) -> dict[str, Any]:
    """The package's content for the period as plain JSON-ready data (see the module's docstring)."""
    with db.read_session() as session:
        roles.require_any(session, db, (Permission.KEEP_CASES,))
        area_name, body_ids = statistics_service.bodies_in_area(session, area_id)
        meetings = _meetings(session, start, end, body_ids, minutes)
        actions = _actions(session, start, end, body_ids)
        referrals = _referrals(session, start, end, body_ids)
        case_ids = set(statistics_service.case_facts(session, start, end, body_ids))
        case_ids |= {a["case_id"] for a in actions if a["case_id"] is not None}
        case_ids |= {r["case_id"] for r in referrals}
        cases = _cases(session, sorted(case_ids), end)
        services = _safety_services(session, sorted(case_ids), end)
        bodies = [
            {"id": body.id, "name_th": body.name_th, "kind": body.kind, "active": body.active}
            for body in session.scalars(select(Body).order_by(Body.id))
            if body_ids is None or body.id in body_ids
        ]
    return {
        "payload_version": PAYLOAD_VERSION,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "area": area_name,
        "minutes": minutes.value,
        "records": {
            RecordKind.BODY.value: bodies,
            RecordKind.MEETING.value: meetings,
            RecordKind.ACTION.value: actions,
            RecordKind.CASE.value: cases,
            RecordKind.REFERRAL.value: referrals,
            RecordKind.SAFETY_SERVICE.value: services,
        },
    }


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _masked(text: str) -> str:
    return mask_identifying(text) if text else ""


def _meetings(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None, minutes: MinutesShared
) -> list[dict[str, Any]]:
    query = (
        select(Meeting, Body.name_th)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.date.between(start, end))
    )
    if body_ids is not None:
        query = query.where(Meeting.body_id.in_(body_ids))
    rows = list(session.execute(query.order_by(Meeting.date, Meeting.id)))
    meeting_ids = [meeting.id for meeting, _ in rows]
    present: dict[int, int] = defaultdict(int)
    items: dict[int, list[dict[str, str]]] = defaultdict(list)
    for chunk in _chunks(meeting_ids):
        for meeting_id, category in session.execute(
            select(Attendance.meeting_id, Attendance.category).where(Attendance.meeting_id.in_(chunk))
        ):
            if category in ("present", "stand_in"):
                present[meeting_id] += 1
        if minutes is MinutesShared.HEADER:
            continue
        for item in session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id.in_(chunk))
            .order_by(AgendaItem.sort_order, AgendaItem.id)
        ):
            entry = {
                "number": item.number,
                "title": _masked(item.title),
                "resolution": _masked(item.resolution),
            }
            if minutes is MinutesShared.FULL:
                entry["minutes"] = _masked(item.discussion)
            items[item.meeting_id].append(entry)
    return [
        {
            "id": meeting.id,
            "body_id": meeting.body_id,
            "body": body_name,
            "number": meeting.number,
            "year_be": meeting.year_be,
            "kind": meeting.kind,
            "status": meeting.status,
            "date": meeting.date.isoformat(),
            "present": present[meeting.id],
            "items": items[meeting.id],
        }
        for meeting, body_name in rows
    ]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """``ids`` in slices that stay under SQLite's limit on bound parameters."""
    for first in range(0, len(ids), size):
        yield ids[first : first + size]


def _actions(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> list[dict[str, Any]]:
    """Actions decided at meetings in the period, and those decided before it still open at its end."""
    open_statuses = [status.value for status in ActionStatus if status.is_open]
    query = (
        select(ActionPoint, Meeting.date, Agency.abbreviation, Agency.name_th, CaseFile.code)
        .join(Meeting, Meeting.id == ActionPoint.meeting_id)
        .join(Agency, Agency.id == ActionPoint.agency_id)
        .outerjoin(CaseFile, CaseFile.id == ActionPoint.case_id)
        .where(
            Meeting.date.between(start, end)
            | ((Meeting.date < start) & ActionPoint.status.in_(open_statuses))
        )
    )
    if body_ids is not None:
        query = query.where(ActionPoint.body_id.in_(body_ids))
    rows = list(session.execute(query.order_by(Meeting.date, ActionPoint.id)))
    progress: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks([action.id for action, *_ in rows]):
        for entry in session.scalars(
            select(ActionProgress)
            .where(ActionProgress.action_id.in_(chunk), ActionProgress.recorded_on <= end)
            .order_by(ActionProgress.recorded_on, ActionProgress.id)
        ):
            progress[entry.action_id].append(
                {
                    "recorded_on": entry.recorded_on.isoformat(),
                    "status": entry.status,
                    "note": _masked(entry.note),
                }
            )
    return [
        {
            "id": action.id,
            "meeting_id": action.meeting_id,
            "meeting_date": meeting_date.isoformat(),
            "body_id": action.body_id,
            "agency": statistics_service.agency_label(abbreviation, agency_name),
            "agency_name": agency_name,
            "task": _masked(action.task),
            "due_date": _day(action.due_date),
            "status": action.status,
            "closed_on": _day(action.closed_on),
            "case_id": action.case_id,
            "case_code": code or "",
            "progress": progress[action.id],
        }
        for action, meeting_date, abbreviation, agency_name, code in rows
    ]


def _agency_names(session: Session) -> dict[int, str]:
    return {
        agency_id: statistics_service.agency_label(abbreviation, name)
        for agency_id, abbreviation, name in session.execute(
            select(Agency.id, Agency.abbreviation, Agency.name_th)
        )
    }


def _referrals(
    session: Session, start: dt.date, end: dt.date, body_ids: set[int] | None
) -> list[dict[str, Any]]:
    query = (
        select(Referral, CaseFile.code)
        .join(CaseFile, CaseFile.id == Referral.case_id)
        .where(Referral.sent_on.between(start, end))
    )
    if body_ids is not None:
        query = query.where(CaseFile.body_id.in_(body_ids))
    agencies = _agency_names(session)
    return [
        {
            "id": referral.id,
            "case_id": referral.case_id,
            "case_code": code,
            "from_agency": agencies.get(referral.from_agency_id or 0, ""),
            "to_agency": agencies.get(referral.to_agency_id or 0, ""),
            "service": referral.service,
            "is_escalation": referral.is_escalation,
            "sent_on": referral.sent_on.isoformat(),
            "answer_due_on": _day(referral.answer_due_on),
            "status": referral.status,
            "answered_on": _day(referral.answered_on),
        }
        for referral, code in session.execute(query.order_by(Referral.sent_on, Referral.id))
    ]


def _cases(session: Session, case_ids: Sequence[int], end: dt.date) -> list[dict[str, Any]]:
    levels: dict[int, str] = {}
    consented: set[int] = set()
    rows: list[tuple[CaseFile, CaseIdentity | None, str]] = []
    for chunk in _chunks(case_ids):
        for case_id, level in session.execute(
            select(RiskAssessment.case_id, RiskAssessment.level)
            .where(RiskAssessment.case_id.in_(chunk), RiskAssessment.assessed_on <= end)
            .order_by(RiskAssessment.assessed_on, RiskAssessment.id)
        ):
            levels[case_id] = level  # the last one in order is the level in force
        consented |= set(
            session.scalars(
                select(CaseConsent.case_id).where(
                    CaseConsent.case_id.in_(chunk),
                    CaseConsent.shares_with_centre.is_(True),
                    CaseConsent.withdrawn_on.is_(None),
                )
            )
        )
        rows += list(
            session.execute(
                select(CaseFile, CaseIdentity, Body.name_th)
                .outerjoin(CaseIdentity, CaseIdentity.case_id == CaseFile.id)
                .outerjoin(Body, Body.id == CaseFile.body_id)
                .where(CaseFile.id.in_(chunk))
            )
        )
    dates = statistics_service.discussion_dates(session, list(case_ids))
    cases = []
    for case, identity, body_name in sorted(rows, key=lambda row: row[0].id):
        fact = statistics_service.case_fact(case, identity, dates.get(case.id, ()))
        record: dict[str, Any] = {
            "id": case.id,
            "code": case.code,
            "body_id": case.body_id,
            "body": body_name or "",
            "case_type": case.case_type,
            "is_child": case.is_child,
            "stage": case.stage,
            "outcome": case.outcome,
            "intake_date": case.intake_date.isoformat(),
            "risk_level": levels.get(case.id),
            "sex": fact.sex,
            "age_group": fact.age_group,
            "nationality": fact.nationality,
            "discussed_on": [day.isoformat() for day in fact.discussed_on],
        }
        if identity is not None and case.id in consented:
            record["identity"] = {
                name: (_day(value) if isinstance(value, dt.date) else value)
                for name in IDENTITY_FIELDS
                for value in [getattr(identity, name)]
            }
        cases.append(record)
    return cases


def _safety_services(session: Session, case_ids: Sequence[int], end: dt.date) -> list[dict[str, Any]]:
    agencies = _agency_names(session)
    services = []
    for chunk in _chunks(case_ids):
        query = (
            select(SafetyPlanService, SafetyPlan.case_id, SafetyPlan.version, CaseFile.code)
            .join(SafetyPlan, SafetyPlan.id == SafetyPlanService.plan_id)
            .join(CaseFile, CaseFile.id == SafetyPlan.case_id)
            .where(SafetyPlan.case_id.in_(chunk), SafetyPlan.agreed_on <= end)
        )
        services += [
            {
                "id": service.id,
                "case_id": case_id,
                "case_code": code,
                "plan_version": version,
                "service": service.service,
                "agency": agencies.get(service.agency_id or 0, ""),
                "due_date": _day(service.due_date),
                "status": service.status,
            }
            for service, case_id, version, code in session.execute(query)
        ]
    return sorted(services, key=lambda service: service["id"])


# --- the centre's side -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class District:
    id: int
    name_th: str
    fingerprints: tuple[str, ...]


@dataclass
class ImportSummary:
    """What one package changed at the centre; ``already`` when that very file had been imported."""

    district: str
    sealed_at: dt.datetime
    period_from: dt.date
    period_to: dt.date
    already: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    kept_newer: dict[str, int] = field(
        default_factory=dict
    )  # records a newer package wrote, left as they are

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.removed.values())


def districts(db: Database) -> list[District]:
    """The districts this centre takes packages from, by name, with the fingerprints it trusts for each."""
    with db.read_session() as session:
        fingerprints: dict[int, list[str]] = defaultdict(list)
        for fingerprint, district_id in session.execute(
            select(TrustedCertificate.fingerprint, TrustedCertificate.district_id)
        ):
            fingerprints[district_id].append(fingerprint)
        return [
            District(district.id, district.name_th, tuple(sorted(fingerprints[district.id])))
            for district in session.scalars(select(CentreDistrict).order_by(CentreDistrict.name_th))
        ]


def district_named(db: Database, name: str) -> District:
    """The trusted district of that name (spaces aside); a name the centre does not know is refused."""
    wanted = " ".join(name.split())
    found = next((district for district in districts(db) if district.name_th == wanted), None)
    if found is None:
        raise Refusal(UNKNOWN_DISTRICT, name=wanted)
    return found


def trust_certificate(db: Database, certificate: bytes, district_name: str, *, actor: str) -> District:
    """Trust a district's certificate (PEM or DER bytes), under the district's name (created when new); audited.

    The person compares the fingerprint with the district first (``signing.fingerprint_lines``)."""
    name = " ".join(district_name.split())
    if not name:
        raise Refusal(DISTRICT_NAME_NEEDED)
    fingerprint = signing.certificate_fingerprint(certificate)
    if fingerprint is None:
        raise Refusal(NOT_A_CERTIFICATE, name=name)
    pem = certificate if b"-----BEGIN" in certificate else signing.der_to_pem(certificate)
    with db.session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        own = {
            signing.certificate_fingerprint(row.encode("ascii"))
            for row in session.scalars(select(SigningIdentity.certificate_pem))
        }
        if fingerprint in own:
            raise Refusal(OWN_CERTIFICATE)
        existing = session.get(TrustedCertificate, fingerprint)
        if existing is not None:
            district_row = session.get(CentreDistrict, existing.district_id)
            raise Refusal(ALREADY_TRUSTED, name=district_row.name_th if district_row else "")
        district_row = session.scalars(select(CentreDistrict).where(CentreDistrict.name_th == name)).first()
        if district_row is None:
            district_row = CentreDistrict(name_th=name)
            session.add(district_row)
            session.flush()
        session.add(
            TrustedCertificate(
                fingerprint=fingerprint,
                district_id=district_row.id,
                subject=signing.certificate_facts(pem).subject,
                added_by=actor,
            )
        )
        audit.add_entry(session, actor, "certificate_trusted", "centre_district", district_row.id)
        session.flush()
        district_id = district_row.id
    return next(d for d in districts(db) if d.id == district_id)


def distrust_certificate(db: Database, fingerprint: str, *, actor: str) -> None:
    """Stop trusting a certificate; what its packages brought stays, new packages signed with it are refused."""
    with db.session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        row = session.get(TrustedCertificate, fingerprint)
        if row is None:
            raise Refusal(NOT_TRUSTED_FINGERPRINT)
        audit.add_entry(session, actor, "certificate_distrusted", "centre_district", row.district_id)
        session.delete(row)


def import_package_file(db: Database, path: Path, *, actor: str) -> ImportSummary:
    """Import one package file (see ``import_package``); a file that cannot be read is refused."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Refusal(UNREADABLE_FILE, name=path.name) from error
    return import_package(db, data, actor=actor)


def import_package(db: Database, data: bytes, *, actor: str) -> ImportSummary:
    """Open a package addressed to this centre and signed by a district it trusts, and take its records in; a
    package that is not one, changed, foreign-signed, unsigned or addressed elsewhere is refused (nothing
    changes), one imported before changes nothing. Audited with the counts, never the content."""
    file_sha256 = hashlib.sha256(data).hexdigest()
    with db.read_session() as session:
        roles.require(session, db, Permission.READ_DISTRICTS)
        previous = session.scalars(
            select(ReceivedPackage).where(ReceivedPackage.file_sha256 == file_sha256)
        ).first()
        if previous is not None:
            district_row = session.get(CentreDistrict, previous.district_id)
            return ImportSummary(
                district=district_row.name_th if district_row else "",
                sealed_at=previous.sealed_at,
                period_from=previous.period_from,
                period_to=previous.period_to,
                already=True,
            )
        identities = [
            (row.certificate_pem.encode("ascii"), row.private_key_pem.encode("ascii"))
            for row in session.scalars(select(SigningIdentity).order_by(SigningIdentity.id.desc()))
        ]
        trusted = dict(
            session.execute(select(TrustedCertificate.fingerprint, TrustedCertificate.district_id)).all()
        )
    if not identities:
        raise Refusal(NO_CENTRE_KEY)
    opened = _open_with_any(data, identities, trusted)
    payload = _read_payload(opened.payload)
    sealed_at = opened.created_at.astimezone(dt.UTC).replace(tzinfo=None)
    district_id = trusted[opened.sender_fingerprint]
    with db.session() as session:
        district_row = session.get(CentreDistrict, district_id)
        assert district_row is not None  # the trusted certificate's district, by the foreign key
        summary = ImportSummary(
            district=district_row.name_th,
            sealed_at=sealed_at,
            period_from=payload.period_from,
            period_to=payload.period_to,
        )
        _take_in(session, district_id, sealed_at, payload, summary)
        session.add(
            ReceivedPackage(
                district_id=district_id,
                file_sha256=file_sha256,
                sealed_at=sealed_at,
                period_from=payload.period_from,
                period_to=payload.period_to,
                office_name=_signer_subject(session, opened.sender_fingerprint),
                imported_by=actor,
                summary=json.dumps(
                    {
                        "added": summary.added,
                        "updated": summary.updated,
                        "removed": summary.removed,
                        "kept_newer": summary.kept_newer,
                    }
                ),
            )
        )
        audit.add_entry(
            session,
            actor,
            "exchange_imported",
            "centre_district",
            district_id,
            detail=f"{payload.period_from}..{payload.period_to} changed={summary.changed}",
        )
    return summary


def _signer_subject(session: Session, fingerprint: str) -> str:
    trusted = session.get(TrustedCertificate, fingerprint)
    return trusted.subject if trusted is not None else ""


def _open_with_any(
    data: bytes, identities: Sequence[tuple[bytes, bytes]], trusted: dict[str, int]
) -> exchange_package.OpenedPackage:
    """Open with whichever of the centre's certificates the package is addressed to (the newest first)."""
    refused: Refusal | None = None
    for certificate_pem, key_pem in identities:
        try:
            return exchange_package.open_package(data, certificate_pem, key_pem, trusted)
        except Refusal as refusal:
            if refusal.reason is not exchange_package.WRONG_RECIPIENT:
                raise
            refused = refusal
    assert refused is not None
    raise refused


@dataclass(frozen=True)
class _Payload:
    period_from: dt.date
    period_to: dt.date
    records: dict[RecordKind, list[dict[str, Any]]]


def _read_payload(content: bytes) -> _Payload:
    try:
        payload = json.loads(content.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("payload_version") != PAYLOAD_VERSION:
            raise ValueError("not a payload of this version")
        records = {kind: list(payload["records"][kind.value]) for kind in RecordKind}
        for kind, entries in records.items():
            if not all(isinstance(entry, dict) and isinstance(entry.get("id"), int) for entry in entries):
                raise ValueError(f"a {kind} record without an id")
        return _Payload(
            period_from=dt.date.fromisoformat(payload["period"]["from"]),
            period_to=dt.date.fromisoformat(payload["period"]["to"]),
            records=records,
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise Refusal(MALFORMED_PAYLOAD) from error


def _take_in(
    session: Session, district_id: int, sealed_at: dt.datetime, payload: _Payload, summary: ImportSummary
) -> None:
    # Periods that a newer package of the district already spoke for: a record of them this package has and that
    # one had not was removed at the district since, and must not come back.
    newer_periods = [
        (start.isoformat(), end.isoformat())
        for start, end in session.execute(
            select(ReceivedPackage.period_from, ReceivedPackage.period_to).where(
                ReceivedPackage.district_id == district_id, ReceivedPackage.sealed_at > sealed_at
            )
        )
    ]
    for kind, entries in payload.records.items():
        date_field = PERIOD_DATE_FIELD.get(kind)
        existing = {
            row.source_id: row
            for row in session.scalars(
                select(ReceivedRecord).where(
                    ReceivedRecord.district_id == district_id, ReceivedRecord.kind == kind
                )
            )
        }
        carried = set()
        for entry in entries:
            source_id = entry["id"]
            carried.add(source_id)
            data = json.dumps(entry, ensure_ascii=False, sort_keys=True)
            row = existing.get(source_id)
            if row is None and date_field is not None and _covered(entry.get(date_field), newer_periods):
                _count(summary.kept_newer, kind)
            elif row is None:
                session.add(
                    ReceivedRecord(
                        district_id=district_id,
                        kind=kind,
                        source_id=source_id,
                        sealed_at=sealed_at,
                        data=data,
                    )
                )
                _count(summary.added, kind)
            elif row.sealed_at > sealed_at:
                _count(summary.kept_newer, kind)
            else:
                if row.data != data:
                    row.data = data
                    _count(summary.updated, kind)
                row.sealed_at = sealed_at
        if date_field is None:
            continue
        gone = [
            row.id
            for source_id, row in existing.items()
            if source_id not in carried
            and row.sealed_at < sealed_at
            and payload.period_from.isoformat()
            <= json.loads(row.data).get(date_field, "")
            <= payload.period_to.isoformat()
        ]
        if gone:
            session.execute(delete(ReceivedRecord).where(ReceivedRecord.id.in_(gone)))
            summary.removed[kind] = len(gone)


def _covered(day: object, periods: Sequence[tuple[str, str]]) -> bool:
    return isinstance(day, str) and any(start <= day <= end for start, end in periods)


def _count(counts: dict[str, int], kind: RecordKind) -> None:
    counts[kind.value] = counts.get(kind.value, 0) + 1
