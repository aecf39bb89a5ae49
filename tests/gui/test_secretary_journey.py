"""The secretary's whole job, typed and clicked: create the encrypted database in the first-run wizard, set
up the team and its members on the bodies page, hold meeting 1 with attendance, minutes and actions; open
meeting 2 and see the open actions under ระเบียบวาระที่ 3; record progress; find it again with Ctrl+K.

Screenshots of each stage go to /tmp/shots/ for a person to look at (Thai tone marks, nothing cut off).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MeetingStatus, MemberRole
from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.meeting.attendance_model import ACK, CATEGORY, NAME, NOTE
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.meeting.meetings_page import MeetingsPage
from mdt_desktop.gui.shell.first_run import PAGE_DATABASE, PAGE_RECOVERY, FirstRunWizard
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.team.bodies_page import BodiesPage, BodyDialog, MemberDialog
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from tests.gui.meeting_fixtures import wait_idle
from tests.gui.page_support import click_ok, open_dialog
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

SHOTS = Path("/tmp/shots")
# QTest.keyClicks aborts on characters outside Latin-1, so the passphrase is ASCII.
PASSPHRASE = "MaeSai-MDT-secretary-2569"
TEAM = "ทีมสหวิชาชีพอำเภอแม่สาย"
# (name, agency as typed, position, role); the meetings are in October and November 2569.
ROSTER = (
    ("นายสมชาย ใจดี", "นายอำเภอ", "นายอำเภอแม่สาย", MemberRole.CHAIR),
    ("นางสาวพัฒนา สังคมดี", "พมจ", "นักพัฒนาสังคมชำนาญการ", MemberRole.MEMBER),
    ("พ.ต.ท. ยุติธรรม รักษ์ไทย", "สภ", "สารวัตรสอบสวน", MemberRole.MEMBER),
    ("นางพยาบาล ใส่ใจ", "ศูนย์พึ่งได้", "พยาบาลวิชาชีพ ศูนย์พึ่งได้", MemberRole.SECRETARY),
)
TERM_FROM = "1/10/2568"


@pytest.fixture
def sarabun(qapp):
    """The bundled Thai font, as the application sets it, and the previous font back afterwards."""
    previous = QApplication.font()
    fonts.register_fonts()
    fonts.apply_application_font(qapp)
    yield
    QApplication.setFont(previous)


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases the test opened, closed at the end (after the runner has stopped: ``tasks`` depends on this)."""
    databases: list[Database] = []
    yield databases
    for database in databases:
        database.close()


@pytest.fixture
def tasks(qtbot: QtBot, opened: list[Database]) -> Iterator[TaskRunner]:
    """The one background runner of the program: the wizard's and then the main window's."""
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)
    runner.shutdown()


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def tick(qtbot: QtBot, checkbox: QAbstractButton) -> None:
    """Click the box itself, as a person does (the middle of a wide checkbox is empty space)."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def first_run(qtbot: QtBot, tasks: TaskRunner, location: Path) -> Database:
    """Click through the first-run wizard as a new secretary does and return the database it creates."""
    wizard = FirstRunWizard(tasks, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)  # Thai
    assert wizard.currentId() == PAGE_DATABASE
    page = wizard.database_page
    page.ui.locationEdit.setFocus()
    page.ui.locationEdit.selectAll()
    type_text(page.ui.locationEdit, str(location))
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(page.ui.passphraseAgainEdit, PASSPHRASE)
    assert not page.ui.mismatchLabel.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=20000)
    recovery = wizard.recovery_page
    assert len(recovery.ui.codeLabel.text().replace("-", "")) == 24
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the code is written down
    shot(wizard, "journey-0-recovery-code")
    tick(qtbot, recovery.ui.writtenDownCheck)
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    database: Database = created.args[0]
    return database


def add_member(
    qtbot: QtBot,
    context: AppContext,
    page: BodiesPage,
    name: str,
    agency: str,
    position: str,
    role: MemberRole,
) -> None:
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, MemberDialog)
    dialog.ui.fullName.setFocus()
    type_text(dialog.ui.fullName, name)
    dialog.ui.agency.line_edit.setFocus()
    type_text(dialog.ui.agency.line_edit, agency)
    # While the list of matches is open the keyboard goes to it: Enter takes the first match.
    popup = dialog.ui.agency.completer.popup()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter chose the agency; it did not close the dialog half filled in
    assert dialog.ui.agency.agencyId() is not None, agency
    dialog.ui.position.setFocus()
    type_text(dialog.ui.position, position)
    dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(role.value))
    # The term starts on the day the seat is added unless typed: the team was appointed a year earlier.
    dialog.ui.termFrom.line_edit.setFocus()
    dialog.ui.termFrom.line_edit.selectAll()
    type_text(dialog.ui.termFrom.line_edit, TERM_FROM)
    if role is MemberRole.SECRETARY:
        shot(dialog, "journey-2-member-dialog")
    with qtbot.waitSignal(context.signals.bodies_changed, timeout=5000):
        qtbot.keyClick(dialog.ui.termFrom.line_edit, Qt.Key.Key_Return)  # Enter reads the date and saves
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    wait_idle(qtbot, context)


def set_up_team(qtbot: QtBot, context: AppContext, window: MainWindow) -> None:
    """Add the team and its four members on the bodies page, as the new database has none."""
    page = window.show_page("bodies")
    assert isinstance(page, BodiesPage)
    wait_idle(qtbot, context)
    assert page.body_list.count() == 0  # a new database has no team yet
    qtbot.mouseClick(page.add_body_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, BodyDialog)
    assert dialog.ui.agendaTemplate.toPlainText().splitlines()[2] == "เรื่องสืบเนื่อง"  # the standard agenda
    dialog.ui.nameTh.setFocus()
    type_text(dialog.ui.nameTh, TEAM)
    qtbot.keyClicks(dialog.ui.code, "MSI")
    dialog.ui.confidentiality.setFocus()
    type_text(dialog.ui.confidentiality, "ข้อมูลกรณีในที่ประชุมนี้เป็นความลับ ห้ามเปิดเผยต่อบุคคลภายนอก")
    shot(dialog, "journey-1-body-dialog")
    with qtbot.waitSignal(context.signals.bodies_changed, timeout=5000):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)
    assert [page.body_list.item(r).text() for r in range(page.body_list.count())] == [TEAM]
    assert page.members_title.text() == f"กรรมการของ {TEAM}"

    for name, agency, position, role in ROSTER:
        add_member(qtbot, context, page, name, agency, position, role)
    members = page.members
    assert [members.index(r, 0).data() for r in range(members.rowCount())] == [r[0] for r in ROSTER]
    assert [members.index(r, 1).data() for r in range(members.rowCount())] == [
        r[3].label("th") for r in ROSTER
    ]
    # The seeded agencies, found by what the secretary typed (an alias, an abbreviation, a Thai name).
    assert [members.index(r, 2).data() for r in range(members.rowCount())] == ["อำเภอ", "พมจ.", "สภ.", "OSCC"]
    assert {members.index(r, 5).data() for r in range(members.rowCount())} == {"1 ต.ค. 2568 – ปัจจุบัน"}
    shot(window, "journey-3-bodies-page")


def new_meeting(qtbot, context: AppContext, page: MeetingsPage, date_text: str, venue: str) -> MeetingEditor:
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
    qtbot.keyClick(dialog.due_edit.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    editor.window().activateWindow()


def item_id(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def test_secretary_holds_two_meetings_follows_up_and_finds_it(qtbot, tasks, opened, tmp_path, sarabun):
    database = first_run(qtbot, tasks, tmp_path / "ทีมสหวิชาชีพแม่สาย.mdt")
    opened.append(database)
    assert database.path == tmp_path / "ทีมสหวิชาชีพแม่สาย.mdt"
    context = AppContext(database=database, tasks=tasks, signals=AppSignals())
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    qtbot.waitExposed(window)
    set_up_team(qtbot, context, window)

    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    wait_idle(qtbot, context)
    assert TEAM in page.bodies_model.index(0, 0).data()

    # --- meeting 1: attendance, minutes, actions ---------------------------------------------------------------
    first = new_meeting(qtbot, context, page, "15/10/2569", "ห้องประชุมที่ว่าการอำเภอแม่สาย")
    assert first.ui.meetingTitleLabel.text() == "ทีมสหวิชาชีพอำเภอแม่สาย ครั้งที่ 1/2569"
    attendance = first.attendance_model
    # Attendance starts from the roster typed on the bodies page, in seating order.
    assert [attendance.index(r, NAME).data() for r in range(attendance.rowCount())] == [r[0] for r in ROSTER]
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
    # The statement typed on the bodies page is what the chair reads out before the meeting starts.
    assert "ห้ามเปิดเผยต่อบุคคลภายนอก" in first.ui.confidentialityLabel.text()
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
