"""Safety plans: one per case, kept as numbered versions, signed off by the responsible worker, agreed in a meeting.

A version holds the survivor's main concern in her own words, her strengths and resources, the steps before,
during and after violence, her choices (court, going back) as fields, the people and places safe to contact and
those who are NOT, and the services she is offered with their agency, due date and status. Everything typed is
restricted (case annex and the case's own screens only); audit entries name ids and codes, never text.

Signing off freezes the plan's content: saving a changed content over a signed-off version adds the next version,
a copy carrying the change, and leaves the signed one as it was. Follow-up is not a change of the plan, as the
progress of an action is not an amendment of the minutes: a service's status and the safety check before a return
are recorded on the version in force, signed or not. A return (``Service.needs_safety_check``) is never done
without a recorded safety check: who checked, when and what they found.

Agreeing a plan in a meeting makes each of its services that has an agency, and is neither declined nor already
an action, an action point of that meeting on that agenda item, carrying the case, agency and due date; the
service keeps the action's id, so the next version and the next meeting do not assign it twice.

With roles in force (``services.roles``) a secretary of the case's body writes its plan; its secretary and chair
read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import flag_modified

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import ActionStatus, ReturnChoice, Service, ServiceStatus
from mdt_desktop.domain.roles import Permission
from mdt_desktop.domain.typed_text import TypedField
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.audit import add_entry, log_export
from mdt_desktop.services.meetings import add_action, add_progress_line, propose_due_date
from mdt_desktop.services.meetings.amendments import guard_meeting_change
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.edit_conflict import require_version
from mdt_desktop.storage.models import (
    ActionPoint,
    AgendaItem,
    CaseFile,
    Meeting,
    SafetyContact,
    SafetyPlan,
    SafetyPlanService,
)

CONCERN = TypedField(Message("ความกังวลหลักของผู้เสียหาย", "main concern"), typed_text.LONG_TEXT)
STRENGTHS = TypedField(Message("จุดแข็งและแหล่งช่วยเหลือ", "strengths and resources"), typed_text.LONG_TEXT)
STEPS = TypedField(Message("ขั้นตอนความปลอดภัย", "safety steps"), typed_text.LONG_TEXT)
CONTACT_NAME = TypedField(Message("ชื่อผู้ติดต่อ", "contact's name"), typed_text.SHORT_TEXT)
CONTACT_RELATION = TypedField(Message("ความเกี่ยวข้อง", "relation"), typed_text.SHORT_TEXT)
CONTACT_REACH = TypedField(Message("ช่องทางติดต่อ", "how to reach"), typed_text.TASK_TEXT)
CONTACT_NOTE = TypedField(Message("หมายเหตุผู้ติดต่อ", "contact note"), typed_text.TASK_TEXT)
WORKER = TypedField(Message("ผู้รับผิดชอบแผน", "responsible worker"), typed_text.SHORT_TEXT)
CHECKED_BY = TypedField(Message("ผู้ตรวจสอบความปลอดภัย", "who checked"), typed_text.SHORT_TEXT)
FINDING = TypedField(Message("ผลการตรวจสอบความปลอดภัย", "safety check finding"), typed_text.TASK_TEXT)

# The progress line an action gets when its service is moved in the plan (general words: the register shows them).
FOLLOWED_FROM_PLAN = Message("บันทึกตามแผนความปลอดภัยของกรณี", "Recorded from the case's safety plan")
DECLINED_NOTE = Message(
    "ผู้เสียหายไม่ประสงค์รับบริการนี้ (บันทึกตามแผนความปลอดภัย)",
    "The survivor declined this service (recorded from the safety plan)",
)
_ACTION_STATUS_OF = {
    ServiceStatus.PLANNED: ActionStatus.OPEN,
    ServiceStatus.IN_PROGRESS: ActionStatus.IN_PROGRESS,
    ServiceStatus.DONE: ActionStatus.DONE,
    ServiceStatus.DECLINED: ActionStatus.CIRCUMSTANCES_CHANGED,
}

CONTACT_NAME_REQUIRED = Message(
    th="โปรดระบุชื่อผู้ติดต่อทุกรายการ (หรือลบแถวที่ไม่ใช้)",
    en="Give every contact a name (or remove the rows not used)",
)
RETURN_NEEDS_SAFETY_CHECK = Message(
    th='บันทึก "{service}" ว่าดำเนินการแล้วไม่ได้ จนกว่าจะบันทึกการตรวจสอบความปลอดภัย (ผู้ตรวจสอบ วันที่ตรวจ และผลที่พบ)',
    en='"{service}" cannot be marked done until a safety check is recorded (who checked, when, and what '
    "they found)",
)
SAFETY_CHECK_INCOMPLETE = Message(
    th="โปรดระบุผู้ตรวจสอบ วันที่ตรวจ และผลที่พบ ให้ครบ",
    en="Give who checked, when, and what they found",
)
WORKER_REQUIRED = Message(
    th="โปรดระบุชื่อผู้รับผิดชอบที่ลงนามรับรองแผน", en="Give the name of the worker who signs the plan off"
)
ALREADY_SIGNED_OFF = Message(
    th="แผนฉบับนี้ลงนามรับรองแล้ว หากต้องการแก้ไข ให้บันทึกเป็นฉบับใหม่",
    en="This version is already signed off: a change is saved as a new version",
)
NOT_CURRENT_VERSION = Message(
    th="มีแผนความปลอดภัยฉบับใหม่กว่านี้แล้ว โปรดเปิดแผนใหม่อีกครั้ง",
    en="A newer version of this safety plan exists: open the plan again",
)
DRAFT_NOT_SIGNED = Message(
    th="แผนฉบับปัจจุบันยังไม่ได้ลงนามรับรอง แก้ไขฉบับนี้ได้โดยไม่ต้องสร้างฉบับใหม่",
    en="The current version is not signed off yet: edit it, no new version is needed",
)
ITEM_NOT_IN_MEETING = Message(
    th="วาระนี้ไม่ได้อยู่ในการประชุมที่เลือก", en="This agenda item does not belong to the chosen meeting"
)


@dataclass(frozen=True)
class ContactEntry:
    """A person or place: ``safe`` to contact, or NOT safe and never to be told anything."""

    safe: bool
    name: str
    relation: str = ""
    how_to_reach: str = ""
    note: str = ""


@dataclass(frozen=True)
class ServiceEntry:
    """A service of the plan. ``id`` is the stored service this row continues (it keeps its action and its
    safety check into a new version), None for one added now; ``action_id`` is read only."""

    service: Service
    chosen_by_survivor: bool = True
    agency_id: int | None = None
    due_date: dt.date | None = None
    status: ServiceStatus = ServiceStatus.PLANNED
    safety_checked_by: str = ""
    safety_checked_on: dt.date | None = None
    safety_check_finding: str = ""
    id: int | None = None
    action_id: int | None = None

    @property
    def has_safety_check(self) -> bool:
        return bool(
            self.safety_checked_by.strip()
            and self.safety_checked_on is not None
            and self.safety_check_finding.strip()
        )

    def plan_terms(self) -> tuple[object, ...]:
        """What sign-off freezes of a service; its status and safety check are follow-up."""
        return (self.id, self.service, self.chosen_by_survivor, self.agency_id, self.due_date)


@dataclass(frozen=True)
class PlanContent:
    """What the survivor and the worker put into a version."""

    main_concern: str = ""
    strengths: str = ""
    steps_before: str = ""
    steps_during: str = ""
    steps_after: str = ""
    wants_court: bool | None = None  # None: she has not decided
    return_choice: ReturnChoice = ReturnChoice.UNDECIDED
    contacts: tuple[ContactEntry, ...] = ()
    services: tuple[ServiceEntry, ...] = ()

    def plan_terms(self) -> tuple[object, ...]:
        return (
            self.main_concern,
            self.strengths,
            self.steps_before,
            self.steps_during,
            self.steps_after,
            self.wants_court,
            self.return_choice,
            self.contacts,
            tuple(entry.plan_terms() for entry in self.services),
        )


@dataclass(frozen=True)
class PlanView:
    id: int
    case_id: int
    version: int
    agreed_on: dt.date
    meeting_id: int | None
    agenda_item_id: int | None
    responsible_worker: str
    responsible_agency_id: int | None
    signed_off_on: dt.date | None
    content: PlanContent
    row_version: int = 1  # what a save names as ``read_version`` (storage.edit_conflict)

    @property
    def signed_off(self) -> bool:
        return self.signed_off_on is not None


@dataclass(frozen=True)
class PlanVersion:
    """One line of a plan's history: dates and who signed, nothing typed about her."""

    id: int
    version: int
    agreed_on: dt.date
    signed_off_on: dt.date | None
    meeting_id: int | None


# --- reading ------------------------------------------------------------------------------------------------


def current_plan(db: Database, case_id: int) -> PlanView | None:
    """The case's newest version, or None before any plan."""
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        plan = session.scalars(
            select(SafetyPlan)
            .where(SafetyPlan.case_id == case_id)
            .order_by(SafetyPlan.version.desc())
            .limit(1)
        ).first()
        return _view(plan) if plan is not None else None


def view_plan(db: Database, case_id: int, actor: str) -> PlanView | None:
    """The newest version, for showing to a person: everything typed in a plan is restricted (the survivor's
    words, the contacts safe and not safe), so each view is written to the audit log by its id, as identity is."""
    plan = current_plan(db, case_id)
    if plan is not None:
        log_export(db, actor, "safety_plan_viewed", "safety_plan", plan.id)
    return plan


def load_plan(db: Database, plan_id: int) -> PlanView:
    with db.read_session() as session:
        plan = session.get_one(SafetyPlan, plan_id)
        roles.require_for_case(session, db, Permission.READ_CASES, plan.case_id)
        return _view(plan)


def plan_versions(db: Database, case_id: int) -> list[PlanVersion]:
    """Every version of the case's plan, oldest first."""
    query = select(SafetyPlan).where(SafetyPlan.case_id == case_id).order_by(SafetyPlan.version)
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        return [
            PlanVersion(p.id, p.version, p.agreed_on, p.signed_off_on, p.meeting_id)
            for p in session.scalars(query)
        ]


def _view(plan: SafetyPlan) -> PlanView:
    return PlanView(
        id=plan.id,
        case_id=plan.case_id,
        version=plan.version,
        agreed_on=plan.agreed_on,
        meeting_id=plan.meeting_id,
        agenda_item_id=plan.agenda_item_id,
        responsible_worker=plan.responsible_worker,
        responsible_agency_id=plan.responsible_agency_id,
        signed_off_on=plan.signed_off_on,
        row_version=plan.row_version,
        content=PlanContent(
            main_concern=plan.main_concern,
            strengths=plan.strengths,
            steps_before=plan.steps_before,
            steps_during=plan.steps_during,
            steps_after=plan.steps_after,
            wants_court=plan.wants_court,
            return_choice=ReturnChoice(plan.return_choice),
            contacts=tuple(
                ContactEntry(c.safe, c.name, c.relation, c.how_to_reach, c.note) for c in plan.contacts
            ),
            services=tuple(
                ServiceEntry(
                    service=Service(s.service),
                    chosen_by_survivor=s.chosen_by_survivor,
                    agency_id=s.agency_id,
                    due_date=s.due_date,
                    status=ServiceStatus(s.status),
                    safety_checked_by=s.safety_checked_by,
                    safety_checked_on=s.safety_checked_on,
                    safety_check_finding=s.safety_check_finding,
                    id=s.id,
                    action_id=s.action_id,
                )
                for s in plan.services
            ),
        ),
    )


# --- writing ------------------------------------------------------------------------------------------------


def new_version(db: Database, case_id: int, actor: str, on: dt.date | None = None) -> int:
    """Start the next version: a copy of the current one (its contacts, services, actions and safety checks),
    or an empty plan when the case has none. Refused while the current version is not signed off."""
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        previous = _newest(session, case_id)
        if previous is not None and previous.signed_off_on is None:
            raise Refusal(DRAFT_NOT_SIGNED)
        content = _view(previous).content if previous is not None else PlanContent()
        plan = _add_version(session, case_id, content, on or dt.date.today(), previous)
        add_entry(
            session, actor, "safety_plan_version_added", "safety_plan", plan.id, detail=f"case={case_id}"
        )
        return plan.id


def save_plan(
    db: Database,
    case_id: int,
    plan_id: int | None,
    content: PlanContent,
    actor: str,
    on: dt.date | None = None,
    *,
    read_version: int | None = None,
) -> int:
    """Store what the plan says and return the id of the version that holds it.

    ``plan_id`` is the version the content was edited from (None: the case had no plan). A version not signed
    off is updated; over a signed-off one a changed content becomes the next version, while a change of service
    status or safety check only is recorded on the signed version. Refused: a contact without a name, a return
    marked done without a safety check, a version that is no longer the newest, text longer than its field.
    ``read_version`` is ``PlanView.row_version`` as the screen read it: when someone else saved this version of
    the plan since, the save is an ``EditConflict`` and nothing is written (None: no check).
    """
    content = _checked(content)
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        newest = _newest(session, case_id)
        if plan_id is None:
            if newest is not None:
                raise Refusal(NOT_CURRENT_VERSION)
            plan = _add_version(session, case_id, content, on or dt.date.today(), newest)
            event = "safety_plan_saved"
        else:
            plan = session.get_one(SafetyPlan, plan_id)
            if plan.case_id != case_id or newest is None or newest.id != plan.id:
                raise Refusal(NOT_CURRENT_VERSION)
            require_version(session, plan, read_version)
            if plan.signed_off_on is None:
                _write_content(session, plan, content)
                event = "safety_plan_saved"
            elif content.plan_terms() != _view(plan).content.plan_terms():
                plan = _add_version(session, case_id, content, on or dt.date.today(), plan)
                event = "safety_plan_version_added"
            else:
                _write_follow_up(plan, content)
                event = "safety_plan_follow_up"
            if event != "safety_plan_version_added":
                # The plan's own row is written with its contacts and services, so that a change to those
                # alone raises its version too (a save that read the one before is then refused).
                flag_modified(plan, "main_concern")
        add_entry(
            session, actor, event, "safety_plan", plan.id, detail=f"case={case_id} version={plan.version}"
        )
        return plan.id


def sign_off(db: Database, plan_id: int, on: dt.date, worker: str, agency_id: int | None, actor: str) -> None:
    """The responsible worker signs this version off; from now on its content is never changed."""
    worker = typed_text.checked(worker, WORKER).strip()
    if not worker:
        raise Refusal(WORKER_REQUIRED)
    with db.session() as session:
        plan = session.get_one(SafetyPlan, plan_id)
        roles.require_for_case(session, db, Permission.KEEP_CASES, plan.case_id)
        if plan.signed_off_on is not None:
            raise Refusal(ALREADY_SIGNED_OFF)
        plan.signed_off_on = on
        plan.responsible_worker = worker
        plan.responsible_agency_id = agency_id
        add_entry(
            session, actor, "safety_plan_signed_off", "safety_plan", plan_id, detail=f"case={plan.case_id}"
        )


def agree_in_meeting(
    db: Database, plan_id: int, meeting_id: int, agenda_item_id: int | None, actor: str
) -> list[int]:
    """Record that the plan was agreed at this meeting (on this item) and make each of its services that has an
    agency, and is neither declined nor an action already, an action point there; returns the new actions' ids.

    Each action is added by ``meetings.add_action`` (its own unit of work, refused when the meeting's minutes are
    approved) and tied to its service at once, so a failure part way leaves no action untied."""
    with db.read_session() as session:
        guard_meeting_change(
            session, db, meeting_id
        )  # even with no service to assign: the agreement is in the minutes
        plan = session.get_one(SafetyPlan, plan_id)
        case_id = plan.case_id
        if agenda_item_id is not None:
            item_meeting = session.scalar(
                select(AgendaItem.meeting_id).where(AgendaItem.id == agenda_item_id)
            )
            if item_meeting != meeting_id:
                raise Refusal(ITEM_NOT_IN_MEETING)
        meeting_date = session.get_one(Meeting, meeting_id).date
        to_assign = [
            (s.id, Service(s.service), s.agency_id, s.due_date)
            for s in plan.services
            if s.agency_id is not None and s.action_id is None and s.status != ServiceStatus.DECLINED.value
        ]
    # An action needs a due date: a service agreed without one is due before the next meeting, as the action
    # dialog proposes, and the plan shows the same date as the register.
    proposed = propose_due_date(db, meeting_id).next_meeting if to_assign else None
    action_ids: list[int] = []
    for service_id, service, agency_id, due_date in to_assign:
        due_date = due_date or proposed
        action_id = add_action(
            db, meeting_id, agenda_item_id, agency_id, service.th, due_date=due_date, case_id=case_id
        )
        with db.session() as session:
            row = session.get_one(SafetyPlanService, service_id)
            row.action_id = action_id
            row.due_date = due_date
        action_ids.append(action_id)
    with db.session() as session:
        plan = session.get_one(SafetyPlan, plan_id)
        plan.meeting_id = meeting_id
        plan.agenda_item_id = agenda_item_id
        plan.agreed_on = meeting_date
        add_entry(
            session,
            actor,
            "safety_plan_agreed",
            "safety_plan",
            plan_id,
            detail=f"case={case_id} meeting={meeting_id} actions={len(action_ids)}",
        )
    return action_ids


def set_service_status(db: Database, service_id: int, status: ServiceStatus, actor: str) -> None:
    """Follow-up of one service; a return is refused as done until its safety check is recorded."""
    with db.session() as session:
        stored = session.get_one(SafetyPlanService, service_id)
        _require_keeper(session, db, stored)
        entry = replace(_entry(stored), status=status)
        _refuse_unchecked_return(entry)
        _write_service_follow_up(stored, entry)
        add_entry(
            session,
            actor,
            "safety_plan_service_status",
            "safety_plan_service",
            service_id,
            detail=f"plan={stored.plan_id} status={status.value}",
        )


def record_safety_check(
    db: Database, service_id: int, checked_by: str, checked_on: dt.date, finding: str, actor: str
) -> None:
    """Who checked that going back is safe, when, and what they found; all three are required."""
    checked_by = typed_text.checked(checked_by, CHECKED_BY).strip()
    finding = typed_text.checked(finding, FINDING).strip()
    if not (checked_by and finding):
        raise Refusal(SAFETY_CHECK_INCOMPLETE)
    with db.session() as session:
        stored = session.get_one(SafetyPlanService, service_id)
        _require_keeper(session, db, stored)
        stored.safety_checked_by = checked_by
        stored.safety_checked_on = checked_on
        stored.safety_check_finding = finding
        add_entry(
            session,
            actor,
            "safety_check_recorded",
            "safety_plan_service",
            service_id,
            detail=f"plan={stored.plan_id}",
        )


# --- inside a unit of work ----------------------------------------------------------------------------------


def _require_keeper(session: Session, db: Database, service: SafetyPlanService) -> None:
    """A service's follow-up is the plan's: kept by a secretary of the case's body."""
    case_id = session.scalar(select(SafetyPlan.case_id).where(SafetyPlan.id == service.plan_id))
    if case_id is not None:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)


def _newest(session: Session, case_id: int) -> SafetyPlan | None:
    return session.scalars(
        select(SafetyPlan).where(SafetyPlan.case_id == case_id).order_by(SafetyPlan.version.desc()).limit(1)
    ).first()


def _add_version(
    session: Session, case_id: int, content: PlanContent, on: dt.date, previous: SafetyPlan | None
) -> SafetyPlan:
    session.get_one(CaseFile, case_id)  # an unknown case is a bug of the caller
    number = session.scalar(select(func.max(SafetyPlan.version)).where(SafetyPlan.case_id == case_id)) or 0
    plan = SafetyPlan(case_id=case_id, version=number + 1, agreed_on=on)
    if previous is not None:
        plan.responsible_worker = previous.responsible_worker
        plan.responsible_agency_id = previous.responsible_agency_id
    session.add(plan)
    # The new version's services are new rows: a row continued from the previous version keeps its action.
    kept_actions = {s.id: s.action_id for s in previous.services} if previous is not None else {}
    content = replace(
        content,
        services=tuple(
            replace(entry, id=None, action_id=kept_actions.get(entry.id) if entry.id is not None else None)
            for entry in content.services
        ),
    )
    _write_content(session, plan, content)
    session.flush()
    return plan


def _write_content(session: Session, plan: SafetyPlan, content: PlanContent) -> None:
    plan.main_concern = content.main_concern
    plan.strengths = content.strengths
    plan.steps_before = content.steps_before
    plan.steps_during = content.steps_during
    plan.steps_after = content.steps_after
    plan.wants_court = content.wants_court
    plan.return_choice = content.return_choice.value
    plan.contacts = [
        SafetyContact(
            safe=c.safe,
            name=c.name,
            relation=c.relation,
            how_to_reach=c.how_to_reach,
            note=c.note,
            sort_order=order,
        )
        for order, c in enumerate(content.contacts)
    ]
    existing = {s.id: s for s in plan.services}
    rows = []
    for order, entry in enumerate(content.services):
        row = existing.get(entry.id) if entry.id is not None else None
        if row is None:
            row = SafetyPlanService(action_id=entry.action_id)
        row.service = entry.service.value
        row.chosen_by_survivor = entry.chosen_by_survivor
        row.agency_id = entry.agency_id
        row.due_date = entry.due_date
        row.sort_order = order
        _write_service_follow_up(row, entry)
        rows.append(row)
    plan.services = rows


def _write_follow_up(plan: SafetyPlan, content: PlanContent) -> None:
    by_id = {entry.id: entry for entry in content.services}
    for row in plan.services:
        _write_service_follow_up(row, by_id[row.id])


def _write_service_follow_up(row: SafetyPlanService, entry: ServiceEntry) -> None:
    # Only a stored service moved by a person: a row being copied into a new version keeps what its action says.
    if row.id is not None and row.action_id is not None and row.status != entry.status.value:
        _report_on_action(row, entry)
    row.status = entry.status.value
    row.safety_checked_by = entry.safety_checked_by
    row.safety_checked_on = entry.safety_checked_on
    row.safety_check_finding = entry.safety_check_finding


def _report_on_action(row: SafetyPlanService, entry: ServiceEntry) -> None:
    """A service agreed as an action, moved in the plan, is reported on that action too (a dated progress line), so
    the register does not keep showing as open or overdue what the plan says is done (and the reverse:
    ``services.meetings`` moves the service when the action's progress is recorded)."""
    session = object_session(row)
    action = session.get(ActionPoint, row.action_id) if session is not None else None
    if session is None or action is None:
        return
    status = _ACTION_STATUS_OF[entry.status]
    if action.status == status.value:
        return
    note = (DECLINED_NOTE if entry.status is ServiceStatus.DECLINED else FOLLOWED_FROM_PLAN).text("th")
    add_progress_line(session, action, None, note, status, dt.date.today())


def _entry(row: SafetyPlanService) -> ServiceEntry:
    return ServiceEntry(
        service=Service(row.service),
        status=ServiceStatus(row.status),
        safety_checked_by=row.safety_checked_by,
        safety_checked_on=row.safety_checked_on,
        safety_check_finding=row.safety_check_finding,
    )


def _refuse_unchecked_return(entry: ServiceEntry) -> None:
    if entry.service.needs_safety_check and entry.status == ServiceStatus.DONE and not entry.has_safety_check:
        raise Refusal(RETURN_NEEDS_SAFETY_CHECK, service=Message(entry.service.th, entry.service.en))


def _checked(content: PlanContent) -> PlanContent:
    """``content`` with every text cleaned and within its field, or a Refusal."""
    contacts = []
    for contact in content.contacts:
        name = typed_text.checked(contact.name, CONTACT_NAME).strip()
        if not name:
            raise Refusal(CONTACT_NAME_REQUIRED)
        contacts.append(
            ContactEntry(
                safe=contact.safe,
                name=name,
                relation=typed_text.checked(contact.relation, CONTACT_RELATION).strip(),
                how_to_reach=typed_text.checked(contact.how_to_reach, CONTACT_REACH).strip(),
                note=typed_text.checked(contact.note, CONTACT_NOTE).strip(),
            )
        )
    services = []
    for entry in content.services:
        entry = replace(
            entry,
            safety_checked_by=typed_text.checked(entry.safety_checked_by, CHECKED_BY).strip(),
            safety_check_finding=typed_text.checked(entry.safety_check_finding, FINDING).strip(),
        )
        _refuse_unchecked_return(entry)
        services.append(entry)
    return replace(
        content,
        main_concern=typed_text.checked(content.main_concern, CONCERN).strip(),
        strengths=typed_text.checked(content.strengths, STRENGTHS).strip(),
        steps_before=typed_text.checked(content.steps_before, STEPS).strip(),
        steps_during=typed_text.checked(content.steps_during, STEPS).strip(),
        steps_after=typed_text.checked(content.steps_after, STEPS).strip(),
        contacts=tuple(contacts),
        services=tuple(services),
    )
