"""The first signed export without a detour: choosing the signed action records with no certificate offers to make
the office's certificate there and then, and the export goes on to signed files named by the meeting's number; the
file dialogs are Qt's own (translated) and start in the folder of the last export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mdt_desktop.demo import build_demo
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.meeting.export_dialog import ExportDialog
from mdt_desktop.services import meetings
from mdt_desktop.services import settings as team_settings
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.database import Database
from tests.gui.meeting_fixtures import context, wait_idle  # noqa: F401 - fixture
from tests.gui.test_settings_signing import _office_p12

SHOTS = Path("/tmp/shots")


def _meeting_with_most_actions(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT meeting_id FROM action_point GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id LIMIT 1"
        ).scalar_one()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "preferences.ini")


@pytest.fixture
def open_dialog(qtbot, context: AppContext, database: Database, preferences):  # noqa: F811
    build_demo(database, "small")
    assert signing.current_identity(database) is None  # the office has never signed
    context.user_name = "นางสาวเลขา ทดสอบ"
    meeting_id = _meeting_with_most_actions(database)
    opened: list[ExportDialog] = []

    def make() -> ExportDialog:
        dialog = ExportDialog(context, meeting_id, preferences=preferences)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle(qtbot, context)
        opened.append(dialog)
        return dialog

    yield make
    wait_idle(qtbot, context)


@pytest.fixture
def out(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ส่งหน่วยงาน"
    folder.mkdir()
    yield folder


def test_the_first_signed_export_offers_the_certificate_and_ends_with_signed_files(
    qtbot,
    open_dialog,
    context,  # noqa: F811 - fixture
    database,
    out,
):
    dialog = open_dialog()
    assert not dialog.signing_offer.isVisible()  # the minutes are not signed: nothing to ask yet
    dialog.ui.actionsRadio.setChecked(True)
    wait_idle(qtbot, context)
    offer = dialog.signing_offer
    assert offer.isVisible()
    assert offer.office_edit.text() == team_settings.proposed_office_name(database) != ""
    assert offer.create_button.isEnabled() and not offer.import_button.isEnabled()
    dialog.set_destination(out)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "approved-signing-offer.png"))
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(offer.create_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    identity = signing.current_identity(database)
    assert identity is not None and identity.label == team_settings.proposed_office_name(database)
    summary = meetings.get_meeting_summary(database, dialog.meeting_id)
    number = f"{summary.number}-{summary.year_be}"
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(agency.file_name for agency in dialog.agencies) and len(written) >= 2
    for name in written:
        assert name.startswith(f"actions-{number}-") and name.endswith(".pdf"), name
        assert f"m{dialog.meeting_id}" not in name
        report = signing.verify_file(out / name)
        assert report.unchanged and report.signed_by == identity.subject
    assert "บันทึกแล้ว" in dialog.ui.statusLabel.text()


def test_an_export_that_finds_no_certificate_offers_it_and_goes_on(
    qtbot,
    open_dialog,
    context,  # noqa: F811 - fixture
    database,
    out,
):
    dialog = open_dialog()
    signing.create_identity(database, "ทีมสหวิชาชีพทดสอบ")
    dialog.ui.actionsRadio.setChecked(True)
    wait_idle(qtbot, context)
    assert not dialog.signing_offer.isVisible()  # the office can sign: nothing is asked
    with database.session() as session:  # the certificate is gone by the time the person presses export
        session.execute(signing.SigningIdentity.__table__.delete())
    dialog.set_destination(out)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()
    wait_idle(qtbot, context)
    assert "ยังไม่มีใบรับรองสำหรับลงนาม" in dialog.ui.statusLabel.text()
    assert dialog.signing_offer.isVisible() and list(out.iterdir()) == []
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(dialog.signing_offer.create_button, Qt.MouseButton.LeftButton)
    assert len(list(out.iterdir())) == len(dialog.agencies)


def test_the_file_dialog_is_qts_own_and_proposes_the_last_folder_next_time(
    qtbot,
    open_dialog,
    context,  # noqa: F811 - fixture
    database,
    out,
    preferences,
):
    signing.create_identity(database, "ทีมสหวิชาชีพทดสอบ")
    first = open_dialog()
    first.ui.actionsRadio.setChecked(True)
    wait_idle(qtbot, context)
    first.set_destination(out)
    with qtbot.waitSignal(first.finished_export, timeout=60000):
        first.ui.exportButton.click()
    assert preferences.get(Pref.EXPORT_FOLDER) == str(out)
    first.close()

    second = open_dialog()
    assert second.destination() is None
    file_dialog = second.browse()
    assert file_dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert Path(file_dialog.directory().absolutePath()) == out
    summary = meetings.get_meeting_summary(database, second.meeting_id)
    expected_name = f"รายงานการประชุม {summary.number}-{summary.year_be}.docx"  # the number, no slash
    assert file_dialog.selectedFiles() == [str(out / expected_name)]
    file_dialog.selectFile(str(out / expected_name))
    file_dialog.accept()
    assert second.destination() == out / expected_name


def test_the_offices_own_pkcs12_file_is_imported_from_the_offer_and_signs(
    qtbot,
    open_dialog,
    context,  # noqa: F811 - fixture
    database,
    out,
    tmp_path,
):
    _office_p12(tmp_path / "office.p12", "ถูกต้อง-2569")
    dialog = open_dialog()
    dialog.ui.actionsRadio.setChecked(True)
    wait_idle(qtbot, context)
    offer = dialog.signing_offer
    offer.pkcs12_edit.setText(str(tmp_path / "office.p12"))
    offer.password_edit.setText("ผิด")
    qtbot.mouseClick(offer.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert offer.isVisible() and offer.message_label.text()  # refused, said in place; nothing exported
    assert signing.current_identity(database) is None and list(out.iterdir()) == []
    dialog.set_destination(out)
    offer.password_edit.setText("ถูกต้อง-2569")
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(offer.import_button, Qt.MouseButton.LeftButton)
    assert offer.password_edit.text() == ""  # the file's password does not stay on screen
    written = sorted(out.iterdir())
    assert written and all(signing.verify_file(path).signed_by == "สำนักงานพัฒนาสังคมฯ" for path in written)
