"""Pseudonymous case codes: PREFIX-YEAR-RUNNING, counted per prefix and Buddhist year."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.case_codes import make_case_code, next_running_number
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
