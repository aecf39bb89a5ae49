"""Nothing restricted leaves in a package: a marker planted in every restricted field of a discussed case (the
fixture of ``test_tier_markers``) is in no package, and no record the centre keeps, unless a consent covers the
centre, and then only the identity record's; no statistic holds one, ever."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mdt_desktop.services import centre, exchange, statistics
from mdt_desktop.services.exports.signing import certificate_pem, create_identity, current_identity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseConsent, ReceivedRecord, SigningIdentity
from tests.exchange_fixtures import new_office
from tests.unit.test_tier_markers import MARKERS, Discussed, plant_restricted_case

START, END = dt.date(2026, 10, 1), dt.date(2026, 11, 30)
IDENTITY_MARKERS = {
    MARKERS[name]
    for name in (
        "identity_name",
        "identity_phone",
        "identity_address",
        "identity_nationality",
        "identity_id_number",
        "identity_language",
    )
}


def markers_in(text: str) -> set[str]:
    return {marker for marker in MARKERS.values() if marker in text}


def statistics_text(report: statistics.StatisticsReport) -> str:
    return json.dumps(
        [[table.title, table.row_labels, table.column_labels] for table in report.tables], ensure_ascii=False
    )


@pytest.fixture
def discussed(database: Database) -> Discussed:
    return plant_restricted_case(database)


def consent_covers_the_centre(database: Database) -> None:
    with database.session() as session:
        session.execute(update(CaseConsent).values(shares_with_centre=True))


def test_no_restricted_field_leaves_without_consent_to_the_centre(
    database: Database,
    discussed: Discussed,
    tmp_path: Path,
) -> None:
    payload = exchange.build_payload(database, START, END)
    sent = json.dumps(payload, ensure_ascii=False)
    assert discussed.code in sent  # the case does go, by its code
    assert markers_in(sent) == set()
    assert markers_in(statistics_text(statistics.report(database, START, END))) == set()


def test_consent_to_the_centre_sends_the_identity_record_and_nothing_else_restricted(
    database: Database,
    discussed: Discussed,
    tmp_path: Path,
) -> None:
    consent_covers_the_centre(database)
    sent = json.dumps(exchange.build_payload(database, START, END), ensure_ascii=False)
    assert markers_in(sent) == IDENTITY_MARKERS
    assert markers_in(statistics_text(statistics.report(database, START, END))) == set()


def test_what_the_centre_keeps_and_counts_holds_no_marker_without_consent(
    database: Database,
    discussed: Discussed,
    tmp_path: Path,
) -> None:
    create_identity(database, "ที่ทำการปกครองอำเภอแม่สาย")
    hub = new_office(tmp_path, "centre.mdt", "ศูนย์ปฏิบัติการจังหวัดเชียงราย")
    try:
        with database.read_session() as session:
            district_pem = session.scalars(select(SigningIdentity.certificate_pem)).one().encode("ascii")
        exchange.trust_certificate(hub, district_pem, "อำเภอแม่สาย", actor="ศูนย์")
        package = exchange.export_package(
            database, centre_certificate(hub), START, END, tmp_path / "p.mdtx", actor="x"
        )
        assert markers_in(package.path.read_bytes().decode("latin-1")) == set()
        exchange.import_package_file(hub, package.path, actor="ศูนย์")
        with hub.read_session() as session:
            kept = "".join(session.scalars(select(ReceivedRecord.data)))
        assert discussed.code in kept
        assert markers_in(kept) == set()
        assert markers_in(statistics_text(centre.report(hub, START, END))) == set()
    finally:
        hub.close()


def centre_certificate(hub: Database) -> bytes:
    identity = current_identity(hub)
    assert identity is not None
    return certificate_pem(hub, identity.id)
