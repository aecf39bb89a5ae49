"""The office's signing identity and PAdES signatures: long Thai names fit the certificate, a signed record
verifies (with pdfsig too), a one-byte change is caught, and trust is told apart from integrity: only the
trusted certificate itself is trusted, never another one in the same office name."""

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
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
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


def _fingerprint(certificate_pem: bytes) -> str:
    """Worked out here, not by the code under test: SHA-256 of the DER certificate, colon-separated hex."""
    digest = x509.load_pem_x509_certificate(certificate_pem).fingerprint(hashes.SHA256())
    return ":".join(f"{byte:02X}" for byte in digest)


def _office_certificate(database: Database) -> bytes:
    identity = signing.current_identity(database)
    assert identity is not None
    return signing.certificate_pem(database, identity.id)


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
    report = primitives.verify(path.read_bytes())
    assert report.signed and report.intact and report.covers_whole_file and report.unchanged
    assert report.signed_by == LONG_NAME
    assert report.signed_at is not None and abs(report.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(
        hours=1
    )
    # A self-signed certificate carried in the file proves nothing about who made it.
    assert not report.trusted and report.verdict == primitives.Verdict.NOT_TRUSTED
    assert report.signer_fingerprint == _fingerprint(_office_certificate(database))
    assert "ไม่ถูกแก้ไข" in report.message("th") and "not compared" in report.message("en")

    certificate = tmp_path / "office.pem"
    certificate.write_bytes(_office_certificate(database))
    trusted = signing.verify_file(path, [certificate])
    assert trusted.trusted and trusted.unchanged and trusted.verdict == primitives.Verdict.TRUSTED
    assert "is a trusted one" in trusted.message("en")

    # The same certificate as DER, as a centre may keep it.
    der = tmp_path / "office.cer"
    der.write_bytes(
        x509.load_pem_x509_certificate(certificate.read_bytes()).public_bytes(serialization.Encoding.DER)
    )
    assert signing.verify_file(path, [der]).verdict == primitives.Verdict.TRUSTED


def _keys(certificate: x509.Certificate, key: rsa.RSAPrivateKey) -> primitives.SigningKeys:
    return primitives.SigningKeys(
        certificate.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def _lookalike(original_pem: bytes) -> primitives.SigningKeys:
    """Another key in a copy of ``original_pem``'s certificate: same name, serial number, validity and
    extensions (its subject key identifier too), self-signed with the new key."""
    original = x509.load_pem_x509_certificate(original_pem)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    builder = (
        x509.CertificateBuilder()
        .subject_name(original.subject)
        .issuer_name(original.issuer)
        .public_key(key.public_key())
        .serial_number(original.serial_number)
        .not_valid_before(original.not_valid_before_utc)
        .not_valid_after(original.not_valid_after_utc)
    )
    for extension in original.extensions:
        builder = builder.add_extension(extension.value, extension.critical)
    return _keys(builder.sign(key, hashes.SHA256()), key)


def test_a_foreign_certificate_in_the_same_office_name_is_not_trusted(
    database: Database, tmp_path: Path
) -> None:
    office = "ทีมสหวิชาชีพอำเภอเมือง"
    signing.create_identity(database, office)
    office_pem = _office_certificate(database)
    trusted_file = tmp_path / "office.pem"
    trusted_file.write_bytes(office_pem)
    genuine = _signed_file(database, tmp_path / "genuine.pdf")
    assert signing.verify_file(genuine, [trusted_file]).verdict == primitives.Verdict.TRUSTED

    made_elsewhere = primitives.new_self_signed(office, dt.datetime.now(dt.UTC))
    for name, keys in (("foreign.pdf", made_elsewhere), ("lookalike.pdf", _lookalike(office_pem))):
        forged = tmp_path / name
        forged.write_bytes(primitives.sign_pdf(_small_pdf(), keys, "ทดสอบ"))
        report = signing.verify_file(forged, [trusted_file])
        assert report.unchanged and report.signed_by == office  # intact, and the name is the office's
        assert not report.trusted and report.verdict == primitives.Verdict.NOT_TRUSTED, name
        assert report.signer_fingerprint == _fingerprint(keys.certificate_pem) != _fingerprint(office_pem)
        assert "ไม่ใช่ใบรับรองที่เชื่อถือ" in report.message("th")
        assert "not a trusted one" in report.message("en")


def test_a_trusted_file_that_is_not_a_certificate_is_refused(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    path = _signed_file(database, tmp_path / "record.pdf")
    not_a_certificate = tmp_path / "notes.pem"
    not_a_certificate.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    with pytest.raises(Refusal) as refused:
        signing.verify_file(path, [not_a_certificate])
    assert refused.value.reason == signing.NOT_A_CERTIFICATE
    assert refused.value.message("en") == (
        "notes.pem is not a certificate (it must be the signing office's certificate, PEM or DER)."
    )
    with pytest.raises(Refusal) as missing:
        signing.verify_file(tmp_path / "gone.pdf", [])
    assert missing.value.reason == signing.NO_FILE


def test_one_changed_byte_is_reported_as_tampered(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    (tmp_path / "office.pem").write_bytes(_office_certificate(database))
    signed = _signed_file(database, tmp_path / "record.pdf")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(_flip_inside_signed_range(signed.read_bytes()))
    report = signing.verify_file(tampered, [tmp_path / "office.pem"])
    assert report.signed and not report.intact and not report.unchanged
    assert report.verdict == primitives.Verdict.INVALID  # even though the certificate is the trusted one
    assert "ถูกแก้ไข" in report.message("th") and "changed" in report.message("en")


def _with_unsigned_revision(signed: bytes) -> bytes:
    """``signed`` with one more revision that is no signature, as an editor saving incrementally writes it: the
    document's language changed in an update appended after the signed bytes (pyHanko's writer, not ours)."""
    from pyhanko.pdf_utils.generic import TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = TextStringObject("en")
    writer.update_root()
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_bytes_appended_after_signing_are_told_apart_from_a_change(
    database: Database, tmp_path: Path
) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    signed = _signed_file(database, tmp_path / "record.pdf").read_bytes()
    trusted = [_fingerprint(_office_certificate(database))]
    junk = b"\n% added later\n"
    report = primitives.verify(signed + junk, trusted)
    assert report.signed and report.intact and not report.covers_whole_file and not report.unchanged
    assert report.verdict == primitives.Verdict.ADDED_AFTER  # not INVALID: the signed bytes are intact
    assert f"but {len(junk)} bytes that are not part of the document were appended" in report.message("en")
    assert f"มีข้อมูล {len(junk)} ไบต์ต่อท้ายไฟล์หลังลงนาม" in report.message("th")
    assert "revision" not in report.message("en")


def test_a_second_unsigned_revision_is_told_as_a_revision(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    signed = _signed_file(database, tmp_path / "record.pdf").read_bytes()
    updated = _with_unsigned_revision(signed)
    assert updated.startswith(signed) and len(updated) > len(signed)
    report = primitives.verify(updated, [_fingerprint(_office_certificate(database))])
    assert report.intact and not report.unchanged and not report.trusted
    assert report.verdict == primitives.Verdict.ADDED_AFTER
    assert "but 1 later revision(s) that are not a signature were added" in report.message("en")
    assert "แก้ไขเพิ่มเติมต่อท้ายไฟล์หลังลงนาม 1 ครั้ง" in report.message("th")
    assert "appended" not in report.message("en")


def test_the_intact_file_is_neither_changed_nor_added_to(database: Database, tmp_path: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    signed = _signed_file(database, tmp_path / "record.pdf").read_bytes()
    report = primitives.verify(signed, [_fingerprint(_office_certificate(database))])
    assert report.verdict == primitives.Verdict.TRUSTED
    assert "added" not in report.message("en") and "changed after" not in report.message("en")
    changed = primitives.verify(_flip_inside_signed_range(signed))
    assert changed.verdict == primitives.Verdict.INVALID and "changed after signing" in changed.message("en")
    assert "appended" not in changed.message("en") and "revision" not in changed.message("en")


def test_an_unsigned_pdf_is_not_reported_as_signed(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(_small_pdf())
    report = primitives.verify(path.read_bytes())
    assert not report.signed and not report.unchanged and report.verdict == primitives.Verdict.INVALID
    assert "ไม่มีลายมือชื่อ" in report.message("th")


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
    report = primitives.verify(path.read_bytes())
    assert report.unchanged and report.signed_by == "Office of Social Development"


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("secret\x002569", primitives.PKCS12_PASSWORD_NUL),
        ("\x00", primitives.PKCS12_PASSWORD_NUL),
        ("secret\ud8002569", primitives.PKCS12_PASSWORD_BROKEN),
    ],
)
def test_a_pkcs12_password_no_file_can_have_is_refused_in_words(
    database: Database, password: str, reason: object
) -> None:
    # A NUL used to reach OpenSSL's binding and panic in Rust; a lone surrogate to be called a wrong password.
    data = _pkcs12("Office of Social Development", b"secret-2569")
    with pytest.raises(Refusal) as refused:
        signing.import_pkcs12(database, data, password)
    assert refused.value.reason == reason
    assert "PKCS#12" in refused.value.message("th") and "type the password again" in refused.value.message(
        "en"
    )
    assert signing.current_identity(database) is None


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
        assert migrations.current_revision(upgraded.engine) == migrations.head_revision()
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
    report = primitives.verify(_signed_file(database, tmp_path / "record.pdf").read_bytes())
    assert report.signed_at is not None
    local = report.signed_at.astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert f"เวลา {local:%H.%M} น. (UTC+07:00)" in report.message("th")
    assert f"{local:%H:%M} (UTC+07:00)" in report.message("en")
