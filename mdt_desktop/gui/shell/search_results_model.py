"""Search hits as a list: what was found (kind), where (body, meeting, date) and the text around it. A case opens
its own view and anything from a meeting opens that meeting; an agency opens nothing and cannot be chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.services.search import SearchHit
from mdt_desktop.storage.search_index import SearchKind

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {
    SearchKind.AGENDA_ITEM: "เรื่อง",
    SearchKind.RESOLUTION: "มติ",
    SearchKind.ACTION: "งานที่มอบหมาย",
    SearchKind.AGENCY: "หน่วยงาน",
    SearchKind.CASE: "กรณี",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchResultsModel", text)


def opens(hit: SearchHit) -> bool:
    """Whether choosing the hit opens something: a case's view, or the meeting the hit was found in."""
    return hit.kind is SearchKind.CASE or hit.meeting_id is not None


def hit_text(hit: SearchHit) -> str:
    """Two lines: "มติ · ทีม... ครั้งที่ 2/2569 (15 ก.พ. 2569)" then the snippet."""
    where = ""
    if hit.meeting_label:
        where = _tr("{body} ครั้งที่ {label}").format(body=hit.body_name, label=hit.meeting_label)
        if hit.meeting_date is not None:
            where += f" ({screen_date(hit.meeting_date)})"
    first = " · ".join(part for part in (_tr(KIND_LABELS[hit.kind]), where) if part)
    return f"{first}\n{hit.snippet}"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return hit_text(hit)
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not opens(self._hits[index.row()]):  # an agency: shown, but nothing to open
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
