"""Approved minutes in the editor: every field read only, a banner that offers the amendment, the amendment dialog
that keeps what was typed when refused and saves with a reason, and the next meeting's item 2 listing it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mdt_desktop.domain.codes import MeetingStatus
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import audit, meetings
from mdt_desktop.services.meetings.amendments import AMENDED
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

SHOTS = Path("/tmp/shots")
D = dt.date


@pytest.fixture
def approved(database) -> dict[str, int]:
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 10, 16), venue="ห้องประชุมอำเภอแม่สาย")
    item_4 = next(i for i in meetings.load_meeting(database, meeting_id).items if i.number == "4")
    sub_item = meetings.add_item(database, meeting_id, "ผู้เสียหายรายใหม่ MSI-2569-0001", parent_id=item_4.id)
    meetings.update_item_text(database, sub_item, "discussion", "ผู้แทน พมจ. รายงานการเยี่ยมบ้าน")
    meetings.update_item_text(database, sub_item, "resolution", "มอบ พมจ. ติดตามเยี่ยมบ้าน")
    meetings.set_status(database, meeting_id, MeetingStatus.APPROVED)
    return {"body": team["body"], "meeting": meeting_id, "item": sub_item}


def _open(qtbot, context, meeting_id: int) -> MeetingEditor:  # noqa: F811
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    wait_idle(qtbot, context)
    return editor


def test_approved_minutes_are_read_only_with_a_banner(qtbot, context, database, approved):  # noqa: F811
    editor = _open(qtbot, context, approved["meeting"])
    editor.select_item(approved["item"])
    wait_idle(qtbot, context)
    ui = editor.ui
    assert editor.approved_banner.isVisible()
    assert editor.approved_banner.label.text() == "รับรองรายงานแล้ว — แก้ไขโดยบันทึกการแก้ไข"
    assert editor.approved_banner.amend_button.isEnabled()
    assert ui.titleEdit.isReadOnly() and ui.discussionEdit.isReadOnly() and ui.resolutionEdit.isReadOnly()
    assert ui.venueEdit.isReadOnly()
    for widget in (
        ui.statusCombo,
        ui.addItemButton,
        ui.deleteItemButton,
        ui.addActionButton,
        ui.addAttendeeButton,
    ):
        assert not widget.isEnabled()
    ui.resolutionEdit.setFocus()
    type_text(ui.resolutionEdit, "เพิ่ม")
    assert ui.resolutionEdit.toPlainText() == "มอบ พมจ. ติดตามเยี่ยมบ้าน"
    SHOTS.mkdir(exist_ok=True)
    editor.grab().save(str(SHOTS / "approved-editor.png"))


def test_a_draft_meeting_shows_no_banner_and_turns_read_only_once_approved(
    qtbot,
    context,  # noqa: F811
    database,
):
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 20))
    editor = _open(qtbot, context, meeting_id)
    assert not editor.approved_banner.isVisible() and not editor.ui.resolutionEdit.isReadOnly()
    combo = editor.ui.statusCombo

    def choose_approved() -> QMessageBox:
        combo.setCurrentIndex(combo.findData(MeetingStatus.APPROVED.value))
        combo.activated.emit(combo.currentIndex())
        question = editor.approval_question
        assert question is not None and question.isVisible()  # approving cannot be taken back: asked first
        assert "แก้ไขได้โดยบันทึกการแก้ไขพร้อมเหตุผลเท่านั้น" in question.text()
        return question

    question = choose_approved()
    keep = next(b for b in question.buttons() if b.text() == "ยังไม่รับรอง")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert combo.currentData() == MeetingStatus.DRAFT.value
    assert meetings.get_meeting_summary(database, meeting_id).status is MeetingStatus.DRAFT
    assert not editor.approved_banner.isVisible()

    question = choose_approved()
    approve = next(b for b in question.buttons() if b.text() == "รับรองรายงาน")
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert meetings.get_meeting_summary(database, meeting_id).status is MeetingStatus.APPROVED
    assert editor.approved_banner.isVisible() and editor.ui.resolutionEdit.isReadOnly()


def test_the_amendment_dialog_keeps_typing_when_refused_and_saves_with_a_reason(
    qtbot,
    context,  # noqa: F811
    database,
    approved,
):
    editor = _open(qtbot, context, approved["meeting"])
    editor.select_item(approved["item"])
    wait_idle(qtbot, context)
    qtbot.mouseClick(editor.approved_banner.amend_button, Qt.MouseButton.LeftButton)
    dialog = editor.amendment_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field_combo.currentText() == "มติที่ประชุม"
    assert dialog.old_edit.isReadOnly() and dialog.old_edit.toPlainText() == "มอบ พมจ. ติดตามเยี่ยมบ้าน"
    dialog.new_edit.selectAll()
    dialog.new_edit.setFocus()
    type_text(dialog.new_edit, "มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason yet
    wait_idle(qtbot, context)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "โปรดระบุเหตุผลของการแก้ไขรายงานการประชุมที่รับรองแล้ว"
    assert dialog.new_edit.toPlainText() == "มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน"
    dialog.resize(1366 * 2 // 3, 560)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "approved-amendment-dialog.png"))

    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, "ที่ประชุมมอบ สภ.แม่สาย ร่วมด้วย แต่ตกหล่นในรายงาน")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert not dialog.isVisible()
    assert editor.ui.resolutionEdit.toPlainText() == "มอบ พมจ. และ สภ.แม่สาย ติดตามเยี่ยมบ้าน"
    [amendment] = meetings.list_amendments(database, approved["meeting"])
    assert (amendment.old_text, amendment.reason) == (
        "มอบ พมจ. ติดตามเยี่ยมบ้าน",
        "ที่ประชุมมอบ สภ.แม่สาย ร่วมด้วย แต่ตกหล่นในรายงาน",
    )
    assert [e.object_id for e in audit.list_entries(database) if e.event == AMENDED] == [approved["meeting"]]

    next_id = meetings.create_meeting(database, approved["body"], D(2026, 11, 20))
    following = _open(qtbot, context, next_id)
    item_2 = next(i.id for i in following.view.all_items() if i.number == "2")
    following.select_item(item_2)
    wait_idle(qtbot, context)
    assert following.amendment_list.isVisible()
    assert "แก้ไขรายงานการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 4.1 มติที่ประชุม" in following.amendment_list.text()
    following.select_item(next(i.id for i in following.view.all_items() if i.number == "3"))
    wait_idle(qtbot, context)
    assert not following.amendment_list.isVisible()
    following.select_item(item_2)
    wait_idle(qtbot, context)
    following.grab().save(str(SHOTS / "approved-next-item-2.png"))
