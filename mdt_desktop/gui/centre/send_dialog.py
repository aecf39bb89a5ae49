"""The district's side of the exchange: ไฟล์ > ส่งรายงานถึงศูนย์ฯ จังหวัด… writes one signed package for the
provincial centre (``services.exchange.export_package``) on the worker.

The person chooses the centre's certificate file (remembered for next time), the period (the last full month
unless changed), the area (all the database's bodies, or one area's), how much of the minutes goes, and the file;
the result line gives the records sent by kind and how many identity records went because a consent covers the
centre. Without a signing certificate the dialog makes the same offer as the first signed export
(``gui.meeting.signing_offer``) and goes on once there is one. A file already there is replaced only after asking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import MinutesShared
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name, fill_enum_combo, set_combo_value
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.meeting.export_dialog import safe_file_name
from mdt_desktop.gui.meeting.signing_offer import SigningOffer
from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import bodies, exchange
from mdt_desktop.services import settings as team_settings
from mdt_desktop.services.exchange import ExportedPackage, RecordKind
from mdt_desktop.services.exports import signing
from mdt_desktop.services.exports.destination import FILE_EXISTS

ERROR_STYLE = "color: #b71c1c;"


def last_full_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month before ``today``'s."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def package_file_name(area_code: str, start: dt.date) -> str:
    """``report-<area>-<YYYY-MM>.mdtx``: the area's code (``all`` for every body) and the period's first month."""
    return f"report-{safe_file_name(area_code) or 'all'}-{start:%Y-%m}.mdtx"


@dataclass(frozen=True)
class SendOutcome:
    """What the export job reports: the package written, or the refusal that stopped it."""

    package: ExportedPackage | None = None
    refusal: Refusal | None = None


class SendToCentreDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences or Preferences()
        self.file_dialog: QFileDialog | None = None
        self.replace_box: QMessageBox | None = None
        self.busy = False
        self.last_package: ExportedPackage | None = None
        self._named_by_hand = False
        self.setWindowTitle(self.tr("ส่งรายงานถึงศูนย์ฯ จังหวัด"))
        self.resize(720, 520)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "แพ็กเกจรายงานมีการประชุม งานที่มอบหมาย กรณี (เฉพาะรหัส) การส่งต่อ และเรื่องที่ส่งต่อศูนย์ฯ "
                "ในช่วงเวลาที่เลือก ลงนามด้วยใบรับรองของสำนักงาน และเข้ารหัสให้เปิดได้เฉพาะศูนย์ฯ ที่เลือก "
                "ข้อมูลระบุตัวตนไปด้วยเฉพาะกรณีที่บันทึกความยินยอมให้ส่งถึงศูนย์ฯ จังหวัด"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.certificate_edit = QLineEdit(self)
        self.certificate_edit.setPlaceholderText(self.tr("ไฟล์ใบรับรองที่ศูนย์ฯ จังหวัดส่งให้ (.pem)"))
        self.certificate_button = QPushButton(self.tr("เลือกไฟล์…"), self)
        form.addRow(self.tr("ใบรับรองของศูนย์ฯ"), self._beside(self.certificate_edit, self.certificate_button))
        start, end = last_full_month(dt.date.today())
        self.from_edit = BeDateEdit(self, language=context.language)
        self.from_edit.setDate(start)
        self.to_edit = BeDateEdit(self, language=context.language)
        self.to_edit.setDate(end)
        period = QHBoxLayout()
        period.addWidget(self.from_edit, 1)
        period.addWidget(QLabel(self.tr("ถึง"), self))
        period.addWidget(self.to_edit, 1)
        form.addRow(self.tr("ช่วงเวลา"), period)
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("ทุกพื้นที่ในฐานข้อมูลนี้"), None)
        form.addRow(self.tr("พื้นที่"), self.area_combo)
        self.minutes_combo = QComboBox(self)
        fill_enum_combo(self.minutes_combo, MinutesShared, context.language)
        set_combo_value(self.minutes_combo, MinutesShared.RESOLUTIONS.value)
        form.addRow(self.tr("รายงานการประชุม"), self.minutes_combo)
        self.destination_edit = QLineEdit(self)
        self.destination_button = QPushButton(self.tr("เลือก…"), self)
        form.addRow(self.tr("บันทึกเป็นไฟล์"), self._beside(self.destination_edit, self.destination_button))
        layout.addLayout(form)
        self.signing_offer = SigningOffer(context, self)
        self.signing_offer.explanation.setText(
            self.tr(
                "แพ็กเกจรายงานลงนามด้วยใบรับรองของสำนักงาน แต่ยังไม่มีใบรับรอง "
                "สร้างใบรับรองของสำนักงานตอนนี้ หรือนำเข้าไฟล์ใบรับรองที่สำนักงานมีอยู่ แล้วจะส่งออกต่อ"
            )
        )
        layout.addWidget(self.signing_offer)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("ส่งออกแพ็กเกจ"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("ปิด"), self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.certificate_edit.setText(str(self.preferences.get(Pref.CENTRE_CERTIFICATE)))
        self.certificate_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.destination_edit.textEdited.connect(lambda _t: setattr(self, "_named_by_hand", True))
        self.destination_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.from_edit.dateChanged.connect(lambda _d: self._propose_file_name())
        self.area_combo.currentIndexChanged.connect(lambda _i: self._propose_file_name())
        self.certificate_button.clicked.connect(self.choose_certificate)
        self.destination_button.clicked.connect(self.choose_destination)
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button.clicked.connect(self.reject)
        self.signing_offer.identity_ready.connect(self._identity_ready)
        self._area_codes: dict[int, str] = {}
        self._propose_file_name()
        self._update_buttons()

        database = context.database
        self.context.tasks.run(
            lambda: (
                bodies.list_areas(database),
                signing.current_identity(database) is not None,
                team_settings.proposed_office_name(database),
            ),
            self._loaded,
            self._failed,
        )

    def _beside(self, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _loaded(self, found: tuple[list[bodies.AreaRecord], bool, str]) -> None:
        areas, can_sign, office_name = found
        for area in areas:
            if area.id is not None:
                self.area_combo.addItem(area.name_th, area.id)
                self._area_codes[area.id] = area.code or area.name_th
        if not can_sign:
            self.signing_offer.offer(office_name)

    # --- what the person chose ------------------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(str(self.preferences.get(Pref.EXPORT_FOLDER)) or str(Path.home()))

    def _propose_file_name(self) -> None:
        if self._named_by_hand:
            return
        start = self.from_edit.date() or dt.date.today()
        area_id = self.area_combo.currentData()
        name = package_file_name(
            self._area_codes.get(area_id, "all") if area_id is not None else "all", start
        )
        current = self.destination_edit.text().strip()
        folder = Path(current).parent if current else self.folder()
        self.destination_edit.setText(str(folder / name))

    def _update_buttons(self) -> None:
        ready = bool(self.certificate_edit.text().strip() and self.destination_edit.text().strip())
        self.export_button.setEnabled(ready and not self.busy)

    def choose_certificate(self) -> QFileDialog:
        start = self.certificate_edit.text().strip() or str(self.folder())
        dialog = QFileDialog(self, self.tr("เลือกไฟล์ใบรับรองของศูนย์ฯ จังหวัด"), start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("ใบรับรอง (*.pem *.crt *.cer *.der)"), self.tr("ทุกไฟล์ (*)")])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.certificate_edit.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def choose_destination(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("บันทึกแพ็กเกจรายงาน"), self.destination_edit.text().strip())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("แพ็กเกจรายงาน (*.mdtx)")])
        dialog.setDefaultSuffix("mdtx")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # the export asks, with its own words

        def chosen(name: str) -> None:
            self._named_by_hand = True
            self.destination_edit.setText(name)

        dialog.fileSelected.connect(chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    # --- the export -------------------------------------------------------------------------------------------

    def export(self, *, replace: bool = False) -> None:
        start, end = self.from_edit.date(), self.to_edit.date()
        if start is None or end is None:
            self._say(self.tr("โปรดระบุช่วงเวลาให้ครบทั้งวันเริ่มและวันสิ้นสุด"), failed=True)
            return
        certificate = Path(self.certificate_edit.text().strip()).expanduser()
        destination = Path(self.destination_edit.text().strip()).expanduser()
        if self.busy or not certificate.name or not destination.name:
            return
        database, actor = self.context.database, actor_name(self.context)
        area_id, minutes = self.area_combo.currentData(), MinutesShared(self.minutes_combo.currentData())

        def job() -> SendOutcome:
            try:
                pem = exchange.read_certificate(certificate)
                package = exchange.export_package(
                    database,
                    pem,
                    start,
                    end,
                    destination,
                    actor=actor,
                    area_id=area_id,
                    minutes=minutes,
                    force=replace,
                )
            except Refusal as refused:
                return SendOutcome(refusal=refused)
            return SendOutcome(package=package)

        self.busy = True
        self._update_buttons()
        self._say(self.tr("กำลังส่งออก…"))
        self.context.tasks.run(job, self._exported, self._failed)

    def _exported(self, outcome: SendOutcome) -> None:
        self.busy = False
        self._update_buttons()
        refusal = outcome.refusal
        if refusal is not None:
            if refusal.reason == FILE_EXISTS:
                self._ask_to_replace(refusal)
            elif refusal.reason == signing.NO_IDENTITY:
                self.signing_offer.offer(self.signing_offer.office_edit.text())
                self._say(refusal.message(self.context.language), failed=True)
            else:
                self._say(refusal.message(self.context.language), failed=True)
            return
        package = outcome.package
        assert package is not None
        self.last_package = package
        self.preferences.set(Pref.CENTRE_CERTIFICATE, self.certificate_edit.text().strip())
        self.preferences.set(Pref.EXPORT_FOLDER, str(package.path.parent))
        self._say(self.result_text(package))

    def result_text(self, package: ExportedPackage) -> str:
        counts = package.counts
        return self.tr(
            "บันทึกแล้วที่ {path}\nการประชุม {meetings} · งาน {actions} · กรณี {cases} · การส่งต่อ {referrals} · "
            "บริการตามแผนความปลอดภัย {services}\nข้อมูลระบุตัวตน {identities} กรณี (มีความยินยอมให้ส่งถึงศูนย์ฯ)"
        ).format(
            path=package.path,
            meetings=counts.get(RecordKind.MEETING, 0),
            actions=counts.get(RecordKind.ACTION, 0),
            cases=counts.get(RecordKind.CASE, 0),
            referrals=counts.get(RecordKind.REFERRAL, 0),
            services=counts.get(RecordKind.SAFETY_SERVICE, 0),
            identities=package.identities,
        )

    def _ask_to_replace(self, refusal: Refusal) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("มีไฟล์นี้อยู่แล้ว"),
            refusal.message(self.context.language),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        replace = box.button(QMessageBox.StandardButton.Yes)
        replace.setText(self.tr("เขียนทับ"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        box.buttonClicked.connect(lambda clicked: self.export(replace=True) if clicked is replace else None)
        self.replace_box = box
        self._say("")
        box.open()

    def _identity_ready(self) -> None:
        self._say(self.tr("มีใบรับรองสำหรับลงนามแล้ว"))
        if self.export_button.isEnabled():
            self.export()

    def _say(self, text: str, *, failed: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if failed else "")
        self.status_label.setText(text)

    def _failed(self, error: UserFacingError) -> None:
        self.busy = False
        self._update_buttons()
        self._say(error.message(self.context.language), failed=True)
