"""Undoable edits of an open meeting: each command's redo and undo call the meetings service off the GUI thread.

Every edit is committed as it is made, so undo is another committed edit. Jobs run one at a time in order on the
TaskRunner's worker, so a command keeps what it learns (a new row's id, a deleted row's snapshot) in attributes
set inside its jobs: the next job of the same command always sees them, whatever the GUI thread is doing.
Removed rows come back with their old ids, so older commands on the stack still point at the right rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from mdt_desktop.domain.codes import ActionStatus, AttendanceCategory
from mdt_desktop.gui.meeting.attendance_model import AttendanceModel
from mdt_desktop.services import meetings
from mdt_desktop.storage.database import Database

TEXT_MERGE_ID = 4001

Job = Callable[[Database], Any]


class CommandHost(Protocol):
    """What commands need from the editor that owns the undo stack."""

    meeting_id: int
    attendance_model: AttendanceModel

    def submit(
        self,
        job: Job,
        after: Callable[[Any], None] | None = None,
        on_conflict: Callable[[meetings.EditConflict], None] | None = None,
    ) -> None:
        """Run ``job(db)`` on the worker; then ``after(result)`` and a reload of the meeting on the GUI thread;
        ``on_conflict`` takes an ``EditConflict`` instead of the message."""

    def action_conflict(
        self, conflict: meetings.EditConflict, action_id: int, changes: dict[str, Any]
    ) -> None:
        """An edit of an action met another officer's: show both tasks and let the person choose."""

    def select_item_later(self, item_id: int | None) -> None:
        """Select this agenda item once the next reload has arrived."""

    def save_text(self, item_id: int, field: str, text: str) -> None:
        """Store an item's text on the worker, keeping it until the database holds it (retried if refused)."""

    def case_linked(self, item_id: int, case_id: int, code: str, actions_without_case: int) -> None:
        """A case was linked to an item for the first time; the item holds that many actions naming no case."""


class MeetingCommand(QUndoCommand):
    """A command whose ``forward`` and ``backward`` run on the worker with the database."""

    def __init__(self, host: CommandHost, text: str) -> None:
        super().__init__(text)
        self.host = host

    def forward(self, db: Database) -> Any:
        raise NotImplementedError

    def backward(self, db: Database) -> Any:
        raise NotImplementedError

    def redo(self) -> None:
        self.host.submit(self.forward)

    def undo(self) -> None:
        self.host.submit(self.backward)


class ItemTextCommand(MeetingCommand):
    """Title, discussion or resolution of one item. Consecutive commits of the same field merge into one step,
    so Ctrl+Z takes back a whole burst of typing, not half a word. The editor keeps the text until the database
    holds it, so a save refused for a while is retried rather than lost."""

    def __init__(self, host: CommandHost, item_id: int, field: str, old: str, new: str, text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.field, self.old, self.new = item_id, field, old, new

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ItemTextCommand) or (other.item_id, other.field) != (
            self.item_id,
            self.field,
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.host.save_text(self.item_id, self.field, self.new)

    def undo(self) -> None:
        self.host.save_text(self.item_id, self.field, self.old)


class HeaderCommand(MeetingCommand):
    """A change of the meeting's details. It names the version the editor showed and the values it showed, so a
    field another officer changed meanwhile is refused (the message, then the meeting as saved), never
    overwritten; undo names the values this command set."""

    def __init__(
        self,
        host: CommandHost,
        changes: dict[str, Any],
        previous: dict[str, Any],
        text: str,
        read_version: int | None = None,
    ) -> None:
        super().__init__(host, text)
        self.changes, self.previous = changes, previous
        self.read_version = read_version

    def forward(self, db: Database) -> Any:
        return meetings.update_header(
            db,
            self.host.meeting_id,
            read_version=self.read_version,
            read_values=self.previous,
            **self.changes,
        )

    def backward(self, db: Database) -> Any:
        return meetings.update_header(
            db,
            self.host.meeting_id,
            read_version=self.read_version,
            read_values=self.changes,
            **self.previous,
        )


class AttendanceCommand(MeetingCommand):
    """One attendance row's fields; the table shows the change at once, the worker stores it."""

    def __init__(
        self,
        host: CommandHost,
        attendance_id: int,
        changes: dict[str, Any],
        previous: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(host, text)
        self.attendance_id, self.changes, self.previous = attendance_id, changes, previous

    def redo(self) -> None:
        self.host.attendance_model.apply(self.attendance_id, self.changes)
        super().redo()

    def undo(self) -> None:
        self.host.attendance_model.apply(self.attendance_id, self.previous)
        super().undo()

    def forward(self, db: Database) -> Any:
        return meetings.update_attendance(db, self.attendance_id, **self.changes)

    def backward(self, db: Database) -> Any:
        return meetings.update_attendance(db, self.attendance_id, **self.previous)


class AddAttendeeCommand(MeetingCommand):
    def __init__(
        self, host: CommandHost, category: AttendanceCategory, full_name: str, position: str, text: str
    ) -> None:
        super().__init__(host, text)
        self.category, self.full_name, self.position = category, full_name, position
        self.attendance_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        if self.snapshot is not None:
            meetings.restore_attendee(db, self.snapshot)
        else:
            self.attendance_id = meetings.add_attendee(
                db, self.host.meeting_id, self.category, self.full_name, self.position
            )

    def backward(self, db: Database) -> Any:
        assert self.attendance_id is not None
        self.snapshot = meetings.remove_attendee(db, self.attendance_id)


class ChairCommand(MeetingCommand):
    """Who chaired the meeting (None: not recorded); undo gives the role back to whoever held it before."""

    def __init__(self, host: CommandHost, meeting_id: int, attendance_id: int | None, text: str) -> None:
        super().__init__(host, text)
        self.meeting_id = meeting_id
        self.attendance_id = attendance_id
        self.previous: int | None = None

    def forward(self, db: Database) -> Any:
        self.previous = meetings.set_chair(db, self.meeting_id, self.attendance_id)

    def backward(self, db: Database) -> Any:
        meetings.set_chair(db, self.meeting_id, self.previous)


class RemoveAttendeeCommand(MeetingCommand):
    def __init__(self, host: CommandHost, attendance_id: int, text: str) -> None:
        super().__init__(host, text)
        self.attendance_id = attendance_id
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        self.snapshot = meetings.remove_attendee(db, self.attendance_id)

    def backward(self, db: Database) -> Any:
        assert self.snapshot is not None
        meetings.restore_attendee(db, self.snapshot)


class AddItemCommand(MeetingCommand):
    def __init__(self, host: CommandHost, title: str, parent_id: int | None, text: str) -> None:
        super().__init__(host, text)
        self.title, self.parent_id = title, parent_id
        self.item_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        self.host.submit(self.forward, lambda _result: self.host.select_item_later(self.item_id))

    def forward(self, db: Database) -> Any:
        if self.snapshot is not None:
            meetings.restore_item(db, self.snapshot)
        else:
            self.item_id = meetings.add_item(db, self.host.meeting_id, self.title, parent_id=self.parent_id)

    def backward(self, db: Database) -> Any:
        assert self.item_id is not None
        self.snapshot = meetings.delete_item(db, self.item_id)


class DeleteItemCommand(MeetingCommand):
    def __init__(self, host: CommandHost, item_id: int, text: str) -> None:
        super().__init__(host, text)
        self.item_id = item_id
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        self.snapshot = meetings.delete_item(db, self.item_id)

    def backward(self, db: Database) -> Any:
        if self.snapshot is not None:  # None when the delete was refused: nothing to put back
            meetings.restore_item(db, self.snapshot)

    def undo(self) -> None:
        self.host.submit(self.backward, lambda _result: self.host.select_item_later(self.item_id))


class MoveItemCommand(MeetingCommand):
    def __init__(self, host: CommandHost, item_id: int, new_index: int, text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.new_index = item_id, new_index
        self.old_index: int | None = None

    def redo(self) -> None:
        self.host.submit(self.forward, lambda _result: self.host.select_item_later(self.item_id))

    def undo(self) -> None:
        self.host.submit(self.backward, lambda _result: self.host.select_item_later(self.item_id))

    def forward(self, db: Database) -> Any:
        self.old_index = meetings.move_item(db, self.item_id, self.new_index)

    def backward(self, db: Database) -> Any:
        assert self.old_index is not None
        meetings.move_item(db, self.item_id, self.old_index)


class MeasureCommand(MeetingCommand):
    def __init__(
        self, host: CommandHost, item_id: int, measure: str | None, previous: str | None, text: str
    ) -> None:
        super().__init__(host, text)
        self.item_id, self.measure, self.previous = item_id, measure, previous

    def forward(self, db: Database) -> Any:
        meetings.set_item_measure(db, self.item_id, self.measure)

    def backward(self, db: Database) -> Any:
        meetings.set_item_measure(db, self.item_id, self.previous)


class LinkCaseCommand(MeetingCommand):
    """Link a case by its code; the first time, the editor is told how many of the item's actions name no case,
    so it can offer to link them too (a separate step on the stack)."""

    def __init__(self, host: CommandHost, item_id: int, case_code: str, text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.case_code = item_id, case_code
        self.case_id: int | None = None

    def redo(self) -> None:
        self.host.submit(self.forward, self._linked)

    def _linked(self, actions_without_case: int | None) -> None:
        if actions_without_case is not None and self.case_id is not None:
            self.host.case_linked(self.item_id, self.case_id, self.case_code, actions_without_case)

    def forward(self, db: Database) -> Any:
        if self.case_id is None:
            self.case_id = meetings.link_case(db, self.item_id, self.case_code)
            return meetings.actions_without_case(db, self.item_id)
        meetings.relink_case(db, self.item_id, self.case_id)
        return None

    def backward(self, db: Database) -> Any:
        if self.case_id is not None:  # None when the code was not found: nothing was linked
            meetings.unlink_case(db, self.item_id, self.case_id)


class LinkItemActionsCommand(MeetingCommand):
    """The item's actions that name no case take the case just linked to it."""

    def __init__(self, host: CommandHost, item_id: int, case_id: int, text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.case_id = item_id, case_id
        self.action_ids: list[int] = []

    def forward(self, db: Database) -> Any:
        self.action_ids = meetings.link_item_actions(db, self.item_id, self.case_id)

    def backward(self, db: Database) -> Any:
        meetings.unlink_actions(db, self.item_id, self.action_ids)


class OrderItemsCommand(MeetingCommand):
    """Put sibling items in a new order (children's cases first); undo puts back the order they had."""

    def __init__(self, host: CommandHost, item_ids: list[int], text: str) -> None:
        super().__init__(host, text)
        self.item_ids = item_ids
        self.before: list[int] = []

    def forward(self, db: Database) -> Any:
        self.before = meetings.order_items(db, self.item_ids)

    def backward(self, db: Database) -> Any:
        meetings.order_items(db, self.before)


class UnlinkCaseCommand(MeetingCommand):
    def __init__(self, host: CommandHost, item_id: int, case_id: int, text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.case_id = item_id, case_id

    def forward(self, db: Database) -> Any:
        meetings.unlink_case(db, self.item_id, self.case_id)

    def backward(self, db: Database) -> Any:
        meetings.relink_case(db, self.item_id, self.case_id)


class AddActionCommand(MeetingCommand):
    def __init__(self, host: CommandHost, item_id: int | None, values: dict[str, Any], text: str) -> None:
        super().__init__(host, text)
        self.item_id, self.values = item_id, values
        self.action_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        if self.snapshot is not None:
            meetings.restore_action(db, self.snapshot)
        else:
            self.action_id = meetings.add_action(db, self.host.meeting_id, self.item_id, **self.values)

    def backward(self, db: Database) -> Any:
        if self.action_id is not None:
            self.snapshot = meetings.delete_action(db, self.action_id)


class UpdateActionCommand(MeetingCommand):
    """An edit of an action from its dialog. It names the version the dialog was opened on and the values it
    showed, so another officer's save in between is met (``EditConflict``), never overwritten; undo names the
    values this command set."""

    def __init__(
        self,
        host: CommandHost,
        action_id: int,
        changes: dict[str, Any],
        previous: dict[str, Any],
        text: str,
        read_version: int | None = None,
    ) -> None:
        super().__init__(host, text)
        self.action_id, self.changes, self.previous = action_id, changes, previous
        self.read_version = read_version

    def forward(self, db: Database) -> Any:
        meetings.update_action(
            db, self.action_id, read_version=self.read_version, read_values=self.previous, **self.changes
        )

    def backward(self, db: Database) -> Any:
        meetings.update_action(
            db, self.action_id, read_version=self.read_version, read_values=self.changes, **self.previous
        )

    def redo(self) -> None:
        self.host.submit(self.forward, on_conflict=self._conflicted(self.changes))

    def undo(self) -> None:
        self.host.submit(self.backward, on_conflict=self._conflicted(self.previous))

    def _conflicted(self, values: dict[str, Any]) -> Callable[[meetings.EditConflict], None]:
        return lambda conflict: self.host.action_conflict(conflict, self.action_id, values)


class DeleteActionCommand(MeetingCommand):
    def __init__(self, host: CommandHost, action_id: int, text: str) -> None:
        super().__init__(host, text)
        self.action_id = action_id
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        self.snapshot = meetings.delete_action(db, self.action_id)

    def backward(self, db: Database) -> Any:
        assert self.snapshot is not None
        meetings.restore_action(db, self.snapshot)


class RecordProgressCommand(MeetingCommand):
    """Progress reported under item 3 on an earlier meeting's action, with the action's new status."""

    def __init__(
        self,
        host: CommandHost,
        action_id: int,
        note: str,
        status: ActionStatus,
        recorded_on: dt.date | None,
        text: str,
    ) -> None:
        super().__init__(host, text)
        self.action_id, self.note, self.status, self.recorded_on = action_id, note, status, recorded_on
        self.line_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def forward(self, db: Database) -> Any:
        if self.snapshot is not None:
            meetings.restore_progress(db, self.snapshot)
        else:
            self.line_id = meetings.record_progress(
                db, self.host.meeting_id, self.action_id, self.note, self.status, self.recorded_on
            )

    def backward(self, db: Database) -> Any:
        if self.line_id is not None:
            self.snapshot = meetings.remove_progress(db, self.line_id)
