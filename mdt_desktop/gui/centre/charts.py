"""A small chart drawn with QPainter (QtCharts is not part of the program): one line per series, or bars stacked
per label, with a title, a value axis, the labels under the plot and a legend beside it.

It draws whatever ``labels`` and ``series`` it is given (the centre's page hands it ``services.centre``'s
``ChartSeries``); labels that would overlap are thinned out, every one still in the tooltip of its place.
"""

from __future__ import annotations

import itertools
import math
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

# Distinguishable colours, also for most kinds of colour blindness (Okabe–Ito first, then Tableau's).
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#6B4C9A",
    "#8C564B",
    "#B8860B",
    "#7F7F7F",
    "#17BECF",
    "#BCBD22",
)
AXIS_COLOUR = "#9e9e9e"
GRID_COLOUR = "#e0e0e0"
TEXT_COLOUR = "#212121"
LEGEND_WIDTH = 170
SWATCH = 10
TICKS = 5


class ChartKind(Enum):
    LINES = "lines"
    STACKED_BARS = "stacked_bars"


def nice_step(largest: int, ticks: int = TICKS) -> int:
    """A whole step of 1, 2 or 5 times a power of ten that puts about ``ticks`` lines under ``largest``."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


class ChartWidget(QWidget):
    def __init__(self, kind: ChartKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = ""
        self.empty_text = ""
        self.labels: tuple[str, ...] = ()
        self.series: dict[str, tuple[int, ...]] = {}
        self._label_slots: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)

    def set_data(self, title: str, labels: tuple[str, ...], series: dict[str, tuple[int, ...]]) -> None:
        self.title = title
        self.labels = labels
        self.series = dict(series)
        self.update()

    def legend(self) -> list[str]:
        """The names in the legend, in the order drawn."""
        return list(self.series)

    def largest(self) -> int:
        """The top of what is drawn: the highest point, or the highest stack."""
        if not self.series:
            return 0
        if self.kind is ChartKind.STACKED_BARS:
            return max((sum(values) for values in zip(*self.series.values(), strict=True)), default=0)
        return max((max(values, default=0) for values in self.series.values()), default=0)

    def sizeHint(self) -> QSize:
        return QSize(520, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, text in self._label_slots:
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    # --- drawing ----------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        largest = self.largest()
        if not self.labels or largest == 0:
            painter.setPen(QColor(AXIS_COLOUR))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        step = nice_step(largest)
        top_value = step * math.ceil(largest / step)
        axis_width = metrics.horizontalAdvance(str(top_value)) + 10
        plot = QRectF(
            8 + axis_width,
            line + 16,
            max(self.width() - 8 - axis_width - LEGEND_WIDTH - 16, 40),
            max(self.height() - line * 2 - 30, 40),
        )
        self._draw_axis(painter, plot, step, top_value, metrics)
        slot = plot.width() / len(self.labels)
        if self.kind is ChartKind.STACKED_BARS:
            self._draw_stacks(painter, plot, slot, top_value)
        else:
            self._draw_lines(painter, plot, slot, top_value)
        self._draw_labels(painter, plot, slot, metrics)
        self._draw_legend(
            painter, QRectF(plot.right() + 16, plot.top(), LEGEND_WIDTH, plot.height()), metrics
        )
        painter.end()

    def _draw_axis(
        self, painter: QPainter, plot: QRectF, step: int, top_value: int, metrics: QFontMetrics
    ) -> None:
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(QColor(GRID_COLOUR if value else AXIS_COLOUR), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(TEXT_COLOUR))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

    def _colour(self, index: int) -> QColor:
        return QColor(PALETTE[index % len(PALETTE)])

    def _draw_stacks(self, painter: QPainter, plot: QRectF, slot: float, top_value: int) -> None:
        bar = slot * 0.6
        for column in range(len(self.labels)):
            base = 0
            left = plot.left() + slot * column + (slot - bar) / 2
            for index, values in enumerate(self.series.values()):
                value = values[column]
                if not value:
                    continue
                bottom = plot.bottom() - plot.height() * base / top_value
                height = plot.height() * value / top_value
                painter.fillRect(QRectF(left, bottom - height, bar, height), self._colour(index))
                base += value

    def _draw_lines(self, painter: QPainter, plot: QRectF, slot: float, top_value: int) -> None:
        for index, values in enumerate(self.series.values()):
            points = [
                QPointF(
                    plot.left() + slot * (column + 0.5), plot.bottom() - plot.height() * value / top_value
                )
                for column, value in enumerate(values)
            ]
            painter.setPen(QPen(self._colour(index), 2))
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
            painter.setBrush(self._colour(index))
            for point in points:
                painter.drawEllipse(point, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_labels(self, painter: QPainter, plot: QRectF, slot: float, metrics: QFontMetrics) -> None:
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        every = max(1, math.ceil(widest / slot))
        self._label_slots = []
        painter.setPen(QColor(TEXT_COLOUR))
        for column, label in enumerate(self.labels):
            rect = QRectF(plot.left() + slot * column, plot.bottom() + 4, slot, metrics.height() + 4)
            self._label_slots.append((rect, label))
            if column % every:
                continue
            wide = QRectF(rect.center().x() - widest / 2, rect.top(), widest, rect.height())
            painter.drawText(wide, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _draw_legend(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        row = metrics.height() + 4
        names = list(self.series)
        # Stacked bars read from the bottom up: the legend lists them top-down in the same order as drawn.
        ordered = list(enumerate(names))
        if self.kind is ChartKind.STACKED_BARS:
            ordered.reverse()
        for line, (index, name) in enumerate(ordered):
            y = area.top() + row * line
            if y + row > area.bottom():  # no room for more: the rest would run off the chart
                break
            painter.fillRect(QRectF(area.left(), y + (row - SWATCH) / 2, SWATCH, SWATCH), self._colour(index))
            painter.setPen(QColor(TEXT_COLOUR))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(area.width() - SWATCH - 6))
            painter.drawText(
                QRectF(area.left() + SWATCH + 6, y, area.width() - SWATCH - 6, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
