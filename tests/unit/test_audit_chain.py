"""The audit log is tamper-evident: an entry changed, removed or added with an SQL tool is found, by id."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import text

from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database


def _five_entries(database: Database) -> None:
    for case_id in range(1, 6):
        audit.log(
            database,
            "ประธาน",
            "view_restricted",
            "case_identity",
            case_id,
            detail=f"ground=consent c={case_id}",
        )


def _sql(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement))


def test_an_untouched_log_verifies_and_its_first_entry_chains_from_the_genesis_value(
    database: Database,
) -> None:
    _five_entries(database)
    with database.session() as session:  # two entries in one unit of work chain as well as two apart
        audit.add_entry(session, "เลขานุการ", "export_minutes", "meeting", 1, recipient="อำเภอ", detail="pdf")
        audit.add_entry(session, "เลขานุการ", "send", "minutes", 1, recipient="อำเภอ")

    result = audit.verify_chain(database)

    assert (result.intact, result.entries) == (True, 7)
    assert "(7 entries)" in result.message("en") and "7 รายการ" in result.message("th")
    first = audit.list_entries(database)[0]
    content = (
        f'[{first.id},"{first.at.isoformat(timespec="microseconds")}","ประธาน","view_restricted",'
        f'"case_identity",1,"","ground=consent c=1"]'
    )
    expected = hashlib.sha256(b"0" * 64 + b"\n" + content.encode("utf-8")).hexdigest()
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT entry_hash FROM audit_entry ORDER BY id LIMIT 1")
        ).scalar_one()
    assert stored == expected


def test_an_empty_log_is_intact(database: Database) -> None:
    assert audit.verify_chain(database) == audit.ChainResult(0, None)


def test_a_changed_detail_is_found_at_that_entry(database: Database) -> None:
    _five_entries(database)
    _sql(database, "UPDATE audit_entry SET detail = 'ground=consent c=9' WHERE id = 3")

    result = audit.verify_chain(database)

    assert result.first_broken == 3
    assert result.message("en") == "The audit log was changed or cut, from entry 3"
    assert result.message("th") == "ประวัติการเข้าถึงถูกแก้ไขหรือลบ ตั้งแต่รายการที่ 3"


def test_a_changed_time_or_actor_is_found(database: Database) -> None:
    _five_entries(database)
    _sql(database, "UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' WHERE id = 2")
    assert audit.verify_chain(database).first_broken == 2

    _sql(database, "UPDATE audit_entry SET actor = 'คนอื่น' WHERE id = 1")
    assert audit.verify_chain(database).first_broken == 1


def test_a_removed_entry_is_found_at_the_one_after_it(database: Database) -> None:
    _five_entries(database)
    _sql(database, "DELETE FROM audit_entry WHERE id = 2")

    assert audit.verify_chain(database).first_broken == 3


def test_removing_the_last_entries_is_found_by_the_head(database: Database) -> None:
    _five_entries(database)
    _sql(database, "DELETE FROM audit_entry WHERE id >= 4")

    assert audit.verify_chain(database).first_broken == 5


def test_an_entry_written_after_the_last_were_removed_still_shows_the_gap(database: Database) -> None:
    _five_entries(database)
    _sql(database, "DELETE FROM audit_entry WHERE id = 5")
    audit.log(database, "ประธาน", "view_restricted", "case_identity", 6)

    assert audit.verify_chain(database).first_broken is not None


def test_a_removed_or_edited_head_is_found(database: Database) -> None:
    _five_entries(database)
    _sql(database, "DELETE FROM setting WHERE key = 'audit_chain_head'")
    assert audit.verify_chain(database).first_broken == 5

    _sql(database, "INSERT INTO setting (key, value) VALUES ('audit_chain_head', 'nonsense')")
    assert audit.verify_chain(database).first_broken == 5


def test_an_entry_added_with_sql_is_found(database: Database) -> None:
    _five_entries(database)
    now = dt.datetime(2026, 11, 30, 1, 0).isoformat(sep=" ")
    _sql(
        database,
        "INSERT INTO audit_entry (at, actor, event, object_type, object_id, recipient, detail) "
        f"VALUES ('{now}', 'ประธาน', 'view_restricted', 'case_identity', 9, '', '')",
    )

    assert audit.verify_chain(database).first_broken == 6


def test_fields_cannot_be_shifted_into_their_neighbours() -> None:
    at = dt.datetime(2026, 11, 30, 1, 0)
    one = audit.canonical_content(1, at, "ก", "view", "case", None, "a", "b")
    other = audit.canonical_content(1, at, "ก", "view", "case", None, "a,b", "")
    assert one != other
    assert audit.canonical_content(1, at, "ก", "view", "case", None, "", "") != audit.canonical_content(
        1, at, "ก", "view", "case", 0, "", ""
    )
