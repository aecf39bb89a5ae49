"""The export dialog refuses minutes that still hold a person's name, says where (never what), asks for a reason
and exports with it; the audit keeps the reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mdt_desktop.demo import build_demo
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.meeting.export_dialog import ExportDialog
from mdt_desktop.services import meetings
from mdt_desktop.services.audit import list_entries
from mdt_desktop.storage.database import Database
from tests.gui.meeting_fixtures import context, wait_idle  # noqa: F401 - fixture
from tests.register_fixtures import save_shot

NAME = "นายสมปอง ทองดี"


@pytest.fixture
def dialog(qtbot, context: AppContext, database: Database) -> Iterator[ExportDialog]:  # noqa: F811
    build_demo(database, "small")
    context.user_name = "นางสาวเลขา ทดสอบ"
    with database.engine.connect() as connection:
        meeting_id = connection.exec_driver_sql(
            "SELECT min(id) FROM meeting WHERE status != 'approved'"  # approved minutes change by amendment only
        ).scalar_one()
    item = meetings.load_meeting(database, meeting_id).items[0]
    meetings.update_item_text(database, item.id, "resolution", f"ให้ติดตาม{NAME} ต่อไป")
    dialog = ExportDialog(context, meeting_id)
    dialog.item_number = item.number  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    yield dialog
    wait_idle(qtbot, context)


def test_minutes_with_a_name_ask_for_a_reason_and_go_out_with_it(qtbot, dialog, database, tmp_path: Path):
    target = tmp_path / "minutes.pdf"
    dialog.ui.minutesPdfRadio.setChecked(True)
    dialog.set_destination(target)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()

    assert not target.exists()
    status = dialog.ui.statusLabel.text()
    assert f"วาระที่ {dialog.item_number} มติ (ชื่อบุคคล)" in status
    assert NAME not in status
    box = dialog.reason_box
    assert box is not None and box.isVisible()
    assert NAME not in box.labelText()
    save_shot(box, "privacy-export-reason")

    box.setTextValue("ส่งให้พนักงานสอบสวนตามหมายเรียก")
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        box.accept()

    assert target.is_file()
    entries = [(e.event, e.actor, e.detail) for e in list_entries(database, "meeting", dialog.meeting_id)]
    assert (
        "export_identifying_confirmed",
        "นางสาวเลขา ทดสอบ",
        "person_name=1 reason=ส่งให้พนักงานสอบสวนตามหมายเรียก",
    ) in entries
    assert entries[-1][0] == "export_minutes"


def test_no_reason_exports_nothing(qtbot, dialog, tmp_path: Path):
    target = tmp_path / "minutes.docx"
    dialog.ui.minutesDocxRadio.setChecked(True)
    dialog.set_destination(target)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()
    box = dialog.reason_box
    assert box is not None
    box.reject()
    wait_idle(qtbot, dialog.context)
    assert not target.exists()
