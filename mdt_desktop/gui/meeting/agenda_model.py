"""The agenda of the open meeting as a tree (items and sub-items), and the actions of the selected item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.meetings import ActionView, ItemView

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
ITEM_KIND_ROLE = Qt.ItemDataRole.UserRole + 11
DONE_FOREGROUND = QBrush(QColor("#2e7d32"))
MARKED_FOREGROUND = QBrush(QColor("#ad1457"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


class AgendaModel(QStandardItemModel):
    """One row per item, sub-items as children; the text is the heading as the minutes print it."""

    def set_items(self, items: list[ItemView], marks: dict[int, str] | None = None) -> None:
        """``marks`` adds to an item's row what the room should notice (a child's case, a case seen again, a
        review overdue), by item id."""
        self.clear()
        marks = marks or {}

        def add(parent: QStandardItem, views: list[ItemView]) -> None:
            for view in views:
                row = QStandardItem(view.heading + marks.get(view.id, ""))
                row.setEditable(False)
                row.setData(view.id, ITEM_ID_ROLE)
                row.setData(view.kind, ITEM_KIND_ROLE)
                row.setToolTip(view.heading + marks.get(view.id, ""))
                if view.id in marks:
                    row.setForeground(MARKED_FOREGROUND)
                parent.appendRow(row)
                add(row, view.children)

        add(self.invisibleRootItem(), items)

    def index_of(self, item_id: int) -> QModelIndex:
        matches = self.match(
            self.index(0, 0),
            ITEM_ID_ROLE,
            item_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return matches[0] if matches else QModelIndex()

    @staticmethod
    def item_id(index: QModelIndex | QPersistentModelIndex) -> int | None:
        return index.data(ITEM_ID_ROLE) if index.isValid() else None


def due_text(action: ActionView) -> str:
    return screen_date(action.due_date)


class ItemActionsModel(RecordTableModel[ActionView]):
    """The actions assigned under the selected item."""

    def columns(self) -> list[Column[ActionView]]:
        return [
            Column(_tr("หน่วยงาน"), lambda a: a.agency_label),
            Column(_tr("งานที่มอบหมาย"), lambda a: a.task),
            Column(_tr("กำหนดแล้วเสร็จ"), due_text),
            Column(_tr("ผู้รับผิดชอบ"), lambda a: a.responsible_person),
            Column(_tr("สถานะ"), lambda a: a.status.th),
        ]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.record(index.row()).status.is_open
        ):
            return DONE_FOREGROUND
        return super().data(index, role)
