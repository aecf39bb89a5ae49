"""Thai digits (๐๑๒๓๔๕๖๗๘๙): official documents often print numbers with them, and people type them."""

from __future__ import annotations

ARABIC_DIGITS = "0123456789"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)


def to_thai_digits(s: str) -> str:
    """Every Arabic digit of ``s`` written as a Thai digit; everything else unchanged."""
    return s.translate(_TO_THAI)


def to_arabic_digits(s: str) -> str:
    """Every Thai digit of ``s`` written as an Arabic digit; everything else unchanged."""
    return s.translate(_TO_ARABIC)
