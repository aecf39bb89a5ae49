"""The settings page: language, the team's label, the automatic lock, the people of this database, holidays,
backups, passphrase, recovery code, keyring, users and their roles (``roles_section``, the administrator's), the office's signing certificate, and the risk instruments.

Two kinds of setting meet here. The user's own (language, remembering the key on this computer) are preferences
of this computer. The team's (how the team calls itself, when an unattended laptop locks, the holidays that
deadlines skip, where backups go) live in the encrypted database and are read and written through the services
on the worker, at once, like every other edit. Changing the passphrase re-wraps the key (scrypt, slow) on the
worker; the database file itself is never rewritten. The people and backups sections are controllers of their
own (``people_section``, ``backups_section``) over this page's form.

The signing certificate (``services.exports.signing``) signs the action records; it is made here (a new key,
slow) or imported from the office's PKCS#12 file, on the worker, and kept inside the encrypted database. The
newest one signs from then on; records signed before still verify. Its public part is saved here as a PEM file
for the centre that checks the office's signatures.

A database on a PostgreSQL server has no file passphrase, recovery code or key to remember: everyone signs in with
their own server account. Those rows are hidden there; what is shown instead is the state of the restricted
fields' key (encrypted by the program, locked or open), with its unlock dialog (``gui.shell.fields_unlock``) while
it is locked, as it is for a file whose restricted fields are still locked. The backups section says how the
server's administrator backs it up (``backups_section``).

A database opened read-only (a file or folder that cannot be written) is read as usual; every control that would
write to it is disabled, with one note at the top saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from mdt_desktop.domain.passphrase import MINIMUM_ACCEPTABLE_SCORE, passphrase_strength
from mdt_desktop.domain.roles import Permission
from mdt_desktop.exports.signing import fingerprint_lines
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.gui.common.preferences import LANGUAGES, Pref, Preferences
from mdt_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from mdt_desktop.gui.settings.backups_section import BackupsSection
from mdt_desktop.gui.settings.instruments_section import InstrumentsSection
from mdt_desktop.gui.settings.notes import ERROR_STYLE, NOTE_STYLE, show_note
from mdt_desktop.gui.settings.people_section import PeopleSection
from mdt_desktop.gui.settings.roles_section import RolesSection
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.shell.fields_unlock import FieldsUnlockDialog, announce_fields_unlocked
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import settings as team_settings
from mdt_desktop.services.exports import signing
from mdt_desktop.services.settings import MDT_LABELS, TeamSettings
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError, StorageProblem
from mdt_desktop.storage.field_crypto import FieldState
from mdt_desktop.storage.keyring_store import KeyStore

# --- jobs run on the worker: plain values in, plain values out -----------------------------------------------


@dataclass(frozen=True)
class SigningState:
    """What the signing section shows: the identity in use (if any), the name to propose for a new one, and
    why the last attempt was refused."""

    identity: signing.IdentityInfo | None
    office_name: str = ""
    problem: Refusal | None = None


def load_signing_state(db: Database) -> SigningState:
    return SigningState(signing.current_identity(db), team_settings.proposed_office_name(db))


def create_signing_identity(db: Database, office_name: str) -> SigningState:
    try:
        return SigningState(signing.create_identity(db, office_name), office_name)
    except Refusal as refusal:
        return SigningState(signing.current_identity(db), office_name, refusal)


def import_signing_identity(db: Database, path: Path, password: str) -> SigningState:
    try:
        return SigningState(signing.import_pkcs12_file(db, path, password or None))
    except Refusal as refusal:
        return SigningState(signing.current_identity(db), problem=refusal)


# --- the page ------------------------------------------------------------------------------------------------


class SettingsPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
        keystore: KeyStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences or Preferences()
        self.keystore = keystore or KeyStore()
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._holidays: tuple[tuple[dt.date, str], ...] = ()
        self._loading = False
        self.read_only = context.database.read_only

        self.holiday_date = BeDateEdit(self.ui.holidayDateHost, language=context.language)
        self.ui.holidayDateHostLayout.addWidget(self.holiday_date)
        self.ui.holidayTable.horizontalHeader().setMinimumSectionSize(160)
        self.ui.holidayTable.setColumnWidth(0, 220)
        for label in (self.ui.holidayError, self.ui.securityMessage, self.ui.passphraseHint):
            label.setWordWrap(True)
        self.ui.holidayError.setStyleSheet(ERROR_STYLE)
        self.ui.languageNote.setStyleSheet(NOTE_STYLE)
        self.ui.keyringStatus.setStyleSheet(NOTE_STYLE)
        self.ui.recoveryNote.setStyleSheet(NOTE_STYLE)
        self.ui.signingMessage.setStyleSheet(NOTE_STYLE)
        follow_zoom(self.ui.identityFingerprintValue, monospace=True)
        self._signing: SigningState | None = None
        follow_zoom(self.ui.recoveryCodeLabel, 1.5, bold=True, monospace=True)

        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(self.preferences.language))
        self.keyring_available = self.keystore.available()
        self.ui.rememberCheck.setEnabled(self.keyring_available)
        self.ui.rememberCheck.setChecked(
            self.keyring_available and self.preferences.remember_key(context.database.database_id)
        )

        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.mdtLabelCombo.currentIndexChanged.connect(self._mdt_label_chosen)
        self.ui.autoLockSpin.valueChanged.connect(self._auto_lock_chosen)
        self.ui.holidayTable.itemSelectionChanged.connect(self._holiday_selected)
        self.ui.addHolidayButton.clicked.connect(self._add_holiday)
        self.ui.updateHolidayButton.clicked.connect(self._update_holiday)
        self.ui.removeHolidayButton.clicked.connect(self._remove_holiday)
        for edit in (
            self.ui.currentPassphraseEdit,
            self.ui.newPassphraseEdit,
            self.ui.newPassphraseAgainEdit,
        ):
            edit.textChanged.connect(self._passphrase_edited)
        self.ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        self.ui.newRecoveryCodeButton.clicked.connect(self._new_recovery_code)
        self.ui.rememberCheck.toggled.connect(self._remember_toggled)
        self.ui.officeNameEdit.textChanged.connect(self._signing_inputs_changed)
        self.ui.pkcs12PathEdit.textChanged.connect(self._signing_inputs_changed)
        self.ui.createIdentityButton.clicked.connect(self.create_identity)
        self.ui.pkcs12BrowseButton.clicked.connect(self._browse_pkcs12)
        self.ui.importIdentityButton.clicked.connect(self.import_identity)
        self.ui.exportCertificateButton.clicked.connect(self.save_certificate)
        self.ui.autoLockSpin.setMaximum(team_settings.LONGEST_AUTO_LOCK_MINUTES)
        self.ui.autoLockSpin.setEnabled(False)  # until the office's value has arrived
        self.people = PeopleSection(self, self.ui, context)
        self.roles = RolesSection(context, self.ui.content)
        sections = self.ui.contentLayout
        sections.insertWidget(sections.indexOf(self.ui.peopleGroup) + 1, self.roles)
        self.roles.setVisible(context.permissions.anywhere(Permission.MANAGE_USERS))
        self.backups = BackupsSection(self, self.ui, context)
        self.instruments = InstrumentsSection(self, self.ui, context)
        self.ui.readOnlyNote.setVisible(self.read_only)
        self.fields_dialog: FieldsUnlockDialog | None = None
        self.ui.fieldsStatus.setStyleSheet(NOTE_STYLE)
        self.ui.fieldsUnlockButton.clicked.connect(self.unlock_fields)
        self._offer_the_keys_this_database_has()
        self._retranslate_dynamic()
        self._passphrase_edited()
        self._holiday_selected()
        self._show_identity()

    def activate(self) -> None:
        self.context.tasks.run(
            lambda: team_settings.load_team_settings(self.context.database),
            self._show_team_settings,
            self._show_storage_error,
        )
        database = self.context.database
        self.context.tasks.run(
            lambda: load_signing_state(database), self._signing_arrived, self._show_storage_error
        )
        self.context.tasks.run(
            lambda: team_settings.load_auto_lock_minutes(database),
            self._show_auto_lock,
            self._show_storage_error,
        )
        self.people.activate()
        # The administrator's section (everyone's before the first role: services.roles).
        self.roles.setVisible(self.context.permissions.anywhere(Permission.MANAGE_USERS))
        if not self.roles.isHidden():
            self.roles.activate()
        self.backups.activate()
        self.instruments.activate()
        self._disable_writing()

    # --- team settings ----------------------------------------------------------------------------------------

    def _show_team_settings(self, settings: TeamSettings) -> None:
        self._loading = True
        try:
            label_index = MDT_LABELS.index(settings.mdt_label) if settings.mdt_label in MDT_LABELS else 0
            self.ui.mdtLabelCombo.setCurrentIndex(label_index)
            self._show_holidays(settings.holidays)
        finally:
            self._loading = False

    def _show_holidays(self, holidays: tuple[tuple[dt.date, str], ...]) -> None:
        self._holidays = holidays
        table = self.ui.holidayTable
        table.setRowCount(len(holidays))
        for row, (day, name) in enumerate(holidays):
            table.setItem(row, 0, QTableWidgetItem(screen_date(day)))
            table.setItem(row, 1, QTableWidgetItem(name))
        self._holiday_selected()

    def _mdt_label_chosen(self, index: int) -> None:
        if self._loading:
            return
        database, label = self.context.database, MDT_LABELS[index]
        self.context.tasks.run(
            lambda: team_settings.set_mdt_label(database, label),
            lambda _none: self.context.signals.settings_changed.emit(),
            self._show_storage_error,
        )

    def selected_holiday(self) -> dt.date | None:
        rows = self.ui.holidayTable.selectionModel().selectedRows()
        return self._holidays[rows[0].row()][0] if rows else None

    def _holiday_selected(self) -> None:
        day = self.selected_holiday()
        self.ui.updateHolidayButton.setEnabled(day is not None and self._keeps_team())
        self.ui.removeHolidayButton.setEnabled(day is not None and self._keeps_team())
        if day is not None:
            self.holiday_date.setDate(day)
            self.ui.holidayNameEdit.setText(dict(self._holidays)[day])

    def _holiday_input(self) -> tuple[dt.date, str] | None:
        day, name = self.holiday_date.date(), self.ui.holidayNameEdit.text().strip()
        if not self.holiday_date.is_valid():
            self.ui.holidayError.setText(self.holiday_date.error_message())
            return None
        if day is None or not name:
            self.ui.holidayError.setText(self.tr("โปรดใส่ทั้งวันที่ (พ.ศ.) และชื่อวันหยุด"))
            return None
        self.ui.holidayError.setText("")
        return day, name

    def _add_holiday(self) -> None:
        entry = self._holiday_input()
        if entry is not None:
            self._write_holiday(lambda db: team_settings.put_holiday(db, entry[0], entry[1]))

    def _update_holiday(self) -> None:
        entry, replacing = self._holiday_input(), self.selected_holiday()
        if entry is not None and replacing is not None:
            self._write_holiday(lambda db: team_settings.put_holiday(db, entry[0], entry[1], replacing))

    def _remove_holiday(self) -> None:
        day = self.selected_holiday()
        if day is not None:
            self._write_holiday(lambda db: team_settings.remove_holiday(db, day))

    def _write_holiday(self, job: Callable[[Database], TeamSettings]) -> None:
        database = self.context.database

        def done(settings: TeamSettings) -> None:
            self._show_holidays(settings.holidays)
            self.context.signals.settings_changed.emit()

        self.context.tasks.run(lambda: job(database), done, self._show_storage_error)

    # --- the user's own preferences ---------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        language = LANGUAGES[index]
        self.preferences.set(Pref.LANGUAGE, language)
        self.context.language = language
        self.context.signals.language_changed.emit(language)

    # --- the automatic lock (the office's, kept in the database) ------------------------------------------------

    def _show_auto_lock(self, minutes: int) -> None:
        self._loading = True
        try:
            self.ui.autoLockSpin.setValue(minutes)
        finally:
            self._loading = False
        self.ui.autoLockSpin.setEnabled(self._keeps_keys())
        self._show_auto_lock_note()

    def _show_auto_lock_note(self) -> None:
        if self.ui.autoLockSpin.value() == 0:
            show_note(
                self.ui.autoLockNote,
                self.tr("ไม่ล็อกเอง: ถ้าลุกจากเครื่องโดยไม่กดล็อก ผู้อื่นจะเห็นข้อมูลในเครื่องได้"),
                error=True,
            )
        elif self.context.database.on_server:
            show_note(self.ui.autoLockNote, self.tr("ใช้กับทุกเครื่องที่เปิดฐานข้อมูลนี้บนเซิร์ฟเวอร์"))
        else:
            show_note(self.ui.autoLockNote, self.tr("ใช้กับทุกเครื่องที่เปิดไฟล์ข้อมูลนี้"))

    def _auto_lock_chosen(self, minutes: int) -> None:
        if self._loading:
            return
        self._show_auto_lock_note()
        database, actor = self.context.database, actor_name(self.context)
        self.context.tasks.run(
            lambda: team_settings.save_auto_lock_minutes(database, minutes, actor),
            lambda _minutes: self.context.signals.settings_changed.emit(),
            self._show_storage_error,
        )

    # --- keys -------------------------------------------------------------------------------------------------

    def _offer_the_keys_this_database_has(self) -> None:
        """A file's passphrase, recovery code and remembered key; on a server, none of them (the rows are hidden).
        The restricted fields' row on a server, and on a file while they are locked."""
        form = self.ui.securityForm
        on_server = self.context.database.on_server
        file_rows = [
            form.getWidgetPosition(widget)[0]
            for widget in (
                self.ui.currentPassphraseEdit,
                self.ui.newPassphraseEdit,
                self.ui.newPassphraseAgainEdit,
                self.ui.passphraseHint,
                self.ui.newRecoveryCodeButton,
                self.ui.recoveryCodeLabel,
                self.ui.recoveryNote,
                self.ui.rememberCheck,
                self.ui.keyringStatus,
            )
        ]
        file_rows.append(form.getLayoutPosition(self.ui.changePassphraseRow)[0])
        for row in file_rows:
            form.setRowVisible(row, not on_server)
        state = self.context.database.restricted_fields.state
        fields_row = form.getWidgetPosition(self.ui.fieldsLabel)[0]
        form.setRowVisible(fields_row, on_server or state is FieldState.LOCKED)
        self.ui.fieldsUnlockButton.setVisible(state is FieldState.LOCKED)

    def _fields_text(self) -> str:
        state = self.context.database.restricted_fields.state
        if state is FieldState.OPEN:
            return self.tr("เข้ารหัสด้วยกุญแจของสำนักงาน และปลดล็อกแล้ว: เปิดอ่านข้อมูลลับได้")
        if state is FieldState.LOCKED:
            return self.tr("ล็อกอยู่: ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง เปิดอ่านไม่ได้จนกว่าจะปลดล็อก")
        return self.tr("ไม่ได้เข้ารหัสแยก: ผู้ดูแลเซิร์ฟเวอร์อ่านข้อมูลลับได้ โปรดให้ผู้ดูแลระบบเปิดการเข้ารหัสข้อมูลลับ")

    def unlock_fields(self) -> FieldsUnlockDialog:
        """The restricted fields' key, asked here as it was after sign-in (the person skipped it then)."""
        dialog = FieldsUnlockDialog(
            self.context.database, self.context.tasks, language=self.context.language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._fields_unlocked)
        self.fields_dialog = dialog
        dialog.start()
        return dialog

    def _fields_unlocked(self) -> None:
        self.fields_dialog = None
        self._offer_the_keys_this_database_has()
        self._retranslate_dynamic()
        self._say(self.tr("ปลดล็อกข้อมูลลับแล้ว"))
        announce_fields_unlocked(self.context)

    def _passphrase_ok(self) -> bool:
        new, again = self.ui.newPassphraseEdit.text(), self.ui.newPassphraseAgainEdit.text()
        score, _hint = passphrase_strength(new, self.context.language)
        return (
            bool(self.ui.currentPassphraseEdit.text()) and score >= MINIMUM_ACCEPTABLE_SCORE and new == again
        )

    def _passphrase_edited(self) -> None:
        new, again = self.ui.newPassphraseEdit.text(), self.ui.newPassphraseAgainEdit.text()
        _score, hint = passphrase_strength(new, self.context.language)
        if again and new != again:
            self.ui.passphraseHint.setText(self.tr("รหัสผ่านทั้งสองช่องไม่ตรงกัน"))
            self.ui.passphraseHint.setStyleSheet(ERROR_STYLE)
        else:
            self.ui.passphraseHint.setText(hint if new else "")
            self.ui.passphraseHint.setStyleSheet(NOTE_STYLE)
        self.ui.changePassphraseButton.setEnabled(self._passphrase_ok())

    def _change_passphrase(self) -> None:
        if not self._passphrase_ok():
            return
        database, keystore = self.context.database, self.keystore
        current, new = self.ui.currentPassphraseEdit.text(), self.ui.newPassphraseEdit.text()
        rekey, actor = self.ui.rekeyCheck.isChecked(), actor_name(self.context)
        remembered = self.keyring_available and self.preferences.remember_key(database.database_id)
        self.ui.changePassphraseButton.setEnabled(False)
        self._say(self.tr("กำลังเปลี่ยนรหัสผ่าน..."))

        def job() -> str | None:
            code = team_settings.change_passphrase(database, actor, current, new, rekey=rekey)
            if code is not None and remembered:
                keystore.remember(database.database_id, database.key)  # the remembered key is the old one
            return code

        def done(code: str | None) -> None:
            for edit in (
                self.ui.currentPassphraseEdit,
                self.ui.newPassphraseEdit,
                self.ui.newPassphraseAgainEdit,
            ):
                edit.clear()
            self.ui.rekeyCheck.setChecked(False)
            if code is None:
                self._say(self.tr("เปลี่ยนรหัสผ่านแล้ว ครั้งต่อไปให้เปิดด้วยรหัสผ่านใหม่"))
                return
            self._show_new_recovery_code(code)
            self._say(
                self.tr(
                    "เปลี่ยนรหัสผ่านและกุญแจของไฟล์แล้ว รหัสผ่าน รหัสกู้คืน และไฟล์กุญแจเดิมเปิดไฟล์นี้ไม่ได้อีก "
                    "สำรองข้อมูลที่ทำไว้ก่อนหน้านี้ยังเปิดได้ด้วยรหัสผ่านและรหัสกู้คืนเดิม"
                )
            )

        def failed(error: StorageError) -> None:
            self.ui.currentPassphraseEdit.clear()
            self.ui.currentPassphraseEdit.setFocus()
            self._say(error.message(self.context.language), error=True)

        self.context.tasks.run(job, done, failed)

    def _new_recovery_code(self) -> None:
        database, actor = self.context.database, actor_name(self.context)
        self.ui.newRecoveryCodeButton.setEnabled(False)

        def done(code: str) -> None:
            self.ui.newRecoveryCodeButton.setEnabled(True)
            self._show_new_recovery_code(code)

        def failed(error: StorageError) -> None:
            self.ui.newRecoveryCodeButton.setEnabled(True)
            self._say(error.message(self.context.language), error=True)

        self.context.tasks.run(lambda: team_settings.new_recovery_code(database, actor), done, failed)

    def _show_new_recovery_code(self, code: str) -> None:
        self.ui.recoveryCodeLabel.setText(code)
        self.ui.recoveryNote.setText(self.tr("จดรหัสกู้คืนใหม่นี้เก็บไว้ในที่ปลอดภัย รหัสกู้คืนเดิมใช้ไม่ได้แล้ว รหัสนี้จะไม่แสดงอีก"))

    def _remember_toggled(self, remember: bool) -> None:
        database, keystore = self.context.database, self.keystore

        def job() -> None:
            if remember:
                keystore.remember(database.database_id, database.key)
            else:
                keystore.forget(database.database_id)

        def done(_none: object) -> None:
            self.preferences.set_remember_key(database.database_id, remember)
            self._say(self.tr("จำรหัสผ่านบนเครื่องนี้แล้ว") if remember else self.tr("ลืมรหัสผ่านบนเครื่องนี้แล้ว"))

        def failed(error: StorageError) -> None:
            self.keyring_available = False
            self.ui.rememberCheck.blockSignals(True)
            self.ui.rememberCheck.setChecked(False)
            self.ui.rememberCheck.blockSignals(False)
            self.ui.rememberCheck.setEnabled(False)
            self._retranslate_dynamic()
            self._say(error.message(self.context.language), error=True)

        self.context.tasks.run(job, done, failed)

    # --- signing certificate ----------------------------------------------------------------------------------

    def _signing_arrived(self, state: SigningState) -> None:
        first = self._signing is None
        self._signing = state
        if first and not self.ui.officeNameEdit.text().strip():
            self.ui.officeNameEdit.setText(state.office_name)
        self._show_identity()

    def _show_identity(self) -> None:
        state = self._signing
        identity = state.identity if state is not None else None
        ui = self.ui
        if identity is None:
            ui.identityNameValue.setText(
                self.tr("ยังไม่มีใบรับรอง สร้างใหม่หรือนำเข้าก่อนส่งออกบันทึกการมอบหมายงานแบบลงนาม")
                if state is not None
                else ""
            )
            ui.identityValidValue.setText("")
            ui.identityFingerprintValue.setText("")
        else:
            ui.identityNameValue.setText(identity.label)
            ui.identityNameValue.setToolTip(identity.subject)
            ui.identityValidValue.setText(screen_date(identity.not_after.astimezone().date()))
            # The two halves the signed records and `mdt verify` print, to be read out over the telephone.
            ui.identityFingerprintValue.setText("\n".join(fingerprint_lines(identity.sha256_fingerprint)))
        self._signing_inputs_changed()

    def _signing_inputs_changed(self) -> None:
        ready = self._signing is not None and not self.read_only
        self.ui.createIdentityButton.setEnabled(ready and bool(self.ui.officeNameEdit.text().strip()))
        self.ui.importIdentityButton.setEnabled(ready and bool(self.ui.pkcs12PathEdit.text().strip()))
        self.ui.exportCertificateButton.setEnabled(
            ready and self._signing is not None and self._signing.identity is not None
        )

    def _browse_pkcs12(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("เลือกไฟล์ใบรับรอง PKCS#12"),
            self.ui.pkcs12PathEdit.text() or str(Path.home()),
            self.tr("ไฟล์ PKCS#12 (*.p12 *.pfx)"),
        )
        if chosen:
            self.ui.pkcs12PathEdit.setText(chosen)

    def create_identity(self) -> None:
        """A new key and self-signed certificate for the office named in the field (a few seconds of work)."""
        office_name = self.ui.officeNameEdit.text().strip()
        if not office_name or self._signing is None:
            return
        database = self.context.database
        self._signing_busy(self.tr("กำลังสร้างใบรับรอง…"))
        self.context.tasks.run(
            lambda: create_signing_identity(database, office_name),
            lambda state: self._signing_done(state, self.tr("สร้างใบรับรองใหม่แล้ว ใช้ลงนามเอกสารต่อจากนี้")),
            self._signing_failed,
        )

    def import_identity(self) -> None:
        text = self.ui.pkcs12PathEdit.text().strip()
        if not text or self._signing is None:
            return
        database, path, password = (
            self.context.database,
            Path(text).expanduser(),
            self.ui.pkcs12PasswordEdit.text(),
        )
        self._signing_busy(self.tr("กำลังนำเข้าใบรับรอง…"))
        self.context.tasks.run(
            lambda: import_signing_identity(database, path, password),
            lambda state: self._signing_done(state, self.tr("นำเข้าใบรับรองแล้ว ใช้ลงนามเอกสารต่อจากนี้")),
            self._signing_failed,
        )

    def save_certificate(self) -> None:
        """The office's certificate (public part only) as a PEM file where the person chooses, for the centre."""
        if self._signing is None or self._signing.identity is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("บันทึกใบรับรองสำหรับศูนย์"),
            str(Path.home() / "certificate.pem"),
            self.tr("ใบรับรอง PEM (*.pem)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pem":
            path = path.with_name(path.name + ".pem")
        database, actor = self.context.database, actor_name(self.context)
        self._signing_busy(self.tr("กำลังบันทึกใบรับรอง…"))

        def done(identity: signing.IdentityInfo) -> None:
            self._signing_inputs_changed()
            lines = "\n".join(fingerprint_lines(identity.sha256_fingerprint))
            show_note(
                self.ui.signingMessage,
                self.tr("บันทึกใบรับรองแล้ว: {path}\nให้ศูนย์ตรวจลายนิ้วมือ SHA-256 ทางโทรศัพท์ว่าตรงกับ:\n{lines}").format(
                    path=path, lines=lines
                ),
            )

        # The dialog has asked before replacing a file of that name.
        self.context.tasks.run(
            lambda: signing.export_certificate(database, path, actor=actor, force=True),
            done,
            self._signing_failed,
        )

    def _signing_busy(self, message: str) -> None:
        self.ui.createIdentityButton.setEnabled(False)
        self.ui.importIdentityButton.setEnabled(False)
        self.ui.exportCertificateButton.setEnabled(False)
        self.ui.signingMessage.setStyleSheet(NOTE_STYLE)
        self.ui.signingMessage.setText(message)

    def _signing_done(self, state: SigningState, success: str) -> None:
        self._signing = state
        self._show_identity()
        if state.problem is not None:
            self.ui.signingMessage.setStyleSheet(ERROR_STYLE)
            self.ui.signingMessage.setText(state.problem.message(self.context.language))
            return
        self.ui.pkcs12PasswordEdit.clear()  # the file's password is not kept on screen
        self.ui.signingMessage.setStyleSheet(NOTE_STYLE)
        self.ui.signingMessage.setText(success)

    def _signing_failed(self, error: StorageError) -> None:
        self._signing_inputs_changed()
        self.ui.signingMessage.setStyleSheet(ERROR_STYLE)
        self.ui.signingMessage.setText(error.message(self.context.language))

    # --- appearance -------------------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        show_note(self.ui.securityMessage, text, error=error)

    def _keeps_team(self) -> bool:
        """The team's name and holidays may be changed: a database open for writing, a person whose roles keep
        the team's set-up (``role_gating``)."""
        return not self.read_only and role_gating.keeps_team_setup(self.context.permissions)

    def _keeps_keys(self) -> bool:
        """The passphrase, the recovery code and the automatic lock: the administrator's."""
        return not self.read_only and role_gating.keeps_keys(self.context.permissions)

    def _disable_writing(self) -> None:
        """The controls that would write what a read-only database or the person's roles do not allow stay off
        (the sections and the signing buttons check themselves when they enable theirs)."""
        team = (
            self.ui.mdtLabelCombo,
            self.holiday_date,
            self.ui.holidayNameEdit,
            self.ui.addHolidayButton,
            self.ui.updateHolidayButton,
            self.ui.removeHolidayButton,
        )
        keys = (
            self.ui.autoLockSpin,
            self.ui.currentPassphraseEdit,
            self.ui.newPassphraseEdit,
            self.ui.newPassphraseAgainEdit,
            self.ui.rekeyCheck,
            self.ui.changePassphraseButton,
            self.ui.newRecoveryCodeButton,
        )
        signing_inputs = (
            self.ui.officeNameEdit,
            self.ui.pkcs12PathEdit,
            self.ui.pkcs12BrowseButton,
            self.ui.pkcs12PasswordEdit,
        )
        off = (
            (() if self._keeps_team() else team)
            + (() if self._keeps_keys() else keys)
            + (signing_inputs if self.read_only else ())
        )
        for control in off:
            control.setEnabled(False)

    def _show_storage_error(self, error: StorageError) -> None:
        self.context.signals.status_message.emit(error.message(self.context.language))

    def _retranslate_dynamic(self) -> None:
        show_note(
            self.ui.readOnlyNote,
            self.tr("เซิร์ฟเวอร์ให้อ่านฐานข้อมูลนี้ได้อย่างเดียว จึงแก้การตั้งค่าที่เก็บในฐานข้อมูลไม่ได้ ยังดูข้อมูลและส่งออกได้ตามปกติ")
            if self.context.database.on_server
            else self.tr(
                "ไฟล์ข้อมูลนี้เปิดแบบอ่านอย่างเดียว (ไฟล์หรือโฟลเดอร์เขียนไม่ได้) จึงแก้การตั้งค่าที่เก็บในไฟล์ไม่ได้ "
                "ยังดูข้อมูล ส่งออก และสำรองข้อมูลได้ตามปกติ"
            ),
            error=True,
        )
        self.ui.fieldsStatus.setText(self._fields_text())
        if self.context.database.on_server:
            self.ui.keyringStatus.clear()  # hidden: a server database has no key to remember
        elif self.keyring_available:
            self.ui.keyringStatus.setText(
                self.tr("เก็บไว้ในที่เก็บรหัสผ่านของระบบ: {backend}").format(backend=self.keystore.backend_name())
            )
        else:
            self.ui.keyringStatus.setText(
                StorageError(StorageProblem.NO_KEYRING, self.context.database.path).message(
                    self.context.language
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
            self._show_holidays(self._holidays)
            self._show_identity()
            self._show_auto_lock_note()
            self.people.retranslate()
            self.backups.retranslate()
        super().changeEvent(event)
