"""Cases: automatic codes, lists without identity, the consent gate and the audit of every view."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import IdentityPurpose
from mdt_desktop.domain.privacy import ConsentRequired
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, cases
from mdt_desktop.services.cases import CaseFilter, IdentityRecord, NewCase, UrgentAccess, UrgentGround
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import CaseIdentity
from tests.register_fixtures import TODAY, Sample, build_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def test_codes_use_the_body_or_area_code_and_the_be_year(database: Database, sample: Sample) -> None:
    # The team has no code of its own, so its district's code MKL is used; 0001 is taken by the sample case.
    _, first = cases.create_case(
        database, NewCase("trafficking_labour", dt.date(2026, 11, 2), sample.body_id)
    )
    _, second = cases.create_case(
        database,
        NewCase("neglect", dt.date(2026, 11, 3), sample.body_id, is_child=True, child_status="at_risk"),
    )
    _, next_year = cases.create_case(database, NewCase("neglect", dt.date(2027, 1, 5), sample.body_id))
    _, child_committee = cases.create_case(database, NewCase("neglect", TODAY, sample.other_body_id))
    assert (first, second, next_year, child_committee) == (
        "MKL-2569-0002",
        "MKL-2569-0003",
        "MKL-2570-0001",
        "CPC-2569-0001",
    )


def test_list_filters_and_never_carries_identity(database: Database, sample: Sample) -> None:
    child_id, _ = cases.create_case(
        database,
        NewCase(
            "child_sexual_abuse",
            TODAY,
            sample.body_id,
            is_child=True,
            child_status="victim",
            stage="protection",
        ),
    )
    children = cases.list_cases(database, CaseFilter(is_child=True), today=TODAY)
    assert [(c.id, c.stage.value, c.child_status and c.child_status.value) for c in children] == [
        (child_id, "protection", "victim")
    ]
    assert [c.code for c in cases.list_cases(database, CaseFilter(case_type="domestic_violence"))] == [
        "MKL-2569-0001"
    ]
    fields = set(cases.CaseRow.__dataclass_fields__)
    assert not fields & {"full_name", "phone", "address", "id_number", "date_of_birth", "summary"}


def test_identity_needs_consent_and_every_view_is_audited(database: Database, sample: Sample) -> None:
    identity = IdentityRecord(full_name="นางสาวทดสอบ สมมุติ", phone="0800000000", sex="female")
    with pytest.raises(ConsentRequired):
        cases.save_identity(database, sample.case_id, identity, actor="เลขานุการ", today=TODAY)
    assert cases.list_cases(database, today=TODAY)[0].has_consent is False

    cases.record_consent(
        database,
        sample.case_id,
        given_by="ผู้เสียหาย",
        recorded_by="เลขานุการ",
        given_on=TODAY,
        scope="แบ่งปันกับหน่วยงานในทีมสหวิชาชีพ",
    )
    cases.save_identity(database, sample.case_id, identity, actor="เลขานุการ", today=TODAY)
    row = cases.list_cases(database, today=TODAY)[0]
    assert (row.has_consent, row.has_identity) == (True, True)

    assert (
        cases.read_identity(
            database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
        )
        == identity
    )
    cases.read_identity(
        database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
    )
    entries = audit.list_entries(database, "case_identity", sample.case_id)
    assert [(e.actor, e.event) for e in entries] == [
        ("เลขานุการ", "edit_restricted"),
        ("ประธาน", "view_restricted"),
        ("ประธาน", "view_restricted"),
    ]
    assert all("ทดสอบ" not in e.detail and "0800" not in e.detail for e in entries)


def test_withdrawn_consent_closes_the_gate(database: Database, sample: Sample) -> None:
    consent_id = cases.record_consent(
        database, sample.case_id, "ผู้ปกครอง", "เลขานุการ", dt.date(2026, 10, 1), "ข้อมูลติดต่อ"
    )
    cases.withdraw_consent(database, consent_id, dt.date(2026, 11, 1), actor="เลขานุการ")
    with pytest.raises(ConsentRequired):
        cases.save_identity(database, sample.case_id, IdentityRecord(full_name="ก"), actor="x", today=TODAY)


def _consent_and_identity(database: Database, case_id: int) -> int:
    consent_id = cases.record_consent(
        database, case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีมสหวิชาชีพ"
    )
    identity = IdentityRecord(full_name="นางสาวทดสอบ สมมุติ", phone="0800000000")
    cases.save_identity(database, case_id, identity, actor="เลขานุการ", today=TODAY)
    return consent_id


def test_withdrawing_consent_erases_the_identity_record_and_says_so_by_id(
    database: Database, sample: Sample
) -> None:
    consent_id = _consent_and_identity(database, sample.case_id)

    assert cases.withdraw_consent(database, consent_id, TODAY, actor="เลขานุการ") is True

    with database.read_session() as session:
        assert session.get(CaseIdentity, sample.case_id) is None
    assert cases.list_cases(database, today=TODAY)[0].has_identity is False
    entries = audit.list_entries(database)
    assert [(e.event, e.object_type, e.object_id) for e in entries[-2:]] == [
        ("withdraw_consent", "case_consent", consent_id),
        ("erase_identity", "case_identity", sample.case_id),
    ]
    assert all("ทดสอบ" not in e.detail + e.recipient and "0800" not in e.detail for e in entries)
    assert audit.verify_chain(database).intact


def test_withdrawing_one_consent_keeps_the_record_another_consent_still_allows(
    database: Database, sample: Sample
) -> None:
    first = _consent_and_identity(database, sample.case_id)
    cases.record_consent(database, sample.case_id, "ผู้ปกครอง", "เลขานุการ", TODAY, "ข้อมูลติดต่อ")

    assert cases.withdraw_consent(database, first, TODAY, actor="เลขานุการ") is False
    assert (
        cases.read_identity(
            database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
        )
        is not None
    )


def _identity_without_consent(database: Database, case_id: int) -> None:
    """An identity row with no consent in force: stored before consent was required (an old import)."""
    with database.session() as session:
        session.add(CaseIdentity(case_id=case_id, full_name="นางสาวทดสอบ สมมุติ"))


def test_reading_identity_without_consent_or_reason_is_refused_and_not_logged_as_read(
    database: Database, sample: Sample
) -> None:
    _identity_without_consent(database, sample.case_id)

    with pytest.raises(Refusal) as refused:
        cases.read_identity(
            database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
        )

    assert "ความยินยอม" in refused.value.message("th")
    assert "consent" in refused.value.message("en")
    assert [e.event for e in audit.list_entries(database)].count("view_restricted") == 0


def test_reading_identity_in_imminent_danger_records_the_ground_and_who_decided(
    database: Database, sample: Sample
) -> None:
    _identity_without_consent(database, sample.case_id)
    urgent = UrgentAccess(UrgentGround.CHILD_IN_IMMINENT_DANGER, decided_by="นายอำเภอ")

    record = cases.read_identity(
        database,
        sample.case_id,
        actor="ประธาน",
        urgent=urgent,
        today=TODAY,
        purpose=IdentityPurpose.SAFETY_PLANNING,
    )

    assert record is not None and record.full_name == "นางสาวทดสอบ สมมุติ"
    [view] = [e for e in audit.list_entries(database) if e.event == "view_restricted"]
    assert (view.actor, view.object_id) == ("ประธาน", sample.case_id)
    assert view.detail == "ground=child_in_imminent_danger decided_by=นายอำเภอ purpose=safety_planning"


def test_an_urgent_reason_without_who_decided_is_refused(database: Database, sample: Sample) -> None:
    _identity_without_consent(database, sample.case_id)
    urgent = UrgentAccess(UrgentGround.PERSON_AT_SPECIAL_RISK, decided_by="  ")

    with pytest.raises(Refusal) as refused:
        cases.read_identity(
            database,
            sample.case_id,
            actor="ประธาน",
            urgent=urgent,
            today=TODAY,
            purpose=IdentityPurpose.VERIFY_DETAILS,
        )

    assert "who decided" in refused.value.message("en")
    assert not audit.list_entries(database, "case_identity")


def test_a_read_under_consent_names_the_consent_in_its_audit_entry(
    database: Database, sample: Sample
) -> None:
    consent_id = _consent_and_identity(database, sample.case_id)

    cases.read_identity(
        database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
    )

    assert audit.list_entries(database, "case_identity")[-1].detail == (
        f"ground=consent consent={consent_id} purpose=verify_details"
    )


def test_without_consent_needs_a_reason_and_is_audited(database: Database, sample: Sample) -> None:
    with pytest.raises(Refusal) as refused:
        cases.record_consent(database, sample.case_id, "", "เลขานุการ", TODAY, "")
    assert "ขอบเขต" in refused.value.message("th")
    cases.record_consent(
        database,
        sample.case_id,
        "",
        "เลขานุการ",
        TODAY,
        "",
        without_consent_reason="เด็กอยู่ในอันตรายร้ายแรงเร่งด่วน",
    )
    assert cases.may_store(database, sample.case_id, TODAY)
    assert [e.event for e in audit.list_entries(database, "case", sample.case_id)] == [
        "record_without_consent"
    ]
    # A case recorded under imminent danger is read on that recorded ground, which the read's entry names.
    cases.save_identity(
        database, sample.case_id, IdentityRecord(full_name="ก"), actor="เลขานุการ", today=TODAY
    )
    assert (
        cases.read_identity(
            database, sample.case_id, actor="ประธาน", today=TODAY, purpose=IdentityPurpose.VERIFY_DETAILS
        )
        is not None
    )
    assert audit.list_entries(database, "case_identity")[-1].detail.startswith(
        "ground=recorded_without_consent"
    )


def test_every_read_of_the_identity_states_its_purpose(database: Database, sample: Sample) -> None:
    cases.record_consent(database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", TODAY, "ทีมสหวิชาชีพ")
    for purpose in (IdentityPurpose.REFERRAL, IdentityPurpose.PROSECUTION):
        cases.read_identity(database, sample.case_id, actor="ประธาน", today=TODAY, purpose=purpose)
    details = [
        e.detail for e in audit.list_entries(database, "case_identity") if e.event == "view_restricted"
    ]
    assert [detail.split()[-1] for detail in details] == ["purpose=referral", "purpose=prosecution"]


def test_a_read_without_a_known_purpose_is_a_bug_not_a_read(database: Database, sample: Sample) -> None:
    cases.record_consent(database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", TODAY, "ทีมสหวิชาชีพ")
    with pytest.raises(ValueError):
        cases.read_identity(database, sample.case_id, actor="ประธาน", today=TODAY, purpose="curiosity")  # type: ignore[arg-type]
    assert not [e for e in audit.list_entries(database) if e.event == "view_restricted"]
