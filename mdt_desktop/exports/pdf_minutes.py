"""The minutes (รายงานการประชุม) as PDF: the same content and order as the DOCX, typeset with shaped Thai.

Page: A4 with the margins of Thai government documents (top 2.5 cm, bottom 2 cm, left 3 cm, right 2 cm), Sarabun
16 pt embedded. Every page carries the classification mark at its top and bottom (when there is one) and "หน้า x / y";
an export made for a named recipient carries a faint diagonal watermark with that name. The writer lays the pages
out into the file or stream it is given and makes no copy anywhere else (``services.exports`` hands it a stream
and writes the result to the destination).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mdt_desktop.exports.minutes_model import ActionLine, Attendee, MinutesDocument, Signature
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    ThaiParagraph,
    draw_text,
    register_fonts,
    text_width,
    words_kept_whole,
)
from mdt_desktop.thai.digits import to_thai_digits

BODY = 16.0
LEADING = BODY * 1.3
SMALL = 14.0
MARGINS = {"top": 2.5 * cm, "bottom": 2 * cm, "left": 3 * cm, "right": 2 * cm}
DOTS = "." * 40  # the dotted signature line, as long as the DOCX's
INDENT = 2.5 * cm  # first-line indent of body paragraphs, as in Thai official letters

# The page number of the PDF says "x / y"; the DOCX's "page" label has no total, so these words are the PDF's own.
_PAGE_OF = {"th": "หน้า {page} / {pages}", "en": "Page {page} of {pages}"}


def _thai_digits(doc: MinutesDocument) -> bool:
    return doc.labels.get("digits") == "thai"


def _body(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_REGULAR, BODY, LEADING, **kwargs)  # type: ignore[arg-type]


def _heading(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_BOLD, BODY, LEADING, keep_with_next=True, **kwargs)  # type: ignore[arg-type]


def _attendance(people: list[Attendee], none: str, number: Callable[[int], str]) -> Flowable:
    """Number, name and position in columns, however long an agency's name is (as the DOCX's borderless table)."""
    if not people:
        return _body(none, left_indent=1.2 * cm)
    rows = [
        [
            _body(f"{number(index)}."),
            _body(person.name),
            _body(" ".join(t for t in (person.position, person.note) if t)),
        ]
        for index, person in enumerate(people, start=1)
    ]
    table = Table(rows, colWidths=(1.2 * cm, 6.3 * cm, 8.5 * cm), hAlign="LEFT")
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


def _action(number: str, action: ActionLine, labels: dict[str, str]) -> list[Flowable]:
    parts = [f"{action.agency}: {action.task}"]
    if action.case_code and action.case_code not in action.task:
        parts.append(f"{labels['case']} {action.case_code}")
    if action.due:
        parts.append(f"{labels['due']} {action.due}")
    if action.status:
        parts.append(f"{labels['status']}: {action.status}")
    story: list[Flowable] = [_body(f"{number}) " + " — ".join(parts), left_indent=1.5 * cm)]
    story += [_body(line, left_indent=2.5 * cm) for line in action.progress]
    return story


class _SignatureBlock(Flowable):  # type: ignore[misc]  # reportlab has no types
    """Dotted signature line, then (name) and position, centred in the right half of the column."""

    def __init__(self, signature: Signature, line_label: str) -> None:
        super().__init__()
        self.signature = signature
        self.line_label = line_label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = LEADING * 4 + 18
        return availWidth, self.height

    def draw(self) -> None:
        texts = [
            f"{self.line_label}{DOTS}{self.signature.role_label}",
            f"({self.signature.name or DOTS})",
            self.signature.position,
        ]
        widest = max(text_width(t, FONT_REGULAR, BODY) for t in texts)
        # Centred in the right part of the column, pulled left as far as a long role or position needs to fit.
        centre = min(self.width * 0.62, self.width - widest / 2)
        y = self.height - BODY - 18
        for text in texts:
            if text:
                draw_text(self.canv, centre, y, text, FONT_REGULAR, BODY, anchor="centre")
            y -= LEADING


def _story(doc: MinutesDocument) -> list[Flowable]:
    labels = doc.labels
    thai_digits = _thai_digits(doc)

    def number(n: int) -> str:
        return to_thai_digits(str(n)) if thai_digits else str(n)

    story: list[Flowable] = [
        ThaiParagraph(doc.title, FONT_BOLD, BODY + 2, LEADING + 2, align="centre"),
        ThaiParagraph(doc.number_line, FONT_REGULAR, BODY, LEADING, align="centre"),
        ThaiParagraph(doc.date_line, FONT_REGULAR, BODY, LEADING, align="centre"),
        ThaiParagraph(doc.venue_line, FONT_REGULAR, BODY, LEADING, align="centre"),
    ]
    for key, people in (("present", doc.present), ("absent", doc.absent), ("attending", doc.attending)):
        story.append(_heading(labels[key], space_before=8))
        story.append(_attendance(people, labels["none"], number))
    story.append(_heading(doc.start_line, space_before=8))
    for item in doc.items:
        story.append(_heading(item.heading, left_indent=0.75 * cm * item.depth, space_before=8))
        story += [_body(line, left_indent=INDENT) for line in item.cases]
        for paragraph in item.paragraphs:
            story.append(_body(paragraph, align="justify", first_indent=INDENT))
        if item.amendments:
            story.append(_heading(labels["amendments"], left_indent=INDENT))
            story += [_body(line, align="justify", first_indent=INDENT) for line in item.amendments]
        if item.carried:
            story.append(_heading(labels["carried"], left_indent=INDENT))
            for index, action in enumerate(item.carried, start=1):
                story += _action(number(index), action, labels)
        if item.resolution:
            story.append(
                _body(f"{labels['resolution']}  {item.resolution}", align="justify", first_indent=INDENT)
            )
        if item.actions:
            story.append(_heading(labels["actions"], left_indent=INDENT))
            for index, action in enumerate(item.actions, start=1):
                story += _action(number(index), action, labels)
    story.append(_heading(doc.end_line, space_before=8))
    story.append(Spacer(1, 12))
    story += [KeepTogether([_SignatureBlock(s, labels["sign"])]) for s in doc.signatures]
    return story


def marked_page_canvas(classification: str, recipient: str, page_of: str, thai_digits: bool) -> type[Canvas]:
    """A canvas class that, once the page count is known, marks every page: the classification at top and bottom,
    "page x / y" and, for a named recipient, a faint diagonal watermark. Shared by the minutes and the annex."""
    width, height = A4

    class MarkedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            if recipient:
                self.saveState()
                self.setFillColor(Color(0.5, 0.5, 0.5, alpha=0.14))
                self.translate(width / 2, height / 2)
                self.rotate(45)
                draw_text(self, 0, 0, recipient, FONT_BOLD, 44, anchor="centre")
                self.restoreState()
            if classification:
                self.setFillColor(Color(0.6, 0, 0))
                draw_text(self, width / 2, height - 1.4 * cm, classification, FONT_BOLD, BODY, "centre")
                draw_text(self, width / 2, 0.8 * cm, classification, FONT_BOLD, BODY, "centre")
            self.setFillColor(Color(0, 0, 0))
            text = page_of.format(page=page, pages=pages)
            if thai_digits:
                text = to_thai_digits(text)
            draw_text(self, width - MARGINS["right"], 1.4 * cm, text, FONT_REGULAR, SMALL, "right")

    return MarkedCanvas


def build_a4(
    path: Path | BinaryIO, story: list[Flowable], *, title: str, language: str, canvas: type[Canvas]
) -> None:
    """Lay ``story`` out on A4 with the government margins, into the file ``path`` or a binary stream."""
    register_fonts()
    template = BaseDocTemplate(
        str(path) if isinstance(path, Path) else path,
        pagesize=A4,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=title,
        author="",
        creator="mdt-desktop",
        lang="en" if language == "en" else "th",
        # Sarabun from the start, so the file names no font it does not embed (reportlab starts in Helvetica).
        initialFontName=FONT_REGULAR,
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="body", frames=[frame])])
    template.build(story, canvasmaker=canvas)


def write_pdf(doc: MinutesDocument, path: Path | BinaryIO) -> None:
    """Write the minutes ``doc`` as a PDF to ``path``, a file or a binary stream."""
    register_fonts()
    page_of = doc.labels.get("page_of", _PAGE_OF["en" if doc.language == "en" else "th"])
    canvas = marked_page_canvas(doc.classification, doc.recipient, page_of, _thai_digits(doc))
    with words_kept_whole(doc.proper_nouns):
        build_a4(path, _story(doc), title=doc.title, language=doc.language, canvas=canvas)
