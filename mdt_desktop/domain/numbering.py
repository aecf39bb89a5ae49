"""Meeting numbers: ครั้งที่ n/ปี พ.ศ., counted per body and per Buddhist year.

The next number is one more than the highest used, so a deleted or skipped number leaves a gap and is never
given again: a number once circulated on paper must keep meaning one meeting.
"""

from __future__ import annotations

from collections.abc import Iterable

from mdt_desktop.thai.dates import Digits
from mdt_desktop.thai.digits import to_thai_digits


def next_meeting_number(existing: Iterable[int]) -> int:
    """The number of a new meeting, given the numbers this body already used this Buddhist year."""
    return max(existing, default=0) + 1


def meeting_number_label(number: int, year_be: int, digits: Digits = "arabic") -> str:
    """ "3/2569", as written after ครั้งที่ in the minutes."""
    label = f"{number}/{year_be}"
    return to_thai_digits(label) if digits == "thai" else label
