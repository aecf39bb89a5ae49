"""Restoring a database from a backup, offered by the unlock window before any database is open.

The dialog lists the backups in the ``backups`` folder beside the database (newest first, with the Buddhist-Era
date and time each was made and its size), lets the person pick another file (a backup kept on a USB drive), asks
the passphrase that opens that backup and runs ``services.backups.restore`` on the worker. The current file is
set aside beside it, never overwritten; ``restored`` carries where it was put. No profile is chosen yet at this
point, so the audit entry names the system login.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTreeWidgetItem, QWidget

from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.thai.dates import format_time

ERROR_STYLE = "color: #b00020;"
# The time a backup was made, as storage.backups writes it into the name: <stem>-YYYYMMDD-HHMMSS-micro-<reason>.
_STAMP = re.compile(r"-(\d{8}-\d{6})-\d{6}-")


def system_login() -> str:
    """The actor of what is done before a profile is chosen: the person logged in to the computer."""
    try:
        return getpass.getuser()
    except OSError:
        return "?"


def backup_made_at(backup: Path) -> dt.datetime:
    """When a backup was made: from its name (a copy keeps it), else the file's modification time."""
    found = _STAMP.search(backup.name)
    if found:
        try:
            return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            pass  # digits that are no date: the file's own time says it
    return dt.datetime.fromtimestamp(backup.stat().st_mtime)


def describe_when(moment: dt.datetime) -> str:
    """ "30 พ.ย. 2569 09.15 น.": the Thai short date with the Buddhist-Era year, and the time."""
    return f"{screen_date(moment.date())} {format_time(moment.time())}"


def describe_size(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{max(size // 1024, 1)} KB"


class RestoreDialog(QDialog):
    """``start()`` shows the dialog and lists the backups on the worker; ``restored`` carries the path where the
    current file was set aside once the backup is in its place."""

    restored = Signal(object)

    def __init__(
        self, database_path: Path, tasks: TaskRunner, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database_path = Path(database_path)
        self.tasks = tasks
        self.language = language
        self._busy = False
        self.file_dialog: QFileDialog | None = None
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "เลือกสำเนาสำรองที่จะนำกลับมาแทน {name} ไฟล์ปัจจุบันจะถูกย้ายไปเก็บไว้ข้างกัน "
                "(ชื่อ …before-restore-…) ไม่ถูกเขียนทับหรือลบ"
            ).format(name=self.database_path.name)
        )
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self.ui.emptyNote.hide()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("กู้คืน"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.ui.buttons.accepted.connect(self._restore)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.otherFileButton.clicked.connect(self.choose_other_file)
        self.ui.backupList.itemSelectionChanged.connect(self._update_ok)
        self.ui.passphraseEdit.textChanged.connect(self._update_ok)
        self._update_ok()

    def start(self) -> None:
        from mdt_desktop.storage.backups import list_backups  # the storage layer is loaded on the worker

        path = self.database_path
        self._set_busy(True)
        self.open()
        self.tasks.run(lambda: list_backups(path), self._listed, self._list_failed)

    def _listed(self, made: list[Path]) -> None:
        self._set_busy(False)
        for backup in made:  # oldest first: each goes on top, so the newest ends first
            self._add(backup, select=False)
        if made:
            self.ui.backupList.setCurrentItem(self.ui.backupList.topLevelItem(0))
        else:
            self.ui.emptyNote.setText(self.tr("ไม่พบสำเนาสำรองในโฟลเดอร์ backups ข้างฐานข้อมูล"))
            self.ui.emptyNote.show()
        for column in range(self.ui.backupList.columnCount()):
            self.ui.backupList.resizeColumnToContents(column)
        self.ui.passphraseEdit.setFocus()

    def _list_failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self._show_error(error.message(self.language))

    def _add(self, backup: Path, *, select: bool) -> None:
        try:
            when, size = describe_when(backup_made_at(backup)), describe_size(backup.stat().st_size)
        except OSError:
            return  # removed or unreadable since it was listed: nothing to restore from it
        item = QTreeWidgetItem([when, size, backup.name])
        item.setData(0, Qt.ItemDataRole.UserRole, str(backup))
        item.setToolTip(2, str(backup))
        self.ui.backupList.insertTopLevelItem(0, item)
        if select:
            self.ui.backupList.setCurrentItem(item)

    def choose_other_file(self) -> QFileDialog:
        """A backup kept elsewhere (a USB drive): chosen in a file dialog and put on top of the list."""
        dialog = QFileDialog(self, self.tr("เลือกไฟล์สำรองข้อมูล"), str(self.database_path.parent))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("ฐานข้อมูล (*.mdt)"), self.tr("ทุกไฟล์ (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda chosen: self._add(Path(chosen), select=True))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def chosen_backup(self) -> Path | None:
        item = self.ui.backupList.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _restore(self) -> None:
        backup, passphrase = self.chosen_backup(), self.ui.passphraseEdit.text()
        if self._busy or backup is None or not passphrase:
            return
        from mdt_desktop.services import backups  # already loaded by the unlock window's warm-up

        path, actor = self.database_path, system_login()
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self.tasks.run(lambda: backups.restore(backup, path, passphrase, actor), self._done, self._failed)

    def _done(self, aside: Path) -> None:
        self._set_busy(False)
        self.restored.emit(aside)
        self.accept()

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self._show_error(error.message(self.language))
        if isinstance(error, StorageError) and error.problem is StorageProblem.WRONG_SECRET:
            self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()

    def reject(self) -> None:
        if not self._busy:  # a restore half-way cannot be abandoned
            super().reject()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (self.ui.backupList, self.ui.otherFileButton, self.ui.passphraseEdit):
            widget.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = not self._busy and self.chosen_backup() is not None and bool(self.ui.passphraseEdit.text())
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
