"""A meeting for the chair's-screen tests, with a distinct marker planted in every field the room must not see.

Each restricted field (a case's identity, consent, assessment, safety plan, referrals and summary; the names of
members and attendees; every free text of the meeting not on the chair's safe-to-show list) holds its own marker,
"QZX" followed by a number, so a test can say which one leaked. The date of birth is a date found nowhere else
(17 March 1987, B.E. 2530). The texts the room does see (titles, resolutions, tasks) are ordinary minutes text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass

from mdt_desktop.domain.codes import AgendaKind, AttendanceCategory
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    ActionPoint,
    ActionProgress,
    Agency,
    Attendance,
    Body,
    CaseConsent,
    CaseFile,
    CaseIdentity,
    Member,
    Referral,
    RiskAssessment,
    SafetyContact,
    SafetyPlan,
    SafetyPlanService,
)

MARKER = "QZX"
BIRTH = dt.date(1987, 3, 17)
# Every way the date of birth could be written on screen: ISO, the Thai forms with the B.E. year, or the year.
BIRTH_TRACES = ("1987", "2530", "๒๕๓๐")
CASE_CODE = "MSI-2569-0007"
CASE_TITLE = "กรณีความรุนแรงในครอบครัว รายที่ 7"
CASE_RESOLUTION = "มอบ พมจ. เยี่ยมบ้านและประเมินความเสี่ยงซ้ำภายในสองสัปดาห์"
CASE_TASK = "เยี่ยมบ้านและประเมินความเสี่ยงซ้ำ"
ARISING_TASK = "ติดตามผลการตรวจร่างกาย"
ARISING_DUE = dt.date(2026, 10, 30)  # before the meeting of 21 November: overdue
MEETING_DAY = dt.date(2026, 11, 21)


@dataclass
class PlantedMeeting:
    meeting_id: int
    case_item: int
    matters_arising_item: int
    case_id: int
    pmj: int
    police: int
    markers: list[str]


def build_planted_meeting(db: Database) -> PlantedMeeting:
    counter = itertools.count(1)
    markers: list[str] = []

    def marker() -> str:
        text = f"{MARKER}{next(counter):02d}"
        markers.append(text)
        return text

    with db.session() as s:
        body = Body(
            kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI",
            confidentiality_statement=marker(), name_en=marker(), self_label=marker(),
        )  # fmt: skip
        pmj = Agency(
            name_th="สำนักงานพัฒนาสังคมจังหวัด", abbreviation="พมจ.", sector="government", level="province"
        )
        police = Agency(
            name_th="สถานีตำรวจภูธรแม่สาย", abbreviation="สภ.แม่สาย", sector="government", level="district"
        )
        s.add_all([body, pmj, police])
        s.flush()
        for order, agency in enumerate([pmj, police, None]):
            s.add(
                Member(
                    body_id=body.id, full_name=marker(), position=marker(), profession=marker(), role="member",
                    agency_id=agency.id if agency else None, sort_order=order, term_from=dt.date(2025, 1, 1),
                )
            )  # fmt: skip
        case = CaseFile(
            code=CASE_CODE, body_id=body.id, case_type="domestic_violence", intake_date=dt.date(2026, 9, 1),
            summary=marker(),
        )  # fmt: skip
        s.add(case)
        s.flush()
        body_id, pmj_id, police_id, case_id = body.id, pmj.id, police.id, case.id
        s.add(
            CaseIdentity(
                case_id=case_id, full_name=marker(), date_of_birth=BIRTH, phone=marker(), address=marker(),
                nationality=marker(), id_number=marker(), language=marker(), restricted_notes=marker(),
            )
        )  # fmt: skip
        s.add(
            CaseConsent(
                case_id=case_id, given_by=marker(), recorded_by=marker(), given_on=dt.date(2026, 9, 1),
                scope=marker(), without_consent_reason=marker(),
            )
        )  # fmt: skip
        s.add(
            RiskAssessment(
                case_id=case_id, instrument_key="domestic_abuse_checklist", instrument_version=1,
                assessed_on=dt.date(2026, 10, 1), assessor=marker(), answers=json.dumps({"q1": marker()}),
                score=15, computed_level="high", level="high", override_reason=marker(),
                high_risk_note=marker(), next_review_on=dt.date(2026, 10, 15),
            )
        )  # fmt: skip
        plan = SafetyPlan(
            case_id=case_id, version=1, agreed_on=dt.date(2026, 10, 2), responsible_worker=marker(),
            main_concern=marker(), strengths=marker(), steps_before=marker(), steps_during=marker(),
            steps_after=marker(),
        )  # fmt: skip
        plan.contacts = [
            SafetyContact(safe=True, name=marker(), relation=marker(), how_to_reach=marker(), note=marker()),
            SafetyContact(safe=False, name=marker(), relation=marker(), how_to_reach=marker(), note=marker()),
        ]
        plan.services = [
            SafetyPlanService(
                service="safe_accommodation", agency_id=pmj_id, status="in_progress",
                safety_checked_by=marker(), safety_check_finding=marker(),
            )
        ]  # fmt: skip
        s.add(plan)
        s.add(
            Referral(
                case_id=case_id, from_agency_id=pmj_id, to_agency_id=police_id, sent_on=dt.date(2026, 10, 3),
                refusal_reason=marker(), outcome=marker(), without_consent_note=marker(), decided_by=marker(),
            )
        )  # fmt: skip

    earlier = meetings.create_meeting(db, body_id, dt.date(2026, 10, 10), venue=marker())
    with db.session() as s:
        arising = ActionPoint(
            meeting_id=earlier, body_id=body_id, agency_id=pmj_id, task=ARISING_TASK, due_date=ARISING_DUE,
            responsible_person=marker(), resources=marker(), status="in_progress", status_reason=marker(),
        )  # fmt: skip
        s.add(arising)
        s.flush()
        s.add(
            ActionProgress(
                action_id=arising.id, recorded_on=dt.date(2026, 10, 20), note=marker(), status="in_progress"
            )
        )

    meeting_id = meetings.create_meeting(db, body_id, MEETING_DAY, venue=marker())
    meetings.add_attendee(db, meeting_id, AttendanceCategory.OBSERVER, marker(), marker())
    items = {item.number: item for item in meetings.load_meeting(db, meeting_id).all_items()}
    case_item = meetings.add_item(db, meeting_id, CASE_TITLE, AgendaKind.CASE, parent_id=items["4"].id)
    meetings.link_case(db, case_item, CASE_CODE)
    meetings.update_item_text(db, case_item, "resolution", CASE_RESOLUTION)
    for item in [*items.values()]:
        meetings.update_item_text(db, item.id, "discussion", marker())
    meetings.update_item_text(db, case_item, "discussion", marker())
    meetings.add_action(
        db, meeting_id, case_item, pmj_id, CASE_TASK, dt.date(2026, 12, 5),
        responsible_person=marker(), resources=marker(),
    )  # fmt: skip
    with db.session() as s:
        for attendance in s.query(Attendance).filter(Attendance.meeting_id == meeting_id):
            attendance.stands_in_for_text = marker()
            attendance.reason = marker()
    return PlantedMeeting(
        meeting_id=meeting_id,
        case_item=case_item,
        matters_arising_item=items["3"].id,
        case_id=case_id,
        pmj=pmj_id,
        police=police_id,
        markers=markers,
    )


def leaks(text: str, planted: PlantedMeeting) -> list[str]:
    """The planted markers and traces of the date of birth found in ``text``."""
    return [m for m in planted.markers if m in text] + [t for t in BIRTH_TRACES if t in text]
