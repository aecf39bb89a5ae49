"""User preferences of this computer: declared once with type and default, keys an enum, stored with QSettings.

Preferences are the user's, not the team's: language, recently opened databases (paths, or a server's URL without
its password), whether to remember
a database's key in the keyring, the main window's geometry and zoom, the meeting editor's splitters, the
stretched-strings debug mode, the profile last chosen at unlock, the folder of the last export. Who acts in the audit
log is the profile chosen at unlock, never a preference. Team-wide settings (the MDT label, holidays) live in the
encrypted database instead. Nothing here is case data.

The file is an INI file in the platform's config folder (platformdirs), located anew on each construction so a
test's private home is honoured. The paths of recent databases say where the team keeps its files: the file is
its owner's only (0600, in a 0700 folder, on Linux and macOS).
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "mdt-desktop"
MAX_RECENT = 8


class Pref(StrEnum):
    LANGUAGE = "ui/language"
    RECENT_DATABASES = "databases/recent"
    REMEMBER_KEY = "remember_key"  # a group: one boolean per database id
    WINDOW_GEOMETRY = "ui/main_window_geometry"
    STRETCH_STRINGS = "debug/stretch_strings"
    LAST_PROFILE = "last_profile"  # a group: the profile id last chosen at unlock, per database id
    ZOOM_PERCENT = "ui/zoom_percent"  # every window's type size, in percent of the default (gui.common.fonts)
    # The meeting editor's splitters as the person left them (QSplitter.saveState): the agenda beside the item,
    # within the item its texts above its actions, and the minutes beside the resolution.
    EDITOR_AGENDA_SPLITTER = "ui/editor_agenda_splitter"
    EDITOR_DETAIL_SPLITTER = "ui/editor_detail_splitter"
    EDITOR_TEXTS_SPLITTER = "ui/editor_texts_splitter"
    EXPORT_FOLDER = (
        "exports/last_folder"  # the folder of the last export, proposed by the next one's file dialog
    )
    CENTRE_CERTIFICATE = "exchange/centre_certificate"  # the file of the centre's certificate packages go to


@dataclass(frozen=True)
class Option:
    type: type
    default: Any


OPTIONS: dict[Pref, Option] = {
    Pref.LANGUAGE: Option(str, "th"),
    Pref.RECENT_DATABASES: Option(list, []),
    Pref.REMEMBER_KEY: Option(bool, False),
    Pref.WINDOW_GEOMETRY: Option(QByteArray, QByteArray()),
    Pref.STRETCH_STRINGS: Option(bool, False),
    Pref.LAST_PROFILE: Option(int, 0),
    Pref.ZOOM_PERCENT: Option(int, 100),
    Pref.EDITOR_AGENDA_SPLITTER: Option(QByteArray, QByteArray()),
    Pref.EDITOR_DETAIL_SPLITTER: Option(QByteArray, QByteArray()),
    Pref.EDITOR_TEXTS_SPLITTER: Option(QByteArray, QByteArray()),
    Pref.EXPORT_FOLDER: Option(str, ""),
    Pref.CENTRE_CERTIFICATE: Option(str, ""),
}

LANGUAGES = ("th", "en")
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")  # as storage.server takes them
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def is_server_url(text: str) -> bool:
    """Whether a recent entry (or a command line's database) names a PostgreSQL server rather than a file."""
    return text.split("://", 1)[0] in SERVER_SCHEMES if "://" in text else False


def preferences_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "preferences.ini"


class Preferences:
    """Typed access to the preferences file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or preferences_path()
        self.path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        # QSettings would create the file after the umask (readable by everyone, commonly); made here first, it
        # keeps its mode when QSettings rewrites it.
        os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE))
        self._owner_only()
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _owner_only(self) -> None:
        """The file 0600 and its folder 0700, also when an older version made them readable by others."""
        if os.name != "posix":
            return  # Windows keeps its own access lists; a user's profile folder is private
        for path, mode in ((self.path.parent, FOLDER_MODE), (self.path, FILE_MODE)):
            with contextlib.suppress(OSError):  # not ours to change: the preferences still work
                if stat.S_IMODE(path.stat().st_mode) != mode:
                    os.chmod(path, mode)

    def _key(self, pref: Pref, sub_key: str | None) -> str:
        return f"{pref.value}/{sub_key}" if sub_key else pref.value

    def get(self, pref: Pref, sub_key: str | None = None) -> Any:
        option = OPTIONS[pref]
        key = self._key(pref, sub_key)
        if not self._settings.contains(key):
            return option.default
        value = self._settings.value(key, option.default, type=option.type)
        if pref is Pref.LANGUAGE and value not in LANGUAGES:
            return option.default
        return value

    def set(self, pref: Pref, value: Any, sub_key: str | None = None) -> None:
        option = OPTIONS[pref]
        if not isinstance(value, option.type):
            raise TypeError(f"{pref.name} takes {option.type.__name__}, not {type(value).__name__}")
        self._settings.setValue(self._key(pref, sub_key), value)
        self._settings.sync()
        self._owner_only()  # in case the rewrite made a new file

    def remove(self, pref: Pref, sub_key: str | None = None) -> None:
        self._settings.remove(self._key(pref, sub_key))
        self._settings.sync()
        self._owner_only()

    # --- conveniences over the declared options ---------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.get(Pref.LANGUAGE))

    def recent_databases(self) -> list[Path]:
        """The recent database files (the servers in the same list are left out)."""
        return [Path(p) for p in self.get(Pref.RECENT_DATABASES) if p and not is_server_url(p)]

    def add_recent_database(self, path: Path) -> None:
        """Put ``path`` first in the recent list (paths only: never a name of a team or a case)."""
        resolved = str(Path(path).resolve())
        others = [p for p in self.get(Pref.RECENT_DATABASES) if p and p != resolved]
        self.set(Pref.RECENT_DATABASES, [resolved, *others][:MAX_RECENT])

    def add_recent_server(self, url: str) -> None:
        """Put a server's URL first in the recent list; the caller gives it without its password."""
        others = [p for p in self.get(Pref.RECENT_DATABASES) if p and p != url]
        self.set(Pref.RECENT_DATABASES, [url, *others][:MAX_RECENT])

    def most_recent_database(self) -> Path | str | None:
        """The last database opened: a file that still exists on disk, or a server's URL (without password)."""
        for entry in self.get(Pref.RECENT_DATABASES):
            if entry and is_server_url(entry):
                return str(entry)
            if entry and Path(entry).is_file():
                return Path(entry)
        return None

    def remember_key(self, database_id: str) -> bool:
        return bool(self.get(Pref.REMEMBER_KEY, database_id))

    def set_remember_key(self, database_id: str, remember: bool) -> None:
        if remember:
            self.set(Pref.REMEMBER_KEY, True, database_id)
        else:
            self.remove(Pref.REMEMBER_KEY, database_id)
