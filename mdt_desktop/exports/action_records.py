"""The action record (บันทึกงานที่ได้รับมอบหมาย) of one agency as a document, and its PDF layout.

A record goes outside the team, to an agency or the district/provincial centre, so it carries the least that the
agency needs: task, due date, case code, status and reported progress of that agency's own actions
(``services.exports.action_records`` fills an ``ActionRecord`` with exactly those). The agency representative
and the secretary sign the printed blocks; the office signs the file (PAdES, ``exports.signing``), and a record
to be signed prints the SHA-256 fingerprint of the office's certificate under the signature blocks, in the two
halves Settings and ``mdt verify`` show, so that a centre can compare it with the one it was given.
``render_pdf`` lays the record out in memory; the service signs it and writes it to its destination.

The page is marked as the minutes' pages are (``pdf_minutes.marked_page_canvas``: the classification mark at top
and bottom, the page number), its digits are those the minutes were exported with, and every glyph on it comes from
the embedded Sarabun: a record names no font a reader's computer must supply (reportlab's default Helvetica, the
standard Courier), so it prints the same everywhere and passes a check for embedded fonts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from mdt_desktop.exports.pdf_minutes import marked_page_canvas
from mdt_desktop.exports.signing import fingerprint_lines
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    ThaiParagraph,
    register_fonts,
    shaped,
    text_width,
)
from mdt_desktop.thai.digits import to_thai_digits

TITLE_TH = "บันทึกงานที่ได้รับมอบหมาย"
PRIVACY_NOTE_TH = (
    "บันทึกนี้มีเฉพาะงานที่ที่ประชุมมอบหมายแก่หน่วยงานข้างต้น อ้างถึงกรณีด้วยรหัสเท่านั้น ไม่มีข้อมูลที่ระบุตัวบุคคล โปรดเก็บรักษาเป็นความลับ"
)
SIGN_REASON_TH = "รับรองบันทึกงานที่ได้รับมอบหมายตามมติที่ประชุม"
FINGERPRINT_LABEL_TH = "ลายนิ้วมือใบรับรอง (SHA-256) ของสำนักงานที่ลงนามอิเล็กทรอนิกส์ในไฟล์นี้"
PAGE_OF_TH = "หน้า {page} / {pages}"
FINGERPRINT_SIZE = 12
BODY_SIZE = 16
# Government documents: A4, 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom.
MARGINS = {"leftMargin": 3 * cm, "rightMargin": 2 * cm, "topMargin": 2.5 * cm, "bottomMargin": 2 * cm}
DOTTED = "." * 32


@dataclass(frozen=True)
class RecordLine:
    """One action: every string final (Thai dates, the status's Thai label), "-" for no due date; ``case_code``
    the code (or codes, comma-separated) of its case, "" for work that concerns no case."""

    task: str
    due: str
    case_code: str
    status: str
    progress: list[str]


@dataclass(frozen=True)
class SignatureBlock:
    role_label: str
    name: str
    position: str


@dataclass(frozen=True)
class ActionRecord:
    """What one agency's record prints; ``meeting_line`` is "การประชุมครั้งที่ 3/2569 เมื่อวันที่ ..."."""

    body_name: str
    meeting_line: str
    agency_name: str
    lines: list[RecordLine]
    signatures: list[SignatureBlock]
    certificate_fingerprint: str = ""  # of the certificate the file will be signed with; "" when unsigned
    classification: str = ""  # ลับ, ลับมาก…, at the top and bottom of every page; "" for none
    thai_digits: bool = True  # the strings above already carry the digits chosen; this numbers the actions


def _signature_cell(block: SignatureBlock) -> list[ThaiParagraph]:
    name = f"({block.name})" if block.name else f"({'.' * 30})"
    return [
        ThaiParagraph(f"ลงชื่อ{DOTTED}", size=BODY_SIZE, align="centre"),
        ThaiParagraph(name, size=BODY_SIZE, align="centre"),
        ThaiParagraph(block.position, size=BODY_SIZE, align="centre"),
        ThaiParagraph(block.role_label, size=BODY_SIZE, align="centre"),
    ]


class FixedPitchLine(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A fingerprint half ("87:F2:…") in Sarabun, every hexadecimal digit in a cell of the same width, so that the
    two halves stand in columns a reader can follow byte by byte (Sarabun's figures share one width, its letters
    A–F do not). The cells are made by character spacing after each glyph: no character is added, and the line
    copies out as written."""

    def __init__(self, text: str, left_indent: float = 0.75 * cm) -> None:
        super().__init__()
        register_fonts()
        self.text = text
        self.left_indent = left_indent
        self.cell = max(text_width(c, FONT_BOLD, FINGERPRINT_SIZE) for c in "0123456789ABCDEF")

    def _pitch(self, char: str) -> float:
        return text_width(char, FONT_BOLD, FINGERPRINT_SIZE) if char == ":" else self.cell

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.left_indent + sum(self._pitch(c) for c in self.text)
        self.height = FINGERPRINT_SIZE * 1.25
        return self.width, self.height

    def draw(self) -> None:
        line = self.canv.beginText(self.left_indent, self.height - FINGERPRINT_SIZE)
        line.setFont(FONT_BOLD, FINGERPRINT_SIZE)
        for char in self.text:
            line.setCharSpace(self._pitch(char) - text_width(char, FONT_BOLD, FINGERPRINT_SIZE))
            line.textOut(shaped(char, FONT_BOLD, FINGERPRINT_SIZE))
        line.setCharSpace(0)
        self.canv.drawText(line)


def _story(record: ActionRecord) -> list[object]:
    story: list[object] = [
        ThaiParagraph(TITLE_TH, font_name=FONT_BOLD, size=20, align="centre", space_after=6),
        ThaiParagraph(record.body_name, font_name=FONT_BOLD, size=BODY_SIZE, align="centre"),
        ThaiParagraph(record.meeting_line, size=BODY_SIZE, align="centre", space_after=8),
        ThaiParagraph(f"หน่วยงาน {record.agency_name}", font_name=FONT_BOLD, size=BODY_SIZE, space_after=6),
    ]
    if not record.lines:
        story.append(ThaiParagraph("ไม่มีงานที่มอบหมายแก่หน่วยงานนี้", size=BODY_SIZE))
    for number, line in enumerate(record.lines, start=1):
        label = to_thai_digits(str(number)) if record.thai_digits else str(number)
        story.append(
            ThaiParagraph(
                f"{label}. {line.task}", size=BODY_SIZE, align="justify", space_before=4, keep_with_next=True
            )
        )
        case = f"รหัสกรณี {line.case_code}   " if line.case_code else ""
        story.append(
            ThaiParagraph(
                f"{case}สถานะ {line.status}",
                size=BODY_SIZE,
                left_indent=0.75 * cm,
                keep_with_next=True,
            )
        )
        story.append(
            ThaiParagraph(
                f"กำหนดเสร็จ {line.due}",
                size=BODY_SIZE,
                left_indent=0.75 * cm,
                keep_with_next=bool(line.progress),
            )
        )
        if line.progress:
            story.append(
                ThaiParagraph("ความคืบหน้า", size=BODY_SIZE, left_indent=0.75 * cm, keep_with_next=True)
            )
            story += [
                ThaiParagraph(f"- {text}", size=BODY_SIZE, left_indent=1.5 * cm) for text in line.progress
            ]
    table = Table([[_signature_cell(block) for block in record.signatures]], colWidths="50%")
    # The table's own font too: reportlab's default would put Helvetica, unembedded, into the file.
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR)])
    )
    # The signatures never stand alone on a page: the note goes over with them, and the fingerprint under them.
    closing: list[object] = [
        ThaiParagraph(PRIVACY_NOTE_TH, size=14, space_before=12, align="justify"),
        Spacer(1, 0.8 * cm),
        table,
    ]
    if record.certificate_fingerprint:
        closing += [
            ThaiParagraph(FINGERPRINT_LABEL_TH, size=14, space_before=18, space_after=2),
            *(FixedPitchLine(line) for line in fingerprint_lines(record.certificate_fingerprint)),
        ]
    story.append(KeepTogether(closing))
    return story


def render_pdf(record: ActionRecord) -> bytes:
    """The record as PDF bytes, in memory only."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{TITLE_TH} {record.agency_name}",
        author=record.body_name,
        # Sarabun from the start: reportlab's canvas otherwise names Helvetica, which the file does not embed.
        initialFontName=FONT_REGULAR,
        **MARGINS,
    )
    pages = marked_page_canvas(record.classification, "", PAGE_OF_TH, record.thai_digits)
    document.build(_story(record), canvasmaker=pages)
    return buffer.getvalue()
