"""The minutes as a Word file (.docx), laid out on the reference template resources/templates/minutes.docx.

All typography comes from the template's styles (TH Sarabun New 16 pt with the complex-script font, size and Thai
language tag; see resources/templates/make_minutes_template.py): runs added here carry a style and nothing else, so
Word never shows Thai text in another font or size, and a secretary who edits the file keeps the look.
Page numbers are a PAGE field in the "- ๒ -" form on every page but the first, as government documents number them;
with Thai digits the section's page-number format is thaiNumbers (w:pgNumType w:fmt), which the PAGE field
follows in Word and LibreOffice alike, so the number is drawn in Thai digits.
Every text goes through ``typed_text.clean`` on its way in: an older database may hold a control character that
XML cannot carry, and python-docx refuses the whole document for one.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length
from docx.table import Table
from docx.text.paragraph import Paragraph

from mdt_desktop.domain.typed_text import clean
from mdt_desktop.exports.minutes_model import ActionLine, Attendee, MinutesDocument, MinutesItem
from mdt_desktop.paths import resources_dir
from mdt_desktop.thai.digits import to_thai_digits

DOTS = "." * 40


def template_path() -> Path:
    return resources_dir() / "templates" / "minutes.docx"


def write_docx(doc: MinutesDocument, target: Path | BinaryIO) -> None:
    """Write the minutes to ``target``, a file or a binary stream."""
    document = Document(str(template_path()))
    _header_and_footer(document, doc)
    writer = _Writer(document, doc.labels.get("digits") == "thai")
    labels = doc.labels
    writer.paragraph(doc.title, "Minutes Title")
    writer.paragraph(doc.number_line, "Minutes Centred")
    writer.paragraph(doc.date_line, "Minutes Centred")
    writer.paragraph(doc.venue_line, "Minutes Centred")
    for key, people in (("present", doc.present), ("absent", doc.absent), ("attending", doc.attending)):
        writer.paragraph(labels[key], "Minutes Section")
        writer.attendance(people, labels["none"])
    writer.paragraph(doc.start_line, "Minutes Section")
    for item in doc.items:
        writer.item(item, labels)
    writer.paragraph(doc.end_line, "Minutes Section")
    for signature in doc.signatures:
        writer.paragraph("", "Minutes Signature")
        writer.paragraph(f"{labels['sign']}{DOTS}{signature.role_label}", "Minutes Signature")
        writer.paragraph(f"({signature.name or DOTS})", "Minutes Signature")
        if signature.position:
            writer.paragraph(signature.position, "Minutes Signature")
    document.save(str(target) if isinstance(target, Path) else target)


class _Writer:
    def __init__(self, document, thai: bool) -> None:  # type: ignore[no-untyped-def]
        self.document = document
        self.thai = thai

    def paragraph(self, text: str, style: str) -> Paragraph:
        paragraph: Paragraph = self.document.add_paragraph(style=style)
        if text:
            paragraph.add_run(clean(text))
        return paragraph

    def labelled(self, label: str, text: str, style: str) -> None:
        paragraph = self.document.add_paragraph(style=style)
        paragraph.add_run(clean(label), style="Minutes Label")
        if text:
            paragraph.add_run(f"  {clean(text)}")

    def attendance(self, people: list[Attendee], none: str) -> None:
        if not people:
            self.paragraph(none, "Minutes Attendee")
            return
        # A borderless table keeps numbers, names and positions in columns however long an agency's name is.
        table: Table = self.document.add_table(rows=len(people), cols=3)
        table.autofit = False
        widths = (Cm(1.5), Cm(6.0), Cm(8.5))  # the 16 cm of text width between the margins
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for index, (row, person) in enumerate(zip(table.rows, people, strict=True), start=1):
            cells = row.cells
            texts = (
                f"{self.number(index)}.",
                person.name,
                " ".join(t for t in (person.position, person.chair, person.note) if t),
            )
            for cell, text, width in zip(cells, texts, widths, strict=True):
                _cell_width(cell, width)
                paragraph = cell.paragraphs[0]
                paragraph.style = self.document.styles["Minutes Attendee"]
                paragraph.add_run(clean(text))

    def item(self, item: MinutesItem, labels: dict[str, str]) -> None:
        self.paragraph(item.heading, "Heading 1" if item.depth == 0 else "Heading 2")
        for line in item.cases:
            self.paragraph(line, "Minutes Progress")
        for text in item.paragraphs:
            self.paragraph(text, "Minutes Body")
        if item.amendments:
            self.paragraph(labels["amendments"], "Minutes List Label")
            for line in item.amendments:
                self.paragraph(line, "Minutes Body")
        if item.carried:
            self.paragraph(labels["carried"], "Minutes List Label")
            for number, action in enumerate(item.carried, start=1):
                self.action(number, action, labels)
                for line in action.progress:
                    self.paragraph(line, "Minutes Progress")
        if item.resolution:
            self.labelled(labels["resolution"], item.resolution, "Minutes Resolution")
        if item.actions:
            self.paragraph(labels["actions"], "Minutes List Label")
            for number, action in enumerate(item.actions, start=1):
                self.action(number, action, labels)

    def action(self, number: int, action: ActionLine, labels: dict[str, str]) -> None:
        parts = [f"{action.agency}: {action.task}"]
        if action.case_code and action.case_code not in action.task:
            parts.append(f"{labels['case']} {action.case_code}")
        if action.due:
            parts.append(f"{labels['due']} {action.due}")
        if action.status:
            parts.append(f"{labels['status']}: {action.status}")
        self.paragraph(f"{self.number(number)})\t{' — '.join(parts)}", "Minutes Action")

    def number(self, value: int) -> str:
        return to_thai_digits(str(value)) if self.thai else str(value)


def _cell_width(cell, width: Length) -> None:  # type: ignore[no-untyped-def]
    # Word follows the cell widths, LibreOffice the grid columns: both are set.
    cell.width = width


def use_thai_page_numbers(section) -> None:  # type: ignore[no-untyped-def]
    """PAGE fields of the section in Thai digits (w:pgNumType w:fmt="thaiNumbers").

    The schema puts pgNumType before cols and docGrid; LibreOffice ignores one appended after them.
    """
    page_format = OxmlElement("w:pgNumType")
    page_format.set(qn("w:fmt"), "thaiNumbers")
    columns = section._sectPr.find(qn("w:cols"))
    if columns is not None:
        columns.addprevious(page_format)
    else:
        section._sectPr.append(page_format)


def _header_and_footer(document, doc: MinutesDocument) -> None:  # type: ignore[no-untyped-def]
    """Classification at top and bottom of every page; "- n -" at the top of every page but the first."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    thai = doc.labels.get("digits") == "thai"
    if thai:
        use_thai_page_numbers(section)
    before, _, after = doc.labels["page"].partition("{page}")
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        header.is_linked_to_previous = False
        first = header.paragraphs[0]
        if doc.classification:
            first.style = document.styles["Minutes Classification"]
            first.add_run(clean(doc.classification))
        if numbered:
            paragraph = header.add_paragraph(style="Header") if doc.classification else first
            if before:
                paragraph.add_run(before)
            page_field(paragraph, thai)
            if after:
                paragraph.add_run(after)
    for footer in (section.first_page_footer, section.footer):
        footer.is_linked_to_previous = False
        if doc.classification:
            paragraph = footer.paragraphs[0]
            paragraph.style = document.styles["Minutes Classification"]
            paragraph.add_run(clean(doc.classification))


def page_field(paragraph: Paragraph, thai: bool) -> None:
    # No number switch: the field takes the section's page-number format (thaiNumbers with Thai digits). Word's
    # own "\\* ThaiArabic" switch would do the same in Word but LibreOffice reads it as Thai letters (ก ข ค).
    instruction = " PAGE "

    def run_with(element: BaseOxmlElement) -> None:
        run = paragraph.add_run()
        run._r.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    run_with(text)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run("๒" if thai else "2")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
