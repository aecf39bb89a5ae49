"""Who is working: after unlock the person chooses their profile (or types their name the first time), and that
name — not a free preference — is the actor of what they do until the database is locked."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.app import Application
from mdt_desktop.gui.shell.profile_choice import ProfileDialog
from mdt_desktop.services import audit, profiles
from mdt_desktop.storage.database import Database
from tests.gui.thai_typing import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _dialog(qtbot, database: Database, tasks: TaskRunner) -> tuple[ProfileDialog, list[profiles.Profile]]:
    dialog = ProfileDialog(database, tasks, Preferences())
    qtbot.addWidget(dialog)
    chosen: list[profiles.Profile] = []
    dialog.chosen.connect(chosen.append)
    dialog.start()
    return dialog, chosen


def _sessions(database: Database) -> list[str]:
    return [entry.actor for entry in audit.list_entries(database) if entry.event == "session_started"]


def test_a_database_without_profiles_asks_for_a_name_and_acts_under_it(qtbot, database, tasks):
    dialog, chosen = _dialog(qtbot, database, tasks)
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    assert not dialog.ui.profileList.isVisible()  # nobody to choose yet
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name, no start

    type_text(dialog.ui.newNameEdit, "นางสาวพิมพ์ใจ ทดลองงาน")
    qtbot.keyClick(dialog.ui.newNameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(chosen), timeout=10000)

    assert chosen[0].name == "นางสาวพิมพ์ใจ ทดลองงาน"
    assert [p.name for p in profiles.list_profiles(database)] == ["นางสาวพิมพ์ใจ ทดลองงาน"]
    entries = audit.list_entries(database)
    assert [(e.event, e.actor) for e in entries] == [
        ("profile_added", "นางสาวพิมพ์ใจ ทดลองงาน"),
        ("session_started", "นางสาวพิมพ์ใจ ทดลองงาน"),
    ]


def test_the_only_profile_is_taken_without_asking(qtbot, database, tasks):
    profiles.add_profile(database, "สมชาย ใจกว้าง", actor="")
    dialog, chosen = _dialog(qtbot, database, tasks)
    qtbot.waitUntil(lambda: bool(chosen), timeout=10000)
    assert chosen[0].name == "สมชาย ใจกว้าง"
    assert not dialog.isVisible()
    assert _sessions(database) == ["สมชาย ใจกว้าง"]


def test_with_several_profiles_the_last_chosen_is_proposed_and_another_can_be_chosen(qtbot, database, tasks):
    first = profiles.add_profile(database, "กมล ศรีสุข", actor="")
    second = profiles.add_profile(database, "ชไมพร ดีงาม", actor="")
    retired = profiles.add_profile(database, "ธนา ย้ายไปแล้ว", actor="")
    profiles.retire_profile(database, retired.id, actor="กมล ศรีสุข")
    Preferences().set(Pref.LAST_PROFILE, second.id, database.database_id)

    dialog, chosen = _dialog(qtbot, database, tasks)
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    shown = [dialog.ui.profileList.item(row).text() for row in range(dialog.ui.profileList.count())]
    assert shown == ["กมล ศรีสุข", "ชไมพร ดีงาม"]  # the retired person cannot be chosen
    assert dialog.ui.profileList.currentItem().text() == "ชไมพร ดีงาม"

    dialog.ui.profileList.setCurrentRow(0)
    qtbot.keyClick(dialog.ui.profileList, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(chosen), timeout=10000)
    assert chosen[0].id == first.id
    assert _sessions(database) == ["กมล ศรีสุข"]
    assert Preferences().get(Pref.LAST_PROFILE, database.database_id) == first.id


def test_typing_a_name_already_there_says_to_choose_it_and_starts_nothing(qtbot, database, tasks):
    profiles.add_profile(database, "กมล ศรีสุข", actor="")
    profiles.add_profile(database, "ชไมพร ดีงาม", actor="")
    dialog, chosen = _dialog(qtbot, database, tasks)
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    type_text(dialog.ui.newNameEdit, "กมล ศรีสุข")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10000)
    assert dialog.ui.errorLabel.text() == profiles.PROFILE_NAME_TAKEN.th
    assert chosen == [] and _sessions(database) == []
    assert dialog.ui.newNameEdit.text() == "กมล ศรีสุข"  # what was typed stays


def test_the_main_window_acts_as_the_profile_chosen_and_cancel_shows_nothing(qtbot, tmp_path, tasks):
    database, _code = Database.create(tmp_path / "team.mdt", "ทดสอบ-รหัสผ่าน-ยาวพอ-2569")
    profiles.add_profile(database, "กมล ศรีสุข", actor="")
    chosen_profile = profiles.add_profile(database, "ชไมพร ดีงาม", actor="")
    args = argparse.Namespace(quit_when_shown=False, timings=False)
    application = Application(args, Preferences(), tasks)
    application.choose_profile(database)
    dialog = next(d for d in application._dialogs if isinstance(d, ProfileDialog))
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    row = next(
        r
        for r in range(dialog.ui.profileList.count())
        if dialog.ui.profileList.item(r).text() == "ชไมพร ดีงาม"
    )
    dialog.ui.profileList.setCurrentRow(row)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: application.window is not None, timeout=10000)
    window = application.window
    assert window is not None
    assert window.context.user_name == "ชไมพร ดีงาม"
    assert window.context.profile_id == chosen_profile.id
    lock = application.auto_lock
    assert lock is not None
    qtbot.waitUntil(lambda: lock.minutes == 10, timeout=10000)  # the office's default, watched from now on
    window.closing_for_switch = True
    window.close()
    application.close_database()
    assert application.auto_lock is None  # nothing left watching a closed database

    reopened = Database.open_with_passphrase(tmp_path / "team.mdt", "ทดสอบ-รหัสผ่าน-ยาวพอ-2569")
    second = Application(args, Preferences(), tasks)
    second.choose_profile(reopened)
    dialog = next(d for d in second._dialogs if isinstance(d, ProfileDialog))
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    quits: list[bool] = []
    second._quit_if_nothing_open = lambda: quits.append(True)  # type: ignore[method-assign]
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: bool(quits), timeout=10000)
    assert second.window is None
    assert _sessions_in(tmp_path / "team.mdt") == ["ชไมพร ดีงาม"]  # the cancelled choice started no session


def _sessions_in(path) -> list[str]:
    """Opening again succeeds only once the cancelled database has let go of its lock."""
    database = Database.open_with_passphrase(path, "ทดสอบ-รหัสผ่าน-ยาวพอ-2569")
    try:
        return _sessions(database)
    finally:
        database.close()
