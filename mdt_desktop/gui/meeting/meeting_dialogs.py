"""The two small dialogs of the meetings page: a new meeting, and an action assigned at the keyboard.

Both are opened with ``open()`` (window-modal, never ``exec()``) and hand back plain values through ``values()``.
The action dialog is built for speed during the meeting: type the agency's abbreviation and Enter, type the
task, type the due date in พ.ศ. (or pick it), Enter saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from mdt_desktop.domain.codes import Measure, MeetingKind
from mdt_desktop.gui.forms.ui_action_dialog import Ui_ActionDialog
from mdt_desktop.gui.forms.ui_new_meeting_dialog import Ui_NewMeetingDialog
from mdt_desktop.gui.widgets.agency_picker import AgencyLike, AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.services.meetings import ActionView, BodySummary
from mdt_desktop.services.meetings.proposal import (
    DEFAULT_LENGTH,
    END_NOT_AFTER_START,
    MeetingProposal,
    end_after,
)
from mdt_desktop.thai.dates import TimeFormatError, format_time, parse_time


def put_in(holder: QWidget, widget: QWidget) -> None:
    """Place a widget built in code where the form has an empty holder."""
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    holder.setFocusProxy(widget)


class NewMeetingDialog(QDialog):
    """A new meeting for a body, with the venue, start and end the body's recent meetings suggest.

    ``body_chosen`` asks for the chosen body's proposal, which comes back through ``show_proposal``: it fills only
    the fields the person has not typed in, and a start typed later moves a proposed end with it."""

    body_chosen = Signal(int)  # body id

    def __init__(
        self,
        bodies: Iterable[BodySummary],
        body_id: int | None,
        parent: QWidget | None = None,
        *,
        language: str = "th",
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.ui = Ui_NewMeetingDialog()
        self.ui.setupUi(self)
        self.date_edit = BeDateEdit(self)
        put_in(self.ui.dateHolder, self.date_edit)
        self.date_edit.setDate(dt.date.today())
        for body in bodies:
            self.ui.bodyCombo.addItem(body.name_th, body.id)
        if body_id is not None:
            self.ui.bodyCombo.setCurrentIndex(max(0, self.ui.bodyCombo.findData(body_id)))
        for kind in MeetingKind:
            self.ui.kindCombo.addItem(kind.th, kind.value)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("สร้างการประชุม"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._usual_length = DEFAULT_LENGTH
        self._proposed: dict[QLineEdit, str] = {}  # what a proposal put in a field: replaced by the next one
        self.ui.bodyCombo.currentIndexChanged.connect(lambda _index: self.request_proposal())
        self.ui.startEdit.editingFinished.connect(self._start_changed)
        self.date_edit.setFocus()

    def request_proposal(self) -> None:
        body_id = self.ui.bodyCombo.currentData()
        if body_id is not None:
            self.body_chosen.emit(body_id)

    def show_proposal(self, body_id: int, proposal: MeetingProposal) -> None:
        if body_id != self.ui.bodyCombo.currentData():
            return  # another body was chosen meanwhile
        self._usual_length = proposal.usual_length
        start = format_time(proposal.start_time) if proposal.start_time else ""
        end = format_time(proposal.end_time) if proposal.end_time else ""
        for edit, text in (
            (self.ui.venueEdit, proposal.venue),
            (self.ui.startEdit, start),
            (self.ui.endEdit, end),
        ):
            self._offer(edit, text)
        self.ui.proposalLabel.setText(
            self.tr("เสนอตามการประชุมครั้งก่อน ๆ ของทีม/คณะนี้ แก้ได้")
            if proposal.venue or proposal.start_time
            else ""
        )

    def _offer(self, edit: QLineEdit, text: str) -> None:
        """Put a proposal in a field that is empty or still holds the previous proposal, never over typing."""
        if edit.text().strip() in ("", self._proposed.get(edit, "")):
            edit.setText(text)
            self._proposed[edit] = text

    def _start_changed(self) -> None:
        """A start typed: a proposed (or empty) end follows it at the body's usual length."""
        try:
            start = parse_time(self.ui.startEdit.text()) if self.ui.startEdit.text().strip() else None
        except TimeFormatError:
            return  # said when the dialog is accepted
        if start is not None:
            self._offer(self.ui.endEdit, format_time(end_after(start, self._usual_length)))

    def _time(self, edit: QLineEdit) -> dt.time | None:
        text = edit.text().strip()
        return parse_time(text) if text else None

    def problem(self) -> str:
        self.date_edit.commit_typed()  # a date typed and not yet left counts
        if self.ui.bodyCombo.currentData() is None:
            return self.tr("โปรดเพิ่มทีม/คณะก่อน ที่หน้าทีมและคณะ")
        if self.date_edit.date() is None or not self.date_edit.is_valid():
            return self.date_edit.error_message() or self.tr("โปรดระบุวันที่ประชุม")
        try:
            start, end = self._time(self.ui.startEdit), self._time(self.ui.endEdit)
        except TimeFormatError as error:
            return error.message(self.language)
        if start is not None and end is not None and end <= start:
            return END_NOT_AFTER_START.text(self.language)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        self.ui.errorLabel.setText(problem)
        if not problem:
            super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "body_id": self.ui.bodyCombo.currentData(),
            "date": self.date_edit.date(),
            "kind": MeetingKind(self.ui.kindCombo.currentData()),
            "venue": self.ui.venueEdit.text().strip(),
            "start_time": self._time(self.ui.startEdit),
            "end_time": self._time(self.ui.endEdit),
        }


class ActionDialog(QDialog):
    """Assign (or edit) an action. Enter in the agency field takes the first match and moves on; Enter
    anywhere else saves."""

    def __init__(
        self, agencies: Iterable[AgencyLike], action: ActionView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.agency_picker = AgencyPicker(self)
        self.agency_picker.setAgencies(agencies)
        put_in(self.ui.agencyHolder, self.agency_picker)
        self.due_edit = BeDateEdit(self)
        put_in(self.ui.dueHolder, self.due_edit)
        self.ui.measureCombo.addItem(self.tr("ไม่ระบุ"), None)
        for measure in Measure:
            self.ui.measureCombo.addItem(measure.th, measure.value)
        for button in self.ui.buttonBox.buttons():
            button.setAutoDefault(False)  # Enter is handled below, field by field
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึก"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.agency_picker.agencyChosen.connect(self._agency_chosen)
        self.agency_picker.line_edit.installEventFilter(self)
        if action is not None:
            self.setWindowTitle(self.tr("แก้ไขงานที่มอบหมาย"))
            self.agency_picker.setAgencyId(action.agency_id)
            self.ui.taskEdit.setText(action.task)
            self.due_edit.setDate(action.due_date)
            self.ui.personEdit.setText(action.responsible_person)
            self.ui.measureCombo.setCurrentIndex(max(0, self.ui.measureCombo.findData(action.measure)))
        self.agency_picker.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.agency_picker.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.agency_picker.choose_first_match()
            if self.agency_picker.agencyId() is not None:
                self.ui.taskEdit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def _agency_chosen(self, _agency_id: int) -> None:
        # After the completer has finished with the key press that chose the agency.
        QTimer.singleShot(0, self.ui.taskEdit.setFocus)

    def problem(self) -> str:
        self.due_edit.commit_typed()  # a date typed and not yet left counts
        if self.agency_picker.agencyId() is None:
            return self.tr("โปรดเลือกหน่วยงานที่รับผิดชอบงานนี้")
        if not self.ui.taskEdit.text().strip():
            return self.tr("โปรดพิมพ์งานที่มอบหมาย")
        if not self.due_edit.is_valid():
            return self.due_edit.error_message()
        return ""

    def accept(self) -> None:
        problem = self.problem()
        self.ui.errorLabel.setText(problem)
        if not problem:
            super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "agency_id": self.agency_picker.agencyId(),
            "task": self.ui.taskEdit.text().strip(),
            "due_date": self.due_edit.date(),
            "responsible_person": self.ui.personEdit.text().strip(),
            "measure": self.ui.measureCombo.currentData(),
        }
