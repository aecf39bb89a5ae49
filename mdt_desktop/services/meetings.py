"""Running a meeting: creating it, its header, attendance, agenda items, actions and the matters arising.

The editor shows one meeting at a time and commits every edit as it is made, so each function here is one
small unit of work. ``load_meeting`` gathers everything the editor shows in a fixed handful of queries (never
one per item or per action), because it runs every time a secretary opens a meeting, on databases of
100,000 actions.
Functions that remove something return a snapshot that the matching ``restore_*`` puts back with the same ids,
which is what undo needs: later commands on the undo stack keep pointing at the right rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA, TemplateItem, item_heading, parse_template
from mdt_desktop.domain.carry_over import carries_over
from mdt_desktop.domain.codes import (
    ActionStatus,
    AgendaKind,
    AttendanceCategory,
    MeetingKind,
    MeetingStatus,
    RecordingLevel,
)
from mdt_desktop.domain.numbering import meeting_number_label, next_meeting_number
from mdt_desktop.services import actions as action_service
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Body,
    CaseFile,
    Meeting,
    Member,
)
from mdt_desktop.thai.dates import to_be

AGENCY_REQUIRED_TH = "โปรดเลือกหน่วยงานที่รับผิดชอบงานนี้"
TASK_REQUIRED_TH = "โปรดพิมพ์งานที่มอบหมาย"
NUMBER_TAKEN_TH = "เลขครั้งที่ประชุมนี้ของปีนี้มีอยู่แล้ว โปรดใช้เลขอื่น"
ITEM_HAS_ACTIONS_TH = "เรื่องนี้มีงานที่มอบหมายอยู่ ลบงานเหล่านั้นก่อนจึงจะลบเรื่องได้"
CASE_NOT_FOUND_TH = "ไม่พบรหัสกรณีนี้"
ITEM_FIELDS = ("title", "discussion", "resolution")
HEADER_FIELDS = (
    "number",
    "year_be",
    "kind",
    "date",
    "start_time",
    "end_time",
    "venue",
    "recording_level",
    "status",
)
ATTENDANCE_FIELDS = (
    "category",
    "full_name",
    "position",
    "agency_id",
    "stands_in_for_id",
    "stands_in_for_text",
    "reason",
    "confidentiality_ack",
)
ACTION_FIELDS = ("agency_id", "task", "due_date", "responsible_person", "measure", "case_id", "resources")

# Ad-hoc meetings (urgent case, review, lessons, planning) are called for one matter: no minutes to approve
# and no matters arising of their own, so they start with the chair's announcements, the matter and other
# business.
AD_HOC_AGENDA: tuple[TemplateItem, ...] = (STANDARD_AGENDA[0], STANDARD_AGENDA[3], STANDARD_AGENDA[4])


# --- what the screens get -------------------------------------------------------------------------


@dataclass(frozen=True)
class BodySummary:
    id: int
    name_th: str
    kind: str
    level: str
    meeting_count: int
    last_meeting_date: dt.date | None


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body_id: int
    number: int
    year_be: int
    label: str  # "3/2569"
    kind: MeetingKind
    date: dt.date
    venue: str
    status: MeetingStatus


@dataclass(frozen=True)
class MeetingHeader:
    id: int
    body_id: int
    body_name: str
    confidentiality_statement: str
    number: int
    year_be: int
    label: str
    kind: MeetingKind
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    recording_level: RecordingLevel
    status: MeetingStatus


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    member_id: int | None
    category: AttendanceCategory
    full_name: str
    position: str
    agency_id: int | None
    agency_label: str
    stands_in_for_id: int | None
    stands_in_for_text: str
    reason: str
    confidentiality_ack: bool
    sort_order: int


@dataclass(frozen=True)
class CaseRef:
    id: int
    code: str


@dataclass(frozen=True)
class ActionView:
    id: int
    meeting_id: int
    item_id: int | None
    agency_id: int
    agency_label: str
    task: str
    due_date: dt.date | None
    responsible_person: str
    measure: str | None
    case_id: int | None
    case_code: str
    resources: str
    status: ActionStatus
    status_reason: str
    closed_on: dt.date | None


@dataclass(frozen=True)
class ProgressView:
    id: int
    recorded_on: dt.date
    meeting_id: int | None
    meeting_label: str
    note: str
    status: ActionStatus


@dataclass(frozen=True)
class CarriedAction:
    """An action of an earlier meeting that comes back under item 3, with its history."""

    action: ActionView
    meeting_label: str
    meeting_date: dt.date
    overdue: bool
    days_overdue: int
    history: list[ProgressView]


@dataclass
class ItemView:
    id: int
    parent_id: int | None
    number: str
    title: str
    kind: AgendaKind
    sort_order: int
    discussion: str
    resolution: str
    measure: str | None
    cases: list[CaseRef] = field(default_factory=list)
    actions: list[ActionView] = field(default_factory=list)
    children: list[ItemView] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return item_heading(self.number, self.title)


@dataclass
class MeetingView:
    header: MeetingHeader
    attendance: list[AttendanceRow]
    items: list[ItemView]  # top-level items; sub-items are their children
    carried_over: list[CarriedAction]

    def all_items(self) -> list[ItemView]:
        """Every item, depth first, in the order of the minutes."""
        out: list[ItemView] = []

        def walk(items: list[ItemView]) -> None:
            for item in items:
                out.append(item)
                walk(item.children)

        walk(self.items)
        return out

    def item(self, item_id: int) -> ItemView:
        return next(item for item in self.all_items() if item.id == item_id)


@dataclass(frozen=True)
class AgencyChoice:
    id: int
    abbreviation: str
    name_th: str
    name_en: str
    aliases: str


# --- lists ----------------------------------------------------------------------------------------


def list_bodies_with_meetings(db: Database) -> list[BodySummary]:
    """Every active body, and any inactive one that has meetings, with its meeting count and latest date."""
    counts = (
        select(Meeting.body_id, func.count().label("n"), func.max(Meeting.date).label("last"))
        .group_by(Meeting.body_id)
        .subquery()
    )
    query = (
        select(Body.id, Body.name_th, Body.kind, Body.level, counts.c.n, counts.c.last)
        .outerjoin(counts, counts.c.body_id == Body.id)
        .where(or_(Body.active.is_(True), counts.c.n > 0))
        .order_by(Body.name_th)
    )
    with db.read_session() as session:
        return [
            BodySummary(id_, name, kind, level, n or 0, last)
            for id_, name, kind, level, n, last in session.execute(query)
        ]


def list_meetings(db: Database, body_id: int, offset: int = 0, limit: int = 100) -> list[MeetingSummary]:
    """A body's meetings, newest first (on ix_meeting_body_date)."""
    query = (
        select(Meeting)
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read_session() as session:
        return [_summary(meeting) for meeting in session.scalars(query)]


def get_meeting_summary(db: Database, meeting_id: int) -> MeetingSummary:
    with db.read_session() as session:
        return _summary(session.get_one(Meeting, meeting_id))


def list_agency_choices(db: Database) -> list[AgencyChoice]:
    """Active agencies for the AgencyPicker, by abbreviation then name."""
    query = select(Agency).where(Agency.active.is_(True)).order_by(Agency.abbreviation, Agency.name_th)
    with db.read_session() as session:
        return [
            AgencyChoice(a.id, a.abbreviation, a.name_th, a.name_en, a.aliases)
            for a in session.scalars(query)
        ]


def _summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(
        id=meeting.id,
        body_id=meeting.body_id,
        number=meeting.number,
        year_be=meeting.year_be,
        label=meeting_number_label(meeting.number, meeting.year_be),
        kind=MeetingKind(meeting.kind),
        date=meeting.date,
        venue=meeting.venue,
        status=MeetingStatus(meeting.status),
    )


# --- creating a meeting ---------------------------------------------------------------------------


def create_meeting(
    db: Database,
    body_id: int,
    date: dt.date,
    kind: MeetingKind | str = MeetingKind.REGULAR,
    venue: str = "",
    start_time: dt.time | None = None,
    recording_level: RecordingLevel | str = RecordingLevel.REASONS_AND_RESOLUTION,
) -> int:
    """A new meeting numbered after the body's others of the same พ.ศ. year, with its agenda and attendance.

    A regular meeting gets the body's agenda template (the standard five items when it has none); the members
    whose term covers the date are listed as present, their names and positions copied as they are today.
    """
    kind = MeetingKind(kind)
    year_be = to_be(date.year)
    with db.session() as session:
        body = session.get_one(Body, body_id)
        used = session.scalars(
            select(Meeting.number).where(Meeting.body_id == body_id, Meeting.year_be == year_be)
        ).all()
        meeting = Meeting(
            body_id=body_id,
            number=next_meeting_number(used),
            year_be=year_be,
            kind=kind.value,
            date=date,
            start_time=start_time,
            venue=venue.strip(),
            recording_level=RecordingLevel(recording_level).value,
            status=MeetingStatus.DRAFT.value,
        )
        session.add(meeting)
        session.flush()
        template = parse_template(body.agenda_template) if kind is MeetingKind.REGULAR else AD_HOC_AGENDA
        for index, entry in enumerate(template):
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    number=str(index + 1),
                    title=entry.title,
                    kind=entry.kind.value,
                    sort_order=index,
                )
            )
        members = session.scalars(
            select(Member)
            .where(
                Member.body_id == body_id,
                or_(Member.term_from.is_(None), Member.term_from <= date),
                or_(Member.term_to.is_(None), Member.term_to >= date),
            )
            .order_by(Member.sort_order, Member.id)
        )
        for index, member in enumerate(members):
            session.add(
                Attendance(
                    meeting_id=meeting.id,
                    member_id=member.id,
                    category=AttendanceCategory.PRESENT.value,
                    full_name=member.full_name,
                    position=member.position,
                    agency_id=member.agency_id,
                    sort_order=index,
                )
            )
        return meeting.id


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Remove a meeting with everything recorded in it (its number is not given again: see numbering)."""
    with db.session() as session:
        session.delete(session.get_one(Meeting, meeting_id))


# --- header ---------------------------------------------------------------------------------------


def update_header(db: Database, meeting_id: int, **changes: Any) -> dict[str, Any]:
    """Change header fields (names in HEADER_FIELDS); returns their previous values, for undo.

    Raises ValueError with a Thai message when the number is already used by the body that year.
    """
    unknown = set(changes) - set(HEADER_FIELDS)
    if unknown:
        raise TypeError(f"not header fields: {sorted(unknown)}")
    for name, enum in (("kind", MeetingKind), ("recording_level", RecordingLevel), ("status", MeetingStatus)):
        if name in changes:
            changes[name] = enum(changes[name]).value
    if "venue" in changes:
        changes["venue"] = changes["venue"].strip()
    try:
        with db.session() as session:
            meeting = session.get_one(Meeting, meeting_id)
            previous = {name: getattr(meeting, name) for name in changes}
            for name, value in changes.items():
                setattr(meeting, name, value)
            meeting.updated_at = dt.datetime.now()
    except IntegrityError as error:
        raise ValueError(NUMBER_TAKEN_TH) from error
    return previous


def set_status(db: Database, meeting_id: int, status: MeetingStatus | str) -> MeetingStatus:
    """Move the meeting to draft, held or approved; returns the previous status."""
    previous = update_header(db, meeting_id, status=MeetingStatus(status))
    return MeetingStatus(previous["status"])


# --- attendance -----------------------------------------------------------------------------------


def update_attendance(db: Database, attendance_id: int, **changes: Any) -> dict[str, Any]:
    """Change one attendance row (names in ATTENDANCE_FIELDS); returns the previous values, for undo.

    Absent: category ABSENT with a reason. A stand-in ("แทน"): category STAND_IN, the stand-in's own name and
    position in full_name/position, and whom they replace in stands_in_for_id/stands_in_for_text.
    """
    unknown = set(changes) - set(ATTENDANCE_FIELDS)
    if unknown:
        raise TypeError(f"not attendance fields: {sorted(unknown)}")
    if "category" in changes:
        changes["category"] = AttendanceCategory(changes["category"]).value
    with db.session() as session:
        row = session.get_one(Attendance, attendance_id)
        previous = {name: getattr(row, name) for name in changes}
        for name, value in changes.items():
            setattr(row, name, value.strip() if isinstance(value, str) and name != "category" else value)
    return previous


def add_attendee(
    db: Database,
    meeting_id: int,
    category: AttendanceCategory | str,
    full_name: str,
    position: str = "",
    agency_id: int | None = None,
) -> int:
    """Someone outside the roster: an attending non-member, an observer or an interpreter."""
    with db.session() as session:
        last = session.scalar(
            select(func.max(Attendance.sort_order)).where(Attendance.meeting_id == meeting_id)
        )
        row = Attendance(
            meeting_id=meeting_id,
            category=AttendanceCategory(category).value,
            full_name=full_name.strip(),
            position=position.strip(),
            agency_id=agency_id,
            sort_order=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.flush()
        return row.id


def remove_attendee(db: Database, attendance_id: int) -> dict[str, Any]:
    """Remove an attendance row; returns its snapshot for ``restore_attendee``."""
    with db.session() as session:
        row = session.get_one(Attendance, attendance_id)
        snapshot = _columns(row)
        session.delete(row)
    return snapshot


def restore_attendee(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        session.execute(insert(Attendance).values(**snapshot))


# --- agenda items ---------------------------------------------------------------------------------


def add_item(
    db: Database,
    meeting_id: int,
    title: str,
    kind: AgendaKind | str | None = None,
    parent_id: int | None = None,
) -> int:
    """A new item at the end of the agenda, or a sub-item at the end of ``parent_id`` ("4.1", "4.2" ...)."""
    kind = AgendaKind(kind) if kind is not None else (AgendaKind.SUB_ITEM if parent_id else AgendaKind.OTHER)
    with db.session() as session:
        siblings = _siblings(session, meeting_id, parent_id)
        item = AgendaItem(
            meeting_id=meeting_id,
            parent_id=parent_id,
            number="",
            title=title.strip(),
            kind=kind.value,
            sort_order=len(siblings),
        )
        session.add(item)
        session.flush()
        _renumber(session, meeting_id)
        return item.id


def update_item_text(db: Database, item_id: int, field: str, text: str) -> str:
    """Set an item's title, discussion or resolution (มติที่ประชุม); returns the previous text."""
    if field not in ITEM_FIELDS:
        raise ValueError(f"not an item text field: {field}")
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        previous = getattr(item, field)
        setattr(item, field, text)
        return previous


def rename_item(db: Database, item_id: int, title: str) -> str:
    return update_item_text(db, item_id, "title", title.strip())


def set_item_measure(db: Database, item_id: int, measure: str | None) -> str | None:
    """Tag the item with one of the five measures (or none); returns the previous tag."""
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        previous = item.measure
        item.measure = measure or None
        return previous


def move_item(db: Database, item_id: int, new_index: int) -> int:
    """Move an item among its siblings to ``new_index``; items are renumbered. Returns the old index."""
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        siblings = _siblings(session, item.meeting_id, item.parent_id)
        old_index = siblings.index(item)
        siblings.insert(max(0, min(new_index, len(siblings) - 1)), siblings.pop(old_index))
        for index, sibling in enumerate(siblings):
            sibling.sort_order = index
        _renumber(session, item.meeting_id)
        return old_index


def delete_item(db: Database, item_id: int) -> dict[str, Any]:
    """Delete an item and its sub-items; refused (ValueError, Thai) while any of them holds actions.

    Returns a snapshot for ``restore_item``.
    """
    with db.session() as session:
        item = session.get_one(AgendaItem, item_id)
        tree = _subtree(session, item)
        ids = [node.id for node in tree]
        if session.scalar(select(func.count()).where(ActionPoint.agenda_item_id.in_(ids))):
            raise ValueError(ITEM_HAS_ACTIONS_TH)
        snapshot = {
            "items": [_columns(node) for node in tree],
            "cases": [
                {"agenda_item_id": a, "case_id": c}
                for a, c in session.execute(
                    select(AgendaItemCase.agenda_item_id, AgendaItemCase.case_id).where(
                        AgendaItemCase.agenda_item_id.in_(ids)
                    )
                )
            ],
        }
        meeting_id = item.meeting_id
        session.execute(delete(AgendaItem).where(AgendaItem.id.in_(ids)))
        session.expire_all()
        _close_gap(session, meeting_id, item.parent_id)
        _renumber(session, meeting_id)
    return snapshot


def restore_item(db: Database, snapshot: dict[str, Any]) -> None:
    """Put a deleted item (and its sub-items and case links) back where it was, with the same ids."""
    with db.session() as session:
        top = snapshot["items"][0]
        for sibling in _siblings(session, top["meeting_id"], top["parent_id"]):
            if sibling.sort_order >= top["sort_order"]:
                sibling.sort_order += 1
        session.flush()
        for values in snapshot["items"]:
            session.execute(insert(AgendaItem).values(**values))
        if snapshot["cases"]:
            session.execute(insert(AgendaItemCase), snapshot["cases"])
        session.expire_all()
        _renumber(session, top["meeting_id"])


def link_case(db: Database, item_id: int, case_code: str) -> int:
    """Link a case (by its code, e.g. MKL-2569-0042) to an item; returns the case id."""
    with db.session() as session:
        case_id = session.scalar(select(CaseFile.id).where(CaseFile.code == case_code.strip().upper()))
        if case_id is None:
            case_id = session.scalar(select(CaseFile.id).where(CaseFile.code == case_code.strip()))
        if case_id is None:
            raise ValueError(CASE_NOT_FOUND_TH)
        exists = session.get(AgendaItemCase, (item_id, case_id))
        if exists is None:
            session.add(AgendaItemCase(agenda_item_id=item_id, case_id=case_id))
        return case_id


def relink_case(db: Database, item_id: int, case_id: int) -> None:
    with db.session() as session:
        if session.get(AgendaItemCase, (item_id, case_id)) is None:
            session.add(AgendaItemCase(agenda_item_id=item_id, case_id=case_id))


def unlink_case(db: Database, item_id: int, case_id: int) -> None:
    with db.session() as session:
        session.execute(
            delete(AgendaItemCase).where(
                AgendaItemCase.agenda_item_id == item_id, AgendaItemCase.case_id == case_id
            )
        )


def _siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    parent = AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, parent)
            .order_by(AgendaItem.sort_order, AgendaItem.id)
        )
    )


def _subtree(session: Session, root: AgendaItem) -> list[AgendaItem]:
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == root.meeting_id)))
    children: dict[int | None, list[AgendaItem]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    out: list[AgendaItem] = []
    pending = [root]
    while pending:
        node = pending.pop(0)
        out.append(node)  # parents before children, so a restore inserts them in a valid order
        pending.extend(children[node.id])
    return out


def _close_gap(session: Session, meeting_id: int, parent_id: int | None) -> None:
    for index, sibling in enumerate(_siblings(session, meeting_id, parent_id)):
        sibling.sort_order = index


def _renumber(session: Session, meeting_id: int) -> None:
    """Numbers follow the order: 1, 2, 3 ... and under 4: 4.1, 4.2 ... (titles are never touched)."""
    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.sort_order, AgendaItem.id)
        )
    )
    children: dict[int | None, list[AgendaItem]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)

    def number(parent_id: int | None, prefix: str) -> None:
        for index, item in enumerate(children[parent_id], start=1):
            label = f"{prefix}{index}"
            if item.number != label:
                item.number = label
            number(item.id, label + ".")

    number(None, "")


# --- actions --------------------------------------------------------------------------------------


def add_action(
    db: Database,
    meeting_id: int,
    item_id: int | None,
    agency_id: int | None,
    task: str,
    due_date: dt.date | None = None,
    responsible_person: str = "",
    measure: str | None = None,
    case_id: int | None = None,
    resources: str = "",
) -> int:
    """Assign a task to an agency at this meeting. The agency and the task are required (ValueError, Thai)."""
    if agency_id is None:
        raise ValueError(AGENCY_REQUIRED_TH)
    if not task.strip():
        raise ValueError(TASK_REQUIRED_TH)
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        action = ActionPoint(
            meeting_id=meeting_id,
            agenda_item_id=item_id,
            body_id=meeting.body_id,
            agency_id=agency_id,
            task=task.strip(),
            due_date=due_date,
            responsible_person=responsible_person.strip(),
            measure=measure or None,
            case_id=case_id,
            resources=resources.strip(),
            status=ActionStatus.OPEN.value,
        )
        session.add(action)
        session.flush()
        return action.id


def update_action(db: Database, action_id: int, **changes: Any) -> dict[str, Any]:
    """Change an action's fields (names in ACTION_FIELDS); returns their previous values, for undo.

    Status changes go through ``services.actions.record_progress``, which keeps the history.
    """
    unknown = set(changes) - set(ACTION_FIELDS)
    if unknown:
        raise TypeError(f"not action fields: {sorted(unknown)}")
    if "agency_id" in changes and changes["agency_id"] is None:
        raise ValueError(AGENCY_REQUIRED_TH)
    if "task" in changes and not changes["task"].strip():
        raise ValueError(TASK_REQUIRED_TH)
    with db.session() as session:
        action = session.get_one(ActionPoint, action_id)
        previous = {name: getattr(action, name) for name in changes}
        for name, value in changes.items():
            setattr(action, name, value)
    return previous


def delete_action(db: Database, action_id: int) -> dict[str, Any]:
    """Delete an action with its history; returns a snapshot for ``restore_action``."""
    with db.session() as session:
        action = session.get_one(ActionPoint, action_id)
        snapshot = {
            "action": _columns(action),
            "progress": [
                _columns(line)
                for line in session.scalars(
                    select(ActionProgress).where(ActionProgress.action_id == action_id)
                )
            ],
        }
        session.delete(action)
    return snapshot


def restore_action(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        session.execute(insert(ActionPoint).values(**snapshot["action"]))
        if snapshot["progress"]:
            session.execute(insert(ActionProgress), snapshot["progress"])


def record_progress(
    db: Database,
    meeting_id: int,
    action_id: int,
    note: str,
    status: ActionStatus | str,
    recorded_on: dt.date | None = None,
) -> int:
    """Progress reported at this meeting (item 3) on an earlier action; dated the meeting's day by default."""
    if recorded_on is None:
        with db.read_session() as session:
            recorded_on = session.scalar(select(Meeting.date).where(Meeting.id == meeting_id))
    assert recorded_on is not None
    return action_service.record_progress(
        db, action_id, meeting_id, note, ActionStatus(status).value, recorded_on
    )


def remove_progress(db: Database, progress_id: int) -> dict[str, Any]:
    """Undo a progress report: the line goes and the action takes back the state it had before it."""
    with db.session() as session:
        line = session.get_one(ActionProgress, progress_id)
        action = session.get_one(ActionPoint, line.action_id)
        snapshot = {"line": _columns(line), "action": _columns(action)}
        session.delete(line)
        session.flush()
        earlier = session.scalars(
            select(ActionProgress)
            .where(ActionProgress.action_id == action.id)
            .order_by(ActionProgress.recorded_on.desc(), ActionProgress.id.desc())
            .limit(1)
        ).first()
        if earlier is None:
            action.status, action.closed_on, action.status_reason = ActionStatus.OPEN.value, None, ""
        else:
            status = ActionStatus(earlier.status)
            action.status = status.value
            action.closed_on = None if status.is_open else earlier.recorded_on
            action.status_reason = earlier.note if status in action_service.FAILURE_STATUSES else ""
    return snapshot


def restore_progress(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        session.execute(insert(ActionProgress).values(**snapshot["line"]))
        action = session.get_one(ActionPoint, snapshot["action"]["id"])
        for name in ("status", "closed_on", "status_reason"):
            setattr(action, name, snapshot["action"][name])


# --- the whole meeting ----------------------------------------------------------------------------


def load_meeting(db: Database, meeting_id: int) -> MeetingView:
    """Everything the editor shows, in seven queries whatever the size of the meeting or the database."""
    with db.read_session() as session:
        meeting, body_name, statement = session.execute(
            select(Meeting, Body.name_th, Body.confidentiality_statement)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.id == meeting_id)
        ).one()
        header = MeetingHeader(
            id=meeting.id,
            body_id=meeting.body_id,
            body_name=body_name,
            confidentiality_statement=statement,
            number=meeting.number,
            year_be=meeting.year_be,
            label=meeting_number_label(meeting.number, meeting.year_be),
            kind=MeetingKind(meeting.kind),
            date=meeting.date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            venue=meeting.venue,
            recording_level=RecordingLevel(meeting.recording_level),
            status=MeetingStatus(meeting.status),
        )
        attendance = _attendance(session, meeting_id)
        items = _items(session, meeting_id)
        carried = _carried_over(session, meeting.body_id, meeting.date)
    return MeetingView(header=header, attendance=attendance, items=items, carried_over=carried)


def carried_over(db: Database, meeting_id: int) -> list[CarriedAction]:
    """Actions of earlier meetings of the same body that come back under item 3 of this meeting."""
    with db.read_session() as session:
        body_id, date = session.execute(
            select(Meeting.body_id, Meeting.date).where(Meeting.id == meeting_id)
        ).one()
        return _carried_over(session, body_id, date)


def _agency_label(abbreviation: str | None, name: str | None) -> str:
    return abbreviation or name or ""


def _attendance(session: Session, meeting_id: int) -> list[AttendanceRow]:
    query = (
        select(Attendance, Agency.abbreviation, Agency.name_th)
        .outerjoin(Agency, Agency.id == Attendance.agency_id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Attendance.sort_order, Attendance.id)
    )
    return [
        AttendanceRow(
            id=row.id,
            member_id=row.member_id,
            category=AttendanceCategory(row.category),
            full_name=row.full_name,
            position=row.position,
            agency_id=row.agency_id,
            agency_label=_agency_label(abbreviation, name),
            stands_in_for_id=row.stands_in_for_id,
            stands_in_for_text=row.stands_in_for_text,
            reason=row.reason,
            confidentiality_ack=row.confidentiality_ack,
            sort_order=row.sort_order,
        )
        for row, abbreviation, name in session.execute(query)
    ]


def _action_query():  # type: ignore[no-untyped-def]
    return (
        select(ActionPoint, Agency.abbreviation, Agency.name_th, CaseFile.code)
        .join(Agency, Agency.id == ActionPoint.agency_id)
        .outerjoin(CaseFile, CaseFile.id == ActionPoint.case_id)
    )


def _action_view(
    action: ActionPoint, abbreviation: str | None, name: str | None, code: str | None
) -> ActionView:
    return ActionView(
        id=action.id,
        meeting_id=action.meeting_id,
        item_id=action.agenda_item_id,
        agency_id=action.agency_id,
        agency_label=_agency_label(abbreviation, name),
        task=action.task,
        due_date=action.due_date,
        responsible_person=action.responsible_person,
        measure=action.measure,
        case_id=action.case_id,
        case_code=code or "",
        resources=action.resources,
        status=ActionStatus(action.status),
        status_reason=action.status_reason,
        closed_on=action.closed_on,
    )


def _items(session: Session, meeting_id: int) -> list[ItemView]:
    rows = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.sort_order, AgendaItem.id)
    ).all()
    views = {
        item.id: ItemView(
            id=item.id,
            parent_id=item.parent_id,
            number=item.number,
            title=item.title,
            kind=AgendaKind(item.kind),
            sort_order=item.sort_order,
            discussion=item.discussion,
            resolution=item.resolution,
            measure=item.measure,
        )
        for item in rows
    }
    links = session.execute(
        select(AgendaItemCase.agenda_item_id, CaseFile.id, CaseFile.code)
        .join(CaseFile, CaseFile.id == AgendaItemCase.case_id)
        .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(CaseFile.code)
    )
    for item_id, case_id, code in links:
        views[item_id].cases.append(CaseRef(case_id, code))
    actions = session.execute(
        _action_query().where(ActionPoint.meeting_id == meeting_id).order_by(ActionPoint.id)
    )
    for action, abbreviation, name, code in actions:
        if action.agenda_item_id in views:
            views[action.agenda_item_id].actions.append(_action_view(action, abbreviation, name, code))
    top: list[ItemView] = []
    for view in views.values():
        parent = views.get(view.parent_id) if view.parent_id is not None else None
        (parent.children if parent is not None else top).append(view)
    return top


def _carried_over(session: Session, body_id: int, date: dt.date) -> list[CarriedAction]:
    earlier = aliased(Meeting)
    still_open_then = or_(
        ActionPoint.status.in_([s.value for s in action_service.OPEN_STATUSES]),
        ActionPoint.closed_on >= date,
    )
    rows = session.execute(
        _action_query()
        .add_columns(earlier.number, earlier.year_be, earlier.date)
        .join(earlier, earlier.id == ActionPoint.meeting_id)
        .where(ActionPoint.body_id == body_id, earlier.date < date, still_open_then)
        .order_by(earlier.date, ActionPoint.id)
    ).all()
    candidates = [
        row for row in rows if carries_over(row[6], ActionStatus(row[0].status), row[0].closed_on, date)
    ]
    history = _history(session, [row[0].id for row in candidates])
    out = []
    for action, abbreviation, name, code, number, year_be, meeting_date in candidates:
        status = ActionStatus(action.status)
        overdue = deadlines.is_overdue(action.due_date, status, date)
        out.append(
            CarriedAction(
                action=_action_view(action, abbreviation, name, code),
                meeting_label=meeting_number_label(number, year_be),
                meeting_date=meeting_date,
                overdue=overdue,
                days_overdue=deadlines.days_overdue(action.due_date, date) if overdue else 0,
                history=history.get(action.id, []),
            )
        )
    return out


def _history(session: Session, action_ids: Iterable[int]) -> dict[int, list[ProgressView]]:
    ids = list(action_ids)
    out: dict[int, list[ProgressView]] = defaultdict(list)
    # SQLite limits bound parameters per statement; chunks keep the query on the action_id index.
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = session.execute(
            select(ActionProgress, Meeting.number, Meeting.year_be)
            .outerjoin(Meeting, Meeting.id == ActionProgress.meeting_id)
            .where(ActionProgress.action_id.in_(chunk))
            .order_by(ActionProgress.recorded_on, ActionProgress.id)
        )
        for line, number, year_be in rows:
            out[line.action_id].append(
                ProgressView(
                    id=line.id,
                    recorded_on=line.recorded_on,
                    meeting_id=line.meeting_id,
                    meeting_label=meeting_number_label(number, year_be) if number is not None else "",
                    note=line.note,
                    status=ActionStatus(line.status),
                )
            )
    return out


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}
