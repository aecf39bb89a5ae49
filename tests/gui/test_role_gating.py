"""What the main window offers per role once roles are in force, and that a page's writing controls are off where
the service behind them would refuse the person (``gui.shell.role_gating``, mirroring the services' checks):
nothing offered leads only to a refusal."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.roles import Role
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.fonts import apply_application_font
from mdt_desktop.gui.common.item_model_base import RECORD_ROLE
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import profiles, roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CentreDistrict
from tests.gui.page_support import wait_idle
from tests.register_fixtures import Sample, build_sample, save_shot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

PEOPLE = {
    "admin": "นางผู้ดูแล ระบบดี",
    "secretary": "นางสาวเลขา ประชุมดี",
    "chair": "นายประธาน ที่ประชุม",
    "officer": "ร.ต.ท.ตำรวจ รายงานเอง",
    "centre": "นางศูนย์ จังหวัดดี",
}

# What each role is offered: the pages in the navigation, and the menu actions (search, send to the centre, the
# chair's screen).
OFFERED = {
    "admin": (["agencies", "bodies", "settings"], set()),
    "secretary": (
        ["meetings", "register", "cases", "statistics", "agencies", "bodies", "settings"],
        {"actionSearch", "actionSendToCentre", "actionChairScreen"},
    ),
    "chair": (
        ["meetings", "register", "cases", "statistics", "settings"],
        {"actionSearch", "actionChairScreen"},
    ),
    "officer": (["agency_work", "settings"], set()),
    "centre": (["statistics", "centre", "settings"], {"actionSearch"}),
}


@pytest.fixture(autouse=True)
def thai_font(qapp):
    apply_application_font(qapp)


@pytest.fixture
def runner():
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def office(database: Database) -> tuple[Sample, dict[str, int]]:
    sample = build_sample(database)
    people = {key: profiles.add_profile(database, name, actor=name).id for key, name in PEOPLE.items()}
    profiles.start_session(database, people["admin"])
    roles.grant_role(database, people["admin"], Role.ADMINISTRATOR)
    roles.grant_role(database, people["secretary"], Role.SECRETARY, body_id=sample.body_id)
    roles.grant_role(database, people["chair"], Role.CHAIR, body_id=sample.body_id)
    roles.grant_role(database, people["officer"], Role.AGENCY_OFFICER, agency_id=sample.police)
    roles.grant_role(database, people["centre"], Role.CENTRE_OFFICER)
    return sample, people


def _window(qtbot, database: Database, runner: TaskRunner, people: dict[str, int], who: str) -> MainWindow:
    profiles.start_session(database, people[who])
    context = AppContext(
        database=database,
        tasks=runner,
        signals=AppSignals(),
        user_name=PEOPLE[who],
        profile_id=people[who],
        permissions=roles.permissions_of(database, people[who]),
    )
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, context)
    return window


def _actions_offered(window: MainWindow) -> set[str]:
    actions = (window.ui.actionSearch, window.ui.actionSendToCentre, window.chair_action)
    return {action.objectName() for action in actions if action.isVisible() and action.isEnabled()}


@pytest.mark.parametrize("who", list(OFFERED))
def test_each_role_is_offered_its_own_pages_and_actions(
    qtbot, database: Database, office, runner, who: str
) -> None:
    _sample, people = office
    window = _window(qtbot, database, runner, people, who)
    pages, actions = OFFERED[who]
    assert window.offered_pages() == pages
    assert _actions_offered(window) == actions
    assert window.size().width() <= 1366 and window.size().height() <= 768
    if who in ("officer", "centre"):
        save_shot(window, f"checks-{who}-window")


def _settings(qtbot, window: MainWindow):
    page = window.show_page("settings")
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: page.backups.state is not None)
    wait_idle(qtbot, window.context)
    return page


# Per role: may they change the team's settings (name, holidays, backups), the keys and the automatic lock, and
# import an instrument?
SETTINGS = {
    "admin": (True, True, False),
    "secretary": (True, False, True),
    "chair": (False, False, False),
    "officer": (False, False, False),
    "centre": (False, False, False),
}


@pytest.mark.parametrize("who", list(SETTINGS))
def test_the_settings_offer_only_what_the_role_may_change(
    qtbot, database: Database, office, runner, who: str
) -> None:
    _sample, people = office
    window = _window(qtbot, database, runner, people, who)
    page = _settings(qtbot, window)
    ui = page.ui
    team, keys, instruments = SETTINGS[who]
    assert ui.mdtLabelCombo.isEnabled() is team
    assert ui.addHolidayButton.isEnabled() is team
    assert ui.backupKeepSpin.isEnabled() is team and ui.backupScheduleCombo.isEnabled() is team
    assert ui.autoLockSpin.isEnabled() is keys
    assert ui.currentPassphraseEdit.isEnabled() is keys and ui.rekeyCheck.isEnabled() is keys
    assert ui.newRecoveryCodeButton.isEnabled() is keys
    assert ui.importInstrumentButton.isEnabled() is instruments
    assert ui.languageCombo.isEnabled()  # the person's own preference, whatever their role
    if who == "chair":
        save_shot(window, "checks-chair-settings")


def test_the_chair_reads_the_cases_but_is_offered_no_writing(
    qtbot, database: Database, office, runner
) -> None:
    _sample, people = office
    window = _window(qtbot, database, runner, people, "chair")
    page = window.show_page("cases")
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert not page.new_button.isEnabled() and not page.consent_button.isEnabled()
    assert not page.identity_button.isEnabled() and not page.withdraw_button.isEnabled()
    save_shot(window, "checks-chair-cases")


def test_the_secretary_is_offered_the_case_writing(qtbot, database: Database, office, runner) -> None:
    _sample, people = office
    window = _window(qtbot, database, runner, people, "secretary")
    page = window.show_page("cases")
    wait_idle(qtbot, window.context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert page.new_button.isEnabled() and page.consent_button.isEnabled()


def test_a_secretary_changes_the_roster_of_their_own_body_only(
    qtbot, database: Database, office, runner
) -> None:
    sample, people = office
    window = _window(qtbot, database, runner, people, "secretary")
    page = window.show_page("bodies")
    wait_idle(qtbot, window.context)
    rows = {page.body_list.item(row).data(RECORD_ROLE).id: row for row in range(page.body_list.count())}
    page.body_list.setCurrentRow(rows[sample.body_id])
    wait_idle(qtbot, window.context)
    assert page.edit_body_button.isEnabled() and page.add_member_button.isEnabled()
    page.body_list.setCurrentRow(rows[sample.other_body_id])
    wait_idle(qtbot, window.context)
    assert not page.edit_body_button.isEnabled() and not page.add_member_button.isEnabled()
    assert page.edit_body() is None and page.add_member() is None
    assert page.add_body_button.isEnabled()  # a new body is any secretary's to add


@pytest.mark.parametrize(("who", "offered"), [("chair", False), ("centre", True)])
def test_what_the_districts_sent_is_offered_to_the_centre_officer_only(
    qtbot, database: Database, office, runner, who: str, offered: bool
) -> None:
    _sample, people = office
    with database.session() as session:
        session.add(CentreDistrict(name_th="อำเภอเกาะคา"))
    window = _window(qtbot, database, runner, people, who)
    page = window.show_page("statistics")
    wait_idle(qtbot, window.context)
    assert page.ui.sourceChoice.isVisibleTo(page) is offered
    assert page.ui.districtChoice.isVisibleTo(page) is offered
