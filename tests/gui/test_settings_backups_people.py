"""The settings page's office settings as a person uses them: where backups go, how many are kept and when, a
backup made now and listed; the automatic lock; the people of the database; the certificate saved for the centre;
and a read-only database, where nothing that writes can be pressed."""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.settings.settings_page import SettingsPage
from mdt_desktop.services import audit, profiles
from mdt_desktop.services import settings as team_settings
from mdt_desktop.services.backups import BackupSchedule, load_backup_settings
from mdt_desktop.services.exports import signing
from mdt_desktop.storage import owner_only
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.thai.dates import to_be
from tests.conftest import TEST_PASSPHRASE
from tests.gui.page_support import wait_idle
from tests.register_fixtures import make_context, save_shot

SECRETARY = "เลขานุการทดสอบ"


@pytest.fixture
def context(database: Database, qtbot: QtBot) -> Iterator[AppContext]:
    ctx = make_context(database)
    ctx.profile_id = profiles.add_profile(database, SECRETARY, "").id
    yield ctx
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    ctx.tasks.shutdown()


def _open_page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    return _open_page(qtbot, context)


def _scroll_to(page: SettingsPage, name: str) -> None:
    group = getattr(page.ui, name)
    page.ui.scrollArea.ensureWidgetVisible(group, 0, 0)
    page.ui.scrollArea.verticalScrollBar().setValue(group.y())


# --- backups ----------------------------------------------------------------------------------------------------


def test_backup_settings_are_stored_and_a_backup_made_now_is_listed(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database, tmp_path: Path, monkeypatch
) -> None:
    ui = page.ui
    beside = database.path.parent / "backups"
    assert ui.backupFolderEdit.text() == str(beside)  # the real path, not "default"
    assert "ข้างไฟล์ข้อมูล" in ui.backupFolderNote.text()
    assert ui.backupTable.rowCount() == 0

    usb = tmp_path / "USB-DRIVE"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    qtbot.mouseClick(ui.chooseBackupFolderButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    ui.backupKeepSpin.setValue(3)
    wait_idle(qtbot, context)
    ui.backupScheduleCombo.setCurrentIndex(2)
    wait_idle(qtbot, context)
    stored = load_backup_settings(database)
    assert (stored.folder, stored.keep, stored.schedule) == (usb, 3, BackupSchedule.MANUAL)
    assert ui.backupFolderEdit.text() == str(usb)

    qtbot.mouseClick(ui.backUpNowButton, Qt.MouseButton.LeftButton)
    assert not ui.backUpNowButton.isEnabled()  # busy until the copy is made and checked
    qtbot.waitUntil(lambda: "สำรองข้อมูลแล้ว" in ui.backupMessage.text(), timeout=20000)
    wait_idle(qtbot, context)
    made = [p for p in usb.iterdir() if p.suffix == ".mdt"]
    assert len(made) == 1 and made[0].name in ui.backupMessage.text()
    assert ui.backupTable.rowCount() == 1 and ui.backupTable.item(0, 2).text() == made[0].name
    when = ui.backupTable.item(0, 0).text()
    assert str(to_be(dt.date.today().year)) in when and "น." in when  # Thai short date, Buddhist Era, time
    assert ui.backupTable.item(0, 1).text().endswith(("KB", "MB"))
    assert ui.backUpNowButton.isEnabled()
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))  # the form's texts are set afresh
    assert ui.backupTable.rowCount() == 1 and ui.backupScheduleCombo.currentIndex() == 2
    assert ui.backupFolderEdit.text() == str(usb) and ui.backupKeepSpin.value() == 3
    _scroll_to(page, "backupGroup")
    save_shot(page, "settings_backups")


def test_an_unwritable_backup_folder_is_told_and_nothing_changes(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database, monkeypatch
) -> None:
    def refused(path: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(owner_only, "create_empty_file", refused)  # root writes anywhere: the OS refuses here
    before = load_backup_settings(database)
    qtbot.mouseClick(page.ui.backUpNowButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    expected = StorageError(StorageProblem.READ_ONLY, Path("x")).message("th").split("x")[0][:20]
    assert expected and expected in page.ui.backupMessage.text()
    assert page.ui.backupTable.rowCount() == 0
    assert load_backup_settings(database) == before
    assert not any((database.path.parent / "backups").glob("*.mdt"))
    assert page.ui.backUpNowButton.isEnabled()


def test_an_unplugged_backup_drive_is_named_and_not_made_again_on_the_computer(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database, tmp_path: Path, monkeypatch
) -> None:
    usb = tmp_path / "USB-DRIVE"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    qtbot.mouseClick(page.ui.chooseBackupFolderButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    usb.rmdir()  # pulled out
    qtbot.mouseClick(page.ui.backUpNowButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "ไม่พบโฟลเดอร์" in page.ui.backupMessage.text() and str(usb) in page.ui.backupMessage.text()
    assert "ไม่พบโฟลเดอร์นี้" in page.ui.backupFolderNote.text()
    assert not usb.exists()
    assert load_backup_settings(database).folder == usb  # still the drive, for when it is back


# --- the automatic lock -----------------------------------------------------------------------------------------


def test_the_automatic_lock_minutes_are_stored_and_never_is_warned(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database
) -> None:
    spin = page.ui.autoLockSpin
    assert spin.value() == team_settings.DEFAULT_AUTO_LOCK_MINUTES and spin.isEnabled()
    with qtbot.waitSignal(context.signals.settings_changed, timeout=5000):
        spin.setValue(25)
    assert team_settings.load_auto_lock_minutes(database) == 25
    with qtbot.waitSignal(context.signals.settings_changed, timeout=5000):
        spin.setValue(0)
    assert team_settings.load_auto_lock_minutes(database) == 0
    assert spin.text() == "ไม่ล็อกเอง" and "ผู้อื่นจะเห็นข้อมูล" in page.ui.autoLockNote.text()
    assert any(entry.event == "auto_lock_set" for entry in audit.list_entries(database))


# --- people -----------------------------------------------------------------------------------------------------


def _names(page: SettingsPage) -> list[str]:
    return [page.ui.peopleList.item(row).text() for row in range(page.ui.peopleList.count())]


def test_a_person_is_added_a_duplicate_refused_and_a_retirement_asked_first(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database
) -> None:
    ui = page.ui
    assert SECRETARY in ui.currentPersonLabel.text()
    assert _names(page) == [f"{SECRETARY} (กำลังใช้งาน)"]

    ui.newPersonEdit.setText("สมศรี ใจดี")  # keyClicks types Latin-1 only
    qtbot.mouseClick(ui.addPersonButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "สมศรี ใจดี" in _names(page), timeout=5000)
    assert ui.newPersonEdit.text() == ""
    assert any(
        entry.event == "profile_added" and entry.actor == SECRETARY for entry in audit.list_entries(database)
    )

    ui.newPersonEdit.setText("สมศรี ใจดี")
    qtbot.mouseClick(ui.addPersonButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ui.peopleMessage.text()), timeout=5000)
    assert ui.peopleMessage.text() == profiles.PROFILE_NAME_TAKEN.th
    assert _names(page).count("สมศรี ใจดี") == 1

    ui.peopleList.setCurrentRow(_names(page).index(f"{SECRETARY} (กำลังใช้งาน)"))
    assert not ui.retirePersonButton.isEnabled()  # not the one working now

    ui.peopleList.setCurrentRow(_names(page).index("สมศรี ใจดี"))
    assert ui.retirePersonButton.isEnabled()
    qtbot.mouseClick(ui.retirePersonButton, Qt.MouseButton.LeftButton)
    asked = [box for box in page.findChildren(QMessageBox) if box.isVisible()]
    assert len(asked) == 1 and "สมศรี ใจดี" in asked[0].text()
    assert "สมศรี ใจดี" in _names(page)  # nothing happens before the answer
    retire = next(b for b in asked[0].buttons() if b.text() == "ปิดการใช้งาน")
    qtbot.mouseClick(retire, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "สมศรี ใจดี" not in _names(page), timeout=5000)
    assert [p.name for p in profiles.list_profiles(database)] == [SECRETARY]
    assert [p.name for p in profiles.list_profiles(database, include_retired=True) if p.retired] == [
        "สมศรี ใจดี"
    ]
    _scroll_to(page, "peopleGroup")
    save_shot(page, "settings_people")


def test_cancelling_the_question_retires_nobody(
    qtbot: QtBot, page: SettingsPage, context: AppContext, database: Database
) -> None:
    profiles.add_profile(database, "มานะ ขยัน", SECRETARY)
    page.activate()
    wait_idle(qtbot, context)
    page.ui.peopleList.setCurrentRow(_names(page).index("มานะ ขยัน"))
    qtbot.mouseClick(page.ui.retirePersonButton, Qt.MouseButton.LeftButton)
    asked = next(box for box in page.findChildren(QMessageBox) if box.isVisible())
    qtbot.mouseClick(asked.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "มานะ ขยัน" in _names(page)
    assert len(profiles.list_profiles(database)) == 2


# --- the certificate for the centre ------------------------------------------------------------------------------


def test_the_certificate_saved_for_the_centre_has_the_fingerprint_the_page_shows(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path, monkeypatch
) -> None:
    signing.create_identity(database, "ทีมสหวิชาชีพอำเภอเมือง")
    page = _open_page(qtbot, context)
    ui = page.ui
    assert ui.exportCertificateButton.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "ใบรับรองทีม"), ""))
    qtbot.mouseClick(ui.exportCertificateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "บันทึกใบรับรองแล้ว" in ui.signingMessage.text(), timeout=10000)
    saved = tmp_path / "ใบรับรองทีม.pem"
    certificate = x509.load_pem_x509_certificate(saved.read_bytes())
    digest = certificate.fingerprint(hashes.SHA256())
    halves = [":".join(f"{b:02X}" for b in digest[:16]), ":".join(f"{b:02X}" for b in digest[16:])]
    assert ui.identityFingerprintValue.text().split("\n") == halves
    assert ui.signingMessage.text().split("\n")[-2:] == halves
    assert b"PRIVATE KEY" not in saved.read_bytes()
    assert any(entry.event == "export_certificate" for entry in audit.list_entries(database))


def test_without_a_certificate_there_is_nothing_to_save(page: SettingsPage) -> None:
    assert not page.ui.exportCertificateButton.isEnabled()


# --- a read-only database ----------------------------------------------------------------------------------------


@pytest.fixture
def read_only_context(tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    path = tmp_path / "shared" / "team.mdt"
    created, _code = Database.create(path, TEST_PASSPHRASE)
    profile = profiles.add_profile(created, SECRETARY, "")
    signing.create_identity(created, "ทีมสหวิชาชีพอำเภอเมือง")
    team_settings.put_holiday(created, dt.date(2027, 4, 13), "วันสงกรานต์")
    key, slots = created.key, created.slots
    created.close()
    database = Database(path, key, slots, read_only=True)
    ctx = make_context(database)
    ctx.profile_id = profile.id
    yield ctx
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    ctx.tasks.shutdown()
    database.close()


def test_on_a_read_only_database_nothing_that_writes_can_be_pressed(
    qtbot: QtBot, read_only_context: AppContext
) -> None:
    page = _open_page(qtbot, read_only_context)
    ui = page.ui
    assert ui.readOnlyNote.isVisible() and "อ่านอย่างเดียว" in ui.readOnlyNote.text()
    ui.newPersonEdit.setText("สมศรี ใจดี")
    writers = (
        ui.mdtLabelCombo,
        ui.autoLockSpin,
        ui.newPersonEdit,
        ui.addPersonButton,
        ui.retirePersonButton,
        ui.addHolidayButton,
        ui.chooseBackupFolderButton,
        ui.backupKeepSpin,
        ui.backupScheduleCombo,
        ui.changePassphraseButton,
        ui.newRecoveryCodeButton,
        ui.createIdentityButton,
        ui.importIdentityButton,
        ui.exportCertificateButton,
    )
    assert [w.objectName() for w in writers if w.isEnabled()] == []
    assert ui.holidayTable.item(0, 1).text() == "วันสงกรานต์"  # there to read, not to change
    ui.holidayTable.selectRow(0)
    assert not ui.updateHolidayButton.isEnabled() and not ui.removeHolidayButton.isEnabled()
    # Reading still works: the people, the backup folder and the certificate are shown.
    assert _names(page) == [f"{SECRETARY} (กำลังใช้งาน)"]
    assert ui.backupFolderEdit.text().endswith("backups")
    assert ui.identityFingerprintValue.text()
    assert ui.backUpNowButton.isEnabled()  # a backup reads the file; it is written elsewhere
    save_shot(page, "settings_read_only")


def test_the_page_fits_1366_by_768_and_scrolls_to_every_section(qtbot: QtBot, page: SettingsPage) -> None:
    ui = page.ui
    assert ui.scrollArea.widget().minimumSizeHint().width() <= 1366
    assert ui.scrollArea.horizontalScrollBar().maximum() == 0  # nothing cut off at the side
    save_shot(page, "settings_top")
    for name in (
        "generalGroup",
        "peopleGroup",
        "holidayGroup",
        "backupGroup",
        "securityGroup",
        "signingGroup",
    ):
        _scroll_to(page, name)
        save_shot(page, f"settings_{name}")
        assert getattr(page.ui, name).visibleRegion().boundingRect().height() > 0


def test_the_instruments_are_listed_and_an_office_file_is_imported_or_refused_by_name(
    qtbot: QtBot, page: SettingsPage, context: AppContext, tmp_path: Path
) -> None:
    import json

    from mdt_desktop.services import risk

    table = page.ui.instrumentsTable
    titles = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert len(titles) == 3 and any("24 ข้อ" in title for title in titles)

    shipped = risk.instruments_dir() / "child_protection_screen.json"
    definition = json.loads(shipped.read_text(encoding="utf-8"))
    definition.update(key="office_child_screen", version=1)
    definition["title"] = {"th": "แบบคัดกรองเด็กของจังหวัด", "en": "The province's child screen"}
    office = tmp_path / "office.json"
    office.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    page.instruments.import_file(office)
    wait_idle(qtbot, context)
    assert table.rowCount() == 4
    assert "แบบคัดกรองเด็กของจังหวัด" in [table.item(row, 0).text() for row in range(table.rowCount())]
    assert page.ui.instrumentsNote.text() == "นำเข้าแล้ว: แบบคัดกรองเด็กของจังหวัด ฉบับที่ 1"

    broken = tmp_path / "ของสำนักงาน.json"
    broken.write_text("{ not json", encoding="utf-8")
    page.instruments.import_file(broken)
    wait_idle(qtbot, context)
    assert "ของสำนักงาน.json" in page.ui.instrumentsNote.text()
    assert table.rowCount() == 4  # nothing changed
    assert page.ui.importInstrumentButton.isEnabled()
