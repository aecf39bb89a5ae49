"""Bodies that meet, their members (seats held for a term) and the areas they cover.

People change posts often (โยกย้าย). A member who leaves keeps their row with the end of their term; the
successor gets a new row, and ``hand_over_actions`` moves every open action of the leaving member to the
successor in one step, with a progress line saying so. Attendance rows of past meetings hold copies of names
and positions, so past minutes are not touched by any of this.

With roles in force (``services.roles``) areas and new bodies are kept by any secretary or the administrator
(``domain.roles.KEEPS_TEAM_SETUP``); a body's own record and roster by its secretary or the administrator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA, TemplateItem, dump_template, parse_template
from mdt_desktop.domain.codes import ActionStatus, AgendaKind, BodyKind, Level, MemberRole
from mdt_desktop.domain.roles import KEEPS_TEAM_SETUP
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.meetings import OPEN_STATUSES, add_progress_line
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import ActionPoint, Agency, Area, Body, Meeting, Member

BODY_NAME_REQUIRED = Message(th="โปรดระบุชื่อคณะ/ทีม", en="Type the name of the body or team")
MEMBER_NAME_REQUIRED = Message(th="โปรดระบุชื่อ-สกุลของกรรมการ", en="Type the member's full name")
AREA_NAME_REQUIRED = Message(th="โปรดระบุชื่อพื้นที่ภาษาไทย", en="Type the area's name in Thai")
AREA_IN_USE = Message(
    th="ลบพื้นที่นี้ไม่ได้ เพราะ{parts} ยังอ้างถึงอยู่ โปรดเปลี่ยนพื้นที่ของรายการเหล่านั้นก่อน",
    en="This area cannot be deleted because {parts} still refer to it: move them to another area first",
)
AREA_USED_BY_BODIES = Message(th="คณะ/ทีม {n} คณะ", en="bodies ({n})")
AREA_USED_BY_AGENCIES = Message(th="หน่วยงาน {n} แห่ง", en="agencies ({n})")
AREA_USED_BY_SUB_AREAS = Message(th="พื้นที่ย่อย {n} แห่ง", en="smaller areas ({n})")
AREA_USERS_JOINED_BY = Message(th=" และ ", en=" and ")
SAME_MEMBER = Message(
    th="ผู้รับมอบงานต้องเป็นคนละคนกับผู้ส่งมอบ", en="The member taking over must be someone other than the one leaving"
)
# Written into the action's history, which the minutes print: Thai like the minutes, not the reader's language.
HAND_OVER_NOTE_TH = "ส่งมอบงานจาก {old} ให้ {new}"


# --- areas --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AreaRecord:
    level: str
    name_th: str
    code: str = ""
    name_en: str = ""
    parent_id: int | None = None
    id: int | None = None


def list_areas(db: Database, level: str | None = None) -> list[AreaRecord]:
    query = select(Area).order_by(Area.level, Area.name_th)
    if level is not None:
        query = query.where(Area.level == level)
    with db.read_session() as session:
        return [
            AreaRecord(a.level, a.name_th, a.code, a.name_en, a.parent_id, a.id)
            for a in session.scalars(query)
        ]


def _line(text: str, field: typed_text.TypedField = typed_text.LINE) -> str:
    """Typed text cleaned and within its field's limit (a ``Refusal`` otherwise), without surrounding spaces."""
    return typed_text.checked(text, field).strip()


def _apply_area(area: Area, record: AreaRecord) -> None:
    if not typed_text.clean(record.name_th).strip():  # a name of control characters alone is no name
        raise Refusal(AREA_NAME_REQUIRED)
    area.level = Level(record.level).value
    area.name_th = _line(record.name_th)
    area.code = _line(record.code)
    area.name_en = _line(record.name_en)
    area.parent_id = record.parent_id


def create_area(db: Database, record: AreaRecord) -> int:
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        area = Area()
        _apply_area(area, record)
        session.add(area)
        session.flush()
        return area.id


def update_area(db: Database, record: AreaRecord) -> None:
    if record.id is None:
        raise ValueError("update_area needs a record with an id")
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        _apply_area(session.get_one(Area, record.id), record)


def parent_level(level: str) -> str | None:
    """The level of the areas an area of ``level`` lies in (a district lies in a province); None at the top."""
    levels = list(Level)  # declared from the smallest area to the largest
    index = levels.index(Level(level))
    return levels[index + 1].value if index + 1 < len(levels) else None


@dataclass(frozen=True)
class AreaUsage:
    """What still refers to an area: while anything does, the area is not deleted."""

    bodies: int = 0
    agencies: int = 0
    sub_areas: int = 0

    @property
    def in_use(self) -> bool:
        return bool(self.bodies or self.agencies or self.sub_areas)


class AreaInUse(Refusal):
    """Deleting an area that bodies, agencies or smaller areas still refer to; ``usage`` says how many."""

    def __init__(self, usage: AreaUsage) -> None:
        self.usage = usage
        super().__init__(AREA_IN_USE, parts="")
        self.args = (self.message("en"),)

    def message(self, language: str = "th") -> str:
        counted = (
            (AREA_USED_BY_BODIES, self.usage.bodies),
            (AREA_USED_BY_AGENCIES, self.usage.agencies),
            (AREA_USED_BY_SUB_AREAS, self.usage.sub_areas),
        )
        parts = AREA_USERS_JOINED_BY.text(language).join(part.text(language, n=n) for part, n in counted if n)
        return AREA_IN_USE.text(language, parts=parts)


def _area_usage(session: Session, area_id: int) -> AreaUsage:
    def count(model: type[Body] | type[Agency] | type[Area], column: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(column == area_id)) or 0

    return AreaUsage(
        bodies=count(Body, Body.area_id),
        agencies=count(Agency, Agency.area_id),
        sub_areas=count(Area, Area.parent_id),
    )


def area_usage(db: Database, area_id: int) -> AreaUsage:
    with db.read_session() as session:
        return _area_usage(session, area_id)


def delete_area(db: Database, area_id: int) -> None:
    """Delete an area nothing refers to; raises AreaInUse otherwise.

    The foreign keys would quietly set the references to NULL, and a body or agency would lose its area
    (and case codes their prefix) without anyone deciding so: people move those to another area first.
    """
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        usage = _area_usage(session, area_id)
        if usage.in_use:
            raise AreaInUse(usage)
        session.delete(session.get_one(Area, area_id))


# --- bodies -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRecord:
    name_th: str
    kind: str = BodyKind.MDT.value
    level: str = Level.DISTRICT.value
    self_label: str = ""
    name_en: str = ""
    area_id: int | None = None
    code: str = ""
    agenda_template: str = ""  # JSON of domain.agenda_template; empty: the standard agenda
    confidentiality_statement: str = ""
    active: bool = True
    id: int | None = None
    area_name: str = ""
    member_count: int = 0


def _body_record(body: Body, member_count: int = 0) -> BodyRecord:
    return BodyRecord(
        id=body.id,
        name_th=body.name_th,
        kind=body.kind,
        level=body.level,
        self_label=body.self_label or "",
        name_en=body.name_en or "",
        area_id=body.area_id,
        code=body.code or "",
        agenda_template=body.agenda_template or "",
        confidentiality_statement=body.confidentiality_statement or "",
        active=bool(body.active),
        area_name=body.area.name_th if body.area is not None else "",
        member_count=member_count,
    )


def _apply_body(body: Body, record: BodyRecord) -> None:
    if not typed_text.clean(record.name_th).strip():
        raise Refusal(BODY_NAME_REQUIRED)
    body.name_th = _line(record.name_th)
    body.kind = BodyKind(record.kind).value
    body.level = Level(record.level).value
    body.self_label = _line(record.self_label)
    body.name_en = _line(record.name_en)
    body.area_id = record.area_id
    body.code = _line(record.code)
    body.agenda_template = record.agenda_template
    body.confidentiality_statement = typed_text.checked(record.confidentiality_statement, typed_text.NOTE)
    body.active = record.active


def template_to_text(agenda_template: str) -> str:
    """A body's agenda template as people edit it: one item title a line (the standard agenda when empty)."""
    return "\n".join(item.title for item in parse_template(agenda_template))


def text_to_template(text: str) -> str:
    """The stored JSON for titles typed one a line; the standard agenda is stored as empty text.

    A title that is the label of an agenda kind (for instance เรื่องสืบเนื่อง) gets that kind, so that matters
    arising still collect open actions of earlier meetings; any other title is an item for consideration.
    """
    by_label = {kind.th: kind for kind in AgendaKind}
    by_label.update({item.title: item.kind for item in STANDARD_AGENDA})
    titles = [_line(line, typed_text.TITLE) for line in text.splitlines() if line.strip()]
    items = tuple(TemplateItem(by_label.get(t, AgendaKind.FOR_CONSIDERATION), t) for t in titles)
    if not items or items == STANDARD_AGENDA:
        return ""
    return dump_template(items)


def list_bodies(
    db: Database, include_inactive: bool = True, today: dt.date | None = None
) -> list[BodyRecord]:
    """Bodies with the number of members whose term runs on ``today``."""
    today = today or dt.date.today()
    current = (
        select(Member.body_id, func.count().label("n"))
        .where((Member.term_to.is_(None)) | (Member.term_to >= today))
        .group_by(Member.body_id)
        .subquery()
    )
    query = (
        select(Body, func.coalesce(current.c.n, 0))
        .outerjoin(current, current.c.body_id == Body.id)
        .order_by(Body.active.desc(), Body.name_th)
    )
    if not include_inactive:
        query = query.where(Body.active.is_(True))
    with db.read_session() as session:
        return [_body_record(body, n) for body, n in session.execute(query)]


def get_body(db: Database, body_id: int) -> BodyRecord:
    with db.read_session() as session:
        return _body_record(session.get_one(Body, body_id))


def create_body(db: Database, record: BodyRecord) -> int:
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP)
        body = Body()
        _apply_body(body, record)
        session.add(body)
        session.flush()
        return body.id


def update_body(db: Database, record: BodyRecord) -> None:
    if record.id is None:
        raise ValueError("update_body needs a record with an id")
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP, body_id=record.id)
        _apply_body(session.get_one(Body, record.id), record)


def has_meetings(db: Database, body_id: int) -> bool:
    with db.read_session() as session:
        return bool(
            session.scalar(select(func.count()).select_from(Meeting).where(Meeting.body_id == body_id))
        )


# --- members ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRecord:
    body_id: int
    full_name: str
    agency_id: int | None = None
    position: str = ""
    profession: str = ""
    role: str = MemberRole.MEMBER.value
    term_from: dt.date | None = None
    term_to: dt.date | None = None
    may_decide: bool = False
    sort_order: int = 0
    id: int | None = None
    successor_id: int | None = None
    successor_name: str = ""
    agency_abbreviation: str = ""
    open_actions: int = 0

    def is_current(self, today: dt.date) -> bool:
        return self.term_to is None or self.term_to >= today


def _apply_member(member: Member, record: MemberRecord) -> None:
    if not typed_text.clean(record.full_name).strip():
        raise Refusal(MEMBER_NAME_REQUIRED)
    member.body_id = record.body_id
    member.full_name = _line(record.full_name, typed_text.NAME)
    member.agency_id = record.agency_id
    member.position = _line(record.position)
    member.profession = _line(record.profession)
    member.role = MemberRole(record.role).value
    member.term_from = record.term_from
    member.term_to = record.term_to
    member.may_decide = record.may_decide
    member.sort_order = record.sort_order


def list_members(
    db: Database, body_id: int, include_past: bool = True, today: dt.date | None = None
) -> list[MemberRecord]:
    """Members of a body, current first in seating order, each with the number of open actions they hold."""
    today = today or dt.date.today()
    open_actions = (
        select(ActionPoint.responsible_member_id, func.count().label("n"))
        .where(ActionPoint.status.in_([s.value for s in OPEN_STATUSES]))
        .where(ActionPoint.body_id == body_id)
        .group_by(ActionPoint.responsible_member_id)
        .subquery()
    )
    query = (
        select(Member, func.coalesce(open_actions.c.n, 0))
        .outerjoin(open_actions, open_actions.c.responsible_member_id == Member.id)
        .where(Member.body_id == body_id)
        .order_by(Member.sort_order, Member.id)
    )
    with db.read_session() as session:
        names = dict(
            session.execute(select(Member.id, Member.full_name).where(Member.body_id == body_id)).all()
        )
        records = []
        for member, n in session.execute(query):
            records.append(
                MemberRecord(
                    id=member.id,
                    body_id=member.body_id,
                    full_name=member.full_name,
                    agency_id=member.agency_id,
                    position=member.position or "",
                    profession=member.profession or "",
                    role=member.role,
                    term_from=member.term_from,
                    term_to=member.term_to,
                    may_decide=bool(member.may_decide),
                    sort_order=member.sort_order,
                    successor_id=member.successor_id,
                    successor_name=names.get(member.successor_id, "") if member.successor_id else "",
                    agency_abbreviation=(member.agency.abbreviation or member.agency.name_th)
                    if member.agency
                    else "",
                    open_actions=n,
                )
            )
    current = [r for r in records if r.is_current(today)]
    past = [r for r in records if not r.is_current(today)]
    return current + past if include_past else current


def create_member(db: Database, record: MemberRecord) -> int:
    with db.session() as session:
        roles.require_any(session, db, KEEPS_TEAM_SETUP, body_id=record.body_id)
        member = Member()
        _apply_member(member, record)
        if not record.sort_order:
            # A new seat goes to the end of the seating order.
            highest = session.scalar(
                select(func.max(Member.sort_order)).where(Member.body_id == record.body_id)
            )
            member.sort_order = (highest or 0) + 1
        session.add(member)
        session.flush()
        return member.id


def update_member(db: Database, record: MemberRecord) -> None:
    if record.id is None:
        raise ValueError("update_member needs a record with an id")
    with db.session() as session:
        member = session.get_one(Member, record.id)
        for body_id in {member.body_id, record.body_id}:  # a seat moved to another body: both rosters change
            roles.require_any(session, db, KEEPS_TEAM_SETUP, body_id=body_id)
        _apply_member(member, record)


def _hand_over(session: Session, db: Database, leaving: Member, successor: Member, on: dt.date) -> int:
    if leaving.id == successor.id:
        raise Refusal(SAME_MEMBER)
    for body_id in {leaving.body_id, successor.body_id}:
        roles.require_any(session, db, KEEPS_TEAM_SETUP, body_id=body_id)
    actions = session.scalars(
        select(ActionPoint)
        .where(ActionPoint.responsible_member_id == leaving.id)
        .where(ActionPoint.status.in_([s.value for s in OPEN_STATUSES]))
    ).all()
    note = HAND_OVER_NOTE_TH.format(old=leaving.full_name, new=successor.full_name)
    for action in actions:
        action.responsible_member_id = successor.id
        action.responsible_person = successor.full_name
        # The status does not change: the line only records who carries the action from now on.
        add_progress_line(session, action, None, note, ActionStatus(action.status), on)
    leaving.successor_id = successor.id
    return len(actions)


def hand_over_actions(db: Database, from_member_id: int, to_member_id: int, on: dt.date | None = None) -> int:
    """Move every open action of the leaving member to the successor; returns how many moved."""
    with db.session() as session:
        return _hand_over(
            session,
            db,
            session.get_one(Member, from_member_id),
            session.get_one(Member, to_member_id),
            on or dt.date.today(),
        )


def end_term(
    db: Database,
    member_id: int,
    term_to: dt.date,
    successor_id: int | None = None,
    new_successor: MemberRecord | None = None,
) -> tuple[int | None, int]:
    """End a member's term and, in the same step, hand their open actions to a successor.

    The successor is an existing member (``successor_id``) or a new seat (``new_successor``, created here).
    Returns the successor's id (None when there is none) and the number of actions handed over.
    """
    with db.session() as session:
        leaving = session.get_one(Member, member_id)
        roles.require_any(session, db, KEEPS_TEAM_SETUP, body_id=leaving.body_id)
        leaving.term_to = term_to
        successor: Member | None = None
        if new_successor is not None:
            successor = Member()
            _apply_member(successor, new_successor)
            if not new_successor.sort_order:
                successor.sort_order = leaving.sort_order
            session.add(successor)
            session.flush()
        elif successor_id is not None:
            successor = session.get_one(Member, successor_id)
        if successor is None:
            return None, 0
        moved = _hand_over(session, db, leaving, successor, term_to)
        return successor.id, moved
