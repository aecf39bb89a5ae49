"""The ``mdt`` command as a script would run it: a separate process, the passphrase on standard input."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, AgendaItem, Body, Meeting
from tests.conftest import TEST_PASSPHRASE

STRONG = "ลำปาง-น้ำใจ-2569"


def mdt(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mdt_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_then_check_and_the_recovery_code_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    created = mdt("init", str(path), "--passphrase-stdin", stdin=STRONG + "\n")
    assert created.returncode == 0, created.stderr
    found = re.search(r"Recovery code: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){5})", created.stdout)
    assert found, created.stdout
    assert "จดรหัสกู้คืน" in created.stdout and "Write this recovery code down" in created.stdout

    checked = mdt("check", str(path), "--passphrase-stdin", stdin=STRONG + "\n")
    assert checked.returncode == 0, checked.stderr
    assert "cipher_integrity_check: ok" in checked.stdout
    assert "The audit log is intact" in checked.stdout
    assert "no problems found" in checked.stdout

    db = Database.open_with_recovery_code(path, found.group(1))
    with db.engine.connect() as connection:
        # The starting data was put in by init.
        assert connection.execute(text("SELECT count(*) FROM agency")).scalar_one() > 0
    db.close()


def test_init_refuses_a_guessable_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    result = mdt("init", str(path), "--passphrase-stdin", stdin="12345678\n")
    assert result.returncode == 2
    assert "cannot be used" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_meetings_lists_one_meeting_a_line_with_its_counts(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพ\tอำเภอเมือง", level="district")
        agency = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", sector="government", level="province"
        )
        session.add_all([body, agency])
        session.flush()
        first = Meeting(body_id=body.id, number=1, year_be=2569, date=dt.date(2026, 1, 15))
        second = Meeting(body_id=body.id, number=2, year_be=2569, date=dt.date(2026, 2, 12))
        session.add_all([second, first])
        session.flush()
        for n in range(1, 6):
            session.add(AgendaItem(meeting_id=first.id, number=str(n), title=f"วาระ {n}", kind="other"))
        session.add(AgendaItem(meeting_id=second.id, number="1", title="วาระ 1", kind="other"))
        for task in ("เยี่ยมบ้าน", "ประสานโรงเรียน"):
            session.add(ActionPoint(meeting_id=first.id, body_id=body.id, agency_id=agency.id, task=task))
        ids = (first.id, second.id)
    db.close()

    result = mdt(
        "meetings", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\nignored second line\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{ids[0]}\tทีมสหวิชาชีพ อำเภอเมือง\t1/2569\t2026-01-15\t5\t2",
        f"{ids[1]}\tทีมสหวิชาชีพ อำเภอเมือง\t2/2569\t2026-02-12\t1\t0",
    ]


def test_a_wrong_passphrase_is_told_in_thai_and_english_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    Database.create(path, TEST_PASSPHRASE)[0].close()
    before = _digest(path)
    result = mdt("check", str(path), "--passphrase-stdin", stdin="ไม่ใช่รหัสนี้\n")
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()  # one line: "mdt: <Thai> / <English>"
    thai, english = line.removeprefix("mdt: ").split(" / ", 1)
    assert thai.startswith("รหัสผ่านหรือรหัสกู้คืนไม่ถูกต้อง") and "team.mdt" in thai
    assert english.startswith("The passphrase or recovery code is wrong") and "team.mdt" in english
    assert "Traceback" not in result.stderr
    assert _digest(path) == before


def test_check_fails_on_a_database_with_broken_references(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    raw = db.engine.raw_connection()
    cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.execute("PRAGMA foreign_keys = OFF")
    cursor.execute(
        "INSERT INTO member (body_id, full_name, position, profession, role, may_decide, sort_order) "
        "VALUES (77, 'x', '', '', 'member', 0, 0)"
    )
    raw.close()
    db.close()
    result = mdt("check", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "foreign_key_check" in result.stdout and "member" in result.stdout
    assert "problems found" in result.stdout


def test_check_names_the_first_audit_entry_that_was_changed(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    for case_id in (1, 2, 3):
        audit.log(db, "ประธาน", "view_restricted", "case_identity", case_id)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET detail = 'nothing to see' WHERE id = 2"))
    db.close()

    result = mdt("check", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")

    assert result.returncode == 1
    assert "ประวัติการเข้าถึงถูกแก้ไขหรือลบ ตั้งแต่รายการที่ 2" in result.stdout
    assert "The audit log was changed or cut, from entry 2" in result.stdout
    assert "problems found" in result.stdout
    assert "Traceback" not in result.stderr


def test_without_a_terminal_the_passphrase_must_come_on_stdin(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    Database.create(path, TEST_PASSPHRASE)[0].close()
    result = mdt("meetings", str(path), stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "--passphrase-stdin" in result.stderr
    # And never from the command line.
    refused = mdt("meetings", str(path), "--passphrase", TEST_PASSPHRASE)
    assert refused.returncode == 2 and "unrecognized arguments" in refused.stderr


def test_a_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.mdt"
    path.write_text("ไม่ใช่ฐานข้อมูล\n", encoding="utf-8")
    result = mdt("check", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "is not a database of this program" in result.stderr
    assert "Traceback" not in result.stderr
