"""Action records for one agency carry only that agency's actions and never a restricted field; the circulation
log tells whether records went out within 24 hours and minutes within 10 working days."""

from __future__ import annotations

import datetime as dt
import errno
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.exports import signing as primitives
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, circulation
from mdt_desktop.services.exports import action_records, destination, signing
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Body,
    CaseFile,
    CaseIdentity,
    Holiday,
    Meeting,
    Member,
)

# Marker strings planted where an agency's record must never look.
B_TASK = "ภารกิจลับของหน่วยงานบีXQB"
DISCUSSION = "ข้อหารือในที่ประชุมXQD"
SUMMARY = "เรื่องราวของผู้เสียหายXQS"
IDENTITY_NAME = "นางสาวทดสอบระบุตัวXQN"
IDENTITY_PHONE = "0812345678"
IDENTITY_ADDRESS = "บ้านเลขที่ลับXQA"
A_TASK = "เยี่ยมบ้านและประเมินความปลอดภัยของเด็ก"
A_PROGRESS = "ได้เยี่ยมบ้านแล้วครั้งหนึ่ง"


@dataclass(frozen=True)
class Team:
    meeting_id: int
    agency_a: int
    agency_b: int


@pytest.fixture
def team(database: Database) -> Team:
    with database.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมืองลำปาง", level="district")
        a = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง",
            abbreviation="พมจ.ลป.",
            sector="government",
            level="province",
        )
        b = Agency(
            name_th="สถานีตำรวจภูธรเมืองลำปาง",
            abbreviation="สภ.เมืองลำปาง",
            sector="government",
            level="district",
        )
        session.add_all([body, a, b])
        session.flush()
        secretary = Member(body_id=body.id, full_name="นายสมชาย ใจดี", position="ปลัดอำเภอ", role="secretary")
        session.add(secretary)
        session.flush()
        meeting = Meeting(
            body_id=body.id,
            number=3,
            year_be=2569,
            date=dt.date(2026, 11, 20),
            start_time=dt.time(9, 30),
            end_time=dt.time(12, 0),
        )
        case = CaseFile(
            code="LPG-2569-0007",
            body_id=body.id,
            case_type="trafficking",
            intake_date=dt.date(2026, 10, 1),
            summary=SUMMARY,
        )
        session.add_all([meeting, case])
        session.flush()
        session.add(
            CaseIdentity(
                case_id=case.id, full_name=IDENTITY_NAME, phone=IDENTITY_PHONE, address=IDENTITY_ADDRESS
            )
        )
        item = AgendaItem(
            meeting_id=meeting.id,
            number="4.1",
            title="พิจารณากรณี",
            kind="for_consideration",
            discussion=DISCUSSION,
            resolution="มอบหมายงาน",
        )
        session.add(item)
        session.add_all(
            [
                Attendance(
                    meeting_id=meeting.id,
                    member_id=secretary.id,
                    category="present",
                    full_name="นายสมชาย ใจดี",
                    position="ปลัดอำเภอ",
                    sort_order=9,
                ),
                Attendance(
                    meeting_id=meeting.id,
                    category="present",
                    full_name="นางวิไล ศรีสุข",
                    position="นักพัฒนาสังคมชำนาญการ",
                    agency_id=a.id,
                    sort_order=1,
                ),
            ]
        )
        session.flush()
        action_a = ActionPoint(
            meeting_id=meeting.id,
            agenda_item_id=item.id,
            body_id=body.id,
            case_id=case.id,
            agency_id=a.id,
            task=A_TASK,
            due_date=dt.date(2026, 12, 5),
            status="in_progress",
        )
        action_b = ActionPoint(
            meeting_id=meeting.id,
            agenda_item_id=item.id,
            body_id=body.id,
            case_id=case.id,
            agency_id=b.id,
            task=B_TASK,
            due_date=dt.date(2026, 12, 1),
        )
        session.add_all([action_a, action_b])
        session.flush()
        session.add(
            ActionProgress(
                action_id=action_a.id,
                meeting_id=meeting.id,
                recorded_on=dt.date(2026, 11, 25),
                note=A_PROGRESS,
                status="in_progress",
            )
        )
        return Team(meeting.id, a.id, b.id)


def _text(path: Path) -> str:
    """The PDF's text with all whitespace removed: line breaks fall anywhere in Thai."""
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


def _readable_bytes(path: Path) -> bytes:
    """What a reader of the file finds without a PDF viewer: its bytes outside streams (metadata, dictionaries) and
    each page's content stream decoded. The compressed bytes themselves are left out: any two letters turn up in
    them by chance."""
    raw = path.read_bytes()
    outside = re.sub(rb"stream\r?\n.*?endstream", b"", raw, flags=re.DOTALL)
    return outside + b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the records go to (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_an_agencys_record_holds_its_actions_and_nothing_restricted(
    database: Database, team: Team, out: Path
) -> None:
    result = action_records.export_action_records(
        database, team.meeting_id, [team.agency_a], out, sign=False, actor="secretary", digits="arabic"
    )
    [saved] = result.saved
    path = saved.path
    assert path == out / "actions-3-2569-พมจ.ลป.pdf"  # the meeting's number, never an internal id
    assert sorted(out.iterdir()) == [path]  # no temporary file left beside it
    text = _text(path)
    for expected in (
        A_TASK,
        A_PROGRESS,
        "LPG-2569-0007",
        "5ธันวาคมพ.ศ.2569",
        ActionStatus.IN_PROGRESS.th,
        "นางวิไลศรีสุข",
        "นายสมชายใจดี",
        "ทีมสหวิชาชีพอำเภอเมืองลำปาง",
        "3/2569",
    ):
        assert _squash(expected) in text, expected
    for forbidden in (
        B_TASK,
        DISCUSSION,
        SUMMARY,
        IDENTITY_NAME,
        IDENTITY_PHONE,
        IDENTITY_ADDRESS,
        "สถานีตำรวจภูธรเมืองลำปาง",
    ):
        assert _squash(forbidden) not in text, forbidden
    assert b"XQ" not in _readable_bytes(path)  # not even in metadata or a page's operators
    assert "ลายนิ้วมือ" not in text  # an unsigned record names no certificate
    [entry] = audit.list_entries(database, "action_record")
    assert entry.recipient == "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง"


def test_each_agency_gets_its_own_record_and_the_signature_verifies(
    database: Database, team: Team, out: Path
) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมืองลำปาง")
    agencies = action_records.agencies_with_actions(database, team.meeting_id)
    assert [(a.abbreviation, a.action_count) for a in agencies] == [("สภ.เมืองลำปาง", 1), ("พมจ.ลป.", 1)]
    steps: list[tuple[int, int, str]] = []
    result = action_records.export_action_records(
        database, team.meeting_id, None, out, actor="secretary", progress=lambda *step: steps.append(step)
    )
    paths = {saved.agency.id: saved.path for saved in result.saved}
    assert sorted(path.name for path in out.iterdir()) == sorted(a.file_name for a in agencies)
    assert [done for done, _total, _name in steps] == [0, 1, 2] and not result.stopped
    b_text = _text(paths[team.agency_b])
    assert _squash(B_TASK) in b_text and _squash(A_TASK) not in b_text
    identity = signing.current_identity(database)
    assert identity is not None
    # Worked out here from the certificate, not by the code under test: SHA-256 of its DER bytes.
    digest = x509.load_pem_x509_certificate(signing.certificate_pem(database, identity.id)).fingerprint(
        hashes.SHA256()
    )
    fingerprint = ":".join(f"{byte:02X}" for byte in digest)
    halves = [
        ":".join(f"{byte:02X}" for byte in digest[:16]),
        ":".join(f"{byte:02X}" for byte in digest[16:]),
    ]
    for path in paths.values():
        report = primitives.verify(path.read_bytes(), [fingerprint])
        assert report.verdict == primitives.Verdict.TRUSTED
        assert report.signed_by == "ทีมสหวิชาชีพอำเภอเมืองลำปาง"
        # Printed under the signatures, after its label, in two halves of 16 bytes each whole on its own line.
        lines = [line.strip() for line in PdfReader(path).pages[-1].extract_text().splitlines()]
        label = next(i for i, line in enumerate(lines) if line.startswith("ลายนิ้วมือใบรับรอง (SHA-256)"))
        assert lines[label + 1 : label + 3] == halves, lines[label:]


def test_records_without_a_signing_identity_are_refused_before_any_file(
    database: Database, team: Team, out: Path
) -> None:
    with pytest.raises(Refusal) as refused:
        action_records.export_action_records(database, team.meeting_id, None, out, actor="secretary")
    assert refused.value.reason == signing.NO_IDENTITY
    assert list(out.iterdir()) == [] and audit.list_entries(database, "action_record") == []


def test_a_record_already_in_the_folder_is_replaced_only_when_asked(
    database: Database, team: Team, out: Path
) -> None:
    [agency_b, _agency_a] = action_records.agencies_with_actions(database, team.meeting_id)
    earlier = out / agency_b.file_name
    earlier.write_bytes(b"the record sent last week")
    with pytest.raises(Refusal) as refused:
        action_records.export_action_records(database, team.meeting_id, None, out, actor="s", sign=False)
    assert refused.value.reason == destination.FILE_EXISTS
    assert agency_b.file_name in refused.value.message("en") and "--force" not in refused.value.message("en")
    # Checked before the first file: the other agency's record was not written either.
    assert [path.name for path in out.iterdir()] == [earlier.name]
    assert earlier.read_bytes() == b"the record sent last week"
    action_records.export_action_records(
        database, team.meeting_id, None, out, actor="s", sign=False, force=True
    )
    assert earlier.read_bytes().startswith(b"%PDF") and len(list(out.iterdir())) == 2


def test_a_disk_that_fills_up_keeps_the_whole_records_and_no_part_of_the_next(
    database: Database, team: Team, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated: the seam through which bytes reach the disk fails as a full disk does, on the second record.
    calls: list[int] = []
    write_all = destination.write_all

    def fill_up(stream, content):  # type: ignore[no-untyped-def]
        calls.append(len(content))
        if len(calls) == 2:
            stream.write(content[:100])
            raise OSError(errno.ENOSPC, "No space left on device")
        write_all(stream, content)

    monkeypatch.setattr(destination, "write_all", fill_up)
    saved: list[Path] = []
    with pytest.raises(Refusal) as refused:
        action_records.export_action_records(
            database,
            team.meeting_id,
            None,
            out,
            actor="s",
            sign=False,
            on_saved=lambda record: saved.append(record.path),
        )
    assert refused.value.reason == destination.DISK_FULL
    assert list(out.iterdir()) == saved and len(saved) == 1  # the temporary file of the second is gone
    assert saved[0].read_bytes().startswith(b"%PDF") and saved[0].read_bytes().rstrip().endswith(b"%%EOF")
    assert len(audit.list_entries(database, "action_record")) == 1


def test_an_agency_named_on_the_command_line_by_abbreviation_or_id(database: Database, team: Team) -> None:
    assert action_records.agency_by_key(database, team.meeting_id, "พมจ.ลป.").id == team.agency_a
    assert action_records.agency_by_key(database, team.meeting_id, str(team.agency_b)).id == team.agency_b
    with pytest.raises(Refusal) as refused:
        action_records.agency_by_key(database, team.meeting_id, "ไม่มี")
    assert refused.value.reason == action_records.NO_ACTIONS_FOR_AGENCY


def test_records_sent_within_24_hours_of_the_meetings_end(database: Database, team: Team) -> None:
    ended = dt.datetime(2026, 11, 20, 12, 0)
    circulation.record_sent(
        database,
        team.meeting_id,
        "action_record",
        team.agency_a,
        "secretary",
        sent_at=ended + dt.timedelta(hours=23, minutes=59),
    )
    circulation.record_sent(
        database,
        team.meeting_id,
        "action_record",
        team.agency_b,
        "secretary",
        sent_at=ended + dt.timedelta(hours=24, minutes=1),
    )
    status = {row.agency_id: row for row in circulation.circulation_status(database, team.meeting_id)}
    assert status[team.agency_a].record_in_time
    assert not status[team.agency_b].record_in_time
    assert status[team.agency_a].record_due == dt.datetime(2026, 11, 21, 12, 0)
    assert not status[team.agency_a].minutes_in_time and status[team.agency_a].minutes_sent_at is None
    sent = circulation.list_sent(database, team.meeting_id)
    assert (sent[0].recipient, sent[0].actor) == (
        "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง",
        "secretary",
    )


def test_minutes_due_within_10_working_days_skipping_holidays(database: Database, team: Team) -> None:
    # Meeting on Friday 20 Nov 2026: 10 working days is Friday 4 Dec, or Monday 7 Dec with a holiday between.
    with database.session() as session:
        session.add(Holiday(day=dt.date(2026, 12, 3), name="วันหยุดทดสอบ"))
    circulation.record_sent(
        database,
        team.meeting_id,
        "minutes",
        team.agency_a,
        "secretary",
        sent_at=dt.datetime(2026, 12, 7, 16, 0),
    )
    circulation.record_sent(
        database,
        team.meeting_id,
        "minutes",
        team.agency_b,
        "secretary",
        sent_at=dt.datetime(2026, 12, 8, 9, 0),
    )
    status = {row.agency_id: row for row in circulation.circulation_status(database, team.meeting_id)}
    assert status[team.agency_a].minutes_due == dt.date(2026, 12, 7)
    assert status[team.agency_a].minutes_in_time
    assert not status[team.agency_b].minutes_in_time


def test_a_meeting_without_an_end_time_is_not_counted_late_too_early() -> None:
    due = circulation.record_due(dt.date(2026, 11, 20), None, None)
    assert due == dt.datetime(2026, 11, 21, 23, 59, 59)


def test_two_agencies_with_one_abbreviation_get_distinct_file_names(database: Database, team: Team) -> None:
    with database.session() as session:
        session.get_one(Agency, team.agency_b).abbreviation = "พมจ.ลป."
    names = [a.file_name for a in action_records.agencies_with_actions(database, team.meeting_id)]
    assert sorted(names) == ["actions-3-2569-พมจ.ลป-2.pdf", "actions-3-2569-พมจ.ลป.pdf"]


def test_a_file_name_keeps_the_thai_abbreviation_and_drops_what_file_systems_refuse() -> None:
    assert action_records.file_name("6/2569", "สภ.") == "actions-6-2569-สภ.pdf"
    assert action_records.file_name("6/2569", 'ศป:ค/ม "x"') == "actions-6-2569-ศป_ค_ม_x.pdf"
    assert action_records.file_name("6/2569", "", "องค์การบริหารส่วนตำบลแม่สาย") == (
        "actions-6-2569-องค์การบริหารส่วนตำบลแม่สาย.pdf"
    )


def _fonts(path: Path) -> dict[str, bool]:
    """Every font the file names, anywhere in it (pages, forms, the signature's parts), and whether the file
    carries its glyphs (a font program under its descriptor, or the descendant's for a composite font)."""
    reader = PdfReader(path)
    fonts: dict[str, bool] = {}
    seen: set[int] = set()

    def embedded(font: DictionaryObject) -> bool:
        if font.get("/Subtype") == "/Type3":
            return True
        if "/DescendantFonts" in font:
            return all(embedded(d.get_object()) for d in font["/DescendantFonts"])
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))

    def visit(value: object) -> None:
        if isinstance(value, IndirectObject):
            if value.idnum in seen:
                return
            seen.add(value.idnum)
            value = value.get_object()
        if isinstance(value, DictionaryObject):
            if value.get("/Type") == "/Font":
                fonts[str(value.get("/BaseFont"))] = embedded(value)
            for key, item in value.items():
                if key != "/Parent":
                    visit(item)
        elif isinstance(value, ArrayObject):
            for item in value:
                visit(item)

    visit(reader.trailer["/Root"])
    return fonts


def test_a_signed_record_names_only_fonts_it_embeds(database: Database, team: Team, out: Path) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมืองลำปาง")
    [saved] = action_records.export_action_records(
        database, team.meeting_id, [team.agency_a], out, actor="secretary"
    ).saved
    fonts = _fonts(saved.path)
    # Sarabun for everything, the fingerprint too: no Helvetica nor Courier for the reader's computer to supply.
    assert fonts and all(fonts.values()), fonts
    assert {name.split("+")[-1] for name in fonts} == {"Sarabun-Regular", "Sarabun-Bold"}


def test_a_record_takes_the_minutes_digits_and_classification_and_keeps_case_codes_as_written(
    database: Database, team: Team, out: Path
) -> None:
    with database.session() as session:
        # A code of an office's old paper register: three running digits, which no pattern takes for a code.
        session.get_one(CaseFile, 1).code = "ลป-2569-007"
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมืองลำปาง")
    [saved] = action_records.export_action_records(
        database, team.meeting_id, [team.agency_a], out, actor="secretary", classification="ลับมาก"
    ).saved
    reader = PdfReader(saved.path)
    text = _text(saved.path)
    for expected in ("ครั้งที่๓/๒๕๖๙", "๒๐พฤศจิกายนพ.ศ.๒๕๖๙", "กำหนดเสร็จ๕ธันวาคมพ.ศ.๒๕๖๙", "๑.", "๒๕พ.ย.๒๕๖๙"):
        assert expected in text, expected
    assert "รหัสกรณีลป-2569-007" in text  # not ลป-๒๕๖๙-๐๐๗
    assert not re.search("[0-9]", text.split("ลายนิ้วมือ")[0].replace("ลป-2569-007", ""))
    for page in reader.pages:
        assert page.extract_text().count("ลับมาก") == 2  # at the top and at the foot of every page
    # The fingerprint stays as Settings and mdt verify show it: hexadecimal with Arabic digits.
    halves = [line.strip() for line in reader.pages[-1].extract_text().splitlines()][-4:]
    assert any(re.fullmatch(r"([0-9A-F]{2}:){15}[0-9A-F]{2}", line) for line in halves), halves


def test_an_action_naming_no_case_shows_the_codes_of_its_items_cases_and_general_work_none(
    database: Database, team: Team, out: Path
) -> None:
    with database.session() as session:
        meeting = session.get_one(Meeting, team.meeting_id)
        second = CaseFile(
            code="LPG-2569-0003", body_id=meeting.body_id, case_type="trafficking", intake_date=meeting.date
        )
        shared = AgendaItem(meeting_id=meeting.id, number="4.2", title="สองกรณี", kind="for_consideration")
        general = AgendaItem(meeting_id=meeting.id, number="5", title="เรื่องอื่น ๆ", kind="other")
        session.add_all([second, shared, general])
        session.flush()
        session.add_all(
            [
                AgendaItemCase(agenda_item_id=shared.id, case_id=second.id),
                AgendaItemCase(agenda_item_id=shared.id, case_id=1),
                ActionPoint(
                    meeting_id=meeting.id,
                    agenda_item_id=shared.id,
                    body_id=meeting.body_id,
                    agency_id=team.agency_a,
                    task="ประชุมครอบครัวร่วมกัน",
                ),
                ActionPoint(
                    meeting_id=meeting.id,
                    agenda_item_id=general.id,
                    body_id=meeting.body_id,
                    agency_id=team.agency_a,
                    task="สรุปผลรายไตรมาส",
                ),
            ]
        )
    record = action_records.build_action_record(database, team.meeting_id, team.agency_a)
    assert [(line.task, line.case_code) for line in record.lines] == [
        (A_TASK, "LPG-2569-0007"),
        ("ประชุมครอบครัวร่วมกัน", "LPG-2569-0003, LPG-2569-0007"),
        ("สรุปผลรายไตรมาส", ""),
    ]
    [saved] = action_records.export_action_records(
        database, team.meeting_id, [team.agency_a], out, actor="secretary", sign=False
    ).saved
    text = _text(saved.path)
    assert "รหัสกรณีLPG-2569-0003,LPG-2569-0007" in text
    assert text.count("รหัสกรณี") == 2  # general work names no case, not even "-"
