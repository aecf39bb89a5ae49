"""The minutes as a Word file (.docx), laid out on the reference template resources/templates/minutes.docx.

All typography comes from the template's styles (TH Sarabun New 16 pt with the complex-script font, size and Thai
language tag; see resources/templates/make_minutes_template.py): runs added here carry a style and nothing else, so
Word never shows Thai text in another font or size, and a secretary who edits the file keeps the look.
Page numbers are a PAGE field in the "- ๒ -" form on every page but the first, as government documents number them;
with Thai digits the section's page-number format is thaiNumbers (w:pgNumType w:fmt), which Word follows.
LibreOffice (7.4 and the current source alike) maps no number format of a DOCX to Thai digits: it ignores
thaiNumbers and shows Arabic digits, and reads Word's "\\* ThaiArabic" switch as Thai letters (ก ข ค), which would be
wrong; Arabic digits there are the lesser fault.
The classification mark is at the top and bottom of every page (the template's style: red, bold, 20 pt); a copy made
for a named recipient says so in a header line. The last lines of the last item keep with เลิกประชุมเวลา and the
signature blocks, whose dotted lines start at one indent so that they align. The document properties name the office
as author, the minutes' title, and the time of the export, not the template's.
Every text goes through ``typed_text.clean`` on its way in: an older database may hold a control character that
XML cannot carry, and python-docx refuses the whole document for one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from mdt_desktop.domain.typed_text import clean
from mdt_desktop.exports.minutes_model import ActionLine, Attendee, MinutesDocument, MinutesItem, Signature
from mdt_desktop.exports.pdf_minutes import attendee_post, balanced_lines
from mdt_desktop.exports.thai_typesetting import FONT_BOLD, FONT_REGULAR, text_width
from mdt_desktop.paths import resources_dir
from mdt_desktop.thai.digits import to_thai_digits

DOTS = "." * 40
TEXT_WIDTH = Cm(16)  # between the margins of the template
# The Word file's own words: the PDF carries the recipient as its watermark instead.
_FOR_RECIPIENT = {"th": "สำเนาสำหรับ {recipient}", "en": "Copy for {recipient}"}


def template_path() -> Path:
    return resources_dir() / "templates" / "minutes.docx"


def write_docx(doc: MinutesDocument, target: Path | BinaryIO) -> None:
    """Write the minutes to ``target``, a file or a binary stream."""
    document = Document(str(template_path()))
    _header_and_footer(document, doc)
    _properties(document, doc)
    writer = _Writer(document, doc.labels.get("digits") == "thai")
    labels = doc.labels
    writer.title(doc.title)
    writer.paragraph(doc.number_line, "Minutes Centred")
    writer.paragraph(doc.date_line, "Minutes Centred")
    writer.paragraph(doc.venue_line, "Minutes Centred")
    for key, people in (("present", doc.present), ("absent", doc.absent), ("attending", doc.attending)):
        writer.paragraph(labels[key], "Minutes Section")
        writer.attendance(people, labels["none"], reason_apart=key == "absent")
    writer.paragraph(doc.start_line, "Minutes Section")
    last_item_start = len(document.paragraphs)
    for item in doc.items:
        last_item_start = len(document.paragraphs)
        writer.item(item, labels)
    # The closing moves with the last lines of the last item, so the signatures never stand alone on a page.
    for paragraph in document.paragraphs[last_item_start:][-3:]:
        paragraph.paragraph_format.keep_with_next = True
    writer.paragraph(doc.end_line, "Minutes Section")
    # One indent for every dotted line, as far right as the longest role lets its line stay whole.
    widest = max(
        (text_width(f"{labels['sign']}{DOTS}{s.role_label}", FONT_REGULAR, 16) for s in doc.signatures),
        default=0,
    )
    indent = Length(max(0, min(Cm(5), TEXT_WIDTH - Pt(widest * 1.05))))
    for signature in doc.signatures:
        writer.signature(signature, labels["sign"], indent)
    document.save(str(target) if isinstance(target, Path) else target)


def _properties(document, doc: MinutesDocument) -> None:  # type: ignore[no-untyped-def]
    """Who wrote it (the office), its title and when: the template's properties name python-docx and 2013."""
    properties = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    office = clean(doc.labels.get("office", ""))
    properties.author = office
    properties.last_modified_by = office
    properties.title = clean(doc.title)
    properties.subject = ""
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    properties.language = "en-GB" if doc.language == "en" else "th-TH"
    properties.created = now
    properties.modified = now
    properties.revision = 1


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

    def attendance(self, people: list[Attendee], none: str, reason_apart: bool) -> None:
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
            texts = (f"{self.number(index)}.", person.name, attendee_post(person, reason_apart))
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

    def title(self, text: str) -> None:
        """The title, broken where the PDF breaks it (``balanced_lines``): Word would leave one word alone."""
        paragraph: Paragraph = self.document.add_paragraph(style="Minutes Title")
        lines = balanced_lines(clean(text), FONT_BOLD, 18, TEXT_WIDTH.pt)
        for index, line in enumerate(lines):
            run = paragraph.add_run(line.text)
            if index + 1 < len(lines):
                run.add_break()

    def signature(self, signature: Signature, line_label: str, indent: Length) -> None:
        """A blank line to sign in, the dotted line from ``indent`` (the same for every block, so that the dots
        align), then (name) and position centred under the dots."""
        self.paragraph("", "Minutes Signature")
        dotted = f"{line_label}{DOTS}"
        line = self.paragraph(f"{dotted}{signature.role_label}", "Minutes Signature")
        line.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        line.paragraph_format.left_indent = indent
        # Measured in Sarabun, TH Sarabun New's bundled alternative; the centre is close enough in either face.
        centre = indent + Pt(text_width(dotted, FONT_REGULAR, 16) / 2)
        half = min(centre, TEXT_WIDTH - centre)
        for text in (f"({signature.name or DOTS})", signature.position):
            if text:
                # Centred in the widest box around the dots' centre, so a long position keeps to one line.
                under = self.paragraph(text, "Minutes Signature")
                under.paragraph_format.left_indent = Length(centre - half)
                under.paragraph_format.right_indent = Length(TEXT_WIDTH - centre - half)

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
    if doc.recipient:
        words = _FOR_RECIPIENT["en" if doc.language == "en" else "th"]
        for header in (section.first_page_header, section.header):
            first = header.paragraphs[0]
            paragraph = header.add_paragraph(style="Header") if (first.text or first.runs) else first
            paragraph.add_run(clean(words.format(recipient=doc.recipient)))
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
