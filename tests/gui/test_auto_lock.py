"""The automatic lock: after the office's minutes without input every window is covered, nothing beneath takes
input, and only the passphrase (or the key remembered in the keyring) uncovers them, with everything typed before
still there. Idle time runs on a fake clock, so no test waits minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.shell.auto_lock import AutoLock, LockCover
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import meetings, settings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)
SHOTS = Path("/tmp/shots")
TYPED_MINUTES = "ที่ประชุมมอบ พมจ. ประสานล่ามภาษาพม่า"
TYPED_IN_DIALOG = "หมายเหตุที่ยังไม่ได้บันทึก"
TITLE = "mdt-desktop — test.mdt"


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


class FakeKeys:
    """A keyring holding what the test puts in it."""

    def __init__(self, keys: dict[str, bytes] | None = None) -> None:
        self.keys = dict(keys or {})

    def available(self) -> bool:
        return True

    def recall(self, database_id: str) -> bytes | None:
        return self.keys.get(database_id)

    def remember(self, database_id: str, key: bytes) -> None:
        self.keys[database_id] = key

    def forget(self, database_id: str) -> None:
        self.keys.pop(database_id, None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keystore() -> FakeKeys:
    return FakeKeys()


@pytest.fixture
def window(qtbot, context: AppContext, database: Database) -> Iterator[MainWindow]:  # noqa: F811 - fixture
    make_team(database)
    window = MainWindow(context, Preferences())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Not left to qtbot, which deletes its widgets before the fixtures end: the lock is stopped and the pages'
    # loads have called back before the window goes.
    wait_idle(qtbot, context)
    window.hide()
    window.deleteLater()


@pytest.fixture
def auto_lock(qtbot, context: AppContext, window: MainWindow, clock: FakeClock, keystore: FakeKeys):  # noqa: F811
    lock = AutoLock(context, keystore=keystore, clock=clock)
    lock.start()
    qtbot.waitUntil(lambda: lock.minutes is not None)
    yield lock
    lock.stop()
    wait_idle(qtbot, context)


@pytest.fixture
def editor(qtbot, context: AppContext, database: Database, window: MainWindow) -> Iterator[MeetingEditor]:  # noqa: F811
    body_id = make_team(database)["body"]
    meeting_id = meetings.create_meeting(database, body_id, dt.date(2026, 11, 21), venue="ห้องประชุมอำเภอแม่สาย")
    editor = window.show_page("meetings").open_meeting(meeting_id)
    wait_idle(qtbot, context)
    item = next(item for item in editor.view.all_items() if item.number == "4")
    editor.select_item(item.id)
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, TYPED_MINUTES)
    yield editor
    editor.commit_text()  # the typed text is stored now, not by a timer after the window is gone
    wait_idle(qtbot, context)


@pytest.fixture
def modal_dialog(qtbot, window: MainWindow) -> Iterator[tuple[QDialog, QLineEdit]]:
    """A modal dialog with typed content, open when the program locks (as a dialog in exec() would be)."""
    dialog = QDialog(window)
    dialog.setWindowTitle("บันทึกหมายเหตุ")
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.resize(480, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(field, TYPED_IN_DIALOG)
    yield dialog, field
    dialog.done(QDialog.DialogCode.Rejected)


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def go_idle(auto_lock: AutoLock, clock: FakeClock) -> None:
    assert auto_lock.minutes == settings.DEFAULT_AUTO_LOCK_MINUTES
    clock.advance(auto_lock.minutes)
    auto_lock.check_idle()


def cover_of(window: QWidget) -> LockCover:
    covers = [cover for cover in window.findChildren(LockCover) if cover.parentWidget() is window]
    assert len(covers) == 1
    return covers[0]


def visible_covers(window: QWidget) -> list[LockCover]:
    return [cover for cover in window.findChildren(LockCover) if cover.isVisible()]


def type_passphrase(qtbot, cover: LockCover, passphrase: str) -> None:
    assert cover.passphrase_edit.isVisible()
    type_text(cover.passphrase_edit, passphrase)
    qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)


def test_after_the_idle_minutes_every_window_is_covered_and_titled_neutrally(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, modal_dialog
) -> None:
    dialog, _field = modal_dialog
    search = window.open_search()  # a non-modal window is covered too
    qtbot.waitExposed(search)
    assert window.windowTitle() == TITLE

    go_idle(auto_lock, clock)

    assert auto_lock.locked
    for shown in (window, dialog, search):
        cover = cover_of(shown)
        assert cover.isVisible()
        assert cover.geometry() == shown.rect()
        assert cover.autoFillBackground()
        assert shown.windowTitle() == "mdt-desktop — ล็อกอยู่"
    assert dialog.isVisible()  # covered, not hidden: hiding would end a dialog's exec()
    # The form is where the person can type: on the modal dialog, which Qt lets take input.
    assert cover_of(dialog).passphrase_edit.isVisible()
    assert not cover_of(window).passphrase_edit.isVisible()
    assert cover_of(window).go_button.isVisible()
    assert QApplication.focusWidget() is cover_of(dialog).passphrase_edit

    shot(window, "auto_lock_beneath_a_dialog.png")
    window.resize(1000, 700)  # the cover follows the window
    assert cover_of(window).geometry() == window.rect()


def test_the_locked_main_window_looks_locked(qtbot, window: MainWindow, auto_lock: AutoLock, editor) -> None:
    auto_lock.lock_now()
    cover = cover_of(window)
    assert cover.passphrase_edit.isVisible() and cover.unlock_button.text() == "ปลดล็อก"
    assert "พิมพ์รหัสผ่าน" in cover.explanation.text()
    shot(window, "auto_lock_main_window.png")
    # Nothing of the minutes typed beneath shows through: the grab is the cover alone.
    assert window.grab().toImage() == cover.grab().toImage()


def test_keys_typed_to_an_editor_under_the_cover_change_nothing(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, editor: MeetingEditor
) -> None:
    assert editor.ui.discussionEdit.toPlainText() == TYPED_MINUTES
    go_idle(auto_lock, clock)

    type_text(editor.ui.discussionEdit, " และลบทิ้ง")
    qtbot.keyClicks(editor.ui.discussionEdit, " deleted")
    qtbot.keyClick(editor.ui.discussionEdit, Qt.Key.Key_Backspace)
    qtbot.mouseDClick(editor.ui.discussionEdit.viewport(), Qt.MouseButton.LeftButton)

    assert editor.ui.discussionEdit.toPlainText() == TYPED_MINUTES


def test_a_shortcut_of_the_main_window_does_nothing_while_locked(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock
) -> None:
    go_idle(auto_lock, clock)
    qtbot.keyClick(cover_of(window).passphrase_edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window._search_dialog is None or not window._search_dialog.isVisible()

    type_passphrase(qtbot, cover_of(window), TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not auto_lock.locked)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # the same keys, unlocked
    assert window._search_dialog is not None and window._search_dialog.isVisible()


def test_keys_on_the_form_stay_on_the_form(
    qtbot, window: MainWindow, auto_lock: AutoLock, modal_dialog
) -> None:
    dialog, field = modal_dialog
    auto_lock.lock_now()
    cover = cover_of(dialog)
    for _press in range(3):  # Tab goes round the form, never to the dialog's field beneath
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in (cover.passphrase_edit, cover.unlock_button)
    cover.passphrase_edit.setFocus()
    qtbot.keyClick(cover.passphrase_edit, Qt.Key.Key_Escape)  # would reject the dialog beneath
    qtbot.keyClick(cover.passphrase_edit, Qt.Key.Key_Return)  # would press its default button
    assert dialog.isVisible() and dialog.result() == 0
    assert field.text() == TYPED_IN_DIALOG and auto_lock.locked


def test_the_window_managers_close_does_not_close_a_locked_window(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock
) -> None:
    other = QDialog(window)
    other.resize(300, 200)
    other.show()
    qtbot.waitExposed(other)
    go_idle(auto_lock, clock)

    window.windowHandle().close()  # what the title bar's close button and Alt+F4 do
    other.windowHandle().close()

    assert window.isVisible() and other.isVisible()
    auto_lock.stop()
    other.windowHandle().close()  # the same request, unlocked, closes it
    assert not other.isVisible()


def test_a_wrong_passphrase_keeps_it_locked_with_the_message(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, database: Database
) -> None:
    go_idle(auto_lock, clock)
    cover = cover_of(window)
    type_passphrase(qtbot, cover, "ไม่ใช่รหัสนี้แน่นอน")

    qtbot.waitUntil(cover.error_label.isVisible)
    assert cover.error_label.text() == StorageError(StorageProblem.WRONG_SECRET, database.path).message("th")
    assert cover.passphrase_edit.text() == ""
    assert auto_lock.locked and cover.isVisible()
    assert window.windowTitle() != TITLE
    # The growing wait after a wrong passphrase, counted down on the button as the unlock window does.
    assert not cover.unlock_button.isEnabled()
    assert "รออีก" in cover.unlock_button.text()
    shot(window, "auto_lock_wrong_passphrase.png")


def test_the_right_passphrase_uncovers_everything_with_what_was_typed_still_there(
    qtbot,
    window: MainWindow,
    auto_lock: AutoLock,
    clock: FakeClock,
    editor: MeetingEditor,
    modal_dialog,
) -> None:
    dialog, field = modal_dialog
    locks: list[bool] = []
    auto_lock.locked_changed.connect(locks.append)
    go_idle(auto_lock, clock)
    type_text(field, "ทับ")  # the dialog beneath takes nothing either
    assert field.text() == TYPED_IN_DIALOG

    type_passphrase(qtbot, cover_of(dialog), TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not auto_lock.locked)

    assert locks == [True, False]
    assert visible_covers(window) == [] and visible_covers(dialog) == []
    assert window.windowTitle() == TITLE
    assert dialog.windowTitle() == "บันทึกหมายเหตุ"
    assert dialog.isVisible() and dialog.result() == 0
    assert field.text() == TYPED_IN_DIALOG
    assert dialog.focusWidget() is field and window.focusWidget() is editor.ui.discussionEdit  # focus back
    assert editor.ui.discussionEdit.toPlainText() == TYPED_MINUTES
    type_text(field, " ต่อ")  # typing works again where it was
    assert field.text() == TYPED_IN_DIALOG + " ต่อ"


def test_input_before_the_timeout_keeps_it_unlocked(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, editor: MeetingEditor
) -> None:
    clock.advance(9)
    qtbot.keyClicks(editor.ui.discussionEdit, " ")
    clock.advance(9)
    auto_lock.check_idle()
    assert not auto_lock.locked and visible_covers(window) == []

    qtbot.mouseMove(window, QPoint(300, 300))
    qtbot.mouseMove(window, QPoint(320, 310))  # the pointer really moved
    clock.advance(9)
    auto_lock.check_idle()
    assert not auto_lock.locked

    clock.advance(1)
    auto_lock.check_idle()
    assert auto_lock.locked


def test_zero_minutes_never_locks_and_a_new_setting_applies_at_once(
    qtbot,
    window: MainWindow,
    auto_lock: AutoLock,
    clock: FakeClock,
    context: AppContext,  # noqa: F811 - fixture
    database: Database,
) -> None:
    settings.save_auto_lock_minutes(database, 0, "test")
    context.signals.settings_changed.emit()
    qtbot.waitUntil(lambda: auto_lock.minutes == 0)
    clock.advance(24 * 60)
    auto_lock.check_idle()
    assert not auto_lock.locked and visible_covers(window) == []

    settings.save_auto_lock_minutes(database, 2, "test")
    context.signals.settings_changed.emit()
    qtbot.waitUntil(lambda: auto_lock.minutes == 2)
    auto_lock.check_idle()
    assert auto_lock.locked and cover_of(window).isVisible()


def test_a_key_remembered_in_the_keyring_unlocks_with_its_button(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, keystore: FakeKeys, database: Database
) -> None:
    keystore.remember(database.database_id, database.key)
    go_idle(auto_lock, clock)
    cover = cover_of(window)
    qtbot.waitUntil(cover.remembered_key_button.isVisible)
    shot(window, "auto_lock_remembered_key.png")

    qtbot.mouseClick(cover.remembered_key_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not auto_lock.locked)
    assert window.windowTitle() == TITLE and visible_covers(window) == []


def test_a_remembered_key_that_no_longer_fits_asks_for_the_passphrase(
    qtbot, window: MainWindow, auto_lock: AutoLock, clock: FakeClock, keystore: FakeKeys, database: Database
) -> None:
    keystore.remember(database.database_id, bytes(32))
    auto_lock.lock_now()
    cover = cover_of(window)
    qtbot.waitUntil(cover.remembered_key_button.isVisible)

    qtbot.mouseClick(cover.remembered_key_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(cover.error_label.isVisible)
    assert "พิมพ์รหัสผ่าน" in cover.error_label.text()
    assert auto_lock.locked and not cover.remembered_key_button.isVisible()


def test_without_a_remembered_key_no_keyring_button_is_offered(
    qtbot,
    window: MainWindow,
    auto_lock: AutoLock,
    context: AppContext,  # noqa: F811 - fixture
) -> None:
    auto_lock.lock_now()
    wait_idle(qtbot, context)
    assert not cover_of(window).remembered_key_button.isVisible()


def test_a_window_opened_while_locked_is_covered_as_it_shows(
    qtbot, window: MainWindow, auto_lock: AutoLock
) -> None:
    auto_lock.lock_now()
    late = QDialog(window)
    late.setWindowTitle("ข้อความจากงานเบื้องหลัง")
    late.setModal(True)
    late.resize(400, 150)
    late.show()
    qtbot.waitExposed(late)

    assert cover_of(late).isVisible() and late.windowTitle() == "mdt-desktop — ล็อกอยู่"
    # Qt blocks the windows beneath a modal dialog, so the form moves to it.
    qtbot.waitUntil(cover_of(late).passphrase_edit.isVisible)
    assert not cover_of(window).passphrase_edit.isVisible()
    late.done(QDialog.DialogCode.Rejected)


def test_a_dialog_the_program_ends_while_locked_goes_and_the_form_moves_to_the_main_window(
    qtbot, window: MainWindow, auto_lock: AutoLock, modal_dialog
) -> None:
    dialog, _field = modal_dialog
    auto_lock.lock_now()
    assert cover_of(dialog).passphrase_edit.isVisible()

    dialog.done(QDialog.DialogCode.Accepted)  # e.g. a dialog whose save, started before the lock, ended

    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(cover_of(window).passphrase_edit.isVisible)
    assert auto_lock.locked and window.windowTitle() != TITLE
    type_passphrase(qtbot, cover_of(window), TEST_PASSPHRASE)
    qtbot.waitUntil(lambda: not auto_lock.locked)
    assert window.windowTitle() == TITLE


def test_an_open_menu_is_closed_when_the_program_locks(
    qtbot, window: MainWindow, auto_lock: AutoLock
) -> None:
    menu = window.ui.menuEdit
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    auto_lock.lock_now()
    assert not menu.isVisible() and QApplication.activePopupWidget() is None


def test_stop_takes_the_covers_away(qtbot, window: MainWindow, auto_lock: AutoLock) -> None:
    auto_lock.lock_now()
    auto_lock.stop()
    assert visible_covers(window) == [] and window.windowTitle() == TITLE
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window._search_dialog is not None and window._search_dialog.isVisible()
