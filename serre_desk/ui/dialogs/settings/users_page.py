"""Desk users: who may sign in at the desk. Add staff (PIN) and managers (password), typed twice
and held to the same rules as `serre-desk user add`; give someone a new PIN or password; unlock;
deactivate (never the last active manager); a manager's new recovery code, shown once and
printable. Each change reaches the lock screen at once (`changed("users")`)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from serre_desk.services.actor import Role
from serre_desk.services.users import (
    DeskUserInfo,
    UserOverview,
    add_user,
    change_secret,
    deactivate_user,
    new_recovery_code,
    reactivate_user,
    unlock_user,
    user_overview,
)
from serre_desk.ui.dialogs.recovery_code import RecoveryCodeNote
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.dialogs.settings.paper import page_size, write_note
from serre_desk.ui.form_feedback import show_error
from serre_desk.ui.formatting import clock_time, day_text
from serre_desk.ui.print_job import PrintJob

ADD_FIELDS = {
    "name_empty": "name",
    "name_too_long": "name",
    "user_exists": "name",
    "weak_pin": "secret",
    "weak_password": "secret",
    "first_user_manager": "role",
    "bad_role": "role",
}
RESET_FIELDS = {"weak_pin": "new_secret", "weak_password": "new_secret"}
ACTION_FIELDS = {
    "last_manager": "user_action",
    "deactivate_self": "user_action",
    "recovery_for_managers": "user_action",
}
RECOVERY_KEY = "recovery-code"


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class UsersPage(SettingsPage):
    topic = "users"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Desk users"),
            self.tr(
                "Staff sign in with a PIN of at least 6 digits, managers with a password of at "
                "least 12 characters. Changes reach the lock screen at once."
            ),
        )
        self.users: list[UserOverview] = []
        self.save_button.hide()  # each action here is done at once, with its own button
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("UsersTable")
        self.table.setAccessibleName(self.tr("Desk users"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last sign-in"),
                self.tr("Failed attempts"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows choose the user
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self._add_group(), 1)
        row.addWidget(self._selected_group(), 1)
        self.body.addLayout(row)
        self.note = RecoveryCodeNote()
        self.note.hide()
        self.print_code = QPushButton(self.tr("Print the recovery code…"))
        self.print_code.hide()
        self.print_code.clicked.connect(self._print_code)
        self.note.kept.connect(self._code_put_away)
        self.body.addWidget(self.note)
        self.body.addWidget(self.print_code, 0, Qt.AlignmentFlag.AlignRight)
        self._code: tuple[str, str] | None = None
        self._pending_select: str | None = None
        self._selection_changed()

    def _add_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Add a desk user"))
        form = QFormLayout(group)
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("Staff (PIN)"), Role.STAFF.value)
        self.role.addItem(self.tr("Manager (password)"), Role.MANAGER.value)
        self.secret = password_field(self.tr("PIN: 6+ digits · password: 12+ characters"))
        self.repeat = password_field()
        self.add_button = QPushButton(self.tr("Add the user"))
        self.add_button.setAutoDefault(False)
        self.add_row(form, self.tr("Name"), self.name, "name")
        self.add_row(form, self.tr("Role"), self.role, "role")
        self.add_row(form, self.tr("PIN or password"), self.secret, "secret")
        self.add_row(form, self.tr("Again"), self.repeat, "repeat")
        form.addRow(self.add_button)
        self.add_button.clicked.connect(self.add)
        for field in (self.name, self.secret, self.repeat):
            field.returnPressed.connect(self.add)
        return group

    def _selected_group(self) -> QGroupBox:
        self.selected_box = QGroupBox(self.tr("The selected user"))
        layout = QVBoxLayout(self.selected_box)
        form = QFormLayout()
        self.new_secret = password_field()
        self.new_repeat = password_field()
        self.reset_button = QPushButton(self.tr("Set the new PIN or password"))
        self.reset_button.setAutoDefault(False)
        self.add_row(form, self.tr("New PIN or password"), self.new_secret, "new_secret")
        self.add_row(form, self.tr("Again"), self.new_repeat, "new_repeat")
        form.addRow(self.reset_button)
        layout.addLayout(form)
        self.reset_button.clicked.connect(self.reset_secret)
        for field in (self.new_secret, self.new_repeat):
            field.returnPressed.connect(self.reset_secret)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.recovery_button = QPushButton(self.tr("New recovery code…"))
        self.recovery_button.setToolTip(
            self.tr("A new code for a manager locked out; the old one stops working")
        )
        for button in (self.unlock_button, self.deactivate_button, self.recovery_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.error_for("user_action", None, self.deactivate_button))
        self.unlock_button.clicked.connect(self.unlock)
        self.deactivate_button.clicked.connect(self.ask_deactivate)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        return self.selected_box

    # --- the table ---------------------------------------------------------------------------

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: user_overview(db), self._show_users)

    def _show_users(self, users: list[UserOverview]) -> None:
        chosen = self._pending_select or self.selected_name()
        self._pending_select = None
        self.users = users
        self.table.setRowCount(len(users))
        lang = self.ctx.desk.lang
        for number, user in enumerate(users):
            cells = [
                user.name,
                self.tr("Manager") if user.role is Role.MANAGER else self.tr("Staff"),
                self._state(user),
                self._when(user.last_sign_in, lang),
                str(user.failed_attempts),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(number, column, item)
            if user.name == chosen:
                self.table.selectRow(number)
        if self.table.currentRow() < 0 and users:
            self.table.selectRow(0)
        self._selection_changed()

    def _state(self, user: UserOverview) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if user.locked:
            return self.tr("Locked")
        return self.tr("Active")

    def _when(self, moment: datetime | None, lang: str) -> str:
        if moment is None:
            return self.tr("never")
        return f"{day_text(moment, lang)} {clock_time(moment)}"

    def selected(self) -> UserOverview | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def selected_name(self) -> str | None:
        user = self.selected()
        return user.name if user else None

    def select(self, name: str) -> None:
        for number, user in enumerate(self.users):
            if user.name == name:
                self.table.selectRow(number)

    def _selection_changed(self) -> None:
        user = self.selected()
        self.selected_box.setEnabled(user is not None)
        if user is None:
            return
        self.selected_box.setTitle(self.tr("The selected user: {name}").format(name=user.name))
        self.unlock_button.setEnabled(user.active and (user.locked or user.failed_attempts > 0))
        self.deactivate_button.setEnabled(user.active)
        self.recovery_button.setEnabled(user.active and user.role is Role.MANAGER)
        self.reset_button.setText(
            self.tr("Set the new PIN or password")
            if user.active
            else self.tr("Reactivate with this PIN or password")
        )

    # --- actions -----------------------------------------------------------------------------

    def _differ(self, first: QLineEdit, second: QLineEdit, field: str) -> bool:
        if first.text() == second.text():
            return False
        self.clear_messages()
        show_error(self.error_for(field), self.tr("The two entries differ: type them again."))
        second.clear()
        second.setFocus()
        return True

    def add(self) -> None:
        if self._differ(self.secret, self.repeat, "repeat"):
            return
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        name, role, secret = self.name.text(), str(self.role.currentData()), self.secret.text()
        self.code_fields = ADD_FIELDS
        self.write(lambda: add_user(db, actor, name, role, secret, now=now), self._added)

    def _added(self, user: DeskUserInfo) -> None:
        for field in (self.name, self.secret, self.repeat):
            field.clear()
        self.saved(self.tr("{name} can sign in now.").format(name=user.name))
        if user.recovery_code:  # a new manager's code: shown once, now
            self._show_code(user.name, user.recovery_code)
        self._after_change(user)

    def reset_secret(self) -> None:
        user = self.selected()
        if user is None or self._differ(self.new_secret, self.new_repeat, "new_repeat"):
            return
        db, actor, now, secret = (
            self.ctx.desk.db,
            self.ctx.actor(),
            self.now,
            self.new_secret.text(),
        )
        self.code_fields = RESET_FIELDS
        if user.active:
            self.write(lambda: change_secret(db, actor, user.name, secret, now=now), self._reset)
        else:
            self.write(lambda: reactivate_user(db, actor, user.name, secret, now=now), self._reset)

    def _reset(self, user: DeskUserInfo) -> None:
        self.new_secret.clear()
        self.new_repeat.clear()
        self.saved(self.tr("{name} signs in with the new PIN or password.").format(name=user.name))
        self._after_change(user)

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        self.code_fields = ACTION_FIELDS
        self.write(lambda: unlock_user(db, actor, user.name, now=now), self._unlocked)

    def _unlocked(self, user: DeskUserInfo) -> None:
        self.saved(self.tr("{name} is unlocked.").format(name=user.name))
        self._after_change(user)

    def ask_deactivate(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.ctx.messages.ask(
            self.tr("Deactivate a desk user"),
            self.tr(
                "{name} will no longer be able to sign in. Their name stays in the audit log. "
                "A manager can reactivate them later with a new PIN or password."
            ).format(name=user.name),
            self.tr("Deactivate {name}").format(name=user.name),
            self.tr("Keep {name}").format(name=user.name),
            lambda yes: self.deactivate(user.name) if yes else None,
        )

    def deactivate(self, name: str) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        self.code_fields = ACTION_FIELDS
        self.write(lambda: deactivate_user(db, actor, name, now=now), self._deactivated)

    def _deactivated(self, user: DeskUserInfo) -> None:
        self.saved(self.tr("{name} is deactivated.").format(name=user.name))
        self._after_change(user)

    def new_recovery_code(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        self.code_fields = ACTION_FIELDS
        self.write(lambda: new_recovery_code(db, actor, user.name, now=now), self._code_made)

    def _code_made(self, user: DeskUserInfo) -> None:
        self._show_code(user.name, user.recovery_code or "")
        self.saved(
            self.tr("A new recovery code for {name}: the old one no longer works.").format(
                name=user.name
            )
        )
        self._after_change(user)

    def _show_code(self, name: str, code: str) -> None:
        self._code = (name, code)
        self.note.show_code(name, code)
        self.print_code.show()

    def _print_code(self) -> None:
        if self._code is None:
            return
        name, code = self._code
        printing = self.ctx.desk.printing
        title = self.tr("Recovery code: {name}").format(name=name)
        pdf = write_note(
            printing.scratch_file("recovery-code.pdf"),
            title,
            [
                self.tr(
                    "Keep this sheet with the venue's keys, away from the desk. At the sign-in "
                    "choose “Use a recovery code” to set a new password. Each code works once."
                )
            ],
            page_size(210, 297),
            big=code,
        )
        printing.print_with_dialog(PrintJob(pdf, RECOVERY_KEY, title), self.window())

    def _code_put_away(self) -> None:
        self._code = None
        self.print_code.hide()

    def _after_change(self, user: DeskUserInfo) -> None:
        self._pending_select = user.name
        self.load()
