"""Shared steps of the D2 page tests: a context fixture body, waiting for the runner, finding the open dialog."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.cases.cases_page import CasesPage
from mdt_desktop.gui.common.context import AppContext

D = TypeVar("D", bound=QDialog)


def wait_idle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: not context.tasks.busy)


def open_dialog(page: QWidget, kind: type[D]) -> D:
    shown = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(shown) == 1
    return shown[-1]


def click_ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def shown_cases_page(qtbot: QtBot, context: AppContext, size: tuple[int, int]) -> CasesPage:
    """The cases page shown at ``size`` and loaded, as a person first sees it."""
    page = CasesPage(context)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    return page
