"""The case picker of an agenda item: type part of a code or a case type, and a list offers the cases that match,
the meeting's body's own cases first, each with its code, type and latest risk level.

The matches are asked of the service on the worker a moment after typing stops (a province holds tens of
thousands of cases: they are never all loaded into the list). Choosing a row (Enter or a click) links its case
(``chosen``); a code typed whole is linked with Enter or the link button, and a code no case has is refused by the
service with a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from mdt_desktop.gui.cases.risk_chart import BAND_COLOURS
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import CaseChoice

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 250


class CasePicker(QObject):
    """Completion for ``line_edit``; ``body_id()`` names the body whose cases come first."""

    chosen = Signal(str)  # the code of the case chosen from the list

    def __init__(self, context: AppContext, line_edit: QLineEdit, body_id: Callable[[], int | None]) -> None:
        super().__init__(line_edit)
        self.context = context
        self.line_edit = line_edit
        self.body_id = body_id
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.model)
        # The service has already chosen the matches: the list shows them all, in its order.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Not QLineEdit.setCompleter: that would paste the whole row into the field on activation.
        self.completer.setWidget(line_edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._ask)
        line_edit.textEdited.connect(lambda _text: self._timer.start())
        line_edit.setPlaceholderText(self.tr("รหัสกรณี หรือบางส่วนของรหัส/ประเภทกรณี"))

    def codes(self) -> list[str]:
        """The codes offered, in the list's order."""
        return [self.model.item(row).data(CODE_ROLE) for row in range(self.model.rowCount())]

    def row_highlighted(self) -> bool:
        """True while the list is open on a row: Enter then chooses that row (and the field's Enter waits)."""
        popup = self.completer.popup()
        return popup.isVisible() and popup.currentIndex().isValid()

    def _ask(self) -> None:
        text = self.line_edit.text().strip()
        if not text:
            self.model.clear()
            self.completer.popup().hide()
            return
        database, body_id = self.context.database, self.body_id()
        self.context.tasks.run(
            lambda: meetings.case_choices(database, body_id, text), lambda found: self._show(text, found)
        )

    def _show(self, asked: str, choices: list[CaseChoice]) -> None:
        if asked != self.line_edit.text().strip():
            return  # typing went on: the answer to the newer text is on its way
        self.model.clear()
        for choice in choices:
            self.model.appendRow(self._row(choice))
        if choices and self.line_edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _row(self, choice: CaseChoice) -> QStandardItem:
        parts = [choice.code, choice.case_type.th]
        if choice.is_child:
            parts.append(self.tr("เด็ก"))
        parts.append(choice.latest_level.th if choice.latest_level else self.tr("ยังไม่ได้ประเมินความเสี่ยง"))
        row = QStandardItem(" · ".join(parts))
        row.setEditable(False)
        row.setData(choice.code, CODE_ROLE)
        if choice.latest_level is not None:
            row.setBackground(QBrush(BAND_COLOURS[choice.latest_level]))
        if not choice.own_body:
            row.setToolTip(self.tr("กรณีของคณะอื่น"))
        return row

    def _on_activated(self, index: QModelIndex) -> None:
        self.completer.popup().hide()
        self.line_edit.setText(index.data(CODE_ROLE))
        self.chosen.emit(index.data(CODE_ROLE))
