"""The warning under a text box of the general minutes that seems to hold a person's name, an ID or phone number
or an address, with the two ways out: move the words into the case's restricted record, or say they are not
identifying.

The check is the detector's (``domain.typed_names``) on the text as stored, so it follows each save. The warning
names the kinds found, never the words, and nothing of the text is logged. Moving and dismissing run through
``services.identifying`` on the worker; a refusal (no case linked, no consent) is shown in place of the warning.
``place_under`` puts a widget below a text box in whatever vertical layout holds it, so the editor's form need
not change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from mdt_desktop.domain.typed_names import Finding, IdentifyingKind, find_identifying
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import identifying
from mdt_desktop.services.identifying import TextField
from mdt_desktop.storage.errors import StorageError

WARNING_STYLE = (
    "QFrame#identifyingWarning { background: #fff4ce; border: 1px solid #c19c00; border-radius: 3px; }"
    " QLabel { color: #4a3800; }"
)
REFUSED_STYLE = "color: #a4262c;"


def kind_names(findings: list[Finding]) -> str:
    """The kinds found, named in the user's language ("ชื่อบุคคล/หมายเลขโทรศัพท์"), each once."""
    names = {
        IdentifyingKind.PERSON_NAME: QCoreApplication.translate("IdentifyingWarning", "ชื่อบุคคล"),
        IdentifyingKind.THAI_ID: QCoreApplication.translate("IdentifyingWarning", "เลขประจำตัวประชาชน"),
        IdentifyingKind.PHONE: QCoreApplication.translate("IdentifyingWarning", "หมายเลขโทรศัพท์"),
        IdentifyingKind.ADDRESS: QCoreApplication.translate("IdentifyingWarning", "ที่อยู่อาศัย"),
    }
    return "/".join(names[kind] for kind in dict.fromkeys(finding.kind for finding in findings))


class IdentifyingWarning(QFrame):
    """Shown while the stored text of one field of the current item holds identifying words.

    ``moved`` (item id) is emitted once the words are in the case's restricted record: the item's text changed."""

    moved = Signal(int)

    def __init__(
        self, context: AppContext, meeting_id: int, field: TextField, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.field = field
        self.item_id: int | None = None
        self.text = ""
        self.findings: list[Finding] = []
        self._dismissed: set[tuple[int, str]] = set()
        self.setObjectName("identifyingWarning")
        self.setStyleSheet(WARNING_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.move_button = QPushButton(self.tr("ย้ายไปบันทึกลับของกรณี"), self)
        self.move_button.setToolTip(self.tr("ย้ายคำที่พบไปเก็บในบันทึกลับของกรณีที่เชื่อมกับเรื่องนี้ และใส่รหัสกรณีแทนในรายงาน"))
        self.dismiss_button = QPushButton(self.tr("ไม่ใช่ข้อมูลระบุตัว"), self)
        self.dismiss_button.setToolTip(self.tr("ไม่ต้องเตือนอีกสำหรับข้อความนี้"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.move_button)
        layout.addWidget(self.dismiss_button)
        self.move_button.clicked.connect(self.move_to_restricted)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    def show_for(self, item_id: int | None, text: str) -> None:
        """Check ``text``, the stored text of this field of item ``item_id``, and show or hide the warning.

        The detector runs on the worker (its dictionary takes a moment to load, and a discussion may be long);
        the same text is not checked again, so a refusal shown for it stays until the text changes."""
        if (item_id, text) == (self.item_id, self.text):
            return
        self.item_id, self.text = item_id, text
        if item_id is None or not text.strip() or (item_id, text) in self._dismissed:
            self._found((item_id, text, []))
            return
        self.context.tasks.run(lambda: (item_id, text, find_identifying(text)), self._found)

    def _found(self, checked: tuple[int | None, str, list[Finding]]) -> None:
        item_id, text, findings = checked
        if (item_id, text) != (self.item_id, self.text):
            return  # the item or its text changed while this was checked
        self.findings = findings
        if not findings:
            self.setVisible(False)
            return
        self.label.setStyleSheet("")
        self.label.setText(self.tr("ข้อความนี้อาจมี{kinds} ควรใช้รหัสกรณีแทน").format(kinds=kind_names(findings)))
        self.move_button.setEnabled(not self.context.database.read_only)
        self.dismiss_button.setEnabled(not self.context.database.read_only)
        self.setVisible(True)

    def move_to_restricted(self) -> None:
        if self.item_id is None or not self.findings:
            return
        database, actor = self.context.database, actor_name(self.context)
        item_id, field, spans = self.item_id, self.field, list(self.findings)
        self.move_button.setEnabled(False)

        def job() -> int:
            identifying.move_to_restricted(database, item_id, field, spans, actor)
            return item_id

        self.context.tasks.run(job, self._moved, self._refused)

    def _moved(self, item_id: int) -> None:
        self.setVisible(False)
        self.moved.emit(item_id)

    def _refused(self, error: StorageError | Refusal) -> None:
        self.move_button.setEnabled(True)
        self.label.setStyleSheet(REFUSED_STYLE)
        self.label.setText(error.message(self.context.language))

    def dismiss(self) -> None:
        """Not identifying: no warning for this text again (here, and in the minutes export's check)."""
        if self.item_id is None:
            return
        self._dismissed.add((self.item_id, self.text))
        database, actor = self.context.database, actor_name(self.context)
        meeting_id, item_id, field, text = self.meeting_id, self.item_id, self.field, self.text
        self.setVisible(False)
        self.context.tasks.run(
            lambda: identifying.dismiss(database, meeting_id, "item", item_id, field, text, actor),
            None,
            self._refused,
        )


def place_under(anchor: QWidget, widget: QWidget, *, above: bool = False) -> None:
    """Put ``widget`` right under (or above) ``anchor`` in the nearest vertical layout that holds it or one of its
    containers."""
    while anchor.parentWidget() is not None:
        container = anchor.parentWidget()
        layout = container.layout()
        if isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.TopToBottom,
            QBoxLayout.Direction.BottomToTop,
        ):
            index = layout.indexOf(anchor)
            if index >= 0:
                layout.insertWidget(index if above else index + 1, widget)
                return
        anchor = container
    raise ValueError("no vertical layout holds the anchor")


class ActionTasksWarning(QLabel):
    """A line above an item's action table naming the actions whose task seems to hold identifying words (by
    their row, and the kinds found). Tasks are edited in the action dialog: the line says where to look."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks: list[str] = []
        self.setObjectName("actionTasksWarning")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff4ce; color: #4a3800; padding: 2px 6px;")
        self.setVisible(False)

    def show_for(self, tasks: list[str]) -> None:
        if tasks == self.tasks:
            return
        self.tasks = checked = list(tasks)
        self.context.tasks.run(
            lambda: (checked, [kind_names(find_identifying(task)) for task in checked]), self._found
        )

    def _found(self, result: tuple[list[str], list[str]]) -> None:
        tasks, kinds = result
        if tasks != self.tasks:
            return  # the item or its actions changed while this was checked
        listed = [f"{row} ({names})" for row, names in enumerate(kinds, start=1) if names]
        self.setText(
            self.tr("งานที่มอบหมายแถวที่ {rows} อาจมีข้อมูลระบุตัว ควรใช้รหัสกรณีแทน").format(rows=", ".join(listed))
        )
        self.setVisible(bool(listed))
