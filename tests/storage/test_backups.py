"""Backups that hold the last committed edit, generations pruned, a backup put back in place, and a damaged file
salvaged row by row without being written."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit
from mdt_desktop.services import backups as backup_service
from mdt_desktop.storage import backups, salvage
from mdt_desktop.storage.database import Database, connect_raw
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import Setting
from tests.conftest import TEST_PASSPHRASE
from tests.storage.conftest import fingerprint

PAGE = 4096


def _notes(db: Database) -> dict[str, str]:
    with db.read_session() as session:
        rows = session.scalars(select(Setting).where(Setting.key.like("note-%"))).all()
        return {row.key: row.value for row in rows}


def test_a_backup_taken_while_the_program_is_open_holds_every_committed_edit(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    for number in range(30):  # the edits stay in the write-ahead log: nothing folds them into the file
        with db.session() as session:
            session.add(Setting(key=f"note-{number:02d}", value=f"edit {number}"))
    assert Path(f"{path}-wal").stat().st_size > 0

    made = backups.backup(db, "manual", tmp_path / "usb")
    db.close()

    assert made.parent == tmp_path / "usb"
    copy = Database.open_with_passphrase(made, TEST_PASSPHRASE)
    assert _notes(copy) == {f"note-{n:02d}": f"edit {n}" for n in range(30)}
    copy.close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    for key_file in (KeySlots.path_for(made), KeySlots.recovery_path_for(made)):
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700


def test_pruning_keeps_the_newest_generations_with_their_key_files(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    made = [backups.backup(db, f"round {n}") for n in range(5)]
    removed = backups.prune(path, 3)
    db.close()

    assert removed == made[:2]
    assert backups.list_backups(path) == made[2:]
    for old in made[:2]:
        assert not old.exists() and not KeySlots.path_for(old).exists()
        assert not KeySlots.recovery_path_for(old).exists()
    for kept in made[2:]:
        assert KeySlots.path_for(kept).exists() and KeySlots.recovery_path_for(kept).exists()


def test_putting_a_backup_back_sets_the_current_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="note-backed-up", value="before"))
    made = backups.backup(db, "manual")
    with db.session() as session:
        session.add(Setting(key="note-after", value="after"))
    db.close()
    current = fingerprint(path)

    aside = backups.put_back(made, path, dt.datetime(2026, 11, 30, 9, 15))

    assert aside.name == "team.before-restore-20261130-091500.mdt"
    assert fingerprint(aside)[0] == current[0]
    assert KeySlots.path_for(aside).exists() and KeySlots.recovery_path_for(aside).exists()
    restored = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert _notes(restored) == {"note-backed-up": "before"}
    restored.close()
    kept = Database.open_with_passphrase(aside, TEST_PASSPHRASE)  # the set-aside file still opens as it was
    assert _notes(kept) == {"note-backed-up": "before", "note-after": "after"}
    kept.close()


def _tables_failing(path: Path, key: bytes, tables: list[str]) -> list[str]:
    failing = []
    for table in tables:
        connection = connect_raw(path, key, read_only=True)
        try:
            connection.execute(f'SELECT * FROM "{table}"').fetchall()
        except sqlcipher3.dbapi2.DatabaseError:
            failing.append(table)
        finally:
            connection.close()
    return failing


def damaged_copy(tmp_path: Path, notes: int = 400) -> tuple[Path, Path, bytes]:
    """A database with ``notes`` long settings rows, and a copy with one flipped byte in one page of the setting
    table (found by reading every table of each candidate with plain SQL); returns (original, damaged, key)."""
    original = tmp_path / "team.mdt"
    db, _code = Database.create(original, TEST_PASSPHRASE)
    for case_id in (1, 2, 3):  # an audit log, whose head is a settings row the salvage must carry over
        audit.log(db, "ประธาน", "view_restricted", "case_identity", case_id)
    with db.session() as session:
        for number in range(notes):
            session.add(Setting(key=f"note-{number:04d}", value=f"{number} " * 60))
    key = db.key
    db.close()
    connection = connect_raw(original, key, read_only=True)
    tables = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'"
        )
    ]
    connection.close()
    data = original.read_bytes()
    damaged = tmp_path / "damaged.mdt"
    shutil.copyfile(KeySlots.path_for(original), KeySlots.path_for(damaged))
    for page in range(len(data) // PAGE - 1, 0, -1):
        flipped = bytearray(data)
        flipped[page * PAGE + 2000] ^= 0x01
        damaged.write_bytes(bytes(flipped))
        if _tables_failing(damaged, key, tables) == ["setting"]:
            return original, damaged, key
    raise AssertionError("no page of the setting table alone was found")


def test_a_damaged_file_is_reported_table_by_table_and_salvaged_without_being_written(tmp_path: Path) -> None:
    original, damaged, key = damaged_copy(tmp_path)
    with pytest.raises(StorageError) as refused:
        db = Database.open_with_passphrase(damaged, TEST_PASSPHRASE)
        try:
            _notes(db)
        finally:
            db.close()
    assert refused.value.problem is StorageProblem.CORRUPT
    before = fingerprint(damaged)

    report = salvage.damage_report(damaged, key)
    assert report.damaged_tables == ["setting"]
    assert any(line.startswith("cipher_integrity_check: 1 problem") for line in report.lines())

    new = tmp_path / "salvaged.mdt"
    found = salvage.salvage(damaged, key, KeySlots.load(damaged), new)

    assert fingerprint(damaged) == before
    assert found.damaged_tables == ["setting"]
    recovered = Database.open_with_passphrase(new, TEST_PASSPHRASE)  # the same passphrase opens it
    notes = _notes(recovered)
    with recovered.read_session() as session:
        settings = {row.key for row in session.scalars(select(Setting))}
    recovered.close()
    whole = Database.open_with_passphrase(original, TEST_PASSPHRASE)
    with whole.read_session() as session:
        every_setting = {row.key for row in session.scalars(select(Setting))}
    expected = _notes(whole)
    whole.close()
    # One page holds a few dozen of the 400 notes: most are back, every one as it was, and nothing else is lost.
    assert len(notes) >= 400 - 40
    assert all(expected[key_] == value for key_, value in notes.items())
    assert every_setting - settings == set(expected) - set(notes)


def test_a_salvage_never_replaces_an_existing_file(tmp_path: Path) -> None:
    _original, damaged, key = damaged_copy(tmp_path, notes=200)
    taken = tmp_path / "taken.mdt"
    taken.write_bytes(b"someone's file")
    with pytest.raises(StorageError) as refused:
        salvage.salvage(damaged, key, KeySlots.load(damaged), taken)
    assert refused.value.problem is StorageProblem.ALREADY_EXISTS
    assert taken.read_bytes() == b"someone's file"


def test_an_unplugged_backup_drive_is_a_message_and_never_made_again_on_the_laptop(
    database: Database, tmp_path
):
    """The office's folder is a USB drive that is not plugged in: the scheduled backup (at close) and
    back up now are refused with the folder named, and no folder of that name appears on the laptop's disk."""
    usb = tmp_path / "media" / "USB-สำรอง"
    usb.mkdir(parents=True)
    backup_service.save_backup_settings(database, usb, 5, backup_service.BackupSchedule.DAILY)
    usb.rmdir()  # unplugged

    for attempt in (
        lambda: backup_service.scheduled_backup(database, at_close=True),
        lambda: backup_service.back_up_now(database),
    ):
        with pytest.raises(Refusal) as refused:
            attempt()
        assert refused.value.reason is backup_service.FOLDER_MISSING
        assert str(usb) in refused.value.message("th")
        assert not usb.exists()

    usb.mkdir()  # plugged in again
    made = backup_service.back_up_now(database)
    assert made.parent == usb
