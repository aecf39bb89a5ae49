"""The people who work in a database: named user profiles, the one chosen at unlock, and the actor it gives.

Whoever unlocks a database says who they are by choosing their profile (the unlock window, ``mdt --user``); that
name is the actor of every audit entry made until the database is locked. A profile is added by anyone who can
unlock (the passphrase is the team's, not a person's: named accounts with their own credentials come with the
server edition), and every addition, retirement and session start is itself audited. A person who left is
retired, never deleted: past entries keep naming them, and a retired name cannot be chosen again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import UserProfile

PROFILE_NAME_REQUIRED = Message(th="โปรดพิมพ์ชื่อ-สกุลของผู้ใช้งาน", en="Type the user's full name")
PROFILE_NAME_TAKEN = Message(
    th="มีผู้ใช้ชื่อนี้ในฐานข้อมูลแล้ว โปรดเลือกชื่อนั้นจากรายการ",
    en="This database already has a user of that name: choose it from the list",
)
PROFILE_NAME_RETIRED = Message(
    th="ชื่อนี้เคยใช้และถูกปิดการใช้งานแล้ว โปรดใช้ชื่ออื่น (เช่น เติมตำแหน่งหรือหน่วยงาน)",
    en="This name belonged to a user who was retired: use another (add the post or agency, for example)",
)
PROFILE_UNKNOWN = Message(
    th="ไม่พบผู้ใช้ชื่อ {name} ในฐานข้อมูลนี้ ผู้ใช้ที่มี: {names}",
    en="This database has no user called {name}. Its users: {names}",
)
PROFILE_CHOICE_NEEDED = Message(
    th="ฐานข้อมูลนี้มีผู้ใช้หลายคน โปรดระบุว่าท่านคือใคร ด้วย --user ชื่อ (ผู้ใช้ที่มี: {names})",
    en="This database has several users: say who you are with --user NAME (its users: {names})",
)
LAST_PROFILE = Message(
    th="ปิดการใช้งานผู้ใช้คนสุดท้ายไม่ได้ โปรดเพิ่มผู้ใช้อีกคนก่อน",
    en="The last user cannot be retired: add another user first",
)
NO_PROFILE_YET = Message(th="(ยังไม่มี)", en="(none yet)")


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    retired: bool


def _profile(row: UserProfile) -> Profile:
    return Profile(row.id, row.name, row.retired)


def list_profiles(db: Database, *, include_retired: bool = False) -> list[Profile]:
    """The profiles in Thai alphabetical order of their names (as the database sorts them)."""
    query = select(UserProfile).order_by(UserProfile.name)
    if not include_retired:
        query = query.where(UserProfile.retired.is_(False))
    with db.read_session() as session:
        return [_profile(row) for row in session.scalars(query)]


def add_profile(db: Database, name: str, actor: str) -> Profile:
    """A new person in this database; ``actor`` is who added them (the new person, at a first unlock)."""
    name = typed_text.checked(name, typed_text.NAME)
    if not name:
        raise Refusal(PROFILE_NAME_REQUIRED)
    with db.session() as session:
        for row in session.scalars(select(UserProfile)):
            if row.name.casefold() == name.casefold():
                raise Refusal(PROFILE_NAME_RETIRED if row.retired else PROFILE_NAME_TAKEN)
        row = UserProfile(name=name, retired=False)
        session.add(row)
        session.flush()
        audit.add_entry(session, actor or name, "profile_added", "user_profile", row.id)
        return _profile(row)


def retire_profile(db: Database, profile_id: int, actor: str) -> list[Profile]:
    """The person no longer works in this database; returns the profiles still in use."""
    with db.session() as session:
        row = session.get(UserProfile, profile_id)
        if row is None or row.retired:
            return [
                _profile(p)
                for p in session.scalars(
                    select(UserProfile).where(UserProfile.retired.is_(False)).order_by(UserProfile.name)
                )
            ]
        active = session.scalars(select(UserProfile).where(UserProfile.retired.is_(False))).all()
        if len(active) <= 1:
            raise Refusal(LAST_PROFILE)
        if roles.roles_in_force(session):
            # With roles in force people are the administrator's to manage, and retiring the last
            # administrator would leave nobody able to.
            roles.require(session, db, Permission.MANAGE_USERS)
            administrators = roles.active_administrators(session)
            if administrators and set(administrators) <= roles.grants_held_by(session, row.id):
                raise Refusal(roles.LAST_ADMINISTRATOR)
        row.retired = True
        audit.add_entry(session, actor, "profile_retired", "user_profile", row.id)
    return list_profiles(db)


def start_session(db: Database, profile_id: int) -> Profile:
    """The person chosen at unlock: audited as the start of their session; returns the profile to act as."""
    with db.session() as session:
        row = session.get(UserProfile, profile_id)
        if row is None or row.retired:
            raise Refusal(PROFILE_UNKNOWN, name=str(profile_id), names=_names(session))
        audit.add_entry(session, row.name, "session_started", "user_profile", row.id)
        profile = _profile(row)
    db.actor = profile.name  # the actor of the entries services write on their own (approved minutes amended)
    return profile


def profile_named(db: Database, name: str | None) -> Profile | None:
    """The profile the command line acts as: the one named (``--user``), else the only one; None when the
    database has no profile yet (a database from before profiles). Several profiles and no name is a refusal."""
    with db.read_session() as session:
        active = session.scalars(
            select(UserProfile).where(UserProfile.retired.is_(False)).order_by(UserProfile.name)
        ).all()
        if name is not None:
            wanted = typed_text.checked(name, typed_text.NAME).casefold()
            for row in active:
                if row.name.casefold() == wanted:
                    return _profile(row)
            raise Refusal(PROFILE_UNKNOWN, name=name, names=_names(session))
        if not active:
            return None
        if len(active) > 1:
            raise Refusal(PROFILE_CHOICE_NEEDED, names=_names(session))
        return _profile(active[0])


def _names(session: Session) -> str | Message:
    names = session.scalars(
        select(UserProfile.name).where(UserProfile.retired.is_(False)).order_by(UserProfile.name)
    ).all()
    return ", ".join(names) if names else NO_PROFILE_YET
