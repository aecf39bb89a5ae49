"""The first-run wizard: choose the language, create a database (or open one, or one on a server), and keep the
recovery code.

Creating a database derives two wrapping keys with scrypt, which is slow on purpose, so it runs on the background
worker while the page shows a busy bar; the new database is then seeded with the editable code lists
(services.seed). The recovery code is shown once: Finish stays disabled until the user says it is written down,
because without the passphrase and the code nobody can ever open the data again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QEvent, QMarginsF, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget, QWizard, QWizardPage

from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_first_run_database import Ui_FirstRunDatabase
from mdt_desktop.gui.forms.ui_first_run_language import Ui_FirstRunLanguage
from mdt_desktop.gui.forms.ui_first_run_recovery import Ui_FirstRunRecovery
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.services.seed import seed_new_database
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.keyring_store import KeyStore

PAGE_LANGUAGE, PAGE_DATABASE, PAGE_RECOVERY = 0, 1, 2
DEFAULT_FILE_STEM = "ทีมสหวิชาชีพ"
SUFFIX = ".mdt"
DATABASE_FILTER = "mdt (*.mdt)"
ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"
# Colours of the strength hint from score 0 (unusable) to 4 (strong).
STRENGTH_COLOURS = ("#b00020", "#b00020", "#8a6d00", "#2e7d32", "#2e7d32")

_log = get_logger("gui")


def default_database_path() -> Path:
    """ทีมสหวิชาชีพ.mdt in the user's documents folder, numbered if that name is taken."""
    folder = Path(user_documents_dir())
    candidate = folder / f"{DEFAULT_FILE_STEM}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{DEFAULT_FILE_STEM}-{number}{SUFFIX}"
        number += 1
    return candidate


@dataclass(frozen=True)
class Created:
    database: Database
    recovery_code: str
    remembered: bool


def create_database(path: Path, passphrase: str, remember: bool, keystore: KeyStore) -> Created:
    """The job run on the worker: create, seed, and remember the key if asked (and possible)."""
    database, recovery_code = Database.create(path, passphrase)
    try:
        seed_new_database(database)
        remembered = False
        if remember:
            try:
                keystore.remember(database.database_id, database.key)
                remembered = True
            except StorageError as error:
                _log.warning("key not remembered: %s", error.problem.value)
    except BaseException:
        database.close()
        raise
    return Created(database, recovery_code, remembered)


class LanguagePage(QWizardPage):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.ui = Ui_FirstRunLanguage()
        self.ui.setupUi(self)
        english = preferences.language == "en"
        self.ui.englishRadio.setChecked(english)
        self.ui.thaiRadio.setChecked(not english)
        self.ui.thaiRadio.toggled.connect(self._chosen)
        self._retranslate_dynamic()

    def language(self) -> str:
        return "en" if self.ui.englishRadio.isChecked() else "th"

    def _chosen(self) -> None:
        language = self.language()
        self.preferences.set(Pref.LANGUAGE, language)
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.set_language(language)

    def _retranslate_dynamic(self) -> None:
        self.setTitle(self.tr("ยินดีต้อนรับ"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)


class DatabasePage(QWizardPage):
    """Create a new database (validated live) or point at an existing one."""

    def __init__(self, tasks: TaskRunner, keystore: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.keystore = keystore
        self.created: Created | None = None
        self._busy = False
        self.ui = Ui_FirstRunDatabase()
        self.ui.setupUi(self)
        self.ui.locationEdit.setText(str(default_database_path()))
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.mismatchLabel.setStyleSheet(ERROR_STYLE)
        self.ui.rememberReason.setStyleSheet(NOTE_STYLE)
        self.ui.busyBar.hide()
        self.keyring_available = keystore.available()
        self.ui.rememberCheck.setEnabled(self.keyring_available)
        self.ui.openBox.setEnabled(False)

        for edit in (
            self.ui.locationEdit,
            self.ui.passphraseEdit,
            self.ui.passphraseAgainEdit,
            self.ui.existingEdit,
        ):
            edit.textChanged.connect(self._edited)
        self.ui.createRadio.toggled.connect(self._mode_changed)
        self.ui.locationButton.clicked.connect(self._choose_location)
        self.ui.existingButton.clicked.connect(self._choose_existing)
        self.ui.serverButton.clicked.connect(self._open_server)
        self._retranslate_dynamic()
        self._edited()

    # --- state ------------------------------------------------------------------------------------------------

    @property
    def creating(self) -> bool:
        return self.ui.createRadio.isChecked()

    def database_path(self) -> Path:
        return Path(self.ui.locationEdit.text().strip()).expanduser()

    def existing_path(self) -> Path:
        return Path(self.ui.existingEdit.text().strip()).expanduser()

    def _passphrase_score(self) -> tuple[int, str]:
        return passphrase_strength(self.ui.passphraseEdit.text(), self._language())

    def _language(self) -> str:
        wizard = self.wizard()
        return wizard.language if isinstance(wizard, FirstRunWizard) else "th"

    @property
    def busy(self) -> bool:
        return self._busy

    def isComplete(self) -> bool:
        if self._busy:
            return False
        if not self.creating:
            return self.existing_path().is_file()
        text = self.ui.locationEdit.text().strip()
        first, second = self.ui.passphraseEdit.text(), self.ui.passphraseAgainEdit.text()
        score, _hint = self._passphrase_score()
        return bool(text) and score >= MINIMUM_ACCEPTABLE_SCORE and first == second

    def nextId(self) -> int:
        return PAGE_RECOVERY if self.creating else -1

    def validatePage(self) -> bool:
        if not self.creating:
            return True
        if self.created is not None:
            return True
        path = self.database_path()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        passphrase = self.ui.passphraseEdit.text()
        remember = self.keyring_available and self.ui.rememberCheck.isChecked()
        keystore = self.keystore
        self._set_busy(True)
        self.tasks.run(
            lambda: create_database(path, passphrase, remember, keystore), self._created, self._failed
        )
        return False  # the wizard moves on when the worker is done (see _created)

    def _created(self, created: Created) -> None:
        _log.info("new database created")
        self.created = created
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self.ui.passphraseAgainEdit.clear()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: StorageError) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.message(self._language()))
        self.ui.errorLabel.show()

    # --- reactions --------------------------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        self.ui.createBox.setEnabled(self.creating)
        self.ui.openBox.setEnabled(not self.creating)
        self.ui.errorLabel.hide()
        self.completeChanged.emit()

    def _edited(self) -> None:
        first, second = self.ui.passphraseEdit.text(), self.ui.passphraseAgainEdit.text()
        score, hint = self._passphrase_score()
        self.ui.strengthLabel.setText(hint if first else "")
        self.ui.strengthLabel.setStyleSheet(f"color: {STRENGTH_COLOURS[score]};")
        mismatch = bool(second) and first != second
        self.ui.mismatchLabel.setText(self.tr("รหัสผ่านทั้งสองช่องไม่ตรงกัน") if mismatch else "")
        self.ui.mismatchLabel.setVisible(mismatch)
        if self.creating and self.database_path().exists():
            error = StorageError(StorageProblem.ALREADY_EXISTS, self.database_path())
            self.ui.errorLabel.setText(error.message(self._language()))
            self.ui.errorLabel.show()
        else:
            self.ui.errorLabel.hide()
        self.completeChanged.emit()

    def _choose_location(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("ที่เก็บฐานข้อมูลใหม่"), self.ui.locationEdit.text(), DATABASE_FILTER
        )
        if path:
            chosen = Path(path)
            self.ui.locationEdit.setText(
                str(chosen if chosen.suffix == SUFFIX else chosen.with_suffix(SUFFIX))
            )

    def _choose_existing(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("เปิดฐานข้อมูล"), str(Path(user_documents_dir())), DATABASE_FILTER
        )
        if path:
            self.ui.existingEdit.setText(path)

    def _open_server(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard) and not self._busy:
            wizard.choose_server()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self.ui.serverButton.setEnabled(not busy)
        self.ui.createBox.setEnabled(not busy and self.creating)
        self.ui.createRadio.setEnabled(not busy)
        self.ui.openRadio.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.completeChanged.emit()

    def _retranslate_dynamic(self) -> None:
        self.setTitle(self.tr("ฐานข้อมูล"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("เปิด"))
        self.setSubTitle(self.tr("ข้อมูลทั้งหมดเก็บในไฟล์เดียวที่เข้ารหัส เปิดได้ด้วยรหัสผ่านหรือรหัสกู้คืนเท่านั้น"))
        if self.keyring_available:
            self.ui.rememberReason.setText(
                self.tr("เก็บกุญแจไว้ในที่เก็บรหัสผ่านของระบบ ({backend}) เปิดเครื่องนี้ได้โดยไม่ต้องพิมพ์รหัสผ่าน").format(
                    backend=self.keystore.backend_name()
                )
            )
        else:
            self.ui.rememberReason.setText(
                StorageError(StorageProblem.NO_KEYRING, self.database_path()).message(self._language())
            )
        self._edited()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)


class RecoveryPage(QWizardPage):
    """The recovery code, once, big and monospaced, with Copy and Print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunRecovery()
        self.ui.setupUi(self)
        self.code = ""
        follow_zoom(self.ui.codeLabel, 2.0, bold=True, monospace=True)
        self.ui.copyNote.setStyleSheet(NOTE_STYLE)
        self.ui.writtenDownCheck.toggled.connect(self.completeChanged)
        self.ui.copyButton.clicked.connect(self.copy_code)
        self.ui.printButton.clicked.connect(self._print)
        self.setCommitPage(False)
        self._retranslate_dynamic()

    def set_code(self, code: str) -> None:
        self.code = code
        self.ui.codeLabel.setText(code)

    def isComplete(self) -> bool:
        return bool(self.code) and self.ui.writtenDownCheck.isChecked()

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.ui.copyNote.setText(
            self.tr("คัดลอกแล้ว วางลงในที่ปลอดภัย แล้วคัดลอกข้อความอื่นทับ เพื่อไม่ให้รหัสค้างอยู่ในคลิปบอร์ด")
        )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        document.setDefaultFont(self.font())
        heading = self.tr("รหัสกู้คืนฐานข้อมูล mdt-desktop")
        advice = self.tr("เก็บกระดาษนี้ไว้ในที่ปลอดภัย แยกจากเครื่องคอมพิวเตอร์ ใครมีรหัสนี้และไฟล์ฐานข้อมูลจะเปิดข้อมูลได้")
        document.setHtml(
            f"<h2>{heading}</h2><p style='font-family: monospace; font-size: 24pt'><b>{self.code}</b></p>"
            f"<p>{advice}</p>"
        )
        document.print_(printer)

    def _retranslate_dynamic(self) -> None:
        self.setTitle(self.tr("รหัสกู้คืน"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.codeLabel.setText(self.code)
            self._retranslate_dynamic()
        super().changeEvent(event)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            created = wizard.database_page.created
            if created is not None:
                self.set_code(created.recovery_code)


class FirstRunWizard(QWizard):
    """``created`` carries the new Database; ``open_existing`` the Path the user chose to open instead;
    ``open_server`` says the person goes to the server dialog instead (the wizard closes)."""

    created = Signal(object)
    open_existing = Signal(object)
    open_server = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        preferences: Preferences,
        *,
        keystore: KeyStore | None = None,
        with_language: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.preferences = preferences
        self.language = preferences.language
        keystore = keystore or KeyStore()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.language_page = LanguagePage(preferences)
        self.database_page = DatabasePage(tasks, keystore)
        self.recovery_page = RecoveryPage()
        if with_language:
            self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_DATABASE, self.database_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setStartId(PAGE_LANGUAGE if with_language else PAGE_DATABASE)
        self.resize(680, 560)
        self._retranslate_dynamic()

    def set_language(self, language: str) -> None:
        self.language = language
        self.language_chosen.emit(language)

    def accept(self) -> None:
        created = self.database_page.created
        if self.database_page.creating and created is not None:
            self.preferences.add_recent_database(created.database.path)
            super().accept()
            self.created.emit(created.database)
        elif not self.database_page.creating:
            path = self.database_page.existing_path()
            super().accept()
            self.open_existing.emit(path)

    def choose_server(self) -> None:
        if self.database_page.created is not None:
            return  # a file was just made: its recovery code must be seen first
        # Closed as done, not rejected: a rejected wizard quits the program when nothing else is open. QDialog's
        # done, not QWizard's, which would validate the page first, i.e. create the database typed there.
        QDialog.done(self, QDialog.DialogCode.Accepted)
        self.open_server.emit()

    def reject(self) -> None:
        if self.database_page.busy:
            return  # the database is being written; it finishes in a moment
        created = self.database_page.created
        if created is not None:
            # Created but the recovery code not acknowledged: the file stays and can be opened later.
            self.preferences.add_recent_database(created.database.path)
            self.tasks.run(created.database.close)
        super().reject()

    def _retranslate_dynamic(self) -> None:
        self.setWindowTitle(self.tr("เริ่มต้นใช้งาน mdt-desktop"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("ถัดไป >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< ย้อนกลับ"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("เสร็จสิ้น"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("ยกเลิก"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_dynamic()
        super().changeEvent(event)
