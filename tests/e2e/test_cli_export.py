"""``mdt export`` and ``mdt verify`` as a script runs them: a separate process, the passphrase on standard input,
on the small demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.e2e.test_cli import mdt


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The small demo and the meeting with the most actions given to different agencies."""
    path = tmp_path_factory.mktemp("demo") / "demo.mdt"
    created = mdt("demo", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    listed = mdt("meetings", str(path), "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    meeting = max(rows, key=lambda row: int(row[5]))
    return path, int(meeting[0])


def test_signed_action_records_for_every_agency_verify_and_a_changed_one_does_not(
    demo: tuple[Path, int], tmp_path: Path
) -> None:
    path, meeting = demo
    out = tmp_path / "records"
    result = mdt(
        "export",
        "actions",
        str(path),
        str(meeting),
        "--sign",
        "-o",
        str(out),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Created a self-signed signing certificate" in result.stdout  # first use makes the identity
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len([line for line in result.stdout.splitlines() if line.startswith(str(out))]) > 1

    checked = mdt("verify", str(files[0]))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Signed by:" in checked.stdout and "not changed since it was signed" in checked.stdout
    assert "Traceback" not in checked.stderr

    data = bytearray(files[0].read_bytes())
    data[data.index(b"stream", data.index(b"/Filter")) + 10] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    refused = mdt("verify", str(tampered))
    assert refused.returncode == 1
    assert "changed after signing" in refused.stdout

    # A second export signs with the same identity instead of making another.
    again = mdt(
        "export",
        "actions",
        str(path),
        str(meeting),
        "--sign",
        "-o",
        str(tmp_path / "again"),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert again.returncode == 0 and "Created a self-signed" not in again.stdout


def test_one_agencys_record_by_its_abbreviation(demo: tuple[Path, int], tmp_path: Path) -> None:
    path, meeting = demo
    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        from mdt_desktop.exports.action_records import agencies_with_actions

        agency = agencies_with_actions(db, meeting)[0]
    finally:
        db.close()
    result = mdt(
        "export",
        "actions",
        str(path),
        str(meeting),
        "--agency",
        agency.abbreviation,
        "-o",
        str(tmp_path),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    [written] = tmp_path.glob("*.pdf")
    assert agency.abbreviation.replace(" ", "_") in written.name
    unsigned = mdt("verify", str(written))
    assert unsigned.returncode == 1 and "no digital signature" in unsigned.stdout

    unknown = mdt(
        "export",
        "actions",
        str(path),
        str(meeting),
        "--agency",
        "ไม่มีหน่วยงานนี้",
        "-o",
        str(tmp_path),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert unknown.returncode == 2 and "No actions were given to the agency" in unknown.stderr


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_minutes_are_written_where_asked(demo: tuple[Path, int], tmp_path: Path, fmt: str) -> None:
    path, meeting = demo
    target = tmp_path / f"minutes.{fmt}"
    result = mdt(
        "export",
        "minutes",
        str(path),
        str(meeting),
        "--format",
        fmt,
        "-o",
        str(target),
        "--digits",
        "arabic",
        "--classification",
        "ลับ",
        "--recipient",
        "พมจ.",
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:4] == (b"PK\x03\x04" if fmt == "docx" else b"%PDF")
    assert list(tmp_path.iterdir()) == [target]


def test_an_unknown_meeting_is_told_without_a_traceback(demo: tuple[Path, int], tmp_path: Path) -> None:
    path, _meeting = demo
    result = mdt(
        "export",
        "minutes",
        str(path),
        "999999",
        "--format",
        "pdf",
        "-o",
        str(tmp_path / "m.pdf"),
        "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )
    assert result.returncode == 2
    assert "There is no meeting number 999999" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_the_case_annex_is_a_separate_classified_file(demo: tuple[Path, int], tmp_path: Path) -> None:
    from pypdf import PdfReader

    path, meeting = demo
    annex = tmp_path / "annex.pdf"
    result = mdt(
        "export", "minutes", str(path), str(meeting), "--format", "pdf", "--annex", "-o", str(annex),
        "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "restricted case annex" in result.stdout
    pages = [page.extract_text() for page in PdfReader(annex).pages]
    assert "เอกสารแนบท้ายรายงานการประชุม" in pages[0]
    assert all("ลับ" in text for text in pages)
