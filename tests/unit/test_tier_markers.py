"""Privacy tiers: a marker planted in every restricted field of a case discussed at a meeting (identity, the
de-identified summary, assessment notes, every text of the safety plan with its safe and NOT-safe contacts, the
referral's notes and reasons) appears in the restricted annex (all but the ID number, which not even the annex
prints) and in no general minutes (Word or PDF, Thai or
English) and no agency's action record. The general facts (code, risk level) do reach the general minutes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import zipfile
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from mdt_desktop.exports.action_records import render_pdf
from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.services import cases, meetings
from mdt_desktop.services.cases import IdentityRecord, NewCase
from mdt_desktop.services.exports.action_records import agencies_with_actions, build_action_record
from mdt_desktop.services.exports.annex import build_annex, render_annex
from mdt_desktop.services.exports.minutes import build_minutes, render_minutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import (
    Agency,
    Body,
    Referral,
    RiskAssessment,
    SafetyContact,
    SafetyPlan,
    SafetyPlanService,
)

MEETING_DAY = dt.date(2026, 11, 20)
TODAY = dt.date(2026, 11, 25)
# One marker a restricted field; "ลับ" before it so the field holds Thai as it would in use.
FIELDS = (
    "identity_name", "identity_phone", "identity_address", "identity_nationality", "identity_id_number",
    "identity_language", "summary", "override_reason", "high_risk_note", "plan_concern", "plan_strengths",
    "plan_before", "plan_during", "plan_after", "plan_worker", "safe_name", "safe_relation", "safe_reach",
    "safe_note", "unsafe_name", "unsafe_relation", "unsafe_reach", "unsafe_note", "check_by", "check_finding",
    "referral_reason", "referral_outcome", "referral_without_consent_note", "referral_decided_by",
)  # fmt: skip
# Letters only: Thai digits, which the documents may print, would change a marker made with numbers.
MARKERS = {name: f"QZ{chr(65 + index // 26)}{chr(65 + index % 26)}MARK" for index, name in enumerate(FIELDS)}
# The annex prints every restricted field but the ID number, which nobody at the table needs.
IN_ANNEX = set(MARKERS) - {"identity_id_number"}


def planted(name: str) -> str:
    return f"ลับ{MARKERS[name]}"


@dataclass(frozen=True)
class Discussed:
    meeting_id: int
    code: str


@pytest.fixture
def discussed(database: Database) -> Discussed:
    return plant_restricted_case(database)


def plant_restricted_case(database: Database) -> Discussed:
    """A meeting whose case item discusses one case with everything restricted filled in; an action made on the
    item before the case was linked, and one after."""
    with database.session() as session:
        body = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        pmj = Agency(name_th="สำนักงานพัฒนาสังคมฯ", abbreviation="พมจ.", sector="government", level="province")
        police = Agency(
            name_th="สถานีตำรวจภูธรแม่สาย", abbreviation="สภ.แม่สาย", sector="government", level="district"
        )
        session.add_all([body, pmj, police])
        session.flush()
        body_id, pmj_id, police_id = body.id, pmj.id, police.id
    case_id, code = cases.create_case(
        database, NewCase("domestic_violence", dt.date(2026, 10, 1), body_id, summary=planted("summary"))
    )
    cases.record_consent(database, case_id, "ผู้เสียหาย", "นักสังคมสงเคราะห์", dt.date(2026, 10, 2), "ทีมสหวิชาชีพ")
    cases.save_identity(
        database,
        case_id,
        IdentityRecord(
            full_name=planted("identity_name"), phone=planted("identity_phone"),
            address=planted("identity_address"), nationality=planted("identity_nationality"),
            id_number=planted("identity_id_number"), language=planted("identity_language"),
        ),
        actor="นักสังคมสงเคราะห์",
        today=TODAY,
    )  # fmt: skip
    meeting_id = meetings.create_meeting(database, body_id, MEETING_DAY)
    view = meetings.load_meeting(database, meeting_id)
    parent = next(item.id for item in view.items if item.kind.value == "for_consideration")
    item = meetings.add_item(database, meeting_id, "กรณีความรุนแรงในครอบครัว", parent_id=parent)
    meetings.update_item_text(database, item, "resolution", "มอบ พมจ. จัดหาที่พักปลอดภัย")
    meetings.add_action(
        database, meeting_id, item, police_id, "ติดตามการสอบสวน", MEETING_DAY + dt.timedelta(days=30)
    )  # before the case was linked
    meetings.link_case(database, item, code)
    meetings.add_action(
        database, meeting_id, item, pmj_id, "จัดหาที่พักปลอดภัย", MEETING_DAY + dt.timedelta(days=30)
    )
    with database.session() as session:
        session.add(
            RiskAssessment(
                case_id=case_id, instrument_key="domestic_abuse_checklist", instrument_version=1,
                assessed_on=dt.date(2026, 11, 1), assessor="นักสังคมสงเคราะห์", assessor_agency_id=pmj_id,
                answers=json.dumps({"current_injury": "yes", "very_frightened": "not_known"}),
                score=15, computed_level="high", level="immediate_danger",
                override_reason=planted("override_reason"), high_risk_note=planted("high_risk_note"),
                next_review_on=dt.date(2026, 11, 15), high_risk_response="urgent_meeting",
            )
        )  # fmt: skip
        plan = SafetyPlan(
            case_id=case_id, version=1, agreed_on=MEETING_DAY, meeting_id=meeting_id, agenda_item_id=item,
            responsible_worker=planted("plan_worker"), main_concern=planted("plan_concern"),
            strengths=planted("plan_strengths"), steps_before=planted("plan_before"),
            steps_during=planted("plan_during"), steps_after=planted("plan_after"), wants_court=True,
            return_choice="return_home",
        )  # fmt: skip
        plan.contacts = [
            SafetyContact(safe=True, name=planted("safe_name"), relation=planted("safe_relation"),
                          how_to_reach=planted("safe_reach"), note=planted("safe_note"), sort_order=0),
            SafetyContact(safe=False, name=planted("unsafe_name"), relation=planted("unsafe_relation"),
                          how_to_reach=planted("unsafe_reach"), note=planted("unsafe_note"), sort_order=1),
        ]  # fmt: skip
        plan.services = [
            SafetyPlanService(service="safe_accommodation", agency_id=pmj_id, status="in_progress",
                              due_date=dt.date(2026, 12, 1)),
            SafetyPlanService(service="return_home", agency_id=pmj_id, status="planned",
                              safety_checked_by=planted("check_by"), safety_checked_on=dt.date(2026, 11, 18),
                              safety_check_finding=planted("check_finding")),
        ]  # fmt: skip
        session.add(plan)
        session.add(
            Referral(
                case_id=case_id, from_agency_id=pmj_id, to_agency_id=police_id, service="investigation",
                sent_on=dt.date(2026, 11, 2), status="refused", answered_on=dt.date(2026, 11, 5),
                refusal_reason=planted("referral_reason"), outcome=planted("referral_outcome"),
                shares_identity=True, without_consent_ground="person_at_special_risk",
                without_consent_note=planted("referral_without_consent_note"),
                decided_by=planted("referral_decided_by"), meeting_id=meeting_id,
            )
        )  # fmt: skip
    return Discussed(meeting_id, code)


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(content: bytes) -> str:
    return squashed("".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def docx_text(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        xml = "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml"))
    return squashed(re.sub(r"<[^>]+>", "", xml))


def strings(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(strings(v) for v in value)
    if isinstance(value, dict):
        return " ".join(strings(v) for v in value.values())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return " ".join(strings(getattr(value, f.name)) for f in dataclasses.fields(value))
    return ""


def found(text: str) -> set[str]:
    return {name for name, marker in MARKERS.items() if marker in text}


@pytest.mark.parametrize("language", ["th", "en"])
def test_restricted_markers_reach_no_general_minutes(
    database: Database, discussed: Discussed, language
) -> None:
    options = MinutesOptions(language=language)
    document = build_minutes(database, discussed.meeting_id, options)
    assert found(strings(document)) == set()
    assert found(docx_text(render_minutes(document, "docx"))) == set()
    pdf = pdf_text(render_minutes(document, "pdf"))
    assert found(pdf) == set()
    # What the general minutes must show: the case's code and the level in force, and the decision.
    assert discussed.code in pdf
    level = "อันตรายเร่งด่วน" if language == "th" else "Immediatedanger"
    assert (
        squashed(f"{discussed.code} ") + ("ระดับความเสี่ยง:" if language == "th" else "risklevel:") + level
        in pdf
    )


def test_restricted_markers_reach_no_agency_action_record(database: Database, discussed: Discussed) -> None:
    agencies = agencies_with_actions(database, discussed.meeting_id)
    assert len(agencies) == 2
    for agency in agencies:
        record = build_action_record(database, discussed.meeting_id, agency.id)
        assert found(strings(record)) == set()
        text = pdf_text(render_pdf(record))
        assert found(text) == set()
        # Each action carries the case's code, the one made before the case was linked as well.
        assert [line.case_code for line in record.lines] == [discussed.code]
        assert discussed.code in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_marker_is_in_the_annex(database: Database, discussed: Discussed, fmt) -> None:
    annex = build_annex(database, discussed.meeting_id, "เลขานุการ", MinutesOptions(), today=TODAY)
    assert found(strings(annex)) == IN_ANNEX
    content = render_annex(annex, fmt)
    text = pdf_text(content) if fmt == "pdf" else docx_text(content)
    assert found(text) == IN_ANNEX
    # The answers are printed with their questions' text; the NOT-safe contacts under their own warning.
    assert squashed("ผู้เสียหายได้รับบาดเจ็บจากเหตุการณ์ครั้งนี้หรือไม่: ใช่") in text
    assert squashed("บุคคล/สถานที่ที่ห้ามติดต่อ ห้ามแจ้งข้อมูลใด ๆ") in text
