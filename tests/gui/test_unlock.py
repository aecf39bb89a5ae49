"""Unlocking: a wrong passphrase changes nothing and says so in Thai; a right one, a code or a remembered key opens."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.app import demo_path, is_demo_path
from mdt_desktop.gui.shell.unlock import PAGE_NEW_PASSPHRASE, PAGE_RECOVERY, UnlockDialog
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keyring_store import KeyStore
from tests.fakes import NoKeyring

# QTest.keyClicks aborts on characters outside Latin-1, so what is typed is ASCII.
PASSPHRASE = "Lampang-MDT-team-2569"
SHOTS = Path("/tmp/shots")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def thai_font(qapp):
    fonts.apply_application_font(qapp)


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def created(tmp_path):
    database, code = Database.create(tmp_path / "ทีมสหวิชาชีพ.mdt", PASSPHRASE)
    database.close()
    return database.path, code, database.database_id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dialog(qtbot, tasks, path: Path, **kwargs) -> UnlockDialog:
    """The dialog once it asks: shown at once, then the look for a remembered key has found none."""
    dialog = UnlockDialog(path, tasks, Preferences(), **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.asking, timeout=10000):
        dialog.start()
    assert dialog.isVisible()
    return dialog


def _ok(dialog: UnlockDialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_wrong_passphrase_says_so_in_thai_and_changes_nothing(qtbot, tasks, created):
    path, _code, _id = created
    before = (_digest(path), _digest(path.with_name(path.name + ".keys")))
    dialog = _dialog(qtbot, tasks, path)
    assert "ทีมสหวิชาชีพ.mdt" in dialog.ui.fileLabel.text()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "not-the-passphrase")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10000)
    assert "รหัสผ่านหรือรหัสกู้คืนไม่ถูกต้อง" in dialog.ui.errorLabel.text()
    assert dialog.ui.passphraseEdit.text() == ""
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ui.passphraseEdit)
    _shot(dialog, "unlock_wrong_passphrase.png")
    assert dialog.isVisible()
    assert (_digest(path), _digest(path.with_name(path.name + ".keys"))) == before


def test_after_a_wrong_passphrase_open_waits_counting_down_then_the_right_one_opens(qtbot, tasks, created):
    path, _code, _id = created
    dialog = _dialog(qtbot, tasks, path)
    qtbot.keyClicks(dialog.ui.passphraseEdit, "not-the-passphrase")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10000)
    assert not _ok(dialog).isEnabled()
    assert "1" in _ok(dialog).text()  # the seconds left, on the button
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)  # Enter during the wait does nothing
    assert dialog.isVisible() and not dialog.ui.busyBar.isVisible()
    qtbot.waitUntil(_ok(dialog).isEnabled, timeout=10000)
    assert _ok(dialog).text() == "เปิด"
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    opened.args[0].close()


def test_right_passphrase_opens_the_database(qtbot, tasks, created):
    path, _code, database_id = created
    dialog = _dialog(qtbot, tasks, path)
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    database = opened.args[0]
    assert database.database_id == database_id
    database.close()
    assert not dialog.isVisible()


def _remember(path: Path, database_id: str) -> None:
    """What ticking "remember" at an earlier unlock left behind: the key in the keyring and the preference."""
    opened_once = Database.open_with_passphrase(path, PASSPHRASE)
    KeyStore().remember(database_id, opened_once.key)
    opened_once.close()
    Preferences().set_remember_key(database_id, True)


def test_remembered_key_opens_without_asking(qtbot, tasks, created):
    path, _code, database_id = created
    _remember(path, database_id)

    dialog = UnlockDialog(path, tasks, Preferences())
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    dialog.asking.connect(lambda: asked.append(True))
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        dialog.start()
        assert dialog.isVisible()  # the window comes at once, busy while the key is fetched
        assert dialog.ui.busyBar.isVisible()
    opened.args[0].close()
    assert not dialog.isVisible()
    assert not asked


def test_a_remembered_key_stays_remembered_after_opening_with_it(qtbot, tasks, created, memory_keyring):
    path, _code, database_id = created
    _remember(path, database_id)
    for _launch in range(2):
        dialog = UnlockDialog(path, tasks, Preferences())
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
            dialog.start()
        opened.args[0].close()
        qtbot.waitUntil(lambda: not tasks.busy)
        assert KeyStore().recall(database_id) is not None
        assert Preferences().remember_key(database_id)


def test_a_passphrase_typed_while_the_keyring_is_asked_is_not_lost(qtbot, tasks, created):
    """The window is up before the worker has looked for a remembered key: typing and Enter already count."""
    path, _code, database_id = created
    keyring_answered = threading.Event()
    tasks.run(lambda: keyring_answered.wait(10))  # the look for a key waits behind this, as on a slow keyring
    dialog = UnlockDialog(path, tasks, Preferences())
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.ui.passphraseEdit and dialog.ui.busyBar.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        keyring_answered.set()
    assert opened.args[0].database_id == database_id
    opened.args[0].close()


def test_ticking_remember_keeps_the_key_in_the_keyring(qtbot, tasks, created, memory_keyring):
    path, _code, database_id = created
    dialog = _dialog(qtbot, tasks, path)
    qtbot.mouseClick(
        dialog.ui.rememberCheck,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dialog.ui.rememberCheck.height() // 2),
    )
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    database = opened.args[0]
    assert KeyStore().recall(database_id) == database.key
    assert Preferences().remember_key(database_id)
    database.close()


def test_without_a_keyring_remember_is_disabled_and_the_reason_shown(qtbot, tasks, created):
    path, _code, _id = created
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        dialog = _dialog(qtbot, tasks, path)
        assert not dialog.ui.rememberCheck.isEnabled()
        assert dialog.ui.keyringNote.isVisible()
        assert "เครื่องนี้ไม่มีที่เก็บรหัสผ่าน" in dialog.ui.keyringNote.text()
        _shot(dialog, "unlock_no_keyring.png")
    finally:
        keyring.set_keyring(previous)


def test_recovery_code_opens_and_forces_a_new_passphrase(qtbot, tasks, created):
    path, code, _id = created
    dialog = _dialog(qtbot, tasks, path)
    dialog.ui.useRecoveryLink.linkActivated.emit("recovery")
    assert dialog.mode() == PAGE_RECOVERY
    qtbot.keyClicks(dialog.ui.recoveryEdit, code.lower())
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mode() == PAGE_NEW_PASSPHRASE, timeout=10000)
    assert not _ok(dialog).isEnabled()
    new = "Chiang-Rai-new-phrase-2570"
    qtbot.keyClicks(dialog.ui.newPassphraseEdit, new)
    qtbot.keyClicks(dialog.ui.newPassphraseAgainEdit, new + "!")
    assert "ไม่ตรงกัน" in dialog.ui.newPassphraseHint.text()
    assert not _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.newPassphraseAgainEdit, Qt.Key.Key_Backspace)
    _shot(dialog, "unlock_new_passphrase.png")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    # The used recovery code is replaced: the new one is shown once, and Finish waits for "written down".
    qtbot.waitUntil(
        lambda: dialog.recovery_window is not None and dialog.recovery_window.isVisible(), timeout=10000
    )
    window = dialog.recovery_window
    assert window is not None
    page = window.currentPage()
    new_code = page.ui.codeLabel.text()
    assert new_code and new_code != code
    finish = window.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    page.ui.writtenDownCheck.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    Database.open_with_passphrase(path, new).close()
    Database.open_with_recovery_code(path, new_code).close()
    with pytest.raises(StorageError) as caught:
        Database.open_with_recovery_code(path, code)
    assert caught.value.problem is StorageProblem.WRONG_SECRET


def test_the_demo_database_shows_its_passphrase(qtbot, tasks):
    from mdt_desktop.demo import DEMO_PASSPHRASE

    path = demo_path()
    database, _code = Database.create(path, DEMO_PASSPHRASE)
    database.close()
    assert is_demo_path(path)
    dialog = _dialog(qtbot, tasks, path, demo_hint=is_demo_path(path))
    assert dialog.ui.demoHint.isVisible()
    assert "mdt-demo-2569" in dialog.ui.demoHint.text()
    _shot(dialog, "unlock_demo.png")


def test_a_damaged_file_is_named_in_a_plain_message_and_left_as_it_was(qtbot, tasks, created):
    """Right passphrase, but the database file is not an encrypted database any more (overwritten by a tool)."""
    path, _code, _id = created
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # someone replaced it with a plain SQLite file
    before = _digest(path)
    dialog = _dialog(qtbot, tasks, path)
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10000)
    message = dialog.ui.errorLabel.text()
    assert "ทีมสหวิชาชีพ.mdt" in message and "ไม่ใช่ฐานข้อมูลของโปรแกรมนี้" in message
    assert "Traceback" not in message
    assert dialog.isVisible()
    assert _digest(path) == before


def test_a_damaged_recovery_slot_is_told_after_the_passphrase_opens(qtbot, tasks, created):
    import json

    path, _code, _id = created
    key_file = path.with_name(path.name + ".keys")
    data = json.loads(key_file.read_text(encoding="utf-8"))
    recovery = next(slot for slot in data["slots"] if slot["kind"] == "recovery")
    recovery["mac"] = "0" * 64  # altered: found once the key is known
    key_file.write_text(json.dumps(data), encoding="utf-8")
    dialog = _dialog(qtbot, tasks, path)
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.damage_warning is not None and dialog.damage_warning.isVisible(), timeout=10000
    )
    warning = dialog.damage_warning
    assert path.name in warning.text() and "ตั้งค่า" in warning.text()
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        warning.button(QMessageBox.StandardButton.Ok).click()
    database = opened.args[0]
    assert database.key_file_problems == ["recovery"]
    database.close()
