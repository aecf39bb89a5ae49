"""The general minutes of a meeting (รายงานการประชุม, form 11 of the Regulation on Correspondence B.E. 2526): the
document built from the database, exported as DOCX or PDF, or rendered in memory for the preview.

``build_minutes`` decides every word, in the form's order and exact words, so that the writers in ``exports`` only
lay them out. General minutes name cases by their code only, with the risk level in force on the meeting's day (a general fact):
nothing here reads ``CaseIdentity``, an assessment's answers, a safety plan's text or a referral's notes. The restricted
case annex is a document of its own (``annex``). ``export_minutes`` writes the file whole or not at all
(``destination``) and logs who exported what, for whom.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Literal, TypeVar

from sqlalchemy import select

from mdt_desktop.domain import deadlines
from mdt_desktop.domain.agenda_template import STANDARD_AGENDA, item_heading
from mdt_desktop.domain.case_codes import CaseCodes
from mdt_desktop.domain.codes import ActionStatus, AgendaKind, AttendanceCategory, MemberRole, RecordingLevel
from mdt_desktop.exports.docx_minutes import write_docx
from mdt_desktop.exports.minutes_model import (
    ActionLine,
    Attendee,
    MinutesDocument,
    MinutesItem,
    MinutesOptions,
    Signature,
)
from mdt_desktop.exports.pdf_minutes import write_pdf
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.services import audit, identifying
from mdt_desktop.services.exports.destination import write_whole
from mdt_desktop.services.exports.proper_nouns import proper_nouns
from mdt_desktop.services.meetings import (
    PRESENT_CATEGORIES,
    ActionView,
    Amendment,
    AttendanceRow,
    CarriedAction,
    EmptyItems,
    ItemView,
    LevelInForce,
    MeetingView,
    levels_in_force,
    list_amendments,
    load_meeting,
    previous_meeting,
)
from mdt_desktop.services.settings import proposed_office_name
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Body, CaseFile, Meeting, Member
from mdt_desktop.thai.dates import THAI_MONTHS, format_date, format_time, to_be
from mdt_desktop.thai.digits import Digits, digits_as_chosen

ExportFormat = Literal["docx", "pdf"]
_T = TypeVar("_T")

NO_MEETING = Message("ไม่พบการประชุมหมายเลข {meeting_id}", "There is no meeting number {meeting_id}.")

# The fixed words of the form, by key; writers print them from MinutesDocument.labels. "page" is the page-number
# pattern with {page} where the number goes (the official "- ๒ -" style).
LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "รายงานการประชุม",
        "number": "ครั้งที่",
        "on": "เมื่อ",
        "at": "ณ",
        "present": "ผู้มาประชุม",
        "absent": "ผู้ไม่มาประชุม",
        "attending": "ผู้เข้าร่วมประชุม",
        "start": "เริ่มประชุมเวลา",
        "end": "เลิกประชุมเวลา",
        "resolution": "มติที่ประชุม",
        "actions": "การมอบหมายงาน",
        "carried": "การติดตามงานตามมติการประชุมครั้งก่อน",
        "amendments": "การแก้ไขรายงานการประชุมที่รับรองแล้ว",
        "agency": "หน่วยงาน",
        "task": "งาน",
        "due": "กำหนดเสร็จ",
        "status": "สถานะ",
        "case": "กรณี",
        "progress": "ความคืบหน้า",
        "risk_level": "ระดับความเสี่ยง",
        "assessed_on": "ประเมินเมื่อ",
        "not_assessed": "ยังไม่ได้ประเมินความเสี่ยง",
        "none": "ไม่มี",
        "sign": "(ลงชื่อ)",
        "secretary": "ผู้จดรายงานการประชุม",
        "checker": "ผู้ตรวจรายงานการประชุม",
        "stand_in": "แทน",
        "observer": "ผู้สังเกตการณ์",
        "interpreter": "ล่าม",
        "interpreter_for": "ล่ามภาษา{language}",
        "chair": "ประธาน",
        "chairing": "ประธานในที่ประชุม",
        "time_unit": "น.",
        "page": "- {page} -",
    },
    "en": {
        "title": "Minutes of the meeting of",
        "number": "No.",
        "on": "on",
        "at": "at",
        "present": "Present",
        "absent": "Absent",
        "attending": "In attendance",
        "start": "The meeting began at",
        "end": "The meeting closed at",
        "resolution": "Resolution",
        "actions": "Actions assigned",
        "carried": "Follow-up of actions from earlier meetings",
        "amendments": "Amendments to approved minutes",
        "agency": "Agency",
        "task": "Task",
        "due": "Due",
        "status": "Status",
        "case": "Case",
        "progress": "Progress",
        "risk_level": "risk level",
        "assessed_on": "assessed on",
        "not_assessed": "risk not assessed yet",
        "none": "None",
        "sign": "(Signed)",
        "secretary": "Minutes taken by",
        "checker": "Minutes checked by",
        "stand_in": "standing in for",
        "observer": "Observer",
        "interpreter": "Interpreter",
        "interpreter_for": "Interpreter ({language})",
        "chair": "Chair",
        "chairing": "Chairing the meeting",
        "time_unit": "",
        "page": "- {page} -",
    },
}

_THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_STANDARD_TITLES_EN = {
    AgendaKind.ANNOUNCEMENTS: "Announcements by the chair",
    AgendaKind.APPROVE_MINUTES: "Approval of the minutes of the previous meeting",
    AgendaKind.MATTERS_ARISING: "Matters arising",
    AgendaKind.FOR_CONSIDERATION: "Matters for consideration",
    AgendaKind.OTHER: "Other business",
}
_STANDARD_TITLES_TH = {entry.kind: entry.title for entry in STANDARD_AGENDA}
_PRESENT = PRESENT_CATEGORIES
# The items an empty one of which the meeting may leave out (EmptyItems.OMIT): the standard five, and เรื่องเพื่อทราบ
# that some bodies put in fourth place.
_STANDARD_KINDS = frozenset({entry.kind for entry in STANDARD_AGENDA} | {AgendaKind.FOR_INFORMATION})
_ATTENDING = (AttendanceCategory.ATTENDEE, AttendanceCategory.OBSERVER, AttendanceCategory.INTERPRETER)


def thai_long_date(day: dt.date, language: str = "th") -> str:
    """ "วันศุกร์ที่ 21 พฤศจิกายน พ.ศ. 2569" (the full form minutes use), or "Friday 21 November B.E. 2569"."""
    if language == "th":
        return f"วัน{_THAI_WEEKDAYS[day.weekday()]}ที่ {day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {to_be(day.year)}"
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} B.E. {to_be(day.year)}"


def require_meeting(db: Database, meeting_id: int) -> None:
    """Refuse a meeting id that names no meeting (a typing mistake on the command line, a meeting deleted since)."""
    with db.read_session() as session:
        if session.get(Meeting, meeting_id) is None:
            raise Refusal(NO_MEETING, meeting_id=meeting_id)


def build_minutes(db: Database, meeting_id: int, options: MinutesOptions | None = None) -> MinutesDocument:
    """The general minutes of a meeting, every string final (language, digits, พ.ศ. dates applied)."""
    require_meeting(db, meeting_id)
    options = options or MinutesOptions()
    view = load_meeting(db, meeting_id)
    roles, body_name_en = roles_and_body_name(db, view)
    levels = _levels_at_meeting(db, view)
    language = options.language
    words = LABELS[language]
    header = view.header
    chair = chaired_by(view, roles)
    chair_label = _chair_label(chair, roles, words)

    def attendee(row: AttendanceRow) -> Attendee:
        return _attendee(row, words, chair_label if chair is not None and row.id == chair.id else "")

    document = MinutesDocument(
        title=minutes_title(view, body_name_en, language),
        number_line=number_line(view, language),
        date_line=date_line(view, language),
        venue_line=f"{words['at']} {header.venue}".rstrip(),
        present=[attendee(row) for row in view.attendance if row.category in _PRESENT],
        absent=[attendee(row) for row in view.attendance if row.category is AttendanceCategory.ABSENT],
        attending=[attendee(row) for row in view.attendance if row.category in _ATTENDING],
        start_line=_time_line(words["start"], header.start_time, words),
        items=_items(view, language, words, levels, amendments_approved_here(db, meeting_id, language)),
        end_line=_time_line(words["end"], header.end_time, words),
        signatures=_signatures(view, roles, words, chair),
        classification=options.classification.strip(),
        recipient=options.recipient.strip(),
        language=language,
        # "office": who wrote it, for the files' properties (the name a signing certificate is proposed under).
        labels={**words, "digits": options.digits, "office": proposed_office_name(db)},
        proper_nouns=proper_nouns(db, meeting_id),
    )
    return with_digits(document, options.digits, known_case_codes(db))


def minutes_title(view: MeetingView, body_name_en: str, language: str) -> str:
    """ "รายงานการประชุม" with the body's name (its English name in English when it has one)."""
    words = LABELS[language]
    if language == "en":
        return f"{words['title']} {body_name_en or view.header.body_name}"
    return f"{words['title']}{view.header.body_name}"


def number_line(view: MeetingView, language: str) -> str:
    """ "ครั้งที่ 3/2569"."""
    return f"{LABELS[language]['number']} {view.header.number}/{view.header.year_be}"


def date_line(view: MeetingView, language: str) -> str:
    """ "เมื่อวันศุกร์ที่ 20 พฤศจิกายน พ.ศ. 2569"."""
    return f"{LABELS[language]['on']}{'' if language == 'th' else ' '}{thai_long_date(view.header.date, language)}"


def render_minutes(document: MinutesDocument, fmt: ExportFormat) -> bytes:
    """The minutes laid out as a DOCX or PDF file, in memory."""
    buffer = io.BytesIO()
    if fmt == "docx":
        write_docx(document, buffer)
    elif fmt == "pdf":
        write_pdf(document, buffer)
    else:
        raise ValueError(f"unknown minutes format: {fmt}")
    return buffer.getvalue()


def minutes_pdf(db: Database, meeting_id: int, options: MinutesOptions) -> bytes:
    """The minutes PDF in memory, exactly as ``export_minutes`` would write it (the export dialog's preview)."""
    return render_minutes(build_minutes(db, meeting_id, options), "pdf")


def export_minutes(
    db: Database,
    meeting_id: int,
    fmt: ExportFormat,
    destination: Path,
    options: MinutesOptions | None = None,
    *,
    actor: str,
    force: bool = False,
    identifying_reason: str | None = None,
) -> Path:
    """Write the general minutes as DOCX or PDF to ``destination`` (an existing file only when ``force``) and log
    the export (ids, recipient and format, no case text), unless the database is read-only
    (``audit.log_export``). A destination that cannot take it is a ``Refusal``.

    Words that may identify a person (a name, an ID or phone number, an address) left in the minutes refuse the
    export (``IdentifyingInMinutes``, naming where, not what) unless ``identifying_reason`` confirms it; the
    confirmation is audited with its reason once the file is written (``identifying``)."""
    require_meeting(db, meeting_id)
    confirmation = identifying.require_no_identifying(db, meeting_id, identifying_reason)
    options = options or MinutesOptions()
    content = render_minutes(build_minutes(db, meeting_id, options), fmt)
    path = write_whole(Path(destination), content, force=force)
    if confirmation is not None:
        identifying.record_confirmation(db, meeting_id, actor, confirmation)
    audit.log_export(
        db, actor, "export_minutes", "meeting", meeting_id, recipient=options.recipient.strip(), detail=fmt
    )
    return path


# --- parts of the form ------------------------------------------------------------------------------


def roles_and_body_name(db: Database, view: MeetingView) -> tuple[dict[int, str], str]:
    """Each member's role in the body (to find the chair and the secretary) and the body's English name."""
    with db.read_session() as session:
        query = select(Member.id, Member.role).where(Member.body_id == view.header.body_id)
        roles = {member_id: role for member_id, role in session.execute(query)}
        name_en = session.scalar(select(Body.name_en).where(Body.id == view.header.body_id)) or ""
    return roles, name_en


def _attendee(row: AttendanceRow, words: dict[str, str], chair: str) -> Attendee:
    if row.category is AttendanceCategory.STAND_IN:
        note = f"{words['stand_in']} {row.stands_in_for_text}".strip()
    elif row.category is AttendanceCategory.ABSENT:
        note = row.reason
    elif row.category is AttendanceCategory.OBSERVER:
        note = words["observer"]
    elif row.category is AttendanceCategory.INTERPRETER:
        note = interpreter_note(row.language, row.position, words)
    else:
        note = ""
    return Attendee(name=row.full_name, position=row.position, note=note, chair=chair)


def interpreter_note(language: str, position: str, words: dict[str, str]) -> str:
    """ "ล่ามภาษาพม่า" from the language as typed ("พม่า" or "ภาษาพม่า"); nothing when no language was recorded
    or the position already says it (an interpreter's position is often "ล่ามภาษาพม่า")."""
    if not language:
        return ""
    if words["interpreter_for"].startswith("ล่ามภาษา"):
        language = language.removeprefix("ภาษา").strip()
    note = words["interpreter_for"].format(language=language)
    return "" if note in position else note


def _member_of(row: AttendanceRow) -> int | None:
    """The roster member a present row stands for: the member present, or the one a stand-in replaces."""
    return row.member_id if row.category is AttendanceCategory.PRESENT else row.stands_in_for_id


def chaired_by(view: MeetingView, roles: dict[int, str]) -> AttendanceRow | None:
    """Who chaired: the row recorded as chairing (``meetings.set_chair``), else the body's chair present in person,
    else the vice-chair present (as the regulation's practice has the vice-chair chair in the chair's absence)."""
    present = [row for row in view.attendance if row.category in _PRESENT]
    recorded = next((row for row in present if row.chaired), None)
    if recorded is not None:
        return recorded
    for role in (MemberRole.CHAIR, MemberRole.VICE_CHAIR):
        for row in present:
            member = _member_of(row)
            if member is not None and roles.get(member) == role.value:
                return row
    return None


def _chair_label(chair: AttendanceRow | None, roles: dict[int, str], words: dict[str, str]) -> str:
    """ "ประธาน" when the body's own chair chaired in person, "ประธานในที่ประชุม" for anyone else who chaired."""
    if chair is None:
        return ""
    own_chair = (
        chair.category is AttendanceCategory.PRESENT
        and chair.member_id is not None
        and roles.get(chair.member_id) == MemberRole.CHAIR.value
    )
    return words["chair"] if own_chair else words["chairing"]


def _time_line(label: str, time: dt.time | None, words: dict[str, str]) -> str:
    if time is None:
        # Left for the secretary to fill in by hand, as on the paper form.
        return f"{label} ........ {words['time_unit']}".rstrip()
    text = format_time(time)
    if words["time_unit"] != "น.":
        text = text.removesuffix(" น.")
    return f"{label} {text}"


def heading(item: ItemView, language: str) -> str:
    """An agenda item's heading as the minutes print it: "ระเบียบวาระที่ 1 เรื่อง..." or "4.1 ..."."""
    title = item.title
    if language == "en":
        if _STANDARD_TITLES_TH.get(item.kind) == title:
            title = _STANDARD_TITLES_EN[item.kind]
        return f"{item.number} {title}" if "." in item.number else f"Agenda item {item.number}: {title}"
    return item_heading(item.number, title)


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _action_line(action: ActionView, language: str, progress: list[str], status: str) -> ActionLine:
    return ActionLine(
        agency=action.agency_label,
        task=action.task,
        due=document_date(action.due_date, language),
        status=status,
        case_code=action.case_code,
        progress=progress,
    )


def document_date(day: dt.date | None, language: str) -> str:
    """A date as the exports print it: "20 พฤศจิกายน 2569" or "20 November B.E. 2569"; empty for none."""
    if day is None:
        return ""
    if language == "th":
        return format_date(day, "long")
    return f"{day.day} {_EN_MONTHS[day.month - 1]} B.E. {to_be(day.year)}"


def _carried_line(carried: CarriedAction, meeting_date: dt.date, language: str) -> ActionLine:
    """An earlier action as it stood on the day of this meeting: progress reported later is not part of it."""
    action = carried.action
    history = [line for line in carried.history if line.recorded_on <= meeting_date]
    state = history[-1].status if history else ActionStatus.OPEN
    status = state.label(language)
    if state in (ActionStatus.CIRCUMSTANCES_CHANGED, ActionStatus.NOT_DONE_BY_AGENCY) and history[-1].note:
        status = f"{status}: {history[-1].note}"
    if deadlines.is_overdue(action.due_date, state, meeting_date):
        days = deadlines.days_overdue(action.due_date, meeting_date)
        status += f" (เกินกำหนด {days} วัน)" if language == "th" else f" ({days} days overdue)"
    progress = []
    for line in history:
        when = document_date(line.recorded_on, language)
        at_meeting = ""
        if line.meeting_label:
            at_meeting = (
                f" (ครั้งที่ {line.meeting_label})" if language == "th" else f" (meeting {line.meeting_label})"
            )
        note = f" {line.note}" if line.note else ""
        by = ""
        if line.recorded_by:  # reported by the agency's officer between meetings, not by the secretary
            by = (
                f" (รายงานโดย {line.recorded_by})"
                if language == "th"
                else f" (reported by {line.recorded_by})"
            )
        progress.append(f"{when}{at_meeting}:{note} [{line.status.label(language)}]{by}")
    return _action_line(action, language, progress, status)


def _levels_at_meeting(db: Database, view: MeetingView) -> dict[int, LevelInForce]:
    """The risk level in force on the meeting's day of each case linked to its items (a later assessment is not
    what the meeting knew)."""
    case_ids = sorted({ref.id for item in view.all_items() for ref in item.cases})
    with db.read_session() as session:
        return levels_in_force(session, case_ids, on=view.header.date)


def case_line(code: str, level: LevelInForce | None, language: str) -> str:
    """ "กรณี MSI-2569-0001 ระดับความเสี่ยง: ความเสี่ยงสูง (ประเมินเมื่อ 1 ตุลาคม 2569)": general facts only."""
    words = LABELS[language]
    if level is None:
        return f"{words['case']} {code} {words['not_assessed']}"
    assessed = document_date(level.assessed_on, language)
    return (
        f"{words['case']} {code} {words['risk_level']}: {level.level.label(language)} "
        f"({words['assessed_on']} {assessed})"
    )


def _case_code(item: ItemView, action: ActionView) -> ActionView:
    """An action made before its item's case was linked names the item's one case."""
    if action.case_code or len(item.cases) != 1:
        return action
    return dataclasses.replace(action, case_id=item.cases[0].id, case_code=item.cases[0].code)


# How an amendment names the part it changed, after the item's number.
_AMENDED_FIELDS = {
    "th": {"title": "เรื่อง", "discussion": "สาระการประชุม", "resolution": "มติที่ประชุม", "venue": "สถานที่ประชุม"},
    "en": {"title": "title", "discussion": "discussion", "resolution": "resolution", "venue": "venue"},
}


def amendment_line(amendment: Amendment, language: str) -> str:
    """ "แก้ไขรายงานการประชุมครั้งที่ 5/2569 ระเบียบวาระที่ 4.1 มติที่ประชุม จาก “…” เป็น “…” เหตุผล: …", as item 2
    of the next meeting prints it (and the editor shows it there)."""

    def one_line(text: str) -> str:
        return " ".join(text.split())

    field_name = _AMENDED_FIELDS[language].get(amendment.field, amendment.field)
    old, new, reason = (one_line(t) for t in (amendment.old_text, amendment.new_text, amendment.reason))
    if language == "th":
        where = f" ระเบียบวาระที่ {amendment.item_number}" if amendment.item_number else ""
        return (
            f"แก้ไขรายงานการประชุมครั้งที่ {amendment.meeting_label}{where} {field_name} "
            f"จาก “{old}” เป็น “{new}” เหตุผล: {reason}"
        )
    where = f", agenda item {amendment.item_number}" if amendment.item_number else ""
    return (
        f"Amended in the minutes of meeting {amendment.meeting_label}{where}, {field_name}: "
        f"from “{old}” to “{new}”; reason: {reason}"
    )


def amendments_approved_here(db: Database, meeting_id: int, language: str) -> list[str]:
    """The amendments made to the approved minutes of the meeting this one's item 2 approves, as printed (the
    editor shows the same lines in item 2)."""
    earlier = previous_meeting(db, meeting_id)
    if earlier is None:
        return []
    return [amendment_line(amendment, language) for amendment in list_amendments(db, earlier)]


def _items(
    view: MeetingView,
    language: str,
    words: dict[str, str],
    levels: dict[int, LevelInForce],
    amendments: list[str],
) -> list[MinutesItem]:
    level = view.header.recording_level
    carried = [_carried_line(c, view.header.date, language) for c in view.carried_over]
    out = []
    for item in view.all_items():
        paragraphs = [] if level is RecordingLevel.RESOLUTION_ONLY else _paragraphs(item.discussion)
        minutes_item = MinutesItem(
            number=item.number,
            heading=heading(item, language),
            depth=item.number.count("."),
            paragraphs=paragraphs,
            resolution=item.resolution.strip(),
            actions=[
                _action_line(_case_code(item, a), language, [], a.status.label(language))
                for a in item.actions
            ],
            carried=carried if item.kind is AgendaKind.MATTERS_ARISING and item.parent_id is None else [],
            cases=[case_line(ref.code, levels.get(ref.id), language) for ref in item.cases],
            amendments=amendments
            if item.kind is AgendaKind.APPROVE_MINUTES and item.parent_id is None
            else [],
        )
        if item.children or _has_content(minutes_item, item):
            out.append(minutes_item)
        elif (
            view.header.empty_items is EmptyItems.OMIT
            and item.parent_id is None
            and item.kind in _STANDARD_KINDS
        ):
            continue  # left out; the items after it keep the numbers they have
        else:
            out.append(dataclasses.replace(minutes_item, paragraphs=[words["none"]]))
    return out


def _has_content(minutes_item: MinutesItem, item: ItemView) -> bool:
    """Something was recorded under the item (a discussion the recording level leaves out counts)."""
    return bool(
        item.discussion.strip()
        or minutes_item.resolution
        or minutes_item.actions
        or minutes_item.carried
        or minutes_item.cases
        or minutes_item.amendments
    )


def _signatures(
    view: MeetingView, roles: dict[int, str], words: dict[str, str], chair: AttendanceRow | None
) -> list[Signature]:
    """The secretary takes the minutes; whoever chaired checks them (``chaired_by``)."""

    def present_with(*wanted: MemberRole) -> AttendanceRow | None:
        for role in wanted:
            for row in view.attendance:
                member = _member_of(row)
                if row.category in _PRESENT and member is not None and roles.get(member) == role.value:
                    return row
        return None

    secretary = present_with(MemberRole.SECRETARY, MemberRole.ASSISTANT_SECRETARY)
    checker = chair
    return [
        Signature(
            words["secretary"],
            secretary.full_name if secretary else "",
            secretary.position if secretary else "",
        ),
        Signature(
            words["checker"], checker.full_name if checker else "", checker.position if checker else ""
        ),
    ]


def known_case_codes(db: Database) -> CaseCodes:
    """Every case code of the database, to be found in a document's text whatever its shape."""
    with db.read_session() as session:
        return CaseCodes(session.scalars(select(CaseFile.code)))


def _digits_of_text(text: str, digits: Digits, codes: CaseCodes) -> str:
    return digits_as_chosen(text, digits, codes.spans(text))


def with_digits(value: _T, digits: Digits, codes: CaseCodes | None = None) -> _T:
    """Every number in a document's strings (dates, times, counts, item numbers, and digits people typed) in the
    chosen digits, except case codes (``codes`` finds them, a ``case_code`` field is one whole) and quoted text,
    which stay as typed; ``value`` is a document dataclass (minutes, annex, action record) and comes back as a new
    one of the same type."""
    codes = codes or CaseCodes()
    if isinstance(value, str):
        return _digits_of_text(value, digits, codes)  # type: ignore[return-value]
    if isinstance(value, list):
        return [with_digits(v, digits, codes) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(with_digits(v, digits, codes) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {k: with_digits(v, digits, codes) for k, v in value.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {
            f.name: getattr(value, f.name)
            if f.name == "case_code"
            else with_digits(getattr(value, f.name), digits, codes)
            for f in dataclasses.fields(value)
        }
        return type(value)(**fields)
    return value
