"""Buddhist-Era dates: conversion, formatting, the fiscal year, and reading what a secretary types."""

from __future__ import annotations

from datetime import date, time

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.thai.dates import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    DateFormatError,
    TimeFormatError,
    fiscal_year_be,
    fiscal_year_bounds,
    format_date,
    format_time,
    parse_date,
    parse_time,
    to_be,
    to_ce,
)

NOV_21 = date(2026, 11, 21)


def test_buddhist_era_is_common_era_plus_543() -> None:
    assert to_be(2026) == 2569
    assert to_ce(2569) == 2026


def test_year_boundary_changes_the_buddhist_year() -> None:
    assert format_date(date(2026, 12, 31)) == "31/12/2569"
    assert format_date(date(2027, 1, 1)) == "01/01/2570"


def test_month_names() -> None:
    assert len(THAI_MONTHS) == len(THAI_MONTHS_SHORT) == 12
    assert (THAI_MONTHS[0], THAI_MONTHS[10], THAI_MONTHS[11]) == ("มกราคม", "พฤศจิกายน", "ธันวาคม")
    assert (THAI_MONTHS_SHORT[0], THAI_MONTHS_SHORT[10]) == ("ม.ค.", "พ.ย.")


@pytest.mark.parametrize(
    ("style", "digits", "expected"),
    [
        ("long", "arabic", "21 พฤศจิกายน พ.ศ. 2569"),
        ("short", "arabic", "21 พ.ย. 2569"),
        ("numeric", "arabic", "21/11/2569"),
        ("long", "thai", "๒๑ พฤศจิกายน พ.ศ. ๒๕๖๙"),
        ("numeric", "thai", "๒๑/๑๑/๒๕๖๙"),
    ],
)
def test_format_date(style: str, digits: str, expected: str) -> None:
    assert format_date(NOV_21, style, digits) == expected  # type: ignore[arg-type]


def test_long_date_does_not_pad_the_day() -> None:
    assert format_date(date(2027, 1, 5), "long") == "5 มกราคม พ.ศ. 2570"


def test_format_time_is_the_official_way() -> None:
    assert format_time(time(9, 30)) == "09.30 น."
    assert format_time(time(13, 0), digits="thai") == "๑๓.๐๐ น."


@pytest.mark.parametrize(
    ("day", "fiscal_year"),
    [
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2026, 1, 1), 2569),
        (date(2026, 9, 30), 2569),
        (date(2026, 10, 1), 2570),
    ],
)
def test_fiscal_year_starts_on_1_october(day: date, fiscal_year: int) -> None:
    assert fiscal_year_be(day) == fiscal_year


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2569) == (date(2025, 10, 1), date(2026, 9, 30))


@pytest.mark.parametrize(
    "typed",
    [
        "21/11/2569",
        "21/11/69",
        "21-11-2569",
        "21.11.2569",
        " 21 / 11 / 2569 ",
        "21 พ.ย. 2569",
        "21 พย 2569",
        "21 พฤศจิกายน 2569",
        "21 พฤศจิกายน พ.ศ. 2569",
        "วันที่ 21 พฤศจิกายน พ.ศ. 2569",
        "๒๑/๑๑/๒๕๖๙",
        "๒๑ พ.ย. ๖๙",
    ],
)
def test_parse_date_accepts_what_people_type(typed: str) -> None:
    assert parse_date(typed) == NOV_21


def test_parse_date_reads_what_format_date_writes() -> None:
    for style in ("long", "short", "numeric"):
        for digits in ("arabic", "thai"):
            assert parse_date(format_date(date(2027, 2, 28), style, digits)) == date(2027, 2, 28)  # type: ignore[arg-type]


def test_leap_day_exists_only_in_leap_years() -> None:
    assert parse_date("29/02/2571") == date(2028, 2, 29)
    with pytest.raises(DateFormatError) as caught:
        parse_date("29/02/2569")
    assert caught.value.problem == "impossible"


def test_impossible_date_is_refused_with_a_clear_message() -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date("31/02/2569")
    assert caught.value.problem == "impossible"
    assert "ไม่มีวันที่นี้ในปฏิทิน" in caught.value.message("th")
    assert "does not exist" in caught.value.message("en")


def test_common_era_year_is_refused_and_the_message_asks_for_buddhist_era() -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date("21/11/2026")
    assert caught.value.problem == "ce_year"
    assert "พ.ศ." in caught.value.message("th")
    assert "2569" in caught.value.message("th")
    assert "Buddhist Era" in caught.value.message("en")


@pytest.mark.parametrize(
    "typed", ["", "hello", "21/11", "21/11/569", "21 ฟฟ 2569", "21/11-2569", "2569-11-21"]
)
def test_unreadable_date_tells_the_expected_format(typed: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(typed)
    assert caught.value.problem == "format"
    assert "21/11/2569" in caught.value.message("th")
    assert "day/month" in caught.value.message("en")


def test_error_text_never_repeats_what_was_typed() -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date("31/02/2511")
    assert "2511" not in str(caught.value)
    assert "2511" not in caught.value.message("th")


def test_a_date_that_cannot_be_read_is_a_refusal_in_both_languages() -> None:
    with pytest.raises(Refusal) as refused:
        parse_date("31/04/2569")
    assert "ไม่มีวันที่นี้" in refused.value.message("th")
    assert "does not exist" in refused.value.message("en")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9.30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("09.30 น.", time(9, 30)),
        ("13 น.", time(13, 0)),
        ("๐๙.๓๐ น.", time(9, 30)),
        ("16.00 นาฬิกา", time(16, 0)),
    ],
)
def test_parse_time(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


def test_parse_time_refuses_nonsense_and_impossible_times() -> None:
    with pytest.raises(TimeFormatError) as bare:
        parse_time("9")
    assert bare.value.problem == "format"
    assert "09.30" in bare.value.message("th")
    with pytest.raises(TimeFormatError) as impossible:
        parse_time("25.00")
    assert impossible.value.problem == "impossible"
    assert "0-23" in impossible.value.message("en")
