"""A database that cannot be written, opened read-only in this process, for the tests of what reading and
exporting from it do (the GUI's pages, the export services).

Its files are made 0400 in a 0500 folder. Permission bits do not stop root, and the suite runs as root in CI:
there the probe that finds a read-only file at opening (``Database._check_writable``) is told what SQLite tells
any other account, and the file is then opened with SQLite's read-only mode, as it would be for them. The
command-line tests run the real thing in a process without root's capabilities (tests/e2e).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from tests.conftest import TEST_PASSPHRASE
from tests.gui.meeting_fixtures import make_team


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def team_with_a_meeting(path: Path) -> int:
    """A new database at ``path`` with a team and one meeting whose first item has minutes; its meeting id."""
    database, _code = Database.create(path, TEST_PASSPHRASE)
    try:
        team = make_team(database)
        meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 3, 5))
        first = meetings.load_meeting(database, meeting_id).items[0].id
        meetings.update_item_text(database, first, "discussion", "ที่ประชุมรับทราบ")
    finally:
        database.close()
    return meeting_id


def lock_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file in ``folder`` 0400 and the folder 0500; as root, the opening also meets a read-only file."""
    for item in folder.iterdir():
        item.chmod(0o400)
    folder.chmod(0o500)
    if os.geteuid() == 0:

        def refused(database: Database) -> None:
            raise StorageError(StorageProblem.READ_ONLY, database.path)

        monkeypatch.setattr(Database, "_check_writable", refused)


def folder_given_back(tmp_path: Path) -> Iterator[Path]:
    """For a fixture: a folder for a database that a test makes read-only, given back its permissions before
    pytest removes it."""
    folder = tmp_path / "cd"
    folder.mkdir()
    yield folder
    folder.chmod(0o700)
    for item in folder.iterdir():
        item.chmod(0o600)


def open_read_only(path: Path) -> Database:
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE, allow_read_only=True)
    assert database.read_only
    return database
