"""Files an older version made readable by other accounts become the owner's only when the database is next
opened for writing; a file whose mode cannot be changed (another account's) is logged and the open goes on. The
program's log and the preferences file are their owner's only too. (Modes of Linux and macOS, where the suite
runs.)"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from mdt_desktop import logging_setup
from mdt_desktop.storage import owner_only
from mdt_desktop.storage.backups import backup, backup_folder
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.keys import KeySlots
from tests.conftest import TEST_PASSPHRASE


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def _files_of_an_older_version(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """A database with a backup, every file 0644 and the backups folder 0755 (as an older version left them),
    with the write-ahead log and shared-memory file an unclean exit leaves behind."""
    path = tmp_path / "team.mdt"
    database, _code = Database.create(path, TEST_PASSPHRASE)
    copy = backup(database, "test")
    database.close()
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.touch()
    files = [
        path,
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
        KeySlots.path_for(path),
        KeySlots.recovery_path_for(path),
        copy,
        KeySlots.path_for(copy),
    ]
    for file in files:
        file.chmod(0o644)
    backup_folder(path).chmod(0o755)
    assert {_mode(file) for file in files} == {"0o644"}
    return path, files, backup_folder(path)


def test_files_an_older_version_left_readable_are_the_owners_only_after_opening(tmp_path: Path) -> None:
    path, files, folder = _files_of_an_older_version(tmp_path)

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        modes = {file.name: _mode(file) for file in files if file.exists()}
        assert modes == {file.name: "0o600" for file in files if file.exists()}
        assert path.name in modes and KeySlots.path_for(path).name in modes
        assert _mode(folder) == "0o700"
    finally:
        database.close()


def test_a_mode_that_cannot_be_changed_is_logged_without_the_path_and_the_open_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path, _files, _folder = _files_of_an_older_version(tmp_path)
    key_file = KeySlots.path_for(path)
    real_chmod = os.chmod

    def refused_for_the_key_file(target: object, mode: int, *args: object, **kwargs: object) -> None:
        if Path(str(target)) == key_file:
            raise PermissionError(1, "Operation not permitted", str(target))
        real_chmod(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(owner_only.os, "chmod", refused_for_the_key_file)
    caplog.set_level(logging.INFO, logger="mdt.storage")

    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    database.close()

    assert _mode(key_file) == "0o644"
    assert _mode(path) == "0o600"
    refused = [record.getMessage() for record in caplog.records if "could not be made" in record.getMessage()]
    assert refused == ["key file: could not be made readable by its owner only (PermissionError)"]
    assert not any(
        str(tmp_path) in record.getMessage() or "team" in record.getMessage() for record in caplog.records
    )


@pytest.fixture
def permissive_umask() -> object:
    previous = os.umask(0o022)
    yield None
    os.umask(previous)


def test_the_log_file_is_its_owners_only(permissive_umask: None) -> None:
    folder = logging_setup.log_dir()
    folder.chmod(0o755)  # as an older version made it
    logging_setup.log_file().touch()
    logging_setup.log_file().chmod(0o644)
    try:
        path = logging_setup.setup_logging()
        logging_setup.get_logger("app").info("started")
    finally:
        logging_setup.shutdown_logging()
    assert "started" in path.read_text(encoding="utf-8")
    assert _mode(path) == "0o600"
    assert _mode(path.parent) == "0o700"


def test_a_new_log_file_is_its_owners_only(permissive_umask: None) -> None:
    try:
        path = logging_setup.setup_logging()
    finally:
        logging_setup.shutdown_logging()
    assert _mode(path) == "0o600" and _mode(path.parent) == "0o700"


def test_the_preferences_file_is_its_owners_only(permissive_umask: None, tmp_path: Path) -> None:
    from mdt_desktop.gui.common.preferences import Pref, Preferences, preferences_path

    preferences = Preferences()
    preferences.set(Pref.LANGUAGE, "en")
    path = preferences_path()
    assert "language=en" in path.read_text(encoding="utf-8")
    assert _mode(path) == "0o600" and _mode(path.parent) == "0o700"

    path.chmod(0o644)  # as an older version left it
    path.parent.chmod(0o755)
    Preferences().set(Pref.LANGUAGE, "th")
    assert _mode(path) == "0o600" and _mode(path.parent) == "0o700"
