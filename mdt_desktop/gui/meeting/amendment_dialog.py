"""Approved minutes in the editor: the question before approving, the banner that says they are approved and offers
the amendment, the dialog of the amendment, and the list of amendments that item 2 of the next meeting shows.

The dialog asks which text of the current item, shows the text as approved (read only), the corrected text and the
reason, and saves through ``meetings.amend_minutes`` on the worker. It is opened with ``open()``. A refusal (no
reason, nothing changed) is shown in the dialog and everything typed stays; it closes only once the amendment is
stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import AgendaKind
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import ItemView
from mdt_desktop.storage.errors import StorageError

ERROR_STYLE = "color: #a40000;"
BANNER_STYLE = "#approvedBanner { background: #e8f0fe; border: 1px solid #1a56c4; }"
AMENDMENTS_STYLE = "QLabel { background: #f5f5f5; border: 1px solid #9e9e9e; padding: 6px; }"


class ApprovedBanner(QFrame):
    """Under the editor's top bar while the meeting's minutes are approved: ``amend_requested`` when the button
    is pressed."""

    amend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvedBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self.tr("รับรองรายงานแล้ว — แก้ไขโดยบันทึกการแก้ไข"), self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.amend_button = QPushButton(self.tr("บันทึกการแก้ไข…"), self)
        self.amend_button.setToolTip(
            self.tr("แก้ไขชื่อเรื่อง สาระการประชุม หรือมติของเรื่องที่เลือก โดยบันทึกข้อความเดิม ข้อความใหม่ และเหตุผล")
        )
        self.amend_button.clicked.connect(self.amend_requested)
        layout.addWidget(self.amend_button)
        self.hide()


def ask_to_approve(parent: QWidget, approve: Callable[[], None], keep: Callable[[], None]) -> QMessageBox:
    """The window-modal question before approving minutes, which cannot be taken back; ``keep`` is called when the
    person says not yet (or closes the question)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ApprovalQuestion", "รับรองรายงานการประชุม"),
        QCoreApplication.translate(
            "ApprovalQuestion",
            "เมื่อรับรองรายงานการประชุมแล้ว จะแก้ไขหรือเปลี่ยนสถานะกลับไม่ได้ "
            "แก้ไขได้โดยบันทึกการแก้ไขพร้อมเหตุผลเท่านั้น รับรองรายงานการประชุมนี้หรือไม่",
        ),
        parent=parent,
    )
    box.setObjectName("approvalQuestion")
    approve_button = box.addButton(
        QCoreApplication.translate("ApprovalQuestion", "รับรองรายงาน"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_button = box.addButton(
        QCoreApplication.translate("ApprovalQuestion", "ยังไม่รับรอง"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: approve() if button is approve_button else keep())
    box.open()
    return box


class AmendmentList(QLabel):
    """Item 2 (รับรองรายงานการประชุม) in the editor: the amendments made to the minutes it approves, read only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendmentList")
        self.setWordWrap(True)
        self.setStyleSheet(AMENDMENTS_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines: list[str] = []
        self.hide()

    def set_lines(self, lines: list[str]) -> None:
        self.lines = lines
        self.setText(
            "\n".join([self.tr("การแก้ไขรายงานการประชุมที่รับรองแล้ว:"), *(f"• {line}" for line in lines)])
        )

    def show_for(self, item: ItemView) -> None:
        self.setVisible(
            bool(self.lines) and item.kind is AgendaKind.APPROVE_MINUTES and item.parent_id is None
        )


class AmendmentDialog(QDialog):
    """``amended`` carries the new amendment's id once it is stored."""

    amended = Signal(int)

    def __init__(
        self, context: AppContext, meeting_id: int, item: ItemView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.item = item
        self.setWindowTitle(self.tr("บันทึกการแก้ไขรายงานการประชุมที่รับรองแล้ว"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "รายงานการประชุมนี้รับรองแล้ว การแก้ไขจะบันทึกข้อความเดิม ข้อความใหม่ และเหตุผล "
                "และจะแสดงในระเบียบวาระที่ 2 ของการประชุมครั้งถัดไป"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.item_label = QLabel(item.heading, self)
        self.item_label.setWordWrap(True)
        layout.addWidget(self.item_label)
        form = QFormLayout()
        self.field_combo = QComboBox(self)
        for field, label in (
            ("title", self.tr("ชื่อเรื่อง")),
            ("discussion", self.tr("สาระการประชุม")),
            ("resolution", self.tr("มติที่ประชุม")),
        ):
            self.field_combo.addItem(label, field)
        self.field_combo.setCurrentIndex(self.field_combo.findData("resolution"))
        form.addRow(self.tr("ส่วนที่แก้ไข"), self.field_combo)
        self.old_edit = QPlainTextEdit(self)
        self.old_edit.setReadOnly(True)
        form.addRow(self.tr("ข้อความที่รับรองแล้ว"), self.old_edit)
        self.new_edit = QPlainTextEdit(self)
        form.addRow(self.tr("ข้อความที่ถูกต้อง"), self.new_edit)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("เช่น ที่ประชุมมีมติเช่นนี้ แต่ตกหล่นในรายงาน"))
        form.addRow(self.tr("เหตุผลของการแก้ไข"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("amendmentError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("บันทึกการแก้ไข"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field_combo.currentIndexChanged.connect(self._show_field)
        self._show_field()
        self.new_edit.setFocus()

    def field(self) -> str:
        return str(self.field_combo.currentData())

    def _show_field(self) -> None:
        """The approved text of the chosen part, and the same text to correct (what was typed for another part
        is replaced: one amendment is one part)."""
        approved_text: str = getattr(self.item, self.field())
        self.old_edit.setPlainText(approved_text)
        self.new_edit.setPlainText(approved_text)
        self.error_label.clear()

    def save(self) -> None:
        """Store the amendment on the worker; the dialog stays open, with what was typed, when it is refused."""
        meeting_id, item_id, field = self.meeting_id, self.item.id, self.field()
        new_text, reason = self.new_edit.toPlainText(), self.reason_edit.text()
        database, language = self.context.database, self.context.language
        self.save_button.setEnabled(False)

        def run() -> tuple[bool, int | str]:
            try:
                return True, meetings.amend_minutes(
                    database, meeting_id, item_id, field, new_text, reason, database.actor
                )
            except Refusal as refused:
                return False, refused.message(language)

        self.context.tasks.run(run, self._saved, self._failed)

    def _saved(self, outcome: tuple[bool, int | str]) -> None:
        self.save_button.setEnabled(True)
        stored, result = outcome
        if not stored:
            self.error_label.setText(str(result))
            return
        self.context.signals.meeting_changed.emit(self.meeting_id)
        self.amended.emit(int(result))
        self.accept()

    def _failed(self, error: StorageError) -> None:
        self.save_button.setEnabled(True)
        self.error_label.setText(error.message(self.context.language))
