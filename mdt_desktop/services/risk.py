"""Risk assessment: the instruments on offer, importing an office's own, assessing a case, and what follows.

Instruments are the shipped files in ``resources/instruments`` (checked when read; a malformed one is left out and
reported by name) and those an office imported into the database. A key and version, once there, never change:
the same key and version with other content is refused, a new version is added beside the old.

An assessment stores the answers (restricted: printed only in the case annex), the score, the computed level and
the level in force (an override by professional judgement needs a reason), and the next review date. When no
review date is given, the rule of ``domain.risk.default_review_date`` proposes one: high risk (or immediate danger)
in 2 weeks, medium in 1 month, standard in 3 months. The audit log records each assessment by ids only.
With roles in force (``services.roles``) a secretary of the case's body assesses (and imports instruments); its
secretary and chair read the assessments.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mdt_desktop.domain import typed_text
from mdt_desktop.domain.codes import HighRiskResponse, RiskLevel
from mdt_desktop.domain.risk import (
    INSTRUMENT_INVALID,
    Answers,
    Instrument,
    RiskResult,
    compute,
    default_review_date,
    filled,
    parse_instrument,
    rose_to_high,
)
from mdt_desktop.domain.roles import Permission
from mdt_desktop.paths import resources_dir
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import roles
from mdt_desktop.services.audit import add_entry
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Agency, CaseFile, RiskAssessment, RiskInstrument

NOT_JSON = Message(
    th="อ่านเป็น JSON ไม่ได้ (บรรทัด {line} ตำแหน่ง {column})",
    en="it is not valid JSON (line {line}, column {column})",
)
FILE_UNREADABLE = Message(th="เปิดอ่านไฟล์ไม่ได้", en="the file cannot be read")
VERSION_TAKEN = Message(
    th="แบบประเมิน {key} ฉบับที่ {version} มีอยู่แล้วและมีเนื้อหาต่างจากไฟล์นี้ "
    "แบบประเมินที่มีอยู่จะไม่ถูกแก้ไข โปรดตั้งเป็นฉบับใหม่ (version) แล้วนำเข้าอีกครั้ง",
    en="The instrument {key} version {version} already exists with other content. An instrument is never "
    "changed in place: give the file a new version and import it again",
)
UNKNOWN_INSTRUMENT = Message(
    th="ไม่พบแบบประเมิน {key} ฉบับที่ {version}", en="There is no instrument {key} version {version}"
)
CASE_NOT_FOUND = Message(th="ไม่พบกรณีนี้ อาจถูกลบไปแล้ว", en="The case is not there; it may have been removed")
AGENCY_NOT_FOUND = Message(th="ไม่พบหน่วยงานที่เลือก", en="The chosen agency is not there")
ASSESSMENT_NOT_FOUND = Message(th="ไม่พบการประเมินนี้", en="The assessment is not there")
ASSESSOR_REQUIRED = Message(th="โปรดระบุชื่อผู้ประเมิน", en="Give the assessor's name")
OVERRIDE_REASON_REQUIRED = Message(
    th="การปรับระดับความเสี่ยงต่างจากผลที่คำนวณได้ ต้องระบุเหตุผลทางวิชาชีพ",
    en="A level other than the computed one needs the professional reason for it",
)
ASSESSED_IN_FUTURE = Message(
    th="วันที่ประเมินต้องไม่เป็นวันในอนาคต", en="The date of the assessment cannot be in the future"
)
REVIEW_BEFORE_ASSESSMENT = Message(
    th="วันทบทวนครั้งถัดไปต้องไม่ก่อนวันที่ประเมิน", en="The next review cannot be before the assessment"
)
DATABASE_SOURCE = Message(th="ฐานข้อมูล ({key} ฉบับที่ {version})", en="database ({key} version {version})")

OVERRIDE_REASON = typed_text.TypedField(
    Message("เหตุผลการปรับระดับ", "reason for the level"), typed_text.TASK_TEXT
)


def instruments_dir() -> Path:
    return resources_dir() / "instruments"


@dataclass(frozen=True)
class Catalogue:
    """The instruments that can be used, and a message for each file or record left out."""

    instruments: tuple[Instrument, ...]
    problems: tuple[Message, ...]

    def find(self, key: str, version: int) -> Instrument | None:
        return next((i for i in self.instruments if i.key == key and i.version == version), None)

    def latest(self) -> list[Instrument]:
        """The newest version of each key, in the order of the first version met."""
        newest: dict[str, Instrument] = {}
        for instrument in self.instruments:
            if instrument.key not in newest or instrument.version > newest[instrument.key].version:
                newest[instrument.key] = instrument
        return list(newest.values())


@dataclass(frozen=True)
class _Shipped:
    definition: Any  # the decoded JSON, to compare with a file being imported
    instrument: Instrument | None
    problem: Message | None


# Parsed shipped files by (path, modification time, size): read once, re-read only when a file changes.
_shipped_cache: dict[tuple[str, int, int], _Shipped] = {}


def _read_definition(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = filled(NOT_JSON, line=error.lineno, column=error.colno)
        raise Refusal(INSTRUMENT_INVALID, file=name, problem=problem) from None


def _load_shipped(path: Path) -> _Shipped:
    stat = path.stat()
    cache_key = (str(path), stat.st_mtime_ns, stat.st_size)
    if cache_key not in _shipped_cache:
        definition: Any = None
        try:
            definition = _read_definition(path.read_text(encoding="utf-8"), path.name)
            entry = _Shipped(definition, parse_instrument(definition, path.name), None)
        except UnicodeDecodeError:
            entry = _Shipped(None, None, _invalid(path.name, FILE_UNREADABLE))
        except Refusal as refusal:
            entry = _Shipped(definition, None, Message(refusal.message("th"), refusal.message("en")))
        _shipped_cache[cache_key] = entry
    return _shipped_cache[cache_key]


def _invalid(name: str, problem: Message) -> Message:
    return filled(INSTRUMENT_INVALID, file=name, problem=problem)


def _shipped(folder: Path | None = None) -> list[_Shipped]:
    folder = folder or instruments_dir()
    return [_load_shipped(path) for path in sorted(folder.glob("*.json"))]


def list_instruments(db: Database, folder: Path | None = None) -> Catalogue:
    """The shipped instruments (from ``folder``, by default the program's own) and the imported ones."""
    instruments: list[Instrument] = []
    problems: list[Message] = []
    for entry in _shipped(folder):
        if entry.instrument is not None:
            instruments.append(entry.instrument)
        elif entry.problem is not None:
            problems.append(entry.problem)
    with db.read_session() as session:
        rows = session.execute(
            select(RiskInstrument.key, RiskInstrument.version, RiskInstrument.definition).order_by(
                RiskInstrument.key, RiskInstrument.version
            )
        ).all()
    for key, version, definition in rows:
        name = DATABASE_SOURCE.text("en", key=key, version=version)
        try:
            instruments.append(parse_instrument(_read_definition(definition, name), name))
        except Refusal as refusal:
            problems.append(Message(refusal.message("th"), refusal.message("en")))
    return Catalogue(tuple(instruments), tuple(problems))


def find_instrument(db: Database, key: str, version: int, folder: Path | None = None) -> Instrument:
    for entry in _shipped(folder):
        if entry.instrument is not None and (entry.instrument.key, entry.instrument.version) == (
            key,
            version,
        ):
            return entry.instrument
    with db.read_session() as session:
        definition = session.scalar(
            select(RiskInstrument.definition).where(
                RiskInstrument.key == key, RiskInstrument.version == version
            )
        )
    if definition is None:
        raise Refusal(UNKNOWN_INSTRUMENT, key=key, version=version)
    name = DATABASE_SOURCE.text("en", key=key, version=version)
    return parse_instrument(_read_definition(definition, name), name)


def _canonical(definition: Any) -> str:
    return json.dumps(definition, ensure_ascii=False, sort_keys=True)


def import_instrument(db: Database, path: Path, actor: str, folder: Path | None = None) -> Instrument:
    """Add an office's instrument file. The same key and version with the same content changes nothing; with
    other content it is refused; a new version is added beside the others."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise Refusal(INSTRUMENT_INVALID, file=path.name, problem=FILE_UNREADABLE) from None
    definition = _read_definition(text, path.name)
    instrument = parse_instrument(definition, path.name)
    canonical = _canonical(definition)
    for entry in _shipped(folder):
        if entry.instrument is not None and (entry.instrument.key, entry.instrument.version) == (
            instrument.key,
            instrument.version,
        ):
            if _canonical(entry.definition) == canonical:
                return entry.instrument
            raise Refusal(VERSION_TAKEN, key=instrument.key, version=instrument.version)
    with db.session() as session:
        roles.require_any(session, db, (Permission.KEEP_CASES,))
        stored = session.scalar(
            select(RiskInstrument).where(
                RiskInstrument.key == instrument.key, RiskInstrument.version == instrument.version
            )
        )
        if stored is not None:
            if _canonical(json.loads(stored.definition)) == canonical:
                return instrument
            raise Refusal(VERSION_TAKEN, key=instrument.key, version=instrument.version)
        row = RiskInstrument(key=instrument.key, version=instrument.version, definition=canonical)
        session.add(row)
        session.flush()
        add_entry(session, actor, "instrument_imported", "risk_instrument", row.id)
    return instrument


@dataclass(frozen=True)
class AssessmentStart:
    """What the assessment form needs to open: the case's code, its level in force, the instruments on offer."""

    case_code: str
    latest_level: RiskLevel | None
    catalogue: Catalogue


def start_assessment(db: Database, case_id: int) -> AssessmentStart:
    with db.read_session() as session:
        code = session.scalar(select(CaseFile.code).where(CaseFile.id == case_id))
    if code is None:
        raise Refusal(CASE_NOT_FOUND)
    return AssessmentStart(code, latest_level(db, case_id), list_instruments(db))


# --- assessments ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentSummary:
    """An assessment without its answers: what the case view, its chart and the general minutes may show."""

    id: int
    case_id: int
    instrument_key: str
    instrument_version: int
    assessed_on: dt.date
    assessor: str
    assessor_agency_id: int | None
    score: int | None
    computed_level: RiskLevel
    level: RiskLevel
    next_review_on: dt.date | None
    agenda_item_id: int | None
    high_risk_response: HighRiskResponse | None
    rose_to_high: bool  # high (or graver) now, and the assessment before it was not

    @property
    def overridden(self) -> bool:
        return self.level is not self.computed_level


@dataclass(frozen=True)
class Assessed:
    """What ``assess`` stored and what the rule said (its reason and the answers that decided it)."""

    assessment: AssessmentSummary
    result: RiskResult


def _summary(row: RiskAssessment, previous: RiskLevel | None) -> AssessmentSummary:
    level = RiskLevel(row.level)
    return AssessmentSummary(
        id=row.id,
        case_id=row.case_id,
        instrument_key=row.instrument_key,
        instrument_version=row.instrument_version,
        assessed_on=row.assessed_on,
        assessor=row.assessor,
        assessor_agency_id=row.assessor_agency_id,
        score=row.score,
        computed_level=RiskLevel(row.computed_level),
        level=level,
        next_review_on=row.next_review_on,
        agenda_item_id=row.agenda_item_id,
        high_risk_response=HighRiskResponse(row.high_risk_response) if row.high_risk_response else None,
        rose_to_high=rose_to_high(previous, level),
    )


_ORDER = (RiskAssessment.assessed_on, RiskAssessment.id)


def assess(
    db: Database,
    case_id: int,
    instrument_key: str,
    version: int,
    answers: Answers,
    assessed_on: dt.date,
    assessor: str,
    actor: str,
    *,
    agency_id: int | None = None,
    override_level: RiskLevel | None = None,
    override_reason: str = "",
    next_review_on: dt.date | None = None,
    agenda_item_id: int | None = None,
    today: dt.date | None = None,
) -> Assessed:
    """Compute and store an assessment; ``assessment.rose_to_high`` says the body must now be asked what it
    agreed (``record_high_risk_response``)."""
    instrument = find_instrument(db, instrument_key, version)
    result = compute(instrument, answers)
    assessor = typed_text.checked(assessor.strip(), typed_text.NAME)
    if not assessor:
        raise Refusal(ASSESSOR_REQUIRED)
    if assessed_on > (today or dt.date.today()):
        raise Refusal(ASSESSED_IN_FUTURE)
    level = override_level or result.level
    reason = typed_text.checked(override_reason.strip(), OVERRIDE_REASON) if level is not result.level else ""
    if level is not result.level and not reason:
        raise Refusal(OVERRIDE_REASON_REQUIRED)
    review = next_review_on or default_review_date(level, assessed_on)
    if review < assessed_on:
        raise Refusal(REVIEW_BEFORE_ASSESSMENT)
    with db.session() as session:
        roles.require_for_case(session, db, Permission.KEEP_CASES, case_id)
        if session.get(CaseFile, case_id) is None:
            raise Refusal(CASE_NOT_FOUND)
        if agency_id is not None and session.get(Agency, agency_id) is None:
            raise Refusal(AGENCY_NOT_FOUND)
        previous = session.scalar(
            select(RiskAssessment.level)
            .where(RiskAssessment.case_id == case_id)
            .order_by(*(column.desc() for column in _ORDER))
            .limit(1)
        )
        row = RiskAssessment(
            case_id=case_id,
            instrument_key=instrument.key,
            instrument_version=instrument.version,
            assessed_on=assessed_on,
            assessor=assessor,
            assessor_agency_id=agency_id,
            answers=json.dumps(dict(answers), ensure_ascii=False, sort_keys=True),
            score=result.score,
            computed_level=result.level.value,
            level=level.value,
            override_reason=reason,
            next_review_on=review,
            agenda_item_id=agenda_item_id,
        )
        session.add(row)
        session.flush()
        add_entry(session, actor, "risk_assessed", "risk_assessment", row.id, detail=f"case={case_id}")
        summary = _summary(row, RiskLevel(previous) if previous else None)
    return Assessed(summary, result)


def record_high_risk_response(
    db: Database, assessment_id: int, response: HighRiskResponse, note: str, actor: str
) -> None:
    """What the body agreed when the case's risk rose to high (an urgent meeting, named actions, ...)."""
    response = HighRiskResponse(response)
    note = typed_text.checked(note.strip(), typed_text.NOTE)
    with db.session() as session:
        row = session.get(RiskAssessment, assessment_id)
        if row is None:
            raise Refusal(ASSESSMENT_NOT_FOUND)
        roles.require_for_case(session, db, Permission.KEEP_CASES, row.case_id)
        row.high_risk_response = response.value
        row.high_risk_note = note
        add_entry(
            session, actor, "high_risk_response", "risk_assessment", assessment_id, detail=response.value
        )


def assessments_of(db: Database, case_id: int) -> list[AssessmentSummary]:
    """The case's assessments, oldest first (dates, levels and scores for the chart; no answers)."""
    with db.read_session() as session:
        roles.require_for_case(session, db, Permission.READ_CASES, case_id)
        rows = session.scalars(
            select(RiskAssessment).where(RiskAssessment.case_id == case_id).order_by(*_ORDER)
        ).all()
        summaries = []
        previous: RiskLevel | None = None
        for row in rows:
            summaries.append(_summary(row, previous))
            previous = RiskLevel(row.level)
        return summaries


def answers_of(db: Database, assessment_id: int) -> dict[str, str | int]:
    """The answers of one assessment: restricted, for the case annex and the case's own screens only."""
    with db.read_session() as session:
        found = session.execute(
            select(RiskAssessment.case_id, RiskAssessment.answers).where(RiskAssessment.id == assessment_id)
        ).first()
        if found is None:
            raise Refusal(ASSESSMENT_NOT_FOUND)
        roles.require_for_case(session, db, Permission.READ_CASES, found.case_id)
    answers = found.answers
    decoded: dict[str, str | int] = json.loads(answers)
    return decoded


def latest_level(db: Database, case_id: int) -> RiskLevel | None:
    """The level in force: that of the case's latest assessment, or None when it was never assessed."""
    with db.read_session() as session:
        level = session.scalar(
            select(RiskAssessment.level)
            .where(RiskAssessment.case_id == case_id)
            .order_by(*(column.desc() for column in _ORDER))
            .limit(1)
        )
    return RiskLevel(level) if level else None


@dataclass(frozen=True)
class ReviewDue:
    case_id: int
    case_code: str
    assessment_id: int
    level: RiskLevel
    next_review_on: dt.date


def reviews_due(db: Database, body_id: int, on_date: dt.date) -> list[ReviewDue]:
    """Cases of the body whose latest assessment is due for review by ``on_date`` (its review date is that day
    or before): what the body's next meeting, held on ``on_date``, flags."""
    with db.read_session() as session:
        rows = session.execute(
            select(
                RiskAssessment.case_id,
                CaseFile.code,
                RiskAssessment.id,
                RiskAssessment.level,
                RiskAssessment.next_review_on,
            )
            .join(CaseFile, CaseFile.id == RiskAssessment.case_id)
            .where(CaseFile.body_id == body_id)
            .order_by(RiskAssessment.case_id, *_ORDER)
        ).all()
    latest: dict[int, tuple[Any, ...]] = {}
    for row in rows:
        latest[row[0]] = tuple(row)  # ordered by date within the case: the last one met is the latest
    due = [
        ReviewDue(case_id, code, assessment_id, RiskLevel(level), review)
        for case_id, code, assessment_id, level, review in latest.values()
        if review is not None and review <= on_date
    ]
    return sorted(due, key=lambda item: (item.next_review_on, item.case_code))
