"""The minutes (รายงานการประชุม) as PDF: the same content and order as the DOCX, typeset with shaped Thai.

Page: A4 with the margins of Thai government documents (top 2.5 cm, bottom 2 cm, left 3 cm, right 2 cm), Sarabun
16 pt embedded. As form 11 is numbered in practice, pages from the second carry "- ๒ -" centred at the top; a
classified export carries its mark (ลับ, ลับมาก, ...) at the top and bottom centre of every page, red, bold and larger
than the body, as the regulation on official secrets shows it. An export made for a named recipient carries a faint
diagonal watermark with that name, drawn as glyph outlines inside a marked artifact so that text extraction and
search never mix its words into the minutes, and scaled or set on two lines to fit the page.
The closing (the last lines of the last item, เลิกประชุมเวลา) moves with the signature blocks, whose dotted lines align.
The writer lays the pages out into the file or stream it is given and makes no copy anywhere else
(``services.exports`` hands it a stream and writes the result to the destination).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Literal

import uharfbuzz  # type: ignore[import-untyped]  # ships no types
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mdt_desktop.exports.minutes_model import ActionLine, Attendee, MinutesDocument, Signature
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    Line,
    ThaiParagraph,
    break_units,
    draw_text,
    layout_lines,
    register_fonts,
    text_width,
    words_kept_whole,
)
from mdt_desktop.paths import resources_dir
from mdt_desktop.thai.digits import to_thai_digits

BODY = 16.0
LEADING = BODY * 1.3
SMALL = 14.0
MARK = 20.0  # the classification mark: larger than the body, as the regulation on official secrets shows it
MARK_RED = Color(0.8, 0, 0)
MARGINS = {"top": 2.5 * cm, "bottom": 2 * cm, "left": 3 * cm, "right": 2 * cm}
DOTS = "." * 40  # the dotted signature line, as long as the DOCX's
INDENT = 2.5 * cm  # first-line indent of body paragraphs, as in Thai official letters
WATERMARK = 44.0  # the recipient watermark's size when the name fits the page at it
WATERMARK_SMALLEST = 30.0  # below this a long name goes on two lines rather than shrinking further
WATERMARK_MARGIN = 1.5 * cm  # the watermark keeps this far from every edge of the page

# The annex numbers its pages "x / y" at the foot; the minutes "- x -" at the top from page 2, as form 11 does.
PageNumbering = Literal["x_of_y", "form11"]


def _thai_digits(doc: MinutesDocument) -> bool:
    return doc.labels.get("digits") == "thai"


def _body(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_REGULAR, BODY, LEADING, **kwargs)  # type: ignore[arg-type]


def _heading(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_BOLD, BODY, LEADING, keep_with_next=True, **kwargs)  # type: ignore[arg-type]


def balanced_lines(text: str, font_name: str, size: float, width: float) -> list[Line]:
    """``text`` on as few lines as ``width`` allows, made as even as its words allow: laid out in the narrowest
    column that needs no more lines, so a long title never leaves one word alone on its last line. Shared with the
    DOCX writer, which breaks the title where this does."""
    lines = layout_lines(text, font_name, size, width)
    count = len(lines)
    if count < 2:
        return lines
    narrow, wide = width / count, width
    while wide - narrow > 1:
        middle = (narrow + wide) / 2
        if len(layout_lines(text, font_name, size, middle)) > count:
            narrow = middle
        else:
            wide = middle
    return layout_lines(text, font_name, size, wide)


class _BalancedTitle(ThaiParagraph):
    """A centred title laid out by ``balanced_lines``."""

    def _layout(self, avail_width: float) -> None:
        super()._layout(avail_width)
        self.lines = balanced_lines(self.text, self.font_name, self.size, avail_width)


class _LabelledParagraph(ThaiParagraph):
    """A justified paragraph whose first line opens with a bold label ("มติที่ประชุม"), the text following it."""

    def __init__(
        self, label: str, text: str, lines: list[Line] | None = None, show_label: bool = True
    ) -> None:
        self.label = label
        self.show_label = show_label
        gap = text_width("  ", FONT_REGULAR, BODY)
        super().__init__(
            text,
            FONT_REGULAR,
            BODY,
            LEADING,
            align="justify",
            first_indent=INDENT + text_width(label, FONT_BOLD, BODY) + gap,
            lines=lines,
        )
        if not show_label:
            # The continuation of a split paragraph starts at the margin, as any paragraph's second line.
            self.first_indent = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        halves = super().split(availWidth, availHeight)
        if not halves:
            return []
        head, tail = halves
        return [
            _LabelledParagraph(self.label, self.text, lines=head.lines),
            _LabelledParagraph(self.label, self.text, lines=tail.lines, show_label=False),
        ]

    def draw(self) -> None:
        if self.show_label:  # drawn first, so that extractors read the label before the text
            draw_text(self.canv, INDENT, self.height - self.size, self.label, FONT_BOLD, BODY)
        super().draw()


def _attendance(
    people: list[Attendee], none: str, number: Callable[[int], str], reason_apart: bool
) -> Flowable:
    """Number, name and position in columns, however long an agency's name is (as the DOCX's borderless table).
    ``reason_apart``: the note is an absence's reason, set off from the post by a dash."""
    if not people:
        return _body(none, left_indent=1.2 * cm)
    rows = [
        [
            _body(f"{number(index)}."),
            _body(person.name),
            _body(attendee_post(person, reason_apart)),
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


def attendee_post(person: Attendee, reason_apart: bool) -> str:
    """The third column of an attendance row: the post and who chaired (ประธาน / ประธานในที่ประชุม), then "แทน ..."
    for a stand-in, or "— reason" for an absence (a reason run on after the post reads as part of it). Shared with
    the DOCX writer: the one place where both compose a row's post."""
    post = " ".join(t for t in (person.position, person.chair) if t)
    if not person.note:
        return post
    if reason_apart:
        return f"{post} — {person.note}" if post else person.note
    return " ".join(t for t in (post, person.note) if t)


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


class _SignatureBlocks(Flowable):  # type: ignore[misc]  # reportlab has no types
    """The signature blocks one under the other: each dotted line starts at the same place, so the lines align
    whatever the roles' lengths, and the (name) and position are centred under the dots."""

    GAP = 18.0  # room to sign above each dotted line

    def __init__(self, signatures: list[Signature], line_label: str) -> None:
        super().__init__()
        self.signatures = signatures
        self.line_label = line_label

    def _block_height(self) -> float:
        return self.GAP + LEADING * 3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._block_height() * len(self.signatures)
        return availWidth, self.height

    def draw(self) -> None:
        dotted = f"{self.line_label}{DOTS}"
        dotted_width = text_width(dotted, FONT_REGULAR, BODY)
        widest_line = max(text_width(dotted + s.role_label, FONT_REGULAR, BODY) for s in self.signatures)
        # The right half of the column, pulled left as far as the longest role needs to fit.
        start = max(0.0, min(self.width * 0.35, self.width - widest_line))
        centre = start + dotted_width / 2
        y = self.height
        for signature in self.signatures:
            y -= self.GAP + BODY
            draw_text(self.canv, start, y, dotted + signature.role_label, FONT_REGULAR, BODY)
            for text in (f"({signature.name or DOTS})", signature.position):
                y -= LEADING
                if text:
                    half = text_width(text, FONT_REGULAR, BODY) / 2
                    # A long position stays inside the column rather than running past its right edge.
                    x = min(max(centre, half), self.width - half)
                    draw_text(self.canv, x, y, text, FONT_REGULAR, BODY, anchor="centre")
            y -= LEADING - BODY


class _Closing(Flowable):  # type: ignore[misc]  # reportlab has no types
    """The end of the minutes kept on one page: the last paragraphs of the last item (``lead``, up to three, from
    its heading at most), เลิกประชุมเวลา and the signature blocks. When it does not fit, the first lead paragraph is
    split, at least two of its lines going over with the rest: the signatures never stand alone on a page."""

    def __init__(self, lead: list[ThaiParagraph], rest: list[Flowable]) -> None:
        super().__init__()
        self.lead = lead
        self.parts: list[Flowable] = [*lead, *rest]
        self._placed: list[tuple[Flowable, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._placed = []
        height = 0.0
        for index, part in enumerate(self.parts):
            if index:
                height += part.getSpaceBefore()
            _, part_height = part.wrap(availWidth, availHeight)
            self._placed.append((part, height))
            height += part_height
        self.height = height
        return availWidth, height

    def getSpaceBefore(self) -> float:
        return float(self.parts[0].getSpaceBefore())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if availHeight >= _FRAME_HEIGHT - LEADING:
            return list(self.parts)  # taller than a whole page: it cannot be kept together, so it flows
        if not self.lead:
            return []
        first = self.lead[0]
        head_lines = min(int((availHeight + 1e-6) // first.leading), len(first.lines) - 2)
        halves = first.split(availWidth, head_lines * first.leading) if head_lines >= 2 else []
        if not halves:
            return []  # nothing worth leaving behind: the whole closing starts the next page
        head, tail = halves
        return [head, _Closing([tail, *self.lead[1:]], self.parts[len(self.lead) :])]

    def draw(self) -> None:
        for part, top in self._placed:
            part.drawOn(self.canv, 0, self.height - top - part.height)


_FRAME_HEIGHT = A4[1] - MARGINS["top"] - MARGINS["bottom"]


def _story(doc: MinutesDocument) -> list[Flowable]:
    labels = doc.labels
    thai_digits = _thai_digits(doc)

    def number(n: int) -> str:
        return to_thai_digits(str(n)) if thai_digits else str(n)

    story: list[Flowable] = [
        _BalancedTitle(doc.title, FONT_BOLD, BODY + 2, LEADING + 2, align="centre"),
        ThaiParagraph(doc.number_line, FONT_REGULAR, BODY, LEADING, align="centre"),
        ThaiParagraph(doc.date_line, FONT_REGULAR, BODY, LEADING, align="centre"),
        ThaiParagraph(doc.venue_line, FONT_REGULAR, BODY, LEADING, align="centre"),
    ]
    for key, people in (("present", doc.present), ("absent", doc.absent), ("attending", doc.attending)):
        story.append(_heading(labels[key], space_before=8))
        story.append(_attendance(people, labels["none"], number, reason_apart=key == "absent"))
    story.append(_heading(doc.start_line, space_before=8))
    last_item_start = len(story)
    for item in doc.items:
        last_item_start = len(story)
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
            story.append(_LabelledParagraph(labels["resolution"], item.resolution))
        if item.actions:
            story.append(_heading(labels["actions"], left_indent=INDENT))
            for index, action in enumerate(item.actions, start=1):
                story += _action(number(index), action, labels)
    lead: list[ThaiParagraph] = []
    while len(story) > last_item_start and len(lead) < 3 and isinstance(story[-1], ThaiParagraph):
        lead.insert(0, story.pop())
    closing: list[Flowable] = [_heading(doc.end_line, space_before=8), Spacer(1, 12)]
    if doc.signatures:
        closing.append(_SignatureBlocks(doc.signatures, labels["sign"]))
    story.append(_Closing(lead, closing))
    return story


class _OutlinePen:
    """Collects a glyph's outline from HarfBuzz (fontTools' pen protocol) as a reportlab path, in points."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.path = path
        self.x, self.y, self.scale = x, y, scale
        self.current = (0.0, 0.0)

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:
        self.current = self._at(point)
        self.path.moveTo(*self.current)  # type: ignore[attr-defined]

    def lineTo(self, point: tuple[float, float]) -> None:
        self.current = self._at(point)
        self.path.lineTo(*self.current)  # type: ignore[attr-defined]

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), end = (self._at(p) for p in points)
        self.current = end
        self.path.curveTo(x1, y1, x2, y2, *end)  # type: ignore[attr-defined]

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        # HarfBuzz hands one control point and the end; PDF has only cubic curves, which draw a quadratic exactly.
        control, end = self._at(points[0]), self._at(points[1])
        (x0, y0), (qx, qy), (x3, y3) = self.current, control, end
        self.path.curveTo(  # type: ignore[attr-defined]
            x0 + 2 / 3 * (qx - x0),
            y0 + 2 / 3 * (qy - y0),
            x3 + 2 / 3 * (qx - x3),
            y3 + 2 / 3 * (qy - y3),
            x3,
            y3,
        )
        self.current = end

    def closePath(self) -> None:
        self.path.close()  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _bold_face() -> uharfbuzz.Font:
    blob = uharfbuzz.Blob.from_file_path(str(resources_dir() / "fonts" / "Sarabun-Bold.ttf"))
    return uharfbuzz.Font(uharfbuzz.Face(blob))


def _outline_width(text: str, size: float) -> float:
    font = _bold_face()
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer)
    return float(sum(p.x_advance for p in buffer.glyph_positions) * size / font.face.upem)


def _draw_outlined(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """``text`` in Sarabun Bold, shaped by HarfBuzz and filled as glyph outlines centred on ``x``: shapes, not text,
    so no extractor reads it."""
    canvas.drawPath(_outline_path(text, size, x, y), stroke=0, fill=1)


@lru_cache(maxsize=8)
def _outline_path(text: str, size: float, x: float, y: float) -> PDFPathObject:
    """The outlines of ``text`` as a path, made once and drawn on every page (the watermark repeats on each: its
    thousands of curve points are most of a long document's drawing time otherwise)."""
    font = _bold_face()
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer)
    scale = size / font.face.upem
    pen_x = x - _outline_width(text, size) / 2
    path = PDFPathObject()
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        pen = _OutlinePen(path, pen_x + position.x_offset * scale, y + position.y_offset * scale, scale)
        font.draw_glyph_with_pen(info.codepoint, pen)
        pen_x += position.x_advance * scale
    return path


def watermark_lines(recipient: str, width: float, height: float) -> tuple[list[str], float]:
    """The recipient's name as the watermark sets it on a page ``width`` x ``height``: its lines and size.

    Turned 45°, a box w x h covers (w + h) / √2 each way, which must stay inside the page less its margins. A name
    that fits at 44 pt stays there; a longer one shrinks to 30 pt, then breaks between words onto two lines."""
    room = (min(width, height) - 2 * WATERMARK_MARGIN) * math.sqrt(2)

    def fitting(lines: list[str]) -> float:
        widest = max(_outline_width(line, 1.0) for line in lines)
        # ``widest`` em wide; 1.2 em from one baseline to the next and 1.5 em for a line's marks above and below.
        box_height = 1.2 * (len(lines) - 1) + 1.5
        return float(min(WATERMARK, room / (widest + box_height)))

    one = [recipient]
    if fitting(one) >= WATERMARK_SMALLEST:
        return one, fitting(one)
    units = break_units(recipient)
    best = one
    for cut in range(1, len(units)):
        two = ["".join(units[:cut]).strip(), "".join(units[cut:]).strip()]
        if all(two) and (best is one or fitting(two) > fitting(best)):
            best = two
    return best, fitting(best)


def marked_page_canvas(
    classification: str,
    recipient: str,
    page_of: str,
    thai_digits: bool,
    numbering: PageNumbering = "x_of_y",
) -> type[Canvas]:
    """A canvas class that, once the page count is known, marks every page: the classification at top and bottom
    centre, the page number and, for a named recipient, the watermark. ``numbering`` "x_of_y" puts ``page_of``
    ("หน้า {page} / {pages}") at the foot of every page (the annex); "form11" puts ``page_of`` ("- {page} -") centred
    at the top from page 2 (the minutes). Shared by the minutes and the annex."""
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

        def _watermark(self) -> None:
            lines, size = watermark_lines(recipient, width, height)
            self.saveState()
            # An artifact (PDF 32000 14.8.2.2): not part of the document's content for readers and assistive tools.
            self._code.append("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
            self.setFillColor(Color(0.5, 0.5, 0.5, alpha=0.14))
            self.translate(width / 2, height / 2)
            self.rotate(45)
            leading = size * 1.2
            # Lines centred on the page's middle: the first above it, the second below; baselines a third of an em
            # under each line's middle so the letters, not the baselines, sit centred.
            top = (len(lines) - 1) * leading / 2
            for index, line in enumerate(lines):
                _draw_outlined(self, 0, top - index * leading - size / 3, line, size)
            self._code.append("EMC")
            self.restoreState()

        def _decorate(self, page: int, pages: int) -> None:
            if recipient:
                self._watermark()
            if classification:
                self.setFillColor(MARK_RED)
                draw_text(self, width / 2, height - 1.25 * cm, classification, FONT_BOLD, MARK, "centre")
                draw_text(self, width / 2, 0.9 * cm, classification, FONT_BOLD, MARK, "centre")
            self.setFillColor(Color(0, 0, 0))
            text = page_of.format(page=page, pages=pages)
            if thai_digits:
                text = to_thai_digits(text)
            if numbering == "x_of_y":
                draw_text(self, width - MARGINS["right"], 1.4 * cm, text, FONT_REGULAR, SMALL, "right")
            elif page > 1:
                top = height - (1.95 if classification else 1.5) * cm
                draw_text(self, width / 2, top, text, FONT_REGULAR, BODY, "centre")

    return MarkedCanvas


def build_a4(
    path: Path | BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    language: str,
    canvas: type[Canvas],
    author: str = "",
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
        author=author,
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
    canvas = marked_page_canvas(
        doc.classification, doc.recipient, doc.labels["page"], _thai_digits(doc), numbering="form11"
    )
    with words_kept_whole(doc.proper_nouns):
        build_a4(
            path,
            _story(doc),
            title=doc.title,
            language=doc.language,
            canvas=canvas,
            author=doc.labels.get("office", ""),
        )
