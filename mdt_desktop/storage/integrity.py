"""Checking an open database end to end: page authentication codes, b-trees, foreign keys, schema revision.

Used by ``mdt check`` and by the GUI's "check the database" command. The report says what was checked and
what was wrong in plain lines that name tables, never case data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from mdt_desktop.storage import migrations
from mdt_desktop.storage.errors import StorageError

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


def check(database: Database) -> CheckReport:
    report = CheckReport(head=migrations.head_revision())
    try:
        with database.engine.connect() as connection:
            cipher = _run(connection, "PRAGMA cipher_integrity_check")
            if cipher:
                report.problem(f"cipher_integrity_check: {len(cipher)} damaged page(s)")
                for row in cipher[:_MAX_LINES_PER_CHECK]:
                    report.problem(f"  {row[0]}")
            else:
                report.passed("cipher_integrity_check: ok")

            integrity = _run(connection, "PRAGMA integrity_check")
            if integrity == [("ok",)]:
                report.passed("integrity_check: ok")
            else:
                report.problem(f"integrity_check: {len(integrity)} problem(s)")
                for row in integrity[:_MAX_LINES_PER_CHECK]:
                    report.problem(f"  {row[0]}")

            foreign = _run(connection, "PRAGMA foreign_key_check")
            if foreign:
                tables = sorted({str(row[0]) for row in foreign})
                report.problem(
                    f"foreign_key_check: {len(foreign)} row(s) point nowhere, in {', '.join(tables)}"
                )
            else:
                report.passed("foreign_key_check: ok")
        report.revision = migrations.current_revision(database.engine)
    except StorageError as error:
        report.problem(f"{error.problem.value}: {error.message('en')}")
        return report
    if report.revision == report.head:
        report.passed(f"schema revision: {report.revision} (current)")
    else:
        report.problem(f"schema revision: {report.revision} (this program expects {report.head})")
    return report
