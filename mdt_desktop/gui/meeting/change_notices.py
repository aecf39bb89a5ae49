"""Seeing other officers' saves to the meeting open in the editor, on a database server.

How: a cheap poll. Every few seconds, when the worker has nothing else queued, the editor's meeting is asked for
its fingerprint (``meetings.meeting_fingerprint``: versions, counts and ids, no text) on the worker thread; a
fingerprint other than the one read with the meeting, with no save of this editor in between, means someone
else saved, and ``changed_elsewhere`` tells the editor (which shows a notice and rereads).

Why a poll and not PostgreSQL's LISTEN/NOTIFY: a notification needs triggers on six tables (a schema change) or
a NOTIFY from every service that writes (easy to forget in one), and a listener thread holding its own
connection, which must be re-made when the network drops; a poll needs neither, goes through the same services
and the same single worker as every read, cannot miss a change made by a tool other than this program, and at
one small query per open editor every few seconds costs the server nothing that matters. A change is seen within
``POLL_MS``, which is soon enough for people minuting in the same room.

Nothing of this runs on a laptop's file: one program writes it, and the editor already rereads its own saves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.storage.errors import StorageError

POLL_MS = 4000

Fingerprint = tuple[int, ...]


class ChangeWatcher(QObject):
    """Polls one meeting's fingerprint while the editor is open on a server. The editor tells it of its own
    saves (``note_local_write``) and of each reread (``read_started``, then ``read_finished`` with the
    fingerprint read before the meeting), so that its own changes are never announced as someone else's."""

    changed_elsewhere = Signal()

    def __init__(self, context: AppContext, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.active = bool(getattr(context.database, "on_server", False))
        self._baseline: Fingerprint | None = None
        self._local_writes = 0
        self._reads_pending = 0
        self._polling = False
        self._poll_stamp = 0  # the count of this editor's saves when the poll on its way was asked
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.active:
            self.timer.start()

    def fingerprint(self) -> Fingerprint | None:
        """Read on the worker, just before the meeting is: the baseline later polls are compared with."""
        if not self.active:
            return None
        return meetings.meeting_fingerprint(self.context.database, self.meeting_id)

    def note_local_write(self) -> None:
        self._local_writes += 1

    def read_started(self) -> None:
        self._reads_pending += 1

    def read_finished(self, fingerprint: Fingerprint | None) -> None:
        self._reads_pending = max(0, self._reads_pending - 1)
        if fingerprint is not None:
            self._baseline = fingerprint

    def read_failed(self) -> None:
        self._reads_pending = max(0, self._reads_pending - 1)

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Ask for the fingerprint now, unless a read or any other work is on its way (the next tick will)."""
        if not self.active or self._polling or self._reads_pending or self.context.tasks.busy:
            return
        if self._baseline is None:
            return
        self._polling = True
        self._poll_stamp = self._local_writes
        database, meeting_id = self.context.database, self.meeting_id
        # Bound methods as callbacks: an editor closed while the poll ran is skipped (tasks._receiver_alive).
        self.context.tasks.run(
            lambda: meetings.meeting_fingerprint(database, meeting_id), self._polled, self._poll_failed
        )

    def _polled(self, fingerprint: Fingerprint) -> None:
        self._polling = False
        if self._poll_stamp != self._local_writes or self._reads_pending or fingerprint == self._baseline:
            return  # this editor saved meanwhile (its reread follows), or nothing changed
        self._baseline = fingerprint
        self.changed_elsewhere.emit()

    def _poll_failed(self, _error: StorageError | Refusal) -> None:
        # The server out of reach: the editor's own saves say so, with what to do; the poll just tries again.
        self._polling = False
