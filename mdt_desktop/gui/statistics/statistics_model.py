"""One published statistics table as a Qt table model: the row labels, then a column per count and the row totals,
the totals row last, as the workbook and the PDF publish it (``exports.statistics_marks.grid``). A withheld count
shows its mark ("<5", "x") with what it means in the tooltip; the totals are bold. No database, no worker: the page
hands it a table already computed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mdt_desktop.domain.statistics_report import StatisticsTable
from mdt_desktop.domain.suppression import PublishedCell, Suppression
from mdt_desktop.exports.statistics_marks import Grid, GridRow, grid, mark

Index = QModelIndex | QPersistentModelIndex
TOTALS_BACKGROUND = QBrush(QColor("#eeeeee"))
WITHHELD_FOREGROUND = QBrush(QColor("#6a1b9a"))


class PublishedTableModel(QAbstractTableModel):
    """Column 0 holds the row labels; the others the counts as published."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: Grid | None = None

    def set_table(self, table: StatisticsTable | None) -> None:
        self.beginResetModel()
        self._grid = grid(table) if table is not None else None
        self.endResetModel()

    def _rows(self) -> list[GridRow]:
        return [] if self._grid is None else [*self._grid.rows, self._grid.totals]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() or self._grid is None else len(self._grid.headers) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._grid is None or orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == 0 else self._grid.headers[section - 1]
        return None

    def cell(self, row: int, column: int) -> PublishedCell | None:
        """The published cell at a place of the table (column 1 onwards), or None where it is left empty."""
        return self._rows()[row].cells[column - 1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        rows = self._rows()
        row, column = index.row(), index.column()
        is_totals = row == len(rows) - 1
        if role == Qt.ItemDataRole.FontRole and is_totals:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_totals:
            return TOTALS_BACKGROUND
        if column == 0:
            return (
                rows[row].label
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        cell = self.cell(row, column)
        if cell is None:
            return None
        withheld = mark(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return withheld if withheld is not None else str(cell.count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and withheld is not None:
            return WITHHELD_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole and withheld is not None:
            if cell.suppression is Suppression.SMALL:
                return QCoreApplication.translate("PublishedTableModel", "น้อยกว่า 5 ราย จึงไม่แสดงจำนวน")
            return QCoreApplication.translate(
                "PublishedTableModel", "ปกปิดไว้ เพื่อไม่ให้คำนวณจำนวนที่น้อยกว่า 5 ย้อนกลับจากยอดรวมได้"
            )
        return None
