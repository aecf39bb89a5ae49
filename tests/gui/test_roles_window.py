"""The window by roles: what a secretary, a chair and a person without a role are offered; the meeting editor for a
chair; the settings section ผู้ใช้และบทบาท, where the administrator grants and revokes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMessageBox

from mdt_desktop.domain.roles import Permissions, Role
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.fonts import apply_application_font
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import audit, meetings, profiles, roles
from mdt_desktop.storage.database import Database
from tests.gui.page_support import wait_idle
from tests.register_fixtures import Sample, build_sample, save_shot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

ADMIN, SECRETARY, CHAIR, NEWCOMER = (
    "นางผู้ดูแล ระบบดี",
    "นางสาวเลขา ประชุมดี",
    "นายประธาน ที่ประชุม",
    "นายมาใหม่ ยังไม่มีบทบาท",
)


@pytest.fixture(autouse=True)
def thai_font(qapp):
    apply_application_font(qapp)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    return {
        name: profiles.add_profile(database, name, actor=name).id
        for name in (ADMIN, SECRETARY, CHAIR, NEWCOMER)
    }


@pytest.fixture
def office(database: Database, sample: Sample, people: dict[str, int]) -> dict[str, int]:
    profiles.start_session(database, people[ADMIN])
    roles.grant_role(database, people[SECRETARY], Role.SECRETARY, body_id=sample.body_id)
    roles.grant_role(database, people[CHAIR], Role.CHAIR, body_id=sample.body_id)
    return people


@pytest.fixture
def runner():
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _context_of(database: Database, runner: TaskRunner, people: dict[str, int], name: str) -> AppContext:
    profiles.start_session(database, people[name])
    return AppContext(
        database=database,
        tasks=runner,
        signals=AppSignals(),
        user_name=name,
        profile_id=people[name],
        permissions=roles.permissions_of(database, people[name]),
    )


def _window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, context)
    return window


def test_a_database_without_roles_offers_everything_but_the_officers_page(
    qtbot, database: Database, sample: Sample, people: dict[str, int], runner: TaskRunner
) -> None:
    window = _window(qtbot, _context_of(database, runner, people, SECRETARY))
    assert window.offered_pages() == [
        "meetings", "register", "cases", "statistics", "agencies", "bodies", "centre", "settings",
    ]  # fmt: skip
    assert window.chair_action.isVisible() and window.ui.actionSearch.isVisible()
    settings = window.show_page("settings")
    wait_idle(qtbot, window.context)
    assert not settings.roles.isHidden()  # someone must be able to give the first role
    assert "ยังไม่มีบทบาท" in settings.roles.ui.stateLabel.text()


def test_a_secretary_is_offered_the_secretarys_pages_and_not_the_centre_or_users(
    qtbot, database: Database, office: dict[str, int], runner: TaskRunner
) -> None:
    window = _window(qtbot, _context_of(database, runner, office, SECRETARY))
    assert window.offered_pages() == [
        "meetings",
        "register",
        "cases",
        "statistics",
        "agencies",
        "bodies",
        "settings",
    ]
    assert window.chair_action.isVisible() and window.ui.actionSendToCentre.isVisible()
    settings = window.show_page("settings")
    wait_idle(qtbot, window.context)
    assert settings.roles.isHidden()
    settings.ui.peopleList.setCurrentRow(0)  # someone else: only the administrator may retire them
    assert not settings.ui.retirePersonButton.isEnabled()
    save_shot(window, "roles-secretary-window")


def test_a_person_without_a_role_is_told_to_ask_the_administrator(
    qtbot, database: Database, office: dict[str, int], runner: TaskRunner
) -> None:
    window = _window(qtbot, _context_of(database, runner, office, NEWCOMER))
    assert window.offered_pages() == ["settings"]
    assert window.no_role_banner.isVisibleTo(window)
    assert NEWCOMER in window.no_role_banner.text() and "ผู้ดูแลระบบ" in window.no_role_banner.text()
    save_shot(window, "roles-no-role-window")


def _editor(qtbot, context: AppContext, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitUntil(lambda: editor.view is not None)
    wait_idle(qtbot, context)
    return editor


def _status_choices(editor: MeetingEditor) -> dict[str, bool]:
    combo = editor.ui.statusCombo
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return {combo.itemData(row): model.item(row).isEnabled() for row in range(combo.count())}


def test_the_secretary_writes_but_cannot_choose_approved(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    context = _context_of(database, runner, office, SECRETARY)
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    editor = _editor(qtbot, context, meeting_id)
    assert editor.ui.titleEdit.isReadOnly() is False and editor.ui.addItemButton.isEnabled()
    assert _status_choices(editor) == {"draft": True, "held": True, "approved": False}
    assert editor.chair_button.isVisibleTo(editor)


def test_the_chair_reads_the_minutes_and_may_only_approve_them(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    profiles.start_session(database, office[SECRETARY])
    meeting_id = meetings.create_meeting(database, sample.body_id, dt.date(2026, 11, 25))
    context = _context_of(database, runner, office, CHAIR)
    editor = _editor(qtbot, context, meeting_id)
    assert editor.ui.titleEdit.isReadOnly() and not editor.ui.addItemButton.isEnabled()
    assert editor.ui.statusCombo.isEnabled()
    assert _status_choices(editor) == {"draft": False, "held": False, "approved": True}
    assert editor.chair_button.isVisibleTo(editor)
    save_shot(editor, "roles-chair-editor")


def test_another_bodys_minutes_are_read_only_for_the_secretary(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    context = _context_of(database, runner, office, SECRETARY)
    other = meetings.list_meetings(database, sample.other_body_id)[0].id
    editor = _editor(qtbot, context, other)
    assert editor.ui.titleEdit.isReadOnly() and not editor.ui.statusCombo.isEnabled()
    assert not editor.chair_button.isVisibleTo(editor)


def _settings(qtbot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context, preferences=Preferences())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def _table_rows(page: SettingsPage) -> list[tuple[str, str, str]]:
    table = page.roles.ui.rolesTable
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def test_the_first_role_given_makes_the_giver_administrator(
    qtbot, database: Database, sample: Sample, people: dict[str, int], runner: TaskRunner
) -> None:
    context = _context_of(database, runner, people, ADMIN)
    page = _settings(qtbot, context)
    section = page.roles
    section.ui.personCombo.setCurrentIndex(section.ui.personCombo.findText(SECRETARY))
    section.ui.roleCombo.setCurrentIndex(section.ui.roleCombo.findData(Role.SECRETARY.value))
    section.ui.placeCombo.setCurrentIndex(section.ui.placeCombo.findText("ทีมสหวิชาชีพอำเภอแม่กลอง"))
    with qtbot.waitSignal(context.signals.roles_changed):
        qtbot.mouseClick(section.ui.grantButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    rows = _table_rows(page)
    assert (ADMIN, "ผู้ดูแลระบบ", "ทั้งฐานข้อมูล") in rows
    assert (SECRETARY, "เลขานุการ", "ทีมสหวิชาชีพอำเภอแม่กลอง") in rows
    assert (CHAIR, "—", "") in rows
    assert "บทบาทมีผลแล้ว" in section.ui.stateLabel.text()
    assert [e.event for e in audit.list_entries(database, "user_role")] == [roles.GRANTED, roles.GRANTED]


def test_the_administrator_grants_and_revokes_in_the_settings(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    context = _context_of(database, runner, office, ADMIN)
    page = _settings(qtbot, context)
    section = page.roles
    assert not section.isHidden()
    section.ui.personCombo.setCurrentIndex(section.ui.personCombo.findText(NEWCOMER))
    section.ui.roleCombo.setCurrentIndex(section.ui.roleCombo.findData(Role.AGENCY_OFFICER.value))
    assert [section.ui.placeCombo.itemText(i) for i in range(section.ui.placeCombo.count())] == [
        "พมจ. สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
        "รพ.มก. โรงพยาบาลแม่กลอง ศูนย์พึ่งได้",
        "สภ.เมือง สถานีตำรวจภูธรเมือง",
    ]
    section.ui.placeCombo.setCurrentIndex(2)
    qtbot.mouseClick(section.ui.grantButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert (NEWCOMER, "เจ้าหน้าที่หน่วยงาน", "สภ.เมือง") in _table_rows(page)
    assert NEWCOMER in section.ui.rolesMessage.text()
    page.ui.scrollArea.ensureWidgetVisible(section)
    save_shot(page, "roles-settings-users")

    row = _table_rows(page).index((NEWCOMER, "เจ้าหน้าที่หน่วยงาน", "สภ.เมือง"))
    section.ui.rolesTable.selectRow(row)
    qtbot.mouseClick(section.ui.revokeButton, Qt.MouseButton.LeftButton)
    box = section.revoke_question
    assert isinstance(box, QMessageBox) and NEWCOMER in box.text()
    revoke = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: (NEWCOMER, "—", "") in _table_rows(page))
    assert [e.event for e in audit.list_entries(database, "user_role")][-1] == roles.REVOKED
    assert roles.permissions_of(database, office[NEWCOMER]) == Permissions.of([], roles_in_force=True)


def test_a_refused_grant_is_said_in_the_section(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    context = _context_of(database, runner, office, ADMIN)
    page = _settings(qtbot, context)
    section = page.roles
    section.ui.personCombo.setCurrentIndex(section.ui.personCombo.findText(SECRETARY))
    section.ui.roleCombo.setCurrentIndex(section.ui.roleCombo.findData(Role.SECRETARY.value))
    section.ui.placeCombo.setCurrentIndex(section.ui.placeCombo.findText("ทีมสหวิชาชีพอำเภอแม่กลอง"))
    qtbot.mouseClick(section.ui.grantButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "มีบทบาทนี้อยู่แล้ว" in section.ui.rolesMessage.text())


def test_the_chair_reads_the_register_but_records_no_progress_there(
    qtbot, database: Database, office: dict[str, int], runner: TaskRunner
) -> None:
    window = _window(qtbot, _context_of(database, runner, office, CHAIR))
    assert window.offered_pages() == ["meetings", "register", "cases", "statistics", "settings"]
    assert window.chair_action.isVisible() and not window.ui.actionSendToCentre.isVisible()
    register = window.show_page("register")
    wait_idle(qtbot, window.context)
    assert register.model.rowCount() > 0 and not register.ui.progressButton.isEnabled()
    assert register.record_progress_for_selected() is None


def test_a_centre_officer_is_offered_the_centre_and_the_statistics(
    qtbot, database: Database, office: dict[str, int], runner: TaskRunner
) -> None:
    roles.grant_role(database, office[NEWCOMER], Role.CENTRE_OFFICER)  # the administrator is acting
    window = _window(qtbot, _context_of(database, runner, office, NEWCOMER))
    assert window.offered_pages() == ["statistics", "centre", "settings"]
    assert window.ui.actionSearch.isVisible() and not window.chair_action.isVisible()
    assert not window.no_role_banner.isVisibleTo(window)


def test_the_window_follows_a_role_given_in_this_session(
    qtbot, database: Database, sample: Sample, people: dict[str, int], runner: TaskRunner
) -> None:
    """The first role given brings roles into force: the giver, now the administrator and nothing else, is
    offered the administrator's pages at once."""
    context = _context_of(database, runner, people, ADMIN)
    window = _window(qtbot, context)
    assert "meetings" in window.offered_pages()
    roles.grant_role(database, people[SECRETARY], Role.SECRETARY, body_id=sample.body_id)
    context.signals.roles_changed.emit()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: window.offered_pages() == ["agencies", "bodies", "settings"])
    assert not window.chair_action.isVisible()
    assert window.ui.pages.currentWidget() is window.page("agencies")  # the meetings page is not left showing


def test_a_new_meeting_is_offered_for_the_secretarys_own_body_only(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    secretary = _window(qtbot, _context_of(database, runner, office, SECRETARY))
    page = secretary.show_page("meetings")
    wait_idle(qtbot, secretary.context)
    assert page.new_button.isEnabled()
    dialog = page.open_new_meeting_dialog()
    assert dialog is not None
    combo = dialog.ui.bodyCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["ทีมสหวิชาชีพอำเภอแม่กลอง"]
    dialog.reject()
    wait_idle(qtbot, secretary.context)


def test_the_chair_is_offered_no_new_meeting(
    qtbot, database: Database, office: dict[str, int], runner: TaskRunner
) -> None:
    chair = _window(qtbot, _context_of(database, runner, office, CHAIR))
    page = chair.show_page("meetings")
    wait_idle(qtbot, chair.context)
    qtbot.waitUntil(lambda: page.bodies_model.rowCount() > 0)
    assert not page.new_button.isEnabled()
    assert page.open_new_meeting_dialog() is None


def test_f5_opens_no_chair_screen_for_another_bodys_meeting(
    qtbot, database: Database, sample: Sample, office: dict[str, int], runner: TaskRunner
) -> None:
    window = _window(qtbot, _context_of(database, runner, office, SECRETARY))
    page = window.show_page("meetings")
    wait_idle(qtbot, window.context)
    other = meetings.list_meetings(database, sample.other_body_id)[0].id
    editor = page.open_meeting(other)
    qtbot.waitUntil(lambda: editor.view is not None)
    wait_idle(qtbot, window.context)
    window.chair_action.trigger()
    assert window.chair_window is None
    assert "เลขานุการหรือประธานของคณะ" in window.statusBar().currentMessage()
