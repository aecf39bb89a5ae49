"""The secretary's whole job in the main window: hold meeting 1 with attendance, minutes and actions; open
meeting 2 and see the open actions under ระเบียบวาระที่ 3; record progress; find it again with Ctrl+K.

Screenshots of each stage go to /tmp/shots/ for a person to look at (Thai tone marks, nothing cut off).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MeetingStatus
from mdt_desktop.gui import fonts
from mdt_desktop.gui.main_window import MainWindow
from mdt_desktop.gui.meeting_editor import MeetingEditor
from mdt_desktop.gui.meetings_page import MeetingsPage
from mdt_desktop.gui.models.attendance_model import ACK, CATEGORY, NOTE
from mdt_desktop.gui.preferences import Preferences
from mdt_desktop.services import meetings
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

SHOTS = Path("/tmp/shots")
D = dt.date


@pytest.fixture
def sarabun(qapp):
    """The bundled Thai font, as the application sets it, and the previous font back afterwards."""
    previous = QApplication.font()
    fonts.register_fonts()
    fonts.apply_application_font(qapp)
    yield
    QApplication.setFont(previous)


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def new_meeting(qtbot, context, page: MeetingsPage, date_text: str, venue: str) -> MeetingEditor:  # noqa: F811
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.date_edit.line_edit.setFocus()
    dialog.date_edit.line_edit.selectAll()
    type_text(dialog.date_edit.line_edit, date_text)
    dialog.ui.venueEdit.setFocus()
    type_text(dialog.ui.venueEdit, venue)
    qtbot.keyClicks(dialog.ui.startEdit, "9.30")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    wait_idle(qtbot, context)
    assert page.editor is not None
    page.window().activateWindow()
    return page.editor


def assign(qtbot, editor: MeetingEditor, agency: str, task: str, due: str) -> None:
    editor.ui.actionsTable.setFocus()
    qtbot.keyClick(editor.ui.actionsTable, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.action_dialog
    assert dialog is not None
    type_text(dialog.agency_picker.line_edit, agency)
    qtbot.keyClick(dialog.agency_picker.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.taskEdit.hasFocus)
    type_text(dialog.ui.taskEdit, task)
    dialog.due_edit.line_edit.setFocus()
    type_text(dialog.due_edit.line_edit, due)
    qtbot.keyClick(dialog.due_edit.line_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    editor.window().activateWindow()


def item_id(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def test_secretary_holds_two_meetings_follows_up_and_finds_it(qtbot, context, database, sarabun):  # noqa: F811
    make_team(database)
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    wait_idle(qtbot, context)
    assert "ทีมสหวิชาชีพอำเภอแม่สาย" in page.bodies_model.index(0, 0).data()

    # --- meeting 1: attendance, minutes, actions ---------------------------------------------------------------
    first = new_meeting(qtbot, context, page, "15/10/2569", "ห้องประชุมที่ว่าการอำเภอแม่สาย")
    assert first.ui.meetingTitleLabel.text() == "ทีมสหวิชาชีพอำเภอแม่สาย ครั้งที่ 1/2569"
    attendance = first.attendance_model
    assert len(attendance.rows()) == 4
    attendance.setData(attendance.index(2, CATEGORY), AttendanceCategory.ABSENT.value)
    attendance.setData(attendance.index(2, NOTE), "ติดราชการ")
    for row in (0, 1, 3):
        attendance.setData(
            attendance.index(row, ACK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )

    first.select_item(item_id(first, "4"))
    qtbot.mouseClick(first.ui.addSubItemButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    first.ui.titleEdit.selectAll()
    type_text(first.ui.titleEdit, "กรณีแรงงานประมงต่างด้าว MSI-2569-0001")
    first.ui.discussionEdit.setFocus()
    type_text(
        first.ui.discussionEdit,
        "พมจ. รายงานว่าพบแรงงานชาวเมียนมา 3 คนบนเรือประมง ถูกยึดเอกสารประจำตัว ที่ประชุมหารือแนวทางคัดแยกผู้เสียหาย",
    )
    first.ui.resolutionEdit.setFocus()
    type_text(first.ui.resolutionEdit, "ที่ประชุมมีมติให้ดำเนินการคัดแยกผู้เสียหายร่วมกับล่าม และรายงานในการประชุมครั้งต่อไป")
    first.commit_text()
    wait_idle(qtbot, context)
    assign(qtbot, first, "พมจ", "จัดหาล่ามภาษาเมียนมาเพื่อคัดแยกผู้เสียหาย", "31/10/2569")
    wait_idle(qtbot, context)
    assign(qtbot, first, "สภ", "สอบปากคำนายจ้างและตรวจสอบเอกสาร", "15/11/2569")
    wait_idle(qtbot, context)
    assert first.actions_model.rowCount() == 2
    first.ui.statusCombo.setCurrentIndex(first.ui.statusCombo.findData(MeetingStatus.HELD.value))
    first.ui.statusCombo.activated.emit(first.ui.statusCombo.currentIndex())
    wait_idle(qtbot, context)
    shot(window, "meetings-2-editor-item")
    first.ui.tabs.setCurrentWidget(first.ui.attendanceTab)
    shot(window, "meetings-3-attendance")
    first1 = first.meeting_id
    stored = meetings.load_meeting(database, first1)
    assert stored.header.status is MeetingStatus.HELD
    assert stored.attendance[2].reason == "ติดราชการ"
    assert stored.item(item_id(first, "4.1")).actions[0].task.startswith("จัดหาล่าม")

    qtbot.mouseClick(first.ui.backButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert page.editor is None

    # --- meeting 2: the open actions come back under item 3 ----------------------------------------------------
    second = new_meeting(qtbot, context, page, "19 พ.ย. 2569", "ห้องประชุมที่ว่าการอำเภอแม่สาย")
    assert second.ui.meetingTitleLabel.text() == "ทีมสหวิชาชีพอำเภอแม่สาย ครั้งที่ 2/2569"
    second.select_item(item_id(second, "3"))
    assert second.ui.carriedGroup.isVisible()
    assert second.carried_model.rowCount() == 2
    assert second.carried_model.overdue_count() == 2  # both due before 19 Nov
    assert "เกินกำหนด" in second.carried_model.index(0, 3).data()
    second.select_carried_action(second.carried_model.record(0).action.id)
    type_text(second.ui.progressNoteEdit, "จัดหาล่ามได้แล้ว คัดแยกผู้เสียหายเสร็จ 3 คน")
    second.ui.progressStatusCombo.setCurrentIndex(
        second.ui.progressStatusCombo.findData(ActionStatus.DONE.value)
    )
    qtbot.mouseClick(second.ui.recordProgressButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    done = second.carried_model.record(0)
    assert done.action.status is ActionStatus.DONE
    assert "จัดหาล่ามได้แล้ว" in second.carried_model.index(0, 5).data()
    assert "(2/2569)" in second.carried_model.index(0, 5).data()
    second.select_carried_action(done.action.id)
    assert "จัดหาล่ามได้แล้ว" in second.ui.historyView.toPlainText()  # the whole history of the selected action
    shot(window, "meetings-4-matters-arising")

    qtbot.mouseClick(second.ui.backButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    shot(window, "meetings-1-list")
    assert [page.meetings_model.index(r, 0).data() for r in range(page.meetings_model.rowCount())] == [
        "2/2569",
        "1/2569",
    ]

    # --- Ctrl+K finds it again ---------------------------------------------------------------------------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "คัดแยกผู้เสีย")
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() >= 2
    shot(dialog, "meetings-5-search")
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    wait_idle(qtbot, context)
    assert page.editor is not None and page.editor.meeting_id == first1
