"""The bodies page: the bodies that meet (with their agenda template and confidentiality statement) and the
members of the chosen one. "สิ้นสุดวาระ/โยกย้าย" ends a member's term and, in the same step, hands their open
actions to a successor (a new seat or an existing member)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import BodyKind, Level, MemberRole
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import fill_enum_combo, report_failure, set_combo_value, show_error
from mdt_desktop.gui.common.item_model_base import RECORD_ROLE
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_body_dialog import Ui_BodyDialog
from mdt_desktop.gui.forms.ui_end_term_dialog import Ui_EndTermDialog
from mdt_desktop.gui.forms.ui_member_dialog import Ui_MemberDialog
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.team.areas_dialog import AreasDialog
from mdt_desktop.gui.team.members_model import MembersModel
from mdt_desktop.services import agencies, bodies
from mdt_desktop.services.bodies import AreaRecord, BodyRecord, MemberRecord

SELF_LABELS = ("ทีมสหวิชาชีพ", "ทีมสหสาขาวิชาชีพ")
PROFESSIONS = ("นักสังคมสงเคราะห์", "พยาบาล", "นักจิตวิทยา", "พนักงานสอบสวน", "ผู้ตรวจแรงงาน", "แพทย์", "ครู", "นิติกร")


class BodyDialog(QDialog):
    def __init__(
        self,
        record: BodyRecord | None,
        areas: list[AreaRecord],
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BodyDialog()
        self.ui.setupUi(self)
        self._original = record
        fill_enum_combo(self.ui.kind, BodyKind, language)
        fill_enum_combo(self.ui.level, Level, language)
        self.ui.selfLabel.addItems(list(SELF_LABELS))
        self.ui.area.addItem(self.tr("(ไม่ระบุ)"), None)
        for area in areas:
            self.ui.area.addItem(f"{area.name_th} ({Level(area.level).label(language)})", area.id)
        show_error(self.ui.errorLabel, "")
        record = record or BodyRecord(name_th="")
        self.setWindowTitle(self.tr("แก้ไขคณะ/ทีม") if self._original else self.tr("เพิ่มคณะ/ทีม"))
        self.ui.nameTh.setText(record.name_th)
        set_combo_value(self.ui.kind, record.kind)
        set_combo_value(self.ui.level, record.level)
        self.ui.selfLabel.setCurrentText(record.self_label or SELF_LABELS[0])
        self.ui.nameEn.setText(record.name_en)
        set_combo_value(self.ui.area, record.area_id)
        self.ui.code.setText(record.code)
        self.ui.agendaTemplate.setPlainText(bodies.template_to_text(record.agenda_template))
        self.ui.confidentiality.setPlainText(record.confidentiality_statement)
        self.ui.active.setChecked(record.active)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def record(self) -> BodyRecord:
        values = {
            "name_th": self.ui.nameTh.text().strip(),
            "kind": self.ui.kind.currentData(),
            "level": self.ui.level.currentData(),
            "self_label": self.ui.selfLabel.currentText().strip(),
            "name_en": self.ui.nameEn.text().strip(),
            "area_id": self.ui.area.currentData(),
            "code": self.ui.code.text().strip(),
            "agenda_template": bodies.text_to_template(self.ui.agendaTemplate.toPlainText()),
            "confidentiality_statement": self.ui.confidentiality.toPlainText().strip(),
            "active": self.ui.active.isChecked(),
        }
        return replace(self._original, **values) if self._original else BodyRecord(**values)

    def accept(self) -> None:
        if not self.ui.nameTh.text().strip():
            show_error(self.ui.errorLabel, self.tr("โปรดระบุชื่อคณะ/ทีม"))
            return
        super().accept()


class MemberDialog(QDialog):
    def __init__(
        self,
        record: MemberRecord,
        agency_list: list[agencies.AgencyRecord],
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self._original = record
        self.setWindowTitle(self.tr("แก้ไขกรรมการ") if record.id else self.tr("เพิ่มกรรมการ"))
        self.ui.agency.setAgencies(agency_list)
        self.ui.profession.addItems(list(PROFESSIONS))
        fill_enum_combo(self.ui.role, MemberRole, language)
        show_error(self.ui.errorLabel, "")
        self.ui.fullName.setText(record.full_name)
        self.ui.agency.setAgencyId(record.agency_id)
        self.ui.position.setText(record.position)
        self.ui.profession.setCurrentText(record.profession)
        set_combo_value(self.ui.role, record.role)
        self.ui.termFrom.setDate(record.term_from)
        self.ui.termTo.setDate(record.term_to)
        self.ui.mayDecide.setChecked(record.may_decide)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def record(self) -> MemberRecord:
        return replace(
            self._original,
            full_name=self.ui.fullName.text().strip(),
            agency_id=self.ui.agency.agencyId(),
            position=self.ui.position.text().strip(),
            profession=self.ui.profession.currentText().strip(),
            role=self.ui.role.currentData(),
            term_from=self.ui.termFrom.date(),
            term_to=self.ui.termTo.date(),
            may_decide=self.ui.mayDecide.isChecked(),
        )

    def accept(self) -> None:
        if not self.ui.fullName.text().strip():
            show_error(self.ui.errorLabel, self.tr("โปรดระบุชื่อ-สกุลของกรรมการ"))
            return
        super().accept()


class EndTermDialog(QDialog):
    """End a term and choose who takes over the member's open actions, in one step."""

    def __init__(
        self, member: MemberRecord, others: list[MemberRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EndTermDialog()
        self.ui.setupUi(self)
        self.member = member
        self.setWindowTitle(self.tr("สิ้นสุดวาระ/โยกย้าย: {name}").format(name=member.full_name))
        self.ui.summaryLabel.setText(
            self.tr("{name} มีงานค้าง {n} รายการ งานค้างทั้งหมดจะส่งมอบให้ผู้รับมอบงานในขั้นตอนเดียว").format(
                name=member.full_name, n=member.open_actions
            )
        )
        self.ui.termTo.setDate(dt.date.today())
        self.ui.successorPosition.setText(member.position)
        for other in others:
            self.ui.successorMember.addItem(f"{other.full_name} ({other.agency_abbreviation})", other.id)
        self.ui.existingSuccessor.setEnabled(bool(others))
        show_error(self.ui.errorLabel, "")
        for button in (self.ui.newSuccessor, self.ui.existingSuccessor, self.ui.noSuccessor):
            button.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _update_enabled(self) -> None:
        new = self.ui.newSuccessor.isChecked()
        self.ui.successorName.setEnabled(new)
        self.ui.successorPosition.setEnabled(new)
        self.ui.successorMember.setEnabled(self.ui.existingSuccessor.isChecked())

    def term_to(self) -> dt.date:
        return self.ui.termTo.date() or dt.date.today()

    def successor_id(self) -> int | None:
        return self.ui.successorMember.currentData() if self.ui.existingSuccessor.isChecked() else None

    def new_successor(self) -> MemberRecord | None:
        if not self.ui.newSuccessor.isChecked():
            return None
        return MemberRecord(
            body_id=self.member.body_id,
            full_name=self.ui.successorName.text().strip(),
            agency_id=self.member.agency_id,
            position=self.ui.successorPosition.text().strip(),
            profession=self.member.profession,
            role=self.member.role,
            term_from=self.term_to(),
            may_decide=self.member.may_decide,
        )

    def accept(self) -> None:
        if self.ui.newSuccessor.isChecked() and not self.ui.successorName.text().strip():
            show_error(self.ui.errorLabel, self.tr("โปรดระบุชื่อ-สกุลของผู้รับมอบงาน"))
            return
        super().accept()


class BodiesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._areas: list[AreaRecord] = []
        self._agencies: list[agencies.AgencyRecord] = []
        self.body_list = QListWidget(self)
        # Body names are long ("คณะทำงานสหสาขาวิชาชีพประจำอำเภอ..."): wrap them rather than scroll sideways.
        self.body_list.setWordWrap(True)
        self.body_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_list.setSpacing(3)
        self.add_body_button = QPushButton(self.tr("เพิ่มคณะ/ทีม…"), self)
        self.edit_body_button = QPushButton(self.tr("แก้ไข…"), self)
        self.areas_button = QPushButton(self.tr("พื้นที่…"), self)
        self.areas_dialog: AreasDialog | None = None  # made on first use, then reopened
        self.members_title = QLabel(self)
        font = self.members_title.font()
        font.setBold(True)
        self.members_title.setFont(font)
        self.members = MembersModel(context.language, parent=self)
        self.member_table = QTableView(self)
        self.member_table.setModel(self.members)
        self.member_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.member_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.member_table.verticalHeader().hide()
        self.member_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.horizontalHeader().setStretchLastSection(True)
        self.add_member_button = QPushButton(self.tr("เพิ่มกรรมการ…"), self)
        self.edit_member_button = QPushButton(self.tr("แก้ไข…"), self)
        self.end_term_button = QPushButton(self.tr("สิ้นสุดวาระ/โยกย้าย…"), self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("คณะ/ทีม"), left))
        left_layout.addWidget(self.body_list)
        body_buttons = QHBoxLayout()
        body_buttons.addWidget(self.add_body_button)
        body_buttons.addWidget(self.edit_body_button)
        body_buttons.addWidget(self.areas_button)
        left_layout.addLayout(body_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.members_title)
        right_layout.addWidget(self.member_table)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.edit_member_button)
        member_buttons.addWidget(self.end_term_button)
        member_buttons.addStretch(1)
        right_layout.addLayout(member_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.body_list.currentItemChanged.connect(lambda *_: self.load_members())
        self.add_body_button.clicked.connect(self.add_body)
        self.edit_body_button.clicked.connect(self.edit_body)
        self.areas_button.clicked.connect(self.open_areas)
        self.body_list.itemDoubleClicked.connect(lambda _item: self.edit_body())
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.member_table.doubleClicked.connect(lambda _index: self.edit_member())
        self.end_term_button.clicked.connect(self.end_term)
        context.signals.bodies_changed.connect(self.reload)
        context.signals.agencies_changed.connect(self.reload)
        context.signals.actions_changed.connect(self.load_members)
        if context.database.read_only:  # reading only; the areas dialog shows the areas without editing them
            for button in (
                self.add_body_button, self.edit_body_button, self.add_member_button, self.edit_member_button,
                self.end_term_button,
            ):  # fmt: skip
                button.setEnabled(False)

    # --- loading ----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        database = self.context.database

        def job() -> tuple[list[BodyRecord], list[AreaRecord], list[agencies.AgencyRecord]]:
            return (
                bodies.list_bodies(database),
                bodies.list_areas(database),
                agencies.list_agencies(database, False),
            )

        self.context.tasks.run(job, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[list[BodyRecord], list[AreaRecord], list[agencies.AgencyRecord]]) -> None:
        body_list, self._areas, self._agencies = loaded
        current = self.current_body()
        current_id = current.id if current else None
        self.body_list.blockSignals(True)
        self.body_list.clear()
        for body in body_list:
            item = QListWidgetItem(
                body.name_th if body.active else self.tr("{name} (เลิกประชุม)").format(name=body.name_th)
            )
            item.setData(RECORD_ROLE, body)
            item.setToolTip(body.name_th)
            self.body_list.addItem(item)
            if body.id == current_id:
                self.body_list.setCurrentItem(item)
        if self.body_list.currentItem() is None and self.body_list.count():
            self.body_list.setCurrentRow(0)
        self.body_list.blockSignals(False)
        self.load_members()

    def current_body(self) -> BodyRecord | None:
        item = self.body_list.currentItem()
        return item.data(RECORD_ROLE) if item is not None else None

    def _keeps_current_body(self) -> bool:
        """The chosen body's record and roster may be changed: its secretary or the administrator."""
        body = self.current_body()
        return (
            body is not None
            and not self.context.database.read_only
            and role_gating.keeps_body(self.context.permissions, body.id)
        )

    def load_members(self) -> None:
        keeps = self._keeps_current_body()
        for button in (
            self.edit_body_button,
            self.add_member_button,
            self.edit_member_button,
            self.end_term_button,
        ):
            button.setEnabled(keeps)
        body = self.current_body()
        if body is None or body.id is None:
            self.members.set_records([])
            self.members_title.setText(self.tr("กรรมการ"))
            return
        self.members_title.setText(self.tr("กรรมการของ {name}").format(name=body.name_th))
        database, body_id = self.context.database, body.id
        self.context.tasks.run(
            lambda: bodies.list_members(database, body_id), self._members_loaded, self._failed
        )

    def _members_loaded(self, members: list[MemberRecord]) -> None:
        body = self.current_body()
        if body is not None and all(m.body_id == body.id for m in members):
            self.members.set_records(members)

    def selected_member(self) -> MemberRecord | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.members.record(rows[0].row()) if rows else None

    # --- editing ----------------------------------------------------------------------------------------------

    def add_body(self) -> BodyDialog:
        dialog = BodyDialog(None, self._areas, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_body(dialog.record()))
        dialog.open()
        return dialog

    def edit_body(self) -> BodyDialog | None:
        body = self.current_body()
        if body is None or not self._keeps_current_body():
            return None
        dialog = BodyDialog(body, self._areas, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_body(dialog.record()))
        dialog.open()
        return dialog

    def open_areas(self) -> AreasDialog:
        """The provinces, districts and sub-districts that bodies and agencies cover."""
        if self.areas_dialog is None:
            self.areas_dialog = AreasDialog(self.context, self)
        self.areas_dialog.reload()
        self.areas_dialog.open()
        return self.areas_dialog

    def _save_body(self, record: BodyRecord) -> None:
        database = self.context.database
        job = (
            (lambda: bodies.create_body(database, record))
            if record.id is None
            else (lambda: bodies.update_body(database, record))
        )
        self.context.tasks.run(job, lambda _r: self.context.signals.bodies_changed.emit(), self._failed)

    def add_member(self) -> MemberDialog | None:
        body = self.current_body()
        if body is None or body.id is None or not self._keeps_current_body():
            return None
        record = MemberRecord(body_id=body.id, full_name="", term_from=dt.date.today())
        dialog = MemberDialog(record, self._agencies, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_member(dialog.record()))
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        if member is None or not self._keeps_current_body():
            return None
        dialog = MemberDialog(member, self._agencies, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_member(dialog.record()))
        dialog.open()
        return dialog

    def _save_member(self, record: MemberRecord) -> None:
        database = self.context.database
        job = (
            (lambda: bodies.create_member(database, record))
            if record.id is None
            else (lambda: bodies.update_member(database, record))
        )
        self.context.tasks.run(job, lambda _r: self.context.signals.bodies_changed.emit(), self._failed)

    def end_term(self) -> EndTermDialog | None:
        member = self.selected_member()
        if not self._keeps_current_body():
            return None
        if member is None or member.id is None:
            self.context.signals.status_message.emit(self.tr("โปรดเลือกกรรมการในตารางก่อน"))
            return None
        today = dt.date.today()
        others = [m for m in self.members.records() if m.id != member.id and m.is_current(today)]
        dialog = EndTermDialog(member, others, self)
        dialog.accepted.connect(lambda: self._end_term(dialog))
        dialog.open()
        return dialog

    def _end_term(self, dialog: EndTermDialog) -> None:
        database = self.context.database
        member_id = dialog.member.id
        assert member_id is not None
        term_to, successor_id, new_successor = dialog.term_to(), dialog.successor_id(), dialog.new_successor()

        def done(result: tuple[int | None, int]) -> None:
            _successor, moved = result
            self.context.signals.status_message.emit(self.tr("ส่งมอบงานค้าง {n} รายการแล้ว").format(n=moved))
            self.context.signals.bodies_changed.emit()
            if moved:
                self.context.signals.actions_changed.emit()

        self.context.tasks.run(
            lambda: bodies.end_term(database, member_id, term_to, successor_id, new_successor),
            done,
            self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
