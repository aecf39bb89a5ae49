"""Errors of the environment: each becomes a StorageError naming the file, and nothing already saved is lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text

from mdt_desktop.storage import integrity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import AgendaItem, Setting
from tests.conftest import TEST_PASSPHRASE
from tests.storage.conftest import fingerprint, open_and_write_unprivileged, problem_of


def _open_fails(path: Path, problem: StorageProblem, passphrase: str = TEST_PASSPHRASE) -> StorageError:
    with pytest.raises(StorageError) as caught:
        Database.open_with_passphrase(path, passphrase)
    error = caught.value
    assert error.problem is problem
    assert error.path.name.startswith(path.name)
    assert path.name in error.message("th") and path.name in error.message("en")
    return error


def _new_database(path: Path, rows: int = 0) -> None:
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        for i in range(rows):
            session.add(Setting(key=f"note-{i}", value="บันทึกการประชุม " * 40))
    db.close()


def test_a_plain_sqlite_file_is_not_ours_even_with_a_key_file_beside_it(tmp_path: Path) -> None:
    ours = tmp_path / "ours.mdt"
    _new_database(ours)
    plain = tmp_path / "plain.mdt"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = fingerprint(plain)
    _open_fails(plain, StorageProblem.NOT_OURS)
    shutil.copy(ours.with_name("ours.mdt.keys"), tmp_path / "plain.mdt.keys")
    _open_fails(plain, StorageProblem.NOT_OURS)
    assert fingerprint(plain) == before


def test_random_bytes_with_another_databases_key_file_name_the_key_file_as_foreign(tmp_path: Path) -> None:
    ours = tmp_path / "ours.mdt"
    _new_database(ours)
    stranger = tmp_path / "stranger.mdt"
    stranger.write_bytes(os.urandom(8 * 4096))
    shutil.copy(ours.with_name("ours.mdt.keys"), tmp_path / "stranger.mdt.keys")
    before = fingerprint(stranger)
    _open_fails(stranger, StorageProblem.KEY_FILE_FOREIGN)
    assert fingerprint(stranger) == before


def test_a_text_file_is_not_ours(tmp_path: Path) -> None:
    notes = tmp_path / "notes.mdt"
    notes.write_text("รายงานการประชุม ครั้งที่ 1/2569\n", encoding="utf-8")
    before = fingerprint(notes)
    _open_fails(notes, StorageProblem.NOT_OURS)
    assert fingerprint(notes) == before


def test_a_key_file_that_is_not_ours_is_named(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _new_database(path)
    path.with_name("team.mdt.keys").write_text("{not json", encoding="utf-8")
    error = _open_fails(path, StorageProblem.KEY_FILE_DAMAGED)
    assert error.path.name == "team.mdt.keys"


def test_a_missing_key_file_is_told_and_the_database_kept(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _new_database(path, rows=3)
    keys = path.with_name("team.mdt.keys")
    saved = tmp_path / "saved.keys"
    keys.rename(saved)
    before = fingerprint(path)
    error = _open_fails(path, StorageProblem.MISSING_KEY_SLOTS)
    assert "team.mdt.keys" in error.message("en")
    assert fingerprint(path) == before
    saved.rename(keys)  # the user copies it back: everything is there
    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with db.read_session() as session:
        assert len(session.scalars(select(Setting).where(Setting.key.like("note-%"))).all()) == 3
    db.close()


def test_a_missing_database_file_is_not_found(tmp_path: Path) -> None:
    _open_fails(tmp_path / "nowhere.mdt", StorageProblem.NOT_FOUND)


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _new_database(path, rows=1)
    before = fingerprint(path)
    with pytest.raises(StorageError) as caught:
        Database.create(path, "อื่น")
    assert caught.value.problem is StorageProblem.ALREADY_EXISTS
    assert fingerprint(path) == before


def test_damaged_pages_are_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _new_database(path, rows=200)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))

    # Depending on which page was hit the damage shows at opening or at the first read of that page; either
    # way the user is told the file is damaged.
    with pytest.raises(StorageError) as caught:
        db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
        try:
            with db.read_session() as session:
                session.scalars(select(Setting)).all()
        finally:
            db.close()
    assert caught.value.problem is StorageProblem.CORRUPT
    assert "team.mdt" in caught.value.message("th")


def test_the_integrity_check_finds_a_damaged_page_that_opening_does_not_read(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _new_database(path, rows=200)
    data = bytearray(path.read_bytes())
    last_page = len(data) - 4096  # holds the newest notes, not the schema that opening reads
    data[last_page + 2000 : last_page + 2016] = bytes(16)
    path.write_bytes(bytes(data))

    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        report = integrity.check(db)
    finally:
        db.close()
    assert not report.ok
    pages = len(data) // 4096
    assert f"  HMAC verification failed for page {pages}" in report.lines
    assert any(line.startswith("integrity_check: ") and "ok" not in line for line in report.lines)
    assert len(report.lines) < 40  # a summary a person can read, not thousands of lines


def test_the_integrity_check_passes_a_healthy_database(database: Database) -> None:
    report = integrity.check(database)
    assert report.ok, report.lines
    assert any(line.startswith("cipher_integrity_check: ok") for line in report.lines)
    assert report.revision == report.head


def test_the_integrity_check_finds_rows_pointing_nowhere(database: Database) -> None:
    raw = database.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.execute(
            "INSERT INTO agenda_item (meeting_id, number, title, kind, sort_order, discussion, resolution) "
            "VALUES (4242, '1', 'x', 'chair_informs', 0, '', '')"
        )
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        raw.close()
    with database.read_session() as session:
        assert session.scalar(select(AgendaItem.meeting_id)) == 4242
    report = integrity.check(database)
    assert not report.ok
    assert any("foreign_key_check" in line and "agenda_item" in line for line in report.lines)


def test_a_read_only_folder_is_refused_at_opening(shared_folder: Path) -> None:
    path = shared_folder / "team.mdt"
    _new_database(path, rows=1)
    before = fingerprint(path)
    shared_folder.chmod(0o555)  # the database's log needs to be created beside it
    result = open_and_write_unprivileged(path)
    assert problem_of(result) is StorageProblem.READ_ONLY
    assert "team.mdt" in str(result["th"]) and "team.mdt" in str(result["en"])
    assert fingerprint(path) == before


def test_a_read_only_file_is_refused_at_opening_not_at_the_first_edit(shared_folder: Path) -> None:
    path = shared_folder / "team.mdt"
    _new_database(path, rows=1)
    shared_folder.chmod(0o777)
    path.chmod(0o444)
    before = fingerprint(path)
    result = open_and_write_unprivileged(path)
    assert problem_of(result) is StorageProblem.READ_ONLY
    assert fingerprint(path) == before


def test_the_unprivileged_opener_can_write_where_it_is_allowed(shared_folder: Path) -> None:
    """The two tests above would pass for the wrong reason if the opener could never write."""
    path = shared_folder / "team.mdt"
    _new_database(path, rows=1)
    shared_folder.chmod(0o777)
    for file in shared_folder.iterdir():
        file.chmod(0o666)
    assert problem_of(open_and_write_unprivileged(path)) is None


def test_a_full_disk_keeps_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="saved", value="มติที่ประชุมที่บันทึกแล้ว"))
    with db.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
    db.engine.dispose()

    # The disk "fills up": no connection may grow the file beyond a couple more pages.
    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(StorageError) as caught, db.session() as session:
        session.add(Setting(key="too-big", value="ข้อความยาว " * 20_000))
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert "team.mdt" in caught.value.message("th") and "team.mdt" in caught.value.message("en")
    db.close()

    reopened = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with reopened.read_session() as session:
        assert session.get(Setting, "saved").value == "มติที่ประชุมที่บันทึกแล้ว"  # type: ignore[union-attr]
        assert session.get(Setting, "too-big") is None
    assert integrity.check(reopened).ok
    reopened.close()


def test_a_full_disk_while_changing_the_passphrase_keeps_the_old_one(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StorageError) as caught:
        database.change_passphrase("รหัสใหม่")
    assert caught.value.problem is StorageProblem.DISK_FULL
    monkeypatch.undo()
    database.close()
    assert [p.name for p in database.path.parent.iterdir() if p.name.endswith(".tmp")] == []
    Database.open_with_passphrase(database.path, TEST_PASSPHRASE).close()


def test_a_second_writer_waits_for_the_first_instead_of_being_refused(tmp_path: Path) -> None:
    """Two writers at once (two connections of the program, as the worker and a backup): the second waits for
    the first to commit and then writes on top of it, instead of failing at once with "database is locked"."""
    import threading
    import time

    from sqlalchemy import func

    path = tmp_path / "two-writers.mdt"
    _new_database(path)
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    first_writing, first_may_commit, second_started = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        with database.session() as session:
            session.add(Setting(key="first", value="บันทึกแรก"))
            session.flush()
            first_writing.set()
            first_may_commit.wait()

    def second() -> None:
        second_started.set()
        try:
            with database.session() as session:
                seen = session.scalar(select(func.count()).select_from(Setting).where(Setting.key == "first"))
                session.add(Setting(key="second", value=f"saw the first: {seen}"))
        except BaseException as error:
            errors.append(error)

    writer_one = threading.Thread(target=first)
    writer_one.start()
    first_writing.wait()
    writer_two = threading.Thread(target=second)
    writer_two.start()
    second_started.wait()
    time.sleep(0.3)  # let the second writer reach the lock while the first still holds it
    first_may_commit.set()
    writer_one.join()
    writer_two.join()
    assert errors == []
    with database.read_session() as session:
        stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    database.close()
    assert stored["first"] == "บันทึกแรก"
    assert stored["second"] == "saw the first: 1"
