"""Small helpers the register and editor pages share: code-list combo boxes, dialog error lines, the actor name.

Dialogs of these pages validate what was typed before they close, so that a job sent to the TaskRunner only
ever meets environment errors (which come back as messages), never a user's mistake.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from mdt_desktop.domain.codes import LabelledEnum
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.tasks import UserFacingError


def fill_enum_combo(
    combo: QComboBox, members: Iterable[LabelledEnum], language: str, first: tuple[str, Any] | None = None
) -> None:
    """Labels shown, values kept as item data; ``first`` is an extra leading choice such as ("ทั้งหมด", None)."""
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for member in members:
        combo.addItem(member.label(language), member.value)


def set_combo_value(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def actor_name(context: AppContext) -> str:
    """Who is at the keyboard, for the audit log: the name given at unlock, else the system login."""
    if context.user_name:
        return context.user_name
    try:
        return getpass.getuser()
    except OSError:
        return "?"


def report_failure(parent: QWidget, context: AppContext, error: UserFacingError) -> None:
    """A storage problem or a refusal becomes a message in the status bar and a non-blocking message box."""
    text = error.message(context.language)
    context.signals.status_message.emit(text)
    box = QMessageBox(
        QMessageBox.Icon.Warning, parent.tr("บันทึกไม่สำเร็จ"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.open()
