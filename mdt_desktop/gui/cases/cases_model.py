"""The cases list: codes and non-identifying fields only, never a name, address or phone number."""

from __future__ import annotations

from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.cases import CaseRow
from mdt_desktop.thai.dates import format_date


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
            Column(self.tr("วันรับแจ้ง"), lambda c: format_date(c.intake_date)),
            Column(self.tr("คณะ/ทีม"), lambda c: c.body_name),
            Column(
                self.tr("ความยินยอม"), lambda c: self.tr("บันทึกแล้ว") if c.has_consent else self.tr("ยังไม่บันทึก")
            ),
        ]
