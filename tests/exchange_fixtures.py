"""Two district offices and their provincial centre, each an encrypted database with its own certificate, for the
exchange tests: district A and district B are the hand-built province of ``statistics_fixtures``, one database
each, each sending its own area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mdt_desktop.services import exchange
from mdt_desktop.services.exports.signing import certificate_pem, create_identity, current_identity
from mdt_desktop.storage.database import Database
from tests.conftest import TEST_PASSPHRASE
from tests.statistics_fixtures import END, START, build_province

SEALED = dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC)


@dataclass
class Office:
    database: Database
    areas: dict[str, int]

    @property
    def certificate(self) -> bytes:
        identity = current_identity(self.database)
        assert identity is not None
        return certificate_pem(self.database, identity.id)


@dataclass
class Province:
    a: Office
    b: Office
    centre: Database
    folder: Path

    @property
    def centre_certificate(self) -> bytes:
        identity = current_identity(self.centre)
        assert identity is not None
        return certificate_pem(self.centre, identity.id)

    def package(self, office: Office, name: str, sealed: dt.datetime = SEALED, **options: object) -> Path:
        """The office's package of its own area for the test period, sealed at ``sealed``."""
        area = options.pop("area_id", office.areas["a"] if office is self.a else office.areas["b"])
        exported = exchange.export_package(
            office.database,
            self.centre_certificate,
            START,
            END,
            self.folder / name,
            actor="เลขานุการ",
            area_id=area,  # type: ignore[arg-type]
            now=sealed,
            **options,  # type: ignore[arg-type]
        )
        return exported.path


def new_office(folder: Path, name: str, office_name: str) -> Database:
    database, _code = Database.create(folder / name, TEST_PASSPHRASE)
    create_identity(database, office_name)
    return database


def build(folder: Path, *, trusted: bool = True) -> Province:
    a = new_office(folder, "a.mdt", "ที่ทำการปกครองอำเภอเมืองลำปาง")
    b = new_office(folder, "b.mdt", "ที่ทำการปกครองอำเภอเกาะคา")
    province = Province(
        Office(a, build_province(a)),
        Office(b, build_province(b)),
        new_office(folder, "centre.mdt", "ศูนย์ปฏิบัติการจังหวัดลำปาง"),
        folder,
    )
    if trusted:
        exchange.trust_certificate(province.centre, province.a.certificate, "อำเภอเมืองลำปาง", actor="ศูนย์")
        exchange.trust_certificate(province.centre, province.b.certificate, "อำเภอเกาะคา", actor="ศูนย์")
    return province


def close(province: Province) -> None:
    for database in (province.a.database, province.b.database, province.centre):
        database.close()
