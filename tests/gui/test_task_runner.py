"""The worker's results reach the GUI thread; a window closed while its job ran is not called back."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QLabel

from mdt_desktop.gui.common.tasks import TaskRunner


class _Receiver(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def shown(self, result: object) -> None:
        self.setText(str(result))  # would touch a freed widget if called after deletion
        self.results.append(result)


def test_a_result_for_a_deleted_window_is_dropped_and_a_live_one_arrives(qtbot, monkeypatch):
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: crashes.append(info))
    tasks = TaskRunner()
    release = threading.Event()
    gone, alive = _Receiver(), _Receiver()
    qtbot.addWidget(alive)
    tasks.run(lambda: release.wait(10) and "ผลลัพธ์", gone.shown)
    tasks.run(lambda: "ผลลัพธ์", alive.shown)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _valid(gone), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10000)
    tasks.shutdown()
    assert alive.results == ["ผลลัพธ์"] and alive.text() == "ผลลัพธ์"
    assert crashes == []


def _valid(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
