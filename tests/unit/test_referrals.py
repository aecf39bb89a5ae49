"""Referrals and escalation: sharing identity only on consent or a recorded ground, answers, outcomes, the
escalation register and overdue answers."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import CaseOutcome, ReferralStatus, Service
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases, referrals
from mdt_desktop.services.cases import UrgentGround
from mdt_desktop.services.referrals import WithoutConsent
from mdt_desktop.storage.database import Database
from tests.register_fixtures import TODAY, Sample, build_sample

ACTOR = "เลขานุการทดสอบ"
SENT = dt.date(2026, 11, 2)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def shared_entries(database: Database, case_id: int) -> list[audit.AuditRecord]:
    return [e for e in audit.list_entries(database, "case", case_id) if e.event == "identity_shared"]


def test_sharing_identity_is_refused_without_consent_or_ground(database: Database, sample: Sample) -> None:
    with pytest.raises(Refusal) as refused:
        referrals.refer(
            database,
            sample.case_id,
            sample.pmj,
            sample.hospital,
            Service.MENTAL_HEALTH,
            SENT,
            actor=ACTOR,
            shares_identity=True,
        )
    assert refused.value.reason == referrals.SHARING_NEEDS_CONSENT_OR_GROUND
    assert referrals.referrals_of(database, sample.case_id) == []
    assert shared_entries(database, sample.case_id) == []
    # Without the identity, a case code alone may be referred.
    referrals.refer(
        database, sample.case_id, sample.pmj, sample.hospital, Service.MENTAL_HEALTH, SENT, actor=ACTOR
    )
    assert len(referrals.referrals_of(database, sample.case_id)) == 1
    assert shared_entries(database, sample.case_id) == []


def test_a_ground_needs_a_note_and_a_decision_maker(database: Database, sample: Sample) -> None:
    for note, decided_by, message in (
        ("", "นายอำเภอ", referrals.SHARING_NOTE_REQUIRED),
        ("เด็กถูกทำร้ายซ้ำ", "  ", referrals.SHARING_DECISION_MAKER_REQUIRED),
    ):
        with pytest.raises(Refusal) as refused:
            referrals.refer(
                database,
                sample.case_id,
                sample.pmj,
                sample.police,
                Service.SAFETY_PROTECTION,
                SENT,
                actor=ACTOR,
                shares_identity=True,
                without_consent=WithoutConsent(UrgentGround.CHILD_IN_IMMINENT_DANGER, note, decided_by),
            )
        assert refused.value.reason == message


def test_sharing_on_a_ground_is_allowed_and_in_the_access_log(database: Database, sample: Sample) -> None:
    referral_id = referrals.refer(
        database,
        sample.case_id,
        sample.pmj,
        sample.police,
        Service.SAFETY_PROTECTION,
        SENT,
        actor=ACTOR,
        shares_identity=True,
        without_consent=WithoutConsent(
            UrgentGround.CHILD_IN_IMMINENT_DANGER, "MARKER-NOTE ผู้กระทำกลับมาที่บ้าน", "นายอำเภอแม่กลอง"
        ),
    )
    [entry] = shared_entries(database, sample.case_id)
    assert entry.actor == ACTOR
    assert entry.recipient == "สภ.เมือง"
    assert "decided_by=นายอำเภอแม่กลอง" in entry.detail
    assert "ground=child_in_imminent_danger" in entry.detail
    assert f"referral={referral_id}" in entry.detail
    # The note is the case's story: it stays in the referral, never in the log.
    assert all("MARKER-NOTE" not in e.detail for e in audit.list_entries(database))
    [record] = referrals.referrals_of(database, sample.case_id)
    assert record.without_consent_note == "MARKER-NOTE ผู้กระทำกลับมาที่บ้าน"
    assert record.decided_by == "นายอำเภอแม่กลอง"
    assert record.answer_due_on == SENT + dt.timedelta(days=referrals.ANSWER_DAYS)


def test_sharing_on_consent_names_the_consent(database: Database, sample: Sample) -> None:
    consent_id = cases.record_consent(
        database, sample.case_id, "ผู้เสียหาย", ACTOR, dt.date(2026, 10, 1), "ส่งต่อหน่วยงานในทีม"
    )
    assert referrals.case_referrals(database, sample.case_id, TODAY).consent_in_force == consent_id
    referrals.refer(
        database,
        sample.case_id,
        sample.pmj,
        sample.hospital,
        Service.INJURY_CARE,
        SENT,
        actor=ACTOR,
        shares_identity=True,
    )
    [entry] = shared_entries(database, sample.case_id)
    assert entry.detail.endswith(f"ground=consent consent={consent_id}")
    assert entry.recipient == "รพ.มก."
    # Withdrawn, it no longer carries a sharing.
    cases.withdraw_consent(database, consent_id, dt.date(2026, 11, 10), actor=ACTOR)
    with pytest.raises(Refusal):
        referrals.refer(
            database,
            sample.case_id,
            sample.pmj,
            sample.hospital,
            Service.INJURY_CARE,
            TODAY,
            actor=ACTOR,
            shares_identity=True,
        )


def test_refusing_needs_a_reason_and_outcome_needs_acceptance(database: Database, sample: Sample) -> None:
    referral_id = referrals.refer(
        database, sample.case_id, sample.pmj, sample.hospital, Service.MENTAL_HEALTH, SENT, actor=ACTOR
    )
    with pytest.raises(Refusal) as refused:
        referrals.answer(database, referral_id, False, TODAY, actor=ACTOR, reason="  ")
    assert refused.value.reason == referrals.REFUSAL_REASON_REQUIRED
    with pytest.raises(Refusal) as refused:
        referrals.record_outcome(database, referral_id, "รับการรักษาแล้ว", actor=ACTOR)
    assert refused.value.reason == referrals.OUTCOME_NEEDS_ACCEPTANCE

    referrals.answer(database, referral_id, False, TODAY, actor=ACTOR, reason="ไม่มีจิตแพทย์เด็ก")
    [record] = referrals.referrals_of(database, sample.case_id)
    assert (record.status, record.refusal_reason, record.answered_on) == (
        ReferralStatus.REFUSED,
        "ไม่มีจิตแพทย์เด็ก",
        TODAY,
    )
    referrals.answer(database, referral_id, True, TODAY, actor=ACTOR)
    referrals.record_outcome(database, referral_id, "รับการรักษาแล้ว", actor=ACTOR)
    [record] = referrals.referrals_of(database, sample.case_id)
    assert (record.status, record.refusal_reason, record.outcome) == (
        ReferralStatus.COMPLETED,
        "",
        "รับการรักษาแล้ว",
    )
    with pytest.raises(Refusal) as refused:
        referrals.answer(database, referral_id, False, TODAY, actor=ACTOR, reason="เปลี่ยนใจ")
    assert refused.value.reason == referrals.ALREADY_COMPLETED
    events = [e.event for e in audit.list_entries(database, "referral", referral_id)]
    assert events == ["refer", "answer_referral", "answer_referral", "referral_outcome"]


def test_bad_agencies_and_dates_are_refused(database: Database, sample: Sample) -> None:
    for from_id, to_id, service, due, message in (
        (None, sample.police, Service.INVESTIGATION, None, referrals.AGENCIES_REQUIRED),
        (sample.pmj, sample.pmj, Service.INVESTIGATION, None, referrals.SAME_AGENCY),
        (sample.pmj, sample.police, None, None, referrals.SERVICE_REQUIRED),
        (sample.pmj, sample.police, Service.INVESTIGATION, SENT - dt.timedelta(1), referrals.DUE_BEFORE_SENT),
    ):
        with pytest.raises(Refusal) as refused:
            referrals.refer(
                database, sample.case_id, from_id, to_id, service, SENT, actor=ACTOR, answer_due_on=due
            )
        assert refused.value.reason == message


def test_escalation_moves_the_case_and_fills_its_register(database: Database, sample: Sample) -> None:
    assert referrals.case_referrals(database, sample.case_id).escalation is CaseOutcome.OPEN
    referral_id = referrals.escalate(database, sample.case_id, sample.police, sample.pmj, SENT, actor=ACTOR)
    assert referrals.case_referrals(database, sample.case_id).escalation is CaseOutcome.ESCALATED
    with pytest.raises(Refusal) as refused:
        referrals.escalate(database, sample.case_id, sample.police, sample.pmj, TODAY, actor=ACTOR)
    assert refused.value.reason == referrals.ALREADY_ESCALATED
    with pytest.raises(Refusal) as refused:
        referrals.mark_resolved_at_district(database, sample.case_id, ACTOR)
    assert refused.value.reason == referrals.STILL_ESCALATED

    [row] = referrals.escalation_register(database)
    assert (row.referral_id, row.case_code, row.from_agency, row.to_agency, row.status) == (
        referral_id,
        "MKL-2569-0001",
        "สภ.เมือง",
        "พมจ.",
        ReferralStatus.SENT,
    )
    assert referrals.escalation_register(database, body_id=sample.other_body_id) == []
    assert referrals.escalation_register(database, agency_id=sample.hospital) == []
    assert len(referrals.escalation_register(database, agency_id=sample.police)) == 1

    # The centre refuses: the case is the district's again and may be resolved there.
    referrals.answer(database, referral_id, False, TODAY, actor=ACTOR, reason="อยู่ในอำนาจอำเภอ")
    [row] = referrals.escalation_register(database)
    assert (row.status, row.answered_on, row.case_escalation) == (
        ReferralStatus.REFUSED,
        TODAY,
        CaseOutcome.OPEN,
    )
    referrals.mark_resolved_at_district(database, sample.case_id, ACTOR)
    assert referrals.case_referrals(database, sample.case_id).escalation is CaseOutcome.RESOLVED_DISTRICT
    assert "resolve_at_district" in [e.event for e in audit.list_entries(database, "case", sample.case_id)]


def test_overdue_referrals_until_answered(database: Database, sample: Sample) -> None:
    late = referrals.refer(
        database,
        sample.case_id,
        sample.pmj,
        sample.hospital,
        Service.MENTAL_HEALTH,
        SENT,
        actor=ACTOR,
        answer_due_on=dt.date(2026, 11, 9),
    )
    referrals.refer(  # due today: not overdue yet
        database,
        sample.case_id,
        sample.pmj,
        sample.police,
        Service.INVESTIGATION,
        SENT,
        actor=ACTOR,
        answer_due_on=TODAY,
    )
    [row] = referrals.overdue_referrals(database, TODAY)
    assert (row.id, row.case_code, row.from_agency, row.to_agency, row.service, row.days_overdue) == (
        late,
        "MKL-2569-0001",
        "พมจ.",
        "รพ.มก.",
        Service.MENTAL_HEALTH,
        12,
    )
    assert [r.id for r in referrals.overdue_referrals(database, TODAY, agency_id=sample.hospital)] == [late]
    assert referrals.overdue_referrals(database, TODAY, agency_id=sample.police) == []
    assert referrals.overdue_referrals(database, TODAY, body_id=sample.other_body_id) == []
    referrals.answer(database, late, True, TODAY, actor=ACTOR)
    assert referrals.overdue_referrals(database, TODAY) == []


def test_showing_a_cases_referrals_to_a_person_is_in_its_access_log(
    database: Database, sample: Sample
) -> None:
    def viewed() -> list[str]:
        return [
            e.actor
            for e in audit.list_entries(database, "case", sample.case_id)
            if e.event == "referrals_viewed"
        ]

    referrals.view_referrals(database, sample.case_id, "นางสาวผู้ดู ทดสอบ")
    assert viewed() == []  # nothing referred yet: nothing restricted was shown
    referrals.refer(
        database, sample.case_id, sample.pmj, sample.hospital, Service.MENTAL_HEALTH, SENT, actor=ACTOR
    )
    shown = referrals.view_referrals(database, sample.case_id, "นางสาวผู้ดู ทดสอบ")
    assert len(shown.referrals) == 1
    assert viewed() == ["นางสาวผู้ดู ทดสอบ"]
