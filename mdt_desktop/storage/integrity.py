"""Checking an open database end to end: page authentication codes, b-trees, foreign keys, schema revision.

Used by ``mdt check`` and by the GUI's "check the database" command. The report says what was checked and
what was wrong in plain lines that name tables, never case data.

A database on a PostgreSQL server has no pages of ours to authenticate and its storage is the server's to check
(``pg_amcheck``); there the check is of the schema revision, of the tables and columns the models declare, and of the foreign keys:
every one the models declare is on the server and validated (the server then enforces it at every statement, so
no row can point nowhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from mdt_desktop.storage import migrations
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.storage.models import Base

if TYPE_CHECKING:
    from mdt_desktop.storage.database import Database

_MAX_LINES_PER_CHECK = 20  # a badly damaged file can report thousands of problems; the first few say enough


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)
    revision: str | None = None
    head: str = ""

    def problem(self, line: str) -> None:
        self.ok = False
        self.lines.append(line)

    def passed(self, line: str) -> None:
        self.lines.append(line)


def _run(connection: Connection, pragma: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.exec_driver_sql(pragma).fetchall()]


def _cipher(connection: Connection, report: CheckReport) -> None:
    damaged = _run(connection, "PRAGMA cipher_integrity_check")
    if not damaged:
        report.passed("cipher_integrity_check: ok")
        return
    report.problem(f"cipher_integrity_check: {len(damaged)} damaged page(s)")
    for row in damaged[:_MAX_LINES_PER_CHECK]:
        report.problem(f"  {row[0]}")


def _structure(connection: Connection, report: CheckReport) -> None:
    found = _run(connection, "PRAGMA integrity_check")
    if found == [("ok",)]:
        report.passed("integrity_check: ok")
        return
    # SQLCipher may return all findings as one row of several lines.
    findings = [line for row in found for line in str(row[0]).splitlines() if not line.startswith("***")]
    report.problem(f"integrity_check: {len(findings)} problem(s)")
    for line in findings[:_MAX_LINES_PER_CHECK]:
        report.problem(f"  {line}")
    if len(findings) > _MAX_LINES_PER_CHECK:
        report.problem(f"  ... and {len(findings) - _MAX_LINES_PER_CHECK} more")


def _foreign_keys(connection: Connection, report: CheckReport) -> None:
    dangling = _run(connection, "PRAGMA foreign_key_check")
    if not dangling:
        report.passed("foreign_key_check: ok")
        return
    tables = sorted({str(row[0]) for row in dangling})
    report.problem(f"foreign_key_check: {len(dangling)} row(s) point nowhere, in {', '.join(tables)}")


def _revision(connection: Connection, report: CheckReport) -> None:
    report.revision = migrations.read_revision(connection)
    if report.revision == report.head:
        report.passed(f"schema revision: {report.revision} (current)")
    else:
        report.problem(f"schema revision: {report.revision} (this program expects {report.head})")


_CHECKS: tuple[tuple[str, Callable[[Connection, CheckReport], None]], ...] = (
    ("cipher_integrity_check", _cipher),
    ("integrity_check", _structure),
    ("foreign_key_check", _foreign_keys),
    ("schema revision", _revision),
)


def _server(connection: Connection, report: CheckReport) -> None:
    version = connection.execute(text("SHOW server_version")).scalar_one()
    report.passed(f"server: PostgreSQL {version}")


def _server_text(connection: Connection, report: CheckReport) -> None:
    """The database's collation and character type (storage.server): not wrong data, so never a problem, but an
    advice when lists would sort otherwise than on a laptop or the search index cannot read Thai."""
    collate = connection.execute(
        text("SELECT datcollate FROM pg_database WHERE datname = current_database()")
    )
    ctype = connection.execute(text("SELECT datctype FROM pg_database WHERE datname = current_database()"))
    collation, character_type = collate.scalar_one(), ctype.scalar_one()
    line = f"text: collation {collation}, character type {character_type}"
    advice = []
    if collation not in ("C", "POSIX"):
        advice.append("lists sort otherwise than on a laptop (make the database with LC_COLLATE 'C')")
    if character_type in ("C", "POSIX"):
        advice.append("Thai is searched without the index's help (make the database with LC_CTYPE 'C.UTF-8')")
    report.passed(f"{line}; " + "; ".join(advice) if advice else line)


def _server_tables(connection: Connection, report: CheckReport) -> None:
    """Every table and column the models declare is on the server (someone may have changed the schema by hand)."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    missing_tables = sorted(table.name for table in Base.metadata.sorted_tables if table.name not in present)
    missing_columns = sorted(
        f"{table.name}.{column}"
        for table in Base.metadata.sorted_tables
        if table.name in present
        for column in {c.name for c in table.columns} - {c["name"] for c in inspector.get_columns(table.name)}
    )
    if not missing_tables and not missing_columns:
        report.passed(f"tables: all {len(Base.metadata.sorted_tables)} with their columns")
        return
    if missing_tables:
        report.problem(f"tables: {len(missing_tables)} missing: {', '.join(missing_tables)}")
    if missing_columns:
        report.problem(f"columns: {len(missing_columns)} missing: {', '.join(missing_columns)}")


def _declared_foreign_keys() -> set[tuple[str, tuple[str, ...], str]]:
    return {
        (table.name, tuple(key.column_keys), key.referred_table.name)
        for table in Base.metadata.sorted_tables
        for key in table.foreign_key_constraints
    }


def _server_foreign_keys(connection: Connection, report: CheckReport) -> None:
    inspector = inspect(connection)
    present = {
        (table, tuple(key["constrained_columns"]), key["referred_table"])
        for table in inspector.get_table_names()
        for key in inspector.get_foreign_keys(table)
    }
    declared = _declared_foreign_keys()
    missing = sorted(declared - present)
    # A key added NOT VALID is enforced for new rows only: rows from before may point nowhere.
    unchecked = sorted(
        str(row[0])
        for row in connection.execute(
            text(
                "SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"
            )
        )
    )
    if not missing and not unchecked:
        report.passed(f"foreign keys: all {len(declared)} present and validated")
        return
    if missing:
        tables = sorted({table for table, _columns, _referred in missing})
        report.problem(f"foreign keys: {len(missing)} missing, in {', '.join(tables)}")
    if unchecked:
        report.problem(
            f"foreign keys: {len(unchecked)} not validated, in {', '.join(sorted(set(unchecked)))}"
        )


_SERVER_CHECKS: tuple[tuple[str, Callable[[Connection, CheckReport], None]], ...] = (
    ("server", _server),
    ("text", _server_text),
    ("tables", _server_tables),
    ("foreign keys", _server_foreign_keys),
    ("schema revision", _revision),
)


def pages_authentic(database: Database) -> bool:
    """Whether every page of the file passes its authentication code: the look for a damaged file (one flipped
    byte anywhere) made at unlock, which reads the file once without walking its b-trees (about a second for
    half a gigabyte)."""
    with database.engine.connect() as connection:
        return not _run(connection, "PRAGMA cipher_integrity_check")


def check(database: Database) -> CheckReport:
    """Run every check, each on its own: a damaged page that stops one check does not hide the others."""
    report = CheckReport(head=migrations.head_revision())
    for name, run in _SERVER_CHECKS if database.on_server else _CHECKS:
        try:
            with database.engine.connect() as connection:
                run(connection, report)
        except StorageError as error:
            report.problem(f"{name}: {error.problem.value}")
        except DBAPIError as error:
            # The database's own words (e.g. "vtable constructor failed") name structures, never row contents.
            report.problem(f"{name}: could not run ({str(error.orig).splitlines()[0]})")
    return report
