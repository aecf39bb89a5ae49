"""The unlock dialog: open an existing database with its passphrase, its recovery code or a remembered key.

It is the program's first window, so it comes up at once: this module loads nothing of the storage layer but its
errors. The key slots (cryptography), the keyring and the database (SQLAlchemy and the models) are imported on the
background worker while the window is already on screen, first to look for a key remembered in the system keyring
(which opens the database without asking), then by the application's warm-up while the passphrase is typed.
A wrong passphrase leaves everything as it was: the message comes from StorageError (in the user's language), the
field is cleared and focused, and Open waits out a growing delay (1, 2, 4... seconds, at most 30: storage.keys'
UnlockThrottle), counted down on the button. Opening with the recovery code means the passphrase was lost, so a new one must be
set before the database is used; the recovery code, now known to more eyes than the paper's, is replaced too and the
new one shown once. Key derivation (scrypt) is slow by design, so every open runs on the background
worker with a busy bar.

The ways back are here too, since no database is open yet: restoring from a backup (``restore_dialog``) is always
offered; a file that does not open because it is damaged, or whose pages failed their authentication codes in the
check the application runs beside the first screen (``start_damaged``), is told as damaged, naming the latest
backup, with restore and salvage (``salvage_dialog``) beside the message. A file or folder that cannot be written opens read-only, said before the passphrase is asked.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget, QWizard

from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.gui.common.preferences import Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_unlock import Ui_UnlockDialog
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError, StorageProblem

if TYPE_CHECKING:
    from mdt_desktop.gui.shell.restore_dialog import RestoreDialog
    from mdt_desktop.gui.shell.salvage_dialog import SalvageDialog
    from mdt_desktop.storage.database import Database
    from mdt_desktop.storage.keyring_store import KeyStore

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"
PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_NEW_PASSPHRASE = 0, 1, 2

_log = get_logger("gui")
_Result = TypeVar("_Result")


def _database_class() -> type[Database]:
    """Called on the worker only: importing the storage layer takes a third of a second."""
    from mdt_desktop.storage.database import Database

    return Database


def _latest_backup(path: Path) -> Path | None:
    """Called on the worker: the services are loaded there."""
    from mdt_desktop.services.backups import latest_backup

    return latest_backup(path)


def _damaged(error: StorageError | Refusal) -> bool:
    return isinstance(error, StorageError) and error.problem is StorageProblem.CORRUPT


class RememberedKeys(Protocol):
    """Where remembered keys are kept: the system keyring (``storage.keyring_store.KeyStore``) or a stand-in."""

    def available(self) -> bool: ...
    def recall(self, database_id: str) -> bytes | None: ...
    def remember(self, database_id: str, key: bytes) -> None: ...
    def forget(self, database_id: str) -> None: ...


def _system_keystore() -> KeyStore:
    """Called on the worker only: the keyring package is slow to import and its backend may be slow to answer."""
    from mdt_desktop.storage.keyring_store import KeyStore

    return KeyStore()


@dataclass(frozen=True)
class _FirstLook:
    """What the dialog learns before asking anything: the database id, whether a keyring can remember keys and,
    if a key was remembered, the open database."""

    database_id: str
    keyring_available: bool
    database: Database | None


class UnlockDialog(QDialog):
    """``start()`` shows the dialog and opens with a remembered key if there is one; ``unlocked`` carries the
    Database; ``asking`` says the dialog now waits for the person (no remembered key, or it no longer fits)."""

    unlocked = Signal(object)
    asking = Signal()
    server_requested = Signal()  # the person goes to a database on a server instead (the dialog closes)

    def __init__(
        self,
        path: Path,
        tasks: TaskRunner,
        preferences: Preferences,
        *,
        keystore: RememberedKeys | None = None,
        demo_hint: bool = False,
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.tasks = tasks
        self.preferences = preferences
        self.keystore = keystore  # None: the system keyring, reached on the worker
        self.language = language
        self.database_id: str | None = None
        self._database: Database | None = None  # open but not handed over yet (new passphrase pending)
        self._busy = False
        self._looking = False  # the worker looks for a remembered key; typing is already allowed
        self._submit_when_asked = False
        self.recovery_window: QWizard | None = None  # the new recovery code, shown once after using one
        self._waiting = False  # counting down the wait that wrong passphrases earned
        self.damage_warning: QMessageBox | None = (
            None  # part of the key file damaged, told before handing over
        )
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.ui.demoHint.setVisible(demo_hint)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.keyringNote.setStyleSheet(NOTE_STYLE)
        self.ui.busyBar.hide()
        self.ui.readOnlyNote.setStyleSheet(NOTE_STYLE)
        self.ui.damagePanel.hide()
        self.ui.wayBackNote.setStyleSheet(NOTE_STYLE)
        self.ui.wayBackNote.hide()
        self.restore_dialog: RestoreDialog | None = None
        self.salvage_dialog: SalvageDialog | None = None
        follow_zoom(self.ui.recoveryEdit, 1.1, monospace=True)
        self.keyring_available = False  # known after the first look on the worker
        self.ui.keyringNote.hide()

        self.ui.useRecoveryLink.linkActivated.connect(lambda _link: self._set_mode(PAGE_RECOVERY))
        self.ui.usePassphraseLink.linkActivated.connect(lambda _link: self._set_mode(PAGE_PASSPHRASE))
        self.ui.restoreLink.linkActivated.connect(lambda _link: self.open_restore())
        self.ui.serverLink.linkActivated.connect(lambda _link: self.choose_server())
        self.ui.restoreButton.clicked.connect(self.open_restore)
        self.ui.salvageButton.clicked.connect(self.open_salvage)
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.newPassphraseEdit.textChanged.connect(self._new_passphrase_edited)
        self.ui.newPassphraseAgainEdit.textChanged.connect(self._new_passphrase_edited)
        self._retranslate_dynamic()
        self._update_read_only_note()
        self._set_mode(PAGE_PASSPHRASE)

    # --- starting ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the dialog at once and look for a remembered key on the worker: it opens the database without
        asking, or the dialog asks (``asking``). The passphrase can be typed while the worker looks."""
        keystore, path = self.keystore, self.path

        def first_look() -> _FirstLook:
            # The storage layer first: it is needed to open the database either way, and the keyring may be slow
            # to answer (or ask the person to unlock it), so what is loaded is not waiting on it.
            database_class = _database_class()
            from mdt_desktop.storage.keys import KeySlots, KeySlotsFileError

            store = keystore or _system_keystore()
            available = store.available()
            try:
                slots: KeySlots | None = KeySlots.load(path)
            except KeySlotsFileError:
                slots = None  # missing, damaged, foreign or newer: opening will say which, and what to do
            if slots is None:
                return _FirstLook("", available, None)  # opening will explain what is missing
            key = store.recall(slots.database_id) if available else None
            if key is None:
                return _FirstLook(slots.database_id, available, None)
            try:
                database = database_class.open_with_key(path, key, slots, allow_read_only=True)
            except StorageError as error:
                # A stale keyring entry (e.g. the file was replaced from a backup): ask for the passphrase.
                _log.info("remembered key did not open the database (%s)", error.problem.value)
                return _FirstLook(slots.database_id, available, None)
            return _FirstLook(slots.database_id, available, database)

        self._looking = True
        self._set_busy(True)
        self.show()
        self.ui.passphraseEdit.setFocus()
        self.tasks.run(first_look, self._looked, self._look_failed)

    def start_damaged(self) -> None:
        """Shown after the open file was found damaged (``Application`` checks every page once it is open): the
        damage told with the ways back, and no look for a remembered key, which would only open it again."""
        self.show()
        self._ask()
        self._show_damage()
        self.ui.passphraseEdit.setFocus()

    def _looked(self, look: _FirstLook) -> None:
        self._looking = False
        self.keyring_available = look.keyring_available
        if not look.keyring_available:
            self._keyring_missing()
        self.database_id = look.database_id or None
        if self.database_id and self.keyring_available:
            self.ui.rememberCheck.setChecked(self.preferences.remember_key(self.database_id))
        if look.database is not None:
            _log.info("opened with the key remembered on this computer")
            self._set_busy(True)  # until the database is handed over
            self._hand_over(look.database, key_in_keyring=True)
            return
        self._ask()

    def _look_failed(self, error: StorageError | Refusal) -> None:
        # A Refusal here: another copy of the program has the database open (storage.instance_lock).
        self._looking = False
        if isinstance(error, StorageError) and error.problem is StorageProblem.NO_KEYRING:
            self._keyring_missing()
        elif _damaged(error):
            self._show_damage()
        else:
            self._show_error(error)
        self._ask()

    def _ask(self) -> None:
        self._set_busy(False)  # the field has had the focus since start(): what was typed meanwhile stays
        self.asking.emit()
        if self._submit_when_asked:
            self._submit_when_asked = False
            self._submit()

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
        self.ui.damagePanel.hide()
        self.ui.restoreLink.setVisible(page != PAGE_NEW_PASSPHRASE)
        self.ui.rememberCheck.setVisible(page != PAGE_NEW_PASSPHRASE or self.keyring_available)
        {
            PAGE_PASSPHRASE: self.ui.passphraseEdit,
            PAGE_RECOVERY: self.ui.recoveryEdit,
            PAGE_NEW_PASSPHRASE: self.ui.newPassphraseEdit,
        }[page].setFocus()
        self._update_ok()

    def _submit(self) -> None:
        if self._looking:
            self._submit_when_asked = True  # Enter pressed before the look for a remembered key ended
            return
        if self._busy or self._waiting:
            return
        path = self.path
        mode = self.mode()
        if mode == PAGE_PASSPHRASE:
            passphrase = self.ui.passphraseEdit.text()
            if passphrase:
                self._run(
                    lambda: _database_class().open_with_passphrase(path, passphrase, allow_read_only=True),
                    self._hand_over,
                )
        elif mode == PAGE_RECOVERY:
            code = self.ui.recoveryEdit.text()
            if code.strip():
                self._run(
                    lambda: _database_class().open_with_recovery_code(path, code),
                    self._opened_with_recovery,
                )
        elif self._new_passphrase_ok() and self._database is not None:
            database, passphrase = self._database, self.ui.newPassphraseEdit.text()

            def change() -> tuple[Database, str]:
                database.change_passphrase(passphrase)
                return database, database.new_recovery_code()

            self._run(change, self._passphrase_changed)

    def _run(self, job: Callable[[], _Result], on_success: Callable[[_Result], None]) -> None:
        self.ui.errorLabel.hide()
        self.ui.damagePanel.hide()
        self.ui.wayBackNote.hide()
        self._set_busy(True)
        self.tasks.run(job, on_success, self._failed)

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        if _damaged(error):
            self._show_damage()
        else:
            self._show_error(error)
        field = {PAGE_PASSPHRASE: self.ui.passphraseEdit, PAGE_RECOVERY: self.ui.recoveryEdit}.get(
            self.mode()
        )
        if (
            field is not None
            and isinstance(error, StorageError)
            and error.problem is StorageProblem.WRONG_SECRET
        ):
            field.clear()
            self._tick()
        (field or self.ui.newPassphraseEdit).setFocus()

    def _tick(self) -> None:
        """Open stays disabled, showing the seconds left, while the wait after wrong attempts runs."""
        from mdt_desktop.storage import keys  # loaded by the attempt that just failed

        left = math.ceil(keys.throttle.seconds_left(self.path))
        self._waiting = left > 0
        if self._waiting:
            self._countdown.start()
        else:
            self._countdown.stop()
        self._retranslate_dynamic()
        if self._waiting:
            ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(self.tr("เปิด (รออีก {seconds} วินาที)").format(seconds=left))
        self._update_ok()

    def _opened_with_recovery(self, database: Database) -> None:
        self._set_busy(False)
        self._database = database
        self.database_id = database.database_id
        self._set_mode(PAGE_NEW_PASSPHRASE)

    def _passphrase_changed(self, changed: tuple[Database, str]) -> None:
        database, code = changed
        _log.info("passphrase and recovery code replaced after opening with the recovery code")
        self._database = None
        self._show_new_recovery_code(database, code)

    def _show_new_recovery_code(self, database: Database, code: str) -> None:
        """The first-run page that shows a recovery code, alone in a window; the database is handed over when
        it closes (Finish needs "written down" ticked)."""
        from mdt_desktop.gui.shell.first_run import RecoveryPage

        window = QWizard(self)
        window.setWindowTitle(self.tr("รหัสกู้คืนใหม่"))
        window.setOption(QWizard.WizardOption.NoCancelButton)
        page = RecoveryPage()
        page.set_code(code)
        window.addPage(page)
        self.recovery_window = window
        window.finished.connect(lambda _result: self._hand_over(database))
        window.open()

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

    # --- the ways back: restore from a backup, salvage a damaged file --------------------------------------------

    def _show_damage(self) -> None:
        """The damage told in the error line, naming the latest backup beside the file (looked up on the
        worker), with the two ways back under it."""
        from mdt_desktop.gui.shell import restore_dialog  # the ways back load when first used

        path = self.path

        def told(latest: Path | None) -> None:
            if latest is None:
                backup = self.tr(
                    "ไม่พบสำเนาสำรองในโฟลเดอร์ backups ข้างฐานข้อมูล หากมีสำเนาที่อื่น (เช่น แฟลชไดรฟ์ USB) "
                    "เลือกได้จากปุ่มกู้คืน"
                )
            else:
                backup = self.tr("สำเนาสำรองล่าสุด: {backup} เมื่อ {when}").format(
                    backup=latest.name,
                    when=restore_dialog.describe_when(restore_dialog.backup_made_at(latest)),
                )
            self.ui.errorLabel.setText(
                self.tr(
                    "ไฟล์ {name} เสียหาย ข้อมูลบางส่วนอ่านไม่ได้ จึงไม่เปิดใช้งาน และไม่มีการแก้ไขไฟล์นี้ {backup} "
                    "กู้คืนจากสำเนาสำรอง หรือกู้ข้อมูลที่ยังอ่านได้ไปยังไฟล์ใหม่"
                ).format(name=path.name, backup=backup)
            )
            self.ui.errorLabel.show()
            self.ui.damagePanel.show()

        self.tasks.run(lambda: _latest_backup(path), told, self._show_error)

    def open_restore(self) -> RestoreDialog | None:
        if self._busy or self.mode() == PAGE_NEW_PASSPHRASE:
            return None  # a database is open (or opening): it cannot be replaced under it
        from mdt_desktop.gui.shell.restore_dialog import RestoreDialog  # the ways back load when first used

        dialog = RestoreDialog(self.path, self.tasks, self.language, self)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.start()
        return dialog

    def _restored(self, aside: Path) -> None:
        self._back_to_the_form(
            self.tr(
                "นำสำเนาสำรองกลับมาแทน {name} แล้ว ไฟล์เดิมย้ายไปเก็บไว้ที่ {aside} (ไม่ได้ลบ) "
                "ใส่รหัสผ่านของสำเนาสำรองเพื่อเปิด"
            ).format(name=self.path.name, aside=aside)
        )

    def open_salvage(self) -> SalvageDialog | None:
        if self._busy:
            return None
        from mdt_desktop.gui.shell.salvage_dialog import SalvageDialog  # the ways back load when first used

        dialog = SalvageDialog(self.path, self.tasks, self.language, self)
        dialog.open_requested.connect(self._open_salvaged)
        self.salvage_dialog = dialog
        dialog.open()
        return dialog

    def _open_salvaged(self, new: Path) -> None:
        self.path = Path(new)
        self.database_id = None
        self._retranslate_dynamic()
        self._update_read_only_note()
        self._back_to_the_form(self.tr("เปิดไฟล์ที่กู้ข้อมูลมา {name}: ใช้รหัสผ่านเดิม").format(name=self.path.name))

    def _back_to_the_form(self, note: str) -> None:
        self.ui.damagePanel.hide()
        self.ui.passphraseEdit.clear()
        self._set_mode(PAGE_PASSPHRASE)
        self.ui.wayBackNote.setText(note)
        self.ui.wayBackNote.show()

    def _update_read_only_note(self) -> None:
        """Said before the passphrase is asked: the file will open read-only, and why."""
        writable = os.access(self.path, os.W_OK) and os.access(self.path.parent, os.W_OK)
        if writable or not self.path.is_file():
            self.ui.readOnlyNote.hide()
            return
        if not os.access(self.path, os.W_OK):
            why = self.tr("ไฟล์นี้เป็นแบบอ่านอย่างเดียว")
        else:
            why = self.tr("โฟลเดอร์ที่เก็บไฟล์นี้เป็นแบบอ่านอย่างเดียว")
        self.ui.readOnlyNote.setText(
            self.tr("จะเปิดแบบอ่านอย่างเดียว (ดูและส่งออกได้ แต่แก้ไขไม่ได้) เพราะ{why}").format(why=why)
        )
        self.ui.readOnlyNote.show()

    # --- handing the database over ----------------------------------------------------------------------------

    def _hand_over(self, database: Database, *, key_in_keyring: bool = False) -> None:
        """Remember or forget the key as the checkbox says, then give the database to the application."""
        self.database_id = database.database_id
        remember = self.keyring_available and self.ui.rememberCheck.isChecked()
        store_key = remember and not key_in_keyring
        forget_key = not remember and self.preferences.remember_key(database.database_id)
        keystore = self.keystore

        def keep_key() -> None:
            store = keystore or _system_keystore()
            if store_key:
                store.remember(database.database_id, database.key)
            else:
                store.forget(database.database_id)

        def done(_result: object = None) -> None:
            self.preferences.set_remember_key(database.database_id, remember)
            self._finish(database)

        def keyring_failed(error: StorageError) -> None:
            _log.warning("keyring refused the key (%s); opening anyway", error.problem.value)
            self.preferences.set_remember_key(database.database_id, False)
            self._finish(database)

        if store_key or forget_key:
            self.tasks.run(keep_key, done, keyring_failed)
        else:
            done()

    def _finish(self, database: Database) -> None:
        self._set_busy(False)
        if database.key_file_problems and self.damage_warning is None:
            self._warn_key_file_damaged(database)
            return
        self.unlocked.emit(database)
        self.accept()

    def _warn_key_file_damaged(self, database: Database) -> None:
        """The database opened with one slot while another part of the key file is damaged or altered: said once,
        with what to do, before the database is handed over."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("ไฟล์กุญแจเสียหายบางส่วน"),
            self.tr(
                "ไฟล์กุญแจ {name}.keys บางส่วนเสียหายหรือถูกแก้ไข แต่ฐานข้อมูลเปิดได้และข้อมูลครบ "
                "โปรดเปลี่ยนรหัสผ่านและสร้างรหัสกู้คืนใหม่ในหน้าตั้งค่า เพื่อเขียนไฟล์กุญแจใหม่ทั้งไฟล์"
            ).format(name=self.path.name),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.damage_warning = box
        box.finished.connect(lambda _result: self._finish(database))
        box.open()

    def choose_server(self) -> None:
        """Closed without quitting (``done``, not ``reject``): the application shows the server dialog instead."""
        if self._busy or self._database is not None:
            return  # a file is opening, or open and waiting for its new passphrase
        self.done(QDialog.DialogCode.Accepted)
        self.server_requested.emit()

    def reject(self) -> None:
        if self._busy:
            return  # the worker is opening the file; it cannot be abandoned half-way
        database, self._database = self._database, None
        if database is not None:
            self.tasks.run(database.close)
        super().reject()

    # --- appearance -------------------------------------------------------------------------------------------

    def _show_error(self, error: StorageError | Refusal) -> None:
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.modes.setEnabled(not busy or self._looking)
        self.ui.rememberCheck.setEnabled(not busy and self.keyring_available)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.ui.restoreLink.setEnabled(not busy)
        self.ui.serverLink.setEnabled(not busy)
        self.ui.damagePanel.setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ready = (
            (not self._busy or self._looking)
            and not self._waiting
            and (self.mode() != PAGE_NEW_PASSPHRASE or self._new_passphrase_ok())
        )
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
