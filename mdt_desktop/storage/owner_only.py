"""Files and folders only their owner can read: the database, its write-ahead log, key file and backups.

The database is encrypted, but its key file and the files beside it still say what they are; on a shared computer
(a district office's common login aside, a family laptop) other accounts have no business reading them. Files are
made 0600 and folders 0700 on Linux and macOS when the program creates them; SQLite gives the ``-wal`` and ``-shm``
files the mode of their database. Windows keeps its own access lists (a user's folders are private by default) and
ignores these modes.
"""

from __future__ import annotations

import os
from pathlib import Path

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
