"""The starting data of a new database: agencies, holidays and settings, put in once."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from mdt_desktop.domain.codes import Level, Sector
from mdt_desktop.domain.deadlines import add_working_days
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.services.seed import seed_agencies, seed_holidays, seed_new_database
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Holiday, Setting


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read_session() as session:
        return (
            session.scalar(select(func.count()).select_from(Agency)) or 0,
            session.scalar(select(func.count()).select_from(Holiday)) or 0,
            session.scalar(select(func.count()).select_from(Setting)) or 0,
        )


def test_seed_data_uses_known_codes_and_is_complete() -> None:
    agencies = seed_agencies()
    assert len(agencies) >= 25
    abbreviations = {agency.abbreviation for agency in agencies}
    assert {
        "พมจ.",
        "สภ.",
        "OSCC",
        "รพ.สต.",
        "สสอ.",
        "อบต.",
        "ตม.",
        "ILO",
        "IOM",
        "UNICEF",
        "ล่าม",
    } <= abbreviations
    assert all(agency.name_th and agency.name_en for agency in agencies)
    assert {agency.sector for agency in agencies} >= {Sector.GOVERNMENT, Sector.NGO, Sector.INTERNATIONAL}
    assert Level.SUBDISTRICT in {agency.level for agency in agencies}


def test_holidays_of_both_years_with_substitute_days() -> None:
    holidays = seed_holidays()
    assert holidays[date(2026, 1, 1)] == "วันขึ้นปีใหม่"
    assert holidays[date(2027, 4, 13)] == "วันสงกรานต์"
    assert holidays[date(2026, 3, 3)] == "วันมาฆบูชา"
    # 5 December 2569 is a Saturday: Monday the 7th is the substitute day.
    assert holidays[date(2026, 12, 7)].startswith("วันหยุดชดเชย")
    assert all(day.year in (2026, 2027) for day in holidays)
    assert all(day.weekday() < 5 or not name.startswith("วันหยุดชดเชย") for day, name in holidays.items())


def test_seed_fills_a_new_database(database: Database) -> None:
    seed_new_database(database)
    with database.read_session() as session:
        settings = {row.key: row.value for row in session.scalars(select(Setting))}
        police = session.scalars(select(Agency).where(Agency.abbreviation == "สภ.")).one()
        holidays = set(session.scalars(select(Holiday.day)))
    assert settings[SettingKey.MDT_LABEL] == "ทีมสหวิชาชีพ"
    assert "ความลับ" in settings[SettingKey.CONFIDENTIALITY_STATEMENT]
    assert settings[SettingKey.CASE_CODE_PREFIX] == "MDT"
    assert police.name_th == "สถานีตำรวจภูธร"
    assert police.sector == "government" and police.active
    assert "พนักงานสอบสวน" in police.aliases.splitlines()
    # A deadline over Songkran skips the seeded holidays.
    assert add_working_days(date(2026, 4, 10), 1, holidays) == date(2026, 4, 16)


def test_seeding_twice_adds_nothing(database: Database) -> None:
    seed_new_database(database)
    first = _counts(database)
    seed_new_database(database)
    assert _counts(database) == first
    assert first[0] >= 25 and first[1] >= 40


def test_seed_keeps_what_the_users_already_set(database: Database) -> None:
    with database.session() as session:
        session.add(Setting(key=SettingKey.MDT_LABEL.value, value="ทีมสหสาขาวิชาชีพ"))
        session.add(Holiday(day=date(2026, 1, 1), name="วันขึ้นปีใหม่ (แก้ไขแล้ว)"))
    seed_new_database(database)
    with database.read_session() as session:
        assert session.get(Setting, SettingKey.MDT_LABEL.value).value == "ทีมสหสาขาวิชาชีพ"  # type: ignore[union-attr]
        assert session.get(Holiday, date(2026, 1, 1)).name == "วันขึ้นปีใหม่ (แก้ไขแล้ว)"  # type: ignore[union-attr]
