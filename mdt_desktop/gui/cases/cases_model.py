"""The cases list (codes and non-identifying fields only, never a name, address or phone number) and the tables
of a case's own view: where it was discussed, its actions, its safety plan's services and its referrals."""

from __future__ import annotations

import datetime as dt

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.case_story import CaseAction, Discussion, PlanServiceLine, ReferralLine
from mdt_desktop.services.cases import CaseRow

TYPE_COLUMN = 1  # of CasesModel: the case type
BODY_COLUMN = 6  # of CasesModel: the team that holds the case


class CasesModel(RecordTableModel[CaseRow]):
    def __init__(self, language: str = "th", parent: object = None) -> None:
        self.language = language
        super().__init__(parent)

    def _child(self, c: CaseRow) -> str:
        if not c.is_child:
            return ""
        return c.child_status.label(self.language) if c.child_status else self.tr("เด็ก")

    def columns(self) -> list[Column[CaseRow]]:
        return [
            Column(self.tr("รหัสกรณี"), lambda c: c.code),
            Column(self.tr("ประเภท"), lambda c: c.case_type.label(self.language)),
            Column(self.tr("เด็ก"), self._child),
            Column(self.tr("ขั้นตอน"), lambda c: c.stage.label(self.language)),
            Column(self.tr("ผลการดำเนินการ"), lambda c: c.outcome.label(self.language)),
            Column(self.tr("วันรับแจ้ง"), lambda c: screen_date(c.intake_date)),
            Column(self.tr("คณะ/ทีม"), lambda c: c.body_name),
            Column(
                self.tr("ความยินยอม"), lambda c: self.tr("บันทึกแล้ว") if c.has_consent else self.tr("ยังไม่บันทึก")
            ),
        ]


def _due(due: dt.date | None, overdue: bool, late: str) -> str:
    if due is None:
        return ""
    return f"{screen_date(due)} · {late}" if overdue else screen_date(due)


class DiscussionsModel(RecordTableModel[Discussion]):
    """Where a case was discussed: meeting, date, item and the resolution, newest first."""

    def record_id(self, record: Discussion) -> int | None:
        return record.item_id

    def columns(self) -> list[Column[Discussion]]:
        return [
            Column(self.tr("ครั้งที่"), lambda d: d.meeting_label),
            Column(self.tr("วันที่ประชุม"), lambda d: screen_date(d.meeting_date)),
            Column(self.tr("วาระ"), lambda d: f"{d.item_number} {d.item_title}"),
            Column(self.tr("มติ"), lambda d: " ".join(d.resolution.split())),
        ]


class CaseActionsModel(RecordTableModel[CaseAction]):
    """A case's actions across meetings, with their status; an overdue due date says so."""

    def __init__(self, language: str = "th", parent: object = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[CaseAction]]:
        return [
            Column(self.tr("ครั้งที่"), lambda a: a.meeting_label),
            Column(self.tr("หน่วยงาน"), lambda a: a.agency),
            Column(self.tr("งาน"), lambda a: " ".join(a.task.split())),
            Column(self.tr("กำหนดเสร็จ"), lambda a: _due(a.due_date, a.overdue, self.tr("เกินกำหนด"))),
            Column(self.tr("สถานะ"), lambda a: a.status.label(self.language)),
        ]


class PlanServicesModel(RecordTableModel[PlanServiceLine]):
    """The services of the current safety plan (never what is typed in the plan)."""

    def __init__(self, language: str = "th", parent: object = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[PlanServiceLine]]:
        return [
            Column(self.tr("บริการ"), lambda s: s.service.label(self.language)),
            Column(self.tr("หน่วยงาน"), lambda s: s.agency),
            Column(self.tr("กำหนดเสร็จ"), lambda s: screen_date(s.due_date)),
            Column(self.tr("สถานะ"), lambda s: s.status.label(self.language)),
        ]


class ReferralsModel(RecordTableModel[ReferralLine]):
    """A case's referrals, newest first; an escalation to the provincial centre says so, a late answer too."""

    def __init__(self, language: str = "th", parent: object = None) -> None:
        self.language = language
        super().__init__(parent)

    def _service(self, r: ReferralLine) -> str:
        service = r.service.label(self.language) if r.service is not None else ""
        if r.is_escalation:
            return " · ".join(part for part in (self.tr("ส่งต่อระดับจังหวัด"), service) if part)
        return service

    def columns(self) -> list[Column[ReferralLine]]:
        return [
            Column(self.tr("จาก"), lambda r: r.from_agency),
            Column(self.tr("ถึง"), lambda r: r.to_agency),
            Column(self.tr("บริการ"), self._service),
            Column(self.tr("วันที่ส่ง"), lambda r: screen_date(r.sent_on)),
            Column(self.tr("สถานะ"), lambda r: r.status.label(self.language)),
            Column(
                self.tr("กำหนดตอบ"),
                lambda r: _due(r.answer_due_on, r.answer_overdue, self.tr("เกินกำหนด")),
            ),
        ]
