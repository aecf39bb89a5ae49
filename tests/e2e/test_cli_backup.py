"""``mdt backup``, ``mdt restore``, ``mdt salvage``, ``mdt check`` on a damaged file and ``mdt meetings`` on a
read-only one, run as a script would: a separate process, the passphrase on standard input."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mdt_desktop.storage.database import Database
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import Body, Meeting, Setting
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt
from tests.storage.test_backups import damaged_copy

STDIN = TEST_PASSPHRASE + "\n"


def _team_with_a_meeting(path: Path) -> None:
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district")
        session.add(body)
        session.flush()
        session.add(Meeting(body_id=body.id, number=1, year_be=2569, date=dt.date(2026, 1, 15)))
    db.close()


def test_backup_keeps_n_generations_and_restore_sets_the_current_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _team_with_a_meeting(path)
    usb = tmp_path / "usb"
    made = []
    for _ in range(3):
        result = mdt("backup", str(path), str(usb), "--keep", "2", "--passphrase-stdin", stdin=STDIN)
        assert result.returncode == 0, result.stderr
        made.append(Path(re.search(r"Backed up to (\S+) ", result.stdout).group(1)))  # type: ignore[union-attr]
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        name
        for p in made[1:]
        for name in (p.name, KeySlots.path_for(p).name, KeySlots.recovery_path_for(p).name)
    )

    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with db.session() as session:
        session.add(Setting(key="note-after-backup", value="x"))
    db.close()

    restored = mdt("restore", str(made[-1]), str(path), "--passphrase-stdin", stdin=STDIN)

    assert restored.returncode == 0, restored.stderr
    [aside] = [
        p for p in tmp_path.iterdir() if p.name.startswith("team.before-restore-") and p.suffix == ".mdt"
    ]
    assert str(aside) in restored.stdout
    assert KeySlots.path_for(aside).exists()
    listed = mdt("meetings", str(path), "--passphrase-stdin", stdin=STDIN)
    assert listed.returncode == 0 and "2026-01-15" in listed.stdout
    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    with db.read_session() as session:
        assert session.get(Setting, "note-after-backup") is None
    db.close()
    kept = Database.open_with_passphrase(aside, TEST_PASSPHRASE)
    with kept.read_session() as session:
        assert session.get(Setting, "note-after-backup") is not None
    kept.close()


def test_a_backup_while_the_program_has_the_file_open_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    _team_with_a_meeting(path)
    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        result = mdt("backup", str(path), str(tmp_path / "usb"), "--passphrase-stdin", stdin=STDIN)
    finally:
        db.close()
    assert result.returncode == 2
    assert "is already open in another program" in result.stderr and "Traceback" not in result.stderr


def test_check_reports_the_damaged_table_and_salvage_recovers_the_rest(tmp_path: Path) -> None:
    original, damaged, _key = damaged_copy(tmp_path)
    latest = tmp_path / "backups" / "damaged-20261129-170000-000000-at-close.mdt"
    latest.parent.mkdir()
    shutil.copyfile(original, latest)
    shutil.copyfile(KeySlots.path_for(original), KeySlots.path_for(latest))

    checked = mdt("check", str(damaged), "--passphrase-stdin", stdin=STDIN)

    assert checked.returncode == 1, checked.stderr
    assert "Traceback" not in checked.stderr
    assert "setting: DAMAGED" in checked.stdout
    assert f"Latest backup: {latest}" in checked.stdout
    assert "mdt salvage" in checked.stdout

    before = damaged.read_bytes()
    new = tmp_path / "salvaged.mdt"
    salvaged = mdt("salvage", str(damaged), str(new), "--passphrase-stdin", stdin=STDIN)

    assert salvaged.returncode == 1, salvaged.stderr  # some rows of one table could not be read
    assert "setting: DAMAGED" in salvaged.stdout and "mdt salvage" not in salvaged.stdout
    assert re.search(r"^audit_entry: 3 row\(s\), readable$", salvaged.stdout, re.MULTILINE)
    assert damaged.read_bytes() == before
    again = mdt("check", str(new), "--passphrase-stdin", stdin=STDIN)
    assert again.returncode == 0, again.stdout
    assert "The audit log is intact" in again.stdout


def test_a_read_only_database_opens_read_only_and_lists_its_meetings(tmp_path: Path) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "team.mdt"
    _team_with_a_meeting(path)
    files = sorted(p.name for p in folder.iterdir())
    for item in folder.iterdir():
        item.chmod(0o400)
    folder.chmod(0o500)
    command = [sys.executable, "-m", "mdt_desktop", "meetings", str(path), "--passphrase-stdin"]
    if os.geteuid() == 0:  # root ignores permission bits unless it gives up its capabilities
        setpriv = shutil.which("setpriv")
        assert setpriv is not None, "running as root needs setpriv for file permissions to apply"
        command = [setpriv, "--bounding-set=-all", "--inh-caps=-all", *command]
    try:
        result = subprocess.run(
            command, input=STDIN, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False
        )
    finally:
        folder.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert "2026-01-15" in result.stdout
    assert "is open read-only" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == files  # nothing written beside it
