"""Typing Thai in GUI tests, and the offscreen platform's harmless popup messages.

``QTest.keyClicks`` maps every character to a Latin-1 key code and aborts the process (a failed assertion
in qasciikey.cpp) on Thai letters, so Thai text is typed here as key events carrying the text, which is what
a Thai keyboard layout delivers to a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# What the offscreen platform logs when a popup (completer, calendar) shows: noise, not a fault of ours.
OFFSCREEN_POPUP_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, as a person would."""
    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
