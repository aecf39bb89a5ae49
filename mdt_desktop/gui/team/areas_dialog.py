"""The "พื้นที่" dialog: the provinces, districts and sub-districts that bodies and agencies cover, as a tree
(province > district > sub-district), with a small form to add or edit one area.

An area's parent is chosen from the areas of the level above. An area that bodies, agencies or smaller areas
still refer to is not deleted; the dialog says, in the user's language, what still refers to it. Every change
goes to the database through the TaskRunner and announces itself with ``bodies_changed``, which also refreshes
the area lists of the body dialog.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from mdt_desktop.domain.codes import Level
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import fill_enum_combo, report_failure, set_combo_value, show_error
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_area_dialog import Ui_AreaDialog
from mdt_desktop.gui.forms.ui_areas_dialog import Ui_AreasDialog
from mdt_desktop.services import bodies
from mdt_desktop.services.bodies import AreaInUse, AreaRecord, AreaUsage

# The form lists levels from the largest area down, the order in which people think of them.
LEVELS_LARGEST_FIRST: tuple[Level, ...] = tuple(reversed(Level))
AREA_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, LEVEL, CODE, NAME_EN = range(4)


def child_level(level: str) -> str | None:
    """The level of the areas that lie in an area of ``level`` (a province holds districts); None at the bottom."""
    return next((member.value for member in Level if bodies.parent_level(member.value) == level), None)


def areas_by_parent(areas: list[AreaRecord]) -> dict[int | None, list[AreaRecord]]:
    """The tree as lists of children; areas whose parent is unknown or missing are roots (key None).

    Roots come largest level first, then by Thai name, so that provinces head the tree.
    """
    known = {area.id for area in areas}
    order = {member.value: index for index, member in enumerate(LEVELS_LARGEST_FIRST)}
    children: dict[int | None, list[AreaRecord]] = defaultdict(list)
    for area in sorted(areas, key=lambda a: (order.get(a.level, len(order)), a.name_th)):
        children[area.parent_id if area.parent_id in known else None].append(area)
    return dict(children)


def parent_choices(areas: list[AreaRecord], level: str) -> list[AreaRecord]:
    """The areas an area of ``level`` can lie in: those of the level above, by Thai name."""
    above = bodies.parent_level(level)
    return sorted((a for a in areas if a.level == above), key=lambda a: a.name_th)


def new_area_under(selected: AreaRecord | None) -> AreaRecord:
    """A new area starts one level below the selected area and inside it; a province when nothing is chosen."""
    if selected is not None and selected.id is not None:
        below = child_level(selected.level)
        if below is not None:
            return AreaRecord(level=below, name_th="", parent_id=selected.id)
    return AreaRecord(level=Level.PROVINCE.value, name_th="")


class AreaDialog(QDialog):
    """One area's level, parent, names and code."""

    def __init__(
        self,
        record: AreaRecord,
        areas: list[AreaRecord],
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AreaDialog()
        self.ui.setupUi(self)
        self._original = record
        self._areas = [a for a in areas if a.id != record.id]
        self._language = language
        self.setWindowTitle(self.tr("แก้ไขพื้นที่") if record.id else self.tr("เพิ่มพื้นที่"))
        fill_enum_combo(self.ui.level, LEVELS_LARGEST_FIRST, language)
        set_combo_value(self.ui.level, record.level)
        self._fill_parents(record.parent_id)
        self.ui.nameTh.setText(record.name_th)
        self.ui.nameEn.setText(record.name_en)
        self.ui.code.setText(record.code)
        show_error(self.ui.errorLabel, "")
        self.ui.level.currentIndexChanged.connect(
            lambda _index: self._fill_parents(self.ui.parent.currentData())
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _fill_parents(self, keep: int | None) -> None:
        level = self.ui.level.currentData()
        choices = parent_choices(self._areas, level)
        self.ui.parent.clear()
        self.ui.parent.addItem(self.tr("(ไม่ระบุ)"), None)
        for area in choices:
            self.ui.parent.addItem(area.name_th, area.id)
        set_combo_value(self.ui.parent, keep)
        # A national area lies in nothing; for other levels the list may simply be empty so far.
        self.ui.parent.setEnabled(bodies.parent_level(level) is not None)

    def record(self) -> AreaRecord:
        return replace(
            self._original,
            level=self.ui.level.currentData(),
            parent_id=self.ui.parent.currentData(),
            name_th=self.ui.nameTh.text().strip(),
            name_en=self.ui.nameEn.text().strip(),
            code=self.ui.code.text().strip(),
        )

    def accept(self) -> None:
        if not self.ui.nameTh.text().strip():
            show_error(self.ui.errorLabel, self.tr("โปรดระบุชื่อพื้นที่ภาษาไทย"))
            return
        super().accept()


class AreasDialog(QDialog):
    """The tree of areas with add, edit and delete; kept by the bodies page and reopened there."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AreasDialog()
        self.ui.setupUi(self)
        self._areas: list[AreaRecord] = []
        self._select_id: int | None = None
        # The open sub-dialogs, kept so that they stay alive while open (and so that tests can reach them).
        self.area_dialog: AreaDialog | None = None
        self.confirm_box: QMessageBox | None = None
        header = self.ui.tree.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (LEVEL, CODE, NAME_EN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Qt's own button labels are not translated into Thai; this one says ปิด like the rest of the dialog.
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        show_error(self.ui.errorLabel, "")
        self.ui.addButton.clicked.connect(self.add_area)
        self.ui.editButton.clicked.connect(self.edit_area)
        self.ui.deleteButton.clicked.connect(self.delete_area)
        self.ui.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_area())
        self.ui.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.ui.buttonBox.rejected.connect(self.reject)
        self._selection_changed()
        context.signals.bodies_changed.connect(self.reload)

    # --- loading ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: bodies.list_areas(database), self._loaded, self._failed)

    def _loaded(self, areas: list[AreaRecord]) -> None:
        self._areas = areas
        current = self.selected_area()
        select_id = self._select_id if self._select_id is not None else (current.id if current else None)
        self._select_id = None
        children = areas_by_parent(areas)
        self.ui.tree.clear()

        def add(parent_item: QTreeWidgetItem | None, parent_id: int | None) -> None:
            for area in children.get(parent_id, []):
                item = QTreeWidgetItem(
                    [area.name_th, Level(area.level).label(self.context.language), area.code, area.name_en]
                )
                item.setData(NAME, AREA_ROLE, area)
                if parent_item is None:
                    self.ui.tree.addTopLevelItem(item)
                else:
                    parent_item.addChild(item)
                if area.id == select_id:
                    self.ui.tree.setCurrentItem(item)
                add(item, area.id)

        add(None, None)
        self.ui.tree.expandAll()
        self._selection_changed()

    def areas(self) -> list[AreaRecord]:
        return list(self._areas)

    def selected_area(self) -> AreaRecord | None:
        item = self.ui.tree.currentItem()
        return item.data(NAME, AREA_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        chosen = self.selected_area() is not None and not self.context.database.read_only
        self.ui.addButton.setEnabled(not self.context.database.read_only)
        self.ui.editButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)
        show_error(self.ui.errorLabel, "")

    # --- editing ----------------------------------------------------------------------------------------------

    def add_area(self) -> AreaDialog:
        return self._open_form(new_area_under(self.selected_area()))

    def edit_area(self) -> AreaDialog | None:
        area = self.selected_area()
        return self._open_form(area) if area is not None and not self.context.database.read_only else None

    def _open_form(self, record: AreaRecord) -> AreaDialog:
        dialog = AreaDialog(record, self._areas, self.context.language, self)
        dialog.accepted.connect(lambda: self._save(dialog.record()))
        self.area_dialog = dialog
        dialog.open()
        return dialog

    def _save(self, record: AreaRecord) -> None:
        database = self.context.database

        def job() -> int:
            if record.id is None:
                return bodies.create_area(database, record)
            bodies.update_area(database, record)
            return record.id

        def saved(area_id: int) -> None:
            self._select_id = area_id  # the reload that follows selects what was just saved
            self.context.signals.bodies_changed.emit()

        self.context.tasks.run(job, saved, self._failed)

    def delete_area(self) -> QMessageBox | None:
        area = self.selected_area()
        if area is None or area.id is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("ลบพื้นที่"),
            self.tr("ลบพื้นที่ “{name}” หรือไม่").format(name=area.name_th),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("ลบ"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("ไม่ลบ"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        area_id, name = area.id, area.name_th
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self._delete(area_id, name))
        self.confirm_box = box
        box.open()
        return box

    def _delete(self, area_id: int, name: str) -> None:
        database = self.context.database

        def job() -> AreaUsage | None:
            try:
                bodies.delete_area(database, area_id)
            except AreaInUse as refused:
                return refused.usage
            return None

        def done(refused: AreaUsage | None) -> None:
            if refused is None:
                self.context.signals.bodies_changed.emit()
            else:
                show_error(self.ui.errorLabel, self.in_use_message(name, refused))

        self.context.tasks.run(job, done, self._failed)

    def in_use_message(self, name: str, usage: AreaUsage) -> str:
        parts = [
            text.format(n=n)
            for text, n in (
                (self.tr("คณะ/ทีม {n} คณะ"), usage.bodies),
                (self.tr("หน่วยงาน {n} แห่ง"), usage.agencies),
                (self.tr("พื้นที่ย่อย {n} แห่ง"), usage.sub_areas),
            )
            if n
        ]
        message = self.tr("ลบ “{name}” ไม่ได้ เพราะ{parts} ยังอ้างถึงพื้นที่นี้ โปรดเปลี่ยนพื้นที่ของรายการเหล่านั้นก่อน")
        return message.format(name=name, parts=self.tr(" และ ").join(parts))

    def _failed(self, error: UserFacingError) -> None:
        report_failure(self, self.context, error)
