"""How the settings page's sections show a line of news under what they did: grey for a note, red for a problem."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"


def show_note(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
