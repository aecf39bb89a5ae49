"""Keys of the database-wide settings (table ``setting``), declared once so no module spells them twice."""

from __future__ import annotations

from enum import StrEnum


class SettingKey(StrEnum):
    # How this team calls itself: ทีมสหวิชาชีพ or ทีมสหสาขาวิชาชีพ (both are in use).
    MDT_LABEL = "mdt_label"
    # Read by the chair before any case is discussed; every attendee acknowledges it.
    CONFIDENTIALITY_STATEMENT = "confidentiality_statement"
    # Prefix of case codes when the body has no code of its own ("MDT" in MDT-2569-0001).
    CASE_CODE_PREFIX = "case_code_prefix"
    # Version of the seed data put into this database; present means seeding was done.
    SEED_VERSION = "seed_version"
    # Where backups go (a folder path; empty: the ``backups`` folder beside the database), how many are kept,
    # and when they are made (services.backups.BackupSchedule).
    BACKUP_FOLDER = "backup_folder"
    BACKUP_KEEP = "backup_keep"
    BACKUP_SCHEDULE = "backup_schedule"
    # Minutes without input after which the program locks itself (services.settings); "0" never locks.
    AUTO_LOCK_MINUTES = "auto_lock_minutes"
