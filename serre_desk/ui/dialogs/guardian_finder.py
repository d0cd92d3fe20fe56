"""Finding a child's guardian among the adults already known to the desk: part of a name typed
(the desk's as-you-type people search), then Enter adds the chosen adult as authorised for pickup,
Shift+Enter as not authorised, Ctrl+Enter for today only (a manager's decision, where offered).

An adult authorised for pickup needs a phone number: when the chosen one has none, the finder asks
for it on the spot and saves it in their details (the desk's edit-person service) before adding.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.services.people import (
    PersonDetails,
    PersonFields,
    PersonRow,
    edit_person,
    person_details,
)
from serre_desk.ui.formatting import kind_label
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import GuardianPick, How
from serre_desk.ui.style import Tone, colours

SEARCH_DELAY_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class GuardianFinder(QWidget):
    picked = Signal(object)  # GuardianPick

    def __init__(
        self, kids: KidsDesk, *, today_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kids = kids
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Type part of an adult's name"))
        self.field.setAccessibleName(self.tr("Find an adult"))
        self.field.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textEdited.connect(self._typed)
        self.found = QListWidget()
        self.found.setMaximumHeight(self.found.fontMetrics().lineSpacing() * 5 + 12)
        self.found.itemActivated.connect(lambda _item: self.pick(How.AUTHORISED))
        self.found.hide()
        self.nobody = QLabel(
            self.tr(
                "No adult with this name is known to the desk: register them first as a visitor "
                "(F2), then find them here."
            )
        )
        self.nobody.setWordWrap(True)
        self.nobody.setEnabled(False)
        self.nobody.hide()

        self.add_authorised = self._button(
            self.tr("Authorised for pickup"),
            self.tr("Add the chosen adult as authorised for pickup (Enter)"),
            How.AUTHORISED,
        )
        self.add_not_authorised = self._button(
            self.tr("Not authorised"),
            self.tr("Add the chosen adult as explicitly not authorised to collect (Shift+Enter)"),
            How.NOT_AUTHORISED,
        )
        self.add_today: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_authorised)
        buttons.addWidget(self.add_not_authorised)
        if today_only:
            self.add_today = self._button(
                self.tr("Only today…"),
                self.tr(
                    "A manager authorises the chosen adult for today only, until closing "
                    "(Ctrl+Enter)"
                ),
                How.TODAY,
            )
            buttons.addWidget(self.add_today)
        buttons.addStretch(1)

        self.phone_box = QFrame()
        self.phone_box.setObjectName("PhoneBox")
        warning = colours(Tone.WARNING)
        self.phone_box.setStyleSheet(
            f"QFrame#PhoneBox {{ background: {warning.background}; border: 1px solid "
            f"{warning.border}; border-radius: 6px; }} QFrame#PhoneBox QLabel {{ color: "
            f"{warning.text}; background: transparent; }}"
        )
        self.phone_text = QLabel()
        self.phone_text.setWordWrap(True)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. +39 333 123 4567"))
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.installEventFilter(self)
        self.save_phone = QPushButton(self.tr("Save the phone and add"))
        self.save_phone.setAutoDefault(False)
        self.save_phone.clicked.connect(self._save_phone)
        self.phone_error = QLabel()
        self.phone_error.setWordWrap(True)
        self.phone_error.hide()
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.save_phone)
        phone_layout = QVBoxLayout(self.phone_box)
        phone_layout.addWidget(self.phone_text)
        phone_layout.addLayout(phone_row)
        phone_layout.addWidget(self.phone_error)
        self.phone_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.found)
        layout.addWidget(self.nobody)
        layout.addLayout(buttons)
        layout.addWidget(self.phone_box)
        self._rows: list[PersonRow] = []
        self._shown_text: str | None = None  # the text the adults shown were found for
        self._pick_when_found: How | None = None  # Enter came before the results
        self._waiting_phone: GuardianPick | None = None
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        """Its widgets in reading order, for the dialog's tab order."""
        buttons = [self.add_authorised, self.add_not_authorised, self.add_today]
        return [
            self.field,
            self.found,
            *[b for b in buttons if b is not None],
            self.phone,
            self.save_phone,
        ]

    def _button(self, text: str, tip: str, how: How) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in the dialog's fields never adds a guardian
        button.clicked.connect(lambda: self.pick(how))
        return button

    # --- searching ----------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._pick_when_found = None
        self._timer.start()

    def search(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        if len(text) < 2:
            self._show_found(text, [])
            return
        self.kids.find_adults(text, lambda rows: self._show_found(text, rows), owner=self)

    def _show_found(self, text: str, rows: list[PersonRow]) -> None:
        if text != self.field.text().strip():
            return  # typed on meanwhile: the newer search answers
        self._shown_text = text
        self._rows = rows
        self.found.clear()
        for row in self._rows:
            words = " · ".join(filter(None, [row.name, kind_label(row.kind), row.organisation]))
            item = QListWidgetItem(words)
            item.setData(ID_ROLE, row.id)
            self.found.addItem(item)
        self.found.setVisible(bool(self._rows))
        self.nobody.setVisible(len(text) >= 2 and not self._rows)
        if self._rows:
            self.found.setCurrentRow(0)
        self._update_buttons()
        how, self._pick_when_found = self._pick_when_found, None
        if how is not None and self._rows:
            self.pick(how)

    def _update_buttons(self) -> None:
        chosen = bool(self._rows)
        for button in (self.add_authorised, self.add_not_authorised, self.add_today):
            if button is not None:
                button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the name field: Up/Down choose, Enter adds (Shift: not authorised, Ctrl: only
        today), Escape clears a search; in the phone field Enter saves. Enter never reaches the
        dialog's own button."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        if watched is self.phone and key in ENTER_KEYS:
            self._save_phone()
            return True
        if watched is not self.field:
            return super().eventFilter(watched, event)
        if key == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()  # a search given up; Escape again closes the dialog
            self._show_found("", [])
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._rows:
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(self.found.count() - 1, self.found.currentRow() + step))
            self.found.setCurrentRow(row)
            return True
        if key in ENTER_KEYS:
            how = (
                How.TODAY
                if modifiers & Qt.KeyboardModifier.ControlModifier
                else How.NOT_AUTHORISED
                if modifiers & Qt.KeyboardModifier.ShiftModifier
                else How.AUTHORISED
            )
            if how is How.TODAY and self.add_today is None:
                return True
            if self._timer.isActive() or self._shown_text != self.field.text().strip():
                self._pick_when_found = how  # typed fast: the results first, then the adding
                self.search()
            elif self._rows:
                self.pick(how)
            return True
        return super().eventFilter(watched, event)

    # --- choosing -----------------------------------------------------------------------------

    def chosen(self) -> int | None:
        item = self.found.currentItem()
        return item.data(ID_ROLE) if item is not None and self.found.isVisible() else None

    def pick(self, how: How) -> None:
        """The chosen adult, with their phone read now: added at once, or after the phone."""
        adult_id = self.chosen()
        if adult_id is None:
            return
        db = self.kids.db
        self.kids.runner.read(
            lambda: person_details(db, adult_id, recent=0),
            lambda details: self._picked(details, how),
            self._failed,
            owner=self,
        )

    def _picked(self, details: PersonDetails, how: How) -> None:
        pick = GuardianPick(details.id, details.name, details.phone, how)
        if how.needs_phone and not (details.phone or "").strip():
            self._ask_phone(pick)
            return
        self._done(pick)

    def _done(self, pick: GuardianPick) -> None:
        self._waiting_phone = None
        self.phone_box.hide()
        self.field.clear()
        self._show_found("", [])
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.picked.emit(pick)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Refusal):
            self.nobody.setText(error.text())
            self.nobody.show()
        else:
            self.kids.errors.background_failed(error)

    # --- a phone first ------------------------------------------------------------------------

    def _ask_phone(self, pick: GuardianPick) -> None:
        self._waiting_phone = pick
        self.phone_text.setText(
            self.tr(
                "{name} has no phone number: an adult authorised for pickup needs one. Write it "
                "here; it is saved in their details."
            ).format(name=pick.name)
        )
        self.phone.clear()
        self.phone_error.hide()
        self.save_phone.setEnabled(True)
        self.phone_box.show()
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_phone(self) -> None:
        pick, phone = self._waiting_phone, self.phone.text().strip()
        if pick is None:
            return
        if not phone:
            self._phone_refused(self.tr("Write the phone number first."))
            return
        db, actor, now = self.kids.db, self.kids.actor(), self.kids.clock.now()
        self.save_phone.setEnabled(False)

        def saved(_row: PersonRow) -> None:
            self.kids.hub.person_changed.emit(pick.adult_id)
            self._done(GuardianPick(pick.adult_id, pick.name, phone, pick.how))

        def failed(error: BaseException) -> None:
            self.save_phone.setEnabled(True)
            self.kids.errors.failed_in_dialog(
                error, lambda refusal: self._phone_refused(refusal.text())
            )

        self.kids.runner.write(
            lambda: edit_person(db, actor, pick.adult_id, PersonFields(phone=phone), now=now),
            saved,
            failed,
            owner=self,
        )

    def _phone_refused(self, text: str) -> None:
        self.phone_error.setText(text)
        self.phone_error.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        self.phone_error.show()
        self.phone.setFocus(Qt.FocusReason.OtherFocusReason)
