"""The chair's screen: it shows nothing of what was planted in the restricted fields, on any item; the chair runs the
meeting from the keyboard and the secretary's editor follows both ways; B blanks it to black at once; and the lock,
by hand or by idle time, leaves nothing of the meeting on it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from mdt_desktop.gui.chair.chair_window import ChairWindow
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.shell.auto_lock import AutoLock
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from tests.chair_fixtures import (
    ARISING_TASK,
    CASE_CODE,
    CASE_RESOLUTION,
    CASE_TITLE,
    PlantedMeeting,
    build_planted_meeting,
    leaks,
)
from tests.conftest import TEST_PASSPHRASE
from tests.gui.chair_steps import is_all_black, run_chair_screen_by_keyboard
from tests.gui.meeting_fixtures import context, wait_idle  # noqa: F401 - fixture
from tests.gui.test_auto_lock import FakeClock, FakeKeys, cover_of, type_passphrase
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)
SHOTS = Path("/tmp/shots")
TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


@pytest.fixture
def ctx(context: AppContext) -> AppContext:  # noqa: F811 - the shared fixture, under a name the tests can take
    return context


@pytest.fixture
def planted(database: Database) -> PlantedMeeting:
    return build_planted_meeting(database)


@pytest.fixture
def chair(qtbot, ctx: AppContext, planted: PlantedMeeting) -> Iterator[ChairWindow]:
    window = ChairWindow(ctx, planted.meeting_id, planted.case_item)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, ctx)
    yield window
    if shiboken6.isValid(window):
        window.close()
    wait_idle(qtbot, ctx)


@pytest.fixture
def main_window(qtbot, ctx: AppContext, planted: PlantedMeeting) -> Iterator[MainWindow]:
    window = MainWindow(ctx, Preferences())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    wait_idle(qtbot, ctx)
    if shiboken6.isValid(window):
        window.hide()
        window.deleteLater()


@pytest.fixture
def editor(qtbot, ctx: AppContext, main_window: MainWindow, planted: PlantedMeeting) -> MeetingEditor:
    editor = main_window.show_page("meetings").open_meeting(planted.meeting_id)
    wait_idle(qtbot, ctx)
    return editor


def _accessible_texts(widget: QWidget) -> list[str]:
    """What a screen reader would read of the rendered window: every accessible node's name, description, value."""
    from PySide6.QtGui import QAccessible

    texts: list[str] = []
    pending = [QAccessible.queryAccessibleInterface(widget)]
    while pending:
        node = pending.pop()
        if node is None or not node.isValid():
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            texts.append(node.text(kind))
        pending.extend(node.child(index) for index in range(node.childCount()))
    return texts


def displayed_text(window: QWidget) -> str:
    """All text the window shows or carries for a person: walking its widget tree (every visible widget's text,
    tooltip, title, accessible name and description, every row of its lists), its actions, and the accessible
    text of the rendered window. There is no OCR: the screenshot is taken so that what is read was painted."""
    window.grab()
    texts = [window.windowTitle(), window.toolTip(), window.accessibleName(), window.accessibleDescription()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts += [
            widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip(),
            widget.whatsThis(), widget.windowTitle(),
        ]  # fmt: skip
        for getter in ("text", "placeholderText", "toPlainText", "currentText", "title"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    found = value()
                except TypeError:  # a getter that needs an argument (a tab's text): not a widget's own text
                    continue
                if isinstance(found, str):
                    texts.append(found)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            for row in range(model.rowCount(root)):
                column = 0  # counted by valid indexes: a list widget's model keeps columnCount private
                while (index := model.index(row, column, root)).isValid():
                    texts += [str(model.data(index, role) or "") for role in TEXT_ROLES]
                    column += 1
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    texts += _accessible_texts(window)
    return "\n".join(texts)


def shot(window: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / name))


# --- what the room sees -------------------------------------------------------------------------------------------


def test_no_planted_marker_shows_on_any_item(qtbot, ctx, chair: ChairWindow, planted) -> None:
    assert chair.view is not None
    shown_items = []
    for item in chair.view.items:
        chair._go_to(item.id)
        wait_idle(qtbot, ctx)
        assert chair.view.current is not None and chair.view.current.id == item.id
        text = displayed_text(chair)
        assert leaks(text, planted) == [], f"item {item.number}"
        shown_items.append(item.number)
    assert shown_items == ["1", "2", "3", "4", "4.1", "5"]


def test_a_case_item_shows_its_title_resolution_code_and_level(
    qtbot, ctx, chair: ChairWindow, planted
) -> None:
    text = displayed_text(chair)
    for expected in (CASE_TITLE, CASE_RESOLUTION, CASE_CODE, "ความเสี่ยงสูง", "พมจ.", "มาประชุม 3/3 คน"):
        assert expected in text
    assert chair.heading_label.text() == f"ระเบียบวาระที่ 4.1  {CASE_TITLE}"
    shot(chair, "chair-case-item.png")


def test_a_marker_put_in_a_title_is_found_so_the_search_can_fail(
    qtbot, ctx, chair, planted, database
) -> None:
    meetings.update_item_text(database, planted.case_item, "title", "QZX99 ติดตามผล")
    planted.markers.append("QZX99")
    ctx.signals.meeting_changed.emit(planted.meeting_id)
    wait_idle(qtbot, ctx)
    assert leaks(displayed_text(chair), planted) == ["QZX99"]


def test_the_resolution_shows_as_typed_with_a_name_masked(qtbot, ctx, chair: ChairWindow, planted) -> None:
    ctx.signals.resolution_typed.emit(planted.case_item, "มอบ พมจ. พา นางสาวมาลี ดีใจ ไปตรวจร่างกาย")
    assert chair.resolution_label.text().startswith("มอบ พมจ. พา ")
    assert "มาลี" not in displayed_text(chair)
    ctx.signals.resolution_typed.emit(planted.matters_arising_item, "ไม่ใช่เรื่องที่อยู่บนจอ")
    assert "ไม่ใช่เรื่องที่อยู่บนจอ" not in displayed_text(chair)


def test_item_3_shows_matters_arising_with_the_overdue_marked(
    qtbot, ctx, chair: ChairWindow, planted
) -> None:
    ctx.signals.current_item_changed.emit(planted.meeting_id, planted.matters_arising_item)
    wait_idle(qtbot, ctx)
    text = displayed_text(chair)
    assert ARISING_TASK in text and "ภายใน 30 ต.ค. 2569  เกินกำหนด" in text
    assert CASE_CODE not in text  # the case of another item is not on the screen
    shot(chair, "chair-matters-arising.png")


def test_what_is_projected_is_kept_for_the_secretary_s_screen(
    qtbot, ctx, chair: ChairWindow, planted
) -> None:
    heard = []
    ctx.signals.projection_changed.connect(lambda: heard.append(ctx.projection))
    assert ctx.projection.showing
    assert (ctx.projection.item_id, ctx.projection.case_ids) == (planted.case_item, {planted.case_id})
    ctx.signals.current_item_changed.emit(planted.meeting_id, planted.matters_arising_item)
    wait_idle(qtbot, ctx)
    assert heard[-1].item_id == planted.matters_arising_item and heard[-1].case_ids == frozenset()
    chair.close()
    assert not ctx.projection.showing and heard[-1] is ctx.projection


# --- the chair's keys ---------------------------------------------------------------------------------------------


def _open_chair(qtbot, ctx, editor: MeetingEditor) -> ChairWindow:
    qtbot.mouseClick(editor.chair_button, Qt.MouseButton.LeftButton)
    chair = editor.window().chair_window
    assert isinstance(chair, ChairWindow) and chair.isVisible()
    chair.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chair)
    wait_idle(qtbot, ctx)
    return chair


def _numbers(editor: MeetingEditor) -> dict[str, int]:
    return {item.number: item.id for item in editor.view.all_items()}


def test_next_and_previous_follow_the_editor_both_ways(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    items = _numbers(editor)
    editor.select_item(items["4.1"])
    chair = _open_chair(qtbot, ctx, editor)
    assert chair.view.current.number == "4.1"  # it opens at the secretary's item

    editor.select_item(items["5"])  # the secretary moves: the chair's screen follows
    wait_idle(qtbot, ctx)
    assert chair.heading_label.text().startswith("ระเบียบวาระที่ 5 ")

    for key, number in ((Qt.Key.Key_PageUp, "4.1"), (Qt.Key.Key_Left, "4"), (Qt.Key.Key_Right, "4.1")):
        qtbot.keyClick(chair, key)
        wait_idle(qtbot, ctx)
        assert chair.view.current.number == number
        assert editor.current_item_id == items[number]  # the editor follows the chair
    qtbot.keyClick(chair, Qt.Key.Key_PageDown)
    qtbot.keyClick(chair, Qt.Key.Key_PageDown)  # past the last item: stays there
    wait_idle(qtbot, ctx)
    assert chair.view.current.number == "5" and editor.current_item_id == items["5"]


def test_two_quick_steps_move_two_items(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    items = _numbers(editor)
    editor.select_item(items["4"])
    chair = _open_chair(qtbot, ctx, editor)
    qtbot.keyClick(chair, Qt.Key.Key_PageDown)
    qtbot.keyClick(chair, Qt.Key.Key_PageDown)  # before the first step's view has arrived
    wait_idle(qtbot, ctx)
    assert chair.view.current.number == "5" and editor.current_item_id == items["5"]


def test_a_adds_an_action_that_appears_in_the_editor(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    editor.select_item(planted.case_item)
    chair = _open_chair(qtbot, ctx, editor)
    qtbot.keyClick(chair, Qt.Key.Key_A)
    form = chair.action_form
    assert form.isVisible() and form.agency_picker.line_edit.hasFocus()
    type_text(form.agency_picker.line_edit, "สภ")
    qtbot.keyClick(form.agency_picker.line_edit, Qt.Key.Key_Return)
    assert form.agency_picker.agencyId() == planted.police and form.task_edit.hasFocus()
    type_text(form.task_edit, "สอบปากคำผู้เสียหายพร้อมล่าม")
    qtbot.keyClick(form.task_edit, Qt.Key.Key_Return)  # no due date yet: refused, the cursor goes there
    assert "วันครบกำหนด" in form.message_label.text() and form.due_edit.line_edit.hasFocus()
    type_text(form.due_edit.line_edit, "28/11/2569")
    qtbot.keyClick(form.due_edit.line_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)

    assert not form.isVisible()
    added = [a for a in editor.view.item(planted.case_item).actions if a.task == "สอบปากคำผู้เสียหายพร้อมล่าม"]
    assert [(a.agency_id, a.due_date) for a in added] == [(planted.police, dt.date(2026, 11, 28))]
    assert "สอบปากคำผู้เสียหายพร้อมล่าม" in displayed_text(chair)
    assert "ภายใน 28 พ.ย. 2569" in displayed_text(chair)


def test_d_marks_the_item_done_and_undone(qtbot, ctx, editor: MeetingEditor, planted, database) -> None:
    editor.select_item(planted.case_item)
    chair = _open_chair(qtbot, ctx, editor)
    qtbot.keyClick(chair, Qt.Key.Key_D)
    wait_idle(qtbot, ctx)
    assert meetings.chair_view(database, planted.meeting_id, planted.case_item).current.concluded
    assert chair.done_label.isVisible() and "พิจารณาเสร็จแล้ว" in chair.done_label.text()
    assert chair.agenda_list.currentItem().text().startswith("✓ 4.1")
    shot(chair, "chair-done.png")
    qtbot.keyClick(chair, Qt.Key.Key_D)
    wait_idle(qtbot, ctx)
    assert not meetings.chair_view(database, planted.meeting_id, planted.case_item).current.concluded
    assert not chair.done_label.isVisible()


def test_b_blanks_to_black_at_once_and_brings_the_item_back(
    qtbot, ctx, editor: MeetingEditor, planted
) -> None:
    editor.select_item(planted.case_item)
    chair = _open_chair(qtbot, ctx, editor)
    assert not is_all_black(chair)
    qtbot.keyClick(chair, Qt.Key.Key_B)
    assert is_all_black(chair)
    assert not ctx.projection.showing  # the case's identity may open on the secretary's screen again
    qtbot.keyClick(chair, Qt.Key.Key_PageDown)  # nothing moves while blanked
    ctx.signals.resolution_typed.emit(planted.case_item, "ที่ประชุมมีมติให้ส่งต่อ")  # the meeting goes on beneath
    ctx.signals.meeting_changed.emit(planted.meeting_id)
    wait_idle(qtbot, ctx)
    assert chair.view.current.id == planted.case_item
    assert is_all_black(chair)
    qtbot.keyClick(chair, Qt.Key.Key_B)
    assert not is_all_black(chair) and CASE_TITLE in displayed_text(chair)
    assert ctx.projection.showing and ctx.projection.case_ids == {planted.case_id}


@pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE, "keyToAscii Unhandled key code")
def test_the_keys_work_on_the_thai_keyboard_layout_too(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    editor.select_item(planted.case_item)
    chair = _open_chair(qtbot, ctx, editor)
    thai_d, thai_b, thai_a = Qt.Key(ord("ก")), Qt.Key(ord("ิ")), Qt.Key(ord("ฟ"))  # where D, B and A are
    qtbot.keyClick(chair, thai_d)
    wait_idle(qtbot, ctx)
    assert chair.done_label.isVisible()
    qtbot.keyClick(chair, thai_b)
    assert is_all_black(chair)
    qtbot.keyClick(chair, thai_b)
    qtbot.keyClick(chair, thai_a)
    assert chair.action_form.isVisible()


def test_the_blank_button_blanks_too(qtbot, ctx, chair: ChairWindow) -> None:
    button = chair.toolbar.widgetForAction(chair.blank_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert is_all_black(chair)


def test_esc_leaves_full_screen(qtbot, ctx, chair: ChairWindow) -> None:
    chair.showFullScreen()
    qtbot.waitUntil(chair.isFullScreen)
    chair.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chair)
    qtbot.keyClick(chair, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chair.isFullScreen())


def test_with_one_screen_it_is_a_window_that_fits_the_screen(qtbot, ctx, editor: MeetingEditor) -> None:
    chair = _open_chair(qtbot, ctx, editor)
    available = chair.screen().availableGeometry()
    assert not chair.isFullScreen()
    assert chair.width() <= min(1280, available.width()) and chair.height() <= min(720, available.height())


def test_the_chair_s_screen_runs_by_keyboard_alone(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    editor.select_item(planted.matters_arising_item)
    chair = run_chair_screen_by_keyboard(qtbot, ctx, editor)
    assert chair.meeting_id == planted.meeting_id


def test_f5_opens_the_chair_s_screen_of_the_open_meeting(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    main_window = editor.window()
    main_window.chair_action.trigger()
    assert isinstance(main_window.chair_window, ChairWindow)
    assert main_window.chair_window.meeting_id == planted.meeting_id
    assert main_window.chair_action.shortcut().toString() == "F5"


def test_f5_without_an_open_meeting_says_to_open_one(qtbot, ctx, main_window: MainWindow) -> None:
    main_window.chair_action.trigger()
    assert main_window.chair_window is None
    assert main_window.statusBar().currentMessage() == "เปิดการประชุมก่อน แล้วจึงเปิดจอประธาน"


# --- the lock -----------------------------------------------------------------------------------------------------


def test_locking_by_idle_time_leaves_nothing_of_the_meeting_on_the_chair_s_screen(qtbot, ctx, editor) -> None:
    main_window = editor.window()
    chair = _open_chair(qtbot, ctx, editor)
    clock = FakeClock()
    lock = AutoLock(ctx, keystore=FakeKeys(), clock=clock)
    lock.start()
    qtbot.waitUntil(lambda: lock.minutes is not None)
    try:
        clock.advance(lock.minutes)
        lock.check_idle()
        assert lock.locked
        assert is_all_black(chair)
        assert chair.windowTitle() == "mdt-desktop — ล็อกอยู่"
        assert (
            not cover_of(chair).holds_form and cover_of(main_window).holds_form
        )  # typed where only one sees
        shot(chair, "chair-locked.png")
        type_passphrase(qtbot, cover_of(main_window), TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: not lock.locked)
        assert not is_all_black(chair) and CASE_TITLE in displayed_text(chair)
    finally:
        lock.stop()
        wait_idle(qtbot, ctx)


def test_locking_by_hand_closes_the_chair_s_screen(qtbot, ctx, editor: MeetingEditor, planted) -> None:
    main_window = editor.window()
    chair = _open_chair(qtbot, ctx, editor)
    assert ctx.projection.showing
    main_window.closing_for_switch = True  # what the application's lock does before it closes the database
    main_window.close()
    wait_idle(qtbot, ctx)
    assert not shiboken6.isValid(chair) or not chair.isVisible()
    assert not ctx.projection.showing
