"""The restricted identity record of one case, as a dialog that shows as little as it can for as short as it can.

Nothing is read until the person says why (``purpose_chosen``: the page reads with that purpose, and the read's
audit line keeps it). Then each identifying field is masked until its "แสดง" button shows it; a shown field can be
edited, and hidden again. The dialog closes itself after ``IDLE_CLOSE_MS`` without input, or when the page is told
the chair's screen now shows this case (``close_keeping_typing``): what was typed is never lost, the page saves
it (``accepted``), and an untouched record is simply closed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from mdt_desktop.domain.codes import PURPOSES_TO_CHOOSE, IdentityPurpose, IdStatus, Sex
from mdt_desktop.gui.common.editing import fill_enum_combo, set_combo_value, show_error
from mdt_desktop.gui.forms.ui_identity_dialog import Ui_IdentityDialog
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.services.cases import IdentityRecord

IDLE_CLOSE_MS = 2 * 60 * 1000  # two minutes without a key or a click: the person has likely stepped away
MASKED_TEXT = "●●●●●●"
_INPUT_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
)

MaskedField = QLineEdit | BeDateEdit | QPlainTextEdit


class IdentityDialog(QDialog):
    """``purpose_chosen`` (an ``IdentityPurpose``) asks the page to read the record; ``set_identity`` shows it.
    ``closed_itself`` is emitted when the dialog closed without being asked to (idle, or the room can see)."""

    purpose_chosen = Signal(object)
    closed_itself = Signal()

    def __init__(self, code: str, language: str = "th", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IdentityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("ข้อมูลระบุตัวบุคคล (ลับ): {code}").format(code=code))
        fill_enum_combo(ui.sex, Sex, language)
        fill_enum_combo(ui.idStatus, IdStatus, language)
        set_combo_value(ui.sex, Sex.UNKNOWN.value)
        set_combo_value(ui.idStatus, IdStatus.UNKNOWN.value)
        ui.purposeCombo.addItem(self.tr("— เลือกว่าเปิดดูเพื่ออะไร —"), None)
        for purpose in PURPOSES_TO_CHOOSE:
            ui.purposeCombo.addItem(purpose.label(language), purpose.value)
        show_error(ui.errorLabel, "")
        self.purpose: IdentityPurpose | None = None
        self.loaded: IdentityRecord | None = None
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # nothing to save over until the stored record is shown
        ui.detailsWidget.setEnabled(False)
        self.reveal_buttons: dict[QWidget, QToolButton] = {}
        self._hidden_text: dict[QLineEdit | QPlainTextEdit, str] = {}  # a masked field's text, held aside
        for field in (
            ui.fullName, ui.dateOfBirth, ui.nationality, ui.idNumber, ui.language, ui.phone, ui.address,
            ui.restrictedNotes,
        ):  # fmt: skip
            self._add_reveal_button(field)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_CLOSE_MS)
        self.idle_timer.timeout.connect(self.close_keeping_typing)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self.finished.connect(lambda _result: app.removeEventFilter(self))
        ui.openButton.clicked.connect(self._choose_purpose)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(620, 560)

    # --- purpose first -----------------------------------------------------------------------------------------

    def _choose_purpose(self) -> None:
        value = self.ui.purposeCombo.currentData()
        if value is None:
            show_error(self.ui.errorLabel, self.tr("โปรดเลือกว่าเปิดดูเพื่ออะไร ก่อนเปิดข้อมูล"))
            return
        show_error(self.ui.errorLabel, "")
        self.purpose = IdentityPurpose(value)
        self.ui.purposeCombo.setEnabled(False)
        self.ui.openButton.setEnabled(False)
        self.purpose_chosen.emit(self.purpose)

    def set_identity(self, identity: IdentityRecord | None) -> None:
        """Show the stored record (or an empty one), every filled identifying field masked."""
        identity = identity or IdentityRecord()
        ui = self.ui
        self._hidden_text.clear()  # the texts below replace whatever the masked boxes held
        ui.fullName.setText(identity.full_name)
        ui.dateOfBirth.setDate(identity.date_of_birth)
        set_combo_value(ui.sex, identity.sex)
        ui.nationality.setText(identity.nationality)
        set_combo_value(ui.idStatus, identity.id_status)
        ui.idNumber.setText(identity.id_number)
        ui.language.setText(identity.language)
        ui.interpreterNeeded.setChecked(identity.interpreter_needed)
        ui.phone.setText(identity.phone)
        ui.address.setPlainText(identity.address)
        ui.restrictedNotes.setPlainText(identity.restricted_notes)
        for field, button in self.reveal_buttons.items():
            # An empty field hides nothing: it is open for typing at once.
            button.setChecked(not self._field_text(field))
            self._show_field(field, button.isChecked())
        ui.detailsWidget.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.loaded = self.identity()
        self.idle_timer.start()

    def identity(self) -> IdentityRecord:
        ui = self.ui
        return IdentityRecord(
            full_name=self._field_text(ui.fullName).strip(),
            date_of_birth=ui.dateOfBirth.date(),
            sex=ui.sex.currentData(),
            phone=self._field_text(ui.phone).strip(),
            address=self._field_text(ui.address).strip(),
            nationality=self._field_text(ui.nationality).strip(),
            id_status=ui.idStatus.currentData(),
            id_number=self._field_text(ui.idNumber).strip(),
            language=self._field_text(ui.language).strip(),
            interpreter_needed=ui.interpreterNeeded.isChecked(),
            restricted_notes=self._field_text(ui.restrictedNotes).strip(),
        )

    @property
    def changed(self) -> bool:
        return self.loaded is not None and self.identity() != self.loaded

    # --- masked fields -----------------------------------------------------------------------------------------

    def _add_reveal_button(self, field: MaskedField) -> None:
        """A "แสดง" button beside ``field`` in the form; pressed, it shows the field and lets it be edited."""
        layout = self.ui.formLayout
        row, _role = layout.getWidgetPosition(field)
        layout.removeWidget(field)
        holder = QWidget(self.ui.detailsWidget)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(field, 1)
        button = QToolButton(holder)
        button.setCheckable(True)
        button.setText(self.tr("แสดง"))
        button.setObjectName(f"reveal_{field.objectName()}")
        holder_layout.addWidget(button)
        layout.setWidget(row, QFormLayout.ItemRole.FieldRole, holder)
        button.toggled.connect(lambda shown: self._show_field(field, shown))
        self.reveal_buttons[field] = button
        self._show_field(field, False)

    def is_masked(self, field: QWidget) -> bool:
        return not self.reveal_buttons[field].isChecked()

    def _field_text(self, field: QWidget) -> str:
        if isinstance(field, QPlainTextEdit):
            return self._hidden_text.get(field, field.toPlainText())
        if isinstance(field, BeDateEdit):
            return field.line_edit.text()
        assert isinstance(field, QLineEdit)
        return self._hidden_text.get(field, field.text())

    def _show_field(self, field: QWidget, shown: bool) -> None:
        self.reveal_buttons[field].setText(self.tr("ซ่อน") if shown else self.tr("แสดง"))
        if isinstance(field, QPlainTextEdit):
            if shown and field in self._hidden_text:
                field.setPlainText(self._hidden_text.pop(field))
            elif not shown and field not in self._hidden_text:
                self._hidden_text[field] = field.toPlainText()
                field.setPlainText(MASKED_TEXT if self._hidden_text[field] else "")
            field.setReadOnly(not shown)
            return
        if isinstance(field, BeDateEdit):  # a date is always as long: dots tell nothing
            field.line_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
            field.line_edit.setReadOnly(not shown)
            field.setEnabled(shown)
            return
        assert isinstance(field, QLineEdit)
        # The same mark whatever is hidden, so a masked field does not tell how long a name or a number is.
        if shown and field in self._hidden_text:
            field.setText(self._hidden_text.pop(field))
        elif not shown and field not in self._hidden_text:
            self._hidden_text[field] = field.text()
            field.setText(MASKED_TEXT if self._hidden_text[field] else "")
        field.setReadOnly(not shown)

    # --- closing by itself -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _INPUT_EVENTS
            and self.idle_timer.isActive()
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            self.idle_timer.start()
        return super().eventFilter(watched, event)

    def close_keeping_typing(self) -> None:
        """Close now without losing anything: a changed record is saved (``accepted``), an untouched one closed."""
        if not self.isVisible():
            return
        self.idle_timer.stop()
        self.closed_itself.emit()
        if self.changed:
            self.accept()
        else:
            self.reject()
