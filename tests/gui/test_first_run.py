"""First run: a person types a passphrase twice, keeps the recovery code, and gets a database that opens."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.first_run import PAGE_DATABASE, PAGE_RECOVERY, FirstRunWizard
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageProblem
from mdt_desktop.storage.keys import KeySlots
from tests.fakes import NoKeyring

# QTest.keyClicks aborts on characters outside Latin-1, so what is typed is ASCII.
PASSPHRASE = "Lampang-MDT-team-2569"
SHOTS = Path("/tmp/shots")
# The offscreen platform warns about every top-level window it shows; that says nothing about the program.
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
def wizard(qtbot, tasks, tmp_path):
    wizard = FirstRunWizard(tasks, Preferences())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # past the language page, Thai chosen
    assert wizard.currentId() == PAGE_DATABASE
    page = wizard.database_page
    page.ui.locationEdit.setText(str(tmp_path / "ทีมสหวิชาชีพ.mdt"))
    return wizard


def tick(qtbot, checkbox) -> None:
    """Click the box itself, as a person does (the middle of a wide checkbox is empty space)."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def _save_shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_mismatched_passphrases_keep_next_disabled_and_say_so(qtbot, wizard):
    page = wizard.database_page
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(page.ui.passphraseAgainEdit, PASSPHRASE + "x")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.ui.mismatchLabel.isVisible()
    assert page.ui.mismatchLabel.text() == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    _save_shot(wizard, "first_run_mismatch.png")


def test_weak_passphrase_shows_the_hint_and_is_refused(qtbot, wizard):
    page = wizard.database_page
    qtbot.keyClicks(page.ui.passphraseEdit, "1234")
    qtbot.keyClicks(page.ui.passphraseAgainEdit, "1234")
    assert "สั้นเกินไป" in page.ui.strengthLabel.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_creating_a_database_by_typing_and_clicking_through(qtbot, wizard, tmp_path):
    page = wizard.database_page
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(page.ui.passphraseAgainEdit, PASSPHRASE)
    assert not page.ui.mismatchLabel.isVisible()
    _save_shot(wizard, "first_run_database.png")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=20000)

    recovery = wizard.recovery_page
    code = recovery.ui.codeLabel.text()
    assert len(code.replace("-", "")) == 24
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    _save_shot(wizard, "first_run_recovery.png")
    tick(qtbot, recovery.ui.writtenDownCheck)
    assert finish.isEnabled()

    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    database = created.args[0]
    database.close()

    path = tmp_path / "ทีมสหวิชาชีพ.mdt"
    assert path.is_file()
    assert KeySlots.path_for(path).is_file()
    reopened = Database.open_with_passphrase(path, PASSPHRASE)
    reopened.close()
    by_code = Database.open_with_recovery_code(path, code)
    by_code.close()
    assert Preferences().most_recent_database() == path.resolve()


def test_copy_puts_the_recovery_code_on_the_clipboard(qtbot, wizard):
    page = wizard.database_page
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(page.ui.passphraseAgainEdit, PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=20000)
    recovery = wizard.recovery_page
    qtbot.mouseClick(recovery.ui.copyButton, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == recovery.code
    wizard.reject()


def test_without_a_keyring_remember_is_disabled_with_the_reason(qtbot, tasks):
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        wizard = FirstRunWizard(tasks, Preferences(), with_language=False)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.database_page
        assert not page.ui.rememberCheck.isEnabled()
        assert "ไม่มีที่เก็บรหัสผ่าน" in page.ui.rememberReason.text()
    finally:
        keyring.set_keyring(previous)


def test_an_existing_file_name_is_refused(qtbot, wizard, database):
    page = wizard.database_page
    page.ui.locationEdit.setText(str(database.path))
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(page.ui.passphraseAgainEdit, PASSPHRASE)
    assert page.ui.errorLabel.isVisible()
    assert "มีไฟล์" in page.ui.errorLabel.text()
    assert StorageProblem.ALREADY_EXISTS.value == "already_exists"
