"""Who is working: the user profile chosen right after unlock, whose name the audit log records as the actor.

The database is open but not shown yet. On a server, the account the person signed in with may be mapped to their
profile (``user_profile.server_account``): they are that person, without a question. Otherwise, with one profile there is nobody else it can be, so it is taken without
asking; with several, the one chosen last on this computer is proposed; with none (a new database, or one made
before profiles) the person types their name, which becomes the first profile. Every choice starts an audited
session (``services.profiles.start_session``). Cancelling closes the database again: nothing is shown without a
name to act under.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from mdt_desktop.gui.common.preferences import Pref, Preferences
from mdt_desktop.gui.common.tasks import TaskRunner
from mdt_desktop.gui.forms.ui_profile_dialog import Ui_ProfileDialog
from mdt_desktop.logging_setup import get_logger
from mdt_desktop.refusal import Refusal
from mdt_desktop.services import profiles, server_accounts
from mdt_desktop.services.profiles import Profile
from mdt_desktop.storage.database import Database
from mdt_desktop.storage.errors import StorageError

ERROR_STYLE = "color: #b00020;"

_log = get_logger("gui")
_Result = TypeVar("_Result")


class ProfileDialog(QDialog):
    """``start()`` loads the profiles on the worker and either takes the only one or asks; ``chosen`` carries
    the Profile once its session is recorded; ``rejected`` means the person cancelled (the caller closes)."""

    chosen = Signal(object)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        preferences: Preferences,
        *,
        language: str = "th",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.preferences = preferences
        self.language = language
        self._busy = False
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.busyBar.hide()
        self.ui.buttons.accepted.connect(self._submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.profileList.itemDoubleClicked.connect(lambda _item: self._submit())
        self.ui.profileList.currentItemChanged.connect(lambda *_: self._update_ok())
        self.ui.newNameEdit.textChanged.connect(self._new_name_edited)
        self._retranslate_dynamic()

    # --- starting ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        database = self.database

        def load() -> tuple[Profile | None, list[Profile]]:
            signed_in = server_accounts.signed_in(database).profile if database.on_server else None
            return signed_in, profiles.list_profiles(database)

        self._run(load, self._loaded, show_busy=False)

    def _loaded(self, loaded: tuple[Profile | None, list[Profile]]) -> None:
        signed_in, found = loaded
        self._set_busy(False)
        if signed_in is not None:
            self._start_session(signed_in.id)
            return
        if len(found) == 1:
            self._start_session(found[0].id)
            return
        last = int(self.preferences.get(Pref.LAST_PROFILE, self.database.database_id))
        for profile in found:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.ui.profileList.addItem(item)
            if profile.id == last:
                self.ui.profileList.setCurrentItem(item)
        has_profiles = bool(found)
        self.ui.profileList.setVisible(has_profiles)
        self.ui.questionLabel.setText(
            self.tr("ท่านคือใคร? ชื่อที่เลือกจะบันทึกในประวัติการเข้าถึงสำหรับทุกสิ่งที่ท่านทำ จนกว่าจะล็อกหรือปิดโปรแกรม")
            if has_profiles
            else self.tr(
                "ฐานข้อมูลนี้ยังไม่มีรายชื่อผู้ใช้งาน โปรดพิมพ์ชื่อ-สกุลของท่าน "
                "ชื่อนี้จะบันทึกในประวัติการเข้าถึงสำหรับทุกสิ่งที่ท่านทำ ผู้อื่นที่ใช้ฐานข้อมูลนี้เพิ่มชื่อของตนได้ในหน้านี้"
            )
        )
        self.ui.newNameLabel.setText(
            self.tr("ผู้ใช้ใหม่ (ชื่อ-สกุล) — พิมพ์เมื่อชื่อของท่านยังไม่อยู่ในรายการ") if has_profiles else self.tr("ชื่อ-สกุล")
        )
        if not has_profiles:
            # No list: no empty space where it was (wrapped labels need their height for the width).
            layout = self.layout()
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))
        self.show()
        if has_profiles and self.ui.profileList.currentItem() is None:
            self.ui.profileList.setCurrentRow(0)
        (self.ui.profileList if has_profiles else self.ui.newNameEdit).setFocus()
        self._update_ok()

    # --- the person's choice ----------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        database = self.database
        name = self.ui.newNameEdit.text().strip()
        if name:

            def add_and_start() -> Profile:
                added = profiles.add_profile(database, name, actor=name)
                return profiles.start_session(database, added.id)

            self._run(add_and_start, self._started)
            return
        item = self.ui.profileList.currentItem()
        if item is not None:
            self._start_session(int(item.data(Qt.ItemDataRole.UserRole)))

    def _start_session(self, profile_id: int) -> None:
        database = self.database
        self._run(lambda: profiles.start_session(database, profile_id), self._started)

    def _started(self, profile: Profile) -> None:
        self._set_busy(False)
        self.preferences.set(Pref.LAST_PROFILE, profile.id, self.database.database_id)
        _log.info("session started with a profile of this database")
        self.chosen.emit(profile)
        self.accept()

    def _run(
        self, job: Callable[[], _Result], on_success: Callable[[_Result], None], *, show_busy: bool = True
    ) -> None:
        self.ui.errorLabel.hide()
        self._set_busy(True, show_bar=show_busy)
        self.tasks.run(job, on_success, self._failed)

    def _failed(self, error: StorageError | Refusal) -> None:
        self._set_busy(False)
        self.ui.errorLabel.setText(error.message(self.language))
        self.ui.errorLabel.show()
        if not self.isVisible():
            self.show()  # a database that cannot record the session start still says why
        self.ui.newNameEdit.setFocus()

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    # --- appearance -------------------------------------------------------------------------------------------

    def _new_name_edited(self) -> None:
        if self.ui.newNameEdit.text().strip():
            self.ui.profileList.clearSelection()
        self._update_ok()

    def _set_busy(self, busy: bool, *, show_bar: bool = True) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy and show_bar)
        self.ui.profileList.setEnabled(not busy)
        self.ui.newNameEdit.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_ok()

    def _update_ok(self) -> None:
        ready = not self._busy and (
            bool(self.ui.newNameEdit.text().strip())
            or (self.ui.profileList.isVisible() and self.ui.profileList.currentItem() is not None)
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _retranslate_dynamic(self) -> None:
        database = self.database
        name = database.location if database.on_server else database.path.name
        self.ui.fileLabel.setText(self.tr("ฐานข้อมูล: {name}").format(name=name))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เริ่มใช้งาน"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)
