"""Linking a case to an agenda item as a secretary does: type part of a code or a case type, pick from the list
(the body's own cases first, each with its type and risk level), press Enter; an empty or unknown code is refused
with a message; actions already on the item can follow the case, and a later action carries it by itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor
from mdt_desktop.services import meetings
from mdt_desktop.storage.models import Body, CaseFile, RiskAssessment
from tests.gui.meeting_fixtures import context, make_team, wait_idle  # noqa: F401 - fixture
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

D = dt.date


@pytest.fixture
def team(database):
    team = make_team(database)
    with database.session() as s:
        other = Body(kind="mdt", name_th="ทีมสหวิชาชีพอำเภอเชียงแสน", level="district", code="CSN")
        s.add(other)
        s.flush()
        s.add_all(
            [
                CaseFile(code="CSN-2569-0007", body_id=other.id, case_type="domestic_violence", intake_date=D(2026, 1, 2)),
                CaseFile(code="MSI-2569-0007", body_id=team["body"], case_type="domestic_violence", intake_date=D(2026, 1, 3)),
                CaseFile(code="MSI-2569-0008", body_id=team["body"], case_type="child_sexual_abuse", is_child=True,
                         intake_date=D(2026, 1, 4)),
            ]
        )  # fmt: skip
        s.flush()
        msi7 = s.query(CaseFile).filter_by(code="MSI-2569-0007").one()
        s.add(RiskAssessment(case_id=msi7.id, instrument_key="k", instrument_version=1, assessed_on=D(2026, 11, 1),
                             assessor="x", computed_level="high", level="high", score=15))  # fmt: skip
    return team


@pytest.fixture
def editor(qtbot, context, database, team):  # noqa: F811 - pytest fixture
    meeting_id = meetings.create_meeting(database, team["body"], D(2026, 11, 21))
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    wait_idle(qtbot, context)
    assert editor.view is not None
    editor.select_item(next(i.id for i in editor.view.items if i.number == "4"))
    return editor


def popup_rows(editor: MeetingEditor) -> list[str]:
    model = editor.case_picker.model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_part_of_a_code_offers_the_bodys_own_cases_first_with_type_and_level(qtbot, editor, context):  # noqa: F811
    field = editor.ui.caseCodeEdit
    field.setFocus()
    type_text(field, "0007")
    qtbot.waitUntil(lambda: editor.case_picker.model.rowCount() == 2)
    assert editor.case_picker.codes() == ["MSI-2569-0007", "CSN-2569-0007"]
    assert popup_rows(editor)[0] == "MSI-2569-0007 · ความรุนแรงในครอบครัว · ความเสี่ยงสูง"
    assert popup_rows(editor)[1].endswith("ยังไม่ได้ประเมินความเสี่ยง")
    qtbot.waitUntil(editor.case_picker.completer.popup().isVisible)
    popup = editor.case_picker.completer.popup()
    popup.setCurrentIndex(editor.case_picker.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    assert editor.ui.messageLabel.text() == ""
    assert editor.ui.caseCodeEdit.text() == ""
    assert [c.code for c in editor.current_item().cases] == ["MSI-2569-0007"]
    assert editor.case_panel.isVisible()
    assert "ความเสี่ยงสูง" in editor.case_panel.summary.text()


def test_a_case_type_finds_its_cases(qtbot, editor):
    editor.ui.caseCodeEdit.setFocus()
    type_text(editor.ui.caseCodeEdit, "ล่วงละเมิดทางเพศเด็ก")
    qtbot.waitUntil(lambda: editor.case_picker.codes() == ["MSI-2569-0008"])
    assert "เด็ก" in popup_rows(editor)[0]


def test_an_empty_or_unknown_code_is_refused_with_a_message(qtbot, editor, context):  # noqa: F811
    qtbot.mouseClick(editor.ui.linkCaseButton, Qt.MouseButton.LeftButton)
    assert editor.ui.messageLabel.text() == meetings.CASE_CODE_REQUIRED.th
    editor.ui.caseCodeEdit.setText("MSI-2569-9999")
    qtbot.mouseClick(editor.ui.linkCaseButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert editor.ui.messageLabel.text() == meetings.CASE_NOT_FOUND.th
    assert editor.current_item().cases == []


def test_linking_offers_to_link_the_items_actions_and_later_actions_carry_the_case(
    qtbot,
    editor,
    context,  # noqa: F811
    database,
    team,
):
    item = editor.current_item()
    meetings.add_action(database, editor.meeting_id, item.id, team["pmj"], "เยี่ยมบ้าน", D(2026, 12, 21))
    editor.ui.caseCodeEdit.setText("MSI-2569-0007")
    qtbot.keyClick(editor.ui.caseCodeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.link_actions_question is not None)
    question = editor.link_actions_question
    assert "1 งาน" in question.text() and "MSI-2569-0007" in question.text()
    yes = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert [a.case_code for a in editor.current_item().actions] == ["MSI-2569-0007"]
    editor.undo_stack.undo()  # the actions' link is its own step
    wait_idle(qtbot, context)
    assert [a.case_code for a in editor.current_item().actions] == [""]
    assert [c.code for c in editor.current_item().cases] == ["MSI-2569-0007"]
    meetings.add_action(database, editor.meeting_id, item.id, team["police"], "สอบปากคำ", D(2026, 12, 21))
    editor.reload()
    wait_idle(qtbot, context)
    assert [a.case_code for a in editor.current_item().actions] == ["", "MSI-2569-0007"]
