"""What the main window offers a person, from their roles (``domain.roles``): its pages, its menu actions, the
chair's screen, and which of the pages' writing controls are on. Hiding is for a clear window, not for safety:
the services refuse what the roles do not allow whatever the window shows; these rules mirror theirs, so that
nothing offered leads only to a refusal.

A database without roles offers everything, as before roles existed, and no agency officer's page. Once roles
are in force, an agency officer sees งานของหน่วยงานฉัน in place of the secretary's pages; settings are offered to
everyone (language, zoom), with the users-and-roles section for the administrator only, the team's settings
(name, holidays, backups) for the secretaries and the administrator, and the keys and the automatic lock for the
administrator.
"""

from __future__ import annotations

from mdt_desktop.domain.roles import KEEPS_TEAM_SETUP, READS_STATISTICS, Permission, Permissions

# A page is offered to whoever holds one of these permissions somewhere; a page not named here is always offered.
PAGE_PERMISSIONS: dict[str, tuple[Permission, ...]] = {
    # The chair reads the minutes to approve them and runs the meeting from the chair's screen.
    "meetings": (Permission.WRITE_MINUTES, Permission.APPROVE_MINUTES, Permission.SHOW_CHAIR_SCREEN),
    "register": (Permission.WRITE_MINUTES, Permission.APPROVE_MINUTES),
    "cases": (Permission.READ_CASES,),
    "statistics": READS_STATISTICS,
    # The team's agencies and bodies are what roles are granted for: the secretary keeps them, and the
    # administrator needs them to grant roles.
    "agencies": KEEPS_TEAM_SETUP,
    "bodies": KEEPS_TEAM_SETUP,
    "centre": (Permission.READ_DISTRICTS,),
    "agency_work": (Permission.RECORD_AGENCY_PROGRESS,),
}

# Menu actions by their object names in the main window.
ACTION_PERMISSIONS: dict[str, tuple[Permission, ...]] = {
    "actionSearch": (Permission.WRITE_MINUTES, Permission.APPROVE_MINUTES, Permission.READ_DISTRICTS),
    "actionSendToCentre": (Permission.KEEP_CASES,),  # the package carries the district's cases
    "actionChairScreen": (Permission.SHOW_CHAIR_SCREEN,),
}


def _holds_one(permissions: Permissions, wanted: tuple[Permission, ...]) -> bool:
    return any(permissions.anywhere(permission) for permission in wanted)


def page_offered(name: str, permissions: Permissions) -> bool:
    if name == "agency_work" and permissions.unrestricted:
        return False  # nobody is an agency officer before roles are granted
    wanted = PAGE_PERMISSIONS.get(name)
    return wanted is None or _holds_one(permissions, wanted)


def action_offered(object_name: str, permissions: Permissions) -> bool:
    wanted = ACTION_PERMISSIONS.get(object_name)
    return wanted is None or _holds_one(permissions, wanted)


def manages_users(permissions: Permissions) -> bool:
    """The users-and-roles section of the settings: the administrator's, and everyone's before the first grant
    (whoever makes it becomes the administrator)."""
    return permissions.anywhere(Permission.MANAGE_USERS)


def keeps_team_setup(permissions: Permissions) -> bool:
    """The team's name, holidays and backup schedule (and its agencies, areas and bodies) may be changed."""
    return _holds_one(permissions, KEEPS_TEAM_SETUP)


def keeps_body(permissions: Permissions, body_id: int | None) -> bool:
    """A body's own record and its roster: its secretary or the administrator (``services.bodies``)."""
    return permissions.allows(Permission.WRITE_MINUTES, body_id=body_id) or permissions.anywhere(
        Permission.MANAGE_USERS
    )


def reads_districts(permissions: Permissions) -> bool:
    """What the districts sent (the centre's statistics and page): the centre officer's."""
    return permissions.anywhere(Permission.READ_DISTRICTS)


def keeps_keys(permissions: Permissions) -> bool:
    """The passphrase, the recovery code, a new key and the automatic lock: the administrator's."""
    return permissions.anywhere(Permission.MANAGE_USERS)


def keeps_cases(permissions: Permissions) -> bool:
    """A case's record, consent, identity, assessments, safety plan and referrals may be written (the case list
    holds only the cases of the bodies the person reads: ``services.cases.list_cases``)."""
    return permissions.anywhere(Permission.KEEP_CASES)
