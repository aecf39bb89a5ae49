"""Attendance of the open meeting as an editable table: who came, who stood in for whom, who was away and why.

The model never writes to the database: an edit becomes ``change_requested(attendance_id, changes, previous)``,
which the editor turns into an undoable command; the command calls ``apply`` to show the change at once and
the service to store it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mdt_desktop.domain.codes import AttendanceCategory
from mdt_desktop.services.meetings import AttendanceRow

Index = QModelIndex | QPersistentModelIndex

NAME, POSITION, AGENCY, CATEGORY, NOTE, ACK = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceModel", text)


def note_text(row: AttendanceRow) -> str:
    """What the minutes print after the name: "แทน ..." for a stand-in, the reason for an absence."""
    if row.category is AttendanceCategory.STAND_IN and row.stands_in_for_text:
        return _tr("แทน") + " " + row.stands_in_for_text
    return row.reason


def changes_for(row: AttendanceRow, column: int, value: Any) -> dict[str, Any]:
    """The fields an edit of ``column`` changes; choosing "stand-in" for a member records whom they replace."""
    if column == NAME:
        return {"full_name": str(value).strip()}
    if column == POSITION:
        return {"position": str(value).strip()}
    if column == ACK:
        return {"confidentiality_ack": bool(value)}
    if column == NOTE:
        text = str(value).strip()
        if row.category is AttendanceCategory.STAND_IN:
            prefix = _tr("แทน")
            return {"stands_in_for_text": text[len(prefix) :].strip() if text.startswith(prefix) else text}
        return {"reason": text}
    if column == CATEGORY:
        category = AttendanceCategory(value)
        changes: dict[str, Any] = {"category": category.value}
        if category is AttendanceCategory.STAND_IN and not row.stands_in_for_text:
            # The seat's holder is who is replaced; the stand-in's own name and position are typed next.
            changes.update(
                stands_in_for_id=row.member_id,
                stands_in_for_text=" ".join(part for part in (row.full_name, row.position) if part),
                full_name="",
                position="",
            )
        return changes
    return {}


class AttendanceModel(QAbstractTableModel):
    change_requested = Signal(int, object, object)  # attendance id, changes, previous values

    HEADERS = ("ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "การมาประชุม", "เหตุผล / มาแทน", "รับทราบการรักษาความลับ")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceRow] = []
        self.read_only = False  # a database that cannot be written: nothing to tick or type

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def row_of(self, attendance_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == attendance_id), None)

    def apply(self, attendance_id: int, changes: dict[str, Any]) -> None:
        """Show stored values for one row (from a command's redo or undo)."""
        at = self.row_of(attendance_id)
        if at is None:
            return
        values = dict(changes)
        if "category" in values:
            values["category"] = AttendanceCategory(values["category"])
        self._rows[at] = replace(self._rows[at], **values)
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def add_row(self, row: AttendanceRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove_row(self, attendance_id: int) -> None:
        at = self.row_of(attendance_id)
        if at is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()

    # --- Qt model ---------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() == ACK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == AGENCY:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if column == ACK:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.confidentiality_ack else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            if column == CATEGORY:
                return row.category.value
            if column == NOTE:
                return row.stands_in_for_text if row.category is AttendanceCategory.STAND_IN else row.reason
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            chaired = QCoreApplication.translate("AttendanceModel", "ประธานในที่ประชุม") if row.chaired else ""
            category = row.category.th + (" · " + chaired if chaired else "")
            return (row.full_name, row.position, row.agency_label, category, note_text(row))[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        if index.column() == ACK:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        changes = changes_for(row, index.column(), value)
        previous = {name: getattr(row, name) for name in changes}
        if "category" in previous:
            previous["category"] = row.category.value
        if changes == previous:
            return False
        self.change_requested.emit(row.id, changes, previous)
        return True
