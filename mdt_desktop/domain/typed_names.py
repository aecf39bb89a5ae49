"""Identifying words typed where only case codes belong: a person's name after a title, a Thai ID number, a phone
number, a house address.

The general minutes name cases by their code only (DOMAIN.md, privacy rules); a secretary typing fast still writes
"นายสมชาย ใจดี" or a phone number into a resolution. ``find_identifying`` finds such words so the editor can warn
in place and the general export can refuse; ``mask_identifying`` hides them on the chair's screen.

What counts, and why it is cut this way:

- a person's name after a Thai title (นาย, นาง, นางสาว, น.ส., เด็กชาย, เด็กหญิง, ด.ช., ด.ญ., …) or an English
  one (Mr, Mrs, Ms, Miss): the title must stand as a word of its own in pythainlp's segmentation, so a position or
  a trade spelled with a title (นายอำเภอ, นายก, นายจ้าง, นางพยาบาล) is a word of its own and is not a name; the name
  runs to the first space or a common word (ได้, ที่, อายุ, …) and takes the surname after one space; the
  placeholders minutes already use for nobody in particular (นาย ก, เด็กหญิง ข, นางสาวเอ) are not names;
- a 13-digit Thai ID number, plain or grouped 1-2345-67890-12-1, only with a correct check digit (the mod-11 rule:
  ``(11 - Σ dᵢ·(13-i) mod 11) mod 10`` over the first twelve digits), so a random long number is not an ID;
- a Thai phone number: mobile 0[689]x-xxx-xxxx, landline 0x-xxx-xxxx or 0xx-xxx-xxx (any grouping by dashes or
  spaces), or the +66 forms;
- a house address: บ้านเลขที่ N, เลขที่ N หมู่ N, N/N หมู่ (ม.) N, ซอย or ถนน with a number.

Thai digits count as digits everywhere. Finding is pure text work: nothing is logged, nothing leaves this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MASK = "▇▇▇"
_WORDS_BEFORE = 24  # characters looked at before a title, to see the word it belongs to
_NAME_ROOM = 80  # characters after a title that may hold a name and a surname


class IdentifyingKind(StrEnum):
    PERSON_NAME = "person_name"
    THAI_ID = "thai_id"
    PHONE = "phone"
    ADDRESS = "address"


@dataclass(frozen=True)
class Finding:
    """Identifying words at ``text[start:end]``."""

    start: int
    end: int
    kind: IdentifyingKind
    text: str


_D = "[0-9๐-๙]"
_SEP = "[- ]?"
_NO_DIGIT_BEFORE = "(?<![0-9๐-๙])(?<![0-9๐-๙][-/])"
_NO_DIGIT_AFTER = "(?![-/]?[0-9๐-๙])"
_ZERO = "[0๐]"

_THAI_ID = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?:{_D}{{13}}|{_D}[- ]{_D}{{4}}[- ]{_D}{{5}}[- ]{_D}{{2}}[- ]{_D}){_NO_DIGIT_AFTER}"
)

# However the digits are grouped (081-234-5678, 08-1234-5678, 0-2123-4567, 053 123 456): a mobile number is ten
# digits from 0[689], a landline nine from 0[2-7]; after +66 the leading 0 is dropped.
_MOBILE = rf"[689๖-๙](?:{_SEP}{_D}){{8}}"
_LANDLINE = rf"[2-7๒-๗](?:{_SEP}{_D}){{7}}"
_PHONE = re.compile(
    rf"(?:{_NO_DIGIT_BEFORE}{_ZERO}{_SEP}|\+66[- ]?(?:\(0\)[- ]?)?)(?:{_MOBILE}|{_LANDLINE}){_NO_DIGIT_AFTER}"
)

_NUMBER = rf"{_D}+(?:/{_D}+)?"
_VILLAGE = rf"(?:หมู่(?:ที่)?|ม\.)\s?{_D}+(?![0-9๐-๙/])"
_THAI_WORD = "[ก-ฮะ-ูเ-์]+"
_ADDRESS = re.compile(
    "|".join(
        (
            rf"บ้านเลขที่\s?{_NUMBER}(?:\s?{_VILLAGE})?",
            rf"เลขที่\s?{_NUMBER}\s?{_VILLAGE}",
            rf"{_NO_DIGIT_BEFORE}{_D}+/{_D}+\s?{_VILLAGE}",
            rf"{_NO_DIGIT_BEFORE}{_D}+\s?หมู่(?:ที่)?\s?{_D}+(?![0-9๐-๙/])",
            rf"(?:ซอย|ซ\.|ถนน|ถ\.)\s?(?:{_THAI_WORD}\s?)?{_NUMBER}(?![0-9๐-๙])",
        )
    )
)

# Longest first, so that นางสาว is tried before นาง.
_THAI_TITLES = ("เด็กหญิง", "เด็กชาย", "นางสาว", "ด.ญ.", "ด.ช.", "น.ส.", "นาย", "นาง", "ดญ.", "ดช.", "นส.")
_THAI_TITLE = re.compile("|".join(re.escape(title) for title in _THAI_TITLES))
_ENGLISH_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}")
_THAI_LETTERS = re.compile(_THAI_WORD)

# Words that end a name or show that a title was a plain noun ("เด็กหญิงอายุ 12 ปี", "นายตำรวจ"): what follows
# a title in ordinary minutes, kept short so that real names (สม, ศรี, มีสุข) still count.
_NOT_A_NAME = frozenset(
    {
        "ได้", "ได้รับ", "ไป", "มา", "และ", "กับ", "ที่", "ซึ่ง", "เป็น", "อายุ", "ไม่", "ถูก", "ยัง", "จะ",
        "ให้", "แจ้ง", "คน", "ดังกล่าว", "ทั้ง", "ทั้งสอง", "ของ", "ใน", "จาก", "เพื่อ", "โดย", "นั้น", "นี้",
        "อยู่", "ก็", "แต่", "หรือ", "เคย", "ต้อง", "ควร", "กล่าว", "รายงาน", "ทุก", "บาง", "หลาย", "อีก",
        "แล้ว", "พร้อม", "เมื่อ", "ว่า", "คือ", "ต่อ", "ตาม", "เข้า", "ออก", "กลับ", "ราย", "ท่าน", "เอง",
        "ตำรวจ", "ทหาร", "ประกัน", "ประกันตัว", "อำเภอ", "ทะเบียน", "แพทย์", "ช่าง", "ด่าน", "ทุน", "ห้าง",
        "จ้าง", "หน้า", "พยาบาล", "ผู้", "ผู้เสียหาย", "ซึ่งเป็น", "คนนี้", "คนหนึ่ง", "ทั้งหมด",
        "หนึ่ง", "สอง", "สาม", "ถึง", "เรียน", "ทราบ", "เห็น", "พบ", "ขอ", "ช่วย", "ร้อย", "สิบ", "พล", "เรือ",
        "วัย", "ชาว", "สัญชาติ", "จำนวน", "กลุ่ม", "เหล่านี้", "รายนี้",
    }
)  # fmt: skip


# A title followed by these is a rank or a trade written as two words (นาย ร้อยเวร, นาย ตำรวจ), not a name.
_POSITION_STARTS = (
    "ร้อย", "สิบ", "ตำรวจ", "ทหาร", "อำเภอ", "แพทย์", "ช่าง", "ด่าน", "ทะเบียน", "ประกัน", "จ้าง", "หน้า", "พยาบาล",
)  # fmt: skip

# The way minutes already hide a person: "นาย ก", "เด็กหญิง ข", "นางสาวเอ" stand for nobody in particular.
_PLACEHOLDERS = frozenset(
    [chr(letter) for letter in range(ord("ก"), ord("ฮ") + 1)] + ["เอ", "บี", "ซี", "เอกซ์"]
)


def thai_id_check_digit(first_twelve: str) -> int:
    """The check digit of a Thai ID number from its first twelve digits (Arabic or Thai)."""
    digits = [int(d) for d in first_twelve]
    total = sum(digit * (13 - position) for position, digit in enumerate(digits))
    return (11 - total % 11) % 10


def _is_thai_id(span: str) -> bool:
    digits = "".join(str(int(ch)) for ch in span if ch.isdigit())
    return len(digits) == 13 and thai_id_check_digit(digits[:12]) == int(digits[12])


def _tokens(text: str, offset: int) -> list[tuple[int, str]]:
    """pythainlp's words of ``text`` with their positions, ``offset`` added (imported here: the dictionary takes
    a moment to load, and most texts have no title at all)."""
    from pythainlp.tokenize import word_tokenize

    tokens: list[tuple[int, str]] = []
    position = offset
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        tokens.append((position, token))
        position += len(token)
    return tokens


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around a title that is segmented: from the whitespace before it (or a few words back, so a
    word that merely ends in a title, as เจ้านาย, is seen whole) to room for a name and a surname after it."""
    low = max(0, start - _WORDS_BEFORE)
    space = max(text.rfind(" ", low, start), text.rfind("\n", low, start))
    return (space + 1 if space >= 0 else low), min(len(text), end + _NAME_ROOM)


def _name_words(tokens: list[tuple[int, str]], index: int) -> int:
    """How many tokens from ``index`` make one word of a name: Thai letters up to a space or a common word."""
    count = 0
    while index + count < len(tokens):
        token = tokens[index + count][1]
        if not _THAI_LETTERS.fullmatch(token) or token in _NOT_A_NAME:
            break
        count += 1
    return count


def _thai_names(text: str) -> list[Finding]:
    if not _THAI_TITLE.search(text):
        return []
    findings: list[Finding] = []
    for match in _THAI_TITLE.finditer(text):
        # Only the stretch around each title is segmented: a long discussion is checked on every save.
        low, high = _window(text, match.start(), match.end())
        tokens = _tokens(text[low:high], low)
        index_at = {start: index for index, (start, _token) in enumerate(tokens)}
        index = index_at.get(match.start())
        # The title must be a word of its own: นายอำเภอ, นายจ้าง, นางพยาบาล, เจ้านาย are other words.
        if index is None or tokens[index][1] != match.group():
            continue
        index += 1
        if index < len(tokens) and tokens[index][1] == " ":
            index += 1
        given = _name_words(tokens, index)
        if (
            given == 0
            or tokens[index][1].startswith(_POSITION_STARTS)
            or "".join(token for _start, token in tokens[index : index + given]) in _PLACEHOLDERS
        ):
            continue
        index += given
        if index + 1 < len(tokens) and tokens[index][1] == " ":
            surname = _name_words(tokens, index + 1)
            if surname:
                index += 1 + surname
        last_start, last_token = tokens[index - 1]
        end = last_start + len(last_token)
        findings.append(Finding(match.start(), end, IdentifyingKind.PERSON_NAME, text[match.start() : end]))
    return findings


def _matches(pattern: re.Pattern[str], text: str, kind: IdentifyingKind) -> list[Finding]:
    return [Finding(m.start(), m.end(), kind, m.group()) for m in pattern.finditer(text)]


def find_identifying(text: str) -> list[Finding]:
    """Every identifying span of ``text``, in order of position; overlapping spans keep the first, longest one."""
    candidates = [
        *_thai_names(text),
        *_matches(_ENGLISH_NAME, text, IdentifyingKind.PERSON_NAME),
        *(f for f in _matches(_THAI_ID, text, IdentifyingKind.THAI_ID) if _is_thai_id(f.text)),
        *_matches(_PHONE, text, IdentifyingKind.PHONE),
        *_matches(_ADDRESS, text, IdentifyingKind.ADDRESS),
    ]
    candidates.sort(key=lambda finding: (finding.start, -finding.end))
    findings: list[Finding] = []
    for finding in candidates:
        if findings and finding.start < findings[-1].end:
            continue
        findings.append(finding)
    return findings


def mask_identifying(text: str) -> str:
    """``text`` with every identifying span replaced by ``MASK``: for a screen the whole room sees."""
    return replace_findings(text, find_identifying(text), MASK)


def replace_findings(text: str, findings: list[Finding], replacement: str) -> str:
    """``text`` with each of ``findings`` (spans of this very text, in order) replaced by ``replacement``."""
    pieces: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        pieces.append(text[position : finding.start])
        pieces.append(replacement)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
