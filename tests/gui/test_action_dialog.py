"""The action dialog at the keyboard: the order on screen is the tab order, Enter walks it, the due date is proposed
and required, and typing that matches nothing (an agency, a measure) or a date in the person field is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.gui.meeting.meeting_dialogs import ActionDialog
from mdt_desktop.services.meetings import ActionView, DueProposal
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date
PROPOSAL = DueProposal(
    next_meeting=D(2026, 12, 17),
    meeting_exists=False,
    interval_days=28,
    quick=((7, D(2026, 11, 26)), (15, D(2026, 12, 4)), (30, D(2026, 12, 21))),
)


@dataclass
class Agency:
    id: int
    abbreviation: str
    name_th: str
    name_en: str = ""
    aliases: str = ""


AGENCIES = [
    Agency(1, "พมจ.", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"),
    Agency(2, "สภ.แม่สาย", "สถานีตำรวจภูธรแม่สาย"),
]


@pytest.fixture
def dialog(qtbot) -> Iterator[ActionDialog]:
    window = QWidget()  # held by this fixture until the test ends: the dialog goes with its window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dialog = ActionDialog(AGENCIES, parent=window, measure="protection")
    dialog.set_proposal(PROPOSAL)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow)
    yield dialog


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def enter(qtbot, widget: QWidget, *, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def test_tab_goes_through_the_fields_in_the_order_they_stand_on_screen(qtbot, dialog: ActionDialog) -> None:
    fields = [
        dialog.agency_picker.line_edit,
        dialog.ui.taskEdit,
        dialog.due_edit.line_edit,
        dialog.ui.personEdit,
        dialog.ui.measureCombo,  # the box holds the focus of the text typed in it
    ]
    tops = [field.mapTo(dialog, QPoint(0, 0)).y() for field in fields]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # one field a row, top to bottom
    assert focused() is fields[0]
    visited = [focused()]
    for _field in fields[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == fields
    hint = dialog.ui.hintLabel.text()
    words = ["หน่วยงาน", "งานที่มอบหมาย", "กำหนดแล้วเสร็จ", "ผู้รับผิดชอบ"]
    assert [hint.index(word) for word in words] == sorted(hint.index(word) for word in words)


def test_enter_walks_agency_task_due_date_person_and_saves_with_the_proposal(
    qtbot, dialog: ActionDialog
) -> None:
    assert dialog.due_edit.text() == "17/12/2569"  # the proposal, before the next meeting
    assert dialog.quick_buttons.checkedButton().text() == "ก่อนประชุมครั้งหน้า (17 ธ.ค. 2569)"
    type_text(focused(), "พมจ")
    enter(qtbot, focused())
    qtbot.waitUntil(dialog.ui.taskEdit.hasFocus)
    assert dialog.agency_picker.text() == "พมจ. — สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"
    type_text(focused(), "จัดหาล่ามภาษาเมียนมา")
    enter(qtbot, focused())
    assert focused() is dialog.due_edit.line_edit
    assert dialog.due_edit.line_edit.selectedText() == "17/12/2569"  # typing would replace it
    enter(qtbot, focused())
    assert focused() is dialog.ui.personEdit
    type_text(focused(), "นางสาวพัฒนา สังคมดี")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        enter(qtbot, focused())
    assert dialog.values() == {
        "agency_id": 1,
        "task": "จัดหาล่ามภาษาเมียนมา",
        "due_date": D(2026, 12, 17),
        "responsible_person": "นางสาวพัฒนา สังคมดี",
        "measure": "protection",  # the agenda item's, not changed
    }


def test_arrow_keys_step_through_the_quick_choices_and_typing_replaces_the_proposal(
    qtbot, dialog: ActionDialog
) -> None:
    due = dialog.due_edit.line_edit
    due.setFocus()
    qtbot.keyClick(due, Qt.Key.Key_Down)
    assert (dialog.due_edit.date(), dialog.quick_buttons.checkedButton().text()) == (D(2026, 11, 26), "7 วัน")
    qtbot.keyClick(due, Qt.Key.Key_Down)
    assert dialog.due_edit.date() == D(2026, 12, 4)
    qtbot.keyClick(due, Qt.Key.Key_Up)
    qtbot.keyClick(due, Qt.Key.Key_Up)
    assert dialog.due_edit.date() == D(2026, 12, 17)
    qtbot.keyClicks(due, "5/1/2570")
    enter(qtbot, due)
    assert dialog.due_edit.date() == D(2027, 1, 5)
    assert dialog.quick_buttons.checkedButton() is None  # a typed date is none of the choices


def test_a_due_date_is_required_and_must_be_readable(qtbot, dialog: ActionDialog) -> None:
    dialog.agency_picker.setAgencyId(1)
    dialog.ui.taskEdit.setText("เยี่ยมบ้าน")
    due = dialog.due_edit.line_edit
    due.setFocus()
    due.selectAll()
    qtbot.keyClick(due, Qt.Key.Key_Backspace)
    enter(qtbot, due, ctrl=True)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("โปรดระบุกำหนดแล้วเสร็จ")
    qtbot.keyClicks(due, "32/13/2569")
    enter(qtbot, due)
    assert focused() is due  # Enter does not move on from a date it cannot read
    assert dialog.ui.errorLabel.text().startswith("ไม่มีวันที่นี้ในปฏิทิน")


def test_an_agency_that_matches_nothing_is_refused_in_place(qtbot, dialog: ActionDialog) -> None:
    type_text(focused(), "กรมเจ้าท่า")
    enter(qtbot, focused())
    assert focused() is dialog.agency_picker.line_edit
    assert dialog.agency_picker.agencyId() is None
    assert dialog.ui.agencyMessageLabel.isVisible()
    assert dialog.ui.agencyMessageLabel.text().startswith("ไม่พบหน่วยงาน “กรมเจ้าท่า”")
    dialog.ui.taskEdit.setText("ตรวจเรือประมง")
    enter(qtbot, dialog.ui.taskEdit, ctrl=True)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text().startswith("ไม่พบหน่วยงาน")


def test_a_date_typed_where_the_person_goes_is_refused_and_not_taken_as_the_due_date(
    qtbot, dialog: ActionDialog
) -> None:
    dialog.agency_picker.setAgencyId(2)
    dialog.ui.taskEdit.setText("สอบปากคำนายจ้าง")
    person = dialog.ui.personEdit
    person.setFocus()
    qtbot.keyClicks(person, "30/11/2569")
    enter(qtbot, person)
    assert dialog.isVisible()
    assert "ไม่ใช่วันที่" in dialog.ui.errorLabel.text()
    assert dialog.due_edit.date() == D(2026, 12, 17)  # still the proposal


def test_a_measure_is_chosen_by_part_of_its_name_and_typing_that_matches_none_is_refused(
    qtbot, dialog: ActionDialog
) -> None:
    measure = dialog.ui.measureCombo.lineEdit()
    measure.setFocus()
    measure.selectAll()
    type_text(measure, "ยาเสพติด")
    enter(qtbot, measure)
    assert dialog.isVisible()
    assert dialog.ui.measureCombo.currentData() == "protection"  # kept, not the first measure
    assert dialog.ui.errorLabel.text().startswith("ไม่พบ “ยาเสพติด”")
    measure.selectAll()
    type_text(measure, "ดำเนิน")
    enter(qtbot, measure)
    assert (dialog.ui.measureCombo.currentData(), measure.text()) == ("prosecution", "ดำเนินคดี")


def edited(due_date: dt.date | None) -> ActionView:
    return ActionView(
        id=7, meeting_id=1, item_id=3, agency_id=2, agency_label="สภ.แม่สาย", task="สอบปากคำนายจ้าง",
        due_date=due_date, responsible_person="", measure="prosecution", case_id=None, case_code="", resources="",
        status=ActionStatus.OPEN, status_reason="", closed_on=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("stored", "shown"), [(D(2026, 11, 30), "30/11/2569"), (None, "17/12/2569")], ids=["dated", "undated"]
)
def test_an_edited_action_keeps_its_date_and_one_without_is_offered_the_proposal(
    qtbot, stored: dt.date | None, shown: str
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ActionDialog(AGENCIES, edited(stored), parent=window, measure="protection")
    dialog.set_proposal(PROPOSAL)
    assert dialog.due_edit.text() == shown
    assert dialog.ui.measureCombo.currentData() == "prosecution"  # the action's own, not the item's
