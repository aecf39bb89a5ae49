"""The signing certificate in Settings: made for the office named after the team, shown with its fingerprint in
the same two halves the signed records print, and an office's PKCS#12 file with a wrong password (or one no file
can have) refused in Thai, with the right one taken."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.exports.action_records import ActionRecord, RecordLine, SignatureBlock, render_pdf
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Body
from tests.gui.page_support import wait_idle
from tests.register_fixtures import make_context, save_shot

TEAM = "ทีมสหวิชาชีพอำเภอเมืองแม่กลางเหนือ จังหวัดแม่กลางเหนือ"


@pytest.fixture
def context(database: Database, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, database: Database) -> SettingsPage:
    with database.session() as session:
        session.add(Body(kind="mdt", name_th=TEAM, level="district"))
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(900, 1700)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


def _office_p12(path: Path, password: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "สำนักงานพัฒนาสังคมฯ")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"office", key, certificate, None, BestAvailableEncryption(password.encode())
        )
    )
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def test_a_new_certificate_is_made_for_the_office_and_shown(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database
) -> None:
    ui = page.ui
    assert "ยังไม่มีใบรับรอง" in ui.identityNameValue.text()
    assert ui.officeNameEdit.text() == TEAM  # proposed from the team's name
    qtbot.mouseClick(ui.createIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ui.identityFingerprintValue.text()), timeout=30000)
    identity = signing.current_identity(database)
    assert identity is not None and identity.subject == TEAM
    assert ui.identityNameValue.text() == TEAM
    # Worked out here from the certificate itself: SHA-256 of its DER bytes, two lines of 16 bytes.
    digest = x509.load_pem_x509_certificate(signing.certificate_pem(database, identity.id)).fingerprint(
        hashes.SHA256()
    )
    halves = [
        ":".join(f"{byte:02X}" for byte in digest[:16]),
        ":".join(f"{byte:02X}" for byte in digest[16:]),
    ]
    assert ui.identityFingerprintValue.text().split("\n") == halves
    assert str(identity.not_after.year + 543) in ui.identityValidValue.text()  # valid until, in พ.ศ.
    assert "สร้างใบรับรองใหม่แล้ว" in ui.signingMessage.text()
    ui.signingGroup.ensurePolished()
    save_shot(ui.signingGroup, "settings_signing_identity")


def test_a_pkcs12_file_with_a_wrong_password_is_refused_in_thai(
    qtbot: QtBot, page: SettingsPage, database: Database, tmp_path: Path
) -> None:
    ui = page.ui
    fingerprint = _office_p12(tmp_path / "office.p12", "ถูกต้อง-2569")
    ui.pkcs12PathEdit.setText(str(tmp_path / "office.p12"))
    ui.pkcs12PasswordEdit.setText("ผิด")
    qtbot.mouseClick(ui.importIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "รหัสผ่านไม่ถูกต้อง" in ui.signingMessage.text(), timeout=10000)
    assert signing.current_identity(database) is None and "ยังไม่มีใบรับรอง" in ui.identityNameValue.text()

    ui.pkcs12PasswordEdit.setText("ถูกต้อง-2569")
    qtbot.mouseClick(ui.importIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ui.identityFingerprintValue.text().replace("\n", ":") == fingerprint, timeout=10000
    )
    assert ui.identityNameValue.text() == "สำนักงานพัฒนาสังคมฯ"
    assert ui.pkcs12PasswordEdit.text() == ""  # the file's password does not stay on screen


def test_a_pkcs12_file_that_cannot_be_read_is_named_and_nothing_is_imported(
    qtbot: QtBot, page: SettingsPage, database: Database, tmp_path: Path
) -> None:
    ui = page.ui
    ui.pkcs12PathEdit.setText(str(tmp_path / "ใบรับรองสำนักงาน.p12"))  # moved or deleted since it was chosen
    ui.pkcs12PasswordEdit.setText("ถูกต้อง-2569")
    qtbot.mouseClick(ui.importIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "เปิดไฟล์" in ui.signingMessage.text(), timeout=10000)
    assert ui.signingMessage.text() == "เปิดไฟล์ ใบรับรองสำนักงาน.p12 ไม่ได้ โปรดตรวจว่ามีไฟล์อยู่และมีสิทธิ์อ่าน"
    assert signing.current_identity(database) is None


def test_the_fingerprint_in_settings_is_the_one_a_signed_record_prints(
    qtbot: QtBot, page: SettingsPage, database: Database
) -> None:
    ui = page.ui
    qtbot.mouseClick(ui.createIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ui.identityFingerprintValue.text()), timeout=30000)
    identity = signing.current_identity(database)
    assert identity is not None
    record = ActionRecord(
        TEAM,
        "การประชุมครั้งที่ 1/2569",
        "โรงพยาบาลเมือง",
        [RecordLine("เยี่ยมบ้าน", "-", "MKM-2569-0001", "อยู่ระหว่างดำเนินการ", [])],
        [SignatureBlock("ผู้แทนหน่วยงาน", "", ""), SignatureBlock("ฝ่ายเลขานุการ", "", "")],
        certificate_fingerprint=identity.sha256_fingerprint,
    )
    signed = signing.sign_pdf(database, render_pdf(record), "ทดสอบ")
    text = PdfReader(io.BytesIO(signed)).pages[-1].extract_text()
    printed = re.findall(r"^\s*((?:[0-9A-F]{2}:){15}[0-9A-F]{2})\s*$", text, flags=re.MULTILINE)
    assert printed == ui.identityFingerprintValue.text().split("\n")


def test_a_nul_in_a_pkcs12_password_is_told_not_a_crash(
    qtbot: QtBot, page: SettingsPage, database: Database, tmp_path: Path
) -> None:
    # A NUL reached OpenSSL's binding and panicked in Rust. (A lone surrogate cannot come from the field:
    # Qt replaces it; tests/unit/test_signing.py refuses it in the service.)
    ui = page.ui
    _office_p12(tmp_path / "office.p12", "ถูกต้อง-2569")
    ui.pkcs12PathEdit.setText(str(tmp_path / "office.p12"))
    ui.pkcs12PasswordEdit.setText("ถูกต้อง\x002569")
    qtbot.mouseClick(ui.importIdentityButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "โปรดพิมพ์รหัสผ่านใหม่" in ui.signingMessage.text(), timeout=10000)
    assert "รหัสผ่านของไฟล์ PKCS#12" in ui.signingMessage.text()
    assert signing.current_identity(database) is None
