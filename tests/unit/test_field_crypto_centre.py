"""A centre whose database has a field key (as on a server): the identity records its districts send under a consent
that covers the centre, and its own signing key, are in no raw row; the centre still reads the records and signs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update

from mdt_desktop.services import exchange
from mdt_desktop.services.exports.signing import certificate_pem, create_identity, current_identity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseConsent, ReceivedRecord, SigningIdentity
from tests.conftest import TEST_PASSPHRASE
from tests.unit.test_exchange_markers import IDENTITY_MARKERS, markers_in
from tests.unit.test_field_crypto import raw_text
from tests.unit.test_tier_markers import plant_restricted_case

START, END = dt.date(2026, 10, 1), dt.date(2026, 11, 30)


def test_a_centre_with_a_field_key_keeps_identity_and_its_signing_key_out_of_the_raw_rows(
    database: Database, tmp_path: Path
) -> None:
    discussed = plant_restricted_case(database)
    with database.session() as session:
        session.execute(update(CaseConsent).values(shares_with_centre=True))
    create_identity(database, "ที่ทำการปกครองอำเภอแม่สาย")
    hub, _code = Database.create(tmp_path / "centre.mdt", TEST_PASSPHRASE, field_encryption=True)
    try:
        create_identity(hub, "ศูนย์ปฏิบัติการจังหวัดเชียงราย")
        with database.read_session() as session:
            district_pem = session.scalars(select(SigningIdentity.certificate_pem)).one().encode("ascii")
        exchange.trust_certificate(hub, district_pem, "อำเภอแม่สาย", actor="ศูนย์")
        hub_identity = current_identity(hub)
        assert hub_identity is not None
        package = exchange.export_package(
            database, certificate_pem(hub, hub_identity.id), START, END, tmp_path / "p.mdtx", actor="x"
        )
        exchange.import_package_file(hub, package.path, actor="ศูนย์")

        with hub.read_session() as session:
            kept = "".join(session.scalars(select(ReceivedRecord.data)))
            private_key = session.scalars(select(SigningIdentity.private_key_pem)).one()
        assert discussed.code in kept and markers_in(kept) == IDENTITY_MARKERS  # the centre reads them
        assert private_key.startswith("-----BEGIN PRIVATE KEY-----")
        raw = raw_text(hub)
        assert markers_in(raw) == set()
        assert "PRIVATE KEY" not in raw
        assert (
            discussed.code not in raw
        )  # the records are sealed whole; their district, kind and id stay plain
        # The centre still signs with its key: a package it exports is verified by a district that trusts it.
        centre_package = exchange.export_package(
            hub, district_pem, START, END, tmp_path / "from-centre.mdtx", actor="ศูนย์"
        )
        assert centre_package.path.stat().st_size > 0
    finally:
        hub.close()
