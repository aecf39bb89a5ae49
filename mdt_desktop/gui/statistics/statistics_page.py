"""The statistics page: the report to send upward for a period and an area, shown as it will be published and
exported as Excel or PDF.

The person picks the period (from/to in Buddhist-Era dates, or a quick choice: this or last fiscal year, this or
last quarter) and the area ("ทุกพื้นที่" or one of the areas, shown as their tree); "แสดง" computes the report on
the worker (``services.statistics``). A provincial centre that takes packages from its districts also chooses
whose records: its own (by area) or what the districts sent (``services.centre``), all of them ("ทุกอำเภอ") or one.
The tables are listed on the left; the one chosen is shown with its totals
and the marks of withheld counts, with a small chart of its published counts beside it (under it, for a table of
several count columns, which needs the width). "ส่งออก Excel…" and
"ส่งออก PDF…" write the report shown, not a new one, through ``services.exports.statistics`` (written whole,
audited by area or district, and period), after Qt's own file dialog in the program's language; a file already there is
replaced only after the person says so. The page holds labels and counts only: the report has nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from mdt_desktop.domain.statistics_report import StatisticsReport
from mdt_desktop.exports.statistics_marks import (
    CHART_NOTE,
    MEDIAN_LABEL,
    REPORT_TITLE,
    area_text,
    median_text,
)
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_statistics_page import Ui_StatisticsPage
from mdt_desktop.gui.shell import role_gating
from mdt_desktop.gui.statistics.periods import QuickPeriod, period
from mdt_desktop.gui.statistics.statistics_model import PublishedTableModel
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import audit, bodies, centre, exchange, statistics
from mdt_desktop.services.bodies import AreaRecord
from mdt_desktop.services.exports.destination import FILE_EXISTS
from mdt_desktop.services.exports.statistics import StatisticsFormat, export_statistics

ERROR_STYLE = "color: #c62828;"
INDENT = "    "
OWN, DISTRICTS = "own", "districts"  # whose records: this office's, or what its districts sent (a centre)
Scope = tuple[str, int | None]  # what a report covers, for the audit log: ("area" | "district", id or None)


def area_choices(areas: list[AreaRecord]) -> list[tuple[str, int]]:
    """The areas as a tree read top-down: each under its parent, indented by its depth, names in Thai order."""
    children: dict[int | None, list[AreaRecord]] = {}
    known = {area.id for area in areas}
    for area in areas:
        parent = area.parent_id if area.parent_id in known else None
        children.setdefault(parent, []).append(area)
    choices: list[tuple[str, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for area in sorted(children.get(parent, []), key=lambda a: a.name_th):
            assert area.id is not None
            choices.append((INDENT * depth + area.name_th, area.id))
            walk(area.id, depth + 1)

    walk(None, 0)
    return choices


class StatisticsPage(QWidget):
    shown = Signal()  # a report was computed and is on screen, or computing it failed
    exported = Signal()  # an export ended, written or refused

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences or Preferences()
        self.report: StatisticsReport | None = None
        self._report_scope: Scope = ("area", None)
        self.file_dialog: QFileDialog | None = None
        self.replace_box: QMessageBox | None = None
        self._setting_period = False
        self.ui = Ui_StatisticsPage()
        self.ui.setupUi(self)
        ui = self.ui
        for date_edit in (ui.fromDate, ui.toDate):
            date_edit.language = context.language

        self.model = PublishedTableModel(self)
        ui.tableView.setModel(self.model)
        ui.tableView.verticalHeader().hide()
        header = ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        ui.bodySplitter.setStretchFactor(0, 0)
        ui.bodySplitter.setStretchFactor(1, 1)
        ui.bodySplitter.setSizes([200, 940])
        ui.viewSplitter.setStretchFactor(0, 1)
        ui.viewSplitter.setStretchFactor(1, 1)
        ui.mainLayout.setStretch(3, 1)  # the tables and the chart take the height

        ui.periodChoice.addItem(self.tr("กำหนดเอง"), None)
        ui.periodChoice.addItem(self.tr("ปีงบประมาณนี้"), QuickPeriod.THIS_FISCAL_YEAR)
        ui.periodChoice.addItem(self.tr("ปีงบประมาณที่แล้ว"), QuickPeriod.LAST_FISCAL_YEAR)
        ui.periodChoice.addItem(self.tr("ไตรมาสนี้"), QuickPeriod.THIS_QUARTER)
        ui.periodChoice.addItem(self.tr("ไตรมาสที่แล้ว"), QuickPeriod.LAST_QUARTER)
        ui.areaChoice.addItem(self.tr("ทุกพื้นที่"), None)
        ui.sourceChoice.addItem(self.tr("ข้อมูลของสำนักงานนี้"), OWN)
        ui.sourceChoice.addItem(self.tr("ข้อมูลที่อำเภอส่งมา"), DISTRICTS)
        ui.districtChoice.addItem(self.tr("ทุกอำเภอ"), None)
        # Offered to a centre only, once it has districts to take packages from.
        for widget in (ui.sourceLabel, ui.sourceChoice, ui.districtLabel, ui.districtChoice):
            widget.setVisible(False)
        self._source_chosen()

        ui.periodChoice.currentIndexChanged.connect(self._quick_period_chosen)
        ui.sourceChoice.currentIndexChanged.connect(lambda _index: self._source_chosen())
        ui.fromDate.dateChanged.connect(self._dates_typed)
        ui.toDate.dateChanged.connect(self._dates_typed)
        ui.showButton.clicked.connect(self.show_statistics)
        ui.tableList.currentRowChanged.connect(self._table_chosen)
        ui.exportXlsxButton.clicked.connect(lambda: self.choose_file("xlsx"))
        ui.exportPdfButton.clicked.connect(lambda: self.choose_file("pdf"))

        ui.periodChoice.setCurrentIndex(ui.periodChoice.findData(QuickPeriod.THIS_FISCAL_YEAR))
        self._set_busy(False)
        self._tell("")
        ui.summaryLabel.setText(self.tr("เลือกช่วงเวลาและพื้นที่ แล้วกด “แสดง”"))
        ui.noteLabel.setText("")

    # --- choices ----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        """Each time the page is shown: the areas and districts as they are now (one may have been added, or a
        district's first package imported, since), keeping what was chosen."""
        database = self.context.database
        self.context.tasks.run(
            lambda: (bodies.list_areas(database), exchange.districts(database)),
            self._choices_arrived,
            self._failed,
        )

    def _choices_arrived(self, answer: tuple[list[AreaRecord], list[exchange.District]]) -> None:
        areas, districts = answer
        chosen = self.ui.areaChoice.currentData()
        while self.ui.areaChoice.count() > 1:
            self.ui.areaChoice.removeItem(1)
        for label, area_id in area_choices(areas):
            self.ui.areaChoice.addItem(label, area_id)
        index = self.ui.areaChoice.findData(chosen)
        self.ui.areaChoice.setCurrentIndex(max(index, 0))
        ui = self.ui
        chosen_district = ui.districtChoice.currentData()
        while ui.districtChoice.count() > 1:
            ui.districtChoice.removeItem(1)
        for district in districts:
            ui.districtChoice.addItem(district.name_th, district.id)
        ui.districtChoice.setCurrentIndex(max(ui.districtChoice.findData(chosen_district), 0))
        # What the districts sent is the centre officer's to read (role_gating).
        offered = bool(districts) and role_gating.reads_districts(self.context.permissions)
        for widget in (ui.sourceLabel, ui.sourceChoice, ui.districtLabel, ui.districtChoice):
            widget.setVisible(offered)
        if not offered:
            ui.sourceChoice.setCurrentIndex(ui.sourceChoice.findData(OWN))

    def _source_chosen(self) -> None:
        """The office's own records are chosen by area; what the districts sent, by district."""
        districts = self.ui.sourceChoice.currentData() == DISTRICTS
        for widget in (self.ui.areaLabel, self.ui.areaChoice):
            widget.setEnabled(not districts)
        for widget in (self.ui.districtLabel, self.ui.districtChoice):
            widget.setEnabled(districts)

    def _quick_period_chosen(self, _index: int) -> None:
        choice = self.ui.periodChoice.currentData()
        if choice is None:
            return
        start, end = period(QuickPeriod(choice), dt.date.today())
        self._setting_period = True
        try:
            self.ui.fromDate.setDate(start)
            self.ui.toDate.setDate(end)
        finally:
            self._setting_period = False

    def _dates_typed(self, _day: object) -> None:
        if not self._setting_period:
            self.ui.periodChoice.setCurrentIndex(0)  # dates of one's own: no quick choice names them

    def period_chosen(self) -> tuple[dt.date, dt.date] | None:
        """The period typed or picked, or None after telling the person what is missing or wrong."""
        ui = self.ui
        for date_edit in (ui.fromDate, ui.toDate):
            date_edit.commit_typed()
            if not date_edit.is_valid():
                self._tell(date_edit.error_message(), error=True)
                date_edit.setFocus()
                return None
        start, end = ui.fromDate.date(), ui.toDate.date()
        if start is None or end is None:
            self._tell(self.tr("โปรดระบุช่วงเวลาให้ครบทั้งวันเริ่มต้นและวันสิ้นสุด"), error=True)
            (ui.fromDate if start is None else ui.toDate).setFocus()
            return None
        if start > end:
            self._tell(self.tr("วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด"), error=True)
            ui.fromDate.setFocus()
            return None
        return start, end

    # --- the report -------------------------------------------------------------------------------------------

    def show_statistics(self) -> None:
        chosen = self.period_chosen()
        if chosen is None:
            return
        start, end = chosen
        database = self.context.database
        scope: Scope
        if self.ui.sourceChoice.currentData() == DISTRICTS:
            district_id = self.ui.districtChoice.currentData()
            scope = ("district", district_id)

            def job() -> tuple[StatisticsReport, Scope]:
                report = centre.report(database, start, end, district_id)
                # Every district that sent: the report says so rather than "all areas".
                named = report if report.area_name else replace(report, area_name=centre.ALL_DISTRICTS_TH)
                return named, scope

        else:
            area_id = self.ui.areaChoice.currentData()
            scope = ("area", area_id)

            def job() -> tuple[StatisticsReport, Scope]:
                return statistics.report(database, start, end, area_id), scope

        self._set_busy(True)
        self._tell(self.tr("กำลังคำนวณสถิติ…"))
        self.context.tasks.run(job, self._report_arrived, self._failed)

    def _report_arrived(self, answer: tuple[StatisticsReport, Scope]) -> None:
        report, scope = answer
        self.report, self._report_scope = report, scope
        ui = self.ui
        ui.summaryLabel.setText(
            self.tr("{title}\nช่วงเวลา {start} – {end}   {area}\n{legend}").format(
                title=REPORT_TITLE,
                start=screen_date(report.start),
                end=screen_date(report.end),
                area=area_text(report),
                legend=self.tr("<5 = น้อยกว่า 5 ราย   x = ปกปิดเพื่อไม่ให้คำนวณย้อนกลับได้"),
            )
        )
        current = max(ui.tableList.currentRow(), 0)
        ui.tableList.blockSignals(True)
        ui.tableList.clear()
        ui.tableList.addItems([table.title for table in report.tables])
        ui.tableList.blockSignals(False)
        ui.tableList.setCurrentRow(min(current, len(report.tables) - 1))
        self._table_chosen(ui.tableList.currentRow())
        self._set_busy(False)
        self._tell("")
        self.shown.emit()

    def _table_chosen(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.tables):
            self.model.set_table(None)
            self.ui.chart.set_table(None)
            return
        table = self.report.tables[row]
        # A table of one count is narrow: its chart beside it, as tall as the list. A table of several counts
        # needs the width for its headers: its chart under it.
        wide = len(table.column_labels) > 1
        orientation = Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal
        if self.ui.viewSplitter.orientation() is not orientation:
            self.ui.viewSplitter.setOrientation(orientation)
            length = sum(self.ui.viewSplitter.sizes())
            self.ui.viewSplitter.setSizes(
                [length * 11 // 20, length * 9 // 20] if wide else [length * 2 // 5, length * 3 // 5]
            )
        self.model.set_table(table)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.chart.set_table(table)
        notes = [CHART_NOTE]
        if table.key == "referrals":
            notes.insert(0, f"{MEDIAN_LABEL}: {median_text(self.report)}")
        self.ui.noteLabel.setText("\n".join(notes))

    # --- export -----------------------------------------------------------------------------------------------

    def proposed_file_name(self, fmt: StatisticsFormat) -> str:
        assert self.report is not None
        return f"สถิติ {screen_date(self.report.start)} - {screen_date(self.report.end)}.{fmt}"

    def choose_file(self, fmt: StatisticsFormat) -> QFileDialog | None:
        """Qt's own save dialog (in the program's language), starting in the folder of the last export."""
        if self.report is None:
            return None
        last = self.preferences.get(Pref.EXPORT_FOLDER)
        folder = Path(last) if last else Path.home()
        title = self.tr("ส่งออกสถิติเป็น Excel") if fmt == "xlsx" else self.tr("ส่งออกสถิติเป็น PDF")
        dialog = QFileDialog(self, title, str(folder / self.proposed_file_name(fmt)))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [self.tr("สมุดงาน Excel (*.xlsx)") if fmt == "xlsx" else self.tr("เอกสาร PDF (*.pdf)")]
        )
        dialog.setDefaultSuffix(fmt)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda chosen: self._file_chosen(chosen, fmt))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_chosen(self, chosen: str, fmt: StatisticsFormat) -> None:
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.export_to(path)

    def export_to(self, path: Path, *, force: bool = False) -> None:
        """Write the report shown to ``path`` on the worker; ``force`` once the person agreed to replace a file."""
        report = self.report
        if report is None:
            return
        database, actor, scope = self.context.database, actor_name(self.context), self._report_scope

        def job() -> Path | Refusal:
            try:
                return export_statistics(database, report, path, actor=actor, force=force, scope=scope)
            except Refusal as refusal:
                return refusal

        self._set_busy(True)
        self._tell(self.tr("กำลังส่งออกสถิติ…"))
        self.context.tasks.run(job, lambda outcome: self._export_done(outcome, path), self._failed)

    def _export_done(self, outcome: Path | Refusal, path: Path) -> None:
        self._set_busy(False)
        if isinstance(outcome, Refusal):
            self._tell(outcome.message(self.context.language), error=True)
            if outcome.reason == FILE_EXISTS:
                self._ask_to_replace(outcome, path)
            self.exported.emit()
            return
        self.preferences.set(Pref.EXPORT_FOLDER, str(outcome.parent))
        lines = [self.tr("บันทึกแล้วที่ {path}").format(path=outcome)]
        notice = audit.export_notice(self.context.database)
        if notice is not None:
            lines.append(notice.text(self.context.language))
        self._tell("\n".join(lines))
        self.context.signals.status_message.emit(lines[0])
        self.exported.emit()

    def _ask_to_replace(self, refusal: Refusal, path: Path) -> None:
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
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.export_to(path, force=True))
        self.replace_box = box
        box.open()

    # --- state ------------------------------------------------------------------------------------------------

    def _failed(self, error: UserFacingError) -> None:
        self._set_busy(False)
        self._tell(error.message(self.context.language), error=True)
        self.shown.emit()

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.showButton.setEnabled(not busy)
        for button in (ui.exportXlsxButton, ui.exportPdfButton):
            button.setEnabled(not busy and self.report is not None)

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))
