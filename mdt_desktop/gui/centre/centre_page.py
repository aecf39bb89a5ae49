"""The provincial centre's page (ศูนย์ฯ รับรายงาน): what the districts sent, across districts, as of today
(``services.centre.overview``).

Tabs: the districts (the last package and how old it is, a district silent for more than 35 days stands out,
overdue actions, escalations awaiting, referrals unanswered, regular meetings held against the plan); overdue
actions by district and agency; escalations awaiting the centre, where the centre records its decision (the row
then leaves the list); unanswered referrals (overdue ones marked); regular meetings month by month (missed months
marked); and two charts: overdue actions per district over the months, cases by type per fiscal quarter.

The register's habits: a district filter and a text filter over every table (Ctrl+F goes to it, Esc clears it),
tables sortable by a click on their heading, Enter (or a double-click) opens a row: a district's row filters the
page by that district, an escalation's opens the decision. The buttons take packages in (``import_dialogs``) and
keep the list of trusted districts (``trusted_dialog``); with no district trusted yet the page says what to do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import CentreDecisionKind
from mdt_desktop.gui.centre.centre_models import (
    DISTRICT_NAME_ROLE,
    SORT_ROLE,
    DecisionsModel,
    DistrictsModel,
    EscalationsModel,
    MeetingsPlanModel,
    OverdueModel,
    ReferralsModel,
)
from mdt_desktop.gui.centre.charts import ChartKind, ChartWidget
from mdt_desktop.gui.centre.import_dialogs import PackageImport
from mdt_desktop.gui.centre.trusted_dialog import TrustedDistrictsDialog
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.editing import actor_name, fill_enum_combo, report_failure, set_combo_value
from mdt_desktop.gui.common.item_model_base import RECORD_ROLE
from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.services import centre, exchange
from mdt_desktop.services.centre import AwaitingEscalation, CentreOverview
from mdt_desktop.services.exchange import District

ALL_DISTRICTS = None


class DecisionDialog(QDialog):
    """The centre's decision on one escalation: what it decided, and a note."""

    def __init__(self, escalation: AwaitingEscalation, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.escalation = escalation
        self.setWindowTitle(self.tr("บันทึกการตัดสินใจของศูนย์ฯ"))
        self.resize(520, 320)
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("{district} · กรณี {code} · ส่งเมื่อ {sent} · รอมาแล้ว {days} วัน").format(
                district=escalation.district,
                code=escalation.case_code,
                sent=screen_date(escalation.sent_on),
                days=escalation.days_waiting,
            ),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.decision = QComboBox(self)
        fill_enum_combo(self.decision, CentreDecisionKind, language)
        form.addRow(self.tr("การตัดสินใจ"), self.decision)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("เหตุผลหรือสิ่งที่มอบหมาย (ไม่ต้องใส่ชื่อหรือข้อมูลระบุตัวบุคคล)"))
        form.addRow(self.tr("บันทึก"), self.note)
        layout.addLayout(form, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึก"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def choice(self) -> CentreDecisionKind:
        return CentreDecisionKind(self.decision.currentData())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()


class CentrePage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences = preferences or Preferences()
        self.overview: CentreOverview | None = None
        self.districts: list[District] = []
        self.decision_dialog: DecisionDialog | None = None
        self.trusted_dialog: TrustedDistrictsDialog | None = None
        self.package_import = PackageImport(context, self)
        self.package_import.finished.connect(lambda _outcomes: self.reload())
        self._generation = 0
        self._ready = False
        writable = not context.database.read_only

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("อำเภอ"), self))
        self.district_filter = QComboBox(self)
        self.district_filter.addItem(self.tr("ทุกอำเภอ"), ALL_DISTRICTS)
        self.district_filter.setMinimumContentsLength(14)
        bar.addWidget(self.district_filter)
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("กรองตามข้อความ (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        bar.addWidget(self.text_filter, 1)
        self.as_of_label = QLabel(self)
        bar.addWidget(self.as_of_label)
        self.import_button = QPushButton(self.tr("นำเข้าแพ็กเกจ…"), self)
        self.trusted_button = QPushButton(self.tr("อำเภอที่เชื่อถือ…"), self)
        bar.addWidget(self.import_button)
        bar.addWidget(self.trusted_button)
        layout.addLayout(bar)

        self.empty_state = QLabel(
            self.tr(
                "ยังไม่มีอำเภอที่ศูนย์ฯ เชื่อถือ จึงยังรับแพ็กเกจรายงานไม่ได้\n\n"
                "1. ขอไฟล์ใบรับรองของแต่ละอำเภอ (ส่งออกได้จากหน้าตั้งค่าของอำเภอ)\n"
                "2. กด “อำเภอที่เชื่อถือ…” เพิ่มใบรับรอง และโทรศัพท์เทียบลายนิ้วมือกับอำเภอก่อนยืนยัน\n"
                "3. ส่งใบรับรองของศูนย์ฯ (สร้างและส่งออกได้ในหน้าตั้งค่า) ให้อำเภอ "
                "อำเภอส่งรายงานจากเมนู ไฟล์ > ส่งรายงานถึงศูนย์ฯ จังหวัด…\n"
                "4. กด “นำเข้าแพ็กเกจ…” เพื่อรับไฟล์ .mdtx ที่อำเภอส่งมา"
            ),
            self,
        )
        self.empty_state.setWordWrap(True)
        self.empty_state.setObjectName("centreEmptyState")
        self.empty_state.setStyleSheet(
            "QLabel#centreEmptyState { background: #f5f5f5; border: 1px solid #e0e0e0; padding: 16px; }"
        )
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_state.hide()
        layout.addWidget(self.empty_state)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.districts_model = DistrictsModel(self)
        self.overdue_model = OverdueModel(self)
        self.escalations_model = EscalationsModel(context.language, self)
        self.referrals_model = ReferralsModel(self)
        self.meetings_model = MeetingsPlanModel(self)
        self.proxies: list[QSortFilterProxyModel] = []
        self.districts_table = self._table(self.districts_model)
        self.overdue_table = self._table(self.overdue_model)
        self.escalations_table = self._table(self.escalations_model)
        self.referrals_table = self._table(self.referrals_model)
        self.meetings_table = self._table(self.meetings_model)
        self.meetings_table.horizontalHeader().setStretchLastSection(
            False
        )  # this month is no wider than others
        self.tabs.addTab(self.districts_table, "")
        self.tabs.addTab(self.overdue_table, "")
        escalations_tab = QWidget(self)
        escalations_layout = QVBoxLayout(escalations_tab)
        escalations_layout.setContentsMargins(0, 0, 0, 0)
        escalations_layout.addWidget(self.escalations_table, 1)
        decide_row = QHBoxLayout()
        decide_row.addStretch(1)
        self.decide_button = QPushButton(self.tr("บันทึกการตัดสินใจของศูนย์ฯ…"), escalations_tab)
        decide_row.addWidget(self.decide_button)
        escalations_layout.addLayout(decide_row)
        # The centre's own records, under the districts' escalations they answer.
        self.decisions_label = QLabel(self.tr("การตัดสินใจที่ศูนย์ฯ บันทึกแล้ว"), escalations_tab)
        escalations_layout.addWidget(self.decisions_label)
        self.decisions_model = DecisionsModel(context.language, self)
        self.decisions_table = self._table(self.decisions_model)
        escalations_layout.addWidget(self.decisions_table, 1)
        self.tabs.addTab(escalations_tab, "")
        self.tabs.addTab(self.referrals_table, "")
        self.tabs.addTab(self.meetings_table, "")
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        self.overdue_chart = ChartWidget(ChartKind.LINES, charts)
        self.cases_chart = ChartWidget(ChartKind.STACKED_BARS, charts)
        for chart in (self.overdue_chart, self.cases_chart):
            chart.empty_text = self.tr("ยังไม่มีข้อมูล")
            charts_layout.addWidget(chart, 1)
        self.tabs.addTab(charts, self.tr("แผนภูมิ"))
        # Takes the height only while the tabs are hidden (they stretch), so the explanation stays at the top.
        layout.addStretch(0)
        self._set_tab_titles()

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_text_filter)
        self.clear_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.text_filter)
        self.clear_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_shortcut.activated.connect(self.text_filter.clear)
        self.text_filter.textChanged.connect(self._filter_text)
        self.text_filter.returnPressed.connect(self._focus_current_table)
        self.district_filter.currentIndexChanged.connect(lambda _i: self.reload())
        for table in (self.districts_table, self.overdue_table, self.referrals_table, self.meetings_table):
            table.activated.connect(self._filter_by_row_district)
        self.escalations_table.activated.connect(lambda _index: self.decide_selected())
        self.escalations_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.decide_button.clicked.connect(self.decide_selected)
        self.import_button.clicked.connect(self.choose_packages)
        self.trusted_button.clicked.connect(self.open_trusted)
        self.import_button.setEnabled(writable)
        self._update_buttons()

    def _table(self, model: QAbstractItemModel) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxies.append(proxy)
        table = QTableView(self)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a heading is clicked
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # --- loading ----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Ask for the districts and the overview of the chosen one (all without); an older answer is dropped."""
        self._generation += 1
        generation, database = self._generation, self.context.database
        district_id = self.district_filter.currentData()
        today = dt.date.today()

        def job() -> tuple[list[District], CentreOverview]:
            return exchange.districts(database), centre.overview(database, today, district_id=district_id)

        def arrived(found: tuple[list[District], CentreOverview]) -> None:
            if generation == self._generation:
                self.show_overview(*found)

        self.context.tasks.run(job, arrived, self._failed)

    def show_overview(self, districts: list[District], overview: CentreOverview) -> None:
        self.districts = districts
        self.overview = overview
        chosen = self.district_filter.currentData()
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(self.tr("ทุกอำเภอ"), ALL_DISTRICTS)
        for district in districts:
            self.district_filter.addItem(district.name_th, district.id)
        set_combo_value(self.district_filter, chosen)
        self.district_filter.blockSignals(False)

        self.districts_model.set_records(overview.districts)
        self.overdue_model.set_records(overview.overdue)
        self.escalations_model.set_records(overview.escalations)
        self.decisions_model.set_records(overview.decisions)
        self.referrals_model.set_records(overview.referrals)
        self.meetings_model.set_months(
            overview.meetings, overview.months, overview.overdue_over_time.labels, overview.as_of
        )
        self.overdue_chart.set_data(
            self.tr("งานเกินกำหนดรายอำเภอ ณ สิ้นเดือน"),
            overview.overdue_over_time.labels,
            overview.overdue_over_time.series,
        )
        self.cases_chart.set_data(
            self.tr("กรณีรับใหม่ตามประเภท รายไตรมาส (ปีงบประมาณ)"),
            overview.cases_by_quarter.labels,
            overview.cases_by_quarter.series,
        )
        self.as_of_label.setText(self.tr("ข้อมูล ณ {day}").format(day=screen_date(overview.as_of)))
        nothing_yet = not districts
        self.empty_state.setVisible(nothing_yet)
        self.tabs.setVisible(not nothing_yet)
        self._set_tab_titles()
        self._update_buttons()

    def _set_tab_titles(self) -> None:
        def rows(model_index: int) -> int:
            return self.proxies[model_index].rowCount()

        self.tabs.setTabText(0, self.tr("อำเภอ ({n})").format(n=rows(0)))
        self.tabs.setTabText(1, self.tr("งานเกินกำหนด ({n})").format(n=rows(1)))
        self.tabs.setTabText(2, self.tr("เรื่องรอศูนย์ฯ ตัดสินใจ ({n})").format(n=rows(2)))
        self.tabs.setTabText(3, self.tr("การส่งต่อที่ยังไม่ได้รับคำตอบ ({n})").format(n=rows(3)))
        self.tabs.setTabText(4, self.tr("การประชุมตามแผน"))

    # --- filters and keys -------------------------------------------------------------------------------------

    def focus_text_filter(self) -> None:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()

    def _filter_text(self, text: str) -> None:
        for proxy in self.proxies:
            proxy.setFilterFixedString(text.strip())
        self._set_tab_titles()
        self._update_buttons()

    def _focus_current_table(self) -> None:
        table = self.current_table()
        if table is not None and table.model().rowCount():
            table.setFocus()
            if not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))

    def current_table(self) -> QTableView | None:
        page = self.tabs.currentWidget()
        if isinstance(page, QTableView):
            return page
        return self.escalations_table if page is self.escalations_table.parent() else None

    def _filter_by_row_district(self, index: QModelIndex) -> None:
        name = index.data(DISTRICT_NAME_ROLE)
        district = next((d for d in self.districts if d.name_th == name), None)
        if district is not None:
            set_combo_value(self.district_filter, district.id)

    # --- the centre's decisions -------------------------------------------------------------------------------

    def selected_escalation(self) -> AwaitingEscalation | None:
        rows = self.escalations_table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, AwaitingEscalation) else None

    def _update_buttons(self) -> None:
        writable = not self.context.database.read_only
        self.decide_button.setEnabled(writable and self.selected_escalation() is not None)

    def decide_selected(self) -> DecisionDialog | None:
        escalation = self.selected_escalation()
        if escalation is None or self.context.database.read_only:
            return None
        dialog = DecisionDialog(escalation, self.context.language, self)
        dialog.accepted.connect(lambda: self._save_decision(dialog))
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _save_decision(self, dialog: DecisionDialog) -> None:
        database, actor = self.context.database, actor_name(self.context)
        escalation, decision, note = dialog.escalation, dialog.choice(), dialog.note_text()

        def done(_nothing: object) -> None:
            self.context.signals.status_message.emit(
                self.tr("บันทึกการตัดสินใจเรื่องกรณี {code} แล้ว").format(code=escalation.case_code)
            )
            self.reload()

        self.context.tasks.run(
            lambda: centre.decide_escalation(
                database, escalation.district_id, escalation.source_id, decision, note, actor=actor
            ),
            done,
            self._failed,
        )

    # --- packages and trust -----------------------------------------------------------------------------------

    def choose_packages(self) -> None:
        self.package_import.choose_files(str(self.preferences.get(Pref.EXPORT_FOLDER)))

    def open_trusted(self) -> TrustedDistrictsDialog:
        dialog = TrustedDistrictsDialog(self.context, self)
        dialog.changed.connect(self.reload)
        self.trusted_dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
