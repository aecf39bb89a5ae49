"""The statistics report on a small database built here: the counts by hand, suppressed, and nothing identifying."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import CaseType, MeetingKind, Sex
from mdt_desktop.domain.suppression import Suppression
from mdt_desktop.services import statistics
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    Area,
    Body,
    CaseFile,
    CaseIdentity,
    Meeting,
    Referral,
)

START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
PLANTED_NAME = "นางสาวมาลัย ทดสอบชื่อ"


def _born(age: int, on: dt.date) -> dt.date:
    return on.replace(year=on.year - age) - dt.timedelta(days=10)


@pytest.fixture
def areas(database: Database) -> dict[str, int]:
    """Province with districts A and B. In A: 6 domestic-violence cases (women of 30, Thai) taken in during the
    period, 1 labour-trafficking case (a boy of 16, Myanmar) taken in before and discussed in it, 1 neglect case
    neither, 1 case taken in after; 5 regular meetings held (plus a draft and one before the period), actions and
    referrals. In B: 5 sexual-violence cases (women of 20, Thai)."""
    with database.session() as s:
        province = Area(level="province", name_th="ลำปาง")
        s.add(province)
        s.flush()
        district_a = Area(level="district", name_th="เมืองลำปาง", parent_id=province.id)
        district_b = Area(level="district", name_th="เกาะคา", parent_id=province.id)
        s.add_all([district_a, district_b])
        s.flush()
        body_a = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเมืองลำปาง", level="district", area_id=district_a.id)
        body_b = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเกาะคา", level="district", area_id=district_b.id)
        social = Agency(name_th="สำนักงานพัฒนาสังคม", abbreviation="พมจ.", sector="government", level="province")
        police = Agency(name_th="สถานีตำรวจภูธร", abbreviation="สภ.", sector="government", level="district")
        s.add_all([body_a, body_b, social, police])
        s.flush()

        def case(
            code: str, body: Body, kind: CaseType, intake: dt.date, identity: CaseIdentity | None
        ) -> CaseFile:
            record = CaseFile(
                code=code, body_id=body.id, case_type=kind, intake_date=intake, identity=identity
            )
            s.add(record)
            return record

        def person(age: int, on: dt.date, sex: Sex, nationality: str) -> CaseIdentity:
            return CaseIdentity(
                full_name=PLANTED_NAME, date_of_birth=_born(age, on), sex=sex, nationality=nationality
            )

        intake = dt.date(2026, 1, 10)
        for n in range(6):
            case(
                f"A-DV-{n}", body_a, CaseType.DOMESTIC_VIOLENCE, intake, person(30, intake, Sex.FEMALE, "ไทย")
            )
        earlier = dt.date(2025, 11, 1)
        trafficked = case(
            "A-TL-0", body_a, CaseType.TRAFFICKING_LABOUR, earlier, person(16, earlier, Sex.MALE, "เมียนมา")
        )
        case("A-NG-0", body_a, CaseType.NEGLECT, dt.date(2025, 6, 1), None)
        case("A-DV-LATER", body_a, CaseType.DOMESTIC_VIOLENCE, dt.date(2026, 5, 1), None)
        intake_b = dt.date(2026, 2, 1)
        for n in range(5):
            case(
                f"B-SV-{n}",
                body_b,
                CaseType.SEXUAL_VIOLENCE,
                intake_b,
                person(20, intake_b, Sex.FEMALE, "ไทย"),
            )

        meetings = [
            Meeting(
                body_id=body_a.id, number=n + 1, year_be=2569, date=dt.date(2026, 1 + n % 3, 1), status="held"
            )
            for n in range(5)
        ]
        meetings.append(
            Meeting(body_id=body_a.id, number=6, year_be=2569, date=dt.date(2026, 3, 20))
        )  # draft
        meetings.append(
            Meeting(body_id=body_a.id, number=9, year_be=2568, date=dt.date(2025, 12, 1), status="held")
        )
        s.add_all(meetings)
        s.flush()
        item = AgendaItem(meeting_id=meetings[1].id, number="4", title="กรณี", kind="case")
        item.cases.append(trafficked)
        s.add(item)

        due = dt.date(2026, 2, 15)
        social_actions = (
            [("done", due, dt.date(2026, 2, 10))] * 5  # on time
            + [("done", due, dt.date(2026, 2, 20))] * 5  # late
            + [("open", dt.date(2026, 3, 1), None)] * 5  # past due at the end of the period: not done
            + [("not_done_by_agency", due, None)] * 5  # not done
            + [("in_progress", dt.date(2026, 4, 30), None)] * 5  # not yet due: open
        )
        for status, due_on, closed_on in social_actions:
            s.add(
                ActionPoint(
                    meeting_id=meetings[1].id,
                    body_id=body_a.id,
                    agency_id=social.id,
                    task="งาน",
                    due_date=due_on,
                    status=status,
                    closed_on=closed_on,
                )
            )
        s.add(
            ActionPoint(
                meeting_id=meetings[1].id,
                body_id=body_a.id,
                agency_id=police.id,
                task="งาน",
                due_date=due,
                status="done",
                closed_on=dt.date(2026, 2, 1),
            )
        )
        s.flush()
        sent = dt.date(2026, 1, 15)
        for days in (2, 3, 4, 10, 20):
            s.add(Referral(case_id=trafficked.id, sent_on=sent, answered_on=sent + dt.timedelta(days=days)))
        s.add(Referral(case_id=trafficked.id, sent_on=sent))
        s.add(Referral(case_id=trafficked.id, sent_on=dt.date(2025, 12, 1), answered_on=dt.date(2025, 12, 2)))
        s.add(Referral(case_id=trafficked.id, sent_on=sent, is_escalation=True))
        return {"province": province.id, "a": district_a.id, "b": district_b.id}


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
    assert published(report, "cases_by_type") == {
        "ความรุนแรงในครอบครัว": ["6"],
        CaseType.TRAFFICKING_LABOUR.th: ["<5"],
        "ความรุนแรงทางเพศ": ["*"],
    }
    assert report.table("cases_by_type").table.grand_total == 12
    assert published(report, "cases_by_sex") == {Sex.FEMALE.th: ["*"], Sex.MALE.th: ["<5"]}
    assert published(report, "cases_by_age") == {"15–17 ปี": ["<5"], "18–24 ปี": ["*"], "25–59 ปี": ["6"]}
    assert published(report, "cases_by_nationality") == {"ไทย": ["*"], "เมียนมา": ["<5"]}


def test_an_area_counts_only_the_teams_in_it(database: Database, areas: dict[str, int]) -> None:
    district_a = statistics.report(database, START, END, areas["a"])
    assert district_a.area_name == "เมืองลำปาง"
    assert district_a.table("cases_by_type").table.grand_total == 7
    district_b = statistics.report(database, START, END, areas["b"])
    assert published(district_b, "cases_by_type") == {"ความรุนแรงทางเพศ": ["5"]}
    assert published(district_b, "meetings_by_kind") == {}
    province = statistics.report(database, START, END, areas["province"])
    assert province.table("cases_by_type").table.grand_total == 12


def test_meetings_held_by_kind_leave_drafts_and_other_periods_out(
    database: Database, areas: dict[str, int]
) -> None:
    report = statistics.report(database, START, END)
    assert published(report, "meetings_by_kind") == {MeetingKind.REGULAR.th: ["5"]}


def test_actions_per_agency_on_time_late_not_done_and_open(database: Database, areas: dict[str, int]) -> None:
    report = statistics.report(database, START, END)
    table = report.table("actions_by_agency")
    assert table.column_labels == statistics.ACTION_COLUMNS
    # พมจ.: 5 on time, 5 late, 10 not done, 0 changed, 5 open; สภ.: 1 on time, which must not be readable.
    assert published(report, "actions_by_agency") == {
        "พมจ.": ["*", "*", "10", "0", "5"],
        "สภ.": ["<5", "*", "0", "0", "0"],
    }


def test_referrals_and_escalations_sent_in_the_period(database: Database, areas: dict[str, int]) -> None:
    report = statistics.report(database, START, END)
    assert published(report, "referrals") == {"ตอบแล้ว": ["*"], "ยังไม่ตอบ": ["<5"]}
    assert report.table("referrals").table.grand_total == 6
    assert report.median_answer_days == 4.0
    assert published(report, "escalations") == {"ตอบแล้ว": ["*"], "ยังไม่ตอบ": ["<5"]}


def test_the_median_answer_time_is_withheld_under_five_answers(
    database: Database, areas: dict[str, int]
) -> None:
    assert statistics.report(database, START, END, areas["b"]).median_answer_days is None


def test_nothing_in_the_report_names_a_case_or_a_person(database: Database, areas: dict[str, int]) -> None:
    text = repr(statistics.report(database, START, END))
    assert PLANTED_NAME not in text
    assert "A-DV-0" not in text and "A-TL-0" not in text and "B-SV-0" not in text
    assert _born(16, dt.date(2025, 11, 1)).isoformat() not in text
    assert "datetime.date(2009" not in text and "datetime.date(2010" not in text


def test_age_groups_at_the_boundaries() -> None:
    on = dt.date(2026, 3, 1)
    assert statistics.age_group(dt.date(2011, 3, 2), on) == "0–14 ปี"  # 14, a day short of 15
    assert statistics.age_group(dt.date(2011, 3, 1), on) == "15–17 ปี"
    assert statistics.age_group(dt.date(2008, 3, 1), on) == "18–24 ปี"
    assert statistics.age_group(dt.date(1966, 3, 1), on) == "60 ปีขึ้นไป"
    assert statistics.age_group(None, on) == "ไม่ทราบ"
