"""Zooming the whole window: Ctrl++ / Ctrl+= / Ctrl+- / Ctrl+0 change the type of every window, the choice is
kept in the preferences and applied at the next start, and the window never grows past the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.main_window import MainWindow
from mdt_desktop.services.seed import seed_new_database

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def normal_font(qapp):
    fonts.apply_application_font(qapp)
    yield
    fonts.apply_application_font(qapp)  # the other tests of the session see the usual size


@pytest.fixture
def window(qtbot, database):
    seed_new_database(database)
    tasks = TaskRunner()
    context = AppContext(database=database, tasks=tasks, signals=AppSignals())
    window = MainWindow(context, Preferences())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    tasks.run_and_wait(lambda: None)  # let the pages' loads finish before the database closes
    tasks.shutdown()


def _status_label(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "databaseStatus")
    assert isinstance(label, QLabel)
    return label


def test_ctrl_plus_enlarges_the_type_and_ctrl_0_restores_it(qtbot, window):
    label = _status_label(window)
    normal = label.font().pointSizeF()

    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert label.font().pointSizeF() > normal
    assert "110%" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)  # + without Shift
    assert Preferences().get(Pref.ZOOM_PERCENT) == 120

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert label.font().pointSizeF() == normal
    assert Preferences().get(Pref.ZOOM_PERCENT) == 100


def test_ctrl_minus_makes_the_type_smaller_down_to_a_floor(qtbot, window):
    label = _status_label(window)
    normal = label.font().pointSizeF()
    for _press in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert label.font().pointSizeF() < normal
    assert Preferences().get(Pref.ZOOM_PERCENT) == fonts.MIN_ZOOM


def test_a_window_opened_after_the_zoom_has_the_larger_type_too(qtbot, window):
    normal = QLabel("ก่อน").font().pointSizeF()
    window.ui.actionZoomIn.trigger()
    later = QLabel("หลัง")
    qtbot.addWidget(later)
    assert later.font().pointSizeF() > normal


def test_the_zoom_kept_is_applied_at_the_next_start(qapp, window):
    window.ui.actionZoomIn.trigger()
    window.ui.actionZoomIn.trigger()
    zoomed = QLabel().font().pointSizeF()
    fonts.apply_application_font(qapp)  # as a new process starts: the usual size
    assert QLabel().font().pointSizeF() < zoomed

    kept = Preferences().get(Pref.ZOOM_PERCENT)  # a new Preferences object reads the file again
    assert kept == 120
    fonts.apply_application_font(qapp, zoom_percent=kept)  # what main() does before the first window
    assert QLabel().font().pointSizeF() == zoomed


def test_a_zoom_out_of_range_in_the_preferences_file_is_held_within_range(qapp):
    fonts.apply_application_font(qapp, zoom_percent=1000)
    assert QLabel().font().pointSizeF() == fonts.DEFAULT_POINT_SIZE * fonts.MAX_ZOOM / 100


def test_zooming_in_never_grows_the_window_past_the_screen(qtbot, window):
    available = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(available)  # as large as the screen already: any growth would spill over
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.wait(50)  # the layouts' requests for room are handled by the event loop
    assert available.contains(window.frameGeometry())


def test_a_title_set_larger_than_the_text_grows_with_the_zoom_and_stays_larger(qtbot, window):
    page = window.show_page("meetings")
    title = page.body_title  # type: ignore[attr-defined]
    text = _status_label(window)
    assert title.font().pointSizeF() == pytest.approx(text.font().pointSizeF() * 1.25)
    before = title.font().pointSizeF()

    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)

    assert title.font().pointSizeF() > before
    assert title.font().pointSizeF() == pytest.approx(text.font().pointSizeF() * 1.25)
    assert title.font().bold()
