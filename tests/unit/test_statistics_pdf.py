"""The statistics PDF read back as a reader would (its text, its pages) and its charts' shapes: the counts and marks
the workbook publishes, no withheld count, no name, and no bar for a withheld cell.

The province of ``statistics_fixtures`` gives known counts: 6 domestic-violence cases and 5 sexual-violence cases
(both withheld "x": with one of them alone, "x" + "<5" = 6 would give both away), 1 labour-trafficking case
(shown "<5"), 12 in all; the social-development office (พมจ.) did 5 actions on time and 5 late (both withheld "x",
so that the on-time column's total of 6 over the police's "<5" reads nothing), 10 not done and has 5 open; the
police (สภ.) did 1 on time ("<5").
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Rect

from mdt_desktop.domain.statistics_report import StatisticsReport, StatisticsTable
from mdt_desktop.domain.suppression import suppress
from mdt_desktop.exports.statistics_pdf import Chart, bar_chart, render_pdf
from mdt_desktop.services import statistics
from mdt_desktop.storage.database import Database
from tests.pdf_lines import pdf_lines
from tests.statistics_fixtures import END, PLANTED_NAME, START, build_province

DOMESTIC_VIOLENCE = "ความรุนแรงในครอบครัว"
LABOUR_TRAFFICKING = "ค้ามนุษย์ - แรงงาน"
SEXUAL_VIOLENCE = "ความรุนแรงทางเพศ"


@pytest.fixture
def report(database: Database) -> StatisticsReport:
    areas = build_province(database)
    return statistics.report(database, START, END, areas["province"])


def layout_lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        line.strip()
        for page in reader.pages
        for line in page.extract_text(extraction_mode="layout").splitlines()
        if line.strip()
    ]


def values_after(lines: list[str], label: str) -> list[list[str]]:
    """For each line that starts with ``label`` (the chart's row, then the table's), the words after it."""
    return [line[len(label) :].split() for line in lines if line.startswith(label + " ")]


def test_every_table_shows_its_published_counts_marks_and_totals(report: StatisticsReport) -> None:
    lines = layout_lines(render_pdf(report))

    # Cases by type: once beside its bar in the chart, once in the table.
    assert values_after(lines, DOMESTIC_VIOLENCE) == [["x"], ["x"]]  # never its 6
    assert values_after(lines, LABOUR_TRAFFICKING) == [["<5"], ["<5"]]
    assert values_after(lines, SEXUAL_VIOLENCE) == [["x"], ["x"]]  # never its 5
    assert ["12"] in values_after(lines, "รวม")

    # Actions per agency, the table's row: the five columns then the row's total, as the workbook has them.
    assert ["x", "x", "10", "0", "5", "x"] in values_after(lines, "พมจ.")
    assert ["<5", "0", "0", "0", "0", "<5"] in values_after(lines, "สภ.")
    assert ["x", "x", "10", "0", "5", "26"] in values_after(lines, "รวม")
    # The chart's row of พมจ.: its published segments and the marks of the withheld ones, no 25 or true 5.
    assert ["10", "5", "x", "x"] in values_after(lines, "พมจ.")

    assert "ระยะเวลาตอบการส่งต่อ (มัธยฐาน, วัน): 4" in lines


def test_the_heading_says_what_where_when_and_what_the_marks_mean(report: StatisticsReport) -> None:
    # pdfium reads each word from the text the typesetter marked, so this is the Thai as a reader copies it: tone
    # marks over upper vowels (ไม่, ที่) and beside tall consonants stay in their words.
    text = [line.text for line in pdf_lines(render_pdf(report))]
    assert text[:5] == [
        "สถิติการดำเนินงาน (ไม่มีข้อมูลระบุตัวบุคคล)",
        "ช่วงเวลา 1 มกราคม พ.ศ. 2569 ถึง 31 มีนาคม พ.ศ. 2569",
        "พื้นที่ ลำปาง",
        "เครื่องหมาย: <5 = น้อยกว่า 5 ราย x = ปกปิดเพื่อไม่ให้คำนวณย้อนกลับได้",
        "แผนภูมิแสดงเฉพาะจำนวนที่เผยแพร่ ช่องที่ปกปิด (<5, x) ไม่มีแท่ง",
    ]
    pages = PdfReader(io.BytesIO(render_pdf(report))).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert page.extract_text().strip().endswith(f"หน้า {number} / {len(pages)}")


def test_all_areas_when_the_report_has_none(database: Database) -> None:
    build_province(database)
    text = [line.text for line in pdf_lines(render_pdf(statistics.report(database, START, END)))]
    assert "พื้นที่ ทุกพื้นที่" in text


def test_the_pdf_names_no_one(database: Database) -> None:
    build_province(database)
    pdf = render_pdf(statistics.report(database, START, END))
    text = "\n".join(layout_lines(pdf)) + "\n".join(line.text for line in pdf_lines(pdf))
    assert PLANTED_NAME not in text
    assert "A-DV-0" not in text and "A-TL-0" not in text and "B-SV-0" not in text


# --- charts --------------------------------------------------------------------------------------------------


def bars_in_row(chart: Chart, row_label: str) -> list[Rect]:
    """The solid bars (not the dashed boxes of withheld counts) on the row of ``row_label``."""
    baseline = next(label.y for label in chart.labels if label.text == row_label)
    return [
        shape
        for shape in chart.drawing.contents
        if isinstance(shape, Rect)
        and not shape.strokeDashArray
        and shape.y <= baseline + 4 <= shape.y + shape.height
    ]


def boxes_in_row(chart: Chart, row_label: str) -> list[Rect]:
    baseline = next(label.y for label in chart.labels if label.text == row_label)
    return [
        shape
        for shape in chart.drawing.contents
        if isinstance(shape, Rect)
        and shape.strokeDashArray
        and shape.y <= baseline + 4 <= shape.y + shape.height
    ]


def test_a_withheld_count_has_a_mark_and_no_bar() -> None:
    # 40 published; 3 shown "<5"; 6 withheld "x" beside it (the total 49 leaves them 9 together: "x" from 5 to 8).
    table = StatisticsTable(
        "cases_by_type", "กรณีตามประเภท", ("ก", "ข", "ค", "ง"), ("จำนวน",), suppress([[40], [3], [6], [0]])
    )
    chart = bar_chart(table)
    (forty,) = bars_in_row(chart, "ก")
    assert bars_in_row(chart, "ค") == []  # 6, withheld: no bar of 6/40 of the one above
    assert bars_in_row(chart, "ข") == []
    (box,) = boxes_in_row(chart, "ค")
    (small_box,) = boxes_in_row(chart, "ข")
    assert box.width == small_box.width < forty.width / 40  # one size whatever was withheld, under one count
    assert chart.withheld == [("ข", "จำนวน", "<5"), ("ค", "จำนวน", "x")]
    assert [label.text for label in chart.labels if label.text in ("<5", "x")] == ["<5", "x"]


def test_a_stacked_bar_holds_only_the_published_segments(report: StatisticsReport) -> None:
    chart = bar_chart(report.table("actions_by_agency"))
    segments = sorted(bars_in_row(chart, "พมจ."), key=lambda rect: rect.x)
    not_done, still_open = segments  # the 5 on time and 5 late are withheld: no segment for them
    assert not_done.width == pytest.approx(2 * still_open.width)
    assert still_open.x == pytest.approx(not_done.x + not_done.width)  # published counts follow each other
    assert bars_in_row(chart, "สภ.") == []
    assert len(boxes_in_row(chart, "พมจ.")) == 2 and len(boxes_in_row(chart, "สภ.")) == 1
    assert chart.withheld == [
        ("พมจ.", "เสร็จตามกำหนด", "x"),
        ("พมจ.", "เสร็จล่าช้า", "x"),
        ("สภ.", "เสร็จตามกำหนด", "<5"),
    ]


def test_bars_are_as_long_as_their_counts_on_one_scale() -> None:
    table = StatisticsTable(
        "cases_by_type", "กรณีตามประเภท", ("ก", "ข", "ค", "ง"), ("จำนวน",), suppress([[40], [20], [10], [0]])
    )
    chart = bar_chart(table)
    (forty,), (twenty,), (ten,) = (bars_in_row(chart, label) for label in ("ก", "ข", "ค"))
    assert forty.width == pytest.approx(2 * twenty.width) == pytest.approx(4 * ten.width)
    assert bars_in_row(chart, "ง") == [] and boxes_in_row(chart, "ง") == []  # nothing to draw for none


def test_a_report_with_no_rows_still_renders() -> None:
    empty = StatisticsTable(
        "actions_by_agency", "งานที่มอบหมายตามหน่วยงาน", (), ("เสร็จตามกำหนด", "เสร็จล่าช้า"), suppress([])
    )
    report = StatisticsReport(dt.date(2025, 10, 1), dt.date(2026, 9, 30), "", (empty,), None)
    lines = layout_lines(render_pdf(report))
    assert "1. งานที่มอบหมายตามหน่วยงาน" in lines


def test_a_chart_longer_than_a_page_goes_on_over_the_next_pages() -> None:
    agencies = tuple(f"หน่วยงานที่ {n:02d}" for n in range(1, 81))
    counts = [[5 + n % 7, 6, 0, 0, 5] for n in range(80)]
    table = StatisticsTable(
        "actions_by_agency",
        "งานที่มอบหมายตามหน่วยงาน",
        agencies,
        ("เสร็จตามกำหนด", "เสร็จล่าช้า", "ไม่ได้ดำเนินการ", "สถานการณ์เปลี่ยน", "ยังดำเนินการอยู่"),
        suppress(counts),
    )
    report = StatisticsReport(dt.date(2025, 10, 1), dt.date(2026, 9, 30), "", (table,), None)
    pdf = render_pdf(report)
    lines = layout_lines(pdf)
    # Every agency once beside its bar and once in the table: the first did 5 on time, 6 late, 5 still open.
    assert all(len(values_after(lines, agency)) == 2 for agency in agencies)
    assert values_after(lines, "หน่วยงานที่ 01") == [["5", "6", "5"], ["5", "6", "0", "0", "5", "16"]]
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4


def test_every_font_the_pdf_names_is_embedded(report: StatisticsReport) -> None:
    fonts = {}
    for page in PdfReader(io.BytesIO(render_pdf(report))).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert sorted(name.split("+")[-1] for name in fonts) == ["Sarabun-Bold", "Sarabun-Regular"]
    assert all(fonts.values()), fonts
