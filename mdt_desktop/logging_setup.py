"""The program's log: named loggers per area and one file in the platform's user log folder, rotated at start.

Log lines say what the program did (opened a database, a job failed, a page was shown) and never carry case data,
passphrases, recovery codes or keys: callers log ids, counts and file names only. No Qt here, so the CLI can
use the same set-up.

The file is rotated when a program starts, not while it writes: ``logging.handlers``' rotating handler would make
the first window wait for its imports (socket, pickle: about 9 ms of CPU), and a session writes a few kilobytes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

from platformdirs import user_log_dir

APP_NAME = "mdt-desktop"
LOG_FILE_NAME = "mdt-desktop.log"
ROOT_LOGGER = "mdt"
# One logger per area, so a support person can raise one area to DEBUG without drowning in the others.
AREAS = ("app", "gui", "storage", "services", "exports", "crash", "qt")

_MAX_BYTES = 1_000_000
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_FILE_MODE = 0o600
_FOLDER_MODE = 0o700

_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The user log folder (e.g. ~/.local/state/mdt-desktop/log on Linux), created if missing, its owner's only.

    The log holds no case data, but it says when the program was used and which files it opened: on a shared
    computer other accounts have no business reading it."""
    folder = Path(user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(mode=_FOLDER_MODE, parents=True, exist_ok=True)
    _owner_only(folder, _FOLDER_MODE)
    return folder


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def get_logger(area: str) -> logging.Logger:
    """The logger of one area of the program, e.g. ``get_logger("storage")`` -> ``mdt.storage``."""
    if area not in AREAS:
        raise ValueError(f"unknown log area {area!r}; add it to AREAS")
    return logging.getLogger(f"{ROOT_LOGGER}.{area}")


def setup_logging(level: int = logging.INFO) -> Path:
    """Send every area's records to the rotating log file; returns its path. Calling it again changes nothing."""
    global _handler
    path = log_file()
    root = logging.getLogger(ROOT_LOGGER)
    root.setLevel(level)
    if _handler is None:
        _rotate(path)
        # Created readable by its owner only (FileHandler would follow the umask); one from an older version
        # is tightened.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _FILE_MODE))
        _owner_only(path, _FILE_MODE)
        _handler = logging.FileHandler(path, encoding="utf-8")
        _handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(_handler)
    return path


def _owner_only(path: Path, mode: int) -> None:
    # Not storage.owner_only: the storage layer logs through this module. Windows ignores these modes.
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != mode:
        with contextlib.suppress(OSError):  # not ours to change (another account's): logging still works
            os.chmod(path, mode)


def _rotate(path: Path) -> None:
    """Once the file has passed _MAX_BYTES: ``.log`` becomes ``.log.1``, ``.1`` becomes ``.2``, ..., the oldest goes."""
    try:
        if path.stat().st_size < _MAX_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(_BACKUPS - 1, 0, -1):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(f"{path.name}.{number}").replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def shutdown_logging() -> None:
    """Flush and close the log file (at exit, and between tests that set logging up)."""
    global _handler
    if _handler is not None:
        logging.getLogger(ROOT_LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None
