"""The meeting editor used like a secretary uses it: type the minutes, assign an action by keyboard, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mdt_desktop.domain.codes import AttendanceCategory
from mdt_desktop.gui.meeting.attendance_model import CATEGORY, NOTE
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import meetings
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date


@pytest.fixture
def editor(qtbot, context, database):  # noqa: F811 - pytest fixture
    team = make_team(database)
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 21), venue="ห้องประชุมอำเภอแม่สาย")
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    wait_idle(qtbot, context)
    return editor


def item_number(editor: MeetingEditor, number: str) -> int:
    assert editor.view is not None
    return next(item.id for item in editor.view.all_items() if item.number == number)


def test_typed_discussion_and_resolution_are_stored_without_saving(qtbot, editor, context, database):  # noqa: F811
    editor.select_item(item_number(editor, "4"))
    assert editor.ui.itemHeadingLabel.text() == "ระเบียบวาระที่ 4 เรื่องเสนอเพื่อพิจารณา"
    editor.ui.discussionEdit.setFocus()
    type_text(editor.ui.discussionEdit, "ที่ประชุมหารือกรณีแรงงานประมงต่างด้าว")
    editor.ui.resolutionEdit.setFocus()  # focus-out commits the discussion
    type_text(editor.ui.resolutionEdit, "มอบ พมจ. ประสานล่าม")
    qtbot.waitUntil(lambda: not editor.has_uncommitted_text, timeout=3000)  # the idle timer commits the rest
    wait_idle(qtbot, context)
    stored = meetings.load_meeting(database, editor.meeting_id).item(item_number(editor, "4"))
    assert stored.discussion == "ที่ประชุมหารือกรณีแรงงานประมงต่างด้าว"
    assert stored.resolution == "มอบ พมจ. ประสานล่าม"


def test_tab_in_the_unfolded_header_follows_the_fields_as_they_stand(qtbot, editor):
    ui = editor.ui
    expected = [ui.statusCombo, editor.date_edit.line_edit, ui.startEdit, ui.endEdit]
    chain = [expected[0]]
    while len(chain) < len(expected):
        following = chain[-1].nextInFocusChain()
        while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or following.focusProxy() is not None:
            following = following.nextInFocusChain()
        chain.append(following)
    assert chain == expected


def test_a_second_ctrl_enter_brings_back_the_open_action_dialog_not_another(qtbot, editor):
    editor.select_item(item_number(editor, "4"))
    editor.ui.actionsTable.setFocus()
    qtbot.keyClick(editor.ui.actionsTable, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first = editor.action_dialog
    assert first is not None and first.isVisible()
    editor.ui.actionsTable.setFocus()  # the editor still had the keyboard: the dialog was not active yet
    qtbot.keyClick(editor.ui.actionsTable, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.action_dialog is first
    assert len([d for d in editor.findChildren(type(first)) if d.isVisible()]) == 1
    first.reject()


def test_action_by_keyboard_then_ctrl_z_removes_it(qtbot, editor, context, database):  # noqa: F811
    item4 = item_number(editor, "4")
    editor.select_item(item4)
    editor.ui.actionsTable.setFocus()
    qtbot.keyClick(editor.ui.actionsTable, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.action_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.agency_picker.line_edit, "พมจ")
    qtbot.keyClick(dialog.agency_picker.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.taskEdit.hasFocus)
    type_text(dialog.ui.taskEdit, "จัดหาล่ามภาษาพม่า")
    dialog.due_edit.line_edit.setFocus()
    qtbot.keyClicks(dialog.due_edit.line_edit, "30/11/2569")
    qtbot.keyClick(dialog.due_edit.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    wait_idle(qtbot, context)
    actions = meetings.load_meeting(database, editor.meeting_id).item(item4).actions
    assert [(a.agency_label, a.task, a.due_date) for a in actions] == [
        ("พมจ.", "จัดหาล่ามภาษาพม่า", D(2026, 11, 30))
    ]
    assert editor.actions_model.rowCount() == 1
    assert editor.actions_model.index(0, 2).data() == "30 พ.ย. 2569"

    editor.activateWindow()  # the window manager gives the window back when the dialog closes
    qtbot.waitUntil(editor.isActiveWindow)
    editor.ui.actionsTable.setFocus()
    qtbot.keyClick(editor.ui.actionsTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, context)
    assert meetings.load_meeting(database, editor.meeting_id).item(item4).actions == []
    assert editor.actions_model.rowCount() == 0
    qtbot.keyClick(
        editor.ui.actionsTable,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, context)
    assert [a.task for a in meetings.load_meeting(database, editor.meeting_id).item(item4).actions] == [
        "จัดหาล่ามภาษาพม่า"
    ]


def test_action_without_agency_is_not_saved_and_says_why(qtbot, editor, context):  # noqa: F811
    editor.select_item(item_number(editor, "4"))
    dialog = editor.open_action_dialog()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)  # Ctrl+Enter is the dialog's once it is the window in front
    dialog.ui.taskEdit.setFocus()
    type_text(dialog.ui.taskEdit, "ติดตามเยี่ยมบ้าน")
    qtbot.keyClick(dialog.ui.taskEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "หน่วยงาน" in dialog.ui.errorLabel.text()
    dialog.reject()


def test_sub_item_is_numbered_under_its_parent_and_title_is_typed(qtbot, editor, context, database):  # noqa: F811
    editor.select_item(item_number(editor, "4"))
    qtbot.mouseClick(editor.ui.addSubItemButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert editor.ui.itemHeadingLabel.text() == "4.1 เรื่องย่อย"
    editor.ui.titleEdit.selectAll()
    type_text(editor.ui.titleEdit, "กรณีเด็กขอทานตลาดชายแดน")
    editor.commit_text()
    wait_idle(qtbot, context)
    assert (
        editor.agenda_model.index(0, 0, editor.agenda_model.index(3, 0)).data() == "4.1 กรณีเด็กขอทานตลาดชายแดน"
    )
    qtbot.keyClick(editor.ui.agendaTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # title back
    qtbot.keyClick(editor.ui.agendaTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # sub-item gone
    wait_idle(qtbot, context)
    assert meetings.load_meeting(database, editor.meeting_id).item(item_number(editor, "4")).children == []


def test_attendance_is_prefilled_and_absence_and_stand_in_are_recorded(qtbot, editor, context, database):  # noqa: F811
    model = editor.attendance_model
    assert [row.full_name for row in model.rows()][:2] == ["นายสมชาย ใจดี", "นางสาวพัฒนา สังคมดี"]
    assert model.setData(model.index(0, CATEGORY), AttendanceCategory.ABSENT.value)
    assert model.setData(model.index(0, NOTE), "ติดราชการ")
    assert model.setData(model.index(1, CATEGORY), AttendanceCategory.STAND_IN.value)
    assert model.setData(model.index(1, 0), "นายแทน ชั่วคราว")
    wait_idle(qtbot, context)
    rows = meetings.load_meeting(database, editor.meeting_id).attendance
    assert (rows[0].category, rows[0].reason) == (AttendanceCategory.ABSENT, "ติดราชการ")
    assert (rows[1].full_name, rows[1].stands_in_for_text) == (
        "นายแทน ชั่วคราว",
        "นางสาวพัฒนา สังคมดี นักพัฒนาสังคมชำนาญการ",
    )
    assert model.index(1, NOTE).data() == "แทน นางสาวพัฒนา สังคมดี นักพัฒนาสังคมชำนาญการ"
    editor.ui.tabs.setCurrentWidget(editor.ui.attendanceTab)
    editor.ui.attendeeCategoryCombo.setCurrentIndex(2)  # ล่าม
    type_text(editor.ui.attendeeNameEdit, "นางสาวล่าม ภาษาพม่า")
    qtbot.keyClick(editor.ui.attendeeNameEdit, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    assert (model.rows()[-1].full_name, model.rows()[-1].category) == (
        "นางสาวล่าม ภาษาพม่า",
        AttendanceCategory.INTERPRETER,
    )


def test_the_person_who_chaired_is_marked_from_the_attendance_tab_and_undone(
    qtbot,
    editor,
    context,  # noqa: F811
    database,
):
    editor.ui.tabs.setCurrentWidget(editor.ui.attendanceTab)
    model = editor.attendance_model
    editor.ui.attendanceTable.setCurrentIndex(model.index(1, 0))
    qtbot.mouseClick(editor.chaired_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    rows = meetings.load_meeting(database, editor.meeting_id).attendance
    assert [row.full_name for row in rows if row.chaired] == ["นางสาวพัฒนา สังคมดี"]
    assert model.index(1, CATEGORY).data().endswith("ประธานในที่ประชุม")
    assert not model.index(0, CATEGORY).data().endswith("ประธานในที่ประชุม")

    editor.undo_stack.undo()
    wait_idle(qtbot, context)
    assert not any(row.chaired for row in meetings.load_meeting(database, editor.meeting_id).attendance)


def test_header_venue_and_number_are_edited_in_place(qtbot, editor, context, database):  # noqa: F811
    editor.ui.venueEdit.setFocus()
    editor.ui.venueEdit.selectAll()
    type_text(editor.ui.venueEdit, "ห้องประชุมศูนย์พึ่งได้")
    qtbot.keyClick(editor.ui.venueEdit, Qt.Key.Key_Return)
    editor.ui.numberSpin.setFocus()
    editor.ui.numberSpin.selectAll()
    qtbot.keyClicks(editor.ui.numberSpin, "7")
    qtbot.keyClick(editor.ui.numberSpin, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    header = meetings.load_meeting(database, editor.meeting_id).header
    assert (header.venue, header.label) == ("ห้องประชุมศูนย์พึ่งได้", "7/2569")
    assert editor.ui.meetingTitleLabel.text() == "ทีมสหวิชาชีพอำเภอแม่สาย ครั้งที่ 7/2569"


def case_item_meeting(database, team):
    """Item 4 with two case sub-items, the adult's first; the child's case assessed high with its review past,
    discussed again from a meeting in June, with an open action and a plan's open service."""
    from mdt_desktop.storage.models import CaseFile, RiskAssessment, SafetyPlan, SafetyPlanService

    with database.session() as s:
        adult = CaseFile(
            code="MSI-2569-0001",
            body_id=team["body"],
            case_type="domestic_violence",
            intake_date=D(2026, 1, 3),
        )
        child = CaseFile(code="MSI-2569-0002", body_id=team["body"], case_type="child_sexual_abuse",
                         is_child=True, intake_date=D(2026, 1, 4))  # fmt: skip
        s.add_all([adult, child])
        s.flush()
        s.add(RiskAssessment(case_id=child.id, instrument_key="k", instrument_version=1, assessed_on=D(2026, 10, 1),
                             assessor="x", computed_level="high", level="high", score=15,
                             next_review_on=D(2026, 10, 15)))  # fmt: skip
        plan = SafetyPlan(case_id=child.id, version=1, agreed_on=D(2026, 6, 1))
        plan.services = [
            SafetyPlanService(service="safe_accommodation", agency_id=team["pmj"], status="planned")
        ]
        s.add(plan)
        child_id = child.id
    june = meetings.create_meeting(database, team["body"], D(2026, 6, 1))
    june_item = next(i.id for i in meetings.load_meeting(database, june).items if i.number == "4")
    meetings.link_case(database, june_item, "MSI-2569-0002")
    meetings.add_action(database, june, june_item, team["police"], "สอบปากคำเด็กร่วมสหวิชาชีพ", D(2026, 7, 1))
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 21))
    parent = next(i.id for i in meetings.load_meeting(database, meeting_id).items if i.number == "4")
    adult_item = meetings.add_item(database, meeting_id, "กรณีความรุนแรงในครอบครัว", parent_id=parent)
    child_item = meetings.add_item(database, meeting_id, "กรณีเด็กถูกล่วงละเมิด", parent_id=parent)
    meetings.link_case(database, adult_item, "MSI-2569-0001")
    meetings.link_case(database, child_item, "MSI-2569-0002")
    return meeting_id, adult_item, child_item, child_id


@pytest.fixture
def case_editor(qtbot, context, database):  # noqa: F811 - pytest fixture
    team = make_team(database)
    meeting_id, adult_item, child_item, child_id = case_item_meeting(database, team)
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    wait_idle(qtbot, context)
    return editor, adult_item, child_item, child_id


def test_a_case_item_shows_level_flags_open_actions_and_plan_services(qtbot, case_editor, context):  # noqa: F811
    editor, _adult_item, child_item, _child_id = case_editor
    editor.select_item(child_item)
    summary = editor.case_panel.summary.text()
    assert editor.case_panel.isVisible()
    for shown in ("MSI-2569-0002", "ความเสี่ยงสูง", "กรณีเด็ก", "พิจารณาซ้ำภายใน 12 เดือน", "1 มิ.ย. 2569",
                  "เลยกำหนดทบทวนการประเมิน (15 ต.ค. 2569)", "สอบปากคำเด็กร่วมสหวิชาชีพ", "ที่พักปลอดภัย"):  # fmt: skip
        assert shown in summary
    row = editor.agenda_model.index_of(child_item).data()
    assert row.endswith("[เด็ก · ซ้ำใน 12 เดือน · เลยกำหนดทบทวน]")
    editor.select_item(next(i.id for i in editor.view.items if i.number == "1"))
    assert not editor.case_panel.isVisible()


def test_childrens_cases_first_is_one_undoable_step(qtbot, case_editor, context):  # noqa: F811
    editor, adult_item, child_item, _child_id = case_editor
    qtbot.mouseClick(editor.children_first_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    section = next(i for i in editor.view.items if i.number == "4")
    assert [(c.id, c.number) for c in section.children] == [(child_item, "4.1"), (adult_item, "4.2")]
    editor.undo_stack.undo()
    wait_idle(qtbot, context)
    section = next(i for i in editor.view.items if i.number == "4")
    assert [c.id for c in section.children] == [adult_item, child_item]


def test_assessing_from_the_item_shows_the_new_level_there(qtbot, case_editor, context, database):  # noqa: F811
    from mdt_desktop.domain.codes import RiskLevel
    from mdt_desktop.services import risk

    editor, adult_item, _child_item, _child_id = case_editor
    editor.select_item(adult_item)
    assert "ยังไม่ได้ประเมินความเสี่ยง" in editor.case_panel.summary.text()
    qtbot.mouseClick(editor.case_panel.assess_button, Qt.MouseButton.LeftButton)
    dialog = editor.case_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.case_id == editor.current_item().cases[0].id and dialog.agenda_item_id == adult_item
    wait_idle(qtbot, context)  # what the dialog loads has arrived
    dialog.close()
    # What the dialog's save does (its own tests type the answers): an assessment from this item.
    risk.assess(
        database, dialog.case_id, "domestic_abuse_checklist", 1, {}, D(2026, 11, 21), "นักสังคมสงเคราะห์",
        "เลขานุการ", override_level=RiskLevel.HIGH, override_reason="ดุลยพินิจ", agenda_item_id=adult_item,
    )  # fmt: skip
    context.signals.case_changed.emit(dialog.case_id)
    wait_idle(qtbot, context)
    assert "ความเสี่ยงสูง" in editor.case_panel.summary.text()
    qtbot.mouseClick(editor.case_panel.plan_button, Qt.MouseButton.LeftButton)
    assert editor.case_dialog is not None and editor.case_dialog.meeting_id == editor.meeting_id
    wait_idle(qtbot, context)
    editor.case_dialog.close()


def test_a_review_due_of_a_case_not_on_the_agenda_is_named_above_it(qtbot, case_editor, context, database):  # noqa: F811
    """The child's review fell due on 15 Oct; with its item removed from the 21 Nov meeting the room is told."""
    editor, _adult_item, child_item, _child_id = case_editor
    assert not editor.reviews_due_label.isVisible()  # the case is on the agenda: its item carries the flag
    meetings.unlink_case(database, child_item, _child_id)
    editor.reload()
    wait_idle(qtbot, context)
    assert editor.reviews_due_label.isVisible()
    assert editor.reviews_due_label.text() == (
        "ถึงกำหนดทบทวนการประเมินความเสี่ยง แต่ยังไม่อยู่ในวาระ: MSI-2569-0002 (ครบ 15 ต.ค. 2569)"
    )
    meetings.set_status(
        database, editor.meeting_id, "approved"
    )  # a past meeting's minutes: not flagged there
    editor.reload()
    wait_idle(qtbot, context)
    assert not editor.reviews_due_label.isVisible()
