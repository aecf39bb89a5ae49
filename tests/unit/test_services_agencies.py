"""Agencies: search for pickers, create and edit, never delete one that actions refer to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mdt_desktop.refusal import Refusal
from mdt_desktop.services import agencies
from mdt_desktop.services.agencies import AgencyRecord
from mdt_desktop.storage.database import Database
from tests.register_fixtures import Sample, build_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.mark.parametrize(
    ("typed", "expected_first"),
    [
        ("พมจ", "พมจ."),  # abbreviation without its dot
        ("พัฒนาสังคม", "พมจ."),  # alias and part of the Thai name
        ("msdhs", "พมจ."),  # alias, other case
        ("oscc", "รพ.มก."),  # English name, other case
        ("ศูนย์พึ่งได้", "รพ.มก."),  # words inside the Thai name
        ("สภ", "สภ.เมือง"),
    ],
)
def test_search_finds_agencies_by_any_name(
    database: Database, sample: Sample, typed: str, expected_first: str
) -> None:
    found = agencies.search_agencies(database, typed)
    assert found and found[0].abbreviation == expected_first


def test_search_leaves_out_inactive_agencies_unless_asked(database: Database, sample: Sample) -> None:
    agencies.deactivate_agency(database, sample.police)
    assert agencies.search_agencies(database, "สภ") == []
    assert [a.id for a in agencies.search_agencies(database, "สภ", include_inactive=True)] == [sample.police]


def test_create_and_update_an_agency(database: Database) -> None:
    new_id = agencies.create_agency(
        database,
        AgencyRecord(
            name_th="มูลนิธิเพื่อเด็ก",
            abbreviation="มพด.",
            sector="ngo",
            level="province",
            aliases="Foundation for Children\nมูลนิธิเด็ก",
        ),
    )
    created = agencies.get_agency(database, new_id)
    assert created.alias_list == ("Foundation for Children", "มูลนิธิเด็ก")
    agencies.update_agency(database, replace(created, name_en="Foundation for Children", active=False))
    updated = agencies.get_agency(database, new_id)
    assert (updated.name_en, updated.active) == ("Foundation for Children", False)
    assert agencies.list_agencies(database)[-1].id == new_id  # inactive ones come last


def test_an_agency_needs_a_thai_name(database: Database) -> None:
    with pytest.raises(Refusal) as refused:
        agencies.create_agency(database, AgencyRecord(name_th="  "))
    assert "ชื่อหน่วยงาน" in refused.value.message("th")


def test_removing_keeps_an_agency_that_actions_refer_to(database: Database, sample: Sample) -> None:
    assert agencies.remove_agency(database, sample.hospital) is False
    assert agencies.get_agency(database, sample.hospital).active is False
    spare = agencies.create_agency(database, AgencyRecord(name_th="ล่ามอิสระ"))
    assert agencies.remove_agency(database, spare) is True
    assert spare not in {a.id for a in agencies.list_agencies(database)}
