"""The statistics page used as a provincial officer would: choose a period and an area, show, read the tables with
their marks, look at the chart, export to Excel and PDF.

The province of ``statistics_fixtures`` gives known counts for 1 Jan – 31 Mar 2569 in ลำปาง: 6 domestic-violence
cases, 1 labour-trafficking case ("<5"), 5 sexual-violence cases (withheld "x" so that the "<5" cannot be worked
out from the total of 12).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.statistics.periods import QuickPeriod, period
from mdt_desktop.gui.statistics.statistics_page import StatisticsPage
from mdt_desktop.services import audit, bodies, exchange
from mdt_desktop.storage.database import Database
from tests.exchange_fixtures import build, close
from tests.gui.fit_support import clipped_texts
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import make_context, save_shot
from tests.statistics_fixtures import PLANTED_NAME, build_province

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def context(database: Database) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def areas(database: Database) -> dict[str, int]:
    return build_province(database)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, areas: dict[str, int]) -> StatisticsPage:
    page = StatisticsPage(context, preferences=Preferences())
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not context.tasks.busy)
    return page


def type_date(qtbot: QtBot, edit: object, text: str) -> None:
    line = edit.line_edit  # type: ignore[attr-defined]
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # as leaving the field, it reads what was typed


def show_first_quarter_of_lampang(qtbot: QtBot, page: StatisticsPage) -> None:
    type_date(qtbot, page.ui.fromDate, "1/1/2569")
    type_date(qtbot, page.ui.toDate, "31/3/2569")
    combo = page.ui.areaChoice
    combo.setCurrentIndex(combo.findText("ลำปาง"))
    with qtbot.waitSignal(page.shown, timeout=10000):
        qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)


def shown_table(page: StatisticsPage) -> dict[str, list[str]]:
    model = page.model
    return {
        model.index(row, 0).data(): [model.index(row, c).data() for c in range(1, model.columnCount())]
        for row in range(model.rowCount())
    }


def test_the_page_shows_the_published_counts_with_their_marks(qtbot: QtBot, page: StatisticsPage) -> None:
    assert [page.ui.areaChoice.itemText(i) for i in range(page.ui.areaChoice.count())] == [
        "ทุกพื้นที่",
        "ลำปาง",
        "    เกาะคา",
        "    เมืองลำปาง",
    ]
    assert not page.ui.exportXlsxButton.isEnabled()  # nothing to export before a report is shown
    assert not page.ui.sourceChoice.isVisible()  # an office without districts sending to it has only its own

    show_first_quarter_of_lampang(qtbot, page)

    assert page.ui.periodChoice.currentText() == "กำหนดเอง"
    assert "ช่วงเวลา 1 ม.ค. 2569 – 31 มี.ค. 2569" in page.ui.summaryLabel.text()
    assert "พื้นที่ ลำปาง" in page.ui.summaryLabel.text()
    titles = [page.ui.tableList.item(row).text() for row in range(page.ui.tableList.count())]
    assert titles[0] == "กรณีตามประเภท" and "งานที่มอบหมายตามหน่วยงาน" in titles
    table = shown_table(page)
    assert table["ความรุนแรงในครอบครัว"] == ["x"]
    assert table["ค้ามนุษย์ - แรงงาน"] == ["<5"]
    assert table["ความรุนแรงทางเพศ"] == ["x"]
    assert table["รวม"] == ["12"]
    small = page.model.index(list(table).index("ค้ามนุษย์ - แรงงาน"), 1)
    assert small.data(Qt.ItemDataRole.ToolTipRole) == "น้อยกว่า 5 ราย จึงไม่แสดงจำนวน"

    # The chart: no bar for a withheld count (here every kind of case counted), only its mark.
    shapes = page.ui.chart.shapes()
    assert [(bar.row, bar.count) for bar in shapes.bars] == []
    assert [(mark.row, mark.text) for mark in shapes.marks] == [
        ("ค้ามนุษย์ - แรงงาน", "<5"),
        ("ความรุนแรงในครอบครัว", "x"),
        ("ความรุนแรงทางเพศ", "x"),
    ]
    QApplication.processEvents()  # the summary's three lines laid out before the picture
    save_shot(page, "stats-page-cases")

    page.ui.tableList.setCurrentRow(titles.index("งานที่มอบหมายตามหน่วยงาน"))
    actions = shown_table(page)
    assert actions["พมจ."] == ["x", "x", "10", "0", "5", "x"]
    assert actions["สภ."] == ["<5", "0", "0", "0", "0", "<5"]
    assert actions["รวม"] == ["x", "x", "10", "0", "5", "26"]
    stacked = page.ui.chart.shapes()
    assert sorted((bar.row, bar.count) for bar in stacked.bars) == [("พมจ.", 5), ("พมจ.", 10)]
    save_shot(page, "stats-page-actions")

    page.ui.tableList.setCurrentRow(titles.index("การส่งต่อ"))
    assert "ระยะเวลาตอบการส่งต่อ (มัธยฐาน, วัน): 4" in page.ui.noteLabel.text()

    shown_text = "\n".join(
        str(page.model.index(r, c).data()) for r in range(page.model.rowCount()) for c in range(2)
    )
    assert PLANTED_NAME not in shown_text and "A-DV-0" not in shown_text


def test_quick_choices_fill_the_dates_and_typed_dates_are_ones_own(
    qtbot: QtBot, page: StatisticsPage
) -> None:
    assert page.ui.periodChoice.currentText() == "ปีงบประมาณนี้"
    page.ui.periodChoice.setCurrentIndex(page.ui.periodChoice.findText("ไตรมาสที่แล้ว"))
    start, end = page.ui.fromDate.date(), page.ui.toDate.date()
    assert start is not None and end is not None
    assert start.day == 1 and start.month in (1, 4, 7, 10)
    assert (end - start).days in range(89, 92)  # three months
    assert end < dt.date.today()
    type_date(qtbot, page.ui.toDate, "15/2/2569")
    assert page.ui.periodChoice.currentText() == "กำหนดเอง"


@pytest.mark.parametrize(
    ("choice", "today", "expected"),
    [
        (QuickPeriod.THIS_FISCAL_YEAR, dt.date(2026, 11, 30), (dt.date(2026, 10, 1), dt.date(2027, 9, 30))),
        (QuickPeriod.THIS_FISCAL_YEAR, dt.date(2026, 9, 30), (dt.date(2025, 10, 1), dt.date(2026, 9, 30))),
        (QuickPeriod.LAST_FISCAL_YEAR, dt.date(2026, 1, 5), (dt.date(2024, 10, 1), dt.date(2025, 9, 30))),
        (QuickPeriod.THIS_QUARTER, dt.date(2026, 11, 30), (dt.date(2026, 10, 1), dt.date(2026, 12, 31))),
        (QuickPeriod.THIS_QUARTER, dt.date(2026, 2, 28), (dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
        (QuickPeriod.LAST_QUARTER, dt.date(2026, 1, 5), (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
        (QuickPeriod.LAST_QUARTER, dt.date(2026, 7, 1), (dt.date(2026, 4, 1), dt.date(2026, 6, 30))),
    ],
)
def test_quick_periods(choice: QuickPeriod, today: dt.date, expected: tuple[dt.date, dt.date]) -> None:
    assert period(choice, today) == expected


def test_a_period_that_ends_before_it_starts_is_not_computed(qtbot: QtBot, page: StatisticsPage) -> None:
    type_date(qtbot, page.ui.fromDate, "1/4/2569")
    type_date(qtbot, page.ui.toDate, "31/3/2569")
    qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด"
    assert page.report is None and page.ui.tableList.count() == 0


def export_through_the_dialog(qtbot: QtBot, page: StatisticsPage, button: object, path: Path) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    dialog = page.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    with qtbot.waitSignal(page.exported, timeout=20000):
        dialog.accept()


def test_the_export_buttons_write_the_report_shown_and_audit_it(
    qtbot: QtBot, page: StatisticsPage, context: AppContext, areas: dict[str, int], tmp_path: Path
) -> None:
    show_first_quarter_of_lampang(qtbot, page)
    workbook_path, pdf_path = tmp_path / "สถิติ.xlsx", tmp_path / "สถิติ"  # the PDF's suffix added by the page

    export_through_the_dialog(qtbot, page, page.ui.exportXlsxButton, workbook_path)
    rows = list(
        load_workbook(io.BytesIO(workbook_path.read_bytes()))["กรณีตามประเภท"].iter_rows(values_only=True)
    )
    assert ("ความรุนแรงทางเพศ", "x") in rows and ("ความรุนแรงในครอบครัว", "x") in rows
    assert page.ui.statusLabel.text() == f"บันทึกแล้วที่ {workbook_path}"

    export_through_the_dialog(qtbot, page, page.ui.exportPdfButton, pdf_path)
    written = tmp_path / "สถิติ.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(written).pages)
    assert "พื้นที่ ลำปาง" in text and "ความรุนแรงในครอบครัว" in text

    entries = [e for e in audit.list_entries(context.database) if e.event == "statistics_exported"]
    assert [(e.object_type, e.object_id, e.detail, e.actor) for e in entries] == [
        ("area", areas["province"], "2026-01-01..2026-03-31 xlsx", "เลขานุการทดสอบ"),
        ("area", areas["province"], "2026-01-01..2026-03-31 pdf", "เลขานุการทดสอบ"),
    ]

    # The same file again: asked first, replaced only when the person says so.
    before = written.read_bytes()
    written.write_bytes(b"old")
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(written)
    box = page.replace_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert written.read_bytes() == b"old"
    with qtbot.waitSignal(page.exported, timeout=20000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert written.read_bytes()[:5] == before[:5] == b"%PDF-"


def test_the_page_fits_a_laptop_screen(qtbot: QtBot, context: AppContext, areas: dict[str, int]) -> None:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("statistics")
    assert isinstance(page, StatisticsPage)
    qtbot.waitUntil(lambda: not context.tasks.busy)
    show_first_quarter_of_lampang(qtbot, page)
    page.ui.tableList.setCurrentRow(page.ui.tableList.count() - 3)  # actions per agency: the widest table
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 768
    assert clipped_texts(page) == []
    window.grab().save("/tmp/shots/stats-window-1366.png")


def test_a_centre_shows_what_a_district_sent(qtbot: QtBot, tmp_path: Path) -> None:
    province = build(tmp_path)
    context = make_context(province.centre)
    try:
        for path in (province.package(province.a, "a.mdtx"), province.package(province.b, "b.mdtx")):
            exchange.import_package_file(province.centre, path, actor="ศูนย์")
        page = StatisticsPage(context, preferences=Preferences())
        qtbot.addWidget(page)
        page.resize(1166, 700)
        page.show()
        page.activate()
        qtbot.waitUntil(lambda: not context.tasks.busy)

        assert page.ui.sourceChoice.isVisible()
        page.ui.sourceChoice.setCurrentIndex(page.ui.sourceChoice.findText("ข้อมูลที่อำเภอส่งมา"))
        assert not page.ui.areaChoice.isEnabled() and page.ui.districtChoice.isEnabled()
        districts = [page.ui.districtChoice.itemText(i) for i in range(page.ui.districtChoice.count())]
        assert districts == ["ทุกอำเภอ", "อำเภอเกาะคา", "อำเภอเมืองลำปาง"]
        type_date(qtbot, page.ui.fromDate, "1/1/2569")
        type_date(qtbot, page.ui.toDate, "31/3/2569")

        with qtbot.waitSignal(page.shown, timeout=10000):
            qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)
        assert "พื้นที่ ทุกอำเภอ" in page.ui.summaryLabel.text()
        both = shown_table(page)  # as the fixture's province, counted in one database
        assert (both["ความรุนแรงในครอบครัว"], both["ความรุนแรงทางเพศ"], both["รวม"]) == (["x"], ["x"], ["12"])

        page.ui.districtChoice.setCurrentIndex(districts.index("อำเภอเกาะคา"))
        with qtbot.waitSignal(page.shown, timeout=10000):
            qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)
        assert "พื้นที่ อำเภอเกาะคา" in page.ui.summaryLabel.text()
        koh_kha = shown_table(page)  # B alone sent its 5 sexual-violence cases: nothing small to withhold
        assert (koh_kha["ความรุนแรงทางเพศ"], koh_kha["ความรุนแรงในครอบครัว"], koh_kha["รวม"]) == (
            ["5"],
            ["0"],
            ["5"],
        )
        QApplication.processEvents()
        save_shot(page, "stats-page-centre")

        export_through_the_dialog(qtbot, page, page.ui.exportPdfButton, tmp_path / "เกาะคา.pdf")
        district = next(d.id for d in exchange.districts(province.centre) if d.name_th == "อำเภอเกาะคา")
        entries = [e for e in audit.list_entries(province.centre) if e.event == "statistics_exported"]
        assert [(e.object_type, e.object_id) for e in entries] == [("district", district)]
    finally:
        context.tasks.shutdown()
        close(province)


def test_an_area_added_since_is_offered_when_the_page_is_shown_again(
    qtbot: QtBot, page: StatisticsPage, context: AppContext, areas: dict[str, int]
) -> None:
    page.ui.areaChoice.setCurrentIndex(page.ui.areaChoice.findText("ลำปาง"))
    bodies.create_area(context.database, bodies.AreaRecord("district", "งาว", parent_id=areas["province"]))
    page.activate()
    qtbot.waitUntil(lambda: not context.tasks.busy)
    assert "    งาว" in [page.ui.areaChoice.itemText(i) for i in range(page.ui.areaChoice.count())]
    assert page.ui.areaChoice.currentText() == "ลำปาง"  # what was chosen stays chosen


def test_an_office_with_nothing_recorded_sees_empty_tables(qtbot: QtBot, database: Database) -> None:
    context = make_context(database)
    try:
        page = StatisticsPage(context, preferences=Preferences())
        qtbot.addWidget(page)
        page.show()
        page.activate()
        qtbot.waitUntil(lambda: not context.tasks.busy)
        with qtbot.waitSignal(page.shown, timeout=10000):
            qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)
        titles = [page.ui.tableList.item(row).text() for row in range(page.ui.tableList.count())]
        page.ui.tableList.setCurrentRow(titles.index("งานที่มอบหมายตามหน่วยงาน"))
        assert shown_table(page) == {"รวม": ["0", "0", "0", "0", "0"]}
        assert page.ui.chart.shapes().bars == []
        page.ui.chart.grab()  # painted without a row to draw
    finally:
        context.tasks.shutdown()
