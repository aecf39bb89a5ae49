"""StrictChoice: a combo box that chooses by typing only an entry that matches, and says so when none does.

A plain QComboBox answers typed text with a keyboard search that, with Thai text, either silently keeps or silently
changes the choice; the person cannot see what was understood. StrictChoice makes the box editable with a list of
the entries that contain what is typed (any part, any case). Enter or leaving the box takes the entry typed in full,
or the only entry that contains it; typing that matches no entry, or several, is refused in place: the box turns
red, its tooltip and the ``refused`` signal carry the message, and the choice stays what it was. A change made this
way emits the combo's own ``activated``, as choosing from the list does, so owners listen to one signal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QToolTip

INVALID_STYLE = "QComboBox { border: 2px solid #c62828; background: #fdecea; }"


class StrictChoice(QObject):
    """Attach to an existing combo box (for example one built by a form): ``StrictChoice(combo)``.

    ``commit()`` reads what is typed now, as Enter does, and returns whether it stands for an entry."""

    refused = Signal(str)

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Our own completer, not the combo's: the combo's would choose the first entry of its inline guess.
        combo.setCompleter(None)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        self.line_edit: QLineEdit = line_edit
        self.completer = QCompleter(combo.model(), self)
        self.completer.setCompletionColumn(combo.modelColumn())
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(self.line_edit)
        self._message = ""
        self.line_edit.textEdited.connect(self._typed)
        # Enter while the list is open reaches the line edit directly, past the event filter below.
        self.line_edit.returnPressed.connect(self.commit)
        self.completer.activated[str].connect(self._completed)
        combo.currentIndexChanged.connect(lambda _index: self._mark(""))
        self.line_edit.installEventFilter(self)

    def message(self) -> str:
        """Why the typing was refused, or "" while it stands for an entry."""
        return self._message

    def matching_rows(self, text: str) -> list[int]:
        wanted = text.strip().casefold()
        return [row for row in range(self.combo.count()) if wanted in self.combo.itemText(row).casefold()]

    def commit(self) -> bool:
        text = self.line_edit.text().strip()
        current = self.combo.currentIndex()
        if current >= 0 and text == self.combo.itemText(current):
            self._mark("")
            return True
        exact = [
            row for row in range(self.combo.count()) if self.combo.itemText(row).casefold() == text.casefold()
        ]
        rows = exact or self.matching_rows(text)
        if text and len(rows) == 1:
            self._choose(rows[0])
            return True
        if not text or not rows:
            self._refuse(
                self.tr("ไม่พบ “{text}” ในรายการ — พิมพ์ส่วนหนึ่งของรายการที่มี หรือกดลูกศรลงเพื่อเลือก").format(text=text)
            )
        else:
            self._refuse(self.tr("“{text}” ตรงกับหลายรายการ — พิมพ์ให้ชัดขึ้น หรือเลือกจากรายการ").format(text=text))
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit:
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                # Taken here so that the combo's own Enter handling (which would add or guess) never runs.
                self.commit()
                return True
            leaving = event.type() == QEvent.Type.FocusOut and not self.completer.popup().isVisible()
            if leaving and not self.commit():
                # The box shows what is still chosen; the message shown by ``refused`` says what was not taken.
                self._show_current()
                self._mark("")
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        self._mark("")
        self.completer.setCompletionPrefix(text.strip())
        if text.strip() and self.completer.completionCount() > 0:
            self.completer.complete()
        else:
            self.completer.popup().hide()
        if text.strip() and not self.matching_rows(text):
            self._mark(self.tr("ไม่พบ “{text}” ในรายการ").format(text=text.strip()))

    def _completed(self, text: str) -> None:
        row = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            self._choose(row)

    def _choose(self, row: int) -> None:
        self.completer.popup().hide()
        if row != self.combo.currentIndex():
            self.combo.setCurrentIndex(row)
            self.combo.activated.emit(row)
        self._show_current()
        self._mark("")

    def _show_current(self) -> None:
        self.line_edit.setText(self.combo.currentText() if self.combo.currentIndex() >= 0 else "")

    def _refuse(self, message: str) -> None:
        self._mark(message)
        if self.combo.isVisible():
            QToolTip.showText(self.combo.mapToGlobal(QPoint(0, self.combo.height())), message, self.combo)
        self.refused.emit(message)

    def _mark(self, message: str) -> None:
        self._message = message
        self.combo.setStyleSheet(INVALID_STYLE if message else "")
        self.combo.setToolTip(message)
