"""Search: Thai substrings inside words, short queries, quoting, newest meetings first, no identity data."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.search import MAX_QUERY, SEARCH_FAILED, fts_phrase, make_snippet, search
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.models import Agency, Body, CaseFile, CaseIdentity
from mdt_desktop.storage.search_index import SearchKind

D = dt.date


@pytest.fixture
def filled(database):
    with database.session() as s:
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district")
        pmj = Agency(name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", abbreviation="พมจ.",
                     sector="government", level="province")  # fmt: skip
        case = CaseFile(code="MSI-2569-0001", case_type="trafficking_labour", intake_date=D(2026, 1, 3))
        s.add_all([team, pmj, case])
        s.flush()
        s.add(CaseIdentity(case_id=case.id, full_name="นางสาวลับมาก ห้ามค้น", phone="0812345678"))
    old = meetings.create_meeting(database, team.id, D(2026, 1, 15))
    new = meetings.create_meeting(database, team.id, D(2026, 2, 15))
    for meeting_id, words in ((old, "แรงงานประมง"), (new, "เด็กขอทาน")):
        item = meetings.load_meeting(database, meeting_id).items[3].id
        meetings.update_item_text(database, item, "discussion", f"หารือกรณีการค้ามนุษย์ด้าน{words}")
        meetings.update_item_text(database, item, "resolution", f"มอบหมายติดตาม{words}")
        meetings.add_action(database, meeting_id, item, pmj.id, f"คัดแยกผู้เสียหาย 50% {words}", D(2026, 3, 16))
        meetings.link_case(database, item, "MSI-2569-0001")
    return {"old": old, "new": new, "pmj": pmj.id, "case": case.id}


def item_4(database, meeting_id: int) -> int:
    return meetings.load_meeting(database, meeting_id).items[3].id


def test_thai_substring_inside_a_word_is_found_newest_meeting_first(database, filled):
    hits = search(database, "ค้ามนุษ")
    meeting_hits = [h for h in hits if h.kind is SearchKind.AGENDA_ITEM]
    assert [h.meeting_id for h in meeting_hits] == [filled["new"], filled["old"]]
    assert meeting_hits[0].meeting_label == "2/2569"
    assert meeting_hits[0].body_name == "ทีมสหวิชาชีพอำเภอแม่สาย"
    assert "การค้ามนุษย์ด้านเด็กขอทาน" in meeting_hits[0].snippet


def test_resolutions_actions_and_agencies_are_found(database, filled):
    kinds = {h.kind for h in search(database, "ขอทาน")}
    assert {SearchKind.AGENDA_ITEM, SearchKind.RESOLUTION, SearchKind.ACTION} <= kinds
    agency = [h for h in search(database, "พัฒนาสังคม") if h.kind is SearchKind.AGENCY]
    assert [h.ref_id for h in agency] == [filled["pmj"]]


def test_each_hit_says_the_item_and_the_action_it_was_found_in(database, filled):
    new_item = item_4(database, filled["new"])
    action = meetings.load_meeting(database, filled["new"]).item(new_item).actions[0].id
    found = {(h.kind, h.item_id, h.action_id) for h in search(database, "ขอทาน")}
    assert (SearchKind.AGENDA_ITEM, new_item, None) in found
    assert (SearchKind.RESOLUTION, new_item, None) in found
    assert (SearchKind.ACTION, new_item, action) in found
    short = {(h.kind, h.item_id, h.action_id) for h in search(database, "ปร")}  # the LIKE road
    old_item = item_4(database, filled["old"])
    old_action = meetings.load_meeting(database, filled["old"]).item(old_item).actions[0].id
    assert (SearchKind.AGENDA_ITEM, old_item, None) in short
    assert (SearchKind.ACTION, old_item, old_action) in short
    case = [h for h in search(database, "2569-0001") if h.kind is SearchKind.CASE]
    assert [(h.item_id, h.action_id) for h in case] == [(new_item, None)]


def test_two_character_query_falls_back_and_still_finds(database, filled):
    hits = search(database, "ปร")  # in ประมง, only in the older meeting
    assert filled["old"] in {h.meeting_id for h in hits}
    assert all("ปร" in h.snippet for h in hits)


def test_quotes_and_fts_syntax_typed_by_a_person_are_plain_text(database, filled):
    assert search(database, '"ขอทาน"') != []
    assert search(database, 'ขอ"ทาน') == []
    assert search(database, "ขอทาน OR NOT") == []
    assert search(database, "50%") != []
    assert search(database, "%") == [] or all("%" in h.snippet for h in search(database, "%"))
    assert fts_phrase('a"b') == '"a""b"'


def test_case_found_by_code_leads_to_its_latest_meeting_and_identity_is_never_found(database, filled):
    hits = [h for h in search(database, "2569-0001") if h.kind is SearchKind.CASE]
    assert [(h.ref_id, h.meeting_id) for h in hits] == [(filled["case"], filled["new"])]
    assert search(database, "ลับมาก") == []
    assert search(database, "0812345678") == []


def test_snippet_cuts_long_text_around_the_match():
    body = "ก" * 100 + "เป้าหมาย" + "ข" * 100
    snippet = make_snippet(body, "เป้าหมาย", context=10)
    assert snippet == "…" + "ก" * 10 + "เป้าหมาย" + "ข" * 10 + "…"


def test_agencies_cases_and_minutes_still_found_under_many_newer_actions(database, filled):
    """A common word in hundreds of newer actions must not crowd out the agency, the case or the minutes."""
    item = meetings.load_meeting(database, filled["new"]).items[4].id
    for number in range(120):
        meetings.add_action(
            database,
            filled["new"],
            item,
            filled["pmj"],
            f"ประสานพัฒนาสังคม MSI-2569 การค้ามนุษย์ งานที่ {number}",
            D(2026, 3, 16),
        )
    hits = search(database, "พัฒนาสังคม", limit=20)
    assert [h.ref_id for h in hits if h.kind is SearchKind.AGENCY] == [filled["pmj"]]
    cases = [h for h in search(database, "MSI-2569", limit=20) if h.kind is SearchKind.CASE]
    assert [h.ref_id for h in cases] == [filled["case"]]
    minutes = [h for h in search(database, "ค้ามนุษ", limit=5) if h.kind is SearchKind.AGENDA_ITEM]
    assert [h.meeting_id for h in minutes] == [filled["new"]]  # the minutes before that meeting's actions


# --- hostile queries ---------------------------------------------------------------------------------------------


def test_a_nul_in_the_query_is_dropped_and_the_rest_is_searched(database, filled: dict[str, int]) -> None:
    hits = search(database, "คัดแยก\x00ผู้เสียหาย")
    assert SearchKind.ACTION in {hit.kind for hit in hits}
    assert "คัดแยกผู้เสียหาย" in hits[0].snippet


def test_a_query_beyond_the_maximum_is_refused_in_both_languages(database) -> None:
    assert search(database, "ก" * MAX_QUERY) == []
    with pytest.raises(Refusal) as refused:
        search(database, "ก" * 20_000)
    assert "200" in refused.value.message("th") and "200" in refused.value.message("en")


def _failing_database(monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    def failing(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError(message))

    monkeypatch.setattr(Session, "execute", failing)


def test_a_failing_drive_during_a_search_is_a_storage_error(
    database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_database(monkeypatch, "disk I/O error")
    with pytest.raises(StorageError) as failed:
        search(database, "ติดตาม")
    assert failed.value.problem is StorageProblem.DISK_IO


def test_any_other_database_error_during_a_search_is_a_message_not_a_crash(
    database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_database(monkeypatch, "fts5: syntax error near something")
    with pytest.raises(Refusal) as refused:
        search(database, "ติดตาม")
    assert refused.value.reason is SEARCH_FAILED
