"""The referral dialog, used as a secretary would: refer a case, share its identity only on a ground with a
decision maker, answer (a refusal needs a reason), escalate and see the case's state change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import CaseOutcome, ReferralStatus
from mdt_desktop.gui.cases.referral_dialog import ReferralDialog, ReferralListModel
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.services import audit, referrals
from mdt_desktop.storage.database import Database
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

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
def dialog(qtbot: QtBot, context: AppContext, sample: Sample) -> ReferralDialog:
    dialog = ReferralDialog(context, sample.case_id, meeting_id=sample.meeting2)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.open()
    wait_idle(qtbot, context)
    return dialog


def choose_agency(qtbot: QtBot, picker: object, text: str) -> None:
    line_edit = picker.line_edit  # type: ignore[attr-defined]
    line_edit.setFocus()
    type_text(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its middle may be empty space beside the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def cell(dialog: ReferralDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_identity_shared_only_on_a_ground_with_a_decision_maker(
    qtbot: QtBot, dialog: ReferralDialog, context: AppContext, database: Database, sample: Sample
) -> None:
    assert dialog.windowTitle() == "การส่งต่อ: MKL-2569-0001"
    assert dialog.ui.caseLabel.text() == "กรณี MKL-2569-0001 · อยู่ระหว่างดำเนินการ"
    choose_agency(qtbot, dialog.ui.fromAgency, "พมจ")
    choose_agency(qtbot, dialog.ui.toAgency, "สภ")
    dialog.ui.service.setCurrentIndex(dialog.ui.service.findText("ความปลอดภัยและการคุ้มครอง"))
    assert not dialog.ui.decidedBy.isVisible()
    tick(qtbot, dialog.ui.sharesIdentity)
    # No consent in force: the form says why and asks for the ground, a note and who decided.
    assert dialog.ui.consentLabel.text().startswith("ไม่มีความยินยอมที่มีผลอยู่")
    assert dialog.ui.decidedBy.isVisible() and dialog.ui.sharingNote.isVisible()
    dialog.ui.sharingNote.setFocus()
    type_text(dialog.ui.sharingNote, "ผู้กระทำกลับมาที่บ้านคืนนี้")
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert dialog.ui.sendError.text() == referrals.SHARING_DECISION_MAKER_REQUIRED.th
    assert dialog.model.rowCount() == 0
    assert dialog.ui.sharingNote.toPlainText() == "ผู้กระทำกลับมาที่บ้านคืนนี้"  # what was typed stays
    save_shot(dialog, "referral_dialog_ground_required")

    dialog.ui.decidedBy.setFocus()
    type_text(dialog.ui.decidedBy, "นายอำเภอแม่กลอง")
    with qtbot.waitSignal(dialog.saved) as saved, qtbot.waitSignal(context.signals.case_changed) as changed:
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert changed.args == [sample.case_id]
    # The Enter that chose an agency pressed nothing else: the case is still handled at the district.
    assert dialog.ui.caseLabel.text() == "กรณี MKL-2569-0001 · อยู่ระหว่างดำเนินการ"
    assert dialog.isVisible()
    assert dialog.ui.sendError.isHidden()
    assert dialog.model.rowCount() == 1
    assert cell(dialog, 0, ReferralListModel.AGENCIES) == "พมจ. → สภ.เมือง"
    assert cell(dialog, 0, ReferralListModel.STATUS) == "ส่งต่อแล้ว รอตอบรับ"
    assert cell(dialog, 0, ReferralListModel.IDENTITY) == "ส่ง โดยไม่มีความยินยอม (นายอำเภอแม่กลอง ตัดสินใจ)"
    [shared] = [
        e for e in audit.list_entries(database, "case", sample.case_id) if e.event == "identity_shared"
    ]
    assert shared.recipient == "สภ.เมือง"
    assert "decided_by=นายอำเภอแม่กลอง" in shared.detail
    assert f"referral={saved.args[0]}" in shared.detail
    [record] = referrals.referrals_of(database, sample.case_id)
    assert record.meeting_id == sample.meeting2


def test_refusing_needs_a_reason_then_escalate(
    qtbot: QtBot, dialog: ReferralDialog, context: AppContext, database: Database, sample: Sample
) -> None:
    today = dt.date.today()
    referral_id = referrals.refer(
        database,
        sample.case_id,
        sample.pmj,
        sample.hospital,
        "mental_health",
        today - dt.timedelta(days=10),
        actor="เลขานุการทดสอบ",
    )
    dialog.reload()
    wait_idle(qtbot, context)
    assert cell(dialog, 0, ReferralListModel.DUE).endswith("(เกินกำหนด 3 วัน)")
    dialog.ui.referralsTable.selectRow(0)
    tick(qtbot, dialog.ui.refused)
    qtbot.mouseClick(dialog.ui.answerButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert dialog.ui.answerError.text() == referrals.REFUSAL_REASON_REQUIRED.th
    assert referrals.referrals_of(database, sample.case_id)[0].status is ReferralStatus.SENT

    dialog.ui.refusalReason.setFocus()
    type_text(dialog.ui.refusalReason, "ไม่มีจิตแพทย์เด็ก")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.answerButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert cell(dialog, 0, ReferralListModel.STATUS).startswith("ปฏิเสธ (")
    assert (
        dialog.model.index(0, ReferralListModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
        == "เหตุผลที่ปฏิเสธ: ไม่มีจิตแพทย์เด็ก"
    )
    assert referrals.overdue_referrals(database, today) == []
    assert dialog.selected() is not None and dialog.selected().id == referral_id  # type: ignore[union-attr]

    # Escalate to the provincial centre: the case's state changes and the escalation register shows it.
    choose_agency(qtbot, dialog.ui.fromAgency, "สภ")
    choose_agency(qtbot, dialog.ui.toAgency, "พมจ")
    tick(qtbot, dialog.ui.escalation)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert dialog.ui.caseLabel.text() == "กรณี MKL-2569-0001 · ส่งต่อศูนย์ฯ จังหวัด"
    assert cell(dialog, 0, ReferralListModel.SERVICE) == "ส่งต่อศูนย์ระดับจังหวัด"
    assert [row.case_code for row in referrals.escalation_register(database)] == ["MKL-2569-0001"]
    # Escalated, the case is the centre's to resolve.
    qtbot.mouseClick(dialog.ui.resolveButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert dialog.ui.caseError.text() == referrals.STILL_ESCALATED.th
    assert referrals.case_referrals(database, sample.case_id).escalation is CaseOutcome.ESCALATED
    dialog.ui.referralsTable.selectRow(0)
    save_shot(dialog, "referral_dialog_escalated")


def test_a_read_only_database_shows_the_referrals_and_offers_no_writing(
    qtbot: QtBot, context: AppContext, database: Database, sample: Sample
) -> None:
    referrals.refer(
        database, sample.case_id, sample.pmj, sample.hospital, "mental_health", dt.date.today(), actor="ทดสอบ"
    )
    database.read_only = True  # what the dialog reads of a file opened read-only
    dialog = ReferralDialog(context, sample.case_id)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() == 1
    assert not dialog.ui.sendGroup.isEnabled()
    assert not dialog.ui.answerGroup.isEnabled()
    assert not dialog.ui.resolveButton.isEnabled()
