"""The unlock dialog: open an existing database with its passphrase, its recovery code or a remembered key.

A key remembered in the system keyring opens the database without asking. A wrong passphrase leaves everything as
it was: the message comes from StorageError (in the user's language), the field is cleared and focused. Opening
with the recovery code means the passphrase was lost, so a new one must be set before the database is used.
Key derivation (scrypt) is slow by design, so every open runs on the background worker with a busy bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength
from mdt_desktop.gui.fonts import monospace_font
from mdt_desktop.gui.forms.ui_unlock import Ui_UnlockDialog
from mdt_desktop.gui.preferences import Preferences
from mdt_desktop.gui.tasks import TaskRunner
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keyring_store import KeyStore
from mdt_desktop.storage.keys import KeySlots

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"
PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_NEW_PASSPHRASE = 0, 1, 2

_log = get_logger("gui")


@dataclass(frozen=True)
class _FirstLook:
    """What the dialog learns before asking anything: the database id and, if remembered, the open database."""

    database_id: str
    database: Database | None


class UnlockDialog(QDialog):
    """``start()`` opens silently with a remembered key or shows the dialog; ``unlocked`` carries the Database."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        tasks: TaskRunner,
        preferences: Preferences,
        *,
        keystore: KeyStore | None = None,
        demo_hint: bool = False,
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.tasks = tasks
        self.preferences = preferences
        self.keystore = keystore or KeyStore()
        self.language = language
        self.database_id: str | None = None
        self._database: Database | None = None  # open but not handed over yet (new passphrase pending)
        self._busy = False
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.ui.demoHint.setVisible(demo_hint)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.keyringNote.setStyleSheet(NOTE_STYLE)
        self.ui.busyBar.hide()
        self.ui.recoveryEdit.setFont(monospace_font(self.font().pointSize() + 1))
        self.keyring_available = self.keystore.available()
        if not self.keyring_available:
            self.ui.rememberCheck.setEnabled(False)
            self.ui.rememberCheck.setChecked(False)
        self.ui.keyringNote.setVisible(not self.keyring_available)

        self.ui.useRecoveryLink.linkActivated.connect(lambda _link: self._set_mode(PAGE_RECOVERY))
        self.ui.usePassphraseLink.linkActivated.connect(lambda _link: self._set_mode(PAGE_PASSPHRASE))
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.newPassphraseEdit.textChanged.connect(self._new_passphrase_edited)
        self.ui.newPassphraseAgainEdit.textChanged.connect(self._new_passphrase_edited)
        self._retranslate_dynamic()
        self._set_mode(PAGE_PASSPHRASE)

    # --- starting ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Try a remembered key on the worker; show the dialog if there is none or it no longer fits."""
        keystore, path, try_keyring = self.keystore, self.path, self.keyring_available

        def first_look() -> _FirstLook:
            slots = KeySlots.load(path) if KeySlots.path_for(path).exists() else None
            if slots is None:
                return _FirstLook("", None)  # opening will explain what is missing
            key = keystore.recall(slots.database_id) if try_keyring else None
            if key is None:
                return _FirstLook(slots.database_id, None)
            try:
                return _FirstLook(slots.database_id, Database.open_with_key(path, key, slots))
            except StorageError as error:
                # A stale keyring entry (e.g. the file was replaced from a backup): ask for the passphrase.
                _log.info("remembered key did not open the database (%s)", error.problem.value)
                return _FirstLook(slots.database_id, None)

        self._set_busy(True)
        self.tasks.run(first_look, self._looked, self._look_failed)

    def _looked(self, look: _FirstLook) -> None:
        self._set_busy(False)
        self.database_id = look.database_id or None
        if look.database is not None:
            _log.info("opened with the key remembered on this computer")
            self._hand_over(look.database)
            return
        if self.database_id and self.keyring_available:
            self.ui.rememberCheck.setChecked(self.preferences.remember_key(self.database_id))
        self.show()
        self.ui.passphraseEdit.setFocus()

    def _look_failed(self, error: StorageError) -> None:
        self._set_busy(False)
        if error.problem is StorageProblem.NO_KEYRING:
            self._keyring_missing()
        else:
            self._show_error(error)
        self.show()
        self.ui.passphraseEdit.setFocus()

    def _keyring_missing(self) -> None:
        self.keyring_available = False
        self.ui.rememberCheck.setChecked(False)
        self.ui.rememberCheck.setEnabled(False)
        self.ui.keyringNote.show()

    # --- the user's actions -----------------------------------------------------------------------------------

    def mode(self) -> int:
        return self.ui.modes.currentIndex()

    def _set_mode(self, page: int) -> None:
        self.ui.modes.setCurrentIndex(page)
        self.ui.errorLabel.hide()
        self.ui.rememberCheck.setVisible(page != PAGE_NEW_PASSPHRASE or self.keyring_available)
        {
            PAGE_PASSPHRASE: self.ui.passphraseEdit,
            PAGE_RECOVERY: self.ui.recoveryEdit,
            PAGE_NEW_PASSPHRASE: self.ui.newPassphraseEdit,
        }[page].setFocus()
        self._update_ok()

    def _submit(self) -> None:
        if self._busy:
            return
        path = self.path
        mode = self.mode()
        if mode == PAGE_PASSPHRASE:
            passphrase = self.ui.passphraseEdit.text()
            if passphrase:
                self._run(lambda: Database.open_with_passphrase(path, passphrase), self._hand_over)
        elif mode == PAGE_RECOVERY:
            code = self.ui.recoveryEdit.text()
            if code.strip():
                self._run(lambda: Database.open_with_recovery_code(path, code), self._opened_with_recovery)
        elif self._new_passphrase_ok() and self._database is not None:
            database, passphrase = self._database, self.ui.newPassphraseEdit.text()

            def change() -> Database:
                database.change_passphrase(passphrase)
                return database

            self._run(change, self._passphrase_changed)

    def _run(self, job: Callable[[], Database], on_success: Callable[[Database], None]) -> None:
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self.tasks.run(job, on_success, self._failed)

    def _failed(self, error: StorageError) -> None:
        self._set_busy(False)
        self._show_error(error)
        field = {PAGE_PASSPHRASE: self.ui.passphraseEdit, PAGE_RECOVERY: self.ui.recoveryEdit}.get(
            self.mode()
        )
        if field is not None and error.problem is StorageProblem.WRONG_SECRET:
            field.clear()
        (field or self.ui.newPassphraseEdit).setFocus()

    def _opened_with_recovery(self, database: Database) -> None:
        self._set_busy(False)
        self._database = database
        self.database_id = database.database_id
        self._set_mode(PAGE_NEW_PASSPHRASE)

    def _passphrase_changed(self, database: Database) -> None:
        _log.info("passphrase replaced after opening with the recovery code")
        self._database = None
        self._hand_over(database)

    def _new_passphrase_ok(self) -> bool:
        first, second = self.ui.newPassphraseEdit.text(), self.ui.newPassphraseAgainEdit.text()
        score, _hint = passphrase_strength(first, self.language)
        return score >= MINIMUM_ACCEPTABLE_SCORE and first == second

    def _new_passphrase_edited(self) -> None:
        first, second = self.ui.newPassphraseEdit.text(), self.ui.newPassphraseAgainEdit.text()
        _score, hint = passphrase_strength(first, self.language)
        if second and first != second:
            self.ui.newPassphraseHint.setText(self.tr("รหัสผ่านทั้งสองช่องไม่ตรงกัน"))
            self.ui.newPassphraseHint.setStyleSheet(ERROR_STYLE)
        else:
            self.ui.newPassphraseHint.setText(hint if first else "")
            self.ui.newPassphraseHint.setStyleSheet(NOTE_STYLE)
        self._update_ok()

    # --- handing the database over ----------------------------------------------------------------------------

    def _hand_over(self, database: Database) -> None:
        """Remember or forget the key as the checkbox says, then give the database to the application."""
        self.database_id = database.database_id
        remember = self.keyring_available and self.ui.rememberCheck.isChecked()
        was_remembered = self.preferences.remember_key(database.database_id)
        keystore = self.keystore

        def keep_key() -> None:
            if remember:
                keystore.remember(database.database_id, database.key)
            elif was_remembered:
                keystore.forget(database.database_id)

        def done(_result: object = None) -> None:
            self.preferences.set_remember_key(database.database_id, remember)
            self._finish(database)

        def keyring_failed(error: StorageError) -> None:
            _log.warning("keyring refused the key (%s); opening anyway", error.problem.value)
            self.preferences.set_remember_key(database.database_id, False)
            self._finish(database)

        if remember or was_remembered:
            self.tasks.run(keep_key, done, keyring_failed)
        else:
            done()

    def _finish(self, database: Database) -> None:
        self._set_busy(False)
        self.unlocked.emit(database)
        self.accept()

    def reject(self) -> None:
        if self._busy:
            return  # the worker is opening the file; it cannot be abandoned half-way
        database, self._database = self._database, None
        if database is not None:
            self.tasks.run(database.close)
        super().reject()

    # --- appearance -------------------------------------------------------------------------------------------

    def _show_error(self, error: StorageError) -> None:
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.modes.setEnabled(not busy)
        self.ui.rememberCheck.setEnabled(not busy and self.keyring_available)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = not self._busy and (self.mode() != PAGE_NEW_PASSPHRASE or self._new_passphrase_ok())
        ok.setEnabled(ready)

    def _retranslate_dynamic(self) -> None:
        self.ui.fileLabel.setText(self.tr("ฐานข้อมูล: {name}").format(name=self.path.name))
        self.ui.fileLabel.setToolTip(str(self.path))
        self.ui.keyringNote.setText(StorageError(StorageProblem.NO_KEYRING, self.path).message(self.language))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เปิด"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)
