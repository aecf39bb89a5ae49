"""What the chair's screen may show to the room, and the chair's one change of their own: closing an item.

The projector shows only what is on ``SAFE_TO_SHOW``: each dataclass below holds exactly the fields listed there
(a unit test compares them), and nothing else is read into them. Of a case, only its code and its current risk
level; never a name, a date of birth, an address, a phone number, an ID number, a contact, an assessment answer,
the case summary or any other free text of a case; of the people in the room, only how many came. The texts that
are shown (item titles, the resolution, action tasks) are typed by the secretary and may by mistake hold a name or
a number: each passes through ``mask_identifying`` first, which hides what looks like a person's name after a
Thai title, an ID number, a phone number or a house address.

``mask_identifying`` is the name detector's (``domain.typed_names``), the one that warns the secretary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from mdt_desktop.domain.codes import ActionStatus, AgendaKind, AttendanceCategory, RiskLevel
from mdt_desktop.domain.roles import Permission
from mdt_desktop.domain.typed_names import mask_identifying
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, risk
from mdt_desktop.services.meetings.amendments import guard_meeting_change
from mdt_desktop.services.meetings.views import carried_over
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Body,
    CaseFile,
    Meeting,
)

# Every field of every dataclass the chair's screen receives; nothing outside this list reaches the projector.
# Ids are never shown: they let the screen move through the agenda and tell which cases the room can see.
SAFE_TO_SHOW: Mapping[str, tuple[str, ...]] = {
    "ChairView": (
        "meeting_id",
        "meeting_number",
        "year_be",
        "body_name",
        "items",
        "current",
        "resolution",
        "actions",
        "matters_arising",
        "cases",
        "present",
        "expected",
    ),
    "ChairItem": ("id", "number", "title", "concluded", "kind"),
    "ChairAction": ("agency", "task", "due_date", "status"),
    "ChairArising": ("agency", "task", "due_date", "overdue"),
    "ChairCase": ("id", "code", "level"),
}

MEETING_GONE = Message(
    th="การประชุมนี้ถูกลบไปแล้ว ปิดจอประธานแล้วเปิดจากการประชุมอื่น",
    en="This meeting was deleted: close the chair's screen and open it from another meeting",
)
ITEM_GONE = Message(th="ระเบียบวาระนี้ถูกลบไปแล้ว", en="This agenda item was deleted")

CONCLUDED = "agenda_item_concluded"
REOPENED = "agenda_item_reopened"
# Members expected at the table: those present, those standing in for one, and those excused.
_EXPECTED = (AttendanceCategory.PRESENT, AttendanceCategory.STAND_IN, AttendanceCategory.ABSENT)
_PRESENT = (AttendanceCategory.PRESENT, AttendanceCategory.STAND_IN)


@dataclass(frozen=True)
class ChairItem:
    """An agenda item as the room sees it: its number, its title (masked) and whether the chair closed it."""

    id: int
    number: str
    title: str
    concluded: bool
    kind: AgendaKind


@dataclass(frozen=True)
class ChairAction:
    """An action assigned under the current item: agency by abbreviation, the task (masked), the due date."""

    agency: str
    task: str
    due_date: dt.date | None
    status: ActionStatus


@dataclass(frozen=True)
class ChairArising:
    """An action of an earlier meeting that comes back under matters arising (item 3)."""

    agency: str
    task: str
    due_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class ChairCase:
    """A case of the current item: its code and its current risk level (None when never assessed), nothing else."""

    id: int
    code: str
    level: RiskLevel | None


@dataclass(frozen=True)
class ChairView:
    """What the projector shows of one meeting with one item current (``current`` is None for an empty agenda)."""

    meeting_id: int
    meeting_number: int
    year_be: int
    body_name: str
    items: tuple[ChairItem, ...]
    current: ChairItem | None
    resolution: str
    actions: tuple[ChairAction, ...]
    matters_arising: tuple[ChairArising, ...]
    cases: tuple[ChairCase, ...]
    present: int
    expected: int

    def neighbour(self, item_id: int | None, step: int) -> ChairItem | None:
        """The item ``step`` places after (or before, when negative) ``item_id``, or None past either end or when
        that item is not on the agenda."""
        index = next((i for i, item in enumerate(self.items) if item.id == item_id), None)
        if index is None or not 0 <= index + step < len(self.items):
            return None
        return self.items[index + step]


def chair_view(db: Database, meeting_id: int, item_id: int | None) -> ChairView:
    """What the chair's screen shows with ``item_id`` current (the first item when None or no longer there); a
    meeting deleted meanwhile is a ``Refusal``."""
    with db.read_session() as session:
        header = session.execute(
            select(Meeting.number, Meeting.year_be, Body.name_th)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.id == meeting_id)
        ).one_or_none()
        if header is None:
            raise Refusal(MEETING_GONE)
        number, year_be, body_name = header
        rows = session.execute(
            select(
                AgendaItem.id, AgendaItem.parent_id, AgendaItem.number, AgendaItem.title, AgendaItem.concluded,
                AgendaItem.kind, AgendaItem.sort_order,
            ).where(AgendaItem.meeting_id == meeting_id)
        ).all()  # fmt: skip
        items = _in_minutes_order(rows)
        current = next((item for item in items if item.id == item_id), items[0] if items else None)
        counts = dict(
            session.execute(
                select(Attendance.category, func.count())
                .where(Attendance.meeting_id == meeting_id)
                .group_by(Attendance.category)
            ).all()
        )
        resolution = ""
        actions: tuple[ChairAction, ...] = ()
        cases: list[tuple[int, str]] = []
        if current is not None:
            resolution = (
                session.scalar(select(AgendaItem.resolution).where(AgendaItem.id == current.id)) or ""
            )
            actions = tuple(
                ChairAction(abbreviation or name, mask_identifying(task), due, ActionStatus(status))
                for abbreviation, name, task, due, status in session.execute(
                    select(Agency.abbreviation, Agency.name_th, ActionPoint.task, ActionPoint.due_date,
                           ActionPoint.status)
                    .join(Agency, Agency.id == ActionPoint.agency_id)
                    .where(ActionPoint.agenda_item_id == current.id)
                    .order_by(ActionPoint.id)
                )
            )  # fmt: skip
            cases = [
                (case_id, code)
                for case_id, code in session.execute(
                    select(CaseFile.id, CaseFile.code)
                    .join(AgendaItemCase, AgendaItemCase.case_id == CaseFile.id)
                    .where(AgendaItemCase.agenda_item_id == current.id)
                    .order_by(CaseFile.code)
                )
            ]
    arising: tuple[ChairArising, ...] = ()
    if current is not None and current.kind is AgendaKind.MATTERS_ARISING:
        arising = tuple(
            ChairArising(
                carried.action.agency_label,
                mask_identifying(carried.action.task),
                carried.action.due_date,
                carried.overdue,
            )
            for carried in carried_over(db, meeting_id)
        )
    return ChairView(
        meeting_id=meeting_id,
        meeting_number=number,
        year_be=year_be,
        body_name=body_name,
        items=items,
        current=current,
        resolution=mask_identifying(resolution),
        actions=actions,
        matters_arising=arising,
        cases=tuple(ChairCase(case_id, code, risk.latest_level(db, case_id)) for case_id, code in cases),
        present=sum(counts.get(category.value, 0) for category in _PRESENT),
        expected=sum(counts.get(category.value, 0) for category in _EXPECTED),
    )


_ItemRow = tuple[
    int, int | None, str, str, bool, str, int
]  # id, parent, number, title, concluded, kind, order


def _in_minutes_order(rows: Sequence[_ItemRow]) -> tuple[ChairItem, ...]:
    """Items depth first, each item followed by its sub-items, as in the minutes and the editor's tree."""
    children: dict[int | None, list[_ItemRow]] = {}
    for row in sorted(rows, key=lambda row: (row[6], row[0])):
        children.setdefault(row[1], []).append(row)
    out: list[ChairItem] = []

    def walk(parent_id: int | None) -> None:
        for item_id, _parent, number, title, concluded, kind, _order in children.get(parent_id, []):
            out.append(ChairItem(item_id, number, mask_identifying(title), concluded, AgendaKind(kind)))
            walk(item_id)

    walk(None)
    return tuple(out)


def conclude_item(db: Database, item_id: int, concluded: bool) -> bool:
    """Mark an item as closed by the chair (or open it again); returns the previous mark. Audited by ids; an item
    deleted meanwhile is a ``Refusal``."""
    with db.session() as session:
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise Refusal(ITEM_GONE)
        # The chair concludes items from their screen, as the secretary does from the editor; approved minutes
        # change only by an amendment.
        guard_meeting_change(session, db, item.meeting_id, Permission.SHOW_CHAIR_SCREEN)
        previous = item.concluded
        if previous != concluded:
            item.concluded = concluded
            audit.add_entry(
                session, db.actor or "?", CONCLUDED if concluded else REOPENED, "agenda_item", item_id
            )
        return previous
