"""A meeting held with the keyboard alone: no mouse, and no call on a widget where a person would press a key.

Every step is a key press delivered to the widget that has the focus, as a keyboard does: create the meeting from
the meetings page, take attendance, write an item (title, discussion, resolution), assign three actions (one taking
the proposed due date, one a quick choice, one a typed date), and report progress on an action carried over from
the previous meeting. Where a step could not be done with keys, the widget was fixed, not the test.

The chair's screen is a window of its own (helper "chair"): its steps — open it, move through the items, blank and
unblank it — go into ``run_the_chairs_screen`` once that window is merged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import ActionStatus, AgendaKind, AttendanceCategory
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.meeting.attendance_model import ACK, CATEGORY, NOTE
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.meeting.meetings_page import MeetingsPage
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from tests.gui.chair_steps import run_chair_screen_by_keyboard
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date
SHOTS = Path("/tmp/shots")
TAB_LIMIT = 80  # more Tab presses than any screen has fields: a field never reached fails the test
PREVIOUS_MEETING = D(2026, 10, 15)
PREVIOUS_TASK = "จัดหาล่ามภาษาเมียนมาเพื่อคัดแยกผู้เสียหาย"
ITEM_TITLE = "กรณีเด็กขอทานตลาดชายแดน MSI-2569-0007"
DISCUSSION = "พมจ. รายงานว่าพบเด็กขอทานสองคนที่ตลาดชายแดน ที่ประชุมหารือการคุ้มครองและการส่งต่อ"
RESOLUTION = "ที่ประชุมมีมติให้จัดหาที่พักปลอดภัยและสอบข้อเท็จจริง"
PROGRESS_NOTE = "จัดหาล่ามได้แล้ว คัดแยกผู้เสียหายเสร็จ"


# --- the keyboard ---------------------------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_in(text: str) -> None:
    """Type into whatever has the focus, character by character (Thai as a Thai keyboard layout delivers it): the
    first key may open an editor in a table, which then has the focus for the rest."""
    for character in text:
        type_text(focused(), character)


def has_focus(widget: QWidget) -> bool:
    current = QApplication.focusWidget()
    return current is not None and (current is widget or widget.isAncestorOf(current))


def tab_to(qtbot: QtBot, widget: QWidget, *, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until ``widget`` has the focus, as a person looking at the screen would."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _press in range(TAB_LIMIT):
        if has_focus(widget):
            return
        press(qtbot, key)
    raise AssertionError(f"{widget.objectName() or type(widget).__name__} cannot be reached with Tab")


def save_shot(widget: QWidget, name: str) -> None:
    """For a person to look at (Thai tone marks, nothing cut off): /tmp/shots/keys-<name>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"keys-{name}.png"))


def window_comes_back(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the window under it is active again. (The offscreen
    platform has no window manager to do it.)"""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# --- the world before the meeting -----------------------------------------------------------------------------------


@pytest.fixture
def previous_meeting(database: Database) -> dict[str, int]:
    """The team, and its previous meeting with an action still open: the new meeting follows it up under item 3."""
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], PREVIOUS_MEETING)
    parent = next(i.id for i in meetings.load_meeting(database, meeting_id).items if i.number == "4")
    item = meetings.add_item(
        database, meeting_id, "กรณีแรงงานประมง", AgendaKind.FOR_CONSIDERATION, parent_id=parent
    )
    action = meetings.add_action(database, meeting_id, item, team["pmj"], PREVIOUS_TASK, D(2026, 10, 31))
    return {**team, "meeting": meeting_id, "action": action}


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:  # noqa: F811 - pytest fixture
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_idle(qtbot, context)
    yield window


# --- the steps ------------------------------------------------------------------------------------------------------


def create_meeting(qtbot: QtBot, context: AppContext, window: MainWindow, day: str) -> MeetingEditor:  # noqa: F811
    page = window.findChild(MeetingsPage)
    assert page is not None and page.isVisible()  # the program opens on the meetings page
    tab_to(qtbot, page.new_button)
    press(qtbot, Qt.Key.Key_Space)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert has_focus(dialog.date_edit)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # today's date is proposed: replace it
    qtbot.keyClicks(focused(), day)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    wait_idle(qtbot, context)
    assert page.editor is not None
    window_comes_back(qtbot, window)
    return page.editor


def take_attendance(qtbot: QtBot, context: AppContext, editor: MeetingEditor) -> None:  # noqa: F811
    """Everyone present acknowledges confidentiality, except the police member, absent on duty (row 3)."""
    ui = editor.ui
    tab_to(qtbot, ui.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)
    assert ui.tabs.currentWidget() is ui.attendanceTab
    tab_to(qtbot, ui.attendanceTable)
    table = ui.attendanceTable
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 0)
    press(qtbot, Qt.Key.Key_End)
    assert table.currentIndex().column() == ACK
    for row in range(4):
        if row != 2:
            press(qtbot, Qt.Key.Key_Space)
        if row < 3:
            press(qtbot, Qt.Key.Key_Down)
        wait_idle(qtbot, context)
    press(qtbot, Qt.Key.Key_Up)
    for _column in range(ACK - CATEGORY):
        press(qtbot, Qt.Key.Key_Left)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, CATEGORY)
    press(qtbot, Qt.Key.Key_F2)  # the list of categories
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    press(qtbot, Qt.Key.Key_Right)
    type_in("ติดราชการ")  # the first key opens the cell's editor
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(2, NOTE).data() == "ติดราชการ")  # the table stores on Enter
    wait_idle(qtbot, context)


def go_to_item(qtbot: QtBot, editor: MeetingEditor, number: str) -> None:
    """Up and Down in the agenda until the item with this number is the one shown."""
    tab_to(qtbot, editor.ui.agendaTree)
    numbers = [item.number for item in editor.view.all_items()] if editor.view else []
    current = editor.current_item()
    assert current is not None and number in numbers
    step = Qt.Key.Key_Down if numbers.index(number) > numbers.index(current.number) else Qt.Key.Key_Up
    for _press in range(len(numbers)):
        current = editor.current_item()
        if current is not None and current.number == number:
            return
        press(qtbot, step)
    raise AssertionError(f"item {number} cannot be reached with the arrow keys")


def write_item(qtbot: QtBot, context: AppContext, editor: MeetingEditor) -> None:  # noqa: F811
    """A sub-item under item 4: its title, what was discussed, the resolution and its measure."""
    ui = editor.ui
    tab_to(qtbot, ui.tabs.tabBar(), backwards=True)
    press(qtbot, Qt.Key.Key_Left)
    assert ui.tabs.currentWidget() is ui.agendaTab
    go_to_item(qtbot, editor, "4")
    tab_to(qtbot, ui.addSubItemButton)
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot, context)
    assert has_focus(ui.titleEdit) and ui.itemHeadingLabel.text() == "4.1 เรื่องย่อย"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(ITEM_TITLE)
    press(qtbot, Qt.Key.Key_Tab)  # the measure, beside the title on screen
    assert has_focus(ui.measureCombo)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in("ยาเสพติด")  # no such measure: refused, the item keeps none
    press(qtbot, Qt.Key.Key_Return)
    assert editor.ui.messageLabel.text().startswith("ไม่พบ “ยาเสพติด”")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in("คุ้มครอง")
    press(qtbot, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    window_comes_back(qtbot, editor.window())  # the offscreen platform leaves the completer's list active
    press(qtbot, Qt.Key.Key_Tab)
    assert has_focus(ui.discussionEdit)
    type_in(DISCUSSION)
    press(qtbot, Qt.Key.Key_Tab)
    assert has_focus(ui.resolutionEdit)
    type_in(RESOLUTION)
    press(qtbot, Qt.Key.Key_Tab)  # leaving the box saves what was typed
    wait_idle(qtbot, context)


def assign_action(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    window: MainWindow,
    agency: str,
    task: str,
    due_keys: list[Qt.Key] | str,
    person: str,
    shot: str = "",
) -> None:
    """Ctrl+Enter, then the fields in the order on screen, each ended by Enter; the last Enter saves.

    ``due_keys`` are the arrow keys that pick a quick choice (none: the proposal), or a date typed over it."""
    editor = window.findChild(MeetingEditor)
    assert editor is not None
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.action_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.proposal is not None)  # read off the GUI thread as the dialog opens
    assert has_focus(dialog.agency_picker)
    type_in(agency)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: has_focus(dialog.ui.taskEdit))
    type_in(task)
    press(qtbot, Qt.Key.Key_Return)
    assert has_focus(dialog.due_edit)
    if isinstance(due_keys, str):
        qtbot.keyClicks(focused(), due_keys)
    else:
        for key in due_keys:
            press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert has_focus(dialog.ui.personEdit), dialog.ui.errorLabel.text()
    type_in(person)
    if shot:
        save_shot(dialog, shot)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    wait_idle(qtbot, context)
    window_comes_back(qtbot, window)


def report_progress(qtbot: QtBot, context: AppContext, editor: MeetingEditor) -> None:  # noqa: F811
    """Under item 3, the action carried over from the last meeting is reported done."""
    ui = editor.ui
    go_to_item(qtbot, editor, "3")
    assert ui.carriedGroup.isVisible()
    tab_to(qtbot, ui.carriedTable)
    assert editor.carried_model.record(ui.carriedTable.currentIndex().row()).action.task == PREVIOUS_TASK
    tab_to(qtbot, ui.progressNoteEdit)
    type_in(PROGRESS_NOTE)
    press(qtbot, Qt.Key.Key_Tab)
    assert has_focus(ui.progressStatusCombo)
    while ui.progressStatusCombo.currentData() != ActionStatus.DONE.value:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert has_focus(ui.recordProgressButton)
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot, context)


def run_the_chairs_screen(qtbot: QtBot, context: AppContext, editor: MeetingEditor) -> None:  # noqa: F811
    """Open the chair's screen (F5), move through the items from it with the editor following, blank and unblank
    it (B) — all with keys — and close it, the secretary's window taking the keyboard back."""
    chair = run_chair_screen_by_keyboard(qtbot, context, editor)
    chair.close()
    assert not context.projection.showing


def test_a_meeting_held_with_the_keyboard_alone(
    qtbot: QtBot,
    context: AppContext,  # noqa: F811
    database: Database,
    previous_meeting: dict[str, int],
    window: MainWindow,
) -> None:
    editor = create_meeting(qtbot, context, window, "19/11/2569")
    assert editor.ui.meetingTitleLabel.text() == "ทีมสหวิชาชีพอำเภอแม่สาย ครั้งที่ 2/2569"
    take_attendance(qtbot, context, editor)
    rows = meetings.load_meeting(database, editor.meeting_id).attendance
    assert [(r.category, r.reason, r.confidentiality_ack) for r in rows] == [
        (AttendanceCategory.PRESENT, "", True),
        (AttendanceCategory.PRESENT, "", True),
        (AttendanceCategory.ABSENT, "ติดราชการ", False),
        (AttendanceCategory.PRESENT, "", True),
    ]

    write_item(qtbot, context, editor)
    stored = meetings.load_meeting(database, editor.meeting_id)
    item = next(i for i in stored.all_items() if i.number == "4.1")
    assert (item.title, item.discussion, item.resolution, item.measure) == (
        ITEM_TITLE,
        DISCUSSION,
        RESOLUTION,
        "protection",
    )

    # The proposal: no later meeting yet, so this meeting's day plus the team's gap so far (35 days).
    assign_action(qtbot, context, window, "พมจ", "จัดหาที่พักปลอดภัยให้เด็ก", [], "นางสาวพัฒนา สังคมดี")
    assign_action(qtbot, context, window, "สภ", "สอบข้อเท็จจริงผู้พาเด็กมาขอทาน", [Qt.Key.Key_Down], "")
    assign_action(
        qtbot,
        context,
        window,
        "OSCC",
        "ตรวจร่างกายเด็ก",
        "15/12/2569",
        "พยาบาลศูนย์พึ่งได้",
        shot="action-dialog-typed",
    )
    actions = meetings.load_meeting(database, editor.meeting_id).item(item.id).actions
    assert [(a.agency_label, a.task, a.due_date, a.responsible_person, a.measure) for a in actions] == [
        ("พมจ.", "จัดหาที่พักปลอดภัยให้เด็ก", D(2026, 12, 24), "นางสาวพัฒนา สังคมดี", "protection"),
        ("สภ.แม่สาย", "สอบข้อเท็จจริงผู้พาเด็กมาขอทาน", D(2026, 11, 26), "", "protection"),
        ("รพ.แม่สาย", "ตรวจร่างกายเด็ก", D(2026, 12, 15), "พยาบาลศูนย์พึ่งได้", "protection"),
    ]
    assert editor.actions_model.rowCount() == 3
    save_shot(window, "editor-three-actions")

    report_progress(qtbot, context, editor)
    carried = meetings.load_meeting(database, editor.meeting_id).carried_over
    assert [(c.action.task, c.action.status) for c in carried] == [(PREVIOUS_TASK, ActionStatus.DONE)]
    assert PROGRESS_NOTE in editor.carried_model.index(0, 5).data()

    run_the_chairs_screen(qtbot, context, editor)
