"""The table models of the centre's page, over the records of ``services.centre.overview``: the districts, the
overdue actions by district and agency, the escalations awaiting the centre, the unanswered referrals, and the
regular meetings held against the plan (districts × months).

Each model answers ``SORT_ROLE`` with a value that sorts as a person expects (numbers as numbers, dates in
order), so the page's sort proxies do not order "10" before "9".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.centre import (
    AwaitingEscalation,
    DistrictStatus,
    MonthOfMeetings,
    OverdueByAgency,
    RecordedDecision,
    UnansweredReferral,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
DISTRICT_NAME_ROLE = Qt.ItemDataRole.UserRole + 11  # the district a row belongs to, to filter the page by it
STALE_AFTER_DAYS = 35  # a district silent for longer than a month and a few days is looked into
WARNING_BACKGROUND = QBrush(QColor("#fdecea"))
NEVER = 10**6  # sorts a district that never sent anything after the oldest one that did

Index = QModelIndex | QPersistentModelIndex


def _day_key(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


class _SortedRecords(RecordTableModel[Any]):
    """A record model that answers ``SORT_ROLE`` through ``sort_keys()``, one function per column."""

    def sort_keys(self) -> list[Any]:
        raise NotImplementedError

    def district_of(self, record: Any) -> str:
        return str(record.district)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            record = self.record(index.row())
            if role == SORT_ROLE:
                return self.sort_keys()[index.column()](record)
            if role == DISTRICT_NAME_ROLE:
                return self.district_of(record)
        return super().data(index, role)


class DistrictsModel(_SortedRecords):
    """One row per district: its last package and how old it is (a row past ``STALE_AFTER_DAYS`` stands out)."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("อำเภอ"), lambda d: d.name_th),
            Column(
                self.tr("แพ็กเกจล่าสุด"),
                lambda d: screen_date(d.last_sealed_at.date()) if d.last_sealed_at else self.tr("ยังไม่ได้รับ"),
            ),
            Column(
                self.tr("ผ่านมา (วัน)"),
                lambda d: "" if d.days_since_package is None else str(max(d.days_since_package, 0)),
            ),
            Column(self.tr("งานเกินกำหนด"), lambda d: str(d.overdue_actions)),
            Column(self.tr("เรื่องรอศูนย์ฯ"), lambda d: str(d.escalations_awaiting)),
            Column(self.tr("ส่งต่อยังไม่ตอบ"), lambda d: str(d.referrals_unanswered)),
            Column(
                self.tr("ประชุมสามัญ จัด/แผน"),
                lambda d: f"{d.regular_meetings_held}/{d.regular_meetings_planned}",
            ),
        ]

    def sort_keys(self) -> list[Any]:
        return [
            lambda d: d.name_th,
            lambda d: d.last_sealed_at.isoformat() if d.last_sealed_at else "",
            lambda d: NEVER if d.days_since_package is None else d.days_since_package,
            lambda d: d.overdue_actions,
            lambda d: d.escalations_awaiting,
            lambda d: d.referrals_unanswered,
            lambda d: d.regular_meetings_held - d.regular_meetings_planned,
        ]

    def district_of(self, record: Any) -> str:
        return str(record.name_th)

    def record_id(self, record: DistrictStatus) -> int | None:
        return record.district_id

    def stale(self, record: DistrictStatus) -> bool:
        return record.days_since_package is None or record.days_since_package > STALE_AFTER_DAYS

    def background(self, record: DistrictStatus) -> QBrush | None:
        return WARNING_BACKGROUND if self.stale(record) else None

    def tooltip(self, record: DistrictStatus, column: int) -> str:
        if record.days_since_package is None:
            return self.tr("ยังไม่ได้รับแพ็กเกจจากอำเภอนี้")
        if self.stale(record):
            return self.tr("ไม่ได้รับแพ็กเกจมาแล้ว {days} วัน (เกิน {limit} วัน)").format(
                days=record.days_since_package, limit=STALE_AFTER_DAYS
            )
        return super().tooltip(record, column)


class OverdueModel(_SortedRecords):
    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("อำเภอ"), lambda o: o.district),
            Column(self.tr("หน่วยงาน"), lambda o: o.agency),
            Column(self.tr("งานเกินกำหนด"), lambda o: str(o.count)),
            Column(self.tr("ครบกำหนดนานที่สุด"), lambda o: screen_date(o.oldest_due)),
        ]

    def sort_keys(self) -> list[Any]:
        return [
            lambda o: o.district,
            lambda o: o.agency,
            lambda o: o.count,
            lambda o: _day_key(o.oldest_due),
        ]

    def record_id(self, record: OverdueByAgency) -> int | None:
        return None


class EscalationsModel(_SortedRecords):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("อำเภอ"), lambda e: e.district),
            Column(self.tr("รหัสกรณี"), lambda e: e.case_code),
            Column(
                self.tr("ระดับความเสี่ยง"),
                lambda e: (
                    RiskLevel(e.risk_level).label(self.language) if e.risk_level else self.tr("ไม่ได้ประเมิน")
                ),
            ),
            Column(self.tr("ส่งจาก"), lambda e: e.from_agency),
            Column(self.tr("วันที่ส่ง"), lambda e: screen_date(e.sent_on)),
            Column(self.tr("รอมาแล้ว (วัน)"), lambda e: str(e.days_waiting)),
        ]

    def sort_keys(self) -> list[Any]:
        return [
            lambda e: e.district,
            lambda e: e.case_code,
            lambda e: RiskLevel(e.risk_level).rank if e.risk_level else -1,
            lambda e: e.from_agency,
            lambda e: _day_key(e.sent_on),
            lambda e: e.days_waiting,
        ]

    def record_id(self, record: AwaitingEscalation) -> int | None:
        return record.source_id


class DecisionsModel(_SortedRecords):
    """The centre's own decisions on escalations, newest first: the centre's records beside the districts'."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("อำเภอ"), lambda d: d.district),
            Column(self.tr("รหัสกรณี"), lambda d: d.case_code),
            Column(self.tr("วันที่ส่ง"), lambda d: screen_date(d.sent_on) if d.sent_on else ""),
            Column(self.tr("การตัดสินใจของศูนย์ฯ"), lambda d: d.decision.label(self.language)),
            Column(self.tr("วันที่ตัดสินใจ"), lambda d: screen_date(d.decided_on)),
            Column(self.tr("ผู้บันทึก"), lambda d: d.decided_by),
            Column(self.tr("หมายเหตุ"), lambda d: " ".join(d.note.split())),
        ]

    def sort_keys(self) -> list[Any]:
        return [
            lambda d: d.district,
            lambda d: d.case_code,
            lambda d: _day_key(d.sent_on),
            lambda d: d.decision.label(self.language),
            lambda d: _day_key(d.decided_on),
            lambda d: d.decided_by,
            lambda d: d.note,
        ]

    def record_id(self, record: RecordedDecision) -> int | None:
        return None


class ReferralsModel(_SortedRecords):
    """Unanswered referrals; those past their answer date stand out."""

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("อำเภอ"), lambda r: r.district),
            Column(self.tr("รหัสกรณี"), lambda r: r.case_code),
            Column(self.tr("จาก"), lambda r: r.from_agency),
            Column(self.tr("ถึง"), lambda r: r.to_agency),
            Column(self.tr("วันที่ส่ง"), lambda r: screen_date(r.sent_on)),
            Column(self.tr("กำหนดตอบ"), lambda r: screen_date(r.answer_due_on)),
            Column(self.tr("สถานะ"), lambda r: self.tr("เกินกำหนด") if r.overdue else self.tr("รอคำตอบ")),
        ]

    def sort_keys(self) -> list[Any]:
        return [
            lambda r: r.district,
            lambda r: r.case_code,
            lambda r: r.from_agency,
            lambda r: r.to_agency,
            lambda r: _day_key(r.sent_on),
            lambda r: _day_key(r.answer_due_on),
            lambda r: int(r.overdue),
        ]

    def record_id(self, record: UnansweredReferral) -> int | None:
        return None

    def background(self, record: UnansweredReferral) -> QBrush | None:
        return WARNING_BACKGROUND if record.overdue else None


class MeetingsPlanModel(QAbstractTableModel):
    """Districts down, months across: regular meetings held over those planned; a month gone by with fewer held
    than planned is marked (the month under way is not judged yet)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._districts: list[str] = []
        self._months: list[dt.date] = []
        self._labels: list[str] = []
        self._cells: dict[tuple[str, dt.date], MonthOfMeetings] = {}
        self._as_of = dt.date.today()

    def set_months(
        self,
        rows: tuple[MonthOfMeetings, ...],
        months: tuple[dt.date, ...],
        labels: tuple[str, ...],
        as_of: dt.date,
    ) -> None:
        self.beginResetModel()
        self._districts = list(dict.fromkeys(row.district for row in rows))
        self._months = list(months)
        self._labels = list(labels)
        self._cells = {(row.district, row.month): row for row in rows}
        self._as_of = as_of
        self.endResetModel()

    def missed(self, row: int, column: int) -> bool:
        cell = self._cells.get((self._districts[row], self._months[column - 1]))
        month = self._months[column - 1]
        under_way = (month.year, month.month) == (self._as_of.year, self._as_of.month)
        return cell is not None and not under_way and cell.held < cell.planned

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._districts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._months) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("อำเภอ")
        return self._labels[section - 1] if 0 < section <= len(self._labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._districts)):
            return None
        district = self._districts[index.row()]
        if role == DISTRICT_NAME_ROLE:
            return district
        if index.column() == 0:
            return district if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        cell = self._cells.get((district, self._months[index.column() - 1]))
        if cell is None:
            return None
        missed = self.missed(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.held}/{cell.planned}" + (" ✗" if missed else "")
        if role == SORT_ROLE:
            return cell.held - cell.planned
        if role == Qt.ItemDataRole.BackgroundRole:
            return WARNING_BACKGROUND if missed else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if missed:
                text = self.tr("{district}: ประชุมสามัญ {held} ครั้ง จากที่ควรจัด {planned} ครั้ง ไม่ครบตามแผน")
            else:
                text = self.tr("{district}: ประชุมสามัญ {held} ครั้ง จากที่ควรจัด {planned} ครั้ง")
            return text.format(district=district, held=cell.held, planned=cell.planned)
        return None
