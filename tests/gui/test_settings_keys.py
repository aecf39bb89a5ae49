"""Changing the passphrase in Settings, with "re-key" for when someone who knew it has left: the old passphrase and
recovery code no longer open the file, the new recovery code is shown once, and the change is in the audit log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.conftest import TEST_PASSPHRASE
from tests.gui.page_support import wait_idle
from tests.register_fixtures import make_context

NEW = "Lampang-team-after-Somchai-left-2570"  # QTest.keyClicks types Latin-1 only


@pytest.fixture
def context(database: Database, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(900, 1700)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def test_change_passphrase_and_re_key_locks_out_the_old_secrets_and_shows_the_new_code(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database
) -> None:
    page.ui.currentPassphraseEdit.setText(TEST_PASSPHRASE)
    qtbot.keyClicks(page.ui.newPassphraseEdit, NEW)
    qtbot.keyClicks(page.ui.newPassphraseAgainEdit, NEW)
    page.ui.rekeyCheck.setChecked(True)
    assert "backup" in page.ui.rekeyCheck.toolTip() or "สำรอง" in page.ui.rekeyCheck.toolTip()
    qtbot.mouseClick(page.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.ui.recoveryCodeLabel.text().strip()), timeout=10000)
    wait_idle(qtbot, context)
    code = page.ui.recoveryCodeLabel.text()
    assert not page.ui.rekeyCheck.isChecked() and page.ui.currentPassphraseEdit.text() == ""
    assert any(entry.event == "rekey" for entry in audit.list_entries(database))

    path = database.path
    database.close()
    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.WRONG_SECRET
    Database.open_with_recovery_code(path, code).close()
    Database.open_with_passphrase(path, NEW).close()
