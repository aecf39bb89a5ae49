"""The bodies page: a member leaves and hands their open actions to a successor in one step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.register.register_model import PERSON, TASK
from mdt_desktop.gui.register.register_page import RegisterPage
from mdt_desktop.gui.team.bodies_page import BodiesPage, BodyDialog, EndTermDialog
from mdt_desktop.storage.database import Database
from tests.gui.page_support import click_ok, open_dialog, wait_idle
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


def test_end_of_term_hands_open_actions_to_the_successor(qtbot: QtBot, context: AppContext) -> None:
    page = BodiesPage(context)
    register = RegisterPage(context)
    qtbot.addWidget(page)
    qtbot.addWidget(register)
    page.resize(1100, 460)
    page.show()
    page.activate()
    register.activate()
    wait_idle(qtbot, context)
    page.body_list.setCurrentItem(
        page.body_list.findItems("ทีมสหวิชาชีพอำเภอแม่กลอง", Qt.MatchFlag.MatchExactly)[0]
    )
    wait_idle(qtbot, context)
    assert page.members_title.text() == "กรรมการของ ทีมสหวิชาชีพอำเภอแม่กลอง"
    assert page.members.index(0, 0).data() == "นายสมชาย ใจดี"

    page.member_table.selectRow(0)
    qtbot.mouseClick(page.end_term_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, EndTermDialog)
    assert "มีงานค้าง 2 รายการ" in dialog.ui.summaryLabel.text()
    type_text(dialog.ui.successorName, "นางสาวมาลี ศรีสุข")
    save_shot(dialog, "end_term_dialog")
    with qtbot.waitSignal(context.signals.actions_changed):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)

    people = {
        register.model.index(r, TASK).data(): register.model.index(r, PERSON).data()
        for r in range(register.model.rowCount())
    }
    assert people["งาน visit"] == people["งาน shelter"] == "นางสาวมาลี ศรีสุข"
    members = [page.members.index(r, 0).data() for r in range(page.members.rowCount())]
    assert "นางสาวมาลี ศรีสุข" in members
    save_shot(page, "bodies_page")


def test_body_dialog_keeps_the_confidentiality_statement(qtbot: QtBot, context: AppContext) -> None:
    page = BodiesPage(context)
    qtbot.addWidget(page)
    page.activate()
    wait_idle(qtbot, context)
    page.body_list.setCurrentItem(
        page.body_list.findItems("ทีมสหวิชาชีพอำเภอแม่กลอง", Qt.MatchFlag.MatchExactly)[0]
    )
    qtbot.mouseClick(page.edit_body_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, BodyDialog)
    assert dialog.ui.agendaTemplate.toPlainText().splitlines()[2] == "เรื่องสืบเนื่อง"
    type_text(dialog.ui.confidentiality, "ข้อมูลในที่ประชุมเป็นความลับ")
    save_shot(dialog, "body_dialog")
    with qtbot.waitSignal(context.signals.bodies_changed):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)
    assert page.current_body().confidentiality_statement == "ข้อมูลในที่ประชุมเป็นความลับ"
