"""Backups: encrypted copies of an open database with its key file, kept in a folder the office chooses (by default
``backups`` beside the database), a set number of generations at most; and putting one back in place.

A copy is made page by page with SQLite's online backup API between two connections keyed with the same key, so
the pages are encrypted again on the way into the copy and no plaintext ever reaches the disk. The copy is taken
through the connection, so it includes what is still in the write-ahead log, and it is opened and checked before
it is reported as made. Its key-slot file and the spare recovery slot (``.recovery``) are copies of the database's:
the same passphrase and recovery code open it.

A restore never overwrites: the current database, its key file and its write-ahead log are renamed aside to
``<name>.before-restore-<time><suffix>`` (still a database that opens) before the backup is copied in its place.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage import owner_only
from mdt_desktop.storage.errors import StorageError, StorageProblem, classify
from mdt_desktop.storage.instance_lock import InstanceLock
from mdt_desktop.storage.keys import KeySlots

if TYPE_CHECKING:
    from mdt_desktop.storage.database import Database

log = get_logger("storage")

BACKUP_FOLDER = "backups"
_PAGES_PER_STEP = 256  # lets a writer on another connection in between steps of a large copy


def key_files(database_path: Path) -> tuple[Path, Path]:
    """The files beside a database that hold its wrapped key: the key slots and the spare recovery slot."""
    return KeySlots.path_for(database_path), KeySlots.recovery_path_for(database_path)


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def _slug(reason: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", reason).strip("-").lower()
    return cleaned or "backup"


def _target_path(database_path: Path, folder: Path, reason: str, now: dt.datetime) -> Path:
    # Microseconds keep two backups of one second apart and the names in the order they were made.
    stem = f"{database_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{_slug(reason)}"
    suffix = database_path.suffix or ".mdt"
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists() or KeySlots.path_for(candidate).exists():
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def backup(database: Database, reason: str, folder: Path | None = None) -> Path:
    """Copy the open database into ``folder`` (``backups/`` beside it by default); returns the copy's path once
    it is known to open."""
    from mdt_desktop.storage.database import connect_raw  # database imports migrations, which imports us

    folder = backup_folder(database.path) if folder is None else folder
    target = _target_path(database.path, folder, reason, dt.datetime.now())
    try:
        owner_only.make_folder(target.parent)
        owner_only.create_empty_file(target)
        # Folding the log into the main file first leaves the original complete on its own; the copy reads
        # through a connection and sees every commit either way.
        if not database.read_only:
            with contextlib.suppress(Exception):
                database.checkpoint()
        source_record = database.engine.raw_connection()
        try:
            destination = connect_raw(target, database.key)
            try:
                source: Any = source_record.driver_connection
                source.backup(destination, pages=_PAGES_PER_STEP)
            finally:
                destination.close()
        finally:
            source_record.close()
        slots = copy.copy(
            database.slots
        )  # saving records the target's salt in the slots: not the open file's
        slots.save(target)
        slots.save_recovery_copy(target)
        _verify(target, database.key)
    except Exception as error:
        _remove(target)
        problem = classify(error, target)
        if problem is None:
            raise
        raise problem from error
    log.info("backup made (%s)", _slug(reason))
    return target


def _verify(path: Path, key: bytes) -> None:
    from mdt_desktop.storage.database import connect_raw

    connection = connect_raw(path, key)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise StorageError(StorageProblem.CORRUPT, path)
    finally:
        connection.close()


def _remove(target: Path) -> None:
    for leftover in (target, *key_files(target), Path(f"{target}-wal"), Path(f"{target}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def list_backups(database_path: Path, folder: Path | None = None) -> list[Path]:
    """Backups of this database in ``folder`` (``backups/`` beside it by default), oldest first (the timestamp in
    the name sorts by time)."""
    folder = backup_folder(database_path) if folder is None else folder
    if not folder.is_dir():
        return []
    suffix = database_path.suffix or ".mdt"
    stamped = re.compile(rf"{re.escape(database_path.stem)}-\d{{8}}-\d{{6}}-\d{{6}}-.+{re.escape(suffix)}")
    return sorted(p for p in folder.iterdir() if stamped.fullmatch(p.name) and p.is_file())


def prune(database_path: Path, keep: int, folder: Path | None = None) -> list[Path]:
    """Remove the oldest backups beyond the newest ``keep``; returns the removed copies' paths."""
    made = list_backups(database_path, folder)
    removed = made[: max(len(made) - max(keep, 1), 0)]
    for old in removed:
        _remove(old)
    if removed:
        log.info("removed %d old backup(s)", len(removed))
    return removed


def put_back(backup_copy: Path, database_path: Path, now: dt.datetime) -> Path:
    """Put ``backup_copy`` and its key files in place of the closed database at ``database_path``; returns where the
    current files were set aside. Held under the database's lock, so a copy of the program that has it open
    refuses this at once and nothing is moved."""
    aside = database_path.with_name(
        f"{database_path.stem}.before-restore-{now:%Y%m%d-%H%M%S}{database_path.suffix or '.mdt'}"
    )
    with InstanceLock.held(database_path):
        try:
            owner_only.make_folder(database_path.parent)
            if database_path.exists():
                if aside.exists() or KeySlots.path_for(aside).exists():
                    raise StorageError(StorageProblem.ALREADY_EXISTS, aside)
                for current, moved in _companions(database_path, aside):
                    if current.exists():
                        os.replace(current, moved)
            pairs = [
                (backup_copy, database_path),
                *zip(key_files(backup_copy), key_files(database_path), strict=True),
            ]
            for source, target in pairs:
                if not source.exists():  # a backup made before the spare recovery slot existed
                    continue
                partial = target.with_name(f"{target.name}.restoring")
                owner_only.create_empty_file(partial)
                shutil.copyfile(source, partial)
                with open(partial, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(partial, target)
        except OSError as error:
            raise classify(error, database_path) or error from error
    log.info("backup put back in place; the previous file was set aside")
    return aside


def _companions(database_path: Path, aside: Path) -> list[tuple[Path, Path]]:
    """The files that make up a database (the key file, the write-ahead log and its index) and their aside names."""
    return [
        (database_path, aside),
        *zip(key_files(database_path), key_files(aside), strict=True),
        (Path(f"{database_path}-wal"), Path(f"{aside}-wal")),
        (Path(f"{database_path}-shm"), Path(f"{aside}-shm")),
    ]
