"""A second copy of the program on a database that is already open: the unlock window says which process has
it, in the person's language, and opens it once that copy has closed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.unlock import UnlockDialog
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.gui.thai_typing import type_text
from tests.storage.test_instance_lock import other_copy, path  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_unlock_window_names_the_copy_that_has_the_database_open(
    qtbot,
    path: Path,  # noqa: F811 - pytest fixture
    other_copy: subprocess.Popen[str],  # noqa: F811 - pytest fixture
) -> None:
    tasks = TaskRunner()
    dialog = UnlockDialog(path, tasks, Preferences())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.asking, timeout=10000):
        dialog.start()
    type_text(dialog.ui.passphraseEdit, TEST_PASSPHRASE)
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10000)
    shown = dialog.ui.errorLabel.text()
    assert "เปิดอยู่ในโปรแกรมอื่นแล้ว" in shown
    assert str(other_copy.pid) in shown and "mdt-desktop" in shown
    assert dialog.ui.passphraseEdit.text() == TEST_PASSPHRASE  # the passphrase was right: nothing to retype

    assert other_copy.stdin is not None and other_copy.stdout is not None
    other_copy.stdin.write("\n")
    other_copy.stdin.flush()
    assert other_copy.stdout.readline().strip() == "closed"
    opened: list[Database] = []
    dialog.unlocked.connect(opened.append)
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    tasks.run_and_wait(opened[0].close)
    tasks.shutdown()
