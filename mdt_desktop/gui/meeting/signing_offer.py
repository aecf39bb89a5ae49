"""The offer the export dialog makes when a signed export is chosen and the office has no signing certificate yet:
create the office's certificate there and then (the office's name proposed as Settings proposes it) or import the
PKCS#12 file the office already has; the same services as Settings (``services.exports.signing``), on the worker.

``identity_ready`` is emitted once the office has a certificate, so the dialog can go on with the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.refusal import Refusal
from mdt_desktop.services.exports import signing
from mdt_desktop.storage.errors import StorageError

ERROR_STYLE = "color: #c62828;"


class SigningOffer(QGroupBox):
    identity_ready = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("signingOffer")
        self.setTitle(self.tr("ใบรับรองสำหรับลงนาม"))
        self.file_dialog: QFileDialog | None = None
        self.busy = False
        layout = QGridLayout(self)
        self.explanation = QLabel(
            self.tr(
                "บันทึกการมอบหมายงานลงนามด้วยใบรับรองของสำนักงาน แต่ยังไม่มีใบรับรอง "
                "สร้างใบรับรองของสำนักงานตอนนี้ หรือนำเข้าไฟล์ใบรับรองที่สำนักงานมีอยู่ แล้วจะส่งออกต่อ"
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation, 0, 0, 1, 3)
        layout.addWidget(QLabel(self.tr("ชื่อสำนักงาน"), self), 1, 0)
        self.office_edit = QLineEdit(self)
        layout.addWidget(self.office_edit, 1, 1)
        self.create_button = QPushButton(self.tr("สร้างใบรับรอง"), self)
        layout.addWidget(self.create_button, 1, 2)
        layout.addWidget(QLabel(self.tr("ไฟล์ PKCS#12"), self), 2, 0)
        self.pkcs12_edit = QLineEdit(self)
        self.pkcs12_edit.setPlaceholderText(self.tr("ไฟล์ .p12 หรือ .pfx ของสำนักงาน"))
        layout.addWidget(self.pkcs12_edit, 2, 1)
        self.browse_button = QPushButton(self.tr("เลือกไฟล์…"), self)
        layout.addWidget(self.browse_button, 2, 2)
        layout.addWidget(QLabel(self.tr("รหัสผ่านของไฟล์"), self), 3, 0)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password_edit, 3, 1)
        self.import_button = QPushButton(self.tr("นำเข้าใบรับรอง"), self)
        layout.addWidget(self.import_button, 3, 2)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message_label, 4, 0, 1, 3)
        self.office_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.pkcs12_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.create_button.clicked.connect(self.create_identity)
        self.browse_button.clicked.connect(self.choose_pkcs12)
        self.import_button.clicked.connect(self.import_identity)
        self.hide()

    def offer(self, office_name: str) -> None:
        """Show the offer, with the office's name proposed unless one was typed already."""
        if not self.office_edit.text().strip():
            self.office_edit.setText(office_name)
        self.message_label.clear()
        self._update_buttons()
        self.show()

    def _update_buttons(self) -> None:
        writable = not self.busy and not self.context.database.read_only
        self.create_button.setEnabled(writable and bool(self.office_edit.text().strip()))
        self.import_button.setEnabled(writable and bool(self.pkcs12_edit.text().strip()))
        self.browse_button.setEnabled(not self.busy)

    def choose_pkcs12(self) -> QFileDialog:
        # Qt's own dialog: it speaks the program's language (the project's Qt translation), a native one may not.
        start = self.pkcs12_edit.text() or str(Path.home())
        dialog = QFileDialog(self, self.tr("เลือกไฟล์ใบรับรอง PKCS#12"), start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("ไฟล์ PKCS#12 (*.p12 *.pfx)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.pkcs12_edit.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def create_identity(self) -> None:
        office_name = self.office_edit.text().strip()
        if not office_name or self.busy:
            return
        database = self.context.database
        self._run(lambda: signing.create_identity(database, office_name), self.tr("กำลังสร้างใบรับรอง…"))

    def import_identity(self) -> None:
        text = self.pkcs12_edit.text().strip()
        if not text or self.busy:
            return
        database, path, password = self.context.database, Path(text).expanduser(), self.password_edit.text()
        self._run(
            lambda: signing.import_pkcs12_file(database, path, password or None), self.tr("กำลังนำเข้าใบรับรอง…")
        )

    def _run(self, make: Callable[[], object], status: str) -> None:
        language = self.context.language

        def job() -> str:
            try:
                make()
            except Refusal as refused:
                return refused.message(language)
            return ""

        self.busy = True
        self._update_buttons()
        self.message_label.setStyleSheet("")
        self.message_label.setText(status)
        self.context.tasks.run(job, self._done, self._failed)

    def _done(self, problem: str) -> None:
        self.busy = False
        self._update_buttons()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(problem)
        if problem:
            return  # what was typed stays, to be corrected
        self.password_edit.clear()
        self.hide()
        self.identity_ready.emit()

    def _failed(self, error: StorageError) -> None:
        self.busy = False
        self._update_buttons()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(error.message(self.context.language))
