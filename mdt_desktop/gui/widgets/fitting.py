"""What keeps a screen inside a 1366×768 laptop (and a 1280×720 projector): a one-line label that elides instead
of widening its window, and table columns sized to their short contents while the long text columns share what
is left.

A Qt label asks for the width of its whole text and a word-wrapped one for the height of all its lines, so one long
team name or message grows the window past the screen. ``ElidedLabel`` asks for little, paints its text cut with
"…" when it must, and carries the whole text as its tooltip. ``text()`` is still the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QStyle, QTableView, QTabWidget, QWidget

MIN_VISIBLE_CHARACTERS = 6  # the least of a label shown before "…": enough to recognise it


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" where it does not fit; the whole text is the tooltip.

    ``kept_tail`` is an ending that is never cut (a meeting's "ครั้งที่ 15/2569"): the text before it is
    shortened instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept_tail = ""
        self.elide_mode = Qt.TextElideMode.ElideRight
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as painted at the label's present width."""
        text = self.text()
        width = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) <= width:
            return text
        tail = self.kept_tail if self.kept_tail and text.endswith(self.kept_tail) else ""
        head = text[: len(text) - len(tail)]
        room = max(0, width - metrics.horizontalAdvance(tail))
        return metrics.elidedText(head, self.elide_mode, room) + tail

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        least = metrics.horizontalAdvance(self.text()[:MIN_VISIBLE_CHARACTERS] + "…")
        return QSize(min(hint.width(), least + 2 * self.margin()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        flags = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(flags), self.shown_text())
        painter.end()


def header_text_width(header: QHeaderView, section: int) -> int:
    """The width a header section needs to show its title whole: the text and the style's margins."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    widest = max((header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)
    return widest + 2 * margin + 2


def fit_columns(table: QTableView, stretch: Iterable[int], caps: dict[int, int] | None = None) -> None:
    """Short columns (dates, abbreviations, statuses) as wide as their contents and their title; the ``stretch``
    columns share the rest of the width and elide (their whole text is in the cell's tooltip); a column in
    ``caps`` is no wider than its cap (in pixels) but never narrower than its title."""
    model = table.model()
    if model is None:
        return
    header = table.horizontalHeader()
    caps = caps or {}
    stretched = set(stretch)
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    for column in range(model.columnCount()):
        if column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        title = header_text_width(header, column)
        wanted = max(header.sectionSize(column), title)
        if column in caps:
            wanted = max(title, min(wanted, caps[column]))
        header.resizeSection(column, wanted)


class TabCorner(QWidget):
    """A tab widget's corner widget that asks for the width the tabs leave, so an ``ElidedLabel`` in it shows as
    much as fits beside the tabs instead of pushing them into scroll arrows."""

    GAP = 16  # pixels between the last tab and the corner

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        tabs = self.parentWidget()
        if not isinstance(tabs, QTabWidget):
            return hint
        room = tabs.width() - tabs.tabBar().sizeHint().width() - self.GAP
        return QSize(max(self.minimumSizeHint().width(), min(hint.width(), room)), hint.height())
