"""The office's signing identity and PAdES signatures: long Thai names fit the certificate, a signed record
verifies (with pdfsig too), a one-byte change is caught, and trust is told apart from integrity."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import text

from mdt_desktop.exports import signing as primitives
from mdt_desktop.refusal import Refusal
from mdt_desktop.services.exports import signing
from mdt_desktop.storage import migrations
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Body, Meeting
from tests.conftest import TEST_PASSPHRASE

LONG_NAME = (
    "คณะอนุกรรมการป้องกันและปราบปรามการค้ามนุษย์ระดับอำเภอ อำเภอเมืองแม่กลางเหนือ "
    "จังหวัดแม่กลางเหนือ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแม่กลางเหนือ"
)


def _small_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Action record")
    canvas.save()
    return buffer.getvalue()


def _signed_file(database: Database, path: Path) -> Path:
    """A small PDF signed with the office's identity, written to ``path``."""
    path.write_bytes(signing.sign_pdf(database, _small_pdf(), "ทดสอบ"))
    return path


def _flip_inside_signed_range(data: bytes) -> bytes:
    """Change one byte of the page content, which lies in the first signed range (before /Contents)."""
    changed = bytearray(data)
    start = changed.index(b"stream", changed.index(b"/Filter")) + 10
    assert start < changed.index(b"/ByteRange")
    changed[start] ^= 0x01
    return bytes(changed)


def test_a_long_thai_office_name_is_kept_whole_in_the_certificate(database: Database) -> None:
    info = signing.create_identity(database, LONG_NAME)
    certificate = x509.load_pem_x509_certificate(signing.certificate_pem(database, info.id))
    [common] = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert len(str(common.value).encode("utf-8")) <= 64
    assert LONG_NAME.startswith(str(common.value))
    # The name is not cut between a consonant and its marks.
    assert unicodedata.category(LONG_NAME[len(str(common.value))]) != "Mn"
    pieces = [
        str(a.value)
        for oid in (NameOID.ORGANIZATION_NAME, NameOID.ORGANIZATIONAL_UNIT_NAME)
        for a in certificate.subject.get_attributes_for_oid(oid)
    ]
    assert all(len(piece) <= 64 for piece in pieces)
    assert " ".join(pieces) == LONG_NAME
    assert info.subject == LONG_NAME
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign


def test_a_signed_pdf_verifies_and_names_the_office(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, LONG_NAME)
    path = _signed_file(database, tmp_path / "record.pdf")
    report = primitives.verify(path)
    assert report.signed and report.intact and report.covers_whole_file and report.unchanged
    assert report.signed_by == LONG_NAME
    assert report.signed_at is not None and abs(report.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(
        hours=1
    )
    # A self-signed certificate carried in the file proves nothing about who made it.
    assert not report.trusted
    assert "ไม่ถูกแก้ไข" in report.message_th

    trusted = primitives.verify(
        path, [signing.certificate_pem(database, signing.current_identity(database).id)]
    )
    assert trusted.trusted and trusted.unchanged


def test_one_changed_byte_is_reported_as_tampered(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    signed = _signed_file(database, tmp_path / "record.pdf")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_inside_signed_range(signed.read_bytes()))
    report = primitives.verify(tampered)
    assert report.signed and not report.intact and not report.unchanged
    assert "ถูกแก้ไข" in report.message_th and "changed" in report.message_en


def test_text_added_after_signing_is_reported(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    signed = _signed_file(database, tmp_path / "record.pdf")
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed.read_bytes() + b"\n% added later\n")
    report = primitives.verify(appended)
    assert not report.unchanged


def test_an_unsigned_pdf_is_not_reported_as_signed(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(_small_pdf())
    report = primitives.verify(path)
    assert not report.signed and not report.unchanged
    assert "ไม่มีลายมือชื่อ" in report.message_th


def _pdfsig(path: Path) -> subprocess.CompletedProcess[str]:
    # pdfsig shortens long names by bytes, which can cut a Thai letter in half: decode leniently.
    return subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, errors="replace", check=False, timeout=60
    )


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_poppler_validates_our_signature(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, LONG_NAME)
    path = _signed_file(database, tmp_path / "record.pdf")
    result = _pdfsig(path)
    assert "Signature is Valid." in result.stdout, result.stdout + result.stderr
    assert "Total document signed" in result.stdout

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_inside_signed_range(path.read_bytes()))
    result = _pdfsig(tampered)
    assert "Signature is Valid." not in result.stdout


def _pkcs12(name: str, password: bytes) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"office", key, certificate, None, BestAvailableEncryption(password)
    )


def test_an_office_certificate_from_pkcs12_signs_the_records(database: Database, tmp_path: Path) -> None:
    data = _pkcs12("Office of Social Development", b"secret-2569")
    with pytest.raises(Refusal):
        signing.import_pkcs12(database, data, "wrong")
    info = signing.import_pkcs12(database, data, "secret-2569")
    assert info.subject == "Office of Social Development"
    assert signing.current_identity(database) == info
    path = _signed_file(database, tmp_path / "record.pdf")
    report = primitives.verify(path)
    assert report.unchanged and report.signed_by == "Office of Social Development"


def test_signing_without_an_identity_says_so(database: Database, tmp_path: Path) -> None:
    with pytest.raises(Refusal) as caught:
        _signed_file(database, tmp_path / "record.pdf")
    assert "ใบรับรอง" in caught.value.message("th")
    assert not (tmp_path / "record.pdf").exists()


def test_a_database_at_revision_0001_gains_the_new_tables_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "team.mdt"
    db, _code = Database.create(path, TEST_PASSPHRASE)
    with db.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมือง", level="district")
        session.add(body)
        session.flush()
        session.add(Meeting(body_id=body.id, number=1, year_be=2569, date=dt.date(2026, 1, 15)))
    # Back to the schema a program of the previous release made.
    with db.engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0001")
    with db.engine.connect() as connection:
        assert migrations.read_revision(connection) == "0001"
        tables = {
            row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
        assert "signing_identity" not in tables and "circulation_entry" not in tables
    db.close()

    upgraded = Database.open_with_passphrase(path, TEST_PASSPHRASE)
    try:
        assert migrations.current_revision(upgraded.engine) == "0002"
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT number, year_be FROM meeting")).all() == [(1, 2569)]
        info = signing.create_identity(upgraded, "ทีมสหวิชาชีพอำเภอเมือง")
        assert signing.current_identity(upgraded) == info
    finally:
        upgraded.close()


@pytest.fixture
def bangkok_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock set to Thai time (UTC+7), put back afterwards."""
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("bangkok_clock")
def test_the_signing_time_is_told_on_the_readers_clock_with_its_offset() -> None:
    # 23.52 UTC on 21 November is 06.52 the next morning in Thailand.
    thai, english = primitives.signing_time_text(dt.datetime(2026, 11, 21, 23, 52, tzinfo=dt.UTC))
    assert thai == " เมื่อ 22 พฤศจิกายน พ.ศ. 2569 เวลา 06.52 น. (UTC+07:00)"
    assert english == " on 2026-11-22 06:52 (UTC+07:00)"


@pytest.mark.usefixtures("bangkok_clock")
def test_verify_says_when_in_local_time(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    report = primitives.verify(_signed_file(database, tmp_path / "record.pdf"))
    assert report.signed_at is not None
    local = report.signed_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert f"เวลา {local:%H.%M} น. (UTC+07:00)" in report.message_th
    assert f"{local:%H:%M} (UTC+07:00)" in report.message_en
