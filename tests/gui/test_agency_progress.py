"""An agency officer at the laptop: the window offers only งานของหน่วยงานฉัน (and settings), which lists their
agency's open actions; they report progress by keyboard, and the line carries their name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.domain.roles import Role
from mdt_desktop.gui.agency.agency_work_page import AgencyWorkPage
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.fonts import apply_application_font
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import meetings, profiles, roles
from mdt_desktop.storage.database import Database
from tests.gui.page_support import wait_idle
from tests.gui.thai_typing import type_text
from tests.register_fixtures import Sample, build_sample, save_shot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

OFFICER = "ร.ต.ท.ตำรวจ รายงานเอง"


@pytest.fixture(autouse=True)
def thai_font(qapp):
    apply_application_font(qapp)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def people(database: Database, sample: Sample) -> dict[str, int]:
    admin = profiles.add_profile(database, "นางผู้ดูแล ระบบดี", actor="นางผู้ดูแล ระบบดี").id
    officer = profiles.add_profile(database, OFFICER, actor=OFFICER).id
    profiles.start_session(database, admin)
    roles.grant_role(database, officer, Role.AGENCY_OFFICER, agency_id=sample.police)
    profiles.start_session(database, officer)
    return {"admin": admin, "officer": officer}


@pytest.fixture
def context(database: Database, people: dict[str, int]):
    tasks = TaskRunner()
    yield AppContext(
        database=database,
        tasks=tasks,
        signals=AppSignals(),
        user_name=OFFICER,
        profile_id=people["officer"],
        permissions=roles.permissions_of(database, people["officer"]),
    )
    tasks.shutdown()


@pytest.fixture
def page(qtbot, context: AppContext) -> AgencyWorkPage:
    page = AgencyWorkPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def _tasks_listed(page: AgencyWorkPage) -> list[str]:
    model = page.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_the_officer_sees_only_their_agencys_open_actions(page: AgencyWorkPage) -> None:
    assert _tasks_listed(page) == ["งาน statement", "งาน school"]
    assert "สภ.เมือง" in page.ui.introLabel.text()
    assert page.ui.countLabel.text().startswith("2 งานที่ยังไม่เสร็จ")  # how many are overdue depends on today
    save_shot(page, "roles-agency-work")


def test_the_officer_reports_progress_by_keyboard_and_the_line_names_them(
    qtbot, page: AgencyWorkPage, context: AppContext, database: Database, sample: Sample
) -> None:
    table = page.ui.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # from the first action to the second: งาน school
    assert page.ui.selectedLabel.text() == "งาน school"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    combo = page.ui.statusCombo
    assert combo.hasFocus()
    while combo.currentData() != ActionStatus.DONE.value:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert page.ui.noteEdit.hasFocus()
    type_text(page.ui.noteEdit, "ส่งเด็กกลับเข้าเรียนแล้ว")
    qtbot.keyClick(page.ui.noteEdit, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: _tasks_listed(page) == ["งาน statement"])  # done: no longer open
    assert "ระเบียบวาระที่ 3" in page.ui.messageLabel.text()
    history = meetings.progress_history(database, sample.actions["school"])
    assert [(line.note, line.status, line.recorded_by) for line in history] == [
        ("ส่งเด็กกลับเข้าเรียนแล้ว", ActionStatus.DONE, OFFICER)
    ]
    assert history[0].recorded_on == dt.date.today()


def test_the_history_pane_shows_who_reported_each_line(
    qtbot, page: AgencyWorkPage, context: AppContext
) -> None:
    page.ui.noteEdit.setFocus()
    type_text(page.ui.noteEdit, "นัดสอบปากคำวันศุกร์")
    qtbot.mouseClick(page.ui.reportButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "นัดสอบปากคำวันศุกร์" in page.ui.historyView.toPlainText())
    assert f"— รายงานโดย {OFFICER}" in page.ui.historyView.toPlainText()
    assert page.ui.selectedLabel.text() == "งาน statement"  # still open: it stays selected
    save_shot(page, "roles-agency-work-reported")


def test_a_refusal_is_shown_under_the_form_and_nothing_is_written(
    qtbot,
    page: AgencyWorkPage,
    context: AppContext,
    database: Database,
    sample: Sample,
    people: dict[str, int],
) -> None:
    # The administrator takes the role back while the officer's page is open.
    profiles.start_session(database, people["admin"])
    grant = next(
        g for p in roles.list_people_with_roles(database) for g in p.grants if g.role is Role.AGENCY_OFFICER
    )
    roles.revoke_role(database, grant.id)
    profiles.start_session(database, people["officer"])
    page.ui.noteEdit.setFocus()
    type_text(page.ui.noteEdit, "ติดตามแล้ว")
    qtbot.keyClick(page.ui.noteEdit, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "เจ้าหน้าที่หน่วยงาน" in page.ui.messageLabel.text())
    assert meetings.progress_history(database, sample.actions["statement"]) == []
    assert page.ui.noteEdit.text() == "ติดตามแล้ว"  # what they typed is still there


def test_a_failure_status_asks_for_its_reason_before_anything_is_sent(
    qtbot, page: AgencyWorkPage, context: AppContext, database: Database, sample: Sample
) -> None:
    combo = page.ui.statusCombo
    combo.setCurrentIndex(combo.findData(ActionStatus.NOT_DONE_BY_AGENCY.value))
    qtbot.mouseClick(page.ui.reportButton, Qt.MouseButton.LeftButton)
    assert "เหตุผล" in page.ui.messageLabel.text()
    assert page.ui.noteEdit.hasFocus()
    assert meetings.progress_history(database, sample.actions["statement"]) == []


def test_the_officers_window_offers_their_page_in_place_of_the_secretarys(qtbot, context: AppContext) -> None:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.offered_pages() == ["agency_work", "settings"]
    assert isinstance(window.ui.pages.currentWidget(), AgencyWorkPage)  # what they see first
    assert not window.chair_action.isVisible() and not window.ui.actionSearch.isVisible()
    assert not window.ui.menuSearch.menuAction().isVisible()
    assert not window.ui.actionSendToCentre.isVisible()
    assert not window.no_role_banner.isVisibleTo(window)
    wait_idle(qtbot, context)
    save_shot(window, "roles-officer-window")
    settings = window.show_page("settings")
    wait_idle(qtbot, context)
    assert settings.roles.isHidden()  # users and roles are the administrator's


def test_the_secretarys_editor_shows_the_officers_line_under_item_3_with_their_name(
    qtbot, database: Database, sample: Sample, people: dict[str, int]
) -> None:
    from mdt_desktop.domain.codes import AgendaKind
    from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor

    meetings.record_agency_progress(
        database,
        sample.actions["statement"],
        ActionStatus.IN_PROGRESS,
        "นัดสอบปากคำแล้ว",
        dt.date(2026, 11, 20),
    )
    profiles.start_session(database, people["admin"])
    secretary = profiles.add_profile(database, "นางสาวเลขา ประชุมดี", actor="นางผู้ดูแล ระบบดี").id
    roles.grant_role(database, secretary, Role.SECRETARY, body_id=sample.body_id)
    profiles.start_session(database, secretary)
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    tasks = TaskRunner()
    context = AppContext(
        database=database,
        tasks=tasks,
        signals=AppSignals(),
        user_name="นางสาวเลขา ประชุมดี",
        profile_id=secretary,
        permissions=roles.permissions_of(database, secretary),
    )
    try:
        editor = MeetingEditor(context, meeting_id)
        qtbot.addWidget(editor)
        editor.resize(1366, 768)
        editor.show()
        qtbot.waitUntil(lambda: editor.view is not None)
        wait_idle(qtbot, context)
        item3 = next(item for item in editor.view.all_items() if item.kind is AgendaKind.MATTERS_ARISING)
        editor.select_item(item3.id)
        wait_idle(qtbot, context)
        row = editor.carried_model.row_of(sample.actions["statement"])
        assert row is not None
        editor.ui.carriedTable.selectRow(row)
        history = editor.ui.historyView.toPlainText()
        assert f"นัดสอบปากคำแล้ว — รายงานโดย {OFFICER}" in history
        save_shot(editor, "roles-secretary-item3")
    finally:
        tasks.shutdown()
