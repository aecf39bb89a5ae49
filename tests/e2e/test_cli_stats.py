"""``mdt stats`` as a script runs it, in a process of its own: the PDF chosen by the output's suffix, audited."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt
from tests.statistics_fixtures import PLANTED_NAME, build_province


def test_mdt_stats_writes_a_pdf_by_the_suffix_and_audits_it(tmp_path: Path) -> None:
    path = tmp_path / "province.mdt"
    database, _recovery = Database.create(path, TEST_PASSPHRASE)
    areas = build_province(database)
    database.close()
    output = tmp_path / "สถิติ.pdf"

    done = mdt(
        "stats",
        str(path),
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--area",
        str(areas["a"]),
        "-o",
        str(output),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )

    assert done.returncode == 0, done.stderr
    assert f"Wrote the statistics to {output}" in done.stdout
    text = "\n".join(page.extract_text() for page in PdfReader(output).pages)
    assert "พื้นที่ เมืองลำปาง" in text
    assert "ความรุนแรงในครอบครัว" in text
    assert PLANTED_NAME not in text
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        entries = [e for e in audit.list_entries(database) if e.event == "statistics_exported"]
    finally:
        database.close()
    assert [(e.object_type, e.object_id, e.detail) for e in entries] == [
        ("area", areas["a"], "2026-01-01..2026-03-31 pdf")
    ]


def test_mdt_stats_refuses_another_suffix_with_both_languages(tmp_path: Path) -> None:
    output = tmp_path / "stats.ods"
    done = mdt(
        "stats",
        str(tmp_path / "any.mdt"),
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "-o",
        str(output),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "mdt: บันทึกสถิติเป็นไฟล์ stats.ods ไม่ได้: ชื่อไฟล์ต้องลงท้ายด้วย .xlsx (Excel) หรือ .pdf / "
        "Cannot save the statistics as stats.ods: the file name must end in .xlsx (Excel) or .pdf."
    )
    assert not output.exists()
