"""A small bar chart of one published statistics table, drawn with QPainter (QtCharts is not shipped), in a scroll
area on the page when its rows need more height than there is.

As in the PDF: horizontal bars, one per row of the table, its columns stacked in the bar with a legend above;
published counts only. A withheld count gets no bar: a small dashed box of one size with its mark ("<5" or "x")
after the bar, so the chart never shows more than the table. ``shapes`` gives them for the widget's size, so
a test reads what would be painted.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mdt_desktop.domain.statistics_report import StatisticsTable
from mdt_desktop.exports.statistics_marks import ONE_SERIES_COLOUR, SERIES_COLOURS, mark

MARGIN = 8.0
AXIS_GREY = QColor("#9e9e9e")


@dataclass(frozen=True)
class Bar:
    """A published count's bar: its row and column in the table, and where it is painted."""

    row: str
    column: int
    count: int
    rect: QRectF


@dataclass(frozen=True)
class WithheldMark:
    """The box and mark painted instead of a withheld count's bar."""

    row: str
    column: int
    text: str
    box: QRectF


@dataclass(frozen=True)
class Text:
    at: QPointF  # the baseline's left end
    text: str
    colour: QColor


@dataclass
class ChartLayout:
    bars: list[Bar]
    marks: list[WithheldMark]
    texts: list[Text]
    swatches: list[tuple[QRectF, QColor]]
    axis: list[tuple[QPointF, QPointF]]


class StatisticsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: StatisticsTable | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 160)

    def set_table(self, table: StatisticsTable | None) -> None:
        self._table = table
        # Tall enough for every row at its closest spacing (a province's agencies): the scroll area around the
        # chart scrolls rather than the rows overlapping.
        line = QFontMetricsF(self.font()).height()
        rows = len(table.row_labels) if table is not None else 0
        legend = 2 * line + 4 if table is not None and len(table.column_labels) > 1 else 0
        self.setMinimumHeight(int(2 * MARGIN + legend + rows * (line + 2) + line + 6) if rows else 0)
        self.update()

    def _colour(self, column: int) -> QColor:
        assert self._table is not None
        palette = SERIES_COLOURS if len(self._table.column_labels) > 1 else (ONE_SERIES_COLOUR,)
        return QColor(palette[column % len(palette)])

    def shapes(self) -> ChartLayout:
        """What is painted at the widget's present size."""
        shapes = ChartLayout([], [], [], [], [])
        table = self._table
        if table is None or not table.row_labels:
            return shapes
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        width, height = float(self.width()), float(self.height())
        stacked = len(table.column_labels) > 1
        black = self.palette().windowText().color()

        # The legend of a stacked bar's colours, wrapped to the width.
        top = MARGIN
        if stacked:
            x = MARGIN
            swatch = line * 0.6
            for column, label in enumerate(table.column_labels):
                item = swatch + 4 + metrics.horizontalAdvance(label) + 12
                if x > MARGIN and x + item > width - MARGIN:
                    x, top = MARGIN, top + line
                shapes.swatches.append(
                    (QRectF(x, top + (line - swatch) / 2, swatch, swatch), self._colour(column))
                )
                shapes.texts.append(Text(QPointF(x + swatch + 4, top + metrics.ascent()), label, black))
                x += item
            top += line + 4

        label_width = min(
            max(metrics.horizontalAdvance(label) for label in table.row_labels) + 8, width * 0.38
        )
        left = MARGIN + label_width
        mark_room = metrics.horizontalAdvance("<5") + line + 12
        right = width - MARGIN - max(mark_room, metrics.horizontalAdvance("0000") + 6)
        axis_height = line + 6
        rows = len(table.row_labels)
        pitch = max(line + 2, min(line * 1.7, (height - top - axis_height - MARGIN) / rows))
        bar_height = pitch * 0.62
        largest = max(sum(cell.count or 0 for cell in cells) for cells in table.table.cells)
        step = _step(largest)
        top_of_scale = max(step, -(-largest // step) * step)
        scale = max(0.0, right - left) / top_of_scale
        bottom = top + rows * pitch

        shapes.axis.append((QPointF(left, top), QPointF(left, bottom)))
        for value in range(0, top_of_scale + 1, step):
            x = left + value * scale
            shapes.axis.append((QPointF(x, bottom), QPointF(x, bottom + 3)))
            text = str(value)
            shapes.texts.append(
                Text(
                    QPointF(x - metrics.horizontalAdvance(text) / 2, bottom + 3 + metrics.ascent()),
                    text,
                    black,
                )
            )

        for index, (label, cells) in enumerate(zip(table.row_labels, table.table.cells, strict=True)):
            y = top + index * pitch + (pitch - bar_height) / 2
            baseline = y + bar_height / 2 + (metrics.ascent() - metrics.descent()) / 2
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            shapes.texts.append(
                Text(QPointF(left - 4 - metrics.horizontalAdvance(shown), baseline), shown, black)
            )
            x = left
            for column, cell in enumerate(cells):
                if cell.count:
                    length = cell.count * scale
                    shapes.bars.append(Bar(label, column, cell.count, QRectF(x, y, length, bar_height)))
                    count = str(cell.count)
                    if stacked and length >= metrics.horizontalAdvance(count) + 6:
                        at = QPointF(x + (length - metrics.horizontalAdvance(count)) / 2, baseline)
                        shapes.texts.append(Text(at, count, QColor("white")))
                    x += length
            x += 4
            if not stacked and cells[0].count is not None:
                shapes.texts.append(Text(QPointF(x, baseline), str(cells[0].count), black))
            for column, cell in enumerate(cells):
                withheld = mark(cell)
                if withheld is None:
                    continue
                box = line * 0.55
                shapes.marks.append(
                    WithheldMark(label, column, withheld, QRectF(x, y + (bar_height - box) / 2, box, box))
                )
                shapes.texts.append(Text(QPointF(x + box + 3, baseline), withheld, black))
                x += box + 3 + metrics.horizontalAdvance(withheld) + 8
        return shapes

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shapes = self.shapes()
        painter.setPen(QPen(AXIS_GREY, 1))
        for start, end in shapes.axis:
            painter.drawLine(start, end)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, colour in shapes.swatches:
            painter.fillRect(rect, colour)
        for bar in shapes.bars:
            painter.fillRect(bar.rect, self._colour(bar.column))
        for withheld in shapes.marks:
            colour = self._colour(withheld.column)
            fill = QColor(colour)
            fill.setAlphaF(0.35)
            painter.fillRect(withheld.box, fill)
            pen = QPen(colour, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(withheld.box)
            painter.setPen(Qt.PenStyle.NoPen)
        for text in shapes.texts:
            painter.setPen(text.colour)
            painter.drawText(text.at, text.text)
        painter.end()


def _step(largest: int) -> int:
    """1, 2 or 5 times a power of ten: at most five steps up to ``largest``."""
    step = 1
    multipliers = itertools.cycle((2.0, 2.5, 2.0))  # 1, 2, 5, 10, 20, 50, 100...
    while largest / step > 5:
        step = round(step * next(multipliers))
    return step
