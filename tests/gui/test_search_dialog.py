"""Search dialog: answers as you type a Thai substring, and Enter opens the meeting that was found at the item
and action that matched, or the view of a case found by its code."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.shell.search_dialog import SearchDialog
from mdt_desktop.services import cases, meetings
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import type_text

D = dt.date


@pytest.fixture
def two_meetings(database):
    team = make_team(database)
    ids = []
    for day, words in ((D(2026, 10, 15), "แรงงานประมง"), (D(2026, 11, 19), "เด็กขอทาน")):
        meeting_id = meetings.create_meeting(database, team["body"], day)
        item = meetings.load_meeting(database, meeting_id).items[3].id
        meetings.update_item_text(database, item, "discussion", f"หารือกรณีการค้ามนุษย์ด้าน{words}")
        ids.append(meeting_id)
    return ids


def test_typed_substring_finds_meetings_and_enter_opens_the_newest(qtbot, context, two_meetings):  # noqa: F811
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    opened = []
    context.signals.open_meeting_at_requested.connect(lambda *place: opened.append(place))
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "ค้ามนุษ")
    wait_idle(qtbot, context)
    texts = [dialog.model.index(row).data() for row in range(dialog.model.rowCount())]
    assert len(texts) == 2
    assert "ครั้งที่ 2/2569" in texts[0] and "การค้ามนุษย์ด้านเด็กขอทาน" in texts[0]
    assert "พบ 2 รายการ" in dialog.ui.statusLabel.text()
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    newest_item_4 = meetings.load_meeting(context.database, two_meetings[1]).items[3].id
    assert opened == [(two_meetings[1], newest_item_4, 0)]  # at the item that matched, no action
    assert not dialog.isVisible()


def test_two_letters_and_nothing_found_are_answered(qtbot, context, two_meetings):  # noqa: F811
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "ปร")
    wait_idle(qtbot, context)
    texts = [dialog.model.index(row).data() for row in range(dialog.model.rowCount())]
    assert any("แรงงานประมง" in text for text in texts)  # also ประธาน in the standard titles
    assert all("ปร" in text.splitlines()[1] for text in texts)
    dialog.ui.queryEdit.clear()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "ไม่มีคำนี้แน่นอน")
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() == 0
    assert "ไม่พบ" in dialog.ui.statusLabel.text()


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("ก" * 20_000, "ยาวเกิน 200 ตัวอักษร"),  # a paste gone wrong: refused with the limit, in the status line
        ("ค้ามนุษ\x00", "พบ 2 รายการ"),  # NUL dropped: the rest is searched
    ],
)
def test_a_hostile_paste_is_answered_in_the_status_line_and_nothing_crashes(
    qtbot,
    context,  # noqa: F811
    two_meetings,
    monkeypatch,
    pasted,
    expected,
):
    crashes: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: crashes.append(kind))
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        dialog.ui.queryEdit.insert(pasted)  # as Ctrl+V puts it into the field
    wait_idle(qtbot, context)
    assert expected in dialog.ui.statusLabel.text()
    assert crashes == []
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        dialog.ui.queryEdit.clear()  # and the box keeps answering
    assert dialog.model.rowCount() == 0


def test_a_failing_drive_during_a_search_is_told_in_the_status_line(
    qtbot,
    context,  # noqa: F811
    two_meetings,
    monkeypatch,
):
    crashes: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: crashes.append(kind))

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(Session, "execute", failing)
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "ค้ามนุษ")
    wait_idle(qtbot, context)
    assert "USB" in dialog.ui.statusLabel.text()
    assert crashes == []


def test_a_case_never_discussed_is_found_by_its_code_and_enter_opens_its_view(qtbot, context):  # noqa: F811
    team = make_team(context.database)
    case_id, code = cases.create_case(
        context.database, cases.NewCase("neglect", D(2026, 11, 2), team["body"])
    )
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    opened_cases: list[int] = []
    opened_meetings: list[int] = []
    context.signals.open_case_requested.connect(opened_cases.append)
    context.signals.open_meeting_at_requested.connect(
        lambda meeting_id, *_at: opened_meetings.append(meeting_id)
    )
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, code)
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0).data().startswith("กรณี")
    assert "Enter เพื่อเปิด" in dialog.ui.statusLabel.text()
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    assert (opened_cases, opened_meetings) == ([case_id], [])
    assert not dialog.isVisible()


def test_enter_opens_the_meeting_at_the_action_that_matched(qtbot, context, two_meetings):  # noqa: F811
    older = two_meetings[0]
    item_5 = meetings.load_meeting(context.database, older).items[4].id
    agency = meetings.list_agency_choices(context.database)[0].id
    meetings.add_action(
        context.database, older, item_5, agency, "จัดหาล่ามภาษากะเหรี่ยง", due_date=dt.date(2026, 12, 15)
    )
    action = meetings.load_meeting(context.database, older).item(item_5).actions[0].id
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    dialog = window.open_search()
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "ล่ามภาษากะเหรี่ยง")
    wait_idle(qtbot, context)
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    wait_idle(qtbot, context)

    page = window.show_page("meetings")
    editor = page.editor
    assert editor is not None and editor.meeting_id == older
    assert editor.current_item_id == item_5  # not item 1
    assert editor.ui.itemHeadingLabel.text().startswith("ระเบียบวาระที่ 5")
    assert editor.selected_action_id() == action
    selected = editor.ui.actionsTable.selectionModel().selectedRows()
    assert [editor.actions_model.index(index.row(), 1).data() for index in selected] == ["จัดหาล่ามภาษากะเหรี่ยง"]
    wait_idle(qtbot, context)
