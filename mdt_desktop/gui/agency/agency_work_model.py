"""The table of an agency officer's open actions (``services.meetings.AgencyAction``), and the text of an
action's progress history with who reported each line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.meetings import AgencyAction, ProgressLine

OVERDUE_FOREGROUND = QBrush(QColor("#9b1c1c"))
OVERDUE_BACKGROUND = QBrush(QColor("#fde2e1"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgencyWorkModel", text)


def due_text(record: AgencyAction) -> str:
    row = record.action
    if row.due_date is None:
        return _tr("ไม่มีกำหนด")
    text = screen_date(row.due_date)
    if row.overdue:
        text += " " + _tr("(เกินกำหนด {days} วัน)").format(days=row.days_overdue)
    return text


def history_line(line: ProgressLine) -> str:
    """ "20 พ.ย. 2569 อยู่ระหว่างดำเนินการ: note — รายงานโดย name"; the secretary's lines name nobody."""
    note = f": {line.note}" if line.note else ""
    by = " " + _tr("— รายงานโดย {name}").format(name=line.recorded_by) if line.recorded_by else ""
    return f"{screen_date(line.recorded_on)} {line.status.th}{note}{by}"


def history_text(record: AgencyAction) -> str:
    return "\n".join(history_line(line) for line in record.history)


class AgencyWorkModel(RecordTableModel[AgencyAction]):
    def columns(self) -> list[Column[AgencyAction]]:
        return [
            Column(_tr("หน่วยงาน"), lambda r: r.action.agency_abbreviation or r.action.agency_name),
            Column(_tr("งานที่มอบหมาย"), lambda r: r.action.task),
            Column(_tr("กำหนดแล้วเสร็จ"), due_text),
            Column(_tr("สถานะ"), lambda r: r.action.status.th),
            Column(_tr("ผู้รับผิดชอบ"), lambda r: r.action.responsible_person),
            Column(_tr("มอบหมายในการประชุม"), lambda r: f"{r.action.body_name} {r.action.meeting_label}"),
            Column(_tr("รายงานล่าสุด"), lambda r: history_line(r.history[-1]) if r.history else ""),
        ]

    def record_id(self, record: AgencyAction) -> int | None:
        return record.action.id

    def foreground(self, record: AgencyAction, column: int) -> QBrush | None:
        return OVERDUE_FOREGROUND if record.action.overdue else None

    def background(self, record: AgencyAction) -> QBrush | None:
        return OVERDUE_BACKGROUND if record.action.overdue else None
