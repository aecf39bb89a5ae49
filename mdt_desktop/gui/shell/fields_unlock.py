"""The restricted fields' key, asked after sign-in: a database whose restricted fields (identity, safety plans,
restricted notes) are encrypted by the program (``storage.field_crypto``) opens with them locked, as one on a
server does; the office's passphrase, the person's own, or the recovery code unwraps the key, on the worker.

A wrong secret is refused with its message and the field cleared; skipping leaves the program usable for the
general records (meetings, actions, statistics), where a restricted view shows that the fields are locked. The
settings page offers this dialog again (คีย์ข้อมูลลับ) for as long as the fields stay locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_fields_unlock import Ui_FieldsUnlockDialog
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from mdt_desktop.gui.common.context import AppContext
    from mdt_desktop.storage.database import Database

ERROR_STYLE = "color: #b00020;"

_log = get_logger("gui")


def announce_fields_unlocked(context: AppContext) -> None:
    """Tell the windows: the banner that said the fields are locked goes, and an open case reads its story again
    (it could not read the restricted parts before)."""
    context.signals.restricted_fields_changed.emit()
    context.signals.cases_changed.emit()


def fields_locked(database: Database) -> bool:
    from mdt_desktop.storage.field_crypto import FieldState

    return database.restricted_fields.state is FieldState.LOCKED


class FieldsUnlockDialog(QDialog):
    """``unlocked`` when the key is open; ``skipped`` when the person goes on without it. Either way the dialog
    closes; the caller goes on to the main window."""

    unlocked = Signal()
    skipped = Signal()

    def __init__(
        self, database: Database, tasks: TaskRunner, *, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.language = language
        self._busy = False
        self.ui = Ui_FieldsUnlockDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self.ui.secretEdit.textChanged.connect(self._update_ok)
        self.ui.recoveryCheck.toggled.connect(self._mode_changed)
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ignore).clicked.connect(self.skip)
        self._retranslate_dynamic()
        self._update_ok()

    def start(self) -> None:
        self.open()
        self.ui.secretEdit.setFocus()

    def submit(self) -> None:
        secret = self.ui.secretEdit.text()
        if self._busy or not secret.strip():
            return
        database, recovery = self.database, self.ui.recoveryCheck.isChecked()

        def unlock() -> None:
            if recovery:
                database.unlock_fields_with_recovery_code(secret)
            else:
                database.unlock_fields_with_passphrase(secret)

        self.ui.errorLabel.hide()
        self._set_busy(True)
        self.tasks.run(unlock, self._unlocked, self._failed)

    def _unlocked(self, _none: object) -> None:
        self._set_busy(False)
        self.ui.secretEdit.clear()
        _log.info("restricted fields unlocked")
        self.accept()
        self.unlocked.emit()

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()
        self.ui.secretEdit.clear()
        self.ui.secretEdit.setFocus()

    def skip(self) -> None:
        if self._busy:
            return
        _log.info("restricted fields left locked")
        self.ui.secretEdit.clear()
        super().reject()
        self.skipped.emit()

    def reject(self) -> None:
        """Escape and the window's close mean the same as skipping: the program goes on without the key."""
        self.skip()

    def _mode_changed(self) -> None:
        self.ui.secretEdit.clear()
        self.ui.errorLabel.hide()
        self._retranslate_dynamic()
        self.ui.secretEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.secretEdit.setEnabled(not busy)
        self.ui.recoveryCheck.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ignore).setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self._busy and bool(self.ui.secretEdit.text().strip())
        )

    def _retranslate_dynamic(self) -> None:
        self.ui.locationLabel.setText(self.tr("ฐานข้อมูล: {location}").format(location=self.database.location))
        self.ui.secretLabel.setText(
            self.tr("รหัสกู้คืน") if self.ui.recoveryCheck.isChecked() else self.tr("รหัสผ่านข้อมูลลับ")
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("ปลดล็อก"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ignore).setText(self.tr("ข้ามไปก่อน"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)
