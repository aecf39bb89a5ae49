"""Lines break where a Thai reader expects: never inside an abbreviation of the repository's list, a case code or a
proper noun of the database; a date stays on one line; a justified line widens its real spaces first, within a
stated bound, and never shows a gap inside a phrase. Read back from the PDF with pdfium (tests/pdf_lines.py)."""

from __future__ import annotations

import io
import itertools
import re

import pytest

from mdt_desktop.demo import build_demo
from mdt_desktop.exports.minutes_model import (
    ActionLine,
    Attendee,
    MinutesDocument,
    MinutesItem,
    MinutesOptions,
    Signature,
)
from mdt_desktop.exports.pdf_minutes import write_pdf
from mdt_desktop.exports.thai_typesetting import (
    FONT_REGULAR,
    KEEP_WHOLE_UP_TO_EM,
    SPACE_MAX_EM,
    WIDEST_GAP_EM,
    WORD_STRETCH_EM,
    break_units,
    layout_lines,
    stretch,
    text_width,
    words_kept_whole,
)
from mdt_desktop.paths import resources_dir
from mdt_desktop.services.exports.minutes import LABELS, minutes_pdf
from mdt_desktop.services.exports.proper_nouns import given_name, proper_nouns
from mdt_desktop.services.meetings import load_meeting
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Meeting
from tests.pdf_lines import PdfLine, body_lines, broken_inside, justified, squashed

BODY = 16.0
# White between two words without a space on a justified line: the side bearings of their glyphs (up to 0.15 em on
# the demo's unstretched lines) and the stretch a boundary may take. Before this bound the demo showed 0.57 em.
WORD_GAP_BOUND = 0.16 + WORD_STRETCH_EM

_DIGIT = "[0-9๐-๙]"
_THAI_MONTHS = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
# A date as the minutes print it, read from text whose spaces and line breaks were squashed out.
_SQUASHED_DATE = re.compile(rf"{_DIGIT}{{1,2}}(?:{_THAI_MONTHS})(?:พ\.ศ\.)?{_DIGIT}{{4}}")


def _listed_abbreviations() -> set[str]:
    """The repository's list, read here rather than through the typesetter."""
    text = (resources_dir() / "wordlists" / "thai_abbreviations.txt").read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _kept_words(nouns: tuple[str, ...]) -> set[str]:
    """The words no line may break inside: each word of a proper noun no wider than the typesetter keeps whole, and
    every abbreviation of the list. (A name with its surname may break at its space in a column too narrow for it,
    as in the attendance list.)"""
    words = {part.strip("()") for noun in nouns for part in noun.split()}
    words = {word for word in words if text_width(word, FONT_REGULAR, BODY) <= KEEP_WHOLE_UP_TO_EM * BODY}
    return words | _listed_abbreviations()


def _dates_broken(lines: list[PdfLine]) -> list[str]:
    found = []
    for above, below in itertools.pairwise(lines):
        tail, head = squashed(above.text)[-40:], squashed(below.text)[:40]
        for match in _SQUASHED_DATE.finditer(tail + head):
            if match.start() < len(tail) < match.end():
                found.append(f"…{tail[-12:]}|{head[:12]}…")
    return found


# Labels printed in bold at the start of a paragraph's first line, a fixed gap before the text.
LABELS_BEFORE_TEXT = ("มติที่ประชุม", "Resolution")


def _gap_problems(lines: list[PdfLine]) -> list[str]:
    """Gaps on justified lines wider than the bound (a space) or than a boundary between words may take."""
    problems = []
    for line in justified(lines):
        gaps = list(line.gaps)
        if line.text.startswith(LABELS_BEFORE_TEXT):
            # The set gap after a bold label ("มติที่ประชุม"), two spaces wide and not stretched: the first wide gap,
            # within the label's few words.
            set_gap = next((g for g in gaps[:4] if g[0] > WORD_GAP_BOUND * BODY), None)
            if set_gap is not None:
                gaps.remove(set_gap)
        for gap, spaced in gaps:
            bound = WIDEST_GAP_EM if spaced else WORD_GAP_BOUND
            if gap > bound * BODY:
                problems.append(f"{gap / BODY:.2f} em ({'space' if spaced else 'no space'}): {line.text}")
    return problems


# --- the segmenter and the list ------------------------------------------------------------------------------------


def _cut_inside(units: list[str], word: str) -> bool:
    """Whether a boundary between two units falls strictly inside an occurrence of ``word``."""
    text = "".join(units)
    ends = {sum(len(u) for u in units[: i + 1]) for i in range(len(units))}
    start = text.find(word)
    while start != -1:
        if any(start < end < start + len(word) for end in ends):
            return True
        start = text.find(word, start + 1)
    return False


def test_the_database_words_keep_a_surname_and_place_names_whole_that_the_segmenter_splits_alone() -> None:
    text = "นายสมชาย ทองสมบูรณ์ ประสานศูนย์พึ่งได้ที่ตำบลแม่กลางเหนือ"
    alone = break_units(text)
    assert "ทอง" in alone and "สมบูรณ์" in alone  # what newmm makes of the surname without help
    assert _cut_inside(alone, "แม่กลางเหนือ") and _cut_inside(alone, "ศูนย์พึ่งได้")
    with words_kept_whole(["นายสมชาย ทองสมบูรณ์", "ศูนย์พึ่งได้", "ตำบลแม่กลางเหนือ"]):
        helped = break_units(text)
    for word in ("ทองสมบูรณ์", "ศูนย์พึ่งได้", "แม่กลางเหนือ", "ตำบลแม่กลางเหนือ"):
        assert not _cut_inside(helped, word), (word, helped)
    assert "".join(helped) == text


def test_abbreviations_of_the_list_and_codes_of_any_shape_are_never_cut_at_any_width() -> None:
    text = (
        "ที่ประชุมมอบหมายให้พมจ.ประสานตม.จว.และสภ.เมืองร่วมกับรพ.สต.บ้านใหม่ตั้งแต่พ.ศ.๒๕๖๙ "
        "ส่งต่อกรณีMKM-2569-0001กรณี ตก.123/2569 และกรณี มกน-๒๕๖๙-๐๐๑ โดยร.ต.อ.สมชายและนพ.สมหญิงรายงานผอ.กศน."
    )
    protected = _listed_abbreviations() | {"MKM-2569-0001", "ตก.123/2569", "มกน-๒๕๖๙-๐๐๑"}
    for width in range(130, 460, 7):  # from the width of the widest code up
        lines = layout_lines(text, FONT_REGULAR, BODY, width)
        units = [line.text for line in lines]
        assert "".join(units).replace(" ", "") == text.replace(" ", "")
        cut = [word for word in protected if _cut_inside(units, word)]
        assert not cut, (width, cut, units)


def test_a_date_and_a_name_with_its_surname_stay_on_one_line_where_the_line_allows() -> None:
    text = "ที่ประชุมนัดหมายครั้งต่อไปในวันที่ 16 กรกฎาคม พ.ศ. 2569 โดยนางสาวสมหญิง นาคเรืองศรี เป็นผู้ประสานงาน"
    with words_kept_whole(["นางสาวสมหญิง นาคเรืองศรี"]):
        for width in range(180, 460, 5):  # from the width of the name up
            lines = [line.text for line in layout_lines(text, FONT_REGULAR, BODY, width)]
            assert any("16 กรกฎาคม พ.ศ. 2569" in line for line in lines), (width, lines)
            assert any("นางสาวสมหญิง นาคเรืองศรี" in line for line in lines), (width, lines)


def test_stretch_goes_to_real_spaces_first_then_a_little_between_words_else_none() -> None:
    space = 4.0
    room = SPACE_MAX_EM * BODY - space  # what one space may still grow by
    assert stretch(9.0, 3, 10, BODY, space) == (3.0, 0.0)  # spaces take it all, words none
    spare = 2 * room + 5 * 1.0
    spaces, words = stretch(spare, 2, 5, BODY, space)
    assert spaces == pytest.approx(room) and words == pytest.approx(1.0)
    # More than spaces and word boundaries may take: the line stays as it is (ragged-right), no gap inside a phrase.
    assert stretch(2 * room + 5 * WORD_STRETCH_EM * BODY + 1, 2, 5, BODY, space) == (0.0, 0.0)
    assert stretch(30.0, 0, 6, BODY, space) == (0.0, 0.0)


# --- minutes written by hand ---------------------------------------------------------------------------------------

LONG_AGENCY = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแม่กลางเหนือ"
PEOPLE = ["นางสาวสมหญิง นาคเรืองศรี", "ร.ต.ท.ชัชวาล คำมาลา", "นายปู่ทอง ทองสมบูรณ์", "Mr. Aung Kyaw Htet"]
PLACES = ["แม่กลางเหนือ", "ศูนย์พึ่งได้", "ตำบลป่าแดงงาม", "บ้านน้ำตกผู้ใหญ่"]
CODES = ["MKM-2569-0001", "มกน.๒๕๖๙/๐๐๗", "ตก-001", "AB12-2569-0042"]
NOUNS = (LONG_AGENCY, "พมจ.แม่กลางเหนือ", "จังหวัดแม่กลางเหนือ", *PEOPLE, *PLACES, *CODES)


def _hand_written() -> MinutesDocument:
    paragraphs = [
        f"ผู้แทน{LONG_AGENCY}รายงานว่า{PEOPLE[0]}ได้ประสานพมจ.แม่กลางเหนือและศูนย์พึ่งได้เพื่อช่วยเหลือผู้เสียหาย"
        f"ที่บ้านน้ำตกผู้ใหญ่ตำบลป่าแดงงามเมื่อวันที่ 16 กรกฎาคม พ.ศ. 2569 โดยมี{PEOPLE[3]}เป็นล่ามภาษาเมียนมา"
        f"ส่วนกรณี{CODES[1]}และกรณี{CODES[2]}ให้ตม.จว.และสภ.เมืองแม่กลางเหนือติดตามผลต่อไป",
        f"{PEOPLE[1]}แจ้งว่าผู้ใหญ่บ้านนำน้ำดื่มไปให้ปู่ของผู้เสียหายที่รพ.สต.ป่าแดงงามแล้ว ทั้งนี้{PEOPLE[2]}"
        f"จะรายงานความคืบหน้าของกรณี {CODES[0]} และ {CODES[3]} ในการประชุมครั้งต่อไปภายในวันที่ 30 กันยายน 2569",
    ]
    items = [
        MinutesItem(
            number=str(n),
            heading=f"ระเบียบวาระที่ {n} เรื่อง การช่วยเหลือผู้เสียหายที่{PLACES[0]}",
            depth=0,
            paragraphs=paragraphs * 2,
            resolution=f"ที่ประชุมมอบหมายให้{LONG_AGENCY}ประสานศูนย์พึ่งได้และรายงานผลภายใน 16 กรกฎาคม พ.ศ. 2569",
            actions=[ActionLine("พมจ.แม่กลางเหนือ", "เยี่ยมบ้านผู้เสียหาย", "30 กันยายน 2569", "", CODES[1], [])],
            carried=[],
        )
        for n in range(1, 7)
    ]
    return MinutesDocument(
        title="รายงานการประชุมคณะทำงานสหสาขาวิชาชีพประจำอำเภอเมืองแม่กลางเหนือ",
        number_line="ครั้งที่ 3/2569",
        date_line="เมื่อวันพฤหัสบดีที่ 16 กรกฎาคม พ.ศ. 2569",
        venue_line="ณ ห้องประชุมที่ว่าการอำเภอเมืองแม่กลางเหนือ",
        present=[Attendee(name, f"ผู้แทน{LONG_AGENCY}", "") for name in PEOPLE[:3]],
        absent=[],
        attending=[Attendee(PEOPLE[3], "ล่ามภาษาเมียนมา", "")],
        start_line="เริ่มประชุมเวลา 09.30 น.",
        items=items,
        end_line="เลิกประชุมเวลา 12.00 น.",
        signatures=[
            Signature("ผู้จดรายงานการประชุม", PEOPLE[0], "นักสังคมสงเคราะห์ชำนาญการ"),
            Signature("ผู้ตรวจรายงานการประชุม", PEOPLE[1], "สารวัตรสอบสวน"),
        ],
        classification="",
        recipient="",
        language="th",
        labels={**LABELS["th"], "digits": "arabic"},
        proper_nouns=NOUNS,
    )


@pytest.fixture(scope="module")
def hand_written_lines() -> list[PdfLine]:
    buffer = io.BytesIO()
    write_pdf(_hand_written(), buffer)
    return body_lines(buffer.getvalue())


def test_hand_written_minutes_break_no_name_code_or_abbreviation(hand_written_lines: list[PdfLine]) -> None:
    text = squashed("".join(line.text for line in hand_written_lines))
    for typed in (*NOUNS, "16 กรกฎาคม พ.ศ. 2569"):
        assert squashed(typed) in text, typed
    assert broken_inside(hand_written_lines, _kept_words(NOUNS)) == []
    assert _dates_broken(hand_written_lines) == []


def test_hand_written_minutes_justify_within_the_bound_and_never_inside_a_phrase(
    hand_written_lines: list[PdfLine],
) -> None:
    stretched = justified(hand_written_lines)
    assert len(stretched) >= 10
    assert any(
        gap > 0.5 * BODY for line in stretched for gap, spaced in line.gaps if spaced
    )  # spaces did grow
    assert _gap_problems(hand_written_lines) == []


# --- the demo --------------------------------------------------------------------------------------------------------


def test_the_demo_minutes_break_lines_only_where_a_thai_reader_expects(database: Database) -> None:
    build_demo(database, "small", seed=1)
    with database.read_session() as session:
        meeting_ids = list(session.scalars(Meeting.__table__.select().with_only_columns(Meeting.id)))
    assert len(meeting_ids) >= 3
    stretched = 0
    for meeting_id in meeting_ids[:4]:
        nouns = proper_nouns(database, meeting_id)
        attendees = {row.full_name for row in load_meeting(database, meeting_id).attendance}
        assert attendees <= set(nouns)
        assert {given_name(name) for name in attendees} <= set(nouns)
        lines = body_lines(minutes_pdf(database, meeting_id, MinutesOptions()))
        assert broken_inside(lines, _kept_words(nouns)) == [], meeting_id
        assert _dates_broken(lines) == [], meeting_id
        assert _gap_problems(lines) == [], meeting_id
        stretched += len(justified(lines))
    assert stretched >= 5  # the bound was checked on lines that were justified


def test_given_names_lose_their_title_or_rank() -> None:
    assert given_name("นางสาวสมหญิง นาคเรืองศรี") == "สมหญิง"
    assert given_name("ร.ต.ท.ชัชวาล คำมาลา") == "ชัชวาล"
    assert given_name("ว่าที่ร้อยตรีสุรชัย เพชรมาลา") == "สุรชัย"
    assert given_name("Aung Kyaw Htet") == "Aung"
