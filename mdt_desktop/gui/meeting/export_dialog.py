"""The export dialog of the meeting editor: minutes as Word or PDF, the restricted case annex (ลับ) as Word or
PDF, signed action records per agency.

The person chooses what, in which form (digits, language, classification mark, recipient for the watermark) and
where; a PDF can be previewed page by page first. This is presentation only: every export and preview is a call to
``services.exports`` on the worker (the preview's PDF is made in memory and rendered to pixels there), which
writes each file whole or not at all, audits it with the person at the keyboard as the actor, and refuses a
destination that cannot take it with a message shown here as it is. A file already there is replaced only after
the person said so. Only files written in full are reported as saved.

Once files are saved the dialog offers to log that they were sent (``services.circulation``): the action register
shows from that log whether each agency got its record within 24 hours and the minutes within 10 working days.

Action records are signed. When they are chosen and the office has no signing certificate yet (or the export finds
none), the dialog offers to create the office's certificate or import one there and then (``signing_offer``) and
goes on with the export once it exists. File dialogs are Qt's own, which speak the program's language, and start
in the folder of the last export (a preference).

From a database open read-only the files are written but cannot be audited, and the dialog says so after saving
(``audit.NOT_AUDITED_READ_ONLY``); nothing can be logged as sent either, so that part is not offered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from mdt_desktop.exports.minutes_model import MinutesOptions
from mdt_desktop.exports.preview import PageImage, render_pages
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from mdt_desktop.gui.meeting.signing_offer import SigningOffer
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, circulation, meetings
from mdt_desktop.services import settings as team_settings
from mdt_desktop.services.exports import action_records, annex, minutes, signing
from mdt_desktop.services.exports.action_records import AgencyWithActions
from mdt_desktop.services.exports.destination import FILE_EXISTS
from mdt_desktop.services.identifying import IdentifyingInMinutes
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError
from mdt_desktop.thai.dates import format_time

PREVIEW_DPI = 60
PREVIEW_PAGE_LIMIT = 20  # a preview is for checking the layout; a 40-item meeting still shows its first pages
CLASSIFICATIONS = ("ลับ", "ลับมาก", "ลับที่สุด")
_UNSAFE_IN_FILE_NAMES = str.maketrans({character: "-" for character in '/\\:*?"<>|'})


class ExportKind(Enum):
    MINUTES_DOCX = "docx"
    MINUTES_PDF = "pdf"
    ANNEX_DOCX = "annex_docx"
    ANNEX_PDF = "annex_pdf"
    ACTION_RECORDS = "actions"

    @property
    def suffix(self) -> str:
        """The file's extension (and the writers' format) for one-file kinds."""
        return self.value.removeprefix("annex_")

    @property
    def annex(self) -> bool:
        return self in (ExportKind.ANNEX_DOCX, ExportKind.ANNEX_PDF)


@dataclass(frozen=True)
class AgencyTarget:
    """An agency given actions at the meeting as the dialog lists it, and the file its record is saved under."""

    id: int
    label: str
    file_name: str

    @classmethod
    def of(cls, agency: AgencyWithActions) -> AgencyTarget:
        return cls(agency.id, agency.abbreviation or agency.name, agency.file_name)


@dataclass(frozen=True)
class SendTarget:
    """One line of the circulation log the person may write: an agency (or a named recipient) and the file."""

    agency_id: int | None
    recipient: str
    file_name: str


@dataclass
class ExportOutcome:
    """What a job reports back: files written in full, and the service's refusal if it stopped on one."""

    saved: list[Path] = field(default_factory=list)
    refusal: Refusal | None = None
    cancelled: bool = False

    @property
    def file_exists(self) -> bool:
        """Refused only because a file is already there: the person may choose to replace it."""
        return self.refusal is not None and self.refusal.reason == FILE_EXISTS


# --- plain logic, no widgets --------------------------------------------------------------------------------


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux (Thai kept)."""
    return " ".join(text.translate(_UNSAFE_IN_FILE_NAMES).split()).strip(" .") or "-"


def minutes_file_name(meeting_label: str, kind: ExportKind) -> str:
    """The proposed name of a one-file export: the minutes, or their restricted case annex."""
    title = "ข้อมูลกรณี (ลับ)" if kind.annex else "รายงานการประชุม"
    return safe_file_name(f"{title} {meeting_label}") + f".{kind.suffix}"


# --- the dialog -----------------------------------------------------------------------------------------------


class _Progress(QObject):
    """Emitted from the worker; Qt queues it to the dialog on the GUI thread."""

    step = Signal(int, int, str)  # done, total, agency label


class ExportDialog(QDialog):
    """``finished_export`` is emitted when an export has ended (saved, failed or stopped); ``previewed`` when
    the preview shows pages or says why it cannot."""

    finished_export = Signal()
    previewed = Signal()
    marked_sent = Signal()

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences or Preferences()
        self.file_dialog: QFileDialog | None = None
        self.meeting_id = meeting_id
        self.meeting_label = ""
        self.agencies: list[AgencyTarget] = []
        self.busy = False
        self.last_saved: list[Path] = []
        self._send_choices: list[list[SendTarget]] = []
        self._sent_document: circulation.Document = "minutes"
        self._exported_annex = False  # the circulation log knows the minutes and the action records only
        self._preview_generation = 0
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.step.connect(self._show_step)
        self.replace_box: QMessageBox | None = None  # the question shown when a file is already there
        self.reason_box: QInputDialog | None = None  # the reason asked for minutes holding identifying words
        self._identifying_reason: str | None = None  # the reason given for the export under way

        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.digitsCombo.addItem(self.tr("เลขไทย (๑ ๒ ๓)"), "thai")
        ui.digitsCombo.addItem(self.tr("เลขอารบิก (1 2 3)"), "arabic")
        ui.languageCombo.addItem(self.tr("ภาษาไทย"), "th")
        ui.languageCombo.addItem("English", "en")
        ui.classificationCombo.addItem("")
        for mark in CLASSIFICATIONS:
            ui.classificationCombo.addItem(mark)
        line_edit = ui.classificationCombo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("ไม่มี"))
        ui.agencyCombo.addItem(self.tr("ทุกหน่วยงาน"), None)
        ui.progressBar.setVisible(False)
        ui.cancelButton.setVisible(False)
        ui.splitter.setStretchFactor(1, 1)
        ui.actionsRadio.setEnabled(False)  # until the agencies are known
        # The restricted annex carries the cases' records and identity: for whoever keeps cases (role_gating).
        for radio in (ui.annexDocxRadio, ui.annexPdfRadio):
            radio.setEnabled(role_gating.keeps_cases(context.permissions))
        ui.sentGroup.setVisible(False)  # offered once something has been saved
        # Above the preview, which action records do not have: the offer gets the dialog's widest column.
        self.signing_offer = SigningOffer(context, ui.previewPanel)
        ui.previewLayout.insertWidget(0, self.signing_offer)
        self.signing_offer.identity_ready.connect(self._identity_ready)

        for radio in (
            ui.minutesDocxRadio,
            ui.minutesPdfRadio,
            ui.annexDocxRadio,
            ui.annexPdfRadio,
            ui.actionsRadio,
        ):
            radio.toggled.connect(lambda checked: checked and self._kind_changed())
        for combo in (ui.digitsCombo, ui.languageCombo):
            combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        ui.classificationCombo.currentTextChanged.connect(lambda _t: self._options_changed())
        ui.recipientEdit.textChanged.connect(lambda _t: self._options_changed())
        ui.destinationEdit.textChanged.connect(lambda _t: self._update_buttons())
        ui.browseButton.clicked.connect(self.browse)
        ui.previewButton.clicked.connect(self.preview)
        ui.exportButton.clicked.connect(self.export)
        ui.cancelButton.clicked.connect(self._cancel.set)
        ui.closeButton.clicked.connect(self.reject)
        ui.markSentButton.clicked.connect(self.mark_sent)
        self._kind_changed()

        database = self.context.database
        self.context.tasks.run(
            lambda: (
                meetings.get_meeting_summary(database, meeting_id).label,
                action_records.agencies_with_actions(database, meeting_id),
            ),
            self._set_meeting,
            self._storage_failed,
        )

    # --- what the person chose ------------------------------------------------------------------------------

    def kind(self) -> ExportKind:
        if self.ui.minutesPdfRadio.isChecked():
            return ExportKind.MINUTES_PDF
        if self.ui.actionsRadio.isChecked():
            return ExportKind.ACTION_RECORDS
        if self.ui.annexDocxRadio.isChecked():
            return ExportKind.ANNEX_DOCX
        if self.ui.annexPdfRadio.isChecked():
            return ExportKind.ANNEX_PDF
        return ExportKind.MINUTES_DOCX

    def options(self) -> MinutesOptions:
        ui = self.ui
        return MinutesOptions(
            digits=ui.digitsCombo.currentData(),
            language=ui.languageCombo.currentData(),
            classification=ui.classificationCombo.currentText().strip(),
            recipient=ui.recipientEdit.text().strip(),
        )

    def destination(self) -> Path | None:
        text = self.ui.destinationEdit.text().strip()
        return Path(text).expanduser() if text else None

    def set_destination(self, path: Path) -> None:
        self.ui.destinationEdit.setText(str(path))

    def browse(self) -> QFileDialog:
        """Choose where to save in Qt's own file dialog (in the program's language, never the system's), starting
        from the destination typed, else the folder of the last export."""
        current = self.destination()
        last = self.preferences.get(Pref.EXPORT_FOLDER)
        folder = current if current is not None else Path(last) if last else Path.home()
        records = self.kind() is ExportKind.ACTION_RECORDS
        if records:
            dialog = QFileDialog(self, self.tr("เลือกโฟลเดอร์สำหรับบันทึกการมอบหมายงาน"), str(folder))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            suffix = self.kind().suffix
            start = (
                folder if current is not None else folder / minutes_file_name(self.meeting_label, self.kind())
            )
            dialog = QFileDialog(self, self.tr("บันทึกรายงานการประชุม"), str(start))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setNameFilters(
                [self.tr("เอกสาร Word (*.docx)") if suffix == "docx" else self.tr("เอกสาร PDF (*.pdf)")]
            )
            dialog.setDefaultSuffix(suffix)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self._chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, chosen: str) -> None:
        if not chosen:
            return
        suffix = self.kind().suffix
        if self.kind() is not ExportKind.ACTION_RECORDS and not chosen.lower().endswith(f".{suffix}"):
            chosen += f".{suffix}"
        self.set_destination(Path(chosen))

    def _set_meeting(self, answer: tuple[str, list[AgencyWithActions]]) -> None:
        self.meeting_label, agencies = answer
        self.agencies = [AgencyTarget.of(agency) for agency in agencies]
        for agency in self.agencies:
            self.ui.agencyCombo.addItem(agency.label, agency.id)
        if self.agencies:
            self.ui.actionsRadio.setEnabled(True)
        else:
            self.ui.actionsRadio.setToolTip(self.tr("การประชุมนี้ยังไม่มีการมอบหมายงานให้หน่วยงานใด"))
        self.setWindowTitle(self.tr("ส่งออกเอกสารการประชุมครั้งที่ {label}").format(label=self.meeting_label))

    def _check_signing(self) -> None:
        """Ask before exporting whether the office can sign: without a certificate, offer to make or import one."""
        database = self.context.database
        self.context.tasks.run(
            lambda: (
                signing.current_identity(database) is not None,
                team_settings.proposed_office_name(database),
            ),
            self._signing_checked,
            self._storage_failed,
        )

    def _signing_checked(self, answer: tuple[bool, str]) -> None:
        can_sign, office_name = answer
        if can_sign or self.kind() is not ExportKind.ACTION_RECORDS:
            self.signing_offer.hide()
        else:
            self.signing_offer.offer(office_name)

    def _identity_ready(self) -> None:
        """The office can sign now: the export the person was making goes on."""
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(self.tr("มีใบรับรองสำหรับลงนามแล้ว"))
        if self.kind() is ExportKind.ACTION_RECORDS and self.destination() is not None:
            self.export()

    def _kind_changed(self) -> None:
        kind = self.kind()
        ui = self.ui
        records = kind is ExportKind.ACTION_RECORDS
        ui.agencyCombo.setEnabled(records)
        if records:
            self._check_signing()
        else:
            self.signing_offer.hide()
        # Action records take the minutes' digits and classification mark; they are in Thai and name their agency.
        for widget in (ui.languageCombo, ui.recipientEdit):
            widget.setEnabled(not records)
        current = self.destination()
        if current is not None:
            # Keep the folder the person chose; change only what the new kind needs there.
            if records and current.suffix.lower() in (".docx", ".pdf"):
                self.set_destination(current.parent)
            elif not records and current.suffix.lower() not in (".docx", ".pdf"):
                self.set_destination(current / minutes_file_name(self.meeting_label, kind))
            elif not records and current.name in self._proposed_names():
                # The name the dialog proposed for another document: a minutes file must not be named as the
                # restricted annex or the other way round.
                self.set_destination(current.parent / minutes_file_name(self.meeting_label, kind))
            elif not records:
                self.set_destination(current.with_suffix(f".{kind.suffix}"))
        self._options_changed()

    def _proposed_names(self) -> set[str]:
        return {
            minutes_file_name(self.meeting_label, kind)
            for kind in ExportKind
            if kind is not ExportKind.ACTION_RECORDS
        }

    def _options_changed(self) -> None:
        self._preview_generation += 1  # an answer still on its way is for other options
        self._clear_preview(
            self.tr("กด “แสดงตัวอย่าง” เพื่อดูหน้า PDF ก่อนบันทึก")
            if self.kind() is ExportKind.MINUTES_PDF
            else self.tr("ตัวอย่างหน้าแสดงได้เฉพาะรายงานการประชุมแบบ PDF")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.exportButton.setEnabled(not self.busy and self.destination() is not None)
        ui.previewButton.setEnabled(not self.busy and self.kind() is ExportKind.MINUTES_PDF)
        for widget in (ui.whatGroup, ui.optionsGroup, ui.destinationGroup, ui.sentGroup, ui.closeButton):
            widget.setEnabled(not self.busy)

    # --- preview ---------------------------------------------------------------------------------------------

    def preview(self) -> None:
        if self.kind() is not ExportKind.MINUTES_PDF or self.busy:
            return
        self._preview_generation += 1
        generation, database, meeting_id, options = (
            self._preview_generation,
            self.context.database,
            self.meeting_id,
            self.options(),
        )
        self._clear_preview(self.tr("กำลังจัดหน้า…"))

        language = self.context.language

        def job() -> tuple[int, list[PageImage] | str]:
            try:
                pdf = minutes.minutes_pdf(database, meeting_id, options)
            except Refusal as refusal:
                return generation, refusal.message(language)
            return generation, render_pages(pdf, PREVIEW_DPI, last=PREVIEW_PAGE_LIMIT)

        self.context.tasks.run(job, self._show_preview, self._storage_failed)

    def preview_page_count(self) -> int:
        return len(self.ui.previewPages.findChildren(QLabel, "previewPage"))

    def _show_preview(self, answer: tuple[int, list[PageImage] | str]) -> None:
        generation, pages = answer
        if generation != self._preview_generation:
            return
        if isinstance(pages, str):
            self._clear_preview(pages)
            self.previewed.emit()
            return
        self._clear_preview("")
        self.ui.previewHint.setVisible(False)
        layout = self.ui.pagesLayout
        for page in pages:
            image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
            label = QLabel(self.ui.previewPages)
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(image.copy()))  # copy: the pixels' bytes go away with ``page``
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("border: 1px solid #9e9e9e; background: white;")
            label.setToolTip(self.tr("หน้า {number}").format(number=page.number))
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.previewed.emit()

    def _clear_preview(self, hint: str) -> None:
        layout = self.ui.pagesLayout
        while layout.count() > 1:
            item = layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.ui.previewHint.setText(hint)
        self.ui.previewHint.setVisible(bool(hint))

    # --- export ----------------------------------------------------------------------------------------------

    def export(self, *, force: bool = False, identifying_reason: str | None = None) -> None:
        """Export what is chosen; ``force`` once the person agreed to replace a file already there;
        ``identifying_reason`` once they confirmed minutes that hold identifying words (kept for the replace)."""
        destination = self.destination()
        if destination is None or self.busy:
            return
        if identifying_reason is not None or not force:
            self._identifying_reason = identifying_reason
        reason = self._identifying_reason
        kind, options = self.kind(), self.options()
        database, meeting_id, actor = self.context.database, self.meeting_id, actor_name(self.context)
        self._cancel.clear()
        self.last_saved = []
        self.ui.sentGroup.setVisible(False)
        self._sent_document = "action_record" if kind is ExportKind.ACTION_RECORDS else "minutes"
        self._exported_annex = kind.annex
        self._set_busy(True)
        ui = self.ui
        ui.progressBar.setVisible(True)
        if kind is ExportKind.ACTION_RECORDS:
            chosen = ui.agencyCombo.currentData()
            targets = [agency for agency in self.agencies if chosen is None or agency.id == chosen]
            ui.progressBar.setRange(0, len(targets))
            ui.progressBar.setValue(0)
            ui.cancelButton.setVisible(len(targets) > 1)
            ui.statusLabel.setText(self.tr("กำลังส่งออกบันทึกการมอบหมายงาน…"))
            job = self._records_job(database, meeting_id, destination, chosen, actor, force, options)
        else:
            ui.progressBar.setRange(0, 0)  # one document: busy, without steps
            ui.statusLabel.setText(
                self.tr("กำลังส่งออกข้อมูลกรณี (ลับ)…") if kind.annex else self.tr("กำลังส่งออกรายงานการประชุม…")
            )
            fmt: minutes.ExportFormat = "pdf" if kind.suffix == "pdf" else "docx"
            write = annex.export_annex if kind.annex else minutes.export_minutes
            confirmed = {} if kind.annex else {"identifying_reason": reason}

            def job() -> ExportOutcome:
                try:
                    path = write(
                        database, meeting_id, fmt, destination, options, actor=actor, force=force, **confirmed
                    )
                except Refusal as refusal:
                    return ExportOutcome(refusal=refusal)
                return ExportOutcome(saved=[path])

        self.context.tasks.run(job, self._export_done, self._export_failed)

    def _records_job(
        self,
        database: Database,
        meeting_id: int,
        folder: Path,
        agency_id: int | None,
        actor: str,
        force: bool,
        options: MinutesOptions,
    ) -> Callable[[], ExportOutcome]:
        cancel, progress = self._cancel, self._progress

        def job() -> ExportOutcome:
            written: list[Path] = []
            try:
                result = action_records.export_action_records(
                    database,
                    meeting_id,
                    None if agency_id is None else [agency_id],
                    folder,
                    actor=actor,
                    force=force,
                    digits=options.digits,
                    classification=options.classification,
                    progress=progress.step.emit,
                    stop=cancel.is_set,
                    on_saved=lambda saved: written.append(saved.path),
                )
            except Refusal as refusal:
                return ExportOutcome(saved=written, refusal=refusal)
            return ExportOutcome(saved=written, cancelled=result.stopped)

        return job

    def _show_step(self, done: int, total: int, agency: str) -> None:
        if not self.busy:
            return
        self.ui.progressBar.setValue(done)
        if agency:
            self.ui.statusLabel.setText(
                self.tr("กำลังส่งออก {done} จาก {total}: {agency}").format(
                    done=done + 1, total=total, agency=agency
                )
            )

    def _export_done(self, outcome: ExportOutcome) -> None:
        self._set_busy(False)
        self.last_saved = list(outcome.saved)
        if outcome.saved:
            self.preferences.set(Pref.EXPORT_FOLDER, str(outcome.saved[0].parent))
        if outcome.refusal is not None and outcome.refusal.reason == signing.NO_IDENTITY:
            self._check_signing()  # the certificate went missing since the dialog asked: offer it again
        lines = []
        if len(outcome.saved) == 1:
            lines.append(self.tr("บันทึกแล้วที่ {path}").format(path=outcome.saved[0]))
        elif outcome.saved:
            lines.append(
                self.tr("บันทึกแล้ว {count} ไฟล์ในโฟลเดอร์ {folder}").format(
                    count=len(outcome.saved), folder=outcome.saved[0].parent
                )
            )
        if outcome.cancelled:
            lines.append(self.tr("หยุดตามที่สั่ง ไฟล์ที่เหลือยังไม่ได้ส่งออก"))
        notice = audit.export_notice(self.context.database)
        if outcome.saved and notice is not None:
            lines.append(notice.text(self.context.language))
        if outcome.refusal is not None:
            lines.append(outcome.refusal.message(self.context.language))
        failed = outcome.refusal is not None
        self.ui.statusLabel.setStyleSheet("color: #c62828;" if failed else "")
        self.ui.statusLabel.setText("\n".join(lines))
        if outcome.saved and not failed:
            self.context.signals.status_message.emit(lines[0])
        self._offer_sending(outcome.saved)
        self.finished_export.emit()
        if outcome.file_exists and outcome.refusal is not None:
            self._ask_to_replace(outcome.refusal)
        if isinstance(outcome.refusal, IdentifyingInMinutes):
            self._ask_identifying_reason(outcome.refusal)

    # --- minutes that still hold identifying words: exported only with a reason, which the audit keeps ------------

    def _ask_identifying_reason(self, refusal: IdentifyingInMinutes) -> None:
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("ยืนยันการส่งออกรายงานที่อาจระบุตัวบุคคล"))
        box.setLabelText(
            refusal.message(self.context.language)
            + "\n\n"
            + self.tr("หากต้องส่งออกตามนี้ โปรดระบุเหตุผล (บันทึกไว้ในประวัติการเข้าถึง)")
        )
        for label in box.findChildren(QLabel):
            label.setWordWrap(True)
        box.setOkButtonText(self.tr("ส่งออกพร้อมเหตุผล"))
        box.setCancelButtonText(self.tr("ไม่ส่งออก"))
        box.textValueSelected.connect(
            lambda reason: self.export(identifying_reason=reason) if reason.strip() else None
        )
        self.reason_box = box
        box.open()

    def _ask_to_replace(self, refusal: Refusal) -> None:
        """A file is already where the person chose: export again over it only if they say so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("แทนที่ไฟล์เดิม"),
            refusal.message(self.context.language),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("แทนที่"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("ไม่แทนที่"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.export(force=True))
        self.replace_box = box
        box.open()

    # --- circulation ---------------------------------------------------------------------------------------

    def _offer_sending(self, saved: list[Path]) -> None:
        """Who the saved files can be logged as sent to: the agencies whose records were saved, or for the
        minutes every agency given actions at the meeting and the named recipient."""
        combo = self.ui.sentToCombo
        combo.clear()
        self._send_choices = []
        if self._exported_annex or not saved or self.context.database.read_only:
            self.ui.sentGroup.setVisible(False)
            return
        if self._sent_document == "action_record":
            by_file = {agency.file_name: agency for agency in self.agencies}
            targets = [
                (by_file[path.name].label, SendTarget(by_file[path.name].id, "", path.name))
                for path in saved
                if path.name in by_file
            ]
            everyone = self.tr("ทุกหน่วยงานที่ส่งออก ({count})")
        else:
            name = saved[0].name if saved else ""
            targets = [(agency.label, SendTarget(agency.id, "", name)) for agency in self.agencies]
            recipient = self.options().recipient
            if saved and recipient:
                targets.insert(0, (recipient, SendTarget(None, recipient, name)))
            everyone = self.tr("ทุกหน่วยงานที่ได้รับมอบหมายงาน ({count})")
        agency_targets = [target for _label, target in targets if target.agency_id is not None]
        if len(agency_targets) > 1:
            combo.addItem(everyone.format(count=len(agency_targets)))
            self._send_choices.append(agency_targets)
        for label, target in targets:
            combo.addItem(label)
            self._send_choices.append([target])
        self.ui.sentGroup.setVisible(bool(self._send_choices))

    def mark_sent(self) -> None:
        """Log that the saved document went to the chosen agency or agencies, now, by the person at the keyboard."""
        index = self.ui.sentToCombo.currentIndex()
        if self.busy or not 0 <= index < len(self._send_choices):
            return
        targets, who = self._send_choices[index], self.ui.sentToCombo.currentText()
        database, meeting_id, document = self.context.database, self.meeting_id, self._sent_document
        actor = actor_name(self.context)

        def job() -> list[circulation.SentEntry]:
            return [
                circulation.record_sent(
                    database,
                    meeting_id,
                    document,
                    target.agency_id,
                    actor,
                    recipient=target.recipient,
                    file_name=target.file_name,
                )
                for target in targets
            ]

        self.ui.markSentButton.setEnabled(False)
        self.context.tasks.run(job, lambda entries: self._sent(who, entries), self._sent_failed)

    def _sent(self, who: str, entries: list[circulation.SentEntry]) -> None:
        self.ui.markSentButton.setEnabled(True)
        when = entries[0].sent_at if entries else None
        what = (
            self.tr("บันทึกการมอบหมายงาน")
            if self._sent_document == "action_record"
            else self.tr("รายงานการประชุม")
        )
        self.ui.statusLabel.setStyleSheet("")
        if when is not None:
            message = self.tr("บันทึกแล้วว่าส่ง{what}ให้ {who} เมื่อ {date} {time}").format(
                what=what, who=who, date=screen_date(when.date()), time=format_time(when.time())
            )
            self.ui.statusLabel.setText(message)
            self.context.signals.status_message.emit(message)
        self.context.signals.circulation_changed.emit(self.meeting_id)
        self.marked_sent.emit()

    def _sent_failed(self, error: StorageError) -> None:
        self.ui.markSentButton.setEnabled(True)
        self._storage_failed(error)

    def _export_failed(self, error: StorageError) -> None:
        self._set_busy(False)
        self.ui.statusLabel.setStyleSheet("color: #c62828;")
        self.ui.statusLabel.setText(error.message(self.context.language))
        self.finished_export.emit()

    def _storage_failed(self, error: StorageError) -> None:
        self.ui.statusLabel.setStyleSheet("color: #c62828;")
        self.ui.statusLabel.setText(error.message(self.context.language))
        self.previewed.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self.ui.progressBar.setVisible(False)
            self.ui.cancelButton.setVisible(False)
        self.ui.statusLabel.setStyleSheet("")
        self._update_buttons()

    def reject(self) -> None:
        # A job still writing holds this dialog's callbacks: the dialog stays until it has ended.
        if not self.busy:
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
