"""The one crash path: sys.excepthook -> log -> faulthandler file -> a short dialog -> exit.

An exception nobody handled is a bug (environment problems arrive as StorageError and are shown where they happen).
The traceback goes to the log file only; the user sees a plain message and where the log is, never the traceback,
which could quote data from the screen. Every committed edit is already on disk (each edit commits), so exiting is
safe. Hard crashes of the interpreter (segfaults in a C library) are written by faulthandler to its own file in the
log folder. Qt's own warnings go to the log instead of a terminal nobody sees.
"""

from __future__ import annotations

import faulthandler
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from mdt_desktop.logging_setup import get_logger

FAULT_FILE_NAME = "faulthandler.log"
CRASH_EXIT_CODE = 1

_log = get_logger("crash")
_qt_log = get_logger("qt")

ShowDialog = Callable[[Path], None]


def show_crash_dialog(log_path: Path) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("crash", "เกิดข้อผิดพลาดที่ไม่คาดคิด"),
        QCoreApplication.translate(
            "crash",
            "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิดและต้องปิดตัวลง\n"
            "ข้อมูลที่บันทึกไปแล้วยังอยู่ครบในฐานข้อมูล\n\n"
            "รายละเอียดสำหรับผู้ดูแลระบบอยู่ในไฟล์บันทึก:\n{path}",
        ).format(path=log_path),
    )


class CrashHandler:
    """Installs the crash path; ``show_dialog`` is replaceable so tests never open a real dialog."""

    def __init__(self, log_path: Path, show_dialog: ShowDialog = show_crash_dialog) -> None:
        self.log_path = log_path
        self.show_dialog = show_dialog
        self.crashed = False
        self._fault_file: IO[str] | None = None
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        self._fault_file = open(self.log_path.parent / FAULT_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=self._fault_file, all_threads=True)
        sys.excepthook = self.excepthook
        qInstallMessageHandler(_qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(None)
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        # The exception's text may quote data (e.g. an SQL parameter); only its type and the stack are logged.
        stack = "".join(traceback.format_tb(tb))
        _log.critical("unhandled %s.%s\n%s", kind.__module__, kind.__qualname__, stack)
        if self.crashed:
            return  # one dialog is enough when an error repeats while it is open
        self.crashed = True
        if QApplication.instance() is not None:
            self.show_dialog(self.log_path)
            # Leaves every event loop, nested ones too; main() then closes the database and returns the code.
            QCoreApplication.exit(CRASH_EXIT_CODE)
        else:
            print(f"mdt-desktop: unexpected error; details in {self.log_path}", file=sys.stderr)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: 10,
        QtMsgType.QtInfoMsg: 20,
        QtMsgType.QtWarningMsg: 30,
        QtMsgType.QtCriticalMsg: 40,
        QtMsgType.QtFatalMsg: 50,
    }.get(kind, 30)
    _qt_log.log(level, "%s", message)
