"""Thai digits (๐๑๒๓๔๕๖๗๘๙): official documents often print numbers with them, and people type them.

``digits_as_chosen`` writes a document's text in the digits the user chose for it, whichever digits were typed,
except where the text must stay as it was written: spans the caller names (case codes) and anything inside
quotation marks (“…”, "…", ‘…’), which quotes someone's words or a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

ARABIC_DIGITS = "0123456789"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

Digits = Literal["arabic", "thai"]
Span = tuple[int, int]  # [start, end) of a piece of text

_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)
_ANY_DIGIT = re.compile(f"[{ARABIC_DIGITS}{THAI_DIGITS}]")
# A quotation is closed on the same string; an opening mark left alone quotes nothing.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")


def to_thai_digits(s: str) -> str:
    """Every Arabic digit of ``s`` written as a Thai digit; everything else unchanged."""
    return s.translate(_TO_THAI)


def to_arabic_digits(s: str) -> str:
    """Every Thai digit of ``s`` written as an Arabic digit; everything else unchanged."""
    return s.translate(_TO_ARABIC)


def digits_as_chosen(text: str, digits: Digits, kept: Iterable[Span] = ()) -> str:
    """``text`` with every digit in the chosen form, except inside the ``kept`` spans and inside quotation marks,
    which come back exactly as they were typed."""
    if not _ANY_DIGIT.search(text):
        return text
    convert = to_thai_digits if digits == "thai" else to_arabic_digits
    spans = sorted([*kept, *(match.span() for match in QUOTED.finditer(text))])
    pieces, done = [], 0
    for start, end in spans:
        if end <= done:
            continue
        start = max(start, done)
        pieces += [convert(text[done:start]), text[start:end]]
        done = end
    pieces.append(convert(text[done:]))
    return "".join(pieces)
