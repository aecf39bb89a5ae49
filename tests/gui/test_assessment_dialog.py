"""The assessment form, used as an assessor would: answer the questions, see the level change as they go, save,
and when the case has risen to high risk say what the body agreed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import HighRiskResponse, RiskLevel
from mdt_desktop.domain.risk import NO, YES
from mdt_desktop.gui.cases.assessment_dialog import AssessmentDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.services import risk
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import RiskAssessment
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def context(database: Database) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def wait_idle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy)


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, sample: Sample) -> AssessmentDialog:
    dialog = AssessmentDialog(context, sample.case_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.open()
    wait_idle(qtbot, context)
    return dialog


def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a radio button on its indicator, as a person does."""
    button.ensurePolished()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def answer_checklist(qtbot: QtBot, dialog: AssessmentDialog, yes: int) -> None:
    for index, field in enumerate(dialog.fields.values()):
        tick(qtbot, field.buttons[YES if index < yes else NO])


def click_save(qtbot: QtBot, dialog: AssessmentDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_the_form_offers_the_instruments_with_their_statement(
    dialog: AssessmentDialog, sample: Sample
) -> None:
    assert dialog.ui.instrument.count() == 3
    assert "MKL-2569-0001" in dialog.ui.caseLabel.text() and "ยังไม่เคยประเมิน" in dialog.ui.caseLabel.text()
    dialog.choose_instrument("domestic_abuse_checklist")
    assert len(dialog.fields) == 24
    assert "ดุลยพินิจทางวิชาชีพ" in dialog.ui.statementLabel.text()
    assert dialog.ui.assessor.text() == "เลขานุการทดสอบ"
    assert "ไม่ได้ตอบหรือไม่ทราบ 24 ข้อ" in dialog.ui.scoreLabel.text()


def test_the_level_follows_the_answers_and_the_assessment_is_stored(
    qtbot: QtBot, dialog: AssessmentDialog, context: AppContext, database: Database, sample: Sample
) -> None:
    dialog.choose_instrument("domestic_abuse_checklist")
    answer_checklist(qtbot, dialog, 13)
    assert "ความเสี่ยงปานกลาง" in dialog.ui.levelLabel.text()
    today = dt.date.today()
    assert dialog.ui.nextReview.date() == risk.default_review_date(RiskLevel.MEDIUM, today)
    first_field = next(iter(dialog.fields.values()))
    tick(qtbot, first_field.buttons["not_known"])  # 12 yes, one not known
    assert dialog.ui.scoreLabel.text().startswith("12 ") and "1 ข้อ" in dialog.ui.scoreLabel.text()
    tick(qtbot, first_field.buttons[YES])
    tick(qtbot, list(dialog.fields.values())[13].buttons[YES])  # the 14th yes
    assert "ความเสี่ยงสูง" in dialog.ui.levelLabel.text()
    assert dialog.ui.nextReview.date() == today + dt.timedelta(days=14)
    saved: list[int] = []
    changed: list[int] = []
    dialog.saved.connect(saved.append)
    context.signals.case_changed.connect(changed.append)
    click_save(qtbot, dialog)
    wait_idle(qtbot, context)
    assert len(saved) == 1 and changed == [sample.case_id]
    history = risk.assessments_of(database, sample.case_id)
    assert [(a.score, a.level) for a in history] == [(14, RiskLevel.HIGH)]
    # The first assessment at high risk is a rise: the form asks what the body agreed.
    response = dialog.response_dialog
    assert response is not None and response.isVisible()
    response.response.setCurrentIndex(response.response.findData(HighRiskResponse.NAMED_ACTIONS.value))
    response.note.setFocus()
    type_text(response.note, "ตำรวจจัดสายตรวจ")
    qtbot.mouseClick(response.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert not response.isVisible() and not dialog.isVisible()
    with database.read_session() as session:
        row = session.get_one(RiskAssessment, saved[0])
        assert (row.high_risk_response, row.high_risk_note) == ("named_actions", "ตำรวจจัดสายตรวจ")


def test_an_override_needs_a_reason_and_a_refused_save_keeps_the_answers(
    qtbot: QtBot, dialog: AssessmentDialog, context: AppContext, database: Database, sample: Sample
) -> None:
    dialog.choose_instrument("domestic_abuse_checklist")
    answer_checklist(qtbot, dialog, 2)
    dialog.ui.overrideLevel.setCurrentIndex(dialog.ui.overrideLevel.findData(RiskLevel.MEDIUM.value))
    assert dialog.ui.overrideReason.isEnabled()
    click_save(qtbot, dialog)
    wait_idle(qtbot, context)
    assert "เหตุผลทางวิชาชีพ" in dialog.ui.errorLabel.text()
    assert risk.assessments_of(database, sample.case_id) == []
    dialog.ui.overrideReason.setFocus()
    type_text(dialog.ui.overrideReason, "ผู้กระทำเพิ่งพ้นโทษ")
    # A date the service refuses (in the future): the message is shown and nothing typed is lost.
    dialog.ui.assessedOn.setDate(dt.date.today() + dt.timedelta(days=3))
    click_save(qtbot, dialog)
    wait_idle(qtbot, context)
    assert "อนาคต" in dialog.ui.errorLabel.text() and dialog.isVisible()
    assert dialog.answers()[next(iter(dialog.fields))] == YES
    assert dialog.ui.overrideReason.toPlainText() == "ผู้กระทำเพิ่งพ้นโทษ"
    dialog.ui.assessedOn.setDate(dt.date.today())
    click_save(qtbot, dialog)
    wait_idle(qtbot, context)
    assert not dialog.isVisible() and dialog.response_dialog is None  # medium is no rise to high
    [stored] = risk.assessments_of(database, sample.case_id)
    assert (stored.computed_level, stored.level, stored.overridden) == (
        RiskLevel.STANDARD,
        RiskLevel.MEDIUM,
        True,
    )


def test_a_child_not_safe_now_is_immediate_danger_on_the_form(
    qtbot: QtBot, dialog: AssessmentDialog, context: AppContext
) -> None:
    dialog.choose_instrument("child_protection_screen")
    dialog.set_answer("age", 4)
    dialog.set_answer("harm_kind", "physical")
    assert "ความเสี่ยงปานกลาง" in dialog.ui.levelLabel.text()
    dialog.set_answer("immediate_safety", "unsafe")
    assert "อันตรายเร่งด่วน" in dialog.ui.levelLabel.text()
    assert "ไม่ว่าคะแนนเท่าใด" in dialog.ui.reasonLabel.text()
    assert dialog.fields["caregiver_capacity"].toolTip()  # help shown as a tooltip


def test_the_trafficking_form_says_which_answers_led_to_likely_victim(
    qtbot: QtBot, dialog: AssessmentDialog
) -> None:
    dialog.choose_instrument("trafficking_indicators")
    tick(qtbot, dialog.fields["deceived_pay"].buttons[YES])
    tick(qtbot, dialog.fields["documents_held"].buttons[YES])
    assert "น่าจะเป็นผู้เสียหายจากการค้ามนุษย์" in dialog.ui.levelLabel.text()
    assert "การบังคับ ณ ปลายทาง" in dialog.ui.reasonLabel.text()
