"""The statistics report written where the person chose, as an Excel workbook or a PDF by the file's suffix, and
the export audited: the one road for ``mdt stats`` and the statistics page.

The report is computed by the caller (``services.statistics.report`` for this office's teams, or a centre's report
over what its districts sent), so the page can show exactly what it then writes. The audit entry names the area
(or district) by id and the period, never a count or a label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from mdt_desktop.domain.roles import READS_STATISTICS
from mdt_desktop.domain.statistics_report import StatisticsReport
from mdt_desktop.exports.statistics_pdf import render_pdf
from mdt_desktop.exports.statistics_xlsx import render_xlsx
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.audit import log_export
from mdt_desktop.services.exports.destination import write_whole
from mdt_desktop.storage.database import Database

StatisticsFormat = Literal["xlsx", "pdf"]
EXPORTED = "statistics_exported"

UNKNOWN_FORMAT = Message(
    "บันทึกสถิติเป็นไฟล์ {name} ไม่ได้: ชื่อไฟล์ต้องลงท้ายด้วย .xlsx (Excel) หรือ .pdf",
    "Cannot save the statistics as {name}: the file name must end in .xlsx (Excel) or .pdf.",
)


def format_of(path: Path) -> StatisticsFormat:
    """The format the file's suffix asks for; any other suffix is refused before anything is computed."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".pdf":
        return "pdf"
    raise Refusal(UNKNOWN_FORMAT, name=path.name)


def render(report: StatisticsReport, fmt: StatisticsFormat) -> bytes:
    return render_xlsx(report) if fmt == "xlsx" else render_pdf(report)


def export_statistics(
    db: Database,
    report: StatisticsReport,
    path: Path,
    *,
    actor: str,
    force: bool = False,
    scope: tuple[str, int | None] = ("area", None),
) -> Path:
    """Write ``report`` to ``path`` whole (refused if a file is there, unless ``force``) and audit it. ``scope``
    is what the report covers for the audit log: ("area", area id) or ("district", district id), None for all."""
    roles.require_in_own_session(db, *READS_STATISTICS)
    fmt = format_of(path)
    written = write_whole(path, render(report, fmt), force=force)
    object_type, object_id = scope
    log_export(db, actor, EXPORTED, object_type, object_id, detail=f"{report.start}..{report.end} {fmt}")
    return written
