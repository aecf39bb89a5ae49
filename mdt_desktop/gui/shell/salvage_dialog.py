"""Salvaging a damaged database, offered by the unlock window when the file it opens is damaged.

Every readable row of the damaged file (only read, never written) is copied on the worker into a new file the
person chooses, which the same passphrase and recovery code open (``services.backups.salvage_database``). The
dialog then says which tables had rows that could not be read and offers to open the new file
(``open_requested``), which the unlock window does in its own form.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_salvage_dialog import Ui_SalvageDialog
from mdt_desktop.gui.shell.restore_dialog import ERROR_STYLE, system_login
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError, StorageProblem

if TYPE_CHECKING:
    from mdt_desktop.storage.salvage import SalvageReport


def proposed_new_path(damaged: Path, today: dt.date | None = None) -> Path:
    """Beside the damaged file, named after it and the day: ``team-salvaged-20261130.mdt``."""
    day = (today or dt.date.today()).strftime("%Y%m%d")
    return damaged.with_name(f"{damaged.stem}-salvaged-{day}{damaged.suffix or '.mdt'}")


class SalvageDialog(QDialog):
    """``open_requested`` carries the new file's path when the person chooses to open it."""

    open_requested = Signal(object)

    def __init__(
        self, damaged: Path, tasks: TaskRunner, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.damaged = Path(damaged)
        self.tasks = tasks
        self.language = language
        self._busy = False
        self.salvaged: Path | None = None  # the new file, once made
        self.file_dialog: QFileDialog | None = None
        self.ui = Ui_SalvageDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "ข้อมูลทุกแถวที่ยังอ่านได้จาก {name} จะถูกคัดลอกไปยังไฟล์ใหม่ ไฟล์ที่เสียหายจะถูกอ่านเท่านั้น "
                "ไม่ถูกแก้ไข ไฟล์ใหม่เปิดด้วยรหัสผ่านและรหัสกู้คืนเดิม"
            ).format(name=self.damaged.name)
        )
        self.ui.newFileEdit.setText(str(proposed_new_path(self.damaged)))
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.resultLabel.hide()
        self.ui.busyBar.hide()
        self.ui.openButton.hide()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("กู้ข้อมูล"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        self.ui.buttons.accepted.connect(self._salvage)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self.choose_new_file)
        self.ui.openButton.clicked.connect(self._open_new)
        self.ui.passphraseEdit.textChanged.connect(self._update_ok)
        self._update_ok()

    def choose_new_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("บันทึกข้อมูลที่กู้ได้เป็นไฟล์ใหม่"), self.ui.newFileEdit.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("ฐานข้อมูล (*.mdt)")])
        dialog.setDefaultSuffix("mdt")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.ui.newFileEdit.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _salvage(self) -> None:
        new, passphrase = Path(self.ui.newFileEdit.text()), self.ui.passphraseEdit.text()
        if self._busy or not passphrase or not self.ui.newFileEdit.text():
            return
        from mdt_desktop.services import backups  # already loaded by the unlock window's warm-up

        damaged, actor = self.damaged, system_login()
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self.tasks.run(
            lambda: backups.salvage_database(damaged, new, passphrase, actor),
            lambda report: self._done(new, report),
            self._failed,
        )

    def _done(self, new: Path, report: SalvageReport) -> None:
        self._set_busy(False)
        self.salvaged = new
        if report.damaged_tables:
            text = self.tr(
                "กู้ข้อมูลไปยัง {path} แล้ว บางแถวอ่านไม่ได้และไม่ได้ถูกกู้ ในตาราง: {tables} โปรดเทียบกับสำเนาสำรองล่าสุด"
            ).format(path=new, tables=", ".join(report.damaged_tables))
        else:
            text = self.tr("กู้ข้อมูลไปยัง {path} แล้ว ได้ครบทุกแถว").format(path=new)
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()
        for widget in (self.ui.chooseButton, self.ui.passphraseEdit):
            widget.setEnabled(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.ui.openButton.show()
        self.ui.openButton.setDefault(True)
        self.ui.openButton.setFocus()

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()
        if isinstance(error, StorageError) and error.problem is StorageProblem.WRONG_SECRET:
            self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()

    def _open_new(self) -> None:
        if self.salvaged is not None:
            self.open_requested.emit(self.salvaged)
            self.accept()

    def reject(self) -> None:
        if not self._busy:  # the new file is being written; it cannot be abandoned half-way
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (self.ui.chooseButton, self.ui.passphraseEdit):
            widget.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = not self._busy and bool(self.ui.passphraseEdit.text()) and self.salvaged is None
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
