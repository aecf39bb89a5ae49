"""The application shell: main window navigation, title, search shortcut, settings page, flags, crash path."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.gui.shell.app import demo_path, is_demo_path, parse_args
from mdt_desktop.gui.shell.bench_marks import TIMING_MARK, UNLOCK_SHOWN_MARK
from mdt_desktop.gui.shell.crash import CrashHandler
from mdt_desktop.gui.shell.main_window import PAGES, MainWindow
from mdt_desktop.logging_setup import get_logger, log_file, setup_logging, shutdown_logging
from mdt_desktop.services import profiles
from mdt_desktop.services.seed import seed_new_database
from mdt_desktop.services.settings import load_team_settings
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import make_team

SHOTS = Path("/tmp/shots")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
NAVIGATION = [
    "ประชุม",
    "ทะเบียนติดตามงาน",
    "รายกรณี",
    "สถิติ",
    "หน่วยงาน",
    "คณะ/ทีม และสมาชิก",
    "ศูนย์ฯ รับรายงาน",
    "ตั้งค่า",
]


@pytest.fixture(autouse=True)
def thai_font(qapp):
    fonts.apply_application_font(qapp)


@pytest.fixture
def context(database):
    seed_new_database(database)
    tasks = TaskRunner()
    yield AppContext(database=database, tasks=tasks, signals=AppSignals())
    tasks.shutdown()


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.tasks.run_and_wait(lambda: None)  # let pages' loads finish before the database closes


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_navigation_shows_the_thai_labels_and_the_title_names_the_file(window):
    navigation = window.ui.navigation
    labels = [
        navigation.item(row).text() for row in range(navigation.count()) if not navigation.isRowHidden(row)
    ]
    assert labels == NAVIGATION  # a database without roles: everything, and no agency officer's page
    assert window.windowTitle() == "mdt-desktop — test.mdt"
    status = window.findChild(type(window.ui.navigation).__mro__[-3], "databaseStatus")
    assert status is not None and "เข้ารหัส" in status.text() and "test.mdt" in status.text()
    _shot(window, "main_window.png")


def test_each_page_is_created_when_first_shown(qtbot, window):
    for spec in PAGES:
        page = window.show_page(spec.name)
        assert window.ui.pages.currentWidget() is page
        assert window.created_pages()[spec.name] is page
        window.context.tasks.run_and_wait(lambda: None)
        qtbot.wait(1)
        _shot(window, f"page_{spec.name}.png")


def test_menus_offer_undo_and_redo_from_the_shared_group(window):
    texts = [action.text() for action in window.ui.menuEdit.actions()]
    assert any("เลิกทำ" in text for text in texts)
    assert any("ทำซ้ำ" in text for text in texts)
    assert window.ui.actionSearch.shortcut().toString() == "Ctrl+K"


def test_ctrl_k_opens_the_search_dialog(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._search_dialog is not None and window._search_dialog.isVisible())


def test_open_meeting_request_switches_to_the_meetings_page(qtbot, window):
    from mdt_desktop.services.meetings import create_meeting
    from mdt_desktop.storage.models import Body

    with window.context.database.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district")
        session.add(body)
        session.flush()
        body_id = body.id
    meeting_id = create_meeting(window.context.database, body_id, dt.date(2026, 11, 21))
    window.show_page("settings")
    window.context.signals.open_meeting_requested.emit(meeting_id)
    assert window.ui.navigation.currentRow() == 0
    assert window.ui.pages.currentWidget() is window.created_pages()["meetings"]
    window.context.tasks.run_and_wait(lambda: None)
    qtbot.wait(1)
    _shot(window, "main_window_meeting.png")


def test_settings_page_edits_label_and_holidays(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(800, 1000)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.ui.holidayTable.rowCount() > 0, timeout=5000)
    seeded = page.ui.holidayTable.rowCount()
    assert "2569" in page.ui.holidayTable.item(0, 0).text()

    page.ui.mdtLabelCombo.setCurrentIndex(1)
    page.holiday_date.setDate(dt.date(2026, 8, 19))
    qtbot.keyClicks(page.ui.holidayNameEdit, "Local festival")
    qtbot.mouseClick(page.ui.addHolidayButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.holidayTable.rowCount() == seeded + 1, timeout=5000)
    settings = context.tasks.run_and_wait(lambda: load_team_settings(context.database))
    assert settings.mdt_label == "ทีมสหสาขาวิชาชีพ"
    assert (dt.date(2026, 8, 19), "Local festival") in settings.holidays
    _shot(page, "settings_page.png")

    row = [day for day, _name in settings.holidays].index(dt.date(2026, 8, 19))
    page.ui.holidayTable.selectRow(row)
    qtbot.mouseClick(page.ui.removeHolidayButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.holidayTable.rowCount() == seeded, timeout=5000)


def test_settings_page_changes_the_passphrase(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    new = "Nan-new-passphrase-2570"
    qtbot.keyClicks(page.ui.currentPassphraseEdit, "wrong-current-one")
    qtbot.keyClicks(page.ui.newPassphraseEdit, new)
    qtbot.keyClicks(page.ui.newPassphraseAgainEdit, new)
    qtbot.mouseClick(page.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ไม่ถูกต้อง" in page.ui.securityMessage.text(), timeout=10000)

    page.ui.currentPassphraseEdit.setText(TEST_PASSPHRASE)  # Thai: keyClicks cannot type it
    qtbot.mouseClick(page.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "เปลี่ยนรหัสผ่านแล้ว" in page.ui.securityMessage.text(), timeout=10000)
    Database.open_with_passphrase(context.database.path, new).close()


def test_flags_are_parsed():
    args = parse_args(["--open", "/tmp/x.mdt", "--key-stdin", "--quit-when-shown", "--language", "en"])
    assert (
        args.open == Path("/tmp/x.mdt") and args.key_stdin and args.quit_when_shown and args.language == "en"
    )
    assert parse_args(
        ["--open", "/tmp/x.mdt", "--quit-when-unlock-shown", "--timings"]
    ).quit_when_unlock_shown
    with pytest.raises(SystemExit):
        parse_args(["--key-stdin"])
    with pytest.raises(SystemExit):
        parse_args(["--quit-when-unlock-shown"])
    # A database double-clicked in the file manager comes as a bare path (the .desktop file's "%f").
    assert parse_args(["/tmp/ทีม.mdt"]).open == Path("/tmp/ทีม.mdt")
    assert parse_args([]).open is None
    with pytest.raises(SystemExit):
        parse_args(["/tmp/a.mdt", "--open", "/tmp/b.mdt"])
    assert is_demo_path(demo_path())
    assert demo_path().name == "ตัวอย่าง-ทีมสหวิชาชีพ.mdt"


# What makes the first window slow to come: none of it is needed to ask for the passphrase.
HEAVY_FOR_THE_UNLOCK_WINDOW = (
    "sqlalchemy",
    "keyring",
    "cryptography",
    "reportlab",
    "docx",
    "pythainlp",
    "mdt_desktop.storage.database",
    "mdt_desktop.storage.models",
    "mdt_desktop.storage.keys",
    "mdt_desktop.storage.keyring_store",
    "mdt_desktop.services",
    "mdt_desktop.exports",
    "mdt_desktop.demo",
    "mdt_desktop.gui.shell.main_window",
    "mdt_desktop.gui.shell.restore_dialog",  # the ways back load when first used
    "mdt_desktop.gui.shell.salvage_dialog",
    "mdt_desktop.gui.shell.auto_lock",
)
_MODULES_WHEN_SHOWN = (
    "import json, sys\n"
    "from mdt_desktop.gui.shell.app import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)


def test_the_unlock_window_comes_up_before_the_storage_layer_is_imported(tmp_path):
    """A fresh interpreter (as a user's launch) shows the unlock window; nothing heavy may be imported by then."""
    database = tmp_path / "ทีมสหวิชาชีพ.mdt"
    done = subprocess.run(
        [sys.executable, "-c", _MODULES_WHEN_SHOWN, "--open", str(database), "--quit-when-unlock-shown"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    mark, modules_line = done.stdout.splitlines()[-2:]
    assert mark == UNLOCK_SHOWN_MARK
    modules = json.loads(modules_line)
    assert "mdt_desktop.gui.shell.unlock" in modules
    heavy = sorted(
        name
        for name in modules
        if any(name == h or name.startswith(h + ".") for h in HEAVY_FOR_THE_UNLOCK_WINDOW)
    )
    assert heavy == []


_LAUNCH = "import sys\nfrom mdt_desktop.gui.shell.app import main\nsys.exit(main())\n"


def test_the_benchmark_opens_with_a_key_from_stdin_on_the_remembered_key_road(database):
    """mdt bench's child: the key from stdin opens the meeting list and the timings are printed; a key that does
    not open the file is one line and status 2, never a passphrase prompt that waits forever."""
    make_team(database)
    profiles.add_profile(database, "เลขานุการทดสอบ", actor="")  # the only profile: taken without asking
    path, key = database.path, database.key
    database.close()
    command = [
        sys.executable,
        "-c",
        _LAUNCH,
        "--open",
        str(path),
        "--key-stdin",
        "--quit-when-shown",
        "--timings",
    ]
    opened = subprocess.run(command, input=key.hex() + "\n", capture_output=True, text=True, timeout=120)
    assert opened.returncode == 0, opened.stderr
    timings = [line.split()[-2] for line in opened.stderr.splitlines() if line.startswith(TIMING_MARK)]
    assert timings == ["unlock-window-to-list", "key-to-list"]

    wrong = subprocess.run(command, input="00" * 32 + "\n", capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines()[-1] == "mdt-desktop: the key from stdin does not open test.mdt"


def test_preferences_keep_recent_paths_and_remember_choice(tmp_path):
    preferences = Preferences()
    first, second = tmp_path / "a.mdt", tmp_path / "b.mdt"
    first.write_bytes(b"x")
    second.write_bytes(b"x")
    preferences.add_recent_database(first)
    preferences.add_recent_database(second)
    preferences.set_remember_key("abc", True)
    again = Preferences()
    assert again.recent_databases() == [second.resolve(), first.resolve()]
    assert again.remember_key("abc") and not again.remember_key("other")
    assert again.get(Pref.LANGUAGE) == "th"


def test_crash_path_logs_the_stack_and_shows_the_log_path_without_the_message(qapp, monkeypatch):
    case_text = "ชื่อ" + "ผู้เสียหาย"
    log_path = setup_logging()
    shown: list[Path] = []
    handler = CrashHandler(log_path, show_dialog=shown.append)
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(exits.append))
    handler.install()
    try:
        try:
            raise ValueError(case_text)  # case data in an exception's text must not reach the log
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        handler.uninstall()
        for handler_ in logging.getLogger("mdt").handlers:
            handler_.flush()
        shutdown_logging()
    assert shown == [log_path]
    assert exits == [1]
    text = log_path.read_text(encoding="utf-8")
    assert "unhandled builtins.ValueError" in text
    assert case_text not in text
    assert (log_path.parent / "faulthandler.log").exists()


def test_a_full_log_is_rotated_when_the_program_starts():
    path = log_file()
    numbered = [path.with_name(f"{path.name}.{number}") for number in range(1, 6)]
    for number, older in enumerate(numbered, start=1):
        older.write_text(f"session -{number}\n", encoding="utf-8")
    path.write_text("x" * 1_000_001, encoding="utf-8")
    setup_logging()
    try:
        get_logger("app").info("this session")
    finally:
        shutdown_logging()
    assert path.read_text(encoding="utf-8").endswith("mdt.app: this session\n")
    assert numbered[0].stat().st_size == 1_000_001
    assert [older.read_text(encoding="utf-8") for older in numbered[1:]] == [
        "session -1\n",
        "session -2\n",
        "session -3\n",
        "session -4\n",
    ]  # five kept: the oldest, session -5, is gone
    setup_logging()  # a small file is left as it is
    shutdown_logging()
    assert numbered[0].stat().st_size == 1_000_001


def test_switching_to_english_relabels_the_window_at_once(qtbot, window):
    from mdt_desktop.gui.common import i18n

    translator = i18n.install_translator("en")
    try:
        qtbot.waitUntil(lambda: window.ui.navigation.item(0).text() == "Meetings")
        assert window.ui.menuFile.title() == "File"
        _shot(window, "main_window_en.png")
        i18n.install_translator("th", stretched=True)
        qtbot.waitUntil(lambda: window.ui.navigation.item(0).text().startswith("ประชุม "))
        _shot(window, "main_window_stretched.png")
    finally:
        QCoreApplication.removeTranslator(i18n.current_translator() or translator)
        i18n._installed = None


def test_the_readme_run_command_builds_the_demo_and_shows_its_meetings_on_first_use(tmp_path):
    """``mdt-desktop --demo`` on a computer that has no demo yet: built on the worker, then its meeting list."""
    home = tmp_path / "home"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCH, "--demo", "--quit-when-shown"],
        capture_output=True,
        text=True,
        timeout=120,  # a crash would wait on its dialog: fail instead of hanging
        env=environment,
    )
    assert done.returncode == 0, done.stderr
    demo = home / "data" / "mdt-desktop" / "demo" / demo_path().name
    assert demo.is_file() and Path(f"{demo}.keys").is_file()
    log = (home / "state" / "mdt-desktop" / "log" / "mdt-desktop.log").read_text(encoding="utf-8")
    assert "main window shown" in log and "CRITICAL" not in log
