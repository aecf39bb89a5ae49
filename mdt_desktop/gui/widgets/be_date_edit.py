"""BeDateEdit: a date field that speaks the Buddhist Era.

Secretaries type dates the way they write them (21/11/2569, 21/11/69, 21 พ.ย. 2569, Thai digits...),
so the field is a line edit parsed by ``thai.dates.parse_date`` rather than a QDateEdit with fixed
sections. Qt has no Buddhist calendar, so the picker is a QCalendarWidget whose own navigation bar is
replaced by a header that shows the month in Thai and the year in พ.ศ.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.thai.dates import THAI_MONTHS, DateFormatError, format_date, parse_date, to_be

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fdecea; }"


class BeCalendarPopup(QFrame):
    """A calendar in a popup frame, with a Thai month and พ.ศ. year header of its own."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("เดือนก่อน"))
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("เดือนถัดไป"))
        self.header = QLabel(self)
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.header, 1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)

        self.previous_button.clicked.connect(self.calendar.showPreviousMonth)
        self.next_button.clicked.connect(self.calendar.showNextMonth)
        self.calendar.currentPageChanged.connect(self._update_header)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self._update_header(self.calendar.yearShown(), self.calendar.monthShown())

    def header_text(self) -> str:
        return self.header.text()

    def show_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _update_header(self, year: int, month: int) -> None:
        self.header.setText(f"{THAI_MONTHS[month - 1]} พ.ศ. {to_be(year)}")

    def _pick(self, qdate: QDate) -> None:
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.hide()


class BeDateEdit(QWidget):
    """Type a Buddhist-Era date in any usual form or pick one; ``date()`` is a ``datetime.date`` or None.

    ``dateChanged`` is emitted whenever the value changes, by typing, picking or ``setDate``.
    An unreadable entry keeps the last good value, is marked red, and its tooltip says which forms
    are accepted.
    """

    dateChanged = Signal(object)  # datetime.date | None

    def __init__(self, parent: QWidget | None = None, *, language: str = "th") -> None:
        super().__init__(parent)
        self.language = language
        self._date: dt.date | None = None
        self._error = ""
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("วว/ดด/ปปปป (พ.ศ.)"))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▼")  # Thai fonts carry no calendar emoji
        self.calendar_button.setToolTip(self.tr("เลือกจากปฏิทิน"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup = BeCalendarPopup(self)
        self.setFocusProxy(self.line_edit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)

        self.line_edit.editingFinished.connect(self.commit_typed)
        self.line_edit.textEdited.connect(self._clear_error)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.popup.picked.connect(self.setDate)

    # --- value ------------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, day: dt.date | None) -> None:
        self._clear_error()
        self.line_edit.setText(format_date(day, "numeric") if day is not None else "")
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day)

    def text(self) -> str:
        return self.line_edit.text()

    def is_valid(self) -> bool:
        return not self._error

    def error_message(self) -> str:
        return self._error

    # --- calendar ---------------------------------------------------------------------------------

    def open_calendar(self) -> None:
        self.popup.show_date(self._date or dt.date.today())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    # --- typing -----------------------------------------------------------------------------------

    def commit_typed(self) -> None:
        """Read what is typed now, as leaving the field does (for a dialog that accepts on Enter)."""
        text = self.line_edit.text().strip()
        if not text:
            if self._date is not None:
                self._date = None
                self.dateChanged.emit(None)
            return
        try:
            day = parse_date(text)
        except DateFormatError as error:
            self._show_error(error.message(self.language))
            return
        self.setDate(day)

    def _show_error(self, message: str) -> None:
        self._error = message
        self.line_edit.setStyleSheet(INVALID_STYLE)
        self.line_edit.setToolTip(message)
        self.setToolTip(message)

    def _clear_error(self) -> None:
        if self._error:
            self._error = ""
            self.line_edit.setStyleSheet("")
            self.line_edit.setToolTip("")
            self.setToolTip("")
