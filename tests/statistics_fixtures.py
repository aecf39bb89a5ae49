"""A small province built by hand for the statistics tests: two districts, cases, meetings, actions, referrals."""

from __future__ import annotations

import datetime as dt

from mdt_desktop.domain.codes import CaseType, Sex
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


def born(age: int, on: dt.date) -> dt.date:
    return on.replace(year=on.year - age) - dt.timedelta(days=10)


def build_province(database: Database) -> dict[str, int]:
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
                full_name=PLANTED_NAME, date_of_birth=born(age, on), sex=sex, nationality=nationality
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
