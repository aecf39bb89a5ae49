"""A real PostgreSQL server of the test session's own: a cluster in a temporary folder, reachable only through a
Unix socket in that folder (no TCP port is opened), one database per test that asks for one.

The binaries come from the distribution's packages (``/usr/lib/postgresql/<version>/bin``, the newest version
found; ``.ci/run`` installs the ``postgresql`` package when ``initdb`` is missing). The cluster is made with the C
collation and the C.UTF-8 character type, as storage.server asks of a centre's database: text sorts by code point
on the server as it does in SQLite, and the search index (pg_trgm) reads Thai letters as letters; and with ``trust``
authentication: only accounts that can enter the private folder reach the socket.

PostgreSQL refuses to run as root (``initdb`` and ``postgres`` both exit). When the tests run as root, as in a
container, the cluster belongs to the unprivileged ``postgres`` system account that the Debian package creates: the
temporary folder is handed to that account (``chown``) and ``initdb`` and ``pg_ctl`` run through
``runuser -u postgres --``. Root still connects through the socket, since it may enter any folder. That account
must be able to reach the folder: when the system's temporary folder is closed to other accounts (a ``/tmp`` of
mode 0700, as in some containers), the folder is made in the account's home (``/var/lib/postgresql``) instead.
As any other user the tests run the server under their own account, in the temporary folder.

With ``tls`` (``TlsFiles``: a certificate, its key and the authority that signed it) the server also listens on
127.0.0.1, on a free port, with ``ssl=on``, and takes connections over TCP only through TLS (``hostssl`` alone in
``pg_hba.conf``); the socket in the folder stays, for the tests' own set-up as the superuser. ``running_server``
without it is the socket-only server of the session.

The server is stopped (``pg_ctl stop -m fast``) when the session ends, failed tests or not, and the folder is
removed; ``status()`` answers whether it is still running, as ``pg_ctl status`` sees it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "mdt_test"
PORT = 5432  # only names the socket file (.s.PGSQL.5432) in the private folder; no TCP port is listened on
SERVER_ACCOUNT = "postgres"  # the system account the Debian package creates, used when the tests run as root
_START_TIMEOUT_SECONDS = 60


class ServerUnavailable(Exception):
    """No PostgreSQL binaries on this machine, or (as root) no unprivileged account to run them."""


def find_bindir() -> Path:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb``; the ``initdb`` on the path otherwise."""
    found = sorted(
        (path for path in Path("/usr/lib/postgresql").glob("*/bin") if (path / "initdb").is_file()),
        key=lambda path: int(re.sub(r"\D", "", path.parent.name) or 0),
    )
    if found:
        return found[-1]
    on_path = shutil.which("initdb")
    if on_path is None:
        raise ServerUnavailable(
            "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin nor on the path); "
            "install the distribution's postgresql package (.ci/run does as root)"
        )
    return Path(on_path).parent


def _server_account() -> pwd.struct_passwd | None:
    """The account the server runs as: None for the current one, the ``postgres`` account when running as root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError as error:
        raise ServerUnavailable(
            f"running as root, and PostgreSQL refuses root: no '{SERVER_ACCOUNT}' system account to run it as "
            "(the distribution's postgresql package creates it)"
        ) from error


@dataclass(frozen=True)
class TlsFiles:
    """The server's certificate and private key (PEM), as the server is to present them."""

    certificate: bytes
    private_key: bytes


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now (the server takes it a moment later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One running cluster in ``folder``; ``url(name)`` is the SQLAlchemy URL of one of its databases."""

    def __init__(self, folder: Path, bindir: Path | None = None, tls: TlsFiles | None = None) -> None:
        self.folder = folder
        self.bindir = bindir or find_bindir()
        self.account = _server_account()
        self.data = folder / "data"
        self.socket_dir = folder / "socket"
        self.tls = tls
        # The socket's name (.s.PGSQL.<port>); with TLS also the TCP port on 127.0.0.1.
        self.port = PORT if tls is None else free_port()
        self._names = itertools.count(1)
        self._copier = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copy")
        self._next_copy: dict[str, Future[str]] = {}

    # --- the server --------------------------------------------------------------------------------------

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """A PostgreSQL tool run as the server's account, from inside the folder (which that account can enter)
        while there is one."""
        argv = [str(self.bindir / command[0]), *command[1:]]
        if self.account is not None:
            argv = ["runuser", "-u", self.account.pw_name, "--", *argv]
        folder = self.folder if self.folder.is_dir() else Path("/")
        result = subprocess.run(argv, cwd=folder, capture_output=True, text=True, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def start(self) -> None:
        self.socket_dir.mkdir()
        if self.account is not None:
            for path in (self.folder, self.socket_dir):
                os.chown(path, self.account.pw_uid, self.account.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--lc-collate",
            "C",
            "--lc-ctype",
            "C.UTF-8",
            "--no-sync",  # a throwaway cluster: no need to wait for the disk
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -p {self.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        if self.tls is not None:
            options = (
                options.replace("listen_addresses=''", "listen_addresses='127.0.0.1'") + self._tls_options()
            )
        self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.data),
            "--wait",
            "--timeout",
            str(_START_TIMEOUT_SECONDS),
            "--log",
            str(self.folder / "server.log"),
            "-o",
            options,
        )

    def _tls_options(self) -> str:
        """The certificate and key written where the server's account owns them (it refuses a key others could
        read), and TCP connections admitted only over TLS."""
        assert self.tls is not None
        certificate, key = self.folder / "server.crt", self.folder / "server.key"
        certificate.write_bytes(self.tls.certificate)
        key.write_bytes(self.tls.private_key)
        key.chmod(0o600)
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 trust\n", encoding="ascii"
        )
        if self.account is not None:
            for path in (certificate, key, self.data / "pg_hba.conf"):
                os.chown(path, self.account.pw_uid, self.account.pw_gid)
        return f" -c ssl=on -c ssl_cert_file='{certificate}' -c ssl_key_file='{key}'"

    def stop(self) -> None:
        # A copy still being made finishes first (the copies left over go with the cluster).
        self._copier.shutdown(wait=True)
        if self.data.is_dir() and self.status():
            self._run("pg_ctl", "stop", "--pgdata", str(self.data), "--mode", "fast", "--wait")

    def status(self) -> bool:
        """Whether ``pg_ctl status`` finds the server running (exit code 0; 3 means not running)."""
        return self._run("pg_ctl", "status", "--pgdata", str(self.data), check=False).returncode == 0

    def postmaster_pid(self) -> int:
        return int((self.data / "postmaster.pid").read_text().splitlines()[0])

    # --- databases ---------------------------------------------------------------------------------------

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """A plain driver connection as the superuser, in autocommit (CREATE and DROP DATABASE need it)."""
        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"

    def tls_url(self, database: str, root_certificate: Path, *, user: str = SUPERUSER) -> str:
        """The URL of one of its databases over TCP and TLS, the server's certificate checked against
        ``root_certificate`` and its name (``sslmode=verify-full``)."""
        return (
            f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"
            f"?sslmode=verify-full&sslrootcert={root_certificate}"
        )

    def create_database(self, template: str = "template0") -> str:
        """A new database, a copy of ``template``; returns its name.

        CREATE DATABASE takes most of a second here, longer than most tests that ask for one, so the copy for the
        next call is made meanwhile on a thread of its own (the template is never open while it is copied)."""
        pending = self._next_copy.pop(template, None)
        name = pending.result() if pending is not None else self._copy(template)
        self._next_copy[template] = self._copier.submit(self._copy, template)
        return name

    def _copy(self, template: str) -> str:
        name = f"mdt_{os.getpid()}_{next(self._names)}"
        with self.connect() as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        return name

    def drop_database(self, name: str) -> None:
        """Drops it even while a forgotten connection still holds it open."""
        with self.connect() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    @contextlib.contextmanager
    def database(self, template: str = "template0") -> Iterator[str]:
        name = self.create_database(template)
        try:
            yield name
        finally:
            self.drop_database(name)


def check_available() -> None:
    """Raises ``ServerUnavailable`` saying what is missing to run a server here."""
    find_bindir()
    _server_account()


def _open_to_others(folder: Path) -> bool:
    """Whether another account may pass through ``folder`` and every folder above it."""
    return all(path.stat().st_mode & 0o001 for path in (folder, *folder.parents))


def _parent_folder() -> Path:
    """Where the cluster's temporary folder is made: one the server's account can reach."""
    system_temp = Path(tempfile.gettempdir())
    account = _server_account()
    if account is None or _open_to_others(system_temp):
        return system_temp
    return Path(account.pw_dir)


@contextlib.contextmanager
def running_server(tls: TlsFiles | None = None) -> Iterator[PostgresServer]:
    """A server started in a new temporary folder, stopped and removed on the way out, whatever happened."""
    folder = Path(tempfile.mkdtemp(prefix="mdt-pg-", dir=_parent_folder()))
    try:
        server = PostgresServer(folder, tls=tls)
        try:
            server.start()
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
