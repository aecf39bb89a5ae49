"""The container of an exchange package: a district's payload signed with its office's certificate and key, then
encrypted to its centre's certificate, with a small plain header in front.

The payload is bytes the service builds (UTF-8 JSON); nothing here reads it. Sealing is two standard CMS layers
made by ``cryptography``: SignedData (RSA, SHA-256, the signer's certificate inside) wrapped in EnvelopedData
(AES-256-CBC, the content key sent to the centre's RSA key). Opening checks the signature with pyHanko's CMS
integrity check and decides trust the way ``signing.verify`` does: by the signer certificate's SHA-256
fingerprint among those the centre trusts, never by the name in it.

The file is ``MAGIC``, one line of JSON (the header), and the DER EnvelopedData. The header names the format, the
sender's and the recipient's fingerprints and when the package was sealed, so that a package for another centre
is named as such before any decryption is tried. It also carries the SHA-256 of the envelope: CBC has no
integrity of its own, and without that sum a changed byte of the ciphertext would come out as garbled content
that could pass for an unsigned package. The sum is only a check against damage and casual change; what proves
the content is the signature, and the signed content begins with the same header facts (all but the sum), so a
header edited to say another sender, centre or time no longer matches what was signed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from mdt_desktop.exports.signing import fingerprint_lines, sha256_fingerprint
from mdt_desktop.refusal import Message, Refusal

MAGIC = b"MDT-EXCHANGE\n"
FORMAT_NAME = "mdt-exchange"
FORMAT_VERSION = 1
# The fields the signed content repeats from the header, in this order; the envelope's sum cannot be among them.
SIGNED_FIELDS = ("format", "version", "sender", "recipient", "created_at")

NOT_A_PACKAGE = Message(
    "ไฟล์นี้ไม่ใช่แพ็กเกจแลกเปลี่ยนข้อมูลของโปรแกรม หรือเสียหาย",
    "This file is not an exchange package of this program, or it is damaged.",
)
NEWER_VERSION = Message(
    "แพ็กเกจนี้ใช้รูปแบบรุ่น {version} ซึ่งโปรแกรมรุ่นนี้ยังเปิดไม่ได้ โปรดปรับรุ่นโปรแกรม",
    "This package uses format version {version}, which this version of the program cannot open; update it.",
)
WRONG_RECIPIENT = Message(
    "แพ็กเกจนี้ส่งถึงศูนย์อื่น ไม่ใช่ศูนย์นี้ ลายนิ้วมือใบรับรองของผู้รับ:\n{fingerprint}",
    "This package is addressed to another centre, not this one. The recipient certificate's fingerprint:\n"
    "{fingerprint}",
)
CANNOT_DECRYPT = Message(
    "ถอดรหัสแพ็กเกจไม่ได้ด้วยกุญแจของศูนย์นี้",
    "The package cannot be decrypted with this centre's key.",
)
CHANGED = Message(
    "แพ็กเกจถูกแก้ไขหรือเสียหายหลังผู้ส่งปิดผนึก ลายมือชื่อไม่ตรงกับเนื้อหา โปรดขอให้ส่งใหม่",
    "The package was changed or damaged after its sender sealed it: the signature does not match the content. "
    "Ask for it to be sent again.",
)
UNSIGNED = Message(
    "แพ็กเกจนี้ไม่มีลายมือชื่ออิเล็กทรอนิกส์ของผู้ส่ง จึงรับเข้าไม่ได้",
    "This package carries no digital signature of its sender, so it cannot be imported.",
)
NOT_TRUSTED = Message(
    "แพ็กเกจนี้ลงนามด้วยใบรับรองที่ศูนย์นี้ไม่ได้เชื่อถือ ลายนิ้วมือใบรับรองของผู้ลงนาม:\n{fingerprint}\n"
    "หากเป็นใบรับรองของอำเภอในความดูแล โปรดเทียบลายนิ้วมือกับสำนักงานนั้น เช่น ทางโทรศัพท์ แล้วเพิ่มในรายการที่เชื่อถือ",
    "This package is signed with a certificate this centre does not trust. The signer certificate's "
    "fingerprint:\n{fingerprint}\nIf it is one of your districts', compare the fingerprint with that office, by "
    "telephone for instance, then add it to the trusted list.",
)


@dataclass(frozen=True)
class OpenedPackage:
    """What an opened package gives the import: the payload and who sealed it when, both proven by the signature."""

    payload: bytes
    sender_fingerprint: str
    created_at: dt.datetime


def _certificate(pem: bytes) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem)


def _shown(fingerprint: str) -> str:
    """A fingerprint in a message as ``mdt verify`` prints it: two lines of 16 bytes."""
    return "\n".join(fingerprint_lines(fingerprint))


def _signed_header(header: dict[str, object]) -> bytes:
    return json.dumps({name: header[name] for name in SIGNED_FIELDS}, sort_keys=True).encode("utf-8") + b"\n"


def seal(
    payload: bytes,
    signer_cert_pem: bytes,
    signer_key_pem: bytes,
    recipient_cert_pem: bytes,
    created_at: dt.datetime | None = None,
) -> bytes:
    """The package file's bytes: ``payload`` signed with the office's certificate and key, encrypted to the
    centre's certificate (RSA), with the plain header in front."""
    signer = _certificate(signer_cert_pem)
    key = serialization.load_pem_private_key(signer_key_pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the office's key is an RSA key (signing.new_self_signed makes one)")
    recipient = _certificate(recipient_cert_pem)
    moment = (created_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    header: dict[str, object] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sender": sha256_fingerprint(signer),
        "recipient": sha256_fingerprint(recipient),
        "created_at": moment.isoformat(),
    }
    signed = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(_signed_header(header) + payload)
        .add_signer(signer, key, hashes.SHA256())
        # Binary: the bytes are signed as they are, not as MIME text with its line endings rewritten.
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    envelope = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(signed)
        .add_recipient(recipient)
        .set_content_encryption_algorithm(algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    header["envelope_sha256"] = hashlib.sha256(envelope).hexdigest()
    return MAGIC + json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + envelope


def _read_header(data: bytes) -> tuple[dict[str, object], bytes]:
    if not data.startswith(MAGIC):
        raise Refusal(NOT_A_PACKAGE)
    line, newline, envelope = data[len(MAGIC) :].partition(b"\n")
    try:
        header = json.loads(line.decode("utf-8")) if newline else None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Refusal(NOT_A_PACKAGE) from error
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise Refusal(NOT_A_PACKAGE)
    version = header.get("version")
    if not isinstance(version, int):
        raise Refusal(NOT_A_PACKAGE)
    if version > FORMAT_VERSION:
        raise Refusal(NEWER_VERSION, version=version)
    if not all(isinstance(header.get(name), str) for name in (*SIGNED_FIELDS[2:], "envelope_sha256")):
        raise Refusal(NOT_A_PACKAGE)
    return header, envelope


def _signed_content(signed: bytes) -> tuple[bytes, x509.Certificate]:
    """The content of a CMS SignedData and the certificate that signed it, once the signature is checked."""
    from asn1crypto import cms
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    try:
        info = cms.ContentInfo.load(signed, strict=True)
        is_signed_data = info["content_type"].native == "signed_data"
    except ValueError as error:  # what asn1crypto raises for bytes that are not DER of a ContentInfo
        raise Refusal(UNSIGNED) from error
    if not is_signed_data:
        raise Refusal(UNSIGNED)
    try:
        signed_data = info["content"]
        signer_infos = list(signed_data["signer_infos"])
        if len(signer_infos) != 1:
            raise Refusal(UNSIGNED)
        signer_info = signer_infos[0]
        content = signed_data["encap_content_info"]["content"].native
        wanted = signer_info["sid"].chosen
        certificates = [
            choice.chosen
            for choice in signed_data["certificates"]
            if choice.name == "certificate"
            and choice.chosen.issuer == wanted["issuer"]
            and choice.chosen.serial_number == wanted["serial_number"].native
        ]
        if not certificates or not isinstance(content, bytes):
            raise Refusal(UNSIGNED)
        if signer_info["digest_algorithm"]["algorithm"].native != "sha256":
            raise Refusal(CHANGED)
        intact, valid = validate_sig_integrity(
            signer_info, certificates[0], "data", hashlib.sha256(content).digest()
        )
    except (ValueError, KeyError, TypeError, AttributeError, SignatureValidationError) as error:
        raise Refusal(CHANGED) from error
    if not (intact and valid):
        raise Refusal(CHANGED)
    return content, x509.load_der_x509_certificate(certificates[0].dump())


def open_package(
    data: bytes, recipient_cert_pem: bytes, recipient_key_pem: bytes, trusted_fingerprints: Collection[str]
) -> OpenedPackage:
    """The payload of a package for this centre, signed by an office it trusts; otherwise a refusal naming why:
    not a package, for another centre, changed or damaged, not decryptable, unsigned, or signed by a certificate
    that is not among ``trusted_fingerprints`` (``signing.sha256_fingerprint``'s form)."""
    header, envelope = _read_header(data)
    recipient = _certificate(recipient_cert_pem)
    if header["recipient"] != sha256_fingerprint(recipient):
        raise Refusal(WRONG_RECIPIENT, fingerprint=_shown(str(header["recipient"])))
    if hashlib.sha256(envelope).hexdigest() != header["envelope_sha256"]:
        raise Refusal(CHANGED)
    key = serialization.load_pem_private_key(recipient_key_pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the centre's key is an RSA key (signing.new_self_signed makes one)")
    try:
        signed = pkcs7.pkcs7_decrypt_der(envelope, recipient, key, [])
    except ValueError as error:  # what cryptography raises for an envelope this key cannot open
        raise Refusal(CANNOT_DECRYPT) from error
    content, signer = _signed_content(signed)
    expected_start = _signed_header(header)
    if not content.startswith(expected_start):
        raise Refusal(CHANGED)
    fingerprint = sha256_fingerprint(signer)
    if fingerprint != header["sender"]:
        raise Refusal(CHANGED)
    if fingerprint not in trusted_fingerprints:
        raise Refusal(NOT_TRUSTED, fingerprint=_shown(fingerprint))
    return OpenedPackage(
        payload=content[len(expected_start) :],
        sender_fingerprint=fingerprint,
        created_at=dt.datetime.fromisoformat(str(header["created_at"])),
    )
