"""``mdt --user NAME``: who acts in the audit log of a database with user profiles; and an export from a database
that cannot be written, run as a person without root's powers would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mdt_desktop.services import audit, profiles
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt
from tests.read_only_support import digest, team_with_a_meeting

STDIN = TEST_PASSPHRASE + "\n"


def _with_profiles(path: Path, *names: str) -> int:
    meeting_id = team_with_a_meeting(path)
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        for name in names:
            profiles.add_profile(database, name, actor=name)
    finally:
        database.close()
    return meeting_id


def _actors(path: Path) -> list[tuple[str, str]]:
    database = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        return [(entry.actor, entry.event) for entry in audit.list_entries(database)]
    finally:
        database.close()


def _export(path: Path, meeting_id: int, output: Path, *user: str) -> subprocess.CompletedProcess[str]:
    return mdt(
        *user, "export", "minutes", str(path), str(meeting_id), "--format", "pdf", "-o", str(output),
        "--passphrase-stdin", stdin=STDIN,
    )  # fmt: skip


def test_the_export_is_audited_as_the_user_named(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = _with_profiles(path, "นางสาวเลขา ทีมดี", "นายประธาน ใจดี")

    result = _export(path, meeting_id, tmp_path / "minutes.pdf", "--user", "นายประธาน ใจดี")

    assert result.returncode == 0, result.stderr
    assert _actors(path)[-1] == ("นายประธาน ใจดี", "export_minutes")


def test_the_only_user_of_a_database_needs_no_name(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = _with_profiles(path, "นางสาวเลขา ทีมดี")

    result = _export(path, meeting_id, tmp_path / "minutes.pdf")

    assert result.returncode == 0, result.stderr
    assert _actors(path)[-1] == ("นางสาวเลขา ทีมดี", "export_minutes")


def test_a_database_without_users_is_audited_as_the_login(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = team_with_a_meeting(path)

    result = _export(path, meeting_id, tmp_path / "minutes.pdf")

    assert result.returncode == 0, result.stderr
    actor, event = _actors(path)[-1]
    assert event == "export_minutes" and actor.startswith("cli")


def test_an_unknown_user_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = _with_profiles(path, "นางสาวเลขา ทีมดี", "นายประธาน ใจดี")
    entries = _actors(path)

    result = _export(path, meeting_id, tmp_path / "minutes.pdf", "--user", "นายคนอื่น")

    assert result.returncode == 2
    assert "ไม่พบผู้ใช้ชื่อ นายคนอื่น" in result.stderr
    assert "This database has no user called นายคนอื่น" in result.stderr
    assert "นายประธาน ใจดี" in result.stderr  # the names that can be given
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "minutes.pdf").exists()
    assert _actors(path) == entries


def test_several_users_and_none_named_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    meeting_id = _with_profiles(path, "นางสาวเลขา ทีมดี", "นายประธาน ใจดี")

    result = _export(path, meeting_id, tmp_path / "minutes.pdf")

    assert result.returncode == 2
    assert "say who you are with --user NAME" in result.stderr and "--user ชื่อ" in result.stderr
    assert not (tmp_path / "minutes.pdf").exists()


def test_a_restore_is_audited_as_the_user_named_in_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _with_profiles(path, "นางสาวเลขา ทีมดี", "นายประธาน ใจดี")
    made = mdt("backup", str(path), str(tmp_path / "usb"), "--passphrase-stdin", stdin=STDIN)
    assert made.returncode == 0, made.stderr
    [backup] = (tmp_path / "usb").glob("*.mdt")

    unknown = mdt("--user", "นายคนอื่น", "restore", str(backup), str(path), "--passphrase-stdin", stdin=STDIN)
    assert unknown.returncode == 2 and "no user called นายคนอื่น" in unknown.stderr
    restored = mdt(
        "--user", "นางสาวเลขา ทีมดี", "restore", str(backup), str(path), "--passphrase-stdin", stdin=STDIN
    )

    assert restored.returncode == 0, restored.stderr
    assert _actors(path)[-1] == ("นางสาวเลขา ทีมดี", "restore")


def test_a_pdf_export_from_a_read_only_database_works_and_says_it_was_not_audited(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "team.mdt"
    meeting_id = team_with_a_meeting(path)
    before = digest(path)
    entries = _actors(path)
    files = sorted(p.name for p in folder.iterdir())
    output = tmp_path / "out"
    output.mkdir()
    output.chmod(0o777)  # the unprivileged writer may write here
    for item in folder.iterdir():
        item.chmod(0o400)
    folder.chmod(0o500)
    command = [
        sys.executable, "-m", "mdt_desktop", "export", "minutes", str(path), str(meeting_id), "--format", "pdf",
        "-o", str(output / "minutes.pdf"), "--passphrase-stdin",
    ]  # fmt: skip
    if os.geteuid() == 0:  # root ignores permission bits unless it gives up its capabilities
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.fail("running as root needs setpriv for file permissions to apply")
        command = [setpriv, "--bounding-set=-all", "--inh-caps=-all", *command]
    try:
        result = subprocess.run(
            command, input=STDIN, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False
        )
    finally:
        folder.chmod(0o700)
        for item in folder.iterdir():
            item.chmod(0o600)

    assert result.returncode == 0, result.stderr
    assert (output / "minutes.pdf").read_bytes().startswith(b"%PDF")
    assert "is open read-only" in result.stderr
    assert "This export was not recorded in the audit log" in result.stderr
    assert "ไม่ได้บันทึกในประวัติการเข้าถึง" in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == files  # nothing written beside it
    assert _actors(path) == entries
