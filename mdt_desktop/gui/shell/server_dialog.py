"""The server dialog (ไฟล์ > เปิดฐานข้อมูลบนเซิร์ฟเวอร์…, and the start window's button of that name): where the
database on a PostgreSQL server is, who signs in, how the connection is encrypted; the database opened on the
worker.

The fields become a connection URL (``server_address``); the password goes with it to ``ServerDatabase.open`` and
nowhere else. A server that cannot be reached, an account it refuses, a database that is not the program's: the
refusal is told in the person's language under the fields, which stay as they were typed so that one wrong field
is corrected and the rest not typed again. TLS is ``verify-full`` unless the person chooses otherwise: ``require``
is said to let a machine in the middle pose as the server, ``disable`` to send everything in the clear.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_server_dialog import Ui_ServerDialog
from mdt_desktop.gui.shell.server_address import DEFAULT_PORT, ServerAddress, TlsMode
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a6d00;"
NOTE_STYLE = "color: #555555;"
TLS_MODES = (TlsMode.VERIFY_FULL, TlsMode.REQUIRE, TlsMode.DISABLE)  # the combo box's order
CERTIFICATE_FILTER = "PEM (*.crt *.pem *.key);;* (*)"

_log = get_logger("gui")


def open_server_database(address: ServerAddress, password: str) -> object:
    """The job run on the worker: the storage layer is imported there, not on the GUI thread."""
    from mdt_desktop.storage.server import ServerDatabase

    return ServerDatabase.open(address.url(password))


class ServerDialog(QDialog):
    """``start()`` shows the dialog (and opens at once with ``open_now``); ``opened`` carries the open
    ServerDatabase; ``rejected`` means the person cancelled."""

    opened = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        address: ServerAddress | None = None,
        password: str = "",
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.language = language
        self._busy = False
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self.ui.tlsNote.setWordWrap(True)
        self._retranslate_dynamic()
        if address is not None:
            self.fill(address, password)
        for edit in (self.ui.hostEdit, self.ui.databaseEdit):
            edit.textChanged.connect(self._update_ok)
        self.ui.hostEdit.textChanged.connect(self._show_tls_note)
        self.ui.tlsCombo.currentIndexChanged.connect(self._show_tls_note)
        self.ui.caButton.clicked.connect(lambda: self._choose_file(self.ui.caEdit))
        self.ui.certButton.clicked.connect(lambda: self._choose_file(self.ui.certEdit))
        self.ui.keyButton.clicked.connect(lambda: self._choose_file(self.ui.keyEdit))
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_tls_note()
        self._update_ok()

    # --- the fields -------------------------------------------------------------------------------------------

    def fill(self, address: ServerAddress, password: str = "") -> None:
        self.ui.hostEdit.setText(address.host)
        self.ui.portSpin.setValue(address.port)
        self.ui.databaseEdit.setText(address.database)
        self.ui.userEdit.setText(address.user)
        self.ui.passwordEdit.setText(password)
        self.ui.tlsCombo.setCurrentIndex(TLS_MODES.index(address.tls))
        self.ui.caEdit.setText(address.ca_file)
        self.ui.certEdit.setText(address.cert_file)
        self.ui.keyEdit.setText(address.key_file)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.ui.hostEdit.text().strip(),
            database=self.ui.databaseEdit.text().strip(),
            user=self.ui.userEdit.text().strip(),
            port=self.ui.portSpin.value() or DEFAULT_PORT,
            tls=TLS_MODES[self.ui.tlsCombo.currentIndex()],
            ca_file=self.ui.caEdit.text().strip(),
            cert_file=self.ui.certEdit.text().strip(),
            key_file=self.ui.keyEdit.text().strip(),
        )

    def _choose_file(self, edit: QLineEdit) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("เลือกไฟล์"), edit.text(), CERTIFICATE_FILTER
        )
        if chosen:
            edit.setText(chosen)

    # --- opening ----------------------------------------------------------------------------------------------

    def start(self, *, open_now: bool = False) -> None:
        self.show()
        (self.ui.passwordEdit if self.ui.hostEdit.text() else self.ui.hostEdit).setFocus()
        if open_now:
            self.submit()

    def submit(self) -> None:
        if self._busy or not self._ready():
            return
        address, password = self.address(), self.ui.passwordEdit.text()
        self.ui.errorLabel.hide()
        self._set_busy(True)
        self.tasks.run(lambda: open_server_database(address, password), self._opened, self._failed)

    def _opened(self, database: object) -> None:
        self._set_busy(False)
        _log.info("opened a database on a server")
        self.ui.passwordEdit.clear()  # not kept on screen once used
        self.opened.emit(database)
        self.accept()

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if self._busy:
            return  # the worker is connecting; it answers or times out in a few seconds
        super().reject()

    # --- appearance -------------------------------------------------------------------------------------------

    def _ready(self) -> bool:
        return bool(self.ui.hostEdit.text().strip() and self.ui.databaseEdit.text().strip())

    def _update_ok(self) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self._busy and self._ready()
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        for widget in (
            self.ui.hostEdit,
            self.ui.portSpin,
            self.ui.databaseEdit,
            self.ui.userEdit,
            self.ui.passwordEdit,
            *self._tls_widgets(),
        ):
            widget.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        if not busy:
            self._show_tls_note()  # the TLS rows stay off for a socket on this computer
        self._update_ok()

    def _tls_widgets(self) -> tuple[QWidget, ...]:
        """The rows of TLS: off for a socket on this computer (no network to protect)."""
        ui = self.ui
        return (ui.tlsCombo, ui.caEdit, ui.caButton, ui.certEdit, ui.certButton, ui.keyEdit, ui.keyButton)

    def _show_tls_note(self) -> None:
        address = self.address()
        for widget in self._tls_widgets():
            widget.setEnabled(not address.on_socket and not self._busy)
        if address.on_socket:
            text, style = self.tr("เซิร์ฟเวอร์บนเครื่องนี้ (ผ่านซ็อกเก็ต) ไม่ผ่านเครือข่าย จึงไม่ใช้ TLS"), NOTE_STYLE
        elif address.tls is TlsMode.VERIFY_FULL:
            text, style = (
                self.tr("ตรวจใบรับรองของเซิร์ฟเวอร์กับ CA ที่เลือก และตรวจชื่อเครื่องด้วย (แนะนำ)"),
                NOTE_STYLE,
            )
        elif address.tls is TlsMode.REQUIRE:
            text, style = (
                self.tr("เข้ารหัสแต่ไม่ตรวจใบรับรอง: เครื่องอื่นในเครือข่ายอาจแอบอ้างเป็นเซิร์ฟเวอร์และรับรหัสผ่านไปได้"),
                WARNING_STYLE,
            )
        else:
            text, style = (
                self.tr(
                    "ไม่เข้ารหัส: รหัสผ่านและข้อมูลทั้งหมดส่งผ่านเครือข่ายแบบอ่านได้ "
                    "ใช้เฉพาะเมื่อเซิร์ฟเวอร์อยู่ในเครื่องนี้หรือเครือข่ายที่ปิดเท่านั้น"
                ),
                ERROR_STYLE,
            )
        self.ui.tlsNote.setText(text)
        self.ui.tlsNote.setStyleSheet(style)

    def _retranslate_dynamic(self) -> None:
        index = max(self.ui.tlsCombo.currentIndex(), 0)
        self.ui.tlsCombo.blockSignals(True)
        self.ui.tlsCombo.clear()
        self.ui.tlsCombo.addItems(
            [
                self.tr("ตรวจใบรับรองและชื่อเครื่อง (verify-full)"),
                self.tr("เข้ารหัสแต่ไม่ตรวจใบรับรอง (require)"),
                self.tr("ไม่เข้ารหัส (disable)"),
            ]
        )
        self.ui.tlsCombo.setCurrentIndex(index)
        self.ui.tlsCombo.blockSignals(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เปิด"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
            self._show_tls_note()
        super().changeEvent(event)
