"""The users-and-roles section of the settings page (ผู้ใช้และบทบาท): who holds which role, for which body or agency,
granted by whom and when; giving a role and taking one back.

Shown to the administrator, and to everyone while the database has no role yet: whoever gives the first role
becomes the administrator (``services.roles``), which the section says before it happens. A role for a body
(secretary, chair) is given with the body, an agency officer's with the agency; the other two are for the whole
database, so the third choice is off for them. Taking a role back is asked for first. Every change goes through
the services on the worker (they refuse someone who is not the administrator, and the last administrator), and
``roles_changed`` lets the main window offer what the new roles allow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from mdt_desktop.domain.roles import Role, Scope
from mdt_desktop.gui.common.context import AppContext
from mdt_desktop.gui.common.dates import screen_date
from mdt_desktop.gui.common.tasks import UserFacingError
from mdt_desktop.gui.forms.ui_roles_section import Ui_RolesSection
from mdt_desktop.gui.settings.notes import NOTE_STYLE, show_note
from mdt_desktop.services import meetings, roles
from mdt_desktop.services.roles import PersonRoles, RoleGrant
from mdt_desktop.storage.database import Database


@dataclass(frozen=True)
class RolesState:
    """What the section shows, loaded on the worker in one go."""

    people: list[PersonRoles]
    bodies: list[tuple[int, str]]
    agencies: list[tuple[int, str]]
    in_force: bool


def load_roles_state(database: Database) -> RolesState:
    return RolesState(
        people=roles.list_people_with_roles(database),
        bodies=[(body.id, body.name_th) for body in meetings.list_bodies_with_meetings(database)],
        agencies=[
            (agency.id, f"{agency.abbreviation} {agency.name_th}".strip())
            for agency in meetings.list_agency_choices(database)
        ],
        in_force=roles.are_in_force(database),
    )


class RolesSection(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RolesSection()
        self.ui.setupUi(self)
        self.state: RolesState | None = None
        self._writing = False
        self._rows: list[RoleGrant | None] = []  # per table row: the grant, or None for a person without one
        self.ui.rolesNote.setStyleSheet(NOTE_STYLE)
        header = self.ui.rolesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.rolesTable.verticalHeader().hide()
        for role in Role:
            self.ui.roleCombo.addItem(role.label(context.language), role.value)
        self.ui.roleCombo.currentIndexChanged.connect(lambda _index: self._fill_places())
        self.ui.placeCombo.currentIndexChanged.connect(
            lambda _index: self.ui.placeCombo.setToolTip(self.ui.placeCombo.currentText())
        )
        self.ui.personCombo.currentIndexChanged.connect(lambda _index: self._enable())
        self.ui.rolesTable.itemSelectionChanged.connect(self._enable)
        self.ui.grantButton.clicked.connect(self.grant)
        self.ui.revokeButton.clicked.connect(self.ask_revoke)
        self._enable()

    def activate(self) -> None:
        database = self.context.database
        self.context.tasks.run(lambda: load_roles_state(database), self._show, self._failed)

    # --- showing ----------------------------------------------------------------------------------------------

    def _show(self, state: RolesState) -> None:
        self.state = state
        self._show_state_line()
        table = self.ui.rolesTable
        self._rows = []
        lines: list[tuple[str, RoleGrant | None]] = []
        for person in state.people:
            if not person.grants:
                lines.append((person.name, None))
            for grant in person.grants:
                lines.append((person.name, grant))
        table.setRowCount(len(lines))
        for row, (name, grant) in enumerate(lines):
            self._rows.append(grant)
            cells = (
                (name, "—", "", "", "")
                if grant is None
                else (
                    name,
                    grant.role.label(self.context.language),
                    grant.place or self.tr("ทั้งฐานข้อมูล"),
                    grant.granted_by,
                    screen_date(grant.granted_at.date()),
                )
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        chosen = self.ui.personCombo.currentData()
        self.ui.personCombo.blockSignals(True)
        self.ui.personCombo.clear()
        for person in state.people:
            self.ui.personCombo.addItem(person.name, person.profile_id)
        index = self.ui.personCombo.findData(chosen)
        self.ui.personCombo.setCurrentIndex(max(index, 0))
        self.ui.personCombo.blockSignals(False)
        self._fill_places()

    def _show_state_line(self) -> None:
        if self.state is None:
            self.ui.stateLabel.setText("")
        elif self.state.in_force:
            self.ui.stateLabel.setText(self.tr("บทบาทมีผลแล้ว แต่ละคนเห็นและทำได้เฉพาะสิ่งที่บทบาทของตนอนุญาต"))
        else:
            self.ui.stateLabel.setText(
                self.tr(
                    "ฐานข้อมูลนี้ยังไม่มีบทบาท ทุกคนที่ปลดล็อกได้ทำได้ทุกอย่าง "
                    "เมื่อท่านให้บทบาทแรก ท่านจะเป็นผู้ดูแลระบบ และบทบาทจะเริ่มมีผลกับทุกคน "
                    "หากท่านเขียนรายงานการประชุมด้วย ให้บทบาทเลขานุการแก่ตัวท่านเองด้วย"
                )
            )

    def _fill_places(self) -> None:
        role = Role(self.ui.roleCombo.currentData())
        combo = self.ui.placeCombo
        combo.clear()
        if self.state is not None and role.scope is Scope.BODY:
            for body_id, name in self.state.bodies:
                combo.addItem(name, body_id)
        elif self.state is not None and role.scope is Scope.AGENCY:
            for agency_id, name in self.state.agencies:
                combo.addItem(name, agency_id)
        else:
            combo.addItem(self.tr("ทั้งฐานข้อมูล"), None)
        self._enable()

    def selected_grant(self) -> RoleGrant | None:
        rows = self.ui.rolesTable.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _enable(self) -> None:
        writable = self.state is not None and not self.context.database.read_only and not self._writing
        role = Role(self.ui.roleCombo.currentData())
        scoped = role.scope is not Scope.DATABASE
        self.ui.placeCombo.setEnabled(writable and scoped)
        has_place = not scoped or self.ui.placeCombo.currentData() is not None
        self.ui.grantButton.setEnabled(
            writable and self.ui.personCombo.currentData() is not None and has_place
        )
        self.ui.revokeButton.setEnabled(writable and self.selected_grant() is not None)

    # --- granting and revoking --------------------------------------------------------------------------------

    def grant(self) -> None:
        if self._writing or not self.ui.grantButton.isEnabled():
            return
        database = self.context.database
        profile_id = int(self.ui.personCombo.currentData())
        person = self.ui.personCombo.currentText()
        role = Role(self.ui.roleCombo.currentData())
        place = self.ui.placeCombo.currentData()
        body_id = place if role.scope is Scope.BODY else None
        agency_id = place if role.scope is Scope.AGENCY else None

        def job() -> RolesState:
            roles.grant_role(database, profile_id, role, body_id=body_id, agency_id=agency_id)
            return load_roles_state(database)

        def done(state: RolesState) -> None:
            self._changed(state)
            self._say(
                self.tr("ให้บทบาท{role} แก่ {name} แล้ว").format(
                    role=role.label(self.context.language), name=person
                )
            )

        self._start_writing()
        self.context.tasks.run(job, done, self._failed)

    def ask_revoke(self) -> None:
        grant = self.selected_grant()
        if grant is None or self._writing or self.state is None:
            return
        name = next((p.name for p in self.state.people if p.profile_id == grant.profile_id), "")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("ถอนบทบาท"),
            self.tr("ถอนบทบาท{role}ของ {name}?").format(
                role=grant.role.label(self.context.language), name=name
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        revoke = box.addButton(self.tr("ถอนบทบาท"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is revoke:
                self.revoke(grant)

        box.buttonClicked.connect(answered)
        self.revoke_question = box
        box.open()

    def revoke(self, grant: RoleGrant) -> None:
        database = self.context.database

        def job() -> RolesState:
            roles.revoke_role(database, grant.id)
            return load_roles_state(database)

        def done(state: RolesState) -> None:
            self._changed(state)
            self._say(self.tr("ถอนบทบาทแล้ว"))

        self._start_writing()
        self.context.tasks.run(job, done, self._failed)

    def _start_writing(self) -> None:
        self._writing = True
        self._say("")
        self._enable()

    def _changed(self, state: RolesState) -> None:
        self._writing = False
        self._show(state)
        self.context.signals.roles_changed.emit()

    def _failed(self, error: UserFacingError) -> None:
        self._writing = False
        self._enable()
        self._say(error.message(self.context.language), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        show_note(self.ui.rolesMessage, text, error=error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for index, role in enumerate(Role):
                self.ui.roleCombo.setItemText(index, role.label(self.context.language))
            self._show_state_line()
            if self.state is not None:
                self._show(self.state)
        super().changeEvent(event)
