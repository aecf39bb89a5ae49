"""The centre's page after two districts' packages came in: the figures of the hand-built districts
(``tests.centre_fixtures``), the district and text filters, Ctrl+F, the centre's decision taking an escalation off
the list, the charts, and the page before any district is trusted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import CentreDecisionKind
from mdt_desktop.gui.centre.centre_page import CentrePage, DecisionDialog
from mdt_desktop.gui.centre.charts import ChartKind, ChartWidget, nice_step
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.services import exchange
from mdt_desktop.storage.database import Database
from tests.centre_fixtures import NORTH, SOUTH, Province, build_province, certificate_of, month_back, period
from tests.gui.page_support import click_ok, open_dialog, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.read_only_support import digest, folder_given_back, lock_files, open_read_only, team_with_a_meeting
from tests.register_fixtures import make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

TODAY = dt.date.today()
PAGE_SIZE = (1366 - 200, 768 - 60)  # the main window's page area beside the navigation


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build_province(tmp_path, TODAY)
    for package in (built.north_package, built.south_package):
        exchange.import_package_file(built.centre, package, actor="ศูนย์ฯ")
    yield built
    built.close()


def _context(database: Database) -> Iterator[AppContext]:
    context = make_context(database)
    yield context
    context.tasks.shutdown()


@pytest.fixture
def context(province: Province) -> Iterator[AppContext]:
    yield from _context(province.centre)


def _shown_page(qtbot: QtBot, context: AppContext) -> CentrePage:
    page = CentrePage(context, preferences=Preferences())
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def today_in_thai() -> str:
    """Today as the screen writes a date: day, short Thai month, Buddhist year."""
    months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    today = dt.date.today()
    return f"{today.day} {months[today.month - 1]} {today.year + 543}"


def _cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _background(table: QTableView, row: int, column: int = 0) -> QColor | None:
    brush = table.model().index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_the_page_shows_what_the_two_districts_sent(qtbot: QtBot, context: AppContext) -> None:
    page = _shown_page(qtbot, context)

    assert page.empty_state.isHidden()
    districts = _cells(page.districts_table)
    assert [row[0] for row in districts] == [NORTH, SOUTH]  # by name, as the service orders them
    north, south = districts
    assert north[2:] == ["0", "3", "1", "2", "2/12"]
    assert south[2:] == ["40", "1", "0", "0", "1/12"]
    # South has been silent for more than 35 days: its row stands out; north's does not.
    assert _background(page.districts_table, 1) is not None
    assert _background(page.districts_table, 0) is None

    assert [row[:3] for row in _cells(page.overdue_table)] == [
        [NORTH, "พมจ.", "2"],
        [NORTH, "สภ.", "1"],
        [SOUTH, "พมจ.", "1"],
    ]
    [escalation] = _cells(page.escalations_table)
    assert escalation[:2] == [NORTH, "NTH-2569-0001"]
    assert escalation[5] == "12"
    referrals = _cells(page.referrals_table)
    assert [(row[2], row[3], row[6]) for row in referrals] == [
        ("พมจ.", "สภ.", "เกินกำหนด"),
        ("สภ.", "พมจ.", "รอคำตอบ"),
    ]
    assert _background(page.referrals_table, 0) is not None
    assert _background(page.referrals_table, 1) is None

    # Months across: north's team met one and two months ago, not three months ago (only its operation
    # centre met then, which the plan does not count); the month under way is not judged yet.
    plan = _cells(page.meetings_table)
    header = page.meetings_table.model()
    months = [header.headerData(c, Qt.Orientation.Horizontal) for c in range(header.columnCount())]
    assert len(months) == 13 and months[0] == "อำเภอ"
    north_months = plan[[row[0] for row in plan].index(NORTH)]
    assert north_months[-2] == "1/1" and north_months[-3] == "1/1"
    assert north_months[-4] == "0/1 ✗"
    assert north_months[-1] == "0/1"  # this month, not over yet
    assert [page.tabs.tabText(i) for i in range(5)] == [
        "อำเภอ (2)",
        "งานเกินกำหนด (3)",
        "เรื่องรอศูนย์ฯ ตัดสินใจ (1)",
        "การส่งต่อที่ยังไม่ได้รับคำตอบ (2)",
        "การประชุมตามแผน",
    ]

    assert page.overdue_chart.legend() == [NORTH, SOUTH]
    assert page.overdue_chart.series[NORTH][-1] == 3
    assert page.cases_chart.legend() == ["ความรุนแรงในครอบครัว"]

    for index, name in enumerate(("districts", "overdue", "escalations", "referrals", "meetings", "charts")):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        save_shot(page, f"centre-{name}")
    assert page.width() <= 1366 and page.height() <= 768


def test_the_district_and_text_filters_and_ctrl_f(qtbot: QtBot, context: AppContext) -> None:
    page = _shown_page(qtbot, context)
    page.district_filter.setCurrentIndex(page.district_filter.findText(NORTH))
    wait_idle(qtbot, context)
    assert [row[0] for row in _cells(page.districts_table)] == [NORTH]
    assert {row[0] for row in _cells(page.overdue_table)} == {NORTH}

    page.district_filter.setCurrentIndex(0)  # ทุกอำเภอ
    wait_idle(qtbot, context)
    page.tabs.setCurrentIndex(1)
    page.overdue_table.setFocus()
    qtbot.keyClick(page.overdue_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.text_filter.hasFocus()
    type_text(page.text_filter, "สภ.")
    assert _cells(page.overdue_table) == [[NORTH, "สภ.", "1", _cells(page.overdue_table)[0][3]]]
    assert page.tabs.tabText(1) == "งานเกินกำหนด (1)"
    qtbot.keyClick(page.text_filter, Qt.Key.Key_Escape)
    assert page.text_filter.text() == ""
    assert len(_cells(page.overdue_table)) == 3

    # Enter on a district's row shows that district alone.
    page.tabs.setCurrentIndex(0)
    page.districts_table.setFocus()
    page.districts_table.setCurrentIndex(page.districts_table.model().index(1, 0))  # south, second by name
    qtbot.keyClick(page.districts_table, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    assert page.district_filter.currentText() == SOUTH
    assert [row[0] for row in _cells(page.districts_table)] == [SOUTH]


def test_sorting_by_a_number_column_sorts_numbers(qtbot: QtBot, context: AppContext) -> None:
    page = _shown_page(qtbot, context)
    page.districts_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # days since the last package
    assert [row[2] for row in _cells(page.districts_table)] == ["0", "40"]
    page.overdue_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [row[2] for row in _cells(page.overdue_table)] == ["2", "1", "1"]


def test_the_centre_decision_takes_the_escalation_off_the_list(
    qtbot: QtBot, context: AppContext, province: Province
) -> None:
    page = _shown_page(qtbot, context)
    page.tabs.setCurrentIndex(2)
    assert not page.decide_button.isEnabled()  # nothing chosen yet
    page.escalations_table.selectRow(0)
    assert page.decide_button.isEnabled()
    page.escalations_table.setFocus()
    qtbot.keyClick(page.escalations_table, Qt.Key.Key_Return)  # Enter opens, as the button does
    dialog = open_dialog(page, DecisionDialog)
    assert "NTH-2569-0001" in dialog.findChildren(QLabel)[0].text()
    dialog.decision.setCurrentIndex(dialog.decision.findData(CentreDecisionKind.PROVINCIAL_AGENCY.value))
    type_text(dialog.note, "ส่งต่อ พมจ. ระดับจังหวัดรับไปดำเนินการ")
    save_shot(dialog, "centre-decision-dialog")
    click_ok(qtbot, dialog.buttons)
    wait_idle(qtbot, context)

    assert _cells(page.escalations_table) == []
    assert page.tabs.tabText(2) == "เรื่องรอศูนย์ฯ ตัดสินใจ (0)"
    assert _cells(page.districts_table)[0][4] == "0"  # north: no escalation awaiting any more
    # It is listed under them as the centre's own record: which case, what was decided, by whom, with the note.
    (decided,) = _cells(page.decisions_table)
    assert decided[1] == "NTH-2569-0001"
    assert decided[3:] == [
        "ส่งหน่วยงานระดับจังหวัด",
        today_in_thai(),
        context.user_name,
        "ส่งต่อ พมจ. ระดับจังหวัดรับไปดำเนินการ",
    ]
    # The district's next package does not bring it back: the decision is the centre's own record.
    start, end = period(TODAY)
    again = exchange.export_package(
        province.north,
        certificate_of(province.centre),
        start,
        end,
        province.folder / "again.mdtx",
        actor="ลขน.",
    )
    exchange.import_package_file(province.centre, again.path, actor="ศูนย์ฯ")
    page.reload()
    wait_idle(qtbot, context)
    assert _cells(page.escalations_table) == []


def test_before_any_district_is_trusted_the_page_says_what_to_do(qtbot: QtBot, database: Database) -> None:
    context = make_context(database)
    try:
        page = _shown_page(qtbot, context)
        assert page.empty_state.isVisible()
        assert not page.tabs.isVisible()
        assert "อำเภอที่เชื่อถือ" in page.empty_state.text()
        assert page.import_button.isVisible() and page.trusted_button.isVisible()
        save_shot(page, "centre-empty")
    finally:
        context.tasks.shutdown()


def test_meetings_month_columns_name_the_months(qtbot: QtBot, context: AppContext) -> None:
    page = _shown_page(qtbot, context)
    model = page.meetings_table.model()
    last = model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal)
    thai_months = (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    )
    assert last == f"{thai_months[TODAY.month - 1]} {str(TODAY.year + 543)[-2:]}"
    three_back = month_back(TODAY, 3)
    assert model.headerData(model.columnCount() - 4, Qt.Orientation.Horizontal) == (
        f"{thai_months[three_back.month - 1]} {str(three_back.year + 543)[-2:]}"
    )


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    yield from folder_given_back(tmp_path)


def test_a_read_only_database_shows_but_takes_nothing_in(
    qtbot: QtBot, read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = read_only_folder / "team.mdt"
    team_with_a_meeting(path)
    lock_files(read_only_folder, monkeypatch)
    before = digest(path)
    database = open_read_only(path)
    context = make_context(database)
    try:
        page = _shown_page(qtbot, context)
        assert page.empty_state.isVisible()
        assert not page.import_button.isEnabled()
        assert not page.decide_button.isEnabled()
        trusted = page.open_trusted()
        wait_idle(qtbot, context)
        assert not trusted.add_button.isEnabled() and not trusted.remove_button.isEnabled()
        trusted.close()
    finally:
        context.tasks.shutdown()
        database.close()
    assert digest(path) == before


def test_the_chart_scale_and_the_stacks() -> None:
    assert [nice_step(n) for n in (3, 5, 12, 51, 230)] == [1, 1, 5, 20, 50]
    chart = ChartWidget(ChartKind.STACKED_BARS)
    chart.set_data("กรณี", ("ไตรมาส 1/69", "ไตรมาส 2/69"), {"ก": (2, 5), "ข": (3, 1)})
    assert chart.largest() == 6  # the highest stack, not the highest bar
    lines = ChartWidget(ChartKind.LINES)
    lines.set_data("งาน", ("ม.ค. 69", "ก.พ. 69"), {"ก": (2, 5), "ข": (3, 1)})
    assert lines.largest() == 5
