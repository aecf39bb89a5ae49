"""The meeting editor on a 1366×768 laptop and a 1280×720 projector, with the demo's busiest meeting: the window
keeps its size, the minutes show at least 12 lines and the actions at least 4 rows, nothing on screen is cut
off, the splitters come back as they were left, and each autosave says so."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from mdt_desktop.demo import build_demo
from mdt_desktop.domain.codes import AgendaKind
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.widgets.fitting import ElidedLabel
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Body
from tests.gui.fit_support import clipped_texts, shown_lines
from tests.gui.meeting_fixtures import make_team
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

SCREENS = [QSize(1366, 768), QSize(1280, 720)]
LONG_BODY = "คณะทำงานสหสาขาวิชาชีพป้องกันและแก้ไขปัญหาการค้ามนุษย์และคุ้มครองเด็กประจำอำเภอเมืองแม่กลางเหนือ"


def busiest_case_item(database: Database) -> tuple[int, int, int]:
    """(meeting, its case item with the most actions, its matters-arising item): the fullest screen the demo has."""
    best: tuple[int, int, int] | None = None
    most = 0
    for body in meetings.list_bodies_with_meetings(database):
        for summary in meetings.list_meetings(database, body.id, 0, 30):
            view = meetings.load_meeting(database, summary.id)
            items = view.all_items()
            arising = next((item.id for item in items if item.kind is AgendaKind.MATTERS_ARISING), None)
            for item in items:
                if arising is not None and item.cases and len(item.actions) > most:
                    best, most = (summary.id, item.id, arising), len(item.actions)
    assert best is not None and most >= 2
    return best


@pytest.fixture
def context(database: Database, qtbot) -> Iterator[AppContext]:
    tasks = TaskRunner()
    context = AppContext(database=database, tasks=tasks, signals=AppSignals())
    yield context
    tasks.run_and_wait(lambda: None)
    tasks.shutdown()


def wait_idle(qtbot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10000)
    qtbot.wait(20)  # the last results' layouts


def open_in_window(
    qtbot, context: AppContext, size: QSize, meeting_id: int
) -> tuple[MainWindow, MeetingEditor]:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    wait_idle(qtbot, context)
    editor = window.show_page("meetings").open_meeting(meeting_id)  # type: ignore[attr-defined]
    wait_idle(qtbot, context)
    return window, editor


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_busy_meeting_fits_the_screen_with_room_for_the_minutes(qtbot, context, database, size):
    build_demo(database, "small")
    meeting_id, case_item, arising = busiest_case_item(database)
    window, editor = open_in_window(qtbot, context, size, meeting_id)
    editor.select_item(case_item)
    wait_idle(qtbot, context)

    assert window.size() == size
    assert editor.header_folded and not editor.ui.headerGroup.isVisible()
    assert shown_lines(editor.ui.discussionEdit) >= 12
    table = editor.ui.actionsTable
    assert table.viewport().height() / table.rowHeight(0) >= 4
    assert clipped_texts(window) == []

    editor.select_item(arising)  # matters arising: the carried-over table and its history
    wait_idle(qtbot, context)
    assert window.size() == size
    assert editor.ui.carriedTable.isVisible()
    assert clipped_texts(window) == []

    editor.ui.tabs.setCurrentWidget(editor.ui.attendanceTab)
    wait_idle(qtbot, context)
    assert window.size() == size
    assert clipped_texts(window) == []

    editor.ui.tabs.setCurrentWidget(editor.ui.agendaTab)
    qtbot.mouseClick(editor.ui.headerToggleButton, Qt.MouseButton.LeftButton)  # unfold to edit the header
    wait_idle(qtbot, context)
    assert editor.ui.headerGroup.isVisible() and editor.ui.numberSpin.hasFocus()
    assert window.size() == size
    assert clipped_texts(window) == []


def test_title_keeps_the_meeting_number_whole_and_a_new_meeting_opens_unfolded(qtbot, context, database):
    team = make_team(database)
    with database.session() as session:
        body = session.get(Body, team["body"])
        assert body is not None
        body.name_th = LONG_BODY
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 9, 14), venue="ห้องประชุมอำเภอ")
    window, editor = open_in_window(qtbot, context, SCREENS[1], meeting_id)

    title = editor.ui.meetingTitleLabel
    assert title.toolTip() == f"{LONG_BODY} ครั้งที่ 1/2569"
    assert title.is_elided()
    assert title.shown_text().endswith("… ครั้งที่ 1/2569")
    assert not editor.header_folded and editor.ui.headerGroup.isVisible()  # nothing held yet: fill it in
    assert window.size() == SCREENS[1]
    assert clipped_texts(window) == []

    meetings.update_header(database, meeting_id, start_time=dt.time(9, 30), end_time=dt.time(11, 28))
    editor.reload()
    wait_idle(qtbot, context)
    assert editor.ui.headerSummaryLabel.toolTip() == (
        "ครั้งที่ 1/2569 · ประชุมประจำ · 14 ก.ย. 2569 09.30–11.28 น. · ห้องประชุมอำเภอ · ร่าง"
    )
    qtbot.mouseClick(editor.ui.headerToggleButton, Qt.MouseButton.LeftButton)  # fold it by hand
    assert not editor.ui.headerGroup.isVisible()
    assert window.size() == SCREENS[1]


def test_splitters_come_back_as_they_were_left(qtbot, context, database):
    build_demo(database, "small")
    meeting_id, case_item, _arising = busiest_case_item(database)
    window, editor = open_in_window(qtbot, context, SCREENS[0], meeting_id)
    editor.select_item(case_item)
    wait_idle(qtbot, context)
    agenda = editor.ui.agendaSplitter
    agenda.setSizes([400, sum(agenda.sizes()) - 400])
    texts = editor.ui.textsSplitter
    texts.setSizes([300, sum(texts.sizes()) - 300])
    left = (agenda.sizes(), texts.sizes())

    qtbot.mouseClick(editor.ui.backButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    again = window.show_page("meetings").open_meeting(meeting_id)  # type: ignore[attr-defined]
    wait_idle(qtbot, context)
    assert again is not editor
    assert (again.ui.agendaSplitter.sizes(), again.ui.textsSplitter.sizes()) == left


def test_each_autosave_says_when_it_was_saved(qtbot, context, database):
    build_demo(database, "small")
    meeting_id, case_item, _arising = busiest_case_item(database)
    _window, editor = open_in_window(qtbot, context, SCREENS[0], meeting_id)
    editor.select_item(case_item)
    wait_idle(qtbot, context)
    assert editor.ui.savedLabel.text() == ""

    editor.ui.discussionEdit.setFocus()
    editor.ui.discussionEdit.moveCursor(editor.ui.discussionEdit.textCursor().MoveOperation.End)
    type_text(editor.ui.discussionEdit, " ที่ประชุมรับทราบ")
    qtbot.waitUntil(lambda: editor.ui.savedLabel.text() != "", timeout=5000)

    assert re.fullmatch(r"บันทึกแล้ว \d\d\.\d\d น\.", editor.ui.savedLabel.text())
    assert editor.ui.savedLabel.isVisible() and not editor.unsaved_banner.isVisible()
    stored = meetings.load_meeting(database, meeting_id).item(case_item).discussion
    assert stored.endswith(" ที่ประชุมรับทราบ")


def test_the_checker_sees_a_cut_label_button_and_header_but_not_an_elided_label(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    cut = QLabel("ข้อความรักษาความลับที่ประธานอ่านก่อนเริ่มประชุม")
    cut.setObjectName("cut")
    cut.setMinimumWidth(10)
    cut.setMaximumWidth(60)
    elided = ElidedLabel()
    elided.setText("คณะทำงานสหสาขาวิชาชีพประจำอำเภอ ครั้งที่ 15/2569")
    elided.setMaximumWidth(60)
    button = QPushButton("มอบหมายงาน (Ctrl+Enter)")
    button.setObjectName("narrowButton")
    button.setMaximumWidth(40)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["กำหนดแล้วเสร็จ", "ผู้รับผิดชอบ"])
    table = QTableView()
    table.setObjectName("narrowTable")
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 20)
    for widget in (cut, elided, button, table):
        layout.addWidget(widget)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)

    found = clipped_texts(page)
    assert any(line.startswith("label 'cut':") for line in found)
    assert any(line.startswith("button 'narrowButton':") for line in found)
    assert any("'กำหนดแล้วเสร็จ'" in line for line in found)
    assert not any("15/2569" in line for line in found)
    assert len(found) == 3


def test_register_and_cases_show_every_header_and_date_whole_on_a_laptop(qtbot, context, database):
    build_demo(database, "small")
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(SCREENS[0])
    window.show()
    wait_idle(qtbot, context)

    register = window.show_page("register")
    wait_idle(qtbot, context)
    table = register.ui.table  # type: ignore[attr-defined]
    assert table.model().rowCount() > 10
    assert clipped_texts(window) == []
    for tab in range(register.ui.referralsTabs.count()):  # type: ignore[attr-defined]
        register.ui.referralsTabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        wait_idle(qtbot, context)
        assert clipped_texts(window) == []
    model = table.model()
    due = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "กำหนดเสร็จ"
    )
    widest = max(
        table.fontMetrics().horizontalAdvance(model.index(r, due).data()) for r in range(model.rowCount())
    )
    assert table.columnWidth(due) >= widest + 6  # every date whole ("20 พ.ค. 2569", not "20 พ.ค. 25…")

    cases_page = window.show_page("cases")
    wait_idle(qtbot, context)
    assert cases_page.model.rowCount() > 10  # type: ignore[attr-defined]
    assert clipped_texts(window) == []
    assert window.size() == SCREENS[0]
