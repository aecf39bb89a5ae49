"""How a published statistics table reads, the same in the workbook, the PDF and on screen: the marks of withheld
counts, the words around the tables, and each table as the grid of rows the reader sees with its totals.

A count withheld because it is under five is "<5"; a count withheld so that a small one cannot be worked out from
the totals is "x". A chart draws published counts only: a withheld count has no bar, only its mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import PublishedCell, Suppression
from mdt_desktop.thai.dates import format_date

SMALL_MARK = "<5"
COMPLEMENT_MARK = "x"
REPORT_TITLE = "สถิติการดำเนินงาน (ไม่มีข้อมูลระบุตัวบุคคล)"
ALL_AREAS = "ทุกพื้นที่"
TOTAL = "รวม"
LEGEND = f"{SMALL_MARK} = น้อยกว่า 5 ราย   {COMPLEMENT_MARK} = ปกปิดเพื่อไม่ให้คำนวณย้อนกลับได้"
CHART_NOTE = "แผนภูมิแสดงเฉพาะจำนวนที่เผยแพร่ ช่องที่ปกปิด (<5, x) ไม่มีแท่ง"
MEDIAN_LABEL = "ระยะเวลาตอบการส่งต่อ (มัธยฐาน, วัน)"
MEDIAN_WITHHELD = "ตอบไม่ถึง 5 เรื่อง"
# The tables drawn as charts, in the workbook and the PDF: the ones people compare by eye.
CHARTED_TABLES = ("cases_by_type", "actions_by_agency")
# Okabe–Ito colours, told apart with the common colour blindnesses, for the columns of a stacked bar (actions: on
# time, late, not done, changed, open); a table of one count is drawn in the first blue.
SERIES_COLOURS = ("#009E73", "#E69F00", "#D55E00", "#999999", "#0072B2", "#CC79A7", "#56B4E9", "#F0E442")
ONE_SERIES_COLOUR = "#0072B2"


def mark(cell: PublishedCell) -> str | None:
    """The mark of a withheld cell, or None for a published count."""
    if cell.suppression is Suppression.SMALL:
        return SMALL_MARK
    if cell.suppression is Suppression.COMPLEMENTARY:
        return COMPLEMENT_MARK
    return None


def cell_text(cell: PublishedCell) -> int | str:
    """What a reader sees for a cell: the count as a number, or the mark of why it is withheld."""
    withheld = mark(cell)
    if withheld is not None:
        return withheld
    assert cell.count is not None  # a published cell always has its count
    return cell.count


def period_text(report: StatisticsReport) -> str:
    """ "ช่วงเวลา 1 ม.ค. 2569 – 31 มี.ค. 2569": the period in Buddhist-Era dates."""
    return f"ช่วงเวลา {format_date(report.start, 'short')} – {format_date(report.end, 'short')}"


def area_text(report: StatisticsReport) -> str:
    return f"พื้นที่ {report.area_name or ALL_AREAS}"


def median_text(report: StatisticsReport) -> int | float | str:
    """The median answer time as published: whole days as a whole number, or why there is none."""
    median = report.median_answer_days
    if median is None:
        return MEDIAN_WITHHELD
    return int(median) if median.is_integer() else median


@dataclass(frozen=True)
class GridRow:
    """One row as read: its label, then a cell per column and the row's total where the table has one; None is a
    place left empty (a one-row table's column totals, which would repeat its cells)."""

    label: str
    cells: tuple[PublishedCell | None, ...]


@dataclass(frozen=True)
class Grid:
    """A table as read: the column headers (with "รวม" when rows have totals), the rows, then the totals row."""

    headers: tuple[str, ...]
    rows: tuple[GridRow, ...]
    totals: GridRow


def grid(table: StatisticsTable) -> Grid:
    """``table`` as rows of cells with its totals, as every writer publishes it."""
    published = table.table
    if not table.row_labels:
        # Nothing was counted (no agency was given an action): each column's total is 0.
        return Grid(
            table.column_labels, (), GridRow(TOTAL, tuple(PublishedCell(0) for _ in table.column_labels))
        )
    has_row_totals = published.row_totals is not None
    headers = table.column_labels + ((TOTAL,) if has_row_totals else ())
    rows = tuple(
        GridRow(
            label,
            cells + ((published.row_totals[index],) if published.row_totals is not None else ()),
        )
        for index, (label, cells) in enumerate(zip(table.row_labels, published.cells, strict=True))
    )
    # A one-row table has no column totals (each would be its cell); a lone cell still shows the grand total.
    column_totals: tuple[PublishedCell | None, ...]
    if published.column_totals is not None:
        column_totals = published.column_totals
    elif has_row_totals:
        column_totals = (None,) * len(table.column_labels)
    else:
        column_totals = (published.grand_total,)
    totals = column_totals + ((published.grand_total,) if has_row_totals else ())
    return Grid(headers, rows, GridRow(TOTAL, totals))
