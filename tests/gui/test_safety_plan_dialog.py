"""The safety plan dialog: a plan typed in Thai is there when the dialog opens again; the NOT-safe contacts are a
list of their own, in red; agreeing in a meeting makes the services actions of that meeting; a return is refused
as done without a safety check and what was typed stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import AgendaKind, ReturnChoice, Service, ServiceStatus
from mdt_desktop.exports.action_records import render_pdf
from mdt_desktop.gui.cases.safety_plan_dialog import AGENCY, DUE, SERVICE, STATUS, SafetyPlanDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import set_combo_value
from mdt_desktop.services import meetings, safety_plans
from mdt_desktop.services.exports.action_records import build_action_record
from mdt_desktop.storage.database import Database
from tests.gui.page_support import wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot
from tests.unit.test_tier_markers import pdf_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


def open_plan(
    qtbot: QtBot,
    context: AppContext,
    sample: Sample,
    meeting_id: int | None = None,
    item_id: int | None = None,
) -> SafetyPlanDialog:
    dialog = SafetyPlanDialog(context, sample.case_id, meeting_id, item_id)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.open()
    wait_idle(qtbot, context)
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_cell(qtbot: QtBot, dialog: SafetyPlanDialog, table: QTableWidget, text: str) -> None:
    """Type into the new row's first cell, being edited as a person finds it after pressing Add, and press
    Enter (the table takes the text in once the key has been handled)."""
    row = table.currentRow()
    editor = dialog.focusWidget()
    assert editor is not None
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, 0).text() == text)


def test_a_plan_typed_in_thai_is_there_when_the_dialog_opens_again(
    qtbot: QtBot, context: AppContext, sample: Sample
) -> None:
    dialog = open_plan(qtbot, context, sample)
    assert "ยังไม่มีแผนความปลอดภัย" in dialog.ui.versionLabel.text()
    type_text(dialog.ui.concernEdit, "กลัวว่าสามีจะตามมาที่บ้านแม่")
    type_text(dialog.ui.strengthsEdit, "พี่สาวให้ที่พักได้")
    set_combo_value(dialog.ui.returnCombo, ReturnChoice.STAY.value)
    dialog.ui.courtCombo.setCurrentIndex(dialog.ui.courtCombo.findData(True))

    dialog.ui.tabs.setCurrentWidget(dialog.ui.contactsTab)
    click(qtbot, dialog.ui.addSafeButton)
    type_cell(qtbot, dialog, dialog.ui.safeTable, "นางสาวพร พี่สาว")
    click(qtbot, dialog.ui.addUnsafeButton)
    type_cell(qtbot, dialog, dialog.ui.unsafeTable, "นายเอ สามี")
    # The NOT-safe list is its own table, headed by the warning in red.
    assert dialog.ui.unsafeWarning.text() == "ห้ามติดต่อ/ห้ามแจ้งข้อมูลใดๆ"
    assert "#c62828" in dialog.ui.unsafeWarning.styleSheet()
    assert "#c62828" in dialog.ui.unsafeTable.styleSheet()
    assert dialog.ui.unsafeTable is not dialog.ui.safeTable
    save_shot(dialog, "safety_plan_contacts")

    dialog.ui.tabs.setCurrentWidget(dialog.ui.stepsTab)
    type_text(dialog.ui.duringEdit, "โทร 191 และออกทางประตูหลัง")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.servicesTab)
    click(qtbot, dialog.ui.addServiceButton)
    set_combo_value(dialog.service_widget(0, SERVICE), Service.SAFE_ACCOMMODATION.value)
    dialog.service_widget(0, AGENCY).setAgencyId(sample.pmj)
    type_text(dialog.service_widget(0, DUE).line_edit, "1/12/2569")
    save_shot(dialog, "safety_plan_services")

    with qtbot.waitSignal(dialog.saved) as saved, qtbot.waitSignal(context.signals.case_changed) as changed:
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    wait_idle(qtbot, context)
    assert changed.args == [sample.case_id]
    assert not dialog.isVisible()

    again = open_plan(qtbot, context, sample)
    assert again.plan is not None and again.plan.id == saved.args[0]
    assert "ฉบับที่ 1" in again.ui.versionLabel.text() and "ยังไม่ลงนาม" in again.ui.versionLabel.text()
    assert again.ui.concernEdit.toPlainText() == "กลัวว่าสามีจะตามมาที่บ้านแม่"
    assert again.ui.strengthsEdit.toPlainText() == "พี่สาวให้ที่พักได้"
    assert again.ui.duringEdit.toPlainText() == "โทร 191 และออกทางประตูหลัง"
    assert again.ui.returnCombo.currentData() == ReturnChoice.STAY.value
    assert again.ui.courtCombo.currentData() is True
    assert again.ui.safeTable.item(0, 0).text() == "นางสาวพร พี่สาว"
    assert again.ui.unsafeTable.rowCount() == 1 and again.ui.unsafeTable.item(0, 0).text() == "นายเอ สามี"
    assert again.service_widget(0, AGENCY).text() == "พมจ. — สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"
    assert again.service_widget(0, DUE).date() == dt.date(2026, 12, 1)
    save_shot(again, "safety_plan_dialog")


def test_signing_off_then_editing_makes_version_two(
    qtbot: QtBot, context: AppContext, sample: Sample
) -> None:
    dialog = open_plan(qtbot, context, sample)
    type_text(dialog.ui.concernEdit, "อยากให้ลูกได้เรียนต่อ")
    dialog.ui.workerEdit.clear()
    type_text(dialog.ui.workerEdit, "นางสาวใจดี รักษ์งาน")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.signOffButton)
    wait_idle(qtbot, context)
    assert "ฉบับที่ 1" in dialog.ui.versionLabel.text()
    assert (
        "ลงนามรับรองแล้ว" in dialog.ui.versionLabel.text()
        and "นางสาวใจดี รักษ์งาน" in dialog.ui.versionLabel.text()
    )
    assert not dialog.ui.signGroup.isEnabled()

    type_text(dialog.ui.strengthsEdit, "มีเพื่อนบ้านช่วยดูแล")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    wait_idle(qtbot, context)
    versions = safety_plans.plan_versions(context.database, sample.case_id)
    assert [(v.version, v.signed_off_on is not None) for v in versions] == [(1, True), (2, False)]
    assert safety_plans.load_plan(context.database, versions[0].id).content.strengths == ""


def test_agreeing_in_the_meeting_makes_the_services_actions_there(
    qtbot: QtBot, context: AppContext, sample: Sample
) -> None:
    item_id = meetings.add_item(context.database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    dialog = open_plan(qtbot, context, sample, sample.meeting2, item_id)
    assert dialog.ui.agreeButton.isVisible()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.servicesTab)
    click(qtbot, dialog.ui.addServiceButton)
    set_combo_value(dialog.service_widget(0, SERVICE), Service.INVESTIGATION.value)
    dialog.service_widget(0, AGENCY).setAgencyId(sample.police)
    type_text(dialog.service_widget(0, DUE).line_edit, "15/12/2569")
    click(qtbot, dialog.ui.addServiceButton)  # no agency yet: it waits, and the dialog says so
    set_combo_value(dialog.service_widget(1, SERVICE), Service.MENTAL_HEALTH.value)

    with qtbot.waitSignal(context.signals.meeting_changed):
        click(qtbot, dialog.ui.agreeButton)
    wait_idle(qtbot, context)

    actions = meetings.load_meeting(context.database, sample.meeting2).item(item_id).actions
    assert [(a.task, a.agency_id, a.due_date, a.case_code) for a in actions] == [
        ("สอบสวน", sample.police, dt.date(2026, 12, 15), "MKL-2569-0001")
    ]
    # The police's own record of the meeting (what is signed and sent to them) carries the agreed service.
    record = build_action_record(context.database, sample.meeting2, sample.police)
    assert [(line.task, line.case_code) for line in record.lines if line.task == "สอบสวน"] == [
        ("สอบสวน", "MKL-2569-0001")
    ]
    assert "สอบสวน" in pdf_text(render_pdf(record))
    assert dialog.ui.servicesTable.item(0, 5).text() == "มอบหมายแล้ว"
    assert dialog.ui.servicesTable.item(1, 5).text() == ""
    assert "บริการ 1 รายการยังไม่ได้มอบหมาย" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    save_shot(dialog, "safety_plan_agreed")


def test_return_home_is_refused_as_done_without_a_safety_check_and_the_text_stays(
    qtbot: QtBot, context: AppContext, sample: Sample
) -> None:
    dialog = open_plan(qtbot, context, sample)
    type_text(dialog.ui.concernEdit, "อยากกลับไปอยู่กับแม่")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.servicesTab)
    click(qtbot, dialog.ui.addServiceButton)
    set_combo_value(dialog.service_widget(0, SERVICE), Service.RETURN_HOME.value)
    set_combo_value(dialog.service_widget(0, STATUS), ServiceStatus.DONE.value)
    assert dialog.ui.checkGroup.isEnabled()

    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    wait_idle(qtbot, context)
    assert dialog.isVisible()
    assert (
        "ส่งกลับภูมิลำเนา" in dialog.ui.errorLabel.text() and "ตรวจสอบความปลอดภัย" in dialog.ui.errorLabel.text()
    )
    assert dialog.ui.concernEdit.toPlainText() == "อยากกลับไปอยู่กับแม่"
    assert safety_plans.current_plan(context.database, sample.case_id) is None

    type_text(dialog.ui.checkedByEdit, "นายตรวจ ปลอดภัย")
    type_text(dialog.ui.checkedOnEdit.line_edit, "18/11/2569")
    dialog.ui.checkedOnEdit.commit_typed()
    type_text(dialog.ui.findingEdit, "ผู้กระทำย้ายออกแล้ว")
    save_shot(dialog, "safety_plan_return_check")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    wait_idle(qtbot, context)
    plan = safety_plans.current_plan(context.database, sample.case_id)
    assert plan is not None
    (service,) = plan.content.services
    assert service.status == ServiceStatus.DONE and service.safety_checked_by == "นายตรวจ ปลอดภัย"
    assert service.safety_checked_on == dt.date(2026, 11, 18)


def test_a_plan_someone_else_saved_meanwhile_is_not_overwritten_and_what_was_typed_stays(
    qtbot: QtBot, context: AppContext, sample: Sample, database: Database
) -> None:
    """Two officers on one plan (a server): the dialog read version 1, another officer saved over it; the save
    here is refused with the conflict's message, the other's words stay stored, and the typed words stay here."""
    first = safety_plans.save_plan(
        database, sample.case_id, None, safety_plans.PlanContent(main_concern="เดิม"), "เลขา"
    )
    dialog = open_plan(qtbot, context, sample)
    assert dialog.plan is not None and dialog.plan.id == first
    safety_plans.save_plan(
        database,
        sample.case_id,
        first,
        safety_plans.PlanContent(main_concern="ผู้อื่นบันทึกว่าพักที่บ้านน้า"),
        "เจ้าหน้าที่อีกคน",
    )
    dialog.ui.concernEdit.clear()
    type_text(dialog.ui.concernEdit, "ฉันพิมพ์ว่ากลัวสามีตามมา")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible())
    assert "เจ้าหน้าที่อีกคน บันทึกการแก้ไขรายการนี้ไปก่อนแล้ว" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    assert dialog.ui.concernEdit.toPlainText() == "ฉันพิมพ์ว่ากลัวสามีตามมา"
    assert safety_plans.load_plan(database, first).content.main_concern == "ผู้อื่นบันทึกว่าพักที่บ้านน้า"
