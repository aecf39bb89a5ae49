"""Writing a finished document where the person chose, whole or not at all, and the one refusal for a destination
that cannot take it.

The bytes go to a temporary file in the destination folder (never elsewhere: the document holds case data) and
are renamed over the destination once they are all on the disk, so a reader never sees half a file and a failed
export leaves nothing behind; an existing file is replaced only when the caller says so. Every way the
destination can fail (missing folder, not a folder, a folder where the file should go, existing file, no
permission or read-only media, full disk, any other refusal of the operating system while writing there) becomes
one ``Refusal`` that names the file and what to do.
Only the operations on the destination are inside that mapping: an error while laying the document out is a bug.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from mdt_desktop.refusal import Message, Refusal

NO_FOLDER = Message(
    "บันทึก {name} ไม่สำเร็จ: ไม่พบโฟลเดอร์ปลายทาง {folder} โปรดเลือกโฟลเดอร์ที่มีอยู่",
    "Could not save {name}: the folder {folder} does not exist. Choose a folder that exists.",
)
NOT_A_FOLDER = Message(
    "บันทึก {name} ไม่สำเร็จ: ปลายทางที่เลือก {folder} ไม่ใช่โฟลเดอร์ โปรดเลือกโฟลเดอร์",
    "Could not save {name}: {folder} is not a folder. Choose a folder.",
)
A_FOLDER_THERE = Message(
    "บันทึก {name} ไม่สำเร็จ: {name} ใน {folder} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ โปรดเลือกชื่อไฟล์",
    "Could not save {name}: {name} in {folder} is a folder, not a file. Choose a file name.",
)
FILE_EXISTS = Message(
    "ไม่ได้บันทึก {name}: มีไฟล์ชื่อนี้อยู่แล้วใน {folder} โปรดเลือกชื่ออื่น หรือยืนยันให้เขียนทับ",
    "Did not save {name}: a file of that name is already in {folder}. Choose another name, or allow replacing it.",
)
READ_ONLY = Message(
    "บันทึก {name} ไม่สำเร็จ: ไม่มีสิทธิ์เขียนใน {folder} หรือเป็นสื่อแบบอ่านอย่างเดียว โปรดเลือกที่อื่น",
    "Could not save {name}: {folder} cannot be written to (no permission, or read-only media). "
    "Choose another place.",
)
DISK_FULL = Message(
    "บันทึก {name} ไม่สำเร็จ: พื้นที่ดิสก์เต็ม โปรดเลือกที่อื่นหรือลบไฟล์ที่ไม่ใช้",
    "Could not save {name}: the disk is full. Choose another place or free some space.",
)
CANNOT_WRITE = Message(
    "บันทึก {name} ไม่สำเร็จ: ระบบไม่ยอมให้เขียนใน {folder} ({code}) โปรดเลือกที่อื่น",
    "Could not save {name}: the system refused to write in {folder} ({code}). Choose another place.",
)

_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def refusal_for(error: OSError, path: Path) -> Refusal:
    """The destination's failure as the person can act on it: which file, which folder, what to do."""
    # The folder as a full path: "in ." tells a person at a command line nothing.
    where = {"name": path.name, "folder": str(path.absolute().parent)}
    if error.errno == errno.ENOENT:
        return Refusal(NO_FOLDER, **where)
    if error.errno == errno.ENOTDIR:
        return Refusal(NOT_A_FOLDER, **where)
    if error.errno == errno.EISDIR:
        return Refusal(A_FOLDER_THERE, **where)
    if error.errno == errno.EEXIST:
        return Refusal(FILE_EXISTS, **where)
    if error.errno in _READ_ONLY:
        return Refusal(READ_ONLY, **where)
    if error.errno in _DISK_FULL:
        return Refusal(DISK_FULL, **where)
    return Refusal(CANNOT_WRITE, code=errno.errorcode.get(error.errno or 0, "OSError"), **where)


def check_folder(folder: Path, name: str) -> None:
    """Refuse a folder that is missing or is not a folder before any work is done for it."""
    path = folder / name
    if not folder.exists():
        raise refusal_for(OSError(errno.ENOENT, "missing"), path)
    if not folder.is_dir():
        raise refusal_for(OSError(errno.ENOTDIR, "not a folder"), path)


def check_free(path: Path, *, force: bool) -> None:
    """Refuse a destination that already holds a file (unless ``force``) or that is a folder."""
    if path.is_dir():
        raise refusal_for(OSError(errno.EISDIR, "a folder"), path)
    if path.exists() and not force:
        raise refusal_for(OSError(errno.EEXIST, "exists"), path)


def write_whole(path: Path, content: bytes, *, force: bool) -> Path:
    """Put ``content`` at ``path`` all at once: a temporary file beside it, flushed to the disk, then renamed."""
    check_folder(path.parent, path.name)
    check_free(path, force=force)
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            write_all(stream, content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise refusal_for(error, path) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):  # the refusal above says what went wrong; this is tidying up
                os.unlink(temporary)
    return path


def write_all(stream: BinaryIO, content: bytes) -> None:
    """The one place bytes reach the disk (tests make it fail as a full disk would)."""
    stream.write(content)
