"""The main window: left navigation over the pages, menus, status bar, and the window-wide undo group.

Pages belong to their own modules (meetings: helper E; register, cases, agencies, bodies: D2; settings: here) and
are created the first time they are shown, so opening a database does not load every list at once. Each time a
page is shown its ``activate()`` is called, if it has one, so it can refresh. Opening and locking databases is the
application's business (app.py): the window only asks for it through its signals.

A database on a PostgreSQL server is named by its host, port and database wherever a file is named by its name
(the title, the status bar); ไฟล์ > เปิดฐานข้อมูลบนเซิร์ฟเวอร์… asks the application for the server dialog.

While the restricted fields' key is locked (skipped after sign-in), a banner above every page says that identity,
safety plans and restricted notes are not shown and offers to unlock them (``gui.shell.fields_unlock``); the views
that read them are told when the key is unlocked (``restricted_fields_changed``, and ``cases_changed`` so that an
open case reads its story again).

A database open read-only (its file or folder cannot be written, or the server only lets it be read) gets a banner
above every page, for as long as it is open, saying so, why, and what to do; the pages themselves offer no writing.

มุมมอง > ขยาย/ย่อ/ปกติ (Ctrl++ or Ctrl+=, Ctrl+-, Ctrl+0) zoom every window through the application font
(``gui.common.fonts``); the choice is kept in the preferences and applied at the next start.

มุมมอง > จอประธาน (F5), or the editor's button of that name, opens the chair's screen for the meeting open in the
editor (``gui.chair``), one at a time; it closes with this window, so locking by hand takes it away too.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop import __version__
from mdt_desktop.domain.roles import Permission, Permissions
from mdt_desktop.gui.common import fonts
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_main_window import Ui_MainWindow
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.shell.fields_unlock import FieldsUnlockDialog, announce_fields_unlocked, fields_locked
from mdt_desktop.logging_setup import get_logger

APP_TITLE = "mdt-desktop"
READ_ONLY_BANNER_STYLE = (
    "QLabel { background: #fff8e1; color: #4e3b00; border-bottom: 2px solid #f9a825; padding: 8px 12px; }"
)
DATABASE_FILTER = "mdt (*.mdt)"
ZOOM_MESSAGE_MS = 3000

_log = get_logger("gui")


@dataclass(frozen=True)
class PageSpec:
    name: str
    module: str
    class_name: str


# In the order of the navigation items in ui/main_window.ui.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("meetings", "mdt_desktop.gui.meeting.meetings_page", "MeetingsPage"),
    PageSpec("register", "mdt_desktop.gui.register.register_page", "RegisterPage"),
    PageSpec("cases", "mdt_desktop.gui.cases.cases_page", "CasesPage"),
    PageSpec("statistics", "mdt_desktop.gui.statistics.statistics_page", "StatisticsPage"),
    PageSpec("agencies", "mdt_desktop.gui.team.agencies_page", "AgenciesPage"),
    PageSpec("bodies", "mdt_desktop.gui.team.bodies_page", "BodiesPage"),
    PageSpec("centre", "mdt_desktop.gui.centre.centre_page", "CentrePage"),
    PageSpec("agency_work", "mdt_desktop.gui.agency.agency_work_page", "AgencyWorkPage"),
    PageSpec("settings", "mdt_desktop.gui.settings.settings_page", "SettingsPage"),
)
SEARCH_DIALOG = PageSpec("search", "mdt_desktop.gui.shell.search_dialog", "SearchDialog")
CHAIR_WINDOW = PageSpec("chair", "mdt_desktop.gui.chair.chair_window", "ChairWindow")
SEND_TO_CENTRE_DIALOG = PageSpec("send_to_centre", "mdt_desktop.gui.centre.send_dialog", "SendToCentreDialog")
CHAIR_SHORTCUT = "F5"


class MainWindow(QMainWindow):
    """One open database. ``undo_group``: pages add their QUndoStack so แก้ไข > เลิกทำ/ทำซ้ำ act on them."""

    open_requested = Signal(object)  # Path of another database to open
    open_server_requested = Signal()
    new_requested = Signal()
    lock_requested = Signal()
    closed = Signal()

    def __init__(self, context: AppContext, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._pages: dict[str, QWidget] = {}
        self._search_dialog: QWidget | None = None
        self.send_to_centre_dialog: QWidget | None = None
        self.chair_window: QWidget | None = None
        # A lock or an open of another database closes this window without quitting the program.
        self.closing_for_switch = False

        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)

        self._status_label = QLabel(self)
        self._status_label.setObjectName("databaseStatus")
        self.statusBar().addPermanentWidget(self._status_label)
        self.read_only_banner = self._banner_above_the_pages()

        self.ui.navigation.currentRowChanged.connect(self._show_row)
        self.ui.actionOpen.triggered.connect(self._choose_database)
        self.open_server_action = QAction(self)
        self.open_server_action.setObjectName("actionOpenServer")
        self.open_server_action.triggered.connect(self.open_server_requested)
        self.ui.menuFile.insertAction(self.ui.actionNew, self.open_server_action)
        self.ui.actionNew.triggered.connect(self.new_requested)
        self.ui.actionLock.triggered.connect(self._lock)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSearch.triggered.connect(self.open_search)
        self.ui.actionSendToCentre.triggered.connect(self.open_send_to_centre)
        self.ui.actionAbout.triggered.connect(self._about)
        # Ctrl+= too: on many keyboards + needs Shift, and people press the key that shows it.
        self.ui.actionZoomIn.setShortcuts([self.ui.actionZoomIn.shortcut(), QKeySequence("Ctrl+=")])
        self.ui.actionZoomIn.triggered.connect(lambda: self.zoom(self._zoom + fonts.ZOOM_STEP))
        self.ui.actionZoomOut.triggered.connect(lambda: self.zoom(self._zoom - fonts.ZOOM_STEP))
        self.ui.actionZoomReset.triggered.connect(lambda: self.zoom(fonts.NORMAL_ZOOM))
        self.chair_action = QAction(self)
        self.chair_action.setObjectName("actionChairScreen")
        self.chair_action.setShortcut(QKeySequence(CHAIR_SHORTCUT))
        self.chair_action.triggered.connect(self._open_chair_for_open_meeting)
        self.ui.menuView.addSeparator()
        self.ui.menuView.addAction(self.chair_action)
        context.signals.chair_screen_requested.connect(self.open_chair_screen)
        context.signals.open_meeting_requested.connect(lambda _meeting_id: self.show_page("meetings"))
        # Called here rather than by the page itself: the page may not exist until show_page creates it.
        context.signals.open_case_requested.connect(
            lambda case_id: self.show_page("cases").open_case(case_id)
        )
        context.signals.open_meeting_at_requested.connect(
            lambda meeting_id, item_id, action_id: self.show_page("meetings").open_meeting_at(
                meeting_id, item_id, action_id
            )
        )
        context.signals.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.signals.roles_changed.connect(self._reread_roles)

        geometry = preferences.get(Pref.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.no_role_banner = self._no_role_banner()
        self.fields_banner = self._fields_banner()
        self.fields_dialog: QWidget | None = None
        context.signals.restricted_fields_changed.connect(self._show_fields_banner)
        self._offer_by_roles()
        self._retranslate_dynamic()
        self.ui.navigation.setCurrentRow(self._first_offered_row())

    def _banner_above_the_pages(self) -> QLabel:
        banner = QLabel(self)
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(READ_ONLY_BANNER_STYLE)
        banner.setTextInteractionFlags(
            banner.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        pages = self.takeCentralWidget()
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(pages, 1)
        self.setCentralWidget(holder)
        banner.setVisible(bool(self.context.database.read_only))
        return banner

    def _no_role_banner(self) -> QLabel:
        """Said above the pages to a person who holds no role in a database whose roles are in force."""
        banner = QLabel(self)
        banner.setObjectName("noRoleBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(READ_ONLY_BANNER_STYLE)
        holder = self.centralWidget().layout()
        assert isinstance(holder, QVBoxLayout)
        holder.insertWidget(1, banner)
        permissions = self.context.permissions
        banner.setVisible(not permissions.unrestricted and not permissions.grants)
        return banner

    def _fields_banner(self) -> QLabel:
        banner = QLabel(self)
        banner.setObjectName("fieldsLockedBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(READ_ONLY_BANNER_STYLE)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        banner.linkActivated.connect(lambda _link: self.unlock_fields())
        holder = self.centralWidget().layout()
        assert isinstance(holder, QVBoxLayout)
        holder.insertWidget(1, banner)
        banner.setVisible(fields_locked(self.context.database))
        return banner

    def _show_fields_banner(self) -> None:
        self.fields_banner.setVisible(fields_locked(self.context.database))

    def unlock_fields(self) -> QWidget:
        """The restricted fields' key, asked from the banner that says they are locked."""
        dialog = FieldsUnlockDialog(
            self.context.database, self.context.tasks, language=self.context.language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(lambda: announce_fields_unlocked(self.context))
        self.fields_dialog = dialog
        dialog.start()
        return dialog

    # --- what the person's roles offer ------------------------------------------------------------------------

    def _offer_by_roles(self) -> None:
        """Only the pages and actions the person's roles allow are shown (``role_gating``)."""
        permissions = self.context.permissions
        for row, spec in enumerate(PAGES):
            self.ui.navigation.setRowHidden(row, not role_gating.page_offered(spec.name, permissions))
        for action in (self.ui.actionSearch, self.ui.actionSendToCentre, self.chair_action):
            offered = role_gating.action_offered(action.objectName(), permissions)
            action.setVisible(offered)
            action.setEnabled(offered)
        # A menu left with nothing to offer goes too.
        self.ui.menuSearch.menuAction().setVisible(self.ui.actionSearch.isVisible())
        current = self.ui.navigation.currentRow()
        if current >= 0 and self.ui.navigation.isRowHidden(current):
            self.ui.navigation.setCurrentRow(
                self._first_offered_row()
            )  # no longer theirs: not left on screen

    def _reread_roles(self) -> None:
        """A role was granted or revoked (the first grant brings roles into force): offer what they now allow."""
        from mdt_desktop.services.roles import my_permissions  # the storage layer is loaded by now

        database = self.context.database

        def reread(permissions: Permissions) -> None:
            self.context.permissions = permissions
            self._offer_by_roles()
            self.no_role_banner.setVisible(not permissions.unrestricted and not permissions.grants)

        self.context.tasks.run(lambda: my_permissions(database), reread, self._roles_unread)

    def _roles_unread(self, error: UserFacingError) -> None:
        self.statusBar().showMessage(error.message(self.context.language), 8000)

    def offered_pages(self) -> list[str]:
        return [spec.name for row, spec in enumerate(PAGES) if not self.ui.navigation.isRowHidden(row)]

    def _first_offered_row(self) -> int:
        return next(row for row, spec in enumerate(PAGES) if not self.ui.navigation.isRowHidden(row))

    # --- pages ------------------------------------------------------------------------------------------------

    @property
    def file_name(self) -> str:
        """What the window names the database by: the file's name, or a server's host, port and database."""
        database = self.context.database
        return database.location if database.on_server else Path(database.path).name

    def page(self, name: str) -> QWidget:
        """The page called ``name``, created on first use."""
        if name not in self._pages:
            spec = next(spec for spec in PAGES if spec.name == name)
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            page = page_class(self.context, self.ui.pages)
            self.ui.pages.addWidget(page)
            self._pages[name] = page
            _log.info("page %s created", name)
        return self._pages[name]

    def created_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def show_page(self, name: str) -> QWidget:
        row = next(row for row, spec in enumerate(PAGES) if spec.name == name)
        if self.ui.navigation.currentRow() != row:
            self.ui.navigation.setCurrentRow(row)  # _show_row does the rest
        return self.page(name)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = PAGES[row]
        page = self.page(spec.name)
        self.ui.pages.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()

    # --- actions ----------------------------------------------------------------------------------------------

    def open_search(self) -> QWidget:
        if self._search_dialog is None:
            dialog_class = getattr(importlib.import_module(SEARCH_DIALOG.module), SEARCH_DIALOG.class_name)
            self._search_dialog = dialog_class(self.context, self)
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.activateWindow()
        return self._search_dialog

    def open_send_to_centre(self) -> QWidget:
        """ไฟล์ > ส่งรายงานถึงศูนย์ฯ จังหวัด…: the district's package for its provincial centre."""
        module = importlib.import_module(SEND_TO_CENTRE_DIALOG.module)
        dialog = getattr(module, SEND_TO_CENTRE_DIALOG.class_name)(
            self.context, self, preferences=self.preferences
        )
        self.send_to_centre_dialog = dialog
        dialog.open()
        return dialog

    def _open_editor(self) -> Any:
        """The meeting editor when a meeting is open in it, else None."""
        editor = getattr(self._pages.get("meetings"), "editor", None)
        return editor if editor is not None and editor.isVisible() else None

    def _open_chair_for_open_meeting(self) -> None:
        editor = self._open_editor()
        if editor is None:
            self.statusBar().showMessage(self.tr("เปิดการประชุมก่อน แล้วจึงเปิดจอประธาน"), 8000)
            return
        self.open_chair_screen(editor.meeting_id)

    def open_chair_screen(self, meeting_id: int) -> QWidget | None:
        """The chair's screen for ``meeting_id`` at the editor's current item; an open one for another meeting
        gives way, since the room sees one meeting at a time. None for a person whose roles do not show it."""
        if not self.chair_action.isEnabled():
            return None
        editor = self._open_editor()
        view = (
            getattr(editor, "view", None) if editor is not None and editor.meeting_id == meeting_id else None
        )
        if view is not None and not self.context.permissions.allows(
            Permission.SHOW_CHAIR_SCREEN, body_id=view.header.body_id
        ):
            self.statusBar().showMessage(self.tr("จอประธานของคณะนี้เปิดได้โดยเลขานุการหรือประธานของคณะเท่านั้น"), 8000)
            return None
        window = self.chair_window
        if window is not None and shiboken6.isValid(window):
            if getattr(window, "meeting_id", None) == meeting_id:
                window.show()
                window.raise_()
                window.activateWindow()
                return window
            window.close()
        editor = self._open_editor()
        item_id = editor.current_item_id if editor is not None and editor.meeting_id == meeting_id else None
        window_class = getattr(importlib.import_module(CHAIR_WINDOW.module), CHAIR_WINDOW.class_name)
        window = window_class(self.context, meeting_id, item_id, self)
        self.chair_window = window
        window.present()
        return window

    def close_chair_screen(self) -> None:
        window, self.chair_window = self.chair_window, None
        if window is not None and shiboken6.isValid(window):
            window.close()

    @property
    def _zoom(self) -> int:
        return fonts.clamped_zoom(int(self.preferences.get(Pref.ZOOM_PERCENT)))

    def zoom(self, percent: int) -> None:
        """Every window's type at ``percent`` of the default size, kept for the next start; says so briefly."""
        percent = fonts.clamped_zoom(percent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        fonts.set_zoom(app, percent)
        self.preferences.set(Pref.ZOOM_PERCENT, percent)
        self._keep_within_screen()
        self.statusBar().showMessage(
            self.tr("ขนาดตัวอักษร {percent}%").format(percent=percent), ZOOM_MESSAGE_MS
        )

    def _keep_within_screen(self) -> None:
        """Larger type makes the layouts ask for more room: the window grows, but never past the screen."""
        if self.isMaximized() or self.isFullScreen():
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the new minimum sizes now, not at the next turn of the event loop
        available = self.screen().availableGeometry()
        frame = self.frameGeometry()
        border_width = frame.width() - self.width()
        border_height = frame.height() - self.height()
        if frame.width() > available.width() or frame.height() > available.height():
            self.resize(
                min(self.width(), available.width() - border_width),
                min(self.height(), available.height() - border_height),
            )
        frame = self.frameGeometry()
        if not available.contains(frame):
            self.move(
                max(available.left(), min(frame.left(), available.right() - frame.width() + 1)),
                max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1)),
            )

    def _choose_database(self) -> None:
        database = self.context.database
        folder = Path.home() if database.on_server else Path(database.path).parent
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("เปิดฐานข้อมูล"), str(folder), DATABASE_FILTER)
        if path:
            self.open_requested.emit(Path(path))

    def _lock(self) -> None:
        self.lock_requested.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("เกี่ยวกับ mdt-desktop"),
            self.tr(
                "mdt-desktop รุ่น {version}\n"
                "บันทึกรายงานการประชุมทีมสหวิชาชีพ งานที่มอบหมาย และรายกรณี "
                "ในฐานข้อมูลที่เข้ารหัสบนเครื่องนี้\n\n"
                "แบบอักษร Sarabun ใช้ตามสัญญาอนุญาต SIL Open Font License 1.1"
            ).format(version=__version__),
        )

    # --- Qt events --------------------------------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        self.setWindowTitle(f"{APP_TITLE} — {self.file_name}")
        on_server = self.context.database.on_server
        read_only = bool(self.context.database.read_only)
        kind = self.tr("เซิร์ฟเวอร์") if on_server else self.tr("เข้ารหัส")
        state = kind + ("  ·  " + self.tr("อ่านอย่างเดียว") if read_only else "")
        self._status_label.setText(f"{state}  ·  {self.file_name}")
        if on_server:
            self.read_only_banner.setText(
                self.tr(
                    "เปิดฐานข้อมูลนี้แบบอ่านอย่างเดียว: เซิร์ฟเวอร์ {name} ให้อ่านได้อย่างเดียว (เช่น เครื่องสำรองของเซิร์ฟเวอร์) "
                    "จึงดู ค้นหา และส่งออกได้ แต่แก้ไขหรือเพิ่มข้อมูลไม่ได้ โปรดเปิดฐานข้อมูลหลักหรือแจ้งผู้ดูแลเซิร์ฟเวอร์"
                ).format(name=self.file_name)
            )
            self._status_label.setToolTip(self.tr("ฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL"))
        else:
            self.read_only_banner.setText(
                self.tr(
                    "เปิดฐานข้อมูลนี้แบบอ่านอย่างเดียว: เขียนไฟล์ {name} หรือโฟลเดอร์ที่เก็บไฟล์ไม่ได้ "
                    "จึงดู ค้นหา และส่งออกได้ แต่แก้ไขหรือเพิ่มข้อมูลไม่ได้ "
                    "หากต้องการแก้ไข ให้คัดลอกไฟล์ .mdt .keys และ .recovery ไปไว้ในโฟลเดอร์ที่เขียนได้ "
                    "แล้วเปิดจากที่นั่น หรือติดต่อฝ่ายไอที"
                ).format(name=self.file_name)
            )
            self._status_label.setToolTip(self.tr("ฐานข้อมูลนี้เข้ารหัสทั้งไฟล์ (SQLCipher, AES-256)"))
        self.open_server_action.setText(self.tr("เปิดฐานข้อมูลบนเซิร์ฟเวอร์…"))
        self.undo_action.setText(self.tr("เลิกทำ"))
        self.redo_action.setText(self.tr("ทำซ้ำ"))
        self.chair_action.setText(self.tr("จอประธาน"))
        self.chair_action.setToolTip(self.tr("เปิดจอสำหรับเครื่องฉายของการประชุมที่เปิดอยู่"))
        self.fields_banner.setText(
            self.tr(
                "ข้อมูลลับ (ข้อมูลระบุตัวตน แผนความปลอดภัย และบันทึกที่จำกัดการเข้าถึง) ยังล็อกอยู่ จึงไม่แสดงในหน้าต่าง ๆ "
                "งานทั่วไป (การประชุม งานที่มอบหมาย รายการกรณี การค้นหา) ทำได้ตามปกติ สถิติซึ่งนับอายุและสัญชาติต้องปลดล็อกก่อน"
            )
            + f' <a href="unlock">{self.tr("ปลดล็อกข้อมูลลับ…")}</a>'
        )
        self.no_role_banner.setText(
            self.tr(
                "ท่าน ({name}) ยังไม่มีบทบาทในฐานข้อมูลนี้ จึงยังไม่มีงานให้ทำ "
                "โปรดขอให้ผู้ดูแลระบบกำหนดบทบาทให้ (เลขานุการ ประธาน หรือเจ้าหน้าที่หน่วยงาน) แล้วล็อกและปลดล็อกอีกครั้ง"
            ).format(name=self.context.user_name)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)

    def confirm_leaving(self, leave: Callable[[], None]) -> bool:
        """True when closing now loses nothing typed. Otherwise the open meeting asks (not blocking) and this
        returns False; ``leave`` runs later if the person chooses to leave and discard the unsaved text."""
        editor = getattr(self._pages.get("meetings"), "editor", None)
        return editor is None or bool(editor.ask_before_leaving(leave))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leaving(self.close):
            event.ignore()
            return
        self.preferences.set(Pref.WINDOW_GEOMETRY, self.saveGeometry())
        if self._search_dialog is not None:
            self._search_dialog.close()
        self.close_chair_screen()
        super().closeEvent(event)
        self.closed.emit()
