"""People's own accounts on a database on a PostgreSQL server: setting up what the server enforces
(``storage.server_accounts``: groups, grants, row-level security), mapping a person to the server account they
sign in with, keeping that account's groups in line with the roles they hold, and knowing who signed in.

On a server nobody chooses a name at unlock: the account the connection signed in with (``current_user``) is
mapped to one person (``user_profile.server_account``), and ``act_as_signed_in`` makes that person the actor of
the audit log. Mapping an account, and the grants and revokes of roles (``services.roles``, which calls
``follow_roles``), change the account's membership of the database's groups in the same transaction, when the
acting account may (an administrator's may: their group holds the right to grant the others). When it may not,
the roles are recorded and the server's memberships follow at the next ``secure`` (``mdt roles secure``), run by
the database's owner after creating the schema and after every upgrade.

Creating a server account needs the right to create roles (``CREATEROLE``), which the owner's account has and an
administrator's need not: the password is turned into its SCRAM verifier on this side, so neither the server nor
its logs see it. An account for sign-in with a client certificate gets no password (the server's ``pg_hba.conf``
then says ``cert`` for it). Every mapping is audited by ids, never names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, profiles, roles
from mdt_desktop.storage import server_accounts
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import UserProfile
from mdt_desktop.storage.server_accounts import DatabaseNameTooLong, MembershipReport, SecurityReport

ACCOUNT_SET = "server_account_set"

NOT_ON_SERVER = Message(
    th="บัญชีผู้ใช้ของเซิร์ฟเวอร์มีเฉพาะฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL ในไฟล์บนเครื่องนี้ ผู้ใช้เลือกชื่อของตนตอนปลดล็อก",
    en="Server accounts exist only for a database on a PostgreSQL server; with a file on this computer each "
    "person chooses their name at unlock",
)
NOT_THE_OWNER = Message(
    th="บัญชีนี้ตั้งค่าความปลอดภัยของฐานข้อมูลไม่ได้ ต้องใช้บัญชีเจ้าของฐานข้อมูลที่สร้างบทบาทได้ (CREATEROLE) "
    "โปรดให้ผู้ดูแลเซิร์ฟเวอร์เป็นผู้ทำ",
    en="This account cannot set up the database's security: it takes the database owner's account, with the "
    "right to create roles (CREATEROLE). Ask the server's administrator",
)
DATABASE_NAME_TOO_LONG = Message(
    th="ชื่อฐานข้อมูลบนเซิร์ฟเวอร์ยาวเกิน {limit} ตัวอักษร จึงตั้งชื่อกลุ่มผู้ใช้ไม่ได้ โปรดใช้ชื่อที่สั้นกว่านี้",
    en="The database's name on the server is longer than {limit} characters, which leaves no room for its "
    "groups' names: use a shorter name",
)
ACCOUNT_NAME_INVALID = Message(
    th="ชื่อบัญชีเซิร์ฟเวอร์ต้องเป็นอักษรภาษาอังกฤษตัวเล็ก ตัวเลข จุด ขีดกลาง หรือขีดล่าง ยาวไม่เกิน 63 ตัว และขึ้นต้นด้วยตัวอักษร",
    en="A server account's name is lower-case English letters, digits, dots, hyphens or underscores, at most 63 "
    "characters, starting with a letter",
)
ACCOUNT_IS_A_GROUP = Message(
    th="ชื่อ {account} เป็นชื่อกลุ่มผู้ใช้ของฐานข้อมูลนี้ ใช้เป็นบัญชีของบุคคลไม่ได้",
    en="{account} is the name of one of this database's groups, not an account for a person",
)
ACCOUNT_TAKEN = Message(
    th="บัญชีเซิร์ฟเวอร์ {account} เป็นของผู้ใช้อีกคนในฐานข้อมูลนี้แล้ว",
    en="The server account {account} already belongs to another person of this database",
)
ACCOUNT_MISSING = Message(
    th="เซิร์ฟเวอร์ยังไม่มีบัญชี {account} โปรดกำหนดรหัสผ่านเพื่อสร้างบัญชี หรือเลือกเข้าด้วยใบรับรอง "
    "(--certificate) หรือให้ผู้ดูแลเซิร์ฟเวอร์สร้างบัญชีก่อน",
    en="The server has no account {account}: give a password to create it, or choose sign-in with a client "
    "certificate (--certificate), or ask the server's administrator to create it first",
)
CANNOT_CREATE_ACCOUNT = Message(
    th="บัญชีของท่านสร้างบัญชีเซิร์ฟเวอร์ใหม่ไม่ได้ (ต้องมีสิทธิ์ CREATEROLE) โปรดให้ผู้ดูแลเซิร์ฟเวอร์สร้างบัญชี {account}",
    en="Your account may not create server accounts (it needs CREATEROLE): ask the server's administrator to "
    "create the account {account}",
)

# PostgreSQL takes any name quoted; the program keeps to names that need no quoting anywhere (pg_hba.conf,
# certificates' common names, a .pgpass line).
_ACCOUNT_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,62}")


@dataclass(frozen=True)
class AccountChange:
    """What mapping an account did: whether the server account was created, and the memberships changed."""

    account: str
    created: bool
    memberships: MembershipReport


@dataclass(frozen=True)
class SignedIn:
    """The server account the connection signed in with, and the person mapped to it (None: nobody)."""

    account: str
    profile: profiles.Profile | None


def _require_server(db: Database) -> None:
    if not db.on_server:
        raise Refusal(NOT_ON_SERVER)


def _denied(refusal: Refusal) -> bool:
    """The server's refusal of a grant or a policy (``storage.server_accounts.denied``), not the program's."""
    return refusal.reason == server_accounts.SERVER_DENIED


def secure(db: Database) -> SecurityReport:
    """Set up, or bring up to date, what the server enforces on this database: run by its owner after creating
    the schema and after every upgrade."""
    _require_server(db)
    try:
        with db.engine.begin() as connection:
            return server_accounts.apply_security(connection)
    except DatabaseNameTooLong as error:
        raise Refusal(DATABASE_NAME_TOO_LONG, limit=server_accounts.LONGEST_DATABASE_NAME) from error
    except Refusal as refusal:
        if _denied(refusal):
            raise Refusal(NOT_THE_OWNER) from refusal
        raise


def signed_in(db: Database) -> SignedIn:
    """Who the server's connection is, and the person of this database mapped to that account."""
    _require_server(db)
    with db.read_session() as session:
        account = server_accounts.current_account(session.connection())
        row = session.scalars(
            select(UserProfile).where(UserProfile.server_account == account, UserProfile.retired.is_(False))
        ).first()
        profile = None if row is None else profiles.Profile(row.id, row.name, row.retired)
    return SignedIn(account, profile)


def act_as_signed_in(db: Database) -> profiles.Profile | None:
    """Make the person mapped to the signed-in account the actor (their session's start audited); None when the
    account is mapped to nobody (the owner's, setting up). On a database the server only lets read, the session's
    start goes unaudited."""
    profile = signed_in(db).profile
    if profile is None:
        return None
    if db.read_only:  # a standby takes no audit entry; reading from it is what it is opened for
        db.actor = profile.name
        return profile
    return profiles.start_session(db, profile.id)


def accounts(db: Database) -> dict[int, str]:
    """The server account of each person who has one, by profile id."""
    with db.read_session() as session:
        rows = session.execute(
            select(UserProfile.id, UserProfile.server_account).where(UserProfile.server_account.is_not(None))
        )
        return {profile_id: account for profile_id, account in rows if account}


def groups_of(db: Database, account: str) -> list[str]:
    """The database's groups ``account`` is a member of, by name."""
    _require_server(db)
    with db.read_session() as session:
        connection = session.connection()
        names = server_accounts.groups(connection)
        held = server_accounts.memberships(connection, names).get(account, set())
    return sorted(names[role] for role in held)


def set_account(
    db: Database,
    profile_id: int,
    account: str,
    *,
    password: str | None = None,
    certificate: bool = False,
) -> AccountChange:
    """Map a person to the server account they sign in with, creating it when the server has none (with
    ``password``, or for sign-in with a client certificate), and put it in the groups of the roles they hold.
    The account the person had before, if another, leaves this database's groups."""
    _require_server(db)
    if not _ACCOUNT_NAME.fullmatch(account):
        raise Refusal(ACCOUNT_NAME_INVALID)
    try:
        with db.session() as session:
            connection = session.connection()
            if account in server_accounts.groups(connection).values():
                raise Refusal(ACCOUNT_IS_A_GROUP, account=account)
            if roles.roles_in_force(session) and roles.active_administrators(session):
                roles.require(session, db, Permission.MANAGE_USERS)
            person = session.get_one(UserProfile, profile_id)
            if person.retired:
                raise Refusal(roles.PERSON_NOT_IN_USE)
            holder = session.scalar(
                select(UserProfile.id).where(
                    UserProfile.server_account == account, UserProfile.id != profile_id
                )
            )
            if holder is not None:
                raise Refusal(ACCOUNT_TAKEN, account=account)
            created = False
            if not server_accounts.role_exists(connection, account):
                if password is None and not certificate:
                    raise Refusal(ACCOUNT_MISSING, account=account)
                verifier = (
                    None
                    if password is None
                    else server_accounts.password_verifier(connection, account, password)
                )
                server_accounts.create_account(connection, account, verifier)
                created = True
            previous = person.server_account
            person.server_account = account
            session.flush()
            changed = [account] if not previous or previous == account else [account, previous]
            report = server_accounts.sync_memberships(connection, changed)
            audit.add_entry(session, db.actor, ACCOUNT_SET, "user_profile", profile_id)
    except Refusal as refusal:
        if _denied(refusal):
            raise Refusal(CANNOT_CREATE_ACCOUNT, account=account) from refusal
        raise
    return AccountChange(account, created, report)


def follow_roles(session: Session, db: Database, profile_id: int) -> bool:
    """After a grant or revoke (``services.roles``, inside its unit of work): on a server, the person's account
    joins or leaves the database's groups to match. False when the acting account may not change them (the
    roles stand; ``secure`` brings the memberships in line later); True otherwise, and on a file."""
    if not db.on_server:
        return True
    account = session.scalar(select(UserProfile.server_account).where(UserProfile.id == profile_id))
    if not account:
        return True
    session.flush()  # the grant or revoke itself, which the memberships are read from
    try:
        with session.begin_nested():
            server_accounts.sync_memberships(session.connection(), [account])
    except Refusal as refusal:
        if not _denied(refusal):
            raise
        return False
    return True
