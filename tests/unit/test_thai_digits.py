"""Thai digits as printed in official documents and as people type them."""

from __future__ import annotations

from mdt_desktop.thai.digits import digits_as_chosen, to_arabic_digits, to_thai_digits


def test_every_digit_converts_to_thai() -> None:
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"


def test_text_around_digits_is_kept() -> None:
    assert to_thai_digits("ครั้งที่ 3/2569") == "ครั้งที่ ๓/๒๕๖๙"
    assert to_arabic_digits("ครั้งที่ ๓/๒๕๖๙") == "ครั้งที่ 3/2569"


def test_round_trip() -> None:
    text = "09.30 น. วันที่ 21/11/2569 เลขที่ 0042"
    assert to_arabic_digits(to_thai_digits(text)) == text


def test_the_chosen_digits_replace_the_typed_ones_in_both_directions() -> None:
    assert digits_as_chosen("ครั้งที่ ๓/2569 เวลา 09.30", "thai") == "ครั้งที่ ๓/๒๕๖๙ เวลา ๐๙.๓๐"
    assert digits_as_chosen("ครั้งที่ ๓/2569 เวลา ๐๙.๓๐", "arabic") == "ครั้งที่ 3/2569 เวลา 09.30"


def test_quoted_words_keep_the_digits_they_were_typed_with() -> None:
    text = 'ผู้เสียหายแจ้งว่า “ทำงาน 12 ชั่วโมง” และ "ห้อง ๒๐๔" กับ ‘ซอย 7’ รวม 3 คน'
    assert digits_as_chosen(text, "thai") == 'ผู้เสียหายแจ้งว่า “ทำงาน 12 ชั่วโมง” และ "ห้อง ๒๐๔" กับ ‘ซอย 7’ รวม ๓ คน'
    assert (
        digits_as_chosen(text, "arabic") == 'ผู้เสียหายแจ้งว่า “ทำงาน 12 ชั่วโมง” และ "ห้อง ๒๐๔" กับ ‘ซอย 7’ รวม 3 คน'
    )


def test_an_opening_quotation_mark_left_alone_protects_nothing() -> None:
    assert digits_as_chosen("ขนาด 5” และ “ข้อ 7", "thai") == "ขนาด ๕” และ “ข้อ ๗"


def test_kept_spans_come_back_as_typed_even_when_they_overlap() -> None:
    text = "A-12 B-34 C-56"
    assert digits_as_chosen(text, "thai", [(0, 4), (2, 9)]) == "A-12 B-34 C-๕๖"
