"""Identifying words in the general minutes: where they are, moving them to the case's restricted record, saying a
text holds none, and the export's gate.

The general minutes name cases by their code only. The detector (``domain.typed_names``) finds a name, an ID
number, a phone number or an address typed into an item's title, discussion or resolution, an action's task or a
progress note. The secretary either moves the words into the linked case's restricted record
(``move_to_restricted``: the item's text keeps the case code in their place, the case's ``restricted_notes`` gains
the words, one unit of work, audited by ids) or says the text holds nothing identifying (``dismiss``: audited with
a digest of the text, so the same text is not flagged again and an edited text is). ``identifying_places`` lists
what is left, by item number, field and kind, never the words; ``require_no_identifying`` is the minutes export's
gate: it refuses, unless the secretary gives a reason, which goes into the audit entry with the counts by kind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import AgendaKind, RecordingLevel
from mdt_desktop.domain.typed_names import Finding, IdentifyingKind, find_identifying, replace_findings
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services.audit import add_entry
from mdt_desktop.services.cases import may_store_in
from mdt_desktop.services.meetings import load_meeting
from mdt_desktop.services.meetings.amendments import guard_meeting_change
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import AgendaItem, AuditEntry, CaseIdentity, Meeting

_log = get_logger("services")

DISMISSED = "dismiss_identifying"
MOVED = "move_to_restricted"
CONFIRMED = "export_identifying_confirmed"
# What replaces words that are not a name (a name becomes the case code).
MOVED_MARK = "[ย้ายไปบันทึกลับ]"


class TextField(StrEnum):
    TITLE = "title"
    DISCUSSION = "discussion"
    RESOLUTION = "resolution"
    TASK = "task"
    PROGRESS = "progress"


ITEM_TEXT_FIELDS = (TextField.TITLE, TextField.DISCUSSION, TextField.RESOLUTION)

FIELD_LABELS = {
    TextField.TITLE: Message("หัวข้อ", "title"),
    TextField.DISCUSSION: Message("ผลการหารือ", "discussion"),
    TextField.RESOLUTION: Message("มติ", "resolution"),
    TextField.TASK: Message("งานที่มอบหมาย", "action task"),
    TextField.PROGRESS: Message("ความคืบหน้า", "progress note"),
}
KIND_LABELS = {
    IdentifyingKind.PERSON_NAME: Message("ชื่อบุคคล", "a person's name"),
    IdentifyingKind.THAI_ID: Message("เลขประจำตัวประชาชน", "a Thai ID number"),
    IdentifyingKind.PHONE: Message("หมายเลขโทรศัพท์", "a phone number"),
    IdentifyingKind.ADDRESS: Message("ที่อยู่อาศัย", "an address"),
}

IDENTIFYING_IN_MINUTES = Message(
    th="รายงานการประชุมยังมีข้อความที่อาจระบุตัวบุคคล: {places} ย้ายไปบันทึกลับของกรณี หรือยืนยันว่าจะส่งออกพร้อมระบุเหตุผล",
    en="The minutes still hold words that may identify a person: {places}. Move them to the case's restricted "
    "record, or confirm the export and give a reason",
)
ITEM_HAS_NO_CASE = Message(
    th="เรื่องนี้ยังไม่ได้เชื่อมกับกรณี: เชื่อมรหัสกรณีกับเรื่องก่อน แล้วจึงย้ายข้อความไปบันทึกลับของกรณี หรือลบข้อความนั้นออก",
    en="This item is not linked to a case: link the case code to the item first, then move the words to the "
    "case's restricted record, or delete them",
)
ITEM_HAS_SEVERAL_CASES = Message(
    th="เรื่องนี้เชื่อมกับหลายกรณี: เลือกไม่ได้ว่าข้อความเป็นของกรณีใด "
    "โปรดคัดลอกไปบันทึกในข้อมูลระบุตัวของกรณีนั้นเอง แล้วลบออกจากรายงาน",
    en="This item is linked to several cases, so it is not clear whose words these are: copy them into that "
    "case's identity record yourself and delete them from the minutes",
)
MOVE_NEEDS_CONSENT = Message(
    th="ย้ายไปบันทึกลับไม่ได้: กรณีนี้ยังไม่มีความยินยอมให้เก็บข้อมูลระบุตัว บันทึกความยินยอมในหน้ากรณีก่อน หรือลบข้อความนั้นออกจากรายงาน",
    en="Cannot move to the restricted record: the case has no consent to keep identifying details. Record the "
    "consent on the case first, or delete the words from the minutes",
)
TEXT_CHANGED = Message(
    th="ข้อความถูกแก้ไขไปแล้ว โปรดตรวจอีกครั้ง",
    en="The text has changed since it was checked: check it again",
)


@dataclass(frozen=True)
class IdentifyingPlace:
    """Where identifying words remain in the general minutes: never the words themselves."""

    item_number: str
    field: TextField
    kinds: tuple[IdentifyingKind, ...]
    item_id: int | None = None
    action_id: int | None = None

    def describe(self, language: str = "th") -> str:
        kinds = ", ".join(KIND_LABELS[kind].text(language) for kind in dict.fromkeys(self.kinds))
        where = "วาระที่" if language == "th" else "item"
        return f"{where} {self.item_number} {FIELD_LABELS[self.field].text(language)} ({kinds})"


class IdentifyingInMinutes(Refusal):
    """The minutes export met identifying words and was given no reason to go ahead."""

    def __init__(self, places: Sequence[IdentifyingPlace]) -> None:
        self.places = tuple(places)
        listed = Message(
            "; ".join(place.describe("th") for place in self.places),
            "; ".join(place.describe("en") for place in self.places),
        )
        super().__init__(IDENTIFYING_IN_MINUTES, places=listed)


def text_digest(text: str) -> str:
    """A short digest naming a text in the audit log without holding it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _dismissal(owner: str, object_id: int, field: TextField, text: str) -> str:
    return f"{owner}={object_id} field={field.value} text={text_digest(text)}"


def dismiss(
    db: Database, meeting_id: int, owner: str, object_id: int, field: TextField, text: str, actor: str
) -> None:
    """Record that ``text`` (the ``field`` of item or action ``object_id``; ``owner`` is "item" or "action") holds
    nothing identifying: it is not flagged again while it stays the same."""
    with db.session() as session:
        add_entry(
            session, actor, DISMISSED, "meeting", meeting_id, detail=_dismissal(owner, object_id, field, text)
        )


def _dismissed(db: Database, meeting_id: int) -> set[str]:
    with db.read_session() as session:
        query = select(AuditEntry.detail).where(
            AuditEntry.event == DISMISSED,
            AuditEntry.object_type == "meeting",
            AuditEntry.object_id == meeting_id,
        )
        return set(session.scalars(query))


def identifying_places(db: Database, meeting_id: int) -> list[IdentifyingPlace]:
    """Every text of the general minutes that still holds identifying words and was not dismissed, in the
    order of the minutes."""
    view = load_meeting(db, meeting_id)
    dismissed = _dismissed(db, meeting_id)
    places: list[IdentifyingPlace] = []

    def check(number: str, owner: str, object_id: int, field: TextField, text: str) -> None:
        findings = find_identifying(text)
        if findings and _dismissal(owner, object_id, field, text) not in dismissed:
            kinds = tuple(f.kind for f in findings)
            item_id = object_id if owner == "item" else None
            action_id = object_id if owner == "action" else None
            places.append(IdentifyingPlace(number, field, kinds, item_id, action_id))

    matters_arising = ""
    for item in view.all_items():
        check(item.number, "item", item.id, TextField.TITLE, item.title)
        if view.header.recording_level is not RecordingLevel.RESOLUTION_ONLY:
            check(item.number, "item", item.id, TextField.DISCUSSION, item.discussion)
        check(item.number, "item", item.id, TextField.RESOLUTION, item.resolution)
        for action in item.actions:
            check(item.number, "action", action.id, TextField.TASK, action.task)
        if item.kind is AgendaKind.MATTERS_ARISING and item.parent_id is None:
            matters_arising = item.number
    for carried in view.carried_over:
        number = matters_arising or "-"
        check(number, "action", carried.action.id, TextField.TASK, carried.action.task)
        # The minutes print the progress reported up to the meeting's day, no later.
        for line in carried.history:
            if line.recorded_on <= view.header.date:
                check(number, "action", carried.action.id, TextField.PROGRESS, line.note)
    return places


@dataclass(frozen=True)
class Confirmation:
    """The secretary's go-ahead for minutes that still hold identifying words: the counts by kind and why."""

    tally: str  # "person_name=2 phone=1"
    reason: str


def require_no_identifying(db: Database, meeting_id: int, reason: str | None) -> Confirmation | None:
    """The minutes export's gate, before anything is written: ``IdentifyingInMinutes`` when identifying words
    remain and no ``reason`` is given; the confirmation to record once the file is written, or None when the
    minutes hold none."""
    places = identifying_places(db, meeting_id)
    if not places:
        return None
    reason = typed_text.checked(reason or "", typed_text.NOTE).strip()
    if not reason:
        raise IdentifyingInMinutes(places)
    counts = Counter(kind.value for place in places for kind in place.kinds)
    return Confirmation(" ".join(f"{kind}={count}" for kind, count in sorted(counts.items())), reason)


def record_confirmation(db: Database, meeting_id: int, actor: str, confirmation: Confirmation) -> None:
    """Audit an export that went out with identifying words (the counts and the reason; from a read-only
    database only the program's log notes it, without case data)."""
    if not db.read_only:
        detail = f"{confirmation.tally} reason={confirmation.reason}"
        with db.session() as session:
            add_entry(session, actor, CONFIRMED, "meeting", meeting_id, detail=detail)
    _log.info(
        "minutes of meeting %s exported with identifying words confirmed (%s)", meeting_id, confirmation.tally
    )


def move_to_restricted(
    db: Database,
    item_id: int,
    field: TextField,
    spans: Sequence[Finding],
    actor: str,
    today: dt.date | None = None,
) -> str:
    """Move the words at ``spans`` (findings of the item's stored ``field`` text) out of the minutes into the linked
    case's restricted notes, in one unit of work, audited by ids; returns the item's new text.

    A name is replaced by the case code, other words by ``MOVED_MARK``. Refused when the item has no linked case
    (or several), when the case has no consent to keep identifying details, or when the stored text no longer
    holds those words."""
    if field not in ITEM_TEXT_FIELDS:
        raise ValueError(f"not an item text field: {field}")
    today = today or dt.date.today()
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        text: str = getattr(item, field.value)
        if not spans or any(text[s.start : s.end] != s.text for s in spans):
            raise Refusal(TEXT_CHANGED)
        if not item.cases:
            raise Refusal(ITEM_HAS_NO_CASE)
        if len(item.cases) > 1:
            raise Refusal(ITEM_HAS_SEVERAL_CASES)
        case = item.cases[0]
        if not may_store_in(session, case.id, today):
            raise Refusal(MOVE_NEEDS_CONSENT)
        meeting = session.get_one(Meeting, item.meeting_id)
        # Approved minutes change only through an amendment with its reason (services.meetings.amendments).
        guard_meeting_change(session, db, item.meeting_id)
        new_text = text
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            mark = case.code if span.kind is IdentifyingKind.PERSON_NAME else MOVED_MARK
            new_text = replace_findings(new_text, [span], mark)
        setattr(item, field.value, new_text)
        identity = session.get(CaseIdentity, case.id)
        if identity is None:
            identity = CaseIdentity(case_id=case.id, restricted_notes="")
            session.add(identity)
        heading = f"[{today.isoformat()} ประชุมครั้งที่ {meeting.number}/{meeting.year_be} วาระที่ {item.number}]"
        moved = "\n".join(span.text for span in sorted(spans, key=lambda s: s.start))
        identity.restricted_notes = "\n".join(
            part for part in (identity.restricted_notes or "", heading, moved) if part
        )
        add_entry(
            session,
            actor,
            MOVED,
            "agenda_item",
            item_id,
            detail=f"case={case.id} field={field.value} count={len(spans)}",
        )
        return new_text
