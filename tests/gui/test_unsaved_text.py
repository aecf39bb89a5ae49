"""Typed minutes are never thrown away: a save the database refuses (another program writing, a full disk) keeps
the text on screen, marked unsaved with what to do, retries it, and asks before anything would lose it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import event
from sqlalchemy.orm import Session

from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.meeting import meeting_editor
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.meeting.meetings_page import MeetingsPage
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database, connect_raw
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

DISCUSSION = "ที่ประชุมหารือกรณีแรงงานประมงต่างด้าว ให้จัดหาล่ามภาษาพม่า"
RESOLUTION = "มอบ พมจ. ประสานล่ามภายในสัปดาห์นี้"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch, database: Database) -> None:
    """The program retries every 5 s and waits 5 s for another writer; the tests need both to come round fast."""
    monkeypatch.setattr(meeting_editor, "RETRY_MS", 200)
    event.listen(
        database.engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA busy_timeout = 100"),
    )
    database.engine.dispose()  # connections made before the listener keep the program's own wait


@pytest.fixture
def meeting_id(database: Database) -> int:
    team = make_team(database)
    return meetings.create_meeting(database, team["body"], dt.date(2026, 11, 21), venue="ห้องประชุมอำเภอแม่สาย")


@pytest.fixture
def editor(qtbot, context, meeting_id: int) -> MeetingEditor:  # noqa: F811 - pytest fixture
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    wait_idle(qtbot, context)
    return editor


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch, database: Database) -> dict[str, bool]:
    """Every unit of work meets a full disk while ``full`` is set, as SQLite reports it through the storage layer."""
    state = {"full": True, "refused": 0}
    real_session = database.session

    @contextlib.contextmanager
    def session() -> Iterator[Session]:
        if state["full"]:
            state["refused"] += 1
            raise StorageError(StorageProblem.DISK_FULL, database.path)
        with real_session() as unit:
            yield unit

    monkeypatch.setattr(database, "session", session)
    return state  # type: ignore[return-value]


def item_number(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def stored(database: Database, editor: MeetingEditor, item_id: int) -> tuple[str, str]:
    item = meetings.load_meeting(database, editor.meeting_id).item(item_id)
    return item.discussion, item.resolution


def question_button(qtbot, editor: MeetingEditor, words: str) -> QPushButton:
    qtbot.waitUntil(lambda: editor.leave_question is not None and editor.leave_question.isVisible())
    box = editor.leave_question
    assert isinstance(box, QMessageBox)
    return next(b for b in box.findChildren(QPushButton) if words in b.text())


def test_text_typed_while_another_program_holds_the_write_lock_is_saved_once_it_lets_go(
    qtbot,
    editor: MeetingEditor,
    context,  # noqa: F811 - pytest fixture
    database: Database,
) -> None:
    item4, item5 = item_number(editor, "4"), item_number(editor, "5")
    editor.select_item(item4)
    other_program = connect_raw(database.path, database.key)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock, as another program writing would

    editor.ui.discussionEdit.setFocus()
    qtbot.keyClicks(editor.ui.discussionEdit, "MDT 4/2569: interpreter booked for Monday")
    qtbot.waitUntil(editor.unsaved_banner.isVisible, timeout=10000)
    assert "ยังไม่ได้บันทึก" in editor.unsaved_banner.text()
    assert "ปิดโปรแกรมนั้น" in editor.unsaved_banner.text()  # what to do: close the other program
    assert editor.ui.discussionEdit.toPlainText() == "MDT 4/2569: interpreter booked for Monday"
    assert stored(database, editor, item4)[0] == ""

    editor.select_item(item5)  # asked first; moving on keeps the text queued
    qtbot.mouseClick(question_button(qtbot, editor, "ไปเรื่องอื่น"), Qt.MouseButton.LeftButton)
    assert editor.current_item_id == item5
    assert editor.ui.itemHeadingLabel.text().startswith("ระเบียบวาระที่ 5")
    editor.select_item(item4)  # coming back shows what was typed, still waiting, not what the database holds
    assert editor.ui.discussionEdit.toPlainText() == "MDT 4/2569: interpreter booked for Monday"
    assert "2px solid" in editor.ui.discussionEdit.styleSheet()
    assert stored(database, editor, item4)[0] == ""

    other_program.execute("ROLLBACK")
    other_program.close()
    qtbot.waitUntil(lambda: not editor.unsaved_banner.isVisible(), timeout=10000)
    wait_idle(qtbot, context)
    assert stored(database, editor, item4)[0] == "MDT 4/2569: interpreter booked for Monday"
    assert editor.ui.discussionEdit.toPlainText() == "MDT 4/2569: interpreter booked for Monday"
    assert editor.ui.discussionEdit.styleSheet() == ""


def test_nothing_typed_during_a_full_disk_is_lost_once_space_is_back(
    qtbot,
    editor: MeetingEditor,
    context,  # noqa: F811 - pytest fixture
    database: Database,
    full_disk: dict[str, int],
) -> None:
    item4 = item_number(editor, "4")
    editor.select_item(item4)
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, DISCUSSION)
    editor.ui.resolutionEdit.setFocus()  # focus-out stores the discussion: the disk refuses it
    qtbot.waitUntil(editor.unsaved_banner.isVisible, timeout=10000)
    assert "พื้นที่ว่าง" in editor.unsaved_banner.text()  # what to do: free some space
    type_text(editor.ui.resolutionEdit, RESOLUTION)
    refused_so_far = full_disk["refused"]
    qtbot.waitUntil(lambda: full_disk["refused"] > refused_so_far + 2, timeout=10000)  # it keeps trying
    assert editor.ui.discussionEdit.toPlainText() == DISCUSSION
    assert editor.ui.resolutionEdit.toPlainText() == RESOLUTION
    assert "2px solid" in editor.ui.discussionEdit.styleSheet()  # the field is marked unsaved

    editor.ui.backButton.click()  # leaving the meeting would lose the text: asked, and staying keeps it
    qtbot.mouseClick(question_button(qtbot, editor, "อยู่ต่อ"), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.ui.resolutionEdit.toPlainText() == RESOLUTION

    full_disk["full"] = False
    qtbot.waitUntil(lambda: not editor.unsaved_banner.isVisible(), timeout=10000)
    wait_idle(qtbot, context)
    assert stored(database, editor, item4) == (DISCUSSION, RESOLUTION)
    assert editor.ui.discussionEdit.styleSheet() == ""


def test_closing_the_window_with_unsaved_text_asks_and_discards_only_when_told(
    qtbot,
    context,  # noqa: F811 - pytest fixture
    database: Database,
    meeting_id: int,
    full_disk: dict[str, int],
) -> None:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    editor = page.open_meeting(meeting_id)
    wait_idle(qtbot, context)
    item4 = item_number(editor, "4")
    editor.select_item(item4)
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, DISCUSSION)

    assert not window.close()  # asked instead
    qtbot.mouseClick(question_button(qtbot, editor, "อยู่ต่อ"), Qt.MouseButton.LeftButton)
    assert window.isVisible() and editor.ui.discussionEdit.toPlainText() == DISCUSSION

    window.close()
    qtbot.mouseClick(question_button(qtbot, editor, "ออกโดยทิ้ง"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    full_disk["full"] = False
    wait_idle(qtbot, context)
    assert stored(database, editor, item4)[0] == ""  # discarded because the person said so
