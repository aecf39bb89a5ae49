"""Safety plans: versions that signing off freezes, services agreed in a meeting becoming its actions, and the
safety check a return needs before it is done."""

from __future__ import annotations

import datetime as dt

import pytest

from mdt_desktop.domain.codes import (
    ActionStatus,
    AgendaKind,
    MeetingStatus,
    ReturnChoice,
    Service,
    ServiceStatus,
)
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, meetings, safety_plans
from mdt_desktop.services.safety_plans import ContactEntry, PlanContent, ServiceEntry
from mdt_desktop.storage.database import Database
from tests.register_fixtures import Sample, build_sample

ACTOR = "นักสังคมสงเคราะห์ทดสอบ"
SIGNED_ON = dt.date(2026, 11, 20)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


def plan_content(sample: Sample) -> PlanContent:
    return PlanContent(
        main_concern="กลัวว่าสามีจะตามมาที่บ้านแม่",
        strengths="พี่สาวให้ที่พักได้ มีงานทำที่ตลาด",
        steps_before="เก็บเอกสารสำคัญไว้ที่บ้านพี่สาว",
        steps_during="โทร 191 และออกทางประตูหลัง",
        steps_after="ไปศูนย์พึ่งได้ โรงพยาบาลแม่กลอง",
        wants_court=None,
        return_choice=ReturnChoice.UNDECIDED,
        contacts=(
            ContactEntry(safe=True, name="นางสาวพร พี่สาว", relation="พี่สาว", how_to_reach="081-000-0000"),
            ContactEntry(safe=False, name="นายเอ สามี", relation="สามี", note="ห้ามบอกที่อยู่ใหม่"),
        ),
        services=(
            ServiceEntry(Service.SAFE_ACCOMMODATION, agency_id=sample.pmj, due_date=dt.date(2026, 12, 1)),
            ServiceEntry(Service.INVESTIGATION, agency_id=sample.police, due_date=dt.date(2026, 12, 15)),
            ServiceEntry(Service.MENTAL_HEALTH, chosen_by_survivor=False),  # no agency yet
        ),
    )


def test_a_first_save_makes_version_one_with_everything_typed(database: Database, sample: Sample) -> None:
    assert safety_plans.current_plan(database, sample.case_id) is None
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    plan = safety_plans.current_plan(database, sample.case_id)
    assert plan is not None and plan.id == plan_id and plan.version == 1 and not plan.signed_off
    assert plan.content.main_concern == "กลัวว่าสามีจะตามมาที่บ้านแม่"
    assert [(c.safe, c.name) for c in plan.content.contacts] == [
        (True, "นางสาวพร พี่สาว"),
        (False, "นายเอ สามี"),
    ]
    assert [s.service for s in plan.content.services] == [
        Service.SAFE_ACCOMMODATION,
        Service.INVESTIGATION,
        Service.MENTAL_HEALTH,
    ]
    # The audit log names the plan and the case by id, never what she said.
    entries = audit.list_entries(database, "safety_plan", plan_id)
    assert [e.event for e in entries] == ["safety_plan_saved"]
    assert "สามี" not in entries[0].detail and "case=" in entries[0].detail


def test_editing_a_draft_changes_it_in_place(database: Database, sample: Sample) -> None:
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    draft = safety_plans.load_plan(database, plan_id)
    edited = PlanContent(**{**draft.content.__dict__, "wants_court": True})
    assert safety_plans.save_plan(database, sample.case_id, plan_id, edited, ACTOR) == plan_id
    assert [v.version for v in safety_plans.plan_versions(database, sample.case_id)] == [1]
    assert safety_plans.load_plan(database, plan_id).content.wants_court is True


def test_a_signed_off_version_is_never_changed_an_edit_makes_version_two(
    database: Database, sample: Sample
) -> None:
    first_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    safety_plans.sign_off(database, first_id, SIGNED_ON, "นางสาวใจดี รักษ์งาน", sample.pmj, ACTOR)
    signed = safety_plans.load_plan(database, first_id)
    assert signed.signed_off_on == SIGNED_ON and signed.responsible_worker == "นางสาวใจดี รักษ์งาน"

    edited = PlanContent(**{**signed.content.__dict__, "return_choice": ReturnChoice.STAY})
    second_id = safety_plans.save_plan(database, sample.case_id, first_id, edited, ACTOR)

    assert second_id != first_id
    assert safety_plans.load_plan(database, first_id) == signed  # untouched
    second = safety_plans.load_plan(database, second_id)
    assert second.version == 2 and not second.signed_off
    assert second.content.return_choice == ReturnChoice.STAY
    assert second.content.contacts == signed.content.contacts
    assert [s.service for s in second.content.services] == [s.service for s in signed.content.services]
    assert [v.version for v in safety_plans.plan_versions(database, sample.case_id)] == [1, 2]
    with pytest.raises(Refusal) as refused:
        safety_plans.sign_off(database, first_id, SIGNED_ON, "นางสาวใจดี รักษ์งาน", None, ACTOR)
    assert refused.value.reason == safety_plans.ALREADY_SIGNED_OFF


def test_new_version_copies_the_signed_one_and_refuses_over_a_draft(
    database: Database, sample: Sample
) -> None:
    first_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    with pytest.raises(Refusal) as refused:
        safety_plans.new_version(database, sample.case_id, ACTOR)
    assert refused.value.reason == safety_plans.DRAFT_NOT_SIGNED
    safety_plans.sign_off(database, first_id, SIGNED_ON, "นางสาวใจดี รักษ์งาน", None, ACTOR)
    second = safety_plans.load_plan(database, safety_plans.new_version(database, sample.case_id, ACTOR))
    assert second.version == 2
    assert (
        second.content.plan_terms()[:-1]
        == safety_plans.load_plan(database, first_id).content.plan_terms()[:-1]
    )
    with pytest.raises(Refusal) as stale:
        safety_plans.save_plan(database, sample.case_id, first_id, second.content, ACTOR)
    assert stale.value.reason == safety_plans.NOT_CURRENT_VERSION


def test_an_empty_case_starts_an_empty_plan(database: Database, sample: Sample) -> None:
    plan = safety_plans.load_plan(database, safety_plans.new_version(database, sample.case_id, ACTOR))
    assert plan.version == 1 and plan.content == PlanContent()


def test_a_plan_is_not_agreed_in_a_meeting_whose_minutes_are_approved(
    database: Database, sample: Sample
) -> None:
    item_id = meetings.add_item(database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    plan_id = safety_plans.save_plan(
        database, sample.case_id, None, PlanContent(), ACTOR
    )  # no service to assign
    meetings.set_status(database, sample.meeting2, MeetingStatus.APPROVED)

    with pytest.raises(Refusal):
        safety_plans.agree_in_meeting(database, plan_id, sample.meeting2, item_id, ACTOR)
    assert safety_plans.load_plan(database, plan_id).meeting_id is None


def test_agreeing_in_a_meeting_makes_the_services_actions_of_that_meeting(
    database: Database, sample: Sample
) -> None:
    item_id = meetings.add_item(database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)

    action_ids = safety_plans.agree_in_meeting(database, plan_id, sample.meeting2, item_id, ACTOR)

    assert len(action_ids) == 2  # mental health has no agency yet
    item = meetings.load_meeting(database, sample.meeting2).item(item_id)
    assert [(a.task, a.agency_id, a.due_date, a.case_code, a.status) for a in item.actions] == [
        ("ที่พักปลอดภัย", sample.pmj, dt.date(2026, 12, 1), "MKL-2569-0001", ActionStatus.OPEN),
        ("สอบสวน", sample.police, dt.date(2026, 12, 15), "MKL-2569-0001", ActionStatus.OPEN),
    ]
    plan = safety_plans.load_plan(database, plan_id)
    assert (plan.meeting_id, plan.agenda_item_id) == (sample.meeting2, item_id)
    assert plan.agreed_on == dt.date(2026, 10, 15)  # the meeting's day
    assert [s.action_id for s in plan.content.services] == [*action_ids, None]

    # Agreed again, or carried into the next version, a service is not assigned twice.
    assert safety_plans.agree_in_meeting(database, plan_id, sample.meeting2, item_id, ACTOR) == []
    safety_plans.sign_off(database, plan_id, SIGNED_ON, "นางสาวใจดี รักษ์งาน", None, ACTOR)
    edited = PlanContent(**{**plan.content.__dict__, "wants_court": False})
    second = safety_plans.load_plan(
        database, safety_plans.save_plan(database, sample.case_id, plan_id, edited, ACTOR)
    )
    assert [s.action_id for s in second.content.services] == [*action_ids, None]
    assert len(meetings.load_meeting(database, sample.meeting2).item(item_id).actions) == 2


def test_a_service_agreed_without_a_due_date_is_due_before_the_next_meeting(
    database: Database, sample: Sample
) -> None:
    undated = PlanContent(
        main_concern="กลัวว่าสามีจะตามมาที่บ้านแม่",
        services=(ServiceEntry(Service.SAFE_ACCOMMODATION, agency_id=sample.pmj),),
    )
    item_id = meetings.add_item(database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    plan_id = safety_plans.save_plan(database, sample.case_id, None, undated, ACTOR)

    safety_plans.agree_in_meeting(database, plan_id, sample.meeting2, item_id, ACTOR)

    # The team met on 10 September and 15 October: 35 days on from the 15th is Thursday 19 November.
    item = meetings.load_meeting(database, sample.meeting2).item(item_id)
    assert [(a.task, a.due_date) for a in item.actions] == [("ที่พักปลอดภัย", dt.date(2026, 11, 19))]
    plan = safety_plans.load_plan(database, plan_id)
    assert [s.due_date for s in plan.content.services] == [dt.date(2026, 11, 19)]


def test_an_item_of_another_meeting_is_refused(database: Database, sample: Sample) -> None:
    item_id = meetings.add_item(database, sample.meeting1, "กรณี", AgendaKind.CASE)
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    with pytest.raises(Refusal) as refused:
        safety_plans.agree_in_meeting(database, plan_id, sample.meeting2, item_id, ACTOR)
    assert refused.value.reason == safety_plans.ITEM_NOT_IN_MEETING


def test_return_home_is_not_done_without_a_safety_check(database: Database, sample: Sample) -> None:
    content = PlanContent(
        return_choice=ReturnChoice.RETURN_HOME,
        services=(ServiceEntry(Service.RETURN_HOME, agency_id=sample.pmj),),
    )
    plan_id = safety_plans.save_plan(database, sample.case_id, None, content, ACTOR)
    service_id = safety_plans.load_plan(database, plan_id).content.services[0].id
    assert service_id is not None

    with pytest.raises(Refusal) as refused:
        safety_plans.set_service_status(database, service_id, ServiceStatus.DONE, ACTOR)
    assert refused.value.reason == safety_plans.RETURN_NEEDS_SAFETY_CHECK
    assert "ส่งกลับภูมิลำเนา" in refused.value.message("th")
    assert "Return home" in refused.value.message("en")
    done_unchecked = PlanContent(
        return_choice=ReturnChoice.RETURN_HOME,
        services=(
            ServiceEntry(Service.RETURN_HOME, agency_id=sample.pmj, status=ServiceStatus.DONE, id=service_id),
        ),
    )
    with pytest.raises(Refusal):
        safety_plans.save_plan(database, sample.case_id, plan_id, done_unchecked, ACTOR)
    with pytest.raises(Refusal) as incomplete:
        safety_plans.record_safety_check(
            database, service_id, "นายตรวจ ปลอดภัย", dt.date(2026, 11, 18), " ", ACTOR
        )
    assert incomplete.value.reason == safety_plans.SAFETY_CHECK_INCOMPLETE
    assert safety_plans.load_plan(database, plan_id).content.services[0].status == ServiceStatus.PLANNED

    safety_plans.record_safety_check(
        database, service_id, "นายตรวจ ปลอดภัย", dt.date(2026, 11, 18), "ผู้กระทำย้ายออกแล้ว ครอบครัวพร้อมรับ", ACTOR
    )
    safety_plans.set_service_status(database, service_id, ServiceStatus.DONE, ACTOR)
    service = safety_plans.load_plan(database, plan_id).content.services[0]
    assert service.status == ServiceStatus.DONE and service.safety_checked_on == dt.date(2026, 11, 18)
    events = [e.event for e in audit.list_entries(database, "safety_plan_service", service_id)]
    assert events == ["safety_check_recorded", "safety_plan_service_status"]


def test_follow_up_on_a_signed_plan_stays_on_it(database: Database, sample: Sample) -> None:
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    safety_plans.sign_off(database, plan_id, SIGNED_ON, "นางสาวใจดี รักษ์งาน", None, ACTOR)
    signed = safety_plans.load_plan(database, plan_id)
    first, *rest = signed.content.services
    progressed = PlanContent(
        **{
            **signed.content.__dict__,
            "services": (ServiceEntry(**{**first.__dict__, "status": ServiceStatus.IN_PROGRESS}), *rest),
        }
    )
    assert safety_plans.save_plan(database, sample.case_id, plan_id, progressed, ACTOR) == plan_id
    assert safety_plans.load_plan(database, plan_id).content.services[0].status == ServiceStatus.IN_PROGRESS
    assert len(safety_plans.plan_versions(database, sample.case_id)) == 1


def test_a_contact_needs_a_name_and_text_is_kept_within_its_field(database: Database, sample: Sample) -> None:
    nameless = PlanContent(contacts=(ContactEntry(safe=False, name="  ", relation="สามี"),))
    with pytest.raises(Refusal) as refused:
        safety_plans.save_plan(database, sample.case_id, None, nameless, ACTOR)
    assert refused.value.reason == safety_plans.CONTACT_NAME_REQUIRED
    with pytest.raises(Refusal) as too_long:
        safety_plans.save_plan(database, sample.case_id, None, PlanContent(main_concern="ก" * 50_001), ACTOR)
    assert "ความกังวลหลัก" in too_long.value.message("th")
    assert safety_plans.current_plan(database, sample.case_id) is None


def test_a_service_agreed_as_an_action_follows_its_progress_and_a_return_needs_its_check_there_too(
    database: Database, sample: Sample
) -> None:
    """Agencies report in the register: the plan shows the same status, and closing a return there is refused
    until the safety check is recorded in the plan."""
    item_id = meetings.add_item(database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    content = PlanContent(
        return_choice=ReturnChoice.RETURN_HOME,
        services=(
            ServiceEntry(Service.SAFE_ACCOMMODATION, agency_id=sample.pmj, due_date=dt.date(2026, 12, 1)),
            ServiceEntry(Service.RETURN_HOME, agency_id=sample.pmj, due_date=dt.date(2026, 12, 20)),
        ),
    )
    plan_id = safety_plans.save_plan(database, sample.case_id, None, content, ACTOR)
    shelter_action, return_action = safety_plans.agree_in_meeting(
        database, plan_id, sample.meeting2, item_id, ACTOR
    )
    day = dt.date(2026, 11, 25)

    meetings.record_progress(database, None, shelter_action, "เข้าพักบ้านพักแล้ว", ActionStatus.DONE, day)
    meetings.record_progress(database, None, return_action, "ประสานครอบครัว", ActionStatus.IN_PROGRESS, day)
    statuses = [s.status for s in safety_plans.load_plan(database, plan_id).content.services]
    assert statuses == [ServiceStatus.DONE, ServiceStatus.IN_PROGRESS]

    with pytest.raises(Refusal) as refused:
        meetings.record_progress(database, None, return_action, "ส่งกลับบ้านแล้ว", ActionStatus.DONE, day)
    assert refused.value.reason == meetings.RETURN_NOT_CHECKED
    assert meetings.get_action(database, return_action).status == ActionStatus.IN_PROGRESS  # nothing changed

    return_service = safety_plans.load_plan(database, plan_id).content.services[1].id
    assert return_service is not None
    safety_plans.record_safety_check(
        database, return_service, "นายตรวจ ปลอดภัย", day, "ผู้กระทำย้ายออกแล้ว ครอบครัวพร้อมรับ", ACTOR
    )
    meetings.record_progress(database, None, return_action, "ส่งกลับบ้านแล้ว", ActionStatus.DONE, day)
    assert safety_plans.load_plan(database, plan_id).content.services[1].status == ServiceStatus.DONE


def test_showing_a_plan_to_a_person_is_audited_and_its_text_never_reaches_the_log(
    database: Database, sample: Sample
) -> None:
    assert safety_plans.view_plan(database, sample.case_id, ACTOR) is None  # nothing to see, nothing logged
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    shown = safety_plans.view_plan(database, sample.case_id, "นางสาวผู้ดู ทดสอบ")
    assert shown is not None and shown.id == plan_id
    viewed = [
        e for e in audit.list_entries(database, "safety_plan", plan_id) if e.event == "safety_plan_viewed"
    ]
    assert [(e.actor, e.object_id) for e in viewed] == [("นางสาวผู้ดู ทดสอบ", plan_id)]
    assert all("สามี" not in e.detail + e.recipient for e in audit.list_entries(database))


def test_a_service_moved_in_the_plan_is_reported_on_its_action_so_the_register_agrees(
    database: Database, sample: Sample
) -> None:
    item_id = meetings.add_item(database, sample.meeting2, "กรณี MKL-2569-0001", AgendaKind.CASE)
    plan_id = safety_plans.save_plan(database, sample.case_id, None, plan_content(sample), ACTOR)
    shelter_action, police_action = safety_plans.agree_in_meeting(
        database, plan_id, sample.meeting2, item_id, ACTOR
    )
    services = safety_plans.load_plan(database, plan_id).content.services
    assert services[0].id is not None and services[1].id is not None

    safety_plans.set_service_status(database, services[0].id, ServiceStatus.DONE, ACTOR)
    shelter = meetings.get_action(database, shelter_action)
    assert shelter.status == ActionStatus.DONE
    assert [line.note for line in meetings.progress_history(database, shelter_action)] == [
        "บันทึกตามแผนความปลอดภัยของกรณี"
    ]
    safety_plans.set_service_status(database, services[1].id, ServiceStatus.DECLINED, ACTOR)
    assert meetings.get_action(database, police_action).status == ActionStatus.CIRCUMSTANCES_CHANGED
    # Moving it again in the plan to what the action already says adds nothing.
    safety_plans.set_service_status(database, services[0].id, ServiceStatus.DONE, ACTOR)
    assert len(meetings.progress_history(database, shelter_action)) == 1
