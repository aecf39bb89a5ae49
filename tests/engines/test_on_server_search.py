"""Search on a PostgreSQL server (pg_trgm) gives what the file's FTS5 search gives: the same hits in the same order
for the same queries over the same demo, after edits and deletions too; an older server database gets its index
filled when upgraded. The services' own search tests (tests/unit/test_services_search.py) run here again on the
server; their two tests of a failing database raise SQLite's errors, so they are replaced by the server's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from psycopg import sql as pgsql
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from mdt_desktop.demo import build_demo
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies, meetings
from mdt_desktop.services import search as search_service
from mdt_desktop.services.search import SEARCH_FAILED, SearchHit, search
from mdt_desktop.storage import migrations
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import ActionPoint, AgendaItem
from mdt_desktop.storage.search_index import SearchKind
from mdt_desktop.storage.server import ServerDatabase, create_schema
from tests.conftest import TEST_PASSPHRASE
from tests.engines.on_server import database  # noqa: F401 - the server's database for the tests below
from tests.pg_server import PostgresServer
from tests.unit.test_services_search import *  # noqa: F403


def _failing_server(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def failing(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Session, "execute", failing)


def test_a_failing_drive_during_a_search_is_a_storage_error(
    server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_server(monkeypatch, OperationalError("SELECT", {}, psycopg.OperationalError("connection lost")))
    with pytest.raises(StorageError) as failed:
        search(server_database, "ติดตาม")
    assert failed.value.problem is StorageProblem.SERVER_UNAVAILABLE


def test_any_other_database_error_during_a_search_is_a_message_not_a_crash(
    server_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_server(monkeypatch, ProgrammingError("SELECT", {}, psycopg.errors.SyntaxError("near something")))
    with pytest.raises(Refusal) as refused:
        search(server_database, "ติดตาม")
    assert refused.value.reason is SEARCH_FAILED


# --- the same demo on both engines ------------------------------------------------------------------------------


@pytest.fixture
def demos(tmp_path: Path, server_database: Database) -> Iterator[tuple[Database, Database]]:
    """The small demo in an encrypted file and on the server: the same rows under the same ids."""
    file, _recovery = Database.create(tmp_path / "demo.mdt", TEST_PASSPHRASE)
    build_demo(file, "small")
    build_demo(server_database, "small")
    yield file, server_database
    file.close()


def _kinds(hits: list[SearchHit]) -> set[SearchKind]:
    return {hit.kind for hit in hits}


def _all_show(needle: str) -> Callable[[list[SearchHit]], bool]:
    return lambda hits: bool(hits) and all(needle.casefold() in hit.snippet.casefold() for hit in hits)


# Each query with what a person sees on the small demo, whichever the engine.
QUERIES: dict[str, Callable[[list[SearchHit]], bool]] = {
    "ผู้เสียหาย": lambda hits: len(hits) == 50 and _all_show("ผู้เสียหาย")(hits),  # a common Thai word
    "ผูเสียหาย": lambda hits: hits == [],  # its tone mark left out is another text, on both
    "ค้ามนุษ": lambda hits: {SearchKind.AGENCY, SearchKind.AGENDA_ITEM} <= _kinds(hits),  # inside a word
    "IOM": lambda hits: _all_show("IOM")(hits),
    "iOm": lambda hits: _all_show("IOM")(hits),  # case folded
    "oscc": lambda hits: hits[0].kind is SearchKind.AGENCY and "ศูนย์พึ่งได้" in hits[0].snippet,  # an alias
    "Interpreter": lambda hits: hits[0].kind is SearchKind.AGENCY and "ล่าม" in hits[0].snippet,
    "mkm-2568-000": lambda hits: _kinds(hits) >= {SearchKind.CASE} and _all_show("MKM-2568-000")(hits),
    "2569-0": lambda hits: hits[0].kind is SearchKind.CASE,
    "ปร": lambda hits: len(hits) == 50 and _all_show("ปร")(hits),  # two characters: the LIKE road
    "mK": lambda hits: _all_show("MK")(hits),  # two characters, case folded
    "50%": lambda hits: hits == [] or _all_show("50%")(hits),  # % is a character, not a wildcard
    "%": lambda hits: hits == [] or _all_show("%")(hits),
    "ก_ร": lambda hits: hits == [],  # _ is a character too: การ is no match
    "_": lambda hits: hits == [] or _all_show("_")(hits),
    'ขอ"ทาน': lambda hits: hits == [],
}


@pytest.mark.parametrize("match_cost", [0, 10**9], ids=["through the index", "walking down"])
def test_the_same_queries_find_the_same_hits_in_the_same_order_on_both_engines(
    demos: tuple[Database, Database], match_cost: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's two roads to the newest matches (``_newest_on_server``) each give FTS5's hits."""
    monkeypatch.setattr(search_service, "MATCH_COST", match_cost)
    file, server = demos
    for query, seen in QUERIES.items():
        on_file = search(file, query)
        assert seen(on_file), query
        assert search(server, query) == on_file, query
        assert search(server, query, limit=5) == search(file, query, limit=5), query


def test_an_edit_is_found_and_a_deleted_action_is_gone_on_both_engines(
    demos: tuple[Database, Database],
) -> None:
    file, server = demos
    with file.read_session() as session:  # the newest meeting's, still a draft
        action_id = session.scalar(select(func.max(ActionPoint.id)))
        item_id = session.scalar(select(func.max(AgendaItem.id)))
    assert action_id is not None and item_id is not None
    for db in (file, server):
        assert search(db, "ล่ามภาษาเมียนมา") == []
        meetings.update_action(db, action_id, task="ประสานล่ามภาษาเมียนมาให้ผู้เสียหาย")
        meetings.update_item_text(db, item_id, "discussion", "ที่ประชุมหารือเรื่องล่ามภาษาเมียนมา")
    edited = search(file, "ล่ามภาษาเมียนมา")
    assert [(hit.kind, hit.ref_id) for hit in edited] == [
        (SearchKind.AGENDA_ITEM, item_id),
        (SearchKind.ACTION, action_id),
    ]
    assert search(server, "ล่ามภาษาเมียนมา") == edited
    assert search(server, "จัดอบรมอาสาสมัคร") == search(file, "จัดอบรมอาสาสมัคร")  # the old task's words
    for db in (file, server):
        meetings.delete_action(db, action_id)
    assert [(hit.kind, hit.ref_id) for hit in search(server, "ล่ามภาษาเมียนมา")] == [
        (SearchKind.AGENDA_ITEM, item_id)
    ]
    assert search(server, "ล่ามภาษาเมียนมา") == search(file, "ล่ามภาษาเมียนมา")


# --- the database's character type -------------------------------------------------------------------------------


@pytest.fixture
def utf8_ctype_url(pg_server: PostgresServer) -> Iterator[str]:
    """An empty database made as the server's documentation says: C collation, C.UTF-8 character type."""
    name = "mdt_search_utf8"
    with pg_server.connect() as connection:
        connection.execute(
            pgsql.SQL(
                "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'"
            ).format(pgsql.Identifier(name))
        )
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


def test_with_a_utf8_character_type_letters_beyond_ascii_fold_as_in_fts5_and_thai_is_indexed(
    utf8_ctype_url: str, tmp_path: Path
) -> None:
    server = create_schema(utf8_ctype_url)
    file, _recovery = Database.create(tmp_path / "test.mdt", TEST_PASSPHRASE)
    try:
        for db in (server, file):
            agencies.create_agency(
                db, agencies.AgencyRecord(name_th="สถานทูตฝรั่งเศส", name_en="Ambassade de France, Écoles")
            )
        for query in ("ÉCOLES", "écoles", "ฝรั่งเศส"):
            found = search(server, query)
            assert [hit.kind for hit in found] == [SearchKind.AGENCY], query
            assert search(file, query) == found
        with server.engine.connect() as connection:  # pg_trgm reads Thai letters: its trigrams are indexed
            trigrams = connection.execute(text("SELECT show_trgm('ฝรั่งเศส')")).scalar_one()
        assert len(trigrams) >= len("ฝรั่งเศส")
    finally:
        server.close()
        file.close()


# --- the revision ------------------------------------------------------------------------------------------------


def test_an_older_server_database_gets_its_rows_searchable_when_upgraded(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "0011")
            connection.execute(
                text(
                    "INSERT INTO agency (name_th, abbreviation, name_en, sector, level, aliases, active) VALUES "
                    "('สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด', 'พมจ.', '', 'government', 'province', "
                    "'OSCC', true)"
                )
            )
    finally:
        engine.dispose()
    upgraded = ServerDatabase.open(pg_url)
    try:
        assert [hit.snippet for hit in search(upgraded, "พัฒนาสังคม")] == [
            "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด พมจ. OSCC"
        ]
        assert [hit.kind for hit in search(upgraded, "oscc")] == [SearchKind.AGENCY]
    finally:
        upgraded.close()
