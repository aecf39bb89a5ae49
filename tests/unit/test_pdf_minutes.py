"""The minutes PDF: searchable Thai text, embedded fonts, classification on every page, recipient watermark, layout."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
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


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _pdftotext_page(path: Path, page: int, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _with_arabic_digits(doc: MinutesDocument) -> MinutesDocument:
    return dataclasses.replace(doc, labels={**doc.labels, "digits": "arabic"})


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_page_numbers_as_form_11_from_page_two(digits: str, tmp_path: Path) -> None:
    """ "- ๒ -" centred at the top of pages 2..n (Arabic with --digits arabic); none on page 1."""
    doc = sample_minutes(items=12)
    if digits == "arabic":
        doc = _with_arabic_digits(doc)
    path = tmp_path / "minutes.pdf"
    write_pdf(doc, path)
    pages = len(PdfReader(path).pages)
    assert pages > 2
    first = _pdftotext_page(path, 1, "-layout")
    assert "- 1 -" not in first and "- ๑ -" not in first
    for number in range(2, pages + 1):
        expected = f"- {number} -" if digits == "arabic" else f"- {str(number).translate(THAI_DIGITS)} -"
        lines = [
            line.strip() for line in _pdftotext_page(path, number, "-layout").splitlines() if line.strip()
        ]
        # Under the classification mark, above the text.
        assert _squash(lines[1]) == _squash(expected), (number, lines[:3])


def _fragments(path: Path, page: int) -> list[tuple[str, str, float]]:
    """Text pieces of a page as drawn: text, font name, size."""
    found: list[tuple[str, str, float]] = []

    def visit(text: str, cm: object, tm: object, font: dict[str, object] | None, size: float) -> None:
        if text.strip() and font:
            found.append((text.strip(), str(font["/BaseFont"]), size))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def _red_rows(path: Path, page: int) -> list[int]:
    """Pixel rows of the page rendered at 20 dpi that hold a red pixel (pdftoppm, PPM parsed by hand)."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", "20", "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
    ).stdout
    header = ppm.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    pixels = header[3]
    rows = []
    for y in range(height):
        row = pixels[y * width * 3 : (y + 1) * width * 3]
        if any(r > 150 and g < 90 and b < 90 for r, g, b in zip(row[::3], row[1::3], row[2::3], strict=True)):
            rows.append(y)
    return rows


def test_classification_red_bold_and_larger_at_top_and_bottom_of_every_page(
    minutes_pdf: tuple[MinutesDocument, Path],
) -> None:
    _, path = minutes_pdf
    pages = len(PdfReader(path).pages)
    for index in range(pages):
        marks = [f for f in _fragments(path, index) if f[0] == "ลับ"]
        assert len(marks) == 2, index  # top and bottom
        assert all(font.endswith("Sarabun-Bold") and size > 16 for _, font, size in marks)
        red = _red_rows(path, index + 1)
        height = 297 / 25.4 * 20
        assert red and min(red) < height * 0.08 and max(red) > height * 0.92, (index, red)


def test_resolution_label_is_bold_and_the_resolution_is_not(
    minutes_pdf: tuple[MinutesDocument, Path],
) -> None:
    _, path = minutes_pdf
    fragments = _fragments(path, 1)
    labels = [font for text, font, _ in fragments if text == "มติที่ประชุม"]
    assert labels and all(font.endswith("Sarabun-Bold") for font in labels)
    resolution = [f for t, f, _ in fragments if "มอบหมายให้หน่วยงาน" in t]
    assert resolution and all(font.endswith("Sarabun-Regular") for font in resolution)


def test_an_absence_reason_is_set_off_from_the_post(minutes_pdf: tuple[MinutesDocument, Path]) -> None:
    _, path = minutes_pdf
    assert "ผู้แทนสำนักงานจัดหางานจังหวัด—ติดราชการ" in _squash(_pdftotext(path))


def test_a_long_title_is_balanced_over_its_lines(tmp_path: Path) -> None:
    """Laid out greedily this title leaves "พระนครศรีอยุธยา" alone on its second line."""
    title = "รายงานการประชุมคณะทำงานสหวิชาชีพด้านการคุ้มครองเด็กและการค้ามนุษย์จังหวัดพระนครศรีอยุธยา"
    doc = dataclasses.replace(sample_minutes(items=1, classification=""), title=title)
    path = tmp_path / "title.pdf"
    write_pdf(doc, path)
    lines = _pdftotext_page(path, 1).splitlines()
    title_lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("ครั้งที่"))]
    assert "".join(title_lines) == title
    assert len(title_lines) == 2
    shorter, longer = sorted(len(line) for line in title_lines)
    assert shorter > longer * 0.6, title_lines


@pytest.mark.parametrize("items", range(1, 9))
def test_the_signature_page_holds_the_closing_and_the_end_of_the_last_item(
    items: int, tmp_path: Path
) -> None:
    """Whatever the length of the minutes, the page with the signatures carries เลิกประชุมเวลา and the last item's
    last lines, and the dotted lines of the two blocks start at the same place."""
    doc = sample_minutes(items=items, classification="")
    path = tmp_path / "minutes.pdf"
    write_pdf(doc, path)
    last = len(PdfReader(path).pages)
    text = _squash(_pdftotext_page(path, last))
    for signature in doc.signatures:
        assert _squash(signature.name) in text
    assert _squash(doc.end_line) in text
    last_action = doc.items[-1].actions[-1]
    assert _squash(last_action.status) in text  # the last line of the last item
    boxes = re.findall(r'<word xMin="([0-9.]+)"[^>]*>\(ลงชื่อ\)', _pdftotext_page(path, last, "-bbox"))
    assert len(boxes) == 2 and boxes[0] == boxes[1]


LONG_RECIPIENT = "มูลนิธิเครือข่ายอาสาสมัครคุ้มครองเด็กและสตรีภาคกลางตอนบน สำนักงานประสานงานจังหวัดพระนครศรีอยุธยาและอ่างทอง"


def _watermark_points(path: Path, page: int) -> list[tuple[float, float]]:
    """The points of every path drawn inside the page's watermark artifact, in page space."""
    reader = PdfReader(path)
    content = ContentStream(reader.pages[page].get_contents(), reader)
    points: list[tuple[float, float]] = []
    matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    inside = False
    for operands, operator in content.operations:
        if operator == b"BDC" and operands[0] == "/Artifact" and operands[1].get("/Subtype") == "/Watermark":
            inside = True
        elif operator == b"EMC" and inside:
            inside = False
        elif operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = matrix
            matrix = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif inside and operator in (b"m", b"l", b"c"):
            values = [float(v) for v in operands]
            for x, y in zip(values[::2], values[1::2], strict=True):
                points.append(
                    (matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5])
                )
    return points


@pytest.mark.parametrize(
    ("recipient", "word"),
    [("พมจ.", "พมจ."), ("ศูนย์ประสานงานจังหวัดพระนครศรีอยุธยา", "ศูนย์ประสานงาน"), (LONG_RECIPIENT, "มูลนิธิ")],
)
def test_the_watermark_fits_the_page_and_is_not_text(recipient: str, word: str, tmp_path: Path) -> None:
    path = tmp_path / "for.pdf"
    write_pdf(sample_minutes(items=2, recipient=recipient), path)
    width, height = A4
    for page in range(len(PdfReader(path).pages)):
        points = _watermark_points(path, page)
        assert len(points) > 50  # the name is drawn
        xs, ys = [x for x, _ in points], [y for _, y in points]
        assert min(xs) > 0 and max(xs) < width and min(ys) > 0 and max(ys) < height, (min(xs), max(xs))
    # Neither extractor reads the watermark: no word of the name appears in the text or between attendance rows.
    for text in (_pdftotext(path), "".join(p.extract_text() for p in PdfReader(path).pages)):
        assert word not in _squash(text)


def test_no_watermark_without_a_recipient(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    write_pdf(sample_minutes(items=1, classification=""), path)
    assert _watermark_points(path, 0) == []
    assert "ลับ" not in PdfReader(path).pages[0].extract_text()


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
