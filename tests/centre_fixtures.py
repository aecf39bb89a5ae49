"""Two small districts built by hand, and their centre, for the tests of the centre's page and the exchange
dialogs. Dates count back from today, since the centre's page shows the districts as of today.

อำเภอเหนือ (north): one multidisciplinary team that held its regular meeting a month ago and two months ago, none
three months ago (when only its operation centre met, which is not held against the plan); at last month's
meeting พมจ. got two actions now overdue and one not yet due, สภ. one overdue and one done; its case has a referral
past its answer date, one still within it, and an escalation to the centre waiting 12 days.

อำเภอใต้ (south): one team that met a month ago and gave พมจ. one action now overdue; its package was sealed 40 days
ago, past the 35 days after which the centre's page marks a district.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mdt_desktop.domain.codes import CaseType
from mdt_desktop.services import exchange
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, Area, Body, CaseFile, Meeting, Referral
from tests.conftest import TEST_PASSPHRASE

NORTH, SOUTH = "อำเภอเหนือ", "อำเภอใต้"
SOUTH_PACKAGE_AGE_DAYS = 40


def month_back(today: dt.date, months: int, day: int = 5) -> dt.date:
    year, month = today.year, today.month - months
    while month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, day)


def period(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=365), today


def new_database(folder: Path, name: str) -> Database:
    database, _recovery = Database.create(folder / f"{name}.mdt", TEST_PASSPHRASE)
    return database


def build_north(database: Database, today: dt.date) -> None:
    with database.session() as s:
        area = Area(level="district", code="NTH", name_th=NORTH)
        s.add(area)
        s.flush()
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเหนือ", level="district", area_id=area.id)
        centre = Body(kind="operation_centre", name_th="ศปคม.อำเภอเหนือ", level="district", area_id=area.id)
        social = Agency(name_th="สำนักงานพัฒนาสังคม", abbreviation="พมจ.", sector="government", level="province")
        police = Agency(name_th="สถานีตำรวจภูธร", abbreviation="สภ.", sector="government", level="district")
        s.add_all([team, centre, social, police])
        s.flush()
        last_month = Meeting(
            body_id=team.id, number=2, year_be=2569, date=month_back(today, 1), status="held"
        )
        s.add_all(
            [
                last_month,
                Meeting(
                    body_id=team.id, number=1, year_be=2569, date=month_back(today, 2), status="approved"
                ),
                Meeting(body_id=centre.id, number=1, year_be=2569, date=month_back(today, 3), status="held"),
            ]
        )
        s.flush()
        overdue, later = today - dt.timedelta(days=10), today + dt.timedelta(days=10)
        for agency, due, status in (
            (social, overdue, "open"),
            (social, overdue, "in_progress"),
            (social, later, "open"),
            (police, today - dt.timedelta(days=5), "open"),
            (police, overdue, "done"),
        ):
            s.add(
                ActionPoint(
                    meeting_id=last_month.id,
                    body_id=team.id,
                    agency_id=agency.id,
                    task="ติดตามเยี่ยมบ้าน",
                    due_date=due,
                    status=status,
                    closed_on=overdue if status == "done" else None,
                )
            )
        case = CaseFile(
            code="NTH-2569-0001",
            body_id=team.id,
            case_type=CaseType.DOMESTIC_VIOLENCE,
            intake_date=month_back(today, 2),
        )
        s.add(case)
        s.flush()
        s.add_all(
            [
                Referral(
                    case_id=case.id,
                    from_agency_id=social.id,
                    to_agency_id=police.id,
                    sent_on=today - dt.timedelta(days=20),
                    answer_due_on=today - dt.timedelta(days=6),
                ),
                Referral(
                    case_id=case.id,
                    from_agency_id=police.id,
                    to_agency_id=social.id,
                    sent_on=today - dt.timedelta(days=3),
                    answer_due_on=today + dt.timedelta(days=4),
                ),
                Referral(
                    case_id=case.id,
                    from_agency_id=social.id,
                    sent_on=today - dt.timedelta(days=12),
                    is_escalation=True,
                ),
            ]
        )


def build_south(database: Database, today: dt.date) -> None:
    with database.session() as s:
        area = Area(level="district", code="STH", name_th=SOUTH)
        s.add(area)
        s.flush()
        team = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอใต้", level="district", area_id=area.id)
        social = Agency(name_th="สำนักงานพัฒนาสังคม", abbreviation="พมจ.", sector="government", level="province")
        s.add_all([team, social])
        s.flush()
        meeting = Meeting(body_id=team.id, number=1, year_be=2569, date=month_back(today, 1), status="held")
        s.add(meeting)
        s.flush()
        s.add(
            ActionPoint(
                meeting_id=meeting.id,
                body_id=team.id,
                agency_id=social.id,
                task="ประสานที่พักฉุกเฉิน",
                due_date=today - dt.timedelta(days=8),
                status="open",
            )
        )


@dataclass
class Province:
    """The centre's database, and each district's with its package for the centre written in ``folder``."""

    folder: Path
    centre: Database
    north: Database
    south: Database
    north_package: Path
    south_package: Path

    def close(self) -> None:
        for database in (self.centre, self.north, self.south):
            database.close()


def build_province(folder: Path, today: dt.date, *, trust_south: bool = True) -> Province:
    """Both districts with their packages for a centre that trusts north (and south unless told not to)."""
    centre = new_database(folder, "centre")
    signing.create_identity(centre, "ศูนย์ปฏิบัติการจังหวัด")
    centre_pem = certificate_of(centre)
    north, south = new_database(folder, "north"), new_database(folder, "south")
    build_north(north, today)
    build_south(south, today)
    start, end = period(today)
    packages = []
    for database, name, age in ((north, NORTH, 0), (south, SOUTH, SOUTH_PACKAGE_AGE_DAYS)):
        signing.create_identity(database, name)
        sealed = dt.datetime.now(dt.UTC) - dt.timedelta(days=age)
        package = exchange.export_package(
            database, centre_pem, start, end, folder / f"{name}.mdtx", actor="เลขานุการ", now=sealed
        )
        packages.append(package.path)
        if database is north or trust_south:
            exchange.trust_certificate(centre, certificate_of(database), name, actor="ศูนย์ฯ")
    return Province(folder, centre, north, south, packages[0], packages[1])


def certificate_of(database: Database) -> bytes:
    identity = signing.current_identity(database)
    assert identity is not None
    return signing.certificate_pem(database, identity.id)
