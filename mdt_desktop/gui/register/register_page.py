"""The action register page: every action of every meeting, filtered by body, agency, status, overdue and due
range, over the page's whole width (a 1366-pixel laptop has no room beside it): dates, codes and overdue days
whole, the task stretching, long names cut short with their whole text in the tooltip. Double-clicking a row opens
its meeting at that action; the progress dialog records a status and a note (a failed action must say why).

Below the actions, tabs: two of referrals (``services.referrals``) filtered by the same body and agency (an
agency's referrals sent or received): those still unanswered after their answer was due, and the escalation register
(every escalation to the provincial centre with its answer), each tab's title counting its rows, double-clicking a
row opening its case; the open and overdue actions per agency (a click filters by that agency); and the circulation
of documents (``services.circulation``): for the meeting of the selected action, each agency's record (within 24
hours) and minutes (within 10 working days); with an agency filtered and no row selected, the same for that agency
at the meetings listed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.roles import Permission
from mdt_desktop.gui.common.context import NO_ITEM, AppContext
from mdt_desktop.gui.common.editing import fill_enum_combo, report_failure, set_combo_value, show_error
from mdt_desktop.gui.common.item_model_base import ID_ROLE
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_progress_dialog import Ui_ProgressDialog
from mdt_desktop.gui.forms.ui_register_page import Ui_RegisterPage
from mdt_desktop.gui.register.register_model import (
    AGENCY,
    BODY,
    PERSON,
    PROGRESS,
    STATUS,
    TASK,
    AgencyCountsModel,
    CirculationLine,
    CirculationModel,
    EscalationsModel,
    OverdueReferralsModel,
    RegisterModel,
)
from mdt_desktop.gui.widgets.fitting import fit_columns
from mdt_desktop.services import agencies, bodies, circulation, meetings, referrals
from mdt_desktop.services.meetings import ActionRow, RegisterFilter

OPEN_CHOICE = "open_or_in_progress"
TEXT_COLUMN_CAP = 120  # pixels, for names beside the task; the whole text is in the cell's tooltip
STATUS_COLUMN_CAP = 130
CIRCULATION_MEETINGS = 12  # an agency's circulation is shown for the meetings of the first rows listed


class ProgressDialog(QDialog):
    """Record progress on one action: the new status, a note (the reason for a failure) and the date."""

    def __init__(self, action: ActionRow, language: str = "th", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        self.action = action
        self.language = language
        self.ui.taskLabel.setText(
            self.tr("{agency}: {task}").format(
                agency=action.agency_abbreviation or action.agency_name, task=action.task
            )
        )
        fill_enum_combo(self.ui.status, ActionStatus, language)
        set_combo_value(self.ui.status, action.status.value)
        self.ui.recordedOn.setDate(dt.date.today())
        show_error(self.ui.errorLabel, "")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def status(self) -> ActionStatus:
        return ActionStatus(self.ui.status.currentData())

    def note(self) -> str:
        return self.ui.note.toPlainText().strip()

    def recorded_on(self) -> dt.date:
        return self.ui.recordedOn.date() or dt.date.today()

    def accept(self) -> None:
        problem = meetings.progress_problem(self.status(), self.note())
        if problem is not None:
            show_error(self.ui.errorLabel, problem.text(self.language))
            self.ui.note.setFocus()
            return
        super().accept()


class RegisterPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.model = RegisterModel(context.database, context.tasks, context.language, parent=self)
        self.counts = AgencyCountsModel(self)
        self.ui.table.setModel(self.model)
        self.ui.countsTable.setModel(self.counts)
        self.circulation = CirculationModel(self)
        self.ui.circulationTable.setModel(self.circulation)
        self._circulation_generation = 0
        self.referrals = OverdueReferralsModel(context.language, self)
        self.escalations = EscalationsModel(context.language, self)
        self.ui.referralsTable.setModel(self.referrals)
        self.ui.escalationsTable.setModel(self.escalations)
        self._referrals_generation = 0
        self._agency_labels: dict[int, str] = {}
        self.ui.table.verticalHeader().hide()
        self.ui.countsTable.verticalHeader().hide()
        self.ui.circulationTable.verticalHeader().hide()
        circulation_header = self.ui.circulationTable.horizontalHeader()
        circulation_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            circulation_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        counts_header = self.ui.countsTable.horizontalHeader()
        counts_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            counts_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.mainLayout.setStretch(2, 1)  # the tables take the height, not the filter rows
        # The actions first; the referrals' tabs keep room for a few rows (sizes are proportions until shown).
        self.ui.registerSplitter.setStretchFactor(0, 3)
        self.ui.registerSplitter.setStretchFactor(1, 1)
        self.ui.registerSplitter.setSizes([600, 220])
        for referrals_table in (self.ui.referralsTable, self.ui.escalationsTable):
            referrals_table.verticalHeader().hide()
            referrals_header = referrals_table.horizontalHeader()
            referrals_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            referrals_header.setStretchLastSection(True)

        self.ui.bodyFilter.addItem(self.tr("ทุกคณะ/ทีม"), None)
        fill_enum_combo(
            self.ui.statusFilter, ActionStatus, context.language, first=(self.tr("งานค้าง"), OPEN_CHOICE)
        )
        self.ui.statusFilter.insertItem(1, self.tr("ทุกสถานะ"), None)
        self.ui.statusFilter.setCurrentIndex(0)
        self._ready = False

        self.ui.bodyFilter.currentIndexChanged.connect(self.apply_filters)
        self.ui.statusFilter.currentIndexChanged.connect(self.apply_filters)
        self.ui.overdueOnly.toggled.connect(self.apply_filters)
        self.ui.dueFrom.dateChanged.connect(self.apply_filters)
        self.ui.dueTo.dateChanged.connect(self.apply_filters)
        self.ui.agencyFilter.agencyChosen.connect(self.apply_filters)
        self.ui.agencyFilter.line_edit.textChanged.connect(self._agency_text_changed)
        self.ui.clearFilters.clicked.connect(self.clear_filters)
        self.ui.progressButton.clicked.connect(self.record_progress_for_selected)
        self.ui.table.doubleClicked.connect(self._open_meeting)
        self.ui.referralsTable.doubleClicked.connect(
            lambda index: self._open_case(self.referrals.record(index.row()).case_id)
        )
        self.ui.escalationsTable.doubleClicked.connect(
            lambda index: self._open_case(self.escalations.record(index.row()).case_id)
        )
        self.ui.countsTable.clicked.connect(self._filter_by_count_row)
        self.model.loaded.connect(self._show_total)
        self.model.loaded.connect(lambda _total: self._fit_columns())
        self.model.loaded.connect(lambda _total: self.show_circulation())
        self.ui.table.selectionModel().selectionChanged.connect(lambda *_args: self.show_circulation())
        self.model.countsChanged.connect(self.counts.set_counts)
        self.model.failed.connect(self.context.signals.status_message.emit)
        context.signals.actions_changed.connect(self.model.reload)
        context.signals.circulation_changed.connect(lambda _id: self.show_circulation())
        context.signals.meeting_changed.connect(lambda _id: self.model.reload())
        context.signals.case_changed.connect(lambda _id: self.show_referrals())
        context.signals.agencies_changed.connect(self._load_choices)
        context.signals.bodies_changed.connect(self._load_choices)
        # Reading, filtering, opening only: a read-only file, or a person who is no body's secretary (the chair
        # reads the register; the services refuse progress from anyone without the secretary's role).
        writes = context.permissions.anywhere(Permission.WRITE_MINUTES)
        self.ui.progressButton.setEnabled(writes and not context.database.read_only)

    # --- filters ----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self._load_choices()
        if not self._ready:
            self._ready = True
            self.apply_filters()
        else:
            self.model.reload()
            self.show_referrals()

    def _load_choices(self) -> None:
        database = self.context.database

        def job() -> tuple[list[bodies.BodyRecord], list[agencies.AgencyRecord]]:
            return bodies.list_bodies(database), agencies.list_agencies(database)

        self.context.tasks.run(job, self._choices_arrived, self._failed)

    def _choices_arrived(self, choices: tuple[list[bodies.BodyRecord], list[agencies.AgencyRecord]]) -> None:
        body_list, agency_list = choices
        current = self.ui.bodyFilter.currentData()
        self.ui.bodyFilter.blockSignals(True)
        self.ui.bodyFilter.clear()
        self.ui.bodyFilter.addItem(self.tr("ทุกคณะ/ทีม"), None)
        for body in body_list:
            self.ui.bodyFilter.addItem(body.name_th, body.id)
        set_combo_value(self.ui.bodyFilter, current)
        self.ui.bodyFilter.blockSignals(False)
        self._agency_labels = {
            agency.id: agency.abbreviation or agency.name_th
            for agency in agency_list
            if agency.id is not None
        }
        chosen = self.ui.agencyFilter.agencyId()
        self.ui.agencyFilter.setAgencies(agency_list)
        if chosen is not None:
            self.ui.agencyFilter.setAgencyId(chosen)

    def current_filter(self) -> RegisterFilter:
        status = self.ui.statusFilter.currentData()
        if status == OPEN_CHOICE:
            statuses: list[str] | None = [s.value for s in meetings.OPEN_STATUSES]
        elif status is None:
            statuses = None
        else:
            statuses = [status]
        return RegisterFilter(
            body_id=self.ui.bodyFilter.currentData(),
            agency_id=self.ui.agencyFilter.agencyId(),
            statuses=statuses,
            overdue_only=self.ui.overdueOnly.isChecked(),
            due_from=self.ui.dueFrom.date(),
            due_to=self.ui.dueTo.date(),
        )

    def apply_filters(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())
        self.show_referrals()

    def _agency_text_changed(self, text: str) -> None:
        if not text.strip():
            self.apply_filters()

    def clear_filters(self) -> None:
        for widget in (
            self.ui.bodyFilter,
            self.ui.statusFilter,
            self.ui.overdueOnly,
            self.ui.dueFrom,
            self.ui.dueTo,
        ):
            widget.blockSignals(True)
        self.ui.bodyFilter.setCurrentIndex(0)
        self.ui.statusFilter.setCurrentIndex(0)
        self.ui.overdueOnly.setChecked(False)
        self.ui.dueFrom.setDate(None)
        self.ui.dueTo.setDate(None)
        for widget in (
            self.ui.bodyFilter,
            self.ui.statusFilter,
            self.ui.overdueOnly,
            self.ui.dueFrom,
            self.ui.dueTo,
        ):
            widget.blockSignals(False)
        self.ui.agencyFilter.setAgencyId(None)
        self.apply_filters()

    def _filter_by_count_row(self, index: QModelIndex) -> None:
        agency_id = index.siblingAtColumn(0).data(ID_ROLE)
        self.ui.agencyFilter.setAgencyId(agency_id)
        self.apply_filters()

    def _fit_columns(self) -> None:
        """Dates, codes and overdue days whole; the task takes the rest; the team, the agency, the person and the
        last progress are cut short where they are long (each cell's tooltip has the whole text)."""
        caps = dict.fromkeys((BODY, AGENCY, PERSON, PROGRESS), TEXT_COLUMN_CAP)
        caps[STATUS] = STATUS_COLUMN_CAP
        fit_columns(self.ui.table, stretch=(TASK,), caps=caps)
        # With one team chosen its name in every row says nothing: the task gets the room.
        self.ui.table.setColumnHidden(BODY, self.ui.bodyFilter.currentData() is not None)

    def _show_total(self, total: int) -> None:
        self.ui.totalLabel.setText(self.tr("พบ {n} รายการ").format(n=f"{total:,}"))

    # --- overdue referrals ------------------------------------------------------------------------------------

    def show_referrals(self) -> None:
        """Ask for the overdue referral answers and the escalations of the filtered body and agency; an older
        answer is dropped."""
        self._referrals_generation += 1
        generation, database = self._referrals_generation, self.context.database
        body_id, agency_id = self.ui.bodyFilter.currentData(), self.ui.agencyFilter.agencyId()
        today = dt.date.today()

        def job() -> tuple[list[referrals.OverdueReferral], list[referrals.EscalationRow]]:
            return (
                referrals.overdue_referrals(database, today, body_id, agency_id),
                referrals.escalation_register(database, body_id, agency_id),
            )

        def arrived(found: tuple[list[referrals.OverdueReferral], list[referrals.EscalationRow]]) -> None:
            if generation != self._referrals_generation:
                return
            overdue, escalations = found
            self.referrals.set_records(overdue)
            self.escalations.set_records(escalations)
            tabs = self.ui.referralsTabs
            tabs.setTabText(0, self.tr("การส่งต่อที่ยังไม่ได้รับคำตอบ เกินกำหนด ({n})").format(n=len(overdue)))
            tabs.setTabText(1, self.tr("ทะเบียนส่งต่อศูนย์ระดับจังหวัด ({n})").format(n=len(escalations)))

        self.context.tasks.run(job, arrived, self._failed)

    def _open_case(self, case_id: int) -> None:
        self.context.signals.open_case_requested.emit(case_id)

    # --- circulation ------------------------------------------------------------------------------------------

    def show_circulation(self) -> None:
        """Ask the log about the selected action's meeting, else about the filtered agency's meetings."""
        self._circulation_generation += 1
        generation, database = self._circulation_generation, self.context.database
        selected = self.selected_action()
        agency_id = self.ui.agencyFilter.agencyId()
        labels = dict(self._agency_labels)
        if selected is not None:
            meeting_id = selected.meeting_id
            title = self.tr("การส่งเอกสาร ครั้งที่ {meeting}").format(meeting=selected.meeting_label)

            def job() -> list[CirculationLine]:
                return [
                    CirculationLine(labels.get(status.agency_id, status.agency_name), status)
                    for status in circulation.circulation_status(database, meeting_id)
                ]

        elif agency_id is not None:
            meetings: dict[int, str] = {}
            for row in range(self.model.rowCount()):
                action = self.model.row_data(row)
                if action.agency_id == agency_id and len(meetings) < CIRCULATION_MEETINGS:
                    meetings.setdefault(action.meeting_id, action.meeting_label)
            title = self.tr("การส่งเอกสารถึง {agency}").format(agency=labels.get(agency_id, ""))

            def job() -> list[CirculationLine]:
                return [
                    CirculationLine(label, status)
                    for meeting_id, label in meetings.items()
                    for status in circulation.circulation_status(database, meeting_id)
                    if status.agency_id == agency_id
                ]

        else:
            self.ui.circulationTitle.setText(self.tr("การส่งเอกสาร: เลือกงานในตาราง หรือกรองตามหน่วยงาน"))
            self.circulation.set_lines([], per_meeting=False)
            return
        per_meeting = selected is None

        def arrived(lines: list[CirculationLine]) -> None:
            if generation == self._circulation_generation:
                self.ui.circulationTitle.setText(title)
                self.circulation.set_lines(lines, per_meeting)

        self.context.tasks.run(job, arrived, self._failed)

    # --- rows -------------------------------------------------------------------------------------------------

    def selected_action(self) -> ActionRow | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _open_meeting(self, index: QModelIndex) -> None:
        """The row's meeting, at the row's action (under the item it was assigned in)."""
        row = self.model.row_data(index.row())
        self.context.signals.open_meeting_at_requested.emit(row.meeting_id, NO_ITEM, row.id)

    def record_progress_for_selected(self) -> ProgressDialog | None:
        action = self.selected_action()
        if not self.ui.progressButton.isEnabled():
            return None
        if action is None:
            self.context.signals.status_message.emit(self.tr("โปรดเลือกงานในตารางก่อน"))
            return None
        dialog = ProgressDialog(action, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_progress(dialog))
        dialog.open()
        return dialog

    def _save_progress(self, dialog: ProgressDialog) -> None:
        database = self.context.database
        action_id, note, status, on = dialog.action.id, dialog.note(), dialog.status(), dialog.recorded_on()
        self.context.tasks.run(
            lambda: meetings.record_progress(database, None, action_id, note, status, on),
            lambda _line: self.context.signals.actions_changed.emit(),
            self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
