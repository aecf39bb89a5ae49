"""A database that cannot be written, in the main window: a banner says so, why and what to do, above every page;
the meeting, register and team pages offer no writing (fields read-only, buttons disabled); reading and exporting
still work, and an export says it was not recorded in the audit log. The file is left byte for byte as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.meeting.export_dialog import ExportDialog
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from tests.gui.thai_typing import type_text
from tests.read_only_support import digest, folder_given_back, lock_files, open_read_only, team_with_a_meeting

SHOTS = Path("/tmp/mdt-read-only-shots")


@pytest.fixture(autouse=True)
def thai_font(qapp):
    fonts.apply_application_font(qapp)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    yield from folder_given_back(tmp_path)


@pytest.fixture
def locked(read_only_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, int, str]]:
    """The database open read-only, its meeting's id, and the file's digest before the test."""
    path = read_only_folder / "team.mdt"
    meeting_id = team_with_a_meeting(path)
    lock_files(read_only_folder, monkeypatch)
    before = digest(path)
    database = open_read_only(path)
    yield database, meeting_id, before
    database.close()


def _context(database: Database) -> AppContext:
    return AppContext(
        database=database, tasks=TaskRunner(), signals=AppSignals(), user_name="นางสาวเลขา ทดสอบ"
    )


@pytest.fixture
def read_only_context(locked: tuple[Database, int, str]) -> Iterator[AppContext]:
    context = _context(locked[0])
    yield context
    context.tasks.run_and_wait(lambda: None)
    context.tasks.shutdown()


def _window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _idle(qtbot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10000)


def test_the_banner_says_read_only_why_and_what_to_do_on_every_page(qtbot, read_only_context, locked) -> None:
    window = _window(qtbot, read_only_context)
    banner = window.read_only_banner
    assert banner.isVisible()
    text = banner.text()
    assert "อ่านอย่างเดียว" in text and "team.mdt" in text
    assert ".mdt" in text and ".keys" in text and ".recovery" in text and "ฝ่ายไอที" in text
    assert "อ่านอย่างเดียว" in window.findChild(type(banner), "databaseStatus").text()
    for page in ("register", "agencies", "bodies", "meetings"):
        window.show_page(page)
        _idle(qtbot, read_only_context)
        assert banner.isVisible()
        assert (
            banner.geometry().bottom() <= window.ui.pages.mapTo(window, window.ui.pages.rect().topLeft()).y()
        )
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "main-window.png"))
    window.close()
    assert digest(locked[0].path) == locked[2]


def test_no_banner_on_a_database_that_can_be_written(qtbot, database: Database) -> None:
    context = _context(database)
    window = _window(qtbot, context)
    assert not window.read_only_banner.isVisible()
    assert "อ่านอย่างเดียว" not in window.findChild(type(window.read_only_banner), "databaseStatus").text()
    window.close()
    context.tasks.run_and_wait(lambda: None)
    context.tasks.shutdown()


def test_the_minutes_cannot_be_typed_into_and_no_action_can_be_added(
    qtbot, read_only_context, locked
) -> None:
    database, meeting_id, before = locked
    editor = MeetingEditor(read_only_context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    _idle(qtbot, read_only_context)
    discussion = editor.ui.discussionEdit
    assert discussion.toPlainText() == "ที่ประชุมรับทราบ"

    discussion.setFocus()
    type_text(discussion, " และมอบหมายงาน")
    qtbot.keyClicks(discussion, " ok")
    qtbot.keyClick(discussion, Qt.Key.Key_Backspace)
    type_text(editor.ui.titleEdit, "วาระใหม่")
    _idle(qtbot, read_only_context)

    assert discussion.toPlainText() == "ที่ประชุมรับทราบ"
    assert not editor.has_uncommitted_text and not editor.unsaved_banner.isVisible()
    assert not editor.ui.addActionButton.isEnabled()
    assert not editor.ui.addItemButton.isEnabled() and not editor.ui.deleteItemButton.isEnabled()
    assert not editor.ui.addAttendeeButton.isEnabled() and not editor.ui.statusCombo.isEnabled()
    qtbot.keyClick(
        editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )  # the keyboard way to add one
    assert editor.action_dialog is None
    assert (
        editor.ui.exportButton.isEnabled()
        if hasattr(editor.ui, "exportButton")
        else editor.export_button.isEnabled()
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "meeting-editor.png"))
    editor.close()
    _idle(qtbot, read_only_context)
    assert digest(database.path) == before


def test_the_pages_offer_reading_and_searching_but_no_writing(qtbot, read_only_context, locked) -> None:
    window = _window(qtbot, read_only_context)
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.meetings_model.rowCount() == 1, timeout=10000)
    assert not meetings.new_button.isEnabled()
    assert meetings.open_new_meeting_dialog() is None
    editor = meetings.open_meeting(meetings.meetings_model.record(0).id)  # reading a meeting still works
    _idle(qtbot, read_only_context)
    assert editor.ui.discussionEdit.isReadOnly()
    meetings.close_editor()

    register = window.show_page("register")
    _idle(qtbot, read_only_context)
    assert not register.ui.progressButton.isEnabled()

    agencies = window.show_page("agencies")
    qtbot.waitUntil(lambda: agencies.proxy.rowCount() == 3, timeout=10000)
    assert not any(b.isEnabled() for b in (agencies.add_button, agencies.edit_button, agencies.active_button))
    type_text(agencies.search, "แม่สาย")  # searching still works
    assert agencies.proxy.rowCount() == 2
    agencies.table.selectRow(0)
    assert agencies.edit_selected() is None  # double-clicking a row opens no form

    bodies = window.show_page("bodies")
    qtbot.waitUntil(lambda: bodies.body_list.count() == 1, timeout=10000)
    buttons = (
        bodies.add_body_button, bodies.edit_body_button, bodies.add_member_button, bodies.edit_member_button,
        bodies.end_term_button,
    )  # fmt: skip
    assert not any(button.isEnabled() for button in buttons)
    areas = bodies.open_areas()
    _idle(qtbot, read_only_context)
    assert not areas.ui.addButton.isEnabled() and not areas.ui.deleteButton.isEnabled()
    areas.close()
    window.close()
    _idle(qtbot, read_only_context)
    assert digest(locked[0].path) == locked[2]


def test_a_pdf_export_works_and_says_it_was_not_audited(qtbot, read_only_context, locked, tmp_path) -> None:
    database, meeting_id, before = locked
    entries = len(audit.list_entries(database))
    dialog = ExportDialog(read_only_context, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, read_only_context)
    dialog.ui.minutesPdfRadio.setChecked(True)
    target = tmp_path / "minutes.pdf"
    dialog.set_destination(target)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()

    message = dialog.ui.statusLabel.text()
    assert target.read_bytes().startswith(b"%PDF")
    assert "บันทึกแล้ว" in message
    assert "ไม่ได้บันทึกในประวัติการเข้าถึง" in message and "อ่านอย่างเดียว" in message
    assert not dialog.ui.sentGroup.isVisible()  # a record of sending could not be written either
    assert len(audit.list_entries(database)) == entries
    _idle(qtbot, read_only_context)
    assert digest(database.path) == before
