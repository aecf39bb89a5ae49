"""The editable starting data of a new database: generic agencies, Thai public holidays and settings.

The data lives in ``resources/seed/*.json`` (bundled in the wheel) so that it can be corrected without
touching code; once in the database it belongs to the users, who rename agencies and fix holiday dates.
Seeding runs once: a ``seed_version`` setting records that it was done, and nothing users have is overwritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mdt_desktop.domain.codes import Level, Sector
from mdt_desktop.domain.deadlines import with_substitute_days
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.paths import resources_dir
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Holiday, Setting

SEED_VERSION = "1"


@dataclass(frozen=True)
class SeedAgency:
    name_th: str
    abbreviation: str
    name_en: str
    sector: Sector
    level: Level
    aliases: tuple[str, ...]


def _load(name: str) -> Any:
    path: Path = resources_dir() / "seed" / name
    return json.loads(path.read_text(encoding="utf-8"))


def seed_settings() -> dict[SettingKey, str]:
    data = _load("settings.json")
    return {
        key: str(data[key.value])
        for key in (SettingKey.MDT_LABEL, SettingKey.CONFIDENTIALITY_STATEMENT, SettingKey.CASE_CODE_PREFIX)
    }


def seed_agencies() -> list[SeedAgency]:
    return [
        SeedAgency(
            name_th=row["name_th"],
            abbreviation=row["abbreviation"],
            name_en=row["name_en"],
            sector=Sector(row["sector"]),
            level=Level(row["level"]),
            aliases=tuple(row["aliases"]),
        )
        for row in _load("agencies.json")["agencies"]
    ]


def seed_holidays() -> dict[date, str]:
    """Fixed-date holidays of each seeded year, the lunar ones as listed, and their substitute days."""
    data = _load("holidays.json")
    holidays: dict[date, str] = {}
    for year in data["years"]:
        for rule in data["fixed"]:
            holidays[date(year, rule["month"], rule["day"])] = rule["name"]
    for entry in data["lunar"]:
        holidays[date.fromisoformat(entry["date"])] = entry["name"]
    return with_substitute_days(holidays)


def seed_new_database(db: Database) -> None:
    """Put the starting data into ``db`` once; a second call, or a seeded database, changes nothing."""
    settings = seed_settings()
    agencies = seed_agencies()
    holidays = seed_holidays()
    with db.session() as session:
        if session.get(Setting, SettingKey.SEED_VERSION.value) is not None:
            return
        for key, value in settings.items():
            if session.get(Setting, key.value) is None:
                session.add(Setting(key=key.value, value=value))
        if session.scalar(select(func.count()).select_from(Agency)) == 0:
            session.add_all(
                Agency(
                    name_th=agency.name_th,
                    abbreviation=agency.abbreviation,
                    name_en=agency.name_en,
                    sector=agency.sector.value,
                    level=agency.level.value,
                    aliases="\n".join(agency.aliases),
                    active=True,
                )
                for agency in agencies
            )
        existing_days = set(session.scalars(select(Holiday.day)))
        session.add_all(
            Holiday(day=day, name=name) for day, name in holidays.items() if day not in existing_days
        )
        session.add(Setting(key=SettingKey.SEED_VERSION.value, value=SEED_VERSION))
