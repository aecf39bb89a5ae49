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

_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The user log folder (e.g. ~/.local/state/mdt-desktop/log on Linux), created if missing."""
    folder = Path(user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
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
        _handler = logging.FileHandler(path, encoding="utf-8")
        _handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(_handler)
    return path


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
