"""services.backups: the office's backup settings, generations kept, the daily schedule, an audited restore and
an audited salvage whose audit log stays whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit
from mdt_desktop.services.backups import (
    DEFAULT_KEEP,
    KEEP_OUT_OF_RANGE,
    BackupSchedule,
    back_up_now,
    generations,
    load_backup_settings,
    restore,
    salvage_database,
    save_backup_settings,
    scheduled_backup,
    scheduled_backup_due,
)
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import Setting
from tests.conftest import TEST_PASSPHRASE
from tests.storage.test_backups import damaged_copy


def test_a_new_database_backs_up_daily_beside_itself_keeping_ten(database: Database) -> None:
    settings = load_backup_settings(database)
    assert settings.folder is None and settings.keep == DEFAULT_KEEP == 10
    assert settings.schedule is BackupSchedule.DAILY
    assert settings.folder_for(database.path) == database.path.parent / "backups"


def test_the_office_folder_and_generations_are_used_and_kept(database: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()  # plugged in (a folder that is not there is refused: tests/storage/test_backups.py)
    save_backup_settings(database, usb, 2, BackupSchedule.DAILY)
    made = [back_up_now(database) for _ in range(4)]
    assert all(path.parent == usb for path in made)
    assert generations(database) == made[2:]


def test_keeping_no_backups_is_refused(database: Database) -> None:
    with pytest.raises(Refusal) as refused:
        save_backup_settings(database, None, 0, BackupSchedule.DAILY)
    assert refused.value.reason == KEEP_OUT_OF_RANGE
    assert load_backup_settings(database).keep == DEFAULT_KEEP


def test_the_daily_backup_is_made_once_a_day_at_open_and_at_every_close(database: Database) -> None:
    assert scheduled_backup_due(database, at_close=False)
    first = scheduled_backup(database, at_close=False)
    assert first is not None and first.exists()
    assert scheduled_backup(database, at_close=False) is None  # already one today
    assert scheduled_backup_due(database, at_close=False, today=dt.date.today() + dt.timedelta(days=1))
    assert scheduled_backup(database, at_close=True) is not None
    save_backup_settings(database, None, 10, BackupSchedule.MANUAL)
    assert not scheduled_backup_due(database, at_close=True)


def test_a_restore_sets_the_current_file_aside_and_is_audited_in_the_restored_file(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="note-1", value="in the backup"))
    made = back_up_now(db)
    with db.session() as session:
        session.add(Setting(key="note-2", value="typed after the backup"))
    db.close()

    aside = restore(made, path, TEST_PASSPHRASE, "cli:secretary")

    assert aside.exists() and aside.name.startswith("team.before-restore-")
    restored = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with restored.read_session() as session:
        notes = set(session.scalars(select(Setting.key).where(Setting.key.like("note-%"))))
    [entry] = [e for e in audit.list_entries(restored) if e.event == "restore"]
    chain = audit.verify_chain(restored)
    restored.close()
    assert notes == {"note-1"}
    assert entry.actor == "cli:secretary" and made.name in entry.detail and aside.name in entry.detail
    assert chain.intact


def test_a_restore_with_the_wrong_passphrase_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    made = back_up_now(db)
    db.close()
    before = path.read_bytes()
    with pytest.raises(StorageError) as refused:
        restore(made, path, "not the passphrase", "cli:secretary")
    assert refused.value.problem is StorageProblem.WRONG_SECRET
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "before-restore" in p.name] == []


def test_a_salvage_keeps_the_audit_log_whole_and_records_itself(tmp_path: Path) -> None:
    original, damaged, _key = damaged_copy(tmp_path, notes=300)
    db = Database.open_with_passphrase(original, TEST_PASSPHRASE)
    entries_before = len(audit.list_entries(db))
    db.close()

    report = salvage_database(damaged, tmp_path / "new.mdt", TEST_PASSPHRASE, "cli:secretary")

    assert report.damaged_tables == ["setting"]
    salvaged = Database.open_with_passphrase(tmp_path / "new.mdt", TEST_PASSPHRASE)
    entries = audit.list_entries(salvaged)
    chain = audit.verify_chain(salvaged)
    salvaged.close()
    assert chain.intact
    assert entries_before == 3 and len(entries) == entries_before + 1
    assert entries[-1].event == "salvage" and "setting" in entries[-1].detail
