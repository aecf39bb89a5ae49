"""งานของหน่วยงานฉัน: what an agency officer sees in place of the secretary's pages. Their agency's open actions,
soonest deadline first (overdue ones in red), the progress already reported on the one selected, and a short
form to report more: a status and a note, saved with Enter or the button.

The list and the report go through the services on the worker (``meetings.my_agency_actions``,
``meetings.record_agency_progress``), which decide which agency's actions the person may see and report on; a
refusal is shown under the form. Each line saved names the officer, and the secretary reads it under item 3 of
the next meeting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.gui.agency.agency_work_model import AgencyWorkModel, history_text
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import fill_enum_combo, set_combo_value
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_agency_work_page import Ui_AgencyWorkPage
from mdt_desktop.gui.settings.notes import show_note
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import AgencyAction, AgencyWork

TASK_COLUMN = 1
TASK_COLUMN_WIDTH = 380


class AgencyWorkPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AgencyWorkPage()
        self.ui.setupUi(self)
        self.model = AgencyWorkModel(self)
        self.work: AgencyWork | None = None
        self._saving = False
        self._reselect: int | None = None
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        title_font = QFont(self.ui.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        fill_enum_combo(self.ui.statusCombo, ActionStatus, context.language)
        set_combo_value(self.ui.statusCombo, ActionStatus.IN_PROGRESS.value)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.noteEdit.returnPressed.connect(self.report)
        self.ui.reportButton.clicked.connect(self.report)
        context.signals.actions_changed.connect(self.reload)
        self._retranslate_dynamic()
        self._show_selected()

    def activate(self) -> None:
        self.reload()

    # --- the list ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: meetings.my_agency_actions(database), self._show, self._failed)

    def _show(self, work: AgencyWork) -> None:
        selected = self.selected()
        keep = self._reselect if self._reselect is not None else (selected.action.id if selected else None)
        self._reselect = None
        self.work = work
        self.model.set_records(work.actions)
        table = self.ui.table
        table.resizeColumnsToContents()
        if table.columnWidth(TASK_COLUMN) > TASK_COLUMN_WIDTH:
            table.setColumnWidth(
                TASK_COLUMN, TASK_COLUMN_WIDTH
            )  # the rest stays in sight; the tooltip has all
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and work.actions:
            row = 0
        if row is not None:
            table.selectRow(row)
        self._retranslate_dynamic()
        self._show_selected()

    def selected(self) -> AgencyAction | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        record = self.selected()
        if record is None:
            self.ui.selectedLabel.setText(self.tr("เลือกงานจากตารางด้านบนก่อน"))
            self.ui.historyView.setPlainText("")
        else:
            self.ui.selectedLabel.setText(record.action.task)
            self.ui.historyView.setPlainText(history_text(record) or self.tr("ยังไม่มีรายงานความคืบหน้า"))
        self._enable()

    def _enable(self) -> None:
        writable = not self.context.database.read_only and not self._saving
        has_action = self.selected() is not None
        for widget in (self.ui.statusCombo, self.ui.noteEdit, self.ui.reportButton):
            widget.setEnabled(writable and has_action)

    # --- reporting --------------------------------------------------------------------------------------------

    def report(self) -> None:
        record = self.selected()
        if record is None or self._saving or not self.ui.reportButton.isEnabled():
            return
        status = ActionStatus(self.ui.statusCombo.currentData())
        note = self.ui.noteEdit.text().strip()
        problem = meetings.progress_problem(status, note)
        if problem is not None:
            show_note(self.ui.messageLabel, problem.text(self.context.language), error=True)
            self.ui.noteEdit.setFocus()
            return
        database, action_id = self.context.database, record.action.id
        self._saving = True
        self._enable()
        self.context.tasks.run(
            lambda: meetings.record_agency_progress(database, action_id, status, note),
            lambda _line: self._reported(action_id, status),
            self._failed,
        )

    def _reported(self, action_id: int, status: ActionStatus) -> None:
        self._saving = False
        self.ui.noteEdit.clear()
        self._reselect = action_id if status.is_open else None
        show_note(
            self.ui.messageLabel,
            self.tr("บันทึกแล้ว เลขานุการจะเห็นรายงานนี้พร้อมชื่อของท่านในระเบียบวาระที่ 3 ของการประชุมครั้งถัดไป"),
        )
        self.context.signals.actions_changed.emit()  # this page reloads with the others that list actions

    def _failed(self, error: UserFacingError) -> None:
        self._saving = False
        self._enable()
        show_note(self.ui.messageLabel, error.message(self.context.language), error=True)

    # --- text -------------------------------------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        work = self.work
        names = ", ".join(work.agency_names) if work is not None and work.agency_names else ""
        self.ui.introLabel.setText(
            self.tr(
                "งานที่ที่ประชุมมอบหมายให้ {agencies} ซึ่งยังไม่เสร็จ เลือกงาน แล้วรายงานความคืบหน้าระหว่างรอบการประชุม "
                "เลขานุการจะเห็นรายงานของท่านในระเบียบวาระที่ 3 (เรื่องสืบเนื่อง) ของการประชุมครั้งถัดไป"
            ).format(agencies=names or self.tr("หน่วยงานของท่าน"))
        )
        if work is None:
            self.ui.countLabel.setText("")
        elif not work.actions:
            self.ui.countLabel.setText(self.tr("ไม่มีงานที่ยังไม่เสร็จของหน่วยงานนี้"))
        elif work.total > len(work.actions):
            self.ui.countLabel.setText(
                self.tr("แสดง {shown} งานที่ถึงกำหนดก่อน จากทั้งหมด {total} งาน").format(
                    shown=len(work.actions), total=work.total
                )
            )
        else:
            overdue = sum(1 for record in work.actions if record.action.overdue)
            self.ui.countLabel.setText(
                self.tr("{total} งานที่ยังไม่เสร็จ เกินกำหนด {overdue} งาน").format(
                    total=work.total, overdue=overdue
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
            self._show_selected()
        super().changeEvent(event)
