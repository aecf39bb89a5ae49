"""Backups and the ways back from damage, as use cases: back up now, list the generations, prune to the number the
office keeps, the scheduled backup (first open of a day and at close), restore a backup keeping the current file
aside, report what is damaged in a file that no longer opens, and salvage its readable rows into a new database.

The schedule lives in the team's settings (``backup_folder``, ``backup_keep``, ``backup_schedule``): the same for
everyone who opens the file. Restores and salvages are audited in the database they produce, by file names only.
With roles in force (``services.roles``) the schedule is kept by the secretaries and the administrator, and only an
administrator restores: the backup's own roles decide, since once restored it is the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.roles import KEEPS_TEAM_SETUP, Permission
from mdt_desktop.domain.setting_keys import SettingKey
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.storage import backups, salvage
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keys import KeySlots
from mdt_desktop.storage.models import Setting
from mdt_desktop.storage.salvage import SalvageReport

DEFAULT_KEEP = 10
MOST_KEPT = 1000

KEEP_OUT_OF_RANGE = Message(
    "จำนวนชุดสำรองข้อมูลที่เก็บไว้ต้องอยู่ระหว่าง 1 ถึง {most}",
    "The number of backups to keep must be between 1 and {most}.",
)
FOLDER_MISSING = Message(
    "ไม่พบโฟลเดอร์ {folder} ถ้าเป็นแฟลชไดรฟ์ โปรดเสียบแล้วลองอีกครั้ง ยังไม่ได้สำรองข้อมูล ข้อมูลในโปรแกรมยังอยู่ครบ",
    "The folder {folder} is not there. If it is a USB drive, plug it in and try again. Nothing was backed up; "
    "nothing in the program is lost.",
)
RESTORE_NEEDS_ADMINISTRATOR = Message(
    "สำรองข้อมูลนี้กำหนดบทบาทผู้ใช้แล้ว ผู้ดูแลระบบของฐานข้อมูลเท่านั้นที่นำกลับมาใช้ได้ "
    "(คำสั่ง mdt restore --user ชื่อผู้ดูแลระบบ) ยังไม่ได้เปลี่ยนแปลงไฟล์ใด",
    "This backup has roles in force: only an administrator of the database restores it "
    "(mdt restore --user NAME). No file was changed.",
)
NOT_A_BACKUP = Message(
    "ไม่พบไฟล์สำรองข้อมูล {path} หรือไฟล์กุญแจ (.keys) ที่อยู่คู่กัน",
    "The backup {path} or the key file (.keys) beside it is missing.",
)


class BackupSchedule(StrEnum):
    DAILY = "daily"  # at the first open of a day and at close
    AT_CLOSE = "at_close"  # at every close
    MANUAL = "manual"  # only when asked


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None  # None: the ``backups`` folder beside the database
    keep: int
    schedule: BackupSchedule

    def folder_for(self, database_path: Path) -> Path:
        return backups.backup_folder(database_path) if self.folder is None else self.folder


# --- settings -------------------------------------------------------------------------------------------------


def load_backup_settings(db: Database) -> BackupSettings:
    keys = (SettingKey.BACKUP_FOLDER, SettingKey.BACKUP_KEEP, SettingKey.BACKUP_SCHEDULE)
    with db.read_session() as session:
        values = {row.key: row.value for row in session.scalars(select(Setting).where(Setting.key.in_(keys)))}
    folder = values.get(SettingKey.BACKUP_FOLDER, "")
    keep = values.get(SettingKey.BACKUP_KEEP, "")
    schedule = values.get(SettingKey.BACKUP_SCHEDULE, "")
    return BackupSettings(
        folder=Path(folder) if folder else None,
        keep=int(keep) if keep.isdigit() and 1 <= int(keep) <= MOST_KEPT else DEFAULT_KEEP,
        schedule=BackupSchedule(schedule) if schedule in set(BackupSchedule) else BackupSchedule.DAILY,
    )


def save_backup_settings(
    db: Database, folder: Path | None, keep: int, schedule: BackupSchedule
) -> BackupSettings:
    if not 1 <= keep <= MOST_KEPT:
        raise Refusal(KEEP_OUT_OF_RANGE, most=MOST_KEPT)
    values = {
        SettingKey.BACKUP_FOLDER: "" if folder is None else typed_text.clean(str(folder)),
        SettingKey.BACKUP_KEEP: str(keep),
        SettingKey.BACKUP_SCHEDULE: schedule.value,
    }
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
    return load_backup_settings(db)


# --- backing up -----------------------------------------------------------------------------------------------


def back_up_now(
    db: Database, folder: Path | None = None, keep: int | None = None, reason: str = "manual"
) -> Path:
    """A verified backup of the open database in ``folder`` (the office's folder by default), then the oldest
    beyond ``keep`` generations removed; returns the new backup's path."""
    settings = load_backup_settings(db)
    target_folder = settings.folder_for(db.path) if folder is None else folder
    kept = settings.keep if keep is None else keep
    if not 1 <= kept <= MOST_KEPT:
        raise Refusal(KEEP_OUT_OF_RANGE, most=MOST_KEPT)
    if folder is None and settings.folder is not None and not settings.folder.is_dir():
        # The office's chosen folder is usually a USB drive: made again here it would sit on the laptop's own
        # disk, beside the database it is meant to survive. The folder beside the database is made when needed.
        raise Refusal(FOLDER_MISSING, folder=settings.folder)
    made = backups.backup(db, reason, target_folder)
    backups.prune(db.path, kept, target_folder)
    return made


def generations(db: Database) -> list[Path]:
    """The backups of the open database in the office's folder, oldest first."""
    return backups.list_backups(db.path, load_backup_settings(db).folder_for(db.path))


def latest_backup(database_path: Path) -> Path | None:
    """The newest backup in the ``backups`` folder beside a database that may not open (damaged, locked)."""
    made = backups.list_backups(database_path)
    return made[-1] if made else None


def scheduled_backup_due(db: Database, at_close: bool, today: dt.date | None = None) -> bool:
    """Whether the office's schedule asks for a backup now: daily at the first open of a day (no backup made
    today yet) and at close; or at every close; never when manual, the file is read-only, or the database is on a
    server (whose administrator backs it up with pg_dump)."""
    if db.on_server:
        return False
    settings = load_backup_settings(db)
    if db.read_only or settings.schedule is BackupSchedule.MANUAL:
        return False
    if at_close:
        return True
    if settings.schedule is not BackupSchedule.DAILY:
        return False
    day = (today or dt.date.today()).strftime("%Y%m%d")
    stem = db.path.stem
    return not any(path.name.startswith(f"{stem}-{day}-") for path in generations(db))


def scheduled_backup(db: Database, at_close: bool) -> Path | None:
    """The backup the schedule asks for now, if any (run on the worker: it reads the whole file)."""
    if not scheduled_backup_due(db, at_close):
        return None
    return back_up_now(db, reason="at-close" if at_close else "first-open-of-day")


# --- ways back ------------------------------------------------------------------------------------------------


def restore(backup: Path, database_path: Path, passphrase: str, actor: str) -> Path:
    """Put ``backup`` in place of the (closed) database at ``database_path`` after checking the passphrase opens
    it; the current files are set aside, never overwritten. Returns where they were set aside."""
    if not backup.is_file() or not KeySlots.path_for(backup).is_file():
        raise Refusal(NOT_A_BACKUP, path=backup)
    checked = Database.open_with_passphrase(backup, passphrase, allow_read_only=True)
    try:
        checked.actor = actor
        roles.require_in_own_session(checked, Permission.MANAGE_USERS)
    except Refusal as refused:
        raise Refusal(RESTORE_NEEDS_ADMINISTRATOR) from refused
    finally:
        checked.close()
    aside = backups.put_back(backup, database_path, dt.datetime.now())
    restored = Database.open_with_passphrase(database_path, passphrase)
    try:
        detail = f"from {backup.name}; previous file set aside as {aside.name}"
        audit.log(restored, actor, "restore", "database", None, detail=detail)
    finally:
        restored.close()
    return aside


def damage_report(database_path: Path, passphrase: str) -> SalvageReport:
    """What is damaged in a file that does not open: page checks and every table read row by row."""
    key, _slots = Database.unlock_with_passphrase(database_path, passphrase)
    return salvage.damage_report(database_path, key)


def salvage_database(damaged: Path, new: Path, passphrase: str, actor: str) -> SalvageReport:
    """Every readable row of ``damaged`` (only read) copied into a new database at ``new`` that the same passphrase
    and recovery code open; the salvage is audited in the new database."""
    key, slots = Database.unlock_with_passphrase(damaged, passphrase)
    if new.resolve() == damaged.resolve():
        raise StorageError(StorageProblem.ALREADY_EXISTS, new)
    report = salvage.salvage(damaged, key, slots, new)
    salvaged = Database.open_with_key(new, key, slots)
    try:
        lost = ", ".join(report.damaged_tables) or "none"
        detail = f"from {damaged.name}; tables with unreadable rows: {lost}"
        audit.log(salvaged, actor, "salvage", "database", None, detail=detail)
    finally:
        salvaged.close()
    return report
