"""Where SQLite and PostgreSQL could part ways, the services give the same answers on both engines: Thai and Latin
text sorted by code point (the test server's C collation, SQLite's binary one), booleans in filters, and the
case-blind matching of a typed case code."""

from __future__ import annotations

from mdt_desktop.services import agencies, cases
from mdt_desktop.services.agencies import AgencyRecord
from mdt_desktop.services.cases import NewCase
from mdt_desktop.services.meetings.agenda import case_choices
from mdt_desktop.storage.database import Database
from tests.register_fixtures import TODAY, build_sample


def test_agencies_are_listed_active_first_then_by_abbreviation_and_name(any_database: Database) -> None:
    for name, abbreviation, active in (
        ("โรงพยาบาลแม่กลาง", "รพ.", True),
        ("มูลนิธิเพื่อเด็ก", "", True),
        ("สถานีตำรวจภูธรเมือง", "สภ.เมือง", False),
        ("International Organization for Migration", "IOM", True),
        ("กองทุนเด็ก", "UNICEF", True),
        ("บ้านพักเด็กและครอบครัว", "บพด.", True),
    ):
        agencies.create_agency(
            any_database, AgencyRecord(name_th=name, abbreviation=abbreviation, active=active)
        )
    listed = [(a.abbreviation, a.active) for a in agencies.list_agencies(any_database)]
    assert listed == [
        ("", True),
        ("IOM", True),
        ("UNICEF", True),
        ("บพด.", True),
        ("รพ.", True),
        ("สภ.เมือง", False),
    ]
    assert [a.abbreviation for a in agencies.list_agencies(any_database, include_inactive=False)] == [
        "",
        "IOM",
        "UNICEF",
        "บพด.",
        "รพ.",
    ]


def test_a_case_code_typed_in_small_letters_is_found(any_database: Database) -> None:
    sample = build_sample(any_database)
    _, code = cases.create_case(any_database, NewCase("neglect", TODAY, sample.body_id))
    assert code == "MKL-2569-0002"
    found = [choice.code for choice in case_choices(any_database, sample.body_id, "mkl-2569-000")]
    assert found == ["MKL-2569-0001", "MKL-2569-0002"]
