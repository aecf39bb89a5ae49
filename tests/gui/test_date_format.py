"""One date form on screen: the register, the cases, the members and the holidays tables show the short Thai form with the
Buddhist-Era year ("1 ต.ค. 2569"), never the typed form dd/mm/yyyy, in their cells and in their tooltips."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.cases.cases_page import CasesPage
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.register.register_model import DUE, TASK
from mdt_desktop.gui.register.register_page import RegisterPage
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.gui.team.bodies_page import BodiesPage
from mdt_desktop.services import settings as team_settings
from mdt_desktop.storage.database import Database
from tests.gui.page_support import wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

TYPED_FORM = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


def texts(model: QAbstractItemModel) -> list[str]:
    """Every text the table shows or shows on hover."""
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    found.append(value)
    return found


def assert_no_typed_dates(model: QAbstractItemModel) -> None:
    shown = texts(model)
    assert shown, "the table is empty: nothing was checked"
    assert [text for text in shown if TYPED_FORM.search(text)] == []


def test_the_screen_form_is_the_short_thai_form_with_the_buddhist_era_year() -> None:
    assert screen_date(dt.date(2025, 12, 23)) == "23 ธ.ค. 2568"
    assert screen_date(None) == ""


def test_register_shows_due_dates_in_the_short_thai_form(qtbot: QtBot, context: AppContext) -> None:
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    model = page.model
    due_by_task = {model.index(r, TASK).data(): model.index(r, DUE).data() for r in range(model.rowCount())}
    assert due_by_task["งาน visit"] == "1 ต.ค. 2569"
    assert due_by_task["งาน school"] == "15 ธ.ค. 2569"
    assert_no_typed_dates(model)
    save_shot(page, "dates_register")


def test_cases_show_the_intake_date_in_the_short_thai_form(qtbot: QtBot, context: AppContext) -> None:
    page = CasesPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    assert "1 ก.ย. 2569" in texts(page.model)
    assert_no_typed_dates(page.model)
    save_shot(page, "dates_cases")


def test_members_terms_are_in_the_short_thai_form(qtbot: QtBot, context: AppContext) -> None:
    page = BodiesPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    page.body_list.setCurrentItem(
        page.body_list.findItems("ทีมสหวิชาชีพอำเภอแม่กลอง", Qt.MatchFlag.MatchExactly)[0]
    )
    wait_idle(qtbot, context)
    assert "1 ม.ค. 2568 – ปัจจุบัน" in texts(page.members)
    assert_no_typed_dates(page.members)
    save_shot(page, "dates_members")


def test_holidays_are_listed_in_the_short_thai_form(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    team_settings.put_holiday(database, dt.date(2025, 12, 23), "วันหยุดของสำนักงาน")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    table = page.ui.holidayTable
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "23 ธ.ค. 2568" in shown
    assert [text for text in shown if TYPED_FORM.search(text) or "พ.ศ." in text] == []
