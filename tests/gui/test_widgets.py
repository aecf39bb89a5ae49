"""BeDateEdit and AgencyPicker used the way a secretary uses them: typing, Enter, the calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, Qt

from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

# Popups (calendar, completer) make the offscreen platform say what it cannot do; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@dataclass
class Agency:
    id: int
    abbreviation: str
    name_th: str
    name_en: str = ""
    aliases: str = ""


AGENCIES = [
    Agency(1, "พมจ.", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", "Provincial Social Development Office"),
    Agency(2, "สภ.", "สถานีตำรวจภูธรเมือง", "Provincial Police Station"),
    Agency(3, "", "บ้านพักเด็กและครอบครัวจังหวัด", "", "บพด.\nบ้านพักเด็ก"),
]


def test_typed_be_date_is_read_and_shown_numeric(qtbot):
    edit = BeDateEdit()
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.dateChanged) as signal:
        type_text(edit.line_edit, "21 พ.ย. 2569")
        qtbot.keyClick(edit.line_edit, Qt.Key.Key_Return)
    assert signal.args == [dt.date(2026, 11, 21)]
    assert edit.date() == dt.date(2026, 11, 21)
    assert edit.text() == "21/11/2569"
    assert edit.is_valid()


def test_unreadable_date_is_marked_with_a_thai_hint_and_keeps_last_value(qtbot):
    edit = BeDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(dt.date(2026, 1, 5))
    edit.line_edit.clear()
    qtbot.keyClicks(edit.line_edit, "31/02/2569")
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Return)
    assert not edit.is_valid()
    assert "พ.ศ." in edit.toolTip() or "วันที่" in edit.toolTip()
    assert edit.date() == dt.date(2026, 1, 5)
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Backspace)
    assert edit.is_valid()  # typing again clears the mark


def test_calendar_header_shows_buddhist_year_and_picking_sets_date(qtbot):
    edit = BeDateEdit()
    qtbot.addWidget(edit)
    edit.setDate(dt.date(2026, 11, 21))
    edit.show()
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    assert edit.popup.isVisible()
    assert edit.popup.header_text() == "พฤศจิกายน พ.ศ. 2569"
    qtbot.mouseClick(edit.popup.next_button, Qt.MouseButton.LeftButton)
    assert edit.popup.header_text() == "ธันวาคม พ.ศ. 2569"
    edit.popup.calendar.clicked.emit(QDate(2026, 12, 3))
    assert edit.date() == dt.date(2026, 12, 3)
    assert edit.text() == "03/12/2569" or edit.text() == "3/12/2569"
    assert not edit.popup.isVisible()


def test_agency_found_by_abbreviation_without_dot_and_enter_picks_it(qtbot):
    picker = AgencyPicker()
    qtbot.addWidget(picker)
    picker.setAgencies(AGENCIES)
    picker.show()
    picker.line_edit.setFocus()
    with qtbot.waitSignal(picker.agencyChosen) as signal:
        type_text(picker.line_edit, "พมจ")
        qtbot.keyClick(picker.line_edit, Qt.Key.Key_Return)
    assert signal.args == [1]
    assert picker.agencyId() == 1
    assert picker.text().startswith("พมจ.")


def test_agency_found_by_part_of_its_thai_name_or_alias(qtbot):
    picker = AgencyPicker()
    qtbot.addWidget(picker)
    picker.setAgencies(AGENCIES)
    picker.show()
    type_text(picker.line_edit, "พัฒนาสังคม")
    assert picker.matches() == [1]
    assert picker.completer.popup().isVisible()
    picker.line_edit.clear()
    type_text(picker.line_edit, "บพด")
    assert picker.matches() == [3]
    picker.choose_first_match()
    assert picker.agencyId() == 3


def test_unknown_agency_is_marked_and_nothing_chosen(qtbot):
    picker = AgencyPicker()
    qtbot.addWidget(picker)
    picker.setAgencies(AGENCIES)
    type_text(picker.line_edit, "ไม่มีหน่วยนี้")
    qtbot.keyClick(picker.line_edit, Qt.Key.Key_Return)
    assert picker.agencyId() is None
    assert picker.line_edit.toolTip()


def test_enter_in_the_agency_field_of_a_form_chooses_and_moves_on_without_saving_the_form(qtbot):
    """In a dialog, Enter on the agency must not press the default OK button with the rest still empty."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = AgencyPicker(dialog)
    position = QLineEdit(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    for widget in (picker, position, buttons):
        layout.addWidget(widget)
    picker.setAgencies(AGENCIES)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker.line_edit.setFocus()
    type_text(picker.line_edit, "สภ")
    picker.completer.popup().hide()  # e.g. after Escape: the list of matches is closed
    qtbot.keyClick(picker.line_edit, Qt.Key.Key_Return)
    assert picker.agencyId() == 2
    assert dialog.isVisible() and dialog.result() == 0  # the form was not saved
    assert dialog.focusWidget() is position
