"""The statistics report as an Excel workbook (offices work in Excel): one sheet per table, Thai headers.

Each sheet opens with the report's title, the period in Buddhist-Era dates, the area and what the marks mean; then
the table with its row and column totals (``statistics_marks``: the same marks and grid as the PDF and the screen).
Counts are numbers, so the office can add them up further; a withheld count is the text "<5" or "x". The sheets of
cases by type and of actions per agency carry a bar chart of their table; a chart reads the cells, and a withheld
cell holds text, so it gets no bar, which the legend of the sheet says. A pure writer: the report in, the file's
bytes out.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.exports.statistics_marks import (
    CHART_NOTE,
    CHARTED_TABLES,
    LEGEND,
    MEDIAN_LABEL,
    REPORT_TITLE,
    Grid,
    area_text,
    cell_text,
    grid,
    median_text,
    period_text,
)

SHEET_NAME_LIMIT = 31  # Excel's limit on a sheet name
FIRST_TABLE_ROW = 6
CHART_WIDTH_CM = 16
CHART_HEIGHT_CM = 9
ROW_HEIGHT_CM = 0.5


def render_xlsx(report: StatisticsReport) -> bytes:
    """The workbook's bytes."""
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for table in report.tables:
        sheet = workbook.create_sheet(table.title[:SHEET_NAME_LIMIT])
        layout = grid(table)
        _write_table(sheet, report, table, layout)
        if table.key == "referrals":
            row = sheet.max_row + 2
            sheet.cell(row, 1, MEDIAN_LABEL)
            sheet.cell(row, 2, median_text(report))
        if table.key in CHARTED_TABLES and table.row_labels:
            _add_chart(sheet, table, layout)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_table(sheet: Worksheet, report: StatisticsReport, table: StatisticsTable, layout: Grid) -> None:
    bold = Font(bold=True)
    sheet.cell(1, 1, REPORT_TITLE).font = Font(bold=True, size=14)
    sheet.cell(2, 1, table.title).font = bold
    sheet.cell(3, 1, period_text(report))
    sheet.cell(4, 1, area_text(report))
    # A charted sheet says beside the marks that their cells have no bar.
    sheet.cell(5, 1, f"{LEGEND}   {CHART_NOTE}" if table.key in CHARTED_TABLES else LEGEND)

    header = FIRST_TABLE_ROW
    for column, label in enumerate(layout.headers, start=2):
        sheet.cell(header, column, label).font = bold
    for offset, row in enumerate(layout.rows, start=1):
        sheet.cell(header + offset, 1, row.label)
        for column, cell in enumerate(row.cells, start=2):
            if cell is not None:
                sheet.cell(header + offset, column, cell_text(cell))
    totals_row = header + len(layout.rows) + 1
    sheet.cell(totals_row, 1, layout.totals.label).font = bold
    for column, total in enumerate(layout.totals.cells, start=2):
        if total is not None:
            sheet.cell(totals_row, column, cell_text(total)).font = bold
    sheet.column_dimensions["A"].width = 36
    for column in range(2, len(layout.headers) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 16


def _add_chart(sheet: Worksheet, table: StatisticsTable, layout: Grid) -> None:
    """Bars of the table's cells, totals left out: one bar per row, or a stack of the columns for several."""
    first, last = FIRST_TABLE_ROW + 1, FIRST_TABLE_ROW + len(layout.rows)
    columns = len(table.column_labels)
    chart = BarChart()
    chart.type = "bar"  # horizontal: Thai labels read along the axis, not turned on their side
    chart.title = table.title
    chart.style = 10
    if columns > 1:
        chart.grouping = "stacked"
        chart.overlap = 100
    else:
        chart.legend = None
    data = Reference(sheet, min_col=2, max_col=columns + 1, min_row=FIRST_TABLE_ROW, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    chart.y_axis.title = "จำนวน"
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
    # openpyxl leaves out <c:delete>, which recent Excel reads as an axis not to draw: no labels, no scale.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if chart.legend is not None:
        chart.legend.position = "b"  # under the bars: the width is the bars'
    # Tall enough for a province's agencies to keep their labels apart.
    chart.width, chart.height = (
        CHART_WIDTH_CM,
        max(CHART_HEIGHT_CM, round(ROW_HEIGHT_CM * len(layout.rows)) + 3),
    )
    sheet.add_chart(chart, f"{get_column_letter(len(layout.headers) + 3)}{FIRST_TABLE_ROW}")
