"""Whether a screen shows its words whole: a reusable check for the laptop-sized layout tests.

Each visible one-line label, button and check box must be at least as wide as its text by its font's metrics
(plus the style's margins), unless it is a label that elides on purpose (``ElidedLabel``) and carries the whole
text as its tooltip. Each visible horizontal table header must show every section's title whole, and all its
sections side by side within the table (a title past the right edge is cut too). Word-wrapped and rich-text labels
wrap instead of clipping and are left out. The needed widths are measured here from the fonts, not taken from the
code under test.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QWidget,
)

from mdt_desktop.gui.widgets.fitting import ElidedLabel

SLACK = 1  # pixels: rounding of the font metrics


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.replace("&", "").split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if (
        not text
        or label.wordWrap()
        or Qt.mightBeRichText(text)
        or label.textFormat() is Qt.TextFormat.RichText
    ):
        return None
    needed = _text_width(label, text) + 2 * label.margin() + max(0, label.indent())
    if needed <= label.contentsRect().width() + SLACK:
        return None
    if isinstance(label, ElidedLabel) and label.toolTip() == text:
        return None  # elided on purpose, the whole text a hover away
    return f"label {label.objectName() or text!r}: text {needed} px in {label.contentsRect().width()} px"


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    style = button.style()
    needed = _text_width(button, text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QPushButton):
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    elif isinstance(button, QToolButton):
        shows_icon = button.toolButtonStyle() is not Qt.ToolButtonStyle.ToolButtonTextOnly
        if shows_icon and (not button.icon().isNull() or button.arrowType() is not Qt.ArrowType.NoArrow):
            needed += button.iconSize().width() + 4
    if needed <= button.width() + SLACK:
        return None
    return f"button {button.objectName() or text!r}: text {needed} px in {button.width()} px"


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() is not Qt.Orientation.Horizontal:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    owner = header.parentWidget().objectName() if header.parentWidget() else ""
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = _text_width(header, title) + 2 * margin
        if header.sectionSize(section) + SLACK < needed:
            problems.append(f"{owner} header {title!r}: {header.sectionSize(section)} px, needs {needed} px")
    if header.length() > header.viewport().width() + SLACK:
        problems.append(
            f"{owner} headers {header.length()} px wide in {header.viewport().width()} px: cut at the edge"
        )
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """What the person would see cut off in ``root`` and its visible children; empty when nothing is."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
            continue
        else:
            continue
        if problem is not None:
            problems.append(problem)
    return problems


def shown_lines(edit: QWidget) -> float:
    """How many lines of text a text box shows: its viewport's height over its font's line spacing."""
    viewport = edit.viewport()  # type: ignore[attr-defined]
    return viewport.height() / edit.fontMetrics().lineSpacing()
