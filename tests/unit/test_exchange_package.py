"""The exchange package's container: a district's sealed package opens at its centre to the same payload, and
every other package is refused with the message that says which it is."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from mdt_desktop.exports import exchange_package
from mdt_desktop.exports.exchange_package import OpenedPackage, open_package, seal
from mdt_desktop.exports.signing import SigningKeys, certificate_fingerprint, new_self_signed
from mdt_desktop.refusal import Refusal

NOW = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)
MARKER = "นางสาวทดสอบ ผู้ไม่ควรปรากฏ 1-2345-67890-12-3"
# Line ends of both kinds: the payload must come back byte for byte, not as MIME text with its line ends rewritten.
PAYLOAD = (
    json.dumps({"meetings": [{"note": MARKER}], "padding": "x" * 4000}, ensure_ascii=False, indent=1).encode(
        "utf-8"
    )
    + "\r\nน้ำ ผู้ ที่\n".encode()
)


@pytest.fixture(scope="module")
def district() -> SigningKeys:
    return new_self_signed("ทีมสหวิชาชีพ อำเภอเมืองเชียงราย จังหวัดเชียงราย", NOW)


@pytest.fixture(scope="module")
def other_district() -> SigningKeys:
    return new_self_signed("ทีมสหวิชาชีพ อำเภอแม่สาย จังหวัดเชียงราย", NOW)


@pytest.fixture(scope="module")
def centre() -> SigningKeys:
    return new_self_signed("ศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์ จังหวัดเชียงราย", NOW)


@pytest.fixture(scope="module")
def other_centre() -> SigningKeys:
    return new_self_signed("ศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์ จังหวัดพะเยา", NOW)


def _fingerprint(keys: SigningKeys) -> str:
    fingerprint = certificate_fingerprint(keys.certificate_pem)
    assert fingerprint is not None
    return fingerprint


def _open_at(centre: SigningKeys, package: bytes, *trusted: SigningKeys) -> OpenedPackage:
    return open_package(
        package, centre.certificate_pem, centre.private_key_pem, {_fingerprint(keys) for keys in trusted}
    )


def _refusal(centre: SigningKeys, package: bytes, *trusted: SigningKeys) -> Refusal:
    with pytest.raises(Refusal) as caught:
        _open_at(centre, package, *trusted)
    return caught.value


# The file as the format describes it, written here independently of the module: magic, header line, envelope.
def _split(package: bytes) -> tuple[dict[str, object], bytes]:
    magic, header_line, envelope = package.split(b"\n", 2)
    assert magic == b"MDT-EXCHANGE"
    return json.loads(header_line), envelope


def _frame(header: dict[str, object], envelope: bytes) -> bytes:
    header = {**header, "envelope_sha256": hashlib.sha256(envelope).hexdigest()}
    return b"MDT-EXCHANGE\n" + json.dumps(header).encode("utf-8") + b"\n" + envelope


def _envelope(content: bytes, recipient: SigningKeys) -> bytes:
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(content)
        .add_recipient(x509.load_pem_x509_certificate(recipient.certificate_pem))
        .set_content_encryption_algorithm(algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


def _signed_data(content: bytes, signer: SigningKeys) -> bytes:
    key = serialization.load_pem_private_key(signer.private_key_pem, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(x509.load_pem_x509_certificate(signer.certificate_pem), key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )


def _signed_header(header: dict[str, object]) -> bytes:
    fields = ("format", "version", "sender", "recipient", "created_at")
    return json.dumps({name: header[name] for name in fields}, sort_keys=True).encode("utf-8") + b"\n"


def _flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def _sealed(district: SigningKeys, centre: SigningKeys) -> bytes:
    return seal(PAYLOAD, district.certificate_pem, district.private_key_pem, centre.certificate_pem, NOW)


def test_a_sealed_package_opens_at_its_centre_to_the_same_payload(
    district: SigningKeys, centre: SigningKeys
) -> None:
    opened = _open_at(centre, _sealed(district, centre), district)

    assert opened.payload == PAYLOAD
    assert opened.sender_fingerprint == _fingerprint(district)
    assert opened.created_at == NOW


def test_the_header_names_sender_and_recipient_in_the_clear_but_never_the_payload(
    district: SigningKeys, centre: SigningKeys
) -> None:
    package = _sealed(district, centre)
    header, _envelope_bytes = _split(package)

    assert header["sender"] == _fingerprint(district)
    assert header["recipient"] == _fingerprint(centre)
    assert header["created_at"] == "2026-11-30T09:15:00+00:00"
    assert MARKER.encode("utf-8") not in package
    assert "ผู้ไม่ควรปรากฏ".encode() not in package
    assert b"x" * 64 not in package  # nor any stretch of the payload's padding


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a package at all",
        b"MDT-EXCHANGE\n",
        b"MDT-EXCHANGE\n{not json}\n\x30\x80",
        bytes(range(256)) * 8,
    ],
)
def test_garbage_is_not_a_package(centre: SigningKeys, district: SigningKeys, data: bytes) -> None:
    assert _refusal(centre, data, district).reason is exchange_package.NOT_A_PACKAGE


def test_a_package_for_another_centre_is_named_so_with_its_recipient(
    district: SigningKeys, centre: SigningKeys, other_centre: SigningKeys
) -> None:
    refusal = _refusal(other_centre, _sealed(district, centre), district)

    assert refusal.reason is exchange_package.WRONG_RECIPIENT
    first, second = _fingerprint(centre)[:47], _fingerprint(centre)[48:]
    assert f"{first}\n{second}" in refusal.message("th")
    assert "another centre" in refusal.message("en")


def test_a_header_readdressed_to_this_centre_still_cannot_be_decrypted(
    district: SigningKeys, centre: SigningKeys, other_centre: SigningKeys
) -> None:
    header, envelope = _split(_sealed(district, centre))
    readdressed = _frame({**header, "recipient": _fingerprint(other_centre)}, envelope)

    assert _refusal(other_centre, readdressed, district).reason is exchange_package.CANNOT_DECRYPT


@pytest.mark.parametrize("where", [0.1, 0.5, 0.99])
def test_one_flipped_byte_of_the_ciphertext_is_refused_as_changed(
    district: SigningKeys, centre: SigningKeys, where: float
) -> None:
    package = _sealed(district, centre)
    header_length = package.index(b"\n", len(b"MDT-EXCHANGE\n")) + 1
    index = header_length + int((len(package) - header_length) * where)

    assert _refusal(centre, _flip(package, index), district).reason is exchange_package.CHANGED


def test_a_changed_signed_content_is_refused_as_changed_even_with_a_fresh_envelope(
    district: SigningKeys, centre: SigningKeys
) -> None:
    """Whoever can write the centre an envelope (its certificate is public) still cannot change what was signed."""
    header, _ = _split(_sealed(district, centre))
    signed = _signed_data(_signed_header(header) + PAYLOAD, district)
    index = signed.index(MARKER.encode("utf-8"))

    tampered = _frame(header, _envelope(_flip(signed, index), centre))

    assert _refusal(centre, tampered, district).reason is exchange_package.CHANGED


def test_a_header_claiming_another_sender_is_refused_as_changed(
    district: SigningKeys, other_district: SigningKeys, centre: SigningKeys
) -> None:
    header, envelope = _split(_sealed(other_district, centre))
    claimed = _frame({**header, "sender": _fingerprint(district)}, envelope)

    assert _refusal(centre, claimed, district, other_district).reason is exchange_package.CHANGED


def test_an_envelope_of_an_unsigned_payload_is_refused_as_unsigned(
    district: SigningKeys, centre: SigningKeys
) -> None:
    header, _ = _split(_sealed(district, centre))
    unsigned = _frame(header, _envelope(_signed_header(header) + PAYLOAD, centre))

    assert _refusal(centre, unsigned, district).reason is exchange_package.UNSIGNED


def test_a_package_signed_by_a_district_the_centre_does_not_trust_names_its_fingerprint(
    district: SigningKeys, other_district: SigningKeys, centre: SigningKeys
) -> None:
    refusal = _refusal(centre, _sealed(other_district, centre), district)

    assert refusal.reason is exchange_package.NOT_TRUSTED
    fingerprint = _fingerprint(other_district)
    assert f"{fingerprint[:47]}\n{fingerprint[48:]}" in refusal.message("th")
    assert fingerprint[:47] in refusal.message("en")


def test_the_envelope_is_standard_cms_enveloped_data_under_aes_256(
    district: SigningKeys, centre: SigningKeys
) -> None:
    from asn1crypto import cms

    _header, envelope = _split(_sealed(district, centre))
    info = cms.ContentInfo.load(envelope)

    assert info["content_type"].native == "enveloped_data"
    algorithm = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native
    assert algorithm == "aes256_cbc"
