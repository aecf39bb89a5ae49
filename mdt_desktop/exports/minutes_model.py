"""Content model of a meeting's minutes (รายงานการประชุม), shared by every minutes writer.

services.exports.minutes.build_minutes fills a MinutesDocument from the database; the DOCX and PDF writers only lay
it out.
Every string in it is final: already in the chosen language, with Thai or Arabic digits applied and Buddhist Era dates,
so the writers never look anything up and two writers given one document print the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Attendee:
    """One line of the attendance lists; note is "แทน ..." for a stand-in, the reason for an absence, or what an
    attending non-member did ("ผู้สังเกตการณ์", "ล่ามภาษาพม่า"). ``chair`` is "ประธาน" for the body's chair who
    chaired, "ประธานในที่ประชุม" for anyone else who chaired, empty for everyone else; printed after the
    position."""

    name: str
    position: str
    note: str
    chair: str = ""


@dataclass(frozen=True)
class ActionLine:
    """One follow-up action: who does what by when, its status and reported progress."""

    agency: str
    task: str
    due: str
    status: str
    case_code: str
    progress: list[str]


@dataclass(frozen=True)
class MinutesItem:
    """One agenda item; heading is e.g. "ระเบียบวาระที่ 1 เรื่อง..." or "4.1 ...", depth 0 for a top-level item.
    An item with nothing recorded has the one paragraph "ไม่มี" (never a bare heading), or is not in the document
    at all when the meeting chose to leave out empty items of the standard agenda (the others keep their numbers).
    ``cases`` has a line for each case linked to the item: its code and the risk level in force at the meeting,
    nothing restricted. ``amendments`` (ระเบียบวาระที่ 2 only) has a line for each amendment made to the approved
    minutes of the meeting this item approves: where, from what, to what and why."""

    number: str
    heading: str
    depth: int
    paragraphs: list[str]
    resolution: str
    actions: list[ActionLine]
    carried: list[ActionLine]
    cases: list[str] = field(default_factory=list)
    amendments: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Signature:
    """A signature block: role_label ("ผู้จดรายงานการประชุม" / "ผู้ตรวจรายงานการประชุม"), then name and position."""

    role_label: str
    name: str
    position: str


@dataclass(frozen=True)
class MinutesDocument:
    """The minutes in the order of the official form; labels holds the fixed words in the chosen language."""

    title: str
    number_line: str
    date_line: str
    venue_line: str
    present: list[Attendee]
    absent: list[Attendee]
    attending: list[Attendee]
    start_line: str
    items: list[MinutesItem]
    end_line: str
    signatures: list[Signature]
    classification: str
    recipient: str
    language: str
    labels: dict[str, str] = field(default_factory=dict)
    # The database's names and codes a line must not break inside (services.exports.proper_nouns): for layout only.
    proper_nouns: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinutesOptions:
    """What the user chose in the export dialog or on the command line, for the minutes and the case annex."""

    digits: Literal["arabic", "thai"] = "thai"
    language: Literal["th", "en"] = "th"
    classification: str = ""
    recipient: str = ""
