"""The referral dialog of one case: its referrals, a form to send one (or to escalate the case to the provincial
centre), the answer and outcome of the selected one, and "resolved at district".

Sharing the identifying details rests on a consent in force; without one, the ground of imminent danger, a note
and the decision maker become required and the form says why (``services.referrals`` refuses otherwise, and its
refusal is shown here too). Loads and saves run on the TaskRunner; a failed save keeps what was typed. After each
write the dialog emits ``saved`` with the referral's id (none for "resolved at district") and ``case_changed``.
The referrals' notes, reasons and outcomes are restricted: they appear on this case's own screen only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from mdt_desktop.domain.codes import ReferralStatus, Service
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name, fill_enum_combo, show_error
from mdt_desktop.gui.common.item_model_base import Column, RecordTableModel
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from mdt_desktop.gui.register.register_model import OVERDUE_BACKGROUND, OVERDUE_FOREGROUND
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.services import agencies, referrals
from mdt_desktop.services.cases import UrgentGround
from mdt_desktop.services.referrals import CaseReferrals, ReferralRecord, WithoutConsent


class ReferralListModel(RecordTableModel[ReferralRecord]):
    """A case's referrals: sent, from → to, service, status (with the answer date), answer due, identity."""

    SENT, AGENCIES, SERVICE, STATUS, DUE, IDENTITY = range(6)

    def __init__(self, language: str = "th", parent: QObject | None = None) -> None:
        self.language = language
        self.today = dt.date.today()
        super().__init__(parent)

    def columns(self) -> list[Column[ReferralRecord]]:
        headers = [
            self.tr("ส่งเมื่อ"),
            self.tr("จาก → ถึง"),
            self.tr("บริการ"),
            self.tr("สถานะ"),
            self.tr("กำหนดตอบ"),
            self.tr("ข้อมูลระบุตัวบุคคล"),
        ]
        return [Column(header, partial(self.display, column=i)) for i, header in enumerate(headers)]

    def set_records(self, records: Sequence[ReferralRecord]) -> None:
        self.today = dt.date.today()  # "overdue" is counted from the day the list is shown
        super().set_records(records)

    def display(self, row: ReferralRecord, column: int) -> str:
        if column == self.SENT:
            return screen_date(row.sent_on)
        if column == self.AGENCIES:
            return f"{row.from_agency} → {row.to_agency}"
        if column == self.SERVICE:
            service = row.service.label(self.language) if row.service is not None else ""
            if row.is_escalation:
                return self.tr("ส่งต่อศูนย์ระดับจังหวัด") + (f": {service}" if service else "")
            return service
        if column == self.STATUS:
            status = row.status.label(self.language)
            if row.answered_on is not None and row.status is not ReferralStatus.SENT:
                return self.tr("{status} ({date})").format(status=status, date=screen_date(row.answered_on))
            return status
        if column == self.DUE:
            due = screen_date(row.answer_due_on)
            if row.overdue_on(self.today) and row.answer_due_on is not None:
                days = (self.today - row.answer_due_on).days
                return self.tr("{due} (เกินกำหนด {n} วัน)").format(due=due, n=days)
            return due
        if column == self.IDENTITY:
            if not row.shares_identity:
                return self.tr("ไม่ส่ง")
            if row.without_consent_ground is not None:
                return self.tr("ส่ง โดยไม่มีความยินยอม ({name} ตัดสินใจ)").format(name=row.decided_by)
            return self.tr("ส่ง ตามความยินยอม")
        return ""

    def tooltip(self, row: ReferralRecord, column: int) -> str:
        if column == self.STATUS:
            if row.status is ReferralStatus.REFUSED and row.refusal_reason:
                return self.tr("เหตุผลที่ปฏิเสธ: {reason}").format(reason=row.refusal_reason)
            if row.outcome:
                return self.tr("ผล: {outcome}").format(outcome=row.outcome)
        if column == self.IDENTITY and row.without_consent_note:
            return self.tr("เหตุผล: {note}").format(note=row.without_consent_note)
        return self.display(row, column)

    def background(self, record: ReferralRecord) -> QBrush | None:
        return OVERDUE_BACKGROUND if record.overdue_on(self.today) else None

    def foreground(self, record: ReferralRecord, column: int) -> QBrush | None:
        return OVERDUE_FOREGROUND if record.overdue_on(self.today) and column == self.DUE else None


class ReferralDialog(QDialog):
    """Non-modal: open with ``open()``; every load and save runs on ``context.tasks``."""

    saved = Signal(int)  # the referral's id

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.meeting_id = meeting_id
        self.language = context.language
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        self.case: CaseReferrals | None = None
        self._viewed = False  # the first load is the audited view
        self.model = ReferralListModel(context.language, self)
        self.ui.referralsTable.setModel(self.model)
        self.ui.referralsTable.verticalHeader().hide()
        header = self.ui.referralsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.mainLayout.setStretch(2, 1)  # the list takes the height left by the forms

        fill_enum_combo(self.ui.service, Service, self.language, first=(self.tr("(เลือกบริการ)"), None))
        self.ui.ground.addItem(
            self.tr("เด็กอยู่ในอันตรายร้ายแรงเฉพาะหน้า"), UrgentGround.CHILD_IN_IMMINENT_DANGER.value
        )
        self.ui.ground.addItem(
            self.tr("บุคคลที่มีความเสี่ยงเป็นพิเศษอยู่ในอันตรายเฉพาะหน้า"),
            UrgentGround.PERSON_AT_SPECIAL_RISK.value,
        )
        self.ui.sentOn.setDate(dt.date.today())
        self.ui.answeredOn.setDate(dt.date.today())
        for label in (self.ui.sendError, self.ui.answerError, self.ui.caseError):
            show_error(label, "")

        self.ui.buttonBox.rejected.connect(self.reject)
        # Enter typed in a field (an agency chosen from its list) must neither close the dialog nor press an
        # action; the action buttons are not auto-default in the form, the box's Close is not here.
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.ui.sharesIdentity.toggled.connect(self._update_sharing)
        self.ui.refused.toggled.connect(self._update_answer_fields)
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.answerButton.clicked.connect(self.save_answer)
        self.ui.outcomeButton.clicked.connect(self.save_outcome)
        self.ui.resolveButton.clicked.connect(self.mark_resolved)
        self.ui.referralsTable.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self._writable = not context.database.read_only and role_gating.keeps_cases(context.permissions)
        for widget in (self.ui.sendGroup, self.ui.answerGroup, self.ui.resolveButton):
            widget.setEnabled(self._writable)
        self._update_sharing()
        self._show_selected()
        self._load_agencies()
        self.reload()

    # --- loading ------------------------------------------------------------------------------------------

    def _load_agencies(self) -> None:
        database = self.context.database
        self.context.tasks.run(
            lambda: agencies.list_agencies(database, include_inactive=False),
            self._agencies_arrived,
            lambda error: show_error(self.ui.caseError, error.message(self.language)),
        )

    def _agencies_arrived(self, agency_list: list[agencies.AgencyRecord]) -> None:
        self.ui.fromAgency.setAgencies(agency_list)
        self.ui.toAgency.setAgencies(agency_list)

    def reload(self, select_id: int | None = None) -> None:
        database, case_id = self.context.database, self.case_id
        # The first look is a view of restricted notes and is audited; reloads after this dialog's own writes
        # show what the person just typed.
        first, self._viewed = not self._viewed, True
        actor = actor_name(self.context)
        self.context.tasks.run(
            lambda: (
                referrals.view_referrals(database, case_id, actor)
                if first
                else referrals.case_referrals(database, case_id)
            ),
            lambda case: self._arrived(case, select_id),
            lambda error: show_error(self.ui.caseError, error.message(self.language)),
        )

    def _arrived(self, case: CaseReferrals, select_id: int | None) -> None:
        self.case = case
        self.setWindowTitle(self.tr("การส่งต่อ: {code}").format(code=case.code))
        self.ui.caseLabel.setText(
            self.tr("กรณี {code} · {state}").format(code=case.code, state=case.escalation.label(self.language))
        )
        self.model.set_records(case.referrals)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            self.ui.referralsTable.selectRow(row)
        self._update_sharing()
        self._show_selected()

    # --- sending ------------------------------------------------------------------------------------------

    def needs_ground(self) -> bool:
        """Sharing the identity with no consent in force: the ground, note and decision maker are required."""
        return self.ui.sharesIdentity.isChecked() and (
            self.case is None or self.case.consent_in_force is None
        )

    def _update_sharing(self, *_args: object) -> None:
        sharing, needs_ground = self.ui.sharesIdentity.isChecked(), self.needs_ground()
        if not sharing:
            text = self.tr("ส่งเฉพาะรหัสกรณี ไม่ส่งข้อมูลระบุตัวบุคคล")
        elif not needs_ground:
            text = self.tr("ส่งข้อมูลระบุตัวบุคคลตามความยินยอมที่มีผลอยู่ การส่งนี้บันทึกในประวัติการเข้าถึงของกรณี")
        else:
            text = self.tr(
                "ไม่มีความยินยอมที่มีผลอยู่: ส่งข้อมูลระบุตัวบุคคลได้เฉพาะเมื่อเด็กหรือบุคคลที่มีความเสี่ยงเป็นพิเศษ"
                "อยู่ในอันตรายเฉพาะหน้า ต้องระบุเหตุ บันทึกเหตุผล และผู้มีอำนาจตัดสินใจ (บันทึกในประวัติการเข้าถึง)"
            )
        self.ui.consentLabel.setText(text)
        for widget in (
            self.ui.groundLabel,
            self.ui.ground,
            self.ui.noteLabel,
            self.ui.sharingNote,
            self.ui.decidedByLabel,
            self.ui.decidedBy,
        ):
            widget.setVisible(needs_ground)

    def without_consent(self) -> WithoutConsent | None:
        if not self.needs_ground():
            return None
        return WithoutConsent(
            UrgentGround(self.ui.ground.currentData()),
            self.ui.sharingNote.toPlainText().strip(),
            self.ui.decidedBy.text().strip(),
        )

    def send(self) -> None:
        """Send the referral (or the escalation) in the form; a refusal is shown under the form."""
        if not self._writable:
            return
        self.ui.fromAgency.choose_first_match()
        self.ui.toAgency.choose_first_match()
        database, actor, case_id, meeting_id = (
            self.context.database,
            actor_name(self.context),
            self.case_id,
            self.meeting_id,
        )
        from_id, to_id = self.ui.fromAgency.agencyId(), self.ui.toAgency.agencyId()
        service = self.ui.service.currentData()
        sent_on = self.ui.sentOn.date() or dt.date.today()
        due = self.ui.answerDue.date()
        shares, without = self.ui.sharesIdentity.isChecked(), self.without_consent()
        escalating = self.ui.escalation.isChecked()

        def job() -> int:
            if escalating:
                return referrals.escalate(
                    database,
                    case_id,
                    from_id,
                    to_id,
                    sent_on,
                    actor=actor,
                    service=service,
                    answer_due_on=due,
                    meeting_id=meeting_id,
                    shares_identity=shares,
                    without_consent=without,
                )
            return referrals.refer(
                database,
                case_id,
                from_id,
                to_id,
                service,
                sent_on,
                actor=actor,
                answer_due_on=due,
                meeting_id=meeting_id,
                shares_identity=shares,
                without_consent=without,
            )

        show_error(self.ui.sendError, "")
        self.ui.sendButton.setEnabled(False)
        self.context.tasks.run(job, self._sent, self._send_failed)

    def _sent(self, referral_id: int) -> None:
        self.ui.sendButton.setEnabled(True)
        self.ui.toAgency.setAgencyId(None)
        self.ui.service.setCurrentIndex(0)
        self.ui.answerDue.setDate(None)
        self.ui.escalation.setChecked(False)
        self.ui.sharesIdentity.setChecked(False)
        self.ui.sharingNote.clear()
        self.ui.decidedBy.clear()
        self._written(referral_id)

    def _send_failed(self, error: UserFacingError) -> None:
        self.ui.sendButton.setEnabled(True)
        show_error(self.ui.sendError, error.message(self.language))

    # --- answers, outcomes, the case's state --------------------------------------------------------------

    def selected(self) -> ReferralRecord | None:
        rows = self.ui.referralsTable.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        referral = self.selected()
        for widget in (
            self.ui.accepted,
            self.ui.refused,
            self.ui.answeredOn,
            self.ui.answerButton,
            self.ui.refusalReason,
            self.ui.outcome,
            self.ui.outcomeButton,
        ):
            widget.setEnabled(referral is not None)
        show_error(self.ui.answerError, "")
        if referral is None:
            self.ui.selectedLabel.setText(self.tr("เลือกการส่งต่อในตารางด้านบน"))
            self.ui.refusalReason.clear()
            self.ui.outcome.clear()
            return
        self.ui.selectedLabel.setText(
            self.tr("{agencies} ส่งเมื่อ {date}").format(
                agencies=self.model.display(referral, ReferralListModel.AGENCIES),
                date=screen_date(referral.sent_on),
            )
        )
        self.ui.refused.setChecked(referral.status is ReferralStatus.REFUSED)
        self.ui.accepted.setChecked(referral.status is not ReferralStatus.REFUSED)
        self.ui.answeredOn.setDate(referral.answered_on or dt.date.today())
        self.ui.refusalReason.setPlainText(referral.refusal_reason)
        self.ui.outcome.setPlainText(referral.outcome)
        self._update_answer_fields()

    def _update_answer_fields(self, *_args: object) -> None:
        referral = self.selected()
        self.ui.refusalReason.setEnabled(referral is not None and self.ui.refused.isChecked())

    def save_answer(self) -> None:
        referral = self.selected()
        if referral is None or not self._writable:
            return
        database, actor, referral_id = self.context.database, actor_name(self.context), referral.id
        read_version = (
            referral.row_version
        )  # as this screen read it: someone else's save meanwhile is refused
        accepted = self.ui.accepted.isChecked()
        answered_on = self.ui.answeredOn.date() or dt.date.today()
        reason = self.ui.refusalReason.toPlainText().strip() if not accepted else ""

        def job() -> int:
            referrals.answer(
                database,
                referral_id,
                accepted,
                answered_on,
                actor=actor,
                reason=reason,
                read_version=read_version,
            )
            return referral_id

        show_error(self.ui.answerError, "")
        self.context.tasks.run(job, self._written, self._answer_failed)

    def save_outcome(self) -> None:
        referral = self.selected()
        if referral is None or not self._writable:
            return
        database, actor, referral_id = self.context.database, actor_name(self.context), referral.id
        read_version = referral.row_version
        outcome = self.ui.outcome.toPlainText().strip()

        def job() -> int:
            referrals.record_outcome(database, referral_id, outcome, actor=actor, read_version=read_version)
            return referral_id

        show_error(self.ui.answerError, "")
        self.context.tasks.run(job, self._written, self._answer_failed)

    def _answer_failed(self, error: UserFacingError) -> None:
        show_error(self.ui.answerError, error.message(self.language))

    def mark_resolved(self) -> None:
        if not self._writable:
            return
        database, actor, case_id = self.context.database, actor_name(self.context), self.case_id
        show_error(self.ui.caseError, "")
        self.context.tasks.run(
            lambda: referrals.mark_resolved_at_district(database, case_id, actor),
            lambda _none: self._case_written(),
            lambda error: show_error(self.ui.caseError, error.message(self.language)),
        )

    def _written(self, referral_id: int) -> None:
        self.saved.emit(referral_id)
        self.context.signals.case_changed.emit(self.case_id)
        self.reload(select_id=referral_id)

    def _case_written(self) -> None:
        self.context.signals.case_changed.emit(self.case_id)
        self.reload()
