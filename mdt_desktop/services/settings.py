"""The team's settings, kept in the encrypted database: how the team calls itself and the holidays that
deadlines skip, plus the office name proposed for a new signing certificate; and changing the passphrase.

The user's own preferences (language, name for the audit log, remembering the key) belong to the computer, not
to the team, and live in ``gui.preferences``. Every function here is one unit of work the settings page runs on
the worker; a write returns the settings as they now are, so the page shows what was stored.

With roles in force (``services.roles``) the team's settings are kept by its secretaries and the administrator
(``domain.roles.KEEPS_TEAM_SETUP``); the automatic lock and the keys (passphrase, recovery code, a new key) by the
administrator only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.roles import KEEPS_TEAM_SETUP, Permission
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import FieldState
from mdt_desktop.storage.keys import WrongSecretError
from mdt_desktop.storage.models import Body, Holiday, Setting

# The office's rule for an unattended laptop: lock after this many minutes without input (0: never).
DEFAULT_AUTO_LOCK_MINUTES = 10
LONGEST_AUTO_LOCK_MINUTES = 240
AUTO_LOCK_OUT_OF_RANGE = Message(
    th="เวลาล็อกอัตโนมัติต้องอยู่ระหว่าง 1 ถึง {most} นาที (หรือ 0 คือไม่ล็อกเอง)",
    en="The automatic lock must come after 1 to {most} minutes (or 0: never)",
)

# Both names are in use in Thailand; the first is the one a new database starts with.
MDT_LABELS = ("ทีมสหวิชาชีพ", "ทีมสหสาขาวิชาชีพ")


@dataclass(frozen=True)
class TeamSettings:
    mdt_label: str
    holidays: tuple[tuple[dt.date, str], ...]  # (day, name), by day


def load_team_settings(db: Database) -> TeamSettings:
    with db.read_session() as session:
        label = session.get(Setting, SettingKey.MDT_LABEL.value)
        holidays = session.execute(select(Holiday.day, Holiday.name).order_by(Holiday.day)).all()
    return TeamSettings(
        mdt_label=label.value if label is not None and label.value else MDT_LABELS[0],
        holidays=tuple((day, name) for day, name in holidays),
    )


def set_mdt_label(db: Database, label: str) -> None:
    """How the team calls itself in the minutes: one of ``MDT_LABELS``."""
    if label not in MDT_LABELS:
        raise ValueError(f"not an MDT label: {label!r}")
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        row = session.get(Setting, SettingKey.MDT_LABEL.value)
        if row is None:
            session.add(Setting(key=SettingKey.MDT_LABEL.value, value=label))
        else:
            row.value = label


def put_holiday(db: Database, day: dt.date, name: str, replacing: dt.date | None = None) -> TeamSettings:
    """Add a holiday, or move/rename the one on ``replacing``; returns the settings as they now are."""
    name = typed_text.checked(name, typed_text.NAME)
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        if replacing is not None and replacing != day:
            old = session.get(Holiday, replacing)
            if old is not None:
                session.delete(old)
                session.flush()
        row = session.get(Holiday, day)
        if row is None:
            session.add(Holiday(day=day, name=name))
        else:
            row.name = name
    return load_team_settings(db)


def remove_holiday(db: Database, day: dt.date) -> TeamSettings:
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        row = session.get(Holiday, day)
        if row is not None:
            session.delete(row)
    return load_team_settings(db)


def load_auto_lock_minutes(db: Database) -> int:
    """Minutes without input before the program locks itself; 0: it never does."""
    with db.read_session() as session:
        row = session.get(Setting, SettingKey.AUTO_LOCK_MINUTES.value)
    value = row.value if row is not None else ""
    if value.isdigit() and int(value) <= LONGEST_AUTO_LOCK_MINUTES:
        return int(value)
    return DEFAULT_AUTO_LOCK_MINUTES


def save_auto_lock_minutes(db: Database, minutes: int, actor: str) -> int:
    """The office's rule for every laptop that opens this file; audited, since 0 leaves a laptop open."""
    if not 0 <= minutes <= LONGEST_AUTO_LOCK_MINUTES:
        raise Refusal(AUTO_LOCK_OUT_OF_RANGE, most=LONGEST_AUTO_LOCK_MINUTES)
    with db.session() as session:
        roles.require(session, db, Permission.MANAGE_USERS)
        row = session.get(Setting, SettingKey.AUTO_LOCK_MINUTES.value)
        if row is None:
            session.add(Setting(key=SettingKey.AUTO_LOCK_MINUTES.value, value=str(minutes)))
        else:
            row.value = str(minutes)
        audit.add_entry(session, actor, "auto_lock_set", "database", None, detail=str(minutes))
    return minutes


def proposed_office_name(db: Database) -> str:
    """The name a new signing certificate is proposed under: the first body's, or nothing."""
    with db.read_session() as session:
        return session.scalar(select(Body.name_th).order_by(Body.id).limit(1)) or ""


def change_passphrase(db: Database, actor: str, current: str, new: str, *, rekey: bool = False) -> str | None:
    """Re-wrap the key with ``new`` after checking ``current``, so an unattended unlocked laptop is not enough.

    With ``rekey`` (someone who knew the passphrase has left) the file gets a new key as well: old passphrases,
    recovery codes and copies of the key file no longer open it, and the new recovery code is returned to be
    shown once. Backups made before still open with the old passphrase and recovery code. Audited either way.
    On a server the office's passphrase of the restricted fields is changed (a rekey is the file's alone)."""
    roles.require_in_own_session(db, Permission.MANAGE_USERS)
    if db.on_server and not rekey:
        # A server's database has no file key: the office's passphrase is the one wrapping the restricted
        # fields' key. A plain one has none at all, and its change_passphrase says so (the server's accounts).
        if db.restricted_fields.state is not FieldState.OFF:
            db.check_field_passphrase(current)
    else:
        try:
            db.slots.unlock_with_passphrase(current)
        except WrongSecretError as error:
            raise StorageError(StorageProblem.WRONG_SECRET, db.path) from error
    if rekey:
        code = db.rekey(new)
        audit.log(db, actor, "rekey", "database", None)
        return code
    db.change_passphrase(new)
    audit.log(db, actor, "change_passphrase", "database", None)
    return None


def new_recovery_code(db: Database, actor: str) -> str:
    """A new recovery code (the old one stops working), to be shown once; audited."""
    roles.require_in_own_session(db, Permission.MANAGE_USERS)
    code = db.new_recovery_code()
    audit.log(db, actor, "new_recovery_code", "database", None)
    return code
