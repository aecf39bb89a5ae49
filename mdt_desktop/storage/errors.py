"""Errors of the environment (wrong passphrase, file not ours, corrupt, read-only, full disk, failing drive, newer
schema).

These become a clear message for the user and leave the data as it was; anything else is a bug and takes the
crash path. Messages name the file and what to do, in Thai and English, and never carry case data.
"""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path

from mdt_desktop.refusal import Message


class StorageProblem(StrEnum):
    WRONG_SECRET = "wrong_secret"
    NOT_FOUND = "not_found"
    ALREADY_EXISTS = "already_exists"
    MISSING_KEY_SLOTS = "missing_key_slots"
    KEY_FILE_DAMAGED = "key_file_damaged"
    KEY_FILE_FOREIGN = "key_file_foreign"
    KEY_FILE_NEWER = "key_file_newer"
    NOT_OURS = "not_ours"
    CORRUPT = "corrupt"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    DISK_IO = "disk_io"
    NEWER_SCHEMA = "newer_schema"
    LOCKED = "locked"
    NO_KEYRING = "no_keyring"
    SERVER_UNAVAILABLE = "server_unavailable"
    SERVER_DATABASE_NOT_EMPTY = "server_database_not_empty"
    SERVER_READ_ONLY = "server_read_only"
    SERVER_UPGRADE_BY_OWNER = "server_upgrade_by_owner"


_MESSAGES: dict[StorageProblem, Message] = {
    StorageProblem.WRONG_SECRET: Message(
        "รหัสผ่านหรือรหัสกู้คืนไม่ถูกต้อง ไฟล์ {name} ไม่ถูกแก้ไข โปรดลองใหม่อีกครั้ง",
        "The passphrase or recovery code is wrong. {name} was not changed; please try again.",
    ),
    StorageProblem.NOT_FOUND: Message(
        "ไม่พบไฟล์ฐานข้อมูล {path} โปรดตรวจสอบตำแหน่งไฟล์",
        "The database file {path} does not exist. Check where it is.",
    ),
    StorageProblem.ALREADY_EXISTS: Message(
        "มีไฟล์ {path} อยู่แล้ว จะไม่เขียนทับ โปรดเลือกชื่อไฟล์อื่น",
        "{path} already exists and will not be overwritten. Choose another file name.",
    ),
    StorageProblem.MISSING_KEY_SLOTS: Message(
        "ไม่พบไฟล์กุญแจ {name}.keys ที่ต้องอยู่คู่กับฐานข้อมูล โปรดคัดลอกไฟล์นี้จากที่เดียวกับฐานข้อมูลหรือจากสำรองข้อมูล "
        "หรือเปิดด้วยรหัสกู้คืน (ใช้ได้ถ้ายังมีไฟล์ {name}.recovery อยู่ข้างฐานข้อมูล)",
        "The key file {name}.keys that belongs beside the database is missing. Copy it from where the database "
        "came from or from a backup, or open with the recovery code (which works while {name}.recovery is "
        "still beside the database).",
    ),
    StorageProblem.KEY_FILE_DAMAGED: Message(
        "ไฟล์กุญแจ {name} เสียหายหรือถูกแก้ไข จึงใช้เปิดฐานข้อมูลไม่ได้ ฐานข้อมูลไม่ถูกแก้ไข "
        "โปรดคัดลอกไฟล์ {name} จากสำรองข้อมูลมาวางแทน หรือเปิดด้วยรหัสกู้คืน",
        "The key file {name} is damaged or was altered, so it cannot open the database. The database was not "
        "changed. Copy {name} from a backup over it, or open with the recovery code.",
    ),
    StorageProblem.KEY_FILE_FOREIGN: Message(
        "ไฟล์กุญแจ {name} เป็นของฐานข้อมูลอื่น ไม่ใช่ของไฟล์นี้ ไม่มีการแก้ไขไฟล์ "
        "โปรดคัดลอกไฟล์กุญแจที่มาพร้อมกับฐานข้อมูลนี้ (จากที่เดียวกันหรือจากสำรองข้อมูล)",
        "The key file {name} belongs to another database, not to this one. Nothing was changed. Copy the key "
        "file that came with this database (from where it came from or from its backup).",
    ),
    StorageProblem.KEY_FILE_NEWER: Message(
        "ไฟล์กุญแจ {name} สร้างจากโปรแกรมรุ่นใหม่กว่า โปรดปรับรุ่นโปรแกรมก่อนเปิดฐานข้อมูลนี้",
        "The key file {name} was written by a newer version of the program. Update the program to open "
        "this database.",
    ),
    StorageProblem.NOT_OURS: Message(
        "ไฟล์ {path} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ หรือไม่ตรงกับไฟล์กุญแจ ไม่มีการแก้ไขไฟล์",
        "{path} is not a database of this program, or does not match its key file. Nothing was changed.",
    ),
    StorageProblem.CORRUPT: Message(
        "ไฟล์ {path} เสียหาย โปรดเปิดจากไฟล์สำรองข้อมูลล่าสุด และเก็บไฟล์ที่เสียไว้เพื่อตรวจสอบ",
        "{path} is damaged. Open the latest backup and keep the damaged file for inspection.",
    ),
    StorageProblem.READ_ONLY: Message(
        "ไม่สามารถเขียนไฟล์ {path} ได้ (ไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว) โปรดย้ายไปยังโฟลเดอร์ที่เขียนได้",
        "{path} cannot be written (the file or its folder is read-only). Move it to a folder you can write to.",
    ),
    StorageProblem.DISK_FULL: Message(
        "พื้นที่ดิสก์เต็ม ไม่สามารถบันทึกลงไฟล์ {path} ได้ ข้อมูลที่บันทึกแล้วยังอยู่ครบ โปรดเพิ่มพื้นที่ว่างแล้วลองใหม่",
        "The disk is full: {path} could not be written. What was saved before is intact; free some space and "
        "try again.",
    ),
    StorageProblem.DISK_IO: Message(
        "ดิสก์หรือแฟลชไดรฟ์ USB ที่เก็บไฟล์ {path} แจ้งข้อผิดพลาดในการอ่านหรือเขียน โปรดคัดลอกข้อมูลไปเก็บในที่ปลอดภัย"
        "โดยเร็ว แล้วตรวจสอบไดรฟ์นั้น (ถอดแล้วเสียบใหม่ หรือเปลี่ยนไดรฟ์)",
        "The disk or USB drive holding {path} reported a read or write error. Copy the data to safety soon, then "
        "check the drive (unplug and reconnect it, or replace it).",
    ),
    StorageProblem.NEWER_SCHEMA: Message(
        "ไฟล์ {path} สร้างจากโปรแกรมรุ่นใหม่กว่า โปรดปรับรุ่นโปรแกรมก่อนเปิดไฟล์นี้",
        "{path} was made by a newer version of the program. Update the program to open it.",
    ),
    StorageProblem.LOCKED: Message(
        "ไฟล์ {path} กำลังถูกใช้งานโดยโปรแกรมอื่น โปรดปิดโปรแกรมนั้นแล้วลองใหม่",
        "{path} is in use by another program. Close it and try again.",
    ),
    StorageProblem.NO_KEYRING: Message(
        "เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบที่ใช้งานได้ จึงจำรหัสผ่านไว้ไม่ได้ ต้องพิมพ์รหัสผ่านทุกครั้งที่เปิด",
        "This computer has no usable system keyring, so the key cannot be remembered: type the passphrase "
        "at every unlock.",
    ),
    StorageProblem.SERVER_UNAVAILABLE: Message(
        "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล {path} ไม่ได้ หรือการเชื่อมต่อขาดไป ข้อมูลที่บันทึกแล้วยังอยู่ครบบนเซิร์ฟเวอร์ "
        "โปรดตรวจสอบเครือข่ายหรือแจ้งผู้ดูแลเซิร์ฟเวอร์ แล้วลองใหม่",
        "The database server {path} cannot be reached, or the connection was lost. What was saved before is "
        "intact on the server; check the network or tell the server's administrator, then try again.",
    ),
    StorageProblem.SERVER_DATABASE_NOT_EMPTY: Message(
        "ฐานข้อมูล {path} บนเซิร์ฟเวอร์มีตารางอยู่แล้ว จึงไม่สร้างฐานข้อมูลของโปรแกรมทับ "
        "โปรดให้ผู้ดูแลเซิร์ฟเวอร์สร้างฐานข้อมูลเปล่าให้ใหม่",
        "The database {path} on the server already holds tables, so the program's database is not made over "
        "them. Ask the server's administrator for a new empty database.",
    ),
    StorageProblem.SERVER_READ_ONLY: Message(
        "ฐานข้อมูล {path} บนเซิร์ฟเวอร์เปิดให้อ่านอย่างเดียว (เช่น เครื่องสำรองของเซิร์ฟเวอร์) จึงบันทึกไม่ได้ "
        "ข้อมูลที่บันทึกแล้วยังอยู่ครบ โปรดเปิดฐานข้อมูลหลักหรือแจ้งผู้ดูแลเซิร์ฟเวอร์",
        "The database {path} on the server is read-only (a standby of the server, for instance), so nothing can "
        "be saved; what was saved before is intact. Open the main database or tell the server's administrator.",
    ),
    StorageProblem.SERVER_UPGRADE_BY_OWNER: Message(
        "ฐานข้อมูล {path} บนเซิร์ฟเวอร์ยังเป็นรุ่นก่อนของโปรแกรมนี้ ต้องให้เจ้าของฐานข้อมูลปรับรุ่นก่อน "
        "ไม่มีข้อมูลใดถูกแก้ไข โปรดแจ้งผู้ดูแลเซิร์ฟเวอร์ให้สั่ง mdt check --url ด้วยบัญชีเจ้าของฐานข้อมูล",
        "The database {path} on the server is of an earlier version of this program and only its owner may "
        "upgrade it; nothing was changed. Ask the server's administrator to run mdt check --url with the "
        "owner's account.",
    ),
}


class StorageError(Exception):
    """A problem of the environment, with the file it concerns; ``message()`` is for the user."""

    def __init__(self, problem: StorageProblem, path: Path | str) -> None:
        super().__init__(f"{problem.value}: {path}")
        self.problem = problem
        self.path = Path(path)

    def message(self, language: str = "th") -> str:
        return _MESSAGES[self.problem].text(language, path=self.path, name=self.path.name)


def classify(error: BaseException, path: Path) -> StorageError | None:
    """Map an exception from SQLite, SQLCipher or the OS to a problem of the environment, or None for a bug."""
    if isinstance(error, StorageError):
        return error
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, OSError):
        if cause.errno == errno.ENOSPC:
            return StorageError(StorageProblem.DISK_FULL, path)
        if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(StorageProblem.READ_ONLY, path)
        if cause.errno == errno.ENOENT:
            return StorageError(StorageProblem.NOT_FOUND, path)
        if cause.errno == errno.EIO:
            return StorageError(StorageProblem.DISK_IO, path)
        return None
    # The drivers are imported here, not with the module: the unlock window needs StorageError before them.
    import sqlite3

    import sqlcipher3

    if not isinstance(cause, sqlcipher3.dbapi2.Error | sqlite3.Error):
        return None
    text = str(cause).lower()
    if "file is not a database" in text or "not a database" in text:
        return StorageError(StorageProblem.NOT_OURS, path)
    # A damaged page of the search index shows up as its virtual table failing to load.
    if "malformed" in text or "corrupt" in text or "vtable constructor failed" in text:
        return StorageError(StorageProblem.CORRUPT, path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(StorageProblem.READ_ONLY, path)
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(StorageProblem.DISK_FULL, path)
    if "locked" in text or "busy" in text:
        return StorageError(StorageProblem.LOCKED, path)
    if "disk i/o error" in text:
        return StorageError(StorageProblem.DISK_IO, path)
    return None
