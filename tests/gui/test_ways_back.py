"""The ways back in the unlock window: restore from a backup, a damaged file told as such with its latest backup
and salvaged into a new file that opens, and a file that cannot be written opened read-only."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mdt_desktop.domain.roles import UNRESTRICTED
from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell import app
from mdt_desktop.gui.shell.unlock import UnlockDialog
from mdt_desktop.services import backups, profiles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Setting
from mdt_desktop.thai.dates import to_be
from tests.conftest import TEST_PASSPHRASE
from tests.gui.thai_typing import type_text
from tests.storage.test_backups import damaged_copy

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


def _notes(db: Database) -> dict[str, str]:
    with db.read_session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.like("note-%"))).all()
        return {row.key: row.value for row in rows}


def _note(db: Database, key: str, value: str) -> None:
    with db.session() as session:
        session.add(Setting(key=key, value=value))


def _dialog(qtbot, tasks, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path, tasks, Preferences())
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 768 // 2)
    with qtbot.waitSignal(dialog.asking, timeout=10000):
        dialog.start()
    return dialog


def _ok(box: QDialogButtonBox):
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _open(qtbot, dialog: UnlockDialog) -> Database:
    type_text(dialog.ui.passphraseEdit, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as opened:
        qtbot.mouseClick(_ok(dialog.ui.buttons), Qt.MouseButton.LeftButton)
    return opened.args[0]


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_restoring_a_backup_brings_back_its_state_and_keeps_the_current_file_aside(qtbot, tasks, tmp_path):
    path = tmp_path / "ทีม.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    _note(db, "note-before", "in the backup")
    made = backups.back_up_now(db)
    _note(db, "note-after", "typed after the backup")
    db.close()

    dialog = _dialog(qtbot, tasks, path)
    assert dialog.ui.restoreLink.isVisible()
    dialog.ui.restoreLink.linkActivated.emit("restore")
    restore = dialog.restore_dialog
    assert restore is not None
    qtbot.waitUntil(lambda: restore.ui.backupList.topLevelItemCount() == 1, timeout=10000)
    item = restore.ui.backupList.topLevelItem(0)
    assert str(to_be(dt.date.today().year)) in item.text(0)  # the Buddhist-Era year
    assert item.text(2) == made.name
    assert "ไม่ถูกเขียนทับ" in restore.ui.introLabel.text()
    restore.resize(1366 // 2, 768 // 2)
    _shot(restore, "restore_dialog.png")

    type_text(restore.ui.passphraseEdit, TEST_PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=20000) as done:
        qtbot.mouseClick(_ok(restore.ui.buttons), Qt.MouseButton.LeftButton)
    aside = done.args[0]
    assert not restore.isVisible()
    assert dialog.ui.wayBackNote.isVisible() and aside.name in dialog.ui.wayBackNote.text()

    database = _open(qtbot, dialog)
    assert database.path == path
    assert _notes(database) == {"note-before": "in the backup"}
    database.close()
    kept = Database.open_with_passphrase(aside, TEST_PASSPHRASE)  # the file set aside is whole, beside it
    assert aside.parent == path.parent
    assert _notes(kept) == {"note-before": "in the backup", "note-after": "typed after the backup"}
    kept.close()


def test_a_backup_on_another_drive_is_chosen_in_a_file_dialog_and_restored(qtbot, tasks, tmp_path):
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    _note(db, "note-on-usb", "kept on the USB drive")
    made = backups.back_up_now(db, folder=tmp_path / "usb")
    _note(db, "note-after", "typed after the backup")
    db.close()

    dialog = _dialog(qtbot, tasks, path)
    restore = dialog.open_restore()
    assert restore is not None
    qtbot.waitUntil(lambda: restore.ui.emptyNote.isVisible(), timeout=10000)
    assert "ไม่พบสำเนาสำรอง" in restore.ui.emptyNote.text()
    assert not _ok(restore.ui.buttons).isEnabled()
    chooser = restore.choose_other_file()
    chooser.selectFile(str(made))
    chooser.accept()
    assert restore.chosen_backup() == made
    type_text(restore.ui.passphraseEdit, TEST_PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=20000):
        qtbot.mouseClick(_ok(restore.ui.buttons), Qt.MouseButton.LeftButton)

    database = _open(qtbot, dialog)
    assert _notes(database) == {"note-on-usb": "kept on the USB drive"}
    database.close()


def _damaged_with_a_backup(tmp_path: Path) -> tuple[Path, Path]:
    """``team.mdt`` with one flipped byte in a page of the setting table, and a backup made before the damage."""
    original, damaged, _key = damaged_copy(tmp_path)
    db = Database.open_with_passphrase(original, TEST_PASSPHRASE)
    made = backups.back_up_now(db)
    db.close()
    shutil.copyfile(damaged, original)
    return original, made


def _damage_found_after_open(qtbot, tasks, path: Path, monkeypatch) -> UnlockDialog:
    """A damaged page opens like any other (SQLCipher reads a page when asked for it): the application checks
    every page beside the first screen, says so, closes the file and shows the unlock window with the ways back."""
    told: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    application = app.Application(
        argparse.Namespace(quit_when_shown=False, timings=False), Preferences(), tasks
    )
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    application.show_database(database, profiles.Profile(1, "เลขานุการทดสอบ", False), UNRESTRICTED)
    qtbot.waitUntil(lambda: application.window is None, timeout=20000)
    assert told and "เสียหาย" in told[0] and path.name in told[0]
    dialog = next(d for d in application._dialogs if isinstance(d, UnlockDialog))
    dialog.unlocked.disconnect(application.choose_profile)  # this test takes the database it opens
    qtbot.waitUntil(dialog.ui.damagePanel.isVisible, timeout=20000)
    return dialog


def test_a_damaged_file_names_the_latest_backup_and_is_salvaged_into_a_new_file_that_opens(
    qtbot, tasks, tmp_path, monkeypatch
):
    path, made = _damaged_with_a_backup(tmp_path)
    dialog = _damage_found_after_open(qtbot, tasks, path, monkeypatch)
    message = dialog.ui.errorLabel.text()
    assert "เสียหาย" in message and path.name in message
    assert made.name in message and str(to_be(dt.date.today().year)) in message
    assert dialog.ui.restoreButton.isVisible() and dialog.ui.salvageButton.isVisible()
    dialog.resize(1366 // 2, 768 // 2)
    _shot(dialog, "unlock_damaged.png")

    qtbot.mouseClick(dialog.ui.salvageButton, Qt.MouseButton.LeftButton)
    salvage = dialog.salvage_dialog
    assert salvage is not None and salvage.isVisible()
    new = tmp_path / "กู้แล้ว.mdt"
    chooser = salvage.choose_new_file()
    chooser.selectFile(str(new))
    chooser.accept()
    assert salvage.ui.newFileEdit.text() == str(new)
    type_text(salvage.ui.passphraseEdit, TEST_PASSPHRASE)
    qtbot.mouseClick(_ok(salvage.ui.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(salvage.ui.openButton.isVisible, timeout=60000)
    assert "setting" in salvage.ui.resultLabel.text() and str(new) in salvage.ui.resultLabel.text()
    _shot(salvage, "salvage_done.png")

    qtbot.mouseClick(salvage.ui.openButton, Qt.MouseButton.LeftButton)
    assert dialog.path == new and new.name in dialog.ui.fileLabel.text()
    assert not dialog.ui.damagePanel.isVisible()
    database = _open(qtbot, dialog)
    assert database.path == new
    notes = _notes(database)
    database.close()
    assert len(notes) >= 400 - 40  # one damaged page held a few dozen of the 400 notes; the rest are back
    whole = Database.open_with_passphrase(made, TEST_PASSPHRASE)
    expected = _notes(whole)
    whole.close()
    assert all(expected[key] == value for key, value in notes.items())


def test_a_damaged_file_is_restored_from_its_latest_backup_through_the_damage_message(
    qtbot, tasks, tmp_path, monkeypatch
):
    path, _made = _damaged_with_a_backup(tmp_path)
    dialog = _damage_found_after_open(qtbot, tasks, path, monkeypatch)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    restore = dialog.restore_dialog
    assert restore is not None
    qtbot.waitUntil(lambda: restore.ui.backupList.topLevelItemCount() == 1, timeout=10000)
    type_text(restore.ui.passphraseEdit, TEST_PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=20000) as done:
        qtbot.mouseClick(_ok(restore.ui.buttons), Qt.MouseButton.LeftButton)
    assert done.args[0].exists()  # the damaged file, kept for inspection

    database = _open(qtbot, dialog)
    assert len(_notes(database)) == 400
    database.close()


_UNLOCK_READ_ONLY = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.unlock import UnlockDialog

class Keys:  # the key remembered at an earlier unlock (hex in argv[3]), or none
    def available(self): return True
    def recall(self, database_id): return bytes.fromhex(sys.argv[3]) if sys.argv[3] else None
    def remember(self, database_id, key): pass
    def forget(self, database_id): pass

app = QApplication([])
tasks = TaskRunner()
dialog = UnlockDialog(Path(sys.argv[1]), tasks, Preferences(), keystore=Keys())
note = dialog.ui.readOnlyNote
found = {"note": note.text() if note.isVisibleTo(dialog) else ""}

def asked():
    found["asked"] = True
    dialog.ui.passphraseEdit.setText(sys.argv[2])
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

def unlocked(database):
    found["read_only"] = database.read_only
    database.close()
    app.quit()

dialog.asking.connect(asked)
dialog.unlocked.connect(unlocked)
dialog.start()
app.exec()
tasks.shutdown()
print(json.dumps(found))
"""


@pytest.mark.parametrize("remembered", [False, True], ids=["passphrase", "remembered key"])
def test_a_database_in_a_read_only_folder_opens_read_only_and_says_so_first(tmp_path, remembered):
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    _note(db, "note-kept", "read only")
    key = db.key.hex() if remembered else ""
    db.close()
    for item in folder.iterdir():
        item.chmod(0o400)
    folder.chmod(0o500)
    command = [sys.executable, "-c", _UNLOCK_READ_ONLY, str(path), TEST_PASSPHRASE, key]
    if os.geteuid() == 0:  # root ignores permission bits unless it gives up its capabilities
        setpriv = shutil.which("setpriv")
        assert setpriv is not None, "running as root needs setpriv for file permissions to apply"
        command = [setpriv, "--bounding-set=-all", "--inh-caps=-all", *command]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        folder.chmod(0o700)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["read_only"] is True
    assert found.get("asked", False) is not remembered  # the remembered key opened it without asking
    assert "อ่านอย่างเดียว" in found["note"] and "ไฟล์นี้" in found["note"]
