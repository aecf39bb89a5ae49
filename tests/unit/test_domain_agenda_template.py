"""The standard agenda of Thai government minutes and a body's own template."""

from __future__ import annotations

import pytest

from mdt_desktop.domain.agenda_template import (
    STANDARD_AGENDA,
    TemplateError,
    TemplateItem,
    dump_template,
    item_heading,
    parse_template,
)
from mdt_desktop.domain.codes import AgendaKind


def test_standard_agenda_has_the_five_items_in_the_exact_words() -> None:
    headings = [item_heading(str(number), item.title) for number, item in enumerate(STANDARD_AGENDA, start=1)]
    assert headings == [
        "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
        "ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุมครั้งที่แล้ว",
        "ระเบียบวาระที่ 3 เรื่องสืบเนื่อง",
        "ระเบียบวาระที่ 4 เรื่องเสนอเพื่อพิจารณา",
        "ระเบียบวาระที่ 5 เรื่องอื่น ๆ",
    ]
    assert STANDARD_AGENDA[2].kind is AgendaKind.MATTERS_ARISING


def test_empty_template_means_the_standard_agenda() -> None:
    assert parse_template("") == STANDARD_AGENDA
    assert parse_template("  ") == STANDARD_AGENDA
    assert parse_template("[]") == STANDARD_AGENDA


def test_a_body_template_round_trips_with_thai_kept_readable() -> None:
    # Some bodies put เรื่องเพื่อทราบ at 4 and move พิจารณา to 5.
    own = (
        STANDARD_AGENDA[0],
        STANDARD_AGENDA[1],
        STANDARD_AGENDA[2],
        TemplateItem(AgendaKind.FOR_INFORMATION, "เรื่องเพื่อทราบ"),
        TemplateItem(AgendaKind.FOR_CONSIDERATION, "เรื่องเสนอเพื่อพิจารณา"),
        TemplateItem(AgendaKind.OTHER, "เรื่องอื่น ๆ"),
    )
    text = dump_template(own)
    assert "เรื่องเพื่อทราบ" in text
    assert parse_template(text) == own


@pytest.mark.parametrize(
    "broken",
    [
        "not json",
        '{"kind": "other"}',
        '[{"kind": "nonsense", "title": "x"}]',
        '[{"kind": "other"}]',
        '[{"kind": "other", "title": "  "}]',
        '["เรื่องอื่น ๆ"]',
    ],
)
def test_a_broken_template_is_refused_with_a_thai_message(broken: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(broken)
    assert "แม่แบบระเบียบวาระ" in caught.value.message("th")


def test_sub_item_heading() -> None:
    assert item_heading("3.2", "ติดตามกรณี MKL-2569-0042") == "3.2 ติดตามกรณี MKL-2569-0042"
