"""What every window and page shares: the open database, the background runner and the application's signals.

Events that cross windows are signals here, never widgets calling each other (see ARCHITECTURE.md §5). The
database is named for type checking only: this module is imported before the unlock window is shown, when the
storage layer (SQLAlchemy) is not loaded yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mdt_desktop.domain.roles import UNRESTRICTED, Permissions
from mdt_desktop.gui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from mdt_desktop.storage.database import Database

NO_ITEM = (
    0  # current_item_changed's item id when no agenda item is current (no item left, or the meeting closed)
)


class AppSignals(QObject):
    """Application-wide events. Payloads are ids, never case data."""

    meeting_changed = Signal(int)  # meeting id: header, attendance, items or actions changed
    meetings_changed = Signal()  # a meeting was added or removed
    actions_changed = Signal()  # any action's status, due date or agency changed
    circulation_changed = Signal(int)  # meeting id: a record or the minutes were marked as sent
    agencies_changed = Signal()
    bodies_changed = Signal()
    cases_changed = Signal()
    settings_changed = Signal()
    restricted_fields_changed = (
        Signal()
    )  # the restricted fields' key was unlocked: what was locked can be read
    roles_changed = Signal()  # a role was granted or revoked: what the window offers may change
    language_changed = Signal(str)
    open_meeting_requested = Signal(int)  # e.g. from search or the action register
    open_case_requested = Signal(
        int
    )  # case id: show the case's own view (from search, a list, an agenda item)
    case_changed = Signal(int)  # case id: an assessment, a safety plan, a referral or the case itself changed
    # Meeting id, agenda item id (NO_ITEM for none): the item the secretary has in front of them, so another
    # window (the chair's screen) can follow the meeting.
    current_item_changed = Signal(int, int)
    # Meeting id, agenda item id: another window (the chair's screen) asks the open editor to make this item
    # current, as if the secretary had picked it.
    item_requested = Signal(int, int)
    # Agenda item id and the resolution as it is being typed, before it is saved, for the chair's screen. The one
    # payload that carries text: it stays in this process, is never logged, and the receiver filters it.
    resolution_typed = Signal(int, str)
    # Meeting id, agenda item id (NO_ITEM: the first item), action id (0: none): open a meeting where a search
    # or a list found something, with that item current and that action selected.
    open_meeting_at_requested = Signal(int, int, int)
    chair_screen_requested = Signal(int)  # meeting id: show the chair's screen for it
    projection_changed = Signal()  # what the chair's screen shows changed (``AppContext.projection``)
    status_message = Signal(str)


@dataclass
class Projection:
    """What the chair's screen shows right now, kept by that window, so a restricted view (a case's identity)
    can refuse to open while the room can see the item of that case."""

    showing: bool = False  # the chair's window is open and not blanked
    meeting_id: int = 0
    item_id: int = NO_ITEM
    case_ids: frozenset[int] = frozenset()  # cases linked to the item on the projector


@dataclass
class AppContext:
    database: Database
    tasks: TaskRunner
    signals: AppSignals
    language: str = "th"
    user_name: str = ""  # who is at the keyboard (the profile chosen at unlock), for the audit log
    profile_id: int | None = None  # that profile (services.profiles); None before a profile is chosen
    # What that person may do (services.roles.permissions_of), read once the profile is chosen: what the window
    # offers. The services check again on every change; a database without roles is unrestricted.
    permissions: Permissions = UNRESTRICTED
    projection: Projection = field(default_factory=Projection)
