"""The lock beside the database (``<db>.lock``) that keeps a second copy of the program off the same file.

The file says who has the database open (process id, computer, program name) and is held with a lock of the
operating system (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows). The system drops that lock when
the process ends, however it ends, so a file left behind by a crash never blocks the next start: only a live
holder does. Within one process the lock is shared and counted: the program itself opens the same file more than
once (the unlock window's look, a backup), and only another process is a second copy.

A second copy is refused with a ``Refusal``, not a ``StorageError``: nothing is wrong with the file or the
computer, the program declines by rule, and the message must name the other process (its id and program), which
``Refusal`` carries as values. A folder where the lock file cannot be created (read-only) is opened without one:
nothing can be written there by any copy, and refusing would hide a database that can still be read.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mdt_desktop.refusal import Message, Refusal

ALREADY_OPEN = Message(
    "ฐานข้อมูล {name} เปิดอยู่ในโปรแกรมอื่นแล้ว ({program} หมายเลขโปรเซส {pid} บนเครื่อง {host}) "
    "การเปิดซ้ำอาจทำให้บันทึกชนกัน โปรดใช้หน้าต่างที่เปิดอยู่ หรือปิดโปรแกรมนั้นแล้วลองใหม่",
    "The database {name} is already open in another program ({program}, process {pid} on {host}). Opening it "
    "twice could make edits collide: use the window that has it open, or close that program and try again.",
)
UNKNOWN = "?"

_UNWRITABLE_FOLDER = (errno.EACCES, errno.EPERM, errno.EROFS)
# Windows locks a byte range, and a locked range cannot be read by others: the lock sits far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds the lock, as the holder wrote it; ``UNKNOWN`` where the file did not say."""

    pid: str
    host: str
    program: str


def lock_path_for(database_path: Path) -> Path:
    return Path(f"{database_path}.lock")


def read_holder(database_path: Path) -> Holder:
    try:
        fields = json.loads(lock_path_for(database_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        fields = {}
    if not isinstance(fields, dict):
        fields = {}
    return Holder(
        str(fields.get("pid", UNKNOWN)), str(fields.get("host", UNKNOWN)), str(fields.get("program", UNKNOWN))
    )


@dataclass
class _Held:
    descriptor: int | None  # None: the folder is read-only and no lock file could be made
    path: Path
    count: int


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


class InstanceLock:
    """This process's hold on one database; ``release`` once for each ``acquire``."""

    def __init__(self, key: Path) -> None:
        self._key: Path | None = key

    @classmethod
    def acquire(cls, database_path: Path) -> InstanceLock:
        """Take the lock, or raise ``Refusal(ALREADY_OPEN)`` naming the process that has it."""
        key = Path(os.path.abspath(database_path))
        with _guard:
            held = _held.get(key)
            if held is not None:
                held.count += 1
            else:
                _held[key] = _Held(_take(key), lock_path_for(key), 1)
        return cls(key)

    @classmethod
    @contextlib.contextmanager
    def held(cls, database_path: Path) -> Iterator[InstanceLock]:
        lock = cls.acquire(database_path)
        try:
            yield lock
        finally:
            lock.release()

    def release(self) -> None:
        key, self._key = self._key, None
        if key is None:
            return
        with _guard:
            held = _held[key]
            held.count -= 1
            if held.count:
                return
            del _held[key]
            if held.descriptor is not None:
                # Removed while still locked, so a copy starting now finds either this locked file or none.
                with contextlib.suppress(OSError):
                    held.path.unlink()
                _unlock(held.descriptor)
                os.close(held.descriptor)


def _take(database_path: Path) -> int | None:
    path = lock_path_for(database_path)
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            if error.errno in _UNWRITABLE_FOLDER:
                return None
            raise
        if not _try_lock(descriptor):
            os.close(descriptor)
            holder = read_holder(database_path)
            raise Refusal(
                ALREADY_OPEN,
                name=database_path.name,
                pid=holder.pid,
                host=holder.host,
                program=holder.program,
            )
        if _still_there(descriptor, path):
            break
        # The holder removed the file between our open and our lock: ours is a lock on nothing; take a new one.
        _unlock(descriptor)
        os.close(descriptor)
    program = _program_name()
    text = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "program": program})
    os.ftruncate(descriptor, 0)
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, text.encode("utf-8"))
    os.fsync(descriptor)
    return descriptor


def _program_name() -> str:
    script = Path(sys.argv[0]).name if sys.argv else ""
    # ``python -c`` and the interactive interpreter have no script: the interpreter is what runs.
    return script if script and not script.startswith("-") else Path(sys.executable).name


def _still_there(descriptor: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(descriptor), os.stat(path))
    except FileNotFoundError:
        return False


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
