"""The restricted case annex of a meeting (เอกสารแนบท้ายรายงานการประชุม (ลับ)): what the people cleared for the
meeting's cases may read, kept out of the general minutes; built from the database and exported as DOCX or PDF.

``build_annex`` gathers, for each case linked to the meeting's agenda items (in agenda order), its code and
non-identifying facts, the de-identified summary, the items where it was discussed, this meeting's actions on it
and its restricted record (assessment answers, the safety plan, referrals with their notes: ``annex_record``);
and its identity record only when a consent is in force (or sharing without consent in imminent danger was recorded,
domain.privacy). Identity records are read through services.cases.read_identity, so every one shown is audited; a
case without consent is never read and carries a line saying nothing identifying is shown. ``export_annex`` lays it
out (``exports.case_annex``), each page marked with the classification (ลับ unless the user chose another), writes
it whole or not at all (``destination``) and logs the export. A database open read-only cannot record the
identity reads, so it does not export the annex (``ANNEX_NEEDS_AUDIT``); the general minutes it does export. With
roles in force (``services.roles``) only a secretary of the meeting's body builds the annex (``KEEP_CASES``).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from sqlalchemy import select

from mdt_desktop.domain.codes import (
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    IdentityPurpose,
    IdStatus,
    IntakeChannel,
    Sex,
)
from mdt_desktop.domain.privacy import ConsentFacts
from mdt_desktop.domain.roles import Permission
from mdt_desktop.exports.case_annex import AnnexCase, AnnexField, CaseAnnex, write_annex_docx, write_annex_pdf
from mdt_desktop.exports.minutes_model import ActionLine, MinutesOptions
from mdt_desktop.exports.thai_typesetting import words_kept_whole
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.services.cases import read_identity
from mdt_desktop.services.exports.annex_record import restricted_sections
from mdt_desktop.services.exports.destination import write_whole
from mdt_desktop.services.exports.minutes import (
    ExportFormat,
    date_line,
    document_date,
    heading,
    known_case_codes,
    minutes_title,
    number_line,
    require_meeting,
    roles_and_body_name,
    with_digits,
)
from mdt_desktop.services.exports.proper_nouns import proper_nouns
from mdt_desktop.services.meetings import MeetingView, load_meeting
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseConsent, CaseFile

ANNEX_NEEDS_AUDIT = Message(
    th="ส่งออกเอกสารแนบข้อมูลกรณี (ลับ) จากฐานข้อมูลที่เปิดแบบอ่านอย่างเดียวไม่ได้ เพราะการอ่านข้อมูลระบุตัวตนทุกครั้ง"
    "ต้องบันทึกในประวัติการเข้าถึง โปรดคัดลอกไฟล์ .mdt .keys และ .recovery ไปยังโฟลเดอร์ที่เขียนได้ "
    "หรือติดต่อฝ่ายไอที (รายงานการประชุมทั่วไปส่งออกได้)",
    en="The restricted case annex cannot be exported from a database open read-only: every read of identifying "
    "details must be recorded in the audit log. Copy the .mdt, .keys and .recovery files to a folder you can "
    "write, or ask IT (the general minutes can be exported)",
)

# The classification of the annex when the user left it empty: it holds identifying details of survivors.
DEFAULT_CLASSIFICATION = {"th": "ลับ", "en": "CONFIDENTIAL"}

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "header": "เอกสารแนบท้ายรายงานการประชุม (ลับ) — เฉพาะผู้ได้รับอนุญาต",
        "annex_to": "แนบท้าย",
        "for": "จัดทำสำหรับ",
        "case": "กรณี",
        "no_cases": "ไม่มีกรณีที่เชื่อมโยงกับระเบียบวาระของการประชุมนี้",
        "case_type": "ประเภทกรณี",
        "person": "เด็ก/ผู้ใหญ่",
        "child": "เด็ก",
        "adult": "ผู้ใหญ่",
        "stage": "ขั้นตอน",
        "outcome": "ผลการดำเนินงาน",
        "intake": "รับเรื่องจาก",
        "intake_on": "เมื่อ",
        "intake_date": "รับเรื่องเมื่อ",
        "summary": "สรุปสถานการณ์ (ไม่ระบุตัวบุคคล)",
        "discussed": "พิจารณาในระเบียบวาระ",
        "actions": "การมอบหมายงานในการประชุมครั้งนี้",
        "due": "กำหนดเสร็จ",
        "status": "สถานะ",
        "none": "ไม่มี",
        "identity": "ข้อมูลระบุตัวบุคคล",
        "no_consent": "ไม่มีความยินยอม: ไม่แสดงข้อมูลระบุตัวบุคคล",
        "without_consent": "แสดงโดยไม่มีความยินยอม ตามเหตุจำเป็นเร่งด่วนที่บันทึกไว้",
        "not_recorded": "ยังไม่ได้บันทึกข้อมูลระบุตัวบุคคล",
        "full_name": "ชื่อ-สกุล",
        "date_of_birth": "วันเกิด",
        "sex": "เพศ",
        "nationality": "สัญชาติ",
        "id_status": "สถานะบุคคล/เอกสาร",
        "language": "ภาษา",
        "interpreter": "ต้องการล่าม",
        "yes": "ต้องการ",
        "no": "ไม่ต้องการ",
        "phone": "โทรศัพท์",
        "address": "ที่อยู่",
        "page_of": "หน้า {page} / {pages}",
    },
    "en": {
        "header": "Annex to the minutes (confidential) — authorised persons only",
        "annex_to": "Annex to the",
        "for": "Prepared for",
        "case": "Case",
        "no_cases": "No case is linked to the agenda of this meeting",
        "case_type": "Case type",
        "person": "Child/adult",
        "child": "Child",
        "adult": "Adult",
        "stage": "Stage",
        "outcome": "Outcome",
        "intake": "Referred by",
        "intake_on": "on",
        "intake_date": "Taken in on",
        "summary": "Situation (de-identified)",
        "discussed": "Discussed under",
        "actions": "Actions assigned at this meeting",
        "due": "Due",
        "status": "Status",
        "none": "None",
        "identity": "Identifying details",
        "no_consent": "No consent: identifying details not shown",
        "without_consent": "Shown without consent, on the recorded ground of imminent danger",
        "not_recorded": "No identifying details recorded",
        "full_name": "Name",
        "date_of_birth": "Date of birth",
        "sex": "Sex",
        "nationality": "Nationality",
        "id_status": "ID status",
        "language": "Language",
        "interpreter": "Interpreter needed",
        "yes": "Yes",
        "no": "No",
        "phone": "Phone",
        "address": "Address",
        "page_of": "Page {page} of {pages}",
    },
}


def build_annex(
    db: Database, meeting_id: int, actor: str, options: MinutesOptions, today: dt.date | None = None
) -> CaseAnnex:
    """The restricted annex of a meeting for ``actor``; identity records shown are audited as read by ``actor``.

    Consent is judged on ``today`` (the day of the export): a consent withdrawn since the meeting hides the identity.
    """
    require_meeting(db, meeting_id)
    today = today or dt.date.today()
    language = options.language
    words = LABELS[language]
    view = load_meeting(db, meeting_id)
    _, body_name_en = roles_and_body_name(db, view)
    case_ids, discussed = _linked_cases(view, language)
    with db.read_session() as session:
        roles.require(session, db, Permission.KEEP_CASES, body_id=view.header.body_id)
        files = {c.id: c for c in session.scalars(select(CaseFile).where(CaseFile.id.in_(case_ids)))}
        facts = {c.id: _case_facts(c, words, language) for c in files.values()}
        consents: dict[int, list[ConsentFacts]] = {}
        for consent in session.scalars(select(CaseConsent).where(CaseConsent.case_id.in_(case_ids))):
            consents.setdefault(consent.case_id, []).append(
                ConsentFacts(consent.given_on, consent.withdrawn_on, consent.without_consent_reason or "")
            )
    sections = restricted_sections(
        db, case_ids, meeting_id, view.header.date, language, lambda day: document_date(day, language)
    )
    cases = []
    for case_id in case_ids:
        code, case_heading, case_facts, summary = facts[case_id]
        identity, note = _identity(db, case_id, actor, consents.get(case_id, []), today, words, language)
        cases.append(
            AnnexCase(
                code=code,
                heading=case_heading,
                facts=case_facts,
                summary=summary,
                discussed_in=discussed[case_id],
                actions=[
                    ActionLine(
                        a.agency_label,
                        a.task,
                        document_date(a.due_date, language),
                        a.status.label(language),
                        code,
                        [],
                    )
                    for item in view.all_items()
                    for a in item.actions
                    if a.case_id == case_id or (a.case_id is None and [c.id for c in item.cases] == [case_id])
                ],
                identity=identity,
                identity_note=note,
                sections=sections[case_id],
            )
        )
    title = minutes_title(view, body_name_en, language)
    annex = CaseAnnex(
        header=words["header"],
        minutes_title=f"{words['annex_to']}{'' if language == 'th' else ' '}{title}",
        meeting_line=f"{number_line(view, language)} {date_line(view, language)}",
        cases=cases,
        classification=options.classification.strip() or DEFAULT_CLASSIFICATION[language],
        recipient=options.recipient.strip(),
        language=language,
        labels={**words, "digits": options.digits},
    )
    return with_digits(annex, options.digits, known_case_codes(db))


def _linked_cases(view: MeetingView, language: str) -> tuple[list[int], dict[int, list[str]]]:
    """The cases linked to the meeting's items in the order they first come up, and the headings of their items."""
    order: list[int] = []
    discussed: dict[int, list[str]] = {}
    for item in view.all_items():
        for ref in item.cases:
            if ref.id not in discussed:
                order.append(ref.id)
                discussed[ref.id] = []
            discussed[ref.id].append(heading(item, language))
    return order, discussed


def _case_facts(
    case: CaseFile, words: dict[str, str], language: str
) -> tuple[str, str, list[AnnexField], str]:
    if case.is_child:
        person = words["child"]
        if case.child_status:
            person += f" ({ChildStatus(case.child_status).label(language)})"
    else:
        person = words["adult"]
    intake_date = document_date(case.intake_date, language)
    # "Received from" only when the channel is known: a date under that label would read as the sender.
    if case.intake_channel:
        channel = IntakeChannel(case.intake_channel).label(language)
        when = f" {words['intake_on']} {intake_date}" if intake_date else ""
        intake = AnnexField(words["intake"], f"{channel}{when}")
    else:
        intake = AnnexField(words["intake_date"], intake_date)
    facts = [
        AnnexField(words["case_type"], CaseType(case.case_type).label(language)),
        AnnexField(words["person"], person),
        AnnexField(words["stage"], CaseStage(case.stage).label(language)),
        AnnexField(words["outcome"], CaseOutcome(case.outcome).label(language)),
        *([intake] if intake.value else []),
    ]
    return case.code, f"{words['case']} {case.code}", facts, case.summary.strip()


def _identity(
    db: Database,
    case_id: int,
    actor: str,
    consents: list[ConsentFacts],
    today: dt.date,
    words: dict[str, str],
    language: str,
) -> tuple[list[AnnexField], str]:
    """The identity lines and the note under them. Without consent in force the record is not even read."""
    in_force = [c for c in consents if c.allows_on(today)]
    if not in_force:
        return [], words["no_consent"]
    record = read_identity(db, case_id, actor, purpose=IdentityPurpose.RESTRICTED_ANNEX)  # audited
    if record is None:
        return [], words["not_recorded"]
    by_consent = any(not c.without_consent_reason.strip() for c in in_force)
    lines = [
        AnnexField(words["full_name"], record.full_name),
        AnnexField(words["date_of_birth"], document_date(record.date_of_birth, language)),
        AnnexField(words["sex"], Sex(record.sex).label(language)),
        AnnexField(words["nationality"], record.nationality),
        AnnexField(words["id_status"], IdStatus(record.id_status).label(language)),
        AnnexField(words["language"], record.language),
        AnnexField(words["interpreter"], words["yes"] if record.interpreter_needed else words["no"]),
        AnnexField(words["phone"], record.phone),
        AnnexField(words["address"], record.address),
    ]
    return [line for line in lines if line.value.strip()], "" if by_consent else words["without_consent"]


def render_annex(annex: CaseAnnex, fmt: ExportFormat) -> bytes:
    """The annex laid out as a DOCX or PDF file, in memory."""
    buffer = io.BytesIO()
    if fmt == "docx":
        write_annex_docx(annex, buffer)
    elif fmt == "pdf":
        write_annex_pdf(annex, buffer)
    else:
        raise ValueError(f"unknown annex format: {fmt}")
    return buffer.getvalue()


def export_annex(
    db: Database,
    meeting_id: int,
    fmt: ExportFormat,
    destination: Path,
    options: MinutesOptions | None = None,
    *,
    actor: str,
    force: bool = False,
) -> Path:
    """Write the restricted case annex as DOCX or PDF to ``destination`` (an existing file only when ``force``).

    Reading each identity record is logged ("view_restricted", by case id) while the annex is built; the export
    itself is logged as "export_annex" with the recipient and the format, never with case text.
    """
    if db.read_only:
        raise Refusal(ANNEX_NEEDS_AUDIT)
    options = options or MinutesOptions()
    annex = build_annex(db, meeting_id, actor, options)
    with words_kept_whole(proper_nouns(db, meeting_id)):
        content = render_annex(annex, fmt)
    path = write_whole(Path(destination), content, force=force)
    audit.log(
        db, actor, "export_annex", "meeting", meeting_id, recipient=options.recipient.strip(), detail=fmt
    )
    return path
