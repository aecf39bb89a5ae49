"""Thai typesetting: HarfBuzz keeps tone marks and vowels apart; lines break only between dictionary words."""

from __future__ import annotations

from pathlib import Path

import pytest
import uharfbuzz as hb
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import SimpleDocTemplate

from mdt_desktop.exports.thai_typesetting import (
    FONT_REGULAR,
    ThaiParagraph,
    layout_lines,
    register_fonts,
    shaped,
)
from mdt_desktop.paths import resources_dir

WORDS_WITH_STACKED_MARKS = ["ที่", "ผู้", "น้ำ", "ปู่", "กุ้ง", "ญี่ปุ่น", "ฝั่ง", "ปั้น", "ฟื้นฟู", "สิ่งที่"]
# A long Thai paragraph segmented by hand: the reference a line break is checked against, independent of pythainlp.
HAND_WORDS = (  # noqa: SIM905 (one readable string of words, as segmented by hand)
    "ที่ประชุม|มี|มติ|ให้|สำนักงาน|พัฒนา|สังคม|และ|ความ|มั่นคง|ของ|มนุษย์|จังหวัด|ประสาน|โรงพยาบาล|ชุมชน|เพื่อ|ติดตาม"
    "|ผู้|เสียหาย|ที่|ได้|รับ|การ|ช่วยเหลือ|จาก|สถาน|ประกอบการ|ใน|พื้นที่|อำเภอ|เมือง| |และ|ให้|เจ้าหน้าที่|ตำรวจ|สอบ|ปากคำ"
    "|พยาน|เพิ่มเติม|ผู้ใหญ่บ้าน|รายงาน|ว่า|ครอบครัว|ของ|ผู้|เสียหาย|เดินทาง|มา|จาก|ประเทศ|ญี่ปุ่น|เพื่อ|รับ|หลาน|กลับ"
    "|ไป|ดูแล|ที่|บ้าน"
).split("|")
PARAGRAPH = "".join(HAND_WORDS)


@pytest.fixture(scope="module")
def hb_font() -> hb.Font:
    data = (resources_dir() / "fonts" / "Sarabun-Regular.ttf").read_bytes()
    return hb.Font(hb.Face(hb.Blob(data)))


def _mark_boxes(word: str, font: hb.Font, use_shaping: bool) -> list[tuple[float, float, float, float]]:
    """Ink boxes (x0, y0, x1, y1, font units) of the zero-advance glyphs of ``word`` as drawn.

    With ``use_shaping`` the glyphs and offsets are those of the ShapedStr the PDF is drawn from; without it, each
    character's default glyph at the pen position, as plain reportlab draws Thai.
    """
    register_fonts()
    face = pdfmetrics.getFont(FONT_REGULAR).face
    if use_shaping:
        s = shaped(word, FONT_REGULAR, 16)
        glyphs = [
            (face.charToGlyph[ord(c)], d.x_advance, d.x_offset, d.y_offset)
            for c, d in zip(s, s.__shapeData__, strict=True)
        ]
        scale = face.unitsPerEm / 1000
        glyphs = [(g, adv * scale, dx * scale, dy * scale) for g, adv, dx, dy in glyphs]
    else:
        glyphs = [
            (face.charToGlyph[ord(c)], font.get_glyph_h_advance(face.charToGlyph[ord(c)]), 0, 0) for c in word
        ]
    boxes, pen = [], 0.0
    for gid, advance, dx, dy in glyphs:
        extents = font.get_glyph_extents(gid)
        if advance == 0 and extents.width:
            x0, y1 = pen + dx + extents.x_bearing, dy + extents.y_bearing
            boxes.append((x0, y1 + extents.height, x0 + extents.width, y1))
        pen += advance
    return boxes


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    tolerance = 5  # font units of 1000: touching anti-aliased edges are not a collision
    return (min(a[2], b[2]) - max(a[0], b[0]) > tolerance) and (min(a[3], b[3]) - max(a[1], b[1]) > tolerance)


@pytest.mark.parametrize("word", WORDS_WITH_STACKED_MARKS)
def test_marks_on_one_consonant_are_never_drawn_on_top_of_each_other(word: str, hb_font: hb.Font) -> None:
    boxes = _mark_boxes(word, hb_font, use_shaping=True)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b), (word, a, b)


def test_without_shaping_the_same_marks_would_collide(hb_font: hb.Font) -> None:
    """The check above can fail: the default glyphs of ที่ and ญี่ปุ่น, unshaped, sit on top of each other."""
    for word in ("ที่", "ญี่ปุ่น"):
        boxes = _mark_boxes(word, hb_font, use_shaping=False)
        assert any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]), word


def test_tone_mark_is_raised_above_an_upper_vowel(hb_font: hb.Font) -> None:
    vowel, tone = _mark_boxes("ที่", hb_font, use_shaping=True)
    assert tone[1] >= vowel[3] - 5  # bottom of the tone mark at or above the top of SARA II


def _word_boundaries(text: str, words: list[str]) -> set[int]:
    boundaries, position = {0}, 0
    for word in words:
        position += len(word)
        boundaries.add(position)
    assert position == len(text)
    return boundaries


def test_layout_breaks_lines_only_between_words_of_an_independent_segmentation() -> None:
    lines = layout_lines(PARAGRAPH, FONT_REGULAR, 16, 220)
    assert len(lines) > 6
    assert "".join(line.text.replace(" ", "") for line in lines) == PARAGRAPH.replace(" ", "")
    squashed = PARAGRAPH.replace(" ", "")
    independent = _word_boundaries(squashed, [w for w in HAND_WORDS if w.strip()])
    position = 0
    for line in lines[:-1]:
        position += len(line.text.replace(" ", ""))
        assert position in independent, (line.text, squashed[position : position + 10])


def test_pdf_lines_break_between_words_and_read_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "paragraph.pdf"
    SimpleDocTemplate(str(path), pagesize=(320, 900)).build([ThaiParagraph(PARAGRAPH, align="justify")])
    text = PdfReader(path).pages[0].extract_text()
    assert not any(ch in text for ch in "\u200b\ufeff\ufffd")
    pdf_lines = [line.replace(" ", "") for line in text.splitlines() if line.strip()]
    squashed = PARAGRAPH.replace(" ", "")
    assert "".join(pdf_lines) == squashed
    independent = _word_boundaries(squashed, [w for w in HAND_WORDS if w.strip()])
    ends = [sum(len(line) for line in pdf_lines[: i + 1]) for i in range(len(pdf_lines) - 1)]
    assert len(ends) > 3
    assert all(end in independent for end in ends), [
        squashed[e - 5 : e + 5] for e in ends if e not in independent
    ]


def test_justified_lines_fill_the_column_and_the_last_line_does_not() -> None:
    lines = layout_lines(PARAGRAPH, FONT_REGULAR, 16, 220)
    assert all(line.width <= 220 + 1e-6 for line in lines)
    assert lines[-1].last and not any(line.last for line in lines[:-1])


def test_empty_text_has_no_width_and_draws_nothing():
    """A signature block without a position (nobody marked present as secretary) must still lay out."""
    from mdt_desktop.exports.thai_typesetting import FONT_REGULAR, register_fonts, text_width

    register_fonts()
    assert text_width("", FONT_REGULAR, 16) == 0.0
