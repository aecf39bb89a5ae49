"""Action records (บันทึกงานที่ได้รับมอบหมาย): for one meeting, one signed PDF per agency with only its actions.

A record goes outside the team, to an agency or the district/provincial centre, so it carries the least that the
agency needs: task, due date, case code, status and reported progress of that agency's own actions. It never
reads the case file's story, the agenda items' discussion, nor anything of ``CaseIdentity``: the queries below
select exactly the printed columns, so nothing else can reach the page by mistake. The agency representative
and the secretary sign the printed blocks; the office signs the file (PAdES, ``exports.signing``).

The PDF is built in memory and written (signed or not) straight to the chosen path: no temporary file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory, MemberRole
from mdt_desktop.domain.numbering import meeting_number_label
from mdt_desktop.exports import signing
from mdt_desktop.exports.thai_typesetting import FONT_BOLD, FONT_REGULAR, ThaiParagraph, draw_text
from mdt_desktop.services import audit
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    Attendance,
    Body,
    CaseFile,
    Meeting,
    Member,
)
from mdt_desktop.thai.dates import format_date

TITLE_TH = "บันทึกงานที่ได้รับมอบหมาย"
PRIVACY_NOTE_TH = (
    "บันทึกนี้มีเฉพาะงานที่ที่ประชุมมอบหมายแก่หน่วยงานข้างต้น อ้างถึงกรณีด้วยรหัสเท่านั้น ไม่มีข้อมูลที่ระบุตัวบุคคล โปรดเก็บรักษาเป็นความลับ"
)
SIGN_REASON_TH = "รับรองบันทึกงานที่ได้รับมอบหมายตามมติที่ประชุม"
BODY_SIZE = 16
# Government documents: A4, 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom.
MARGINS = {"leftMargin": 3 * cm, "rightMargin": 2 * cm, "topMargin": 2.5 * cm, "bottomMargin": 2 * cm}
DOTTED = "." * 32


@dataclass(frozen=True)
class RecordLine:
    task: str
    due: str
    case_code: str
    status: str
    progress: list[str]


@dataclass(frozen=True)
class SignatureBlock:
    role_label: str
    name: str
    position: str


@dataclass(frozen=True)
class ActionRecord:
    body_name: str
    meeting_line: str  # "การประชุมครั้งที่ 3/2569 เมื่อวันที่ ..."
    agency_name: str
    lines: list[RecordLine]
    signatures: list[SignatureBlock]


@dataclass(frozen=True)
class AgencyWithActions:
    id: int
    name: str
    abbreviation: str
    action_count: int


def _meeting_ids(db: Database, meeting_id: int, date_range: tuple[dt.date, dt.date] | None) -> list[int]:
    with db.read_session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise LookupError(f"meeting {meeting_id} not found")
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


def agencies_with_actions(
    db: Database, meeting_id: int, date_range: tuple[dt.date, dt.date] | None = None
) -> list[AgencyWithActions]:
    """The agencies given at least one action in scope, in the order of their names."""
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
            .order_by(Agency.name_th)
        ).all()
    return [AgencyWithActions(row[0], row[1], row[2], counts[row[0]]) for row in rows]


def _progress_line(recorded_on: dt.date, note: str, status: str) -> str:
    text = f"{format_date(recorded_on, 'short')} {' '.join(note.split())}".strip()
    return f"{text} ({ActionStatus(status).th})"


def build_action_record(
    db: Database, meeting_id: int, agency_id: int, date_range: tuple[dt.date, dt.date] | None = None
) -> ActionRecord:
    meeting_ids = _meeting_ids(db, meeting_id, date_range)
    with db.read_session() as session:
        meeting = session.get(Meeting, meeting_id)
        agency = session.get(Agency, agency_id)
        if meeting is None or agency is None:
            raise LookupError("meeting or agency not found")
        body_name = session.scalar(select(Body.name_th).where(Body.id == meeting.body_id)) or ""
        # Only the printed columns are selected: the case's code, never its summary or identity.
        actions = session.execute(
            select(ActionPoint.id, ActionPoint.task, ActionPoint.due_date, ActionPoint.status, CaseFile.code)
            .outerjoin(CaseFile, CaseFile.id == ActionPoint.case_id)
            .join(Meeting, Meeting.id == ActionPoint.meeting_id)
            .where(ActionPoint.meeting_id.in_(meeting_ids), ActionPoint.agency_id == agency_id)
            .order_by(Meeting.date, ActionPoint.id)
        ).all()
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
            case_code=code or "-",
            status=ActionStatus(status).th,
            progress=progress.get(action_id, []),
        )
        for action_id, task, due, status, code in actions
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
    return ActionRecord(body_name, meeting_line, agency_name, lines, signatures)


def _signature_cell(block: SignatureBlock) -> list[ThaiParagraph]:
    name = f"({block.name})" if block.name else f"({'.' * 30})"
    return [
        ThaiParagraph(f"ลงชื่อ{DOTTED}", size=BODY_SIZE, align="centre"),
        ThaiParagraph(name, size=BODY_SIZE, align="centre"),
        ThaiParagraph(block.position, size=BODY_SIZE, align="centre"),
        ThaiParagraph(block.role_label, size=BODY_SIZE, align="centre"),
    ]


def _story(record: ActionRecord) -> list[object]:
    story: list[object] = [
        ThaiParagraph(TITLE_TH, font_name=FONT_BOLD, size=20, align="centre", space_after=6),
        ThaiParagraph(record.body_name, font_name=FONT_BOLD, size=BODY_SIZE, align="centre"),
        ThaiParagraph(record.meeting_line, size=BODY_SIZE, align="centre", space_after=8),
        ThaiParagraph(f"หน่วยงาน {record.agency_name}", font_name=FONT_BOLD, size=BODY_SIZE, space_after=6),
    ]
    if not record.lines:
        story.append(ThaiParagraph("ไม่มีงานที่มอบหมายแก่หน่วยงานนี้", size=BODY_SIZE))
    for number, line in enumerate(record.lines, start=1):
        story.append(
            ThaiParagraph(
                f"{number}. {line.task}", size=BODY_SIZE, align="justify", space_before=4, keep_with_next=True
            )
        )
        story.append(
            ThaiParagraph(
                f"รหัสกรณี {line.case_code}   สถานะ {line.status}",
                size=BODY_SIZE,
                left_indent=0.75 * cm,
                keep_with_next=True,
            )
        )
        story.append(
            ThaiParagraph(
                f"กำหนดเสร็จ {line.due}",
                size=BODY_SIZE,
                left_indent=0.75 * cm,
                keep_with_next=bool(line.progress),
            )
        )
        if line.progress:
            story.append(
                ThaiParagraph("ความคืบหน้า", size=BODY_SIZE, left_indent=0.75 * cm, keep_with_next=True)
            )
            story += [
                ThaiParagraph(f"- {text}", size=BODY_SIZE, left_indent=1.5 * cm) for text in line.progress
            ]
    table = Table([[_signature_cell(block) for block in record.signatures]], colWidths="50%")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # The signatures never stand alone on a page: the note goes over with them.
    story.append(
        KeepTogether(
            [
                ThaiParagraph(PRIVACY_NOTE_TH, size=14, space_before=12, align="justify"),
                Spacer(1, 0.8 * cm),
                table,
            ]
        )
    )
    return story


def _footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    draw_text(canvas, A4[0] / 2, 1.2 * cm, f"- {document.page} -", FONT_REGULAR, 14, anchor="centre")
    canvas.restoreState()


def render_pdf(record: ActionRecord) -> bytes:
    """The record as PDF bytes, in memory only."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, title=f"{TITLE_TH} {record.agency_name}", author=record.body_name, **MARGINS
    )
    document.build(_story(record), onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()


def write_action_record(
    db: Database,
    meeting_id: int,
    agency_id: int,
    path: Path,
    sign: bool = True,
    actor: str = "",
    date_range: tuple[dt.date, dt.date] | None = None,
) -> Path:
    """Write one agency's record to ``path`` (signed with the office's identity when ``sign``); logged in the
    audit with the agency as recipient."""
    record = build_action_record(db, meeting_id, agency_id, date_range)
    pdf = render_pdf(record)
    if sign:
        signing.sign_pdf_bytes(db, pdf, path, SIGN_REASON_TH, location=record.body_name)
    else:
        path.write_bytes(pdf)
    audit.log(
        db,
        actor,
        "export",
        "action_record",
        meeting_id,
        recipient=record.agency_name,
        detail=f"agency={agency_id} signed={int(sign)}",
    )
    return path


def file_name(meeting_id: int, agency: AgencyWithActions) -> str:
    """A file name that names the meeting and agency, never a case: "actions-m12-พมจ.pdf"."""
    # Only what file systems refuse is replaced: Thai vowel and tone marks are not \w, so no whitelist.
    short = (
        re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", agency.abbreviation or "").strip("._")
        or f"agency{agency.id}"
    )
    return f"actions-m{meeting_id}-{short}.pdf"
