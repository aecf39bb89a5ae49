"""Withdrawing consent from the cases page: it asks first (cancel is the default and keeps everything), and a
confirmed withdrawal erases the identity record, audited; a read-only database disables every writing control."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.gui.cases.cases_page import CasesPage
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases
from mdt_desktop.services.cases import IdentityRecord
from mdt_desktop.storage.database import Database
from tests.gui.page_support import shown_cases_page, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    sample = build_sample(database)
    cases.record_consent(database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีม")
    cases.save_identity(
        database, sample.case_id, IdentityRecord(full_name="นางสาวสมมุติ ทดสอบ"), actor="เลขานุการ"
    )
    return sample


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> CasesPage:
    page = shown_cases_page(qtbot, context, (1000, 420))
    page.table.selectRow(0)
    return page


def _ask(qtbot: QtBot, page: CasesPage, context: AppContext) -> QMessageBox:
    assert page.withdraw_button.isEnabled()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    question = page.withdraw_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    return question


def test_cancelling_the_withdrawal_keeps_consent_and_identity(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    question = _ask(qtbot, page, context)
    assert "ลบทันที" in question.informativeText() and "นำกลับคืนไม่ได้" in question.informativeText()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    save_shot(question, "withdraw_consent_question")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    wait_idle(qtbot, context)

    identity = cases.read_identity(
        context.database, sample.case_id, actor="ผู้ตรวจสอบ", purpose=IdentityPurpose.VERIFY_DETAILS
    )
    assert identity is not None and identity.full_name == "นางสาวสมมุติ ทดสอบ"
    assert not [
        e for e in audit.list_entries(context.database, "case_consent") if e.event == "withdraw_consent"
    ]
    assert page.identity_button.isEnabled()


def test_a_confirmed_withdrawal_erases_the_identity_and_is_audited(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    question = _ask(qtbot, page, context)
    erase = next(
        button
        for button in question.buttons()
        if question.buttonRole(button) is QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(context.signals.cases_changed, timeout=10000):
        qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)

    page.table.selectRow(0)
    assert page.model.index(0, 7).data() == "ยังไม่บันทึก"
    assert not page.identity_button.isEnabled() and not page.withdraw_button.isEnabled()
    with pytest.raises(Refusal):  # no ground left to read it
        cases.read_identity(
            context.database, sample.case_id, actor="ผู้ตรวจสอบ", purpose=IdentityPurpose.VERIFY_DETAILS
        )
    urgent = cases.UrgentAccess(cases.UrgentGround.PERSON_AT_SPECIAL_RISK, decided_by="ผู้อำนวยการ")
    assert (
        cases.read_identity(
            context.database,
            sample.case_id,
            "ผู้ตรวจสอบ",
            urgent=urgent,
            purpose=IdentityPurpose.VERIFY_DETAILS,
        )
        is None
    )
    consent_events = [e.event for e in audit.list_entries(context.database, "case_consent")]
    identity_events = [(e.actor, e.event) for e in audit.list_entries(context.database, "case_identity")]
    assert "withdraw_consent" in consent_events
    assert ("เลขานุการทดสอบ", "erase_identity") in identity_events


def test_a_read_only_database_disables_every_writing_control_with_one_note(
    qtbot: QtBot, database: Database, sample: Sample
) -> None:
    path, key, slots = database.path, database.key, database.slots
    database.close()
    read_only = Database(path, key, slots, read_only=True)  # what allow_read_only hands over for such a file
    context = make_context(read_only)
    try:
        page = CasesPage(context)
        qtbot.addWidget(page)
        page.resize(1000, 420)
        page.show()
        page.activate()
        wait_idle(qtbot, context)
        page.table.selectRow(0)
        assert page.model.rowCount() == 1  # the list still reads
        assert page.read_only_note.isVisible() and "อ่านอย่างเดียว" in page.read_only_note.text()
        for button in (page.new_button, page.consent_button, page.identity_button, page.withdraw_button):
            assert not button.isEnabled()
        save_shot(page, "cases_page_read_only")
    finally:
        context.tasks.shutdown()
        read_only.close()
