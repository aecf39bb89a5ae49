"""Packages from two districts to their centre: the figures survive the trip, a repeat or an older package changes
nothing, and a damaged, foreign or misaddressed package is refused, each with its own message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from mdt_desktop.exports import exchange_package
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import centre, exchange, statistics
from mdt_desktop.services.exports.signing import create_identity
from mdt_desktop.storage.models import ActionPoint, Meeting, ReceivedRecord
from tests.exchange_fixtures import SEALED, Province, build, close, new_office
from tests.statistics_fixtures import END, START
from tests.unit.test_statistics import published


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build(tmp_path)
    yield built
    close(built)


def district_id(province: Province, name: str) -> int:
    return next(d.id for d in exchange.districts(province.centre) if d.name_th == name)


def received(province: Province) -> list[tuple[int, str, int, str]]:
    with province.centre.read_session() as session:
        return [
            (row.district_id, row.kind, row.source_id, row.data)
            for row in session.scalars(select(ReceivedRecord).order_by(ReceivedRecord.id))
        ]


def test_the_centre_counts_what_each_district_counts_itself(province: Province) -> None:
    for path in (province.package(province.a, "a.mdtx"), province.package(province.b, "b.mdtx")):
        assert not exchange.import_package_file(province.centre, path, actor="ศูนย์").already
    a = district_id(province, "อำเภอเมืองลำปาง")
    b = district_id(province, "อำเภอเกาะคา")
    at_centre_a = centre.report(province.centre, START, END, a)
    at_centre_b = centre.report(province.centre, START, END, b)
    assert (
        at_centre_a.tables == statistics.report(province.a.database, START, END, province.a.areas["a"]).tables
    )
    assert (
        at_centre_b.tables == statistics.report(province.b.database, START, END, province.b.areas["b"]).tables
    )
    # The figures themselves, counted by hand from the fixture: A sent 6 domestic-violence cases and a labour
    # trafficking case (the 6 withheld beside it), B 5 sexual-violence cases; the whole province is both.
    assert published(at_centre_a, "cases_by_type") == {
        "ความรุนแรงในครอบครัว": ["*"],
        "ค้ามนุษย์ - แรงงาน": ["<5"],
    }
    assert at_centre_a.table("cases_by_type").table.grand_total.count == 7
    assert published(at_centre_b, "cases_by_type") == {"ความรุนแรงทางเพศ": ["5"]}
    whole = centre.report(province.centre, START, END)
    assert whole.table("cases_by_type").table.grand_total.count == 12
    assert whole.tables == statistics.report(province.a.database, START, END).tables
    assert published(whole, "meetings_by_kind") == {"ประชุมประจำ": ["5"]}


def test_the_overview_counts_overdue_actions_and_waiting_escalations(province: Province) -> None:
    for path in (province.package(province.a, "a.mdtx"), province.package(province.b, "b.mdtx")):
        exchange.import_package_file(province.centre, path, actor="ศูนย์")
    view = centre.overview(province.centre, END)
    by_name = {status.name_th: status for status in view.districts}
    # Open past the due date on 31 March: the five open actions due 1 March; the five "in progress" are due in
    # April. The one escalation sent in January has no answer and no decision of the centre yet.
    assert by_name["อำเภอเมืองลำปาง"].overdue_actions == 5
    assert by_name["อำเภอเมืองลำปาง"].escalations_awaiting == 1
    assert by_name["อำเภอเมืองลำปาง"].referrals_unanswered == 1
    assert by_name["อำเภอเกาะคา"].overdue_actions == 0
    assert [(row.district, row.agency, row.count) for row in view.overdue] == [("อำเภอเมืองลำปาง", "พมจ.", 5)]
    escalation = view.escalations[0]
    assert (escalation.case_code, escalation.sent_on) == ("A-TL-0", dt.date(2026, 1, 15))
    assert by_name["อำเภอเมืองลำปาง"].last_sealed_at == SEALED.replace(tzinfo=None)
    centre.decide_escalation(
        province.centre,
        escalation.district_id,
        escalation.source_id,
        centre.CentreDecisionKind.TAKEN_UP,
        "ประสานพมจ.",
        actor="ศูนย์",
        decided_on=END,
    )
    assert centre.overview(province.centre, END).escalations == ()


def test_importing_the_same_package_again_changes_nothing(province: Province) -> None:
    path = province.package(province.a, "a.mdtx")
    exchange.import_package_file(province.centre, path, actor="ศูนย์")
    before = received(province)
    again = exchange.import_package_file(province.centre, path, actor="ศูนย์")
    assert again.already and again.changed == 0
    assert received(province) == before


def test_an_older_package_never_overwrites_newer_data(province: Province) -> None:
    older = province.package(province.a, "older.mdtx", sealed=SEALED)
    with province.a.database.session() as session:
        session.execute(delete(ActionPoint).where(ActionPoint.status == "open"))
    newer = province.package(province.a, "newer.mdtx", sealed=SEALED + dt.timedelta(days=7))
    newest = exchange.import_package_file(province.centre, newer, actor="ศูนย์")
    assert newest.added["action"] == 21  # 26 actions decided, the 5 open ones deleted at the district since
    late = exchange.import_package_file(province.centre, older, actor="ศูนย์")
    assert late.changed == 0 and late.added == {} and late.kept_newer["action"] == 26
    assert centre.overview(province.centre, END).districts[0].overdue_actions == 0


def test_a_newer_package_removes_what_the_district_no_longer_has(province: Province) -> None:
    exchange.import_package_file(province.centre, province.package(province.a, "first.mdtx"), actor="ศูนย์")
    with province.a.database.session() as session:
        draft = session.scalars(select(Meeting).where(Meeting.status == "draft")).one()
        session.delete(draft)
    later = province.package(province.a, "second.mdtx", sealed=SEALED + dt.timedelta(days=1))
    summary = exchange.import_package_file(province.centre, later, actor="ศูนย์")
    assert summary.removed == {"meeting": 1}
    assert summary.updated == {}  # nothing else changed at the district


def refusal_of(province: Province, data: bytes) -> Refusal:
    with pytest.raises(Refusal) as refused:
        exchange.import_package(province.centre, data, actor="ศูนย์")
    return refused.value


def test_a_flipped_byte_a_stranger_and_another_centre_are_each_refused_with_their_message(
    province: Province, tmp_path: Path
) -> None:
    good = province.package(province.a, "a.mdtx").read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    assert refusal_of(province, bytes(flipped)).reason is exchange_package.CHANGED

    stranger = new_office(tmp_path, "stranger.mdt", "สำนักงานที่ศูนย์ไม่รู้จัก")
    try:
        from tests.statistics_fixtures import build_province

        build_province(stranger)
        unknown = exchange.export_package(
            stranger, province.centre_certificate, START, END, tmp_path / "s.mdtx", actor="x", now=SEALED
        )
    finally:
        stranger.close()
    assert refusal_of(province, unknown.path.read_bytes()).reason is exchange_package.NOT_TRUSTED

    other_centre = new_office(tmp_path, "other-centre.mdt", "ศูนย์ปฏิบัติการจังหวัดอื่น")
    try:
        from mdt_desktop.services.exports.signing import certificate_pem, current_identity

        identity = current_identity(other_centre)
        assert identity is not None
        elsewhere = exchange.export_package(
            province.a.database,
            certificate_pem(other_centre, identity.id),
            START,
            END,
            tmp_path / "elsewhere.mdtx",
            actor="x",
        )
    finally:
        other_centre.close()
    assert refusal_of(province, elsewhere.path.read_bytes()).reason is exchange_package.WRONG_RECIPIENT
    assert refusal_of(province, b"PK\x03\x04 a zip file").reason is exchange_package.NOT_A_PACKAGE
    assert received(province) == []  # nothing of any refused package was taken in


def test_a_renewed_centre_certificate_still_opens_packages_sealed_to_the_old_one(province: Province) -> None:
    path = province.package(province.a, "a.mdtx")
    create_identity(province.centre, "ศูนย์ปฏิบัติการจังหวัดลำปาง (ใบใหม่)")
    assert not exchange.import_package_file(province.centre, path, actor="ศูนย์").already


def test_trusting_is_refused_for_the_centres_own_and_an_already_trusted_certificate(
    province: Province,
) -> None:
    with pytest.raises(Refusal) as own:
        exchange.trust_certificate(province.centre, province.centre_certificate, "ตัวเอง", actor="ศูนย์")
    assert own.value.reason is exchange.OWN_CERTIFICATE
    with pytest.raises(Refusal) as twice:
        exchange.trust_certificate(province.centre, province.a.certificate, "ซ้ำ", actor="ศูนย์")
    assert twice.value.reason is exchange.ALREADY_TRUSTED
    assert "อำเภอเมืองลำปาง" in twice.value.message("th")


def test_an_untrusted_district_is_refused_after_it_is_removed(province: Province) -> None:
    a = next(d for d in exchange.districts(province.centre) if d.name_th == "อำเภอเมืองลำปาง")
    exchange.distrust_certificate(province.centre, a.fingerprints[0], actor="ศูนย์")
    data = province.package(province.a, "a.mdtx").read_bytes()
    assert refusal_of(province, data).reason is exchange_package.NOT_TRUSTED


def test_a_period_that_ends_before_it_starts_is_refused(province: Province, tmp_path: Path) -> None:
    with pytest.raises(Refusal) as refused:
        exchange.export_package(
            province.a.database, province.centre_certificate, END, START, tmp_path / "x.mdtx", actor="x"
        )
    assert refused.value.reason is exchange.BAD_PERIOD
    assert not (tmp_path / "x.mdtx").exists()
