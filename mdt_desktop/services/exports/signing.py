"""The office's signing identity (certificate and key) kept in the database, signing exported PDFs with it, and the
check of a signed file.

An identity is made here on request (a self-signed certificate, ``exports.signing.new_self_signed``) or imported
from the PKCS#12 file an office already has; both are kept in table ``signing_identity`` inside the encrypted
database (see ``SigningIdentity`` for why the key is not encrypted a second time). The newest identity signs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from mdt_desktop.domain import typed_text
from mdt_desktop.exports import signing
from mdt_desktop.exports.signing import SigningKeys, VerifyReport
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit
from mdt_desktop.services.exports import destination as destination_module
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import SigningIdentity

NO_IDENTITY = Message(
    "ยังไม่มีใบรับรองสำหรับลงนาม โปรดสร้างหรือนำเข้าก่อน",
    "There is no signing certificate yet; create or import one first.",
)
NO_CERTIFICATE = Message("ไม่พบใบรับรองสำหรับลงนาม", "The signing certificate was not found.")
NO_FILE = Message("ไม่พบไฟล์ {path}", "There is no file {path}.")
UNREADABLE_FILE = Message(
    "เปิดไฟล์ {name} ไม่ได้ โปรดตรวจว่ามีไฟล์อยู่และมีสิทธิ์อ่าน",
    "{name} cannot be opened; check that it exists and can be read.",
)
NOT_A_CERTIFICATE = Message(
    "ไฟล์ {name} ไม่ใช่ใบรับรอง (ต้องเป็นไฟล์ใบรับรอง PEM หรือ DER ของสำนักงานที่ลงนาม)",
    "{name} is not a certificate (it must be the signing office's certificate, PEM or DER).",
)


@dataclass(frozen=True)
class IdentityInfo:
    id: int
    label: str
    subject: str  # the full office name as the certificate carries it
    not_before: dt.datetime
    not_after: dt.datetime
    sha256_fingerprint: str


def _info(row: SigningIdentity) -> IdentityInfo:
    facts = signing.certificate_facts(row.certificate_pem.encode("ascii"))
    return IdentityInfo(
        id=row.id,
        label=row.label,
        subject=facts.subject,
        not_before=facts.not_before,
        not_after=facts.not_after,
        sha256_fingerprint=facts.sha256_fingerprint,
    )


def _store(db: Database, label: str, keys: SigningKeys) -> IdentityInfo:
    with db.session() as session:
        row = SigningIdentity(
            label=label,
            certificate_pem=keys.certificate_pem.decode("ascii"),
            private_key_pem=keys.private_key_pem.decode("ascii"),
        )
        session.add(row)
        session.flush()
        return _info(row)


def create_identity(db: Database, office_name: str, now: dt.datetime | None = None) -> IdentityInfo:
    """A new self-signed certificate for the office, valid ten years; it becomes the identity used from now on."""
    name = " ".join(typed_text.checked(office_name, typed_text.NAME).split())
    keys = signing.new_self_signed(name, now or dt.datetime.now(dt.UTC))
    return _store(db, name, keys)


def import_keys(db: Database, keys: SigningKeys, label: str = "") -> IdentityInfo:
    """A certificate and key made elsewhere (PEM), such as the benchmark's, kept as the office's identity."""
    return _store(db, label or signing.certificate_facts(keys.certificate_pem).subject, keys)


def import_pkcs12(db: Database, data: bytes, password: str | None, label: str = "") -> IdentityInfo:
    """The office's existing certificate and key from a PKCS#12 (.p12/.pfx) file's bytes."""
    keys = signing.read_pkcs12(data, password)
    return _store(db, label or signing.certificate_facts(keys.certificate_pem).subject, keys)


def import_pkcs12_file(db: Database, path: Path, password: str | None) -> IdentityInfo:
    """The office's certificate from the PKCS#12 file the person chose; a file that cannot be read is refused."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Refusal(UNREADABLE_FILE, name=path.name) from error
    return import_pkcs12(db, data, password)


_NEWEST = select(SigningIdentity).order_by(SigningIdentity.id.desc()).limit(1)


def current_identity(db: Database) -> IdentityInfo | None:
    """The newest identity: creating or importing one replaces the previous for new signatures."""
    with db.read_session() as session:
        row = session.scalars(_NEWEST).first()
        return _info(row) if row is not None else None


def certificate_pem(db: Database, identity_id: int) -> bytes:
    """The public certificate, for the centre that wants to trust this office's signatures."""
    with db.read_session() as session:
        row = session.get(SigningIdentity, identity_id)
        if row is None:
            raise Refusal(NO_CERTIFICATE)
        return row.certificate_pem.encode("ascii")


def export_certificate(db: Database, destination: Path, *, actor: str, force: bool = False) -> IdentityInfo:
    """The office's current certificate as a PEM file for a centre, which gives it to ``mdt verify --trust``.

    Only the public certificate leaves the database, never the key; written whole, audited like any export
    (``audit.log_export``)."""
    identity = current_identity(db)
    if identity is None:
        raise Refusal(NO_IDENTITY)
    destination_module.write_whole(destination, certificate_pem(db, identity.id), force=force)
    audit.log_export(db, actor, "export_certificate", "signing_identity", identity.id)
    return identity


def signing_keys(db: Database) -> SigningKeys:
    """The key and certificate that sign from now on; a ``Refusal`` when the office has none yet."""
    with db.read_session() as session:
        row = session.scalars(_NEWEST).first()
        if row is None:
            raise Refusal(NO_IDENTITY)
        return SigningKeys(row.certificate_pem.encode("ascii"), row.private_key_pem.encode("ascii"))


def sign_pdf(db: Database, pdf: bytes, reason: str, location: str = "") -> bytes:
    """The PDF held in memory signed with the office's identity (PAdES baseline B), in memory too."""
    return signing.sign_pdf(pdf, signing_keys(db), reason, location)


def _read(path: Path) -> bytes:
    if not path.is_file():
        raise Refusal(NO_FILE, path=path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise Refusal(UNREADABLE_FILE, name=path.name) from error


def verify_file(path: Path, trusted: Sequence[Path] = ()) -> VerifyReport:
    """Check the last signature of a PDF; ``trusted`` are the certificate files (PEM or DER) of the signers the
    person trusts, each the signer's own certificate (not an authority above it). A missing or unreadable file,
    or a trusted file that is not a certificate, is a ``Refusal``."""
    fingerprints = set()
    for certificate_file in trusted:
        fingerprint = signing.certificate_fingerprint(_read(certificate_file))
        if fingerprint is None:
            raise Refusal(NOT_A_CERTIFICATE, name=certificate_file.name)
        fingerprints.add(fingerprint)
    return signing.verify(_read(path), fingerprints)
