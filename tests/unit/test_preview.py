"""Page images for the export preview: every page, at the asked resolution, with the ink where the PDF put it."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from mdt_desktop.exports.preview import page_count, render_pages


def _pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        # A black band across the top of each page, lower on each following page.
        sheet.rect(0, A4[1] - 72 * (number + 1), A4[0], 36, stroke=0, fill=1)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def _dark_rows(image) -> list[int]:
    rows = []
    for y in range(image.height):
        row = image.pixels[y * image.stride : y * image.stride + image.width * 3]
        if max(row) < 60:
            rows.append(y)
    return rows


def test_every_page_is_rendered_at_the_asked_resolution() -> None:
    pdf = _pdf(3)
    images = render_pages(pdf, dpi=36)
    assert page_count(pdf) == 3
    assert [image.number for image in images] == [1, 2, 3]
    # A4 is 8.27 × 11.69 inches.
    assert all(abs(image.width - 298) <= 1 and abs(image.height - 421) <= 1 for image in images)
    assert all(len(image.pixels) >= image.stride * image.height for image in images)


def test_ink_is_where_the_page_drew_it_on_white_paper() -> None:
    first, second = render_pages(_pdf(2), dpi=72)
    assert first.pixels[-3:] == b"\xff\xff\xff"  # the bottom corner is blank paper, not transparent black
    first_band, second_band = _dark_rows(first), _dark_rows(second)
    assert first_band and second_band
    assert abs(min(first_band) - 36) <= 1 and abs(min(second_band) - 108) <= 1


def test_a_range_of_pages_and_a_bad_resolution() -> None:
    pdf = _pdf(4)
    assert [image.number for image in render_pages(pdf, dpi=20, first=2, last=3)] == [2, 3]
    assert [image.number for image in render_pages(pdf, dpi=20, first=4, last=9)] == [4]
    with pytest.raises(ValueError):
        render_pages(pdf, dpi=0)
