"""A read-only table model over a list of plain records, with columns declared once as (header, value) pairs.

Pages load records through the TaskRunner and hand them over with ``set_records``; the model never touches
the database, so it can be tested without a window and never blocks the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# Muted rows (inactive agencies, members whose term ended) stay readable but step back.
MUTED_FOREGROUND = QBrush(QColor("#757575"))

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], str]
    check: Callable[[R], bool] | None = None  # shown as a check mark instead of text


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records; subclasses declare ``columns()`` and may override ``muted``, ``record_id`` and the
    cell's ``tooltip``, ``foreground`` and ``background`` (overdue colours, for instance)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._columns: list[Column[R]] = self.columns()

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def muted(self, record: R) -> bool:
        return False

    def record_id(self, record: R) -> int | None:
        return getattr(record, "id", None)

    def tooltip(self, record: R, column: int) -> str:
        return self._columns[column].value(record)

    def foreground(self, record: R, column: int) -> QBrush | None:
        return MUTED_FOREGROUND if self.muted(record) else None

    def background(self, record: R) -> QBrush | None:
        return None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if self.record_id(record) == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.check is not None else column.value(record)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column()) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self.record_id(record)
        return None
