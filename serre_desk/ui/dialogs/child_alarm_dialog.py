"""The blocking alarm: children still inside after closing. It cannot be dismissed; it stays
until an educator writes what was done (called the family, who is coming and when), which is kept
in the audit log for each child."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.badge_codes import looks_like_code
from serre_desk.domain.errors import Refusal
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.services.kids import handle_alarm
from serre_desk.services.kids_state import ChildInside
from serre_desk.ui.formatting import clock_time, earlier_day, since_text
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.style import Tone, colours, scaled


class ChildAlarmDialog(QDialog):
    handled = Signal(object)  # the child ids taken in hand

    def __init__(
        self, kids: KidsDesk, children: Sequence[ChildInside], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kids = kids
        self.alarm_children = tuple(children)
        self.setWindowTitle(self.tr("Children still inside after closing"))
        self.setMinimumWidth(520)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        alarm = colours(Tone.REFUSED)
        box = QFrame()
        box.setObjectName("ChildAlarm")
        box.setStyleSheet(
            f"QFrame#ChildAlarm {{ background: {alarm.background}; border: 3px solid "
            f"{alarm.border}; border-radius: 8px; }} QFrame#ChildAlarm QLabel {{ color: "
            f"{alarm.text}; background: transparent; }}"
        )
        title = QLabel(self.tr("ALARM: children are still inside after closing"))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(scaled(15))
        title.setFont(font)
        title.setWordWrap(True)
        self.list = QLabel("\n\n".join(self._child_text(child) for child in self.alarm_children))
        self.list.setWordWrap(True)
        self.list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.list)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("What was done? e.g. called the mother, she arrives at 20:00")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.confirm = QPushButton(self.tr("Taken in hand"))
        self.confirm.setEnabled(False)
        self.confirm.setDefault(True)
        self.note.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm.clicked.connect(self.take_in_hand)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("The alarm stays until an educator writes what was done:")))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignRight)

    def _child_text(self, child: ChildInside) -> str:
        """Who, since when (the day too when it was an earlier one: never taken for today's),
        who brought them and whom to call."""
        adults = ", ".join(f"{g.name} {g.phone or '—'}" for g in child.authorised) or "—"
        now = self.kids.clock.now()
        words = (
            self.tr("{name}, inside {since}, brought by {brought}.\nCall: {adults}")
            if earlier_day(child.since, now)
            else self.tr("{name}, in since {time}, brought by {brought}.\nCall: {adults}")
        )
        return words.format(
            name=child.name,
            since=since_text(child.since, now),
            time=clock_time(child.since),
            brought=child.brought_by or "—",
            adults=adults,
        )

    def take_in_hand(self) -> None:
        note = self.note.text().strip()
        if not note:
            return
        if looks_like_code(note) or looks_like_pickup_code(note):
            # A badge or a slip scanned while the alarm is up lands here (a text field in a
            # dialog keeps its keys): it is not what was done, and must not end the alarm.
            self.note.clear()
            self.error.setText(
                self.tr("That was a scanned code, not a note: write what was done for the child.")
            )
            self.error.show()
            return
        db, actor, now = self.kids.db, self.kids.actor(), self.kids.clock.now()
        ids = [child.id for child in self.alarm_children]
        self.confirm.setEnabled(False)

        def work() -> list[int]:
            for child_id in ids:
                try:
                    handle_alarm(db, actor, child_id, note, now=now)
                except Refusal as refusal:
                    if refusal.code != "not_inside":  # collected meanwhile: nothing to handle
                        raise
            return ids

        self.kids.runner.write(work, self._handled, self._failed)

    def _handled(self, ids: list[int]) -> None:
        self.handled.emit(ids)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.confirm.setEnabled(True)
        # e.g. collected meanwhile: say so, the view refreshes
        self.kids.errors.failed_in_dialog(error, self._show_refusal)

    def _show_refusal(self, refusal: Refusal) -> None:
        self.error.setText(refusal.text())
        self.error.show()

    def reject(self) -> None:
        """Escape does not dismiss the alarm."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()  # the window's close button: the alarm stays
            return
        super().closeEvent(event)
