"""Thai digits as printed in official documents and as people type them."""

from __future__ import annotations

from mdt_desktop.thai.digits import to_arabic_digits, to_thai_digits


def test_every_digit_converts_to_thai() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"


def test_text_around_digits_is_kept() -> None:
    assert to_thai_digits("ครั้งที่ 3/2569") == "ครั้งที่ ๓/๒๕๖๙"
    assert to_arabic_digits("ครั้งที่ ๓/๒๕๖๙") == "ครั้งที่ 3/2569"


def test_round_trip() -> None:
    text = "09.30 น. วันที่ 21/11/2569 เลขที่ 0042"
    assert to_arabic_digits(to_thai_digits(text)) == text
