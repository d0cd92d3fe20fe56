"""What every settings page shares: what it needs from the desk (`SettingsContext`), a heading,
fields with their message underneath, and one "Save" that runs on the writer thread.

A refusal that names its field (`FieldRefusal`) is written under that field, in red with an
icon-free sentence; any other refusal under the Save button. Nothing is saved then: the service
checks every value before its one transaction. A saved change says so calmly under the button,
and the desk hears of it at once (`changed`, the hub's `settings_changed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import Actor
from serre_desk.services.settings_admin import FieldRefusal
from serre_desk.services.startup import Location
from serre_desk.ui.context import DeskContext
from serre_desk.ui.form_feedback import error_label, show_error
from serre_desk.ui.messages import Messages
from serre_desk.ui.style import Tone, colours, scaled


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingsContext:
    """The desk's shared pieces, who acts, where this desk's files are, and how a page says
    that something changed (`changed(topic)`: "users", "areas", "hours", "lock", …)."""

    desk: DeskContext
    actor: Callable[[], Actor]
    changed: Callable[[str], None]
    location: Location
    messages: Messages
    close_desk: Callable[[], None]  # after a restore: the desk's data are not true any more


FieldKey = tuple[str, object]


class SettingsPage(QWidget):
    """A page: `title` in the list, `load()` when shown, `save()` on Enter or the button."""

    topic = ""  # what `changed` says after a save

    def __init__(self, ctx: SettingsContext, title: str, intro: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = title
        self._errors: dict[FieldKey, QLabel] = {}
        self._fields: dict[FieldKey, QWidget] = {}
        self.code_fields: dict[str, str] = {}  # a plain refusal's code → the field it is about
        self._busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(scaled(15))
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        outer.addWidget(heading)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            note.setProperty("muted", True)
            outer.addWidget(note)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body)
        self.general_error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {colours(Tone.CALM).text};")
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Save the changes on this page (Enter)"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        messages = QVBoxLayout()
        messages.addWidget(self.general_error)
        messages.addWidget(self.status)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(bottom)
        outer.addStretch(1)  # Save stays under the page's fields, not at the window's foot

    # --- fields -------------------------------------------------------------------------------

    def error_for(self, field: str, row: object = None, widget: QWidget | None = None) -> QLabel:
        """The message label of a field (made once); place it under the field. `widget` gets
        the focus when its value is refused."""
        key = (field, row)
        if widget is not None:
            self._fields[key] = widget
        if key not in self._errors:
            self._errors[key] = error_label()
        return self._errors[key]

    def add_row(
        self, form: QFormLayout, label: str, widget: QWidget, field: str, row: object = None
    ) -> None:
        """A labelled field with its message label underneath."""
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(widget, QAbstractSpinBox):
            widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("0") * 28)
        box.addWidget(widget)
        box.addWidget(self.error_for(field, row, widget))
        holder = QWidget()
        holder.setLayout(box)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, holder)

    def forget_fields(self) -> None:
        """Drop every field's message label (a page that rebuilds its rows)."""
        for label in self._errors.values():
            label.deleteLater()
        self._errors.clear()
        self._fields.clear()

    def save_here(self) -> QHBoxLayout:
        """The Save button moved into a group of the page (right-aligned), when it is about
        that group only."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        return row

    def clear_messages(self) -> None:
        for label in self._errors.values():
            show_error(label, "")
        show_error(self.general_error, "")
        self.status.clear()

    def show_refusal(self, refusal: Refusal) -> None:
        """Under its field when the refusal names one, else under the Save button."""
        if isinstance(refusal, FieldRefusal):
            key: FieldKey = (refusal.field, refusal.row)
        else:
            key = (self.code_fields.get(refusal.code, ""), None)
        if key in self._errors:
            show_error(self._errors[key], refusal.text())
            if key in self._fields:
                self._fields[key].setFocus()
            return
        show_error(self.general_error, refusal.text())

    # --- loading and saving -------------------------------------------------------------------

    def load(self) -> None:
        """Read the page's values (in the background) and show them."""

    def save(self) -> None:
        """Check and store the page's values."""

    def read(self, work: Callable[[], Any], shown: Callable[[Any], None]) -> None:
        self.ctx.desk.runner.read(work, shown, self._failed, owner=self)

    def write(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run `work` on the writer thread; `done(result)` on success; a refusal is shown."""
        if self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.clear_messages()

        def finished(result: Any) -> None:
            self._idle()
            done(result)

        def failed(error: BaseException) -> None:
            self._idle()
            self._failed(error)

        self.ctx.desk.runner.write(work, finished, failed, owner=self)

    def _idle(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.ctx.desk.errors.failed_in_dialog(error, self.show_refusal)

    def saved(self, text: str | None = None) -> None:
        """Say so under the button and tell the desk (and, through it, the lock screen)."""
        self.status.setText(text or self.tr("Saved. The desk uses the new settings now."))
        if self.topic:
            self.ctx.changed(self.topic)

    @property
    def now(self) -> Any:
        return self.ctx.desk.clock.now()
