"""The statistics report on a small database built here: the counts by hand, suppressed, and nothing identifying."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import CaseType, MeetingKind, Sex
from mdt_desktop.domain.suppression import Suppression
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import statistics
from mdt_desktop.storage.database import Database
from tests.statistics_fixtures import END, PLANTED_NAME, START, born, build_province


@pytest.fixture
def areas(database: Database) -> dict[str, int]:
    return build_province(database)


def published(report: statistics.StatisticsReport, key: str) -> dict[str, list[str]]:
    """The table as a reader sees it, rows with a count or a withheld cell; all-zero rows left out."""
    marks = {Suppression.SMALL: "<5", Suppression.COMPLEMENTARY: "*"}
    table = report.table(key)
    shown = {
        label: [str(cell.count) if cell.suppression is None else marks[cell.suppression] for cell in row]
        for label, row in zip(table.row_labels, table.table.cells, strict=True)
    }
    return {label: row for label, row in shown.items() if any(value != "0" for value in row)}


def test_cases_handled_in_the_period_by_type_sex_age_and_nationality(
    database: Database, areas: dict[str, int]
) -> None:
    report = statistics.report(database, START, END)
    # 6 + 1 + 5 = 12: with only the 5 as the complement, "*" + "<5" = 6 would make the "*" 5 (it is 0 or at
    # least 5) and the "<5" 1; the 6 is withheld too.
    assert published(report, "cases_by_type") == {
        "ความรุนแรงในครอบครัว": ["*"],
        CaseType.TRAFFICKING_LABOUR.th: ["<5"],
        "ความรุนแรงทางเพศ": ["*"],
    }
    assert report.table("cases_by_type").table.grand_total.count == 12
    assert published(report, "cases_by_sex") == {Sex.FEMALE.th: ["*"], Sex.MALE.th: ["<5"]}
    assert published(report, "cases_by_age") == {"15–17 ปี": ["<5"], "18–24 ปี": ["*"], "25–59 ปี": ["*"]}
    assert published(report, "cases_by_nationality") == {"ไทย": ["*"], "เมียนมา": ["<5"]}


def test_an_area_counts_only_the_teams_in_it(database: Database, areas: dict[str, int]) -> None:
    district_a = statistics.report(database, START, END, areas["a"])
    assert district_a.area_name == "เมืองลำปาง"
    assert district_a.table("cases_by_type").table.grand_total.count == 7
    district_b = statistics.report(database, START, END, areas["b"])
    assert published(district_b, "cases_by_type") == {"ความรุนแรงทางเพศ": ["5"]}
    assert published(district_b, "meetings_by_kind") == {}
    province = statistics.report(database, START, END, areas["province"])
    assert province.table("cases_by_type").table.grand_total.count == 12


def test_meetings_held_by_kind_leave_drafts_and_other_periods_out(
    database: Database, areas: dict[str, int]
) -> None:
    report = statistics.report(database, START, END)
    assert published(report, "meetings_by_kind") == {MeetingKind.REGULAR.th: ["5"]}


def test_actions_per_agency_on_time_late_not_done_and_open(database: Database, areas: dict[str, int]) -> None:
    report = statistics.report(database, START, END)
    table = report.table("actions_by_agency")
    assert table.column_labels == statistics.ACTION_COLUMNS
    # พมจ.: 5 on time, 5 late, 10 not done, 0 changed, 5 open; สภ.: 1 on time, which must not be readable,
    # nor its total of 1; the complements are พมจ.'s on-time and late counts and its total (with the on-time
    # count alone, its column total of 6 would give it away as 5).
    assert published(report, "actions_by_agency") == {
        "พมจ.": ["*", "*", "10", "0", "5"],
        "สภ.": ["<5", "0", "0", "0", "0"],
    }
    assert table.table.row_totals is not None
    assert [total.suppression for total in table.table.row_totals] == [
        Suppression.COMPLEMENTARY,
        Suppression.SMALL,
    ]


def test_referrals_and_escalations_sent_in_the_period(database: Database, areas: dict[str, int]) -> None:
    report = statistics.report(database, START, END)
    # 5 answered, 1 not: a published total of 6 would give both away ("*" is 0 or at least 5, "<5" at least 1).
    assert published(report, "referrals") == {"ตอบแล้ว": ["*"], "ยังไม่ตอบ": ["<5"]}
    assert report.table("referrals").table.grand_total.suppression is Suppression.COMPLEMENTARY
    assert report.median_answer_days == 4.0
    # One escalation: its total is under five too, so nothing else needs withholding.
    assert published(report, "escalations") == {"ยังไม่ตอบ": ["<5"]}
    assert report.table("escalations").table.grand_total.suppression is Suppression.SMALL


def test_answer_times_in_bands_of_days(database: Database, areas: dict[str, int]) -> None:
    report = statistics.report(database, START, END)
    # Answered after 2, 3 and 4 days, after 10, after 20; the one answered in December was sent before the period.
    assert published(report, "referral_answer_times") == {
        "ภายใน 7 วัน": ["<5"],
        "8–14 วัน": ["<5"],
        "15–30 วัน": ["<5"],
    }
    assert report.table("referral_answer_times").table.grand_total.count == 5


def test_the_median_answer_time_is_withheld_under_five_answers(
    database: Database, areas: dict[str, int]
) -> None:
    assert statistics.report(database, START, END, areas["b"]).median_answer_days is None


def test_nothing_in_the_report_names_a_case_or_a_person(database: Database, areas: dict[str, int]) -> None:
    text = repr(statistics.report(database, START, END))
    assert PLANTED_NAME not in text
    assert "A-DV-0" not in text and "A-TL-0" not in text and "B-SV-0" not in text
    assert born(16, dt.date(2025, 11, 1)).isoformat() not in text
    assert "datetime.date(2009" not in text and "datetime.date(2010" not in text


def test_age_groups_at_the_boundaries() -> None:
    on = dt.date(2026, 3, 1)
    assert statistics.age_group(dt.date(2011, 3, 2), on) == "0–14 ปี"  # 14, a day short of 15
    assert statistics.age_group(dt.date(2011, 3, 1), on) == "15–17 ปี"
    assert statistics.age_group(dt.date(2008, 3, 1), on) == "18–24 ปี"
    assert statistics.age_group(dt.date(1966, 3, 1), on) == "60 ปีขึ้นไป"
    assert statistics.age_group(None, on) == "ไม่ทราบ"


def test_an_area_that_is_not_there_is_refused(database: Database, areas: dict[str, int]) -> None:
    with pytest.raises(Refusal) as refused:
        statistics.report(database, START, END, max(areas.values()) + 1)
    assert refused.value.reason == statistics.UNKNOWN_AREA
