"""A case's identity on the secretary's own screen: read only for a chosen purpose (kept in the audit line), every
filled field masked until shown, never open while the chair's screen shows that case, and closed by itself after
a while without losing what was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.gui.cases.cases_page import CasesPage
from mdt_desktop.gui.cases.identity_dialog import IDLE_CLOSE_MS, MASKED_TEXT, IdentityDialog
from mdt_desktop.gui.common.context import AppContext, Projection
from mdt_desktop.services import audit, cases
from mdt_desktop.services.cases import IdentityRecord
from mdt_desktop.storage.database import Database
from tests.gui.page_support import open_dialog, shown_cases_page, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

NAME = "นางสาวมาลี ศรีสุข"
PHONE = "0812345678"
ADDRESS = "บ้านเลขที่ 12 หมู่ 3 ตำบลแม่สาย"


@pytest.fixture
def sample(database: Database) -> Sample:
    sample = build_sample(database)
    cases.record_consent(database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีม")
    cases.save_identity(
        database,
        sample.case_id,
        IdentityRecord(full_name=NAME, phone=PHONE, address=ADDRESS),
        actor="เลขานุการ",
    )
    return sample


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> CasesPage:
    page = shown_cases_page(qtbot, context, (1366, 768))
    page.table.selectRow(0)
    return page


def views(database: Database, case_id: int) -> list[str]:
    return [
        e.detail
        for e in audit.list_entries(database, "case_identity", case_id)
        if e.event == "view_restricted"
    ]


def open_for(qtbot: QtBot, page: CasesPage, context: AppContext, purpose: IdentityPurpose) -> IdentityDialog:
    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, IdentityDialog)
    dialog.ui.purposeCombo.setCurrentIndex(dialog.ui.purposeCombo.findData(purpose.value))
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    return dialog


def test_nothing_is_read_until_the_purpose_is_chosen_and_the_purpose_is_audited(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, IdentityDialog)
    assert [dialog.ui.purposeCombo.itemText(i) for i in range(1, dialog.ui.purposeCombo.count())] == [
        "วางแผนความปลอดภัย",
        "ส่งต่อ",
        "ดำเนินคดี/ศาล",
        "ติดต่อผู้เสียหาย",
        "ตรวจสอบข้อมูล",
    ]
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert dialog.ui.errorLabel.text() == "โปรดเลือกว่าเปิดดูเพื่ออะไร ก่อนเปิดข้อมูล"
    assert dialog.ui.fullName.text() == "" and not dialog.ui.detailsWidget.isEnabled()
    assert views(context.database, sample.case_id) == []

    dialog.ui.purposeCombo.setCurrentIndex(dialog.ui.purposeCombo.findData("prosecution"))
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)

    assert dialog.ui.detailsWidget.isEnabled()
    [detail] = views(context.database, sample.case_id)
    assert detail.endswith("purpose=prosecution")


def test_each_field_is_masked_until_shown_and_can_then_be_edited(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    dialog = open_for(qtbot, page, context, IdentityPurpose.SAFETY_PLANNING)
    ui = dialog.ui
    save_shot(dialog, "privacy-identity-masked")
    assert NAME not in ui.fullName.displayText() and ui.fullName.isReadOnly()
    assert PHONE not in ui.phone.displayText()
    assert ui.address.toPlainText() == MASKED_TEXT
    assert ui.fullName.displayText() == ui.phone.displayText() == MASKED_TEXT  # the length of neither shows
    assert ui.restrictedNotes.toPlainText() == ""  # an empty field hides nothing and is open for typing

    qtbot.mouseClick(dialog.reveal_buttons[ui.fullName], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.reveal_buttons[ui.address], Qt.MouseButton.LeftButton)
    assert ui.fullName.displayText() == NAME
    assert ui.address.toPlainText() == ADDRESS
    assert PHONE not in ui.phone.displayText()  # the others stay hidden
    save_shot(dialog, "privacy-identity-one-shown")
    ui.fullName.selectAll()
    type_text(ui.fullName, "นางสาวมาลี ศรีสุขใจ")
    with qtbot.waitSignal(context.signals.cases_changed):
        dialog.accept()
    wait_idle(qtbot, context)

    stored = cases.read_identity(
        context.database, sample.case_id, "ผู้ตรวจ", purpose=IdentityPurpose.VERIFY_DETAILS
    )
    assert stored is not None
    assert (stored.full_name, stored.phone, stored.address) == ("นางสาวมาลี ศรีสุขใจ", PHONE, ADDRESS)


def test_never_opens_while_the_chair_screen_shows_the_case(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    context.projection = Projection(
        showing=True, meeting_id=1, item_id=4, case_ids=frozenset({sample.case_id})
    )

    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)

    assert not [d for d in page.findChildren(IdentityDialog) if d.isVisible()]
    assert page.projected_refusal is not None and page.projected_refusal.isVisible()
    assert "จอประธานกำลังแสดงเรื่องของกรณี MKL-2569-0001" in page.projected_refusal.text()
    assert views(context.database, sample.case_id) == []

    page.projected_refusal.close()
    context.projection = Projection(
        showing=False, meeting_id=1, item_id=4, case_ids=frozenset({sample.case_id})
    )
    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    assert open_dialog(page, IdentityDialog).isVisible()  # blanked, the room no longer sees it


def test_an_open_view_closes_when_the_room_starts_seeing_the_case_and_keeps_the_typing(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    dialog = open_for(qtbot, page, context, IdentityPurpose.CONTACT_SURVIVOR)
    qtbot.mouseClick(dialog.reveal_buttons[dialog.ui.phone], Qt.MouseButton.LeftButton)
    dialog.ui.phone.clear()
    type_text(dialog.ui.phone, "0899999999")

    context.projection = Projection(showing=True, meeting_id=1, item_id=2, case_ids=frozenset({999}))
    context.signals.projection_changed.emit()
    assert dialog.isVisible()  # another case on the projector

    context.projection = Projection(
        showing=True, meeting_id=1, item_id=4, case_ids=frozenset({sample.case_id})
    )
    with qtbot.waitSignal(context.signals.cases_changed):
        context.signals.projection_changed.emit()
    wait_idle(qtbot, context)

    assert not dialog.isVisible()
    stored = cases.read_identity(
        context.database, sample.case_id, "ผู้ตรวจ", purpose=IdentityPurpose.VERIFY_DETAILS
    )
    assert stored is not None and stored.phone == "0899999999"


def test_the_view_closes_itself_after_a_while_without_input(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    dialog = open_for(qtbot, page, context, IdentityPurpose.REFERRAL)
    assert dialog.idle_timer.isActive() and dialog.idle_timer.interval() == IDLE_CLOSE_MS == 120_000

    with qtbot.waitSignal(context.signals.status_message) as told:
        dialog.idle_timer.timeout.emit()  # the two minutes have passed
    wait_idle(qtbot, context)

    assert not dialog.isVisible()
    assert "MKL-2569-0001" in told.args[0]
    events = [e.event for e in audit.list_entries(context.database, "case_identity", sample.case_id)]
    assert events[-1] == "view_restricted"  # nothing was changed, so nothing was written
