"""Where a database on a PostgreSQL server is: the fields of the server dialog, the connection URL made from them,
and back (a recent server, or a URL given on the command line, fills the dialog again).

The URL never holds the password. The password the person types goes only into the URL object handed to
``ServerDatabase.open`` (SQLAlchemy passes it to libpq as a connection argument): it is not written to the
preferences, nor to the environment (no PGPASSWORD, which other programs of the same user could read), nor to
``~/.pgpass``, and the log names only the host, port and database. A new sign-in asks for it again.

TLS follows libpq's ``sslmode``: ``verify-full`` (the default) checks the server's certificate against the
certificate authority given and its host name; ``require`` only encrypts, so a machine in the middle could pose as
the server; ``disable`` sends everything, passwords included, in the clear, and is for a server on this computer
only. A host that starts with ``/`` is the folder of the server's Unix socket (a server on this computer), where
libpq uses no TLS at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from mdt_desktop.gui.common.preferences import SERVER_SCHEMES

if TYPE_CHECKING:
    from mdt_desktop.storage.database import Database

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_SECONDS = 10


class TlsMode(StrEnum):
    VERIFY_FULL = "verify-full"
    REQUIRE = "require"
    DISABLE = "disable"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT
    tls: TlsMode = TlsMode.VERIFY_FULL
    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""

    @property
    def on_socket(self) -> bool:
        return self.host.startswith("/")

    def url(self, password: str = "") -> URL:
        """The connection URL, with ``password`` only when one is given (for ``ServerDatabase.open``)."""
        query: dict[str, str] = {}
        host: str | None = self.host.strip() or None
        port: int | None = self.port
        if self.on_socket:
            # A socket folder cannot stand in the URL's host part: libpq takes it from the query.
            query["host"], query["port"] = self.host, str(self.port)
            host = port = None
        else:
            query["sslmode"] = self.tls.value
            # A server that does not answer is said so after seconds, not after the system's minutes.
            query["connect_timeout"] = str(CONNECT_TIMEOUT_SECONDS)
            for name, value in (
                ("sslrootcert", self.ca_file),
                ("sslcert", self.cert_file),
                ("sslkey", self.key_file),
            ):
                if value.strip():
                    query[name] = value.strip()
        return URL.create(
            DRIVER,
            username=self.user.strip() or None,
            password=password or None,
            host=host,
            port=port,
            database=self.database.strip(),
            query=query,
        )

    def recent_text(self) -> str:
        """The URL as the recent list keeps it: never with a password."""
        return self.url().render_as_string(hide_password=False)


def address_from_url(text: str | URL) -> tuple[ServerAddress, str] | None:
    """The address a URL names and the password it carries ("" when none), or None when it is not a server's."""
    try:
        url = make_url(text)
    except ArgumentError:
        return None
    if url.drivername not in SERVER_SCHEMES or not url.database:
        return None
    query = {name: str(value) for name, value in url.query.items() if isinstance(value, str)}
    socket = query.get("host", "")
    port = url.port or _port(query.get("port", ""))
    try:
        tls = TlsMode(query.get("sslmode", TlsMode.VERIFY_FULL.value))
    except ValueError:
        tls = TlsMode.VERIFY_FULL  # libpq's weaker modes (allow, prefer) are offered as the safe one
    address = ServerAddress(
        host=url.host or socket,
        database=url.database,
        user=url.username or "",
        port=port,
        tls=tls,
        ca_file=query.get("sslrootcert", ""),
        cert_file=query.get("sslcert", ""),
        key_file=query.get("sslkey", ""),
    )
    return address, url.password or ""


def address_of(database: Database) -> ServerAddress:
    """Where an open database on a server is (its password left out)."""
    from mdt_desktop.storage.server import ServerDatabase

    if not isinstance(database, ServerDatabase):
        raise TypeError("only a database on a server has an address")
    found = address_from_url(database.url)
    if found is None:
        raise ValueError("a server database's own URL is a server's")
    return found[0]


def _port(text: str) -> int:
    return int(text) if text.isdigit() else DEFAULT_PORT
