"""Signing primitives: the office's certificate and key made or read as bytes, PAdES signatures on PDFs, and
the check of a signed file.

A new identity is a self-signed X.509 certificate whose key may sign and not repudiate; an office that already
has one brings its PKCS#12 file. Nothing here knows where the keys are kept: ``services.exports.signing`` stores
them in the encrypted database and hands them in. Signing takes and returns bytes, so the unsigned document only
ever exists in memory and the service writes the signed one to its destination.

``verify`` keeps two questions apart: is the signed content intact (cryptography, answered from the file alone),
and is the signer trusted. Trust is decided by the signer's certificate itself, its SHA-256 fingerprint compared
with those of the certificates the caller trusts, never by the name in it: anyone can make a self-signed
certificate in an office's name, and the file carries whatever certificate its maker chose. The fingerprint is
what a person compares by telephone, so it is printed the same way everywhere: ``fingerprint_lines``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.thai.dates import format_date

if TYPE_CHECKING:  # pyHanko is imported when a document is signed, not when the program starts
    from pyhanko.sign.signers import SimpleSigner

# RFC 5280 upper bounds: common name, organisation and organisational unit are at most 64 characters each.
NAME_PART_LIMIT = 64
RSA_KEY_BITS = 3072
VALID_YEARS = 10
SIGNATURE_FIELD = "MDTSignature"

# pyHanko logs a self-signed signer (the usual case here) as a warning with a traceback; with no handler of its
# own, Python's last-resort handler would print that on the terminal of `mdt verify`. The program's log setup
# still receives the records through the root logger.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())


NO_OFFICE_NAME = Message("โปรดระบุชื่อสำนักงานสำหรับใบรับรอง", "The certificate needs the office's name.")
PKCS12_UNREADABLE = Message(
    "เปิดไฟล์ PKCS#12 ไม่ได้: รหัสผ่านไม่ถูกต้องหรือไฟล์เสียหาย",
    "The PKCS#12 file cannot be opened: wrong password or a damaged file.",
)
PKCS12_INCOMPLETE = Message(
    "ไฟล์ PKCS#12 นี้ไม่มีทั้งใบรับรองและกุญแจส่วนตัว",
    "This PKCS#12 file does not hold both a certificate and its private key.",
)
PKCS12_PASSWORD_NUL = Message(
    "รหัสผ่านของไฟล์ PKCS#12 มีอักขระ NUL ซึ่งรหัสผ่านมีไม่ได้ โปรดพิมพ์รหัสผ่านใหม่",
    "The PKCS#12 password contains a NUL character, which no password can hold; type the password again.",
)
PKCS12_PASSWORD_BROKEN = Message(
    "รหัสผ่านของไฟล์ PKCS#12 มีอักขระที่ไม่สมบูรณ์ (surrogate ที่ไม่มีคู่) โปรดพิมพ์รหัสผ่านใหม่",
    "The PKCS#12 password contains a broken character (a lone surrogate); type the password again.",
)

# What ``verify`` tells; ``{when}`` is ``signing_time_text``'s, empty when the file gives no signing time.
NOT_SIGNED = Message("เอกสารนี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์", "This document has no digital signature.")
UNCHECKABLE = Message(
    "ตรวจลายมือชื่อไม่ได้: ไฟล์ถูกแก้ไขหรือเสียหาย ({problem})",
    "The signature cannot be checked: the file was changed or is damaged ({problem}).",
)
CHANGED = Message(
    "เอกสารถูกแก้ไขหลังลงนาม: ลายมือชื่อของ {signer} ไม่ตรงกับเนื้อหา",
    "The document was changed after signing: {signer}'s signature does not match its content.",
)
# Two ways bytes come after a signature: a later revision of the PDF (an incremental update, which a viewer shows
# as the document: a page, a note or a form value may differ from what was signed), or bytes that are no revision
# at all (junk appended by a tool or a person, which viewers ignore, but the file is no longer the one signed).
REVISION_ADDED = Message(
    "ลงนามโดย {signer}{when} เนื้อหาที่ลงนามไม่ถูกแก้ไข แต่มีการแก้ไขเพิ่มเติมต่อท้ายไฟล์หลังลงนาม {count} ครั้ง "
    "ซึ่งไม่ใช่ลายมือชื่อ สิ่งที่โปรแกรมอ่าน PDF แสดงจึงอาจต่างจากที่ลงนาม",
    "Signed by {signer}{when}; the signed bytes are unchanged, but {count} later revision(s) that are not a "
    "signature were added to the file after signing: what a PDF viewer shows may differ from what was signed.",
)
BYTES_APPENDED = Message(
    "ลงนามโดย {signer}{when} เนื้อหาที่ลงนามไม่ถูกแก้ไข แต่มีข้อมูล {count} ไบต์ต่อท้ายไฟล์หลังลงนาม "
    "ซึ่งไม่ใช่ส่วนหนึ่งของเอกสาร ไฟล์นี้จึงไม่ใช่ไฟล์ที่ลงนามไว้",
    "Signed by {signer}{when}; the signed bytes are unchanged, but {count} bytes that are not part of the "
    "document were appended after signing: this is not the file that was signed.",
)
TRUSTED = Message(
    "ลงนามโดย {signer}{when} เอกสารไม่ถูกแก้ไขหลังลงนาม และใบรับรองของผู้ลงนามเป็นใบรับรองที่เชื่อถือ",
    "Signed by {signer}{when}; not changed since it was signed, and the signer's certificate is a trusted one.",
)
NOT_TRUSTED = Message(
    "ลงนามโดย {signer}{when} เอกสารไม่ถูกแก้ไขหลังลงนาม แต่ใบรับรองของผู้ลงนามไม่ใช่ใบรับรองที่เชื่อถือ "
    "ชื่อในใบรับรองไม่ใช่หลักฐาน ใครก็สร้างใบรับรองในชื่อนี้ได้ "
    "โปรดเทียบลายนิ้วมือใบรับรองกับสำนักงานที่ลงนาม เช่น ทางโทรศัพท์",
    "Signed by {signer}{when}; not changed since it was signed, but the signer's certificate is not a trusted "
    "one. The name in a certificate proves nothing: anyone can make a certificate in this name. Compare the "
    "certificate's fingerprint with the signing office, by telephone for instance.",
)
NOT_COMPARED = Message(
    "ลงนามโดย {signer}{when} เอกสารไม่ถูกแก้ไขหลังลงนาม แต่ยังไม่ได้เทียบใบรับรองของผู้ลงนามกับใบรับรองที่เชื่อถือ "
    "โปรดเทียบลายนิ้วมือใบรับรองกับสำนักงานที่ลงนาม เช่น ทางโทรศัพท์",
    "Signed by {signer}{when}; not changed since it was signed, but the signer's certificate was not compared "
    "with a trusted one. Compare the certificate's fingerprint with the signing office, by telephone for instance.",
)


@dataclass(frozen=True)
class SigningKeys:
    """A certificate and its private key, PEM (the key PKCS#8, unencrypted: it lives in the encrypted database)."""

    certificate_pem: bytes
    private_key_pem: bytes = field(repr=False)  # never in a log line or a traceback's locals


@dataclass(frozen=True)
class CertificateFacts:
    subject: str  # the full office name as the certificate carries it
    not_before: dt.datetime
    not_after: dt.datetime
    sha256_fingerprint: str


class Verdict(Enum):
    """The four answers a reader acts on differently."""

    TRUSTED = "trusted"  # unchanged, signed with a certificate the reader trusts
    NOT_TRUSTED = "not_trusted"  # unchanged, but by a certificate the reader has not said to trust
    ADDED_AFTER = "added_after"  # the signed bytes intact, but a revision or other bytes added after them
    INVALID = "invalid"  # the signed bytes changed, damaged, or not signed at all


@dataclass(frozen=True)
class VerifyReport:
    signed: bool
    signed_by: str
    signed_at: dt.datetime | None
    signer_fingerprint: str  # of the certificate that made the signature; "" when there is none to read
    intact: bool
    covers_whole_file: bool
    trusted: bool
    summary: Message
    summary_values: Mapping[str, object] = field(default_factory=dict)

    @property
    def unchanged(self) -> bool:
        """What a reader asks first: signed, the signed bytes unchanged, and nothing added after the signature."""
        return self.signed and self.intact and self.covers_whole_file

    @property
    def verdict(self) -> Verdict:
        if self.signed and self.intact and not self.covers_whole_file:
            return Verdict.ADDED_AFTER
        if not self.unchanged:
            return Verdict.INVALID
        return Verdict.TRUSTED if self.trusted else Verdict.NOT_TRUSTED

    def message(self, language: str = "th") -> str:
        return self.summary.text(language, **self.summary_values)


# --- names ----------------------------------------------------------------------------------------------------


def _utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def _cut(word: str, fits: Callable[[str], bool]) -> int:
    """Where to cut a word too long to fit: after the last dictionary word that fits (pythainlp), else after
    the last character that fits, never separating a consonant from its vowel or tone marks."""
    from pythainlp.tokenize import word_tokenize

    end = 0
    for token in word_tokenize(word, engine="newmm"):
        if not fits(word[: end + len(token)]):
            break
        end += len(token)
    if end:
        return end
    end = len(word)
    while end > 1 and not fits(word[:end]):
        end -= 1
    while 1 < end < len(word) and unicodedata.category(word[end]) == "Mn":
        end -= 1
    return end


def split_name(name: str, fits: Callable[[str], bool]) -> list[str]:
    """Pieces that each ``fits``, cut at spaces where possible (Thai names have spaces between their parts:
    ทีมสหวิชาชีพ อำเภอ... จังหวัด...), inside a word only when one word alone is too long."""
    pieces: list[str] = []
    current = ""
    for word in " ".join(name.split()).split(" "):
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = word
        while not fits(current):
            end = _cut(current, fits)
            pieces.append(current[:end])
            current = current[end:]
    if current:
        pieces.append(current)
    return pieces


def subject_for(office_name: str) -> x509.Name:
    """CN holds the name when it fits, else its first words; O and OU then hold the whole name in order.

    The CN bound is counted in UTF-8 bytes (the cryptography library enforces that), about 21 Thai letters;
    O and OU pieces keep to RFC 5280's 64 characters."""
    name = " ".join(office_name.split())
    if not name:
        raise Refusal(NO_OFFICE_NAME)
    common = split_name(name, lambda text: _utf8_length(text) <= NAME_PART_LIMIT)[0]
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if common != name:
        pieces = split_name(name, lambda text: len(text) <= NAME_PART_LIMIT)
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, pieces[0]))
        attributes += [x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, piece) for piece in pieces[1:]]
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"))
    return x509.Name(attributes)


def display_name(name: x509.Name) -> str:
    """The office name as written: O and OU joined when they begin with the CN (our own long names), else CN."""
    common = [str(a.value) for a in name.get_attributes_for_oid(NameOID.COMMON_NAME)]
    parts = [str(a.value) for a in name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)]
    parts += [str(a.value) for a in name.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)]
    joined = " ".join(parts)
    if common and joined.startswith(common[0]):
        return joined
    if common:
        return common[0]
    return joined or name.rfc4514_string()


# --- keys and certificates -----------------------------------------------------------------------------------


def _pem_keys(certificate: x509.Certificate, key: PrivateKeyTypes) -> SigningKeys:
    return SigningKeys(
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM),
        private_key_pem=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def new_self_signed(office_name: str, now: dt.datetime) -> SigningKeys:
    """A new key and self-signed certificate for the office, valid ten years from ``now``, for digital signature
    and non-repudiation only."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    subject = subject_for(office_name)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                # The centre's certificate is also the one districts encrypt their exchange packages to (RSA
                # key transport), and key transport is what keyEncipherment allows.
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _pem_keys(certificate, key)


def _pkcs12_password(password: str | None) -> bytes | None:
    """The password as the library takes it. A NUL would make OpenSSL's binding panic (a Rust panic is no
    exception the program can catch as a refusal) and a lone surrogate cannot be encoded: both are refused here."""
    if not password:
        return None
    if "\0" in password:
        raise Refusal(PKCS12_PASSWORD_NUL)
    try:
        return password.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Refusal(PKCS12_PASSWORD_BROKEN) from error


def read_pkcs12(data: bytes, password: str | None) -> SigningKeys:
    """The certificate and key of a PKCS#12 (.p12/.pfx) file's bytes."""
    secret = _pkcs12_password(password)
    try:
        key, certificate, _chain = pkcs12.load_key_and_certificates(data, secret)
    # What cryptography raises for a wrong password or a damaged file, nothing else.
    except ValueError as error:
        raise Refusal(PKCS12_UNREADABLE) from error
    if key is None or certificate is None:
        raise Refusal(PKCS12_INCOMPLETE)
    return _pem_keys(certificate, key)


def sha256_fingerprint(certificate: x509.Certificate) -> str:
    """The SHA-256 of the certificate's DER bytes as a person reads it out: "87:F2:...", 32 bytes."""
    return certificate.fingerprint(hashes.SHA256()).hex(":").upper()


def fingerprint_lines(fingerprint: str) -> tuple[str, str]:
    """A fingerprint as two lines of 16 bytes: how Settings, the signed record and ``mdt verify`` show it, so
    that it fits a narrow window and an A4 column and is read out in the same two halves everywhere."""
    parts = fingerprint.split(":")
    half = (len(parts) + 1) // 2
    return ":".join(parts[:half]), ":".join(parts[half:])


def certificate_fingerprint(data: bytes) -> str | None:
    """The fingerprint of a certificate file's bytes (PEM or DER); None when they are not a certificate."""
    try:
        if b"-----BEGIN" in data:
            return sha256_fingerprint(x509.load_pem_x509_certificate(data))
        return sha256_fingerprint(x509.load_der_x509_certificate(data))
    except ValueError:  # what cryptography raises for bytes that are not a certificate
        return None


def der_to_pem(certificate_der: bytes) -> bytes:
    """A DER certificate's PEM form (the one the database keeps and the exchange package takes)."""
    return x509.load_der_x509_certificate(certificate_der).public_bytes(serialization.Encoding.PEM)


def certificate_facts(certificate_pem: bytes) -> CertificateFacts:
    """What a person checks of a certificate: whose it is, how long it holds, its fingerprint."""
    certificate = x509.load_pem_x509_certificate(certificate_pem)
    return CertificateFacts(
        subject=display_name(certificate.subject),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        sha256_fingerprint=sha256_fingerprint(certificate),
    )


# --- signing --------------------------------------------------------------------------------------------------


def _signer(keys: SigningKeys) -> SimpleSigner:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = x509.load_pem_x509_certificate(keys.certificate_pem)
    key = serialization.load_pem_private_key(keys.private_key_pem, password=None)
    asn1_cert = asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    asn1_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return signers.SimpleSigner(
        signing_cert=asn1_cert,
        signing_key=asn1_key,
        cert_registry=SimpleCertificateStore.from_certs([asn1_cert]),  # type: ignore[no-untyped-call]
    )


def sign_pdf(pdf: bytes, keys: SigningKeys, reason: str, location: str = "") -> bytes:
    """The PDF held in memory, signed with ``keys`` (PAdES baseline B), in memory too."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location or None,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = io.BytesIO()
    signers.PdfSigner(metadata, signer=_signer(keys)).sign_pdf(writer, output=output)
    return output.getvalue()


# --- checking -------------------------------------------------------------------------------------------------


def _utc_offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def signing_time_text(moment: dt.datetime) -> tuple[str, str]:
    """When a document was signed, on this computer's clock (the zone the reader lives in), with the offset
    so that a reader elsewhere can tell: " เมื่อ 22 พฤศจิกายน พ.ศ. 2569 เวลา 06.54 น. (UTC+07:00)" and
    " on 2026-11-22 06:54 (UTC+07:00)". A time without a zone is taken as UTC, as PDF signing times are."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    offset = _utc_offset(local)
    return (
        f" เมื่อ {format_date(local.date(), 'long')} เวลา {local:%H.%M} น. ({offset})",
        f" on {local:%Y-%m-%d %H:%M} ({offset})",
    )


def _invalid(signed: bool, summary: Message, **values: object) -> VerifyReport:
    return VerifyReport(signed, "", None, "", False, False, False, summary, values)


def verify(pdf: bytes, trusted_fingerprints: Collection[str] = ()) -> VerifyReport:
    """Check the last signature of a PDF's bytes. ``trusted_fingerprints`` (``sha256_fingerprint``'s form) are
    the certificates the reader trusts; the signature is trusted only when it was made with one of exactly those,
    whatever the names in the signer's certificate say."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
        if not signatures:
            return _invalid(False, NOT_SIGNED)
        # No trust roots (an empty list, not None, which would mean the system's TLS roots): pyHanko answers
        # only whether the signature matches the content; trust is the fingerprint comparison below.
        status = validate_pdf_signature(
            signatures[-1], ValidationContext(trust_roots=[], allow_fetching=False)
        )
    except (PdfError, SignatureValidationError, ValueError, KeyError, TypeError) as error:
        return _invalid(True, UNCHECKABLE, problem=type(error).__name__)
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump())
    signer = display_name(certificate.subject)
    fingerprint = sha256_fingerprint(certificate)
    signed_at = status.signer_reported_dt
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid)
    trusted = intact and whole and fingerprint in trusted_fingerprints
    values: dict[str, object] = {}
    if not intact:
        summary = CHANGED
    elif not whole:
        # The last signature is checked, so every revision after the one it signed is not a signature.
        later_revisions = reader.xrefs.total_revisions - 1 - signatures[-1].signed_revision
        if later_revisions > 0:
            summary, values["count"] = REVISION_ADDED, later_revisions
        else:
            _, _, start, length = signatures[-1].byte_range
            summary, values["count"] = BYTES_APPENDED, len(pdf) - (start + length)
    elif trusted:
        summary = TRUSTED
    else:
        summary = NOT_TRUSTED if trusted_fingerprints else NOT_COMPARED
    when = Message(*signing_time_text(signed_at)) if signed_at else Message("", "")
    return VerifyReport(
        signed=True,
        signed_by=signer,
        signed_at=signed_at,
        signer_fingerprint=fingerprint,
        intact=intact,
        covers_whole_file=whole,
        trusted=trusted,
        summary=summary,
        summary_values={"signer": signer, "when": when, **values},
    )
