"""The round trip on the province demo: two of its districts each send a year's package (from two copies of the
demo, each office with its own certificate), the centre imports both, and what the centre shows and counts for
each district equals what the district's own database gives, worked out there directly."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from mdt_desktop.demo import DEMO_END, build_demo
from mdt_desktop.domain.codes import ActionStatus
from mdt_desktop.services import centre, exchange, statistics
from mdt_desktop.services.exports.signing import certificate_pem, create_identity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    Area,
    Body,
    CaseFile,
    Meeting,
    ReceivedRecord,
    Referral,
)
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.slow

START = dt.date(2025, 10, 1)  # fiscal year 2569 and the demo's last weeks
END = DEMO_END


@dataclass
class District:
    database: Database
    area_id: int
    name: str


@dataclass
class Province:
    districts: list[District]
    centre: Database
    packages: list[Path]


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    shutil.copyfile(KeySlots.path_for(source), KeySlots.path_for(target))


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Province]:
    folder = tmp_path_factory.mktemp("province")
    built, _code = Database.create(folder / "demo.mdt", TEST_PASSPHRASE)
    build_demo(built, "province")
    with built.read_session() as session:
        areas = list(
            session.execute(
                select(Area.id, Area.name_th).where(Area.level == "district").order_by(Area.id).limit(2)
            )
        )
    built.close()
    hub, _code = Database.create(folder / "centre.mdt", TEST_PASSPHRASE)
    create_identity(hub, "ศูนย์ปฏิบัติการจังหวัดแม่กลางเหนือ")
    hub_certificate = certificate_pem(hub, 1)
    districts, packages = [], []
    for index, (area_id, name) in enumerate(areas):
        path = folder / f"district-{index}.mdt"
        _copy(folder / "demo.mdt", path)
        office = Database.open_with_passphrase(path, TEST_PASSPHRASE)
        identity = create_identity(office, f"ที่ทำการปกครอง{name}")
        exchange.trust_certificate(hub, certificate_pem(office, identity.id), name, actor="ศูนย์")
        sent = exchange.export_package(
            office, hub_certificate, START, END, folder / f"{index}.mdtx", actor="เลขานุการ", area_id=area_id
        )
        packages.append(sent.path)
        districts.append(District(office, area_id, name))
    for path in packages:
        exchange.import_package_file(hub, path, actor="ศูนย์")
    yield Province(districts, hub, packages)
    for district in districts:
        district.database.close()
    hub.close()


def _district_id(province: Province, name: str) -> int:
    return next(d.id for d in exchange.districts(province.centre) if d.name_th == name)


def _bodies(db: Database, area_id: int) -> set[int]:
    with db.read_session() as session:
        _name, bodies = statistics.bodies_in_area(session, area_id)
    assert bodies
    return bodies


def test_the_centre_counts_each_district_as_the_district_does(province: Province) -> None:
    for district in province.districts:
        at_centre = centre.report(province.centre, START, END, _district_id(province, district.name))
        at_home = statistics.report(district.database, START, END, district.area_id)
        assert at_centre.tables == at_home.tables
        assert at_centre.table("meetings_by_kind").table.grand_total.count  # a year of meetings, published


def test_the_centre_shows_each_districts_overdue_actions_and_waiting_escalations(province: Province) -> None:
    view = centre.overview(province.centre, END)
    shown = Counter({(row.district, row.agency): row.count for row in view.overdue})
    for district in province.districts:
        bodies = _bodies(district.database, district.area_id)
        open_statuses = [status.value for status in ActionStatus if status.is_open]
        with district.database.read_session() as session:
            overdue = Counter(
                (district.name, abbreviation or name)
                for abbreviation, name in session.execute(
                    select(Agency.abbreviation, Agency.name_th)
                    .join(ActionPoint, ActionPoint.agency_id == Agency.id)
                    .join(Meeting, Meeting.id == ActionPoint.meeting_id)
                    .where(
                        ActionPoint.body_id.in_(bodies),
                        ActionPoint.status.in_(open_statuses),
                        ActionPoint.due_date < END,
                        Meeting.date <= END,
                    )
                )
            )
            waiting = len(
                list(
                    session.scalars(
                        select(Referral.id)
                        .join(CaseFile, CaseFile.id == Referral.case_id)
                        .where(
                            CaseFile.body_id.in_(bodies),
                            Referral.is_escalation.is_(True),
                            Referral.answered_on.is_(None),
                            Referral.status == "sent",
                            Referral.sent_on.between(START, END),
                        )
                    )
                )
            )
        assert overdue, "the demo district has overdue actions"
        assert Counter({key: count for key, count in shown.items() if key[0] == district.name}) == overdue
        status = next(s for s in view.districts if s.name_th == district.name)
        assert status.overdue_actions == sum(overdue.values())
        assert status.escalations_awaiting == waiting


def test_importing_both_packages_again_changes_nothing(province: Province) -> None:
    for path in province.packages:
        assert exchange.import_package_file(province.centre, path, actor="ศูนย์").already


def test_bodies_of_other_districts_stay_at_home(province: Province) -> None:
    with province.centre.read_session() as session:
        kept = set(session.scalars(select(ReceivedRecord.data).where(ReceivedRecord.kind == "body")))
    with province.districts[0].database.read_session() as session:
        names = set(session.scalars(select(Body.name_th)))
    sent = {name for name in names if any(f'"{name}"' in record for record in kept)}
    assert sent and sent != names  # each district sent its own teams, not the whole province's
