"""Backups: encrypted copies of an open database, with their key file, in a ``backups`` folder beside it.

A copy is made page by page with SQLite's online backup API between two connections keyed with the same key, so
the pages are encrypted again on the way into the copy and no plaintext ever reaches the disk. The copy is taken
through the connection, so it includes what is still in the write-ahead log, and it is opened and checked before
it is reported as made. Its key-slot file is a copy of the database's: the same passphrase and recovery code open it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage import owner_only
from mdt_desktop.storage.errors import StorageError, StorageProblem, classify
from mdt_desktop.storage.keys import KeySlots

if TYPE_CHECKING:
    from mdt_desktop.storage.database import Database

log = get_logger("storage")

BACKUP_FOLDER = "backups"
_PAGES_PER_STEP = 256  # lets a writer on another connection in between steps of a large copy


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def _slug(reason: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", reason).strip("-").lower()
    return cleaned or "backup"


def _target_path(database_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backup_folder(database_path)
    # Microseconds keep two backups of one second apart and the names in the order they were made.
    stem = f"{database_path.stem}-{now:%Y%m%d-%H%M%S-%f}-{_slug(reason)}"
    suffix = database_path.suffix or ".mdt"
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists() or KeySlots.path_for(candidate).exists():
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def backup(database: Database, reason: str) -> Path:
    """Copy the open database into ``backups/`` beside it; returns the copy's path once it is known to open."""
    from mdt_desktop.storage.database import connect_raw  # database imports migrations, which imports us

    target = _target_path(database.path, reason, dt.datetime.now())
    try:
        owner_only.make_folder(target.parent)
        owner_only.create_empty_file(target)
        # Folding the log into the main file first leaves the original complete on its own; the copy reads
        # through a connection and sees every commit either way.
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
        database.slots.save(target)
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
    for leftover in (target, KeySlots.path_for(target), Path(f"{target}-wal"), Path(f"{target}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def list_backups(database_path: Path) -> list[Path]:
    """Backups of this database, oldest first (the timestamp in the name sorts by time)."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    suffix = database_path.suffix or ".mdt"
    return sorted(p for p in folder.glob(f"{database_path.stem}-*{suffix}") if p.is_file())
