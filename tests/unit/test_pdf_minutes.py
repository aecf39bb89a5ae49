"""The minutes PDF: searchable Thai text, embedded fonts, classification on every page, recipient watermark, layout."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from mdt_desktop.exports.minutes_model import ActionLine, Attendee, MinutesDocument, MinutesItem, Signature
from mdt_desktop.exports.pdf_minutes import write_pdf
from mdt_desktop.exports.thai_typesetting import ThaiParagraph, break_units
from mdt_desktop.services.exports.minutes import LABELS

ROOT = Path(__file__).resolve().parents[2]
LONG_AGENCY = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพระนครศรีอยุธยา"
DISCUSSION = (
    "ผู้แทนศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์รายงานว่าผู้เสียหายที่ได้รับการช่วยเหลือจากสถานประกอบการ"
    "ในพื้นที่อำเภอเมืองได้รับการตรวจร่างกายที่โรงพยาบาลชุมชนเรียบร้อยแล้ว ผู้ใหญ่บ้านและเจ้าหน้าที่ตำรวจได้ประสานกับ"
    "ครอบครัวของผู้เสียหายซึ่งเดินทางมาจากประเทศญี่ปุ่นเพื่อติดตามความคืบหน้าของคดี ที่ประชุมได้หารือเรื่องน้ำดื่มและอาหาร"
    "ในบ้านพักเด็กและครอบครัว ปู่ของผู้เสียหายแจ้งว่าประสงค์จะรับหลานกลับไปดูแลที่บ้านเมื่อการสืบพยานเสร็จสิ้น"
)


def sample_minutes(items: int = 40, classification: str = "ลับ", recipient: str = "") -> MinutesDocument:
    """A Thai meeting with ``items`` agenda items, long agency names and Thai digits, as build_minutes makes it."""
    people = [
        Attendee(f"นางสาวกุ้งนาง ใจดีมาก {i}", f"นักสังคมสงเคราะห์ชำนาญการ {LONG_AGENCY}", "") for i in range(1, 6)
    ]
    people.append(Attendee("นายปู่ทอง ศรีสุข", "ผู้อำนวยการโรงพยาบาลชุมชน", "แทน ผู้อำนวยการโรงพยาบาลจังหวัด"))
    agenda = []
    for n in range(1, items + 1):
        thai_n = str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        agenda.append(
            MinutesItem(
                number=thai_n,
                heading=f"ระเบียบวาระที่ {thai_n} เรื่อง การติดตามการช่วยเหลือผู้เสียหายรายที่ {thai_n}",
                depth=0,
                paragraphs=[DISCUSSION],
                resolution="ที่ประชุมรับทราบและมอบหมายให้หน่วยงานที่เกี่ยวข้องดำเนินการต่อไป",
                actions=[
                    ActionLine(
                        LONG_AGENCY,
                        "ติดตามเยี่ยมบ้านผู้เสียหายและรายงานผลต่อที่ประชุม",
                        "๓๐ มิถุนายน ๒๕๖๘",
                        "กำลังดำเนินการ",
                        f"TIP-๒๕๖๘-{thai_n}",
                        [],
                    )
                ],
                carried=[
                    ActionLine(
                        "สถานีตำรวจภูธรเมือง",
                        "สอบปากคำพยาน",
                        "๑ มิถุนายน ๒๕๖๘",
                        "เสร็จแล้ว",
                        "TIP-๒๕๖๗-๐๐๑",
                        ["สอบปากคำพยานครบทั้งสามปากแล้ว"],
                    )
                ]
                if n == 3
                else [],
            )
        )
    return MinutesDocument(
        title="รายงานการประชุมทีมสหวิชาชีพจังหวัดพระนครศรีอยุธยา",
        number_line="ครั้งที่ ๓/๒๕๖๘",
        date_line="เมื่อวันพุธที่ ๑๑ มิถุนายน พ.ศ. ๒๕๖๘",
        venue_line="ณ ห้องประชุมศาลากลางจังหวัดพระนครศรีอยุธยา ชั้น ๒",
        present=people,
        absent=[Attendee("นายน้ำเพชร ญี่ปุ่นดี", "ผู้แทนสำนักงานจัดหางานจังหวัด", "ติดราชการ")],
        attending=[],
        start_line="เริ่มประชุมเวลา ๐๙.๓๐ น.",
        items=agenda,
        end_line="เลิกประชุมเวลา ๑๒.๐๐ น.",
        signatures=[
            Signature("ผู้จดรายงานการประชุม", "นางสาวที่รัก ผู้ช่วย", "นักพัฒนาสังคมปฏิบัติการ"),
            Signature("ผู้ตรวจรายงานการประชุม", "นายวิชัย ตรวจดี", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"),
        ],
        classification=classification,
        recipient=recipient,
        language="th",
        labels={**LABELS["th"], "digits": "thai"},
    )


def _source_text(doc: MinutesDocument) -> list[str]:
    texts = [doc.title, doc.number_line, doc.date_line, doc.venue_line, doc.start_line, doc.end_line]
    for item in doc.items:
        texts += [item.heading, *item.paragraphs, item.resolution]
        texts += [a.task for a in item.actions + item.carried] + [a.agency for a in item.actions]
    for person in doc.present + doc.absent:
        texts += [person.name, person.position, person.note]
    for signature in doc.signatures:
        texts += [signature.name, signature.position, signature.role_label]
    return [t for t in texts if t]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[MinutesDocument, Path]:
    doc = sample_minutes(items=12)
    path = tmp_path_factory.mktemp("pdf") / "minutes.pdf"
    write_pdf(doc, path)
    return doc, path


def test_every_source_text_can_be_found_in_the_pdf_text(minutes_pdf: tuple[MinutesDocument, Path]) -> None:
    doc, path = minutes_pdf
    extracted = "".join(page.extract_text() for page in PdfReader(path).pages)
    squashed = _squash(extracted)
    for text in _source_text(doc):
        assert _squash(text) in squashed, text
    # Nothing but the text itself: no zero-width spaces, private-use or replacement characters.
    assert not [
        ch
        for ch in extracted
        if ch in "\u200b\ufeff\ufffd" or 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000
    ]


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_reads_the_same_thai(minutes_pdf: tuple[MinutesDocument, Path]) -> None:
    doc, path = minutes_pdf
    squashed = _squash(_pdftotext(path))
    # Headings too: poppler once cut them at a tone mark drawn back over its consonant ("เริม" / "่ประชุม").
    for text in _source_text(doc):
        assert _squash(text) in squashed, text


def _word_ends(text: str) -> set[int]:
    """Offsets, in ``text`` with all whitespace removed, where one of its words (as the layout segments it) ends."""
    ends, position = set(), 0
    for unit in break_units(text):
        position += len(_squash(unit))
        ends.add(position)
    return ends


@pytest.fixture(scope="module")
def justified_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DISCUSSION alone, justified on a narrow page: many lines, each stretched by several points."""
    path = tmp_path_factory.mktemp("justified") / "paragraph.pdf"
    paragraph = ThaiParagraph(DISCUSSION, size=16, align="justify", first_indent=40)
    SimpleDocTemplate(str(path), pagesize=(340, 1400), leftMargin=30, rightMargin=30).build([paragraph])
    return path


READERS = [
    "pypdf",
    pytest.param(
        "pdftotext",
        marks=pytest.mark.skipif(
            shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
        ),
    ),
]


def _extract(reader: str, path: Path) -> str:
    return PdfReader(path).pages[0].extract_text() if reader == "pypdf" else _pdftotext(path)


@pytest.mark.parametrize("reader", READERS)
def test_a_justified_paragraph_reads_back_as_its_source(reader: str, justified_pdf: Path) -> None:
    extracted = _extract(reader, justified_pdf)
    assert len([line for line in extracted.splitlines() if line.strip()]) > 6
    assert _squash(extracted) == _squash(DISCUSSION)


@pytest.mark.parametrize("reader", READERS)
def test_a_justified_paragraph_has_no_space_inside_a_word(reader: str, justified_pdf: Path) -> None:
    """Copying or searching a phrase works: any whitespace the reader sees (line ends, the gaps of justification)
    falls between two words, never inside one ("ขอบคุ ณ")."""
    ends = _word_ends(DISCUSSION)
    position = 0
    for token in _extract(reader, justified_pdf).split():
        position += len(token)
        assert position in ends, _squash(DISCUSSION)[position - 6 : position + 6]


def test_fonts_are_embedded(minutes_pdf: tuple[MinutesDocument, Path]) -> None:
    _, path = minutes_pdf
    fonts = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in font["/FontDescriptor"]
    assert any(name.endswith("Sarabun-Regular") for name in fonts)
    assert any(name.endswith("Sarabun-Bold") for name in fonts)
    assert all(fonts.values()), fonts


def test_classification_and_page_numbers_on_every_page(minutes_pdf: tuple[MinutesDocument, Path]) -> None:
    _, path = minutes_pdf
    pages = PdfReader(path).pages
    assert len(pages) > 2
    total = str(len(pages)).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert text.count("ลับ") >= 2  # top and bottom
        thai_number = str(number).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        assert _squash(f"หน้า {thai_number} / {total}") in _squash(text)


def test_recipient_watermark_only_when_exported_for_someone(tmp_path: Path) -> None:
    with_recipient, without = tmp_path / "for.pdf", tmp_path / "plain.pdf"
    write_pdf(sample_minutes(items=1, recipient="ศูนย์ประสานงานจังหวัดพระนครศรีอยุธยา"), with_recipient)
    write_pdf(sample_minutes(items=1, classification=""), without)
    marked = PdfReader(with_recipient).pages[0].extract_text()
    plain = PdfReader(without).pages[0].extract_text()
    assert "ศูนย์ประสานงานจังหวัดพระนครศรีอยุธยา" in _squash(marked)
    assert "ศูนย์ประสานงาน" not in plain
    assert "ลับ" not in plain


_EXPORT_AND_LIST_WRITES = """
import json, os, sys
from pathlib import Path

written = []

def note_writes(event, args):
    if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        mode, flags = args[1] or "", args[2] or 0
        if set(mode) & set("wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            written.append(os.fsdecode(args[0]))

sys.addaudithook(note_writes)
from mdt_desktop.exports.pdf_minutes import write_pdf
from tests.unit.test_pdf_minutes import sample_minutes

write_pdf(sample_minutes(items=2), Path(sys.argv[1]))
print(json.dumps(written))
"""


def test_written_straight_to_the_destination_only(tmp_path: Path) -> None:
    """The minutes hold case data, so nothing but the destination may be written: the export runs in a child
    whose temporary, working and home folders start empty, and which notes every file it opens for writing."""
    empty = {name: tmp_path / name for name in ("tmp", "cwd", "home", "out")}
    for folder in empty.values():
        folder.mkdir()
    target = empty["out"] / "minutes.pdf"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "TMPDIR": str(empty["tmp"]),
        "TEMP": str(empty["tmp"]),
        "TMP": str(empty["tmp"]),
        "HOME": str(empty["home"]),
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", _EXPORT_AND_LIST_WRITES, str(target)],
        cwd=empty["cwd"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert [Path(p).resolve() for p in json.loads(result.stdout.splitlines()[-1])] == [target.resolve()]
    assert [p.name for p in empty["out"].iterdir()] == ["minutes.pdf"]
    assert list(empty["tmp"].iterdir()) == []
    assert list(empty["cwd"].iterdir()) == []
    # pythainlp makes an empty ~/pythainlp-data when imported; no file may appear there or anywhere in home.
    assert [p for p in empty["home"].rglob("*") if not p.is_dir()] == []


def test_written_into_an_open_buffer_for_the_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    buffer = io.BytesIO()
    write_pdf(sample_minutes(items=1), buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == []  # no file named after the buffer in the working folder
