"""The export dialog: minutes saved where the person chose, a PDF preview, records per agency, and failures in Thai."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from mdt_desktop.demo import build_demo
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.meeting.export_dialog import ExportDialog
from mdt_desktop.services.audit import list_entries
from mdt_desktop.services.exports import destination
from mdt_desktop.storage.database import Database
from tests.gui.meeting_fixtures import context, wait_idle  # noqa: F401


def _largest_meeting(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT meeting_id FROM action_point GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id LIMIT 1"
        ).scalar_one()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where exports go; the test database itself lives in tmp_path."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot, context: AppContext, database: Database) -> Iterator[ExportDialog]:  # noqa: F811
    build_demo(database, "small")
    context.user_name = "นางสาวเลขา ทดสอบ"
    dialog = ExportDialog(context, _largest_meeting(database))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    yield dialog
    wait_idle(qtbot, context)


def _export(qtbot, dialog: ExportDialog) -> str:
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        dialog.ui.exportButton.click()
    return dialog.ui.statusLabel.text()


def test_minutes_docx_is_saved_where_chosen_and_the_dialog_says_where(qtbot, dialog, database, out):
    target = out / "รายงาน" / "minutes.docx"
    target.parent.mkdir()
    dialog.ui.minutesDocxRadio.setChecked(True)
    dialog.ui.recipientEdit.setText("ศูนย์ปฏิบัติการจังหวัด")
    dialog.set_destination(target)
    message = _export(qtbot, dialog)
    assert target.is_file() and target.read_bytes()[:2] == b"PK"  # a Word file is a zip
    assert str(target) in message and "บันทึกแล้ว" in message
    assert dialog.last_saved == [target]
    exports = [
        entry for entry in list_entries(database, "meeting", dialog.meeting_id) if "export" in entry.event
    ]
    assert [(entry.actor, entry.recipient) for entry in exports] == [("นางสาวเลขา ทดสอบ", "ศูนย์ปฏิบัติการจังหวัด")]


def test_switching_to_pdf_keeps_the_folder_and_changes_the_extension(dialog, out):
    dialog.set_destination(out / "minutes.docx")
    dialog.ui.minutesPdfRadio.setChecked(True)
    assert dialog.destination() == out / "minutes.pdf"


def test_pdf_preview_shows_the_pages_before_saving(qtbot, dialog, out):
    dialog.ui.minutesPdfRadio.setChecked(True)
    dialog.ui.classificationCombo.setCurrentText("ลับ")
    with qtbot.waitSignal(dialog.previewed, timeout=60000):
        dialog.ui.previewButton.click()
    assert dialog.preview_page_count() >= 1, dialog.ui.previewHint.text()
    assert not list(out.iterdir())  # previewing saved nothing
    dialog.ui.recipientEdit.setText(
        "นายผู้รับ"
    )  # other options: the pages shown are no longer what would be saved
    qtbot.waitUntil(lambda: dialog.preview_page_count() == 0)


def test_destination_under_a_file_gives_a_thai_message_and_no_file(qtbot, dialog, out):
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    dialog.set_destination(blocker / "minutes.docx")
    message = _export(qtbot, dialog)
    assert "ไม่สำเร็จ" in message and "ไม่ใช่โฟลเดอร์" in message
    assert dialog.last_saved == []
    assert dialog.ui.exportButton.isEnabled()  # the person can choose another place and try again


def test_missing_folder_gives_a_thai_message_and_nothing_to_log_as_sent(qtbot, dialog, out):
    dialog.show()
    dialog.set_destination(out / "ไม่มีโฟลเดอร์นี้" / "minutes.docx")
    assert "ไม่พบโฟลเดอร์ปลายทาง" in _export(qtbot, dialog)
    assert not dialog.ui.sentGroup.isVisible()  # nothing was saved, so nothing can be logged as sent


def test_a_full_disk_leaves_no_half_written_file(qtbot, dialog, out, monkeypatch):
    # Simulated: the one seam through which the service's bytes reach the disk fails as a full disk does.
    def fill_the_disk(stream, content):
        stream.write(content[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(destination, "write_all", fill_the_disk)
    target = out / "minutes.docx"
    dialog.set_destination(target)
    message = _export(qtbot, dialog)
    assert "พื้นที่ดิสก์เต็ม" in message and "บันทึกแล้ว" not in message
    assert list(out.iterdir()) == []  # neither the file nor its temporary part
    assert dialog.last_saved == []


def test_a_file_already_there_is_replaced_only_when_the_person_says_so(qtbot, dialog, database, out):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    target = out / "minutes.docx"
    target.write_bytes(b"last week's minutes")
    dialog.set_destination(target)
    message = _export(qtbot, dialog)
    assert "มีไฟล์ชื่อนี้อยู่แล้ว" in message and dialog.last_saved == []
    box = dialog.replace_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"last week's minutes"

    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: dialog.replace_box is not box and dialog.replace_box.isVisible(), timeout=60000)
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(dialog.replace_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert target.read_bytes()[:2] == b"PK" and dialog.last_saved == [target]
    assert "บันทึกแล้ว" in dialog.ui.statusLabel.text()
    assert sorted(out.iterdir()) == [target]


def test_a_refused_destination_is_told_in_english_for_an_english_user(qtbot, dialog, out):
    dialog.context.language = "en"
    dialog.set_destination(out / "missing" / "minutes.docx")
    message = _export(qtbot, dialog)
    assert "the folder" in message and "does not exist" in message and "minutes.docx" in message


def test_action_records_for_every_agency_are_signed_files_in_the_folder(qtbot, dialog, database, out):
    from mdt_desktop.services.exports.signing import create_identity

    create_identity(database, "ศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์จังหวัด")
    agencies = dialog.agencies
    assert len(agencies) >= 2 and dialog.ui.actionsRadio.isEnabled()
    dialog.ui.actionsRadio.setChecked(True)
    # The minutes' digits and classification apply to the records; language and recipient do not.
    assert dialog.ui.digitsCombo.isEnabled() and dialog.ui.classificationCombo.isEnabled()
    assert not dialog.ui.languageCombo.isEnabled() and not dialog.ui.recipientEdit.isEnabled()
    dialog.ui.digitsCombo.setCurrentIndex(dialog.ui.digitsCombo.findData("arabic"))
    dialog.ui.classificationCombo.setCurrentText("ลับมาก")
    dialog.set_destination(out)
    steps: list[int] = []
    dialog.ui.progressBar.valueChanged.connect(steps.append)
    message = _export(qtbot, dialog)
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(agency.file_name for agency in agencies)
    assert all((out / name).read_bytes().startswith(b"%PDF") for name in written)
    assert f"{len(agencies)} ไฟล์" in message
    assert steps and steps[-1] == len(agencies)
    pages = [page.extract_text() for page in PdfReader(out / written[0]).pages]
    assert all(page.count("ลับมาก") == 2 for page in pages)
    assert "พ.ศ. 25" in "".join(pages) and not any(d in "".join(pages) for d in "๐๑๒๓๔๕๖๗๘๙")


def test_records_already_in_the_folder_are_replaced_after_asking(qtbot, dialog, database, out):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from mdt_desktop.services.exports.signing import create_identity

    create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    dialog.ui.actionsRadio.setChecked(True)
    dialog.set_destination(out)
    first = dialog.agencies[0]
    (out / first.file_name).write_bytes(b"sent yesterday")
    message = _export(qtbot, dialog)
    assert first.file_name in message and list(out.iterdir()) == [out / first.file_name]  # nothing else began
    with qtbot.waitSignal(dialog.finished_export, timeout=60000):
        qtbot.mouseClick(dialog.replace_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert sorted(path.name for path in out.iterdir()) == sorted(
        agency.file_name for agency in dialog.agencies
    )
    assert (out / first.file_name).read_bytes().startswith(b"%PDF")


def test_action_records_without_a_certificate_say_so_in_thai(qtbot, dialog, out):
    dialog.ui.actionsRadio.setChecked(True)
    dialog.ui.agencyCombo.setCurrentIndex(1)
    dialog.set_destination(out)
    message = _export(qtbot, dialog)
    assert "ใบรับรอง" in message
    assert not list(out.iterdir())


def test_the_meeting_editor_opens_the_export_dialog_for_its_meeting(qtbot, context, database):  # noqa: F811
    from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor

    build_demo(database, "small")
    meeting_id = _largest_meeting(database)
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(qtbot, context)
    editor.export_button.click()
    dialog = editor.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible() and dialog.meeting_id == meeting_id
    wait_idle(qtbot, context)
    assert dialog.meeting_label in dialog.windowTitle()
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize(("radio", "magic"), [("annexDocxRadio", b"PK"), ("annexPdfRadio", b"%PDF")])
def test_the_restricted_case_annex_is_saved_and_its_export_logged(qtbot, dialog, database, out, radio, magic):
    dialog.set_destination(out)
    dialog.ui.minutesPdfRadio.setChecked(True)
    assert dialog.destination().name.startswith("รายงานการประชุม")
    # The proposed name follows the kind: the annex is never saved under the minutes' name.
    getattr(dialog.ui, radio).setChecked(True)
    target = dialog.destination()
    assert target is not None and target.parent == out and target.name.startswith("ข้อมูลกรณี (ลับ)")
    message = _export(qtbot, dialog)
    assert target.read_bytes().startswith(magic), message
    assert dialog.last_saved == [target]
    assert not dialog.ui.sentGroup.isVisible()  # the annex is not a document of the circulation log
    events = [entry.event for entry in list_entries(database, "meeting", dialog.meeting_id)]
    assert "export_annex" in events
