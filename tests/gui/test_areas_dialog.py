"""The areas dialog of the bodies page: a province and a district in it are added by typing, a name is edited,
an area still in use is not deleted, and the body dialog offers the new areas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.team.areas_dialog import NAME, AreaDialog, AreasDialog
from mdt_desktop.gui.team.bodies_page import BodiesPage, BodyDialog
from mdt_desktop.services import bodies
from mdt_desktop.storage.database import Database
from tests.gui.page_support import click_ok, open_dialog, wait_idle
from tests.gui.thai_typing import OFFSCREEN_POPUP_NOISE, type_text
from tests.register_fixtures import Sample, build_sample, make_context, save_shot

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_POPUP_NOISE)


@pytest.fixture
def sample(database: Database) -> Sample:
    return build_sample(database)


@pytest.fixture
def context(database: Database, sample: Sample) -> Iterator[AppContext]:
    ctx = make_context(database)
    yield ctx
    ctx.tasks.shutdown()


def tree_rows(dialog: AreasDialog) -> list[tuple[int, str, str]]:
    """(depth, name, level) of every row, top to bottom, as a person reads the tree."""
    rows: list[tuple[int, str, str]] = []

    def walk(item: QTreeWidgetItem, depth: int) -> None:
        rows.append((depth, item.text(0), item.text(1)))
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(dialog.ui.tree.topLevelItemCount()):
        walk(dialog.ui.tree.topLevelItem(i), 0)
    return rows


def select(qtbot: QtBot, dialog: AreasDialog, name: str) -> None:
    item = dialog.ui.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, NAME)[0]
    rect = dialog.ui.tree.visualItemRect(item)
    qtbot.mouseClick(dialog.ui.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_area().name_th == name


def submit(qtbot: QtBot, context: AppContext, form: AreaDialog) -> None:
    with qtbot.waitSignal(context.signals.bodies_changed):
        click_ok(qtbot, form.ui.buttonBox)
    wait_idle(qtbot, context)


def test_areas_are_added_edited_and_kept_while_in_use(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    page = BodiesPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    page.activate()
    wait_idle(qtbot, context)
    qtbot.mouseClick(page.areas_button, Qt.MouseButton.LeftButton)
    dialog = page.areas_dialog
    assert dialog is not None and dialog.isVisible()
    wait_idle(qtbot, context)
    assert tree_rows(dialog) == [(0, "อำเภอแม่กลอง", "อำเภอ")]

    # A province: nothing is selected, so the form starts at the province level.
    dialog.ui.tree.setCurrentItem(None)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    form = open_dialog(dialog, AreaDialog)
    assert form.ui.level.currentText() == "จังหวัด"
    type_text(form.ui.nameTh, "สมุทรสงคราม")
    qtbot.keyClicks(form.ui.nameEn, "Samut Songkhram")
    qtbot.keyClicks(form.ui.code, "SKM")
    submit(qtbot, context, form)

    # A district under the selected province: level and parent come from the selection.
    select(qtbot, dialog, "สมุทรสงคราม")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    form = open_dialog(dialog, AreaDialog)
    assert (form.ui.level.currentText(), form.ui.parent.currentText()) == ("อำเภอ", "สมุทรสงคราม")
    type_text(form.ui.nameTh, "อำเภออัมพวา")
    qtbot.keyClicks(form.ui.code, "AMP")
    save_shot(form, "area_dialog")
    submit(qtbot, context, form)
    assert tree_rows(dialog) == [
        (0, "สมุทรสงคราม", "จังหวัด"),
        (1, "อำเภออัมพวา", "อำเภอ"),
        (0, "อำเภอแม่กลอง", "อำเภอ"),
    ]
    stored = {a.name_th: a for a in bodies.list_areas(database)}
    assert (stored["สมุทรสงคราม"].code, stored["สมุทรสงคราม"].name_en) == ("SKM", "Samut Songkhram")
    assert stored["อำเภออัมพวา"].parent_id == stored["สมุทรสงคราม"].id

    # The district the team works in gets its official name and moves into the province.
    select(qtbot, dialog, "อำเภอแม่กลอง")
    qtbot.mouseClick(dialog.ui.editButton, Qt.MouseButton.LeftButton)
    form = open_dialog(dialog, AreaDialog)
    form.ui.nameTh.selectAll()
    type_text(form.ui.nameTh, "อำเภอเมืองสมุทรสงคราม")
    form.ui.parent.setCurrentIndex(form.ui.parent.findText("สมุทรสงคราม"))
    submit(qtbot, context, form)
    assert tree_rows(dialog) == [
        (0, "สมุทรสงคราม", "จังหวัด"),
        (1, "อำเภออัมพวา", "อำเภอ"),
        (1, "อำเภอเมืองสมุทรสงคราม", "อำเภอ"),
    ]
    team = page.body_list.findItems("ทีมสหวิชาชีพอำเภอแม่กลอง", Qt.MatchFlag.MatchExactly)[0]
    page.body_list.setCurrentItem(team)
    assert page.current_body().area_name == "อำเภอเมืองสมุทรสงคราม"

    # The team's district is in use: deleting it is refused with a Thai message and nothing goes.
    select(qtbot, dialog, "อำเภอเมืองสมุทรสงคราม")
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    save_shot(box, "area_delete_confirm")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    message = dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisible()
    assert message.startswith("ลบ “อำเภอเมืองสมุทรสงคราม” ไม่ได้ เพราะคณะ/ทีม 1 คณะ")
    assert len(bodies.list_areas(database)) == 3
    assert len(tree_rows(dialog)) == 3
    dialog.resize(720, 420)
    save_shot(dialog, "areas")

    # An area nothing refers to goes.
    select(qtbot, dialog, "อำเภออัมพวา")
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(context.signals.bodies_changed):
        qtbot.mouseClick(dialog.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert [row[1] for row in tree_rows(dialog)] == ["สมุทรสงคราม", "อำเภอเมืองสมุทรสงคราม"]

    # The body dialog, opened after the edits, offers the areas as they now are.
    dialog.close()
    qtbot.mouseClick(page.add_body_button, Qt.MouseButton.LeftButton)
    body_dialog = open_dialog(page, BodyDialog)
    offered = [body_dialog.ui.area.itemText(i) for i in range(body_dialog.ui.area.count())]
    assert "สมุทรสงคราม (จังหวัด)" in offered
    assert "อำเภอเมืองสมุทรสงคราม (อำเภอ)" in offered
    assert not any("อัมพวา" in text for text in offered)
