"""The database file, its log, its key file and its backups never show case text; secrets open it as promised."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, Time, text
from sqlalchemy.types import TypeDecorator

from mdt_desktop.storage import backups
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import Base, Setting
from tests.conftest import TEST_PASSPHRASE
from tests.storage.conftest import all_files, fingerprint


def _row_for(table, marker: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One row whose every text column holds the marker; keys and references all point at row 1."""
    row: dict[str, object] = {}
    for column in table.columns:
        # A restricted column's type wraps a text or date type (field_crypto): it takes the same sample values.
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if isinstance(kind, String | Text):
            row[column.name] = f"{marker}-{table.name}-{column.name}"
        elif isinstance(kind, Boolean):
            row[column.name] = True
        elif isinstance(kind, DateTime):
            row[column.name] = dt.datetime(2026, 11, 21, 9, 30)
        elif isinstance(kind, Date):
            row[column.name] = dt.date(2026, 11, 21)
        elif isinstance(kind, Time):
            row[column.name] = dt.time(9, 30)
        elif isinstance(kind, Integer):
            row[column.name] = 1
        else:
            raise AssertionError(f"no sample value for {table.name}.{column.name} ({kind})")
    return row


def test_no_case_text_reaches_any_file_in_the_clear(tmp_path: Path, private_user_dirs: Path) -> None:
    marker = f"ลับเฉพาะ-SECRET-{uuid.uuid4().hex}"
    db, _code = Database.create(tmp_path / "minutes.mdt", TEST_PASSPHRASE)
    with db.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            connection.execute(table.insert(), _row_for(table, marker))
    with db.read_session() as session:
        written = session.get(Setting, f"{marker}-setting-key")
        assert written is not None and written.value.startswith(marker)
    needles = [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    # The part of the marker without Thai, on its own, in case a file stores Thai in another encoding.
    needles += [marker.split("-", 1)[1].encode(e) for e in ("utf-8", "utf-16-le")]

    def assert_nothing_readable() -> list[Path]:
        files = all_files(tmp_path, private_user_dirs)
        for path in files:
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, f"case text readable in {path.name}"
        return files

    # While open, the latest commits are still in the write-ahead log.
    names = {p.name for p in assert_nothing_readable()}
    assert {"minutes.mdt", "minutes.mdt-wal", "minutes.mdt-shm", "minutes.mdt.keys"} <= names
    backup = backups.backup(db, "test")
    db.close()
    files = assert_nothing_readable()
    assert backup in files and backup.with_name(backup.name + ".keys") in files

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db.path).execute("SELECT name FROM sqlite_master").fetchall()


def test_the_backup_opens_with_the_same_passphrase_and_holds_the_data(database: Database) -> None:
    with database.session() as session:
        session.add(Setting(key="office", value="ศูนย์ปฏิบัติการอำเภอ"))
    copy = backups.backup(database, "before-migration")
    assert copy.parent == database.path.parent / "backups"
    assert "before-migration" in copy.name
    restored = Database.open_with_passphrase(copy, TEST_PASSPHRASE)
    try:
        with restored.read_session() as session:
            assert session.get(Setting, "office").value == "ศูนย์ปฏิบัติการอำเภอ"  # type: ignore[union-attr]
    finally:
        restored.close()


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(database: Database) -> None:
    first = backups.backup(database, "manual")
    second = backups.backup(database, "manual")
    assert first != second
    assert backups.list_backups(database.path) == [first, second]


def test_wrong_passphrase_changes_nothing_and_the_right_one_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    db.close()
    keys_file = path.with_name(path.name + ".keys")
    before = (fingerprint(path), fingerprint(keys_file), sorted(p.name for p in tmp_path.iterdir()))

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, "ผิด-" + TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.WRONG_SECRET
    assert path.name in caught.value.message("th") and path.name in caught.value.message("en")
    assert (fingerprint(path), fingerprint(keys_file), sorted(p.name for p in tmp_path.iterdir())) == before

    Database.open_with_passphrase(path, TEST_PASSPHRASE).close()


def test_changing_the_passphrase_rewraps_the_key_without_rewriting_the_database(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="mdt_label", value="ทีมสหวิชาชีพ"))
    db.checkpoint()
    before = fingerprint(path)
    db.change_passphrase("รหัสใหม่-ปลอดภัย-2570")
    assert fingerprint(path) == before
    db.close()

    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    assert caught.value.problem is StorageProblem.WRONG_SECRET
    reopened = Database.open_with_passphrase(path, "รหัสใหม่-ปลอดภัย-2570")
    with reopened.read_session() as session:
        assert session.get(Setting, "mdt_label").value == "ทีมสหวิชาชีพ"  # type: ignore[union-attr]
    reopened.close()


def test_recovery_code_opens_even_typed_loosely_and_a_new_one_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, code = Database.create(path, TEST_PASSPHRASE)
    db.close()
    typed = code.lower().replace("-", " ")  # copied by hand from paper
    db = Database.open_with_recovery_code(path, typed)
    new_code = db.new_recovery_code()
    db.close()

    with pytest.raises(StorageError) as caught:
        Database.open_with_recovery_code(path, code)
    assert caught.value.problem is StorageProblem.WRONG_SECRET
    Database.open_with_recovery_code(path, new_code).close()


def test_thai_passphrase_opens_whichever_way_sara_am_was_typed(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    composed = "ลำปาง-น้ำใจ-2569"  # ำ as U+0E33, as most keyboards type it
    decomposed = composed.replace("\u0e33", "\u0e4d\u0e32")  # ํ + า, as some input methods produce it
    assert composed != decomposed
    db, _code = Database.create(path, composed)
    db.close()
    reopened = Database.open_with_passphrase(path, decomposed)
    with reopened.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM setting")).scalar_one() >= 0
    reopened.close()


def test_re_keying_locks_out_the_old_passphrase_code_and_key_file_but_not_older_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "team.mdt"
    db, old_code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="mdt_label", value="ทีมสหวิชาชีพ"))
    backup = backups.backup(db, "before re-key")
    old_keys = path.with_name(path.name + ".keys").read_bytes()
    old_key = db.key
    new_code = db.rekey("รหัสใหม่-หลังคนลาออก-2570")
    assert db.key != old_key
    with db.session() as session:  # the open database goes on working under its new key
        session.add(Setting(key="after", value="ใช่"))
    db.close()

    for attempt in (
        lambda: Database.open_with_passphrase(path, TEST_PASSPHRASE),
        lambda: Database.open_with_recovery_code(path, old_code),
    ):
        with pytest.raises(StorageError) as caught:
            attempt()
        assert caught.value.problem is StorageProblem.WRONG_SECRET
    with pytest.raises(StorageError):
        Database.open_with_key(path, old_key)
    # Someone who kept a copy of the old key file and knows the old passphrase still cannot open the file.
    kept = path.with_name(path.name + ".keys").read_bytes()
    path.with_name(path.name + ".keys").write_bytes(old_keys)
    with pytest.raises(StorageError):
        Database.open_with_passphrase(path, TEST_PASSPHRASE)
    path.with_name(path.name + ".keys").write_bytes(kept)

    reopened = Database.open_with_recovery_code(path, new_code)
    with reopened.read_session() as session:
        assert session.get(Setting, "mdt_label").value == "ทีมสหวิชาชีพ"  # type: ignore[union-attr]
        assert session.get(Setting, "after").value == "ใช่"  # type: ignore[union-attr]
    reopened.close()
    Database.open_with_passphrase(path, "รหัสใหม่-หลังคนลาออก-2570").close()
    Database.open_with_passphrase(backup, TEST_PASSPHRASE).close()  # backups made before keep the old keys


def test_a_re_key_cut_short_after_the_file_changed_opens_with_the_new_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)

    class PowerCut(BaseException):
        pass

    real_replace = os.replace

    def cut_at_the_last_step(source: Path, target: Path) -> None:
        if Path(target).name.endswith(".keys"):  # the re-keyed file's new slots taking the old ones' place
            raise PowerCut
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", cut_at_the_last_step)
    with pytest.raises(PowerCut):
        db.rekey("รหัสใหม่-หลังคนลาออก-2570")
    monkeypatch.undo()
    db.engine.dispose()
    db._instance_lock.release()
    assert path.with_name(path.name + ".keys.next").exists()

    Database.open_with_passphrase(path, "รหัสใหม่-หลังคนลาออก-2570").close()
    assert not path.with_name(path.name + ".keys.next").exists()
    Database.open_with_passphrase(path, "รหัสใหม่-หลังคนลาออก-2570").close()
