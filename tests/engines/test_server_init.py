"""``mdt init --url``: a centre's empty database on the server becomes the program's, in one step run by its
owner: the schema, the starting data, the restricted fields encrypted under the office's passphrase, and what the
server enforces (groups, grants, row-level policies)."""

from __future__ import annotations

import pytest

from mdt_desktop import cli
from mdt_desktop.storage.field_crypto import FieldState
from mdt_desktop.storage.server import ServerDatabase
from tests.cli_support import run_mdt
from tests.pg_server import PostgresServer

STRONG = "ช้างเผือกเดินข้ามสะพานไม้ไผ่ 2569"


def test_mdt_init_url_makes_an_encrypted_seeded_and_secured_database(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pg_server.database() as name:
        url = pg_server.url(name)
        status, out, err = run_mdt(
            monkeypatch, capsys, "init", "--url", url, "--passphrase-stdin", stdin=STRONG + "\n"
        )
        assert status == cli.EXIT_OK, err
        assert "Created the database on the server" in out
        assert "Recovery code:" in out
        with pg_server.connect(name) as connection:
            agencies = connection.execute("SELECT count(*) FROM agency").fetchone()
            slots = connection.execute("SELECT kind FROM field_key_slot ORDER BY kind").fetchall()
            policies = connection.execute(
                "SELECT count(*) FROM pg_policies WHERE tablename IN ('action_point', 'case_identity')"
            ).fetchone()
            protected = connection.execute(
                "SELECT relrowsecurity FROM pg_class WHERE relname = 'case_identity'"
            ).fetchone()
        assert agencies is not None and agencies[0] > 10  # the starting list of agencies
        assert [row[0] for row in slots] == ["passphrase", "recovery"]
        assert policies is not None and policies[0] >= 2
        assert protected == (True,)

        reopened = ServerDatabase.open(url)
        try:
            assert reopened.restricted_fields.state is FieldState.LOCKED
            reopened.unlock_fields_with_passphrase(STRONG)
            assert reopened.restricted_fields.state is FieldState.OPEN
        finally:
            reopened.close()

        again, _out, err = run_mdt(
            monkeypatch, capsys, "init", "--url", url, "--passphrase-stdin", stdin=STRONG + "\n"
        )
        assert again == cli.EXIT_ERROR
        assert "already" in err.lower() or "not empty" in err.lower()


def test_a_weak_passphrase_leaves_the_servers_database_empty(
    pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pg_server.database() as name:
        status, _out, err = run_mdt(
            monkeypatch,
            capsys,
            "init",
            "--url",
            pg_server.url(name),
            "--passphrase-stdin",
            stdin="12345678\n",
        )
        assert status == cli.EXIT_ERROR
        assert "รหัสผ่าน" in err
        with pg_server.connect(name) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()
        assert tables == (0,)
