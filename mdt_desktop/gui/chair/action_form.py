"""The chair's inline form for assigning an action from the keyboard: agency (abbreviation with completion), task,
due date, in that order on screen and in the tab order; Enter in the task or the date saves, Esc cancels.

The form only gathers and checks what was typed; saving is the window's business, through the same service the
secretary's editor uses. A due date is required: an action without one can never become overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mdt_desktop.gui.widgets.agency_picker import AgencyLike, AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

ERROR_COLOUR = "#b00020"  # dark red on white: readable on a projector, not a pastel


class ChairActionForm(QWidget):
    """``submitted(agency_id, task, due_date)`` once all three are given; ``cancelled`` on Esc or Cancel."""

    submitted = Signal(int, str, object)  # agency id, task, datetime.date
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "th") -> None:
        super().__init__(parent)
        self.setObjectName("chairActionForm")
        self.agency_picker = AgencyPicker(self)
        self.task_edit = QLineEdit(self)
        self.task_edit.setObjectName("chairActionTask")
        self.due_edit = BeDateEdit(self, language=language)
        self.save_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for button in (self.save_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes agency → task → date and back
        self.message_label = QLabel(self)
        self.message_label.setObjectName("chairActionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.message_label.hide()

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headings = [QLabel(self), QLabel(self), QLabel(self)]  # agency, task, due date
        for column, heading in enumerate(self.headings):
            layout.addWidget(heading, 0, column)
        layout.addWidget(self.agency_picker, 1, 0)
        layout.addWidget(self.task_edit, 1, 1)
        layout.addWidget(self.due_edit, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons, 2, 0, 1, 3)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 5)
        layout.setColumnStretch(2, 3)
        QWidget.setTabOrder(self.agency_picker.line_edit, self.task_edit)
        QWidget.setTabOrder(self.task_edit, self.due_edit.line_edit)

        # Chosen from the list or by Enter: the cursor goes on to the task, as the chair would type it next.
        self.agency_picker.agencyChosen.connect(self._agency_chosen)
        self.task_edit.returnPressed.connect(self.submit)
        self.due_edit.line_edit.returnPressed.connect(self.submit)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for edit in (self.agency_picker.line_edit, self.task_edit, self.due_edit.line_edit):
            edit.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        for heading, text in zip(
            self.headings, (self.tr("หน่วยงาน"), self.tr("งาน"), self.tr("ครบกำหนด")), strict=True
        ):
            heading.setText(text)
        self.task_edit.setPlaceholderText(self.tr("งานที่มอบหมาย"))
        self.save_button.setText(self.tr("บันทึก (Enter)"))
        self.cancel_button.setText(self.tr("ยกเลิก (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _agency_chosen(self, _agency_id: int) -> None:
        self.agency_picker.line_edit.setCursorPosition(0)  # the abbreviation in sight, not the name's end
        self.task_edit.setFocus()

    def set_agencies(self, agencies: Iterable[AgencyLike]) -> None:
        self.agency_picker.setAgencies(agencies)

    def start(self, proposed_due: dt.date | None = None) -> None:
        """Empty fields (the due date proposed, when there is a proposal), the cursor in the agency."""
        self.agency_picker.setAgencyId(None)
        self.task_edit.clear()
        self.due_edit.setDate(proposed_due)
        self.message_label.hide()
        self.show()
        self.agency_picker.setFocus()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def submit(self) -> None:
        """Check the three fields in their order on screen; the first one missing gets the cursor and a message."""
        self.agency_picker.choose_first_match()
        self.due_edit.commit_typed()
        agency_id = self.agency_picker.agencyId()
        task = self.task_edit.text().strip()
        due = self.due_edit.date()
        if agency_id is None:
            self.show_message(self.tr("โปรดเลือกหน่วยงาน (พิมพ์ชื่อย่อ แล้วเลือกจากรายการ)"))
            self.agency_picker.setFocus()
        elif not task:
            self.show_message(self.tr("โปรดพิมพ์งานที่มอบหมาย"))
            self.task_edit.setFocus()
        elif due is None or not self.due_edit.is_valid():
            self.show_message(
                self.due_edit.error_message() or self.tr("โปรดระบุวันครบกำหนด เพื่อให้ติดตามได้ว่างานเกินกำหนดหรือไม่")
            )
            self.due_edit.setFocus()
        else:
            self.message_label.hide()
            self.submitted.emit(agency_id, task, due)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not self.agency_picker.completer.popup().isVisible()
        ):
            self.cancelled.emit()
            return True
        return super().eventFilter(watched, event)
