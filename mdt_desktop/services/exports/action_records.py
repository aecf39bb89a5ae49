"""Action records (บันทึกงานที่ได้รับมอบหมาย): for one meeting, one PDF per agency with only its actions, signed by
the office, written into a folder.

A record goes outside the team, so it carries the least the agency needs: task, due date, case code, status and
reported progress of that agency's own actions (an action that names no case shows the codes of the cases linked
to its item; one for no case, general work of the team, shows none). It never reads the case file's story, the agenda items'
discussion, nor anything of ``CaseIdentity``: the queries below select exactly the printed columns, so nothing else
can reach the page by mistake. ``exports.action_records`` lays a record out; ``export_action_records`` checks the
whole batch first (folder, files already there, a signing identity), then signs and writes each file whole
(``destination``) and logs it with the agency as recipient. A record to be signed carries the fingerprint of the
certificate that signs it, printed on the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MemberRole
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.exports import signing as signing_primitives
from mdt_desktop.exports.action_records import (
    SIGN_REASON_TH,
    ActionRecord,
    RecordLine,
    SignatureBlock,
    render_pdf,
)
from mdt_desktop.exports.thai_typesetting import words_kept_whole
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit
from mdt_desktop.services.exports import signing
from mdt_desktop.services.exports.destination import check_folder, check_free, write_whole
from mdt_desktop.services.exports.minutes import known_case_codes, require_meeting, with_digits
from mdt_desktop.services.exports.proper_nouns import proper_nouns
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    AgendaItemCase,
    Attendance,
    Body,
    CaseFile,
    Meeting,
    Member,
)
from mdt_desktop.thai.dates import format_date

NO_ACTIONS = Message("การประชุมนี้ไม่มีงานที่มอบหมาย", "No actions were given at this meeting.")
NO_ACTIONS_FOR_AGENCY = Message(
    "ไม่มีงานที่มอบหมายแก่หน่วยงาน {agency} ในการประชุมนี้",
    "No actions were given to the agency {agency} at this meeting.",
)

Digits = Literal["thai", "arabic"]
Progress = Callable[[int, int, str], None]
"""Told ``(done, total, agency name)`` before each record is written, and ``(total, total, "")`` at the end."""


@dataclass(frozen=True)
class AgencyWithActions:
    """An agency given at least one action in scope, and the file name its record is saved under."""

    id: int
    name: str
    abbreviation: str
    action_count: int
    file_name: str


@dataclass(frozen=True)
class SavedRecord:
    path: Path
    agency: AgencyWithActions


@dataclass
class RecordsExport:
    """Files written in full, in order; ``stopped`` when the caller asked to stop before the last."""

    saved: list[SavedRecord] = field(default_factory=list)
    stopped: bool = False


def _meeting_ids(db: Database, meeting_id: int, date_range: tuple[dt.date, dt.date] | None) -> list[int]:
    require_meeting(db, meeting_id)
    with db.read_session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        if date_range is None:
            return [meeting.id]
        start, end = date_range
        return list(
            session.scalars(
                select(Meeting.id).where(
                    Meeting.body_id == meeting.body_id, Meeting.date >= start, Meeting.date <= end
                )
            )
        )


AGENCY_NAME_CHARS = 40  # a file name stays short enough for every file system with a long Thai agency name


def file_name(meeting_label: str, abbreviation: str, agency_name: str = "") -> str:
    """A file name that names the meeting by its number and the agency, never a case or an internal id:
    "actions-6-2569-สภ.pdf" for meeting 6/2569. The abbreviation is kept in Thai; only what file systems refuse is
    replaced (Thai vowel and tone marks are not \\w, so no whitelist). An agency without an abbreviation is named
    by its name."""
    short = _safe_part(abbreviation) or _safe_part(agency_name)[:AGENCY_NAME_CHARS] or "agency"
    return f"actions-{_safe_part(meeting_label.replace('/', '-'))}-{short}.pdf"


def _safe_part(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", text or "").strip("._")


def agencies_with_actions(
    db: Database, meeting_id: int, date_range: tuple[dt.date, dt.date] | None = None
) -> list[AgencyWithActions]:
    """The agencies given at least one action in scope, in the order of their names. Each has its own file
    name: agencies sharing an abbreviation get "-2", "-3" after it in that order."""
    meeting_ids = _meeting_ids(db, meeting_id, date_range)
    with db.read_session() as session:
        counts: dict[int, int] = {}
        for agency_id in session.scalars(
            select(ActionPoint.agency_id).where(ActionPoint.meeting_id.in_(meeting_ids))
        ):
            counts[agency_id] = counts.get(agency_id, 0) + 1
        rows = session.execute(
            select(Agency.id, Agency.name_th, Agency.abbreviation)
            .where(Agency.id.in_(counts))
            .order_by(Agency.name_th, Agency.id)
        ).all()
        meeting = session.get_one(Meeting, meeting_id)
        label = meeting_number_label(meeting.number, meeting.year_be)
    out: list[AgencyWithActions] = []
    taken: set[str] = set()
    for agency_id, name, abbreviation in rows:
        plain = file_name(label, abbreviation, name)
        name_of_file, copy = plain, 1
        while name_of_file.casefold() in taken:
            copy += 1
            name_of_file = plain.removesuffix(".pdf") + f"-{copy}.pdf"
        taken.add(name_of_file.casefold())
        out.append(AgencyWithActions(agency_id, name, abbreviation, counts[agency_id], name_of_file))
    return out


def agency_by_key(db: Database, meeting_id: int, key: str) -> AgencyWithActions:
    """The agency given actions at the meeting whose abbreviation or id is ``key`` (as typed on the command line)."""
    for agency in agencies_with_actions(db, meeting_id):
        if key in (agency.abbreviation, str(agency.id)):
            return agency
    raise Refusal(NO_ACTIONS_FOR_AGENCY, agency=key)


def _progress_line(recorded_on: dt.date, note: str, status: str) -> str:
    text = f"{format_date(recorded_on, 'short')} {' '.join(note.split())}".strip()
    return f"{text} ({ActionStatus(status).th})"


def build_action_record(
    db: Database,
    meeting_id: int,
    agency_id: int,
    date_range: tuple[dt.date, dt.date] | None = None,
    *,
    digits: Digits = "thai",
    classification: str = "",
) -> ActionRecord:
    """One agency's record: its actions of the meeting (or of the body's meetings in ``date_range``), every
    string final: in ``digits`` (as the minutes' option of that name), marked with ``classification``."""
    meeting_ids = _meeting_ids(db, meeting_id, date_range)
    with db.read_session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        agency = session.get_one(Agency, agency_id)
        body_name = session.scalar(select(Body.name_th).where(Body.id == meeting.body_id)) or ""
        # Only the printed columns are selected: the case's code, never its summary or identity.
        actions = session.execute(
            select(
                ActionPoint.id,
                ActionPoint.task,
                ActionPoint.due_date,
                ActionPoint.status,
                CaseFile.code,
                ActionPoint.agenda_item_id,
            )
            .outerjoin(CaseFile, CaseFile.id == ActionPoint.case_id)
            .join(Meeting, Meeting.id == ActionPoint.meeting_id)
            .where(ActionPoint.meeting_id.in_(meeting_ids), ActionPoint.agency_id == agency_id)
            .order_by(Meeting.date, ActionPoint.id)
        ).all()
        item_codes = _item_case_codes(
            session, {item for *_, code, item in actions if code is None and item is not None}
        )
        progress: dict[int, list[str]] = {}
        for action_id, recorded_on, note, status in session.execute(
            select(
                ActionProgress.action_id,
                ActionProgress.recorded_on,
                ActionProgress.note,
                ActionProgress.status,
            )
            .where(ActionProgress.action_id.in_([row[0] for row in actions]))
            .order_by(ActionProgress.recorded_on, ActionProgress.id)
        ):
            progress.setdefault(action_id, []).append(_progress_line(recorded_on, note, status))
        representative = session.execute(
            select(Attendance.full_name, Attendance.position)
            .where(
                Attendance.meeting_id == meeting_id,
                Attendance.agency_id == agency_id,
                Attendance.category.in_([AttendanceCategory.PRESENT, AttendanceCategory.STAND_IN]),
            )
            .order_by(Attendance.sort_order)
            .limit(1)
        ).first()
        secretary = session.execute(
            select(Attendance.full_name, Attendance.position)
            .join(Member, Member.id == Attendance.member_id)
            .where(
                Attendance.meeting_id == meeting_id,
                Member.role == MemberRole.SECRETARY,
                Attendance.category.in_([AttendanceCategory.PRESENT, AttendanceCategory.STAND_IN]),
            )
            .limit(1)
        ).first()
        label = meeting_number_label(meeting.number, meeting.year_be)
        meeting_line = f"การประชุมครั้งที่ {label} เมื่อวันที่ {format_date(meeting.date, 'long')}"
        if date_range is not None:
            meeting_line = (
                f"งานที่มอบหมายในการประชุมระหว่างวันที่ {format_date(date_range[0], 'long')} "
                f"ถึงวันที่ {format_date(date_range[1], 'long')}"
            )
        agency_name = agency.name_th
    lines = [
        RecordLine(
            task=" ".join(task.split()),
            due=format_date(due, "long") if due else "-",
            case_code=code or (item_codes.get(item_id, "") if item_id is not None else ""),
            status=ActionStatus(status).th,
            progress=progress.get(action_id, []),
        )
        for action_id, task, due, status, code, item_id in actions
    ]
    signatures = [
        SignatureBlock(
            "ผู้แทนหน่วยงาน",
            representative[0] if representative else "",
            representative[1] if representative else f"ผู้แทน{agency_name}",
        ),
        SignatureBlock(
            "ฝ่ายเลขานุการ",
            secretary[0] if secretary else "",
            secretary[1] if secretary else f"เลขานุการ{body_name}",
        ),
    ]
    record = ActionRecord(
        body_name,
        meeting_line,
        agency_name,
        lines,
        signatures,
        classification=" ".join(classification.split()),
        thai_digits=digits == "thai",
    )
    # Numbers in the chosen digits; case codes (each line's, and any the database knows in the text) and quoted
    # text exactly as typed.
    return with_digits(record, digits, known_case_codes(db))


def _item_case_codes(session: Session, item_ids: set[int | None]) -> dict[int, str]:
    """The codes of the cases linked to each item, in code order and joined by commas: the cases of an action
    made on the item without naming one of them (before a case was linked to it, or for all of them)."""
    codes: dict[int, list[str]] = {}
    for item_id, code in session.execute(
        select(AgendaItemCase.agenda_item_id, CaseFile.code)
        .join(CaseFile, CaseFile.id == AgendaItemCase.case_id)
        .where(AgendaItemCase.agenda_item_id.in_([i for i in item_ids if i is not None]))
        .order_by(CaseFile.code)
    ):
        codes.setdefault(item_id, []).append(code)
    return {item_id: ", ".join(found) for item_id, found in codes.items()}


def identity_for_signing(db: Database, meeting_id: int) -> signing.IdentityInfo | None:
    """Make the office's signing identity (self-signed, in the name of the meeting's body) when it has none yet;
    the identity made, or None when one was there already (the command line's ``--sign`` on first use)."""
    if signing.current_identity(db) is not None:
        return None
    require_meeting(db, meeting_id)
    with db.read_session() as session:
        body_name = session.scalars(
            select(Body.name_th).join(Meeting, Meeting.body_id == Body.id).where(Meeting.id == meeting_id)
        ).one()
    return signing.create_identity(db, body_name)


def export_action_records(
    db: Database,
    meeting_id: int,
    agencies: Sequence[int] | None,
    folder: Path,
    *,
    actor: str,
    force: bool = False,
    sign: bool = True,
    digits: Digits = "thai",
    classification: str = "",
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
    on_saved: Callable[[SavedRecord], None] | None = None,
) -> RecordsExport:
    """Write the record of each agency in ``agencies`` (every agency given actions when None) into ``folder``,
    signed with the office's identity when ``sign``, in ``digits`` and marked with ``classification`` as the
    minutes; each logged in the audit with the agency as recipient (unless the database is read-only:
    ``audit.log_export``).

    Everything that would refuse the batch is checked before the first file: the folder, a file already there
    (unless ``force``), the signing identity. A destination that fails later (a full disk) is a ``Refusal`` and
    the files written before it stay, whole: ``on_saved`` is told of each as it is written. ``stop`` is asked
    before each record.
    """
    folder = Path(folder)
    targets = agencies_with_actions(db, meeting_id)
    if agencies is not None:
        wanted = set(agencies)
        targets = [agency for agency in targets if agency.id in wanted]
    if not targets:
        raise Refusal(NO_ACTIONS)
    check_folder(folder, targets[0].file_name)
    for agency in targets:
        check_free(folder / agency.file_name, force=force)
    keys = signing.signing_keys(db) if sign else None
    fingerprint = (
        signing_primitives.certificate_facts(keys.certificate_pem).sha256_fingerprint if keys else ""
    )
    result = RecordsExport()
    nouns = proper_nouns(db, meeting_id)
    for done, agency in enumerate(targets):
        if stop is not None and stop():
            result.stopped = True
            return result
        if progress is not None:
            progress(done, len(targets), agency.name)
        record = replace(
            build_action_record(db, meeting_id, agency.id, digits=digits, classification=classification),
            certificate_fingerprint=fingerprint,  # hexadecimal, as Settings and mdt verify show it: never Thai digits
        )
        with words_kept_whole(nouns):
            pdf = render_pdf(record)
        if keys is not None:
            pdf = signing_primitives.sign_pdf(pdf, keys, SIGN_REASON_TH, location=record.body_name)
        saved = SavedRecord(write_whole(folder / agency.file_name, pdf, force=force), agency)
        result.saved.append(saved)
        audit.log_export(
            db,
            actor,
            "export",
            "action_record",
            meeting_id,
            recipient=record.agency_name,
            detail=f"agency={agency.id} signed={int(keys is not None)}",
        )
        if on_saved is not None:
            on_saved(saved)
    if progress is not None:
        progress(len(targets), len(targets), "")
    return result
