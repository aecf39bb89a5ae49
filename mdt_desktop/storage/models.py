"""SQLAlchemy ORM models: every table of the encrypted database.

Code-list columns hold the string values of the enums in ``mdt_desktop.domain.codes``. Names and positions of
people are copied into attendance rows so that past minutes keep them as they were when people change posts.
Identifying details of a case live only in ``CaseIdentity``, which the services fill only once consent is
recorded (``domain.privacy.may_store_identity``).

Restricted columns (identity, the de-identified summary, consent and referral notes, assessment answers and notes,
safety plans and their contacts) are typed ``EncryptedText``/``EncryptedDate``: on a database with a field key
(``field_crypto``) the program encrypts them before they reach the database; elsewhere they are stored as typed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from mdt_desktop.storage.field_crypto import EncryptedDate, EncryptedText


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Database-wide settings shared by everyone who opens this file (labels, holiday rules, office name)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Area(Base):
    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(16), default="")
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))

    parent: Mapped[Area | None] = relationship(remote_side=[id])


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_th: Mapped[str] = mapped_column(String(300))
    abbreviation: Mapped[str] = mapped_column(String(60), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(16))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    aliases: Mapped[str] = mapped_column(Text, default="")  # one alias a line
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    area: Mapped[Area | None] = relationship()


class Body(Base):
    __tablename__ = "body"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    name_th: Mapped[str] = mapped_column(String(400))
    self_label: Mapped[str] = mapped_column(String(100), default="")  # e.g. ทีมสหวิชาชีพ or ทีมสหสาขาวิชาชีพ
    name_en: Mapped[str] = mapped_column(String(400), default="")
    level: Mapped[str] = mapped_column(String(16))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    code: Mapped[str] = mapped_column(String(16), default="")  # prefix of case codes, e.g. a district code
    # JSON list of {kind, title}; empty: the standard agenda
    agenda_template: Mapped[str] = mapped_column(Text, default="")
    confidentiality_statement: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    area: Mapped[Area | None] = relationship()
    members: Mapped[list[Member]] = relationship(back_populates="body", order_by="Member.sort_order")


class Member(Base):
    """A seat held by one person in one body for a term; a person who moves post gets a new row."""

    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    position: Mapped[str] = mapped_column(String(300), default="")  # ตำแหน่ง
    profession: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(32), default="member")
    term_from: Mapped[dt.date | None] = mapped_column(Date)
    term_to: Mapped[dt.date | None] = mapped_column(Date)
    may_decide: Mapped[bool] = mapped_column(Boolean, default=False)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    body: Mapped[Body] = relationship(back_populates="members")
    agency: Mapped[Agency | None] = relationship()


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("body_id", "year_be", "number", name="uq_meeting_number"),
        Index("ix_meeting_body_date", "body_id", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    year_be: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="regular")
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(400), default="")
    recording_level: Mapped[str] = mapped_column(String(32), default="reasons_and_resolution")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # An item of the standard agenda with nothing recorded: "print_none" prints "ไม่มี" under its heading, "omit"
    # leaves it out (the others keep their numbers); services.meetings.header.EmptyItems.
    empty_items: Mapped[str] = mapped_column(String(16), default="print_none", server_default="print_none")
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)

    body: Mapped[Body] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", order_by="Attendance.sort_order", cascade="all, delete-orphan"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.sort_order", cascade="all, delete-orphan"
    )


class Attendance(Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(16))
    full_name: Mapped[str] = mapped_column(String(200))  # as it was on the day
    position: Mapped[str] = mapped_column(String(300), default="")  # as it was on the day
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    stands_in_for_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    stands_in_for_text: Mapped[str] = mapped_column(String(300), default="")  # whom, printed after "แทน"
    reason: Mapped[str] = mapped_column(String(300), default="")  # reason for absence, e.g. ติดราชการ
    confidentiality_ack: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    chaired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # who chaired
    language: Mapped[str] = mapped_column(String(100), default="", server_default="")  # an interpreter's

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[Member | None] = relationship(foreign_keys=[member_id])
    agency: Mapped[Agency | None] = relationship()


class AgendaItemCase(Base):
    __tablename__ = "agenda_item_case"
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(16))  # "3" or "3.2"
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    discussion: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")  # มติที่ประชุม
    measure: Mapped[str | None] = mapped_column(String(16))
    # The chair has closed this item in the meeting (the chair's screen marks it done); minuting may go on.
    concluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    children: Mapped[list[AgendaItem]] = relationship(order_by="AgendaItem.sort_order")
    cases: Mapped[list[CaseFile]] = relationship(secondary="agenda_item_case", order_by="CaseFile.code")


class CaseFile(Base):
    """A case known by its pseudonymous code; nothing here identifies the person."""

    __tablename__ = "case_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="SET NULL"), index=True)
    case_type: Mapped[str] = mapped_column(String(40))
    is_child: Mapped[bool] = mapped_column(Boolean, default=False)
    child_status: Mapped[str | None] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(24), default="intake")
    outcome: Mapped[str] = mapped_column(String(24), default="open")
    measure: Mapped[str | None] = mapped_column(String(16))
    intake_channel: Mapped[str | None] = mapped_column(String(24))
    intake_date: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(EncryptedText(), default="")  # de-identified situation, no names
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)

    consents: Mapped[list[CaseConsent]] = relationship(back_populates="case", cascade="all, delete-orphan")
    identity: Mapped[CaseIdentity | None] = relationship(back_populates="case", cascade="all, delete-orphan")


class CaseConsent(Base):
    __tablename__ = "case_consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[str] = mapped_column(EncryptedText(200))  # the survivor, or guardian for a child
    recorded_by: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(EncryptedText())
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    # Sharing without consent: only for imminent danger to a child or a person at special risk.
    without_consent_reason: Mapped[str] = mapped_column(EncryptedText(), default="")
    # The consent covers sending the identity record to the provincial centre in the exchange package.
    shares_with_centre: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    case: Mapped[CaseFile] = relationship(back_populates="consents")


class CaseIdentity(Base):
    """The restricted record: identifying details, stored only after consent."""

    __tablename__ = "case_identity"
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    full_name: Mapped[str] = mapped_column(EncryptedText(200), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(EncryptedDate())
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    phone: Mapped[str] = mapped_column(EncryptedText(100), default="")
    address: Mapped[str] = mapped_column(EncryptedText(), default="")
    nationality: Mapped[str] = mapped_column(EncryptedText(100), default="")
    id_status: Mapped[str] = mapped_column(String(24), default="unknown")
    id_number: Mapped[str] = mapped_column(EncryptedText(40), default="")
    language: Mapped[str] = mapped_column(EncryptedText(100), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Words moved here out of the general minutes (a name or a number typed where only codes belong).
    restricted_notes: Mapped[str] = mapped_column(EncryptedText(), default="", server_default="")

    case: Mapped[CaseFile] = relationship(back_populates="identity")


class ActionPoint(Base):
    __tablename__ = "action_point"
    __table_args__ = (
        Index("ix_action_agency_status_due", "agency_id", "status", "due_date"),
        Index("ix_action_status_due", "status", "due_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    responsible_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    task: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    measure: Mapped[str | None] = mapped_column(String(16))
    resources: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default="open")
    # Why it failed, for the two failure statuses.
    status_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)

    meeting: Mapped[Meeting] = relationship()
    agency: Mapped[Agency] = relationship()
    case: Mapped[CaseFile | None] = relationship()
    progress: Mapped[list[ActionProgress]] = relationship(
        back_populates="action",
        order_by="ActionProgress.recorded_on, ActionProgress.id",
        cascade="all, delete-orphan",
    )


class ActionProgress(Base):
    """One dated line of an action's history, usually recorded under item 3 of a later meeting."""

    __tablename__ = "action_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_point.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24))  # the status after this report
    # Who recorded it: "" for the secretary at a meeting; an agency officer's name when they recorded it between
    # meetings (the secretary then sees it under item 3).
    recorded_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    action: Mapped[ActionPoint] = relationship(back_populates="progress")


class Holiday(Base):
    """Thai public holidays, editable: deadlines in working days skip them."""

    __tablename__ = "holiday"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class MinutesAmendment(Base):
    """A correction of minutes already approved: the text before and after and why, shown to the next meeting
    under ระเบียบวาระที่ 2 (รับรองรายงานการประชุม). Only ever added."""

    __tablename__ = "minutes_amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(32))  # "title", "discussion", "resolution", or a header field
    old_text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class AuditEntry(Base):
    """Who viewed a restricted record, exported or sent what, when and to whom. Holds ids, never case text.

    Entries are chained by ``entry_hash`` (see ``services.audit``), so they are only ever added, never changed."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    actor: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 of the previous entry's hash and this entry's content (services.audit); empty never verifies.
    entry_hash: Mapped[str] = mapped_column(String(64), server_default="")


class RiskInstrument(Base):
    """An instrument an office imported (the shipped ones are files in ``resources/instruments``): kept in the
    database so it travels with it; a key and version, once stored, are never changed (a new version is added)."""

    __tablename__ = "risk_instrument"
    __table_args__ = (UniqueConstraint("key", "version", name="uq_instrument_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)  # the instrument file as imported (JSON)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class RiskAssessment(Base):
    """One assessment of a case with one instrument version. ``answers`` (JSON: question id to answer) is
    restricted: it is printed only in the case annex. The score and levels are general (the minutes show them)."""

    __tablename__ = "risk_assessment"
    __table_args__ = (Index("ix_assessment_case_date", "case_id", "assessed_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    instrument_key: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(200))
    assessor_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    answers: Mapped[str] = mapped_column(EncryptedText(), default="{}")
    score: Mapped[int | None] = mapped_column(Integer)
    computed_level: Mapped[str] = mapped_column(
        String(24)
    )  # domain.codes.RiskLevel, by the instrument's rule
    level: Mapped[str] = mapped_column(String(24))  # the level in force: computed, or the override
    override_reason: Mapped[str] = mapped_column(
        EncryptedText(), default=""
    )  # required when level != computed_level
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    # When the level rose to high: what the body agreed (domain.codes.HighRiskResponse) and a note of it.
    high_risk_response: Mapped[str | None] = mapped_column(String(24))
    high_risk_note: Mapped[str] = mapped_column(EncryptedText(), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class SafetyPlan(Base):
    """One version of a case's safety plan. Everything typed here is restricted (annex only): the survivor's
    words, her resources, the steps and the contacts. Versions are added, never rewritten once signed off."""

    __tablename__ = "safety_plan"
    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_safety_plan_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    responsible_worker: Mapped[str] = mapped_column(EncryptedText(200), default="")
    responsible_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    signed_off_on: Mapped[dt.date | None] = mapped_column(Date)
    main_concern: Mapped[str] = mapped_column(EncryptedText(), default="")  # in her own words
    strengths: Mapped[str] = mapped_column(EncryptedText(), default="")
    steps_before: Mapped[str] = mapped_column(EncryptedText(), default="")
    steps_during: Mapped[str] = mapped_column(EncryptedText(), default="")
    steps_after: Mapped[str] = mapped_column(EncryptedText(), default="")
    # The survivor's choices, as fields: court (None: not decided) and going back (domain.codes.ReturnChoice).
    wants_court: Mapped[bool | None] = mapped_column(Boolean)
    return_choice: Mapped[str] = mapped_column(String(24), default="undecided")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)

    contacts: Mapped[list[SafetyContact]] = relationship(
        back_populates="plan", order_by="SafetyContact.sort_order", cascade="all, delete-orphan"
    )
    services: Mapped[list[SafetyPlanService]] = relationship(
        back_populates="plan", order_by="SafetyPlanService.sort_order", cascade="all, delete-orphan"
    )


class SafetyContact(Base):
    """A person or place safe to contact, or one who is NOT safe and must never be told anything. Restricted."""

    __tablename__ = "safety_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id", ondelete="CASCADE"), index=True)
    safe: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(EncryptedText(200))
    relation: Mapped[str] = mapped_column(EncryptedText(200), default="")
    how_to_reach: Mapped[str] = mapped_column(EncryptedText(), default="")
    note: Mapped[str] = mapped_column(EncryptedText(), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SafetyPlan] = relationship(back_populates="contacts")


class SafetyPlanService(Base):
    """A service of a safety plan (domain.codes.Service) with its agency, due date and status; agreed in a
    meeting it becomes that meeting's action point (``action_id``). A return needs a recorded safety check
    before it is done."""

    __tablename__ = "safety_plan_service"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("safety_plan.id", ondelete="CASCADE"), index=True)
    service: Mapped[str] = mapped_column(String(40))
    chosen_by_survivor: Mapped[bool] = mapped_column(Boolean, default=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), default="planned")  # domain.codes.ServiceStatus
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_point.id", ondelete="SET NULL"), index=True
    )
    safety_checked_by: Mapped[str] = mapped_column(EncryptedText(200), default="")
    safety_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    safety_check_finding: Mapped[str] = mapped_column(EncryptedText(), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[SafetyPlan] = relationship(back_populates="services")


class Referral(Base):
    """A case referred from one agency to another for a service, and the answer. An escalation to the provincial
    centre is a referral with ``is_escalation``. It rests on a consent, or on a recorded ground without consent
    (imminent danger) with a note and a named decision maker."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_status_due", "status", "answer_due_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    from_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    to_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    service: Mapped[str | None] = mapped_column(String(40))  # domain.codes.Service
    is_escalation: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    answer_due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="sent")  # domain.codes.ReferralStatus
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(EncryptedText(), default="")
    outcome: Mapped[str] = mapped_column(EncryptedText(), default="")
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("case_consent.id", ondelete="SET NULL"))
    shares_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    without_consent_ground: Mapped[str] = mapped_column(String(40), default="")  # services.cases.UrgentGround
    without_consent_note: Mapped[str] = mapped_column(EncryptedText(), default="")
    decided_by: Mapped[str] = mapped_column(EncryptedText(200), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Raised by one at each saved change; a save that read an older version met another officer's change.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Every UPDATE and DELETE names the version it read and raises it (storage.edit_conflict).
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy declares it per instance)


class UserProfile(Base):
    """A person who works in this database, chosen at unlock: the name the audit log records as the actor.

    Names are unique (case-insensitively, after cleaning); a person who left is retired, never deleted, so past
    audit entries keep meaning someone."""

    __tablename__ = "user_profile"
    __table_args__ = (UniqueConstraint("server_account", name="uq_user_profile_server_account"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The PostgreSQL role this person signs in with on a server (empty on a laptop's file).
    server_account: Mapped[str | None] = mapped_column(String(63))


class UserRole(Base):
    """A role a person holds (domain.roles.Role): for one body (secretary, chair), for one agency (agency officer),
    or for the whole database (centre officer, administrator: ``body_id`` and ``agency_id`` both empty)."""

    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("profile_id", "role", "body_id", "agency_id", name="uq_user_role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("user_profile.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    granted_by: Mapped[str] = mapped_column(String(200), default="")


class FieldKeySlot(Base):
    """The office's key for restricted fields, wrapped (AES-GCM) under a key derived from a passphrase or a
    recovery code, as the database's own key slots are: stored beside the data, it opens nothing without them."""

    __tablename__ = "field_key_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "passphrase" or "recovery"
    # A person's own slot (their passphrase) on a server; empty for the office's slots.
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("user_profile.id", ondelete="CASCADE"))
    kdf: Mapped[str] = mapped_column(Text)  # JSON: the derivation's name, salt and cost
    wrapped_key: Mapped[str] = mapped_column(Text)  # base64 of nonce + ciphertext + tag
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class SigningIdentity(Base):
    """The office's signing certificate and private key, used to sign action records (PAdES).

    The key is kept as unencrypted PKCS#8 PEM: the whole database is already encrypted by SQLCipher and unlocked
    by the passphrase, the recovery code or the keyring, so the key is unlocked with the database. A second
    layer with a random key would have to store that key in the same file (no gain), and one derived from the
    passphrase would lock the key out when the database is opened with the recovery code. On a database with a
    field key (a server, ``field_crypto``) it is encrypted with that key, as the restricted fields are: the
    server's administrator must not be able to sign in the office's name.
    """

    __tablename__ = "signing_identity"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    certificate_pem: Mapped[str] = mapped_column(Text)
    private_key_pem: Mapped[str] = mapped_column(EncryptedText())


class CirculationEntry(Base):
    """One document sent to one agency: which meeting, when, by whom. Never case data."""

    __tablename__ = "circulation_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    actor: Mapped[str] = mapped_column(String(200))
    document: Mapped[str] = mapped_column(String(16))  # "minutes" or "action_record"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(String(300), default="")
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(300), default="")


# --- the centre's side: what its districts sent ----------------------------------------------------------------


class CentreDistrict(Base):
    """A district office whose packages this centre takes in; known by the certificates the centre trusts."""

    __tablename__ = "centre_district"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_th: Mapped[str] = mapped_column(String(400), unique=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class TrustedCertificate(Base):
    """A district's signing certificate the centre trusts, by its SHA-256 fingerprint (as ``mdt verify`` shows)."""

    __tablename__ = "trusted_certificate"
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("centre_district.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(400), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    added_by: Mapped[str] = mapped_column(String(200), default="")


class ReceivedPackage(Base):
    """One package a district sent and the centre imported, known by the SHA-256 of its file."""

    __tablename__ = "received_package"
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("centre_district.id", ondelete="CASCADE"), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sealed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    office_name: Mapped[str] = mapped_column(String(400), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")  # JSON: records added, updated, removed, kept


class ReceivedRecord(Base):
    """One record as a district sent it (JSON), read-only at the centre: only a newer package of the same district
    replaces or removes it. ``kind`` is one of ``services.exchange.RecordKind``; ``source_id`` its id there."""

    __tablename__ = "received_record"
    __table_args__ = (
        UniqueConstraint("district_id", "kind", "source_id", name="uq_received_record"),
        Index("ix_received_record_kind", "kind", "district_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("centre_district.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    source_id: Mapped[int] = mapped_column(Integer)
    sealed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when the package that wrote it was sealed
    # Restricted: a case's record carries its identity when the consent covers the centre.
    data: Mapped[str] = mapped_column(EncryptedText())


class CentreDecision(Base):
    """What the centre decided on a district's escalation: the centre's own record, beside the district's."""

    __tablename__ = "centre_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("centre_district.id", ondelete="CASCADE"), index=True)
    referral_source_id: Mapped[int] = mapped_column(Integer)  # the escalation's id at the district
    decision: Mapped[str] = mapped_column(String(32))  # domain.codes.CentreDecisionKind
    decided_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
