"""Matters arising: actions of earlier meetings still open on this meeting's date, with their history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.meetings import CarriedAction, ProgressView

OVERDUE_FOREGROUND = QBrush(QColor("#b71c1c"))
OVERDUE_BACKGROUND = QBrush(QColor("#fdecea"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarriedOverModel", text)


def due_text(row: CarriedAction) -> str:
    if row.action.due_date is None:
        return ""
    text = screen_date(row.action.due_date)
    if row.overdue:
        text += " " + _tr("(เกินกำหนด {days} วัน)").format(days=row.days_overdue)
    return text


def _report_line(line: ProgressView) -> str:
    where = f" ({line.meeting_label})" if line.meeting_label else ""
    note = f": {line.note}" if line.note else ""
    # A line an agency officer recorded between meetings says who, so the secretary can read it out as theirs.
    by = " " + _tr("— รายงานโดย {name}").format(name=line.recorded_by) if line.recorded_by else ""
    return f"{screen_date(line.recorded_on)}{where} {line.status.th}{note}{by}"


def history_text(row: CarriedAction) -> str:
    """One line per report, oldest first: "15 ก.พ. 2569 (2/2569) อยู่ระหว่างดำเนินการ: note", and
    "— รายงานโดย name" after a line an agency officer recorded."""
    return "\n".join(_report_line(line) for line in row.history)


def latest_report(row: CarriedAction) -> str:
    """The newest report only: the table keeps one line a row; the whole history is shown for the selected row."""
    return _report_line(row.history[-1]) if row.history else ""


class CarriedOverModel(RecordTableModel[CarriedAction]):
    def columns(self) -> list[Column[CarriedAction]]:
        return [
            Column(_tr("จากการประชุม"), lambda r: r.meeting_label),
            Column(_tr("หน่วยงาน"), lambda r: r.action.agency_label),
            Column(_tr("งานที่มอบหมาย"), lambda r: r.action.task),
            Column(_tr("กำหนดแล้วเสร็จ"), due_text),
            Column(_tr("สถานะ"), lambda r: r.action.status.th),
            Column(_tr("รายงานล่าสุด"), latest_report),
        ]

    def record_id(self, record: CarriedAction) -> int | None:
        return record.action.id

    def overdue_count(self) -> int:
        return sum(1 for record in self.records() if record.overdue)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and self.record(index.row()).overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_FOREGROUND
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BACKGROUND
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return history_text(self.record(index.row())) or None
        return super().data(index, role)
