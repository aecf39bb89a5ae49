"""The exchange in the GUI: the centre's import (a refused file named with its message while the good one goes in,
a repeat saying nothing changed), the trusted districts (the fingerprint shown before trusting, removing after
asking), and the district's export a centre can import (with the signing offer when the office has no
certificate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mdt_desktop.exports.signing import new_self_signed
from mdt_desktop.gui.centre.centre_page import CentrePage
from mdt_desktop.gui.centre.import_dialogs import ImportSummaryDialog
from mdt_desktop.gui.centre.send_dialog import SendToCentreDialog
from mdt_desktop.gui.centre.trusted_dialog import TrustedDistrictsDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services import exchange
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.database import Database
from tests.centre_fixtures import (
    NORTH,
    Province,
    build_north,
    build_province,
    certificate_of,
    new_database,
    period,
)
from tests.gui.page_support import wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)

TODAY = dt.date.today()
MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")


def _thai(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year + 543}"


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Province]:
    built = build_province(tmp_path, TODAY, trust_south=False)
    yield built
    built.close()


@pytest.fixture
def centre_context(province: Province) -> Iterator[AppContext]:
    context = make_context(province.centre)
    yield context
    context.tasks.shutdown()


def _package_for_another_centre(province: Province) -> Path:
    elsewhere = new_self_signed("ศูนย์ปฏิบัติการจังหวัดอื่น", dt.datetime.now(dt.UTC))
    start, end = period(TODAY)
    destination = province.folder / "for-another-centre.mdtx"
    exchange.export_package(province.north, elsewhere.certificate_pem, start, end, destination, actor="ลขน.")
    return destination


def _summary(page: CentrePage) -> ImportSummaryDialog:
    dialog = page.package_import.summary_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_refused_package_is_named_with_its_message_and_the_good_one_goes_in(
    qtbot: QtBot, centre_context: AppContext, province: Province
) -> None:
    page = CentrePage(centre_context, preferences=Preferences())
    qtbot.addWidget(page)
    page.resize(1166, 708)
    page.show()
    page.activate()
    wait_idle(qtbot, centre_context)

    chooser = page.package_import.choose_files()
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles
    assert any("*.mdtx" in name for name in chooser.nameFilters())
    chooser.reject()

    other_centre = _package_for_another_centre(province)
    files = [province.south_package, province.north_package, other_centre]
    page.package_import.run(files)
    progress = page.package_import.progress_dialog
    assert progress is not None and progress.isVisible() and progress.maximum() == 3
    qtbot.waitUntil(lambda: "จาก 3" in progress.labelText())
    assert progress.labelText().startswith("กำลังนำเข้าไฟล์ ")
    save_shot(progress, "centre-import-progress")
    wait_idle(qtbot, centre_context)
    assert page.package_import.progress_dialog is None
    summary = _summary(page)
    text = summary.text()
    save_shot(summary, "centre-import-summary")

    assert text.startswith("นำเข้า 1 ไฟล์ ปฏิเสธ 2 ไฟล์")
    blocks = {path.name: text[text.index(path.name) :] for path in files}
    south, north, elsewhere = (blocks[path.name] for path in files)
    # South is signed by a certificate this centre has not trusted; the next file is imported all the same.
    assert south.split("\n")[1].startswith("ปฏิเสธ: แพ็กเกจนี้ลงนามด้วยใบรับรองที่ศูนย์นี้ไม่ได้เชื่อถือ")
    assert "อำเภอ: อำเภอเหนือ" in north
    assert "เพิ่ม: คณะ/ทีม 2, การประชุม 3, งาน 5, กรณี 1, การส่งต่อ 3" in north
    start, end = period(TODAY)
    assert north.split("\n")[2] == f"ช่วงเวลา: {_thai(start)} ถึง {_thai(end)}"
    assert elsewhere.split("\n")[1].startswith("ปฏิเสธ: แพ็กเกจนี้ส่งถึงศูนย์อื่น ไม่ใช่ศูนย์นี้")
    # The page took the good package in.
    assert page.districts_model.rowCount() == 1
    assert page.districts_model.index(0, 0).data() == NORTH
    assert page.districts_model.index(0, 3).data() == "3"

    page.package_import.run([province.north_package])
    wait_idle(qtbot, centre_context)
    again = _summary(page).text()
    assert "นำเข้าแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลง" in again
    assert "เพิ่ม:" not in again


def test_trusting_shows_the_fingerprint_first_and_removing_asks(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    signing.create_identity(database, "ศูนย์ปฏิบัติการจังหวัด")
    district = new_self_signed("อำเภอตะวันออก", dt.datetime.now(dt.UTC))
    certificate_file = tmp_path / "east.pem"
    certificate_file.write_bytes(district.certificate_pem)
    hex_pairs = (
        x509.load_pem_x509_certificate(district.certificate_pem).fingerprint(hashes.SHA256()).hex(":").upper()
    ).split(":")
    expected_lines = ":".join(hex_pairs[:16]) + "\n" + ":".join(hex_pairs[16:])
    context = make_context(database)
    try:
        dialog = TrustedDistrictsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_idle(qtbot, context)
        assert dialog.rows() == []

        not_a_certificate = tmp_path / "notes.pem"
        not_a_certificate.write_text("ไม่ใช่ใบรับรอง", encoding="utf-8")
        dialog.read_certificate(not_a_certificate)
        wait_idle(qtbot, context)
        assert not dialog.confirm_group.isVisible()
        assert dialog.error_label.text().startswith("ไฟล์ notes.pem ไม่ใช่ใบรับรอง")

        dialog.read_certificate(certificate_file)
        wait_idle(qtbot, context)
        assert dialog.confirm_group.isVisible()
        assert dialog.fingerprint_label.text() == expected_lines
        type_text(dialog.name_combo.lineEdit(), "อำเภอตะวันออก")
        save_shot(dialog, "centre-trusted-confirm")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        assert dialog.rows() == [("อำเภอตะวันออก", expected_lines)]
        assert not dialog.confirm_group.isVisible()
        assert not dialog.error_label.isVisible()
        save_shot(dialog, "centre-trusted-list")

        dialog.table.selectRow(0)
        question = dialog.ask_to_remove()
        assert question is not None and question.isVisible()
        assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        assert dialog.rows() == [("อำเภอตะวันออก", "ไม่มีใบรับรองที่เชื่อถือ")]
        assert exchange.districts(database)[0].fingerprints == ()
    finally:
        context.tasks.shutdown()


def _centre_certificate_file(folder: Path) -> tuple[Database, Path]:
    centre = new_database(folder, "centre")
    signing.create_identity(centre, "ศูนย์ปฏิบัติการจังหวัด")
    path = folder / "centre.pem"
    path.write_bytes(certificate_of(centre))
    return centre, path


def _send_dialog(qtbot: QtBot, context: AppContext) -> SendToCentreDialog:
    dialog = SendToCentreDialog(context, preferences=Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    return dialog


def test_the_district_export_writes_a_package_the_centre_imports(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    build_north(database, TODAY)
    signing.create_identity(database, NORTH)
    centre, centre_file = _centre_certificate_file(tmp_path)
    Preferences().set(Pref.EXPORT_FOLDER, str(tmp_path))
    context = make_context(database)
    try:
        dialog = _send_dialog(qtbot, context)
        assert dialog.signing_offer.isHidden()  # the office can sign
        first = TODAY.replace(day=1) - dt.timedelta(days=1)
        assert dialog.to_edit.date() == first and dialog.from_edit.date() == first.replace(day=1)
        dialog.certificate_edit.setText(str(centre_file))
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findText(NORTH))
        start, end = period(TODAY)
        dialog.from_edit.setDate(start)
        dialog.to_edit.setDate(end)
        expected = tmp_path / f"report-NTH-{start.year:04d}-{start.month:02d}.mdtx"
        assert Path(dialog.destination_edit.text()) == expected
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        result = dialog.status_label.text()
        save_shot(dialog, "centre-send-dialog")
        assert expected.is_file()
        assert "การประชุม 3 · งาน 5 · กรณี 1 · การส่งต่อ 3" in result
        assert "ข้อมูลระบุตัวตน 0 กรณี" in result
        assert Preferences().get(Pref.CENTRE_CERTIFICATE) == str(centre_file)

        exchange.trust_certificate(centre, certificate_of(database), NORTH, actor="ศูนย์ฯ")
        summary = exchange.import_package_file(centre, expected, actor="ศูนย์ฯ")
        assert (summary.district, summary.added["meeting"], summary.added["action"]) == (NORTH, 3, 5)

        # Once more to the same file: replaced only after the person says so.
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        box = dialog.replace_box
        assert box is not None and box.isVisible()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        assert dialog.status_label.text().startswith("บันทึกแล้วที่")

        # The next dialog remembers the centre's certificate.
        assert _send_dialog(qtbot, context).certificate_edit.text() == str(centre_file)
    finally:
        context.tasks.shutdown()
        centre.close()


def test_without_a_signing_certificate_the_dialog_offers_one_and_goes_on(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    build_north(database, TODAY)
    centre, centre_file = _centre_certificate_file(tmp_path)
    context = make_context(database)
    try:
        dialog = _send_dialog(qtbot, context)
        assert dialog.signing_offer.isVisible()
        save_shot(dialog, "centre-send-dialog-signing-offer")
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        dialog.certificate_edit.setText(str(centre_file))
        dialog.destination_edit.setText(str(tmp_path / "north.mdtx"))
        type_text(dialog.signing_offer.office_edit, NORTH)
        qtbot.mouseClick(dialog.signing_offer.create_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
        wait_idle(qtbot, context)  # the export the offer let go on
        assert dialog.signing_offer.isHidden()
        assert (tmp_path / "north.mdtx").is_file()
        assert dialog.status_label.text().startswith("บันทึกแล้วที่")
    finally:
        context.tasks.shutdown()
        centre.close()


def test_the_file_menu_offers_the_report_to_the_centre(qtbot: QtBot, database: Database) -> None:
    context = make_context(database)
    try:
        window = MainWindow(context, Preferences())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        texts = [action.text() for action in window.ui.menuFile.actions()]
        assert "ส่งรายงานถึงศูนย์ฯ จังหวัด…" in texts
        window.ui.actionSendToCentre.trigger()
        wait_idle(qtbot, context)
        dialog = window.send_to_centre_dialog
        assert isinstance(dialog, SendToCentreDialog) and dialog.isVisible()
        assert dialog.isModal()  # window-modal through open()
        page = window.show_page("centre")
        wait_idle(qtbot, context)
        assert isinstance(page, CentrePage)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        dialog.close()
        save_shot(window, "centre-main-window")
    finally:
        context.tasks.shutdown()
