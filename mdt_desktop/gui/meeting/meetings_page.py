"""The meetings page: bodies on the left, the chosen body's meetings on the right (newest first, loaded a page
at a time), a new-meeting dialog, and the meeting editor opened in place with a way back to the list. A database
open read-only offers no new meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.roles import Permission
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.gui.meeting.meeting_list_model import PAGE_SIZE, MeetingListModel
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import BodySummary, MeetingSummary
from mdt_desktop.services.meetings.proposal import MeetingProposal, create_proposed_meeting, propose_meeting
from mdt_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    # Loaded when first used: the meeting list is the first screen and should not wait for the editor's code.
    from mdt_desktop.gui.meeting.meeting_dialogs import NewMeetingDialog
    from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor

BODY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingsPage(QWidget):
    """``meetings_loaded`` is emitted when a body's first page of meetings is shown; ``editor`` is the open
    meeting's editor, or None while the list is shown."""

    meetings_loaded = Signal()
    bodies_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: MeetingEditor | None = None
        self.dialog: NewMeetingDialog | None = None
        self._bodies: list[BodySummary] = []
        self._body_id: int | None = None

        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page = QWidget()
        self.bodies_model = QStandardItemModel(self)
        self.bodies_view = QListView()
        self.bodies_view.setModel(self.bodies_model)
        self.bodies_view.setWordWrap(True)
        self.bodies_view.setSpacing(3)  # wrapped Thai lines need room for tone marks above the next line
        self.bodies_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.body_title = QLabel()
        follow_zoom(self.body_title, 1.25, bold=True)
        self.body_title.setWordWrap(True)
        self.new_button = QPushButton(self.tr("ประชุมใหม่"))
        self.open_button = QPushButton(self.tr("เปิดการประชุม"))
        self.meetings_model = MeetingListModel(self)
        self.meetings_view = QTableView()
        self.meetings_view.setModel(self.meetings_model)
        self.meetings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings_view.verticalHeader().setVisible(False)
        self.meetings_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only: measuring every loaded meeting would redo it for each page.
        self.meetings_view.horizontalHeader().setResizeContentsPrecision(40)
        self.meetings_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.meetings_view.setAlternatingRowColors(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bodies_label = QLabel(self.tr("ทีม/คณะ"))
        bodies_label.setBuddy(self.bodies_view)
        left_layout.addWidget(bodies_label)
        left_layout.addWidget(self.bodies_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.body_title, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.meetings_view, 1)
        right_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addWidget(splitter)
        self.stack.addWidget(self.list_page)

        self.bodies_view.selectionModel().currentChanged.connect(self._body_changed)
        self.meetings_view.activated.connect(self._meeting_activated)
        self.meetings_model.fetch_requested.connect(self._fetch_more)
        self.new_button.clicked.connect(self.open_new_meeting_dialog)
        self.open_button.clicked.connect(lambda: self._meeting_activated(self.meetings_view.currentIndex()))
        context.signals.open_meeting_requested.connect(self.open_meeting)
        context.signals.bodies_changed.connect(self.load_bodies)
        context.signals.meetings_changed.connect(self._reload_meetings)
        self.load_bodies()

    def activate(self) -> None:
        """Called by the main window when the page is shown."""
        if self.editor is not None:
            self.editor.activate_undo()
        else:
            self.load_bodies()

    # --- bodies and meetings ----------------------------------------------------------------------------------

    def load_bodies(self) -> None:
        database = self.context.database
        self.context.tasks.run(
            lambda: meetings.list_bodies_with_meetings(database), self._show_bodies, self._failed
        )

    def _show_bodies(self, bodies: list[BodySummary]) -> None:
        self._bodies = bodies
        blocked = self.bodies_view.selectionModel().blockSignals(True)
        self.bodies_model.clear()
        for body in bodies:
            row = QStandardItem(
                self.tr("{name}\n{count} ครั้ง").format(name=body.name_th, count=body.meeting_count)
            )
            row.setData(body.id, BODY_ID_ROLE)
            row.setToolTip(body.name_th)
            self.bodies_model.appendRow(row)
        self.bodies_view.selectionModel().blockSignals(blocked)
        self.new_button.setEnabled(bool(self._writable_bodies()) and not self.context.database.read_only)
        ids = [body.id for body in bodies]
        wanted = self._body_id if self._body_id in ids else (ids[0] if ids else None)
        if wanted is None:
            self.body_title.setText("")
            self.meetings_model.set_first_page([])
            self.empty_label.setText(self.tr("ยังไม่มีทีม/คณะ: เพิ่มได้ที่หน้าทีมและคณะ"))
        else:
            self.select_body(wanted)
        self.bodies_loaded.emit()

    def select_body(self, body_id: int) -> None:
        matches = self.bodies_model.match(self.bodies_model.index(0, 0), BODY_ID_ROLE, body_id, 1)
        if matches:
            self.bodies_view.setCurrentIndex(matches[0])
            if self._body_id == body_id:
                self._reload_meetings()

    def _body_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        body_id = current.data(BODY_ID_ROLE)
        if body_id is None:
            return
        self._body_id = body_id
        name = next((b.name_th for b in self._bodies if b.id == body_id), "")
        self.body_title.setText(name)
        self._reload_meetings()

    def _reload_meetings(self) -> None:
        body_id, database = self._body_id, self.context.database
        if body_id is None:
            return
        self.context.tasks.run(
            lambda: (body_id, meetings.list_meetings(database, body_id, 0, PAGE_SIZE)),
            self._show_meetings,
            self._failed,
        )

    def _show_meetings(self, result: tuple[int, list[MeetingSummary]]) -> None:
        body_id, rows = result
        if body_id != self._body_id:
            return  # the person has already chosen another body
        self.meetings_model.set_first_page(rows)
        self.empty_label.setText("" if rows else self.tr("ยังไม่มีการประชุม: กด “ประชุมใหม่” เพื่อเริ่ม"))
        self.empty_label.setVisible(not rows)
        if rows:
            self.meetings_view.selectRow(0)
        self.meetings_loaded.emit()

    def _fetch_more(self, offset: int) -> None:
        body_id, database = self._body_id, self.context.database
        if body_id is None:
            return

        def append(result: tuple[int, list[MeetingSummary]]) -> None:
            if result[0] == self._body_id:
                self.meetings_model.append_page(result[1])

        self.context.tasks.run(
            lambda: (body_id, meetings.list_meetings(database, body_id, offset, PAGE_SIZE)),
            append,
            self._failed,
        )

    def _failed(self, error: StorageError | Refusal) -> None:
        self.context.signals.status_message.emit(error.message(self.context.language))

    # --- new meeting ------------------------------------------------------------------------------------------

    def open_new_meeting_dialog(self) -> NewMeetingDialog | None:
        if self.context.database.read_only:
            return None
        from mdt_desktop.gui.meeting.meeting_dialogs import NewMeetingDialog

        bodies = self._writable_bodies()
        if not bodies:
            return None
        chosen = self._body_id if any(body.id == self._body_id for body in bodies) else bodies[0].id
        dialog = NewMeetingDialog(bodies, chosen, self, language=self.context.language)
        dialog.accepted.connect(lambda: self._create_meeting(dialog.values()))
        dialog.body_chosen.connect(lambda body_id: self._propose(dialog, body_id))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        # Closed with the page (a test's end, the window closing) it is never finished: a late proposal must not
        # reach it.
        dialog.destroyed.connect(lambda _object: self._dialog_closed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        dialog.request_proposal()
        return dialog

    def _writable_bodies(self) -> list[BodySummary]:
        """The bodies whose meetings the person may call: those they are the secretary of (services.roles)."""
        permissions = self.context.permissions
        return [
            body for body in self._bodies if permissions.allows(Permission.WRITE_MINUTES, body_id=body.id)
        ]

    def _dialog_closed(self, dialog: NewMeetingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _propose(self, dialog: NewMeetingDialog, body_id: int) -> None:
        """The body's usual venue and times, read off the GUI thread, for the dialog if it is still open."""
        database = self.context.database

        def arrived(proposal: MeetingProposal) -> None:
            if self.dialog is dialog:
                dialog.show_proposal(body_id, proposal)

        self.context.tasks.run(lambda: propose_meeting(database, body_id), arrived, self._failed)

    def _create_meeting(self, values: dict[str, Any]) -> None:
        database = self.context.database

        def created(meeting_id: int) -> None:
            self._body_id = values["body_id"]
            self.context.signals.meetings_changed.emit()
            self.load_bodies()
            self.open_meeting(meeting_id)

        self.context.tasks.run(lambda: create_proposed_meeting(database, **values), created, self._failed)

    # --- the editor -------------------------------------------------------------------------------------------

    def _meeting_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(self.meetings_model.record(index.row()).id)

    def open_meeting(self, meeting_id: int) -> MeetingEditor:
        if self.editor is not None and self.editor.meeting_id == meeting_id:
            self.stack.setCurrentWidget(self.editor)
            return self.editor
        self.close_editor()
        from mdt_desktop.gui.meeting.meeting_editor import MeetingEditor

        self.editor = MeetingEditor(self.context, meeting_id)
        self.editor.back_requested.connect(self.close_editor)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        return self.editor

    def open_meeting_at(self, meeting_id: int, item_id: int, action_id: int) -> MeetingEditor:
        """Open a meeting where a search or a list found something: that item current (NO_ITEM: the item of the
        action, or the first) and that action (0: none) selected."""
        editor = self.open_meeting(meeting_id)
        editor.show_at(item_id, action_id)
        return editor

    def close_editor(self) -> None:
        if self.editor is None:
            return
        self.editor.commit_text()
        editor, self.editor = self.editor, None
        self.stack.setCurrentWidget(self.list_page)
        self.stack.removeWidget(editor)
        editor.deleteLater()
        self._reload_meetings()
