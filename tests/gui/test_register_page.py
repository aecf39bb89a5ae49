"""The action register page, used as a secretary would: filter, read the overdue marker, record progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import Service
from mdt_desktop.gui.common.context import NO_ITEM, AppContext
from mdt_desktop.gui.register.register_model import (
    OVERDUE,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    STATUS,
    TASK,
)
from mdt_desktop.gui.register.register_page import ProgressDialog, RegisterPage
from mdt_desktop.services import referrals
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


def column(page: RegisterPage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, sample: Sample) -> RegisterPage:
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def test_overdue_actions_of_one_agency(qtbot: QtBot, page: RegisterPage, context: AppContext) -> None:
    # The open work of every agency shows first: two of พมจ., two of each other agency, one of another body.
    assert page.model.rowCount() == 7
    page.ui.agencyFilter.line_edit.setFocus()
    type_text(page.ui.agencyFilter.line_edit, "พมจ")
    qtbot.keyClick(page.ui.agencyFilter.line_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(page.ui.overdueOnly, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert column(page, 2) == ["พมจ.", "พมจ.", "พมจ."]
    assert all(text.startswith("เกินกำหนด ") and text.endswith(" วัน") for text in column(page, OVERDUE))
    assert page.ui.totalLabel.text() == "พบ 3 รายการ"
    assert page.counts.rowCount() == 3  # the side table still shows every agency
    save_shot(page, "register_overdue_pmj")


def test_failed_action_needs_a_reason(qtbot: QtBot, page: RegisterPage, context: AppContext) -> None:
    row = column(page, TASK).index("งาน exam")
    page.ui.table.selectRow(row)
    qtbot.mouseClick(page.ui.progressButton, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(ProgressDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findText("ดำเนินการไม่ได้เนื่องจากสถานการณ์เปลี่ยน"))
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "โปรดระบุเหตุผล" in dialog.ui.errorLabel.text()
    save_shot(dialog, "progress_dialog_reason_required")

    dialog.ui.note.setFocus()
    type_text(dialog.ui.note, "ผู้เสียหายย้ายออกนอกพื้นที่")
    with qtbot.waitSignal(context.signals.actions_changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    wait_idle(qtbot, context)
    # The default filter shows open work only: choose every status to see the closed action with its new status.
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findText("ทุกสถานะ"))
    wait_idle(qtbot, context)
    row = column(page, TASK).index("งาน exam")
    assert page.model.index(row, STATUS).data() == "ดำเนินการไม่ได้เนื่องจากสถานการณ์เปลี่ยน"
    assert page.model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole) == "เหตุผล: ผู้เสียหายย้ายออกนอกพื้นที่"
    assert page.model.index(row, OVERDUE).data() == ""


def test_double_click_opens_the_meeting(
    qtbot: QtBot, page: RegisterPage, context: AppContext, sample: Sample
) -> None:
    row = column(page, TASK).index("งาน exam")
    rect = page.ui.table.visualRect(page.model.index(row, TASK))
    # QTest's double click needs the press and release of a first click before it, as a real mouse sends.
    qtbot.mouseClick(page.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(context.signals.open_meeting_at_requested) as opened:
        qtbot.mouseDClick(page.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [sample.meeting2, NO_ITEM, page.model.row_data(row).id]  # at that action


def test_overdue_referral_answers_beside_the_actions(
    qtbot: QtBot, page: RegisterPage, context: AppContext, database: Database, sample: Sample
) -> None:
    today = dt.date.today()
    late = referrals.refer(
        database,
        sample.case_id,
        sample.pmj,
        sample.hospital,
        Service.MENTAL_HEALTH,
        today - dt.timedelta(days=12),
        actor="เลขานุการทดสอบ",
    )
    referrals.refer(  # sent today: its answer is not due yet
        database,
        sample.case_id,
        sample.pmj,
        sample.police,
        Service.INVESTIGATION,
        today,
        actor="เลขานุการทดสอบ",
    )
    context.signals.case_changed.emit(sample.case_id)
    wait_idle(qtbot, context)
    table = page.referrals
    assert table.rowCount() == 1
    row = [table.index(0, col).data() for col in range(table.columnCount())]
    assert row[:4] == ["MKL-2569-0001", "พมจ.", "รพ.มก.", "สุขภาพจิต"]
    assert row[6] == "เกินกำหนด 5 วัน"
    # Shown in the overdue colours, as overdue actions are: the whole row's background, the due columns' text.
    assert table.index(0, table.CASE).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert table.index(0, table.DUE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_FOREGROUND
    assert table.index(0, table.CASE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.ui.referralsTabs.tabText(0) == "การส่งต่อที่ยังไม่ได้รับคำตอบ เกินกำหนด (1)"
    page.resize(1366, 768)
    save_shot(page, "register_overdue_referral")

    # The agency filter keeps the referrals the agency sent or received.
    page.ui.agencyFilter.setAgencyId(sample.police)
    page.apply_filters()
    wait_idle(qtbot, context)
    assert table.rowCount() == 0
    assert page.ui.referralsTabs.tabText(0) == "การส่งต่อที่ยังไม่ได้รับคำตอบ เกินกำหนด (0)"
    page.ui.agencyFilter.setAgencyId(sample.hospital)
    page.apply_filters()
    wait_idle(qtbot, context)
    assert table.rowCount() == 1

    # Double-clicking opens the case.
    rect = page.ui.referralsTable.visualRect(table.index(0, 0))
    qtbot.mouseClick(page.ui.referralsTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(context.signals.open_case_requested) as opened:
        qtbot.mouseDClick(page.ui.referralsTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [sample.case_id]

    # Answered, it leaves the list.
    referrals.answer(database, late, True, today, actor="เลขานุการทดสอบ")
    context.signals.case_changed.emit(sample.case_id)
    wait_idle(qtbot, context)
    assert table.rowCount() == 0


def test_escalation_register_tab(
    qtbot: QtBot, page: RegisterPage, context: AppContext, database: Database, sample: Sample
) -> None:
    today = dt.date.today()
    referral_id = referrals.escalate(
        database, sample.case_id, sample.police, sample.pmj, today, actor="เลขานุการทดสอบ"
    )
    context.signals.case_changed.emit(sample.case_id)
    wait_idle(qtbot, context)
    assert page.ui.referralsTabs.tabText(1) == "ทะเบียนส่งต่อศูนย์ระดับจังหวัด (1)"
    table = page.escalations
    row = [table.index(0, col).data() for col in range(table.columnCount())]
    assert row[:3] == ["MKL-2569-0001", "สภ.เมือง", "พมจ."]
    assert row[5:] == ["ส่งต่อแล้ว รอตอบรับ", "ส่งต่อศูนย์ฯ จังหวัด"]

    referrals.answer(database, referral_id, False, today, actor="เลขานุการทดสอบ", reason="อยู่ในอำนาจอำเภอ")
    context.signals.case_changed.emit(sample.case_id)
    wait_idle(qtbot, context)
    assert table.index(0, table.ANSWER).data().startswith("ปฏิเสธ (")
    assert table.index(0, table.CASE_STATE).data() == "อยู่ระหว่างดำเนินการ"
    page.ui.referralsTabs.setCurrentIndex(1)
    page.resize(1366, 768)
    save_shot(page, "register_escalations")
    # The body filter keeps the cases of that body only.
    page.ui.bodyFilter.setCurrentIndex(page.ui.bodyFilter.findData(sample.other_body_id))
    wait_idle(qtbot, context)
    assert table.rowCount() == 0
