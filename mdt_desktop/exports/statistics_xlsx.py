"""The statistics report as an Excel workbook (offices work in Excel): one sheet per table, Thai headers.

Each sheet opens with the report's title, the period in Buddhist-Era dates, the area and what the marks mean; then
the table with its row and column totals. A count withheld because it is under five is the text "<5"; a count
withheld so that a small one cannot be worked out from the totals is the text "x". Counts are numbers, so the
office can add them up further. A pure writer: the report in, the file's bytes out.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import PublishedCell, Suppression
from mdt_desktop.thai.dates import format_date

SMALL_MARK = "<5"
COMPLEMENT_MARK = "x"
REPORT_TITLE = "สถิติการดำเนินงาน (ไม่มีข้อมูลระบุตัวบุคคล)"
ALL_AREAS = "ทุกพื้นที่"
TOTAL = "รวม"
LEGEND = f"{SMALL_MARK} = น้อยกว่า 5 ราย   {COMPLEMENT_MARK} = ปกปิดเพื่อไม่ให้คำนวณย้อนกลับได้"
MEDIAN_LABEL = "ระยะเวลาตอบการส่งต่อ (มัธยฐาน, วัน)"
MEDIAN_WITHHELD = "ตอบไม่ถึง 5 เรื่อง"
SHEET_NAME_LIMIT = 31  # Excel's limit on a sheet name
FIRST_TABLE_ROW = 6


def cell_text(cell: PublishedCell) -> int | str:
    """What the sheet shows for a cell: the count as a number, or the mark of why it is withheld."""
    if cell.suppression is Suppression.SMALL:
        return SMALL_MARK
    if cell.suppression is Suppression.COMPLEMENTARY:
        return COMPLEMENT_MARK
    assert cell.count is not None  # a published cell always has its count
    return cell.count


def render_xlsx(report: StatisticsReport) -> bytes:
    """The workbook's bytes."""
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for table in report.tables:
        sheet = workbook.create_sheet(table.title[:SHEET_NAME_LIMIT])
        _write_table(sheet, report, table)
        if table.key == "referrals":
            row = sheet.max_row + 2
            sheet.cell(row, 1, MEDIAN_LABEL)
            median = report.median_answer_days
            sheet.cell(row, 2, median if median is not None else MEDIAN_WITHHELD)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_table(sheet: Worksheet, report: StatisticsReport, table: StatisticsTable) -> None:
    bold = Font(bold=True)
    sheet.cell(1, 1, REPORT_TITLE).font = Font(bold=True, size=14)
    sheet.cell(2, 1, table.title).font = bold
    sheet.cell(3, 1, f"ช่วงเวลา {format_date(report.start, 'short')} – {format_date(report.end, 'short')}")
    sheet.cell(4, 1, f"พื้นที่ {report.area_name or ALL_AREAS}")
    sheet.cell(5, 1, LEGEND)

    published = table.table
    header = FIRST_TABLE_ROW
    for column, label in enumerate(table.column_labels, start=2):
        sheet.cell(header, column, label).font = bold
    totals_column = len(table.column_labels) + 2
    if published.row_totals is not None:
        sheet.cell(header, totals_column, TOTAL).font = bold
    for offset, (label, cells) in enumerate(zip(table.row_labels, published.cells, strict=True), start=1):
        sheet.cell(header + offset, 1, label)
        for column, cell in enumerate(cells, start=2):
            sheet.cell(header + offset, column, cell_text(cell))
        if published.row_totals is not None:
            sheet.cell(header + offset, totals_column, cell_text(published.row_totals[offset - 1]))
    totals_row = header + len(table.row_labels) + 1
    sheet.cell(totals_row, 1, TOTAL).font = bold
    # A one-row table has no column totals (each would be its cell); a lone cell still shows the grand total.
    column_totals = published.column_totals
    if column_totals is None and published.row_totals is None:
        column_totals = (published.grand_total,)
    for column, total in enumerate(column_totals or (), start=2):
        sheet.cell(totals_row, column, cell_text(total)).font = bold
    if published.row_totals is not None:
        sheet.cell(totals_row, totals_column, cell_text(published.grand_total)).font = bold
    sheet.column_dimensions["A"].width = 36
    for column in range(2, totals_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 16
