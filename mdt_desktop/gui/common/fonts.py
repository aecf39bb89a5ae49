"""The bundled Thai typeface: Sarabun (SIL OFL 1.1, see resources/fonts/OFL.txt) registered and made the default.

Thai vowels and tone marks stack above and below the line; system fonts differ in how much room they leave, and
some machines have no Thai font at all (boxes instead of letters). Shipping Sarabun makes every screen look the
same on every machine.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mdt_desktop.logging_setup import get_logger
from mdt_desktop.paths import resources_dir

FAMILY = "Sarabun"
DEFAULT_POINT_SIZE = 11  # Sarabun is small for its point size next to Latin UI fonts

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


def apply_application_font(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """Register Sarabun and make it the application's font; falls back to the system font if it is missing."""
    families = register_fonts()
    if FAMILY not in families:
        _log.warning("bundled font %s not found; Thai may render with a system font", FAMILY)
        return app.font()
    font = QFont(FAMILY, point_size)
    app.setFont(font)
    return font


def monospace_font(point_size: int) -> QFont:
    """A fixed-width font for recovery codes, where 8 and B or 5 and S must not be mistaken."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
