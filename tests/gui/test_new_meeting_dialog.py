"""The new-meeting dialog proposes the body's usual venue and an end after the start, and never types over the
secretary."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mdt_desktop.gui.meeting.meetings_page import MeetingsPage
from mdt_desktop.services import meetings
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date
T = dt.time


@pytest.fixture
def page(qtbot, context, database):  # noqa: F811 - pytest fixture
    team = make_team(database)
    for day, venue, start, end in (
        (D(2026, 7, 8), "ห้องประชุมที่ว่าการอำเภอแม่สาย", T(9, 30), T(12, 0)),
        (D(2026, 8, 12), "ศาลากลางจังหวัดเชียงราย", T(13, 0), T(15, 0)),
        (D(2026, 9, 9), "ห้องประชุมที่ว่าการอำเภอแม่สาย", T(9, 30), T(11, 30)),
    ):
        meeting_id = meetings.create_meeting(database, team["body"], day, venue=venue, start_time=start)
        meetings.update_header(database, meeting_id, end_time=end)
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, context)
    return page


def test_usual_venue_and_times_proposed_typed_start_moves_end(qtbot, context, page, database):  # noqa: F811
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.venueEdit.text() != "", timeout=5000)
    assert dialog.ui.venueEdit.text() == "ห้องประชุมที่ว่าการอำเภอแม่สาย"
    assert dialog.ui.startEdit.text() == "09.30 น."
    assert dialog.ui.endEdit.text() == "11.30 น."  # 2 h after: the median of 2 h 30, 2 h and 2 h
    assert dialog.ui.proposalLabel.text() != ""

    dialog.ui.startEdit.setFocus()
    dialog.ui.startEdit.selectAll()
    qtbot.keyClicks(dialog.ui.startEdit, "13.00")
    dialog.ui.endEdit.setFocus()  # leaving the start moves the proposed end
    assert dialog.ui.endEdit.text() == "15.00 น."

    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    wait_idle(qtbot, context)
    header = meetings.load_meeting(database, page.editor.meeting_id).header
    assert (header.venue, header.start_time, header.end_time) == (
        "ห้องประชุมที่ว่าการอำเภอแม่สาย",
        T(13, 0),
        T(15, 0),
    )


def test_typed_fields_are_never_replaced_and_an_end_before_the_start_is_refused(qtbot, context, page):  # noqa: F811
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.venueEdit.text() != "", timeout=5000)
    dialog.ui.venueEdit.clear()
    dialog.ui.venueEdit.setFocus()
    type_text(dialog.ui.venueEdit, "โรงพยาบาลแม่สาย")
    dialog.ui.endEdit.selectAll()
    dialog.ui.endEdit.setFocus()
    qtbot.keyClicks(dialog.ui.endEdit, "08.00")
    dialog.request_proposal()  # a proposal arriving again (another body chosen and back)
    wait_idle(qtbot, context)
    assert dialog.ui.venueEdit.text() == "โรงพยาบาลแม่สาย"
    assert dialog.ui.endEdit.text() == "08.00"

    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม"
    dialog.reject()
