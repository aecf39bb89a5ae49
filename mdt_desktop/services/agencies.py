"""Agencies that sit on the bodies: listing, searching (for pickers), creating, editing and retiring them.

An agency that any action or member refers to is never deleted, only made inactive: past minutes and the
action register must keep pointing at it. Search matches the abbreviation, the Thai and English names and the
aliases (one a line), ignoring case, so that "พมจ", "OSCC" or "ศูนย์พึ่งได้" all find what people mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import Level, Sector
from mdt_desktop.domain.roles import KEEPS_TEAM_SETUP
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, Attendance, Member

NAME_REQUIRED = Message(th="โปรดระบุชื่อหน่วยงานภาษาไทย", en="Type the agency's name in Thai")


@dataclass(frozen=True)
class AgencyRecord:
    name_th: str
    sector: str = Sector.GOVERNMENT.value
    level: str = Level.PROVINCE.value
    abbreviation: str = ""
    name_en: str = ""
    area_id: int | None = None
    aliases: str = ""  # one alias a line, as stored and as AgencyPicker reads it
    active: bool = True
    id: int | None = None

    @property
    def alias_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.aliases.splitlines() if line.strip())

    @property
    def display(self) -> str:
        """What a picker shows: "พมจ. - สำนักงานพัฒนาสังคมฯ", or the name alone."""
        return f"{self.abbreviation} - {self.name_th}" if self.abbreviation else self.name_th


def _record(agency: Agency) -> AgencyRecord:
    return AgencyRecord(
        id=agency.id,
        name_th=agency.name_th,
        abbreviation=agency.abbreviation or "",
        name_en=agency.name_en or "",
        sector=agency.sector,
        level=agency.level,
        area_id=agency.area_id,
        aliases=agency.aliases or "",
        active=bool(agency.active),
    )


def _check(record: AgencyRecord) -> None:
    if not typed_text.clean(record.name_th).strip():  # a name of control characters alone is no name
        raise Refusal(NAME_REQUIRED)
    Sector(record.sector)
    Level(record.level)


def _apply(agency: Agency, record: AgencyRecord) -> None:
    agency.name_th = typed_text.checked(record.name_th, typed_text.NAME).strip()
    agency.abbreviation = typed_text.checked(record.abbreviation, typed_text.LINE).strip()
    agency.name_en = typed_text.checked(record.name_en, typed_text.NAME).strip()
    agency.sector = record.sector
    agency.level = record.level
    agency.area_id = record.area_id
    agency.aliases = typed_text.checked("\n".join(record.alias_list), typed_text.NOTE)
    agency.active = record.active


def list_agencies(db: Database, include_inactive: bool = True) -> list[AgencyRecord]:
    query = select(Agency).order_by(Agency.active.desc(), Agency.abbreviation, Agency.name_th)
    if not include_inactive:
        query = query.where(Agency.active.is_(True))
    with db.read_session() as session:
        return [_record(a) for a in session.scalars(query)]


def get_agency(db: Database, agency_id: int) -> AgencyRecord:
    with db.read_session() as session:
        return _record(session.get_one(Agency, agency_id))


def _rank(record: AgencyRecord, needle: str) -> int | None:
    """0 for an exact abbreviation or alias, 1 for a prefix, 2 for text inside a name; None: no match."""
    abbreviation = record.abbreviation.casefold().rstrip(".")
    names = [record.name_th.casefold(), record.name_en.casefold()]
    aliases = [a.casefold() for a in record.alias_list]
    bare = needle.rstrip(".")
    if bare and (bare == abbreviation or needle in aliases):
        return 0
    if abbreviation.startswith(bare) or any(n.startswith(needle) for n in names + aliases):
        return 1
    if any(needle in text for text in [abbreviation, *names, *aliases]):
        return 2
    return None


def search_agencies(
    db: Database, text: str, limit: int = 20, include_inactive: bool = False
) -> list[AgencyRecord]:
    """Agencies matching ``text`` best first; an empty text lists them all (up to ``limit``)."""
    needle = text.strip().casefold()
    candidates = list_agencies(db, include_inactive=include_inactive)
    if not needle:
        return candidates[:limit]
    ranked = [(rank, i, r) for i, r in enumerate(candidates) if (rank := _rank(r, needle)) is not None]
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [r for _rank_, _i, r in ranked[:limit]]


def create_agency(db: Database, record: AgencyRecord) -> int:
    _check(record)
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        agency = Agency()
        _apply(agency, record)
        session.add(agency)
        session.flush()
        return agency.id


def update_agency(db: Database, record: AgencyRecord) -> None:
    if record.id is None:
        raise ValueError("update_agency needs a record with an id")
    _check(record)
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        _apply(session.get_one(Agency, record.id), record)


def set_active(db: Database, agency_id: int, active: bool) -> None:
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        session.get_one(Agency, agency_id).active = active


def deactivate_agency(db: Database, agency_id: int) -> None:
    set_active(db, agency_id, False)


def is_referenced(db: Database, agency_id: int) -> bool:
    with db.read_session() as session:
        return any(
            session.scalar(select(func.count()).select_from(model).where(model.agency_id == agency_id))
            for model in (ActionPoint, Member, Attendance)
        )


def remove_agency(db: Database, agency_id: int) -> bool:
    """Delete an agency nobody refers to; one that actions, members or minutes use is deactivated instead.

    Returns True when it was deleted, False when it was kept as inactive.
    """
    if is_referenced(db, agency_id):
        deactivate_agency(db, agency_id)
        return False
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        session.delete(session.get_one(Agency, agency_id))
    return True
