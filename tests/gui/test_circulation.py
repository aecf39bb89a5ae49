"""Circulation in the program: after saving the action records, the secretary logs one agency's record as sent,
and the action register shows that agency's record as sent in time and the others as not sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mdt_desktop.demo import build_demo
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.meeting.export_dialog import ExportDialog
from mdt_desktop.gui.register.register_model import CirculationModel
from mdt_desktop.gui.register.register_page import RegisterPage
from mdt_desktop.services.circulation import list_sent
from mdt_desktop.services.exports.signing import create_identity
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.models import Meeting
from tests.gui.page_support import wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE
from tests.register_fixtures import make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def context(database: Database, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = make_context(database)  # with the program's Thai font, for the screenshot
    yield ctx
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    ctx.tasks.shutdown()


def _meeting_held_today(database: Database) -> int:
    """The demo meeting with the most actions, moved to today with no times: its records are due tomorrow night."""
    with database.engine.connect() as connection:
        meeting_id: int = connection.exec_driver_sql(
            "SELECT meeting_id FROM action_point GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id LIMIT 1"
        ).scalar_one()
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.date, meeting.start_time, meeting.end_time = dt.date.today(), None, None
    return meeting_id


def _column(model: CirculationModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_record_marked_as_sent_shows_as_sent_in_time_in_the_register(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
) -> None:
    build_demo(database, "small")
    meeting_id = _meeting_held_today(database)
    create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    context.user_name = "นางสาวเลขา ทดสอบ"

    dialog = ExportDialog(context, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    assert not dialog.ui.sentGroup.isVisible()  # nothing saved, nothing to log yet
    dialog.ui.actionsRadio.setChecked(True)
    dialog.set_destination(tmp_path)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()
    assert dialog.ui.sentGroup.isVisible()
    agencies = dialog.agencies
    combo = dialog.ui.sentToCombo
    assert combo.itemText(0).startswith("ทุกหน่วยงาน") and combo.count() == len(agencies) + 1
    sent_to = agencies[0]
    combo.setCurrentIndex(1)
    assert combo.currentText() == sent_to.label
    with qtbot.waitSignal(dialog.marked_sent, timeout=10000):
        dialog.ui.markSentButton.click()
    assert "บันทึกแล้วว่าส่งบันทึกการมอบหมายงานให้ " + sent_to.label in dialog.ui.statusLabel.text()
    [entry] = list_sent(database, meeting_id)
    assert (entry.agency_id, entry.document, entry.actor, entry.file_name) == (
        sent_to.id,
        "action_record",
        "นางสาวเลขา ทดสอบ",
        sent_to.file_name,
    )

    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 640)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    page.ui.statusFilter.setCurrentIndex(1)  # every status: the meeting's actions whatever their state
    wait_idle(qtbot, context)
    rows = [r for r in range(page.model.rowCount()) if page.model.row_data(r).meeting_id == meeting_id]
    assert rows
    page.ui.table.selectRow(rows[0])
    wait_idle(qtbot, context)
    circulation = page.circulation
    assert page.model.row_data(rows[0]).meeting_label in page.ui.circulationTitle.text()
    labels = _column(circulation, 0)
    records = dict(zip(labels, _column(circulation, CirculationModel.RECORD), strict=True))
    assert len(records) == len(agencies)
    assert records.pop(sent_to.label) == "ส่งทันเวลา"
    assert set(records.values()) == {"ยังไม่ส่ง"}  # due only tomorrow night: not late yet
    assert set(_column(circulation, CirculationModel.MINUTES)) == {"ยังไม่ส่ง"}
    save_shot(page, "register_circulation")

    # Marking another agency while the register is open shows at once, with no need to reselect.
    other = agencies[1]
    combo.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.marked_sent, timeout=10000):
        dialog.ui.markSentButton.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(
        lambda: (
            dict(
                zip(
                    _column(page.circulation, 0),
                    _column(page.circulation, CirculationModel.RECORD),
                    strict=True,
                )
            ).get(other.label)
            == "ส่งทันเวลา"
        )
    )


def test_the_register_says_when_a_record_is_late_or_was_never_sent(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
) -> None:
    from mdt_desktop.services.circulation import record_sent

    build_demo(database, "small")
    meeting_id = _meeting_held_today(database)
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.date = dt.date.today() - dt.timedelta(days=30)
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    page.ui.statusFilter.setCurrentIndex(1)
    wait_idle(qtbot, context)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).meeting_id == meeting_id)
    late_agency = page.model.row_data(row).agency_id
    record_sent(database, meeting_id, "action_record", late_agency, "เลขา")
    page.ui.table.selectRow(row)
    wait_idle(qtbot, context)
    circulation = page.circulation
    states = {
        circulation.line(r).status.agency_id: circulation.index(r, CirculationModel.RECORD).data()
        for r in range(circulation.rowCount())
    }
    assert states.pop(late_agency) == "ส่งช้า"
    assert set(states.values()) == {"เลยกำหนด ยังไม่ส่ง"}
