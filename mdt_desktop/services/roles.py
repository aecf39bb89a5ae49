"""Who may do what in this database: granting and revoking people's roles, listing them, and the checks the other
services make, inside their unit of work and before anything changes, whenever they write or read what a role
guards: minutes, actions, approvals and progress; cases with their consent, identity, risk, safety plans and
referrals; the team's set-up and settings; the keys and restoring a backup; the statistics, the centre and the
exchange (``require``, ``require_any``, ``require_for_case``, ``require_in_own_session``).

The person acting is the profile chosen at unlock (``services.profiles.start_session`` sets ``Database.actor`` to
its name; the command line does the same with ``--user``); ``acting_permissions`` reads their roles from the
database inside the caller's unit of work, so a role revoked a moment ago counts at once.

A database in which no role was ever granted works as before roles existed: everyone may do everything
(``domain.roles``). The first grant brings roles into force and makes the person granting it the administrator,
so the database is never left with roles and nobody able to change them. From then on only an administrator (of
a profile still in use) grants and revokes, and the last administrator cannot be revoked. Every grant and revoke
is audited by ids only (the grant's id, the person's, the body's or agency's), never names.

On a laptop file these roles decide what the program offers and what its services accept; the passphrase is still
the team's, so they are the office's rules kept by the program, not a lock against someone who holds the key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.roles import ROLE_PERMISSIONS, Grant, Permission, Permissions, Role, Scope, roles_with
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, Body, CaseFile, UserProfile, UserRole

GRANTED = "role_granted"
REVOKED = "role_revoked"

MISSING_ROLE = Message(
    th="ท่านทำสิ่งนี้ไม่ได้ ต้องมีบทบาท{roles}{where} โปรดติดต่อผู้ดูแลระบบของฐานข้อมูลนี้",
    en="You cannot do this: it needs the role of {roles}{where}. Ask this database's administrator",
)
NOBODY_ACTING = Message(
    th="ฐานข้อมูลนี้กำหนดบทบาทผู้ใช้แล้ว โปรดระบุว่าท่านคือใคร (เลือกชื่อตอนปลดล็อก หรือ --user ชื่อ)",
    en="This database has roles in force: say who you are (choose your name at unlock, or --user NAME)",
)
BODY_REQUIRED = Message(th="โปรดเลือกคณะที่บทบาทนี้ดูแล", en="Choose the body this role serves")
AGENCY_REQUIRED = Message(th="โปรดเลือกหน่วยงานของเจ้าหน้าที่", en="Choose the officer's agency")
ROLE_ALREADY_HELD = Message(th="ผู้ใช้นี้มีบทบาทนี้อยู่แล้ว", en="This person already holds this role")
PERSON_NOT_IN_USE = Message(
    th="ผู้ใช้นี้ถูกปิดการใช้งานแล้ว ให้บทบาทไม่ได้", en="This person was retired: they cannot be given a role"
)
LAST_ADMINISTRATOR = Message(
    th="ถอนบทบาทผู้ดูแลระบบคนสุดท้ายไม่ได้ โปรดให้บทบาทนี้แก่ผู้ใช้อีกคนก่อน",
    en="The last administrator cannot be revoked: give the role to another person first",
)


@dataclass(frozen=True)
class RoleGrant:
    """One role held by one person, as the users' section lists it: ``place`` is the body's or the agency's
    name (empty for a role held for the whole database)."""

    id: int
    profile_id: int
    role: Role
    body_id: int | None
    agency_id: int | None
    place: str
    granted_at: dt.datetime
    granted_by: str


@dataclass(frozen=True)
class PersonRoles:
    profile_id: int
    name: str
    retired: bool
    grants: tuple[RoleGrant, ...]


# --- reading roles ------------------------------------------------------------------------------------------------


def roles_in_force(session: Session) -> bool:
    """Has any role ever been granted (and not all revoked again)?"""
    return session.scalar(select(UserRole.id).limit(1)) is not None


def are_in_force(db: Database) -> bool:
    """Has this database any role granted: from then on roles decide who may do what."""
    with db.read_session() as session:
        return roles_in_force(session)


def _grants_of(session: Session, profile_id: int) -> list[Grant]:
    rows = session.execute(
        select(UserRole.role, UserRole.body_id, UserRole.agency_id).where(UserRole.profile_id == profile_id)
    )
    return [Grant(Role(role), body_id, agency_id) for role, body_id, agency_id in rows]


def acting_profile_id(session: Session, db: Database) -> int | None:
    """The profile the database acts as (``Database.actor``), if it names one still in use."""
    if not db.actor:
        return None
    return session.scalar(
        select(UserProfile.id).where(UserProfile.name == db.actor, UserProfile.retired.is_(False))
    )


def acting_permissions(session: Session, db: Database) -> Permissions:
    """What the person acting in ``db`` may do, read inside an open unit of work."""
    in_force = roles_in_force(session)
    if not in_force:
        return Permissions.of((), roles_in_force=False)
    profile_id = acting_profile_id(session, db)
    grants = _grants_of(session, profile_id) if profile_id is not None else []
    return Permissions.of(grants, roles_in_force=True)


def permissions_of(db: Database, profile_id: int) -> Permissions:
    """What the person with this profile may do (the GUI asks once the profile is chosen)."""
    with db.read_session() as session:
        if not roles_in_force(session):
            return Permissions.of((), roles_in_force=False)
        return Permissions.of(_grants_of(session, profile_id), roles_in_force=True)


def my_permissions(db: Database) -> Permissions:
    """What the person acting in ``db`` may do, in a unit of work of its own."""
    with db.read_session() as session:
        return acting_permissions(session, db)


def require(
    session: Session,
    db: Database,
    permission: Permission,
    *,
    body_id: int | None = None,
    agency_id: int | None = None,
) -> None:
    """Refuse (a ``Refusal`` naming the role that is missing, and for which body or agency) unless the person
    acting may do ``permission`` there; called inside the change's unit of work, before anything changes."""
    permissions = acting_permissions(session, db)
    if permissions.allows(permission, body_id=body_id, agency_id=agency_id):
        return
    if acting_profile_id(session, db) is None:
        raise Refusal(NOBODY_ACTING)
    raise Refusal(
        MISSING_ROLE,
        roles=_role_names(roles_with(permission)),
        where=_where(session, body_id if permission.scope is Scope.BODY else None, agency_id),
    )


def require_any(
    session: Session,
    db: Database,
    permissions: tuple[Permission, ...],
    *,
    body_id: int | None = None,
    agency_id: int | None = None,
) -> None:
    """Refuse unless the person acting holds one of ``permissions``: a body's permission for ``body_id`` and an
    agency's for ``agency_id`` when given, else for any body or agency (a case given to no body yet, the team's
    agencies, the statistics). The refusal names every role that would do; called inside the unit of work,
    before anything changes."""
    held = acting_permissions(session, db)
    for permission in permissions:
        place_needed = {Scope.BODY: body_id, Scope.AGENCY: agency_id}.get(permission.scope)
        if permission.scope is not Scope.DATABASE and place_needed is None:
            if held.anywhere(permission):
                return
        elif held.allows(permission, body_id=body_id, agency_id=agency_id):
            return
    if acting_profile_id(session, db) is None:
        raise Refusal(NOBODY_ACTING)
    needed = tuple(role for role in Role if any(p in ROLE_PERMISSIONS[role] for p in permissions))
    # "of <body>" only when every role named is held for that body (or agency); an administrator is not.
    scopes = {permission.scope for permission in permissions}
    raise Refusal(
        MISSING_ROLE,
        roles=_role_names(needed),
        where=_where(
            session,
            body_id if scopes == {Scope.BODY} else None,
            agency_id if scopes == {Scope.AGENCY} else None,
        ),
    )


def require_in_own_session(db: Database, *permissions: Permission) -> None:
    """``require_any`` in a unit of work of its own, for a use case that changes no row (the office's keys, a
    file written)."""
    with db.read_session() as session:
        require_any(session, db, permissions)


def require_for_case(session: Session, db: Database, permission: Permission, case_id: int) -> None:
    """``require_any`` of a body's ``permission`` for the body the case belongs to (held for any body when the
    case belongs to none)."""
    with session.no_autoflush:
        found = session.execute(select(CaseFile.body_id).where(CaseFile.id == case_id)).first()
    if found is None:
        return  # the caller's own lookup says the case is gone
    require_any(session, db, (permission,), body_id=found[0])


def _role_names(roles: tuple[Role, ...]) -> Message:
    return Message(th=" หรือ ".join(role.th for role in roles), en=" or ".join(role.en for role in roles))


def _where(session: Session, body_id: int | None, agency_id: int | None) -> Message:
    """ " ของคณะ…" / " of …": which body or agency the role is needed for (names of bodies and agencies are not
    case data)."""
    name = ""
    if body_id is not None:
        name = session.scalar(select(Body.name_th).where(Body.id == body_id)) or ""
    elif agency_id is not None:
        row = session.execute(
            select(Agency.abbreviation, Agency.name_th).where(Agency.id == agency_id)
        ).first()
        name = (row[0] or row[1]) if row is not None else ""
    return Message(th=f" ของ {name}", en=f" for {name}") if name else Message(th="", en="")


def list_people_with_roles(db: Database, *, include_retired: bool = False) -> list[PersonRoles]:
    """Every person of the database with the roles they hold, in the order of their names."""
    with db.read_session() as session:
        people = session.scalars(select(UserProfile).order_by(UserProfile.name)).all()
        rows = session.execute(
            select(UserRole, Body.name_th, Agency.abbreviation, Agency.name_th)
            .outerjoin(Body, Body.id == UserRole.body_id)
            .outerjoin(Agency, Agency.id == UserRole.agency_id)
            .order_by(UserRole.role, UserRole.id)
        ).all()
    grants: dict[int, list[RoleGrant]] = {}
    for row, body_name, abbreviation, agency_name in rows:
        place = body_name or abbreviation or agency_name or ""
        grants.setdefault(row.profile_id, []).append(
            RoleGrant(
                row.id,
                row.profile_id,
                Role(row.role),
                row.body_id,
                row.agency_id,
                place,
                row.granted_at,
                row.granted_by,
            )
        )
    order = {role: index for index, role in enumerate(Role)}
    return [
        PersonRoles(
            person.id,
            person.name,
            person.retired,
            tuple(sorted(grants.get(person.id, []), key=lambda grant: (order[grant.role], grant.place))),
        )
        for person in people
        if include_retired or not person.retired
    ]


# --- granting and revoking ----------------------------------------------------------------------------------------


def active_administrators(session: Session) -> list[int]:
    """The grants of the administrator role held by people still in use."""
    return list(
        session.scalars(
            select(UserRole.id)
            .join(UserProfile, UserProfile.id == UserRole.profile_id)
            .where(UserRole.role == Role.ADMINISTRATOR.value, UserProfile.retired.is_(False))
        )
    )


def grants_held_by(session: Session, profile_id: int) -> set[int]:
    """The ids of the grants one person holds."""
    return set(session.scalars(select(UserRole.id).where(UserRole.profile_id == profile_id)))


def _managing_profile(session: Session, db: Database) -> tuple[int, bool]:
    """The person granting or revoking, and whether they must become the administrator first (no administrator
    in use yet). Refused for someone who is not an administrator once one exists."""
    granter = acting_profile_id(session, db)
    if granter is None:
        raise Refusal(NOBODY_ACTING)
    if not active_administrators(session):
        return granter, True
    require(session, db, Permission.MANAGE_USERS)
    return granter, False


def _add_grant(session: Session, db: Database, profile_id: int, grant: Grant) -> UserRole:
    held = session.scalar(
        select(UserRole.id).where(
            UserRole.profile_id == profile_id,
            UserRole.role == grant.role.value,
            UserRole.body_id.is_(None) if grant.body_id is None else UserRole.body_id == grant.body_id,
            UserRole.agency_id.is_(None)
            if grant.agency_id is None
            else UserRole.agency_id == grant.agency_id,
        )
    )
    if held is not None:
        raise Refusal(ROLE_ALREADY_HELD)
    row = UserRole(
        profile_id=profile_id,
        role=grant.role.value,
        body_id=grant.body_id,
        agency_id=grant.agency_id,
        granted_by=db.actor,
    )
    session.add(row)
    session.flush()
    place = (
        f"body {grant.body_id}"
        if grant.body_id is not None
        else f"agency {grant.agency_id}"
        if grant.agency_id is not None
        else "database"
    )
    audit.add_entry(
        session,
        db.actor,
        GRANTED,
        "user_role",
        row.id,
        detail=f"profile {profile_id}: {grant.role} ({place})",
    )
    return row


def grant_role(
    db: Database,
    profile_id: int,
    role: Role | str,
    *,
    body_id: int | None = None,
    agency_id: int | None = None,
) -> int:
    """Give ``role`` to a person, for a body (secretary, chair), an agency (agency officer) or the whole
    database; returns the grant's id. The first grant of a database also makes the person granting it the
    administrator (audited as a grant of its own)."""
    role = Role(role)
    if role.scope is Scope.BODY and body_id is None:
        raise Refusal(BODY_REQUIRED)
    if role.scope is Scope.AGENCY and agency_id is None:
        raise Refusal(AGENCY_REQUIRED)
    grant = Grant(
        role,
        body_id if role.scope is Scope.BODY else None,
        agency_id if role.scope is Scope.AGENCY else None,
    )
    with db.session() as session:
        person = session.get_one(UserProfile, profile_id)
        if person.retired:
            raise Refusal(PERSON_NOT_IN_USE)
        granter, becomes_administrator = _managing_profile(session, db)
        if becomes_administrator and not (granter == profile_id and role is Role.ADMINISTRATOR):
            administrator = Grant(Role.ADMINISTRATOR)
            if administrator not in _grants_of(session, granter):
                _add_grant(session, db, granter, administrator)
                _follow_on_server(session, db, granter)
        row = _add_grant(session, db, profile_id, grant)
        _follow_on_server(session, db, profile_id)
        return row.id


def revoke_role(db: Database, grant_id: int) -> None:
    """Take a role back. Refused for the last administrator still in use: someone must be able to manage."""
    with db.session() as session:
        row = session.get(UserRole, grant_id)
        if row is None:
            return  # revoked meanwhile (another window): what was asked for is true
        _managing_profile(session, db)
        if row.role == Role.ADMINISTRATOR.value and active_administrators(session) == [row.id]:
            raise Refusal(LAST_ADMINISTRATOR)
        profile_id, role = row.profile_id, row.role
        session.delete(row)
        audit.add_entry(
            session, db.actor, REVOKED, "user_role", grant_id, detail=f"profile {profile_id}: {role}"
        )
        _follow_on_server(session, db, profile_id)


def _follow_on_server(session: Session, db: Database, profile_id: int) -> None:
    """On a server, the person's account joins or leaves the groups of their roles in the same transaction
    (``services.server_accounts``); nothing to do on a file."""
    if db.on_server:
        from mdt_desktop.services import server_accounts  # it builds on this module

        server_accounts.follow_roles(session, db, profile_id)
