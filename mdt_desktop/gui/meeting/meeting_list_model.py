"""The meetings of one body, newest first, fetched a page at a time as the list is scrolled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Signal

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.meetings import MeetingSummary

PAGE_SIZE = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingListModel", text)


class MeetingListModel(RecordTableModel[MeetingSummary]):
    """Rows are MeetingSummary records. When the view wants more rows, ``fetch_requested(offset)`` asks the page
    to load the next page through the TaskRunner; the page hands it back with ``append_page``."""

    fetch_requested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._has_more = False
        self._fetching = False

    def columns(self) -> list[Column[MeetingSummary]]:
        return [
            Column(_tr("ครั้งที่"), lambda m: m.label),
            Column(_tr("วันที่"), lambda m: screen_date(m.date)),
            Column(_tr("ประเภท"), lambda m: m.kind.th),
            Column(_tr("สถานที่"), lambda m: m.venue),
            Column(_tr("สถานะ"), lambda m: m.status.th),
        ]

    def set_first_page(self, records: list[MeetingSummary]) -> None:
        self._has_more = len(records) >= PAGE_SIZE
        self._fetching = False
        self.set_records(records)

    def append_page(self, records: list[MeetingSummary]) -> None:
        self._fetching = False
        self._has_more = len(records) >= PAGE_SIZE
        if not records:
            return
        start = self.rowCount()
        self.beginInsertRows(QModelIndex(), start, start + len(records) - 1)
        self._records.extend(records)
        self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_requested.emit(self.rowCount())
