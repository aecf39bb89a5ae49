"""A small chart of a case's risk over time: one point per assessment, oldest on the left, its height the level's
band (standard at the bottom, immediate danger at the top), its score written beside it and its date (Thai short
form, Buddhist Era) underneath. A level set by professional judgement over the instrument's rule is a ring.

Painted with QPainter (no chart library): the program ships as one small wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mdt_desktop.domain.codes import RiskLevel
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.services.case_story import AssessmentPoint

# Light bands behind the points and the points' own colour, by level (standard to immediate danger).
BAND_COLOURS = {
    RiskLevel.STANDARD: QColor("#e8f5e9"),
    RiskLevel.MEDIUM: QColor("#fff8e1"),
    RiskLevel.HIGH: QColor("#ffe0b2"),
    RiskLevel.IMMEDIATE_DANGER: QColor("#ffcdd2"),
}
POINT_COLOURS = {
    RiskLevel.STANDARD: QColor("#2e7d32"),
    RiskLevel.MEDIUM: QColor("#f9a825"),
    RiskLevel.HIGH: QColor("#ef6c00"),
    RiskLevel.IMMEDIATE_DANGER: QColor("#c62828"),
}
POINT_RADIUS = 5.0
MARGIN = 6.0


def instrument_name(point: AssessmentPoint, language: str) -> str:
    """The instrument's title, or its key and version when it is no longer on offer."""
    if point.instrument_title is not None:
        return point.instrument_title.text(language)
    return QCoreApplication.translate("RiskChart", "{key} ฉบับที่ {version}").format(
        key=point.instrument_key, version=point.instrument_version
    )


class RiskChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[AssessmentPoint] = []
        self._language = "th"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_points(self, points: list[AssessmentPoint], language: str = "th") -> None:
        """``points`` in date order (``CaseStory.assessments``)."""
        self._points = list(points)
        self._language = language
        self.setToolTip(
            "\n".join(
                f"{screen_date(p.assessed_on)}: {p.level.label(language)}"
                + (f" ({p.score})" if p.score is not None else "")
                + f" · {instrument_name(p, language)}"
                for p in self._points
            )
        )
        self.update()

    def points(self) -> list[AssessmentPoint]:
        return list(self._points)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        return QSize(320, int(metrics.height() * 5.5))

    def sizeHint(self) -> QSize:
        return QSize(520, self.minimumSizeHint().height() + 20)

    # --- geometry: where things go, shared by painting and the tests -----------------------------------------

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return max(metrics.horizontalAdvance(level.label(self._language)) for level in RiskLevel) + 2 * MARGIN

    def plot_area(self) -> QRectF:
        """Where the bands are: right of the level names, above the dates."""
        line = QFontMetricsF(self.font()).height()
        left = self._label_width()
        return QRectF(
            left, MARGIN, max(1.0, self.width() - left - MARGIN), max(1.0, self.height() - 2 * MARGIN - line)
        )

    def band(self, level: RiskLevel) -> QRectF:
        area = self.plot_area()
        height = area.height() / len(RiskLevel)
        top = area.bottom() - (level.rank + 1) * height
        return QRectF(area.left(), top, area.width(), height)

    def point_positions(self) -> list[QPointF]:
        """The centre of each assessment's point, in the order of ``points()``: evenly spaced, oldest left."""
        area = self.plot_area()
        count = len(self._points)
        step = area.width() / count if count else 0.0
        return [
            QPointF(area.left() + step * (index + 0.5), self.band(point.level).center().y())
            for index, point in enumerate(self._points)
        ]

    # --- painting ---------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        text_colour = self.palette().color(self.foregroundRole())
        for level in RiskLevel:
            band = self.band(level)
            painter.fillRect(band, BAND_COLOURS[level])
            painter.setPen(text_colour)
            label_box = QRectF(0, band.top(), self._label_width() - MARGIN, band.height())
            painter.drawText(
                label_box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                level.label(self._language),
            )
        area = self.plot_area()
        if not self._points:
            painter.setPen(text_colour)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("ยังไม่มีการประเมินความเสี่ยง"))
            return
        positions = self.point_positions()
        painter.setPen(QPen(QColor("#616161"), 1.5))
        painter.drawPolyline(positions)
        date_room = area.width() / len(positions)
        # Dates are written under as many points as there is room for, always under the newest.
        date_width = metrics.horizontalAdvance("30 ก.ย. 2569") + MARGIN
        every = max(1, int(date_width // date_room) + 1) if date_room < date_width else 1
        for index, (point, centre) in enumerate(zip(self._points, positions, strict=True)):
            colour = POINT_COLOURS[point.level]
            if point.overridden:
                painter.setPen(QPen(colour, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(QPen(colour.darker(120), 1))
                painter.setBrush(colour)
            painter.drawEllipse(centre, POINT_RADIUS, POINT_RADIUS)
            painter.setPen(text_colour)
            if point.score is not None:
                painter.drawText(
                    QPointF(centre.x() + POINT_RADIUS + 2, centre.y() - POINT_RADIUS), str(point.score)
                )
            newest = index == len(positions) - 1
            if newest or (len(positions) - 1 - index) % every == 0:
                text = screen_date(point.assessed_on)
                width = metrics.horizontalAdvance(text)
                x = min(max(centre.x() - width / 2, area.left()), area.right() - width)
                painter.drawText(QPointF(x, area.bottom() + metrics.ascent() + 2), text)
