"""The test suite's own PostgreSQL server: it runs under an unprivileged account, listens on its private socket only,
gives each test a database of its own, and leaves no process behind when it stops."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest

from tests.pg_server import SERVER_ACCOUNT, PostgresServer, running_server


def _status_field(pid: int, field: str) -> str:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(line for line in status if line.startswith(f"{field}:")).split()[1]


def _uid_of(pid: int) -> int:
    return int(_status_field(pid, "Uid"))


def _running(pid: int) -> bool:
    """Whether the process still runs. One that has exited but was never waited for stays listed as a zombie
    (state Z) when the machine's first process does not reap orphans, as in some containers: it runs nothing."""
    try:
        return _status_field(pid, "State") != "Z"
    except FileNotFoundError:
        return False


def test_the_server_runs_as_an_unprivileged_account(pg_server: PostgresServer) -> None:
    uid = _uid_of(pg_server.postmaster_pid())
    assert uid != 0
    if os.geteuid() == 0:
        assert pg_server.account is not None and pg_server.account.pw_name == SERVER_ACCOUNT
        assert uid == pg_server.account.pw_uid
    else:
        assert uid == os.geteuid()


def test_the_server_listens_on_its_socket_only(pg_server: PostgresServer) -> None:
    with pg_server.connect() as connection:
        assert connection.execute("SHOW listen_addresses").fetchone() == ("",)
        assert connection.execute("SHOW unix_socket_directories").fetchone() == (str(pg_server.socket_dir),)
    assert (pg_server.socket_dir / ".s.PGSQL.5432").is_socket()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=5432, user="mdt_test", dbname="postgres", connect_timeout=2)


def test_each_database_is_new_and_gone_after_use(pg_server: PostgresServer) -> None:
    with pg_server.database() as first, pg_server.database() as second:
        assert first != second
        with pg_server.connect(first) as connection:
            connection.execute("CREATE TABLE only_here (x integer)")
        with pg_server.connect(second) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'"
            ).fetchone()
            assert tables == (0,)
        open_connection = pg_server.connect(first)  # a test that forgot to close: the drop still happens
    with pg_server.connect() as connection:
        names = {row[0] for row in connection.execute("SELECT datname FROM pg_database")}
    assert first not in names and second not in names
    with pytest.raises(psycopg.OperationalError):
        open_connection.execute("SELECT 1")
    open_connection.close()


def test_a_stopped_server_leaves_no_process_and_no_folder() -> None:
    with running_server() as server:
        pid = server.postmaster_pid()
        assert server.status()
        assert _running(pid)
        folder = server.folder
    assert not server.status()  # pg_ctl status: no server running
    assert not _running(pid)
    assert not folder.exists()


def test_a_failing_session_still_stops_its_server() -> None:
    with pytest.raises(RuntimeError, match="a test failed"), running_server() as server:
        pid = server.postmaster_pid()
        raise RuntimeError("a test failed")
    assert not server.status()
    assert not _running(pid)
