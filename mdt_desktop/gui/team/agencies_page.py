"""The agencies page: the table of agencies, a search box, and the add/edit dialog (with aliases and the
active flag). Agencies that actions refer to are never deleted here, only made inactive."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import Level, Sector
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import fill_enum_combo, report_failure, set_combo_value, show_error
from mdt_desktop.gui.common.item_model_base import RECORD_ROLE
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_agency_dialog import Ui_AgencyDialog
from mdt_desktop.gui.team.agencies_model import AgenciesModel
from mdt_desktop.services import agencies
from mdt_desktop.services.agencies import AgencyRecord


class AgencyDialog(QDialog):
    """Add or edit one agency; ``record()`` is what was typed, validated before the dialog accepts."""

    def __init__(
        self, record: AgencyRecord | None, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AgencyDialog()
        self.ui.setupUi(self)
        self._original = record
        fill_enum_combo(self.ui.sector, Sector, language)
        fill_enum_combo(self.ui.level, Level, language)
        show_error(self.ui.errorLabel, "")
        if record is not None:
            self.setWindowTitle(self.tr("แก้ไขหน่วยงาน"))
            self.ui.abbreviation.setText(record.abbreviation)
            self.ui.nameTh.setText(record.name_th)
            self.ui.nameEn.setText(record.name_en)
            set_combo_value(self.ui.sector, record.sector)
            set_combo_value(self.ui.level, record.level)
            self.ui.aliases.setPlainText(record.aliases)
            self.ui.active.setChecked(record.active)
        else:
            self.setWindowTitle(self.tr("เพิ่มหน่วยงาน"))
            set_combo_value(self.ui.level, Level.DISTRICT.value)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def record(self) -> AgencyRecord:
        values = {
            "name_th": self.ui.nameTh.text().strip(),
            "abbreviation": self.ui.abbreviation.text().strip(),
            "name_en": self.ui.nameEn.text().strip(),
            "sector": self.ui.sector.currentData(),
            "level": self.ui.level.currentData(),
            "aliases": self.ui.aliases.toPlainText(),
            "active": self.ui.active.isChecked(),
        }
        if self._original is not None:
            return replace(self._original, **values)
        return AgencyRecord(**values)

    def accept(self) -> None:
        if not self.ui.nameTh.text().strip():
            show_error(self.ui.errorLabel, self.tr("โปรดระบุชื่อหน่วยงานภาษาไทย"))
            self.ui.nameTh.setFocus()
            return
        super().accept()


class AgenciesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AgenciesModel(context.language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ค้นหาชื่อย่อ ชื่อหน่วยงาน หรือชื่อเรียกอื่น"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("เพิ่มหน่วยงาน…"), self)
        self.edit_button = QPushButton(self.tr("แก้ไข…"), self)
        self.active_button = QPushButton(self.tr("เลิกใช้/ใช้งาน"), self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button.clicked.connect(self.add_agency)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        context.signals.agencies_changed.connect(self.reload)
        if context.database.read_only:  # reading and searching only
            for button in (self.add_button, self.edit_button, self.active_button):
                button.setEnabled(False)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: agencies.list_agencies(database), self.model.set_records, self._failed)

    def selected(self) -> AgencyRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def add_agency(self) -> AgencyDialog:
        dialog = AgencyDialog(None, self.context.language, self)
        dialog.accepted.connect(lambda: self._save(dialog.record()))
        dialog.open()
        return dialog

    def edit_selected(self) -> AgencyDialog | None:
        record = self.selected()
        if record is None or self.context.database.read_only:
            return None
        dialog = AgencyDialog(record, self.context.language, self)
        dialog.accepted.connect(lambda: self._save(dialog.record()))
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        record = self.selected()
        if record is not None and record.id is not None:
            self._save(replace(record, active=not record.active))

    def _save(self, record: AgencyRecord) -> None:
        database = self.context.database
        if record.id is None:
            job = lambda: agencies.create_agency(database, record)  # noqa: E731
        else:
            job = lambda: agencies.update_agency(database, record)  # noqa: E731
        self.context.tasks.run(
            job, lambda _result: self.context.signals.agencies_changed.emit(), self._failed
        )

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
