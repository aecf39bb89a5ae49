"""What a case item of the meeting editor shows of its cases: the latest risk level in its colour, the flags that
matter to the room (a child, seen again within 12 months, a review past its date), the case's open actions across
meetings and its safety plan's open services; and the buttons that assess the case or open its safety plan from
the item. General facts only (``services.meetings.case_items``): nothing restricted is on this screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.gui.cases.risk_chart import POINT_COLOURS
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.services.meetings import CaseItemFacts, CaseRef

ACTIONS_SHOWN = 3  # the rest are counted: the actions table below needs the room
SUMMARY_LINES = 3  # the case lines shown before the summary scrolls (the two buttons' height)


class CaseItemPanel(QWidget):
    """Shown under an item's tags while the item has linked cases; the buttons act on the chosen case."""

    assess_requested = Signal(int)  # case id
    plan_requested = Signal(int)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseItemPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("caseSummaryLabel")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long list of open actions scrolls inside a few lines instead of pushing the buttons over the text
        # or the actions table off a 768-pixel screen.
        self.summary_area = QScrollArea(self)
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary_area.setWidget(self.summary)
        self.summary_area.setFixedHeight(self.fontMetrics().lineSpacing() * SUMMARY_LINES + 6)
        self.case_combo = QComboBox(self)
        self.case_combo.setToolTip(self.tr("กรณีที่จะประเมินหรือเปิดแผนความปลอดภัย"))
        self.assess_button = QPushButton(self.tr("ประเมินความเสี่ยง"), self)
        self.plan_button = QPushButton(self.tr("แผนความปลอดภัย"), self)
        # The buttons beside the summary, not under it: a row of height saved for the actions table.
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.case_combo)
        buttons.addWidget(self.assess_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_area, 1)
        layout.addLayout(buttons)
        self.assess_button.clicked.connect(lambda: self._request(self.assess_requested))
        self.plan_button.clicked.connect(lambda: self._request(self.plan_requested))

    def chosen_case(self) -> int | None:
        data = self.case_combo.currentData()
        return int(data) if data is not None else None

    def _request(self, signal: Signal) -> None:
        case_id = self.chosen_case()
        if case_id is not None:
            signal.emit(case_id)  # type: ignore[attr-defined]

    def set_writable(self, writable: bool) -> None:
        self.assess_button.setEnabled(writable)
        self.plan_button.setEnabled(writable)

    def show_cases(self, cases: list[CaseRef], facts: dict[int, CaseItemFacts]) -> None:
        self.setVisible(bool(cases))
        chosen = self.chosen_case()
        blocked = self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in cases:
            self.case_combo.addItem(case.code, case.id)
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(chosen)))
        self.case_combo.blockSignals(blocked)
        self.case_combo.setVisible(len(cases) > 1)
        self.summary.setText("<br>".join(self._case_html(case, facts.get(case.id)) for case in cases))

    def _case_html(self, case: CaseRef, fact: CaseItemFacts | None) -> str:
        head = f"<b>{html.escape(case.code)}</b>"
        if fact is None:
            return head
        parts = [head, html.escape(fact.case_type.th)]
        if fact.level is not None:
            level = fact.level.level
            text_colour = "#000000" if level is RiskLevel.MEDIUM else "#ffffff"  # legible on its colour
            parts.append(
                f'<span style="background:{POINT_COLOURS[level].name()};color:{text_colour};">'
                f"&nbsp;<b>{html.escape(level.th)}</b>&nbsp;</span> "
                + html.escape(self.tr("(ประเมิน {date})").format(date=screen_date(fact.level.assessed_on)))
            )
        else:
            parts.append(html.escape(self.tr("ยังไม่ได้ประเมินความเสี่ยง")))
        flags = []
        if fact.is_child:
            flags.append(self.tr("กรณีเด็ก"))
        if fact.seen_again_after is not None:
            flags.append(
                self.tr("พิจารณาซ้ำภายใน 12 เดือน (ครั้งก่อน {date})").format(
                    date=screen_date(fact.seen_again_after)
                )
            )
        if fact.review_overdue and fact.level is not None:
            flags.append(
                self.tr("เลยกำหนดทบทวนการประเมิน ({date})").format(date=screen_date(fact.level.next_review_on))
            )
        if flags:
            parts.append(f'<span style="color:#b71c1c;">{html.escape(" · ".join(flags))}</span>')
        lines = [" · ".join(parts)]
        actions = [
            f"{a.agency_label} {a.task}" + (f" ({screen_date(a.due_date)})" if a.due_date else "")
            for a in fact.open_actions[:ACTIONS_SHOWN]
        ]
        if len(fact.open_actions) > ACTIONS_SHOWN:
            actions.append(self.tr("และอีก {count} งาน").format(count=len(fact.open_actions) - ACTIONS_SHOWN))
        lines.append(
            html.escape(self.tr("งานที่ยังไม่แล้วเสร็จ: "))
            + (html.escape("; ".join(actions)) if actions else html.escape(self.tr("ไม่มี")))
        )
        if fact.plan_version is not None:
            services = [
                " — ".join(
                    p for p in (s.service.th, s.agency_label, s.status.th, screen_date(s.due_date)) if p
                )
                for s in fact.open_services
            ]
            lines.append(
                html.escape(
                    self.tr("บริการตามแผนความปลอดภัย (ฉบับที่ {version}) ที่ยังไม่เสร็จ: ").format(
                        version=fact.plan_version
                    )
                )
                + (html.escape("; ".join(services)) if services else html.escape(self.tr("ไม่มี")))
            )
        else:
            lines.append(html.escape(self.tr("ยังไม่มีแผนความปลอดภัย")))
        return "<br>".join(lines)
