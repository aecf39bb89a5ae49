"""The people section of the settings page: who works in this database, who is working now, adding a person and
retiring one who left.

The profiles are the database's (``services.profiles``); the person working now is the one chosen at unlock
(``context.profile_id``), whose name every audit entry of this session carries, so they cannot retire
themselves here. A retirement is asked for first and never deletes: past entries keep naming the person.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QListWidgetItem, QMessageBox, QWidget

from mdt_desktop.domain.roles import Permission
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.editing import actor_name
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from mdt_desktop.gui.settings.notes import NOTE_STYLE, show_note
from mdt_desktop.services import profiles
from mdt_desktop.services.profiles import Profile


class PeopleSection(QObject):
    def __init__(self, page: QWidget, ui: Ui_SettingsPage, context: AppContext) -> None:
        super().__init__(page)
        self.page, self.ui, self.context = page, ui, context
        self.profiles: list[Profile] | None = None
        self._writing = False
        ui.peopleNote.setStyleSheet(NOTE_STYLE)
        ui.peopleList.itemSelectionChanged.connect(self._enable)
        ui.newPersonEdit.textChanged.connect(self._enable)
        ui.newPersonEdit.returnPressed.connect(self.add_person)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.retirePersonButton.clicked.connect(self.ask_retire)
        self._show_current()
        self._enable()

    def activate(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: profiles.list_profiles(database), self._show, self._failed)

    def is_current(self, profile: Profile) -> bool:
        if self.context.profile_id is not None:
            return profile.id == self.context.profile_id
        return profile.name.casefold() == self.context.user_name.casefold()  # a session from before profiles

    def selected(self) -> Profile | None:
        chosen = self.ui.peopleList.selectedItems()
        if not chosen or self.profiles is None:
            return None
        wanted = chosen[0].data(Qt.ItemDataRole.UserRole)
        return next((person for person in self.profiles if person.id == wanted), None)

    # --- adding ------------------------------------------------------------------------------------------------

    def add_person(self) -> None:
        name = self.ui.newPersonEdit.text()
        if self._writing or self.profiles is None or not self.ui.addPersonButton.isEnabled():
            return
        database, actor = self.context.database, actor_name(self.context)

        def job() -> tuple[Profile, list[Profile]]:
            added = profiles.add_profile(database, name, actor)
            return added, profiles.list_profiles(database)

        def done(result: tuple[Profile, list[Profile]]) -> None:
            added, everyone = result
            self._writing = False
            self.ui.newPersonEdit.clear()
            self._show(everyone)
            self.ui.peopleList.setCurrentRow([p.id for p in everyone].index(added.id))
            self._say(self.tr("เพิ่ม {name} แล้ว เลือกชื่อนี้ได้ตอนปลดล็อกครั้งต่อไป").format(name=added.name))

        self._writing = True
        self._enable()
        self._say("")
        self.context.tasks.run(job, done, self._failed)

    # --- retiring ----------------------------------------------------------------------------------------------

    def ask_retire(self) -> None:
        person = self.selected()
        if person is None or self.is_current(person) or self._writing:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("ปิดการใช้งานผู้ใช้"),
            self.tr("ปิดการใช้งาน {name}? ชื่อนี้จะเลือกตอนปลดล็อกไม่ได้อีก แต่ประวัติการใช้งานเดิมยังระบุชื่อนี้").format(
                name=person.name
            ),
            QMessageBox.StandardButton.Cancel,
            self.page,
        )
        retire = box.addButton(self.tr("ปิดการใช้งาน"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is retire:
                self.retire(person)

        box.buttonClicked.connect(answered)
        box.open()

    def retire(self, person: Profile) -> None:
        database, actor = self.context.database, actor_name(self.context)

        def done(everyone: list[Profile]) -> None:
            self._writing = False
            self._show(everyone)
            self._say(self.tr("ปิดการใช้งาน {name} แล้ว").format(name=person.name))

        self._writing = True
        self._enable()
        self.context.tasks.run(
            lambda: profiles.retire_profile(database, person.id, actor), done, self._failed
        )

    # --- showing -----------------------------------------------------------------------------------------------

    def _show(self, everyone: list[Profile]) -> None:
        self.profiles = everyone
        listing = self.ui.peopleList
        listing.blockSignals(True)  # no selection news while half of the list is there
        listing.clear()
        for person in everyone:
            if self.is_current(person):
                item = QListWidgetItem(self.tr("{name} (กำลังใช้งาน)").format(name=person.name))
                font = QFont(listing.font())
                font.setBold(True)
                item.setFont(font)
            else:
                item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            listing.addItem(item)
        listing.blockSignals(False)
        self._enable()

    def _show_current(self) -> None:
        name = self.context.user_name
        self.ui.currentPersonLabel.setText(
            self.tr("ผู้ที่กำลังใช้งาน: {name}").format(name=name) if name else self.tr("ยังไม่ได้เลือกผู้ใช้งานตอนปลดล็อก")
        )

    def _enable(self) -> None:
        ui = self.ui
        writable = self.profiles is not None and not self.context.database.read_only and not self._writing
        ui.newPersonEdit.setEnabled(not self.context.database.read_only)
        ui.addPersonButton.setEnabled(writable and bool(ui.newPersonEdit.text().strip()))
        person = self.selected()
        # With roles in force, retiring people is the administrator's (services.profiles refuses anyone else).
        manages = self.context.permissions.anywhere(Permission.MANAGE_USERS)
        ui.retirePersonButton.setEnabled(
            writable and manages and person is not None and not self.is_current(person)
        )
        if person is not None and self.is_current(person):
            ui.retirePersonButton.setToolTip(self.tr("ปิดการใช้งานตัวเองไม่ได้ ให้ผู้ใช้คนอื่นเป็นผู้ปิด"))
        else:
            ui.retirePersonButton.setToolTip("")

    def _failed(self, error: UserFacingError) -> None:
        self._writing = False
        self._enable()
        self._say(error.message(self.context.language), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_note(self.ui.peopleMessage, text, error=error)

    def retranslate(self) -> None:
        self._show_current()
        if self.profiles is not None:
            self._show(self.profiles)
