"""The agencies page: add an agency through the dialog and find it in the table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.domain.codes import Sector
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.team.agencies_page import AgenciesPage, AgencyDialog
from mdt_desktop.storage.database import Database
from tests.gui.page_support import click_ok, open_dialog, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def context(database: Database) -> Iterator[AppContext]:
    build_sample(database)
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


def names(page: AgenciesPage) -> list[str]:
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def test_add_an_agency_and_see_it_in_the_table(qtbot: QtBot, context: AppContext) -> None:
    page = AgenciesPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    assert len(names(page)) == 3

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, AgencyDialog)
    click_ok(qtbot, dialog.ui.buttonBox)  # nothing typed yet
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "โปรดระบุชื่อหน่วยงานภาษาไทย"
    type_text(dialog.ui.abbreviation, "มพด.")
    type_text(dialog.ui.nameTh, "มูลนิธิเพื่อเด็กและสตรี")
    dialog.ui.sector.setCurrentIndex(dialog.ui.sector.findData("ngo"))
    type_text(dialog.ui.aliases, "มูลนิธิเด็ก")
    save_shot(dialog, "agency_dialog")
    with qtbot.waitSignal(context.signals.agencies_changed):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)
    assert "มูลนิธิเพื่อเด็กและสตรี" in names(page)

    type_text(page.search, "มูลนิธิเด็ก")  # found by its alias
    assert names(page) == ["มูลนิธิเพื่อเด็กและสตรี"]
    assert page.proxy.index(0, 3).data() == Sector.NGO.th
    page.search.clear()
    save_shot(page, "agencies_page")


def test_retire_an_agency_keeps_it_listed_as_inactive(qtbot: QtBot, context: AppContext) -> None:
    page = AgenciesPage(context)
    qtbot.addWidget(page)
    page.activate()
    wait_idle(qtbot, context)
    page.table.selectRow(0)
    chosen = page.proxy.index(0, 1).data()
    with qtbot.waitSignal(context.signals.agencies_changed):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    row = names(page).index(chosen)
    assert page.proxy.index(row, 6).data(Qt.ItemDataRole.ToolTipRole) == "เลิกใช้"
    assert len(names(page)) == 3
