"""The restricted case annex of a meeting (เอกสารแนบท้ายรายงานการประชุม (ลับ)): what the people cleared for the
meeting's cases may read, kept out of the general minutes.

``build_annex`` gathers, for each case linked to the meeting's agenda items (in agenda order), its code and
non-identifying facts, the de-identified summary, the items where it was discussed and this meeting's actions on it;
and its identity record only when a consent is in force (or sharing without consent in imminent danger was recorded,
domain.privacy). Identity records are read through services.cases.read_identity, so every one shown is audited; a
case without consent is never read and carries a line saying nothing identifying is shown. The writers lay the annex
out as PDF (reportlab with shaped Thai, the minutes' page) or DOCX (the minutes' reference template and its styles),
each page marked with the classification (ลับ unless the user chose another) and written straight to its target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.shared import Cm
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy import select

from mdt_desktop.domain.codes import (
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    IdStatus,
    IntakeChannel,
    Sex,
)
from mdt_desktop.domain.privacy import ConsentFacts
from mdt_desktop.exports.docx_minutes import _page_field, template_path, use_thai_page_numbers
from mdt_desktop.exports.minutes_model import ActionLine, MinutesOptions
from mdt_desktop.exports.pdf_minutes import BODY, LEADING, build_a4, marked_page_canvas
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    ThaiParagraph,
    register_fonts,
)
from mdt_desktop.services import cases as case_service
from mdt_desktop.services.exports import (
    _date,
    _heading,
    _roles_and_body,
    date_line,
    minutes_title,
    number_line,
    with_thai_digits,
)
from mdt_desktop.services.meetings import MeetingView, load_meeting
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseConsent, CaseFile
from mdt_desktop.thai.digits import to_thai_digits

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


@dataclass(frozen=True)
class AnnexField:
    """One labelled line of a case: "ประเภทกรณี" and its value."""

    label: str
    value: str


@dataclass(frozen=True)
class AnnexCase:
    """One case as the annex shows it. ``identity`` is empty when it is not shown; ``identity_note`` then says why
    (no consent, nothing recorded) or, when shown without consent, on what ground."""

    code: str
    heading: str
    facts: list[AnnexField]
    summary: str
    discussed_in: list[str]
    actions: list[ActionLine]
    identity: list[AnnexField]
    identity_note: str


@dataclass(frozen=True)
class CaseAnnex:
    """The annex of one meeting, every string final (language, digits, พ.ศ. dates applied) like MinutesDocument."""

    header: str
    minutes_title: str
    meeting_line: str
    cases: list[AnnexCase]
    classification: str
    recipient: str
    language: str
    labels: dict[str, str] = field(default_factory=dict)


# --- content ------------------------------------------------------------------------------------------------


def build_annex(
    db: Database, meeting_id: int, actor: str, options: MinutesOptions, today: dt.date | None = None
) -> CaseAnnex:
    """The restricted annex of a meeting for ``actor``; identity records shown are audited as read by ``actor``.

    Consent is judged on ``today`` (the day of the export): a consent withdrawn since the meeting hides the identity.
    """
    today = today or dt.date.today()
    language = options.language
    words = LABELS[language]
    view = load_meeting(db, meeting_id)
    _, body_name_en = _roles_and_body(db, view)
    case_ids, discussed = _linked_cases(view, language)
    with db.read_session() as session:
        files = {c.id: c for c in session.scalars(select(CaseFile).where(CaseFile.id.in_(case_ids)))}
        facts = {c.id: _case_facts(c, words, language) for c in files.values()}
        consents: dict[int, list[ConsentFacts]] = {}
        for consent in session.scalars(select(CaseConsent).where(CaseConsent.case_id.in_(case_ids))):
            consents.setdefault(consent.case_id, []).append(
                ConsentFacts(consent.given_on, consent.withdrawn_on, consent.without_consent_reason or "")
            )
    cases = []
    for case_id in case_ids:
        code, heading, case_facts, summary = facts[case_id]
        identity, note = _identity(db, case_id, actor, consents.get(case_id, []), today, words, language)
        cases.append(
            AnnexCase(
                code=code,
                heading=heading,
                facts=case_facts,
                summary=summary,
                discussed_in=discussed[case_id],
                actions=[
                    ActionLine(
                        a.agency_label,
                        a.task,
                        _date(a.due_date, language),
                        a.status.label(language),
                        code,
                        [],
                    )
                    for item in view.all_items()
                    for a in item.actions
                    if a.case_id == case_id
                ],
                identity=identity,
                identity_note=note,
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
    return with_thai_digits(annex) if options.digits == "thai" else annex


def _linked_cases(view: MeetingView, language: str) -> tuple[list[int], dict[int, list[str]]]:
    """The cases linked to the meeting's items in the order they first come up, and the headings of their items."""
    order: list[int] = []
    discussed: dict[int, list[str]] = {}
    for item in view.all_items():
        for ref in item.cases:
            if ref.id not in discussed:
                order.append(ref.id)
                discussed[ref.id] = []
            discussed[ref.id].append(_heading(item, language))
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
    intake = _date(case.intake_date, language)
    if case.intake_channel:
        intake = f"{IntakeChannel(case.intake_channel).label(language)} {words['intake_on']} {intake}"
    facts = [
        AnnexField(words["case_type"], CaseType(case.case_type).label(language)),
        AnnexField(words["person"], person),
        AnnexField(words["stage"], CaseStage(case.stage).label(language)),
        AnnexField(words["outcome"], CaseOutcome(case.outcome).label(language)),
        AnnexField(words["intake"], intake),
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
    record = case_service.read_identity(db, case_id, actor)  # audited: "view_restricted"
    if record is None:
        return [], words["not_recorded"]
    by_consent = any(not c.without_consent_reason.strip() for c in in_force)
    lines = [
        AnnexField(words["full_name"], record.full_name),
        AnnexField(words["date_of_birth"], _date(record.date_of_birth, language)),
        AnnexField(words["sex"], Sex(record.sex).label(language)),
        AnnexField(words["nationality"], record.nationality),
        AnnexField(words["id_status"], IdStatus(record.id_status).label(language)),
        AnnexField(words["language"], record.language),
        AnnexField(words["interpreter"], words["yes"] if record.interpreter_needed else words["no"]),
        AnnexField(words["phone"], record.phone),
        AnnexField(words["address"], record.address),
    ]
    return [line for line in lines if line.value.strip()], "" if by_consent else words["without_consent"]


# --- PDF ----------------------------------------------------------------------------------------------------


def _body(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_REGULAR, BODY, LEADING, **kwargs)  # type: ignore[arg-type]


def _bold(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_BOLD, BODY, LEADING, keep_with_next=True, **kwargs)  # type: ignore[arg-type]


def _fields_table(fields: list[AnnexField]) -> Table:
    """Labels and values in two columns, so a long address wraps under its value and not under the label."""
    table = Table(
        [[_body(f.label), _body(f.value)] for f in fields], colWidths=(5.2 * cm, 10.8 * cm), hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _action_text(number: str, action: ActionLine, words: dict[str, str]) -> str:
    parts = [f"{action.agency}: {action.task}"]
    if action.due:
        parts.append(f"{words['due']} {action.due}")
    if action.status:
        parts.append(f"{words['status']}: {action.status}")
    return f"{number}) " + " — ".join(parts)


def _number(annex: CaseAnnex, n: int) -> str:
    return to_thai_digits(str(n)) if annex.labels.get("digits") == "thai" else str(n)


def _story(annex: CaseAnnex) -> list[Flowable]:
    words = annex.labels
    story: list[Flowable] = [
        ThaiParagraph(annex.header, FONT_BOLD, BODY + 2, LEADING + 2, align="centre"),
        ThaiParagraph(annex.minutes_title, FONT_REGULAR, BODY, LEADING, align="centre"),
        ThaiParagraph(annex.meeting_line, FONT_REGULAR, BODY, LEADING, align="centre"),
    ]
    if annex.recipient:
        story.append(
            ThaiParagraph(f"{words['for']} {annex.recipient}", FONT_REGULAR, BODY, LEADING, align="centre")
        )
    if not annex.cases:
        story.append(_body(words["no_cases"], space_before=12))
    for case in annex.cases:
        story.append(_bold(case.heading, space_before=14))
        story.append(_fields_table(case.facts))
        story.append(_bold(words["summary"], space_before=6))
        story.append(_body(case.summary or words["none"], align="justify", left_indent=0.75 * cm))
        story.append(_bold(words["discussed"], space_before=6))
        story += [_body(heading, left_indent=0.75 * cm) for heading in case.discussed_in]
        story.append(_bold(words["actions"], space_before=6))
        if not case.actions:
            story.append(_body(words["none"], left_indent=0.75 * cm))
        for index, action in enumerate(case.actions, start=1):
            story.append(_body(_action_text(_number(annex, index), action, words), left_indent=0.75 * cm))
        story.append(_bold(words["identity"], space_before=6))
        if case.identity_note:
            story.append(_body(case.identity_note, left_indent=0.75 * cm))
        if case.identity:
            story.append(_fields_table(case.identity))
    story.append(Spacer(1, 12))
    return story


def write_annex_pdf(annex: CaseAnnex, path: Path | BinaryIO) -> None:
    """Write the annex as a PDF straight to ``path``, or into a binary stream (the export dialog's preview)."""
    register_fonts()
    canvas = marked_page_canvas(
        annex.classification, annex.recipient, annex.labels["page_of"], annex.labels.get("digits") == "thai"
    )
    build_a4(path, _story(annex), title=annex.header, language=annex.language, canvas=canvas)


# --- DOCX ---------------------------------------------------------------------------------------------------

_DOCX_COLUMNS = (Cm(5.2), Cm(10.8))  # the 16 cm of text width between the margins


def write_annex_docx(annex: CaseAnnex, path: Path) -> None:
    """Write the annex as a Word file straight to ``path``, on the minutes' reference template: every run takes its
    font from a style, so Thai shows in TH Sarabun New 16 pt with the complex-script settings."""
    document = Document(str(template_path()))
    _docx_header_and_footer(document, annex)
    words = annex.labels

    def paragraph(text: str, style: str) -> None:
        document.add_paragraph(style=style).add_run(text)

    def fields(rows: list[AnnexField]) -> None:
        # Labels and values in two borderless columns, as in the PDF, so a long address wraps under its value.
        table = document.add_table(rows=len(rows), cols=2)
        table.autofit = False
        for column, width in zip(table.columns, _DOCX_COLUMNS, strict=True):
            column.width = width
        for row, f in zip(table.rows, rows, strict=True):
            for cell, text, width in zip(row.cells, (f.label, f.value), _DOCX_COLUMNS, strict=True):
                cell.width = (
                    width  # Word follows the cell widths, LibreOffice the grid columns: both are set.
                )
                cell.paragraphs[0].style = document.styles["Minutes Attendee"]
                cell.paragraphs[0].add_run(text)

    paragraph(annex.header, "Minutes Title")
    paragraph(annex.minutes_title, "Minutes Centred")
    paragraph(annex.meeting_line, "Minutes Centred")
    if annex.recipient:
        paragraph(f"{words['for']} {annex.recipient}", "Minutes Centred")
    if not annex.cases:
        paragraph(words["no_cases"], "Minutes Body")
    for case in annex.cases:
        paragraph(case.heading, "Heading 1")
        fields(case.facts)
        paragraph(words["summary"], "Minutes List Label")
        paragraph(case.summary or words["none"], "Minutes Body")
        paragraph(words["discussed"], "Minutes List Label")
        for heading in case.discussed_in:
            paragraph(heading, "Minutes Progress")
        paragraph(words["actions"], "Minutes List Label")
        if not case.actions:
            paragraph(words["none"], "Minutes Progress")
        for index, action in enumerate(case.actions, start=1):
            paragraph(
                _action_text(_number(annex, index), action, words).replace(") ", ")\t", 1), "Minutes Action"
            )
        paragraph(words["identity"], "Minutes List Label")
        if case.identity_note:
            paragraph(case.identity_note, "Minutes Progress")
        if case.identity:
            fields(case.identity)
    document.save(str(path))


def _docx_header_and_footer(document, annex: CaseAnnex) -> None:  # type: ignore[no-untyped-def]
    """The classification at the top and bottom of every page, and the page number under it at the top."""
    section = document.sections[0]
    thai = annex.labels.get("digits") == "thai"
    if thai:
        use_thai_page_numbers(section)
    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    first.style = document.styles["Minutes Classification"]
    first.add_run(annex.classification)
    numbered = header.add_paragraph(style="Header")
    numbered.add_run("- ")
    _page_field(numbered, thai)
    numbered.add_run(" -")
    footer = section.footer
    footer.is_linked_to_previous = False
    bottom = footer.paragraphs[0]
    bottom.style = document.styles["Minutes Classification"]
    bottom.add_run(annex.classification)
