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
- Words kept whole: a line never breaks inside an abbreviation of ``resources/wordlists/thai_abbreviations.txt``
  (พมจ., ตม.จว., พ.ศ.), a case code, or a proper noun of the database (``words_kept_whole``: agency, area, body and
  person names, given by the export's service for one export), and keeps a date ("16 กรกฎาคม พ.ศ. 2569"), a time and
  a person's name with surname on one line where the line allows. The same words extend the segmenter's dictionary, so
  "ทองสมบูรณ์" is one word to it, not "ทอง|สมบูรณ์". A name wider than ``KEEP_WHOLE_UP_TO_EM`` may break between the
  words it is made of (never inside a shorter name within it): kept whole it would leave the line before it nearly
  empty.
- Justification: the spare width of a justified line goes into its real spaces first, each growing to at most
  ``SPACE_MAX_EM``; only what they cannot take goes, at most ``WORD_STRETCH_EM`` each, between Thai words the
  segmenter found (where a wrong split would show as a gap inside a phrase, "ตา กลม" for "ตาก ลม"). A line that would
  need more is set ragged-right. The widest gap a reader sees between two words of a justified line therefore stays
  under ``WIDEST_GAP_EM``. The stretch is character spacing (Tc) on a space or on the last glyph of a word: a justified
  line adds no characters, and extractors that turn wide gaps into spaces (pypdf, poppler) find none inside a phrase.
- Extraction: each word is drawn inside a marked-content span whose /ActualText is the word's source text (PDF 32000
  14.9.4). poppler (pdftotext, Evince, Okular, most Linux and Android viewers) and Acrobat read that text instead of
  guessing the word from glyph positions: without it poppler cuts a word at a tone mark drawn back over its
  consonant ("เริม" + "่"). Readers that ignore ActualText (pypdf) read the ToUnicode map above, which gives the same.
- Hostile text: control characters are dropped (``typed_text.clean``) and a paragraph longer than any field may be
  is cut with a visible mark (``typed_text.cut_for_print``): an older database may hold a 1 MB field, which would
  otherwise make every export that carries it take minutes.
- Speed: within one export (``words_kept_whole``) the units of a text and the PDF operators of a shaped word are
  computed once and reused, and dropped when the export ends; only the dictionary of the last few noun lists is kept
  (names, never case text), since a preview and the export after it give the same.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pythainlp.tokenize import subword_tokenize, word_dict_trie, word_tokenize
from pythainlp.util import Trie
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from mdt_desktop.domain.typed_text import clean, cut_for_print
from mdt_desktop.paths import resources_dir
from mdt_desktop.thai.dates import THAI_MONTHS, THAI_MONTHS_SHORT
from mdt_desktop.thai.digits import to_arabic_digits, to_thai_digits

FONT_REGULAR = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
_FONT_FILES = {FONT_REGULAR: "Sarabun-Regular.ttf", FONT_BOLD: "Sarabun-Bold.ttf"}

Align = Literal["left", "centre", "right", "justify"]

# Justification, in ems of the line's type size. A stretched space is at most SPACE_MAX_EM wide (a plain one is
# about 0.24 em in Sarabun); a boundary between two Thai words without a space widens by at most WORD_STRETCH_EM,
# too little to read as a space. WIDEST_GAP_EM bounds the white a reader sees between two words of a justified
# line, ink to ink: the widest space plus the side bearings of the glyphs on either side.
SPACE_MAX_EM = 1.25
WORD_STRETCH_EM = 0.1
WIDEST_GAP_EM = 1.5
# A proper noun or a kept-together run wider than this (half the body column of the minutes) may break inside, between
# its words or at its spaces, rather than leave the line before it nearly empty.
KEEP_WHOLE_UP_TO_EM = 14.0

_THAI = re.compile("[\u0e00-\u0e7f]")
# Characters that must stay with the word before them (closing punctuation, MAI YAMOK, PAIYANNOI) or after them.
_STICKS_TO_PREVIOUS = set(")]}.,;:!?%ๆฯ”’")
_STICKS_TO_NEXT = set("([{“‘")
# Punctuation around a word of a proper noun ("(ศูนย์พึ่งได้)"): the word is what the segmenter must know.
_WRAPPING_PUNCTUATION = "()[]{}“”‘’\"',;:"

_DIGIT = "[0-9๐-๙]"
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS = "|".join(re.escape(month) for month in (*THAI_MONTHS, *THAI_MONTHS_SHORT, *_EN_MONTHS))
# Runs kept on one line where the line allows (they may break at their spaces when they must): a date with its day,
# month and year ("16 กรกฎาคม พ.ศ. 2569", "21 November B.E. 2569"), an era with its year, a time with "น.".
_KEPT_TOGETHER = re.compile(
    rf"(?:{_DIGIT}{{1,2}} )?(?:{_MONTHS})(?: (?:พ\.ศ\.|ค\.ศ\.|B\.E\.))? {_DIGIT}{{4}}(?!{_DIGIT})"
    rf"|{_DIGIT}{{1,2}} (?:{_MONTHS})(?![ก-๛])"
    rf"|(?:พ\.ศ\.|ค\.ศ\.|B\.E\.) {_DIGIT}{{4}}"
    rf"|{_DIGIT}{{1,2}}[.:]{_DIGIT}{{2}} น\."
)
# Runs never broken (besides runs without Thai, which are kept whole between spaces anyway): code-like runs of
# consonants, digits and separators with a digit in them ("ตก.123/2569", "มกน-๒๕๖๙-๐๐๑"), and abbreviations not on
# the list, written as consonants and dots ("สนพ."). Possessive, so that a hostile run of digits is read once.
_CODE_CHARS = "[A-Za-z0-9ก-ฮ๐-๙./\\-_]"
_KEPT_WHOLE = re.compile(
    rf"(?<![^\s(])(?={_CODE_CHARS}*{_DIGIT}){_CODE_CHARS}++(?![^\s)])"
    r"|(?<![ก-๛])(?:[ก-ฮ]{1,5}\.)+"
)


def register_fonts() -> None:
    """Register the bundled Sarabun faces with reportlab once, shaping enabled."""
    for name, filename in _FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            path = resources_dir() / "fonts" / filename
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    """The abbreviations of ``resources/wordlists/thai_abbreviations.txt``, as printed."""
    path = resources_dir() / "wordlists" / "thai_abbreviations.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


class _Dictionary(Trie):
    """pythainlp's word list and some words more, to the segmenter (newmm asks a dictionary only for the words that
    start at a position of the text: ``prefixes``). The word list is shared and never changed; building a trie of
    its 62,000 words for each export would take longer than the export."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._base = word_dict_trie()

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        # Both tries walked in one pass: newmm asks at nearly every position, and this is most of its time.
        found = []
        base: Trie.Node | None = self._base.root
        own: Trie.Node | None = self.root
        position = start
        while position < len(text) and (base is not None or own is not None):
            char = text[position]
            base = base.children.get(char) if base is not None and base.children else None
            own = own.children.get(char) if own is not None and own.children else None
            position += 1
            if (base is not None and base.end) or (own is not None and own.end):
                found.append(text[start:position])
        return found

    def __contains__(self, key: str) -> bool:
        return bool(super().__contains__(key)) or key in self._base

    def __len__(self) -> int:
        return len(self._base) + int(super().__len__())


def _longest_match_ends(trie: Trie, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the longest word of ``trie`` starting at each position of ``text``."""
    first = trie.root.children
    if not first:
        return
    length = len(text)
    for start, char in enumerate(text):
        node = first.get(char)
        end, position = 0, start
        while node is not None:
            position += 1
            if node.end:
                end = position
            if node.children is None or position == length:
                break
            node = node.children.get(text[position])
        if end:
            yield start, end


def _variants(word: str) -> set[str]:
    """``word`` as typed and with its digits in the other script (exports print Thai or Arabic digits)."""
    return {word, to_thai_digits(word), to_arabic_digits(word)}


@lru_cache(maxsize=4)
def _tries(proper_nouns: tuple[str, ...]) -> tuple[_Dictionary, Trie]:
    """The segmenter's dictionary with the words of the abbreviations and of ``proper_nouns`` (each word of a noun
    with spaces too), and the nouns with spaces. The last few are kept: a preview and the export that follows it
    give the same nouns."""
    words: set[str] = set()
    phrases: set[str] = set()
    for noun in (*abbreviations(), *proper_nouns):
        noun = " ".join(noun.split())
        if not noun:
            continue
        if " " in noun:
            phrases |= _variants(noun)
        for word in noun.split(" "):
            word = word.strip(_WRAPPING_PUNCTUATION)
            if len(word) > 1:
                words |= _variants(word)
    return _Dictionary(words), Trie(phrases)


class Lexicon:
    """What a line may not break inside, for one export: the abbreviations of the list, codes, dates, and the
    ``proper_nouns`` the export's service gathered. A noun with spaces (a person's name with surname) is kept
    together where the line allows; each of its words, and every noun without spaces, is kept whole and given to
    the segmenter as a word."""

    def __init__(self, proper_nouns: Iterable[str] = (), *, remember: bool = False) -> None:
        self.dictionary, self._phrases = _tries(tuple(proper_nouns))
        # Units by text, for one export only: a remembered text is case data, kept no longer than the export.
        self._units: dict[str, list[str]] | None = {} if remember else None

    def units(self, text: str) -> list[str]:
        """``text`` cut into units (see ``break_units``)."""
        if self._units is None:
            return self._cut(text, None)
        units = self._units.get(text)
        if units is None:
            units = self._units[text] = self._cut(text, None)
        return list(units)

    def inner_units(self, unit: str, kept: Callable[[str], bool]) -> list[str]:
        """``unit`` cut again, keeping whole only the names and runs for which ``kept`` is true (a name too long to
        keep whole is cut between its words, never inside a shorter name within it). The words come from the
        segmenter's own dictionary: with the name in it, it would find the name as one word again."""
        return self._cut(unit, kept)

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        yield from _longest_match_ends(self.dictionary, text)  # its own words: the list's and the nouns'
        yield from _longest_match_ends(self._phrases, text)
        for pattern in (_KEPT_WHOLE, _KEPT_TOGETHER):
            for match in pattern.finditer(text):
                yield match.start(), match.end()

    def _cut(self, text: str, kept: Callable[[str], bool] | None) -> list[str]:
        text = " ".join(text.split())
        if not text:
            return []
        dictionary = self.dictionary if kept is None else word_dict_trie()
        tokens = word_tokenize(text, custom_dict=dictionary, engine="newmm", keep_whitespace=True)
        # No break strictly inside a kept span.
        inside = bytearray(len(text) + 1)
        for start, end in self._spans(text):
            if kept is None or kept(text[start:end]):
                inside[start + 1 : end] = b"\x01" * (end - start - 1)
        units: list[str] = []
        position = 0
        unit_start = 0
        glue_next = False
        for token in tokens:
            if units and not inside[position]:
                previous = units[-1]
                space = token == " " or previous == " "
                joins_previous = not space and (
                    glue_next
                    or token[0] in _STICKS_TO_PREVIOUS
                    or (not _THAI.search(token) and not _THAI.search(text[unit_start:position]))
                )
                if not joins_previous:
                    units.append("")
                    unit_start = position
            elif not units:
                units.append("")
            units[-1] += token
            glue_next = token[-1] in _STICKS_TO_NEXT
            position += len(token)
        return units


_DEFAULT_LEXICON: list[Lexicon] = []
_CURRENT_LEXICON: ContextVar[Lexicon | None] = ContextVar("thai_lexicon", default=None)


def _lexicon() -> Lexicon:
    current = _CURRENT_LEXICON.get()
    if current is not None:
        return current
    if not _DEFAULT_LEXICON:
        _DEFAULT_LEXICON.append(Lexicon())
    return _DEFAULT_LEXICON[0]


@contextmanager
def words_kept_whole(proper_nouns: Iterable[str]) -> Iterator[Lexicon]:
    """Within the block (one export), lines never break inside ``proper_nouns`` (the database's names, gathered by
    ``services.exports.proper_nouns``) nor inside the abbreviations of the list, and the segmenter knows them as
    words. Texts laid out in the block are cut into units once; the memory is dropped when the block ends."""
    lexicon = Lexicon(proper_nouns, remember=True)
    token = _CURRENT_LEXICON.set(lexicon)
    try:
        yield lexicon
    finally:
        _CURRENT_LEXICON.reset(token)


def break_units(text: str) -> list[str]:
    """``text`` cut into units: words of the dictionary segmenter, and single spaces between them.

    A line may end only between two units. Runs without Thai (codes, numbers, Latin words) are kept whole between
    spaces, punctuation stays with the word it belongs to, abbreviations, codes and proper nouns (``Lexicon``) are
    one unit each, and a date or a name with surname is one unit with its spaces inside (``layout_lines`` cuts it at
    them only when it must). Joining the units gives ``text`` back with every run of whitespace written as one
    space.
    """
    return _lexicon().units(text)


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
# Streams compressed, not also armoured as ASCII85 text: without reportlab's optional accelerator (rl_accel) its
# ASCII85 encoder is pure Python, the slowest step of writing a PDF, and the armour makes the file a quarter larger.
rl_config.useA85 = 0


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
    """One laid-out line: its units (words, kept-together runs and single spaces, none at either end), natural width
    and whether it ends its paragraph (a last line is never stretched when justifying)."""

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


def _at_spaces(unit: str) -> list[str]:
    pieces: list[str] = []
    for word in unit.split(" "):
        pieces += [" ", word] if pieces else [word]
    return pieces


def layout_lines(
    text: str, font_name: str, size: float, width: float, first_line_width: float | None = None
) -> list[Line]:
    """Break ``text`` into lines no wider than ``width`` (``first_line_width`` for the first), only between units."""
    return _layout_units(break_units(text), font_name, size, width, first_line_width)


def _layout_units(
    units: list[str], font_name: str, size: float, width: float, first_line_width: float | None = None
) -> list[Line]:
    lines: list[Line] = []
    current: list[str] = []
    current_width = 0.0
    limit = width if first_line_width is None else first_line_width
    longest_kept = KEEP_WHOLE_UP_TO_EM * size

    def finish(last: bool) -> None:
        nonlocal current, current_width, limit
        while current and current[-1] == " ":
            current_width -= text_width(current.pop(), font_name, size)
        lines.append(Line(tuple(current), current_width, last))
        current, current_width, limit = [], 0.0, width

    def cut(unit: str, clusters: bool) -> list[str]:
        """``unit`` in smaller pieces: at its spaces, else between its words, else (``clusters``) anywhere between
        character clusters; [] when it has no smaller piece of that kind."""
        if " " in unit:
            return _at_spaces(unit)
        pieces = _lexicon().inner_units(unit, lambda run: text_width(run, font_name, size) <= longest_kept)
        if len(pieces) > 1:
            return pieces
        return _split_long(unit, font_name, size, limit) if clusters else []

    queue = units[::-1]  # a stack: the next unit at its end
    while queue:
        unit = queue.pop()
        if unit == " " and not current:
            continue
        unit_width = text_width(unit, font_name, size)
        if current and current_width + unit_width > limit + 1e-6:
            if unit == " ":
                continue
            # A long name or run that does not fit the rest of the line fills it with its first words rather than
            # leave it short; a shorter one moves to the next line whole.
            pieces = cut(unit, clusters=False) if unit_width > longest_kept else []
            if len(pieces) > 1:
                queue += pieces[::-1]
                continue
            finish(last=False)
        if not current and unit_width > limit + 1e-6:
            pieces = cut(unit, clusters=True)
            if len(pieces) > 1:
                queue += pieces[::-1]
                continue
        current.append(unit)
        current_width += unit_width
    if current or not lines:
        finish(last=True)
    return lines


def _actual_text(text: str) -> str:
    """The marked-content operator opening a span whose extracted text is ``text`` (UTF-16BE with its BOM)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


@dataclass(frozen=True)
class _Piece:
    """What ``draw_line`` draws: a word (in its ActualText span) or a space; ``stretch_after`` says whether the
    boundary after a word is one the line may widen (between two units, not inside one)."""

    text: str
    space: bool
    stretch_after: bool


def _pieces(units: tuple[str, ...]) -> list[_Piece]:
    pieces: list[_Piece] = []
    last = len(units) - 1
    for index, unit in enumerate(units):
        if unit == " ":
            pieces.append(_Piece(unit, True, False))
            continue
        next_is_word = index < last and units[index + 1] != " "
        if " " not in unit:
            pieces.append(_Piece(unit, False, next_is_word))
            continue
        words = unit.split(" ")
        for position, word in enumerate(words):
            if position:
                pieces.append(_Piece(" ", True, False))
            if word:
                pieces.append(_Piece(word, False, next_is_word and position + 1 == len(words)))
    return pieces


def stretch(
    spare: float, spaces: int, word_gaps: int, size: float, space_width: float
) -> tuple[float, float]:
    """The width added to each space and to each boundary between words without a space, to use up ``spare`` points
    on a justified line: spaces first, up to ``SPACE_MAX_EM``; then word boundaries, up to ``WORD_STRETCH_EM``.
    (0, 0) when that is not enough: the line is set ragged-right."""
    if spare <= 1e-6:
        return 0.0, 0.0
    space_room = max(0.0, SPACE_MAX_EM * size - space_width)
    if spaces and spare <= spaces * space_room:
        return spare / spaces, 0.0
    rest = spare - spaces * space_room
    if word_gaps and rest <= word_gaps * WORD_STRETCH_EM * size:
        return space_room, rest / word_gaps
    return 0.0, 0.0


class _DocumentMemory:
    """What one document's lines reuse while its export runs in ``words_kept_whole``: the PDF operators of a shaped
    run (by font, size, text, part of the run and the font subset in use before it; with the subset in use after:
    the subsets are the document's own) and the ActualText operator of a word."""

    def __init__(self) -> None:
        self.operators: dict[tuple[str, float, str, str, int], tuple[str, int]] = {}
        self.actual_text: dict[str, str] = {}


_MEMORY: weakref.WeakKeyDictionary[Any, _DocumentMemory] = weakref.WeakKeyDictionary()


def _memory(canvas: Canvas) -> _DocumentMemory | None:
    if _CURRENT_LEXICON.get() is None:
        return None
    memory = _MEMORY.get(canvas._doc)
    if memory is None:
        memory = _MEMORY[canvas._doc] = _DocumentMemory()
    return memory


def _text_out(
    text: PDFTextObject,
    memory: _DocumentMemory | None,
    source: str,
    part: Literal["all", "head", "tail"],
    font_name: str,
    size: float,
) -> None:
    """Draw the shaped ``source`` (``head``: all its glyphs but the last; ``tail``: the last) at the text cursor.

    The same as ``text.textOut`` of the shaped run, with the operators remembered in ``memory``: reportlab formats a
    shaped run glyph by glyph, the slowest step of an export.
    """
    key = (font_name, size, source, part, text._curSubset)
    remembered = memory.operators.get(key) if memory is not None else None
    if remembered is None:
        run = shaped(source, font_name, size)
        if part == "head":
            run = run[:-1]
        elif part == "tail":
            run = run[-1:]
        operators = text._formatText(run)
        remembered = (operators, text._curSubset)
        if memory is not None:
            memory.operators[key] = remembered
    text._code.append(remembered[0])
    text._curSubset = remembered[1]


def _span(memory: _DocumentMemory | None, word: str) -> str:
    if memory is None:
        return _actual_text(word)
    span = memory.actual_text.get(word)
    if span is None:
        span = memory.actual_text[word] = _actual_text(word)
    return span


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, font_name: str, size: float, width: float, align: Align
) -> None:
    """Draw ``line`` with its baseline at ``y`` in a column starting at ``x`` of ``width`` points.

    Each word is wrapped in its ActualText span; justification (``stretch``) widens the spaces and the last glyph of
    words, so the gaps between words grow and the words themselves do not.
    """
    if not line.units:
        return
    pieces = _pieces(line.units)
    space_stretch = word_stretch = 0.0
    if align == "justify" and not line.last:
        space_stretch, word_stretch = stretch(
            width - line.width,
            sum(piece.space for piece in pieces),
            sum(piece.stretch_after for piece in pieces),
            size,
            text_width(" ", font_name, size),
        )
    if align == "centre":
        x += (width - line.width) / 2
    elif align == "right":
        x += width - line.width
    text = canvas.beginText(x, y)
    text.setFont(font_name, size)
    memory = _memory(canvas)
    for piece in pieces:
        if piece.space:
            if space_stretch:
                text.setCharSpace(space_stretch)
                _text_out(text, memory, piece.text, "all", font_name, size)
                text.setCharSpace(0)
            else:
                _text_out(text, memory, piece.text, "all", font_name, size)
            continue
        # reportlab has no public call for an operator inside a text object; marked content must nest in it.
        text._code.append(_span(memory, piece.text))
        if word_stretch and piece.stretch_after:
            _text_out(text, memory, piece.text, "head", font_name, size)
            text.setCharSpace(word_stretch)
            _text_out(text, memory, piece.text, "tail", font_name, size)
            text.setCharSpace(0)
        else:
            _text_out(text, memory, piece.text, "all", font_name, size)
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
        self._units: list[str] | None = None
        self._laid_out_in: float | None = None

    def _layout(self, avail_width: float) -> None:
        # reportlab asks a paragraph's size several times (to keep it with the next, to split it); the same width
        # gives the same lines.
        self._column = avail_width - self.left_indent
        if self._given_lines is None and self._laid_out_in != self._column:
            if self._units is None:
                self._units = break_units(self.text)
            self.lines = _layout_units(
                self._units, self.font_name, self.size, self._column, self._column - self.first_indent
            )
            self._laid_out_in = self._column

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
