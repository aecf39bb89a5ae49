"""TLS tried live: a second test server listens on 127.0.0.1 with ``ssl=on`` and a certificate signed by a test
authority, and admits TCP connections only through TLS. The program opens a database there over
``sslmode=verify-full`` with that authority and reads through an encrypted connection; with another authority, or
without TLS, it is refused as ``SERVER_UNAVAILABLE``, in a message that names the server and never the password."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text

from mdt_desktop.services import agencies
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.server import ServerDatabase, create_schema
from tests.pg_server import (
    SUPERUSER,
    PostgresServer,
    ServerUnavailable,
    TlsFiles,
    check_available,
    running_server,
)

NOW = dt.datetime.now(dt.UTC)
AUTHORITY_KEY_USAGE = x509.KeyUsage(
    digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
    key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
)  # fmt: skip


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _authority(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(hours=1))
        .not_valid_after(NOW + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(AUTHORITY_KEY_USAGE, critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _server_certificate(authority_key: ec.EllipticCurvePrivateKey, authority: x509.Certificate) -> TlsFiles:
    """A certificate for 127.0.0.1 (and localhost), signed by ``authority``, with its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(authority.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(hours=1))
        .not_valid_after(NOW + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.IPv4Address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(authority_key, hashes.SHA256())
    )
    return TlsFiles(
        certificate=certificate.public_bytes(serialization.Encoding.PEM),
        private_key=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


class TlsServer:
    def __init__(self, server: PostgresServer, authority: Path, stranger: Path, database: str) -> None:
        self.server, self.authority, self.stranger, self.database = server, authority, stranger, database


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """A server of its own with TLS on 127.0.0.1, one database of the program's in it; the file of the authority
    that signed its certificate, and of another authority that did not."""
    try:
        check_available()
    except ServerUnavailable as error:
        pytest.skip(str(error))
    folder = tmp_path_factory.mktemp("tls")
    authority_key, authority = _authority("MDT test authority")
    _other_key, stranger = _authority("Someone else's authority")
    authority_file, stranger_file = folder / "ca.pem", folder / "other-ca.pem"
    authority_file.write_bytes(authority.public_bytes(serialization.Encoding.PEM))
    stranger_file.write_bytes(stranger.public_bytes(serialization.Encoding.PEM))
    with running_server(tls=_server_certificate(authority_key, authority)) as server:
        name = server.create_database()
        database = create_schema(server.url(name))  # made over the socket, as the server's administrator
        try:
            agencies.create_agency(database, agencies.AgencyRecord(name_th="ตำรวจภูธรจังหวัดเชียงราย"))
        finally:
            database.close()
        yield TlsServer(server, authority_file, stranger_file, name)


def test_the_program_opens_and_reads_a_database_over_verified_tls(tls_server: TlsServer) -> None:
    url = tls_server.server.tls_url(tls_server.database, tls_server.authority)
    database = ServerDatabase.open(url)
    try:
        assert database.location == f"127.0.0.1:{tls_server.server.port}/{tls_server.database}"
        assert [a.name_th for a in agencies.list_agencies(database)] == ["ตำรวจภูธรจังหวัดเชียงราย"]
        with database.engine.connect() as connection:
            encrypted = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert encrypted.ssl is True and encrypted.version.startswith("TLSv1.")
    finally:
        database.close()


def test_a_certificate_another_authority_signed_is_refused_without_the_password(
    tls_server: TlsServer,
) -> None:
    url = tls_server.server.tls_url(tls_server.database, tls_server.stranger).replace(
        f"{SUPERUSER}@", f"{SUPERUSER}:hunter2-secret@"
    )
    with pytest.raises(StorageError) as refused:
        ServerDatabase.open(url)
    assert refused.value.problem is StorageProblem.SERVER_UNAVAILABLE
    for language in ("th", "en"):
        message = refused.value.message(language)
        assert f"127.0.0.1:{tls_server.server.port}/{tls_server.database}" in message
        assert "hunter2" not in message and str(tls_server.stranger) not in message


def test_a_connection_without_tls_is_not_admitted(tls_server: TlsServer) -> None:
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{tls_server.server.port}/{tls_server.database}?sslmode=disable"
    with pytest.raises(StorageError) as refused:
        ServerDatabase.open(url)
    assert refused.value.problem is StorageProblem.SERVER_UNAVAILABLE
