"""The consent dialog's "consent to the provincial centre": unchecked unless the person ticks it, and what is ticked
reaches the database and decides whether the case's identity record leaves in the package for the centre."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.cases.cases_page import CasesPage, ConsentDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.services import cases, exchange
from mdt_desktop.storage.database import Database
from tests.gui.page_support import click_ok, open_dialog, shown_cases_page, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


def _consent_through_the_dialog(
    qtbot: QtBot, context: AppContext, page: CasesPage, *, to_centre: bool
) -> ConsentDialog:
    page.table.selectRow(0)
    qtbot.mouseClick(page.consent_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, ConsentDialog)
    assert not dialog.ui.sharesWithCentre.isChecked()  # never assumed
    type_text(dialog.ui.givenBy, "ผู้เสียหาย")
    type_text(dialog.ui.scope, "แบ่งปันข้อมูลกับหน่วยงานในทีมสหวิชาชีพ")
    if to_centre:
        qtbot.mouseClick(dialog.ui.sharesWithCentre, Qt.MouseButton.LeftButton)
        save_shot(dialog, "centre-consent-dialog")
    with qtbot.waitSignal(context.signals.cases_changed):
        click_ok(qtbot, dialog.ui.buttonBox)
    wait_idle(qtbot, context)
    return dialog


def _identity_in_package(context: AppContext, case_id: int) -> bool:
    cases.save_identity(
        context.database, case_id, cases.IdentityRecord(full_name="นางสาวสมมุติ ทดสอบ"), actor="เลขานุการ"
    )
    payload = exchange.build_payload(context.database, dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    sent = [case for case in payload["records"]["case"] if case["id"] == case_id]
    assert len(sent) == 1
    return "identity" in sent[0]


@pytest.mark.parametrize("to_centre", [True, False])
def test_the_consent_to_the_centre_is_stored_as_ticked_and_decides_the_package(
    qtbot: QtBot, context: AppContext, sample: Sample, to_centre: bool
) -> None:
    page = shown_cases_page(qtbot, context, (1000, 420))
    _consent_through_the_dialog(qtbot, context, page, to_centre=to_centre)

    [consent] = cases.list_consents(context.database, sample.case_id)
    assert consent.shares_with_centre is to_centre
    view = page.open_case(sample.case_id)
    wait_idle(qtbot, context)
    assert ("ยินยอมให้ส่งข้อมูลระบุตัวตนถึงศูนย์ฯ จังหวัด" in view.ui.consentValue.text()) is to_centre
    assert _identity_in_package(context, sample.case_id) is to_centre
