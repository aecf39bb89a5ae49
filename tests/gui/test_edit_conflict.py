"""Another officer saved the same text first: the editor shows both texts side by side and the person chooses;
whichever they choose, what they typed is not lost. On a server, the open editor sees others' saves (a notice and
a reread), and leaves the text being typed as it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.meeting.edit_conflict_dialog import EditConflictDialog
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.server import ServerDatabase
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

FIRST = "ที่ประชุมหารือกรณีเด็กหญิงอายุ 15 ปี"
THEIRS = "พมจ. รายงานว่าผู้เสียหายอยู่ในบ้านพักเด็กและครอบครัวแล้ว"
MINE = " ตำรวจขอให้ตรวจร่างกายเพิ่มเติม"


@pytest.fixture
def meeting_id(database: Database) -> int:
    team = make_team(database)
    return meetings.create_meeting(database, team["body"], dt.date(2026, 12, 3), venue="ห้องประชุมอำเภอแม่สาย")


def open_editor(qtbot, context: AppContext, meeting_id: int) -> MeetingEditor:  # noqa: F811
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    wait_idle(qtbot, context)
    return editor


def item_number(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def saved_discussion(database: Database, meeting_id: int, item_id: int) -> str:
    return meetings.load_meeting(database, meeting_id).item(item_id).discussion


def met_conflict(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> tuple[MeetingEditor, int]:
    """The secretary minutes item 4; another officer saves the same discussion; the secretary types on."""
    editor = open_editor(qtbot, context, meeting_id)
    item4 = item_number(editor, "4")
    editor.select_item(item4)
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, FIRST)
    editor.commit_text()
    wait_idle(qtbot, context)
    assert saved_discussion(database, meeting_id, item4) == FIRST

    meetings.update_item_text(database, item4, "discussion", THEIRS)  # the other officer, from their computer

    editor.ui.discussionEdit.setFocus()
    editor.ui.discussionEdit.moveCursor(editor.ui.discussionEdit.textCursor().MoveOperation.End)
    type_text(editor.ui.discussionEdit, MINE)
    editor.commit_text()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    return editor, item4


def test_the_dialog_shows_both_texts_and_keep_theirs_shows_theirs(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    editor, item4 = met_conflict(qtbot, context, database, meeting_id)
    dialog = editor.conflict_dialog
    assert isinstance(dialog, EditConflictDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.ui.theirsText.toPlainText() == THEIRS
    assert dialog.ui.mineText.toPlainText() == FIRST + MINE
    assert "บันทึกการแก้ไขรายการนี้ไปก่อนแล้ว" in dialog.ui.reasonLabel.text()
    assert "ระเบียบวาระที่ 4" in dialog.ui.whereLabel.text() and "สาระการประชุม" in dialog.ui.whereLabel.text()
    assert saved_discussion(database, meeting_id, item4) == THEIRS  # nothing overwritten while asking

    qtbot.mouseClick(dialog.ui.keepTheirsButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert editor.conflict_dialog is None
    assert editor.ui.discussionEdit.toPlainText() == THEIRS
    assert saved_discussion(database, meeting_id, item4) == THEIRS
    assert not editor.unsaved_banner.isVisible()


def test_keep_mine_saves_mine_over_theirs(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    editor, item4 = met_conflict(qtbot, context, database, meeting_id)
    assert editor.conflict_dialog is not None
    qtbot.mouseClick(editor.conflict_dialog.ui.keepMineButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert saved_discussion(database, meeting_id, item4) == FIRST + MINE
    assert editor.ui.discussionEdit.toPlainText() == FIRST + MINE
    assert not editor.unsaved_banner.isVisible()
    assert editor.conflict_dialog is None

    # Later typing saves as usual: the version "keep mine" named is now this editor's own.
    type_text(editor.ui.discussionEdit, " ครบ")
    editor.commit_text()
    wait_idle(qtbot, context)
    assert saved_discussion(database, meeting_id, item4) == FIRST + MINE + " ครบ"
    assert editor.conflict_dialog is None


def test_copy_mine_puts_it_on_the_clipboard_and_takes_theirs(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    QGuiApplication.clipboard().clear()
    editor, item4 = met_conflict(qtbot, context, database, meeting_id)
    assert editor.conflict_dialog is not None
    qtbot.mouseClick(editor.conflict_dialog.ui.copyMineButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert QGuiApplication.clipboard().text() == FIRST + MINE
    assert editor.ui.discussionEdit.toPlainText() == THEIRS
    assert saved_discussion(database, meeting_id, item4) == THEIRS


def test_closing_the_dialog_without_choosing_keeps_the_text_unsaved_and_asks_again(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    from mdt_desktop.gui.meeting import meeting_editor

    monkeypatch.setattr(meeting_editor, "RETRY_MS", 200)
    editor, item4 = met_conflict(qtbot, context, database, meeting_id)
    assert editor.conflict_dialog is not None
    editor.conflict_dialog.reject()  # Esc, or the window's close button
    qtbot.waitUntil(editor.unsaved_banner.isVisible)
    assert "บันทึกการแก้ไขรายการนี้ไปก่อนแล้ว" in editor.unsaved_banner.text()
    assert editor.ui.discussionEdit.toPlainText() == FIRST + MINE
    assert "2px solid" in editor.ui.discussionEdit.styleSheet()
    assert saved_discussion(database, meeting_id, item4) == THEIRS

    # The retry meets the same conflict and asks again; the person then keeps theirs.
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    qtbot.mouseClick(editor.conflict_dialog.ui.keepTheirsButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert not editor.unsaved_banner.isVisible()
    assert editor.ui.discussionEdit.toPlainText() == THEIRS


def test_the_conflict_dialog_fits_the_screen(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    editor, _item4 = met_conflict(qtbot, context, database, meeting_id)
    dialog = editor.conflict_dialog
    assert dialog is not None
    dialog.ui.mineText.setPlainText((FIRST + MINE + "\n") * 80)  # a long discussion does not grow it
    assert dialog.width() <= 1366 and dialog.height() <= 768
    editor.window().grab().save("/tmp/shots/concur-editor-behind-dialog.png")
    dialog.grab().save("/tmp/shots/concur-conflict-dialog.png")


@pytest.fixture
def server_context(server_database: ServerDatabase, qtbot) -> Iterator[AppContext]:
    tasks = TaskRunner()
    yield AppContext(database=server_database, tasks=tasks, signals=AppSignals())
    qtbot.waitUntil(lambda: not tasks.busy)
    tasks.shutdown()


def test_on_a_server_another_officers_save_shows_a_notice_and_the_text_being_typed_stays(
    qtbot, server_context: AppContext, server_database: ServerDatabase
) -> None:
    team = make_team(server_database)
    meeting_id = meetings.create_meeting(server_database, team["body"], dt.date(2026, 12, 3))
    editor = open_editor(qtbot, server_context, meeting_id)
    item4, item5 = item_number(editor, "4"), item_number(editor, "5")
    editor.select_item(item4)
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, FIRST)
    editor.commit_text()
    wait_idle(qtbot, server_context)
    editor.change_watcher.poll()  # its own save is not someone else's
    wait_idle(qtbot, server_context)
    assert not editor.change_notice.isVisible()

    other = ServerDatabase.open(server_database.url)
    other.unlock_fields_with_passphrase(TEST_PASSPHRASE)
    try:
        meetings.update_item_text(other, item5, "discussion", THEIRS)
        meetings.update_item_text(other, item4, "discussion", "ข้อความของอีกคน")
    finally:
        other.close()
    editor.change_watcher.poll()  # what the timer does every few seconds
    qtbot.waitUntil(editor.change_notice.isVisible)
    wait_idle(qtbot, server_context)
    assert "มีผู้อื่นบันทึกการเปลี่ยนแปลง" in editor.change_notice.text()
    assert editor.view is not None and editor.view.item(item5).discussion == THEIRS
    assert editor.ui.discussionEdit.toPlainText() == FIRST  # the text in hand is left as it is
    editor.grab().save("/tmp/shots/concur-change-notice.png")

    editor.select_item(item5)  # another item is shown as saved
    assert editor.ui.discussionEdit.toPlainText() == THEIRS
    editor.select_item(item4)  # and the item being edited, when reopened
    assert editor.ui.discussionEdit.toPlainText() == "ข้อความของอีกคน"


def test_an_action_edited_meanwhile_shows_both_tasks_and_keep_mine_saves_mine(
    qtbot,
    context: AppContext,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
) -> None:
    editor = open_editor(qtbot, context, meeting_id)
    item4 = item_number(editor, "4")
    assert editor.view is not None
    agency_id = next(row.agency_id for row in editor.view.attendance if row.agency_id is not None)
    action_id = meetings.add_action(database, meeting_id, item4, agency_id, "เยี่ยมบ้าน", dt.date(2026, 12, 20))
    editor.reload()
    wait_idle(qtbot, context)
    editor.select_item(item4)
    editor.ui.actionsTable.selectRow(0)
    dialog = editor.edit_selected_action()
    assert dialog is not None
    meetings.update_action(database, action_id, task="เยี่ยมบ้านภายใน 3 วัน")  # the other officer

    dialog.ui.taskEdit.setText("ประสานโรงเรียน")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None and editor.conflict_dialog.isVisible())
    conflict_dialog = editor.conflict_dialog
    assert conflict_dialog.ui.theirsText.toPlainText() == "เยี่ยมบ้านภายใน 3 วัน"
    assert conflict_dialog.ui.mineText.toPlainText() == "ประสานโรงเรียน"
    assert meetings.get_action(database, action_id).task == "เยี่ยมบ้านภายใน 3 วัน"

    qtbot.mouseClick(conflict_dialog.ui.keepMineButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert meetings.get_action(database, action_id).task == "ประสานโรงเรียน"
    assert editor.actions_model.records()[0].task == "ประสานโรงเรียน"
