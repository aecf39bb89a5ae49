"""Page images of a PDF held in memory, for the export dialog's preview (pypdfium2, no Qt).

The PDF arrives as bytes and the pages leave as raw RGB pixels, so a preview never puts case data in a file:
not the document, not its page images. The GUI wraps the pixels in a QImage without another copy to disk.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageImage:
    """One rendered page: ``pixels`` holds ``height`` rows of ``stride`` bytes, three bytes (R, G, B) a pixel."""

    number: int  # 1-based
    width: int
    height: int
    stride: int
    pixels: bytes


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, dpi: float = 72, first: int = 1, last: int | None = None) -> list[PageImage]:
    """Pages ``first``..``last`` (1-based, inclusive; all by default) at ``dpi`` dots per inch, on white."""
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    document = pypdfium2.PdfDocument(pdf)
    try:
        end = len(document) if last is None else min(last, len(document))
        images = []
        for number in range(max(1, first), end + 1):
            page = document[number - 1]
            try:
                # rev_byteorder gives R, G, B order, which QImage.Format_RGB888 reads as is.
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, rev_byteorder=True, fill_color=(255, 255, 255, 255)
                )
                try:
                    images.append(
                        PageImage(number, bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
        return images
    finally:
        document.close()
