"""Search everything (Ctrl+K): answers as the person types, and Enter opens the chosen hit: a case's own view
for a case, the meeting for anything said or assigned in one, at the item (and the action) that matched.

Each keystroke restarts a short timer; the query then runs on the worker. Answers to queries that are no longer
what the field says are dropped, so a slow answer never replaces a newer one. A query the service declines (too
long, unsearchable) or a database that fails is told in the status line, with no results, and typing goes on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from mdt_desktop.gui.common.context import NO_ITEM, AppContext
from mdt_desktop.gui.forms.ui_search_dialog import Ui_SearchDialog
from mdt_desktop.gui.shell.search_results_model import HIT_ROLE, SearchResultsModel, opens
from mdt_desktop.refusal import Refusal
from mdt_desktop.services.search import SearchHit, search
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.storage.search_index import SearchKind

NO_ACTION = 0  # open_meeting_at_requested's action id when no action is to be selected
DEBOUNCE_MS = 150
RESULT_LIMIT = 50


class SearchDialog(QDialog):
    """``answered`` is emitted when the results shown match what is typed."""

    answered = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.model = SearchResultsModel(self)
        self.ui.resultsView.setModel(self.model)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_query)
        self.ui.queryEdit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.queryEdit.installEventFilter(self)
        self.ui.resultsView.activated.connect(self._open)
        self.ui.resultsView.doubleClicked.connect(self._open)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.ui.queryEdit.setFocus()
        self.ui.queryEdit.selectAll()

    def query(self) -> str:
        return self.ui.queryEdit.text().strip()

    def _run_query(self) -> None:
        text = self.query()
        if not text:
            self.model.set_hits([])
            self.ui.statusLabel.clear()
            self.answered.emit()
            return
        database = self.context.database
        self.context.tasks.run(
            lambda: (text, search(database, text, RESULT_LIMIT)),
            self._show,
            lambda error: self._failed(text, error),
        )

    def _show(self, answer: tuple[str, list[SearchHit]]) -> None:
        text, hits = answer
        if text != self.query():
            return  # a newer query is on its way
        self.model.set_hits(hits)
        if hits:
            self.ui.statusLabel.setText(self.tr("พบ {count} รายการ · Enter เพื่อเปิด").format(count=len(hits)))
            first = next((row for row, hit in enumerate(hits) if opens(hit)), None)
            if first is not None:
                self.ui.resultsView.setCurrentIndex(self.model.index(first))
        else:
            self.ui.statusLabel.setText(self.tr("ไม่พบ “{text}”").format(text=text))
        self.answered.emit()

    def _failed(self, text: str, error: StorageError | Refusal) -> None:
        if text != self.query():
            return  # a newer query is on its way
        self.model.set_hits([])
        self.ui.statusLabel.setText(error.message(self.context.language))
        self.answered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys move in the results while the cursor stays in the query; Enter opens the current hit.
        if (
            watched is self.ui.queryEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(Qt.Key(event.key()))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.ui.resultsView.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: Qt.Key) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
        current = self.ui.resultsView.currentIndex().row()
        self.ui.resultsView.setCurrentIndex(self.model.index(max(0, min(rows - 1, current + step))))

    def _open(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None or not opens(hit):
            return
        if hit.kind is SearchKind.CASE:
            self.context.signals.open_case_requested.emit(hit.ref_id)
        elif hit.meeting_id is not None:
            # At what matched: its item current, and a matched action selected in that item's table.
            self.context.signals.open_meeting_at_requested.emit(
                hit.meeting_id, hit.item_id or NO_ITEM, hit.action_id or NO_ACTION
            )
        self.accept()
