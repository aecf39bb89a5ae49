"""The two small dialogs of the meetings page: a new meeting, and an action assigned at the keyboard.

Both are opened with ``open()`` (window-modal, never ``exec()``) and hand back plain values through ``values()``.
The action dialog is built for speed during the meeting: type the agency's abbreviation and Enter, type the
task and Enter, take the proposed due date (or a quick choice, or type one in พ.ศ.) and Enter, type the responsible
person and Enter saves; the tab order is the same as the order on screen.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import Measure, MeetingKind
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_action_dialog import Ui_ActionDialog
from mdt_desktop.gui.forms.ui_new_meeting_dialog import Ui_NewMeetingDialog
from mdt_desktop.gui.widgets.agency_picker import AgencyLike, AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.gui.widgets.strict_choice import StrictChoice
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import ActionView, BodySummary, DueProposal
from mdt_desktop.services.meetings.proposal import (
    DEFAULT_LENGTH,
    END_NOT_AFTER_START,
    MeetingProposal,
    end_after,
)
from mdt_desktop.thai.dates import DateFormatError, TimeFormatError, format_time, parse_date, parse_time


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


# Keys that move between fields or save: they do not count as editing the proposed date.
_MOVING_KEYS = frozenset(
    {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Control,
        Qt.Key.Key_Shift,
    }
)


class ActionDialog(QDialog):
    """Assign (or edit) an action, at the keyboard, in the order the fields stand on screen.

    Agency (Enter takes the matching agency) → task → due date → responsible person: Enter moves from one to the
    next and saves from the last; Ctrl+Enter saves from anywhere; Tab goes the same way, then to the measure.
    Given ``context`` and ``meeting_id``, the due date before the body's next meeting is proposed (filled in and
    selected, so typing replaces it) beside quick choices of 7, 15 and 30 days; ↑ and ↓ in the date step through
    them. A new action takes the agenda item's ``measure`` unless it is changed. Nothing typed is replaced by a
    guess: an agency, a measure or a date that cannot be read is refused in place with a message."""

    def __init__(
        self,
        agencies: Iterable[AgencyLike],
        action: ActionView | None = None,
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
        meeting_id: int | None = None,
        measure: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = context.language if context is not None else "th"
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.agency_picker = AgencyPicker(self)
        self.agency_picker.setAgencies(agencies)
        put_in(self.ui.agencyHolder, self.agency_picker)
        self.due_edit = BeDateEdit(self, language=self.language)
        put_in(self.ui.dueHolder, self.due_edit)
        self.ui.agencyMessageLabel.hide()
        self.ui.quickDueHolder.hide()  # until the proposal arrives
        self.quick_buttons = QButtonGroup(self)
        self.proposal: DueProposal | None = None
        self._choices: list[dt.date] = []  # the proposal first, then the quick choices, as the buttons stand
        # An edited action keeps its date (an old one without a date is offered the proposal); a proposal never
        # overwrites a date typed while it was being read.
        self._due_touched = action is not None and action.due_date is not None
        self.ui.measureCombo.addItem(self.tr("ไม่ระบุ"), None)
        for item_measure in Measure:
            self.ui.measureCombo.addItem(item_measure.th, item_measure.value)
        self.measure_choice = StrictChoice(self.ui.measureCombo)
        for button in self.ui.buttonBox.buttons():
            button.setAutoDefault(False)  # Enter is handled field by field (``eventFilter``)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึก"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self._order_tabs()
        self._connect()
        chosen_measure = measure
        if action is not None:
            self.setWindowTitle(self.tr("แก้ไขงานที่มอบหมาย"))
            self.agency_picker.setAgencyId(action.agency_id)
            self.ui.taskEdit.setText(action.task)
            self.due_edit.setDate(action.due_date)
            self.ui.personEdit.setText(action.responsible_person)
            chosen_measure = action.measure
        self.ui.measureCombo.setCurrentIndex(max(0, self.ui.measureCombo.findData(chosen_measure)))
        if context is not None and meeting_id is not None:
            database = context.database
            context.tasks.run(
                lambda: meetings.propose_due_date(database, meeting_id), self.set_proposal, self._not_proposed
            )
        self.agency_picker.setFocus()

    def _order_tabs(self) -> None:
        """Tab follows the screen: agency, task, due date, responsible person, measure, then the buttons."""
        chain = [
            self.agency_picker.line_edit,
            self.ui.taskEdit,
            self.due_edit.line_edit,
            self.ui.personEdit,
            self.ui.measureCombo,
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.agency_picker.agencyChosen.connect(self._agency_chosen)
        self.agency_picker.messageChanged.connect(self._show_agency_message)
        self.measure_choice.refused.connect(self.ui.errorLabel.setText)
        self.due_edit.line_edit.textEdited.connect(self._due_typed)
        self.due_edit.dateChanged.connect(self._check_quick_choice)
        for widget in (
            self.agency_picker.line_edit,
            self.ui.taskEdit,
            self.due_edit.line_edit,
            self.ui.personEdit,
            self.measure_choice.line_edit,
        ):
            # Installed after the picker's and the measure box's own filters, so this one sees the keys first.
            widget.installEventFilter(self)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self.accept)

    # --- the due date proposed ----------------------------------------------------------------------------------

    def set_proposal(self, proposal: DueProposal) -> None:
        """Offer the proposal and the quick choices; fill the proposal in unless a date was typed already."""
        self.proposal = proposal
        for button in self.quick_buttons.buttons():
            self.quick_buttons.removeButton(button)
            button.deleteLater()
        if proposal.meeting_exists:
            why = self.tr("วันประชุมครั้งถัดไปที่สร้างไว้แล้ว")
        else:
            why = self.tr("คาดจากระยะห่างปกติของการประชุม {days} วัน").format(days=proposal.interval_days)
        labelled = [
            (
                self.tr("ก่อนประชุมครั้งหน้า ({date})").format(date=screen_date(proposal.next_meeting)),
                proposal.next_meeting,
                why,
            )
        ]
        for days, day in proposal.quick:
            labelled.append((self.tr("{days} วัน").format(days=days), day, screen_date(day)))
        self._choices = [day for _label, day, _tip in labelled]
        layout = self.ui.quickDueLayout
        for position, (label, day, tip) in enumerate(labelled):
            button = QPushButton(label, self.ui.quickDueHolder)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses ↑ ↓ in the date field instead
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, chosen=day: self._take_choice(chosen))
            self.quick_buttons.addButton(button, position)
            layout.insertWidget(position, button)
        self.ui.quickDueHolder.show()
        if not self._due_touched and self.due_edit.date() is None and not self.due_edit.text().strip():
            self._take_choice(proposal.next_meeting)
        self._check_quick_choice(self.due_edit.date())

    def _not_proposed(self, error: UserFacingError) -> None:
        # The date can still be typed; the message says why nothing was proposed (it never holds case data).
        self.ui.errorLabel.setText(error.message(self.language))

    def _take_choice(self, day: dt.date) -> None:
        self.due_edit.setDate(day)
        self.due_edit.line_edit.selectAll()  # typing replaces it
        self._check_quick_choice(day)

    def _step_choice(self, step: int) -> None:
        if not self._choices:
            return
        self.due_edit.commit_typed()
        current = self.due_edit.date()
        position = self._choices.index(current) if current in self._choices else -1 if step > 0 else 0
        self._take_choice(self._choices[(position + step) % len(self._choices)])
        self._due_touched = True

    def _due_typed(self, _text: str) -> None:
        self._due_touched = True
        self._check_quick_choice(None)

    def _check_quick_choice(self, day: object) -> None:
        """The button of the choice the date stands for looks pressed; a typed date presses none."""
        position = self._choices.index(day) if isinstance(day, dt.date) and day in self._choices else -1
        self.quick_buttons.setExclusive(False)  # an exclusive group cannot show none pressed
        for button in self.quick_buttons.buttons():
            button.setChecked(self.quick_buttons.id(button) == position)
        self.quick_buttons.setExclusive(True)

    # --- the keyboard -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.due_edit.line_edit and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_choice(1 if key == Qt.Key.Key_Down else -1)
            return True
        if watched is self.due_edit.line_edit and key not in _MOVING_KEYS and not self._due_touched:
            # The first key typed over the proposal replaces it, however the field got the focus; a key that
            # edits (a cursor move, a deletion) keeps it, to be changed in place.
            if event.text().isprintable() and event.text():
                self.due_edit.line_edit.selectAll()
            self._due_touched = True
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return super().eventFilter(watched, event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()
        elif watched is self.agency_picker.line_edit:
            self.agency_picker.choose_first_match()
            if self.agency_picker.agencyId() is not None:
                self.ui.taskEdit.setFocus(Qt.FocusReason.TabFocusReason)
        elif watched is self.ui.taskEdit:
            self.due_edit.line_edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.due_edit.line_edit.selectAll()
        elif watched is self.due_edit.line_edit:
            self.due_edit.commit_typed()
            problem = self._due_problem()
            self.ui.errorLabel.setText(problem)
            if not problem:
                self.ui.personEdit.setFocus(Qt.FocusReason.TabFocusReason)
        elif watched is self.measure_choice.line_edit:
            if self.measure_choice.commit():
                self.accept()
        else:
            self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def _agency_chosen(self, _agency_id: int) -> None:
        # After the completer has finished with the key press that chose the agency.
        QTimer.singleShot(0, lambda: self.ui.taskEdit.setFocus(Qt.FocusReason.TabFocusReason))

    def _show_agency_message(self, message: str) -> None:
        self.ui.agencyMessageLabel.setText(message)
        self.ui.agencyMessageLabel.setVisible(bool(message))

    # --- saving -------------------------------------------------------------------------------------------------

    def _due_problem(self) -> str:
        if not self.due_edit.is_valid():
            return self.due_edit.error_message()
        if self.due_edit.date() is None:
            return meetings.DUE_DATE_REQUIRED.text(self.language)
        return ""

    def _person_problem(self) -> str:
        """A date typed where the person goes (the old tab order led there) is not a person, nor taken as a date."""
        try:
            parse_date(self.ui.personEdit.text())
        except DateFormatError:
            return ""
        return self.tr("ช่องผู้รับผิดชอบใส่ชื่อหรือตำแหน่ง ไม่ใช่วันที่ — กำหนดแล้วเสร็จพิมพ์ที่ช่องกำหนดแล้วเสร็จ")

    def problem(self) -> tuple[str, QWidget | None]:
        """What stops saving, and the field to fix it in; ("", None) when the action can be saved."""
        self.due_edit.commit_typed()  # a date typed and not yet left counts
        if self.agency_picker.agencyId() is None and self.agency_picker.text().strip():
            self.agency_picker.choose_first_match()  # as Enter in the field would
        if self.agency_picker.agencyId() is None:
            message = self.agency_picker.message() or meetings.AGENCY_REQUIRED.text(self.language)
            return message, self.agency_picker.line_edit
        if not self.ui.taskEdit.text().strip():
            return meetings.TASK_REQUIRED.text(self.language), self.ui.taskEdit
        due = self._due_problem()
        if due:
            return due, self.due_edit.line_edit
        person = self._person_problem()
        if person:
            return person, self.ui.personEdit
        if not self.measure_choice.commit():
            return self.measure_choice.message(), self.measure_choice.line_edit
        return "", None

    def accept(self) -> None:
        problem, field = self.problem()
        self.ui.errorLabel.setText(problem)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "agency_id": self.agency_picker.agencyId(),
            "task": self.ui.taskEdit.text().strip(),
            "due_date": self.due_edit.date(),
            "responsible_person": self.ui.personEdit.text().strip(),
            "measure": self.ui.measureCombo.currentData(),
        }
