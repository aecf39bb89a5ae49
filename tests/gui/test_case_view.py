"""A case's own view: opened from the list (Enter, double-click) or from search, its story on one page (header,
risk chart, plan, referrals, meetings and actions), back to the list, and identity still behind its button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.cases.assessment_dialog import AssessmentDialog
from mdt_desktop.gui.cases.case_view import CaseView
from mdt_desktop.gui.cases.cases_page import CasesPage, IdentityDialog
from mdt_desktop.gui.cases.referral_dialog import ReferralDialog
from mdt_desktop.gui.cases.safety_plan_dialog import SafetyPlanDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.gui.shell.search_dialog import SearchDialog
from mdt_desktop.services import audit, cases, risk
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import RiskAssessment
from tests.case_story_fixtures import PLANTED, CaseHistory, build_history
from tests.gui.page_support import open_dialog, shown_cases_page, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def history(database: Database, sample: Sample) -> CaseHistory:
    return build_history(database, sample)


@pytest.fixture
def context(database: Database, sample: Sample, history: CaseHistory) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> CasesPage:
    page = shown_cases_page(qtbot, context, (1366, 768))
    return page


def cells(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def shown_texts(view: CaseView) -> str:
    labels = " ".join(label.text() for label in view.findChildren(QLabel))
    tables = " ".join(
        " ".join(" ".join(row) for row in cells(table)) for table in view.findChildren(QTableView)
    )
    return f"{labels} {tables} {view.ui.riskChart.toolTip()}"


def checklist_title(context: AppContext) -> str:
    shipped = risk.list_instruments(context.database).find("domestic_abuse_checklist", 1)
    assert shipped is not None
    return shipped.title.th


def double_click(qtbot: QtBot, view: QTableView, row: int) -> None:
    """As a person does it: the first click selects, the second opens."""
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def open_with_enter(qtbot: QtBot, page: CasesPage, context: AppContext) -> CaseView:
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.view is not None and page.stack.currentWidget() is page.view
    wait_idle(qtbot, context)
    return page.view


def test_enter_opens_the_story_of_the_case_and_back_returns_to_the_list(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    view = open_with_enter(qtbot, page, context)
    ui = view.ui

    assert ui.codeLabel.text() == "กรณี MKL-2569-0001"
    assert ui.typeValue.text() == "ความรุนแรงในครอบครัว"
    assert ui.childValue.text() == "ผู้ใหญ่"
    assert ui.outcomeValue.text() == "อยู่ระหว่างดำเนินการ"
    assert ui.consentValue.text() == "ยังไม่บันทึกความยินยอม"
    # The latest level, overridden by judgement and past its review date.
    assert ui.latestLevel.text() == "ล่าสุด: ความเสี่ยงสูง · 15 ต.ค. 2569 · คะแนน 13"
    assert ui.reviewLabel.text() == (
        f"{checklist_title(context)} · ปรับตามดุลยพินิจ (แบบประเมินให้ ความเสี่ยงปานกลาง)"
        " · เลยกำหนดทบทวน 15 พ.ย. 2569 แล้ว"
    )

    assert cells(ui.meetingsView) == [
        ["3/2569", "15 ต.ค. 2569", "3.2 ติดตามกรณีความรุนแรงในครอบครัว", "ส่งต่อโรงพยาบาลเพื่อดูแลสุขภาพจิต"],
        ["2/2569", "10 ก.ย. 2569", "4.1 กรณีความรุนแรงในครอบครัว รายที่ 1", "มอบ พมจ. เยี่ยมบ้านและประเมินความเสี่ยง"],
    ]
    assert ui.planBox.title() == "แผนความปลอดภัยฉบับที่ 2 · ตกลงเมื่อ 15 ต.ค. 2569 · ลงนามแล้ว 15 ต.ค. 2569"
    assert cells(ui.planView) == [
        ["ตรวจและบันทึกทางนิติเวช", "รพ.มก.", "20 ต.ค. 2569", "ดำเนินการแล้ว"],
        ["ที่พักปลอดภัย", "พมจ.", "30 พ.ย. 2569", "กำลังดำเนินการ"],
    ]
    referrals = cells(ui.referralsView)
    assert referrals[0][:5] == ["พมจ.", "รพ.มก.", "สุขภาพจิต", "16 ต.ค. 2569", "ส่งต่อแล้ว รอตอบรับ"]
    assert referrals[0][5] == "30 ต.ค. 2569 · เกินกำหนด"
    assert referrals[1][2] == "ส่งต่อระดับจังหวัด"
    actions = cells(ui.actionsView)
    assert [row[:3] for row in actions] == [
        ["3/2569", "รพ.มก.", "นัดตรวจสุขภาพจิต"],
        ["2/2569", "พมจ.", "งาน visit"],
    ]
    assert "เกินกำหนด" in actions[1][3] and "เกินกำหนด" not in actions[0][3]
    # Nothing typed in a restricted field reaches this page.
    assert PLANTED not in shown_texts(view)
    save_shot(view, "case_view")

    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    assert page.view is None and page.stack.currentWidget() is page.list_page
    assert page.selected_case() is not None and page.selected_case().id == sample.case_id


def test_the_chart_has_one_point_per_assessment_in_date_order(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    chart = open_with_enter(qtbot, page, context).ui.riskChart
    points, positions = chart.points(), chart.point_positions()
    assert [p.assessed_on for p in points] == [
        dt.date(2026, 9, 5),
        dt.date(2026, 9, 20),
        dt.date(2026, 10, 15),
    ]
    assert len(positions) == 3
    assert positions[0].x() < positions[1].x() < positions[2].x()
    # Higher levels sit higher: standard, then medium, then high.
    assert positions[0].y() > positions[1].y() > positions[2].y()
    assert all(chart.rect().contains(p.toPoint()) for p in positions)
    assert f"15 ต.ค. 2569: ความเสี่ยงสูง (13) · {checklist_title(context)}" in chart.toolTip()


def test_double_click_opens_the_case_and_a_meeting_of_its_story(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    double_click(qtbot, page.table, 0)
    assert page.view is not None and page.stack.currentWidget() is page.view
    wait_idle(qtbot, context)
    meetings = page.view.ui.meetingsView
    opened: list[tuple[int, int, int]] = []
    context.signals.open_meeting_at_requested.connect(lambda *place: opened.append(place))
    double_click(qtbot, meetings, 1)
    discussion = page.view.discussions.record(1)
    assert opened == [(sample.meeting1, discussion.item_id, 0)]  # at the item where the case was discussed


def test_the_view_follows_changes_to_its_case(
    qtbot: QtBot, page: CasesPage, context: AppContext, database: Database, sample: Sample
) -> None:
    view = open_with_enter(qtbot, page, context)
    with database.session() as s:
        s.add(
            RiskAssessment(
                case_id=sample.case_id,
                instrument_key="domestic_abuse_checklist",
                instrument_version=1,
                assessed_on=dt.date(2026, 11, 20),
                assessor="นายสมชาย ใจดี",
                score=15,
                computed_level="high",
                level="high",
                next_review_on=dt.date(2030, 1, 1),
            )
        )
    with qtbot.waitSignal(view.loaded):
        context.signals.case_changed.emit(sample.case_id)
    assert len(view.ui.riskChart.point_positions()) == 4
    assert "คะแนน 15" in view.ui.latestLevel.text()
    assert view.ui.reviewLabel.text() == f"{checklist_title(context)} · ทบทวนครั้งต่อไป 1 ม.ค. 2573"


def test_identity_needs_its_button_and_consent_and_is_audited(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    view = open_with_enter(qtbot, page, context)
    assert not view.ui.identityButton.isEnabled()  # no consent yet
    cases.record_consent(
        context.database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีม"
    )
    with qtbot.waitSignal(view.loaded):
        context.signals.cases_changed.emit()
    wait_idle(qtbot, context)
    assert view.ui.consentValue.text() == "ให้ความยินยอมแล้ว มีผลอยู่"
    assert view.ui.identityButton.isEnabled()
    assert (
        audit.list_entries(context.database, "case_identity", sample.case_id) == []
    )  # the view read nothing

    qtbot.mouseClick(view.ui.identityButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    dialog = open_dialog(page, IdentityDialog)
    assert "MKL-2569-0001" in dialog.windowTitle()
    dialog.ui.purposeCombo.setCurrentIndex(dialog.ui.purposeCombo.findData("referral"))
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    dialog.reject()
    events = [
        (e.actor, e.event) for e in audit.list_entries(context.database, "case_identity", sample.case_id)
    ]
    assert events == [("เลขานุการทดสอบ", "view_restricted")]


def test_a_case_found_by_search_opens_its_view_in_the_main_window(
    qtbot: QtBot, context: AppContext, sample: Sample
) -> None:
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    with qtbot.waitSignal(dialog.answered, timeout=5000):
        type_text(dialog.ui.queryEdit, "MKL-2569-0001")
    wait_idle(qtbot, context)
    assert dialog.model.rowCount() >= 1
    assert dialog.model.index(dialog.ui.resultsView.currentIndex().row()).data().startswith("กรณี")
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    wait_idle(qtbot, context)

    cases_page = window.created_pages()["cases"]
    assert isinstance(cases_page, CasesPage)
    assert window.ui.pages.currentWidget() is cases_page
    assert cases_page.view is not None and cases_page.stack.currentWidget() is cases_page.view
    assert cases_page.view.ui.codeLabel.text() == "กรณี MKL-2569-0001"
    assert not dialog.isVisible()
    save_shot(window, "case_view_in_window")
    context.tasks.run_and_wait(lambda: None)


def test_the_assessment_plan_and_referral_buttons_open_their_dialogs_for_this_case(
    qtbot: QtBot, page: CasesPage, context: AppContext, sample: Sample
) -> None:
    view = open_with_enter(qtbot, page, context)
    qtbot.mouseClick(view.ui.assessButton, Qt.MouseButton.LeftButton)
    assessment = open_dialog(view, AssessmentDialog)
    assert assessment.case_id == sample.case_id and assessment.agenda_item_id is None
    wait_idle(qtbot, context)
    assert "MKL-2569-0001" in assessment.windowTitle()
    assessment.reject()
    qtbot.mouseClick(view.ui.planButton, Qt.MouseButton.LeftButton)
    plan = open_dialog(view, SafetyPlanDialog)
    assert plan.case_id == sample.case_id and plan.meeting_id is None
    wait_idle(qtbot, context)
    plan.reject()
    qtbot.mouseClick(view.ui.referralButton, Qt.MouseButton.LeftButton)
    referrals = open_dialog(view, ReferralDialog)
    assert referrals.case_id == sample.case_id
    wait_idle(qtbot, context)
    referrals.reject()


def test_on_a_read_only_database_the_view_reads_but_neither_assesses_nor_opens_identity(
    qtbot: QtBot, database: Database, sample: Sample, history: CaseHistory
) -> None:
    cases.record_consent(database, sample.case_id, "ผู้เสียหาย", "เลขานุการ", dt.date(2026, 10, 1), "แบ่งปันกับทีม")
    path, key, slots = database.path, database.key, database.slots
    database.close()
    read_only = Database(path, key, slots, read_only=True)
    context = make_context(read_only)
    try:
        page = CasesPage(context)
        qtbot.addWidget(page)
        page.show()
        page.activate()
        wait_idle(qtbot, context)
        view = open_with_enter(qtbot, page, context)
        assert view.ui.codeLabel.text() == "กรณี MKL-2569-0001" and len(view.ui.riskChart.points()) == 3
        assert not view.ui.identityButton.isEnabled()  # opening it writes its audit entry
        assert "อ่านอย่างเดียว" in view.ui.identityButton.toolTip()
        assert not view.ui.assessButton.isEnabled()
        assert (
            view.ui.planButton.isEnabled() and view.ui.referralButton.isEnabled()
        )  # they show what is there
    finally:
        context.tasks.shutdown()
        read_only.close()
