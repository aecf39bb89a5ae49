"""The centre takes in district packages: the files chosen, imported one after another on the worker with a
progress dialog (file n of m), then a summary of what each file changed, or why it was refused.

A refused file (not a package, changed, unsigned, signed by a certificate the centre does not trust, addressed to
another centre) is named in the summary with the refusal's own message; the files after it are still imported.
A file imported before says so and changes nothing (``services.exchange.import_package_file``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name, report_failure
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import exchange
from mdt_desktop.services.exchange import ImportSummary, RecordKind


@dataclass(frozen=True)
class FileOutcome:
    """One file's result: what it changed, or the refusal's message (in the person's language)."""

    path: Path
    summary: ImportSummary | None = None
    refused: str = ""


class ImportProgress(QObject):
    """Emitted from the worker; Qt queues it to the GUI thread."""

    step = Signal(int, int, str)  # the file's number (from 1), how many, its name


def import_files(
    context: AppContext, paths: Sequence[Path], progress: ImportProgress, stop: threading.Event
) -> list[FileOutcome]:
    """Import each file in turn on the worker: one refused never stops the others; a stop ends between files."""
    database, actor, language = context.database, actor_name(context), context.language
    outcomes = []
    for number, path in enumerate(paths, start=1):
        if stop.is_set():
            break
        progress.step.emit(number, len(paths), path.name)
        try:
            outcomes.append(FileOutcome(path, exchange.import_package_file(database, path, actor=actor)))
        except Refusal as refused:
            outcomes.append(FileOutcome(path, refused=refused.message(language)))
    return outcomes


class PackageImport(QObject):
    """One import: asks for the files, runs them with a progress dialog, shows the summary. ``finished`` carries
    the outcomes once the summary is shown (the page reloads on it)."""

    finished = Signal(object)  # list[FileOutcome]

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.file_dialog: QFileDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._progress = ImportProgress(self)
        self._progress.step.connect(self._show_step)
        self._stop = threading.Event()

    def choose_files(self, folder: str = "") -> QFileDialog:
        # Qt's own dialog: it speaks the program's language, a native one may not.
        dialog = QFileDialog(self.parent_widget, self.tr("เลือกแพ็กเกจรายงานจากอำเภอ"), folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("แพ็กเกจรายงาน (*.mdtx)"), self.tr("ทุกไฟล์ (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.filesSelected.connect(lambda names: self.run([Path(name) for name in names]))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def run(self, paths: Sequence[Path]) -> None:
        if not paths:
            return
        self._stop.clear()
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("นำเข้าแพ็กเกจ"))
        dialog.setLabelText(self.tr("กำลังเริ่ม…"))
        dialog.setCancelButtonText(self.tr("หยุดหลังไฟล์นี้"))
        dialog.setRange(0, len(paths))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._stop.set)
        self.progress_dialog = dialog
        dialog.open()
        context, progress, stop, chosen = self.context, self._progress, self._stop, list(paths)
        self.context.tasks.run(
            lambda: import_files(context, chosen, progress, stop), self._done, self._failed
        )

    def _show_step(self, number: int, total: int, name: str) -> None:
        # setValue runs the event loop, where the last file's end may close the dialog: keep it in hand.
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setValue(number - 1)
            dialog.setLabelText(
                self.tr("กำลังนำเข้าไฟล์ {number} จาก {total}: {name}").format(
                    number=number, total=total, name=name
                )
            )

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog = None

    def _done(self, outcomes: list[FileOutcome]) -> None:
        self._close_progress()
        self.summary_dialog = ImportSummaryDialog(outcomes, self.parent_widget)
        self.summary_dialog.open()
        self.finished.emit(outcomes)

    def _failed(self, error: UserFacingError) -> None:
        self._close_progress()
        report_failure(self.parent_widget, self.context, error)
        self.finished.emit([])


class ImportSummaryDialog(QDialog):
    """Per file: the district, the period, the records added, updated, removed and kept; or why it was refused."""

    def __init__(self, outcomes: Sequence[FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes = list(outcomes)
        self.setWindowTitle(self.tr("ผลการนำเข้าแพ็กเกจ"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        imported = sum(1 for outcome in outcomes if outcome.summary is not None)
        refused = len(outcomes) - imported
        self.headline = QLabel(
            self.tr("นำเข้า {imported} ไฟล์ ปฏิเสธ {refused} ไฟล์").format(imported=imported, refused=refused),
            self,
        )
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.report.setHtml("".join(self._file_html(outcome) for outcome in outcomes))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The summary as the person reads it."""
        return self.headline.text() + "\n" + self.report.toPlainText()

    def _kind_names(self) -> dict[str, str]:
        return {
            RecordKind.BODY: self.tr("คณะ/ทีม"),
            RecordKind.MEETING: self.tr("การประชุม"),
            RecordKind.ACTION: self.tr("งาน"),
            RecordKind.CASE: self.tr("กรณี"),
            RecordKind.REFERRAL: self.tr("การส่งต่อ"),
            RecordKind.SAFETY_SERVICE: self.tr("บริการตามแผนความปลอดภัย"),
        }

    def _counts(self, counts: dict[str, int]) -> str:
        names = self._kind_names()
        shown = [
            f"{names.get(kind, kind)} {count:,}" for kind in RecordKind if (count := counts.get(kind, 0))
        ]
        return ", ".join(shown) if shown else "-"

    def _file_html(self, outcome: FileOutcome) -> str:
        name = f"<p><b>{escape(outcome.path.name)}</b><br/>"
        summary = outcome.summary
        if summary is None:
            refused = escape(outcome.refused).replace("\n", "<br/>")
            return name + f'<span style="color:#b71c1c">{self.tr("ปฏิเสธ")}: {refused}</span></p>'
        lines = [
            self.tr("อำเภอ: {district}").format(district=escape(summary.district)),
            self.tr("ช่วงเวลา: {start} ถึง {end}").format(
                start=screen_date(summary.period_from), end=screen_date(summary.period_to)
            ),
        ]
        if summary.already:
            lines.append(self.tr("นำเข้าแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลง"))
        else:
            lines += [
                self.tr("เพิ่ม: {counts}").format(counts=self._counts(summary.added)),
                self.tr("ปรับปรุง: {counts}").format(counts=self._counts(summary.updated)),
                self.tr("ลบ: {counts}").format(counts=self._counts(summary.removed)),
            ]
            if summary.kept_newer:
                lines.append(
                    self.tr("คงไว้ เพราะมีข้อมูลจากแพ็กเกจที่ใหม่กว่าแล้ว: {counts}").format(
                        counts=self._counts(summary.kept_newer)
                    )
                )
            if not summary.changed and not summary.kept_newer:
                lines.append(self.tr("ไม่มีการเปลี่ยนแปลง"))
        return name + "<br/>".join(lines) + "</p>"
