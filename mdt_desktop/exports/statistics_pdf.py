"""The statistics report as a PDF to send upward: A4, Sarabun through the Thai typesetting the minutes use, each
table with its row and column totals as the workbook publishes them (``statistics_marks``), and bar charts.

The page: the title, the period in Buddhist-Era dates, the area ("ทุกพื้นที่" without one) and what the marks
mean; then every table under its title, numbered pages at the foot. Cases by type and actions per agency are also
drawn as horizontal bars (Thai labels read along the rows, never turned), actions stacked by how they ended.

A chart is drawn from published counts only, so it cannot give away a withheld one: a withheld count has no bar,
only a small dashed box with its mark ("<5" or "x") after the row's published bars, one size whatever the count.
The shapes are a reportlab ``Drawing``; the words on them are drawn by the typesetter, shaped like the text.

A pure writer: the report in, the PDF's bytes out. The report holds labels and counts only, so neither can this.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import PublishedCell
from mdt_desktop.exports.pdf_minutes import MARGINS, build_a4, marked_page_canvas
from mdt_desktop.exports.statistics_marks import (
    ALL_AREAS,
    CHART_NOTE,
    CHARTED_TABLES,
    LEGEND,
    MEDIAN_LABEL,
    ONE_SERIES_COLOUR,
    REPORT_TITLE,
    SERIES_COLOURS,
    grid,
    mark,
    median_text,
)
from mdt_desktop.exports.thai_typesetting import (
    FONT_BOLD,
    FONT_REGULAR,
    ThaiParagraph,
    break_units,
    draw_text,
    register_fonts,
    text_width,
    words_kept_whole,
)
from mdt_desktop.thai.dates import format_date

BODY = 15.0
LEADING = BODY * 1.3
CELL = 13.0  # tables and charts: six numeric columns must fit the column of an A4 page
CELL_LEADING = CELL * 1.25
PAGE_OF = "หน้า {page} / {pages}"
COLUMN_WIDTH = A4[0] - MARGINS["left"] - MARGINS["right"]
COUNT_COLUMN = 1.6 * cm  # at least: "<5" and a four-digit count with room around them
CELL_PADDING = 3.0
ONE_COUNT_LABEL_COLUMN = 9.0 * cm  # a table of one count: its labels have the room
ONE_COUNT_COLUMN = 3.0 * cm
GRID_GREY = Color(0.6, 0.6, 0.6)
HEADER_FILL = Color(0.92, 0.92, 0.92)

BAR_HEIGHT = 12.0
ROW_PITCH = 20.0  # from one bar's row to the next
MARK_BOX = 9.0  # the dashed box of a withheld count: one size, whatever the count was
AXIS_ROOM = 22.0  # under the bars: the scale's numbers
END_ROOM = 70.0  # right of the longest bar: its count and the marks of its withheld parts
SWATCH = 9.0


# --- charts ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartLabel:
    """Words or a number on a chart, drawn shaped: anchored at ``x``, baseline ``y``."""

    x: float
    y: float
    text: str
    anchor: str = "left"  # "left", "centre" or "right"
    colour: Color = black


@dataclass
class Chart:
    """A chart's shapes (bars, boxes, axis) and its words; ``withheld`` lists the marks drawn instead of bars,
    as (row label, column label, mark)."""

    drawing: Drawing
    labels: list[ChartLabel] = field(default_factory=list)
    withheld: list[tuple[str, str, str]] = field(default_factory=list)


def _nice_step(largest: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most five steps up to ``largest``."""
    if largest <= 5:
        return 1
    power = int(10 ** math.floor(math.log10(largest / 5)))
    return next(step * power for step in (1, 2, 5, 10) if largest / (step * power) <= 5)


def _legend_height(table: StatisticsTable, width: float) -> float:
    lines = len(_legend_lines(table.column_labels, width)) if len(table.column_labels) > 1 else 0
    return lines * CELL_LEADING + (6 if lines else 0)


def _fitted(label: str, width: float) -> str:
    """``label`` cut after a word with "…" where it is wider than ``width`` (the table under the chart has it
    whole)."""
    if text_width(label, FONT_REGULAR, CELL) <= width:
        return label
    units = break_units(label)
    while len(units) > 1 and text_width("".join(units) + "…", FONT_REGULAR, CELL) > width:
        units.pop()
    return "".join(units).rstrip() + "…"


def bar_chart(table: StatisticsTable, width: float = COLUMN_WIDTH, rows: range | None = None) -> Chart:
    """``table`` as horizontal bars, one row of the table per bar, its columns stacked in the bar. A published
    count is a bar segment as long as the count; a withheld one a dashed box with its mark after the bar.
    ``rows``: the part of a long table this chart draws (a page's worth), on the scale of the whole table."""
    published = table.table
    shown = rows if rows is not None else range(len(table.row_labels))
    stacked = len(table.column_labels) > 1
    palette = SERIES_COLOURS if stacked else (ONE_SERIES_COLOUR,)
    colours = [HexColor(palette[column % len(palette)]) for column in range(len(table.column_labels))]
    label_width = min(
        max((text_width(label, FONT_REGULAR, CELL) for label in table.row_labels), default=0.0) + 6,
        width * 0.4,
    )
    legend_lines = _legend_lines(table.column_labels, width) if stacked else []
    legend_height = _legend_height(table, width)
    height = legend_height + len(shown) * ROW_PITCH + AXIS_ROOM
    drawing = Drawing(width, height)
    # reportlab starts a drawing in Helvetica, a font the file would name without embedding it; its words are
    # drawn by the typesetter anyway.
    drawing.initialFontName = FONT_REGULAR
    chart = Chart(drawing)

    left, right = label_width, width - END_ROOM
    largest = max((sum(cell.count or 0 for cell in cells) for cells in published.cells), default=0)
    step = _nice_step(largest)
    top_of_scale = max(step, math.ceil(largest / step) * step)
    scale = (right - left) / top_of_scale
    bars_top = height - legend_height

    # The scale: a line down the left of the bars, a tick and number per step under them.
    drawing.add(Line(left, AXIS_ROOM, left, bars_top, strokeColor=GRID_GREY, strokeWidth=0.5))
    for value in range(0, top_of_scale + 1, step):
        x = left + value * scale
        drawing.add(Line(x, AXIS_ROOM - 3, x, AXIS_ROOM, strokeColor=GRID_GREY, strokeWidth=0.5))
        chart.labels.append(ChartLabel(x, AXIS_ROOM - 6 - CELL * 0.8, str(value), "centre"))

    for index, row in enumerate(shown):
        label, cells = table.row_labels[row], published.cells[row]
        y = bars_top - (index + 1) * ROW_PITCH + (ROW_PITCH - BAR_HEIGHT) / 2
        baseline = y + BAR_HEIGHT / 2 - CELL * 0.35
        chart.labels.append(ChartLabel(left - 4, baseline, _fitted(label, label_width - 6), "right"))
        x = left
        for column, cell in enumerate(cells):
            if cell.count:
                length = cell.count * scale
                drawing.add(Rect(x, y, length, BAR_HEIGHT, fillColor=colours[column], strokeColor=None))
                if stacked and length >= text_width(str(cell.count), FONT_REGULAR, CELL) + 4:
                    chart.labels.append(
                        ChartLabel(x + length / 2, baseline, str(cell.count), "centre", white)
                    )
                x += length
        x += 4
        if not stacked and cells[0].count is not None:
            chart.labels.append(ChartLabel(x, baseline, str(cells[0].count)))
        for column, cell in enumerate(cells):
            withheld = mark(cell)
            if withheld is None:
                continue
            box_y = y + (BAR_HEIGHT - MARK_BOX) / 2
            drawing.add(
                Rect(
                    x,
                    box_y,
                    MARK_BOX,
                    MARK_BOX,
                    fillColor=colours[column],
                    fillOpacity=0.35,
                    strokeColor=colours[column],
                    strokeWidth=0.8,
                    strokeDashArray=[2, 1.5],
                )
            )
            chart.labels.append(ChartLabel(x + MARK_BOX + 2, baseline, withheld))
            chart.withheld.append((label, table.column_labels[column], withheld))
            x += MARK_BOX + 4 + text_width(withheld, FONT_REGULAR, CELL) + 6

    for line_index, line in enumerate(legend_lines):
        y = height - (line_index + 1) * CELL_LEADING
        for x, column in line:
            drawing.add(Rect(x, y, SWATCH, SWATCH, fillColor=colours[column], strokeColor=None))
            chart.labels.append(ChartLabel(x + SWATCH + 3, y, table.column_labels[column]))
    return chart


def _legend_lines(labels: Sequence[str], width: float) -> list[list[tuple[float, int]]]:
    """Where each series' swatch goes, as lines of (x, column), wrapped to ``width``."""
    lines: list[list[tuple[float, int]]] = [[]]
    x = 0.0
    for column, label in enumerate(labels):
        item = SWATCH + 3 + text_width(label, FONT_REGULAR, CELL) + 14
        if lines[-1] and x + item > width:
            lines.append([])
            x = 0.0
        lines[-1].append((x, column))
        x += item
    return lines


class _ChartFlowable(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A table's chart in the story: its shapes drawn by reportlab, then its words by the Thai typesetter. A chart
    taller than the room left splits between rows, each part with its legend and scale (the same scale)."""

    MINIMUM_ROWS = 3  # fewer rows at a page's foot move to the next page instead

    def __init__(self, table: StatisticsTable, rows: range | None = None) -> None:
        super().__init__()
        self.table = table
        self.rows = rows if rows is not None else range(len(table.row_labels))
        self.chart = bar_chart(table, COLUMN_WIDTH, self.rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.chart.drawing.width, self.chart.drawing.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - _legend_height(self.table, COLUMN_WIDTH) - AXIS_ROOM
        fit = int(room // ROW_PITCH)
        if fit < self.MINIMUM_ROWS or fit >= len(self.rows):
            return []
        return [_ChartFlowable(self.table, self.rows[:fit]), _ChartFlowable(self.table, self.rows[fit:])]

    def draw(self) -> None:
        renderPDF.draw(self.chart.drawing, self.canv, 0, 0)
        for label in self.chart.labels:
            self.canv.setFillColor(label.colour)
            draw_text(self.canv, label.x, label.y, label.text, FONT_REGULAR, CELL, label.anchor)  # type: ignore[arg-type]
        self.canv.setFillColor(black)


# --- tables ----------------------------------------------------------------------------------------------------


def _cell(cell: PublishedCell | None, bold: bool = False) -> ThaiParagraph:
    text = "" if cell is None else (mark(cell) or str(cell.count))
    return ThaiParagraph(text, FONT_BOLD if bold else FONT_REGULAR, CELL, CELL_LEADING, align="right")


def _words(text: str, bold: bool = False, align: str = "left") -> ThaiParagraph:
    return ThaiParagraph(text, FONT_BOLD if bold else FONT_REGULAR, CELL, CELL_LEADING, align=align)  # type: ignore[arg-type]


def _table(table: StatisticsTable) -> Table:
    layout = grid(table)
    rows: list[list[ThaiParagraph]] = [
        [_words(""), *(_words(header, bold=True, align="right") for header in layout.headers)]
    ]
    rows += [[_words(row.label), *(_cell(cell) for cell in row.cells)] for row in layout.rows]
    rows.append(
        [_words(layout.totals.label, bold=True), *(_cell(cell, bold=True) for cell in layout.totals.cells)]
    )
    if len(layout.headers) == 1:
        widths = [ONE_COUNT_LABEL_COLUMN, ONE_COUNT_COLUMN]
    else:
        # Each count column as wide as the longest word of its header, so a header breaks only between words;
        # the row labels take what is left.
        counts = [
            max(COUNT_COLUMN, max(text_width(word, FONT_BOLD, CELL) for word in break_units(header)) + 1)
            + 2 * CELL_PADDING
            for header in layout.headers
        ]
        widths = [COLUMN_WIDTH - sum(counts), *counts]
    flowable = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1)
    flowable.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),  # not reportlab's Helvetica, never embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (1, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID_GREY),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, GRID_GREY),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, GRID_GREY),
                ("LINEBELOW", (0, 1), (-1, -3), 0.25, HEADER_FILL),
            ]
        )
    )
    return flowable


# --- the document ----------------------------------------------------------------------------------------------


def _paragraph(text: str, **kwargs: object) -> ThaiParagraph:
    return ThaiParagraph(text, FONT_REGULAR, BODY, LEADING, **kwargs)  # type: ignore[arg-type]


def _story(report: StatisticsReport) -> list[Flowable]:
    period = f"ช่วงเวลา {format_date(report.start, 'long')} ถึง {format_date(report.end, 'long')}"
    story: list[Flowable] = [
        ThaiParagraph(REPORT_TITLE, FONT_BOLD, BODY + 3, LEADING + 3, align="centre"),
        _paragraph(period, align="centre"),
        _paragraph(f"พื้นที่ {report.area_name or ALL_AREAS}", align="centre"),
        _paragraph(f"เครื่องหมาย: {LEGEND}", space_before=8),
        _paragraph(CHART_NOTE),
    ]
    for number, table in enumerate(report.tables, start=1):
        story.append(
            ThaiParagraph(
                f"{number}. {table.title}", FONT_BOLD, BODY, LEADING, keep_with_next=True, space_before=12
            )
        )
        if table.key in CHARTED_TABLES and table.row_labels:
            story += [_ChartFlowable(table), Spacer(1, 6)]
        story.append(_table(table))
        if table.key == "referrals":
            story.append(_paragraph(f"{MEDIAN_LABEL}: {median_text(report)}", space_before=6))
    return story


def render_pdf(report: StatisticsReport) -> bytes:
    """The PDF's bytes."""
    register_fonts()
    out = io.BytesIO()
    canvas = marked_page_canvas("", "", PAGE_OF, thai_digits=False, numbering="x_of_y")
    # Agency abbreviations and area names never break across lines.
    names = [report.area_name, *(label for table in report.tables for label in table.row_labels)]
    with words_kept_whole(name for name in names if name):
        build_a4(out, _story(report), title=REPORT_TITLE, language="th", canvas=canvas)
    return out.getvalue()
