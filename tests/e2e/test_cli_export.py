"""``mdt export`` and ``mdt verify`` as a script runs them: a separate process, the passphrase on standard input,
on the small demo database."""

from __future__ import annotations

import datetime as dt
import errno
import io
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pypdf import PdfReader

from mdt_desktop import cli
from mdt_desktop.exports import signing as primitives
from mdt_desktop.services.exports import destination, signing
from mdt_desktop.services.exports.action_records import agencies_with_actions
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


def _office_certificate(path: Path, into: Path) -> Path:
    """The office's certificate, as the centre that trusts its records keeps it."""
    db = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        identity = signing.current_identity(db)
        assert identity is not None
        into.write_bytes(signing.certificate_pem(db, identity.id))
    finally:
        db.close()
    return into


def _halves(certificate_pem: bytes) -> list[str]:
    """The fingerprint worked out here, not by the code under test: SHA-256 of the DER certificate, in two
    halves of 16 bytes as a person reads it out."""
    digest = x509.load_pem_x509_certificate(certificate_pem).fingerprint(hashes.SHA256())
    return [":".join(f"{byte:02X}" for byte in digest[:16]), ":".join(f"{byte:02X}" for byte in digest[16:])]


def _printed_fingerprint(output: str) -> list[str]:
    """The two lines ``mdt verify`` prints under its fingerprint heading."""
    lines = output.splitlines()
    heading = lines.index("ลายนิ้วมือใบรับรอง (SHA-256) / Certificate fingerprint (SHA-256):")
    return [line.strip() for line in lines[heading + 1 : heading + 3]]


def test_signed_action_records_for_every_agency_verify_and_a_changed_one_does_not(
    demo: tuple[Path, int], tmp_path: Path
) -> None:
    path, meeting = demo
    out = tmp_path / "records"
    out.mkdir()
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

    office = _office_certificate(path, tmp_path / "office.pem")
    expected = _halves(office.read_bytes())

    # Without a certificate to trust, intact is all it can say: status 3 and the fingerprint to compare.
    checked = mdt("verify", str(files[0]))
    assert checked.returncode == 3, checked.stdout + checked.stderr
    assert "Signed by:" in checked.stdout and "not changed since it was signed" in checked.stdout
    assert "was not compared with a trusted one" in checked.stdout
    assert _printed_fingerprint(checked.stdout) == expected
    assert "Traceback" not in checked.stderr

    trusted = mdt("verify", str(files[0]), "--trust", str(office))
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert "the signer's certificate is a trusted one" in trusted.stdout
    assert "ใบรับรองของผู้ลงนามเป็นใบรับรองที่เชื่อถือ" in trusted.stdout

    # The record shows the same two lines under its signatures, for the centre to compare.
    for record in files:
        page = [line.strip() for line in PdfReader(record).pages[-1].extract_text().splitlines()]
        label = next(i for i, line in enumerate(page) if line.startswith("ลายนิ้วมือใบรับรอง (SHA-256)"))
        assert page[label + 1 : label + 3] == expected, record.name

    data = bytearray(files[0].read_bytes())
    data[data.index(b"stream", data.index(b"/Filter")) + 10] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    refused = mdt("verify", str(tampered), "--trust", str(office))
    assert refused.returncode == 4
    assert "changed after signing" in refused.stdout

    missing = mdt("verify", str(files[0]), "--trust", str(tmp_path / "no-such.pem"))
    assert missing.returncode == 2 and "There is no file" in missing.stderr

    # A second export signs with the same identity instead of making another.
    (tmp_path / "again").mkdir()
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
    assert unsigned.returncode == 4 and "no digital signature" in unsigned.stdout
    assert "fingerprint" not in unsigned.stdout

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

    again = mdt(
        "export", "actions", str(path), str(meeting), "--agency", agency.abbreviation, "-o", str(tmp_path),
        "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert again.returncode == 2 and _one_line(again.stderr)
    assert f"{written.name}: a file of that name is already in {tmp_path}" in again.stderr
    assert "use --force to replace it" in again.stderr
    replaced = mdt(
        "export", "actions", str(path), str(meeting), "--agency", agency.abbreviation, "-o", str(tmp_path),
        "--force", "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert replaced.returncode == 0, replaced.stderr
    assert [p.name for p in tmp_path.glob("*.pdf")] == [written.name]
    thai_text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "พ.ศ. ๒๕๖๙" in thai_text and "พ.ศ. 2569" not in thai_text  # Thai digits, as the minutes

    arabic = mdt(
        "export", "actions", str(path), str(meeting), "--agency", agency.abbreviation, "-o", str(tmp_path),
        "--force", "--digits", "arabic", "--classification", "ลับ", "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert arabic.returncode == 0, arabic.stderr
    pages = [page.extract_text() for page in PdfReader(written).pages]
    assert all(page.count("ลับ") >= 2 for page in pages)
    assert "พ.ศ. 2569" in "".join(pages)
    assert not any(digit in "".join(pages) for digit in "๐๑๒๓๔๕๖๗๘๙")


def test_a_record_signed_by_another_certificate_in_the_offices_name_is_not_trusted(
    demo: tuple[Path, int], tmp_path: Path
) -> None:
    """What a forger does: a self-signed certificate with the office's very name, a record signed with it."""
    path, meeting = demo
    signed = mdt(
        "export", "actions", str(path), str(meeting), "--sign", "-o", str(tmp_path), "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    genuine = sorted(tmp_path.glob("*.pdf"))[0]
    office = _office_certificate(path, tmp_path / "office.pem")
    name = x509.load_pem_x509_certificate(office.read_bytes()).subject

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    forged_certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    forged_pem = forged_certificate.public_bytes(serialization.Encoding.PEM)
    keys = primitives.SigningKeys(
        forged_pem,
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )
    plain = tmp_path / "plain"
    plain.mkdir()
    unsigned = mdt(
        "export", "actions", str(path), str(meeting), "-o", str(plain), "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert unsigned.returncode == 0, unsigned.stderr
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(primitives.sign_pdf(sorted(plain.glob("*.pdf"))[0].read_bytes(), keys, "ทดสอบ"))

    reported = mdt("verify", str(forged), "--trust", str(office))
    assert reported.returncode == 3, reported.stdout + reported.stderr
    assert "the signer's certificate is not a trusted one" in reported.stdout
    assert "anyone can make a certificate in this name" in reported.stdout
    assert _printed_fingerprint(reported.stdout) == _halves(forged_pem) != _halves(office.read_bytes())

    real = mdt("verify", str(genuine), "--trust", str(office))
    assert real.returncode == 0, real.stdout + real.stderr


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


# --- destinations that cannot take the file ------------------------------------------------------------------


def _one_line(stderr: str) -> bool:
    """The CLI's convention for a refusal: one line, "mdt: <Thai> / <English>", and no traceback."""
    lines = stderr.strip().splitlines()
    return (
        len(lines) == 1 and lines[0].startswith("mdt: ") and " / " in lines[0] and "Traceback" not in stderr
    )


def _export_minutes_to(demo: tuple[Path, int], target: Path, *extra: str) -> object:
    path, meeting = demo
    return mdt(
        "export", "minutes", str(path), str(meeting), "--format", "pdf", "-o", str(target), *extra,
        "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip


def test_a_missing_folder_is_one_clear_line_and_status_2(demo: tuple[Path, int]) -> None:
    result = _export_minutes_to(demo, Path("/missing/x.pdf"))
    assert result.returncode == 2 and result.stdout == ""
    assert _one_line(result.stderr), result.stderr
    assert (
        "Could not save x.pdf: the folder /missing does not exist. Choose a folder that exists."
        in result.stderr
    )
    assert "ไม่พบโฟลเดอร์ปลายทาง /missing" in result.stderr
    assert not Path("/missing").exists()


def test_an_existing_file_is_kept_unless_force(demo: tuple[Path, int], tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the minutes as approved last week")
    refused = _export_minutes_to(demo, target)
    assert refused.returncode == 2 and _one_line(refused.stderr), refused.stderr
    assert "minutes.pdf: a file of that name is already in" in refused.stderr
    assert "ใช้ --force เพื่อเขียนทับ" in refused.stderr and "use --force to replace it" in refused.stderr
    assert target.read_bytes() == b"the minutes as approved last week"
    replaced = _export_minutes_to(demo, target, "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert target.read_bytes().startswith(b"%PDF") and list(tmp_path.iterdir()) == [target]


def test_a_folder_that_refuses_writing_is_one_clear_line(demo: tuple[Path, int]) -> None:
    # /sys refuses to create files, even for root (EACCES), so this runs unprivileged or not: a real refusal.
    result = _export_minutes_to(demo, Path("/sys/minutes.pdf"))
    assert result.returncode == 2 and _one_line(result.stderr), result.stderr
    assert "cannot be written to (no permission, or read-only media)" in result.stderr
    assert not Path("/sys/minutes.pdf").exists()


def test_a_full_disk_is_one_clear_line_and_leaves_nothing(
    demo: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Simulated in-process: the seam through which the service's bytes reach the disk fails as a full disk does
    # (ENOSPC after part of the file is written). The CLI's handling is the real one.
    def fill_the_disk(stream: object, content: bytes) -> None:
        stream.write(content[:4096])  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(destination, "write_all", fill_the_disk)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEST_PASSPHRASE.encode() + b"\n")))
    path, meeting = demo
    target = tmp_path / "out" / "minutes.docx"
    target.parent.mkdir()
    status = cli.main(
        [
            "export",
            "minutes",
            str(path),
            str(meeting),
            "--format",
            "docx",
            "-o",
            str(target),
            "--passphrase-stdin",
        ]
    )
    captured = capsys.readouterr()
    assert status == 2 and _one_line(captured.err), captured.err
    assert "Could not save minutes.docx: the disk is full." in captured.err and "พื้นที่ดิสก์เต็ม" in captured.err
    assert list(target.parent.iterdir()) == []  # neither the file nor its temporary part


def test_the_centre_gets_the_offices_certificate_from_mdt_and_trusts_its_records_with_it(
    demo: tuple[Path, int], tmp_path: Path
) -> None:
    path, meeting = demo
    records = tmp_path / "records"
    records.mkdir()
    signed = mdt(
        "export", "actions", str(path), str(meeting), "--sign", "-o", str(records),
        "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    certificate = tmp_path / "สำนักงาน.pem"
    exported = mdt(
        "export", "certificate", str(path), "-o", str(certificate), "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    pem = certificate.read_bytes()
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----") and b"PRIVATE KEY" not in pem
    assert _printed_fingerprint(exported.stdout) == _halves(pem)  # what the office reads out to the centre

    record = sorted(records.glob("*.pdf"))[0]
    assert mdt("verify", str(record), "--trust", str(certificate)).returncode == 0

    again = mdt(
        "export", "certificate", str(path), "-o", str(certificate), "--passphrase-stdin",
        stdin=TEST_PASSPHRASE + "\n",
    )  # fmt: skip
    assert again.returncode == 2 and "--force" in again.stderr and _one_line(again.stderr)


def test_an_office_without_a_certificate_is_told_so_when_it_is_asked_for(tmp_path: Path) -> None:
    empty, passphrase = tmp_path / "ใหม่.mdt", "ช้างเผือก ริมฝั่งโขง เก้าสิบสอง\n"  # init refuses a weak one
    assert mdt("init", str(empty), "--passphrase-stdin", stdin=passphrase).returncode == 0
    asked = mdt(
        "export", "certificate", str(empty), "-o", str(tmp_path / "office.pem"), "--passphrase-stdin",
        stdin=passphrase,
    )  # fmt: skip
    assert asked.returncode == 2 and _one_line(asked.stderr)
    assert "There is no signing certificate yet" in asked.stderr
    assert not (tmp_path / "office.pem").exists()


def test_verify_has_a_status_of_its_own_for_bytes_added_after_the_signature(tmp_path: Path) -> None:
    from pyhanko.pdf_utils.generic import TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.pdfgen.canvas import Canvas

    page = io.BytesIO()
    canvas = Canvas(page)
    canvas.drawString(72, 720, "Action record")
    canvas.save()
    keys = primitives.new_self_signed("ทีมสหวิชาชีพอำเภอเมือง", dt.datetime.now(dt.UTC))
    signed = primitives.sign_pdf(page.getvalue(), keys, "ทดสอบ")
    office = tmp_path / "office.pem"
    office.write_bytes(keys.certificate_pem)
    # A second revision as an editor saving incrementally writes it (pyHanko's writer, not the program's).
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = TextStringObject("en")
    writer.update_root()
    revised = io.BytesIO()
    writer.write(revised)
    changed = bytearray(signed)
    changed[changed.index(b"stream", changed.index(b"/Filter")) + 10] ^= 0x01
    files = {
        "intact": signed,
        "changed": bytes(changed),
        "appended": signed + b"\n% added later\n",
        "revision": revised.getvalue(),
    }
    status, said = {}, {}
    for name, data in files.items():
        (tmp_path / f"{name}.pdf").write_bytes(data)
        result = mdt("verify", str(tmp_path / f"{name}.pdf"), "--trust", str(office))
        assert "Traceback" not in result.stderr
        status[name], said[name] = result.returncode, result.stdout
    assert status == {"intact": 0, "changed": 4, "appended": 5, "revision": 5}
    assert "changed after signing" in said["changed"]
    assert "15 bytes that are not part of the document were appended after signing" in said["appended"]
    assert "1 later revision(s) that are not a signature were added" in said["revision"]
    assert "revision" not in said["appended"] and "appended" not in said["revision"]

    documented = mdt("verify", "--help")
    assert "  5  the signed bytes are intact, but bytes were added after the signature" in documented.stdout
