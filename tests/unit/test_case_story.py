"""The story of a case: everything its view shows, in the order a person reads it, and nothing restricted."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import (
    ActionStatus,
    CaseOutcome,
    ReferralStatus,
    RiskLevel,
    Service,
    ServiceStatus,
)
from mdt_desktop.domain.privacy import ConsentFacts
from mdt_desktop.services import cases, risk
from mdt_desktop.services.case_story import ConsentState, case_story, consent_state
from mdt_desktop.services.cases import UrgentGround
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseFile, Referral, RiskAssessment
from tests.case_story_fixtures import PLANTED, CaseHistory, build_history
from tests.register_fixtures import TODAY, Sample, build_sample

D = dt.date


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def history(database: Database, sample: Sample) -> CaseHistory:
    return build_history(database, sample)


def test_the_story_has_the_case_its_meetings_assessments_plan_referrals_and_actions(
    database: Database, sample: Sample, history: CaseHistory
) -> None:
    story = case_story(database, sample.case_id, today=TODAY)

    assert (story.code, story.body_name, story.case_type.value) == (
        "MKL-2569-0001",
        "ทีมสหวิชาชีพอำเภอแม่กลอง",
        "domestic_violence",
    )
    assert story.outcome is CaseOutcome.OPEN
    assert story.consent is ConsentState.NONE and not story.has_consent

    # Assessments in date order, whatever order they were recorded in; the last overridden and overdue.
    assert [(a.assessed_on, a.score, a.level) for a in story.assessments] == [
        (D(2026, 9, 5), 6, RiskLevel.STANDARD),
        (D(2026, 9, 20), 11, RiskLevel.MEDIUM),
        (D(2026, 10, 15), 13, RiskLevel.HIGH),
    ]
    latest = story.latest_assessment
    assert latest is not None and latest.overridden and latest.computed_level is RiskLevel.MEDIUM
    assert (latest.instrument_key, latest.instrument_version) == ("domestic_abuse_checklist", 1)
    shipped = risk.list_instruments(database).find("domestic_abuse_checklist", 1)
    assert shipped is not None and latest.instrument_title == shipped.title
    # Only the newest assessment can be overdue: the older ones were reviewed by the next one.
    assert [a.review_overdue for a in story.assessments] == [False, False, True]

    assert story.plan is not None
    assert (story.plan.version, story.plan.agreed_on, story.plan.signed_off_on) == (
        2,
        D(2026, 10, 15),
        D(2026, 10, 15),
    )
    assert [(s.service, s.agency, s.due_date, s.status) for s in story.plan.services] == [
        (Service.MEDICO_LEGAL, "รพ.มก.", D(2026, 10, 20), ServiceStatus.DONE),
        (Service.SAFE_ACCOMMODATION, "พมจ.", D(2026, 11, 30), ServiceStatus.IN_PROGRESS),
    ]

    assert [
        (r.from_agency, r.to_agency, r.service, r.is_escalation, r.status, r.answer_overdue)
        for r in story.referrals
    ] == [
        ("พมจ.", "รพ.มก.", Service.MENTAL_HEALTH, False, ReferralStatus.SENT, True),
        ("สภ.เมือง", "พมจ.", None, True, ReferralStatus.ACCEPTED, False),
    ]

    assert [(d.meeting_label, d.meeting_date, d.item_number, d.resolution) for d in story.discussions] == [
        ("3/2569", D(2026, 10, 15), "3.2", "ส่งต่อโรงพยาบาลเพื่อดูแลสุขภาพจิต"),
        ("2/2569", D(2026, 9, 10), "4.1", "มอบ พมจ. เยี่ยมบ้านและประเมินความเสี่ยง"),
    ]
    assert story.discussions[0].meeting_id == sample.meeting2
    assert story.discussions[0].item_title == "ติดตามกรณีความรุนแรงในครอบครัว"

    # Actions across meetings, newest meeting first; the visit of meeting 2/2569 is overdue on TODAY.
    assert [(a.meeting_label, a.agency, a.task, a.status, a.overdue) for a in story.actions] == [
        ("3/2569", "รพ.มก.", "นัดตรวจสุขภาพจิต", ActionStatus.OPEN, False),
        ("2/2569", "พมจ.", "งาน visit", ActionStatus.OPEN, True),
    ]


def test_an_instrument_no_longer_on_offer_leaves_its_assessments_without_a_title(
    database: Database, sample: Sample, history: CaseHistory
) -> None:
    with database.session() as s:
        s.get_one(RiskAssessment, history.assessments[0]).instrument_version = 99
    story = case_story(database, sample.case_id, today=TODAY)
    assert [a.instrument_title is None for a in story.assessments] == [False, True, False]


def test_nothing_restricted_is_in_the_story(database: Database, sample: Sample, history: CaseHistory) -> None:
    story = case_story(database, sample.case_id, today=TODAY)
    assert PLANTED not in repr(story)


def test_a_case_without_history_has_an_empty_story(database: Database, sample: Sample) -> None:
    case_id, _code = cases.create_case(database, cases.NewCase("neglect", TODAY, sample.body_id))
    story = case_story(database, case_id, today=TODAY)
    assert story.assessments == () and story.latest_assessment is None
    assert (story.plan, story.referrals, story.discussions, story.actions) == (None, (), (), ())


def test_escalation_and_a_sharing_without_consent_are_in_the_header(
    database: Database, sample: Sample
) -> None:
    with database.session() as s:
        s.get_one(CaseFile, sample.case_id).outcome = CaseOutcome.ESCALATED.value
        s.add(
            Referral(
                case_id=sample.case_id,
                to_agency_id=sample.police,
                sent_on=D(2026, 11, 1),
                shares_identity=True,
                without_consent_ground=UrgentGround.CHILD_IN_IMMINENT_DANGER.value,
                decided_by="ประธาน",
            )
        )
    story = case_story(database, sample.case_id, today=TODAY)
    assert story.outcome is CaseOutcome.ESCALATED
    assert story.without_consent_ground is UrgentGround.CHILD_IN_IMMINENT_DANGER


@pytest.mark.parametrize(
    ("consents", "expected"),
    [
        ([], ConsentState.NONE),
        ([ConsentFacts(D(2026, 9, 1))], ConsentState.IN_FORCE),
        ([ConsentFacts(D(2026, 9, 1), withdrawn_on=D(2026, 11, 21))], ConsentState.WITHDRAWN),
        ([ConsentFacts(D(2026, 9, 1), withdrawn_on=D(2026, 11, 22))], ConsentState.IN_FORCE),
        ([ConsentFacts(D(2026, 9, 1), without_consent_reason="อันตรายเร่งด่วน")], ConsentState.WITHOUT_CONSENT),
        (
            [
                ConsentFacts(D(2026, 9, 1), without_consent_reason="อันตรายเร่งด่วน"),
                ConsentFacts(D(2026, 9, 3)),
            ],
            ConsentState.IN_FORCE,
        ),
    ],
)
def test_consent_state_on_a_day(consents: list[ConsentFacts], expected: ConsentState) -> None:
    assert consent_state(consents, TODAY) is expected
