"""Buddhist-Era dates and times as Thai people write, type and read them; the Thai fiscal year.

พ.ศ. = ค.ศ. + 543. What the program stores is always a ``datetime.date``; this module turns it into text for
screens and documents and reads back what a secretary types.

Rule for years typed by hand (no guessing between eras): a 4-digit year of 2400 or more is พ.ศ.;
a 2-digit year is พ.ศ. 25xx ("69" is 2569); any other year (for instance 2026, a ค.ศ. year typed by habit)
is refused with a message that asks for the พ.ศ. year, because reading it silently as ค.ศ. would hide a slip.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Literal

from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.thai.digits import to_arabic_digits, to_thai_digits

BE_OFFSET = 543
# Lowest year accepted as พ.ศ.; below it a 4-digit year is taken for a ค.ศ. year typed by mistake.
MIN_BE_YEAR = 2400

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

DateStyle = Literal["long", "short", "numeric"]
Digits = Literal["arabic", "thai"]
DateProblem = Literal["format", "impossible", "ce_year"]
TimeProblem = Literal["format", "impossible"]


def to_be(year_ce: int) -> int:
    return year_ce + BE_OFFSET


def to_ce(year_be: int) -> int:
    return year_be - BE_OFFSET


def fiscal_year_be(d: date) -> int:
    """The fiscal year (ปีงบประมาณ) N, in พ.ศ., runs from 1 October of N-1 to 30 September of N."""
    return to_be(d.year + 1 if d.month >= 10 else d.year)


def fiscal_year_bounds(year_be: int) -> tuple[date, date]:
    """First and last day of fiscal year ``year_be`` (พ.ศ.)."""
    year_ce = to_ce(year_be)
    return date(year_ce - 1, 10, 1), date(year_ce, 9, 30)


def _digits(text: str, digits: Digits) -> str:
    return to_thai_digits(text) if digits == "thai" else text


def format_date(d: date, style: DateStyle = "numeric", digits: Digits = "arabic") -> str:
    """long: "21 พฤศจิกายน พ.ศ. 2569"; short: "21 พ.ย. 2569"; numeric: "21/11/2569".

    Numeric pads day and month to two digits so that dates line up in lists; the others write them as read."""
    year = to_be(d.year)
    if style == "long":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} พ.ศ. {year}"
    elif style == "short":
        text = f"{d.day} {THAI_MONTHS_SHORT[d.month - 1]} {year}"
    else:
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    return _digits(text, digits)


def format_time(t: time, digits: Digits = "arabic") -> str:
    """The official way: "09.30 น."."""
    return _digits(f"{t.hour:02d}.{t.minute:02d} น.", digits)


_EXPECTED_DATE_TH = "พิมพ์วันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 21/11/2569, 21/11/69 หรือ 21 พ.ย. 2569"
_EXPECTED_DATE_EN = "type the date as day/month/Buddhist-Era year, e.g. 21/11/2569, 21/11/69 or 21 พ.ย. 2569"

# The typed text is never part of a message: it may be a date of birth, and exceptions end up in logs.
NOT_A_DATE = Message(th=f"อ่านวันที่ไม่ได้: {_EXPECTED_DATE_TH}", en=f"This is not a date: {_EXPECTED_DATE_EN}")
IMPOSSIBLE_DATE = Message(
    th="ไม่มีวันที่นี้ในปฏิทิน (เช่น 31/02/2569): ตรวจวันและเดือนอีกครั้ง",
    en="This day does not exist in the calendar (e.g. 31/02/2569): check the day and the month",
)
CE_YEAR = Message(
    th=f"ปีต้องเป็น พ.ศ. (ค.ศ. + 543 เช่น 2026 คือ 2569): {_EXPECTED_DATE_TH}",
    en=f"The year must be Buddhist Era (CE + 543, e.g. 2026 is 2569): {_EXPECTED_DATE_EN}",
)
NOT_A_TIME = Message(
    th="อ่านเวลาไม่ได้: พิมพ์เป็น ชั่วโมง.นาที เช่น 09.30 หรือ 13.00 น.",
    en="This is not a time: type hours.minutes, e.g. 09.30 or 13.00",
)
IMPOSSIBLE_TIME = Message(
    th="ไม่มีเวลานี้: ชั่วโมง 0-23 และนาที 0-59", en="This time does not exist: hours 0-23 and minutes 0-59"
)
_DATE_MESSAGES: dict[DateProblem, Message] = {
    "format": NOT_A_DATE,
    "impossible": IMPOSSIBLE_DATE,
    "ce_year": CE_YEAR,
}
_TIME_MESSAGES: dict[TimeProblem, Message] = {"format": NOT_A_TIME, "impossible": IMPOSSIBLE_TIME}


class DateFormatError(Refusal):
    """Raised by ``parse_date``; ``problem`` is "format", "impossible" or "ce_year".

    ``message(language)`` tells the person, in Thai ("th") or English, what to type instead."""

    def __init__(self, problem: DateProblem) -> None:
        super().__init__(_DATE_MESSAGES[problem])
        self.problem: DateProblem = problem


class TimeFormatError(Refusal):
    """Raised by ``parse_time``; ``problem`` is "format" or "impossible"; ``message(language)`` as above."""

    def __init__(self, problem: TimeProblem) -> None:
        super().__init__(_TIME_MESSAGES[problem])
        self.problem: TimeProblem = problem


_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d+)")
_NAMED_DATE = re.compile(r"(\d{1,2})\s*([\u0E01-\u0E4E.\s]+?)\s*(\d+)")
# "พ.ศ." written before the year, with or without its dots; no month name contains the letters พศ in a row.
_ERA_MARK = re.compile(r"พ\.?\s*ศ\.?")
_LEADING_WORD = re.compile(r"^วันที่\s*")


def _month_key(name: str) -> str:
    return re.sub(r"[.\s]", "", name)


_MONTH_BY_NAME: dict[str, int] = {
    **{_month_key(name): number for number, name in enumerate(THAI_MONTHS, start=1)},
    **{_month_key(name): number for number, name in enumerate(THAI_MONTHS_SHORT, start=1)},
}


def _year_ce(typed: str) -> int:
    if len(typed) == 2:
        return to_ce(2500 + int(typed))
    if len(typed) == 4:
        year = int(typed)
        if year < MIN_BE_YEAR:
            raise DateFormatError("ce_year")
        return to_ce(year)
    raise DateFormatError("format")


def parse_date(text: str) -> date:
    """Read a พ.ศ. date as typed: 21/11/2569, 21/11/69, 21-11-2569, 21.11.2569, 21 พ.ย. 2569,
    21 พฤศจิกายน 2569, 21 พฤศจิกายน พ.ศ. 2569, with Arabic or Thai digits. Raises ``DateFormatError``."""
    cleaned = _LEADING_WORD.sub("", to_arabic_digits(text).strip())
    numeric = _NUMERIC_DATE.fullmatch(cleaned)
    if numeric:
        day, month, year_text = int(numeric.group(1)), int(numeric.group(3)), numeric.group(4)
    else:
        named = _NAMED_DATE.fullmatch(_ERA_MARK.sub(" ", cleaned).strip())
        if not named:
            raise DateFormatError("format")
        month_number = _MONTH_BY_NAME.get(_month_key(named.group(2)))
        if month_number is None:
            raise DateFormatError("format")
        day, month, year_text = int(named.group(1)), month_number, named.group(3)
    year = _year_ce(year_text)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateFormatError("impossible") from error


_TIME = re.compile(r"(\d{1,2})(?:\s*[.:]\s*(\d{2}))?(\s*(?:น\.?|นาฬิกา))?")


def parse_time(text: str) -> time:
    """Read a time as typed: "9.30", "09:30", "09.30 น.", "13 น.", with Arabic or Thai digits."""
    match = _TIME.fullmatch(to_arabic_digits(text).strip())
    # A bare number ("9") is too ambiguous to be a time; "9 น." is not.
    if not match or (match.group(2) is None and match.group(3) is None):
        raise TimeFormatError("format")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise TimeFormatError("impossible")
    return time(hour, minute)
