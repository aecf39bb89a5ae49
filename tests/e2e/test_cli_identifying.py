"""``mdt export minutes`` refuses minutes that still hold a person's name or number, and goes ahead with
``--confirm-identifying REASON``, the reason kept in the audit log."""

from __future__ import annotations

from pathlib import Path

from mdt_desktop.services import audit, meetings
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt
from tests.read_only_support import team_with_a_meeting

NAME = "นางสาวมาลี ศรีสุข"


def _export(path: Path, meeting_id: int, output: Path, *extra: str) -> tuple[int, str, str]:
    result = mdt(
        "export", "minutes", str(path), str(meeting_id), "--format", "pdf", "-o", str(output), *extra,
        "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def test_minutes_with_a_name_are_refused_then_exported_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = team_with_a_meeting(path)
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        first = meetings.load_meeting(database, meeting_id).items[0]
        meetings.update_item_text(database, first.id, "discussion", f"ที่ประชุมรับทราบว่า{NAME}ย้ายที่พัก")
    finally:
        database.close()
    output = tmp_path / "minutes.pdf"

    code, _out, err = _export(path, meeting_id, output)
    assert code != 0 and not output.exists()
    assert f"วาระที่ {first.number} ผลการหารือ (ชื่อบุคคล)" in err
    assert NAME not in err

    code, _out, err = _export(path, meeting_id, output, "--confirm-identifying", "ส่งให้ศาลตามหมายเรียก")
    assert code == 0, err
    assert output.exists()
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        entries = [(e.event, e.detail) for e in audit.list_entries(database)]
    finally:
        database.close()
    assert ("export_identifying_confirmed", "person_name=1 reason=ส่งให้ศาลตามหมายเรียก") in entries
    assert entries[-1][0] == "export_minutes"
