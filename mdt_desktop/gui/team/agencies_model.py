"""The agencies table: abbreviation, names, sector, level, aliases and whether the agency is still in use."""

from __future__ import annotations

from mdt_desktop.domain.codes import Level, Sector
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.services.agencies import AgencyRecord


class AgenciesModel(RecordTableModel[AgencyRecord]):
    def __init__(self, language: str = "th", parent: object = None) -> None:
        self.language = language
        super().__init__(parent)

    def columns(self) -> list[Column[AgencyRecord]]:
        return [
            Column(self.tr("ชื่อย่อ"), lambda a: a.abbreviation),
            Column(self.tr("ชื่อหน่วยงาน"), lambda a: a.name_th),
            Column(self.tr("ชื่อภาษาอังกฤษ"), lambda a: a.name_en),
            Column(self.tr("ภาค"), lambda a: Sector(a.sector).label(self.language)),
            Column(self.tr("ระดับ"), lambda a: Level(a.level).label(self.language)),
            Column(self.tr("ชื่อเรียกอื่น"), lambda a: ", ".join(a.alias_list)),
            Column(
                self.tr("ใช้งาน"),
                lambda a: self.tr("ใช้งาน") if a.active else self.tr("เลิกใช้"),
                check=lambda a: a.active,
            ),
        ]

    def muted(self, record: AgencyRecord) -> bool:
        return not record.active
