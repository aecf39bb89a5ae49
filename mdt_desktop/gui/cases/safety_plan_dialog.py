"""SafetyPlanDialog: a case's safety plan, edited as one form in four tabs, signed off and agreed in a meeting.

The dialog loads the current version on the worker and shows which version it is and whether it is signed off.
Saving hands the whole form to ``services.safety_plans.save_plan``, which decides whether it is an edit of a
draft, follow-up on a signed version, or the next version; signing off and agreeing in the meeting save first,
in the same job, so what is on the screen is what is signed or agreed. A refusal is shown in the dialog and
keeps what was typed. The NOT-safe contacts are a list of their own, framed and headed in red, because telling
one of them anything can put her in danger. Everything typed here is restricted: it is never logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mdt_desktop.domain.codes import ReturnChoice, Service, ServiceStatus
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name, fill_enum_combo, set_combo_value, show_error
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_safety_plan_dialog import Ui_SafetyPlanDialog
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.widgets.agency_picker import AgencyPicker
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.services import safety_plans
from mdt_desktop.services.meetings import AgencyChoice, list_agency_choices
from mdt_desktop.services.safety_plans import ContactEntry, PlanContent, PlanView, ServiceEntry

CONTACT_COLUMNS = 4  # name, relation, how to reach, note
SERVICE, CHOSEN, AGENCY, DUE, STATUS, ACTION = range(6)


@dataclass
class _ServiceRow:
    """What a row of the services table holds besides its widgets: its stored id and action, and the safety
    check typed for it (shown below the table for the selected row)."""

    id: int | None = None
    action_id: int | None = None
    checked_by: str = ""
    checked_on: dt.date | None = None
    finding: str = ""


def _cell_text(cell: QTableWidgetItem | None) -> str:
    return cell.text().strip() if cell is not None else ""


def _is_checked(cell: QTableWidgetItem | None) -> bool:
    return cell is not None and cell.checkState() == Qt.CheckState.Checked


class SafetyPlanDialog(QDialog):
    saved = Signal(int)  # the id of the plan version that holds what was saved

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        meeting_id: int | None = None,
        agenda_item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.meeting_id = meeting_id
        self.agenda_item_id = agenda_item_id
        self.language = context.language
        self.plan: PlanView | None = None
        self._agencies: list[AgencyChoice] = []
        self._rows: list[_ServiceRow] = []
        self._showing_check = False  # the check fields are being filled from a row, not typed
        self.ui = Ui_SafetyPlanDialog()
        self.ui.setupUi(self)

        self.ui.courtCombo.addItem(self.tr("ยังไม่ตัดสินใจ"), None)
        self.ui.courtCombo.addItem(self.tr("ประสงค์ดำเนินคดี"), True)
        self.ui.courtCombo.addItem(self.tr("ไม่ประสงค์ดำเนินคดี"), False)
        fill_enum_combo(self.ui.returnCombo, ReturnChoice, self.language)
        for table in (self.ui.safeTable, self.ui.unsafeTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        services = self.ui.servicesTable.horizontalHeader()
        services.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((SERVICE, 280), (CHOSEN, 110), (AGENCY, 240), (DUE, 175), (STATUS, 190)):
            self.ui.servicesTable.setColumnWidth(column, width)
        self.ui.servicesTable.verticalHeader().setDefaultSectionSize(34)
        self.ui.signedOnEdit.setDate(dt.date.today())
        self.ui.workerEdit.setText(actor_name(context))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("บันทึก"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        self.ui.agreeButton.setVisible(meeting_id is not None)
        # Enter ends the typing of a table cell or a field; it never saves, signs or adds a row by itself.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        show_error(self.ui.errorLabel, "")
        self._show_check_for(-1)

        save.clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.signOffButton.clicked.connect(self.sign_off)
        self.ui.agreeButton.clicked.connect(self.agree_in_meeting)
        self.ui.addSafeButton.clicked.connect(lambda: self.add_contact(self.ui.safeTable))
        self.ui.addUnsafeButton.clicked.connect(lambda: self.add_contact(self.ui.unsafeTable))
        self.ui.removeSafeButton.clicked.connect(lambda: self._remove_current(self.ui.safeTable))
        self.ui.removeUnsafeButton.clicked.connect(lambda: self._remove_current(self.ui.unsafeTable))
        self.ui.addServiceButton.clicked.connect(
            lambda: self.add_service(ServiceEntry(Service.SAFETY_PROTECTION))
        )
        self.ui.removeServiceButton.clicked.connect(self.remove_service)
        self.ui.servicesTable.currentCellChanged.connect(lambda row, *_: self._show_check_for(row))
        self.ui.checkedByEdit.textEdited.connect(self._check_typed)
        self.ui.checkedOnEdit.dateChanged.connect(self._check_typed)
        self.ui.findingEdit.textChanged.connect(self._check_typed)

        self._set_writable(False)
        database, case_id, actor = self.context.database, self.case_id, actor_name(self.context)

        def load() -> tuple[PlanView | None, list[AgencyChoice]]:
            return safety_plans.view_plan(database, case_id, actor), list_agency_choices(database)

        self.context.tasks.run(load, self._loaded, self._failed)

    # --- loading ------------------------------------------------------------------------------------------

    def _loaded(self, result: tuple[PlanView | None, list[AgencyChoice]]) -> None:
        plan, agencies = result
        self._agencies = agencies
        self.ui.signAgencyPicker.setAgencies(agencies)
        self.show_plan(plan)
        self._set_writable(True)

    def show_plan(self, plan: PlanView | None) -> None:
        self.plan = plan
        content = plan.content if plan is not None else PlanContent()
        self.ui.concernEdit.setPlainText(content.main_concern)
        self.ui.strengthsEdit.setPlainText(content.strengths)
        self.ui.beforeEdit.setPlainText(content.steps_before)
        self.ui.duringEdit.setPlainText(content.steps_during)
        self.ui.afterEdit.setPlainText(content.steps_after)
        self.ui.courtCombo.setCurrentIndex(max(0, self.ui.courtCombo.findData(content.wants_court)))
        set_combo_value(self.ui.returnCombo, content.return_choice.value)
        for table in (self.ui.safeTable, self.ui.unsafeTable):
            table.setRowCount(0)
        for contact in content.contacts:
            self.add_contact(self.ui.safeTable if contact.safe else self.ui.unsafeTable, contact)
        self.ui.servicesTable.setRowCount(0)
        self._rows.clear()
        for entry in content.services:
            self.add_service(entry)
        self._show_check_for(self.ui.servicesTable.currentRow())
        self.ui.versionLabel.setText(self._version_text(plan))
        signed = plan is not None and plan.signed_off
        if plan is not None and plan.signed_off:
            self.ui.workerEdit.setText(plan.responsible_worker)
            self.ui.signAgencyPicker.setAgencyId(plan.responsible_agency_id)
            self.ui.signedOnEdit.setDate(plan.signed_off_on)
        self.ui.signGroup.setEnabled(not signed and self._keeps_case())

    def _version_text(self, plan: PlanView | None) -> str:
        if plan is None:
            return self.tr("ยังไม่มีแผนความปลอดภัย: บันทึกเพื่อสร้างฉบับที่ 1")
        text = self.tr("ฉบับที่ {version} ลงวันที่ {date}").format(
            version=plan.version, date=screen_date(plan.agreed_on)
        )
        if plan.signed_off_on is not None:
            text += " · " + self.tr("ลงนามรับรองแล้ว {date} โดย {worker} (แก้ไขแล้วบันทึกจะเป็นฉบับใหม่)").format(
                date=screen_date(plan.signed_off_on), worker=plan.responsible_worker
            )
        else:
            text += " · " + self.tr("ยังไม่ลงนามรับรอง")
        return text

    # --- contacts -----------------------------------------------------------------------------------------

    def add_contact(self, table: QTableWidget, contact: ContactEntry | None = None) -> None:
        row = table.rowCount()
        table.insertRow(row)
        values = (
            (contact.name, contact.relation, contact.how_to_reach, contact.note) if contact else ("",) * 4
        )
        cells = [QTableWidgetItem(value) for value in values]
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)
        if contact is None:
            table.setCurrentCell(row, 0)
            table.editItem(cells[0])

    def contacts(self, table: QTableWidget, safe: bool) -> list[ContactEntry]:
        """The rows typed into one contacts table; a row left wholly empty is not a contact."""
        found = []
        for row in range(table.rowCount()):
            cells = [_cell_text(table.item(row, column)) for column in range(CONTACT_COLUMNS)]
            if any(cells):
                found.append(ContactEntry(safe, *cells))
        return found

    @staticmethod
    def _remove_current(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # --- services -----------------------------------------------------------------------------------------

    def add_service(self, entry: ServiceEntry) -> None:
        table = self.ui.servicesTable
        row = table.rowCount()
        table.insertRow(row)
        self._rows.append(
            _ServiceRow(
                entry.id,
                entry.action_id,
                entry.safety_checked_by,
                entry.safety_checked_on,
                entry.safety_check_finding,
            )
        )
        service = QComboBox(table)
        fill_enum_combo(service, Service, self.language)
        set_combo_value(service, entry.service.value)
        service.currentIndexChanged.connect(lambda _index: self._show_check_for(table.currentRow()))
        table.setCellWidget(row, SERVICE, service)
        chosen = QTableWidgetItem(self.tr("เลือก"))
        chosen.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        chosen.setCheckState(Qt.CheckState.Checked if entry.chosen_by_survivor else Qt.CheckState.Unchecked)
        table.setItem(row, CHOSEN, chosen)
        agency = AgencyPicker(table)
        agency.setAgencies(self._agencies)
        agency.setAgencyId(entry.agency_id)
        table.setCellWidget(row, AGENCY, agency)
        due = BeDateEdit(table, language=self.language)
        due.setDate(entry.due_date)
        table.setCellWidget(row, DUE, due)
        status = QComboBox(table)
        fill_enum_combo(status, ServiceStatus, self.language)
        set_combo_value(status, entry.status.value)
        table.setCellWidget(row, STATUS, status)
        action = QTableWidgetItem(self.tr("มอบหมายแล้ว") if entry.action_id is not None else "")
        action.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, ACTION, action)
        if entry.id is None and self.isVisible():
            table.setCurrentCell(row, SERVICE)
            service.setFocus()

    def remove_service(self) -> None:
        row = self.ui.servicesTable.currentRow()
        if row < 0:
            return
        self.ui.servicesTable.removeRow(row)
        del self._rows[row]
        self._show_check_for(self.ui.servicesTable.currentRow())

    def service_widget(self, row: int, column: int) -> Any:
        return self.ui.servicesTable.cellWidget(row, column)

    def services(self) -> list[ServiceEntry]:
        table = self.ui.servicesTable
        entries = []
        for row, stored in enumerate(self._rows):
            entries.append(
                ServiceEntry(
                    service=Service(self.service_widget(row, SERVICE).currentData()),
                    chosen_by_survivor=_is_checked(table.item(row, CHOSEN)),
                    agency_id=self.service_widget(row, AGENCY).agencyId(),
                    due_date=self.service_widget(row, DUE).date(),
                    status=ServiceStatus(self.service_widget(row, STATUS).currentData()),
                    safety_checked_by=stored.checked_by,
                    safety_checked_on=stored.checked_on,
                    safety_check_finding=stored.finding,
                    id=stored.id,
                    action_id=stored.action_id,
                )
            )
        return entries

    def _show_check_for(self, row: int) -> None:
        """The safety check fields follow the selected service; only a return has them."""
        needs_check = (
            0 <= row < len(self._rows)
            and Service(self.service_widget(row, SERVICE).currentData()).needs_safety_check
        )
        self._showing_check = True
        stored = self._rows[row] if needs_check else _ServiceRow()
        self.ui.checkedByEdit.setText(stored.checked_by)
        self.ui.checkedOnEdit.setDate(stored.checked_on)
        self.ui.findingEdit.setPlainText(stored.finding)
        self._showing_check = False
        self.ui.checkGroup.setEnabled(needs_check)

    def _check_typed(self, *_args: object) -> None:
        row = self.ui.servicesTable.currentRow()
        if self._showing_check or not 0 <= row < len(self._rows):
            return
        stored = self._rows[row]
        stored.checked_by = self.ui.checkedByEdit.text()
        stored.checked_on = self.ui.checkedOnEdit.date()
        stored.finding = self.ui.findingEdit.toPlainText()

    # --- the whole form -----------------------------------------------------------------------------------

    def problem(self) -> str:
        """A date that cannot be read, found before anything is sent to the worker."""
        dates: list[BeDateEdit] = [self.ui.checkedOnEdit, self.ui.signedOnEdit]
        dates += [self.service_widget(row, DUE) for row in range(len(self._rows))]
        for edit in dates:
            edit.commit_typed()  # a date typed and not yet left counts
            if not edit.is_valid():
                return edit.error_message()
        return ""

    def content(self) -> PlanContent:
        return PlanContent(
            main_concern=self.ui.concernEdit.toPlainText(),
            strengths=self.ui.strengthsEdit.toPlainText(),
            steps_before=self.ui.beforeEdit.toPlainText(),
            steps_during=self.ui.duringEdit.toPlainText(),
            steps_after=self.ui.afterEdit.toPlainText(),
            wants_court=self.ui.courtCombo.currentData(),
            return_choice=ReturnChoice(self.ui.returnCombo.currentData()),
            contacts=tuple(
                self.contacts(self.ui.safeTable, True) + self.contacts(self.ui.unsafeTable, False)
            ),
            services=tuple(self.services()),
        )

    def save(self) -> None:
        """Save and close."""
        self._submit(None, close=True)

    def sign_off(self) -> None:
        """Save, then sign the saved version off with the worker, agency and date given."""
        self.ui.signedOnEdit.commit_typed()  # a date typed and not yet left counts
        worker = self.ui.workerEdit.text()
        if not worker.strip():
            show_error(self.ui.errorLabel, safety_plans.WORKER_REQUIRED.text(self.language))
            return
        agency_id = self.ui.signAgencyPicker.agencyId()
        on = self.ui.signedOnEdit.date() or dt.date.today()
        database = self.context.database
        actor = actor_name(self.context)

        def then(plan_id: int) -> None:
            safety_plans.sign_off(database, plan_id, on, worker, agency_id, actor)

        self._submit(then, close=False)

    def agree_in_meeting(self) -> None:
        """Save, then record the plan as agreed at this meeting: its services become the meeting's actions."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        item_id = self.agenda_item_id
        database = self.context.database
        actor = actor_name(self.context)

        def then(plan_id: int) -> None:
            safety_plans.agree_in_meeting(database, plan_id, meeting_id, item_id, actor)

        self._submit(then, close=False, after=self._agreed)

    def _agreed(self, plan: PlanView) -> None:
        """The meeting has new actions; a service still without an agency could not become one, and is told."""
        if self.meeting_id is not None:
            self.context.signals.meeting_changed.emit(self.meeting_id)
        self.context.signals.actions_changed.emit()
        waiting = [
            entry
            for entry in plan.content.services
            if entry.action_id is None and entry.agency_id is None and entry.status != ServiceStatus.DECLINED
        ]
        if waiting:
            show_error(
                self.ui.errorLabel,
                self.tr("บริการ {count} รายการยังไม่ได้มอบหมาย เพราะยังไม่ระบุหน่วยงานที่รับผิดชอบ").format(
                    count=len(waiting)
                ),
            )

    def _submit(
        self,
        then: Callable[[int], None] | None,
        *,
        close: bool,
        after: Callable[[PlanView], None] | None = None,
    ) -> None:
        """Save the form on the worker, then run ``then`` with the saved version's id in the same job; back on
        the GUI thread close the dialog, or show the plan as stored and run ``after`` with it."""
        problem = self.problem()
        show_error(self.ui.errorLabel, problem)
        if problem:
            return
        self._check_typed()
        content = self.content()
        plan_id = self.plan.id if self.plan is not None else None
        # The version this screen read: a save over someone else's meanwhile is refused, what was typed stays.
        read_version = self.plan.row_version if self.plan is not None else None
        actor = actor_name(self.context)
        database = self.context.database
        case_id = self.case_id

        def job() -> tuple[int, PlanView]:
            saved_id = safety_plans.save_plan(
                database, case_id, plan_id, content, actor, read_version=read_version
            )
            if then is not None:
                then(saved_id)
            return saved_id, safety_plans.load_plan(database, saved_id)

        def done(result: tuple[int, PlanView]) -> None:
            saved_id, plan = result
            self._set_writable(True)
            show_error(self.ui.errorLabel, "")
            self.saved.emit(saved_id)
            self.context.signals.case_changed.emit(case_id)
            if close:
                self.accept()
                return
            self.show_plan(plan)
            if after is not None:
                after(plan)

        self._set_writable(False)
        self.context.tasks.run(job, done, self._submit_failed)

    def _submit_failed(self, error: UserFacingError) -> None:
        """What was typed stays; the plan the next save builds on is looked up again, because the save may have
        made a new version before signing off or agreeing was refused."""
        self._failed(error)
        database = self.context.database
        self.context.tasks.run(lambda: safety_plans.current_plan(database, self.case_id), self._rebase)

    def _rebase(self, plan: PlanView | None) -> None:
        self.plan = plan
        self.ui.versionLabel.setText(self._version_text(plan))

    def _failed(self, error: UserFacingError) -> None:
        self._set_writable(True)
        show_error(self.ui.errorLabel, error.message(self.language))

    def _keeps_case(self) -> bool:
        return not self.context.database.read_only and role_gating.keeps_cases(self.context.permissions)

    def _set_writable(self, writable: bool) -> None:
        """Off while a job runs (one save at a time), on a database opened read-only, and for a person who
        reads the case without keeping it (the chair: ``role_gating``)."""
        writable = writable and self._keeps_case()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(writable)
        self.ui.agreeButton.setEnabled(writable)
        self.ui.signOffButton.setEnabled(writable)
