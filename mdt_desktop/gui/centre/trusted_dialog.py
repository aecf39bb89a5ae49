"""The districts the centre trusts: each with the fingerprints of the certificates its packages may be signed
with (two lines each, as Settings and ``mdt verify`` show them).

Adding one starts from the district's certificate file: its fingerprint is shown for the person to compare with
the district, by telephone, before confirming under the district's name (``services.exchange.trust_certificate``).
Removing one asks first; what its packages brought stays, new ones signed with it are refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.exports.signing import certificate_fingerprint, fingerprint_lines
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name, show_error
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.services import exchange
from mdt_desktop.services.exchange import District

ERROR_STYLE = "color: #b71c1c;"
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 20  # the fingerprint behind a row, unformatted


def shown_fingerprint(fingerprint: str) -> str:
    return "\n".join(fingerprint_lines(fingerprint))


class TrustedDistrictsDialog(QDialog):
    """``changed`` is emitted when a certificate was added or removed."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("อำเภอที่เชื่อถือ"))
        self.resize(760, 560)
        self.file_dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None
        self.districts: list[District] = []
        self._candidate = b""  # the certificate file read, waiting for the person to confirm
        writable = not context.database.read_only
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "ศูนย์ฯ รับแพ็กเกจเฉพาะที่ลงนามด้วยใบรับรองในรายการนี้ "
                "ลายนิ้วมือแต่ละใบแสดงเป็นสองบรรทัด เหมือนในหน้าตั้งค่าของอำเภอ"
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("อำเภอ"), self.tr("ลายนิ้วมือใบรับรอง (SHA-256)")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("เพิ่มจากไฟล์ใบรับรอง…"), self)
        self.remove_button = QPushButton(self.tr("เลิกเชื่อถือใบรับรองนี้…"), self)
        self.close_button = QPushButton(self.tr("ปิด"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.confirm_group = QGroupBox(self.tr("เทียบลายนิ้วมือก่อนยืนยัน"), self)
        form = QFormLayout(self.confirm_group)
        compare = QLabel(
            self.tr(
                "โทรศัพท์ถึงอำเภอเจ้าของใบรับรอง ให้อ่านลายนิ้วมือจากหน้าตั้งค่าของอำเภอ "
                "แล้วเทียบกับที่แสดงด้านล่างทีละกลุ่ม ยืนยันเมื่อตรงกันทุกตัวเท่านั้น"
            ),
            self.confirm_group,
        )
        compare.setWordWrap(True)
        form.addRow(compare)
        self.fingerprint_label = QLabel(self.confirm_group)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("ลายนิ้วมือ"), self.fingerprint_label)
        self.name_combo = QComboBox(self.confirm_group)
        self.name_combo.setEditable(True)
        line_edit = self.name_combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("เช่น อำเภอแม่กลอง"))
        form.addRow(self.tr("ชื่ออำเภอ/สำนักงาน"), self.name_combo)
        confirm_buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("ตรงกัน เชื่อถือใบรับรองนี้"), self.confirm_group)
        self.cancel_button = QPushButton(self.tr("ยกเลิก"), self.confirm_group)
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addWidget(self.confirm_button)
        form.addRow(confirm_buttons)
        self.confirm_group.hide()
        layout.addWidget(self.confirm_group)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        show_error(self.error_label, "")
        layout.addWidget(self.error_label)

        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(self.choose_certificate)
        self.remove_button.clicked.connect(self.ask_to_remove)
        self.close_button.clicked.connect(self.accept)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self._forget_candidate)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(writable and self.selected_fingerprint() is not None)
        )
        self.reload()

    # --- the list ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: exchange.districts(database), self._arrived, self._failed)

    def _arrived(self, found: list[District]) -> None:
        self.districts = found
        rows = [(d.name_th, fingerprint) for d in found for fingerprint in d.fingerprints or ("",)]
        self.table.setRowCount(len(rows))
        for row, (name, fingerprint) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(
                shown_fingerprint(fingerprint) if fingerprint else self.tr("ไม่มีใบรับรองที่เชื่อถือ")
            )
            item.setData(FINGERPRINT_ROLE, fingerprint or None)
            item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.table.setItem(row, 1, item)
        current = self.name_combo.currentText()
        self.name_combo.clear()
        self.name_combo.addItems([d.name_th for d in found])
        self.name_combo.setEditText(current)

    def rows(self) -> list[tuple[str, str]]:
        """(district, fingerprint as shown) per row, as the person reads the list."""
        model = self.table.model()
        return [
            (str(model.index(row, 0).data()), str(model.index(row, 1).data()))
            for row in range(model.rowCount())
        ]

    def selected_fingerprint(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 1)
        value = item.data(FINGERPRINT_ROLE) if item is not None else None
        return str(value) if value else None

    # --- adding -----------------------------------------------------------------------------------------------

    def choose_certificate(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("เลือกไฟล์ใบรับรองของอำเภอ"), str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("ใบรับรอง (*.pem *.crt *.cer *.der)"), self.tr("ทุกไฟล์ (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda name: self.read_certificate(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def read_certificate(self, path: Path) -> None:
        show_error(self.error_label, "")
        self.context.tasks.run(lambda: exchange.read_certificate(path), self._certificate_read, self._failed)

    def _certificate_read(self, pem: bytes) -> None:
        self._candidate = pem
        self.fingerprint_label.setText(shown_fingerprint(certificate_fingerprint(pem) or ""))
        self.confirm_group.show()
        self.name_combo.setFocus()

    def confirm(self) -> None:
        name = self.name_combo.currentText().strip()
        if not name:
            show_error(self.error_label, exchange.DISTRICT_NAME_NEEDED.text(self.context.language))
            self.name_combo.setFocus()
            return
        database, pem, actor = self.context.database, self._candidate, actor_name(self.context)
        self.context.tasks.run(
            lambda: exchange.trust_certificate(database, pem, name, actor=actor), self._trusted, self._failed
        )

    def _trusted(self, _district: District) -> None:
        self._forget_candidate()
        self.changed.emit()
        self.reload()

    def _forget_candidate(self) -> None:
        self._candidate = b""
        self.fingerprint_label.clear()
        self.name_combo.setEditText("")
        self.confirm_group.hide()

    # --- removing ---------------------------------------------------------------------------------------------

    def ask_to_remove(self) -> QMessageBox | None:
        fingerprint = self.selected_fingerprint()
        if fingerprint is None:
            return None
        district = next((d.name_th for d in self.districts if fingerprint in d.fingerprints), "")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("เลิกเชื่อถือใบรับรอง"),
            self.tr(
                "เลิกเชื่อถือใบรับรองนี้ของ {district}?\n{fingerprint}\n\n"
                "ข้อมูลที่นำเข้าแล้วยังอยู่ แต่แพ็กเกจใหม่ที่ลงนามด้วยใบรับรองนี้จะถูกปฏิเสธ"
            ).format(district=district, fingerprint=shown_fingerprint(fingerprint)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        remove = box.button(QMessageBox.StandardButton.Yes)
        remove.setText(self.tr("เลิกเชื่อถือ"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        box.buttonClicked.connect(lambda clicked: self._remove(fingerprint) if clicked is remove else None)
        self.question = box
        box.open()
        return box

    def _remove(self, fingerprint: str) -> None:
        database, actor = self.context.database, actor_name(self.context)
        self.context.tasks.run(
            lambda: exchange.distrust_certificate(database, fingerprint, actor=actor),
            self._removed,
            self._failed,
        )

    def _removed(self, _nothing: object) -> None:
        self.changed.emit()
        self.reload()

    def _failed(self, error: UserFacingError) -> None:
        show_error(self.error_label, error.message(self.context.language))
