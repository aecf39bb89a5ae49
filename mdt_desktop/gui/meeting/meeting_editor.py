"""The meeting editor: header, attendance, the agenda tree with each item's text, actions and matters arising.

There is no Save button. Text is committed half a second after typing stops and when the field loses focus;
every other edit is committed at once. Each edit is a command on ``undo_stack`` (see ``meeting_commands``), so
Ctrl+Z and Ctrl+Shift+Z work across all of it. After each stored edit the meeting is read again off the GUI
thread and shown, except in a text field that holds typing not yet committed: that text is never overwritten.

Typed text is never thrown away. Until the database confirms a text it stays in ``_unsaved`` (by item and field):
shown in its field whenever that item is shown, whatever the database still holds. A save the database refuses
(another program writing, a full disk) leaves it there, marked by a banner that says what to do, and it is tried
again every ``RETRY_MS`` and at the next edit. Moving to another item keeps it queued (after asking); leaving the
meeting or the program with text still unsaved asks first, and only an explicit choice discards it.

On a database server several officers minute at once. Each text save names the item's version and the text this
screen showed (``_known``); a save that meets another officer's change of the same text is refused
(``EditConflict``) and ``edit_conflict_dialog`` shows both texts for the person to choose, the typed text kept
until they do; an action's or the header's edit names what it showed the same way. ``change_notices`` polls for
others' saves, shows a notice and rereads the meeting, leaving the text the person is in as it is.

Laid out for a 1366×768 laptop and a 1280×720 projector without ever growing the window: the header folds into
one line beside the tabs once the meeting has begun, one-line labels elide (their whole text is the tooltip), the
minutes sit beside the resolution, and the splitters are kept in the preferences. A quiet label beside the minutes
says when the database last confirmed the typed text; ``show_at`` opens the meeting at an item and an action.

A database open read-only (its file or folder cannot be written) shows the meeting as it is: every field read-only,
every button that would change it disabled; the export dialog still works. Approved minutes are shown the same
way, with a banner whose button records an amendment (``amendment_dialog``); item 2 lists the amendments made to
the minutes it approves.

The meeting runs through its cases: a case is linked with a picker (part of a code or a type), and the item's
actions naming no case can follow it; a case item shows the case's level, open actions and open plan services and
opens an assessment or the safety plan from the item; the agenda marks children's cases, cases seen again within
12 months and overdue reviews, and "children's cases first" moves the child-case items of the consideration
section to the top (one undoable step).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mdt_desktop.domain.codes import (
    ActionStatus,
    AgendaKind,
    AttendanceCategory,
    Measure,
    MeetingKind,
    MeetingStatus,
    RecordingLevel,
)
from mdt_desktop.domain.roles import Permission
from mdt_desktop.gui.cases.assessment_dialog import AssessmentDialog
from mdt_desktop.gui.cases.safety_plan_dialog import SafetyPlanDialog
from mdt_desktop.gui.common.context import NO_ITEM, AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.forms.ui_meeting_editor import Ui_MeetingEditor
from mdt_desktop.gui.meeting import meeting_commands as commands
from mdt_desktop.gui.meeting.agenda_model import AgendaModel, ItemActionsModel
from mdt_desktop.gui.meeting.amendment_dialog import (
    AmendmentDialog,
    AmendmentList,
    ApprovedBanner,
    ask_to_approve,
)
from mdt_desktop.gui.meeting.attendance_model import CATEGORY, AttendanceModel
from mdt_desktop.gui.meeting.carried_over_model import CarriedOverModel, history_text
from mdt_desktop.gui.meeting.case_item_panel import CaseItemPanel
from mdt_desktop.gui.meeting.case_picker import CasePicker
from mdt_desktop.gui.meeting.change_notices import ChangeWatcher, Fingerprint
from mdt_desktop.gui.meeting.edit_conflict_dialog import ConflictChoice, EditConflictDialog
from mdt_desktop.gui.meeting.identifying_warning import ActionTasksWarning, IdentifyingWarning, place_under
from mdt_desktop.gui.meeting.meeting_dialogs import ActionDialog, put_in
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.gui.widgets.fitting import fit_columns
from mdt_desktop.gui.widgets.strict_choice import StrictChoice
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings, risk
from mdt_desktop.services.exports.minutes import amendments_approved_here
from mdt_desktop.services.identifying import TextField
from mdt_desktop.services.meetings import (
    AgencyChoice,
    CaseItemFacts,
    EditConflict,
    ItemView,
    MeetingHeader,
    MeetingView,
)
from mdt_desktop.services.risk import ReviewDue
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.thai.dates import TimeFormatError, format_time, parse_time

TEXT_IDLE_MS = 500
REVIEWS_LISTED = 5  # case codes named in the reviews-due line; the rest counted
REVIEWS_DUE_STYLE = "color: #a04000;"
RETRY_MS = 5000  # how often text the database refused is tried again
TEXT_FIELDS = ("title", "discussion", "resolution")
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fdecea; }"
UNSAVED_FIELD_STYLE = "border: 2px solid #ef6c00; background: #fff3e0;"
CHANGE_NOTICE_STYLE = (
    "QLabel { background: #e3f2fd; color: #0d3c61; border: 1px solid #64b5f6; padding: 4px; }"
)
UNSAVED_BANNER_STYLE = (
    "QLabel { background: #fff3e0; color: #6d3a00; border: 1px solid #ef6c00; padding: 6px; }"
)
ACTION_ROWS_SHOWN = 4  # the actions table never gets less room than this many rows while it is shown
ROW_PADDING = 10  # pixels above and below a table row's one line of text
NARROW_COLUMN_CAP = 170  # pixels: agency and person columns; their whole text is in the cell's tooltip

TextKey = tuple[int, str]  # (agenda item id, field)
# What a reread brings: the meeting, its cases' facts, the reviews due, and its fingerprint (change_notices).
Loaded = tuple[MeetingView, dict[int, CaseItemFacts], list[ReviewDue], Fingerprint | None]


class CategoryDelegate(QStyledItemDelegate):
    """A drop-down of attendance categories in the attendance table."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = QComboBox(parent)
        for category in AttendanceCategory:
            combo.addItem(category.th, category.value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MeetingEditor(QWidget):
    """One open meeting. ``loaded`` is emitted each time the meeting has been (re)read and shown."""

    back_requested = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.view: MeetingView | None = None
        self.current_item_id: int | None = None
        self._announced_item: int | None = None  # the current item other windows were last told of
        self._telling = False  # while this editor announces its own change of the meeting
        self.undo_stack = QUndoStack(self)
        self._agencies: list[AgencyChoice] = []
        self._pending_select: int | None = None
        self._wanted_place: tuple[int, int] | None = None  # (item, action) to show once the meeting is read
        self._dirty: set[str] = set()
        self._baseline: dict[str, str] = dict.fromkeys(TEXT_FIELDS, "")
        self._unsaved: dict[TextKey, str] = {}  # typed text the database does not hold yet
        # The version and text of each field as this screen last showed or saved it: what a save names, so that
        # another officer's save in between is met as an EditConflict (storage.edit_conflict), never overwritten.
        self._known: dict[TextKey, tuple[int, str]] = {}
        self._conflicts: dict[TextKey, EditConflict] = {}  # texts waiting for the person's choice
        self.conflict_dialog: EditConflictDialog | None = None
        self._conflict_key: TextKey | None = None  # the text the open conflict dialog is about
        self._shown_item_id: int | None = None  # the item whose texts the fields hold
        self._keep_edited_text = False  # the next reread is another officer's change: leave the text in hand
        self._save_problem: StorageError | Refusal | None = (
            None  # why the last save failed, while text is unsaved
        )
        self._retrying = False
        self._leaving_item_confirmed = False
        self.leave_question: QMessageBox | None = None
        self._shortcuts_ready = False
        self._carried_sized_for: int | None = None
        self.action_dialog: ActionDialog | None = None
        self.export_dialog: QWidget | None = None
        self.case_dialog: AssessmentDialog | SafetyPlanDialog | None = None
        self.link_actions_question: QMessageBox | None = None
        self.case_facts: dict[int, CaseItemFacts] = {}  # the cases linked in this meeting, by case id
        self._approved = False  # the minutes are approved: read only, changed by amendment
        self._reading_by_role = False  # the person is not this body's secretary: read only (services.roles)
        self.amendment_dialog: AmendmentDialog | None = None
        self.approval_question: QMessageBox | None = None
        self._approval_confirmed = False  # the person said yes to approving: the status change goes ahead

        self.ui = Ui_MeetingEditor()
        self.ui.setupUi(self)
        self.date_edit = BeDateEdit(self)
        put_in(self.ui.dateHolder, self.date_edit)
        # Built after the form, the date would come last in Tab order; it comes where it stands, after the status.
        QWidget.setTabOrder(self.ui.statusCombo, self.date_edit.line_edit)
        QWidget.setTabOrder(self.date_edit.line_edit, self.ui.startEdit)
        self.agenda_model = AgendaModel(self)
        self.actions_model = ItemActionsModel(self)
        self.carried_model = CarriedOverModel(self)
        self.attendance_model = AttendanceModel(self)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_IDLE_MS)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self.change_watcher = ChangeWatcher(context, meeting_id, self)
        self.change_watcher.changed_elsewhere.connect(self._changed_elsewhere)
        self._setup_widgets()
        self.approved_banner = ApprovedBanner(self)
        self.approved_banner.amend_requested.connect(self.open_amendment_dialog)
        self.ui.mainLayout.insertWidget(1, self.approved_banner)  # under the top bar, seen from every tab
        self.amendment_list = AmendmentList(self.ui.itemPanel)
        item_layout = self.ui.itemPanelLayout
        item_layout.insertWidget(item_layout.indexOf(self.ui.itemHeadingLabel) + 1, self.amendment_list)
        self._connect()
        self._add_identifying_warnings()
        if self.read_only:
            self._offer_no_writing()
        self.reload()
        self.context.tasks.run(
            lambda: meetings.list_agency_choices(self.context.database), self._set_agencies
        )

    # --- setting up -------------------------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for kind in MeetingKind:
            ui.kindCombo.addItem(kind.th, kind.value)
        for status in MeetingStatus:
            ui.statusCombo.addItem(status.th, status.value)
        for level in RecordingLevel:
            ui.recordingCombo.addItem(level.th, level.value)
        ui.measureCombo.addItem(self.tr("ไม่ระบุ"), None)
        for measure in Measure:
            ui.measureCombo.addItem(measure.th, measure.value)
        # Typing that matches no measure is refused with a message, never taken as the first measure.
        StrictChoice(ui.measureCombo).refused.connect(self.show_message)
        # Tab follows the item as it reads on screen: the title, the measure beside it, the minutes, the resolution.
        for first, second in (
            (ui.titleEdit, ui.measureCombo),
            (ui.measureCombo, ui.discussionEdit),
            (ui.discussionEdit, ui.resolutionEdit),
        ):
            QWidget.setTabOrder(first, second)
        for status in ActionStatus:
            ui.progressStatusCombo.addItem(status.th, status.value)
        ui.progressStatusCombo.setCurrentIndex(
            ui.progressStatusCombo.findData(ActionStatus.IN_PROGRESS.value)
        )
        for category in (
            AttendanceCategory.ATTENDEE,
            AttendanceCategory.OBSERVER,
            AttendanceCategory.INTERPRETER,
        ):
            ui.attendeeCategoryCombo.addItem(category.th, category.value)
        ui.progressNoteEdit.setPlaceholderText(self.tr("ผลการดำเนินงานที่หน่วยงานรายงาน"))
        self.export_button = QPushButton(self.tr("ส่งออก…"), ui.topBar)
        self.export_button.setToolTip(
            self.tr("รายงานการประชุมเป็น Word หรือ PDF และบันทึกการมอบหมายงานรายหน่วยงาน")
        )
        ui.topBarLayout.addWidget(self.export_button)
        self.chaired_button = QPushButton(self.tr("เป็นประธานในที่ประชุม"), ui.attendanceTab)
        self.chaired_button.setToolTip(
            self.tr("ผู้ที่เลือกเป็นผู้ทำหน้าที่ประธานของการประชุมนี้ (พิมพ์ในรายชื่อผู้มาประชุมและลงนามผู้ตรวจรายงาน)")
        )
        attendee_buttons = ui.removeAttendeeButton.parentWidget().layout()
        attendee_buttons.insertWidget(
            attendee_buttons.indexOf(ui.removeAttendeeButton) + 1, self.chaired_button
        )
        self.chair_button = QPushButton(self.tr("จอประธาน"), ui.topBar)
        self.chair_button.setToolTip(self.tr("เปิดจอสำหรับเครื่องฉายให้ที่ประชุมเห็น (แสดงเฉพาะข้อมูลที่แสดงได้)"))
        ui.topBarLayout.addWidget(self.chair_button)

        ui.agendaTree.setModel(self.agenda_model)
        ui.agendaTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.actionsTable.setModel(self.actions_model)
        ui.carriedTable.setModel(self.carried_model)
        ui.attendanceTable.setModel(self.attendance_model)
        ui.attendanceTable.setItemDelegateForColumn(CATEGORY, CategoryDelegate(ui.attendanceTable))
        ui.attendanceTable.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        row_height = self.fontMetrics().lineSpacing() + ROW_PADDING
        for table in (ui.actionsTable, ui.carriedTable, ui.attendanceTable):
            table.setTabKeyNavigation(False)  # Tab leaves the table (the arrows move in it): no keyboard trap
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(
                table.editTriggers() if table is ui.attendanceTable else table.EditTrigger.NoEditTriggers
            )
        for table in (ui.actionsTable, ui.carriedTable):
            # One line a row: on a laptop screen wrapped tasks would leave room for a single action. The whole
            # text is in each cell's tooltip, and the history pane shows a carried-over action's in full.
            table.setWordWrap(False)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(row_height)
        ui.attendanceTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.actionsTable.setMinimumHeight(self._table_height(ui.actionsTable, ACTION_ROWS_SHOWN))
        # Every pixel of height is for the minutes: the folded header beside the tabs, no frame around the tabs'
        # pages, no margins inside them.
        ui.mainLayout.removeWidget(ui.headerSummaryBar)
        ui.tabs.setCornerWidget(ui.headerSummaryBar, Qt.Corner.TopRightCorner)
        ui.tabs.setDocumentMode(True)
        ui.agendaTabLayout.setContentsMargins(0, 4, 0, 0)
        ui.textsSplitter.setStretchFactor(0, 3)
        ui.textsSplitter.setStretchFactor(1, 2)
        ui.agendaSplitter.setStretchFactor(0, 0)
        ui.agendaSplitter.setStretchFactor(1, 1)
        # A taller window gives its height to the minutes; the actions keep their rows.
        ui.detailSplitter.setStretchFactor(0, 1)
        ui.detailSplitter.setStretchFactor(1, 0)
        ui.detailSplitter.setStretchFactor(2, 1)
        for edit in (ui.discussionEdit, ui.resolutionEdit):
            edit.setMinimumHeight(48)  # any screen must still leave room for the actions below
        ui.headerGroup.setVisible(False)  # until the first load says whether the header is filled
        ui.tabs.setCurrentWidget(ui.agendaTab)
        ui.carriedGroup.setVisible(False)
        # The splitters told their parents their sizes while item 3's group was still shown; a minimum left from
        # then would make the window grow past the screen when the editor is first shown.
        widget: QWidget | None = ui.detailSplitter
        while widget is not None and widget is not self:
            widget.updateGeometry()
            widget = widget.parentWidget()
        self.unsaved_banner = QLabel(self)
        self.unsaved_banner.setObjectName("unsavedBanner")
        self.unsaved_banner.setWordWrap(True)
        self.unsaved_banner.setStyleSheet(UNSAVED_BANNER_STYLE)
        self.unsaved_banner.setVisible(False)
        ui.mainLayout.insertWidget(1, self.unsaved_banner)  # under the top bar, seen from every tab
        self.change_notice = QLabel(self)
        self.change_notice.setObjectName("changeNotice")
        self.change_notice.setWordWrap(True)
        self.change_notice.setStyleSheet(CHANGE_NOTICE_STYLE)
        self.change_notice.setVisible(False)
        ui.mainLayout.insertWidget(1, self.change_notice)
        self.case_picker = CasePicker(
            self.context, ui.caseCodeEdit, lambda: self.view.header.body_id if self.view else None
        )
        self.reviews_due_label = QLabel(ui.agendaPanel)
        self.reviews_due_label.setObjectName("reviewsDueLabel")
        self.reviews_due_label.setWordWrap(True)
        self.reviews_due_label.setStyleSheet(REVIEWS_DUE_STYLE)
        self.reviews_due_label.hide()
        ui.agendaPanelLayout.insertWidget(0, self.reviews_due_label)
        self.case_panel = CaseItemPanel(ui.actionsPanel)
        self.case_panel.setVisible(False)
        ui.actionsLayout.insertWidget(0, self.case_panel)
        self.children_first_button = QPushButton(self.tr("เรียงกรณีเด็กก่อน"), ui.itemButtons)
        self.children_first_button.setToolTip(
            self.tr("ย้ายเรื่องย่อยที่เป็นกรณีเด็กในเรื่องเสนอเพื่อพิจารณาขึ้นก่อน หน่วยงานด้านเด็กจะได้กลับก่อน")
        )
        # Two rows of buttons under the agenda: in one row they would hold the agenda wider than its titles need.
        ui.itemButtonsLayout.removeWidget(ui.deleteItemButton)
        ui.itemButtonsLayout.addStretch(1)
        second_row = QHBoxLayout()
        second_row.setContentsMargins(0, 0, 0, 0)
        second_row.addWidget(self.children_first_button)
        second_row.addWidget(ui.deleteItemButton)
        second_row.addStretch(1)
        ui.agendaPanelLayout.addLayout(second_row)
        self._header_folded: bool | None = None  # decided at the first load, then the person's choice
        self._detail_state = QByteArray()  # the texts/actions split of an ordinary item, as last left
        self._restore_splitters()
        self._fit_all_columns()

    def _fit_actions_columns(self) -> None:
        fit_columns(self.ui.actionsTable, stretch=(1,), caps={0: NARROW_COLUMN_CAP, 3: NARROW_COLUMN_CAP})

    def _fit_carried_columns(self) -> None:
        fit_columns(self.ui.carriedTable, stretch=(2,), caps={1: 120, 3: 130, 4: 120, 5: 120})

    def _fit_attendance_columns(self) -> None:
        fit_columns(self.ui.attendanceTable, stretch=(1, 4), caps={0: 240, 2: NARROW_COLUMN_CAP})

    def _fit_all_columns(self) -> None:
        """Every table's columns for its present rows and the present type size (titles whole even when empty)."""
        self._fit_actions_columns()
        self._fit_carried_columns()
        self._fit_attendance_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed (Ctrl++ / Ctrl+-): the titles' widths changed
            self._fit_all_columns()

    def _table_height(self, table: QTableView, rows: int) -> int:
        header = table.horizontalHeader().sizeHint().height()
        return header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2

    # --- the layout the person left: splitters kept in the preferences ----------------------------------------

    def _restore_splitters(self) -> None:
        preferences = Preferences()
        agenda = preferences.get(Pref.EDITOR_AGENDA_SPLITTER)
        if agenda.isEmpty():
            self.ui.agendaSplitter.setSizes([240, 900])
        else:
            self.ui.agendaSplitter.restoreState(agenda)
        texts = preferences.get(Pref.EDITOR_TEXTS_SPLITTER)
        if texts.isEmpty():
            self.ui.textsSplitter.setSizes([600, 400])  # the minutes wider than the resolution
        else:
            self.ui.textsSplitter.restoreState(texts)
        self._detail_state = preferences.get(Pref.EDITOR_DETAIL_SPLITTER)
        if not self._detail_state.isEmpty():
            self.ui.detailSplitter.restoreState(self._detail_state)

    def _give_texts_the_room(self) -> None:
        """Without a split the person chose, the actions get their rows and the minutes all the rest."""
        splitter = self.ui.detailSplitter
        total = sum(splitter.sizes())
        if total <= 0 or not self._detail_state.isEmpty():
            return
        actions = self.ui.actionsPanel.minimumSizeHint().height()
        splitter.setSizes([total - actions, actions, 0])

    def _remember_detail_split(self) -> None:
        """The person moved the split: kept for ordinary items (item 3's own split is set when it is shown)."""
        if self.ui.carriedGroup.isHidden() and not self.ui.actionsPanel.isHidden():
            self._detail_state = self.ui.detailSplitter.saveState()

    def save_splitters(self) -> None:
        """Keep the splitters as the person left them, for the next meeting opened on this computer."""
        preferences = Preferences()
        preferences.set(Pref.EDITOR_AGENDA_SPLITTER, self.ui.agendaSplitter.saveState())
        preferences.set(Pref.EDITOR_TEXTS_SPLITTER, self.ui.textsSplitter.saveState())
        if not self._detail_state.isEmpty():
            preferences.set(Pref.EDITOR_DETAIL_SPLITTER, self._detail_state)

    def hideEvent(self, event: Any) -> None:
        # Leaving the meeting, going to another page or closing the window all hide the editor.
        self.save_splitters()
        super().hideEvent(event)

    def _add_identifying_warnings(self) -> None:
        """A name or a number typed where only case codes belong is caught as it is saved, under its box."""
        self.identifying_warnings = {
            field: IdentifyingWarning(self.context, self.meeting_id, TextField(field), self)
            for field in TEXT_FIELDS
        }
        for field, warning in self.identifying_warnings.items():
            place_under(self._text_widgets[field], warning)
            warning.moved.connect(lambda _item_id: self.context.signals.meeting_changed.emit(self.meeting_id))
            warning.moved.connect(self.reload)
        self.tasks_warning = ActionTasksWarning(self.context, self)
        place_under(self.ui.actionsTable, self.tasks_warning, above=True)

    @property
    def read_only(self) -> bool:
        return bool(self.context.database.read_only) or self._approved or self._reading_by_role

    def _follow_approval(self, view: MeetingView) -> None:
        """Approved minutes turn read only once they are shown approved (the services refuse changes to them);
        the banner offers the amendment instead."""
        approved = view.header.status is MeetingStatus.APPROVED
        self.approved_banner.setVisible(approved)
        self.approved_banner.amend_button.setEnabled(
            approved and not self.context.database.read_only and not self._reading_by_role
        )
        if approved and not self._approved:
            self._approved = True
            self._offer_no_writing(self.tr("รายงานการประชุมนี้รับรองแล้ว แก้ไขโดยบันทึกการแก้ไขพร้อมเหตุผล"))

    def _follow_roles(self, view: MeetingView) -> None:
        """What the person's roles allow for this meeting's body: the secretary writes, the chair approves, both
        show the chair's screen. Someone else reads only; the services refuse the rest anyway."""
        permissions, body_id = self.context.permissions, view.header.body_id
        self.chair_button.setVisible(permissions.allows(Permission.SHOW_CHAIR_SCREEN, body_id=body_id))
        may_approve = permissions.allows(Permission.APPROVE_MINUTES, body_id=body_id)
        may_write = permissions.allows(Permission.WRITE_MINUTES, body_id=body_id)
        combo_items = self.ui.statusCombo.model()
        assert isinstance(combo_items, QStandardItemModel)
        for status in MeetingStatus:
            choice = combo_items.item(self.ui.statusCombo.findData(status.value))
            choice.setEnabled(may_approve if status is MeetingStatus.APPROVED else may_write)
        if may_write or self._reading_by_role:
            return
        self._reading_by_role = True
        reading_only = self.tr("ท่านไม่ได้เป็นเลขานุการของคณะนี้ จึงอ่านรายงานการประชุมได้อย่างเดียว")
        self._offer_no_writing(reading_only)
        self.show_message(reading_only)
        self.approved_banner.amend_button.setEnabled(False)
        if may_approve and view.header.status is not MeetingStatus.APPROVED:
            self.ui.statusCombo.setEnabled(True)  # the chair approves from here

    def open_amendment_dialog(self) -> AmendmentDialog | None:
        item = self.current_item()
        if item is None or not self._approved or self.context.database.read_only or self._reading_by_role:
            return None
        self.amendment_dialog = AmendmentDialog(self.context, self.meeting_id, item, self)
        self.amendment_dialog.amended.connect(lambda _id: self.reload())
        self.amendment_dialog.open()
        return self.amendment_dialog

    def _confirm_approval(self, previous: MeetingStatus) -> None:
        """Approving cannot be taken back (the minutes then change only by amendment): ask first."""

        def approve() -> None:
            self.approval_question = None
            self._approval_confirmed = True
            self._header_changed("status", MeetingStatus.APPROVED)

        def keep() -> None:
            self.approval_question = None
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(previous.value))

        self.approval_question = ask_to_approve(self.window(), approve, keep)

    def _show_amendments(self, lines: list[str]) -> None:
        self.amendment_list.set_lines(lines)
        item = self.current_item()
        if item is not None:
            self.amendment_list.show_for(item)

    def _offer_no_writing(self, tip: str | None = None) -> None:
        """Reading only: text can be selected and copied, nothing can be typed, chosen or clicked into the file."""
        ui = self.ui
        for edit in (
            ui.titleEdit, ui.discussionEdit, ui.resolutionEdit, ui.venueEdit, ui.startEdit, ui.endEdit,
            ui.numberSpin, ui.yearSpin,
        ):  # fmt: skip
            edit.setReadOnly(True)
        for widget in (
            ui.kindCombo, ui.statusCombo, ui.recordingCombo, self.date_edit,
            ui.addItemButton, ui.addSubItemButton, ui.moveUpButton, ui.moveDownButton, ui.deleteItemButton,
            ui.measureCombo, ui.caseCodeEdit, ui.linkCaseButton, ui.unlinkCaseButton,
            ui.addActionButton, ui.editActionButton, ui.deleteActionButton,
            ui.progressNoteEdit, ui.progressStatusCombo, ui.recordProgressButton,
            ui.attendeeCategoryCombo, ui.attendeeNameEdit, ui.attendeePositionEdit, ui.addAttendeeButton,
            ui.removeAttendeeButton, self.chaired_button, self.children_first_button,
        ):  # fmt: skip
            widget.setEnabled(False)
        self.case_panel.set_writable(False)
        self.attendance_model.read_only = True
        ui.attendanceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tip = tip or self.tr("ฐานข้อมูลเปิดแบบอ่านอย่างเดียว แก้ไขไม่ได้")
        for widget in (ui.discussionEdit, ui.resolutionEdit, ui.titleEdit, ui.addActionButton):
            widget.setToolTip(tip)

    def _connect(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self._go_back)
        ui.headerToggleButton.toggled.connect(self._unfold_header)
        ui.detailSplitter.splitterMoved.connect(lambda _pos, _index: self._remember_detail_split())
        self.export_button.clicked.connect(self.open_export_dialog)
        ui.agendaTree.selectionModel().currentChanged.connect(self._tree_current_changed)
        ui.carriedTable.selectionModel().currentRowChanged.connect(self._show_history)
        self.carried_model.modelReset.connect(self._show_history)
        self._text_widgets: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": ui.titleEdit,
            "discussion": ui.discussionEdit,
            "resolution": ui.resolutionEdit,
        }
        ui.titleEdit.textEdited.connect(lambda _t: self._text_edited("title"))
        ui.discussionEdit.textChanged.connect(lambda: self._text_edited("discussion"))
        ui.resolutionEdit.textChanged.connect(lambda: self._text_edited("resolution"))
        ui.resolutionEdit.textChanged.connect(self._tell_resolution_typed)
        self.context.signals.item_requested.connect(self._item_requested)
        self.chair_button.clicked.connect(
            lambda: self.context.signals.chair_screen_requested.emit(self.meeting_id)
        )
        for widget in self._text_widgets.values():
            widget.installEventFilter(self)
        self._text_timer.timeout.connect(self.commit_text)
        self._retry_timer.timeout.connect(self._retry_unsaved)

        ui.numberSpin.editingFinished.connect(lambda: self._header_changed("number", ui.numberSpin.value()))
        ui.yearSpin.editingFinished.connect(lambda: self._header_changed("year_be", ui.yearSpin.value()))
        ui.kindCombo.activated.connect(
            lambda _i: self._header_changed("kind", MeetingKind(ui.kindCombo.currentData()))
        )
        ui.statusCombo.activated.connect(
            lambda _i: self._header_changed("status", MeetingStatus(ui.statusCombo.currentData()))
        )
        ui.recordingCombo.activated.connect(
            lambda _i: self._header_changed(
                "recording_level", RecordingLevel(ui.recordingCombo.currentData())
            )
        )
        self.date_edit.dateChanged.connect(lambda day: day is not None and self._header_changed("date", day))
        ui.venueEdit.editingFinished.connect(
            lambda: self._header_changed("venue", ui.venueEdit.text().strip())
        )
        ui.startEdit.editingFinished.connect(lambda: self._time_changed("start_time", ui.startEdit))
        ui.endEdit.editingFinished.connect(lambda: self._time_changed("end_time", ui.endEdit))

        ui.addItemButton.clicked.connect(self.add_item)
        ui.addSubItemButton.clicked.connect(self.add_sub_item)
        ui.moveUpButton.clicked.connect(lambda: self.move_item(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_item(1))
        ui.deleteItemButton.clicked.connect(self.delete_item)
        ui.measureCombo.activated.connect(lambda _i: self._measure_changed())
        ui.linkCaseButton.clicked.connect(self.link_case)
        ui.caseCodeEdit.returnPressed.connect(self.link_case)
        ui.unlinkCaseButton.clicked.connect(self.unlink_case)
        self.children_first_button.clicked.connect(self.children_first)
        self.case_picker.chosen.connect(self.link_chosen_case)
        self.case_panel.assess_requested.connect(self.open_assessment)
        self.case_panel.plan_requested.connect(self.open_safety_plan)
        self.context.signals.case_changed.connect(self._case_changed)
        self.context.signals.meeting_changed.connect(self._meeting_changed)

        ui.addActionButton.clicked.connect(self.open_action_dialog)
        ui.editActionButton.clicked.connect(self.edit_selected_action)
        ui.actionsTable.doubleClicked.connect(lambda _index: self.edit_selected_action())
        ui.deleteActionButton.clicked.connect(self.delete_selected_action)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.open_action_dialog)

        ui.recordProgressButton.clicked.connect(self.record_progress)
        ui.progressNoteEdit.returnPressed.connect(self.record_progress)

        self.attendance_model.change_requested.connect(self._attendance_changed)
        ui.addAttendeeButton.clicked.connect(self.add_attendee)
        ui.attendeeNameEdit.returnPressed.connect(self.add_attendee)
        ui.removeAttendeeButton.clicked.connect(self.remove_attendee)
        self.chaired_button.clicked.connect(self.mark_chair)

    def _set_agencies(self, agencies: list[AgencyChoice]) -> None:
        self._agencies = agencies

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._shortcuts_ready:
            return
        self._shortcuts_ready = True
        group = getattr(self.window(), "undo_group", None)
        if group is not None:
            # The main window's Edit menu owns Ctrl+Z; a second shortcut for it would be ambiguous.
            group.addStack(self.undo_stack)
            group.setActiveStack(self.undo_stack)
            return
        undo = self.undo_stack.createUndoAction(self, self.tr("เลิกทำ"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("ทำซ้ำ"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def activate_undo(self) -> None:
        group = getattr(self.window(), "undo_group", None)
        if group is not None:
            group.setActiveStack(self.undo_stack)

    # --- talking to the worker --------------------------------------------------------------------------------

    def submit(
        self,
        job: Callable[[Database], Any],
        after: Callable[[Any], None] | None = None,
        on_conflict: Callable[[EditConflict], None] | None = None,
    ) -> None:
        """Run ``job(db)`` on the worker. A refusal is shown in the user's language, an ``EditConflict`` handed to
        ``on_conflict`` when given; any other error is a bug."""
        database = self.context.database
        language = self.context.language
        self.change_watcher.note_local_write()

        def run() -> tuple[bool, Any]:
            try:
                return True, job(database)
            except Refusal as refused:
                return False, refused

        def done(outcome: tuple[bool, Any]) -> None:
            ok, result = outcome
            if ok:
                self.ui.messageLabel.clear()
                if after is not None:
                    after(result)
            elif isinstance(result, EditConflict) and on_conflict is not None:
                on_conflict(result)
            else:
                self.show_message(result.message(language))
            self._tell_meeting_changed()
            self.context.signals.actions_changed.emit()
            self.reload()

        self.context.tasks.run(run, done, self._storage_failed)

    def reload(self) -> None:
        meeting_id, database = self.meeting_id, self.context.database

        watcher = self.change_watcher

        def load() -> Loaded:
            fingerprint = (
                watcher.fingerprint()
            )  # before the meeting: a save in between shows at the next poll
            view = meetings.load_meeting(database, meeting_id)
            due: list[ReviewDue] = []
            if view.header.status is MeetingStatus.DRAFT:  # the meeting being prepared or held: its reviews
                due = risk.reviews_due(database, view.header.body_id, view.header.date)
            return view, meetings.meeting_cases(database, meeting_id), due, fingerprint

        watcher.read_started()
        self.context.tasks.run(load, self._apply_loaded, self._load_failed)
        language = self.context.language
        self.context.tasks.run(
            lambda: amendments_approved_here(database, meeting_id, language),
            self._show_amendments,
            self._storage_failed,
        )

    def _load_failed(self, error: StorageError) -> None:
        self.change_watcher.read_failed()
        self._storage_failed(error)

    def _apply_loaded(self, loaded: Loaded) -> None:
        view, self.case_facts, due, fingerprint = loaded
        self.change_watcher.read_finished(fingerprint)
        self._apply_view(view)
        self._keep_edited_text = False
        self._show_reviews_due(view, due)
        self._go_to_wanted_place()

    def _show_reviews_due(self, view: MeetingView, due: list[ReviewDue]) -> None:
        """Cases of the body whose risk review falls due by this meeting and are not on its agenda: the room
        should see them (a case on the agenda has the flag on its item instead)."""
        on_agenda: set[int] = set()
        items = list(view.items)
        while items:
            item = items.pop()
            on_agenda.update(case.id for case in item.cases)
            items.extend(item.children)
        missing = [review for review in due if review.case_id not in on_agenda]
        if not missing:
            self.reviews_due_label.hide()
            return
        listed = [
            self.tr("{code} (ครบ {day})").format(
                code=review.case_code, day=screen_date(review.next_review_on)
            )
            for review in missing
        ]
        shown = ", ".join(listed[:REVIEWS_LISTED])
        more = len(listed) - REVIEWS_LISTED
        if more > 0:
            shown += self.tr(" และอีก {n} กรณี").format(n=more)
        self.reviews_due_label.setText(
            self.tr("ถึงกำหนดทบทวนการประเมินความเสี่ยง แต่ยังไม่อยู่ในวาระ: {cases}").format(cases=shown)
        )
        self.reviews_due_label.setToolTip("\n".join(listed))
        self.reviews_due_label.show()

    def _tell_meeting_changed(self) -> None:
        """Tell other windows; the editor reloads its own change itself, so it does not answer its own signal."""
        self._telling = True
        try:
            self.context.signals.meeting_changed.emit(self.meeting_id)
        finally:
            self._telling = False

    def _meeting_changed(self, meeting_id: int) -> None:
        """Another window (the chair's screen) changed this meeting: an action added, an item closed."""
        if meeting_id == self.meeting_id and not self._telling and self.view is not None:
            self.reload()

    def _case_changed(self, case_id: int) -> None:
        """An assessment, a plan or a referral of a case in this meeting changed (from here or elsewhere)."""
        if case_id in self.case_facts:
            self.reload()

    def select_item_later(self, item_id: int | None) -> None:
        self._pending_select = item_id

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.context.signals.status_message.emit(text)

    def _storage_failed(self, error: StorageError) -> None:
        self.show_message(error.message(self.context.language))

    def _go_back(self) -> None:
        if not self.ask_before_leaving(self._go_back):
            return
        self._announced_item = NO_ITEM
        self.context.signals.current_item_changed.emit(self.meeting_id, NO_ITEM)  # the meeting is left
        self.back_requested.emit()

    # --- showing the meeting ----------------------------------------------------------------------------------

    def _apply_view(self, view: MeetingView) -> None:
        self.view = view
        self._follow_approval(view)
        self._follow_roles(view)
        items = {item.id for item in view.all_items()}
        for key in [key for key in self._unsaved if key[0] not in items]:
            del self._unsaved[key]  # its item was taken away (deleted, or its adding undone)
        self._show_header(view)
        if self.attendance_model.rows() != view.attendance:
            self.attendance_model.set_rows(view.attendance)
            self._fit_attendance_columns()
        statement = view.header.confidentiality_statement.strip()
        self.ui.confidentialityLabel.setText(
            self.tr("ข้อความรักษาความลับที่ประธานอ่านก่อนเริ่มประชุม: ") + statement
            if statement
            else self.tr("ผู้เข้าประชุมทุกคนรับทราบการรักษาความลับของข้อมูลกรณี (ทำเครื่องหมายในคอลัมน์สุดท้าย)")
        )
        self._show_tree(view)
        self.loaded.emit()

    def _show_header(self, view: MeetingView) -> None:
        header = view.header
        ui = self.ui
        title = self.tr("{body} ครั้งที่ {label}").format(body=header.body_name, label=header.label)
        # The body's name is cut when the line is short, never the meeting's number ("ครั้งที่ 15/2569").
        at = title.find(header.body_name) if header.body_name else -1
        ui.meetingTitleLabel.kept_tail = title[at + len(header.body_name) :] if at >= 0 else ""
        ui.meetingTitleLabel.setText(title)
        ui.headerSummaryLabel.setText(self.header_summary(header))
        if self._header_folded is None:
            # A meeting still being set up opens with its header to fill in; one already held, folded.
            self._fold_header(self._header_filled(view))
        values: list[tuple[QWidget, Callable[[], None]]] = [
            (ui.numberSpin, lambda: ui.numberSpin.setValue(header.number)),
            (ui.yearSpin, lambda: ui.yearSpin.setValue(header.year_be)),
            (ui.kindCombo, lambda: ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(header.kind.value))),
            (
                ui.statusCombo,
                lambda: ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(header.status.value)),
            ),
            (
                ui.recordingCombo,
                lambda: ui.recordingCombo.setCurrentIndex(
                    ui.recordingCombo.findData(header.recording_level.value)
                ),
            ),
            (self.date_edit.line_edit, lambda: self.date_edit.setDate(header.date)),
            (ui.venueEdit, lambda: ui.venueEdit.setText(header.venue)),
            (
                ui.startEdit,
                lambda: ui.startEdit.setText(format_time(header.start_time) if header.start_time else ""),
            ),
            (ui.endEdit, lambda: ui.endEdit.setText(format_time(header.end_time) if header.end_time else "")),
        ]
        for widget, show in values:
            if widget.hasFocus():
                continue  # the person is changing it right now
            owner = self.date_edit if widget is self.date_edit.line_edit else widget
            blocked = owner.blockSignals(True)
            show()
            owner.blockSignals(blocked)

    def header_summary(self, header: MeetingHeader) -> str:
        """The folded header, one line: "ครั้งที่ 15/2569 · ประชุมประจำ · 14 ก.ย. 2569 09.30–11.28 น. · ห้อง…"."""
        when = screen_date(header.date)
        if header.start_time is not None and header.end_time is not None:
            when += (
                " " + format_time(header.start_time).removesuffix(" น.") + "–" + format_time(header.end_time)
            )
        elif header.start_time is not None:
            when += " " + format_time(header.start_time)
        language = self.context.language
        parts = [self.tr("ครั้งที่ {label}").format(label=header.label), header.kind.label(language), when]
        if header.venue:
            parts.append(header.venue)
        parts.append(header.status.label(language))
        return " · ".join(parts)

    @staticmethod
    def _header_filled(view: MeetingView) -> bool:
        """Filled: where and when are set and the meeting has begun (attendance taken or minutes written)."""
        header = view.header
        begun = bool(view.attendance) or any(
            item.discussion or item.resolution or item.actions for item in view.all_items()
        )
        return bool(header.venue and header.start_time and header.end_time and begun)

    def _fold_header(self, folded: bool) -> None:
        self._header_folded = folded
        ui = self.ui
        ui.headerGroup.setVisible(not folded)
        blocked = ui.headerToggleButton.blockSignals(True)
        ui.headerToggleButton.setChecked(not folded)
        ui.headerToggleButton.blockSignals(blocked)
        ui.headerToggleButton.setArrowType(Qt.ArrowType.DownArrow if folded else Qt.ArrowType.UpArrow)
        ui.headerToggleButton.setText(self.tr("แก้ไขข้อมูลการประชุม") if folded else self.tr("ย่อข้อมูลการประชุม"))

    def _unfold_header(self, unfolded: bool) -> None:
        """The person's click: unfolded, the first field takes the keyboard."""
        self._fold_header(not unfolded)
        if unfolded:
            self.ui.numberSpin.setFocus()

    @property
    def header_folded(self) -> bool:
        return bool(self._header_folded)

    def item_marks(self, view: MeetingView) -> dict[int, str]:
        """What the agenda shows beside an item about its cases: a child's case, seen again, a review overdue."""
        marks = {}
        for item in view.all_items():
            facts = [self.case_facts[c.id] for c in item.cases if c.id in self.case_facts]
            flags = []
            if any(f.is_child for f in facts):
                flags.append(self.tr("เด็ก"))
            if any(f.seen_again_after is not None for f in facts):
                flags.append(self.tr("ซ้ำใน 12 เดือน"))
            if any(f.review_overdue for f in facts):
                flags.append(self.tr("เลยกำหนดทบทวน"))
            if flags:
                marks[item.id] = "  [" + " · ".join(flags) + "]"
        return marks

    def _show_tree(self, view: MeetingView) -> None:
        items = view.all_items()
        marks = self.item_marks(view)
        shape = [(item.id, item.parent_id, item.heading + marks.get(item.id, "")) for item in items]
        current = [
            (
                self.agenda_model.itemFromIndex(index).data(Qt.ItemDataRole.UserRole + 10),
                index.parent().data(Qt.ItemDataRole.UserRole + 10) if index.parent().isValid() else None,
                index.data(),
            )
            for index in self._tree_indexes()
        ]
        wanted = self._pending_select or self.current_item_id
        self._pending_select = None
        if shape != current:
            blocked = self.ui.agendaTree.selectionModel().blockSignals(True)
            self.agenda_model.set_items(view.items, marks)
            self.ui.agendaTree.expandAll()
            self.ui.agendaTree.selectionModel().blockSignals(blocked)
        ids = [item.id for item in items]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        if wanted is None:
            self.current_item_id = None
            self._announce_current_item()
            return
        if wanted != self.current_item_id:
            self.commit_text()
            self._dirty.clear()
        self.current_item_id = wanted
        self._announce_current_item()
        index = self.agenda_model.index_of(wanted)
        if self.ui.agendaTree.currentIndex() != index:
            blocked = self.ui.agendaTree.selectionModel().blockSignals(True)
            self.ui.agendaTree.setCurrentIndex(index)
            self.ui.agendaTree.selectionModel().blockSignals(blocked)
        self._show_item(view.item(wanted))

    def _tree_indexes(self) -> list[QModelIndex]:
        out: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.agenda_model.rowCount(parent)):
                index = self.agenda_model.index(row, 0, parent)
                out.append(index)
                walk(index)

        walk(QModelIndex())
        return out

    def _show_item(self, item: ItemView) -> None:
        ui = self.ui
        ui.itemHeadingLabel.setText(item.heading)
        self.amendment_list.show_for(item)
        same_item = item.id == self._shown_item_id
        self._shown_item_id = item.id
        for field in TEXT_FIELDS:
            key = (item.id, field)
            value = self._unsaved.get(key, getattr(item, field))
            if field in self._dirty:
                continue
            widget = self._text_widgets[field]
            if same_item and self._keep_edited_text and widget.hasFocus():
                continue  # the person is in this text: another officer's change shows when the item is reopened
            if key not in self._unsaved:
                self._known[key] = (item.row_version, getattr(item, field))
            shown = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if shown != value:
                blocked = widget.blockSignals(True)
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)
                widget.blockSignals(blocked)
            self._baseline[field] = value
        self._show_unsaved_state()
        for field, warning in self.identifying_warnings.items():
            warning.show_for(item.id, getattr(item, field))
        self.tasks_warning.show_for([action.task for action in item.actions])
        blocked = ui.measureCombo.blockSignals(True)
        ui.measureCombo.setCurrentIndex(max(0, ui.measureCombo.findData(item.measure)))
        ui.measureCombo.blockSignals(blocked)
        ui.casesLabel.setText(", ".join(case.code for case in item.cases))
        self.case_panel.show_cases(item.cases, self.case_facts)
        if self.actions_model.records() != item.actions:
            self.actions_model.set_records(item.actions)
            self._fit_actions_columns()
        matters_arising = item.kind is AgendaKind.MATTERS_ARISING
        ui.carriedGroup.setVisible(matters_arising)
        # Under item 3 new actions are rare and the room is needed for the follow-up of the old ones.
        ui.actionsPanel.setVisible(not matters_arising or bool(item.actions))
        if matters_arising and self.view is not None:
            self._show_carried(self.view)
            if self._carried_sized_for != item.id:
                # Under item 3 the follow-up is the work: give it most of the room. (A splitter also gives a
                # child that was hidden when it was laid out no room at all.)
                self._carried_sized_for = item.id
                total = max(sum(ui.detailSplitter.sizes()), 600)
                ui.detailSplitter.setSizes([total // 6, total // 6, total - 2 * (total // 6)])
        elif self._carried_sized_for is not None or self._detail_state.isEmpty():
            self._carried_sized_for = None
            # Back from item 3 (or shown for the first time): the split the person chose, or the minutes' room.
            if self._detail_state.isEmpty():
                self._give_texts_the_room()
            else:
                ui.detailSplitter.restoreState(self._detail_state)

    def _show_history(self, *_args: object) -> None:
        """The whole progress history of the selected carried-over action, oldest report first."""
        index = self.ui.carriedTable.currentIndex()
        if not index.isValid() or index.row() >= self.carried_model.rowCount():
            self.ui.historyView.clear()
            return
        record = self.carried_model.record(index.row())
        history = history_text(record) or self.tr("ยังไม่มีรายงานความคืบหน้า")
        self.ui.historyView.setPlainText(
            self.tr("ประวัติ: {agency} — {task}").format(
                agency=record.action.agency_label, task=record.action.task
            )
            + "\n"
            + history
        )

    def _show_carried(self, view: MeetingView) -> None:
        selected = self.selected_carried_action()
        if self.carried_model.records() != view.carried_over:
            self.carried_model.set_records(view.carried_over)
            # The task takes the room the short columns leave; long statuses and reports would push it out of
            # sight, and the history pane below carries them whole.
            self._fit_carried_columns()
        overdue = self.carried_model.overdue_count()
        title = self.tr("งานจากการประชุมครั้งก่อนที่ยังไม่แล้วเสร็จ ({count} เรื่อง)").format(
            count=self.carried_model.rowCount()
        )
        if overdue:
            title += self.tr(" · เกินกำหนด {count} เรื่อง").format(count=overdue)
        self.ui.carriedGroup.setTitle(title)
        row = self.carried_model.row_of(selected) if selected is not None else None
        if row is None and self.carried_model.rowCount():
            row = 0
        if row is not None:
            self.ui.carriedTable.selectRow(row)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = AgendaModel.item_id(current)
        if item_id is None or self.view is None or item_id == self.current_item_id:
            return
        self.commit_text()
        if self._item_has_refused_text() and not self._leaving_item_confirmed:
            self._ask_before_leaving_item(item_id)
            return
        self._leaving_item_confirmed = False
        self._dirty.clear()
        self.current_item_id = item_id
        self._announce_current_item()
        self._show_item(self.view.item(item_id))

    def _announce_current_item(self) -> None:
        """Tell other windows (the chair's screen) which item is current, each time it changes."""
        item_id = self.current_item_id or NO_ITEM
        if item_id != self._announced_item:
            self._announced_item = item_id
            self.context.signals.current_item_changed.emit(self.meeting_id, item_id)

    def _item_requested(self, meeting_id: int, item_id: int) -> None:
        if meeting_id == self.meeting_id and self.view is not None and item_id != self.current_item_id:
            self.select_item(item_id)

    def _tell_resolution_typed(self) -> None:
        if self.current_item_id is not None:
            self.context.signals.resolution_typed.emit(
                self.current_item_id, self.ui.resolutionEdit.toPlainText()
            )

    def show_at(self, item_id: int, action_id: int) -> None:
        """Make ``item_id`` current (NO_ITEM: the item ``action_id`` was assigned under) and select ``action_id``
        (0: none) in its actions table, or among the matters arising; once the meeting is read, if it is not yet."""
        self._wanted_place = (item_id, action_id)
        if self.view is not None:
            self._go_to_wanted_place()

    def _go_to_wanted_place(self) -> None:
        if self._wanted_place is None or self.view is None:
            return
        item_id, action_id = self._wanted_place
        self._wanted_place = None
        items = self.view.all_items()
        if item_id == NO_ITEM and action_id:
            item_id = next((i.id for i in items if any(a.id == action_id for a in i.actions)), NO_ITEM)
        if item_id in {item.id for item in items}:
            self.select_item(item_id)
        if not action_id:
            return
        row = self.actions_model.row_of(action_id)
        if row is not None:
            self.ui.actionsTable.selectRow(row)
            self.ui.actionsTable.scrollTo(self.actions_model.index(row, 0))
        else:
            self.select_carried_action(action_id)

    def select_item(self, item_id: int) -> None:
        """Select an agenda item as a click on it in the tree would."""
        self.ui.agendaTree.setCurrentIndex(self.agenda_model.index_of(item_id))

    # --- text: committed on an idle timer and on focus-out ----------------------------------------------------

    def _text_edited(self, field: str) -> None:
        if self.current_item_id is None:
            return
        self._dirty.add(field)
        self._text_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._text_widgets.values():
            self.commit_text()
        return super().eventFilter(watched, event)

    def commit_text(self) -> None:
        """Store every text field typed in since the last commit, each as an undoable step."""
        self._text_timer.stop()
        if self._save_problem is not None:
            self._retry_unsaved()  # an edit is a sign the person is back: try what is waiting now
        if self.current_item_id is None:
            self._dirty.clear()
            return
        for field in TEXT_FIELDS:
            if field not in self._dirty:
                continue
            widget = self._text_widgets[field]
            new = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if field == "title":
                new = new.strip()
            old = self._baseline[field]
            self._dirty.discard(field)
            if new == old:
                continue
            self._baseline[field] = new
            label = {"title": self.tr("แก้ชื่อเรื่อง"), "discussion": self.tr("แก้สาระการประชุม"),
                     "resolution": self.tr("แก้มติที่ประชุม")}[field]  # fmt: skip
            self.undo_stack.push(commands.ItemTextCommand(self, self.current_item_id, field, old, new, label))

    @property
    def has_uncommitted_text(self) -> bool:
        return bool(self._dirty)

    # --- text the database has not confirmed: kept, shown, retried ---------------------------------------------

    def save_text(self, item_id: int, field: str, text: str) -> None:
        """Store one item's text on the worker; it stays in ``_unsaved`` until the database holds it."""
        self._unsaved[(item_id, field)] = text
        self._submit_text_saves({(item_id, field): text})

    def _submit_text_saves(self, texts: dict[TextKey, str]) -> None:
        database, language = self.context.database, self.context.language
        reads = {key: self._known.get(key) for key in texts}
        self.change_watcher.note_local_write()

        def run() -> tuple[list[str], dict[TextKey, EditConflict]]:
            refusals: list[str] = []
            conflicts: dict[TextKey, EditConflict] = {}
            for (item_id, field), text in texts.items():
                read = reads[(item_id, field)]
                try:
                    meetings.update_item_text(
                        database,
                        item_id,
                        field,
                        text,
                        read_version=read[0] if read else None,
                        read_text=read[1] if read else None,
                    )
                except EditConflict as conflict:
                    conflicts[(item_id, field)] = conflict
                except Refusal as refused:
                    refusals.append(refused.message(language))
            return refusals, conflicts

        def saved(outcome: tuple[list[str], dict[TextKey, EditConflict]]) -> None:
            refusals, conflicts = outcome
            self._retrying = False
            confirmed = {key: text for key, text in texts.items() if key not in conflicts}
            for key, text in confirmed.items():
                read = reads[key]
                if read is not None:
                    # The version read stays what a later save names: someone else's save after this one has
                    # raised it further and changed the text, which is what makes a conflict.
                    self._known[key] = (read[0], text)
            self._forget_confirmed(confirmed)
            self._meet_conflicts(conflicts)
            if refusals:
                self.show_message(refusals[-1])
            elif not conflicts:
                self.ui.messageLabel.clear()
            self._show_unsaved_state()
            if not refusals and not self._unsaved:
                self._show_saved_at(dt.datetime.now().time())
            self._tell_meeting_changed()
            self.reload()

        def refused(error: StorageError | Refusal) -> None:
            self._retrying = False
            self.ui.savedLabel.clear()  # the banner says what is not saved
            if texts.keys() & self._unsaved.keys():
                self._save_problem = error
                self._retry_timer.start()
            self._show_unsaved_state()

        self.context.tasks.run(run, saved, refused)

    def _show_saved_at(self, when: dt.time) -> None:
        """The quiet confirmation beside the minutes: the database holds every text typed so far."""
        self.ui.savedLabel.setText(self.tr("บันทึกแล้ว {time}").format(time=format_time(when)))

    def _forget_confirmed(self, texts: dict[TextKey, str]) -> None:
        for key, text in texts.items():
            if self._unsaved.get(key) == text:  # a newer text typed meanwhile is still to be saved
                del self._unsaved[key]
        if not self._unsaved:
            self._save_problem = None
            self._retry_timer.stop()

    def _retry_unsaved(self) -> None:
        waiting = {key: text for key, text in self._unsaved.items() if key not in self._conflicts}
        if self._retrying or not waiting:
            return
        self._retrying = True
        self._submit_text_saves(waiting)

    # --- another officer's save met: both texts shown, the person chooses ------------------------------------

    def _meet_conflicts(self, conflicts: dict[TextKey, EditConflict]) -> None:
        if conflicts:
            self.ui.savedLabel.clear()  # not everything typed is saved: the dialog or the banner says what
        for key, conflict in conflicts.items():
            if conflict.text is None:
                # Met at the very moment of writing, three times over: kept and tried again like any refusal.
                self._save_problem = conflict
                self._retry_timer.start()
                continue
            self._conflicts[key] = conflict
            if key == self._conflict_key and self.conflict_dialog is not None:
                self.conflict_dialog.show_mine(self._unsaved.get(key, conflict.text.mine))
        self._ask_about_next_conflict()

    def _ask_about_next_conflict(self) -> None:
        if self.conflict_dialog is not None or not self._conflicts:
            return
        key, conflict = next(iter(self._conflicts.items()))
        item_id, field = key
        heading = ""
        if self.view is not None and item_id in {item.id for item in self.view.all_items()}:
            heading = self.view.item(item_id).heading
        label = {"title": self.tr("ชื่อเรื่อง"), "discussion": self.tr("สาระการประชุม"),
                 "resolution": self.tr("มติที่ประชุม")}[field]  # fmt: skip
        where = self.tr("{heading} — {field}").format(heading=heading, field=label)
        self._conflict_key = key
        self.conflict_dialog = self.ask_about_conflict(
            conflict, where, lambda choice: self._text_conflict_decided(key, choice)
        )
        self.conflict_dialog.show_mine(self._unsaved.get(key, conflict.text.mine if conflict.text else ""))

    def ask_about_conflict(
        self, conflict: EditConflict, where: str, decided: Callable[[ConflictChoice], None]
    ) -> EditConflictDialog:
        """Both texts side by side, window-modal; ``decided`` gets the person's choice (the dialog has already
        put "mine" on the clipboard when asked to)."""
        dialog = EditConflictDialog(conflict, where, self.context.language, parent=self.window())
        dialog.chosen.connect(decided)
        dialog.finished.connect(self._conflict_dialog_closed)
        dialog.open()
        return dialog

    def _conflict_dialog_closed(self) -> None:
        key, self._conflict_key, self.conflict_dialog = self._conflict_key, None, None
        conflict = self._conflicts.pop(key, None) if key is not None else None
        if conflict is not None:
            # Closed without a choice: the text stays unsaved, marked, and the question comes back at the retry.
            self._save_problem = conflict
            self._retry_timer.start()
            self._show_unsaved_state()
        self._ask_about_next_conflict()

    def _text_conflict_decided(self, key: TextKey, choice: ConflictChoice) -> None:
        conflict = self._conflicts.pop(key, None)
        if conflict is None or conflict.text is None or conflict.version is None:
            return
        theirs = conflict.text.theirs
        self._known[key] = (conflict.version, theirs)
        if choice is ConflictChoice.KEEP_MINE:
            self._submit_text_saves({key: self._unsaved.get(key, conflict.text.mine)})
            return
        self._unsaved.pop(key, None)
        item_id, field = key
        if item_id == self._shown_item_id:
            widget = self._text_widgets[field]
            blocked = widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(theirs)
            else:
                widget.setPlainText(theirs)
            widget.blockSignals(blocked)
            self._baseline[field] = theirs
            self._dirty.discard(field)
        if not self._unsaved:
            self._save_problem = None
            self._retry_timer.stop()
        self._show_unsaved_state()
        self.reload()

    def action_conflict(self, conflict: EditConflict, action_id: int, changes: dict[str, Any]) -> None:
        """An action's edit met another officer's: with the task in question, both tasks and a choice; else (a
        due date, an agency) the message, and the action as it is saved now."""
        if conflict.text is None or conflict.version is None or self.conflict_dialog is not None:
            self.show_message(conflict.message(self.context.language))
            self.reload()
            return
        version = conflict.version

        def decided(choice: ConflictChoice) -> None:
            if choice is ConflictChoice.KEEP_MINE:
                self.submit(lambda db: meetings.update_action(db, action_id, read_version=version, **changes))
            else:
                self.reload()

        self.conflict_dialog = self.ask_about_conflict(conflict, self.tr("งานที่มอบหมาย"), decided)

    def _changed_elsewhere(self) -> None:
        """Another officer saved to this meeting: say so, and reread it, leaving the text in hand as it is."""
        self.change_notice.setText(
            self.tr("มีผู้อื่นบันทึกการเปลี่ยนแปลงในการประชุมนี้ เมื่อ {time} — ปรับข้อมูลให้เป็นปัจจุบันแล้ว "
                    "ข้อความที่คุณกำลังพิมพ์อยู่จะไม่ถูกเปลี่ยน").format(time=format_time(dt.datetime.now().time()))
        )  # fmt: skip
        self.change_notice.show()
        self._keep_edited_text = True
        self.reload()

    def _show_unsaved_state(self) -> None:
        """The banner and the orange fields: what the database has refused so far, and what to do about it."""
        problem = self._save_problem
        shown = problem is not None and bool(self._unsaved)
        self.unsaved_banner.setVisible(shown)
        if problem is not None and shown:
            self.unsaved_banner.setText(
                self.tr(
                    "ยังไม่ได้บันทึก — จะลองบันทึกอีกครั้งทุก {seconds} วินาที ข้อความที่พิมพ์ยังอยู่ครบ "
                    "ไม่ต้องพิมพ์ใหม่ และอย่าปิดโปรแกรม\n{reason}"
                ).format(seconds=RETRY_MS // 1000, reason=problem.message(self.context.language))
            )
        for field, widget in self._text_widgets.items():
            unsaved = shown and (self.current_item_id, field) in self._unsaved
            widget.setStyleSheet(UNSAVED_FIELD_STYLE if unsaved else "")
            widget.setToolTip(self.tr("ยังไม่ได้บันทึก — จะลองบันทึกอีกครั้ง") if unsaved else "")

    def _item_has_refused_text(self) -> bool:
        return self._save_problem is not None and any(
            item_id == self.current_item_id for item_id, _field in self._unsaved
        )

    def _ask_before_leaving_item(self, target_item_id: int) -> None:
        """The tree goes back to this item until the person answers; moving on keeps the text queued."""
        if self.current_item_id is not None:
            blocked = self.ui.agendaTree.selectionModel().blockSignals(True)
            self.ui.agendaTree.setCurrentIndex(self.agenda_model.index_of(self.current_item_id))
            self.ui.agendaTree.selectionModel().blockSignals(blocked)
        if self.leave_question is not None:
            return  # already asking

        def move_on() -> None:
            self._leaving_item_confirmed = True
            self.select_item(target_item_id)

        self._question(
            self.tr(
                "ข้อความของเรื่องนี้ยังไม่ได้บันทึกลงฐานข้อมูล โปรแกรมเก็บไว้และจะลองบันทึกต่อไปแม้ไปเรื่องอื่น\n{reason}"
            ).format(reason=self._problem_text()),
            stay=self.tr("อยู่ที่เรื่องนี้"),
            leave=self.tr("ไปเรื่องอื่น (ข้อความยังรอบันทึก)"),
            on_leave=move_on,
        )

    def unsaved_text_count(self) -> int:
        """How many fields hold text the database does not, once the saves already on their way have ended.

        Waits for the worker (at most the busy timeout of the saves queued): only for leaving, where the answer
        decides whether to ask."""
        self.commit_text()
        if self._unsaved and self.context.tasks.busy:
            self.context.tasks.run_and_wait(lambda: None)
            QApplication.sendPostedEvents()  # the results of those saves, delivered to this thread now
        return len(self._unsaved)

    def ask_before_leaving(self, leave: Callable[[], None]) -> bool:
        """True when nothing typed would be lost by leaving the meeting now. Otherwise ask, and return False;
        ``leave`` is called later only if the person chooses to leave and discard that text."""
        if not self.unsaved_text_count():
            return True
        if self.leave_question is not None:
            return False  # already asking

        def discard_and_leave() -> None:
            self.discard_unsaved()
            leave()

        self._question(
            self.tr("มีข้อความ {count} ช่องที่ยังไม่ได้บันทึกลงฐานข้อมูล ถ้าออกตอนนี้ ข้อความนั้นจะหายไป\n{reason}").format(
                count=len(self._unsaved), reason=self._problem_text()
            ),
            stay=self.tr("อยู่ต่อและลองบันทึกอีกครั้ง"),
            leave=self.tr("ออกโดยทิ้งข้อความที่ยังไม่ได้บันทึก"),
            on_leave=discard_and_leave,
        )
        return False

    def discard_unsaved(self) -> None:
        """Only on the person's explicit choice in the question above."""
        self._unsaved.clear()
        self._conflicts.clear()
        self._dirty.clear()
        self._save_problem = None
        self._retry_timer.stop()
        self._show_unsaved_state()

    def _problem_text(self) -> str:
        if self._save_problem is None:
            return ""
        return self._save_problem.message(self.context.language)

    def _question(self, text: str, *, stay: str, leave: str, on_leave: Callable[[], None]) -> None:
        """A window-modal question that does not block: the answer arrives through its buttons."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("ยังไม่ได้บันทึก"), text, parent=self.window())
        box.setObjectName("unsavedTextQuestion")
        stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
        leave_button = box.addButton(leave, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay_button)
        box.setEscapeButton(stay_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.leave_question = None
            if button is leave_button:
                on_leave()

        box.buttonClicked.connect(answered)
        self.leave_question = box
        box.open()

    # --- header -----------------------------------------------------------------------------------------------

    def _header_changed(self, name: str, value: Any) -> None:
        if self.view is None:
            return
        old = getattr(self.view.header, name)
        if value == old:
            return
        if name == "status" and value is MeetingStatus.APPROVED and not self._approval_confirmed:
            self._confirm_approval(old)
            return
        self._approval_confirmed = False
        self.undo_stack.push(
            commands.HeaderCommand(
                self,
                {name: value},
                {name: old},
                self.tr("แก้ข้อมูลการประชุม"),
                read_version=self.view.header.row_version,
            )
        )
        # Show the change in the kept view too, so that a second edit before the reload compares right.
        self.view = replace(self.view, header=replace(self.view.header, **{name: value}))

    def _time_changed(self, name: str, widget: QLineEdit) -> None:
        text = widget.text().strip()
        try:
            value = parse_time(text) if text else None
        except TimeFormatError as error:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(error.message(self.context.language))
            self.show_message(error.message(self.context.language))
            return
        widget.setStyleSheet("")
        widget.setToolTip("")
        self._header_changed(name, value)

    # --- agenda items -----------------------------------------------------------------------------------------

    def current_item(self) -> ItemView | None:
        if self.view is None or self.current_item_id is None:
            return None
        return self.view.item(self.current_item_id)

    def add_item(self) -> None:
        self.commit_text()
        self.undo_stack.push(commands.AddItemCommand(self, self.tr("เรื่องใหม่"), None, self.tr("เพิ่มเรื่อง")))
        self.ui.titleEdit.setFocus()

    def add_sub_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.commit_text()
        parent_id = item.id if item.parent_id is None else item.parent_id
        self.undo_stack.push(
            commands.AddItemCommand(self, self.tr("เรื่องย่อย"), parent_id, self.tr("เพิ่มเรื่องย่อย"))
        )
        self.ui.titleEdit.setFocus()

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None or self.view is None:
            return
        siblings = self.view.items if item.parent_id is None else self.view.item(item.parent_id).children
        index = [s.id for s in siblings].index(item.id)
        if 0 <= index + step < len(siblings):
            self.commit_text()
            self.undo_stack.push(commands.MoveItemCommand(self, item.id, index + step, self.tr("ย้ายเรื่อง")))

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.commit_text()
        for key in [key for key in self._unsaved if key[0] == item.id]:
            del self._unsaved[key]  # the item goes, and its text with it, as the person asked
        self.undo_stack.push(commands.DeleteItemCommand(self, item.id, self.tr("ลบเรื่อง")))

    def _measure_changed(self) -> None:
        item = self.current_item()
        if item is None:
            return
        measure = self.ui.measureCombo.currentData()
        if measure != item.measure:
            self.undo_stack.push(
                commands.MeasureCommand(self, item.id, measure, item.measure, self.tr("กำหนดมาตรการ"))
            )

    def link_case(self) -> None:
        """Link the code typed in the field (Enter or the link button)."""
        if self.case_picker.row_highlighted():
            return  # Enter on a row of the list: the list chooses it (``link_chosen_case``)
        self.case_picker.completer.popup().hide()
        self.link_chosen_case(self.ui.caseCodeEdit.text())

    def link_chosen_case(self, code: str) -> None:
        item = self.current_item()
        if item is None:
            return
        code = code.strip()
        if not code:
            self.show_message(meetings.CASE_CODE_REQUIRED.text(self.context.language))
            return
        self.undo_stack.push(commands.LinkCaseCommand(self, item.id, code, self.tr("เชื่อมกรณี")))
        self.ui.caseCodeEdit.clear()

    def case_linked(self, item_id: int, case_id: int, code: str, actions_without_case: int) -> None:
        """Offer to link the item's actions that name no case to the case just linked."""
        self.context.signals.case_changed.emit(case_id)
        if not actions_without_case or self.link_actions_question is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("เชื่อมงานกับกรณี"),
            self.tr("เรื่องนี้มีงานที่มอบหมายแล้ว {count} งานที่ยังไม่ระบุกรณี จะระบุกรณี {code} ให้งานเหล่านั้นด้วยหรือไม่").format(
                count=actions_without_case, code=code
            ),
            parent=self.window(),
        )
        box.setObjectName("linkActionsQuestion")
        yes = box.addButton(self.tr("ระบุกรณีให้งานเหล่านั้น"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("ไม่ต้อง"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.link_actions_question = None
            if button is yes:
                self.undo_stack.push(
                    commands.LinkItemActionsCommand(self, item_id, case_id, self.tr("ระบุกรณีให้งาน"))
                )

        box.buttonClicked.connect(answered)
        self.link_actions_question = box
        box.open()

    def children_first(self) -> None:
        """Child-case items of the consideration section first, the others after, each group in its order."""
        if self.view is None:
            return
        self.commit_text()
        moved = False
        for section in self.view.items:
            if section.kind is not AgendaKind.FOR_CONSIDERATION:
                continue
            children = [c for c in section.children if self._is_child_item(c)]
            order = children + [c for c in section.children if c not in children]
            if [c.id for c in order] != [c.id for c in section.children]:
                moved = True
                self.undo_stack.push(
                    commands.OrderItemsCommand(self, [c.id for c in order], self.tr("เรียงกรณีเด็กก่อน"))
                )
        if not moved:
            self.show_message(self.tr("กรณีเด็กอยู่ก่อนแล้ว (หรือไม่มีกรณีเด็กในเรื่องเสนอเพื่อพิจารณา)"))

    def _is_child_item(self, item: ItemView) -> bool:
        return any(self.case_facts[c.id].is_child for c in item.cases if c.id in self.case_facts)

    def open_assessment(self, case_id: int) -> AssessmentDialog | None:
        item = self.current_item()
        if item is None or self.read_only:
            return None
        self.commit_text()
        dialog = AssessmentDialog(self.context, case_id, agenda_item_id=item.id, parent=self)
        return self._open_case_dialog(dialog)

    def open_safety_plan(self, case_id: int) -> SafetyPlanDialog | None:
        item = self.current_item()
        if item is None or self.read_only:
            return None
        self.commit_text()
        dialog = SafetyPlanDialog(
            self.context, case_id, meeting_id=self.meeting_id, agenda_item_id=item.id, parent=self
        )
        return self._open_case_dialog(dialog)

    def _open_case_dialog(self, dialog: AssessmentDialog | SafetyPlanDialog) -> Any:
        # A plan agreed here adds actions to this meeting: read it again after any save.
        dialog.saved.connect(lambda _id: self.reload())
        dialog.finished.connect(dialog.deleteLater)
        self.case_dialog = dialog
        dialog.open()
        return dialog

    def unlink_case(self) -> None:
        item = self.current_item()
        if item is None or not item.cases:
            return
        code = self.ui.caseCodeEdit.text().strip().upper()
        case = next((c for c in item.cases if c.code.upper() == code), item.cases[-1])
        self.undo_stack.push(commands.UnlinkCaseCommand(self, item.id, case.id, self.tr("ยกเลิกการเชื่อมกรณี")))
        self.ui.caseCodeEdit.clear()

    def open_export_dialog(self) -> QWidget:
        """Typing not yet stored is stored first, so the export holds what the screen shows."""
        from mdt_desktop.gui.meeting.export_dialog import (
            ExportDialog,  # loaded on first use, like the editor itself
        )

        self.commit_text()
        dialog = ExportDialog(self.context, self.meeting_id, self)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    # --- actions ----------------------------------------------------------------------------------------------

    def open_action_dialog(self) -> ActionDialog | None:
        """The keyboard-fast way to assign an action to the selected item (Ctrl+Enter)."""
        item = self.current_item()
        if item is None or self.read_only:
            return None
        if (
            self.action_dialog is not None
            and shiboken6.isValid(self.action_dialog)
            and self.action_dialog.isVisible()
        ):
            self.action_dialog.activateWindow()  # a second Ctrl+Enter before the first dialog took the keyboard
            return self.action_dialog
        self.commit_text()
        dialog = ActionDialog(
            self._agencies,
            parent=self,
            context=self.context,
            meeting_id=self.meeting_id,
            measure=item.measure,
        )
        dialog.accepted.connect(lambda: self._action_accepted(dialog, item.id))
        dialog.finished.connect(dialog.deleteLater)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_accepted(self, dialog: ActionDialog, item_id: int) -> None:
        self.undo_stack.push(commands.AddActionCommand(self, item_id, dialog.values(), self.tr("มอบหมายงาน")))
        self.action_dialog = None
        self.ui.actionsTable.setFocus()

    def selected_action_id(self) -> int | None:
        index = self.ui.actionsTable.currentIndex()
        return self.actions_model.record(index.row()).id if index.isValid() else None

    def edit_selected_action(self) -> ActionDialog | None:
        index = self.ui.actionsTable.currentIndex()
        if not index.isValid() or self.read_only:
            return None
        action = self.actions_model.record(index.row())
        dialog = ActionDialog(
            self._agencies, action, parent=self, context=self.context, meeting_id=self.meeting_id
        )

        def accepted() -> None:
            values = dialog.values()
            changes = {name: value for name, value in values.items() if getattr(action, name) != value}
            if changes:
                previous = {name: getattr(action, name) for name in changes}
                self.undo_stack.push(
                    commands.UpdateActionCommand(
                        self,
                        action.id,
                        changes,
                        previous,
                        self.tr("แก้ไขงาน"),
                        read_version=action.row_version,
                    )
                )
            self.action_dialog = None

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected_action(self) -> None:
        action_id = self.selected_action_id()
        if action_id is not None:
            self.undo_stack.push(commands.DeleteActionCommand(self, action_id, self.tr("ลบงาน")))

    # --- matters arising --------------------------------------------------------------------------------------

    def selected_carried_action(self) -> int | None:
        index = self.ui.carriedTable.currentIndex()
        if not index.isValid() or index.row() >= self.carried_model.rowCount():
            return None
        return self.carried_model.record(index.row()).action.id

    def select_carried_action(self, action_id: int) -> None:
        row = self.carried_model.row_of(action_id)
        if row is not None:
            self.ui.carriedTable.selectRow(row)
            self.ui.carriedTable.scrollTo(self.carried_model.index(row, 0))

    def record_progress(self) -> None:
        action_id = self.selected_carried_action()
        if action_id is None:
            self.show_message(self.tr("โปรดเลือกงานที่จะบันทึกความคืบหน้า"))
            return
        note = self.ui.progressNoteEdit.text().strip()
        status = ActionStatus(self.ui.progressStatusCombo.currentData())
        problem = meetings.progress_problem(status, note)
        if problem is not None:
            self.show_message(problem.text(self.context.language))
            return
        self.undo_stack.push(
            commands.RecordProgressCommand(self, action_id, note, status, None, self.tr("บันทึกความคืบหน้า"))
        )
        self.ui.progressNoteEdit.clear()

    # --- attendance -------------------------------------------------------------------------------------------

    def _attendance_changed(
        self, attendance_id: int, changes: dict[str, Any], previous: dict[str, Any]
    ) -> None:
        self.undo_stack.push(
            commands.AttendanceCommand(self, attendance_id, changes, previous, self.tr("แก้รายชื่อผู้เข้าประชุม"))
        )

    def add_attendee(self) -> None:
        name = self.ui.attendeeNameEdit.text().strip()
        if not name:
            self.show_message(self.tr("โปรดพิมพ์ชื่อผู้เข้าประชุม"))
            return
        category = AttendanceCategory(self.ui.attendeeCategoryCombo.currentData())
        position = self.ui.attendeePositionEdit.text().strip()
        self.undo_stack.push(
            commands.AddAttendeeCommand(self, category, name, position, self.tr("เพิ่มผู้เข้าประชุม"))
        )
        self.ui.attendeeNameEdit.clear()
        self.ui.attendeePositionEdit.clear()

    def mark_chair(self) -> None:
        """The selected person chaired this meeting (a second press on the same person takes it back)."""
        index = self.ui.attendanceTable.currentIndex()
        if not index.isValid():
            return
        row = self.attendance_model.rows()[index.row()]
        chosen = None if row.chaired else row.id
        label = self.tr("ระบุประธานในที่ประชุม") if chosen is not None else self.tr("ยกเลิกประธานในที่ประชุม")
        self.undo_stack.push(commands.ChairCommand(self, self.meeting_id, chosen, label))

    def remove_attendee(self) -> None:
        index = self.ui.attendanceTable.currentIndex()
        if not index.isValid():
            return
        attendance_id = self.attendance_model.rows()[index.row()].id
        self.undo_stack.push(commands.RemoveAttendeeCommand(self, attendance_id, self.tr("ลบผู้เข้าประชุม")))
