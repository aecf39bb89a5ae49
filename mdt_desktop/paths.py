"""Where the program's own files are: bundled resources, migrations and forms, in the wheel or the source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = resources.files("mdt_desktop")
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    """The folder ``name`` inside the installed package, or at the top of the source tree when run from it."""
    installed = Path(str(_PACKAGE / name))
    return installed if installed.is_dir() else _SOURCE_ROOT / name


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("db")


def forms_dir() -> Path:
    return _bundled("ui")
