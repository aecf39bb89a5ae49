"""Pseudonymous case codes: PREFIX-YEAR-RUNNING, counted per prefix and Buddhist year."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.case_codes import (
    CaseCodes,
    checked_hand_code,
    comparable_code,
    make_case_code,
    next_running_number,
)
from mdt_desktop.refusal import Refusal


def test_code_has_four_digit_running_number() -> None:
    assert make_case_code("MKL", 2569, 42) == "MKL-2569-0042"


def test_running_number_is_counted_per_prefix_and_year() -> None:
    codes = ["MKL-2569-0001", "MKL-2569-0007", "MKL-2568-0031", "MSS-2569-0050", "MKL-A-2569-0090"]
    assert next_running_number(codes, "MKL", 2569) == 8
    assert next_running_number(codes, "MKL", 2568) == 32
    assert next_running_number(codes, "MSS", 2569) == 51
    assert next_running_number(codes, "MKL-A", 2569) == 91


def test_a_new_year_starts_at_1() -> None:
    assert next_running_number(["MKL-2569-0120"], "MKL", 2570) == 1
    assert make_case_code("MKL", 2570, next_running_number(["MKL-2569-0120"], "MKL", 2570)) == "MKL-2570-0001"


def test_codes_of_other_shapes_are_ignored() -> None:
    assert next_running_number(["MKL-2569-abc", "XMKL-2569-0200", "MKL-2569-0003"], "MKL", 2569) == 4


def test_sequence_of_new_cases() -> None:
    codes: list[str] = []
    for _ in range(3):
        codes.append(make_case_code("MDT", 2569, next_running_number(codes, "MDT", 2569)))
    assert codes == ["MDT-2569-0001", "MDT-2569-0002", "MDT-2569-0003"]


def test_a_prefix_the_team_typed_badly_is_refused_and_a_bad_running_number_is_a_bug() -> None:
    with pytest.raises(Refusal):
        make_case_code("", 2569, 1)
    with pytest.raises(Refusal) as refused:
        make_case_code("M K", 2569, 1)
    assert "ช่องว่าง" in refused.value.message("th")
    with pytest.raises(ValueError):
        make_case_code("MKL", 2569, 0)


def _found(codes: CaseCodes, text: str) -> list[str]:
    return sorted({text[start:end] for start, end in codes.spans(text)})


def test_codes_of_the_usual_shape_are_found_with_any_count_of_running_digits_and_thai_digits() -> None:
    codes = CaseCodes()
    assert _found(codes, "กรณี MKL-2569-042 และ MKL-2569-0042") == ["MKL-2569-0042", "MKL-2569-042"]
    assert _found(codes, "กรณี MKL-๒๕๖๙-๐๔๒ ส่งต่อ") == ["MKL-๒๕๖๙-๐๔๒"]


def test_codes_of_the_database_are_found_by_lookup_whatever_their_shape() -> None:
    codes = CaseCodes(["ตก12/2569", "KPP2569A7", "ทส-๐๔๒", "NO-DIGITS"])
    text = "กรณีตก12/2569ได้รับการช่วยเหลือ ส่วน KPP2569A7 และ ทส-042 รอผล 12/2569"
    assert _found(codes, text) == ["KPP2569A7", "ตก12/2569", "ทส-042"]


def test_a_known_code_inside_a_longer_number_or_word_is_not_that_code() -> None:
    codes = CaseCodes(["MKL-2569-042", "AB12"])
    assert _found(codes, "MKL-2569-0421 XAB12 AB123") == [
        "MKL-2569-0421"
    ]  # the usual shape, not the known code


def test_the_longest_known_code_wins() -> None:
    codes = CaseCodes(["ตก12", "ตก12/2569"])
    assert _found(codes, "กรณี ตก12/2569") == ["ตก12/2569"]


def test_a_hand_code_is_kept_as_typed_and_refused_when_empty_or_too_long() -> None:
    assert checked_hand_code("  ตก ๑๒/๒๕๖๙ ") == "ตก ๑๒/๒๕๖๙"
    assert comparable_code(" MKL-๒๕๖๙-๐๔๒") == "MKL-2569-042"
    with pytest.raises(Refusal):
        checked_hand_code("   ")
    with pytest.raises(Refusal):
        checked_hand_code("X" * 41)
