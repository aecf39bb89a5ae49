"""The restricted case annex of a meeting (เอกสารแนบท้ายรายงานการประชุม (ลับ)) as a document, and its layouts.

``services.exports.annex`` fills a ``CaseAnnex`` (which cases, which facts, an identity only under a consent in
force, every read audited); the writers here only lay it out, as PDF (reportlab with shaped Thai, the minutes'
page) or DOCX (the minutes' reference template and its styles), each page marked with the classification. Texts
reach the DOCX through ``typed_text.clean``, as in the minutes: an older database may hold what XML cannot carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from mdt_desktop.domain.typed_text import clean
from mdt_desktop.exports.docx_minutes import page_field, template_path, use_thai_page_numbers
from mdt_desktop.exports.minutes_model import ActionLine
from mdt_desktop.exports.pdf_minutes import BODY, LEADING, build_a4, marked_page_canvas
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    ThaiParagraph,
    register_fonts,
)
from mdt_desktop.thai.digits import to_thai_digits


@dataclass(frozen=True)
class AnnexField:
    """One labelled line of a case: "ประเภทกรณี" and its value."""

    label: str
    value: str


@dataclass(frozen=True)
class AnnexSection:
    """A restricted part of a case (an assessment with its answers, the safety plan, its contacts, its referrals):
    a title, labelled lines, then plain lines."""

    title: str
    fields: list[AnnexField]
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AnnexCase:
    """One case as the annex shows it. ``identity`` is empty when it is not shown; ``identity_note`` then says why
    (no consent, nothing recorded) or, when shown without consent, on what ground. ``sections`` hold the
    restricted record: assessments with their answers, the safety plan, the referrals."""

    code: str
    heading: str
    facts: list[AnnexField]
    summary: str
    discussed_in: list[str]
    actions: list[ActionLine]
    identity: list[AnnexField]
    identity_note: str
    sections: list[AnnexSection] = field(default_factory=list)


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


# --- PDF ----------------------------------------------------------------------------------------------------


def _body(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_REGULAR, BODY, LEADING, **kwargs)  # type: ignore[arg-type]


def _bold(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_BOLD, BODY, LEADING, keep_with_next=True, **kwargs)  # type: ignore[arg-type]


# Between a label and its value, whatever the label's length: a label that fills its column ends this far from the
# value (about three spaces of the body text), so that "ขั้นตอนก่อนเกิดเหตุ" never reads into the first word after it.
LABEL_GAP = 0.4 * cm


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
                ("RIGHTPADDING", (0, 0), (0, -1), LABEL_GAP),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
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
        for section in case.sections:
            story.append(_bold(section.title, space_before=6))
            if section.fields:
                story.append(_fields_table(section.fields))
            story += [_body(line, left_indent=0.75 * cm) for line in section.lines]
        story.append(_bold(words["identity"], space_before=6))
        if case.identity_note:
            story.append(_body(case.identity_note, left_indent=0.75 * cm))
        if case.identity:
            story.append(_fields_table(case.identity))
    story.append(Spacer(1, 12))
    return story


def write_annex_pdf(annex: CaseAnnex, target: Path | BinaryIO) -> None:
    """Write the annex as a PDF to ``target``, a file or a binary stream."""
    register_fonts()
    canvas = marked_page_canvas(
        annex.classification, annex.recipient, annex.labels["page_of"], annex.labels.get("digits") == "thai"
    )
    build_a4(target, _story(annex), title=annex.header, language=annex.language, canvas=canvas)


# --- DOCX ---------------------------------------------------------------------------------------------------

_DOCX_COLUMNS = (Cm(5.2), Cm(10.8))  # the 16 cm of text width between the margins


def _right_margin(cell, width: Cm) -> None:  # type: ignore[no-untyped-def]
    """The cell's own right margin (w:tcMar), the PDF's ``LABEL_GAP``: python-docx has no call for it."""
    margins = OxmlElement("w:tcMar")
    right = OxmlElement("w:right")
    right.set(qn("w:w"), str(round(width.twips)))
    right.set(qn("w:type"), "dxa")
    margins.append(right)
    cell._tc.get_or_add_tcPr().append(margins)


def write_annex_docx(annex: CaseAnnex, target: Path | BinaryIO) -> None:
    """Write the annex as a Word file to ``target`` (a file or a binary stream), on the minutes' reference
    template: every run takes its font from a style, so Thai shows in TH Sarabun New 16 pt with the complex-script
    settings."""
    document = Document(str(template_path()))
    _docx_header_and_footer(document, annex)
    words = annex.labels

    def paragraph(text: str, style: str) -> None:
        document.add_paragraph(style=style).add_run(clean(text))

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
                cell.paragraphs[0].add_run(clean(text))
            _right_margin(row.cells[0], Cm(LABEL_GAP / cm))

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
        for section in case.sections:
            paragraph(section.title, "Minutes List Label")
            if section.fields:
                fields(section.fields)
            for line in section.lines:
                paragraph(line, "Minutes Progress")
        paragraph(words["identity"], "Minutes List Label")
        if case.identity_note:
            paragraph(case.identity_note, "Minutes Progress")
        if case.identity:
            fields(case.identity)
    document.save(str(target) if isinstance(target, Path) else target)


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
    first.add_run(clean(annex.classification))
    numbered = header.add_paragraph(style="Header")
    numbered.add_run("- ")
    page_field(numbered, thai)
    numbered.add_run(" -")
    footer = section.footer
    footer.is_linked_to_previous = False
    bottom = footer.paragraphs[0]
    bottom.style = document.styles["Minutes Classification"]
    bottom.add_run(clean(annex.classification))
