"""Thai typesetting for reportlab: HarfBuzz-shaped glyphs, dictionary word breaks and justified lines.

Plain reportlab draws Thai from the font's character map, so a tone mark over an upper vowel (ที่), a tone mark beside
a tall consonant (ปู่) or the tone mark with SARA AM (น้ำ) land on top of each other; and it breaks lines only at spaces,
which Thai writes between phrases, not between words. This module owns the fix:

- Shaping: every run is shaped by reportlab's own HarfBuzz path (``reportlab.pdfbase.ttfonts.shapeStr`` through
  ``uharfbuzz``), which returns a ``ShapedStr`` carrying HarfBuzz's glyph substitutions (Sarabun's raised and shifted
  tone-mark variants, the ligated tone mark + NIKHAHIT) and positions (``ShapeData`` x/y offsets and advances).
  reportlab's text object writes those positions into the PDF (TJ adjustments and text rise) and keeps the source
  characters in the ToUnicode map, so text extraction returns the original Thai.
- Line breaking: reportlab's Paragraph splits words only at whitespace, and ZERO WIDTH SPACE is neither a split point
  there nor invisible in Sarabun, so no break character is inserted into the text at all. Break opportunities come from
  pythainlp's dictionary segmenter (engine "newmm"); the lines are laid out here (greedy, by shaped advance widths) and
  each line is drawn as one shaped run, so nothing but the source characters reaches the page.
- Justification: the spare width of a line goes into the gaps between its words (the segmenter's units), as Word's
  "Justify" does for Thai, added as character spacing (Tc) to the last glyph of each word: a justified line adds no
  characters, and since the gap belongs to the word's own advance, extractors that turn wide gaps into spaces
  (pypdf, poppler) find no gap at all.
- Extraction: each word is drawn inside a marked-content span whose /ActualText is the word's source text (PDF 32000
  14.9.4). poppler (pdftotext, Evince, Okular, most Linux and Android viewers) and Acrobat read that text instead of
  guessing the word from glyph positions: without it poppler cuts a word at a tone mark drawn back over its
  consonant ("เริม" + "่"). Readers that ignore ActualText (pypdf) read the ToUnicode map above, which gives the same.
- Hostile text: control characters are dropped (``typed_text.clean``) and a paragraph longer than any field may be
  is cut with a visible mark (``typed_text.cut_for_print``): an older database may hold a 1 MB field, which would
  otherwise make every export that carries it take minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pythainlp.tokenize import subword_tokenize, word_tokenize
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from mdt_desktop.domain.typed_text import clean, cut_for_print
from mdt_desktop.paths import resources_dir

FONT_REGULAR = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
_FONT_FILES = {FONT_REGULAR: "Sarabun-Regular.ttf", FONT_BOLD: "Sarabun-Bold.ttf"}

Align = Literal["left", "centre", "right", "justify"]

_THAI = re.compile("[\u0e00-\u0e7f]")
# Characters that must stay with the word before them (closing punctuation, MAI YAMOK, PAIYANNOI) or after them.
_STICKS_TO_PREVIOUS = set(")]}.,;:!?%ๆฯ”’")
_STICKS_TO_NEXT = set("([{“‘")


def register_fonts() -> None:
    """Register the bundled Sarabun faces with reportlab once, shaping enabled."""
    for name, filename in _FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            path = resources_dir() / "fonts" / filename
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))


def break_units(text: str) -> list[str]:
    """``text`` cut into unbreakable units: words of the dictionary segmenter, and single spaces between them.

    A line may end only between two units. Runs without Thai (codes, numbers, Latin words) are kept whole between
    spaces, and punctuation stays with the word it belongs to. Joining the units gives ``text`` back with every run of
    whitespace written as one space.
    """
    units: list[str] = []
    glue_next = False
    for token in word_tokenize(" ".join(text.split()), engine="newmm", keep_whitespace=True):
        if token.isspace():
            units.append(" ")
            glue_next = False
            continue
        previous = units[-1] if units else " "
        joins_previous = previous != " " and (
            glue_next
            or token[0] in _STICKS_TO_PREVIOUS
            or (not _THAI.search(token) and not _THAI.search(previous))
        )
        if joins_previous:
            units[-1] = previous + token
        else:
            units.append(token)
        glue_next = token[-1] in _STICKS_TO_NEXT
    return units


# Text a glyph stands for, by the private character it is written with (see _source_chars); read by the ToUnicode map.
_GLYPH_TEXT: dict[int, str] = {}
# Supplementary private use plane: never a character of the text, and unique across faces.
_next_private = [0xF0000]
_private_by_glyph: dict[tuple[str, int, str], int] = {}


def _private_char(font: TTFont, gid: int, source: str) -> str:
    """A private character drawn as glyph ``gid`` of ``font`` whose extracted text is ``source``."""
    key = (font.fontName, gid, source)
    code = _private_by_glyph.get(key)
    if code is None:
        code = _private_by_glyph[key] = _next_private[0]
        _next_private[0] += 1
        face = font.face
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = face.charWidths[face.glyphToChar[gid][0]]
        _GLYPH_TEXT[code] = source
    return chr(code)


def _source_chars(text: str, s: ShapedStr, font: TTFont) -> ShapedStr:
    """``s`` with each glyph written by a character whose ToUnicode entry is the source text it came from.

    reportlab writes a glyph HarfBuzz substituted (Sarabun's raised tone mark "uni0E48.small", the tone mark +
    NIKHAHIT ligature of น้ำ) with a private character that text extraction returns as is, and writes SARA AM's
    decomposed NIKHAHIT + SARA AA as two characters. Here the last glyph of each HarfBuzz cluster carries the cluster's
    source text and the glyphs before it carry none, so extraction gives back exactly ``text``.
    """
    data = s.__shapeData__
    starts = [*sorted({d.cluster for d in data}), len(text)]
    chars = []
    for index, (char, d) in enumerate(zip(str(s), data, strict=True)):
        last_of_cluster = index + 1 == len(data) or data[index + 1].cluster != d.cluster
        source = text[d.cluster : starts[starts.index(d.cluster) + 1]] if last_of_cluster else ""
        chars.append(
            char if source == char else _private_char(font, font.face.charToGlyph[ord(char)], source)
        )
    return ShapedStr("".join(chars), shapeData=list(data))


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with the source text of the glyphs written by private characters."""
    cmap: str = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code in _GLYPH_TEXT:
            utf16 = _GLYPH_TEXT[code].encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return cmap


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@lru_cache(maxsize=20000)
def shaped(text: str, font_name: str, size: float) -> ShapedStr:
    """``text`` shaped by HarfBuzz through reportlab: a ShapedStr whose shape data places every glyph."""
    register_fonts()
    return _source_chars(text, shapeStr(text, font_name, size, force=True), pdfmetrics.getFont(font_name))


def text_width(text: str, font_name: str, size: float) -> float:
    """Advance width of ``text`` in points once shaped."""
    if not text:
        return 0.0  # reportlab returns a plain str, with no shape data, for empty text
    return _advance(shaped(text, font_name, size), size)


def _advance(s: ShapedStr, size: float) -> float:
    advance: float = sum(d.x_advance for d in s.__shapeData__) * size / 1000
    return advance


@dataclass(frozen=True)
class Line:
    """One laid-out line: its units (words and single spaces, none at either end), natural width and whether it
    ends its paragraph (a last line is never stretched when justifying)."""

    units: tuple[str, ...]
    width: float
    last: bool

    @property
    def text(self) -> str:
        return "".join(self.units)


def _split_long(unit: str, font_name: str, size: float, width: float) -> list[str]:
    """A unit wider than a whole line, cut between Thai character clusters (never between a consonant and its marks)
    so that each piece fits."""
    pieces: list[str] = []
    current = ""
    for cluster in subword_tokenize(unit, engine="tcc"):
        if current and text_width(current + cluster, font_name, size) > width:
            pieces.append(current)
            current = cluster
        else:
            current += cluster
    if current:
        pieces.append(current)
    return pieces


def layout_lines(
    text: str, font_name: str, size: float, width: float, first_line_width: float | None = None
) -> list[Line]:
    """Break ``text`` into lines no wider than ``width`` (``first_line_width`` for the first), only between units."""
    lines: list[Line] = []
    current: list[str] = []
    current_width = 0.0
    limit = width if first_line_width is None else first_line_width

    def finish(last: bool) -> None:
        nonlocal current, current_width, limit
        while current and current[-1] == " ":
            current_width -= text_width(current.pop(), font_name, size)
        lines.append(Line(tuple(current), current_width, last))
        current, current_width, limit = [], 0.0, width

    queue = break_units(text)
    while queue:
        unit = queue.pop(0)
        if unit == " " and not current:
            continue
        unit_width = text_width(unit, font_name, size)
        if current and current_width + unit_width > limit + 1e-6:
            if unit == " ":
                continue
            finish(last=False)
        if not current and unit_width > limit + 1e-6:
            pieces = _split_long(unit, font_name, size, limit)
            if len(pieces) > 1:
                queue[0:0] = pieces
                continue
        current.append(unit)
        current_width += unit_width
    if current or not lines:
        finish(last=True)
    return lines


def _actual_text(text: str) -> str:
    """The marked-content operator opening a span whose extracted text is ``text`` (UTF-16BE with its BOM)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, font_name: str, size: float, width: float, align: Align
) -> None:
    """Draw ``line`` with its baseline at ``y`` in a column starting at ``x`` of ``width`` points.

    Each word is wrapped in its ActualText span; justification widens the advance of the last glyph of every unit
    but the last, so the gaps between words grow and the words themselves do not.
    """
    if not line.units:
        return
    spare = max(0.0, width - line.width) if align == "justify" and not line.last else 0.0
    gap = spare / (len(line.units) - 1) if len(line.units) > 1 else 0.0
    if align == "centre":
        x += (width - line.width) / 2
    elif align == "right":
        x += width - line.width
    text = canvas.beginText(x, y)
    text.setFont(font_name, size)
    for index, unit in enumerate(line.units):
        run = shaped(unit, font_name, size)
        word = not unit.isspace()
        if word:
            # reportlab has no public call for an operator inside a text object; marked content must nest in it.
            text._code.append(_actual_text(unit))
        if gap and index + 1 < len(line.units):
            text.textOut(run[:-1])
            text.setCharSpace(gap)
            text.textOut(run[-1:])
            text.setCharSpace(0)
        else:
            text.textOut(run)
        if word:
            text._code.append("EMC")
    canvas.drawText(text)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font_name: str,
    size: float,
    anchor: Literal["left", "centre", "right"] = "left",
) -> None:
    """One shaped line of ``text`` (header, footer, page number) anchored at ``x``."""
    units = tuple(break_units(clean(text)))
    line = Line(units, sum(text_width(unit, font_name, size) for unit in units), True)
    if anchor == "centre":
        x -= line.width / 2
    elif anchor == "right":
        x -= line.width
    draw_line(canvas, line, x, y, font_name, size, line.width, "left")


class ThaiParagraph(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A paragraph of Thai (or English) text laid out by ``layout_lines`` and drawn shaped; splits across pages."""

    def __init__(
        self,
        text: str,
        font_name: str = FONT_REGULAR,
        size: float = 16,
        leading: float | None = None,
        align: Align = "left",
        first_indent: float = 0.0,
        left_indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
        lines: list[Line] | None = None,
    ) -> None:
        """``lines``: already laid-out lines (the halves of a split paragraph); ``first_indent`` applies to the
        first of them."""
        super().__init__()
        register_fonts()
        self.text = cut_for_print(text)
        self.font_name = font_name
        self.size = size
        self.leading = leading if leading is not None else size * 1.25
        self.align = align
        self.first_indent = first_indent
        self.left_indent = left_indent
        self.space_before = space_before
        self.space_after = space_after
        self.keepWithNext = keep_with_next
        self._given_lines = lines
        self.lines: list[Line] = lines or []
        self._column = 0.0

    def _layout(self, avail_width: float) -> None:
        self._column = avail_width - self.left_indent
        if self._given_lines is None:
            self.lines = layout_lines(
                self.text, self.font_name, self.size, self._column, self._column - self.first_indent
            )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self.lines) * self.leading
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.leading)
        if len(self.lines) - fit == 1:
            fit -= 1  # never leave the last line of a paragraph alone at the head of a page
        if fit < 2 or fit >= len(self.lines):
            return []  # never leave the first line alone at a page's foot: move the paragraph whole
        head = ThaiParagraph(
            self.text,
            self.font_name,
            self.size,
            self.leading,
            self.align,
            first_indent=self.first_indent,
            left_indent=self.left_indent,
            space_before=self.space_before,
            lines=self.lines[:fit],
        )
        tail = ThaiParagraph(
            self.text,
            self.font_name,
            self.size,
            self.leading,
            self.align,
            left_indent=self.left_indent,
            space_after=self.space_after,
            lines=self.lines[fit:],
        )
        return [head, tail]

    def draw(self) -> None:
        # The first baseline sits one em below the top; the leading's extra space falls below each line.
        y = self.height - self.size
        for index, line in enumerate(self.lines):
            indent = self.first_indent if index == 0 else 0.0
            draw_line(
                self.canv,
                line,
                self.left_indent + indent,
                y,
                self.font_name,
                self.size,
                self._column - indent,
                self.align,
            )
            y -= self.leading
