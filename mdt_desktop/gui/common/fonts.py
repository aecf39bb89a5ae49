"""The bundled Thai typeface: Sarabun (SIL OFL 1.1, see resources/fonts/OFL.txt) registered and made the default,
and the zoom of every window (a percentage of the default size).

Thai vowels and tone marks stack above and below the line; system fonts differ in how much room they leave, and
some machines have no Thai font at all (boxes instead of letters). Shipping Sarabun makes every screen look the
same on every machine.

Zoom is the application font's size: every widget that does not set its own size follows it at once, and so does
every window opened later. A widget that needs larger or fixed-width type (a page title, a recovery code) takes it
through ``follow_zoom``, so it grows and shrinks with the rest instead of keeping the size it was given at start.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

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
    # A widget given its own size does not follow the application font by itself.
    _followers[:] = [follower for follower in _followers if shiboken6.isValid(follower)]
    for follower in _followers:
        follower.apply()
    # Qt posts the change to each window; delivered now, every widget has its new size when this returns.
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    return font


class _ZoomFollower(QObject):
    """Keeps one widget's font at a multiple of the application font; ``set_zoom`` calls ``apply`` on each."""

    def __init__(self, widget: QWidget, factor: float, bold: bool, monospace: bool) -> None:
        super().__init__(widget)  # deleted with the widget
        self.widget, self.factor, self.bold, self.monospace = widget, factor, bold, monospace
        self.apply()

    def apply(self) -> None:
        size = QApplication.font().pointSizeF() * self.factor
        base = (
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            if self.monospace
            else QApplication.font()
        )
        font = QFont(base)
        font.setPointSizeF(size)
        if self.monospace:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setBold(self.bold)
        self.widget.setFont(font)


_followers: list[_ZoomFollower] = []


def follow_zoom(widget: QWidget, factor: float = 1.0, *, bold: bool = False, monospace: bool = False) -> None:
    """Give ``widget`` type ``factor`` times the application's size (bold, or fixed-width where 8 and B must not be
    mistaken), now and at every zoom."""
    _followers[:] = [follower for follower in _followers if shiboken6.isValid(follower)]
    _followers.append(_ZoomFollower(widget, factor, bold, monospace))
