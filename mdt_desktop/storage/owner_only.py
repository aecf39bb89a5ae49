"""Files and folders only their owner can read: the database, its write-ahead log, key file and backups.

The database is encrypted, but its key file and the files beside it still say what they are; on a shared computer
(a district office's common login aside, a family laptop) other accounts have no business reading them. Files are
made 0600 and folders 0700 on Linux and macOS when the program creates them; SQLite gives the ``-wal`` and ``-shm``
files the mode of their database. Files that older versions made readable by others are tightened when the
database is next opened for writing (``tighten``). Windows keeps its own access lists (a user's folders are
private by default) and ignores these modes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mdt_desktop.logging_setup import get_logger

_log = get_logger("storage")

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def create_empty_file(path: Path) -> None:
    """A new empty file at ``path`` readable by its owner only (an existing file is an error: FileExistsError)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def make_folder(path: Path) -> None:
    """``path`` and any missing parents; the folders made are the owner's only, an existing one is left as it is."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)


def open_for_writing(path: Path) -> int:
    """A descriptor for writing ``path`` from empty, created readable by its owner only."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)


def tighten(path: Path, what: str) -> None:
    """``path`` made its owner's only (a folder 0700, a file 0600) if others could read or enter it; missing is
    fine. A chmod refused (a file another account owns) is logged as ``what`` (e.g. "key file"), never with the
    path, whose name may say whom it is about, and never stops the caller."""
    if os.name != "posix":
        return
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        _log.warning("%s: mode not checked (%s)", what, type(error).__name__)
        return
    wanted = FOLDER_MODE if stat.S_ISDIR(status.st_mode) else FILE_MODE
    if stat.S_IMODE(status.st_mode) & ~wanted == 0:
        return
    try:
        os.chmod(path, wanted)
    except OSError as error:
        _log.warning("%s: could not be made readable by its owner only (%s)", what, type(error).__name__)
        return
    _log.info("%s: made readable by its owner only (was %o)", what, stat.S_IMODE(status.st_mode))
