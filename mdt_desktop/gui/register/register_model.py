"""The action register as a lazily loaded table: pages come from ``services.meetings.query_register`` through
the TaskRunner as the view scrolls (canFetchMore/fetchMore), so a province database never blocks the GUI.

Overdue rows get a distinct background and, so that colour is not the only sign, a text marker
"เกินกำหนด n วัน" in their own column.

``CirculationModel`` is the register's small table of sent documents (``services.circulation``): per agency of
one meeting, or per meeting of one agency, whether the action record went within 24 hours and the minutes within
10 working days.

``OverdueReferralsModel`` is the register's second table: referrals (``services.referrals``) still unanswered
after their answer was due, with the days overdue in words as for actions. ``EscalationsModel`` is the register of
escalations to the provincial centre with the centre's answer and where each case stands now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from mdt_desktop.domain.codes import CaseOutcome, ReferralStatus
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import ID_ROLE, RECORD_ROLE, Column, Index, RecordTableModel
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.services.circulation import AgencyCirculation
from mdt_desktop.services.meetings import ActionRow, AgencyCount, RegisterFilter, RegisterPage, query_register
from mdt_desktop.services.referrals import EscalationRow, OverdueReferral
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.thai.dates import format_time

OVERDUE_BACKGROUND = QBrush(QColor("#fde2e1"))
OVERDUE_FOREGROUND = QBrush(QColor("#9b1c1c"))
IN_TIME_BACKGROUND = QBrush(QColor("#e3f4e1"))

MEETING, BODY, AGENCY, TASK, DUE, STATUS, OVERDUE, PERSON, CASE, PROGRESS = range(10)


class RegisterModel(QAbstractTableModel):
    """Rows of the register for the current filter, fetched a page at a time."""

    loaded = Signal(int)  # total number of rows matching the filter, after each page arrives
    countsChanged = Signal(list)  # list[AgencyCount]
    failed = Signal(str)  # a storage problem, as a message for the user

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        language: str = "th",
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.language = language
        self.page_size = page_size
        self._filter = RegisterFilter(limit=page_size)
        self._rows: list[ActionRow] = []
        self._total = 0
        self._loading = False
        self._known = False  # whether the first page of the current filter has arrived
        self._generation = 0  # pages of an older filter that arrive late are dropped
        self._counts: list[AgencyCount] = []
        self._headers = [
            self.tr("ครั้งที่"),
            self.tr("คณะ/ทีม"),
            self.tr("หน่วยงาน"),
            self.tr("งานที่มอบหมาย"),
            self.tr("กำหนดเสร็จ"),
            self.tr("สถานะ"),
            self.tr("เกินกำหนด"),
            self.tr("ผู้รับผิดชอบ"),
            self.tr("รหัสกรณี"),
            self.tr("ความคืบหน้าล่าสุด"),
        ]

    # --- loading -------------------------------------------------------------------------------------------

    @property
    def register_filter(self) -> RegisterFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def counts(self) -> list[AgencyCount]:
        return list(self._counts)

    def set_filter(self, register_filter: RegisterFilter) -> None:
        """Show the rows of another filter: the table empties and the first page is requested."""
        self._generation += 1
        self.beginResetModel()
        self._filter = dataclasses.replace(register_filter, offset=0, limit=self.page_size)
        self._rows = []
        self._total = 0
        self._known = False
        self._loading = False
        self.endResetModel()
        self._request()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        if parent.isValid() or self._loading:
            return False
        return self._known and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._loading = True
        generation = self._generation
        page_filter = dataclasses.replace(self._filter, offset=len(self._rows), limit=self.page_size)
        database = self.database
        self.tasks.run(
            lambda: query_register(database, page_filter),
            lambda page: self._arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._known = True
        self._total = page.total
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        if page.counts_per_agency != self._counts:
            self._counts = list(page.counts_per_agency)
            self.countsChanged.emit(self.counts)
        self.loaded.emit(self._total)

    def _failed(self, generation: int, error: StorageError) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error.message(self.language))

    # --- reading -------------------------------------------------------------------------------------------

    def row_data(self, row: int) -> ActionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def overdue_text(self, row: ActionRow) -> str:
        return self.tr("เกินกำหนด {n} วัน").format(n=row.days_overdue) if row.overdue else ""

    def display(self, row: ActionRow, column: int) -> str:
        if column == MEETING:
            return row.meeting_label
        if column == BODY:
            return row.body_name
        if column == AGENCY:
            return row.agency_abbreviation or row.agency_name
        if column == TASK:
            return row.task
        if column == DUE:
            return screen_date(row.due_date)
        if column == STATUS:
            return row.status.label(self.language)
        if column == OVERDUE:
            return self.overdue_text(row)
        if column == PERSON:
            return row.responsible_person
        if column == CASE:
            return row.case_code
        if column == PROGRESS:
            return row.last_progress_note
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AGENCY:
                return row.agency_name
            if column == STATUS and row.status_reason:
                return self.tr("เหตุผล: {reason}").format(reason=row.status_reason)
            return self.display(row, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (DUE, OVERDUE):
            return OVERDUE_FOREGROUND
        if role == RECORD_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None


class AgencyCountsModel(QAbstractTableModel):
    """The side table of the register: open and overdue actions per agency."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: list[AgencyCount] = []
        self._headers = [self.tr("หน่วยงาน"), self.tr("ค้าง"), self.tr("เกินกำหนด")]

    def set_counts(self, counts: list[AgencyCount]) -> None:
        self.beginResetModel()
        self._counts = list(counts)
        self.endResetModel()

    def count(self, row: int) -> AgencyCount:
        return self._counts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._counts)):
            return None
        count = self._counts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (count.abbreviation, str(count.open_count), str(count.overdue_count))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and count.overdue_count:
            return OVERDUE_BACKGROUND
        if role == ID_ROLE:
            return count.agency_id
        return None


@dataclass(frozen=True)
class CirculationLine:
    """One row of the circulation table: who or which meeting it is about, and the log's answer."""

    label: str  # the agency (rows of one meeting) or the meeting (rows of one agency)
    status: AgencyCirculation


class CirculationModel(QAbstractTableModel):
    """Was each document sent, and in time. Colour is doubled by the words: "ส่งทันเวลา", "ส่งช้า",
    "ยังไม่ส่ง", "เลยกำหนด ยังไม่ส่ง"."""

    RECORD, MINUTES = 1, 2

    def __init__(
        self, parent: QObject | None = None, now: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._lines: list[CirculationLine] = []
        self._first_header = self.tr("หน่วยงาน")

    def set_lines(self, lines: list[CirculationLine], per_meeting: bool) -> None:
        """``per_meeting``: the rows are the meetings of one agency, else the agencies of one meeting."""
        self.beginResetModel()
        self._lines = list(lines)
        self._first_header = self.tr("ครั้งที่") if per_meeting else self.tr("หน่วยงาน")
        self.endResetModel()

    def line(self, row: int) -> CirculationLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.RECORD:
                return self.tr("บันทึกงาน")
            if section == self.MINUTES:
                return self.tr("รายงานการประชุม")
            return self._first_header if section == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.RECORD:
                return self.tr("บันทึกการมอบหมายงาน: ส่งภายใน 24 ชั่วโมงหลังการประชุม")
            if section == self.MINUTES:
                return self.tr("รายงานการประชุม: ส่งภายใน 10 วันทำการ")
        return None

    def _state(self, sent: dt.datetime | None, in_time: bool, overdue: bool) -> tuple[str, bool | None]:
        """The words and whether they are good news (None: not yet due, nothing to colour)."""
        if sent is not None:
            return (self.tr("ส่งทันเวลา"), True) if in_time else (self.tr("ส่งช้า"), False)
        if overdue:
            return self.tr("เลยกำหนด ยังไม่ส่ง"), False
        return self.tr("ยังไม่ส่ง"), None

    def state(self, row: int, column: int) -> tuple[str, bool | None]:
        status, now = self._lines[row].status, self._now()
        if column == self.RECORD:
            return self._state(status.record_sent_at, status.record_in_time, now > status.record_due)
        return self._state(status.minutes_sent_at, status.minutes_in_time, now.date() > status.minutes_due)

    def _tooltip(self, row: int, column: int) -> str:
        status = self._lines[row].status
        if column == self.RECORD:
            sent, due = status.record_sent_at, status.record_due
            due_text = f"{screen_date(due.date())} {format_time(due.time())}"
        else:
            sent, due_text = status.minutes_sent_at, screen_date(status.minutes_due)
        sent_text = (
            self.tr("ส่งเมื่อ {date} {time}").format(
                date=screen_date(sent.date()), time=format_time(sent.time())
            )
            if sent is not None
            else self.tr("ยังไม่ได้บันทึกการส่ง")
        )
        return self.tr("{sent}\nกำหนดส่งภายใน {due}").format(sent=sent_text, due=due_text)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        row, column = index.row(), index.column()
        line = self._lines[row]
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return line.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return line.status.agency_name
            return None
        text, good = self.state(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and good is not None:
            return IN_TIME_BACKGROUND if good else OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and good is False:
            return OVERDUE_FOREGROUND
        return None


class OverdueReferralsModel(RecordTableModel[OverdueReferral]):
    """Referrals whose answer is overdue: case code, from and to agency, service, sent, due and days overdue.
    Every row is overdue, so every row has the overdue colours and the words "เกินกำหนด n วัน"."""

    CASE, FROM, TO, SERVICE, SENT, DUE, OVERDUE = range(7)

    def __init__(self, language: str = "th", parent: QObject | None = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[OverdueReferral]]:
        headers = [
            self.tr("รหัสกรณี"),
            self.tr("จากหน่วยงาน"),
            self.tr("ถึงหน่วยงาน"),
            self.tr("บริการ"),
            self.tr("ส่งเมื่อ"),
            self.tr("กำหนดตอบ"),
            self.tr("เกินกำหนด"),
        ]
        return [Column(header, partial(self.display, column=i)) for i, header in enumerate(headers)]

    def display(self, row: OverdueReferral, column: int) -> str:
        if column == self.CASE:
            return row.case_code
        if column == self.FROM:
            return row.from_agency
        if column == self.TO:
            return row.to_agency
        if column == self.SERVICE:
            service = row.service.label(self.language) if row.service is not None else ""
            if row.is_escalation:
                escalated = CaseOutcome.ESCALATED.label(self.language)
                return f"{escalated}: {service}" if service else escalated
            return service
        if column == self.SENT:
            return screen_date(row.sent_on)
        if column == self.DUE:
            return screen_date(row.answer_due_on)
        if column == self.OVERDUE:
            return self.tr("เกินกำหนด {n} วัน").format(n=row.days_overdue)
        return ""

    def background(self, record: OverdueReferral) -> QBrush | None:
        return OVERDUE_BACKGROUND

    def foreground(self, record: OverdueReferral, column: int) -> QBrush | None:
        return OVERDUE_FOREGROUND if column in (self.DUE, self.OVERDUE) else None


class EscalationsModel(RecordTableModel[EscalationRow]):
    """The escalation register: case code, from and to agency, sent, answer due, the centre's answer (with its
    date) and where the case stands now. An escalation still unanswered after its due date has the overdue
    colours and says so in words."""

    CASE, FROM, TO, SENT, DUE, ANSWER, CASE_STATE = range(7)

    def __init__(self, language: str = "th", parent: QObject | None = None) -> None:
        self.language = language
        self.today = dt.date.today()
        super().__init__(parent)

    def columns(self) -> list[Column[EscalationRow]]:
        headers = [
            self.tr("รหัสกรณี"),
            self.tr("จากหน่วยงาน"),
            self.tr("ถึงหน่วยงาน"),
            self.tr("ส่งเมื่อ"),
            self.tr("กำหนดตอบ"),
            self.tr("คำตอบของศูนย์"),
            self.tr("สถานะของกรณี"),
        ]
        return [Column(header, partial(self.display, column=i)) for i, header in enumerate(headers)]

    def set_records(self, records: Sequence[EscalationRow]) -> None:
        self.today = dt.date.today()  # "overdue" is counted from the day the list is shown
        super().set_records(records)

    def record_id(self, record: EscalationRow) -> int | None:
        return record.referral_id

    def overdue(self, row: EscalationRow) -> bool:
        due = row.answer_due_on
        return row.status is ReferralStatus.SENT and due is not None and self.today > due

    def display(self, row: EscalationRow, column: int) -> str:
        if column == self.CASE:
            return row.case_code
        if column == self.FROM:
            return row.from_agency
        if column == self.TO:
            return row.to_agency
        if column == self.SENT:
            return screen_date(row.sent_on)
        if column == self.DUE:
            if row.answer_due_on is None:
                return ""
            due = screen_date(row.answer_due_on)
            if self.overdue(row):
                days = (self.today - row.answer_due_on).days
                return self.tr("{due} (เกินกำหนด {n} วัน)").format(due=due, n=days)
            return due
        if column == self.ANSWER:
            status = row.status.label(self.language)
            if row.answered_on is not None and row.status is not ReferralStatus.SENT:
                return self.tr("{status} ({date})").format(status=status, date=screen_date(row.answered_on))
            return status
        if column == self.CASE_STATE:
            return row.case_escalation.label(self.language)
        return ""

    def background(self, record: EscalationRow) -> QBrush | None:
        return OVERDUE_BACKGROUND if self.overdue(record) else None

    def foreground(self, record: EscalationRow, column: int) -> QBrush | None:
        return OVERDUE_FOREGROUND if self.overdue(record) and column == self.DUE else None
