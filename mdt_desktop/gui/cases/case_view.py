"""A case's own page: its header (code, type, stage, outcome (escalated or not), consent), the latest risk level with the
chart of its assessments, the current safety plan's services, its referrals, every meeting and agenda item where
it was discussed with the resolutions, and its actions across meetings.

Everything comes from ``services.case_story`` in one read on the worker, again whenever the case changes
(``case_changed`` for this case, or ``cases_changed``). Nothing restricted is shown here: the identifying details
stay behind their own button, which asks the cases page to open them (audited there as from the list).
Double-clicking a meeting or an action opens that meeting. The assessment, safety plan and referral buttons open
those dialogs for this case (a new assessment not on a database open read-only; the other two show what is there
read-only); each says ``case_changed`` when it saves, and the view follows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.gui.cases.assessment_dialog import AssessmentDialog
from mdt_desktop.gui.cases.cases_model import (
    CaseActionsModel,
    DiscussionsModel,
    PlanServicesModel,
    ReferralsModel,
)
from mdt_desktop.gui.cases.referral_dialog import ReferralDialog
from mdt_desktop.gui.cases.risk_chart import POINT_COLOURS, instrument_name
from mdt_desktop.gui.cases.safety_plan_dialog import SafetyPlanDialog
from mdt_desktop.gui.common.context import NO_ITEM, AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_case_view import Ui_CaseView
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.services.case_story import CaseStory, ConsentState, case_story
from mdt_desktop.services.cases import UrgentGround


class CaseView(QWidget):
    """``loaded`` is emitted each time the story on screen is brought up to date."""

    back_requested = Signal()
    identity_requested = Signal(int)  # case id
    loaded = Signal()

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.story: CaseStory | None = None
        self._retired = False  # set once the page is taken away: answers still on their way are dropped
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        follow_zoom(self.ui.codeLabel, 1.4, bold=True)
        follow_zoom(self.ui.latestLevel, 1.15, bold=True)
        language = context.language
        self.discussions = DiscussionsModel(self)
        self.actions = CaseActionsModel(language, self)
        self.plan_services = PlanServicesModel(language, self)
        self.referrals = ReferralsModel(language, self)
        # The long texts (an item's title and its resolution, a task, a service, a status) share the width and
        # are cut with "…" (the whole text is the cell's tooltip); the short ones fit their text.
        for view, model, long_columns in (
            (self.ui.meetingsView, self.discussions, (2, 3)),
            (self.ui.actionsView, self.actions, (2, 4)),
            (self.ui.planView, self.plan_services, (0,)),
            (self.ui.referralsView, self.referrals, (2, 4)),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column in long_columns:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        # The four tables share the room equally at first; each splitter can be dragged.
        for splitter in (self.ui.tablesSplitter, self.ui.storySplitter, self.ui.servicesSplitter):
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 1)

        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.identityButton.clicked.connect(lambda: self.identity_requested.emit(self.case_id))
        self.ui.assessButton.clicked.connect(self.open_assessment)
        # An assessment is only ever added: by whoever keeps cases, in a database open for writing.
        self.ui.assessButton.setEnabled(self._keeps_case())
        self.ui.planButton.clicked.connect(self.open_safety_plan)
        self.ui.referralButton.clicked.connect(self.open_referrals)
        self.ui.meetingsView.activated.connect(self._open_discussion)
        self.ui.actionsView.activated.connect(self._open_action)
        context.signals.case_changed.connect(self._case_changed)
        context.signals.cases_changed.connect(self.reload)
        self.ui.identityButton.setEnabled(False)  # until the story says whether consent is in force
        self.reload()

    # --- loading ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        database, case_id = self.context.database, self.case_id
        self.context.tasks.run(lambda: case_story(database, case_id), self._show, self._failed)

    def _case_changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.reload()

    def retire(self) -> None:
        """The page is being taken away: stop following changes and ignore answers still on their way."""
        self._retired = True
        self.context.signals.case_changed.disconnect(self._case_changed)
        self.context.signals.cases_changed.disconnect(self.reload)

    def _failed(self, error: UserFacingError) -> None:
        if not self._retired:
            self.context.signals.status_message.emit(error.message(self.context.language))

    def _show(self, story: CaseStory) -> None:
        if self._retired:
            return
        self.story = story
        language = self.context.language
        ui = self.ui
        ui.codeLabel.setText(self.tr("กรณี {code}").format(code=story.code))
        ui.typeValue.setText(story.case_type.label(language))
        if story.is_child:
            child = self.tr("เด็ก")
            ui.childValue.setText(
                f"{child} ({story.child_status.label(language)})" if story.child_status else child
            )
        else:
            ui.childValue.setText(self.tr("ผู้ใหญ่"))
        ui.bodyValue.setText(story.body_name or self.tr("(ไม่ระบุ)"))
        ui.intakeValue.setText(screen_date(story.intake_date))
        ui.stageValue.setText(story.stage.label(language))
        ui.outcomeValue.setText(story.outcome.label(language))
        ui.consentValue.setText(self._consent_text(story))
        self._show_risk(story)
        self._show_plan(story)
        self.discussions.set_records(story.discussions)
        self.actions.set_records(story.actions)
        self.referrals.set_records(story.referrals)
        ui.meetingsBox.setTitle(
            self.tr("การประชุมที่พิจารณากรณีนี้และมติ ({count})").format(count=len(story.discussions))
        )
        ui.actionsBox.setTitle(self.tr("งานที่มอบหมายทุกการประชุม ({count})").format(count=len(story.actions)))
        ui.referralsBox.setTitle(self.tr("การส่งต่อ ({count})").format(count=len(story.referrals)))
        writable = self._keeps_case()
        ui.identityButton.setEnabled(writable and story.has_consent)
        if self.context.database.read_only:
            ui.identityButton.setToolTip(self.tr("ฐานข้อมูลเปิดแบบอ่านอย่างเดียว: เปิดข้อมูลระบุตัวบุคคลไม่ได้"))
        elif not writable:
            ui.identityButton.setToolTip(self.tr("ข้อมูลระบุตัวบุคคลเปิดได้เฉพาะเลขานุการของคณะที่ดูแลกรณีนี้"))
        elif not story.has_consent:
            ui.identityButton.setToolTip(self.tr("ต้องบันทึกความยินยอมก่อน (ที่รายการกรณี)"))
        else:
            ui.identityButton.setToolTip(self.tr("ข้อมูลลับ ทุกครั้งที่เปิดดูจะถูกบันทึกในประวัติการเข้าถึง"))
        self.loaded.emit()

    def _keeps_case(self) -> bool:
        return not self.context.database.read_only and role_gating.keeps_cases(self.context.permissions)

    def _consent_text(self, story: CaseStory) -> str:
        texts = {
            ConsentState.IN_FORCE: self.tr("ให้ความยินยอมแล้ว มีผลอยู่"),
            ConsentState.WITHOUT_CONSENT: self.tr("บันทึกโดยไม่มีความยินยอม เพราะมีอันตรายร้ายแรงเร่งด่วน"),
            ConsentState.WITHDRAWN: self.tr("ถอนความยินยอมแล้ว"),
            ConsentState.NONE: self.tr("ยังไม่บันทึกความยินยอม"),
        }
        text = texts[story.consent]
        if story.without_consent_ground is not None:
            grounds = {
                UrgentGround.CHILD_IN_IMMINENT_DANGER: self.tr("เด็กอยู่ในอันตรายร้ายแรงเฉพาะหน้า"),
                UrgentGround.PERSON_AT_SPECIAL_RISK: self.tr("บุคคลที่มีความเสี่ยงเป็นพิเศษอยู่ในอันตรายร้ายแรง"),
            }
            text += "\n" + self.tr("ส่งข้อมูลโดยไม่มีความยินยอม: {ground}").format(
                ground=grounds[story.without_consent_ground]
            )
        if story.shares_with_centre:
            text += "\n" + self.tr("ยินยอมให้ส่งข้อมูลระบุตัวตนถึงศูนย์ฯ จังหวัด")
        return text

    def _show_risk(self, story: CaseStory) -> None:
        """The latest level on one line (in its colour when high or worse), then its instrument, the override and
        the review."""
        language = self.context.language
        latest = story.latest_assessment
        self.ui.riskChart.set_points(list(story.assessments), language)
        if latest is None:
            self.ui.latestLevel.setText(self.tr("ยังไม่มีการประเมินความเสี่ยง"))
            self.ui.latestLevel.setStyleSheet("")
            self.ui.reviewLabel.setText("")
            self.ui.reviewLabel.hide()
            return
        parts = [
            self.tr("ล่าสุด: {level}").format(level=latest.level.label(language)),
            screen_date(latest.assessed_on),
        ]
        if latest.score is not None:
            parts.append(self.tr("คะแนน {score}").format(score=latest.score))
        self.ui.latestLevel.setText(" · ".join(parts))
        serious = latest.level.rank >= RiskLevel.HIGH.rank
        self.ui.latestLevel.setStyleSheet(
            f"QLabel {{ color: {POINT_COLOURS[latest.level].name()}; }}" if serious else ""
        )
        notes = [instrument_name(latest, language)]
        if latest.overridden:
            notes.append(
                self.tr("ปรับตามดุลยพินิจ (แบบประเมินให้ {level})").format(
                    level=latest.computed_level.label(language)
                )
            )
        if latest.next_review_on is not None:
            review = screen_date(latest.next_review_on)
            if latest.review_overdue:
                notes.append(self.tr("เลยกำหนดทบทวน {date} แล้ว").format(date=review))
            else:
                notes.append(self.tr("ทบทวนครั้งต่อไป {date}").format(date=review))
        self.ui.reviewLabel.setText(" · ".join(notes))
        self.ui.reviewLabel.setVisible(True)
        overdue_colour = POINT_COLOURS[RiskLevel.IMMEDIATE_DANGER].name()
        self.ui.reviewLabel.setStyleSheet(
            f"QLabel {{ color: {overdue_colour}; }}" if latest.review_overdue else ""
        )

    def _show_plan(self, story: CaseStory) -> None:
        """The plan's version and dates are the title of its box; its services are the table."""
        plan = story.plan
        if plan is None:
            self.ui.planBox.setTitle(self.tr("แผนความปลอดภัย: ยังไม่มี"))
            self.plan_services.set_records([])
            return
        signed = (
            self.tr("ลงนามแล้ว {date}").format(date=screen_date(plan.signed_off_on))
            if plan.signed_off_on is not None
            else self.tr("ยังไม่ลงนาม")
        )
        self.ui.planBox.setTitle(
            self.tr("แผนความปลอดภัยฉบับที่ {version} · ตกลงเมื่อ {date} · {signed}").format(
                version=plan.version, date=screen_date(plan.agreed_on), signed=signed
            )
        )
        self.plan_services.set_records(plan.services)

    # --- the case's dialogs (they save, then say case_changed, which reloads this view) ----------------------

    def open_assessment(self) -> AssessmentDialog | None:
        if self.context.database.read_only:
            return None
        dialog = AssessmentDialog(self.context, self.case_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_safety_plan(self) -> SafetyPlanDialog:
        dialog = SafetyPlanDialog(self.context, self.case_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_referrals(self) -> ReferralDialog:
        dialog = ReferralDialog(self.context, self.case_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- opening a meeting ------------------------------------------------------------------------------------

    def _open_discussion(self, index: QModelIndex) -> None:
        if index.isValid():
            discussion = self.discussions.record(index.row())
            self.context.signals.open_meeting_at_requested.emit(discussion.meeting_id, discussion.item_id, 0)

    def _open_action(self, index: QModelIndex) -> None:
        if index.isValid():
            action = self.actions.record(index.row())
            self.context.signals.open_meeting_at_requested.emit(action.meeting_id, NO_ITEM, action.id)
