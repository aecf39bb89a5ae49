"""The cases page: the identity dialog refuses before consent, accepts after, and every view is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.gui.cases.cases_page import CaseDialog, CasesPage, ConsentDialog, IdentityDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.services import audit, cases
from mdt_desktop.storage.database import Database
from mdt_desktop.thai.dates import to_be
from tests.gui.page_support import click_ok, open_dialog, shown_cases_page, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> CasesPage:
    page = shown_cases_page(qtbot, context, (1000, 420))
    return page


def test_identity_needs_consent_and_views_are_audited(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    page.table.selectRow(0)
    assert page.model.index(0, 0).data() == "MKL-2569-0001"
    assert not page.identity_button.isEnabled()
    assert "ต้องบันทึกความยินยอมก่อน" in page.identity_note.text()
    assert page.open_identity() is None  # refused
    save_shot(page, "cases_page_before_consent")

    qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    consent = open_dialog(page, ConsentDialog)
    type_text(consent.ui.givenBy, "ผู้เสียหาย")
    type_text(consent.ui.scope, "แบ่งปันข้อมูลกับหน่วยงานในทีมสหวิชาชีพ")
    save_shot(consent, "consent_dialog")
    with qtbot.waitSignal(context.signals.cases_changed):
        click_ok(qtbot, consent.ui.buttonBox)
    wait_idle(qtbot, context)
    assert page.model.index(0, 7).data() == "บันทึกแล้ว"
    assert page.identity_button.isEnabled()

    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    identity = open_dialog(page, IdentityDialog)
    assert not identity.ui.detailsWidget.isEnabled()  # nothing is read before the purpose is chosen
    identity.ui.purposeCombo.setCurrentIndex(identity.ui.purposeCombo.findData("verify_details"))
    qtbot.mouseClick(identity.ui.openButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert identity.ui.detailsWidget.isEnabled()
    type_text(identity.ui.fullName, "นางสาวสมมุติ ทดสอบ")
    type_text(identity.ui.phone, "0812345678")
    save_shot(identity, "identity_dialog")
    with qtbot.waitSignal(context.signals.cases_changed):
        click_ok(qtbot, identity.ui.buttonBox)
    wait_idle(qtbot, context)

    stored = cases.read_identity(
        context.database, sample.case_id, actor="ผู้ตรวจสอบ", purpose=IdentityPurpose.VERIFY_DETAILS
    )
    assert stored is not None and stored.full_name == "นางสาวสมมุติ ทดสอบ"
    events = [
        (e.actor, e.event) for e in audit.list_entries(context.database, "case_identity", sample.case_id)
    ]
    assert events == [
        ("เลขานุการทดสอบ", "view_restricted"),
        ("เลขานุการทดสอบ", "edit_restricted"),
        ("ผู้ตรวจสอบ", "view_restricted"),
    ]
    # The list never shows identifying details.
    shown = {page.model.index(r, c).data() for r in range(page.model.rowCount()) for c in range(8)}
    assert not any("สมมุติ" in text or "0812" in text for text in shown)
    save_shot(page, "cases_page_after_consent")


def test_a_consent_withdrawn_since_the_list_was_loaded_keeps_the_identity_closed(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    consent_id = cases.record_consent(
        context.database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีม"
    )
    page.reload()
    wait_idle(qtbot, context)
    page.table.selectRow(0)
    assert page.identity_button.isEnabled()
    # Another window (or another copy of the program) withdraws the consent; this list has not heard yet.
    cases.withdraw_consent(context.database, consent_id, dt.date(2026, 10, 2), actor="เลขานุการ")

    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    identity = open_dialog(page, IdentityDialog)
    identity.ui.purposeCombo.setCurrentIndex(1)
    with qtbot.waitSignal(context.signals.status_message) as shown:
        qtbot.mouseClick(identity.ui.openButton, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
    wait_idle(qtbot, context)

    assert "ไม่มีความยินยอมที่มีผลอยู่" in shown.args[0]
    assert not any(isinstance(child, IdentityDialog) and child.isVisible() for child in page.children())
    assert [e.event for e in audit.list_entries(context.database, "case_identity")] == []
    page.table.selectRow(0)
    assert not page.identity_button.isEnabled()


def test_new_case_gets_an_automatic_code(qtbot: QtBot, page: CasesPage, context: AppContext) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, CaseDialog)
    dialog.ui.body.setCurrentIndex(dialog.ui.body.findText("ทีมสหวิชาชีพอำเภอแม่กลอง"))
    dialog.ui.caseType.setCurrentIndex(dialog.ui.caseType.findText("การละเลยทอดทิ้ง"))
    box = dialog.ui.isChild
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert dialog.ui.childStatus.isEnabled()
    save_shot(dialog, "case_dialog")
    with qtbot.waitSignal(context.signals.cases_changed):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)
    codes = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert sorted(codes) == [
        "MKL-2569-0001",
        f"MKL-{to_be(dt.date.today().year)}-{'0002' if to_be(dt.date.today().year) == 2569 else '0001'}",
    ]
