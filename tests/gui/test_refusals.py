"""A refusal from a service reaches the person in their language; any other error from a service call is a bug
and takes the crash path instead of becoming a status-bar message."""

from __future__ import annotations

import datetime as dt
import sys
from types import TracebackType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.meeting.meetings_page import MeetingsPage
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import bodies, meetings
from mdt_desktop.storage.database import Database
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture

D = dt.date


@pytest.fixture
def editor_with_action(qtbot, context, database):  # noqa: F811 - pytest fixture
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 21))
    item = next(i.id for i in meetings.load_meeting(database, meeting_id).all_items() if i.number == "4")
    meetings.add_action(database, meeting_id, item, team["pmj"], "ติดตามเยี่ยมบ้าน", D(2026, 12, 21))
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(qtbot, context)
    return editor, item


def _numbers(database: Database, meeting_id: int) -> list[str]:
    return [item.number for item in meetings.load_meeting(database, meeting_id).all_items()]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "เรื่องนี้มีงานที่มอบหมายอยู่ ลบงานเหล่านั้นก่อนจึงจะลบเรื่องได้"),
        ("en", "This item holds assigned actions: delete those actions before deleting the item"),
    ],
)
def test_deleting_an_item_that_holds_actions_is_refused_in_the_users_language(
    qtbot,
    context,  # noqa: F811
    database,
    editor_with_action,
    language,
    expected,
):
    editor, item = editor_with_action
    context.language = language
    before = _numbers(database, editor.meeting_id)
    editor.select_item(item)
    with qtbot.waitSignal(context.signals.status_message) as shown:
        editor.delete_item()
    wait_idle(qtbot, context)
    assert shown.args == [expected]
    assert editor.ui.messageLabel.text() == expected
    assert _numbers(database, editor.meeting_id) == before  # the item is still there


def test_a_bug_in_a_service_call_takes_the_crash_path(qtbot, context, editor_with_action, monkeypatch):  # noqa: F811
    editor, item = editor_with_action
    crashes: list[type[BaseException]] = []

    def crash_path(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        crashes.append(kind)

    monkeypatch.setattr(sys, "excepthook", crash_path)

    def buggy(db: Database) -> None:
        meetings.update_item_text(db, item, "not a field", "ข้อความ")  # a programming error: ValueError

    editor.submit(buggy)
    wait_idle(qtbot, context)
    assert crashes == [ValueError]
    assert editor.ui.messageLabel.text() == ""  # not shown as if the person had made a mistake


def test_every_page_job_hands_a_refusal_to_its_failure_callback_and_a_bug_to_the_crash_path(
    qtbot,
    context,  # noqa: F811
    monkeypatch,
):
    crashes: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: crashes.append(kind))
    shown: list[str] = []

    def refused() -> None:
        raise Refusal(bodies.SAME_MEMBER)

    def buggy() -> None:
        raise KeyError("a programming error")

    context.tasks.run(refused, None, lambda error: shown.append(error.message("en")))
    context.tasks.run(buggy, None, lambda error: shown.append(error.message("en")))
    wait_idle(qtbot, context)
    assert shown == ["The member taking over must be someone other than the one leaving"]
    assert crashes == [KeyError]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "ไม่มีเวลานี้: ชั่วโมง 0-23 และนาที 0-59"),
        ("en", "This time does not exist: hours 0-23 and minutes 0-59"),
    ],
)
def test_an_impossible_start_time_for_a_new_meeting_is_told_in_the_users_language(
    qtbot,
    context,  # noqa: F811
    database,
    language,
    expected,
):
    make_team(database)
    context.language = language
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, context)
    dialog = page.open_new_meeting_dialog()
    qtbot.keyClicks(dialog.ui.startEdit, "25.70")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.ui.errorLabel.text() == expected
    assert dialog.isVisible()  # nothing typed is lost: the dialog stays open with the time as typed
    assert dialog.ui.startEdit.text() == "25.70"
