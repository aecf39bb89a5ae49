"""The GUI over a database on a PostgreSQL server (the suite's own test server): the server dialog, the program
started with a server's URL, the main window and the settings page of a server database, the restricted fields'
key asked after sign-in, and the automatic lock there."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.gui.shell.app import Application, parse_args
from mdt_desktop.gui.shell.auto_lock import AutoLock, LockCover, Secret, secret_for
from mdt_desktop.gui.shell.fields_unlock import FieldsUnlockDialog
from mdt_desktop.gui.shell.first_run import FirstRunWizard
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.shell.profile_choice import ProfileDialog
from mdt_desktop.gui.shell.server_address import ServerAddress, TlsMode, address_from_url
from mdt_desktop.gui.shell.server_dialog import ServerDialog
from mdt_desktop.gui.shell.unlock import UnlockDialog
from mdt_desktop.services import profiles
from mdt_desktop.services.meetings import create_meeting
from mdt_desktop.services.seed import seed_new_database
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.field_crypto import FieldState
from mdt_desktop.storage.models import UserProfile
from mdt_desktop.storage.server import ServerDatabase
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import make_team
from tests.gui.thai_typing import type_text

SHOTS = Path("/tmp/shots")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture(autouse=True)
def thai_font(qapp):
    fonts.apply_application_font(qapp)


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=15000)
    runner.shutdown()


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"servergui-{name}.png"))


def url_text(database: ServerDatabase) -> str:
    return database.url.render_as_string(hide_password=False)


def free_port() -> int:
    """A port on this computer where nothing listens (taken and let go again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the server dialog ------------------------------------------------------------------------------------------


def test_the_dialog_makes_the_url_from_what_is_typed_and_keeps_the_password_out_of_it(qtbot, tasks):
    dialog = ServerDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.ui.tlsCombo.currentIndex() == 0  # verify-full unless chosen otherwise
    qtbot.keyClicks(dialog.ui.hostEdit, "mdt.province.go.th")
    dialog.ui.portSpin.setValue(6432)
    qtbot.keyClicks(dialog.ui.databaseEdit, "mdt")
    qtbot.keyClicks(dialog.ui.userEdit, "secretary")
    qtbot.keyClicks(dialog.ui.passwordEdit, "s3cret-pw")
    qtbot.keyClicks(dialog.ui.caEdit, "/etc/mdt/ca.crt")

    address = dialog.address()
    assert address.recent_text() == (
        "postgresql+psycopg://secretary@mdt.province.go.th:6432/mdt"
        "?connect_timeout=10&sslmode=verify-full&sslrootcert=%2Fetc%2Fmdt%2Fca.crt"
    )
    assert "s3cret-pw" not in address.recent_text()
    assert address.url("s3cret-pw").password == "s3cret-pw"  # only in the object handed to the open
    assert "verify-full" in dialog.ui.tlsCombo.currentText()
    shot(dialog, "dialog")


def test_choosing_no_encryption_is_warned_in_red(qtbot, tasks):
    dialog = ServerDialog(tasks, address=ServerAddress("db.example", "mdt", "officer"))
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.ui.tlsCombo.setCurrentIndex(2)
    assert dialog.address().tls is TlsMode.DISABLE
    assert "ไม่เข้ารหัส" in dialog.ui.tlsNote.text()
    assert "b00020" in dialog.ui.tlsNote.styleSheet()
    assert "sslmode=disable" in dialog.address().recent_text()


def test_an_unreachable_server_is_refused_with_its_message_and_every_field_stays(qtbot, tasks):
    port = free_port()
    dialog = ServerDialog(tasks)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.keyClicks(dialog.ui.hostEdit, "127.0.0.1")
    dialog.ui.portSpin.setValue(port)
    qtbot.keyClicks(dialog.ui.databaseEdit, "mdt")
    qtbot.keyClicks(dialog.ui.userEdit, "secretary")
    qtbot.keyClicks(dialog.ui.passwordEdit, "pw")
    opened: list[object] = []
    dialog.opened.connect(opened.append)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=15000)
    assert "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล" in dialog.ui.errorLabel.text()
    assert f"127.0.0.1:{port}/mdt" in dialog.ui.errorLabel.text()
    assert "pw" not in dialog.ui.errorLabel.text().replace("pg_", "")
    assert opened == []
    assert dialog.isVisible()
    assert (dialog.ui.hostEdit.text(), dialog.ui.portSpin.value(), dialog.ui.databaseEdit.text()) == (
        "127.0.0.1",
        port,
        "mdt",
    )
    assert dialog.ui.userEdit.text() == "secretary"
    assert dialog.ui.passwordEdit.text() == "pw"
    assert dialog.ui.hostEdit.isEnabled()
    shot(dialog, "dialog-refused")


def test_the_dialog_opens_the_database_on_the_test_server(qtbot, tasks, plain_server_database):
    found = address_from_url(url_text(plain_server_database))
    assert found is not None
    dialog = ServerDialog(tasks, address=found[0])
    qtbot.addWidget(dialog)
    opened: list[ServerDatabase] = []
    dialog.opened.connect(opened.append)
    dialog.start(open_now=True)
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    try:
        assert opened[0].location == plain_server_database.location
        assert opened[0].database_id == plain_server_database.database_id
        assert not dialog.isVisible()
    finally:
        tasks.run_and_wait(opened[0].close)


def test_the_start_window_leads_to_the_server_dialog_without_quitting(qtbot, tasks):
    wizard = FirstRunWizard(tasks, Preferences(), with_language=False)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    asked: list[bool] = []
    rejected: list[bool] = []
    wizard.open_server.connect(lambda: asked.append(True))
    wizard.rejected.connect(lambda: rejected.append(True))  # the application quits on it when nothing is open
    button = wizard.database_page.ui.serverButton
    assert button.text() == "เปิดฐานข้อมูลบนเซิร์ฟเวอร์…"
    shot(wizard, "start-window")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [True] and rejected == []
    assert not wizard.isVisible()
    tasks.run_and_wait(lambda: None)
    assert wizard.database_page.created is None  # no file was made on the way
    assert not wizard.database_page.database_path().exists()


def test_the_unlock_window_of_a_file_leads_to_the_server_dialog_without_quitting(qtbot, tasks, database):
    path = database.path
    tasks.run_and_wait(database.close)
    dialog = UnlockDialog(path, tasks, Preferences())
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    rejected: list[bool] = []
    dialog.server_requested.connect(lambda: asked.append(True))
    dialog.rejected.connect(lambda: rejected.append(True))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.ui.serverLink.isEnabled(), timeout=15000)
    assert "เปิดฐานข้อมูลบนเซิร์ฟเวอร์" in dialog.ui.serverLink.text()
    dialog.ui.serverLink.linkActivated.emit("server")
    assert asked == [True] and rejected == []
    assert not dialog.isVisible()


# --- the program started with a server's URL ------------------------------------------------------------------


def test_a_postgresql_url_on_the_command_line_opens_the_server_database(qtbot, plain_server_database):
    seed_new_database(plain_server_database)
    url = url_text(plain_server_database)
    args = parse_args([url])
    assert args.server == url and args.open is None

    tasks = TaskRunner()
    preferences = Preferences()
    application = Application(args, preferences, tasks)
    try:
        application.start()

        def asking() -> ProfileDialog | None:
            shown = [d for d in application._dialogs if isinstance(d, ProfileDialog) and d.isVisible()]
            return shown[0] if shown else None

        qtbot.waitUntil(lambda: asking() is not None, timeout=15000)  # a database without people yet
        dialog = asking()
        assert dialog is not None
        assert plain_server_database.location in dialog.ui.fileLabel.text()
        type_text(dialog.ui.newNameEdit, "นางสาวเลขา ประจำศูนย์")
        qtbot.mouseClick(
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: application.window is not None, timeout=15000)
        window = application.window
        assert window is not None
        assert plain_server_database.location in window.windowTitle()
        recent = preferences.most_recent_database()
        assert recent == url  # the server, remembered by its URL

        # Locking by hand leaves the server: the connection and its password go, the dialog asks again.
        application.lock()
        assert application.window is None and application.database is None
        again = [d for d in application._dialogs if isinstance(d, ServerDialog) and d.isVisible()]
        assert len(again) == 1
        assert again[0].address().recent_text() == url
        assert again[0].ui.passwordEdit.text() == ""
        again[0].hide()  # not cancelled: that would quit the application, and with it the test's
    finally:
        if application.window is not None:
            application.window.closing_for_switch = True
            application.window.close()
        application.close_database()
        tasks.shutdown()


def test_a_password_given_in_the_url_opens_but_is_never_kept():
    found = address_from_url("postgresql://officer:pa55word@db.example:6432/mdt?sslmode=require")
    assert found is not None
    address, password = found
    assert password == "pa55word"
    assert (address.host, address.port, address.database, address.user) == (
        "db.example",
        6432,
        "mdt",
        "officer",
    )
    assert address.tls is TlsMode.REQUIRE
    assert "pa55word" not in address.recent_text()
    assert parse_args(["/home/somchai/ทีม.mdt"]).open == Path("/home/somchai/ทีม.mdt")
    assert parse_args(["/home/somchai/ทีม.mdt"]).server is None


def test_the_most_recent_server_is_remembered_without_its_password():
    preferences = Preferences()
    address = ServerAddress("db.example", "mdt", "officer")
    preferences.add_recent_server(address.recent_text())
    assert preferences.most_recent_database() == address.recent_text()
    assert preferences.recent_databases() == []  # no file among them
    assert "officer@db.example:5432/mdt" in str(preferences.most_recent_database())


# --- the main window and the settings on a server --------------------------------------------------------------


@pytest.fixture
def server_context(qtbot, plain_server_database) -> Iterator[AppContext]:
    seed_new_database(plain_server_database)
    tasks = TaskRunner()
    context = AppContext(database=plain_server_database, tasks=tasks, signals=AppSignals(), user_name="เลขา")
    yield context
    qtbot.waitUntil(lambda: not tasks.busy, timeout=15000)
    tasks.shutdown()


def test_the_main_window_on_a_server_names_its_location_and_lists_its_meetings(qtbot, server_context):
    database = server_context.database
    team = make_team(database)
    create_meeting(database, team["body"], dt.date(2026, 11, 21), venue="ห้องประชุมศาลากลาง")
    window = MainWindow(server_context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("meetings")
    qtbot.waitUntil(lambda: page.meetings_model.rowCount() == 1, timeout=15000)  # type: ignore[attr-defined]

    assert window.windowTitle() == f"mdt-desktop — {database.location}"
    status = window.findChild(QWidget, "databaseStatus")
    assert "เซิร์ฟเวอร์" in status.text() and database.location in status.text()  # type: ignore[attr-defined]
    assert window.open_server_action.text() == "เปิดฐานข้อมูลบนเซิร์ฟเวอร์…"
    assert window.open_server_action in window.ui.menuFile.actions()
    server_context.tasks.run_and_wait(lambda: None)
    qtbot.wait(50)
    shot(window, "main-window")


def test_every_page_opens_on_a_server_without_asking_for_a_file(qtbot, server_context):
    """The file's parts (path, key slots, key) are refusals on a server: no page may reach for them."""
    make_team(server_context.database)
    window = MainWindow(server_context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []
    server_context.signals.status_message.connect(said.append)
    for name in window.offered_pages():
        window.show_page(name)
        server_context.tasks.run_and_wait(lambda: None)
        qtbot.wait(20)
    file_refusals = ("ไม่ใช่ไฟล์ในเครื่องนี้", "ไม่มีรหัสผ่านหรือรหัสกู้คืนของไฟล์")
    assert [text for text in said if any(refusal in text for refusal in file_refusals)] == []
    assert "settings" in window.offered_pages() and "meetings" in window.offered_pages()


def test_settings_on_a_server_show_the_pg_dump_guidance_and_no_file_keys(qtbot, server_context):
    page = SettingsPage(server_context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    server_context.tasks.run_and_wait(lambda: None)
    qtbot.wait(50)
    ui = page.ui
    assert "pg_dump" in ui.restoreNote.text() and "pg_restore" in ui.restoreNote.text()
    assert server_context.database.location in ui.restoreNote.text()
    for hidden in (ui.backupFolderEdit, ui.backUpNowButton, ui.backupTable, ui.currentPassphraseEdit):
        assert not hidden.isVisible()
    for hidden in (ui.newRecoveryCodeButton, ui.rememberCheck, ui.changePassphraseButton):
        assert not hidden.isVisible()
    assert ui.fieldsStatus.isVisible()
    assert "ไม่ได้เข้ารหัสแยก" in ui.fieldsStatus.text()  # the test server's database has no field key
    assert not ui.fieldsUnlockButton.isVisible()
    qtbot.waitUntil(lambda: ui.autoLockNote.text() == "ใช้กับทุกเครื่องที่เปิดฐานข้อมูลนี้บนเซิร์ฟเวอร์", timeout=5000)
    shot(page, "settings")
    shot(ui.backupGroup, "settings-backups")
    shot(ui.securityGroup, "settings-keys")


# --- the restricted fields' key, asked after sign-in -----------------------------------------------------------


@pytest.fixture
def locked_fields(tmp_path) -> Iterator[Database]:
    """A database whose restricted fields are encrypted, opened with its key alone (as a remembered key opens it):
    the fields stay locked, as they do on a server after sign-in."""
    path = tmp_path / "fields.mdt"
    database, _code = Database.create(path, TEST_PASSPHRASE, field_encryption=True)
    key, slots = database.key, database.slots
    database.close()
    reopened = Database.open_with_key(path, key, slots)
    assert reopened.restricted_fields.state is FieldState.LOCKED
    yield reopened
    reopened.close()


def test_a_wrong_field_passphrase_is_refused_and_the_right_one_unlocks(qtbot, tasks, locked_fields):
    dialog = FieldsUnlockDialog(locked_fields, tasks)
    qtbot.addWidget(dialog)
    unlocked: list[bool] = []
    dialog.unlocked.connect(lambda: unlocked.append(True))
    dialog.start()
    qtbot.keyClicks(dialog.ui.secretEdit, "not-the-passphrase")
    qtbot.keyClick(dialog.ui.secretEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=15000)
    assert "ไม่สามารถปลดล็อกกุญแจข้อมูลลับ" in dialog.ui.errorLabel.text()
    assert dialog.ui.secretEdit.text() == ""
    assert locked_fields.restricted_fields.state is FieldState.LOCKED
    shot(dialog, "fields-refused")

    type_text(dialog.ui.secretEdit, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=15000)
    assert locked_fields.restricted_fields.state is FieldState.OPEN
    assert not dialog.isVisible()


def test_skipping_leaves_the_fields_locked_and_settings_offer_the_unlock_again(qtbot, locked_fields):
    tasks = TaskRunner()
    try:
        dialog = FieldsUnlockDialog(locked_fields, tasks)
        qtbot.addWidget(dialog)
        skipped: list[bool] = []
        dialog.skipped.connect(lambda: skipped.append(True))
        dialog.start()
        qtbot.mouseClick(
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ignore), Qt.MouseButton.LeftButton
        )
        assert skipped and not dialog.isVisible()
        assert locked_fields.restricted_fields.state is FieldState.LOCKED

        context = AppContext(database=locked_fields, tasks=tasks, signals=AppSignals())
        page = SettingsPage(context)
        qtbot.addWidget(page)
        page.show()
        assert page.ui.fieldsUnlockButton.isVisible()
        assert "ล็อกอยู่" in page.ui.fieldsStatus.text()
        again = page.unlock_fields()
        type_text(again.ui.secretEdit, TEST_PASSPHRASE)
        qtbot.keyClick(again.ui.secretEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: locked_fields.restricted_fields.state is FieldState.OPEN, timeout=15000)
        qtbot.waitUntil(lambda: page.ui.securityMessage.text() == "ปลดล็อกข้อมูลลับแล้ว", timeout=5000)
        assert not page.ui.fieldsUnlockButton.isVisible()
    finally:
        qtbot.waitUntil(lambda: not tasks.busy, timeout=15000)
        tasks.shutdown()


def test_the_main_window_says_the_fields_are_locked_until_they_are_unlocked(qtbot, locked_fields):
    seed_new_database(locked_fields)
    tasks = TaskRunner()
    context = AppContext(database=locked_fields, tasks=tasks, signals=AppSignals())
    cases_reread: list[bool] = []
    context.signals.cases_changed.connect(lambda: cases_reread.append(True))
    try:
        window = MainWindow(context, Preferences())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        banner = window.fields_banner
        assert banner.isVisible()
        assert "ยังล็อกอยู่" in banner.text() and "ปลดล็อกข้อมูลลับ…" in banner.text()
        tasks.run_and_wait(lambda: None)
        qtbot.wait(50)
        shot(window, "main-window-fields-locked")

        banner.linkActivated.emit("unlock")
        dialog = window.fields_dialog
        assert isinstance(dialog, FieldsUnlockDialog) and dialog.isVisible()
        shot(dialog, "fields-dialog")
        type_text(dialog.ui.secretEdit, TEST_PASSPHRASE)
        qtbot.keyClick(dialog.ui.secretEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
        assert locked_fields.restricted_fields.state is FieldState.OPEN
        assert cases_reread == [True]
    finally:
        qtbot.waitUntil(lambda: not tasks.busy, timeout=15000)
        tasks.shutdown()


# --- the automatic lock on a server ----------------------------------------------------------------------------


def test_the_lock_on_a_server_signed_in_without_a_password_hides_the_screen_and_says_why(
    qtbot, server_context
):
    window = MainWindow(server_context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    lock = AutoLock(server_context, windows=lambda: [window])
    lock.start()
    try:
        lock.lock_now()
        cover = window.findChild(LockCover, "autoLockCover")
        assert cover is not None and cover.isVisible()
        assert not cover.passphrase_edit.isVisible()  # nothing to type: the test server trusts this account
        assert "ไม่ใช้รหัสผ่าน" in cover.explanation.text()
        assert window.windowTitle() == "mdt-desktop — ล็อกอยู่"
        server_context.tasks.run_and_wait(lambda: None)
        shot(window, "locked")
        qtbot.mouseClick(cover.unlock_button, Qt.MouseButton.LeftButton)
        assert not lock.locked
        assert server_context.database.location in window.windowTitle()
    finally:
        lock.stop()


def test_locking_a_server_database_forgets_the_field_key_and_asks_for_its_passphrase(qtbot, server_context):
    database = server_context.database
    database.create_field_key(TEST_PASSPHRASE, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23")
    assert database.restricted_fields.state is FieldState.OPEN
    window = MainWindow(server_context, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = AutoLock(server_context, windows=lambda: [window])
    lock.start()
    try:
        lock.lock_now()
        server_context.tasks.run_and_wait(lambda: None)
        assert database.restricted_fields.state is FieldState.LOCKED
        assert database.restricted_fields.key is None
        cover = window.findChild(LockCover, "autoLockCover")
        assert cover is not None
        assert cover.passphrase_edit.isVisible()
        assert cover.passphrase_edit.placeholderText() == "รหัสผ่านข้อมูลลับ"
        assert "กุญแจข้อมูลลับถูกล็อกแล้ว" in cover.explanation.text()
    finally:
        lock.stop()


def test_the_lock_asks_for_the_account_password_only_when_the_sign_in_used_one(database):
    address = ServerAddress("db.example", "mdt", "officer")
    with_password = ServerDatabase(address.url("pa55word"))  # not connected: nothing is asked of a server
    without = ServerDatabase(address.url())
    try:
        assert secret_for(with_password) is Secret.SERVER_PASSWORD
        assert secret_for(without) is Secret.NONE
        assert secret_for(database) is Secret.FILE_PASSPHRASE
    finally:
        with_password.close()
        without.close()


def test_a_profile_mapped_to_the_server_account_is_taken_without_asking(qtbot, tasks, plain_server_database):
    with plain_server_database.session() as session:
        session.add(UserProfile(name="นายผู้อื่น ไม่ใช่ฉัน", retired=False))
        account = session.connection().exec_driver_sql("SELECT current_user").scalar_one()
        session.add(UserProfile(name="นางสาวเลขา ประจำศูนย์", retired=False, server_account=account))
    dialog = ProfileDialog(plain_server_database, tasks, Preferences())
    qtbot.addWidget(dialog)
    chosen: list[profiles.Profile] = []
    dialog.chosen.connect(chosen.append)
    dialog.start()
    qtbot.waitUntil(lambda: bool(chosen), timeout=15000)
    assert chosen[0].name == "นางสาวเลขา ประจำศูนย์"
    assert plain_server_database.actor == "นางสาวเลขา ประจำศูนย์"


def test_signing_in_to_a_server_with_encrypted_fields_asks_their_passphrase_and_unlocks_them(
    qtbot, server_database
):
    """The program's own kind of server database: the person is asked, then the restricted fields' passphrase
    (a wrong one refused with its message, the dialog kept), and the window opens with the fields readable."""
    seed_new_database(server_database)
    url = url_text(server_database)
    tasks = TaskRunner()
    application = Application(parse_args([url]), Preferences(), tasks)
    try:
        application.start()

        def shown(kind: type) -> QWidget | None:
            found = [d for d in application._dialogs if isinstance(d, kind) and d.isVisible()]
            return found[0] if found else None

        qtbot.waitUntil(lambda: shown(ProfileDialog) is not None, timeout=15000)
        profile_dialog = shown(ProfileDialog)
        assert isinstance(profile_dialog, ProfileDialog)
        type_text(profile_dialog.ui.newNameEdit, "นางสาวเลขา ประจำศูนย์")
        qtbot.mouseClick(
            profile_dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: shown(FieldsUnlockDialog) is not None, timeout=15000)
        fields = shown(FieldsUnlockDialog)
        assert isinstance(fields, FieldsUnlockDialog)
        opened = fields.database  # not the application's yet: it becomes so when the window shows
        assert opened.restricted_fields.state is FieldState.LOCKED
        ok = fields.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

        type_text(fields.ui.secretEdit, "ไม่ใช่รหัสนี้แน่นอน 2569")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fields.ui.errorLabel.isVisible(), timeout=15000)
        assert "ไม่สามารถปลดล็อกกุญแจข้อมูลลับ" in fields.ui.errorLabel.text()
        assert fields.isVisible() and application.window is None

        fields.ui.secretEdit.clear()
        type_text(fields.ui.secretEdit, TEST_PASSPHRASE)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: application.window is not None, timeout=30000)
        assert opened.restricted_fields.state is FieldState.OPEN
        assert server_database.location in application.window.windowTitle()
    finally:
        if application.window is not None:
            application.window.closing_for_switch = True
            application.window.close()
        application.close_database()
        tasks.shutdown()
