"""Assessing a case: stored with its level, overrides need a reason, review dates, a rise to high and what the
body agreed, the history for the chart, and reviews due for the body's next meeting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mdt_desktop.domain.codes import HighRiskResponse, RiskLevel
from mdt_desktop.domain.risk import NO, YES
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases, risk
from mdt_desktop.services.cases import NewCase
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import RiskAssessment
from tests.register_fixtures import TODAY, Sample, build_sample

CHECKLIST = "domestic_abuse_checklist"
SECRET_ANSWER_MARK = "strangulation"


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def checklist(yes: int) -> dict[str, str | int]:
    ids = [
        q["id"]
        for q in json.loads((risk.instruments_dir() / f"{CHECKLIST}.json").read_text("utf-8"))["questions"]
    ]
    return {qid: (YES if index < yes else NO) for index, qid in enumerate(ids)}


def assess(
    db: Database,
    case_id: int,
    yes: int,
    on: dt.date = TODAY,
    *,
    agency_id: int | None = None,
    override_level: RiskLevel | None = None,
    override_reason: str = "",
    next_review_on: dt.date | None = None,
) -> risk.Assessed:
    return risk.assess(
        db,
        case_id,
        CHECKLIST,
        1,
        checklist(yes),
        on,
        "นางสาวมาลี ใจดี",
        "มาลี",
        agency_id=agency_id,
        override_level=override_level,
        override_reason=override_reason,
        next_review_on=next_review_on,
        today=TODAY,
    )


def test_an_assessment_is_stored_with_its_computed_level_and_audited_by_ids(
    database: Database, sample: Sample
) -> None:
    assessed = assess(database, sample.case_id, 11, agency_id=sample.pmj)
    stored = assessed.assessment
    assert (stored.score, stored.computed_level, stored.level) == (11, RiskLevel.MEDIUM, RiskLevel.MEDIUM)
    assert not stored.overridden and stored.assessor_agency_id == sample.pmj
    assert stored.next_review_on == dt.date(2026, 12, 21)  # medium: a month on
    assert risk.latest_level(database, sample.case_id) is RiskLevel.MEDIUM
    assert risk.answers_of(database, stored.id)["current_injury"] == YES
    entries = audit.list_entries(database, "risk_assessment", stored.id)
    assert [(e.event, e.detail) for e in entries] == [("risk_assessed", f"case={sample.case_id}")]
    assert SECRET_ANSWER_MARK not in entries[0].detail


def test_an_override_needs_a_reason(database: Database, sample: Sample) -> None:
    with pytest.raises(Refusal) as caught:
        assess(database, sample.case_id, 3, override_level=RiskLevel.HIGH, override_reason="  ")
    assert "reason" in caught.value.message("en") and caught.value.message("th")
    assert risk.assessments_of(database, sample.case_id) == []
    stored = assess(
        database, sample.case_id, 3, override_level=RiskLevel.HIGH, override_reason="ผู้กระทำเพิ่งพ้นโทษ"
    ).assessment
    assert (stored.computed_level, stored.level, stored.overridden) == (
        RiskLevel.STANDARD,
        RiskLevel.HIGH,
        True,
    )
    assert stored.next_review_on == TODAY + dt.timedelta(days=14)  # the review follows the level in force
    # Choosing the computed level is no override and needs no reason.
    same = assess(database, sample.case_id, 3, override_level=RiskLevel.STANDARD).assessment
    assert not same.overridden


def test_a_review_date_given_is_kept_and_one_before_the_assessment_refused(
    database: Database, sample: Sample
) -> None:
    chosen = dt.date(2026, 12, 1)
    assert assess(database, sample.case_id, 0, next_review_on=chosen).assessment.next_review_on == chosen
    with pytest.raises(Refusal, match="before the assessment"):
        assess(database, sample.case_id, 0, next_review_on=TODAY - dt.timedelta(days=1))
    with pytest.raises(Refusal, match="future"):
        assess(database, sample.case_id, 0, on=TODAY + dt.timedelta(days=1))
    with pytest.raises(Refusal, match="assessor"):
        risk.assess(database, sample.case_id, CHECKLIST, 1, {}, TODAY, " ", "มาลี", today=TODAY)
    with pytest.raises(Refusal, match="no instrument"):
        risk.assess(database, sample.case_id, CHECKLIST, 9, {}, TODAY, "มาลี", "มาลี", today=TODAY)


def test_a_rise_to_high_is_told_and_the_response_recorded(database: Database, sample: Sample) -> None:
    first = assess(database, sample.case_id, 10, on=dt.date(2026, 9, 1)).assessment
    assert not first.rose_to_high
    risen = assess(database, sample.case_id, 15, on=dt.date(2026, 10, 1)).assessment
    assert risen.rose_to_high and risen.level is RiskLevel.HIGH
    still = assess(database, sample.case_id, 16).assessment
    assert not still.rose_to_high  # already high before
    risk.record_high_risk_response(
        database, risen.id, HighRiskResponse.URGENT_MEETING, "ประชุมด่วน 25 พ.ย.", "มาลี"
    )
    history = risk.assessments_of(database, sample.case_id)
    assert [(a.assessed_on, a.level, a.score) for a in history] == [
        (dt.date(2026, 9, 1), RiskLevel.MEDIUM, 10),
        (dt.date(2026, 10, 1), RiskLevel.HIGH, 15),
        (TODAY, RiskLevel.HIGH, 16),
    ]
    assert [a.rose_to_high for a in history] == [False, True, False]
    assert history[1].high_risk_response is HighRiskResponse.URGENT_MEETING
    with database.read_session() as session:
        assert session.get_one(RiskAssessment, risen.id).high_risk_note == "ประชุมด่วน 25 พ.ย."
    entry = audit.list_entries(database, "risk_assessment", risen.id)[-1]
    assert (entry.event, entry.detail) == ("high_risk_response", "urgent_meeting")


def test_the_first_assessment_at_high_is_a_rise(database: Database, sample: Sample) -> None:
    assert assess(database, sample.case_id, 14).assessment.rose_to_high


def test_an_unknown_case_or_agency_is_refused(database: Database, sample: Sample) -> None:
    with pytest.raises(Refusal, match="case is not there"):
        assess(database, 9999, 1)
    with pytest.raises(Refusal, match="agency is not there"):
        assess(database, sample.case_id, 1, agency_id=9999)
    with pytest.raises(Refusal, match="assessment is not there"):
        risk.record_high_risk_response(database, 9999, HighRiskResponse.NAMED_ACTIONS, "", "มาลี")


def test_reviews_due_lists_the_body_cases_whose_latest_review_date_has_come(
    database: Database, sample: Sample
) -> None:
    later_id, later_code = cases.create_case(database, NewCase("neglect", TODAY, sample.body_id))
    other_id, _ = cases.create_case(database, NewCase("neglect", TODAY, sample.other_body_id))
    # The sample case: an old review date overtaken by a newer assessment not yet due.
    assess(database, sample.case_id, 15, on=dt.date(2026, 8, 1))
    assess(database, sample.case_id, 2, on=dt.date(2026, 11, 1))  # standard: review 1 Feb 2027
    overdue = assess(database, later_id, 15, on=dt.date(2026, 11, 2)).assessment  # review 16 Nov
    assess(database, other_id, 15, on=dt.date(2026, 11, 2))  # another body's case
    due = risk.reviews_due(database, sample.body_id, TODAY)
    assert [(d.case_id, d.case_code, d.assessment_id, d.level) for d in due] == [
        (later_id, later_code, overdue.id, RiskLevel.HIGH)
    ]
    assert risk.reviews_due(database, sample.body_id, dt.date(2027, 2, 1))[-1].case_id == sample.case_id


def test_an_assessment_with_an_imported_instrument(
    database: Database, sample: Sample, tmp_path: Path
) -> None:
    data = json.loads((risk.instruments_dir() / "child_protection_screen.json").read_text(encoding="utf-8"))
    data["key"] = "office_child_screen"
    path = tmp_path / "office.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    risk.import_instrument(database, path, "มาลี")
    stored = risk.assess(
        database,
        sample.case_id,
        "office_child_screen",
        1,
        {"immediate_safety": "unsafe"},
        TODAY,
        "มาลี",
        "มาลี",
        today=TODAY,
    ).assessment
    assert stored.level is RiskLevel.IMMEDIATE_DANGER and stored.instrument_key == "office_child_screen"
