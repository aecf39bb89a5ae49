"""The GUI's front door: flags, QApplication, fonts, translator, logging, crash path, and which window comes first.

``main(argv)`` decides what to show: ``--open PATH`` (the unlock dialog, or ``--key-stdin`` for the benchmark),
``--demo`` (the demo database in the user data folder, built the first time), otherwise the most recent database or
the first-run wizard. ``Application`` then owns the life of one open database at a time: the main window, locking,
opening another, and closing cleanly (worker stopped, WAL checkpointed, engine disposed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QStyleFactory

from mdt_desktop import __version__
from mdt_desktop.gui import fonts, i18n
from mdt_desktop.gui.context import AppContext, AppSignals
from mdt_desktop.gui.crash import CrashHandler
from mdt_desktop.gui.main_window import MainWindow
from mdt_desktop.gui.preferences import LANGUAGES, Pref, Preferences
from mdt_desktop.gui.tasks import TaskRunner
from mdt_desktop.gui.unlock import UnlockDialog
from mdt_desktop.logging_setup import get_logger, setup_logging, shutdown_logging
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError
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
    parser.add_argument("--key-stdin", action="store_true", help="with --open: read the hex key from stdin")
    parser.add_argument(
        "--quit-when-shown", action="store_true", help="exit 0 once the meeting list is shown"
    )
    parser.add_argument("--language", choices=LANGUAGES, help="language for this run (th or en)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    if args.key_stdin and args.open is None:
        parser.error("--key-stdin needs --open PATH")
    return args


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
        self.keystore = keystore or KeyStore()
        self.language = language
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self._dialogs: list[QObject] = []  # keeps non-modal dialogs alive while they are shown

    # --- starting ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.args.open is not None:
            if self.args.key_stdin:
                self._open_with_stdin_key(Path(self.args.open))
            else:
                self.ask_unlock(Path(self.args.open))
        elif self.args.demo:
            self.open_demo()
        else:
            recent = self.preferences.most_recent_database()
            if recent is not None:
                self.ask_unlock(recent)
            else:
                self.run_first_run()

    def _open_with_stdin_key(self, path: Path) -> None:
        try:
            key = bytes.fromhex(sys.stdin.readline().strip())
        except ValueError:
            print("mdt-desktop: --key-stdin expects the key in hex on one line", file=sys.stderr)
            QTimer.singleShot(0, lambda: QApplication.exit(EXIT_OPEN_FAILED))
            return

        def failed(error: StorageError) -> None:
            print(f"mdt-desktop: {error.message('en')}", file=sys.stderr)
            QApplication.exit(EXIT_OPEN_FAILED)

        self.tasks.run(lambda: Database.open_with_key(path, key), self.show_database, failed)

    def ask_unlock(self, path: Path) -> None:
        dialog = UnlockDialog(
            path,
            self.tasks,
            self.preferences,
            keystore=self.keystore,
            demo_hint=is_demo_path(path),
            language=self.language,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self.show_database)
        dialog.rejected.connect(self._quit_if_nothing_open)
        self._keep(dialog)
        dialog.start()

    def run_first_run(self, *, with_language: bool = True) -> None:
        from mdt_desktop.gui.first_run import FirstRunWizard  # only on a first run: keeps it out of start-up

        wizard = FirstRunWizard(
            self.tasks, self.preferences, keystore=self.keystore, with_language=with_language
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(self.show_database)
        wizard.open_existing.connect(self.ask_unlock)
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
            database, _recovery_code = Database.create(path, DEMO_PASSPHRASE)
            try:
                build_demo(database, scale="small", progress=progress.changed.emit)
            except BaseException:
                database.close()
                raise
            return database

        def built(database: Database) -> None:
            progress_dialog.close()
            self.show_database(database)

        def failed(error: StorageError) -> None:
            progress_dialog.close()
            QMessageBox.warning(None, self.tr("ฐานข้อมูลตัวอย่าง"), error.message(self.language))
            self._quit_if_nothing_open()

        self.tasks.run(build, built, failed)

    # --- one open database ------------------------------------------------------------------------------------

    def show_database(self, database: Database) -> None:
        self.database = database
        self.preferences.add_recent_database(database.path)
        context = AppContext(
            database=database,
            tasks=self.tasks,
            signals=AppSignals(),
            language=self.language,
            user_name=str(self.preferences.get(Pref.USER_NAME)),
        )
        context.signals.language_changed.connect(self._set_language)
        window = MainWindow(context, self.preferences)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.lock_requested.connect(self.lock)
        window.open_requested.connect(self.open_other)
        window.new_requested.connect(self.create_other)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        _log.info("database opened; main window shown")
        if self.args.quit_when_shown:
            self._quit_when_meetings_shown(window)

    def _quit_when_meetings_shown(self, window: MainWindow) -> None:
        self.args.quit_when_shown = False  # only the first window counts
        page = window.page("meetings")
        page.meetings_loaded.connect(lambda *_: QApplication.exit(0))  # type: ignore[attr-defined]
        # With no team yet there is no meeting list to wait for: the empty page is what is shown.
        page.bodies_loaded.connect(  # type: ignore[attr-defined]
            lambda *_: None if self.tasks.busy else QApplication.exit(0)
        )

    def _switch(self) -> Path | None:
        """Close the window and the database without quitting; returns the database's path."""
        path = self.database.path if self.database is not None else None
        if self.window is not None:
            self.window.closing_for_switch = True
            self.window.close()
        self.close_database()
        return path

    def lock(self) -> None:
        path = self._switch()
        if path is not None:
            self.ask_unlock(path)

    def open_other(self, path: Path) -> None:
        self._switch()
        self.ask_unlock(path)

    def create_other(self) -> None:
        self._switch()
        self.run_first_run(with_language=False)

    def close_database(self) -> None:
        database, self.database = self.database, None
        if database is None:
            return

        def close() -> None:
            try:
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

    fonts.apply_application_font(app)
    preferences = Preferences()
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
