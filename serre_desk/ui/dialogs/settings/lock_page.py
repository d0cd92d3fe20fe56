"""The locked desk: whether members' badges still check them in and out while the desk is
locked (self-service, with a confirmation naming only them), and after how many idle minutes the
desk locks."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox

from serre_desk.services.self_service import self_service_enabled
from serre_desk.services.settings_admin import save_lock_options
from serre_desk.services.startup import Database
from serre_desk.services.users import idle_lock_minutes
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage


def _read(db: Database) -> tuple[bool, int]:
    return self_service_enabled(db), idle_lock_minutes(db)


class LockPage(SettingsPage):
    topic = "lock"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Locked desk"),
            self.tr(
                "The desk locks when nobody uses it for a few minutes, and hides every name. "
                "Children, pickups and refusals always wait for staff."
            ),
        )
        group = QGroupBox(self.tr("While the desk is locked"))
        form = QFormLayout(group)
        self.self_service = QCheckBox(
            self.tr("Members' and guests' badges check them in and out (self-service)")
        )
        form.addRow(self.self_service)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 999)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.add_row(form, self.tr("Lock after"), self.idle_minutes, "idle_minutes")
        self.body.addWidget(group)

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: _read(db), self._show)

    def _show(self, values: tuple[bool, int]) -> None:
        self.self_service.setChecked(values[0])
        self.idle_minutes.setValue(values[1])

    def save(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        enabled, minutes = self.self_service.isChecked(), self.idle_minutes.value()
        self.write(
            lambda: save_lock_options(
                db, actor, self_service=enabled, idle_minutes=minutes, now=now
            ),
            lambda _none: self.saved(),
        )
