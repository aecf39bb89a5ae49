"""The agenda a new meeting starts with: the standard five items of Thai government minutes, or a body's own.

A body's template is stored as JSON (a list of {"kind", "title"}) in ``Body.agenda_template``; empty means
the standard agenda. Titles are stored without the "ระเบียบวาระที่ n" prefix, which ``item_heading`` adds,
so that renumbering items never rewrites their titles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from mdt_desktop.domain.codes import AgendaKind
from mdt_desktop.refusal import Message, Refusal

ITEM_PREFIX = "ระเบียบวาระที่"


@dataclass(frozen=True)
class TemplateItem:
    kind: AgendaKind
    title: str


# The exact words of DOMAIN.md (form 11 of the Regulation on Correspondence B.E. 2526 as bodies use it).
STANDARD_AGENDA: tuple[TemplateItem, ...] = (
    TemplateItem(AgendaKind.ANNOUNCEMENTS, "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
    TemplateItem(AgendaKind.APPROVE_MINUTES, "เรื่องรับรองรายงานการประชุมครั้งที่แล้ว"),
    TemplateItem(AgendaKind.MATTERS_ARISING, "เรื่องสืบเนื่อง"),
    TemplateItem(AgendaKind.FOR_CONSIDERATION, "เรื่องเสนอเพื่อพิจารณา"),
    TemplateItem(AgendaKind.OTHER, "เรื่องอื่น ๆ"),
)


_KINDS = frozenset(kind.value for kind in AgendaKind)


UNREADABLE_TEMPLATE = Message(
    th="อ่านแม่แบบระเบียบวาระไม่ได้: ต้องเป็นรายการเรื่องที่มีประเภทและชื่อเรื่อง",
    en="The agenda template is not a list of items with a kind and a title",
)


class TemplateError(Refusal):
    """A stored agenda template that cannot be read; ``message(language)`` says so in Thai or English."""

    def __init__(self) -> None:
        super().__init__(UNREADABLE_TEMPLATE)


def parse_template(json_text: str) -> tuple[TemplateItem, ...]:
    """The items of a stored template; empty text (or an empty list) means the standard agenda."""
    if not json_text.strip():
        return STANDARD_AGENDA
    try:
        raw = json.loads(json_text)
    except ValueError as error:
        raise TemplateError() from error
    if not isinstance(raw, list):
        raise TemplateError()
    items: list[TemplateItem] = []
    for entry in raw:
        if not isinstance(entry, dict) or entry.get("kind") not in _KINDS:
            raise TemplateError()
        title = entry.get("title")
        if not isinstance(title, str) or not title.strip():
            raise TemplateError()
        items.append(TemplateItem(AgendaKind(entry["kind"]), title.strip()))
    return tuple(items) or STANDARD_AGENDA


def dump_template(items: Iterable[TemplateItem]) -> str:
    """JSON for ``Body.agenda_template``, Thai kept readable."""
    return json.dumps([{"kind": item.kind.value, "title": item.title} for item in items], ensure_ascii=False)


def item_heading(number: str, title: str) -> str:
    """ "ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ" for an item; a sub-item ("3.2") is written
    "3.2 title", as minutes number the matters under an item."""
    if "." in number:
        return f"{number} {title}"
    return f"{ITEM_PREFIX} {number} {title}"
