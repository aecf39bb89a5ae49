"""Pseudonymous case codes: PREFIX-YEAR-RUNNING, e.g. "MKL-2569-0042".

The running number restarts every Buddhist year and is counted per prefix (usually a district's code), so two
bodies sharing a database never collide and a code says nothing about the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mdt_desktop.refusal import Message, Refusal

RUNNING_DIGITS = 4
# A case code inside running text ("กรณี MKL-2569-0042"): a prefix without spaces, a 4-digit year, the running number.
# The prefix starts only where a run of its characters starts (the look-behind), which finds the same codes and
# keeps the search linear: without it a long run without spaces (a 1 MB field) is tried from every character.
CODE_IN_TEXT = re.compile(rf"(?<![^\s\-()])[^\s\-()]+-\d{{4}}-\d{{{RUNNING_DIGITS},}}")


PREFIX_WITH_SPACES = Message(
    th="รหัสของคณะ/ทีมหรือพื้นที่ใช้เป็นรหัสกรณีไม่ได้: ต้องไม่ว่างและไม่มีช่องว่าง แก้รหัสในหน้าตั้งค่าก่อน",
    en="The code of the body or area cannot start a case code: it must not be empty or contain spaces. "
    "Change the code in the settings first",
)


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
