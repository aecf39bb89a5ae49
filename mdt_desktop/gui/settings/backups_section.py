"""The backups section of the settings page: where backups go, how many are kept, when they are made, a backup
made now, and the backups there are.

The schedule is the team's (``services.backups``, kept in the database): a change is stored at once, on the
worker, and read back. "Back up now" reads the whole file, so it runs on the worker too, with the button busy
until it ends. A folder chosen before and no longer there is most often a USB drive that is not plugged in: the
backup is not attempted (it would make the folder afresh on the computer's own disk) and the page says so.
Backups are restored from the unlock window, with the database closed; this section only says where.

A database on a PostgreSQL server is no file the program can copy: its administrator backs it up with the server's
tools. There the section shows only that guidance (``pg_dump`` and ``pg_restore``, with this database's host, port
and name), never the file controls.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from mdt_desktop.gui.settings.notes import NOTE_STYLE, show_note
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.shell.server_address import address_of
from mdt_desktop.services import backups
from mdt_desktop.services.backups import BackupSchedule, BackupSettings
from mdt_desktop.storage.database import Database
from mdt_desktop.thai.dates import format_time

SCHEDULES = (BackupSchedule.DAILY, BackupSchedule.AT_CLOSE, BackupSchedule.MANUAL)  # the combo box's order
_STAMP = re.compile(r"-(\d{8})-(\d{6})-\d{6}-")  # the time a backup was made, as its name carries it


@dataclass(frozen=True)
class BackupFile:
    name: str
    made: dt.datetime
    size: int  # bytes


@dataclass(frozen=True)
class BackupsState:
    """What the section shows: the settings, the folder they lead to, whether it is there, its backups."""

    settings: BackupSettings
    folder: Path
    folder_found: bool
    files: tuple[BackupFile, ...]  # newest first


@dataclass(frozen=True)
class BackupMade:
    state: BackupsState
    made: BackupFile


# --- jobs run on the worker ----------------------------------------------------------------------------------


def _made_at(path: Path, stem: str) -> dt.datetime:
    found = _STAMP.match(path.name[len(stem) :])
    if found is not None:
        return dt.datetime.strptime(found.group(1) + found.group(2), "%Y%m%d%H%M%S")
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def load_backups(db: Database) -> BackupsState:
    settings = backups.load_backup_settings(db)
    folder = settings.folder_for(db.path)
    if not folder.is_dir():
        return BackupsState(settings, folder, False, ())
    files = []
    try:
        for path in reversed(backups.generations(db)):
            files.append(BackupFile(path.name, _made_at(path, db.path.stem), path.stat().st_size))
    except OSError:
        pass  # a drive pulled out while it was read: show what was read
    return BackupsState(settings, folder, True, tuple(files))


def save_settings(db: Database, folder: Path | None, keep: int, schedule: BackupSchedule) -> BackupsState:
    backups.save_backup_settings(db, folder, keep, schedule)
    return load_backups(db)


def back_up(db: Database) -> BackupMade:
    path = backups.back_up_now(db)
    return BackupMade(
        load_backups(db), BackupFile(path.name, _made_at(path, db.path.stem), path.stat().st_size)
    )


# --- the section ---------------------------------------------------------------------------------------------


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def when_text(made: dt.datetime) -> str:
    """The Thai short form with the Buddhist-Era year: "21 พ.ย. 2569 09.30 น."."""
    return f"{screen_date(made.date())} {format_time(made.time())}"


class BackupsSection(QObject):
    def __init__(self, page: QWidget, ui: Ui_SettingsPage, context: AppContext) -> None:
        super().__init__(page)
        self.page, self.ui, self.context = page, ui, context
        self.state: BackupsState | None = None
        self._loading = False
        self._busy = False
        ui.backupFolderNote.setStyleSheet(NOTE_STYLE)
        ui.restoreNote.setStyleSheet(NOTE_STYLE)
        ui.backupKeepSpin.setMaximum(backups.MOST_KEPT)
        ui.backupTable.horizontalHeader().setMinimumSectionSize(120)
        ui.backupTable.setColumnWidth(0, 220)
        ui.backupTable.setColumnWidth(1, 120)
        ui.chooseBackupFolderButton.clicked.connect(self._choose_folder)
        ui.defaultBackupFolderButton.clicked.connect(lambda: self._save(lambda s: replace(s, folder=None)))
        ui.backupKeepSpin.valueChanged.connect(lambda keep: self._save(lambda s: replace(s, keep=keep)))
        ui.backupScheduleCombo.currentIndexChanged.connect(
            lambda index: self._save(lambda s: replace(s, schedule=SCHEDULES[index]))
        )
        ui.backUpNowButton.clicked.connect(self.back_up_now)
        self._enable()
        if context.database.on_server:
            form = ui.backupForm
            for row in range(form.rowCount()):
                form.setRowVisible(row, False)
            form.setRowVisible(form.getWidgetPosition(ui.restoreNote)[0], True)
            self._show_server_guidance()

    def activate(self) -> None:
        database = self.context.database
        if database.on_server:
            return  # nothing of the server's backups is the program's to read
        self.context.tasks.run(lambda: load_backups(database), self._show, self._not_read)

    def _show_server_guidance(self) -> None:
        address = address_of(self.context.database)
        command = (
            f"pg_dump -Fc -h {address.host} -p {address.port} -d {address.database} -f mdt-YYYYMMDD.dump"
        )
        show_note(
            self.ui.restoreNote,
            self.tr(
                "ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ PostgreSQL {location} ไม่ใช่ไฟล์ในเครื่องนี้ โปรแกรมจึงไม่สำรองข้อมูลเอง "
                "ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump ทุกวัน เช่น\n{command}\n"
                "เก็บสำเนาไว้นอกเครื่องเซิร์ฟเวอร์ และกู้คืนด้วย pg_restore "
                "ข้อมูลลับที่โปรแกรมเข้ารหัสไว้ยังเข้ารหัสอยู่ในสำเนา จึงต้องเก็บรหัสกู้คืนข้อมูลลับไว้แยกจากสำเนาเสมอ"
            ).format(location=self.context.database.location, command=command),
        )

    # --- settings, stored at once ------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        start = str(self.state.folder) if self.state is not None else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self.page, self.tr("เลือกโฟลเดอร์สำรองข้อมูล"), start)
        if chosen:
            self._save(lambda s: replace(s, folder=Path(chosen)))

    def _save(self, change: Callable[[BackupSettings], BackupSettings]) -> None:
        """Store the settings shown, changed by ``change``, and show them as they were stored."""
        if self._loading or self.state is None:
            return
        wanted = change(self.state.settings)
        database = self.context.database
        self.context.tasks.run(
            lambda: save_settings(database, wanted.folder, wanted.keep, wanted.schedule),
            self._saved,
            self._failed,
        )

    def _saved(self, state: BackupsState) -> None:
        self._show(state)
        self._say("")

    # --- backing up now ----------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self._busy or self.state is None:
            return
        self._busy = True
        self._enable()
        self._say(self.tr("กำลังสำรองข้อมูล…"))
        database = self.context.database
        self.context.tasks.run(lambda: back_up(database), self._backed_up, self._failed)

    def _backed_up(self, result: BackupMade) -> None:
        self._busy = False
        self._show(result.state)
        self._say(
            self.tr("สำรองข้อมูลแล้ว: {name} ({when})").format(
                name=result.made.name, when=when_text(result.made.made)
            )
        )

    def _failed(self, error: UserFacingError) -> None:
        self._not_read(error)
        self.activate()  # show the settings and the backups as they are

    def _not_read(self, error: UserFacingError) -> None:
        self._busy = False
        self._enable()
        self._say(error.message(self.context.language), error=True)

    # --- showing -----------------------------------------------------------------------------------------------

    def _show(self, state: BackupsState) -> None:
        self.state = state
        ui = self.ui
        self._loading = True
        try:
            ui.backupFolderEdit.setText(str(state.folder))
            ui.backupFolderEdit.setToolTip(str(state.folder))
            ui.backupKeepSpin.setValue(state.settings.keep)
            ui.backupScheduleCombo.setCurrentIndex(SCHEDULES.index(state.settings.schedule))
        finally:
            self._loading = False
        self._show_folder_note()
        table = ui.backupTable
        table.setRowCount(len(state.files))
        for row, made in enumerate(state.files):
            table.setItem(row, 0, QTableWidgetItem(when_text(made.made)))
            table.setItem(row, 1, QTableWidgetItem(size_text(made.size)))
            table.setItem(row, 2, QTableWidgetItem(made.name))
        self._enable()

    def _show_folder_note(self) -> None:
        state = self.state
        if state is None:
            return
        missing = not state.folder_found and state.settings.folder is not None
        notes = []
        if missing:
            notes.append(self.tr("ไม่พบโฟลเดอร์นี้ ถ้าเป็นแฟลชไดรฟ์ โปรดเสียบก่อนสำรองข้อมูล"))
        elif state.settings.folder is None:
            notes.append(self.tr("โฟลเดอร์ backups ข้างไฟล์ข้อมูล (ค่าเริ่มต้น) ควรเลือกแฟลชไดรฟ์หรือดิสก์อีกลูกหนึ่ง"))
        if not missing and not state.files:
            notes.append(self.tr("ยังไม่มีสำเนาสำรองในโฟลเดอร์นี้"))
        show_note(self.ui.backupFolderNote, " ".join(notes), error=missing)

    def _enable(self) -> None:
        ready = self.state is not None
        writable = (
            ready
            and not self.context.database.read_only
            and role_gating.keeps_team_setup(self.context.permissions)
        )
        ui = self.ui
        for control in (
            ui.chooseBackupFolderButton,
            ui.backupKeepSpin,
            ui.backupScheduleCombo,
        ):
            control.setEnabled(writable)
        ui.defaultBackupFolderButton.setEnabled(
            writable and self.state is not None and self.state.settings.folder is not None
        )
        ui.backUpNowButton.setEnabled(ready and not self._busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_note(self.ui.backupMessage, text, error=error)

    def retranslate(self) -> None:
        if self.context.database.on_server:
            self._show_server_guidance()
        elif self.state is not None:
            self._show(self.state)
