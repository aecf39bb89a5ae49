"""Two officers, and ten, saving to the same meeting on the test PostgreSQL server: a conflicting save of the
same text is refused with both texts and never overwrites; "keep mine" then saves; a stale save of a case, a
safety plan or a referral is refused; ten writers for ten seconds lose no acknowledged edit and meet no error
but the conflict refusal."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from mdt_desktop.domain.codes import ActionStatus, CaseOutcome, CaseStage, Service
from mdt_desktop.services import cases, meetings, referrals, safety_plans
from mdt_desktop.services.safety_plans import PlanContent
from mdt_desktop.storage.edit_conflict import EditConflict
from mdt_desktop.storage.server import ServerDatabase
from tests.conftest import TEST_PASSPHRASE
from tests.register_fixtures import Sample, build_sample

MEETING_DAY = dt.date(2026, 12, 3)
DUE = dt.date(2026, 12, 20)
WRITERS = 10
WRITING_SECONDS = 10.0


@dataclass
class Office:
    """Two officers' own connections to the same database, and a meeting with one item and one action."""

    first: ServerDatabase
    second: ServerDatabase
    sample: Sample
    meeting_id: int
    item_id: int
    action_id: int


@pytest.fixture
def office(server_database: ServerDatabase) -> Iterator[Office]:
    sample = build_sample(server_database)
    meeting_id = meetings.create_meeting(server_database, sample.body_id, MEETING_DAY)
    item_id = meetings.add_item(server_database, meeting_id, "กรณีเด็กหญิงอายุ 15 ปี")
    action_id = meetings.add_action(
        server_database, meeting_id, item_id, sample.pmj, "เยี่ยมบ้านและประเมินความปลอดภัย", DUE
    )
    second = ServerDatabase.open(server_database.url)
    second.unlock_fields_with_passphrase(TEST_PASSPHRASE)  # as the second officer does at sign-in
    try:
        yield Office(server_database, second, sample, meeting_id, item_id, action_id)
    finally:
        second.close()


def item_of(db: ServerDatabase, office: Office) -> meetings.ItemView:
    return meetings.load_meeting(db, office.meeting_id).item(office.item_id)


def action_of(db: ServerDatabase, office: Office) -> meetings.ActionView:
    return next(action for action in item_of(db, office).actions if action.id == office.action_id)


def test_the_second_saver_of_a_text_sees_both_texts_and_the_first_text_stays(office: Office) -> None:
    read_first, read_second = item_of(office.first, office), item_of(office.second, office)
    meetings.update_item_text(
        office.first,
        office.item_id,
        "discussion",
        "พม. รายงานว่าเด็กปลอดภัยแล้ว",
        read_version=read_first.row_version,
        read_text=read_first.discussion,
    )

    with pytest.raises(EditConflict) as conflict:
        meetings.update_item_text(
            office.second,
            office.item_id,
            "discussion",
            "ตำรวจขอให้ตรวจร่างกายเพิ่มเติม",
            read_version=read_second.row_version,
            read_text=read_second.discussion,
        )

    assert conflict.value.text is not None
    assert conflict.value.text.field == "discussion"
    assert conflict.value.text.theirs == "พม. รายงานว่าเด็กปลอดภัยแล้ว"
    assert conflict.value.text.mine == "ตำรวจขอให้ตรวจร่างกายเพิ่มเติม"
    assert "บันทึกการแก้ไขรายการนี้ไปก่อนแล้ว" in conflict.value.message("th")
    assert "saved a change to this record first" in conflict.value.message("en")
    # Neither the message nor the exception's text carries what anyone typed.
    assert "ตำรวจ" not in str(conflict.value) and "ตำรวจ" not in conflict.value.message("th")
    assert item_of(office.second, office).discussion == "พม. รายงานว่าเด็กปลอดภัยแล้ว"

    # "Keep mine": saved over, naming the version the conflict reported.
    meetings.update_item_text(
        office.second,
        office.item_id,
        "discussion",
        "ตำรวจขอให้ตรวจร่างกายเพิ่มเติม",
        read_version=conflict.value.version,
    )
    assert item_of(office.first, office).discussion == "ตำรวจขอให้ตรวจร่างกายเพิ่มเติม"


def test_keep_mine_is_refused_again_when_a_third_save_came_in_between(office: Office) -> None:
    read = item_of(office.second, office)
    meetings.update_item_text(office.first, office.item_id, "resolution", "มอบ พม. ดูแล")
    with pytest.raises(EditConflict) as conflict:
        meetings.update_item_text(
            office.second,
            office.item_id,
            "resolution",
            "มอบ สภ. ดูแล",
            read_version=read.row_version,
            read_text=read.resolution,
        )
    meetings.update_item_text(office.first, office.item_id, "resolution", "มอบ พม. และ สภ. ดูแล")
    with pytest.raises(EditConflict) as again:
        meetings.update_item_text(
            office.second, office.item_id, "resolution", "มอบ สภ. ดูแล", read_version=conflict.value.version
        )
    assert again.value.text is not None and again.value.text.theirs == "มอบ พม. และ สภ. ดูแล"
    assert item_of(office.second, office).resolution == "มอบ พม. และ สภ. ดูแล"


def test_two_officers_editing_different_texts_of_one_item_both_keep_theirs(office: Office) -> None:
    read_first, read_second = item_of(office.first, office), item_of(office.second, office)
    meetings.update_item_text(
        office.first,
        office.item_id,
        "discussion",
        "ที่ประชุมหารือแนวทางคุ้มครอง",
        read_version=read_first.row_version,
        read_text=read_first.discussion,
    )
    meetings.update_item_text(
        office.second,
        office.item_id,
        "resolution",
        "ให้ส่งต่อบ้านพักเด็กและครอบครัว",
        read_version=read_second.row_version,
        read_text=read_second.resolution,
    )
    saved = item_of(office.first, office)
    assert (saved.discussion, saved.resolution) == ("ที่ประชุมหารือแนวทางคุ้มครอง", "ให้ส่งต่อบ้านพักเด็กและครอบครัว")


def test_a_stale_task_is_refused_with_both_tasks_and_a_stale_due_date_too(office: Office) -> None:
    read = action_of(office.second, office)
    meetings.update_action(office.first, office.action_id, task="เยี่ยมบ้านภายใน 3 วัน")

    with pytest.raises(EditConflict) as conflict:
        meetings.update_action(
            office.second,
            office.action_id,
            read_version=read.row_version,
            read_values={"task": read.task},
            task="ประสานโรงเรียน",
        )
    assert conflict.value.text is not None
    assert (conflict.value.text.theirs, conflict.value.text.mine) == ("เยี่ยมบ้านภายใน 3 วัน", "ประสานโรงเรียน")

    # Another field than the one changed elsewhere goes ahead; the same field is refused, without texts.
    meetings.update_action(
        office.second,
        office.action_id,
        read_version=read.row_version,
        read_values={"due_date": read.due_date},
        due_date=DUE + dt.timedelta(days=7),
    )
    read_again = action_of(office.second, office)
    meetings.update_action(office.first, office.action_id, due_date=DUE + dt.timedelta(days=14))
    with pytest.raises(EditConflict) as stale_date:
        meetings.update_action(
            office.second,
            office.action_id,
            read_version=read_again.row_version,
            read_values={"due_date": read_again.due_date},
            due_date=DUE,
        )
    assert stale_date.value.text is None
    saved = action_of(office.first, office)
    assert (saved.task, saved.due_date) == ("เยี่ยมบ้านภายใน 3 วัน", DUE + dt.timedelta(days=14))


def test_a_stale_venue_is_refused_and_another_header_field_goes_ahead(office: Office) -> None:
    read = meetings.load_meeting(office.second, office.meeting_id).header
    meetings.update_header(office.first, office.meeting_id, venue="ห้องประชุมอำเภอ ชั้น 2")
    with pytest.raises(EditConflict):
        meetings.update_header(
            office.second,
            office.meeting_id,
            read_version=read.row_version,
            read_values={"venue": read.venue},
            venue="ศาลากลางจังหวัด",
        )
    meetings.update_header(
        office.second,
        office.meeting_id,
        read_version=read.row_version,
        read_values={"start_time": read.start_time},
        start_time=dt.time(13, 30),
    )
    saved = meetings.load_meeting(office.first, office.meeting_id).header
    assert (saved.venue, saved.start_time) == ("ห้องประชุมอำเภอ ชั้น 2", dt.time(13, 30))


def test_linking_actions_to_a_case_in_bulk_raises_their_versions(office: Office) -> None:
    before = action_of(office.first, office).row_version
    meetings.link_item_actions(office.first, office.item_id, office.sample.case_id)
    after = action_of(office.first, office)
    assert after.case_id == office.sample.case_id
    assert after.row_version == before + 1


def test_a_stale_save_of_a_case_is_refused_and_the_first_save_stays(office: Office) -> None:
    case_id = office.sample.case_id
    read_version = next(row for row in cases.list_cases(office.second) if row.id == case_id).row_version
    cases.update_case(office.first, case_id, CaseStage.PROTECTION.value, CaseOutcome.OPEN.value)
    with pytest.raises(EditConflict):
        cases.update_case(
            office.second,
            case_id,
            CaseStage.CLOSED.value,
            CaseOutcome.OPEN.value,
            read_version=read_version,
        )
    assert (
        next(row for row in cases.list_cases(office.first) if row.id == case_id).stage == CaseStage.PROTECTION
    )


def test_a_stale_save_of_a_safety_plan_names_who_saved_it(office: Office) -> None:
    case_id = office.sample.case_id
    plan_id = safety_plans.save_plan(
        office.first, case_id, None, PlanContent(main_concern="กลัวถูกทำร้ายซ้ำ"), "นางสาวพัฒนา สังคม"
    )
    read = safety_plans.load_plan(office.second, plan_id)
    safety_plans.save_plan(
        office.first,
        case_id,
        plan_id,
        PlanContent(main_concern="กลัวถูกทำร้ายซ้ำ", strengths="มียายดูแล"),
        "นางสาวพัฒนา สังคม",
        read_version=read.row_version,
    )
    with pytest.raises(EditConflict) as conflict:
        safety_plans.save_plan(
            office.second,
            case_id,
            plan_id,
            PlanContent(main_concern="ต้องการย้ายโรงเรียน"),
            "ร.ต.อ. ใหม่ มาแทน",
            read_version=read.row_version,
        )
    assert conflict.value.message("th").startswith("นางสาวพัฒนา สังคม บันทึกการแก้ไข")
    saved = safety_plans.load_plan(office.first, plan_id).content
    assert (saved.main_concern, saved.strengths) == ("กลัวถูกทำร้ายซ้ำ", "มียายดูแล")


def test_a_stale_answer_to_a_referral_is_refused(office: Office) -> None:
    sample = office.sample
    referral_id = referrals.refer(
        office.first,
        sample.case_id,
        sample.pmj,
        sample.hospital,
        Service.MENTAL_HEALTH,
        MEETING_DAY,
        actor="เลขานุการ",
    )
    read = next(r for r in referrals.referrals_of(office.second, sample.case_id) if r.id == referral_id)
    referrals.answer(
        office.first, referral_id, True, MEETING_DAY, actor="โรงพยาบาล", read_version=read.row_version
    )
    with pytest.raises(EditConflict) as conflict:
        referrals.answer(
            office.second,
            referral_id,
            False,
            MEETING_DAY,
            actor="เลขานุการ",
            reason="ไม่มีเตียง",
            read_version=read.row_version,
        )
    assert conflict.value.saved_by == "โรงพยาบาล"
    saved = next(r for r in referrals.referrals_of(office.first, sample.case_id) if r.id == referral_id)
    assert saved.refusal_reason == ""


@dataclass
class WriterLog:
    """What one writer was told: the lines acknowledged, the last own resolution acknowledged, the progress
    notes acknowledged, how many conflicts, and any other error (there must be none)."""

    appended: list[str] = field(default_factory=list)
    resolution: str = ""
    progress: list[str] = field(default_factory=list)
    conflicts: int = 0
    errors: list[BaseException] = field(default_factory=list)


def write_for_a_while(
    url: str, office: Office, own_item: int, number: int, until: float, log: WriterLog
) -> None:
    """One officer's session: appends a line to the shared discussion (reading it again after a conflict, as a
    person would), rewrites their own item's resolution, and reports progress on the shared action."""
    db = ServerDatabase.open(url)
    db.unlock_fields_with_passphrase(TEST_PASSPHRASE)
    try:
        edit = 0
        while time.monotonic() < until:
            edit += 1
            line = f"w{number}-{edit}"
            try:
                shared = item_of(db, office)
                meetings.update_item_text(
                    db,
                    office.item_id,
                    "discussion",
                    f"{shared.discussion}\n{line}".strip(),
                    read_version=shared.row_version,
                    read_text=shared.discussion,
                )
                log.appended.append(line)
            except EditConflict:
                log.conflicts += 1
            try:
                own = meetings.load_meeting(db, office.meeting_id).item(own_item)
                meetings.update_item_text(
                    db, own_item, "resolution", line, read_version=own.row_version, read_text=own.resolution
                )
                log.resolution = line
                meetings.record_progress(
                    db, office.meeting_id, office.action_id, line, ActionStatus.IN_PROGRESS
                )
                log.progress.append(line)
            except EditConflict:
                log.conflicts += 1
    except BaseException as error:  # anything but the conflict refusal is what this test looks for
        log.errors.append(error)
    finally:
        db.close()


def test_ten_writers_lose_no_acknowledged_edit_and_see_only_conflicts(office: Office) -> None:
    own_items = [
        meetings.add_item(office.first, office.meeting_id, f"เรื่องของผู้บันทึกคนที่ {number}")
        for number in range(WRITERS)
    ]
    logs = [WriterLog() for _ in range(WRITERS)]
    until = time.monotonic() + WRITING_SECONDS
    threads = [
        threading.Thread(
            target=write_for_a_while, args=(office.first.url, office, own_items[n], n, until, logs[n])
        )
        for n in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [error for log in logs for error in log.errors] == []
    view = meetings.load_meeting(office.first, office.meeting_id)
    acknowledged = sorted(line for log in logs for line in log.appended)
    assert sorted(view.item(office.item_id).discussion.split("\n")) == acknowledged
    assert [view.item(own_items[n]).resolution for n in range(WRITERS)] == [log.resolution for log in logs]
    history = meetings.progress_history(office.first, office.action_id)
    assert sorted(line.note for line in history) == sorted(line for log in logs for line in log.progress)
    # Ten people appending to one text did meet each other: the refusal was exercised, not avoided.
    assert sum(log.conflicts for log in logs) > 0
    # Each writer's own text, which nobody else writes, was saved; the shared one took some lines of several.
    assert all(log.resolution for log in logs)
    assert len({line.split("-")[0] for line in acknowledged}) > 1
