"""The GUI's front door: flags, QApplication, fonts, translator, logging, crash path, and which window comes first.

``main(argv)`` decides what to show: ``--open PATH`` (the unlock dialog, or ``--key-stdin`` for the benchmark),
``--demo`` (the demo database in the user data folder, built the first time), a server's URL given as the database
(``mdt-desktop postgresql://user@host/mdt``: the server dialog, filled and opening at once), otherwise the most
recent database (a file's unlock dialog, or a server's dialog asking its password again) or the first-run wizard.
``Application`` then owns the life of one open database at a time: the main window, locking, opening another, and
closing cleanly (worker stopped, WAL checkpointed, engine disposed).

After the person is chosen, a database whose restricted fields are encrypted and still locked (one on a server, or
a file opened with its remembered key) asks for their key (``fields_unlock``); the person may skip it. Locking by
hand a database on a server closes it, forgetting the password and the field key with the connection: the server
dialog asks for them again.

The unlock window comes first and at once: nothing heavy is imported before it is shown. The storage layer
(SQLAlchemy, the models, cryptography, the keyring) and the main window with its first page are imported on the
background worker once the window is up, while the passphrase is typed or the remembered key is fetched
(``tests/gui/test_app_shell.py`` fails if the unlock window's import chain pulls any of them in again).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QStyleFactory

from mdt_desktop import __version__
from mdt_desktop.gui.common import fonts, i18n
from mdt_desktop.gui.common.context import AppContext, AppSignals
from mdt_desktop.gui.common.preferences import LANGUAGES, Pref, Preferences, is_server_url
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.shell.bench_marks import TIMING_MARK, UNLOCK_SHOWN_MARK
from mdt_desktop.gui.shell.crash import CrashHandler
from mdt_desktop.gui.shell.unlock import RememberedKeys, UnlockDialog
from mdt_desktop.logging_setup import get_logger, setup_logging, shutdown_logging
from mdt_desktop.refusal import Refusal
from mdt_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from mdt_desktop.domain.roles import Permissions
    from mdt_desktop.gui.shell.auto_lock import AutoLock
    from mdt_desktop.gui.shell.main_window import MainWindow
    from mdt_desktop.gui.shell.server_dialog import ServerDialog
    from mdt_desktop.services.profiles import Profile
    from mdt_desktop.storage.database import Database
    from mdt_desktop.storage.keyring_store import KeyStore

APP_NAME = "mdt-desktop"
ORGANISATION = "mdt-desktop"
DEMO_FILE_NAME = "ตัวอย่าง-ทีมสหวิชาชีพ.mdt"
EXIT_OPEN_FAILED = 2

_log = get_logger("app")


def demo_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "demo" / DEMO_FILE_NAME


def is_demo_path(path: Path) -> bool:
    """The demo is recognised by where it lives, because ``demo.is_demo`` needs it open first."""
    try:
        return Path(path).resolve() == demo_path().resolve()
    except OSError:
        return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="mdt-desktop: minutes of multidisciplinary teams"
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--open", type=Path, metavar="PATH", help="open this database")
    source.add_argument("--demo", action="store_true", help="open the demo database (built on first use)")
    # A file opened from the file manager arrives as a bare path (the .desktop file's "%f").
    # A database on a server is given the same way, as its URL (postgresql://user@host/database).
    parser.add_argument(
        "path",
        nargs="?",
        metavar="DATABASE",
        help="open this database file (as --open), or the database on a server at this postgresql:// URL",
    )
    parser.add_argument("--key-stdin", action="store_true", help="with --open: read the hex key from stdin")
    parser.add_argument(
        "--quit-when-shown", action="store_true", help="exit 0 once the meeting list is shown"
    )
    parser.add_argument(
        "--quit-when-unlock-shown",
        action="store_true",
        help="with --open: exit 0 once the unlock window is shown (for the benchmark)",
    )
    parser.add_argument(
        "--timings",
        action="store_true",
        help="print on stderr how long the meeting list took after the unlock window (for the benchmark)",
    )
    parser.add_argument("--language", choices=LANGUAGES, help="language for this run (th or en)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    args.server = None
    if args.path is not None:
        if args.open is not None or args.demo:
            parser.error("give the database once: as DATABASE or with --open")
        if is_server_url(args.path):
            args.server = args.path
        else:
            args.open = Path(args.path)
    if args.server is not None and (args.key_stdin or args.quit_when_unlock_shown):
        parser.error("--key-stdin and --quit-when-unlock-shown are for a database file")
    if args.key_stdin and args.open is None:
        parser.error("--key-stdin needs --open PATH")
    if args.quit_when_unlock_shown and (args.open is None or args.key_stdin):
        parser.error("--quit-when-unlock-shown needs --open PATH without --key-stdin")
    return args


def warm_up() -> None:
    """Import the main window and the page it shows first, with the services they use: queued on the worker
    behind the unlock dialog's first look (which imports the storage layer), so it loads while the passphrase is
    typed and the main window does not wait for it on the GUI thread."""
    from mdt_desktop.gui.shell import main_window

    importlib.import_module(main_window.PAGES[0].module)


class _KeyFromStdin:
    """Stands in for the system keyring with ``--key-stdin``: it remembers the one key and notes when it was asked
    for it, which is when a keyring would have answered."""

    def __init__(self, key: bytes) -> None:
        self.key = key
        self.recalled_at: float | None = None

    def available(self) -> bool:
        return True

    def recall(self, database_id: str) -> bytes | None:
        self.recalled_at = time.perf_counter()
        return self.key

    def remember(self, database_id: str, key: bytes) -> None:
        """Nothing to keep: the key came from stdin."""

    def forget(self, database_id: str) -> None:
        """Nothing to forget: the system keyring is never touched."""


class _PageCheck(QObject):
    """Every page of the open file checked against its authentication code (``storage.integrity``), on a thread
    of its own beside the first screen: about a second per half gigabyte, which neither the unlock nor the
    worker's first loads wait for. ``damaged`` is emitted (queued to the GUI thread) when a page fails."""

    damaged = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Before the database closes: the check holds a connection of it."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        from mdt_desktop.storage import integrity

        try:
            whole = integrity.pages_authentic(self.database)
        except StorageError as error:
            # Told where it matters, by the screen that meets it; the check itself is only a look ahead.
            _log.warning("page check not finished: %s", error.problem.value)
            return
        if not whole:
            _log.warning("page check: the open database has damaged pages")
            self.damaged.emit()


class _Progress(QObject):
    """Carries progress reports from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, str)


class Application(QObject):
    """Which window is up, and the one open database behind it."""

    def __init__(
        self,
        args: argparse.Namespace,
        preferences: Preferences,
        tasks: TaskRunner,
        keystore: KeyStore | None = None,
        language: str = "th",
    ) -> None:
        super().__init__()
        self.args = args
        self.preferences = preferences
        self.tasks = tasks
        self.keystore = keystore  # None: the system keyring, reached on the worker
        self.language = language
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.auto_lock: AutoLock | None = None  # while a database is open
        self._page_check: _PageCheck | None = None  # while a database is open
        self._dialogs: list[QObject] = []  # keeps non-modal dialogs alive while they are shown
        self._unlock_shown_at: float | None = None  # perf_counter when the first unlock window was shown
        self._stdin_key: _KeyFromStdin | None = None

    # --- starting ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.args.server is not None:
            self.ask_server(self.args.server, open_now=True)
        elif self.args.open is not None:
            if self.args.key_stdin:
                self._open_with_stdin_key(Path(self.args.open))
            else:
                self.ask_unlock(Path(self.args.open))
        elif self.args.demo:
            self.open_demo()
        else:
            recent = self.preferences.most_recent_database()
            if isinstance(recent, str):
                self.ask_server(recent)
            elif recent is not None:
                self.ask_unlock(recent)
            else:
                self.run_first_run()

    def _open_with_stdin_key(self, path: Path) -> None:
        """The benchmark's remembered key: the same unlock window and road, the key from stdin for the keyring."""
        try:
            key = bytes.fromhex(sys.stdin.readline().strip())
        except ValueError:
            print("mdt-desktop: --key-stdin expects the key in hex on one line", file=sys.stderr)
            QTimer.singleShot(0, lambda: QApplication.exit(EXIT_OPEN_FAILED))
            return

        def refused() -> None:
            print(f"mdt-desktop: the key from stdin does not open {path.name}", file=sys.stderr)
            QApplication.exit(EXIT_OPEN_FAILED)

        self._stdin_key = _KeyFromStdin(key)
        self.ask_unlock(path, keystore=self._stdin_key, on_asking=refused)

    def ask_unlock(
        self,
        path: Path,
        *,
        keystore: RememberedKeys | None = None,
        on_asking: Callable[[], None] | None = None,
    ) -> None:
        dialog = self._unlock_dialog(path, keystore)
        if on_asking is not None:
            dialog.asking.connect(on_asking)
        if self.args.quit_when_unlock_shown:
            self.args.quit_when_unlock_shown = False  # only the first window counts
            dialog.show()  # as start() shows it, without the look for a key: the worker stays idle until the exit
            QTimer.singleShot(0, self._unlock_shown)
            return
        if self._unlock_shown_at is None:
            self._unlock_shown_at = time.perf_counter()
        dialog.start()
        self.tasks.run(warm_up)

    def _unlock_dialog(self, path: Path, keystore: RememberedKeys | None = None) -> UnlockDialog:
        dialog = UnlockDialog(
            path,
            self.tasks,
            self.preferences,
            keystore=keystore or self.keystore,
            demo_hint=is_demo_path(path),
            language=self.language,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self.choose_profile)
        dialog.rejected.connect(self._quit_if_nothing_open)
        dialog.server_requested.connect(lambda: self.ask_server(on_cancel=lambda: self.ask_unlock(path)))
        self._keep(dialog)
        return dialog

    def ask_server(
        self, url: str | None = None, *, open_now: bool = False, on_cancel: Callable[[], None] | None = None
    ) -> ServerDialog:
        """The server dialog, filled from ``url`` (a recent server, or the command line's) when given; with
        ``open_now`` it opens at once (a password in the URL is used and never kept)."""
        from mdt_desktop.gui.shell.server_address import address_from_url
        from mdt_desktop.gui.shell.server_dialog import ServerDialog  # only when a server is used

        found = address_from_url(url) if url else None
        address, password = found if found is not None else (None, "")
        dialog = ServerDialog(self.tasks, address=address, password=password, language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(self.choose_profile)
        dialog.rejected.connect(on_cancel or self._quit_if_nothing_open)
        self._keep(dialog)
        dialog.start(open_now=open_now and address is not None)
        self.tasks.run(warm_up)
        return dialog

    def _unlock_shown(self) -> None:
        print(UNLOCK_SHOWN_MARK, flush=True)
        QApplication.exit(0)

    def run_first_run(self, *, with_language: bool = True) -> None:
        from mdt_desktop.gui.shell.first_run import (
            FirstRunWizard,  # only on a first run: keeps it out of start-up
        )

        wizard = FirstRunWizard(
            self.tasks, self.preferences, keystore=self.keystore, with_language=with_language
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(self.choose_profile)
        wizard.open_existing.connect(self.ask_unlock)
        wizard.open_server.connect(
            lambda: self.ask_server(on_cancel=lambda: self.run_first_run(with_language=False))
        )
        wizard.language_chosen.connect(self._set_language)
        wizard.rejected.connect(self._quit_if_nothing_open)
        self._keep(wizard)
        wizard.show()

    def open_demo(self) -> None:
        path = demo_path()
        if path.is_file():
            self.ask_unlock(path)
            return
        from mdt_desktop.demo import DEMO_PASSPHRASE, build_demo

        progress_dialog = QProgressDialog(self.tr("กำลังสร้างฐานข้อมูลตัวอย่าง..."), "", 0, 100)
        progress_dialog.setWindowTitle(self.tr("ฐานข้อมูลตัวอย่าง"))
        progress_dialog.setCancelButton(None)
        progress_dialog.setMinimumDuration(0)
        progress_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress = _Progress(progress_dialog)
        progress.changed.connect(lambda percent, _step: progress_dialog.setValue(percent))
        progress_dialog.show()
        self._keep(progress_dialog)

        def build() -> Database:
            from mdt_desktop.storage.database import Database  # on the worker, like every storage import here

            database, _recovery_code = Database.create(path, DEMO_PASSPHRASE)
            try:
                build_demo(database, scale="small", progress=progress.changed.emit)
            except BaseException:
                database.close()
                raise
            return database

        def built(database: Database) -> None:
            progress_dialog.close()
            self.choose_profile(database)

        def failed(error: StorageError | Refusal) -> None:
            progress_dialog.close()
            QMessageBox.warning(None, self.tr("ฐานข้อมูลตัวอย่าง"), error.message(self.language))
            self._quit_if_nothing_open()

        self.tasks.run(build, built, failed)

    # --- one open database ------------------------------------------------------------------------------------

    def choose_profile(self, database: Database) -> None:
        """Who is working, before anything of the database is shown (``gui.shell.profile_choice``)."""
        from mdt_desktop.gui.shell.profile_choice import ProfileDialog  # the storage layer is loaded by now

        dialog = ProfileDialog(database, self.tasks, self.preferences, language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda profile: self._unlock_fields(database, profile))
        dialog.rejected.connect(lambda: self._close_unshown(database))
        self._keep(dialog)
        dialog.start()

    def _unlock_fields(self, database: Database, profile: Profile) -> None:
        """Asked once the person is known (their own passphrase may be the one that opens the key)."""
        from mdt_desktop.gui.shell.fields_unlock import FieldsUnlockDialog, fields_locked

        if not fields_locked(database):
            self._read_roles(database, profile)
            return
        dialog = FieldsUnlockDialog(database, self.tasks, language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._read_roles(database, profile))
        self._keep(dialog)
        dialog.start()

    def _read_roles(self, database: Database, profile: Profile) -> None:
        """What the person's roles allow decides what the window offers, so it is read before the window shows."""
        from mdt_desktop.services.roles import permissions_of

        def failed(error: StorageError | Refusal) -> None:
            QMessageBox.warning(None, APP_NAME, error.message(self.language))
            self._close_unshown(database)

        self.tasks.run(
            lambda: permissions_of(database, profile.id),
            lambda permissions: self.show_database(database, profile, permissions),
            failed,
        )

    def _close_unshown(self, database: Database) -> None:
        """Cancelled at the choice of profile: the database closes again and nothing of it was shown."""
        self.tasks.run_and_wait(database.close)
        self._quit_if_nothing_open()

    def show_database(self, database: Database, profile: Profile, permissions: Permissions) -> None:
        from mdt_desktop.gui.shell.main_window import MainWindow  # warm_up() has usually imported it by now

        self.database = database
        if database.on_server:
            self.preferences.add_recent_server(server_text(database))
        else:
            self.preferences.add_recent_database(database.path)
        context = AppContext(
            database=database,
            tasks=self.tasks,
            signals=AppSignals(),
            language=self.language,
            user_name=profile.name,
            profile_id=profile.id,
            permissions=permissions,
        )
        context.signals.language_changed.connect(self._set_language)
        window = MainWindow(context, self.preferences)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.lock_requested.connect(self.lock)
        window.open_requested.connect(self.open_other)
        window.open_server_requested.connect(self.open_server_other)
        window.new_requested.connect(self.create_other)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        _log.info("database opened; main window shown")
        from mdt_desktop.gui.shell.auto_lock import AutoLock  # with the main window: after the unlock window

        self.auto_lock = AutoLock(context, keystore=self._stdin_key or self.keystore, parent=self)
        self.auto_lock.start()
        if not database.on_server:  # the server checks its own pages (and has no SQLCipher codes to check)
            self._page_check = _PageCheck(database, self)
            self._page_check.damaged.connect(lambda: self._found_damaged(database))
            self._page_check.start()
        self.tasks.run(lambda: _scheduled_backup(database, at_close=False))
        if self.args.quit_when_shown:
            self._quit_when_meetings_shown(window)

    def _quit_when_meetings_shown(self, window: MainWindow) -> None:
        self.args.quit_when_shown = False  # only the first window counts
        page = window.page("meetings")
        page.meetings_loaded.connect(lambda *_: self._meetings_shown())  # type: ignore[attr-defined]
        # With no team yet there is no meeting list to wait for: the empty page is what is shown.
        page.bodies_loaded.connect(  # type: ignore[attr-defined]
            lambda *_: None if self.tasks.busy else self._meetings_shown()
        )

    def _meetings_shown(self) -> None:
        if self.args.timings and self._unlock_shown_at is not None:
            self.args.timings = False  # the list is loaded page by page: the first one counts
            now = time.perf_counter()
            timings = {"unlock-window-to-list": now - self._unlock_shown_at}
            if self._stdin_key is not None and self._stdin_key.recalled_at is not None:
                timings["key-to-list"] = now - self._stdin_key.recalled_at
            for name, seconds in timings.items():
                print(f"{TIMING_MARK} {name} {seconds * 1000:.1f}", file=sys.stderr)
        QApplication.exit(0)

    def _switch(self) -> Path | str | None:
        """Close the window and the database without quitting; returns the database's path, or the URL of one on
        a server (without its password)."""
        database = self.database
        path: Path | str | None = None
        if database is not None:
            path = server_text(database) if database.on_server else database.path
        if self.auto_lock is not None:
            self.auto_lock.stop()  # a locked window refuses every close, the program's own included
        if self.window is not None:
            self.window.closing_for_switch = True
            self.window.close()
        self.close_database()
        return path

    def _confirm_leaving(self, leave: Callable[[], None]) -> bool:
        """Typed text the database has not taken yet is never dropped without asking (see MainWindow)."""
        return self.window is None or self.window.confirm_leaving(leave)

    def lock(self) -> None:
        if not self._confirm_leaving(self.lock):
            return
        path = self._switch()
        if isinstance(path, str):
            self.ask_server(path)
        elif path is not None:
            self.ask_unlock(path)

    def open_other(self, path: Path) -> None:
        if not self._confirm_leaving(lambda: self.open_other(path)):
            return
        self._switch()
        self.ask_unlock(path)

    def open_server_other(self) -> None:
        if not self._confirm_leaving(self.open_server_other):
            return
        self._switch()
        self.ask_server()

    def create_other(self) -> None:
        if not self._confirm_leaving(self.create_other):
            return
        self._switch()
        self.run_first_run(with_language=False)

    def _found_damaged(self, database: Database) -> None:
        """A page of the open file failed its check: say so, close it (asking first about typed text the file
        has not taken) and offer the ways back in the unlock window."""
        if self.database is not database:
            return  # already closed
        if self.auto_lock is not None and self.auto_lock.locked:
            self.auto_lock.locked_changed.connect(lambda _locked: self._found_damaged(database))
            return  # told once somebody is back at the keyboard
        QMessageBox.warning(
            self.window,
            self.tr("ไฟล์ข้อมูลเสียหาย"),
            self.tr(
                "ไฟล์ {name} เสียหาย ข้อมูลบางส่วนอ่านไม่ได้ โปรแกรมจะปิดไฟล์นี้ "
                "แล้วให้เลือกกู้คืนจากสำเนาสำรอง หรือกู้ข้อมูลที่ยังอ่านได้ไปยังไฟล์ใหม่"
            ).format(name=database.path.name),
        )
        if not self._confirm_leaving(lambda: self._found_damaged(database)):
            return
        path = self._switch()
        if not isinstance(path, Path):
            return
        dialog = self._unlock_dialog(path)
        dialog.start_damaged()

    def close_database(self) -> None:
        if self._page_check is not None:
            self._page_check.wait()
            self._page_check.deleteLater()
            self._page_check = None
        if self.auto_lock is not None:
            self.auto_lock.stop()
            self.auto_lock.deleteLater()
            self.auto_lock = None
        database, self.database = self.database, None
        if database is None:
            return

        def close() -> None:
            try:
                _scheduled_backup(database, at_close=True)
                database.checkpoint()
            finally:
                database.close()

        try:
            # Waits for the edits still queued on the worker, so none is lost on lock or exit.
            self.tasks.run_and_wait(close)
        except StorageError as error:
            _log.warning("closing the database: %s", error.problem.value)
        _log.info("database closed")

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        if window is not None and not window.closing_for_switch:
            self.close_database()
            QApplication.quit()

    def _quit_if_nothing_open(self) -> None:
        if self.window is None and self.database is None:
            QApplication.quit()

    def _set_language(self, language: str) -> None:
        self.language = language
        i18n.install_translator(language, stretched=_stretched(self.preferences))
        if self.window is not None:
            self.window.context.language = language

    def _keep(self, dialog: QObject) -> None:
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)


def server_text(database: Database) -> str:
    """A server database's URL as the recent list keeps it and the server dialog is filled from: no password."""
    from mdt_desktop.gui.shell.server_address import address_of

    return address_of(database).recent_text()


def _scheduled_backup(database: Database, *, at_close: bool) -> None:
    """The backup the office's schedule asks for (first open of the day, close), on the worker. One that cannot be
    made (the USB drive unplugged, a full disk) is logged and never stops the program from opening or closing."""
    from mdt_desktop.services.backups import scheduled_backup

    try:
        scheduled_backup(database, at_close=at_close)
    except (StorageError, Refusal) as error:
        _log.warning("scheduled backup not made: %s", getattr(error, "problem", "refused"))


def _stretched(preferences: Preferences) -> bool:
    return i18n.stretch_requested() or bool(preferences.get(Pref.STRETCH_STRINGS))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mdt-desktop")
    app.setQuitOnLastWindowClosed(False)  # locking closes the window; quitting is decided by Application
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)

    log_path = setup_logging()
    crash = CrashHandler(log_path)
    crash.install()
    _log.info("mdt-desktop %s starting", __version__)

    preferences = Preferences()
    # Before the first window, so every window opens at the zoom chosen last time.
    fonts.apply_application_font(app, zoom_percent=preferences.get(Pref.ZOOM_PERCENT))
    language = args.language or preferences.language
    i18n.install_translator(language, stretched=_stretched(preferences))

    tasks = TaskRunner()
    application = Application(args, preferences, tasks, language=language)
    application.start()
    code = app.exec()
    if crash.crashed:
        code = 1
    application.close_database()
    tasks.shutdown()
    _log.info("mdt-desktop exiting with code %d", code)
    crash.uninstall()
    shutdown_logging()
    return code


if __name__ == "__main__":
    sys.exit(main())
