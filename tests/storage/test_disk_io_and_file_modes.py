"""A failing drive is told as such, and every file the program writes is readable by its owner only (the modes
are those of Linux and macOS, where the suite runs)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from mdt_desktop.services import meetings
from mdt_desktop.services.exports.annex import export_annex
from mdt_desktop.services.exports.minutes import export_minutes
from mdt_desktop.storage.backups import backup, backup_folder
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageProblem, classify
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import Body
from tests.conftest import TEST_PASSPHRASE


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("COMMIT", {}, sqlite3.OperationalError("disk I/O error")),
        OSError(errno.EIO, "Input/output error"),
    ],
    ids=["sqlite", "os"],
)
def test_a_disk_io_error_is_a_failing_drive_not_a_full_disk(error: BaseException, tmp_path: Path) -> None:
    problem = classify(error, tmp_path / "meetings.mdt")
    assert problem is not None and problem.problem is StorageProblem.DISK_IO
    thai, english = problem.message("th"), problem.message("en")
    assert "USB" in thai and "meetings.mdt" in thai and "เต็ม" not in thai
    assert "drive" in english and "Copy the data to safety" in english and "full" not in english


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The common default, under which a file created without a mode is readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_the_program_writes_is_readable_by_its_owner_only(
    tmp_path: Path, permissive_umask: None
) -> None:
    folder = tmp_path / "new" / "mdt"
    database, _code = Database.create(folder / "meetings.mdt", TEST_PASSPHRASE)
    try:
        with database.session() as session:
            team = Body(kind="mdt", name_th="ทีมสหวิชาชีพ", level="district")
            session.add(team)
            session.flush()
            team_id = team.id
        meeting = meetings.create_meeting(database, team_id, dt.date(2026, 3, 1))
        meetings.update_item_text(
            database, meetings.load_meeting(database, meeting).items[0].id, "discussion", "ก"
        )
        copy = backup(database, "test")
        exports = tmp_path / "exports"
        exports.mkdir()
        minutes = export_minutes(database, meeting, "docx", exports / "minutes.docx", actor="เลขานุการ")
        annex = export_annex(database, meeting, "pdf", exports / "annex.pdf", actor="เลขานุการ")
        files = [
            database.path,
            Path(f"{database.path}-wal"),
            Path(f"{database.path}-shm"),
            KeySlots.path_for(database.path),
            copy,
            KeySlots.path_for(copy),
            minutes,
            annex,
        ]
        assert {path.name: oct(_mode(path)) for path in files} == {path.name: "0o600" for path in files}
        folders = [folder, backup_folder(database.path)]
        assert {path.name: oct(_mode(path)) for path in folders} == {path.name: "0o700" for path in folders}
    finally:
        database.close()
