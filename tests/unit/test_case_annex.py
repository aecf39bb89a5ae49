"""The restricted case annex: identity only with consent, every identity shown audited, the classification on every
page, the general minutes untouched, a Word file that opens, Thai digits that leave case codes alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from mdt_desktop.exports.case_annex import CaseAnnex
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.services import audit, cases
from mdt_desktop.services.cases import IdentityRecord, NewCase
from mdt_desktop.services.exports.annex import build_annex, export_annex
from mdt_desktop.services.exports.minutes import build_minutes, export_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Body,
    CaseFile,
    CaseIdentity,
    Meeting,
    Member,
)
from mdt_desktop.thai.digits import to_thai_digits

TODAY = dt.date(2026, 11, 25)
HEADER = "เอกสารแนบท้ายรายงานการประชุม (ลับ) — เฉพาะผู้ได้รับอนุญาต"
# Identity markers: the consented case's may appear in the annex only; the other case's nowhere.
NAME_A = "นางสาวยินยอมทดสอบXQA"
ADDRESS_A = "หมู่บ้านทดสอบADDRXQA"
NAME_B = "นายไม่ยินยอมทดสอบXQB"
ADDRESS_B = "หมู่บ้านลับADDRXQB"
SUMMARY_A = "ผู้เสียหายถูกชักชวนไปทำงานประมงและถูกยึดเอกสารประจำตัว ได้รับการช่วยเหลือแล้ว"
TASK_A = "จัดหาล่ามภาษาเมียนมาและประสานที่พักชั่วคราว"
TASK_B = "เยี่ยมบ้านและประเมินความปลอดภัยของเด็ก"


@dataclass(frozen=True)
class Setup:
    meeting_id: int
    case_a: int
    code_a: str
    case_b: int
    code_b: str


@pytest.fixture
def setup(database: Database) -> Setup:
    """A meeting whose items discuss two cases: A with consent and identity, B with an identity but no consent."""
    with database.session() as session:
        body = Body(kind="district_mdt", name_th="ทีมสหวิชาชีพอำเภอเมืองลำปาง", level="district", code="LPG")
        agency = Agency(
            name_th="สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง",
            abbreviation="พมจ.ลป.",
            sector="government",
            level="province",
        )
        session.add_all([body, agency])
        session.flush()
        meeting = Meeting(body_id=body.id, number=3, year_be=2569, date=dt.date(2026, 11, 20))
        chair = Member(body_id=body.id, full_name="นายอำเภอทดสอบ", position="นายอำเภอเมืองลำปาง", role="chair")
        secretary = Member(body_id=body.id, full_name="นายสมชาย ใจดี", position="ปลัดอำเภอ", role="secretary")
        session.add_all([meeting, chair, secretary])
        session.flush()
        session.add_all(
            [
                Attendance(
                    meeting_id=meeting.id,
                    member_id=member.id,
                    category="present",
                    full_name=member.full_name,
                    position=member.position,
                    sort_order=order,
                )
                for order, member in enumerate((chair, secretary))
            ]
        )
        body_id, agency_id, meeting_id = body.id, agency.id, meeting.id
    case_a, code_a = cases.create_case(
        database,
        NewCase(
            "trafficking_labour",
            dt.date(2026, 10, 1),
            body_id,
            stage="protection",
            intake_channel="hotline_1300",
            summary=SUMMARY_A,
        ),
    )
    case_b, code_b = cases.create_case(
        database,
        NewCase("neglect", dt.date(2026, 10, 8), body_id, is_child=True, child_status="at_risk"),
    )
    cases.record_consent(database, case_a, "ผู้เสียหาย", "นักสังคมสงเคราะห์", dt.date(2026, 10, 2), "ทีมสหวิชาชีพ")
    cases.save_identity(
        database,
        case_a,
        IdentityRecord(full_name=NAME_A, address=ADDRESS_A, nationality="เมียนมา", interpreter_needed=True),
        actor="นักสังคมสงเคราะห์",
        today=TODAY,
    )
    with database.session() as session:
        # B's identity came in without a consent in force (an old import): the annex must still not show it.
        session.add(CaseIdentity(case_id=case_b, full_name=NAME_B, address=ADDRESS_B))
        first = AgendaItem(
            meeting_id=meeting_id, number="4.1", title="กรณีค้ามนุษย์ด้านแรงงาน", kind="for_consideration"
        )
        second = AgendaItem(
            meeting_id=meeting_id, number="4.2", title="กรณีเด็กกลุ่มเสี่ยง", kind="for_consideration"
        )
        session.add_all([first, second])
        session.flush()
        session.add_all(
            [
                AgendaItemCase(agenda_item_id=first.id, case_id=case_a),
                AgendaItemCase(agenda_item_id=second.id, case_id=case_b),
                AgendaItemCase(agenda_item_id=second.id, case_id=case_a),
                ActionPoint(
                    meeting_id=meeting_id,
                    agenda_item_id=first.id,
                    body_id=body_id,
                    case_id=case_a,
                    agency_id=agency_id,
                    task=TASK_A,
                    due_date=dt.date(2026, 12, 5),
                ),
                ActionPoint(
                    meeting_id=meeting_id,
                    agenda_item_id=second.id,
                    body_id=body_id,
                    case_id=case_b,
                    agency_id=agency_id,
                    task=TASK_B,
                    due_date=dt.date(2026, 12, 1),
                ),
            ]
        )
    return Setup(meeting_id, case_a, code_a, case_b, code_b)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    return []


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(path: Path) -> list[str]:
    """Each page's text without whitespace: PDF line breaks fall anywhere in Thai."""
    return [_squash(page.extract_text()) for page in PdfReader(path).pages]


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(texts)


def _views(database: Database) -> list[audit.AuditRecord]:
    return [e for e in audit.list_entries(database) if e.event == "view_restricted"]


def test_identity_is_shown_only_with_consent_and_each_read_is_audited(
    database: Database, setup: Setup
) -> None:
    annex = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(digits="arabic"), today=TODAY)
    assert [c.code for c in annex.cases] == [setup.code_a, setup.code_b]  # agenda order, each case once
    a, b = annex.cases
    shown = {f.label: f.value for f in a.identity}
    assert shown["ชื่อ-สกุล"] == NAME_A and shown["ที่อยู่"] == ADDRESS_A and shown["ต้องการล่าม"] == "ต้องการ"
    assert not b.identity and b.identity_note == "ไม่มีความยินยอม: ไม่แสดงข้อมูลระบุตัวบุคคล"
    assert not any(NAME_B in s or ADDRESS_B in s for s in _strings(annex))
    assert a.discussed_in == [
        "4.1 กรณีค้ามนุษย์ด้านแรงงาน",
        "4.2 กรณีเด็กกลุ่มเสี่ยง",
    ]
    assert [(x.task, x.due) for x in a.actions] == [(TASK_A, "5 ธันวาคม พ.ศ. 2569")]
    assert [x.task for x in b.actions] == [TASK_B]
    facts = {f.label: f.value for f in b.facts}
    assert facts["เด็ก/ผู้ใหญ่"] == "เด็ก (กลุ่มเสี่ยง)"
    assert {f.label: f.value for f in a.facts}["รับเรื่องจาก"].startswith("สายด่วน 1300 เมื่อ")
    assert a.summary == SUMMARY_A
    # One view of A's record by the person exporting; B's record was never opened.
    assert [(e.actor, e.object_id) for e in _views(database)] == [("ประธาน", setup.case_a)]


def test_a_withdrawn_consent_hides_the_identity_again(database: Database, setup: Setup) -> None:
    consent = cases.list_consents(database, setup.case_a)[0]
    cases.withdraw_consent(database, consent.id, dt.date(2026, 11, 21), actor="เลขานุการ")
    annex = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(), today=TODAY)
    assert not annex.cases[0].identity
    assert annex.cases[0].identity_note == "ไม่มีความยินยอม: ไม่แสดงข้อมูลระบุตัวบุคคล"
    assert not _views(database)


def test_pdf_annex_marks_every_page_and_holds_only_the_consented_identity(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    # A long summary makes the annex run over several pages.
    with database.session() as session:
        session.get_one(CaseFile, setup.case_a).summary = " ".join([SUMMARY_A] * 60)
    target = tmp_path / "annex.pdf"
    options = MinutesOptions(recipient="นางสาวผู้รับ ทดสอบ")
    assert export_annex(database, setup.meeting_id, "pdf", target, options, actor="ประธาน") == target
    pages = _pages(target)
    assert len(pages) >= 2
    assert all("ลับ" in page and f"/{to_thai_digits(str(len(pages)))}" in page for page in pages)
    text = "".join(pages)
    assert _squash(HEADER) in text
    assert _squash(NAME_A) in text and "ADDRXQA" in text
    assert "XQB" not in text
    assert setup.code_a in text and setup.code_b in text  # Thai digits leave the codes as written
    exports = [e for e in audit.list_entries(database) if e.event == "export_annex"]
    assert [(e.actor, e.object_id, e.recipient, e.detail) for e in exports] == [
        ("ประธาน", setup.meeting_id, "นางสาวผู้รับ ทดสอบ", "pdf")
    ]
    assert all("XQA" not in e.detail + e.recipient for e in audit.list_entries(database))


def test_a_chosen_classification_replaces_the_default(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    target = tmp_path / "annex.pdf"
    export_annex(
        database, setup.meeting_id, "pdf", target, MinutesOptions(classification="ลับมาก"), actor="ประธาน"
    )
    assert all("ลับมาก" in page for page in _pages(target))


def test_docx_annex_opens_with_the_header_and_marks(database: Database, setup: Setup, tmp_path: Path) -> None:
    target = tmp_path / "annex.docx"
    export_annex(database, setup.meeting_id, "docx", target, MinutesOptions(), actor="ประธาน")
    document = Document(str(target))
    assert document.paragraphs[0].text == HEADER
    assert document.paragraphs[0].style.name == "Minutes Title"
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "ลับ" and section.footer.paragraphs[0].text == "ลับ"
    text = _docx_text(target)
    assert NAME_A in text and ADDRESS_A in text
    assert "XQB" not in text
    assert "ไม่มีความยินยอม: ไม่แสดงข้อมูลระบุตัวบุคคล" in text
    # Each label cell keeps 0.4 cm (227 twentieths of a point) clear before its value, in Word and LibreOffice alike.
    label_cells = [row.cells[0] for table in document.tables for row in table.rows]
    assert label_cells and all(
        cell._tc.tcPr.find(qn("w:tcMar")).find(qn("w:right")).get(qn("w:w")) == "227" for cell in label_cells
    )
    # Typography comes from the template's styles: no run sets a font of its own.
    runs = [r for p in document.paragraphs for r in p.runs]
    assert runs and all(r.font.name is None and r.font.size is None for r in runs)


def test_general_minutes_of_the_same_meeting_hold_no_identity(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    general = build_minutes(database, setup.meeting_id, MinutesOptions())
    assert not any("XQA" in s or "XQB" in s for s in _strings(general))
    export_minutes(database, setup.meeting_id, "pdf", tmp_path / "m.pdf", MinutesOptions(), actor="ประธาน")
    export_minutes(database, setup.meeting_id, "docx", tmp_path / "m.docx", MinutesOptions(), actor="ประธาน")
    assert "XQA" not in "".join(_pages(tmp_path / "m.pdf")) and "XQA" not in _docx_text(tmp_path / "m.docx")
    assert not _views(database)  # the general minutes never open an identity record


def test_thai_digits_everywhere_but_in_case_codes(database: Database, setup: Setup) -> None:
    annex: CaseAnnex = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(digits="thai"), TODAY)
    assert [c.code for c in annex.cases] == [setup.code_a, setup.code_b]
    assert re.fullmatch(r"LPG-2569-\d{4}", setup.code_a)
    assert annex.cases[0].heading == f"กรณี {setup.code_a}"
    assert "๓/๒๕๖๙" in annex.meeting_line
    assert annex.cases[0].actions[0].due == "๕ ธันวาคม พ.ศ. ๒๕๖๙"
    assert annex.cases[0].discussed_in[0] == "๔.๑ กรณีค้ามนุษย์ด้านแรงงาน"
    codes = re.compile(r"LPG-2569-\d{4}")
    assert not [s for s in _strings(annex) if re.search(r"[0-9]", codes.sub("", s))]


def test_a_case_whose_intake_channel_is_unknown_has_no_received_from_line(
    database: Database, setup: Setup, tmp_path: Path
) -> None:
    annex = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(digits="thai"), TODAY)
    facts = {case.code: {f.label: f.value for f in case.facts} for case in annex.cases}
    # A came in on the 1300 hotline: where from and when.
    assert facts[setup.code_a]["รับเรื่องจาก"].endswith(" เมื่อ ๑ ตุลาคม พ.ศ. ๒๕๖๙")
    assert "รับเรื่องเมื่อ" not in facts[setup.code_a]
    # B's channel was never recorded: its date alone, under a label that names no sender.
    assert "รับเรื่องจาก" not in facts[setup.code_b]
    assert facts[setup.code_b]["รับเรื่องเมื่อ"] == "๘ ตุลาคม พ.ศ. ๒๕๖๙"
    english = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(language="en"), TODAY)
    assert [f.label for f in english.cases[1].facts if f.label.startswith(("Referred", "Taken"))] == [
        "Taken in on"
    ]
    target = tmp_path / "annex.pdf"
    export_annex(database, setup.meeting_id, "pdf", target, MinutesOptions(), actor="ประธาน")
    assert _squash("".join(_pages(target))).count("รับเรื่องจาก") == 1


# The gap between a label and its value, ink to ink, is at least two word spaces of the 16 pt body (a space of
# Sarabun is a quarter em, 4 pt): with one, a label that fills its column reads on into the value as one phrase.
LABEL_VALUE_GAP = 8.0


def _label_value_gaps(path: Path) -> list[float]:
    """For every printed line that holds both a label and a value, the distance from the right of the label's last
    glyph to the left of the value's first, read from the PDF's glyph boxes (pdfium). The values' column is
    where most Thai digits start: every value below begins with one and no label has any (a page without three
    values has no column to measure: page numbers are digits too)."""
    import pypdfium2 as pdfium

    gaps: list[float] = []
    document = pdfium.PdfDocument(str(path))
    for page in document:
        text = page.get_textpage()
        glyphs = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if char.strip():
                left, bottom, right, top = text.get_charbox(index)
                glyphs.append((left, right, (bottom + top) / 2, char))
        digits = Counter(round(left, 1) for left, _r, _y, char in glyphs if char in "๐๑๒๓๔๕๖๗๘๙")
        if not digits or digits.most_common(1)[0][1] < 3:
            continue
        values_at = digits.most_common(1)[0][0]
        lines: list[list[tuple[float, float, float, str]]] = []
        for glyph in sorted(glyphs, key=lambda g: -g[2]):
            if lines and abs(lines[-1][0][2] - glyph[2]) < 8:  # lines are 20.8 pt apart
                lines[-1].append(glyph)
            else:
                lines.append([glyph])
        for line in lines:
            labels = [right for left, right, _y, _c in line if left < values_at - 1]
            values = [left for left, _r, _y, _c in line if left >= values_at - 1]
            # A row of the table: its value starts at the column's edge (a heading across the page does not).
            if labels and values and abs(min(values) - values_at) < 0.5:
                gaps.append(min(values) - max(labels))
    return gaps


def test_labels_never_touch_their_values(database: Database, setup: Setup, tmp_path: Path) -> None:
    from mdt_desktop.exports.case_annex import AnnexField, write_annex_pdf
    from mdt_desktop.services.exports.annex import LABELS as CASE_LABELS
    from mdt_desktop.services.exports.annex_record import LABELS as RECORD_LABELS

    annex = build_annex(database, setup.meeting_id, "ประธาน", MinutesOptions(digits="thai"), TODAY)
    # Every label the annex has, the longest among them filling its column, each before a value.
    labels = [*CASE_LABELS["th"].values(), *RECORD_LABELS["th"].values()]
    fields = [
        AnnexField(label, "๑๙ มกราคม พ.ศ. ๒๕๖๙ ตามที่ตกลงในที่ประชุม") for label in labels if "{" not in label
    ]
    # Nothing else on the pages with a digit in it: the fields are all that is measured.
    case = dataclasses.replace(
        annex.cases[0], facts=fields, sections=[], discussed_in=[], actions=[], identity=[], summary=""
    )
    target = tmp_path / "annex.pdf"
    # The centred heading lines without digits, so that the first Thai digit of a page is a value's.
    write_annex_pdf(dataclasses.replace(annex, cases=[case], meeting_line="การประชุมครั้งที่สาม"), target)
    gaps = _label_value_gaps(target)
    assert len(gaps) >= len(
        fields
    )  # every row measured (a wrapped label shares its first line with the value)
    assert min(gaps) >= LABEL_VALUE_GAP, sorted(gaps)[:5]
