"""People's roles and what each allows: the rule deciding whether a person may do something, for which body or
agency.

A role is held for one body (secretary, chair), for one agency (agency officer) or for the whole database (centre
officer, administrator). Each role carries a fixed set of permissions (``ROLE_PERMISSIONS``), and a permission is
held where its role is held: a secretary of one body writes that body's minutes and no other's.

A database in which no role was ever granted works as before roles existed: everyone who can unlock it may do
everything (``Permissions.unrestricted``). Existing offices and the demo keep working unchanged; roles come into
force the moment the first one is granted (which also makes the granter the administrator: services.roles).

What each role allows: the secretary writes the minutes and actions of the bodies they serve
and keeps those bodies' cases (record, consent, identity, risk, safety plans, referrals); the chair approves the
minutes, shows the chair's screen and reads the body's cases without their identity; the agency officer records the
progress of their own agency's actions only; the centre officer reads the districts' records and statistics and
takes in their packages; the administrator manages people, roles and the office's keys. The team's set-up (agencies,
areas, bodies, shared settings) is kept by the secretaries and the administrator (``KEEPS_TEAM_SETUP``).

The secretary may show the chair's screen too: the secretary runs the meeting from the laptop that feeds the
projector, and the chair's screen is what the room sees of the minutes being written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum


class Scope(Enum):
    """What a role is held for."""

    BODY = "body"
    AGENCY = "agency"
    DATABASE = "database"


class Role(StrEnum):
    SECRETARY = "secretary"
    CHAIR = "chair"
    AGENCY_OFFICER = "agency_officer"
    CENTRE_OFFICER = "centre_officer"
    ADMINISTRATOR = "administrator"

    @property
    def th(self) -> str:
        return _ROLE_LABELS[self][0]

    @property
    def en(self) -> str:
        return _ROLE_LABELS[self][1]

    def label(self, language: str = "th") -> str:
        return self.th if language == "th" else self.en

    @property
    def scope(self) -> Scope:
        return _ROLE_SCOPES[self]


_ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.SECRETARY: ("เลขานุการ", "secretary"),
    Role.CHAIR: ("ประธาน", "chair"),
    Role.AGENCY_OFFICER: ("เจ้าหน้าที่หน่วยงาน", "agency officer"),
    Role.CENTRE_OFFICER: ("เจ้าหน้าที่ศูนย์ฯ จังหวัด", "centre officer"),
    Role.ADMINISTRATOR: ("ผู้ดูแลระบบ", "administrator"),
}

_ROLE_SCOPES: dict[Role, Scope] = {
    Role.SECRETARY: Scope.BODY,
    Role.CHAIR: Scope.BODY,
    Role.AGENCY_OFFICER: Scope.AGENCY,
    Role.CENTRE_OFFICER: Scope.DATABASE,
    Role.ADMINISTRATOR: Scope.DATABASE,
}


class Permission(StrEnum):
    WRITE_MINUTES = "write_minutes"  # a body's meetings, their minutes and actions, and their follow-up
    APPROVE_MINUTES = "approve_minutes"  # a body's minutes become approved
    SHOW_CHAIR_SCREEN = "show_chair_screen"  # a body's meetings on the projector
    KEEP_CASES = (
        "keep_cases"  # a body's cases: their records, consent, identity, risk, safety plans, referrals
    )
    READ_CASES = (
        "read_cases"  # a body's case records and the statistics, without identity and without changing them
    )
    RECORD_AGENCY_PROGRESS = "record_agency_progress"  # progress of an agency's own actions, between meetings
    READ_DISTRICTS = (
        "read_districts"  # the districts' records and statistics, their packages and decisions (the centre)
    )
    MANAGE_USERS = "manage_users"  # people, their roles, and the office's keys

    @property
    def scope(self) -> Scope:
        return _PERMISSION_SCOPES[self]


_PERMISSION_SCOPES: dict[Permission, Scope] = {
    Permission.WRITE_MINUTES: Scope.BODY,
    Permission.APPROVE_MINUTES: Scope.BODY,
    Permission.SHOW_CHAIR_SCREEN: Scope.BODY,
    Permission.KEEP_CASES: Scope.BODY,
    Permission.READ_CASES: Scope.BODY,
    Permission.RECORD_AGENCY_PROGRESS: Scope.AGENCY,
    Permission.READ_DISTRICTS: Scope.DATABASE,
    Permission.MANAGE_USERS: Scope.DATABASE,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SECRETARY: frozenset(
        {Permission.WRITE_MINUTES, Permission.SHOW_CHAIR_SCREEN, Permission.KEEP_CASES, Permission.READ_CASES}
    ),
    Role.CHAIR: frozenset({Permission.APPROVE_MINUTES, Permission.SHOW_CHAIR_SCREEN, Permission.READ_CASES}),
    Role.AGENCY_OFFICER: frozenset({Permission.RECORD_AGENCY_PROGRESS}),
    Role.CENTRE_OFFICER: frozenset({Permission.READ_DISTRICTS}),
    Role.ADMINISTRATOR: frozenset({Permission.MANAGE_USERS}),
}


# Who keeps the team's set-up: its agencies, areas, bodies and their members, and its shared settings (how it
# calls itself, its holidays, its backups): the secretaries, who write with them, and the administrator, who
# grants roles for them. A body's own record and roster: its secretary (``WRITE_MINUTES`` for that body) or the
# administrator.
KEEPS_TEAM_SETUP: tuple[Permission, ...] = (Permission.WRITE_MINUTES, Permission.MANAGE_USERS)

# Who reads the statistics: whoever reads a body's cases, and the centre officer (the districts' statistics).
READS_STATISTICS: tuple[Permission, ...] = (Permission.READ_CASES, Permission.READ_DISTRICTS)


def roles_with(permission: Permission) -> tuple[Role, ...]:
    """The roles that carry ``permission``, in the order of ``Role``: what a refusal names as missing."""
    return tuple(role for role in Role if permission in ROLE_PERMISSIONS[role])


@dataclass(frozen=True)
class Grant:
    """One role held by one person: for a body (``body_id``), an agency (``agency_id``) or the whole database
    (both None)."""

    role: Role
    body_id: int | None = None
    agency_id: int | None = None

    def __post_init__(self) -> None:
        wants_body, wants_agency = self.role.scope is Scope.BODY, self.role.scope is Scope.AGENCY
        if (self.body_id is not None) != wants_body or (self.agency_id is not None) != wants_agency:
            raise ValueError(f"{self.role} is held for a {self.role.scope.value}")


@dataclass(frozen=True)
class Permissions:
    """What one person may do. ``unrestricted``: the database has no role granted at all, so everyone may do
    everything, as before roles existed."""

    grants: frozenset[Grant]
    unrestricted: bool = False

    @classmethod
    def of(cls, grants: Iterable[Grant], *, roles_in_force: bool) -> Permissions:
        return cls(frozenset(grants), unrestricted=not roles_in_force)

    def allows(
        self, permission: Permission, *, body_id: int | None = None, agency_id: int | None = None
    ) -> bool:
        """May the person do ``permission`` for this body or agency (whichever the permission's scope asks)?"""
        if self.unrestricted:
            return True
        for grant in self.grants:
            if permission not in ROLE_PERMISSIONS[grant.role]:
                continue
            if permission.scope is Scope.DATABASE:
                return True
            if permission.scope is Scope.BODY and grant.body_id == body_id:
                return True
            if permission.scope is Scope.AGENCY and grant.agency_id == agency_id:
                return True
        return False

    def anywhere(self, permission: Permission) -> bool:
        """Does the person hold ``permission`` for at least one body or agency: what the GUI offers."""
        return self.unrestricted or any(permission in ROLE_PERMISSIONS[grant.role] for grant in self.grants)

    def bodies(self, permission: Permission) -> frozenset[int] | None:
        """The bodies for which the person holds ``permission``; None for every body (unrestricted)."""
        if self.unrestricted:
            return None
        return frozenset(
            grant.body_id
            for grant in self.grants
            if grant.body_id is not None and permission in ROLE_PERMISSIONS[grant.role]
        )

    def agencies(self, permission: Permission) -> frozenset[int] | None:
        """The agencies for which the person holds ``permission``; None for every agency (unrestricted)."""
        if self.unrestricted:
            return None
        return frozenset(
            grant.agency_id
            for grant in self.grants
            if grant.agency_id is not None and permission in ROLE_PERMISSIONS[grant.role]
        )

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(grant.role for grant in self.grants)


UNRESTRICTED = Permissions(frozenset(), unrestricted=True)
