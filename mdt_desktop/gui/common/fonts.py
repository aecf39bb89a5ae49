"""The bundled Thai typeface: Sarabun (SIL OFL 1.1, see resources/fonts/OFL.txt) registered and made the default,
and the zoom of every window (a percentage of the default size).

Thai vowels and tone marks stack above and below the line; system fonts differ in how much room they leave, and
some machines have no Thai font at all (boxes instead of letters). Shipping Sarabun makes every screen look the
same on every machine.

Zoom is the application font's size: every widget that does not set its own size follows it at once, and so does
every window opened later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.paths import resources_dir

FAMILY = "Sarabun"
DEFAULT_POINT_SIZE = 11  # Sarabun is small for its point size next to Latin UI fonts
NORMAL_ZOOM = 100
MIN_ZOOM = 80
MAX_ZOOM = 200
ZOOM_STEP = 10

_log = get_logger("gui")


def register_fonts() -> list[str]:
    """Add the bundled TTFs to Qt's font database; returns the families found (once per process is enough)."""
    families: set[str] = set()
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            _log.warning("could not load font file %s", path.name)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def apply_application_font(app: QApplication, zoom_percent: int = NORMAL_ZOOM) -> QFont:
    """Register Sarabun and make it the application's font at ``zoom_percent`` of the default size (the start-up
    call, with the zoom kept in the preferences); keeps the system's family if Sarabun is missing."""
    if FAMILY in register_fonts():
        app.setFont(QFont(FAMILY, DEFAULT_POINT_SIZE))
    else:
        _log.warning("bundled font %s not found; Thai may render with a system font", FAMILY)
    return set_zoom(app, zoom_percent)


def clamped_zoom(percent: int) -> int:
    """``percent`` within MIN_ZOOM..MAX_ZOOM (a preferences file edited by hand cannot make the screen unusable)."""
    return max(MIN_ZOOM, min(MAX_ZOOM, percent))


def set_zoom(app: QApplication, percent: int) -> QFont:
    """The application font at ``percent`` of the default size, keeping its family; returns the font set."""
    font = QFont(app.font())
    font.setPointSizeF(DEFAULT_POINT_SIZE * clamped_zoom(percent) / 100)
    app.setFont(font)
    # Qt posts the change to each window; delivered now, every widget has its new size when this returns.
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    return font


def monospace_font(point_size: int) -> QFont:
    """A fixed-width font for recovery codes, where 8 and B or 5 and S must not be mistaken."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
