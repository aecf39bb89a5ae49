"""The chair's-screen steps of a keyboard-only meeting, for the keyboard-only test to append: open the screen with
F5 from the main window, move through the agenda with PageDown and back with PageUp (the editor following), blank
it with B and bring it back with B. No mouse. The keyboard-only test (tests/gui/test_keyboard_only.py) runs them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.chair.chair_window import ChairWindow
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor


def is_all_black(window: QWidget) -> bool:
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    return image.width() > 0 and all(
        max(image.constScanLine(row).tobytes()[: image.width()]) == 0 for row in range(image.height())
    )


def _settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10000)


def run_chair_screen_by_keyboard(qtbot: QtBot, context: AppContext, editor: MeetingEditor) -> ChairWindow:
    """From the open meeting: F5 opens the chair's screen at the secretary's item; PageDown walks to the last item
    and PageUp back to the first, the editor following each step; B blanks to black and B brings it back."""
    main_window = editor.window()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    chair = main_window.chair_window
    assert isinstance(chair, ChairWindow) and chair.isVisible()
    chair.activateWindow()  # the window manager gives a new window the keyboard; offscreen, the test does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chair)
    _settle(qtbot, context)
    assert chair.view is not None and chair.view.current is not None
    assert chair.view.current.id == editor.current_item_id

    numbers = [item.number for item in chair.view.items]
    seen = [chair.view.current.number]
    while chair.view.neighbour(chair.item_id, 1) is not None:
        qtbot.keyClick(chair, Qt.Key.Key_PageDown)
        _settle(qtbot, context)
        assert editor.current_item_id == chair.view.current.id
        seen.append(chair.view.current.number)
    while chair.view.neighbour(chair.item_id, -1) is not None:
        qtbot.keyClick(chair, Qt.Key.Key_PageUp)
        _settle(qtbot, context)
        assert editor.current_item_id == chair.view.current.id
    assert seen == numbers[numbers.index(seen[0]) :] and chair.view.current.number == numbers[0]

    qtbot.keyClick(chair, Qt.Key.Key_B)
    assert is_all_black(chair)
    qtbot.keyClick(chair, Qt.Key.Key_B)
    assert not is_all_black(chair)
    return chair
