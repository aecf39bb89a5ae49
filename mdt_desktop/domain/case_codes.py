"""Pseudonymous case codes: PREFIX-YEAR-RUNNING, e.g. "MKL-2569-0042", and the codes an office already had.

The running number restarts every Buddhist year and is counted per prefix (usually a district's code), so two
bodies sharing a database never collide and a code says nothing about the person. Codes of an office's paper
register are registered by hand in whatever shape they have ("MKL-2569-042", "ตก12/2569", Thai digits): a code is
an identifier people search for as written, so documents find codes in their text (``CaseCodes``) to print them
exactly as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.thai.digits import Span, to_arabic_digits

RUNNING_DIGITS = 4
# A case code of the usual shape inside running text ("กรณี MKL-2569-0042"): a prefix without spaces, a 4-digit
# year, the running number with any count of digits (an office's own register may use three), Arabic or Thai
# digits. The prefix starts only where a run of its characters starts (the look-behind), which finds the same codes
# and keeps the search linear: without it a long run without spaces (a 1 MB field) is tried from every character.
CODE_IN_TEXT = re.compile(r"(?<![^\s\-()])[^\s\-()]+-\d{4}-\d+")
_DIGIT_RUN = re.compile(r"[0-9]+")  # in text whose Thai digits were made Arabic
_WORD_CHARACTER = re.compile(r"[0-9A-Za-z]")


PREFIX_WITH_SPACES = Message(
    th="รหัสของคณะ/ทีมหรือพื้นที่ใช้เป็นรหัสกรณีไม่ได้: ต้องไม่ว่างและไม่มีช่องว่าง แก้รหัสในหน้าตั้งค่าก่อน",
    en="The code of the body or area cannot start a case code: it must not be empty or contain spaces. "
    "Change the code in the settings first",
)


CODE_EMPTY = Message(th="โปรดพิมพ์รหัสกรณี", en="Type the case code")
CODE_TOO_LONG = Message(
    th="รหัสกรณียาวเกิน {limit} ตัวอักษร", en="A case code cannot be longer than {limit} characters"
)
CODE_MAX_LENGTH = 40  # the database column's width


def comparable_code(code: str) -> str:
    """A code as it is compared: the same whether its digits were typed Thai or Arabic ("MKL-๒๕๖๙-๐๔๒" is
    "MKL-2569-042"), spaces at its ends ignored; letters are compared as they are."""
    return to_arabic_digits(code.strip())


def checked_hand_code(code: str) -> str:
    """A code typed by hand (from an office's existing register), stripped of spaces at its ends and otherwise
    kept exactly as typed; refused when empty or longer than the database holds."""
    code = code.strip()
    if not code:
        raise Refusal(CODE_EMPTY)
    if len(code) > CODE_MAX_LENGTH:
        raise Refusal(CODE_TOO_LONG, limit=CODE_MAX_LENGTH)
    return code


class CaseCodes:
    """Finds the case codes in a document's text: every code of the database by lookup, whatever its shape, and
    codes of the usual shape (``CODE_IN_TEXT``) that the database does not hold (another district's case).

    Only codes with a digit matter to a document (digits are what an export rewrites). A code is found where its
    first run of digits starts a run of digits in the text, so the search costs one set lookup per run of digits
    and per shape of code (its length and where its digits begin), however many cases the database holds."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._known: set[str] = set()
        shapes: set[tuple[int, int]] = set()
        for code in known:
            normal = comparable_code(code)
            first_digit = _DIGIT_RUN.search(normal)
            if first_digit is not None:
                self._known.add(normal)
                shapes.add((first_digit.start(), len(normal)))
        self._shapes = sorted(
            shapes, key=lambda shape: -shape[1]
        )  # the longest code wins where two could match

    def spans(self, text: str) -> list[Span]:
        """Where codes are in ``text``, as [start, end) spans (they may overlap)."""
        found = [match.span() for match in CODE_IN_TEXT.finditer(text)]
        if not self._known:
            return found
        normal = to_arabic_digits(text)  # character for character: the positions stay the same
        for run in _DIGIT_RUN.finditer(normal):
            for offset, length in self._shapes:
                start, end = run.start() - offset, run.start() - offset + length
                if start >= 0 and normal[start:end] in self._known and _stands_alone(normal, start, end):
                    found.append((start, end))
                    break
        return found


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A code is not part of a longer number or word: "MKL-2569-042" is not found in "MKL-2569-0421"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not _WORD_CHARACTER.match(before) and not _WORD_CHARACTER.match(after)


def make_case_code(prefix: str, year_be: int, running: int) -> str:
    """The code; refused when the prefix (a code the team typed for its body or area) is empty or has spaces."""
    if not prefix.strip() or any(character.isspace() for character in prefix):
        raise Refusal(PREFIX_WITH_SPACES)
    if running < 1:
        raise ValueError("A case's running number starts at 1")
    return f"{prefix}-{year_be}-{running:0{RUNNING_DIGITS}d}"


def next_running_number(existing_codes: Iterable[str], prefix: str, year_be: int) -> int:
    """One more than the highest running number among the codes of this prefix and year (gaps stay gaps)."""
    pattern = re.compile(rf"{re.escape(prefix)}-{year_be}-(\d+)")
    numbers = (int(match.group(1)) for code in existing_codes if (match := pattern.fullmatch(code.strip())))
    return max(numbers, default=0) + 1
