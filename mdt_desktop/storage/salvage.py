"""A damaged database: what is damaged, and every row that can still be read copied into a new database.

One damaged page makes SQLCipher refuse every statement that reads it; the rest of the file is still good. The
damaged file is only ever opened read-only (``mode=ro``), so nothing here can make it worse. Rows are read table
by table in rowid order; where a read fails the reader skips ahead to the first rowid it can read again (a
binary search over the skipped range), so only the rows of the damaged pages are lost. The new database is made
with the same key and key slots (the same passphrase and recovery code open it) and the current schema, and its
search index is rebuilt from the recovered rows. Reports name tables and counts, never row contents.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage import migrations, owner_only, search_index
from mdt_desktop.storage.errors import StorageError, StorageProblem, classify
from mdt_desktop.storage.keys import KeySlots

log = get_logger("storage")

_SKIP_TABLES = frozenset({migrations.VERSION_TABLE})
_LARGEST_STEP = 1 << 62  # past any rowid: a skip that reaches it means no readable row is left


@dataclass
class TableSalvage:
    """One table: rows read, and the rowid ranges that could not be read (their rows are lost)."""

    name: str
    recovered: int = 0
    unreadable: list[tuple[int, int | None]] = field(default_factory=list)  # None: to the end of the table
    whole_table_failed: bool = False

    @property
    def damaged(self) -> bool:
        return bool(self.unreadable) or self.whole_table_failed

    def line(self) -> str:
        if not self.damaged:
            return f"{self.name}: {self.recovered} row(s), readable"
        if self.whole_table_failed:
            return f"{self.name}: DAMAGED, could not be read at all"
        ranges = ", ".join(
            f"{low} and after" if high is None else f"{low}-{high}" for low, high in self.unreadable[:10]
        )
        return f"{self.name}: DAMAGED, {self.recovered} row(s) readable, unreadable row ids {ranges}"


@dataclass
class SalvageReport:
    tables: list[TableSalvage] = field(default_factory=list)
    structure: list[str] = field(default_factory=list)

    @property
    def damaged_tables(self) -> list[str]:
        return [table.name for table in self.tables if table.damaged]

    def lines(self) -> list[str]:
        return [*self.structure, *(table.line() for table in self.tables)]


class _DamagedFile:
    """A read-only connection to the damaged file. After a page fails its check the connection keeps failing
    (SQLite's pager stays in its error state), so every failed read is followed by a fresh connection."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self.key = key
        self.connection = self._connect()

    def _connect(self) -> Any:
        from mdt_desktop.storage.database import connect_raw

        try:
            return connect_raw(self.path, self.key, read_only=True)
        except Exception as error:
            raise classify(error, self.path) or error from error

    def failed(self, error: BaseException) -> bool:
        """After a read error of the file (not a bug, which must not be swallowed), start a fresh connection."""
        if classify(error, self.path) is None:
            return False
        self.connection.close()
        self.connection = self._connect()
        return True

    def close(self) -> None:
        self.connection.close()


def _first_row(source: _DamagedFile, table: str, start: int) -> None:
    source.connection.execute(
        f'SELECT rowid, * FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1', (start,)
    ).fetchone()


def _readable_from(source: _DamagedFile, table: str, start: int) -> int | None:
    """The smallest start after ``start`` from which reading works again, or None if none does."""
    step = 1
    while True:
        probe = start + step
        try:
            _first_row(source, table, probe)
            break
        except Exception as error:
            if not source.failed(error):
                raise
        if step >= _LARGEST_STEP:
            return None
        step *= 2
    low, high = start, probe  # reading from high works, from low it did not
    while high - low > 1:
        middle = (low + high) // 2
        try:
            _first_row(source, table, middle)
            high = middle
        except Exception as error:
            if not source.failed(error):
                raise
            low = middle
    return high


def _readable_rows(source: _DamagedFile, table: str, found: TableSalvage) -> Iterator[tuple[Any, ...]]:
    """Every readable row of ``table`` as (rowid, columns...), in rowid order; records what could not be read."""
    start = -(1 << 63)
    while True:
        last: int | None = None
        try:
            cursor = source.connection.execute(
                f'SELECT rowid, * FROM "{table}" WHERE rowid >= ? ORDER BY rowid', (start,)
            )
            for row in cursor:
                last = int(row[0])
                found.recovered += 1
                yield tuple(row)
            return
        except Exception as error:
            if not source.failed(error):
                raise
        failed_at = start if last is None else last + 1
        resume = _readable_from(source, table, failed_at)
        if resume is None:
            found.unreadable.append((failed_at, None))
            if last is None and start == -(1 << 63):
                found.whole_table_failed = True
            return
        found.unreadable.append((failed_at, resume - 1))
        start = resume


def _tables(connection: Any) -> list[str]:
    """The program's ordinary tables, in the schema's order; the search index is rebuilt, never copied."""
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = [str(name) for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        str(name)
        for name, _sql in rows
        if str(name) not in virtual
        and str(name) not in _SKIP_TABLES
        and not any(str(name).startswith(f"{table}_") for table in virtual)  # the index's own storage
    ]


def _structure_lines(source: _DamagedFile) -> list[str]:
    lines = []
    for pragma in ("cipher_integrity_check", "integrity_check"):
        try:
            rows = [
                str(line)
                for row in source.connection.execute(f"PRAGMA {pragma}")
                for line in str(row[0]).splitlines()
            ]
        except Exception as error:
            if not source.failed(error):
                raise
            lines.append(f"{pragma}: could not run (damaged)")
            continue
        if rows in ([], ["ok"]):
            lines.append(f"{pragma}: ok")
        else:
            lines.append(f"{pragma}: {len(rows)} problem(s)")
            lines.extend(f"  {line}" for line in rows[:10])
    return lines


def damage_report(path: Path, key: bytes) -> SalvageReport:
    """What is damaged in the file at ``path``: the page and structure checks, and every table read row by row."""
    source = _DamagedFile(path, key)
    try:
        report = SalvageReport(structure=_structure_lines(source))
        try:
            tables = _tables(source.connection)
        except Exception as error:
            raise classify(error, path) or error from error
        for table in tables:
            found = TableSalvage(table)
            for _row in _readable_rows(source, table, found):
                pass
            report.tables.append(found)
    finally:
        source.close()
    return report


def salvage(damaged: Path, key: bytes, slots: KeySlots, new: Path) -> SalvageReport:
    """Copy every readable row of ``damaged`` into a new database at ``new`` (refused if it exists)."""
    from mdt_desktop.storage.database import Database, connect_raw

    if new.exists() or KeySlots.path_for(new).exists():
        raise StorageError(StorageProblem.ALREADY_EXISTS, new)
    source = _DamagedFile(damaged, key)
    try:
        try:
            tables = _tables(source.connection)
        except Exception as error:
            raise classify(error, damaged) or error from error
        try:
            owner_only.make_folder(new.parent)
            owner_only.create_empty_file(new)
            slots.save(new)
            database = Database(new, key, slots)
            try:
                migrations.create_fresh(database.engine)
            finally:
                database.close()
            report = SalvageReport()
            target = connect_raw(new, key)
            try:
                _copy(source, target, tables, report)
            finally:
                target.close()
            database = Database(new, key, slots)
            try:
                with database.engine.begin() as connection:
                    search_index.rebuild(connection)
                database.checkpoint()
            finally:
                database.close()
            slots.save(new)  # again, now that the file has its salt: the key file names its database
            slots.save_recovery_copy(new)
        except StorageError:
            _remove(new)
            raise
        except Exception as error:
            _remove(new)
            raise classify(error, new) or error from error
    finally:
        source.close()
    log.info("salvaged %d table(s), %d damaged", len(report.tables), len(report.damaged_tables))
    return report


def _copy(source: _DamagedFile, target: Any, tables: list[str], report: SalvageReport) -> None:
    target_columns = {
        table: [str(row[1]) for row in target.execute(f'PRAGMA table_info("{table}")')] for table in tables
    }
    target.execute("PRAGMA foreign_keys = OFF")  # rows arrive table by table, not in the order they refer
    target.execute("BEGIN")
    for table in tables:
        columns = target_columns[table]
        found = TableSalvage(table)
        report.tables.append(found)
        if not columns:  # a table the current schema no longer has
            continue
        cursor = source.connection.execute(f'SELECT * FROM "{table}" LIMIT 0')
        source_columns = [str(description[0]) for description in cursor.description]
        shared = [name for name in source_columns if name in columns]
        positions = [source_columns.index(name) + 1 for name in shared]  # +1: the rowid comes first
        names = ", ".join(f'"{name}"' for name in ["rowid", *shared])
        marks = ", ".join("?" for _ in range(len(shared) + 1))
        insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        for row in _readable_rows(source, table, found):
            target.execute(insert, (row[0], *(row[position] for position in positions)))
    target.execute("COMMIT")


def _remove(path: Path) -> None:
    for leftover in (
        path,
        KeySlots.path_for(path),
        KeySlots.recovery_path_for(path),
        Path(f"{path}-wal"),
        Path(f"{path}-shm"),
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
