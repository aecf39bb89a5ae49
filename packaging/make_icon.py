"""The Windows icon (.ico) of the executables and the installer, drawn from resources/icons/mdt-desktop.svg:

    python packaging/make_icon.py OUTPUT.ico

Made at build time (the spec calls it on Windows; nothing generated is committed): Qt draws the SVG afresh at each
size Windows asks for (16 to 256 pixels), sharper than one picture scaled down, and Pillow writes them into one
file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "mdt-desktop.svg"
# What Explorer, the taskbar, the Start menu and the installer's pages show, small to large.
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def drawn(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixels = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), pixels, "raw", "RGBA", image.bytesPerLine(), 1)


def write_icon(target: Path, svg: Path = SVG) -> Path:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    pictures = [drawn(renderer, size) for size in SIZES]
    largest = pictures[-1]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO", sizes=[(size, size) for size in SIZES], append_images=pictures[:-1])
    return target


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    print(write_icon(Path(sys.argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
