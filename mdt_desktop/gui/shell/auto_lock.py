"""The automatic lock: after the office's minutes without input (or when asked) every window is covered until the
passphrase, or the key remembered in the keyring, is given again.

The database stays open while locked. Closing it would end what cannot be ended unattended: text the database
refused and the editor keeps for a retry, a dialog with typed content, a modal dialog in ``exec()`` (hiding a
QDialog ends its ``exec()``). So nothing is hidden: each visible window gets an opaque cover over its whole area
and a neutral title, and an application event filter eats every input (keys, shortcuts, the input method, mouse,
wheel, drops, the window manager's close) meant for anything outside a cover. The cover of the window on top (the
active modal dialog, else the main window) holds the unlock form; the others say where it is. A window marked as
projected (the chair's screen: ``PROJECTED_PROPERTY``) is seen by a whole room: its cover is plain black, says
nothing and never holds the form.

The passphrase is checked on the worker against the open database's own key slots, with the growing wait after
wrong attempts that the unlock window uses (``storage.keys.throttle``).

A database on a server has no key slots (``Secret``). When its restricted fields were open, locking forgets their
key (on the worker, after the jobs already queued) and unlocking asks for their passphrase again, which unwraps it
anew: a passer-by neither reads them meanwhile nor gets them back without it. Otherwise, when the person signed in
with a password, that password is asked and checked by a new connection to the server. Signed in without one (a
client certificate, or the account of this computer on a server here) and with no field key, there is no secret
to ask: the cover hides the screen and says so (locking from the File menu leaves the server instead).

Nothing is audited, since no case data is involved; the log says only that the program locked and unlocked. Idle time is measured on an injectable clock so
the tests need not wait minutes.
"""

from __future__ import annotations

import hmac
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.fonts import follow_zoom
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Message, Refusal
from mdt_desktop.storage.errors import StorageError, StorageProblem

if TYPE_CHECKING:
    from mdt_desktop.gui.shell.unlock import RememberedKeys
    from mdt_desktop.storage.database import Database

CHECK_INTERVAL_MS = 5000  # how often idle time is compared with the office's minutes
ERROR_STYLE = "color: #b00020;"
PANEL_WIDTH = 480
# A window with this property set to True is shown to a room (the chair's screen): covered in plain black.
PROJECTED_PROPERTY = "mdtProjected"

_log = get_logger("gui")
_Result = TypeVar("_Result")

# What a passer-by could do to a covered window: type (also through the input method, as Thai is typed), use a
# shortcut or a menu's mnemonic, click, scroll, drop a file.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
    }
)
# Input that shows someone is at the keyboard (a mouse move counts only when the pointer really moved).
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
_NOT_WINDOWS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)

SERVER_PASSWORD_REFUSED = Message(
    "เซิร์ฟเวอร์ {location} ไม่รับรหัสผ่านนี้ หรือติดต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบแล้วลองใหม่อีกครั้ง",
    "The server {location} does not accept this password, or cannot be reached. Check it and try again.",
)


class Secret(Enum):
    """What unlocking asks for: the file's passphrase, checked against its key slots; on a server, the restricted
    fields' passphrase, which unwraps their key again; else the account's password, checked by a new connection;
    else nothing (signed in without a password, and no field key)."""

    FILE_PASSPHRASE = "file"
    FIELD_PASSPHRASE = "fields"
    SERVER_PASSWORD = "account"
    NONE = "none"


def secret_for(database: Database) -> Secret:
    if not database.on_server:
        return Secret.FILE_PASSPHRASE
    from mdt_desktop.storage.field_crypto import FieldState  # loaded since the database was opened
    from mdt_desktop.storage.server import ServerDatabase

    if database.restricted_fields.state is FieldState.OPEN:
        return Secret.FIELD_PASSPHRASE
    signed_in_with_password = isinstance(database, ServerDatabase) and bool(database.url.password)
    return Secret.SERVER_PASSWORD if signed_in_with_password else Secret.NONE


def check_server_password(database: Database, password: str) -> None:
    """On the worker: a new connection to the same server and account with ``password``; a refusal when it fails."""
    from mdt_desktop.storage.server import ServerDatabase

    assert isinstance(database, ServerDatabase)
    probe = ServerDatabase(database.url.set(password=password), pool_size=1)
    try:
        with probe.engine.connect():
            pass
    except StorageError as error:
        raise Refusal(SERVER_PASSWORD_REFUSED, location=database.location) from error
    finally:
        probe.close()


class LockCover(QWidget):
    """An opaque child over the whole of one window. With the form: a passphrase field, Unlock, and unlocking
    with the remembered key when there is one; without: where to unlock."""

    unlock_requested = Signal(str)  # the passphrase typed
    remembered_key_requested = Signal()
    go_to_form_requested = Signal()

    def __init__(self, window: QWidget, secret: Secret = Secret.FILE_PASSPHRASE) -> None:
        super().__init__(window)
        self.secret = secret
        self.setObjectName("autoLockCover")
        self.projected = window.property(PROJECTED_PROPERTY) is True
        self.setAutoFillBackground(True)  # opaque: nothing of the window shows through
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        panel = QFrame(self)
        self.panel = panel
        panel.setObjectName("autoLockPanel")
        panel.setFixedWidth(PANEL_WIDTH)  # a wrapped label gets its height only from a known width
        heading = QLabel(self.tr("โปรแกรมล็อกอยู่"), panel)
        follow_zoom(heading, 1.5, bold=True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel(panel)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.passphrase_edit = QLineEdit(panel)
        self.passphrase_edit.setObjectName("autoLockPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(
            {
                Secret.FILE_PASSPHRASE: self.tr("รหัสผ่านของฐานข้อมูล"),
                Secret.FIELD_PASSPHRASE: self.tr("รหัสผ่านข้อมูลลับ"),
                Secret.SERVER_PASSWORD: self.tr("รหัสผ่านบัญชีบนเซิร์ฟเวอร์"),
                Secret.NONE: "",
            }[secret]
        )
        self.unlock_button = QPushButton(panel)
        self.unlock_button.setObjectName("autoLockUnlock")
        self.remembered_key_button = QPushButton(self.tr("ปลดล็อกด้วยกุญแจที่จำไว้ในเครื่องนี้"), panel)
        self.remembered_key_button.setObjectName("autoLockRememberedKey")
        self.remembered_key_button.hide()  # until the keyring is found to hold this database's key
        self.error_label = QLabel(panel)
        self.error_label.setObjectName("autoLockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.go_button = QPushButton(self.tr("ไปที่หน้าต่างสำหรับปลดล็อก"), panel)
        self.go_button.setObjectName("autoLockGoToForm")

        field_row = QHBoxLayout()
        field_row.addWidget(self.passphrase_edit, 1)
        field_row.addWidget(self.unlock_button)
        column = QVBoxLayout(panel)
        column.setSpacing(12)
        column.addWidget(heading)
        column.addWidget(self.explanation)
        column.addLayout(field_row)
        column.addWidget(self.remembered_key_button)
        column.addWidget(self.error_label)
        column.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.passphrase_edit.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.remembered_key_button.clicked.connect(self.remembered_key_requested)
        self.go_button.clicked.connect(self.go_to_form_requested)
        self.holds_form = False
        self.set_holds_form(False)
        self.set_waiting(0)
        self._window = window
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def set_holds_form(self, holds: bool) -> None:
        self.holds_form = holds
        if self.projected:
            self.panel.setVisible(holds)
            palette = self.parentWidget().palette()
            if not holds:
                palette.setColor(self.backgroundRole(), Qt.GlobalColor.black)
            self.setPalette(palette)
        self.passphrase_edit.setVisible(holds and self.secret is not Secret.NONE)
        self.unlock_button.setVisible(holds)
        self.go_button.setVisible(not holds)
        if not holds:
            self.passphrase_edit.clear()
            self.remembered_key_button.hide()
            self.error_label.hide()
        self.explanation.setText(self._what_to_type() if holds else self.tr("ปลดล็อกได้ที่หน้าต่างที่มีช่องรหัสผ่าน"))
        # The outer layout gives the centred panel its size hint, which counts the wrapped explanation's lines at
        # another width: its height for the fixed width is asked for instead.
        column = self.panel.layout()
        column.activate()
        self.panel.setMinimumHeight(column.totalHeightForWidth(PANEL_WIDTH))
        self.focus_inside()

    def _what_to_type(self) -> str:
        if self.secret is Secret.FIELD_PASSPHRASE:
            return self.tr("งานที่เปิดไว้ยังอยู่ครบ กุญแจข้อมูลลับถูกล็อกแล้ว พิมพ์รหัสผ่านข้อมูลลับเพื่อใช้งานต่อ")
        if self.secret is Secret.SERVER_PASSWORD:
            return self.tr("งานที่เปิดไว้ยังอยู่ครบ พิมพ์รหัสผ่านบัญชีของท่านบนเซิร์ฟเวอร์เพื่อใช้งานต่อ")
        if self.secret is Secret.NONE:
            return self.tr(
                "งานที่เปิดไว้ยังอยู่ครบ ท่านเข้าเซิร์ฟเวอร์โดยไม่ใช้รหัสผ่าน จึงไม่มีรหัสให้ตรวจ "
                "การล็อกนี้เพียงปิดหน้าจอไว้ (ล็อกจากเมนูไฟล์เพื่อออกจากเซิร์ฟเวอร์)"
            )
        return self.tr("งานที่เปิดไว้ยังอยู่ครบ พิมพ์รหัสผ่านของฐานข้อมูลเพื่อใช้งานต่อ")

    def focus_inside(self) -> None:
        if self.projected and not self.holds_form:
            self.setFocus()
            return
        if not self.holds_form:
            self.go_button.setFocus()
        elif self.secret is Secret.NONE:
            self.unlock_button.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def set_checking(self, checking: bool) -> None:
        """While the worker checks, the form waits; what was typed is not sent twice."""
        for widget in (self.passphrase_edit, self.unlock_button, self.remembered_key_button):
            widget.setEnabled(not checking)

    def set_waiting(self, seconds: int) -> None:
        """Unlock stays disabled, showing the seconds left, while the wait after wrong passphrases runs."""
        self.unlock_button.setEnabled(seconds <= 0)
        self.unlock_button.setText(
            self.tr("ปลดล็อก (รออีก {seconds} วินาที)").format(seconds=seconds)
            if seconds > 0
            else self.tr("ปลดล็อก")
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _submit(self) -> None:
        if self.unlock_button.isEnabled() and (self.passphrase_edit.text() or self.secret is Secret.NONE):
            self.error_label.hide()
            self.unlock_requested.emit(self.passphrase_edit.text())

    # --- staying over the window ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self._window.rect())
            elif event.type() == QEvent.Type.ChildAdded:
                QTimer.singleShot(0, self, self.raise_)  # a child added later (a dock, a bar) stays beneath
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # Enter or Escape left by the field must not reach a dialog beneath (its default button)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes round the cover's own buttons, never to the window's widgets beneath."""
        chain = [
            widget
            for widget in (
                self.passphrase_edit,
                self.unlock_button,
                self.remembered_key_button,
                self.go_button,
            )
            if widget.isVisible() and widget.isEnabled()
        ]
        if not chain:
            return True
        current = QApplication.focusWidget()
        index = chain.index(current) if current in chain else -1
        chain[(index + (1 if next else -1)) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()


@dataclass(eq=False)
class _Covered:
    """One covered window and what the lock changed there, to put back at unlock."""

    window: QWidget
    cover: LockCover
    title: str
    focus: QWidget | None


class AutoLock(QObject):
    """Locks every window after the office's minutes without input (``services.settings``; 0: never) or on
    ``lock_now()``; ``start()`` when the database is open, ``stop()`` before it closes."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        windows: Callable[[], list[QWidget]] | None = None,
        *,
        keystore: RememberedKeys | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._windows = windows  # None: every visible top-level window of the application
        self.keystore = keystore  # None: the system keyring, reached on the worker
        self._clock = clock
        self.minutes: int | None = None  # None until loaded on the worker: no locking before
        self._started = False
        self._locked = False
        self._checking = False  # the worker checks a passphrase or the remembered key
        self._last_input = clock()
        self._last_pointer: QPointF | None = None
        self._covering: list[_Covered] = []  # read through _covered, which leaves out deleted windows
        self._remembered_key_known = False  # the keyring holds this database's key: offer it on the form
        self._secret = Secret.FILE_PASSPHRASE  # what the covers of this lock ask for (decided when it locks)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(CHECK_INTERVAL_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)

    @property
    def locked(self) -> bool:
        return self._locked

    # --- starting and stopping --------------------------------------------------------------------------------

    def start(self) -> None:
        """Watch input from now on, load the office's minutes on the worker, and check idle time every few
        seconds."""
        if self._started:
            return
        self._started = True
        self._last_input = self._clock()
        _application().installEventFilter(self)
        self.context.signals.settings_changed.connect(self.load_minutes)
        self.load_minutes()
        self._idle_timer.start()

    def stop(self) -> None:
        """The database is closing: no more watching, and no cover left behind."""
        if not self._started:
            return
        self._started = False
        self._idle_timer.stop()
        self._countdown.stop()
        _application().removeEventFilter(self)
        self.context.signals.settings_changed.disconnect(self.load_minutes)
        if self._locked:
            self._uncover()

    def load_minutes(self) -> None:
        database = self.context.database

        def load() -> int:
            from mdt_desktop.services import settings

            return settings.load_auto_lock_minutes(database)

        self.context.tasks.run(load, self._minutes_loaded, self._minutes_failed)

    def _minutes_loaded(self, minutes: int) -> None:
        self.minutes = minutes

    def _minutes_failed(self, error: StorageError | Refusal) -> None:
        if self.minutes is None:
            from mdt_desktop.services.settings import DEFAULT_AUTO_LOCK_MINUTES

            self.minutes = DEFAULT_AUTO_LOCK_MINUTES  # an unreadable setting must not leave the laptop open
        _log.warning("auto-lock minutes not read (%s); keeping %s", _problem(error), self.minutes)

    # --- locking ----------------------------------------------------------------------------------------------

    def check_idle(self) -> None:
        """Lock when no input came for the office's minutes (called every few seconds by the timer)."""
        if not self._started or self._locked or not self.minutes:
            return
        if self._clock() - self._last_input >= self.minutes * 60:
            _log.info("locked after inactivity")
            self._lock()

    def lock_now(self) -> None:
        """Lock at once (a shortcut, a menu); nothing happens before ``start()``, when there is nothing to lock."""
        if self._locked or not self._started:
            return
        _log.info("locked on request")
        self._lock()

    def _lock(self) -> None:
        self._locked = True
        database = self.context.database
        self._secret = secret_for(database)
        if self._secret is Secret.FIELD_PASSPHRASE:
            # Behind the jobs already queued, so none of them is cut off half-way through a restricted read.
            self.context.tasks.run(database.restricted_fields.lock)
        QToolTip.hideText()
        # An open menu or completer list would stay above the covers; nested ones close one by one.
        while (popup := QApplication.activePopupWidget()) is not None and popup.close():
            pass
        for window in self._windows_to_cover():
            self._cover(window)
        self._place_form()
        self._look_for_remembered_key()
        self.locked_changed.emit(True)

    def _windows_to_cover(self) -> list[QWidget]:
        candidates = self._windows() if self._windows is not None else QApplication.topLevelWidgets()
        return [
            window
            for window in candidates
            if window.isVisible() and window.windowType() not in _NOT_WINDOWS and not self._is_covered(window)
        ]

    def _is_covered(self, window: QWidget) -> bool:
        return any(covered.window is window for covered in self._covered)

    def _cover(self, window: QWidget) -> None:
        focus = window.focusWidget()  # before the cover takes it
        cover = LockCover(window, self._secret)
        covered = _Covered(window, cover, window.windowTitle(), focus)
        self._covering.append(covered)
        window.setWindowTitle(self._neutral_title())
        cover.unlock_requested.connect(self._check_passphrase)
        cover.remembered_key_requested.connect(self._check_remembered_key)
        cover.go_to_form_requested.connect(self._go_to_form)
        if isinstance(window, QDialog):
            window.finished.connect(self._program_ended)
        window.destroyed.connect(self._window_destroyed)

    @property
    def _covered(self) -> list[_Covered]:
        self._covering = [
            c for c in self._covering if shiboken6.isValid(c.window) and shiboken6.isValid(c.cover)
        ]
        return self._covering

    def _window_destroyed(self) -> None:
        """A window deleted while locked takes its cover with it; if it held the form, another window takes it."""
        QTimer.singleShot(0, self, self._replace_form_if_gone)

    def _program_ended(self) -> None:
        """A covered dialog called done() (a save it waited for has ended): nobody can click while locked, so the
        program asked. Its close was refused with the others; hiding it ends its exec() with its own result."""
        dialog = self.sender()
        if self._locked and isinstance(dialog, QDialog) and self._is_covered(dialog):
            dialog.hide()
            if dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                dialog.deleteLater()

    def _neutral_title(self) -> str:
        return self.tr("mdt-desktop — ล็อกอยู่")

    def _place_form(self) -> None:
        """The form goes where the person can type: the active modal dialog (Qt blocks the windows beneath it),
        else the main window."""
        live = [covered for covered in self._covered if covered.window.isVisible()]
        if not live:
            return
        modal = QApplication.activeModalWidget()
        holder = next((c for c in live if c.window is modal), None)
        if holder is None:
            # The room must not watch a passphrase being typed: a projected window holds the form only when
            # nothing else is left to hold it.
            seen_by_one = [c for c in live if not c.cover.projected] or live
            holder = next((c for c in seen_by_one if isinstance(c.window, QMainWindow)), seen_by_one[0])
        for covered in self._covered:
            if covered.cover.holds_form != (covered is holder):
                covered.cover.set_holds_form(covered is holder)
        if self._remembered_key_known:
            holder.cover.remembered_key_button.show()
        self._tick()
        holder.window.raise_()
        holder.window.activateWindow()
        holder.cover.focus_inside()

    def _form_cover(self) -> LockCover | None:
        return next((c.cover for c in self._covered if c.cover.holds_form), None)

    def _go_to_form(self) -> None:
        holder = next((c for c in self._covered if c.cover.holds_form), None)
        if holder is not None:
            holder.window.raise_()
            holder.window.activateWindow()
            holder.cover.focus_inside()

    # --- unlocking --------------------------------------------------------------------------------------------

    def _look_for_remembered_key(self) -> None:
        """Offer the remembered key only when the keyring holds one for this database (asked on the worker)."""
        self._remembered_key_known = False
        database, keystore = self.context.database, self.keystore
        if database.on_server:
            return  # no key of a file to remember

        def look() -> bool:
            store = keystore or _system_keystore()
            return store.available() and store.recall(database.database_id) is not None

        def looked(remembered: bool) -> None:
            self._remembered_key_known = remembered and self._locked
            cover = self._form_cover()
            if cover is not None and self._remembered_key_known:
                cover.remembered_key_button.show()

        self.context.tasks.run(look, looked, lambda error: _log.info("no keyring (%s)", _problem(error)))

    def _check_passphrase(self, passphrase: str) -> None:
        if self._checking:
            return
        database = self.context.database
        if self._secret is Secret.FIELD_PASSPHRASE:
            self._run_check(
                lambda: database.unlock_fields_with_passphrase(passphrase), lambda _none: self._unlock()
            )
            return
        if self._secret is Secret.SERVER_PASSWORD:
            self._run_check(lambda: check_server_password(database, passphrase), lambda _none: self._unlock())
            return
        if self._secret is Secret.NONE:
            self._unlock()
            return

        def check() -> None:
            from mdt_desktop.storage import keys

            path = database.path
            keys.throttle.wait(path)  # already counted down on the button, so normally nothing is left
            try:
                key = database.slots.unlock_with_passphrase(passphrase)
            except keys.WrongSecretError as error:
                keys.throttle.failed(path)
                raise StorageError(StorageProblem.WRONG_SECRET, path) from error
            except keys.KeyFileDamagedError as error:
                raise StorageError(StorageProblem.KEY_FILE_DAMAGED, keys.KeySlots.path_for(path)) from error
            if not hmac.compare_digest(key, database.key):
                keys.throttle.failed(path)
                raise StorageError(StorageProblem.WRONG_SECRET, path)
            keys.throttle.succeeded(path)

        self._run_check(check, lambda _none: self._unlock())

    def _check_remembered_key(self) -> None:
        if self._checking:
            return
        database, keystore = self.context.database, self.keystore

        def check() -> bool:
            store = keystore or _system_keystore()
            key = store.recall(database.database_id) if store.available() else None
            return key is not None and hmac.compare_digest(key, database.key)

        def checked(matches: bool) -> None:
            if matches:
                self._unlock()
                return
            self._remembered_key_known = False
            cover = self._form_cover()
            if cover is not None:
                cover.remembered_key_button.hide()
                cover.show_error(self.tr("กุญแจที่จำไว้ในเครื่องนี้ใช้กับฐานข้อมูลนี้ไม่ได้แล้ว โปรดพิมพ์รหัสผ่าน"))

        self._run_check(check, checked)

    def _run_check(self, job: Callable[[], _Result], on_success: Callable[[_Result], None]) -> None:
        cover = self._form_cover()
        if cover is None:
            return
        self._checking = True
        cover.set_checking(True)

        def done(result: _Result) -> None:
            self._checking = False
            if self._locked:
                self._form_cover_ready()
                on_success(result)

        self.context.tasks.run(job, done, self._check_failed)

    def _form_cover_ready(self) -> None:
        cover = self._form_cover()
        if cover is not None:
            cover.set_checking(False)
            self._tick()

    def _check_failed(self, error: StorageError | Refusal) -> None:
        self._checking = False
        if not self._locked:
            return
        self._form_cover_ready()
        cover = self._form_cover()
        if cover is None:
            return
        cover.show_error(error.message(self.context.language))
        if isinstance(error, StorageError) and error.problem is StorageProblem.WRONG_SECRET:
            cover.passphrase_edit.clear()
            self._tick()
        cover.focus_inside()

    def _tick(self) -> None:
        """Counts down, on the Unlock button, the wait that wrong passphrases earned."""
        cover = self._form_cover()
        if cover is None or self._checking:
            self._countdown.stop()
            return
        from mdt_desktop.storage import keys  # loaded since the database was opened

        database = self.context.database
        # The throttle counts wrong secrets per database (a file's path, a server database's id): the same count
        # the storage layer waits on, shown here as a countdown on the button.
        left = math.ceil(keys.throttle.seconds_left(database.throttle_key))
        cover.set_waiting(left)
        if left > 0:
            self._countdown.start()
        else:
            self._countdown.stop()

    def _unlock(self) -> None:
        _log.info("unlocked")
        self._uncover()
        self._last_input = self._clock()
        self.locked_changed.emit(False)

    def _uncover(self) -> None:
        self._locked = False
        self._checking = False
        self._remembered_key_known = False
        self._countdown.stop()
        covered_windows, self._covering = self._covered, []
        for covered in covered_windows:
            covered.window.removeEventFilter(covered.cover)
            covered.window.destroyed.disconnect(self._window_destroyed)
            if isinstance(covered.window, QDialog):
                covered.window.finished.disconnect(self._program_ended)
            covered.cover.hide()
            covered.cover.deleteLater()
            covered.window.setWindowTitle(covered.title)
            if covered.focus is not None and shiboken6.isValid(covered.focus):
                covered.focus.setFocus()

    # --- the filter -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._locked:
            if kind in _ACTIVITY_EVENTS or (kind == QEvent.Type.MouseMove and self._pointer_moved(event)):
                self._last_input = self._clock()
            return False
        if kind in _INPUT_EVENTS:
            return not self._passes(watched)
        if kind == QEvent.Type.Close and self._is_covered_handle(watched):
            # The window manager's close (the title bar's button, Alt+F4): a passer-by must not get to "discard
            # unsaved text?" nor reject a dialog with typed content. It reaches the window's QWindow exactly as
            # the program's own close() does, so both are refused here; a dialog the program ends is hidden at
            # its ``finished`` instead (_program_ended).
            event.ignore()
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._window_shown(watched)
        elif kind == QEvent.Type.Hide and self._is_covered_widget(watched):
            QTimer.singleShot(0, self, self._replace_form_if_gone)
        elif kind == QEvent.Type.WindowTitleChange:
            self._title_changed(watched)
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and not self._inside_cover(watched):
            QTimer.singleShot(0, self, self._focus_back)
        return False

    def _pointer_moved(self, event: QEvent) -> bool:
        if not isinstance(event, QMouseEvent):
            return False
        position = event.globalPosition()
        moved = self._last_pointer is not None and position != self._last_pointer
        self._last_pointer = position
        return moved

    def _passes(self, watched: QObject) -> bool:
        """Whether input for ``watched`` may go on while locked: only what is inside a cover.

        A QWindow hands its input on to its widgets, where the filter judges it again; a shortcut's receiver (an
        action, a QShortcut) is judged by the widget it belongs to."""
        if isinstance(watched, QWindow):
            return True
        if not isinstance(watched, QWidget):
            parent = watched.parent()
            return isinstance(parent, QWidget) and self._inside_cover(parent)
        return self._inside_cover(watched)

    def _inside_cover(self, widget: QWidget) -> bool:
        return any(covered.cover is widget or covered.cover.isAncestorOf(widget) for covered in self._covered)

    def _is_covered_handle(self, watched: QObject) -> bool:
        return isinstance(watched, QWindow) and any(c.window.windowHandle() is watched for c in self._covered)

    def _is_covered_widget(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and self._is_covered(watched)

    def _window_shown(self, window: QWidget) -> None:
        """A window that appears while locked (a message from a finished job, a dialog a timer opened) is covered
        as it shows; a modal one takes the form, since Qt blocks input to the windows beneath it."""
        if any(covered.cover.isAncestorOf(window) for covered in self._covered):
            return
        if window in self._windows_to_cover():
            self._cover(window)
            # Qt counts a dialog as modal only once its Show event is through.
            QTimer.singleShot(0, self, self._place_form)

    def _replace_form_if_gone(self) -> None:
        form = next((c for c in self._covered if c.cover.holds_form), None)
        if self._locked and (form is None or not form.window.isVisible()):
            self._place_form()

    def _title_changed(self, watched: QObject) -> None:
        """A window that retitles itself while locked keeps the neutral title; its new one is put back later."""
        covered = next((c for c in self._covered if c.window is watched), None)
        if covered is not None and covered.window.windowTitle() != self._neutral_title():
            covered.title = covered.window.windowTitle()
            covered.window.setWindowTitle(self._neutral_title())

    def _focus_back(self) -> None:
        if not self._locked:
            return
        focused = QApplication.focusWidget()
        if focused is None or self._inside_cover(focused):
            return
        covered = next((c for c in self._covered if c.window is focused.window()), None)
        if covered is not None:
            covered.cover.focus_inside()


def _application() -> QCoreApplication:
    application = QApplication.instance()
    if application is None:
        raise RuntimeError("the automatic lock needs the running application")
    return application


def _system_keystore() -> RememberedKeys:
    """Called on the worker only: the keyring package is slow to import and its backend may be slow to answer."""
    from mdt_desktop.storage.keyring_store import KeyStore

    return KeyStore()


def _problem(error: StorageError | Refusal) -> str:
    return error.problem.value if isinstance(error, StorageError) else type(error).__name__
