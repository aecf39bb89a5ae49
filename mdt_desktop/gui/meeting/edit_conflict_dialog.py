"""The choice a person makes when their save met another officer's (``EditConflict``): both texts side by side,
the one saved (theirs) and the one typed here (mine), and three ways out, none of which loses what was typed:
keep theirs, save mine over theirs, or copy mine to the clipboard and take theirs.

Closing the dialog without choosing decides nothing: the typed text stays unsaved in the editor, marked, and the
question comes back at the next try to save it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from mdt_desktop.gui.forms.ui_edit_conflict_dialog import Ui_EditConflictDialog
from mdt_desktop.services.meetings import EditConflict

MAX_WIDTH = 1300  # the dialog never grows past a 1366×768 screen
MAX_HEIGHT = 700


class ConflictChoice(Enum):
    KEEP_THEIRS = "keep_theirs"
    KEEP_MINE = "keep_mine"
    COPY_MINE_TAKE_THEIRS = "copy_mine_take_theirs"


class EditConflictDialog(QDialog):
    """Shows one conflict; ``chosen`` carries the person's ``ConflictChoice`` (the clipboard is already filled
    when it is ``COPY_MINE_TAKE_THEIRS``). Opened with ``open()``."""

    chosen = Signal(object)

    def __init__(
        self, conflict: EditConflict, where: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if conflict.text is None:
            raise ValueError("an edit conflict without texts has nothing to compare")
        self.conflict = conflict
        self.ui = Ui_EditConflictDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMaximumSize(MAX_WIDTH, MAX_HEIGHT)
        self.ui.reasonLabel.setText(conflict.message(language))
        self.ui.whereLabel.setText(where)
        if conflict.saved_by:
            self.ui.theirsLabel.setText(self.tr("ฉบับที่บันทึกไว้แล้ว (ของ {who})").format(who=conflict.saved_by))
        self.ui.theirsText.setPlainText(conflict.text.theirs)
        self._mine = conflict.text.mine
        self.ui.mineText.setPlainText(self._mine)
        self.ui.keepTheirsButton.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_THEIRS))
        self.ui.copyMineButton.clicked.connect(self._copy_mine_and_take_theirs)
        self.ui.keepMineButton.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        # Enter must not pick a side by accident: no button is the default.
        for button in (self.ui.keepTheirsButton, self.ui.copyMineButton, self.ui.keepMineButton):
            button.setAutoDefault(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_mine(self, mine: str) -> None:
        """What this person typed, when they typed more since the save that met the conflict."""
        self._mine = mine
        if self.ui.mineText.toPlainText() != mine:
            self.ui.mineText.setPlainText(mine)

    def _copy_mine_and_take_theirs(self) -> None:
        QGuiApplication.clipboard().setText(self._mine)
        self._choose(ConflictChoice.COPY_MINE_TAKE_THEIRS)

    def _choose(self, choice: ConflictChoice) -> None:
        self.chosen.emit(choice)
        self.accept()
