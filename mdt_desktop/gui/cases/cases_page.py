"""The cases page: case codes with type, stage and outcome (never identifying details), a new-case dialog,
the consent dialog, and the restricted identity dialog (``identity_dialog``), which opens only once consent is
recorded, never while the chair's screen shows that case, and whose every opening is written to the audit log by
the service with the purpose the person chose.

Double-click or Enter on a case (or ``open_case`` from elsewhere: search, an agenda item) shows the case's own
view in place of the list, with a way back to it; the view's identity button opens the same dialog, the same way.

Withdrawing consent asks first, with cancel as the default: the service erases the identity record when no other
ground to keep it remains, and that cannot be undone. On a database opened read-only every control that writes
is disabled (opening the identity record writes its audit entry), with one note saying why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import (
    CaseOutcome,
    CaseStage,
    CaseType,
    ChildStatus,
    IdentityPurpose,
    IntakeChannel,
)
from mdt_desktop.domain.privacy import ConsentFacts, ConsentRequired
from mdt_desktop.gui.cases.case_view import CaseView
from mdt_desktop.gui.cases.cases_model import BODY_COLUMN, TYPE_COLUMN, CasesModel
from mdt_desktop.gui.cases.identity_dialog import IdentityDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import (
    actor_name,
    fill_enum_combo,
    report_failure,
    show_error,
)
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_case_dialog import Ui_CaseDialog
from mdt_desktop.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.widgets.fitting import fit_columns
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import bodies, cases
from mdt_desktop.services.cases import CaseFilter, CaseRow, ConsentRecord, IdentityRecord, NewCase

TYPE_COLUMN_CAP = 200  # pixels; a long case type is cut short, its whole name in the cell's tooltip


class CaseDialog(QDialog):
    def __init__(
        self, body_list: list[bodies.BodyRecord], language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.ui.body.addItem(self.tr("(ไม่ระบุ)"), None)
        for body in body_list:
            self.ui.body.addItem(body.name_th, body.id)
        if body_list:
            self.ui.body.setCurrentIndex(1)
        fill_enum_combo(self.ui.caseType, CaseType, language)
        fill_enum_combo(self.ui.intakeChannel, IntakeChannel, language, first=(self.tr("(ไม่ระบุ)"), None))
        fill_enum_combo(self.ui.childStatus, ChildStatus, language)
        fill_enum_combo(self.ui.stage, CaseStage, language)
        fill_enum_combo(self.ui.outcome, CaseOutcome, language)
        self.ui.intakeDate.setDate(dt.date.today())
        self.ui.childStatus.setEnabled(False)
        self.ui.isChild.toggled.connect(self.ui.childStatus.setEnabled)
        show_error(self.ui.errorLabel, "")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def new_case(self) -> NewCase:
        child = self.ui.isChild.isChecked()
        return NewCase(
            case_type=self.ui.caseType.currentData(),
            intake_date=self.ui.intakeDate.date() or dt.date.today(),
            body_id=self.ui.body.currentData(),
            is_child=child,
            child_status=self.ui.childStatus.currentData() if child else None,
            stage=self.ui.stage.currentData(),
            outcome=self.ui.outcome.currentData(),
            intake_channel=self.ui.intakeChannel.currentData(),
            summary=self.ui.summary.toPlainText().strip(),
        )

    def accept(self) -> None:
        if self.ui.intakeDate.date() is None:
            show_error(self.ui.errorLabel, self.tr("โปรดระบุวันรับแจ้ง"))
            return
        super().accept()


class ConsentDialog(QDialog):
    def __init__(
        self, case: CaseRow, recorded_by: str, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.case = case
        self.language = language
        self.setWindowTitle(self.tr("บันทึกความยินยอม: {code}").format(code=case.code))
        self.ui.recordedBy.setText(recorded_by)
        self.ui.givenOn.setDate(dt.date.today())
        self.ui.reason.setEnabled(False)
        self.ui.withoutConsent.toggled.connect(self.ui.reason.setEnabled)
        show_error(self.ui.errorLabel, "")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> dict[str, object]:
        without = self.ui.withoutConsent.isChecked()
        return {
            "given_by": self.ui.givenBy.text().strip(),
            "recorded_by": self.ui.recordedBy.text().strip(),
            "given_on": self.ui.givenOn.date() or dt.date.today(),
            "scope": self.ui.scope.toPlainText().strip(),
            "without_consent_reason": self.ui.reason.toPlainText().strip() if without else "",
            "shares_with_centre": self.ui.sharesWithCentre.isChecked(),
        }

    def accept(self) -> None:
        values = self.values()
        if self.ui.withoutConsent.isChecked():
            if not values["without_consent_reason"]:
                show_error(self.ui.errorLabel, cases.WITHOUT_CONSENT_REASON_REQUIRED.text(self.language))
                return
        elif not (values["given_by"] and values["recorded_by"] and values["scope"]):
            show_error(self.ui.errorLabel, cases.CONSENT_FIELDS_REQUIRED.text(self.language))
            return
        super().accept()


class CasesPage(QWidget):
    """``view`` is the open case's view, or None while the list is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: CaseView | None = None
        self._bodies: list[bodies.BodyRecord] = []
        self.identity_dialog: IdentityDialog | None = None
        self.identity_case_id = 0
        self.projected_refusal: QMessageBox | None = None
        language = context.language
        self.type_filter = QComboBox(self)
        fill_enum_combo(self.type_filter, CaseType, language, first=(self.tr("ทุกประเภท"), None))
        self.stage_filter = QComboBox(self)
        fill_enum_combo(self.stage_filter, CaseStage, language, first=(self.tr("ทุกขั้นตอน"), None))
        self.outcome_filter = QComboBox(self)
        fill_enum_combo(self.outcome_filter, CaseOutcome, language, first=(self.tr("ทุกผลการดำเนินการ"), None))
        self.child_filter = QComboBox(self)
        self.child_filter.addItem(self.tr("เด็กและผู้ใหญ่"), None)
        self.child_filter.addItem(self.tr("เฉพาะเด็ก"), True)
        self.child_filter.addItem(self.tr("เฉพาะผู้ใหญ่"), False)
        self.model = CasesModel(language, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton(self.tr("กรณีใหม่…"), self)
        self.consent_button = QPushButton(self.tr("บันทึกความยินยอม…"), self)
        self.identity_button = QPushButton(self.tr("ข้อมูลระบุตัวบุคคล…"), self)
        self.withdraw_button = QPushButton(self.tr("ถอนความยินยอม…"), self)
        self.withdraw_question: QMessageBox | None = None  # the confirmation shown before a withdrawal
        self.identity_note = QLabel(self)
        self.identity_note.setWordWrap(True)
        self.read_only = context.database.read_only
        self.read_only_note = QLabel(
            self.tr(
                "ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: ดูรายการกรณีได้ แต่เพิ่มกรณี บันทึกหรือถอนความยินยอม "
                "และเปิดข้อมูลระบุตัวบุคคล (ซึ่งต้องบันทึกประวัติการเข้าถึง) ไม่ได้"
            ),
            self,
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(self.read_only)

        filters = QHBoxLayout()
        for combo in (self.type_filter, self.stage_filter, self.outcome_filter, self.child_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.consent_button)
        buttons.addWidget(self.identity_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        self.stack = QStackedWidget(self)
        self.list_page = QWidget()
        self.stack.addWidget(self.list_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        layout = QVBoxLayout(self.list_page)
        layout.addWidget(self.read_only_note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.identity_note)
        layout.addLayout(buttons)

        for combo in (self.type_filter, self.stage_filter, self.outcome_filter, self.child_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.table.activated.connect(self._case_activated)
        self.new_button.clicked.connect(self.new_case)
        self.consent_button.clicked.connect(self.record_consent)
        self.identity_button.clicked.connect(self.open_identity)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        context.signals.cases_changed.connect(self.reload)
        context.signals.projection_changed.connect(self._projection_changed)
        context.signals.bodies_changed.connect(self._load_bodies)
        self._update_buttons()

    def activate(self) -> None:
        self._load_bodies()
        self.reload()
        if self.view is not None:
            self.view.reload()

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            case_type=self.type_filter.currentData(),
            stage=self.stage_filter.currentData(),
            outcome=self.outcome_filter.currentData(),
            is_child=self.child_filter.currentData(),
        )

    def reload(self, *_args: object) -> None:
        database, f = self.context.database, self.current_filter()
        self.context.tasks.run(lambda: cases.list_cases(database, f), self._cases_loaded, self._failed)

    def _cases_loaded(self, rows: list[CaseRow]) -> None:
        selected = self.selected_case()
        self.model.set_records(rows)
        # Codes, stages and dates whole; the team's long name takes what is left and elides (tooltip: all of it).
        fit_columns(self.table, stretch=(BODY_COLUMN,), caps={TYPE_COLUMN: TYPE_COLUMN_CAP})
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)

    def _load_bodies(self) -> None:
        database = self.context.database
        self.context.tasks.run(
            lambda: bodies.list_bodies(database, include_inactive=False), self._bodies_loaded
        )

    def _bodies_loaded(self, body_list: list[bodies.BodyRecord]) -> None:
        self._bodies = body_list

    def selected_case(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        case = self.selected_case()
        writable = not self.read_only and role_gating.keeps_cases(self.context.permissions)
        self.new_button.setEnabled(writable)
        self.consent_button.setEnabled(writable and case is not None)
        self.identity_button.setEnabled(writable and case is not None and case.has_consent)
        self.withdraw_button.setEnabled(writable and case is not None and case.has_consent)
        self.identity_note.setVisible(writable)  # read-only: the one note above says what cannot be done
        if case is None:
            self.identity_note.setText(self.tr("เลือกกรณีในตารางเพื่อบันทึกความยินยอมหรือดูข้อมูลระบุตัวบุคคล"))
        elif not case.has_consent:
            self.identity_note.setText(
                self.tr(
                    "ยังบันทึกข้อมูลระบุตัวบุคคลของ {code} ไม่ได้: ต้องบันทึกความยินยอมก่อน "
                    "หรือบันทึกเหตุจำเป็นเร่งด่วนที่อาจเกิดอันตรายร้ายแรง"
                ).format(code=case.code)
            )
        else:
            self.identity_note.setText(self.tr("ข้อมูลระบุตัวบุคคลเป็นความลับ ทุกครั้งที่เปิดดูจะถูกบันทึกในประวัติการเข้าถึง"))

    def new_case(self) -> CaseDialog:
        dialog = CaseDialog(self._bodies, self.context.language, self)
        dialog.accepted.connect(lambda: self._create(dialog.new_case()))
        dialog.open()
        return dialog

    def _create(self, new: NewCase) -> None:
        database = self.context.database

        def job() -> tuple[int, str] | Refusal:
            try:
                return cases.create_case(database, new)
            except Refusal as refused:  # the body's or area's code cannot start a case code
                return refused

        def done(result: tuple[int, str] | Refusal) -> None:
            if isinstance(result, Refusal):
                self.context.signals.status_message.emit(result.message(self.context.language))
                return
            self.context.signals.status_message.emit(self.tr("สร้างกรณี {code} แล้ว").format(code=result[1]))
            self.context.signals.cases_changed.emit()

        self.context.tasks.run(job, done, self._failed)

    def record_consent(self) -> ConsentDialog | None:
        case = self.selected_case()
        if case is None:
            return None
        dialog = ConsentDialog(case, actor_name(self.context), self.context.language, self)
        dialog.accepted.connect(lambda: self._save_consent(case.id, dialog.values()))
        dialog.open()
        return dialog

    def _save_consent(self, case_id: int, values: dict[str, object]) -> None:
        database = self.context.database
        self.context.tasks.run(
            lambda: cases.record_consent(database, case_id, **values),  # type: ignore[arg-type]
            lambda _id: self.context.signals.cases_changed.emit(),
            self._failed,
        )

    # --- the case's own view ---------------------------------------------------------------------------------

    def _case_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.record(index.row()).id)

    def open_case(self, case_id: int) -> CaseView:
        """Show the view of ``case_id`` in place of the list (the one already open if it is that case)."""
        if self.view is not None and self.view.case_id == case_id:
            self.stack.setCurrentWidget(self.view)
            return self.view
        self.close_case()
        view = CaseView(self.context, case_id)
        view.back_requested.connect(self.close_case)
        view.identity_requested.connect(self._open_identity_of_view)
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        return view

    def close_case(self) -> None:
        """Back to the list, with the case that was open selected."""
        if self.view is None:
            return
        view, self.view = self.view, None
        view.retire()
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(view)
        view.deleteLater()
        row = self.model.row_of(view.case_id)
        if row is not None:
            self.table.selectRow(row)
        self.table.setFocus()

    def _open_identity_of_view(self, case_id: int) -> None:
        story = self.view.story if self.view is not None else None
        if story is None or story.id != case_id or not story.has_consent or self.read_only:
            return
        self._open_identity(case_id, story.code)

    # --- consent and identity ---------------------------------------------------------------------------------

    def open_identity(self) -> IdentityDialog | None:
        """Open the restricted record: refused with an explanation until consent is recorded."""
        case = self.selected_case()
        if case is None or not case.has_consent:
            self._update_buttons()
            return None
        return self._open_identity(case.id, case.code)

    def _open_identity(self, case_id: int, code: str) -> IdentityDialog | None:
        """The identity dialog, unless the chair's screen shows this case to the room; the record is read once
        the person has said why (``IdentityDialog.purpose_chosen``)."""
        if self._projected(case_id):
            self._refuse_while_projected(code)
            return None
        dialog = IdentityDialog(code, self.context.language, self)
        dialog.purpose_chosen.connect(lambda purpose: self._read_identity(dialog, case_id, purpose))
        dialog.accepted.connect(lambda: self._save_identity(case_id, dialog.identity()))
        dialog.closed_itself.connect(
            lambda: self.context.signals.status_message.emit(
                self.tr("ปิดข้อมูลระบุตัวบุคคลของ {code} แล้วเพื่อความปลอดภัย (สิ่งที่แก้ไขถูกบันทึกไว้)").format(code=code)
            )
        )
        self.identity_dialog, self.identity_case_id = dialog, case_id
        dialog.open()
        return dialog

    # --- identity and the chair's screen: never both showing the same case --------------------------------------

    def _projected(self, case_id: int) -> bool:
        projection = self.context.projection
        return projection.showing and case_id in projection.case_ids

    def _refuse_while_projected(self, code: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("ข้อมูลระบุตัวบุคคล (ลับ): {code}").format(code=code),
            self.tr(
                "จอประธานกำลังแสดงเรื่องของกรณี {code} ให้ที่ประชุมเห็น จึงเปิดข้อมูลระบุตัวบุคคลไม่ได้ "
                "ปิดหรือพักจอประธาน หรือไปเรื่องอื่นก่อน แล้วจึงเปิดอีกครั้ง"
            ).format(code=code),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.projected_refusal = box
        box.open()

    def _projection_changed(self) -> None:
        dialog = self.identity_dialog
        if dialog is not None and dialog.isVisible() and self._projected(self.identity_case_id):
            dialog.close_keeping_typing()

    def _read_identity(self, dialog: IdentityDialog, case_id: int, purpose: IdentityPurpose) -> None:
        database, actor = self.context.database, actor_name(self.context)

        def arrived(identity: IdentityRecord | None) -> None:
            dialog.set_identity(identity)

        def not_read(error: UserFacingError) -> None:
            # The service decides (consent withdrawn since the list was loaded, for instance): nothing to show,
            # the reason in the status bar, and the list brought up to date.
            dialog.reject()
            if isinstance(error, Refusal):
                self.context.signals.status_message.emit(error.message(self.context.language))
                self.reload()
                if self.view is not None:
                    self.view.reload()
            else:
                self._failed(error)

        self.context.tasks.run(
            lambda: cases.read_identity(database, case_id, actor, purpose=purpose), arrived, not_read
        )

    def withdraw_consent(self) -> None:
        """Find the consents given and in force (on the worker), then ask before withdrawing them."""
        case = self.selected_case()
        if case is None or self.read_only:
            return
        database = self.context.database
        self.context.tasks.run(
            lambda: cases.list_consents(database, case.id),
            lambda consents: self._ask_withdrawal(case, consents),
            self._failed,
        )

    def _ask_withdrawal(self, case: CaseRow, consents: list[ConsentRecord]) -> None:
        today = dt.date.today()
        given = [
            c
            for c in consents
            if not c.without_consent_reason.strip()
            and ConsentFacts(c.given_on, c.withdrawn_on).allows_on(today)
        ]
        if not given:
            self.context.signals.status_message.emit(
                self.tr("{code} ไม่มีความยินยอมที่ให้ไว้และยังมีผลอยู่ให้ถอน (ข้อมูลเก็บไว้ตามเหตุจำเป็นเร่งด่วนที่บันทึกไว้)").format(
                    code=case.code
                )
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("ถอนความยินยอม: {code}").format(code=case.code),
            self.tr("ถอนความยินยอมของกรณี {code} ที่ให้ไว้เมื่อ {given_on} หรือไม่").format(
                code=case.code, given_on=", ".join(screen_date(c.given_on) for c in given)
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "ข้อมูลระบุตัวบุคคลของกรณีนี้ (ชื่อ ที่อยู่ โทรศัพท์ เลขประจำตัว) จะถูกลบทันที และนำกลับคืนไม่ได้ "
                "การถอนและการลบจะถูกบันทึกในประวัติการเข้าถึง"
            )
        )
        erase = box.addButton(self.tr("ถอนความยินยอมและลบข้อมูล"), QMessageBox.ButtonRole.DestructiveRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda clicked: self._withdraw(case, [c.id for c in given]) if clicked is erase else None
        )
        self.withdraw_question = box
        box.open()

    def _withdraw(self, case: CaseRow, consent_ids: list[int]) -> None:
        database, actor, today = self.context.database, actor_name(self.context), dt.date.today()

        def job() -> bool:
            erased = False
            for consent_id in consent_ids:
                erased = cases.withdraw_consent(database, consent_id, today, actor=actor) or erased
            return erased

        def done(erased: bool) -> None:
            if erased:
                text = self.tr("ถอนความยินยอมของ {code} และลบข้อมูลระบุตัวบุคคลแล้ว")
            else:
                text = self.tr("ถอนความยินยอมของ {code} แล้ว")
            self.context.signals.status_message.emit(text.format(code=case.code))
            self.context.signals.cases_changed.emit()

        self.context.tasks.run(job, done, self._failed)

    def _save_identity(self, case_id: int, identity: IdentityRecord) -> None:
        database, actor = self.context.database, actor_name(self.context)

        def job() -> ConsentRequired | None:
            try:
                cases.save_identity(database, case_id, identity, actor)
            except ConsentRequired as refused:
                return refused
            return None

        def done(refused: ConsentRequired | None) -> None:
            if refused is None:
                self.context.signals.status_message.emit(self.tr("บันทึกข้อมูลระบุตัวบุคคลแล้ว"))
                self.context.signals.cases_changed.emit()
            else:
                self.context.signals.status_message.emit(refused.message(self.context.language))
                self.reload()

        self.context.tasks.run(job, done, self._failed)

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
