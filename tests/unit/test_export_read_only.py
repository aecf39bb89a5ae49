"""Exporting from a database open read-only: the general minutes are written, not audited (the file cannot take
an entry), and the person is told; the file is left byte for byte as it was. The restricted annex, whose
identity reads must be audited, is refused with what to do."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings
from mdt_desktop.services.exports.annex import ANNEX_NEEDS_AUDIT, export_annex
from mdt_desktop.services.exports.minutes import export_minutes
from tests.gui.meeting_fixtures import make_team
from tests.read_only_support import digest, folder_given_back, lock_files, open_read_only, team_with_a_meeting


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    yield from folder_given_back(tmp_path)


def test_a_pdf_export_from_a_read_only_database_is_written_unaudited_and_says_so(
    read_only_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = read_only_folder / "team.mdt"
    meeting_id = team_with_a_meeting(path)
    lock_files(read_only_folder, monkeypatch)
    before = digest(path)
    caplog.set_level(logging.INFO, logger="mdt")

    database = open_read_only(path)
    try:
        entries_before = len(audit.list_entries(database))
        written = export_minutes(database, meeting_id, "pdf", tmp_path / "minutes.pdf", actor="เลขานุการ")
        assert written.read_bytes().startswith(b"%PDF")
        assert len(audit.list_entries(database)) == entries_before
        notice = audit.export_notice(database)
    finally:
        database.close()

    assert notice is audit.NOT_AUDITED_READ_ONLY
    assert "ไม่ได้บันทึกในประวัติการเข้าถึง" in notice.th and "not recorded in the audit log" in notice.en
    assert digest(path) == before
    logged = [record.getMessage() for record in caplog.records if "not recorded" in record.getMessage()]
    assert logged == [
        f"export_minutes of meeting {meeting_id} not recorded in the audit log: the database is read-only"
    ]


def test_an_export_from_a_writable_database_is_audited_and_needs_no_notice(database, tmp_path: Path) -> None:

    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], dt.date(2026, 3, 5))
    export_minutes(database, meeting_id, "pdf", tmp_path / "minutes.pdf", actor="เลขานุการ")
    assert [entry.event for entry in audit.list_entries(database)][-1] == "export_minutes"
    assert audit.export_notice(database) is None


def test_the_restricted_annex_is_not_exported_from_a_read_only_database(
    read_only_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = read_only_folder / "team.mdt"
    meeting_id = team_with_a_meeting(path)
    lock_files(read_only_folder, monkeypatch)
    database = open_read_only(path)
    try:
        with pytest.raises(Refusal) as refused:
            export_annex(database, meeting_id, "pdf", tmp_path / "annex.pdf", actor="เลขานุการ")
    finally:
        database.close()
    assert refused.value.reason is ANNEX_NEEDS_AUDIT
    assert ".recovery" in refused.value.message("th") and "ask IT" in refused.value.message("en")
    assert not (tmp_path / "annex.pdf").exists()
