"""AgencyPicker: choose an agency by typing any part of its abbreviation, Thai or English name, or an alias.

People call agencies by whatever they are used to (พมจ., พัฒนาสังคม, MSDHS, บ้านพักเด็ก...), so the
completer matches a substring anywhere in all of those names at once. The popup shows
"abbreviation — Thai name"; Enter takes the highlighted row, or the first match when none is
highlighted, so "พมจ" + Enter is enough. Typing that matches no agency is never replaced by a guess: the field turns
red and ``messageChanged`` carries the message ("" once the typing matches again) for the owner to show in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fdecea; }"


class AgencyLike(Protocol):
    """What the picker needs of an agency (services' dataclasses for agencies all have these)."""

    id: int
    abbreviation: str
    name_th: str
    name_en: str
    aliases: str


def agency_label(abbreviation: str, name_th: str) -> str:
    if abbreviation and name_th:
        return f"{abbreviation} — {name_th}"
    return abbreviation or name_th


class AgencyPicker(QWidget):
    """A line edit with a completer over agencies; ``agencyId()`` is the chosen agency or None."""

    agencyChosen = Signal(int)
    messageChanged = Signal(str)  # why the typing stands for no agency; "" when it is fine

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agency_id: int | None = None
        self._labels: dict[int, str] = {}
        self._message = ""
        self.model = QStandardItemModel(self)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("พิมพ์ชื่อย่อหรือชื่อหน่วยงาน"))
        self.line_edit.setClearButtonEnabled(True)
        self.completer = QCompleter(self)
        self.completer.setModel(self.model)
        self.completer.setCompletionRole(SEARCH_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Not QLineEdit.setCompleter: that would paste the long search text into the field on activation.
        self.completer.setWidget(self.line_edit)
        self.setFocusProxy(self.line_edit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)

        self.line_edit.textEdited.connect(self._on_text_edited)
        # Enter with the list of matches open: the completer hands the key to the line edit directly.
        self.line_edit.returnPressed.connect(self.choose_first_match)
        # Enter with the list closed: choose and move on; it must not reach the dialog, whose default button
        # would save the form half filled (a member with only a name and an agency).
        self.line_edit.installEventFilter(self)
        self.completer.activated[QModelIndex].connect(self._on_activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.completer.popup().isVisible()
        ):
            self.choose_first_match()
            if self._agency_id is not None:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # --- data -------------------------------------------------------------------------------------

    def setAgencies(self, agencies: Iterable[AgencyLike]) -> None:
        self.model.clear()
        self._labels.clear()
        for agency in agencies:
            label = agency_label(agency.abbreviation, agency.name_th)
            item = QStandardItem(label)
            item.setData(agency.id, ID_ROLE)
            search_text = " ".join(
                [agency.abbreviation, agency.name_th, agency.name_en, *agency.aliases.splitlines()]
            )
            item.setData(search_text, SEARCH_ROLE)
            item.setToolTip(agency.name_en or agency.name_th)
            self.model.appendRow(item)
            self._labels[agency.id] = label
        if self._agency_id is not None and self._agency_id not in self._labels:
            self.setAgencyId(None)

    def agencyId(self) -> int | None:
        return self._agency_id

    def setAgencyId(self, agency_id: int | None) -> None:
        self._agency_id = agency_id if agency_id in self._labels else None
        self.line_edit.setText(self._labels.get(agency_id, "") if agency_id is not None else "")
        self._mark_invalid(False)

    def text(self) -> str:
        return self.line_edit.text()

    def message(self) -> str:
        """Why what is typed stands for no agency, or ""."""
        return self._message

    # --- choosing ---------------------------------------------------------------------------------

    def matches(self) -> list[int]:
        """Ids of the agencies that match what is typed, in popup order."""
        model = self.completer.completionModel()
        return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]

    def choose_first_match(self) -> None:
        text = self.line_edit.text().strip()
        if self._agency_id is not None and text == self._labels.get(self._agency_id):
            return
        if not text:
            self._agency_id = None
            return
        self.completer.setCompletionPrefix(text)
        popup_index = self.completer.popup().currentIndex()
        if self.completer.popup().isVisible() and popup_index.isValid():
            self._choose(popup_index.data(ID_ROLE))
            return
        found = self.matches()
        if found:
            self._choose(found[0])
        else:
            self._mark_invalid(True)

    def _on_text_edited(self, text: str) -> None:
        self._agency_id = None
        self.completer.setCompletionPrefix(text.strip())
        found = self.completer.completionCount() > 0
        self._mark_invalid(bool(text.strip()) and not found)
        if text.strip() and found:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE))

    def _choose(self, agency_id: int) -> None:
        self.completer.popup().hide()
        self._agency_id = agency_id
        self.line_edit.setText(self._labels[agency_id])
        self._mark_invalid(False)
        self.agencyChosen.emit(agency_id)

    def _mark_invalid(self, invalid: bool) -> None:
        message = ""
        if invalid:
            message = self.tr("ไม่พบหน่วยงาน “{text}” — พิมพ์ชื่อย่อหรือชื่อหน่วยงาน").format(
                text=self.line_edit.text().strip()
            )
        self.line_edit.setStyleSheet(INVALID_STYLE if invalid else "")
        self.line_edit.setToolTip(message)
        if message != self._message:
            self._message = message
            self.messageChanged.emit(message)
