"""The risk instruments section of the settings page: the instruments assessments can use, the files left out and
why, and importing the office's own instrument file.

The catalogue and the import are ``services.risk``'s (the same as ``mdt instruments``): an office's file is kept
in the database, a new key or version goes beside the others, a version in use is never changed, and a malformed
file is refused naming the file and its problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from mdt_desktop.domain.risk import Instrument
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from mdt_desktop.gui.settings.notes import show_note
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.services import risk
from mdt_desktop.services.risk import Catalogue


class InstrumentsSection(QObject):
    def __init__(self, page: QWidget, ui: Ui_SettingsPage, context: AppContext) -> None:
        super().__init__(page)
        self.page, self.ui, self.context = page, ui, context
        self._importing = False
        header = ui.instrumentsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.instrumentsTable.verticalHeader().hide()
        ui.importInstrumentButton.clicked.connect(self.choose_file)
        ui.importInstrumentButton.setEnabled(self._may_import())

    def _may_import(self) -> bool:
        """An instrument is the case workers' tool: imported by whoever keeps cases (``role_gating``)."""
        return not self.context.database.read_only and role_gating.keeps_cases(self.context.permissions)

    def activate(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: risk.list_instruments(database), self._show, self._failed)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("นำเข้าแบบประเมินของหน่วยงาน"), "", self.tr("แบบประเมิน (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self._importing or not self._may_import():
            return
        self._importing = True
        self.ui.importInstrumentButton.setEnabled(False)
        database, actor = self.context.database, actor_name(self.context)

        def job() -> tuple[Instrument, Catalogue]:
            return risk.import_instrument(database, path, actor), risk.list_instruments(database)

        self.context.tasks.run(job, self._imported, self._failed)

    def _imported(self, result: tuple[Instrument, Catalogue]) -> None:
        instrument, catalogue = result
        self._importing = False
        self.ui.importInstrumentButton.setEnabled(True)
        self._show(catalogue)
        show_note(
            self.ui.instrumentsNote,
            self.tr("นำเข้าแล้ว: {title} ฉบับที่ {version}").format(
                title=instrument.title.text(self.context.language), version=instrument.version
            ),
        )

    def _failed(self, error: UserFacingError) -> None:
        self._importing = False
        self.ui.importInstrumentButton.setEnabled(self._may_import())
        show_note(self.ui.instrumentsNote, error.message(self.context.language), error=True)

    def _show(self, catalogue: Catalogue) -> None:
        table, language = self.ui.instrumentsTable, self.context.language
        table.setRowCount(len(catalogue.instruments))
        for row, instrument in enumerate(catalogue.instruments):
            for column, text in enumerate(
                (instrument.title.text(language), str(instrument.version), str(len(instrument.questions)))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{instrument.key} · {instrument.source}")
                table.setItem(row, column, item)
        problems = [problem.text(self.context.language) for problem in catalogue.problems]
        show_note(self.ui.instrumentsNote, "\n".join(problems), error=bool(problems))
