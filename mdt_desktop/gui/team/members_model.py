"""The members table of one body: seat, agency, position, term in พ.ศ., who may decide, successor, open work.

Members whose term has ended stay in the list (muted, marked) so that hand-overs can be traced.
"""

from __future__ import annotations

import datetime as dt

from mdt_desktop.domain.codes import MemberRole
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.bodies import MemberRecord


class MembersModel(RecordTableModel[MemberRecord]):
    def __init__(self, language: str = "th", today: dt.date | None = None, parent: object = None) -> None:
        self.language = language
        self.today = today or dt.date.today()
        super().__init__(parent)

    def _name(self, m: MemberRecord) -> str:
        return (
            m.full_name if m.is_current(self.today) else self.tr("{name} (สิ้นสุดวาระ)").format(name=m.full_name)
        )

    def _term(self, m: MemberRecord) -> str:
        if m.term_from is None and m.term_to is None:
            return ""
        start = screen_date(m.term_from)
        end = screen_date(m.term_to) if m.term_to else self.tr("ปัจจุบัน")
        return f"{start} – {end}"

    def columns(self) -> list[Column[MemberRecord]]:
        return [
            Column(self.tr("ชื่อ-สกุล"), self._name),
            Column(self.tr("บทบาท"), lambda m: MemberRole(m.role).label(self.language)),
            Column(self.tr("หน่วยงาน"), lambda m: m.agency_abbreviation),
            Column(self.tr("ตำแหน่ง"), lambda m: m.position),
            Column(self.tr("วิชาชีพ"), lambda m: m.profession),
            Column(self.tr("วาระ"), self._term),
            Column(
                self.tr("ตัดสินใจแทนหน่วยงานได้"),
                lambda m: self.tr("ได้") if m.may_decide else "",
                check=lambda m: m.may_decide,
            ),
            Column(self.tr("ผู้รับมอบงาน"), lambda m: m.successor_name),
            Column(self.tr("งานค้าง"), lambda m: str(m.open_actions) if m.open_actions else ""),
        ]

    def muted(self, record: MemberRecord) -> bool:
        return not record.is_current(self.today)
