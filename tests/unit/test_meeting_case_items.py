"""A meeting runs through its cases: the picker finds cases by part of a code or a type (the body's own first),
actions follow the case of their item, and a case item knows its level, open actions, open services and flags."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import ActionStatus, AgendaKind, CaseType, RiskLevel, Service, ServiceStatus
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.storage.models import (
    ActionPoint,
    Agency,
    Body,
    CaseFile,
    RiskAssessment,
    SafetyPlan,
    SafetyPlanService,
)

D = dt.date


@pytest.fixture
def world(database):
    """Two bodies, each with cases; the first body's meeting of 20 November 2026."""
    with database.session() as s:
        own = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอแม่สาย", level="district", code="MSI")
        other = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเชียงแสน", level="district", code="CSN")
        pmj = Agency(name_th="สำนักงานพัฒนาสังคมฯ", abbreviation="พมจ.", sector="government", level="province")
        s.add_all([own, other, pmj])
        s.flush()
        cases = {
            "own_child": CaseFile(code="MSI-2569-0002", body_id=own.id, case_type="child_sexual_abuse",
                                  is_child=True, intake_date=D(2026, 1, 5)),
            "own_adult": CaseFile(code="MSI-2569-0001", body_id=own.id, case_type="domestic_violence",
                                  intake_date=D(2026, 1, 4)),
            "other": CaseFile(code="CSN-2569-0001", body_id=other.id, case_type="domestic_violence",
                              intake_date=D(2026, 1, 3)),
        }  # fmt: skip
        s.add_all(cases.values())
        s.flush()
        ids = {name: case.id for name, case in cases.items()}
    meeting_id = meetings.create_meeting(database, own.id, D(2026, 11, 20))
    return {"body": own.id, "other_body": other.id, "pmj": pmj.id, "meeting": meeting_id, **ids}


def consideration(database, meeting_id: int) -> int:
    view = meetings.load_meeting(database, meeting_id)
    return next(item.id for item in view.items if item.kind is AgendaKind.FOR_CONSIDERATION)


def test_the_picker_finds_by_part_of_a_code_or_a_type_with_the_bodys_own_cases_first(database, world):
    by_code = meetings.case_choices(database, world["body"], "2569-0001")
    assert [c.code for c in by_code] == ["MSI-2569-0001", "CSN-2569-0001"]
    assert [c.own_body for c in by_code] == [True, False]
    by_type = meetings.case_choices(database, world["other_body"], "ความรุนแรงในครอบครัว")
    assert [c.code for c in by_type] == ["CSN-2569-0001", "MSI-2569-0001"]
    assert all(c.case_type is CaseType.DOMESTIC_VIOLENCE for c in by_type)
    assert meetings.case_choices(database, world["body"], "  ") == []
    assert meetings.case_choices(database, world["body"], "%") == []  # a wildcard typed is just a character


def test_the_picker_shows_the_latest_risk_level(database, world):
    with database.session() as s:
        for day, level in ((D(2026, 3, 1), "high"), (D(2026, 9, 1), "medium")):
            s.add(RiskAssessment(case_id=world["own_adult"], instrument_key="k", instrument_version=1,
                                 assessed_on=day, assessor="x", computed_level=level, level=level))  # fmt: skip
    [choice] = meetings.case_choices(database, world["body"], "MSI-2569-0001")
    assert choice.latest_level is RiskLevel.MEDIUM
    [never] = meetings.case_choices(database, world["body"], "MSI-2569-0002")
    assert never.latest_level is None


def test_an_empty_or_unknown_code_is_refused_with_a_message(database, world):
    item = consideration(database, world["meeting"])
    with pytest.raises(Refusal) as empty:
        meetings.link_case(database, item, "   ")
    assert empty.value.message("th") == meetings.CASE_CODE_REQUIRED.th
    with pytest.raises(Refusal) as unknown:
        meetings.link_case(database, item, "MSI-2569-9999")
    assert unknown.value.message("en") == meetings.CASE_NOT_FOUND.en


def test_actions_follow_the_case_of_their_item(database, world):
    item = consideration(database, world["meeting"])
    before = meetings.add_action(database, world["meeting"], item, world["pmj"], "เยี่ยมบ้าน", D(2026, 12, 18))
    assert meetings.actions_without_case(database, item) == 1
    meetings.link_case(database, item, "msi-2569-0001")
    linked = meetings.link_item_actions(database, item, world["own_adult"])
    assert linked == [before]
    after = meetings.add_action(
        database, world["meeting"], item, world["pmj"], "จัดหาที่พักปลอดภัย", D(2026, 12, 18)
    )
    with database.read_session() as s:
        assert s.get_one(ActionPoint, before).case_id == world["own_adult"]
        assert s.get_one(ActionPoint, after).case_id == world["own_adult"]  # carried without asking
    meetings.unlink_actions(database, item, linked)
    with database.read_session() as s:
        assert s.get_one(ActionPoint, before).case_id is None
    meetings.link_case(database, item, "MSI-2569-0002")  # two cases: which one is not guessed
    third = meetings.add_action(
        database, world["meeting"], item, world["pmj"], "ประสานโรงเรียน", D(2026, 12, 18)
    )
    with database.read_session() as s:
        assert s.get_one(ActionPoint, third).case_id is None


def test_a_case_item_knows_level_actions_services_and_flags(database, world):
    item = consideration(database, world["meeting"])
    meetings.link_case(database, item, "MSI-2569-0002")
    earlier = meetings.create_meeting(database, world["body"], D(2026, 6, 1))
    meetings.link_case(database, consideration(database, earlier), "MSI-2569-0002")
    long_ago = meetings.create_meeting(database, world["body"], D(2025, 6, 1))
    meetings.link_case(database, consideration(database, long_ago), "MSI-2569-0001")
    meetings.link_case(database, item, "MSI-2569-0001")
    meetings.add_action(
        database, earlier, None, world["pmj"], "ตรวจร่างกาย", D(2026, 7, 1), case_id=world["own_child"]
    )
    done = meetings.add_action(
        database, earlier, None, world["pmj"], "งานที่เสร็จแล้ว", D(2026, 7, 1), case_id=world["own_child"]
    )
    meetings.record_progress(database, earlier, done, "", ActionStatus.DONE)
    with database.session() as s:
        s.add(RiskAssessment(case_id=world["own_child"], instrument_key="k", instrument_version=1,
                             assessed_on=D(2026, 10, 1), assessor="x", computed_level="high", level="high",
                             score=15, next_review_on=D(2026, 10, 15)))  # fmt: skip
        old = SafetyPlan(case_id=world["own_child"], version=1, agreed_on=D(2026, 6, 1))
        old.services = [SafetyPlanService(service="helpline", status="planned")]
        new = SafetyPlan(case_id=world["own_child"], version=2, agreed_on=D(2026, 10, 1))
        new.services = [
            SafetyPlanService(service="safe_accommodation", agency_id=world["pmj"], status="in_progress",
                              due_date=D(2026, 12, 1)),
            SafetyPlanService(service="mental_health", status="done"),
        ]  # fmt: skip
        s.add_all([old, new])
    facts = meetings.meeting_cases(database, world["meeting"])
    child = facts[world["own_child"]]
    assert child.is_child and child.level is not None and child.level.level is RiskLevel.HIGH
    assert child.review_overdue
    assert child.seen_again_after == D(2026, 6, 1)
    assert [a.task for a in child.open_actions] == ["ตรวจร่างกาย"]
    assert child.plan_version == 2
    assert [(s.service, s.agency_label, s.status) for s in child.open_services] == [
        (Service.SAFE_ACCOMMODATION, "พมจ.", ServiceStatus.IN_PROGRESS)
    ]
    adult = facts[world["own_adult"]]
    assert adult.level is None and not adult.review_overdue
    assert adult.seen_again_after is None  # seen 17 months before: not within 12


def test_children_first_is_a_reorder_that_the_same_call_undoes(database, world):
    parent = consideration(database, world["meeting"])
    first = meetings.add_item(database, world["meeting"], "กรณีผู้ใหญ่", parent_id=parent)
    second = meetings.add_item(database, world["meeting"], "กรณีเด็ก", parent_id=parent)
    before = meetings.order_items(database, [second, first])
    view = meetings.load_meeting(database, world["meeting"])
    assert [(c.id, c.number) for c in view.item(parent).children] == [(second, "4.1"), (first, "4.2")]
    meetings.order_items(database, before)
    view = meetings.load_meeting(database, world["meeting"])
    assert [c.id for c in view.item(parent).children] == [first, second]
