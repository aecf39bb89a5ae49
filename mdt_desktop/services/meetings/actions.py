"""Action points and their progress: assigning a task to an agency, changing it, and reporting on it.

Progress is reported at a later meeting (item 3), between meetings from the action register, or by an agency
officer on their own agency's actions (``record_agency_progress``, the line naming them); either way a line is
appended to the action's history and the action takes the reported status. Who may do which is checked against
their roles (``services.roles``). Removals return snapshots for undo, restored with the same ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import ActionStatus, Service, ServiceStatus
from mdt_desktop.domain.roles import Permission
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, roles
from mdt_desktop.services.meetings.amendments import guard_meeting_change
from mdt_desktop.services.meetings.snapshot import row_values
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import ConflictingText, decided_again, require_version
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    AgendaItemCase,
    Meeting,
    SafetyPlanService,
)

AGENCY_REQUIRED = Message(
    th="โปรดเลือกหน่วยงานที่รับผิดชอบงานนี้", en="Choose the agency responsible for this action"
)

TASK_REQUIRED = Message(th="โปรดพิมพ์งานที่มอบหมาย", en="Type the task that is assigned")

DUE_DATE_REQUIRED = Message(
    th="โปรดระบุกำหนดแล้วเสร็จ งานที่ไม่มีกำหนดจะไม่มีวันเกินกำหนดและหลุดการติดตาม",
    en="Give the due date: an action without one can never become overdue and drops out of the follow-up",
)

REASON_REQUIRED = Message(
    th="โปรดระบุเหตุผลที่ดำเนินการไม่สำเร็จ (สถานการณ์เปลี่ยน หรือหน่วยงานไม่ได้ดำเนินการ) ก่อนบันทึกสถานะนี้",
    en="Give the reason the action was not completed (circumstances changed, or the agency did not act) "
    "before recording this status",
)

RETURN_NOT_CHECKED = Message(
    th="งานนี้คือการส่งกลับตามแผนความปลอดภัย จะบันทึกว่าเสร็จได้เมื่อบันทึกการตรวจความปลอดภัยแล้ว "
    "(ผู้ตรวจ วันที่ และสิ่งที่พบ) ในแผนความปลอดภัยของกรณี",
    en="This action is a return in a safety plan: it can be recorded as done once the safety check (who checked, "
    "when and what they found) is recorded in the case's safety plan",
)
ACTION_CLOSED = Message(
    th="งานนี้ปิดแล้ว (เสร็จหรือดำเนินการไม่สำเร็จ) รายงานความคืบหน้าเพิ่มไม่ได้ หากยังต้องดำเนินการต่อ โปรดแจ้งเลขานุการ",
    en="This action is closed (done, or not completed): no further progress can be reported. If work goes on, "
    "tell the secretary",
)
AGENCY_PROGRESS = "agency_progress_recorded"

_PLAN_SERVICE_STATUS = {
    ActionStatus.OPEN: ServiceStatus.PLANNED,
    ActionStatus.IN_PROGRESS: ServiceStatus.IN_PROGRESS,
    ActionStatus.DONE: ServiceStatus.DONE,
}

ACTION_FIELDS = ("agency_id", "task", "due_date", "responsible_person", "measure", "case_id", "resources")
_TYPED_FIELDS = {
    "task": typed_text.TASK,
    "responsible_person": typed_text.NAME,
    "resources": typed_text.NOTE,
}

OPEN_STATUSES: tuple[ActionStatus, ...] = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)

FAILURE_STATUSES: tuple[ActionStatus, ...] = (
    ActionStatus.CIRCUMSTANCES_CHANGED,
    ActionStatus.NOT_DONE_BY_AGENCY,
)


def add_action(
    db: Database,
    meeting_id: int,
    item_id: int | None,
    agency_id: int | None,
    task: str,
    due_date: dt.date | None,
    responsible_person: str = "",
    measure: str | None = None,
    case_id: int | None = None,
    resources: str = "",
) -> int:
    """Assign a task to an agency at this meeting. The agency, the task and the due date are required (a Refusal):
    an action without a due date would never become overdue. ``due_dates.propose_due_date`` gives the usual one.
    An action given no case on an item that has exactly one linked case carries that case."""
    if agency_id is None:
        raise Refusal(AGENCY_REQUIRED)
    if due_date is None:
        raise Refusal(DUE_DATE_REQUIRED)
    task = typed_text.checked(task, typed_text.TASK)
    responsible_person = typed_text.checked(responsible_person, typed_text.NAME)
    resources = typed_text.checked(resources, typed_text.NOTE)
    if not task.strip():
        raise Refusal(TASK_REQUIRED)
    with db.session() as session:
        guard_meeting_change(session, db, meeting_id)
        meeting = session.get_one(Meeting, meeting_id)
        if case_id is None and item_id is not None:
            linked = session.scalars(
                select(AgendaItemCase.case_id).where(AgendaItemCase.agenda_item_id == item_id).limit(2)
            ).all()
            if len(linked) == 1:
                case_id = linked[0]
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


def update_action(
    db: Database,
    action_id: int,
    *,
    read_version: int | None = None,
    read_values: Mapping[str, Any] | None = None,
    **changes: Any,
) -> dict[str, Any]:
    """Change an action's fields (names in ACTION_FIELDS); returns their previous values, for undo.

    Status changes go through ``record_progress``, which keeps the history.

    ``read_version`` and ``read_values`` are the action's version and the changed fields' values as the
    editor read them (None: no check). When the action has changed since, the save goes ahead if the fields
    changed here are as they were read; otherwise it is an ``EditConflict`` (carrying the task now saved and the
    task typed, when the task is among them) and nothing is written.
    """
    unknown = set(changes) - set(ACTION_FIELDS)
    if unknown:
        raise TypeError(f"not action fields: {sorted(unknown)}")
    if "agency_id" in changes and changes["agency_id"] is None:
        raise Refusal(AGENCY_REQUIRED)
    if "due_date" in changes and changes["due_date"] is None:
        raise Refusal(DUE_DATE_REQUIRED)
    for name, field in _TYPED_FIELDS.items():
        if isinstance(changes.get(name), str):
            changes[name] = typed_text.checked(changes[name], field)
    if "task" in changes and not changes["task"].strip():
        raise Refusal(TASK_REQUIRED)

    def save() -> dict[str, Any]:
        with db.session() as session:
            action = session.get_one(ActionPoint, action_id)
            guard_meeting_change(session, db, action.meeting_id)
            previous = {name: getattr(action, name) for name in changes}
            changed_there = {
                name for name in changes if read_values is None or previous[name] != read_values.get(name)
            }
            if changed_there:
                task = (
                    ConflictingText("task", action.task, changes["task"]) if "task" in changed_there else None
                )
                require_version(session, action, read_version, text=task)
            for name, value in changes.items():
                setattr(action, name, value)
        return previous

    return decided_again(save)


def delete_action(db: Database, action_id: int) -> dict[str, Any]:
    """Delete an action with its history; returns a snapshot for ``restore_action``."""
    with db.session() as session:
        action = session.get_one(ActionPoint, action_id)
        guard_meeting_change(session, db, action.meeting_id)
        snapshot = {
            "action": row_values(action),
            "progress": [
                row_values(line)
                for line in session.scalars(
                    select(ActionProgress).where(ActionProgress.action_id == action_id)
                )
            ],
        }
        session.delete(action)
    return snapshot


def restore_action(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        action = snapshot["action"]
        guard_meeting_change(session, db, action["meeting_id"])
        session.execute(insert(ActionPoint).values(**action))
        if snapshot["progress"]:
            session.execute(insert(ActionProgress), snapshot["progress"])


def progress_problem(status: ActionStatus | str, note: str) -> Message | None:
    """What is wrong with a progress report, or None: the dialogs ask before they submit."""
    if ActionStatus(status) in FAILURE_STATUSES and not note.strip():
        return REASON_REQUIRED
    return None


def add_progress_line(
    session: Session,
    action: ActionPoint,
    meeting_id: int | None,
    note: str,
    status: ActionStatus,
    recorded_on: dt.date,
    recorded_by: str = "",
) -> ActionProgress:
    """Append a line and move the action to ``status`` inside an open unit of work; ``recorded_by`` names the
    agency officer who reported it between meetings (empty for the secretary's lines)."""
    line = ActionProgress(
        action=action,
        meeting_id=meeting_id,
        note=note,
        status=status.value,
        recorded_on=recorded_on,
        recorded_by=recorded_by,
    )
    session.add(line)
    previous = ActionStatus(action.status)
    action.status = status.value
    if status.is_open:
        action.closed_on = None
        action.status_reason = ""
    else:
        if previous.is_open or action.closed_on is None:
            action.closed_on = recorded_on
        # For the two failure statuses the note is the reason why, which the minutes must show.
        action.status_reason = note.strip() if status in FAILURE_STATUSES else ""
    return line


def record_progress(
    db: Database,
    meeting_id: int | None,
    action_id: int,
    note: str,
    status: ActionStatus | str,
    recorded_on: dt.date | None = None,
) -> int:
    """Progress on an action: reported at a meeting (item 3), dated the meeting's day unless ``recorded_on``
    says otherwise, or between meetings from the register (``meeting_id`` None, ``recorded_on`` required).

    A failure status needs its reason in the note (refused otherwise, as ``progress_problem`` tells).
    """
    new_status = ActionStatus(status)
    note = typed_text.checked(note, typed_text.NOTE)
    problem = progress_problem(new_status, note)
    if problem is not None:
        raise Refusal(problem)

    def save() -> int:
        with db.session() as session:
            on = recorded_on
            if on is None:
                if meeting_id is None:
                    raise TypeError("progress between meetings needs its date")
                on = session.get_one(Meeting, meeting_id).date
            action = session.get_one(ActionPoint, action_id)
            roles.require(session, db, Permission.WRITE_MINUTES, body_id=action.body_id)
            _follow_plan_services(session, action_id, new_status)
            line = add_progress_line(session, action, meeting_id, note.strip(), new_status, on)
            session.flush()
            return line.id

    # A line is added, nothing overwritten: another report on the same action at the same moment is no conflict,
    # and the report is made again on the action as it is now.
    return decided_again(save)


def record_agency_progress(
    db: Database,
    action_id: int,
    status: ActionStatus | str,
    note: str,
    recorded_on: dt.date | None = None,
) -> int:
    """An agency officer reports on one of their own agency's open actions between meetings: the line names them
    (``ActionProgress.recorded_by``), so the secretary sees who reported it under item 3 of the next meeting.

    Refused for another agency's action (nothing is written), for an action already closed (the secretary
    reopens it), without a person acting, and for a failure status without its reason. Audited by
    ids; ``recorded_on`` is today unless said otherwise."""
    new_status = ActionStatus(status)
    note = typed_text.checked(note, typed_text.NOTE)
    problem = progress_problem(new_status, note)
    if problem is not None:
        raise Refusal(problem)

    def save() -> int:
        with db.session() as session:
            action = session.get_one(ActionPoint, action_id)
            roles.require(session, db, Permission.RECORD_AGENCY_PROGRESS, agency_id=action.agency_id)
            if not db.actor:
                raise Refusal(roles.NOBODY_ACTING)  # the line must say who reported it
            if not ActionStatus(action.status).is_open:
                raise Refusal(ACTION_CLOSED)
            _follow_plan_services(session, action_id, new_status)
            line = add_progress_line(
                session,
                action,
                None,
                note.strip(),
                new_status,
                recorded_on or dt.date.today(),
                recorded_by=db.actor,
            )
            session.flush()
            audit.add_entry(
                session, db.actor, AGENCY_PROGRESS, "action_point", action_id, detail=f"line {line.id}"
            )
            return line.id

    return decided_again(save)  # as record_progress: a line added at the same moment as another is made again


def remove_progress(db: Database, progress_id: int) -> dict[str, Any]:
    """Undo a progress report: the line goes and the action takes back the state it had before it."""
    with db.session() as session:
        line = session.get_one(ActionProgress, progress_id)
        action = session.get_one(ActionPoint, line.action_id)
        _require_progress_writer(session, db, action, line.recorded_by)
        snapshot = {"line": row_values(line), "action": row_values(action)}
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
            action.status_reason = earlier.note if status in FAILURE_STATUSES else ""
        _follow_plan_services(session, action.id, ActionStatus(action.status))
    return snapshot


def restore_progress(db: Database, snapshot: dict[str, Any]) -> None:
    with db.session() as session:
        action = session.get_one(ActionPoint, snapshot["action"]["id"])
        _require_progress_writer(session, db, action, snapshot["line"]["recorded_by"])
        session.execute(insert(ActionProgress).values(**snapshot["line"]))
        for name in ("status", "closed_on", "status_reason"):
            setattr(action, name, snapshot["action"][name])
        _follow_plan_services(session, action.id, ActionStatus(action.status))


def _require_progress_writer(session: Session, db: Database, action: ActionPoint, recorded_by: str) -> None:
    """Taking back or putting back a progress line (undo): the secretary of the action's body may, and so may the
    agency officer who recorded it."""
    permissions = roles.acting_permissions(session, db)
    own_line = bool(recorded_by) and recorded_by == db.actor
    if own_line and permissions.allows(Permission.RECORD_AGENCY_PROGRESS, agency_id=action.agency_id):
        return
    roles.require(session, db, Permission.WRITE_MINUTES, body_id=action.body_id)


def _follow_plan_services(session: Session, action_id: int, status: ActionStatus) -> None:
    """A safety-plan service agreed as this action follows its progress (the register is where agencies report),
    so the plan and the register never disagree; a return is not done before its recorded safety check."""
    follows = _PLAN_SERVICE_STATUS.get(status)
    if follows is None:
        return  # a failure status says nothing the plan's own statuses can carry; the plan keeps its own
    for service in session.scalars(select(SafetyPlanService).where(SafetyPlanService.action_id == action_id)):
        checked = service.safety_checked_by and service.safety_checked_on and service.safety_check_finding
        if follows is ServiceStatus.DONE and Service(service.service).needs_safety_check and not checked:
            raise Refusal(RETURN_NOT_CHECKED)
        service.status = follows.value


def update_due_date(db: Database, action_id: int, due_date: dt.date | None) -> None:
    if due_date is None:
        raise Refusal(DUE_DATE_REQUIRED)
    with db.session() as session:
        action = session.get_one(ActionPoint, action_id)
        roles.require(session, db, Permission.WRITE_MINUTES, body_id=action.body_id)
        action.due_date = due_date
