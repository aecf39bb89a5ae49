"""Background work: database writes and long reads run off the GUI thread, one at a time, in submission order.

A single worker thread serialises every job, so edits reach SQLite in the order the user made them and never
contend with each other. Callbacks run back on the GUI thread; a job never touches a widget. Environment errors
(``StorageError``) and refusals (``Refusal``: a rule of the domain, invalid input) go to the failure callback,
both with ``message(language)`` for the user; anything else is a bug and goes to the crash path through
``sys.excepthook``.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError

Job = Callable[[], Any]
Success = Callable[[Any], None]
UserFacingError = StorageError | Refusal
Failure = Callable[[UserFacingError], None]


def _receiver_alive(callback: Callable[..., None]) -> bool:
    """A result for a window or dialog closed (and deleted) while its job ran has nobody left to show it to: a
    callback bound to a deleted Qt object is skipped instead of touching freed widgets. Bugs still crash."""
    receiver = getattr(callback, "__self__", None)
    return not isinstance(receiver, QObject) or shiboken6.isValid(receiver)


class _Bridge(QObject):
    finished = Signal(object, object, object, object)  # success, failure, result, error


class TaskRunner(QObject):
    """Runs jobs on one worker thread; ``run`` returns at once, callbacks arrive on the GUI thread."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Job, Success | None, Failure | None] | None] = queue.Queue()
        self._pending = 0
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name="mdt-worker", daemon=True)
        self._thread.start()

    def run(self, job: Job, on_success: Success | None = None, on_failure: Failure | None = None) -> None:
        self._pending += 1
        self._jobs.put((job, on_success, on_failure))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run_and_wait(self, job: Job) -> Any:
        """Run a job on the worker and block until it ends: only for shutdown and tests, never in a slot."""
        done = threading.Event()
        outcome: dict[str, Any] = {}

        def wrapped() -> None:
            try:
                outcome["result"] = job()
            except BaseException as error:
                outcome["error"] = error
            finally:
                done.set()

        self._jobs.put((wrapped, None, None))
        self._pending += 1
        done.wait()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def shutdown(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=30)

    def _work(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, on_success, on_failure = item
            result: Any = None
            error: BaseException | None = None
            try:
                result = job()
            except BaseException as caught:
                error = caught
            self._bridge.finished.emit(on_success, on_failure, result, error)

    @Slot(object, object, object, object)
    def _deliver(
        self, on_success: Success | None, on_failure: Failure | None, result: Any, error: Any
    ) -> None:
        self._pending -= 1
        try:
            if error is None:
                if on_success is not None and _receiver_alive(on_success):
                    on_success(result)
            elif isinstance(error, StorageError | Refusal) and on_failure is not None:
                if _receiver_alive(on_failure):
                    on_failure(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            if self._pending == 0:
                self.idle.emit()
