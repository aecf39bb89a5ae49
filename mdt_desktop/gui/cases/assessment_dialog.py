"""The assessment form of one case: an instrument's questions built from its definition, the score and level
computed live as answers change, an override by professional judgement with its required reason, and the next
review date the rule proposes. After a save that raised the case to high risk it asks what the body agreed.

Loads and saves run on ``context.tasks``; a refused or failed save keeps every answer. The answers are
restricted: they are shown here and in the case annex only, and never leave this dialog in a signal or a log.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import HighRiskResponse, RiskLevel
from mdt_desktop.domain.risk import (
    NO,
    NOT_KNOWN,
    YES,
    AnswerType,
    IndicatorsRule,
    Instrument,
    Question,
    RiskResult,
    Strength,
    compute,
    default_review_date,
)
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name, fill_enum_combo, show_error
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_assessment_dialog import Ui_AssessmentDialog
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies, risk
from mdt_desktop.services.risk import Assessed, AssessmentStart

# Level colours as in a traffic light, dark enough to read on the dialog's background.
LEVEL_COLOURS = {
    RiskLevel.STANDARD: "#1b5e20",
    RiskLevel.MEDIUM: "#8a5a00",
    RiskLevel.HIGH: "#b00020",
    RiskLevel.IMMEDIATE_DANGER: "#7b0000",
}


class AnswerField(QWidget):
    """The answer to one question: yes / no / not known buttons, a list of choices, or a number."""

    changed = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QRadioButton] = {}
        self.combo: QComboBox | None = None
        self.spin: QSpinBox | None = None
        if question.answer_type is AnswerType.YES_NO:
            group = QButtonGroup(self)
            for value, text in ((YES, self.tr("ใช่")), (NO, self.tr("ไม่ใช่")), (NOT_KNOWN, self.tr("ไม่ทราบ"))):
                button = QRadioButton(text, self)
                group.addButton(button)
                layout.addWidget(button)
                self.buttons[value] = button
                button.toggled.connect(self._toggled)
            layout.addStretch(1)
        elif question.answer_type is AnswerType.CHOICE:
            self.combo = QComboBox(self)
            self.combo.addItem(self.tr("(ยังไม่ตอบ)"), None)
            for choice in question.choices:
                self.combo.addItem(choice.text.text(language), choice.value)
            self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
            layout.addWidget(self.combo, 1)
        else:
            self.spin = QSpinBox(self)
            # One below the minimum stands for "not given".
            self.spin.setRange(question.minimum - 1, question.maximum)
            self.spin.setSpecialValueText(self.tr("ไม่ระบุ"))
            self.spin.setValue(question.minimum - 1)
            self.spin.valueChanged.connect(lambda _value: self.changed.emit())
            layout.addWidget(self.spin)
            layout.addStretch(1)

    def _toggled(self, on: bool) -> None:
        if on:  # one signal per choice, not one for the button left as well
            self.changed.emit()

    def value(self) -> str | int | None:
        if self.combo is not None:
            data = self.combo.currentData()
            return str(data) if data is not None else None
        if self.spin is not None:
            number = self.spin.value()
            return None if number < self.question.minimum else number
        return next((value for value, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: str | int) -> None:
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        elif self.spin is not None and isinstance(value, int):
            self.spin.setValue(value)
        elif isinstance(value, str) and value in self.buttons:
            self.buttons[value].setChecked(True)


class AssessmentDialog(QDialog):
    """Non-modal: open with ``open()``; emits ``saved`` with the new assessment's id."""

    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        agenda_item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.agenda_item_id = agenda_item_id
        self.language = context.language
        self.ui = Ui_AssessmentDialog()
        self.ui.setupUi(self)
        self.instruments: list[Instrument] = []
        self.instrument: Instrument | None = None
        self.fields: dict[str, AnswerField] = {}
        self.computed: RiskResult | None = None
        self.previous_level: RiskLevel | None = None
        self.response_dialog: HighRiskResponseDialog | None = None
        self._proposed_review: dt.date | None = None

        self.ui.assessedOn.setDate(dt.date.today())
        self.ui.assessor.setText(context.user_name)
        self.ui.overrideLevel.addItem(self.tr("ตามผลที่คำนวณได้"), None)
        for level in RiskLevel:
            self.ui.overrideLevel.addItem(level.label(self.language), level.value)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("บันทึกการประเมิน"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        show_error(self.ui.errorLabel, "")
        show_error(self.ui.problemsLabel, "")
        self.save_button.setEnabled(False)  # until the instruments arrive

        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.instrument.currentIndexChanged.connect(self._instrument_chosen)
        self.ui.overrideLevel.currentIndexChanged.connect(lambda _index: self._update_result())
        self.ui.assessedOn.dateChanged.connect(lambda _day: self._update_result())
        self._load()

    # --- loading ------------------------------------------------------------------------------------------

    def _load(self) -> None:
        database, case_id = self.context.database, self.case_id
        failed = self._load_failed
        self.context.tasks.run(lambda: risk.start_assessment(database, case_id), self._arrived, failed)
        self.context.tasks.run(
            lambda: agencies.list_agencies(database, include_inactive=False),
            self.ui.agency.setAgencies,
            failed,
        )

    def _load_failed(self, error: UserFacingError) -> None:
        show_error(self.ui.errorLabel, error.message(self.language))

    def _arrived(self, start: AssessmentStart) -> None:
        self.previous_level = start.latest_level
        self.setWindowTitle(self.tr("ประเมินความเสี่ยง: {code}").format(code=start.case_code))
        previous = (
            start.latest_level.label(self.language)
            if start.latest_level is not None
            else self.tr("ยังไม่เคยประเมิน")
        )
        self.ui.caseLabel.setText(
            self.tr("กรณี {code} · ระดับความเสี่ยงล่าสุด: {level}").format(code=start.case_code, level=previous)
        )
        problems = [problem.text(self.language) for problem in start.catalogue.problems]
        show_error(self.ui.problemsLabel, "\n".join(problems))
        self.instruments = start.catalogue.latest()
        self.ui.instrument.blockSignals(True)
        for instrument in self.instruments:
            self.ui.instrument.addItem(
                self.tr("{title} (ฉบับที่ {version})").format(
                    title=instrument.title.text(self.language), version=instrument.version
                ),
                instrument.key,
            )
        self.ui.instrument.blockSignals(False)
        self.save_button.setEnabled(
            bool(self.instruments)
            and not self.context.database.read_only
            and role_gating.keeps_cases(self.context.permissions)
        )
        self._instrument_chosen(self.ui.instrument.currentIndex())

    # --- the questions ------------------------------------------------------------------------------------

    def choose_instrument(self, key: str) -> None:
        self.ui.instrument.setCurrentIndex(self.ui.instrument.findData(key))

    def _instrument_chosen(self, index: int) -> None:
        self.instrument = self.instruments[index] if 0 <= index < len(self.instruments) else None
        # A new page of questions each time: the scroll area deletes the old one with its rows and stretches.
        page = QWidget()
        layout = QGridLayout(page)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.ui.questionsArea.setWidget(page)
        page.show()  # a widget set on a visible scroll area is not shown by it
        self.fields = {}
        instrument = self.instrument
        if instrument is None:
            self.ui.statementLabel.setText("")
            self._update_result()
            return
        self.ui.statementLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.statementLabel.setText(
            f"{instrument.purpose.text(self.language)}<br><b>{instrument.judgement.text(self.language)}</b>"
        )
        row = 0
        group = ""
        for number, question in enumerate(instrument.questions, start=1):
            if isinstance(instrument.rule, IndicatorsRule) and question.group != group:
                group = question.group
                title = instrument.group_title(group)
                heading = QLabel(title.text(self.language) if title is not None else group, page)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                layout.addWidget(heading, row, 0, 1, 2)
                row += 1
            text = f"{number}. {question.text.text(self.language)}"
            if question.strength is Strength.STRONG:
                text = self.tr("{question} (ตัวบ่งชี้น้ำหนักมาก)").format(question=text)
            label = QLabel(text, page)
            label.setWordWrap(True)
            field = AnswerField(question, self.language, page)
            help_text = question.help.text(self.language)
            if help_text:
                label.setToolTip(help_text)
                field.setToolTip(help_text)
            field.changed.connect(self._update_result)
            layout.addWidget(label, row, 0)
            layout.addWidget(field, row, 1)
            self.fields[question.id] = field
            row += 1
        layout.setRowStretch(row, 1)
        self.ui.questionsArea.verticalScrollBar().setValue(0)
        self._update_result()

    def answers(self) -> dict[str, str | int]:
        return {qid: value for qid, field in self.fields.items() if (value := field.value()) is not None}

    def set_answer(self, question_id: str, value: str | int) -> None:
        self.fields[question_id].set_value(value)

    # --- the result ---------------------------------------------------------------------------------------

    def override_level(self) -> RiskLevel | None:
        data = self.ui.overrideLevel.currentData()
        return RiskLevel(data) if data is not None else None

    def level_in_force(self) -> RiskLevel | None:
        return self.override_level() or (self.computed.level if self.computed is not None else None)

    def _update_result(self) -> None:
        self.computed = None
        if self.instrument is not None:
            try:
                self.computed = compute(self.instrument, self.answers())
            except (
                Refusal
            ) as refusal:  # an answer the instrument does not offer: cannot happen from these fields
                show_error(self.ui.errorLabel, refusal.message(self.language))
        result = self.computed
        if result is None:
            for label in (self.ui.scoreLabel, self.ui.levelLabel, self.ui.reasonLabel):
                label.setText("")
        else:
            self.ui.scoreLabel.setText(
                self.tr("{score} (ยังไม่ได้ตอบหรือไม่ทราบ {unanswered} ข้อ)").format(
                    score=result.score, unanswered=result.unanswered
                )
            )
            level_text = result.level.label(self.language)
            if result.label is not None:
                level_text += f" · {result.label.text(self.language)}"
            self.ui.levelLabel.setText(f'<b style="color:{LEVEL_COLOURS[result.level]}">{level_text}</b>')
            reason = result.reason.text(self.language)
            if result.details:
                reason += "\n" + "\n".join(f"• {detail.text(self.language)}" for detail in result.details)
            self.ui.reasonLabel.setText(reason)
        overridden = self.overridden()
        self.ui.overrideReason.setEnabled(overridden)
        self.ui.overrideReasonLabel.setEnabled(overridden)
        self._propose_review()

    def overridden(self) -> bool:
        chosen = self.override_level()
        return chosen is not None and (self.computed is None or chosen is not self.computed.level)

    def _propose_review(self) -> None:
        """Follow the rule's date while the person has not typed another."""
        level, assessed_on = self.level_in_force(), self.ui.assessedOn.date()
        if level is None or assessed_on is None:
            return
        current = self.ui.nextReview.date()
        if current is None or current == self._proposed_review:
            self._proposed_review = default_review_date(level, assessed_on)
            self.ui.nextReview.setDate(self._proposed_review)

    # --- saving -------------------------------------------------------------------------------------------

    def problem(self) -> str:
        self.ui.assessedOn.commit_typed()
        self.ui.nextReview.commit_typed()
        if self.instrument is None:
            return self.tr("โปรดเลือกแบบประเมิน")
        if self.ui.assessedOn.date() is None or not self.ui.assessedOn.is_valid():
            return self.ui.assessedOn.error_message() or self.tr("โปรดระบุวันที่ประเมิน")
        if not self.ui.nextReview.is_valid():
            return self.ui.nextReview.error_message()
        if not self.ui.assessor.text().strip():
            return risk.ASSESSOR_REQUIRED.text(self.language)
        if self.overridden() and not self.ui.overrideReason.toPlainText().strip():
            return risk.OVERRIDE_REASON_REQUIRED.text(self.language)
        return ""

    def save(self) -> None:
        problem = self.problem()
        show_error(self.ui.errorLabel, problem)
        if problem or self.instrument is None:
            return
        database = self.context.database
        case_id, agenda_item_id = self.case_id, self.agenda_item_id
        key, version, answers = self.instrument.key, self.instrument.version, self.answers()
        assessed_on = self.ui.assessedOn.date() or dt.date.today()
        assessor, actor = self.ui.assessor.text(), actor_name(self.context)
        agency_id = self.ui.agency.agencyId()
        override = self.override_level() if self.overridden() else None
        reason = self.ui.overrideReason.toPlainText() if override is not None else ""
        next_review = self.ui.nextReview.date()
        self.save_button.setEnabled(False)

        def job() -> Assessed:
            return risk.assess(
                database,
                case_id,
                key,
                version,
                answers,
                assessed_on,
                assessor,
                actor,
                agency_id=agency_id,
                override_level=override,
                override_reason=reason,
                next_review_on=next_review,
                agenda_item_id=agenda_item_id,
            )

        self.context.tasks.run(job, self._saved, self._save_failed)

    def _save_failed(self, error: UserFacingError) -> None:
        self.save_button.setEnabled(True)
        show_error(self.ui.errorLabel, error.message(self.language))

    def _saved(self, assessed: Assessed) -> None:
        stored = assessed.assessment
        self.saved.emit(stored.id)
        self.context.signals.case_changed.emit(self.case_id)
        if not stored.rose_to_high:
            self.accept()
            return
        self.response_dialog = HighRiskResponseDialog(
            self.context, self.case_id, stored.id, stored.level, self
        )
        self.response_dialog.finished.connect(lambda _result: self.accept())
        self.response_dialog.open()


class HighRiskResponseDialog(QDialog):
    """Asked once a case's level has risen to high: what the body agreed, recorded on the assessment."""

    def __init__(
        self,
        context: AppContext,
        case_id: int,
        assessment_id: int,
        level: RiskLevel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.assessment_id = assessment_id
        self.language = context.language
        self.setWindowTitle(self.tr("ความเสี่ยงสูงขึ้น: ทีมตกลงอย่างไร"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr("ระดับความเสี่ยงของกรณีนี้เพิ่มเป็น \u201c{level}\u201d โปรดบันทึกสิ่งที่ทีมตกลงดำเนินการ").format(
                level=level.label(self.language)
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.response = QComboBox(self)
        fill_enum_combo(self.response, HighRiskResponse, self.language)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("เช่น วันประชุมเร่งด่วน หรืองานที่มอบหมาย"))
        form.addRow(self.tr("ทีมตกลง"), self.response)
        form.addRow(self.tr("บันทึกเพิ่มเติม"), self.note)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, "")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึก"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ภายหลัง"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        database, assessment_id = self.context.database, self.assessment_id
        response = HighRiskResponse(self.response.currentData())
        note, actor = self.note.text(), actor_name(self.context)
        self.buttons.setEnabled(False)
        self.context.tasks.run(
            lambda: risk.record_high_risk_response(database, assessment_id, response, note, actor),
            self._saved,
            self._failed,
        )

    def _saved(self, _nothing: object) -> None:
        self.context.signals.case_changed.emit(self.case_id)
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.buttons.setEnabled(True)
        show_error(self.error_label, error.message(self.language))
