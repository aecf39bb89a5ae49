"""The chair's screen: a second window for the projector that follows the secretary's current agenda item.

It shows only what ``services.meetings.chair_view`` gives it (the safe-to-show list): the item's number and title,
the resolution as it is typed (masked), the actions assigned under it, the matters arising with the overdue ones
marked, a case item's code and risk level, the attendance count and a clock. Large type scaled to the window's
height, dark text on white.

The chair runs the meeting from the keyboard: PageDown or → the next item, PageUp or ← the previous one (the
secretary's editor follows through ``item_requested``, and this window follows the editor back through
``current_item_changed``), A assigns an action, D marks the item done or not done, B blanks the screen to plain
black at once and brings it back, Esc leaves full screen. The letters work on the Thai keyboard layout too (the
same keys type ฟ, ก and ิ there).

What the room can see is kept in ``context.projection`` (announced by ``projection_changed``), so the secretary's
screen can refuse to open a case's identity while that case's item is on the projector. The window marks itself
as projected for the automatic lock, which then covers it with plain black.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import AgendaKind, RiskLevel
from mdt_desktop.domain.typed_names import mask_identifying
from mdt_desktop.gui.chair.action_form import ChairActionForm
from mdt_desktop.gui.common.context import NO_ITEM, AppContext, Projection
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.shell.auto_lock import PROJECTED_PROPERTY
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import meetings
from mdt_desktop.services.meetings import ChairView
from mdt_desktop.storage.errors import StorageError

CLOCK_INTERVAL_MS = 5000  # the clock shows minutes: a few seconds late is never noticed
NORMAL_SIZE = (1280, 720)  # a common projector; the window never asks for more than the screen has
# Pixel sizes at a window 720 px high; they grow and shrink with the window's height.
DESIGN_HEIGHT = 720
HEADING_PX = 44
BODY_PX = 34
SMALL_PX = 22
TEXT = "#000000"
BACKGROUND = "#ffffff"
OVERDUE = "#b00020"  # dark red, with the word เกินกำหนด: never colour alone
DONE = "#1b5e20"  # dark green
CURRENT_BACKGROUND = "#0d3c78"  # the current item in the agenda: white on dark blue
LEVEL_COLOURS = {
    RiskLevel.STANDARD: TEXT,
    RiskLevel.MEDIUM: "#7a4a00",
    RiskLevel.HIGH: OVERDUE,
    RiskLevel.IMMEDIATE_DANGER: OVERDUE,
}
# The same keys on the Thai Kedmanee layout: A types ฟ, D types ก, B types ิ.
ADD_KEYS = ("A", "ฟ")
DONE_KEYS = ("D", "ก")
BLANK_KEYS = ("B", "ิ")


class ChairWindow(QWidget):
    """The projector's window for one meeting; ``present()`` shows it full screen on a second screen if any."""

    def __init__(
        self, context: AppContext, meeting_id: int, item_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("chairWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setProperty(PROJECTED_PROPERTY, True)
        self.context = context
        self.meeting_id = meeting_id
        self.item_id = item_id
        self.view: ChairView | None = None
        self.blanked = False
        self._typed_resolution: str | None = None  # the resolution as the secretary types it, already masked
        self._fonts: dict[str, QFont] = {}
        self._closed = False  # closed once already: its signals are let go and nothing is projected

        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(BACKGROUND))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(role, QColor(TEXT))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(CURRENT_BACKGROUND))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self._build()
        self._build_actions()
        self.blank_cover = QWidget(self)
        self.blank_cover.setObjectName("chairBlank")
        black = self.blank_cover.palette()
        black.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blank_cover.setPalette(black)
        self.blank_cover.setAutoFillBackground(True)
        self.blank_cover.hide()

        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_INTERVAL_MS)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self._tick()

        signals = context.signals
        signals.current_item_changed.connect(self._current_item_changed)
        signals.resolution_typed.connect(self._resolution_typed)
        signals.meeting_changed.connect(self._meeting_changed)
        signals.actions_changed.connect(self.reload)
        self._apply_sizes()
        self.reload()
        context.tasks.run(
            lambda: meetings.list_agency_choices(context.database), self.action_form.set_agencies
        )

    # --- building ---------------------------------------------------------------------------------------------

    def _label(self, name: str, size: str, *, wrap: bool = True, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setProperty("chairSize", size)
        label.setProperty("chairBold", bold)
        label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never taken for markup
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _build(self) -> None:
        self.meeting_label = self._label("chairMeeting", "small")  # a long body name wraps, never widens
        self.attendance_label = self._label("chairAttendance", "small", wrap=False, bold=True)
        self.clock_label = self._label("chairClock", "small", wrap=False, bold=True)
        top = QHBoxLayout()
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.attendance_label)
        top.addSpacing(24)
        top.addWidget(self.clock_label)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("chairToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("chairAgenda")
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the window
        self.agenda_list.setWordWrap(True)  # a long title takes two lines rather than losing its end
        self.agenda_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setFrameShape(QFrame.Shape.NoFrame)
        self.agenda_list.itemClicked.connect(self._item_clicked)

        self.heading_label = self._label("chairHeading", "heading", bold=True)
        self.done_label = self._label("chairDone", "small", wrap=False, bold=True)
        self.done_label.setStyleSheet(f"color: {DONE};")
        self.case_label = self._label("chairCases", "body", bold=True)
        self.resolution_title = self._label("chairResolutionTitle", "small", wrap=False, bold=True)
        self.resolution_label = self._label("chairResolution", "body")
        self.actions_title = self._label("chairActionsTitle", "small", wrap=False, bold=True)
        self.actions_grid = QGridLayout()
        self.actions_grid.setHorizontalSpacing(24)
        self.arising_title = self._label("chairArisingTitle", "small", wrap=False, bold=True)
        self.arising_grid = QGridLayout()
        self.arising_grid.setHorizontalSpacing(24)
        self.action_form = ChairActionForm(self, language=self.context.language)
        self.action_form.hide()
        self.action_form.submitted.connect(self._save_action)
        self.action_form.cancelled.connect(self._close_form)
        self.message_label = self._label("chairMessage", "small")
        self.message_label.setStyleSheet(f"color: {OVERDUE};")
        self.message_label.hide()

        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        for widget in (self.heading_label, self.done_label, self.case_label, self.resolution_title):
            column.addWidget(widget)
        column.addWidget(self.resolution_label)
        column.addSpacing(8)
        column.addWidget(self.arising_title)  # item 3 only: what the room reviews there comes first
        column.addLayout(self.arising_grid)
        column.addSpacing(8)
        column.addWidget(self.actions_title)
        column.addLayout(self.actions_grid)
        column.addWidget(self.action_form)
        column.addWidget(self.message_label)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("chairBody")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(page)
        page.installEventFilter(self)
        self._page = page

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.agenda_list, 3)
        body.addWidget(self.scroll, 8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(8)
        outer.addLayout(top)
        outer.addWidget(self.toolbar)
        outer.addLayout(body, 1)

    def _build_actions(self) -> None:
        def action(name: str, keys: tuple[str, ...], slot: Any) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(key) for key in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.previous_action = action("chairPrevious", ("PgUp", "Left"), lambda: self.step(-1))
        self.next_action = action("chairNext", ("PgDown", "Right"), lambda: self.step(1))
        self.add_action_action = action("chairAddAction", ADD_KEYS, self.open_action_form)
        self.done_action = action("chairDoneAction", DONE_KEYS, self.toggle_done)
        self.blank_action = action("chairBlankAction", BLANK_KEYS, self.toggle_blank)
        self.leave_full_screen_action = action("chairLeaveFullScreen", ("Esc",), self._escape)
        # Blanking first: a narrow window folds the toolbar's last buttons into its overflow menu.
        self.toolbar.addAction(self.blank_action)
        self.toolbar.addSeparator()
        for made in (self.previous_action, self.next_action, self.add_action_action, self.done_action):
            self.toolbar.addAction(made)
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        self.setWindowTitle(self.tr("จอประธาน"))
        self.previous_action.setText(self.tr("◀ เรื่องก่อนหน้า (PgUp)"))
        self.next_action.setText(self.tr("เรื่องถัดไป ▶ (PgDn)"))
        self.add_action_action.setText(self.tr("มอบหมายงาน (A)"))
        self.done_action.setText(self.tr("เสร็จ/ยังไม่เสร็จ (D)"))
        self.blank_action.setText(self.tr("ปิดภาพ (B)"))
        self.blank_action.setToolTip(self.tr("ปิดภาพบนจอทันทีเป็นสีดำ กด B อีกครั้งเพื่อแสดงต่อ"))
        self.resolution_title.setText(self.tr("มติที่ประชุม"))
        self.actions_title.setText(self.tr("งานที่มอบหมาย"))
        self.arising_title.setText(self.tr("เรื่องสืบเนื่อง: งานที่ติดตาม"))

    # --- showing ----------------------------------------------------------------------------------------------

    def present(self) -> None:
        """Full screen on a screen other than the one the secretary works on, when there is one; otherwise a
        window of a projector's size that fits the screen."""
        screens = QGuiApplication.screens()
        own = (
            self.parentWidget().screen()
            if self.parentWidget() is not None
            else QGuiApplication.primaryScreen()
        )
        others = [screen for screen in screens if screen is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
            return
        available = (own or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(NORMAL_SIZE[0], available.width()), min(NORMAL_SIZE[1], available.height()))
        self.show()
        self.raise_()
        self.activateWindow()

    def _escape(self) -> None:
        if self.action_form.isVisible():
            self._close_form()
        elif self.isFullScreen():
            self.showNormal()

    def _apply_sizes(self) -> None:
        """Type in proportion to the window's height, so the back of the room can read it on any projector."""
        scale = max(self.height(), 360) / DESIGN_HEIGHT
        sizes = {"heading": HEADING_PX, "body": BODY_PX, "small": SMALL_PX}
        fonts = {}
        for name, pixels in sizes.items():
            font = QFont(self.font())
            font.setPixelSize(max(12, round(pixels * scale)))
            fonts[name] = font
        if fonts == self._fonts:
            return
        self._fonts = fonts
        for label in self.findChildren(QLabel):
            size = label.property("chairSize")
            if size in fonts:
                font = QFont(fonts[size])
                font.setBold(bool(label.property("chairBold")))
                label.setFont(font)
        self.agenda_list.setFont(fonts["small"])
        self.toolbar.setFont(fonts["small"])
        self.action_form.setFont(fonts["small"])
        self.action_form.agency_picker.completer.popup().setFont(fonts["small"])
        if self.view is not None:
            self._show_view(self.view)  # the rows of the grids are made with the fonts of their time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.LayoutRequest:
            # A wrapped label grew (a longer title, a new row): the scroll area sizes the page for its width
            # again only when asked, and would otherwise squeeze the labels over each other.
            QCoreApplication.postEvent(self.scroll, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.blank_cover.setGeometry(self.rect())
        self._apply_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_projection()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_projection()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        self.clock.stop()
        signals = self.context.signals
        signals.current_item_changed.disconnect(self._current_item_changed)
        signals.resolution_typed.disconnect(self._resolution_typed)
        signals.meeting_changed.disconnect(self._meeting_changed)
        signals.actions_changed.disconnect(self.reload)
        super().closeEvent(event)
        self.context.projection = Projection()
        signals.projection_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_actions()
            if self.view is not None:
                self._show_view(self.view)
        super().changeEvent(event)

    def _tick(self) -> None:
        text = self.tr("{time} น.").format(time=dt.datetime.now().strftime("%H.%M"))
        if self.clock_label.text() != text:
            self.clock_label.setText(text)

    # --- following the meeting --------------------------------------------------------------------------------

    def reload(self) -> None:
        database, meeting_id, item_id = self.context.database, self.meeting_id, self.item_id
        self.context.tasks.run(
            lambda: meetings.chair_view(database, meeting_id, item_id), self._loaded, self._failed
        )

    def _loaded(self, view: ChairView) -> None:
        wanted = self.item_id
        moved_on = view.current is not None and wanted is not None and view.current.id != wanted
        if moved_on and any(item.id == wanted for item in view.items):
            return  # a load for an item left since; the one for the item wanted is queued behind it
        if view.current is None or view.current.id != wanted:
            self._typed_resolution = None
        self.item_id = view.current.id if view.current is not None else None
        self.view = view
        self._show_view(view)
        self._update_projection()

    def _failed(self, error: StorageError | Refusal) -> None:
        self.message_label.setText(error.message(self.context.language))
        self.message_label.show()

    def _current_item_changed(self, meeting_id: int, item_id: int) -> None:
        if meeting_id == self.meeting_id and item_id != NO_ITEM and item_id != self.item_id:
            self._go_to(item_id)

    def _meeting_changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id:
            self.reload()

    def _resolution_typed(self, item_id: int, text: str) -> None:
        if item_id == self.item_id and self.view is not None:
            self._typed_resolution = mask_identifying(text)
            self._show_resolution(self._typed_resolution)

    def _go_to(self, item_id: int) -> None:
        self.item_id = item_id
        self._typed_resolution = None
        self._close_form()
        self.reload()

    # --- the chair's keys -------------------------------------------------------------------------------------

    def step(self, steps: int) -> None:
        """Move to the next (1) or previous (-1) item; the secretary's editor is asked to follow."""
        if self.view is None or self.blanked or self.action_form.isVisible():
            return
        target = self.view.neighbour(
            self.item_id, steps
        )  # from the item wanted, even before its view arrives
        if target is None:
            return
        self._go_to(target.id)
        self.context.signals.item_requested.emit(self.meeting_id, target.id)

    def _item_clicked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, int) and item_id != self.item_id and not self.blanked:
            self._go_to(item_id)
            self.context.signals.item_requested.emit(self.meeting_id, item_id)

    def open_action_form(self) -> None:
        if self.view is None or self.view.current is None or self.blanked:
            return
        self.action_form.start()
        self.scroll.ensureWidgetVisible(self.action_form)

    def _close_form(self) -> None:
        if self.action_form.isVisible():
            self.action_form.hide()
            self.setFocus()

    def _save_action(self, agency_id: int, task: str, due: dt.date) -> None:
        if self.item_id is None:
            return
        database, meeting_id, item_id = self.context.database, self.meeting_id, self.item_id

        def saved(_action_id: int) -> None:
            self._close_form()
            self._tell_changed()

        self.context.tasks.run(
            lambda: meetings.add_action(database, meeting_id, item_id, agency_id, task, due),
            saved,
            lambda error: self.action_form.show_message(error.message(self.context.language)),
        )

    def toggle_done(self) -> None:
        if self.view is None or self.view.current is None or self.blanked or self.action_form.isVisible():
            return
        database, item_id, concluded = (
            self.context.database,
            self.view.current.id,
            not self.view.current.concluded,
        )
        self.context.tasks.run(
            lambda: meetings.conclude_item(database, item_id, concluded), lambda _previous: self._tell_changed(),
            self._failed,
        )  # fmt: skip

    def _tell_changed(self) -> None:
        """The meeting changed here: the editor (and this window, through the same signal) shows it."""
        self.context.signals.meeting_changed.emit(self.meeting_id)
        self.context.signals.actions_changed.emit()

    def toggle_blank(self) -> None:
        """Plain black at once, nothing else on it; the same key brings the item back."""
        self.blanked = not self.blanked
        if self.blanked:
            self.blank_cover.setGeometry(self.rect())
            self.blank_cover.show()
            self.blank_cover.raise_()
        else:
            self.blank_cover.hide()
        for made in (self.previous_action, self.next_action, self.add_action_action, self.done_action):
            made.setEnabled(not self.blanked)
        self._update_projection()

    def _update_projection(self) -> None:
        showing = self.isVisible() and not self.blanked
        cases = frozenset(case.id for case in self.view.cases) if self.view is not None else frozenset()
        projection = Projection(showing, self.meeting_id, self.item_id or NO_ITEM, cases)
        if projection != self.context.projection:
            self.context.projection = projection
            self.context.signals.projection_changed.emit()

    # --- the view on screen -----------------------------------------------------------------------------------

    def _show_view(self, view: ChairView) -> None:
        self.meeting_label.setText(
            self.tr("{body}  ·  ครั้งที่ {number}/{year}").format(
                body=view.body_name, number=view.meeting_number, year=view.year_be
            )
        )
        self.attendance_label.setText(
            self.tr("มาประชุม {present}/{expected} คน").format(present=view.present, expected=view.expected)
        )
        self._show_agenda(view)
        current = view.current
        if current is None:
            self.heading_label.setText(self.tr("ยังไม่มีระเบียบวาระ"))
        else:
            self.heading_label.setText(self.tr("ระเบียบวาระที่ {number}  {title}").format(
                number=current.number, title=current.title
            ))  # fmt: skip
        self.done_label.setText(self.tr("✓ พิจารณาเสร็จแล้ว"))
        self.done_label.setVisible(current is not None and current.concluded)
        self.case_label.setText(
            "   ".join(
                self.tr("กรณี {code} · {level}").format(
                    code=case.code,
                    level=case.level.label(self.context.language)
                    if case.level
                    else self.tr("ยังไม่ได้ประเมินความเสี่ยง"),
                )
                for case in view.cases
            )
        )
        self.case_label.setVisible(bool(view.cases))
        levels = [case.level for case in view.cases if case.level is not None]
        gravest = max(levels, key=lambda level: level.rank) if levels else RiskLevel.STANDARD
        self.case_label.setStyleSheet(f"color: {LEVEL_COLOURS[gravest]};")
        self.resolution_title.setVisible(current is not None)
        self._show_resolution(
            self._typed_resolution if self._typed_resolution is not None else view.resolution
        )
        self._fill_grid(
            self.actions_grid,
            [(action.agency, action.task, self._due_text(action.due_date), False) for action in view.actions],
            self.tr("ยังไม่มีงานที่มอบหมายในเรื่องนี้"),
        )
        self.actions_title.setVisible(current is not None)
        arising = [
            (row.agency, row.task, self._due_text(row.due_date), row.overdue) for row in view.matters_arising
        ]
        is_arising = current is not None and current.kind is AgendaKind.MATTERS_ARISING
        self.arising_title.setVisible(is_arising)
        self._fill_grid(
            self.arising_grid, arising, self.tr("ไม่มีงานค้างจากการประชุมครั้งก่อน") if is_arising else None
        )

    def _show_resolution(self, text: str) -> None:
        self.resolution_label.setText(text.strip() or self.tr("(ยังไม่มีมติ)"))
        self.resolution_label.setVisible(self.view is not None and self.view.current is not None)

    def _due_text(self, due: dt.date | None) -> str:
        return (
            self.tr("ภายใน {date}").format(date=screen_date(due)) if due is not None else self.tr("ไม่มีกำหนด")
        )

    def _show_agenda(self, view: ChairView) -> None:
        self.agenda_list.clear()
        for item in view.items:
            prefix = "✓ " if item.concluded else ""
            entry = QListWidgetItem(f"{prefix}{item.number}  {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(f"{item.number} {item.title}")
            self.agenda_list.addItem(entry)
            if view.current is not None and item.id == view.current.id:
                self.agenda_list.setCurrentItem(entry)
                self.agenda_list.scrollToItem(entry)

    def _fill_grid(
        self, grid: QGridLayout, rows: list[tuple[str, str, str, bool]], empty: str | None
    ) -> None:
        """Rows of agency, task, due date; an overdue row in dark red with the word เกินกำหนด."""
        while grid.count():
            taken = grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        body, small = self._fonts.get("body", self.font()), self._fonts.get("small", self.font())
        if not rows and empty is not None:
            grid.addWidget(self._cell(empty, small, wrap=True), 0, 0, 1, 3)
        for row, (agency, task, due, overdue) in enumerate(rows):
            colour = OVERDUE if overdue else TEXT
            when = due + ("  " + self.tr("เกินกำหนด") if overdue else "")
            grid.addWidget(
                self._cell(agency, body, colour=colour, bold=True), row, 0, Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(
                self._cell(task, body, colour=colour, wrap=True), row, 1, Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(
                self._cell(when, small, colour=colour, bold=overdue), row, 2, Qt.AlignmentFlag.AlignTop
            )
        grid.setColumnStretch(1, 1)

    def _cell(
        self, text: str, font: QFont, *, colour: str = TEXT, bold: bool = False, wrap: bool = False
    ) -> QLabel:
        cell = QLabel(text, self)
        cell.setTextFormat(Qt.TextFormat.PlainText)
        cell.setWordWrap(wrap)
        font = QFont(font)
        font.setBold(bold)
        cell.setFont(font)
        cell.setStyleSheet(f"color: {colour};")
        return cell
