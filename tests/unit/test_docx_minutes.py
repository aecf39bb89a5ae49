"""The Word minutes: form 11 in order with its exact words, fonts through styles, marks, digits, privacy."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import func, select

from mdt_desktop import demo
from mdt_desktop.domain.case_codes import CODE_IN_TEXT
from mdt_desktop.domain.codes import MeetingKind, MeetingStatus
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.services import audit, meetings
from mdt_desktop.services.exports.minutes import export_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Body,
    CaseIdentity,
    Meeting,
    Member,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
IDENTITY_MARKER = "นางสาวเครื่องหมายลับ ZQX"


@pytest.fixture
def meeting_id(database: Database) -> int:
    """The regular meeting of the small demo with the most agenda items whose minutes are not approved yet (the
    tests change it), one of its cases with a planted name."""
    demo.build_demo(database, "small")
    with database.session() as session:
        meeting = session.execute(
            select(Meeting.id)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(Meeting.kind == MeetingKind.REGULAR.value, Meeting.status != MeetingStatus.APPROVED.value)
            .group_by(Meeting.id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        case_id = session.execute(
            select(AgendaItemCase.case_id)
            .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
            .where(AgendaItem.meeting_id == meeting)
            .limit(1)
        ).scalar_one()
        identity = session.get(CaseIdentity, case_id) or CaseIdentity(case_id=case_id)
        identity.full_name = IDENTITY_MARKER
        identity.phone = "0899999999"
        session.add(identity)
    return meeting


def _export(database: Database, meeting_id: int, path: Path, **options: str) -> Path:
    return export_minutes(database, meeting_id, "docx", path, MinutesOptions(**options), actor="เลขานุการ")  # type: ignore[arg-type]


def _body_texts(path: Path) -> list[str]:
    """Every paragraph of the body in reading order, table cells included."""
    body = Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
        }


@pytest.fixture
def small_meeting(database: Database) -> int:
    """A meeting made by hand, so that the words the minutes must carry can be written out in the test."""
    with database.session() as session:
        body = Body(kind="district_mdt", name_th="คณะทำงานสหวิชาชีพอำเภอเมืองน่าน", level="district")
        session.add(body)
        session.flush()
        chair = Member(body_id=body.id, full_name="นายสมชาย ใจดี", position="นายอำเภอเมืองน่าน", role="chair")
        secretary = Member(
            body_id=body.id, full_name="นางสาวสุดา รักงาน", position="นักพัฒนาสังคมชำนาญการ", role="secretary"
        )
        absent = Member(body_id=body.id, full_name="นายวิชัย มั่นคง", position="สาธารณสุขอำเภอเมืองน่าน")
        session.add_all([chair, secretary, absent])
        session.flush()
        meeting = Meeting(
            body_id=body.id,
            number=3,
            year_be=2569,
            date=dt.date(2026, 3, 12),
            start_time=dt.time(9, 30),
            end_time=dt.time(12, 0),
            venue="ห้องประชุมที่ว่าการอำเภอเมืองน่าน",
        )
        session.add(meeting)
        session.flush()
        for order, (member, category, reason) in enumerate(
            [(chair, "present", ""), (secretary, "present", ""), (absent, "absent", "ติดราชการ")], start=1
        ):
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    member_id=member.id,
                    category=category,
                    full_name=member.full_name,
                    position=member.position,
                    reason=reason,
                    sort_order=order,
                )
            )
        session.add(
            Attendance(
                meeting_id=meeting.id,
                category="attendee",
                full_name="นางมาลี ศรีสุข",
                position="ล่าม",
                sort_order=4,
            )
        )
        session.add_all(
            [
                AgendaItem(
                    meeting_id=meeting.id,
                    number="1",
                    title="เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                    kind="announcements",
                    sort_order=1,
                    discussion="ประธานแจ้งกำหนดการตรวจเยี่ยมบ้านพักเด็ก",
                    resolution="ที่ประชุมรับทราบ",
                ),
                AgendaItem(
                    meeting_id=meeting.id,
                    number="2",
                    title="รับรองรายงานการประชุมครั้งที่ 2/2569",
                    kind="approve_minutes",
                    sort_order=2,
                    resolution="ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข",
                ),
            ]
        )
        return meeting.id


def test_every_part_of_form_11_in_order_with_the_exact_words(
    database: Database, small_meeting: int, tmp_path: Path
) -> None:
    """Form 11 of the Regulation on Correspondence B.E. 2526: title, ครั้งที่, เมื่อ, ณ, ผู้มาประชุม, ผู้ไม่มาประชุม,
    ผู้เข้าร่วมประชุม, เริ่มประชุมเวลา, the items, เลิกประชุมเวลา, ผู้จดรายงานการประชุม (and here its checker); in Thai
    digits, the official default. Every paragraph of the body, whole, in order."""
    path = _export(database, small_meeting, tmp_path / "minutes.docx")
    assert _body_texts(path) == [
        "รายงานการประชุมคณะทำงานสหวิชาชีพอำเภอเมืองน่าน",
        "ครั้งที่ ๓/๒๕๖๙",
        "เมื่อวันพฤหัสบดีที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๙",
        "ณ ห้องประชุมที่ว่าการอำเภอเมืองน่าน",
        "ผู้มาประชุม",
        "๑.",
        "นายสมชาย ใจดี",
        "นายอำเภอเมืองน่าน ประธาน",  # the body's chair, present, chaired
        "๒.",
        "นางสาวสุดา รักงาน",
        "นักพัฒนาสังคมชำนาญการ",
        "ผู้ไม่มาประชุม",
        "๑.",
        "นายวิชัย มั่นคง",
        "สาธารณสุขอำเภอเมืองน่าน — ติดราชการ",
        "ผู้เข้าร่วมประชุม",
        "๑.",
        "นางมาลี ศรีสุข",
        "ล่าม",
        "เริ่มประชุมเวลา ๐๙.๓๐ น.",
        "ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ประธานแจ้งกำหนดการตรวจเยี่ยมบ้านพักเด็ก",
        "มติที่ประชุม  ที่ประชุมรับทราบ",
        "ระเบียบวาระที่ ๒ รับรองรายงานการประชุมครั้งที่ ๒/๒๕๖๙",
        "มติที่ประชุม  ที่ประชุมรับรองรายงานการประชุมโดยไม่มีการแก้ไข",
        "เลิกประชุมเวลา ๑๒.๐๐ น.",
        "",
        "(ลงชื่อ)........................................ผู้จดรายงานการประชุม",
        "(นางสาวสุดา รักงาน)",
        "นักพัฒนาสังคมชำนาญการ",
        "",
        "(ลงชื่อ)........................................ผู้ตรวจรายงานการประชุม",
        "(นายสมชาย ใจดี)",
        "นายอำเภอเมืองน่าน",
    ]


def test_arabic_digits_change_only_the_digits(database: Database, small_meeting: int, tmp_path: Path) -> None:
    texts = _body_texts(_export(database, small_meeting, tmp_path / "minutes.docx", digits="arabic"))
    assert texts[1:4] == ["ครั้งที่ 3/2569", "เมื่อวันพฤหัสบดีที่ 12 มีนาคม พ.ศ. 2569", "ณ ห้องประชุมที่ว่าการอำเภอเมืองน่าน"]
    assert "เริ่มประชุมเวลา 09.30 น." in texts and "เลิกประชุมเวลา 12.00 น." in texts
    assert "ระเบียบวาระที่ 2 รับรองรายงานการประชุมครั้งที่ 2/2569" in texts


def test_thai_font_and_size_come_from_the_styles_and_runs_carry_none(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    parts = _parts(_export(database, meeting_id, tmp_path / "minutes.docx"))
    styles = parts["word/styles.xml"]
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)  # type: ignore[union-attr]
    assert 'w:cs="TH Sarabun New"' in defaults and 'w:ascii="TH Sarabun New"' in defaults
    assert '<w:szCs w:val="32"/>' in defaults and '<w:sz w:val="32"/>' in defaults
    assert 'w:bidi="th-TH"' in defaults
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S).group(0)  # type: ignore[union-attr]
    assert 'w:cs="TH Sarabun New"' in normal and '<w:szCs w:val="32"/>' in normal
    assert "Theme" not in styles.split("<w:latentStyles")[0] and "asciiTheme" not in styles
    assert 'w:altName w:val="Sarabun"' in parts["word/fontTable.xml"]
    for name, xml in parts.items():
        if name.startswith(("word/document", "word/header", "word/footer")):
            assert "<w:rFonts" not in xml and "<w:sz " not in xml and "<w:szCs" not in xml, name


def test_page_is_a4_with_government_margins(database: Database, meeting_id: int, tmp_path: Path) -> None:
    section = Document(str(_export(database, meeting_id, tmp_path / "m.docx"))).sections[0]
    cm = 360000
    assert (round(section.page_width / cm, 1), round(section.page_height / cm, 1)) == (21.0, 29.7)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m / cm, 2) for m in margins] == [2.5, 2.0, 3.0, 2.0]


def test_classification_at_top_and_bottom_of_every_page(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    document = Document(str(_export(database, meeting_id, tmp_path / "m.docx", classification="ลับมาก")))
    section = document.sections[0]
    for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
        assert "ลับมาก" in [p.text for p in part.paragraphs]
    assert any("PAGE" in (t.text or "") for t in section.header._element.iter(f"{W}instrText"))


def test_thai_digits_leave_no_arabic_digit_in_the_text(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    path = _export(database, meeting_id, tmp_path / "m.docx", digits="thai", classification="ลับ")
    texts = _body_texts(path)
    # Case codes stay as the program writes them: people type and search for them as they are.
    assert not [t for t in texts if re.search(r"[0-9]", CODE_IN_TEXT.sub("", t))]
    assert any("พ.ศ. ๒๕" in t for t in texts)
    assert 'w:fmt="thaiNumbers"' in _parts(path)["word/document.xml"]


def test_general_minutes_hold_no_identifying_detail(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    parts = _parts(_export(database, meeting_id, tmp_path / "m.docx", digits="arabic"))
    everything = "".join(parts.values())
    assert IDENTITY_MARKER not in everything and "0899999999" not in everything
    view = meetings.load_meeting(database, meeting_id)
    codes = [c.code for item in view.all_items() for c in item.cases]
    assert codes and all(code in everything for code in codes)


def test_resolution_only_leaves_out_the_discussion(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    view = meetings.load_meeting(database, meeting_id)
    discussion = next(i.discussion for i in view.all_items() if len(i.discussion) > 40)
    full = "".join(_body_texts(_export(database, meeting_id, tmp_path / "full.docx", digits="arabic")))
    assert discussion in full
    meetings.update_header(database, meeting_id, recording_level="resolution_only")
    brief = "".join(_body_texts(_export(database, meeting_id, tmp_path / "brief.docx", digits="arabic")))
    assert discussion not in brief
    assert all(i.resolution in brief for i in view.all_items())


def test_export_is_logged_with_recipient_and_no_case_text(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    path = _export(database, meeting_id, tmp_path / "m.docx", recipient="สำนักงาน พมจ.")
    assert path.exists()
    entry = audit.list_entries(database, "meeting", meeting_id)[-1]
    assert (entry.event, entry.actor, entry.recipient, entry.detail) == (
        "export_minutes",
        "เลขานุการ",
        "สำนักงาน พมจ.",
        "docx",
    )


def _libreoffice_pdf(path: Path, folder: Path) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(folder), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / f"{path.stem}.pdf"


def _bold_text(pdf: Path, page: int) -> str:
    """The text a page draws in a bold face, whitespace removed."""
    pieces: list[str] = []

    def visit(text: str, cm: object, tm: object, font: dict[str, object] | None, size: float) -> None:
        if font and "Bold" in str(font["/BaseFont"]):
            pieces.append(text)

    PdfReader(pdf).pages[page].extract_text(visitor_text=visit)
    return "".join("".join(pieces).split())


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def test_libreoffice_shows_thai_bold_page_numbers_from_page_two_and_the_mark_on_every_page(
    database: Database, meeting_id: int, tmp_path: Path
) -> None:
    """Converted by LibreOffice as a reader without Word would see it: the title, section labels, เริ่มประชุมเวลา and
    มติที่ประชุม bold (w:bCs), the classification bold at top and bottom of every page, "- n -" on pages 2..n only.
    LibreOffice shows no Thai page digits for any DOCX number format, so the Arabic export is the one checked."""
    path = _export(database, meeting_id, tmp_path / "minutes.docx", classification="ลับ", digits="arabic")
    pdf = _libreoffice_pdf(path, tmp_path)
    pages = len(PdfReader(pdf).pages)
    assert pages > 2
    first = _bold_text(pdf, 0)
    for label in ("รายงานการประชุม", "ผู้มาประชุม", "ผู้ไม่มาประชุม"):
        assert label in first, label
    later = "".join(_bold_text(pdf, page) for page in range(1, pages))
    assert "เริ่มประชุมเวลา" in first + later and "มติที่ประชุม" in later and "เลิกประชุมเวลา" in later
    for page in range(pages):
        assert _bold_text(pdf, page).count("ลับ") >= 2, page
    # pdftotext may drop the narrow spaces around the number.
    assert not re.search(r"^\s*- ?1 ?-\s*$", _page_text(pdf, 1), re.M)
    for page in range(2, pages + 1):
        assert re.search(rf"^\s*- ?{page} ?-\s*$", _page_text(pdf, page), re.M), page


def test_every_bold_or_italic_style_sets_the_complex_script_flag_too(
    database: Database, small_meeting: int, tmp_path: Path
) -> None:
    styles = _parts(_export(database, small_meeting, tmp_path / "m.docx"))["word/styles.xml"]
    properties = re.findall(r"<w:rPr>.*?</w:rPr>", styles, re.S)
    bold = [p for p in properties if re.search(r"<w:b[ /]", p)]
    assert len(bold) > 5
    for rpr in properties:
        for latin, complex_script in (("b", "bCs"), ("i", "iCs")):
            flag = re.search(rf"<w:{latin}( w:val=\"(\w+)\")?/>", rpr)
            if flag:
                assert re.search(rf"<w:{complex_script}{flag.group(1) or ''}/>", rpr), rpr


def test_the_properties_name_the_office_the_title_and_the_day(
    database: Database, small_meeting: int, tmp_path: Path
) -> None:
    properties = Document(str(_export(database, small_meeting, tmp_path / "m.docx"))).core_properties
    assert properties.author == "คณะทำงานสหวิชาชีพอำเภอเมืองน่าน"  # the only body: the office's name
    assert properties.title == "รายงานการประชุมคณะทำงานสหวิชาชีพอำเภอเมืองน่าน"
    assert properties.created is not None and properties.created.date() == dt.datetime.now(dt.UTC).date()
    assert "python-docx" not in f"{properties.author}{properties.comments}{properties.last_modified_by}"


def test_a_copy_for_a_recipient_says_so_at_the_top_of_every_page(
    database: Database, small_meeting: int, tmp_path: Path
) -> None:
    path = _export(
        database, small_meeting, tmp_path / "m.docx", recipient="สำนักงาน พมจ.น่าน", classification="ลับ"
    )
    section = Document(str(path)).sections[0]
    for header in (section.first_page_header, section.header):
        texts = [p.text for p in header.paragraphs]
        assert texts[0] == "ลับ" and "สำเนาสำหรับ สำนักงาน พมจ.น่าน" in texts
    plain = Document(str(_export(database, small_meeting, tmp_path / "plain.docx"))).sections[0]
    assert not any("สำเนาสำหรับ" in p.text for p in plain.header.paragraphs)


def test_the_closing_keeps_with_the_last_lines_of_the_last_item(
    database: Database, small_meeting: int, tmp_path: Path
) -> None:
    """Word and LibreOffice move เลิกประชุมเวลา and the signatures together with the end of the last item."""
    paragraphs = Document(str(_export(database, small_meeting, tmp_path / "m.docx"))).paragraphs
    end = next(i for i, p in enumerate(paragraphs) if p.text.startswith("เลิกประชุมเวลา"))
    assert paragraphs[end - 1].text.startswith("มติที่ประชุม")
    chain = paragraphs[
        end - 2 : -1
    ]  # the last item's heading and resolution, the closing, every signature line
    assert all(p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next for p in chain)
