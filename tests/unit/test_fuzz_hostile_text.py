"""Hostile text fed to search and to every service that stores typed text: each is either stored cleaned (and the
minutes still export as Word and PDF files that open) or refused with a ``Refusal``, never any other error.

The strings are hand-written (control characters, lone surrogates, direction marks, joiners, combining marks on
nothing, stacked Thai tone marks, 20,000 characters, FTS and LIKE syntax, markup of XML and of the PDF writer,
format fields) and combined at random with a fixed seed, so a failure names a string that can be replayed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from docx import Document
from pypdf import PdfReader

from mdt_desktop.domain.codes import Service
from mdt_desktop.domain.typed_text import clean
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies, bodies, cases, meetings, referrals, safety_plans
from mdt_desktop.services.exports import signing
from mdt_desktop.services.exports.annex import build_annex, render_annex
from mdt_desktop.services.exports.minutes import export_minutes
from mdt_desktop.services.search import search
from mdt_desktop.storage.database import Database

D = dt.date
T = TypeVar("T")
SEED = 7
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

HOSTILE = [
    "",
    " \t\r\n ",
    "\x00",
    "ติดตาม\x00บ้าน",
    "\x00" * 1000,
    "".join(chr(c) for c in range(0x01, 0x20)),
    "ข้อ ๑\vข้อ ๒\fข้อ ๓\x1b[31m",
    "\ud800",
    "ก\udfffข\udc00",
    "\ufffe\uffff\U0010ffff\ue000",
    "\u200f\u202eผู้เสียหาย\u202c\u200e",
    "שלום مرحبا ผู้เสียหาย",
    "\u200d\u200c\u2060\ufeff\u200b",
    "\u0301\u0308\u0e31\u0e34",  # combining marks on nothing, Latin and Thai
    "ก" + "\u0e48\u0e49\u0e4a\u0e4b" * 50,  # Thai tone marks stacked
    "\u0e48\u0e49\u0e4a\u0e4b\u0e4c" * 10,
    "e\u0301 \u00a0\u3000\u2028\u2029",
    "ก" * 20_000,  # one Thai "word" with nowhere to break
    "😀" * 20_000,
    "ผู้เสียหาย " * 2_000,
    "\n" * 5_000,
    '" OR * NEAR(',
    'NEAR(ผู้ เสียหาย, 2) AND "',
    '""""',
    "ก* OR ข* NOT ค",
    "{col}: x ^y -z (((",
    "%_\\",
    "%",
    "_",
    "\\",
    "a' OR '1'='1",
    "'; DROP TABLE meeting; --",
    "<w:p>&amp;</w:p> ]]> &#0; &lt;",
    "<b>ตัวหนา</b><font name='x'><para><br/>",
    "<",
    "&",
    "{0} {field} {length:,} %s %d %(limit)s",
    "👩‍👩‍👧‍👦🇹🇭𝕏",
    "พ.ศ. ๒๕๖๙ 50% เด็ก_ขอทาน",
]


def _combined(count: int) -> list[str]:
    rng = random.Random(SEED)
    short = [text for text in HOSTILE if len(text) < 200]
    return ["".join(rng.choice(short) for _ in range(rng.randint(2, 5))) for _ in range(count)]


CASES = HOSTILE + _combined(10)
IDS = [f"{index}:{text[:6]!a}" for index, text in enumerate(CASES)]


@pytest.fixture
def meeting(database: Database) -> dict[str, int]:
    agency_id = agencies.create_agency(database, agencies.AgencyRecord(name_th="สำนักงานพัฒนาสังคม"))
    body_id = bodies.create_body(database, bodies.BodyRecord(name_th="ทีมสหวิชาชีพอำเภอแม่สาย"))
    meeting_id = meetings.create_meeting(database, body_id, D(2026, 1, 15))
    item_id = meetings.load_meeting(database, meeting_id).items[3].id
    return {"meeting": meeting_id, "item": item_id, "agency": agency_id, "body": body_id}


def _unless_refused(call: Callable[..., T], *arguments: object, **keywords: object) -> T | None:
    """What the call returns, or None when it refused (in both languages); any other error fails the test."""
    try:
        return call(*arguments, **keywords)
    except Refusal as refusal:
        assert refusal.message("th") and refusal.message("en")
        return None


def _assert_clean_copy(stored: str, typed: str) -> None:
    assert NOT_XML.search(stored) is None
    assert stored in (clean(typed), clean(typed).strip())


def _assert_minutes_open(database: Database, meeting_id: int, folder: Path) -> None:
    docx = export_minutes(database, meeting_id, "docx", folder / "minutes.docx", actor="เลขานุการ", force=True)
    pdf = export_minutes(database, meeting_id, "pdf", folder / "minutes.pdf", actor="เลขานุการ", force=True)
    assert Document(str(docx)).paragraphs
    assert PdfReader(pdf).pages


def test_search_finds_or_refuses_and_never_fails_otherwise(
    database: Database, meeting: dict[str, int]
) -> None:
    meetings.update_item_text(database, meeting["item"], "discussion", "หารือกรณีผู้เสียหาย 50% เด็ก_ขอทาน")
    refused = 0
    for typed in CASES:
        if _unless_refused(search, database, typed) is None:
            refused += 1
    assert 0 < refused < len(CASES)  # the long ones refused, the others searched
    # LIKE's wildcards and escape are matched as typed, not as "anything".
    assert any(hit.meeting_id == meeting["meeting"] for hit in search(database, "50% เด็ก_ขอ"))
    assert search(database, "\\") == [] and search(database, "%_\\") == [] and search(database, "5_%") == []


@pytest.mark.parametrize("typed", CASES, ids=IDS)
def test_typed_minutes_are_stored_cleaned_or_refused_and_the_minutes_still_export(
    database: Database, meeting: dict[str, int], typed: str, tmp_path: Path
) -> None:
    item = meeting["item"]
    for field in ("title", "discussion", "resolution"):
        if _unless_refused(meetings.update_item_text, database, item, field, typed) is not None:
            stored = getattr(meetings.load_meeting(database, meeting["meeting"]).items[3], field)
            _assert_clean_copy(stored, typed)
    for keyword in ("task", "responsible_person", "resources"):
        values = {"task": "ติดตามเยี่ยมบ้าน", "due_date": D(2026, 2, 13), keyword: typed}
        action_id = _unless_refused(
            meetings.add_action, database, meeting["meeting"], item, meeting["agency"], **values
        )
        if action_id is not None:
            actions = meetings.load_meeting(database, meeting["meeting"]).items[3].actions
            action = {a.id: a for a in actions}[action_id]
            _assert_clean_copy(getattr(action, keyword), typed)
            assert action.task.strip(), "an action was stored without a task"
    _assert_minutes_open(database, meeting["meeting"], tmp_path)


@pytest.mark.parametrize("typed", CASES, ids=IDS)
def test_agency_team_member_and_attendee_names_are_stored_cleaned_or_refused_and_the_minutes_still_export(
    database: Database, meeting: dict[str, int], typed: str, tmp_path: Path
) -> None:
    agency_id = _unless_refused(
        agencies.create_agency,
        database,
        agencies.AgencyRecord(name_th=typed, abbreviation=typed[:400], name_en=typed, aliases=typed),
    )
    if agency_id is not None:
        agency = agencies.get_agency(database, agency_id)
        for stored in (agency.name_th, agency.abbreviation, agency.name_en, agency.aliases):
            assert NOT_XML.search(stored) is None
        _assert_clean_copy(agency.name_th, typed)
        assert agency.name_th.strip(), "an agency was stored without a name"
    body_id = _unless_refused(
        bodies.create_body,
        database,
        bodies.BodyRecord(name_th=typed, self_label=typed, confidentiality_statement=typed),
    )
    team = meeting["body"] if body_id is None else body_id
    if body_id is not None:
        body = bodies.get_body(database, team)
        _assert_clean_copy(body.name_th, typed)
        assert body.name_th.strip(), "a team was stored without a name"
        _assert_clean_copy(body.confidentiality_statement, typed)
    member_id = _unless_refused(
        bodies.create_member, database, bodies.MemberRecord(team, full_name=typed, position=typed)
    )
    if member_id is not None:
        member = {m.id: m for m in bodies.list_members(database, team)}[member_id]
        _assert_clean_copy(member.full_name, typed)
        assert member.full_name.strip(), "a member was stored without a name"
        _assert_clean_copy(member.position, typed)
    # The minutes of a new meeting of that team carry every name that was stored: on the roster, as an
    # attendee from outside it, and as the agency of an action.
    meeting_id = meetings.create_meeting(database, team, D(2026, 2, 15))
    _unless_refused(meetings.add_attendee, database, meeting_id, "observer", typed, typed)
    if agency_id is not None:
        item = meetings.load_meeting(database, meeting_id).items[3].id
        meetings.add_action(database, meeting_id, item, agency_id, "ติดตามเยี่ยมบ้าน", D(2026, 3, 16))
    _assert_minutes_open(database, meeting_id, tmp_path)


@pytest.mark.parametrize("typed", CASES, ids=IDS)
def test_a_case_code_or_an_office_name_typed_as_anything_is_linked_created_or_refused(
    database: Database, meeting: dict[str, int], typed: str
) -> None:
    _unless_refused(meetings.link_case, database, meeting["item"], typed)
    identity = _unless_refused(signing.create_identity, database, typed)
    if identity is not None:
        assert NOT_XML.search(identity.label) is None and identity.label.strip()


@pytest.mark.parametrize("typed", CASES, ids=IDS)
def test_safety_plan_and_referral_text_is_stored_cleaned_or_refused_and_the_annex_still_exports(
    database: Database, meeting: dict[str, int], typed: str
) -> None:
    """What a worker pastes into a plan (her words, a contact, the steps) or a referral's refusal reason: stored
    cleaned or refused with a message, and the restricted annex that prints it still writes in both formats."""
    case_id, code = cases.create_case(
        database, cases.NewCase("domestic_violence", D(2026, 1, 10), meeting["body"])
    )
    meetings.link_case(database, meeting["item"], code)
    content = safety_plans.PlanContent(
        main_concern=typed,
        strengths=typed,
        steps_during=typed,
        contacts=(safety_plans.ContactEntry(safe=False, name="อดีตสามี", note=typed),),
    )
    plan_id = _unless_refused(safety_plans.save_plan, database, case_id, None, content, "เลขานุการ")
    if plan_id is not None:
        stored = safety_plans.load_plan(database, plan_id).content
        for text in (stored.main_concern, stored.strengths, stored.steps_during, stored.contacts[0].note):
            _assert_clean_copy(text, typed)
    hospital = agencies.create_agency(database, agencies.AgencyRecord(name_th="โรงพยาบาลแม่สาย"))
    referral_id = referrals.refer(
        database, case_id, meeting["agency"], hospital, Service.MENTAL_HEALTH, D(2026, 1, 15),
        actor="เลขานุการ",
    )  # fmt: skip
    _unless_refused(
        referrals.answer, database, referral_id, False, D(2026, 1, 16), actor="เลขานุการ", reason=typed
    )
    annex = build_annex(database, meeting["meeting"], "เลขานุการ", MinutesOptions(), today=D(2026, 1, 20))
    for fmt in ("docx", "pdf"):
        assert render_annex(annex, fmt)
