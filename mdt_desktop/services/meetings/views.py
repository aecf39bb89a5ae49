"""What the meeting editor shows: the whole meeting in one ``MeetingView``, and the matters arising.

``load_meeting`` gathers everything in a fixed handful of queries (never one per item or per action), because
it runs every time a secretary opens a meeting, on databases of 100,000 actions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.agenda_template import item_heading
from mdt_desktop.domain.carry_over import carries_over
from mdt_desktop.domain.codes import (
    ActionStatus,
    AgendaKind,
    AttendanceCategory,
    MeetingKind,
    MeetingStatus,
    RecordingLevel,
)
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.services.meetings.actions import OPEN_STATUSES
from mdt_desktop.services.meetings.header import EmptyItems
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
)


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
    empty_items: EmptyItems = EmptyItems.PRINT_NONE
    row_version: int = 1  # what an edit names as ``read_version`` (storage.edit_conflict)


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
    chaired: bool = False
    language: str = ""  # an interpreter's language, as typed


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
    row_version: int = 1  # what an edit names as ``read_version`` (storage.edit_conflict)


@dataclass(frozen=True)
class ProgressView:
    id: int
    recorded_on: dt.date
    meeting_id: int | None
    meeting_label: str
    note: str
    status: ActionStatus
    recorded_by: str = ""  # the agency officer who reported it between meetings; empty for the secretary's


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
    row_version: int = 1  # what an edit names as ``read_version`` (storage.edit_conflict)
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
            empty_items=EmptyItems(meeting.empty_items),
            row_version=meeting.row_version,
        )
        attendance = _attendance(session, meeting_id)
        items = _items(session, meeting_id)
        carried = _carried_over(session, meeting.body_id, meeting.date)
    return MeetingView(header=header, attendance=attendance, items=items, carried_over=carried)


def meeting_fingerprint(db: Database, meeting_id: int) -> tuple[int, ...]:
    """A few numbers that change whenever anyone saves a change to the meeting: its header's version, and the
    count, ids and versions of its items and actions, its case links and attendance, and the progress reported at
    it. The editor on a server compares them now and then to see another officer's saves (six aggregate
    queries, no text read). An attendance row edited in place has no version and is not seen until the meeting is reread."""
    items = select(
        func.count(AgendaItem.id), func.coalesce(func.sum(AgendaItem.row_version + AgendaItem.id), 0)
    ).where(AgendaItem.meeting_id == meeting_id)
    actions = select(
        func.count(ActionPoint.id), func.coalesce(func.sum(ActionPoint.row_version + ActionPoint.id), 0)
    ).where(ActionPoint.meeting_id == meeting_id)
    links = (
        select(func.count(), func.coalesce(func.sum(AgendaItemCase.case_id), 0))
        .join(AgendaItem, AgendaItem.id == AgendaItemCase.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting_id)
    )
    attendance = select(func.count(Attendance.id), func.coalesce(func.sum(Attendance.id), 0)).where(
        Attendance.meeting_id == meeting_id
    )
    progress = select(func.count(ActionProgress.id), func.coalesce(func.max(ActionProgress.id), 0)).where(
        ActionProgress.meeting_id == meeting_id
    )
    with db.read_session() as session:
        header = session.scalar(select(Meeting.row_version).where(Meeting.id == meeting_id)) or 0
        numbers = [header]
        for query in (items, actions, links, attendance, progress):
            numbers.extend(int(value) for value in session.execute(query).one())
    return tuple(numbers)


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
            chaired=row.chaired,
            language=row.language,
        )
        for row, abbreviation, name in session.execute(query)
    ]


def _action_query() -> Select[ActionPoint, str, str, str]:  # the case code is None without a case
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
        row_version=action.row_version,
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
            row_version=item.row_version,
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
        ActionPoint.status.in_([s.value for s in OPEN_STATUSES]),
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
                    recorded_by=line.recorded_by,
                )
            )
    return out
