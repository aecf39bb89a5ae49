"""The lines of a PDF as a reader sees them, read with pdfium: their text, where each word's ink starts and ends,
and whether a space lies between two words. For checks of line breaks and justified gaps that do not trust the
typesetter's own account of what it drew.

pdfium reads each word of our PDFs from its ActualText span, so the words are the spans the typesetter drew and a
word's box is the ink of its glyphs; a space between two words is a character of its own.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

# The text column of the minutes and the annex (A4, margins left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm).
COLUMN_LEFT = 3 * cm
COLUMN_RIGHT = A4[0] - 2 * cm
BODY_TOP = A4[1] - 2.5 * cm
BODY_BOTTOM = 2 * cm


@dataclass
class PdfLine:
    """One line of a page: ``text`` as extracted, the right end of its ink, and for each gap between two pieces of
    ink on it the white in points and whether a space lies in it."""

    page: int
    baseline: float
    text: str = ""
    right: float = 0.0
    gaps: list[tuple[float, bool]] = field(default_factory=list)


def _text_lines(page: pdfium.PdfPage, number: int) -> list[PdfLine]:
    """The page's lines with their text, in drawing order (pdfium reads each word from its ActualText span)."""
    lines: list[PdfLine] = []
    text_page = page.get_textpage()
    x, y = ctypes.c_double(), ctypes.c_double()
    line: PdfLine | None = None
    for index in range(text_page.count_chars()):
        char = text_page.get_text_range(index, 1)
        pdfium_c.FPDFText_GetCharOrigin(text_page.raw, index, ctypes.byref(x), ctypes.byref(y))
        if char in "\r\n":
            line = None
            continue
        if line is None or abs(y.value - line.baseline) > 4:
            line = PdfLine(number, y.value)
            lines.append(line)
        line.text += char
    text_page.close()
    return lines


def _ink(page: pdfium.PdfPage, lines: list[PdfLine]) -> None:
    """The ink of each line from the page's text objects (one for each run of glyphs the typesetter drew: a word,
    or part of one where a mark is raised; a space draws no ink), matched to ``lines`` by baseline."""
    previous_right: dict[int, float] = {}
    space_before: dict[int, bool] = {}
    for text_object in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        left, _bottom, right, _top = text_object.get_bounds()
        baseline = text_object.get_matrix().f
        index = min(range(len(lines)), key=lambda i: abs(lines[i].baseline - baseline), default=-1)
        if index < 0 or abs(lines[index].baseline - baseline) > 4:
            continue
        line = lines[index]
        if right - left < 0.01:
            space_before[index] = True
            continue
        if index in previous_right and left >= previous_right[index] - 1:
            line.gaps.append((left - previous_right[index], space_before.get(index, False)))
        previous_right[index] = max(right, previous_right.get(index, right))
        space_before[index] = False
        line.right = max(line.right, right)


def pdf_lines(pdf: bytes) -> list[PdfLine]:
    """Every line of every page in drawing order."""
    lines: list[PdfLine] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            page = document[number]
            page_lines = _text_lines(page, number)
            _ink(page, page_lines)
            lines += page_lines
            page.close()
    finally:
        document.close()
    return lines


def body_lines(pdf: bytes) -> list[PdfLine]:
    """The lines inside the text column's height: no classification mark, page number or watermark."""
    return [line for line in pdf_lines(pdf) if BODY_BOTTOM - 1 <= line.baseline <= BODY_TOP + 1]


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def broken_inside(lines: list[PdfLine], words: set[str]) -> list[str]:
    """Each of ``words`` that a line break cuts: "end of a line|start of the next" where it happens (spaces in
    words and lines are ignored: a name with its surname is checked as one)."""
    found: list[str] = []
    wanted = {squashed(word) for word in words if len(squashed(word)) > 1}
    for above, below in itertools.pairwise(lines):
        tail, head = squashed(above.text)[-60:], squashed(below.text)[:60]
        joined, junction = tail + head, len(tail)
        for word in wanted:
            start = joined.find(word)
            while start != -1:
                if start < junction < start + len(word):
                    found.append(f"{word}: …{tail[-15:]}|{head[:15]}…")
                start = joined.find(word, start + 1)
    return found


def justified(lines: list[PdfLine], tolerance: float = 2.0) -> list[PdfLine]:
    """The lines whose ink reaches the right edge of the column: the stretched lines of justified paragraphs (a
    ragged line, a heading or a table cell stops short of it)."""
    return [line for line in lines if abs(line.right - COLUMN_RIGHT) <= tolerance and line.gaps]
