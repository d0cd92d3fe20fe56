"""The person card: details, where they are now, their recent visits; check in/out and edit.

A child's card adds the birth date and age band, the allergy or medical notes (the card shows only
while a desk user is signed in: the lock clears it), photo consent and the guardians — authorised,
not authorised, only today — with their phones, and a way to change them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.clock import local_date
from serre_desk.domain.people import PersonKind
from serre_desk.ui.formatting import clock_time, day_text, duration_between, kind_label, short_date
from serre_desk.ui.kids_words import GuardianEntry, age_band_text, guardian_line
from serre_desk.ui.style import RIGHT, Tone, colours, scaled
from serre_desk.ui.views.elided_label import ElidedLabel

if TYPE_CHECKING:
    from serre_desk.services.kids import ChildDetails
    from serre_desk.services.people import PersonDetails, VisitLine


class _VisitsTable(QTableWidget):
    """Asks for three rows only (it takes the room there is): the card's details scroll when
    they do not fit, and a table asking for its default height would make them scroll for
    nothing."""

    ROWS_ASKED = 3

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * self.ROWS_ASKED
        wanted = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(hint.width(), min(hint.height(), wanted))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 3)


class PersonCard(QFrame):
    child_edit_requested = Signal()  # a child's guardians and details, to change
    plan_top_up_requested = Signal()  # entries added to the plan, or the plan extended

    def __init__(
        self,
        actions: list[QAction],
        lang: str,
        *,
        adults_only: tuple[QAction, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`actions`: the card's buttons, two a row; those in `adults_only` are hidden on a
        child's card."""
        super().__init__(parent)
        self.setObjectName("Card")
        self.person_id: int | None = None
        self._lang = lang
        self._area_names: dict[str, str] = {}
        self.heading = QLabel(self.tr("Person card"))
        self.heading.setEnabled(False)
        self.name = QLabel()
        name_font = QFont(self.font())
        name_font.setPointSizeF(scaled(15))
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.email = ElidedLabel()
        self.phone = QLabel()
        self.membership = QLabel()
        self.privacy = QLabel()
        self.born = QLabel()
        self.health = QLabel()
        self.health.setObjectName("HealthNotes")
        self.photos = QLabel()
        self.guardians = QLabel()
        self.plan = QLabel()
        for label in (
            self.plan,
            self.email,
            self.phone,
            self.membership,
            self.privacy,
            self.born,
            self.health,
            self.photos,
            self.guardians,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.form = form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 4)
        form.setVerticalSpacing(3)  # a card of a dozen lines fits a 768-pixel screen
        form.setHorizontalSpacing(14)  # "Privacy notice" and its date read apart
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Member until"), self.membership)
        form.addRow(self.tr("Plan"), self.plan)
        self.top_up = QToolButton()
        self.top_up.setText(self.tr("Add entries or extend…"))
        self.top_up.setToolTip(
            self.tr("A manager adds entries to the plan or extends it, with a reason")
        )
        self.top_up.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.top_up.clicked.connect(self.plan_top_up_requested)
        form.addRow(self.tr("Born"), self.born)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow(self.tr("Privacy notice"), self.privacy)
        self.child_rows = (self.born, self.health, self.photos, self.guardians)
        self.guardians_title = QLabel(self.tr("Guardians"))
        small_bold = QFont(self.guardians_title.font())
        small_bold.setBold(True)
        self.guardians_title.setFont(small_bold)
        self.edit_child = QToolButton()
        self.edit_child.setText(self.tr("Guardians and details…"))
        self.edit_child.setToolTip(
            self.tr(
                "Add or remove guardians, a one-day authorisation, allergy notes, photo consent "
                "(Ctrl+E)"
            )
        )
        self.edit_child.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit_child.clicked.connect(self.child_edit_requested)
        self.visits = _VisitsTable(0, 3)
        self.visits.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("In – out"), self.tr("Duration")]
        )
        self.visits.verticalHeader().setVisible(False)
        rows = self.visits.verticalHeader()  # compact rows: a few visits in a short card
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.visits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.visits.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.visits.setAlternatingRowColors(True)
        self.visits.setShowGrid(False)
        header = self.visits.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QGridLayout()  # two a row: the side panel is narrow
        buttons.setSpacing(4)
        self._adult_buttons: list[QToolButton] = []
        for number, action in enumerate(actions):
            button = QToolButton()
            if action in adults_only:
                self._adult_buttons.append(button)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, *divmod(number, 2))
        # With the card's actions: the plan's top-up after them; a child's guardians in the
        # place of the badge, which a child never has.
        buttons.addWidget(self.top_up, *divmod(len(actions), 2))
        slot = next((n for n, a in enumerate(actions) if a in adults_only), len(actions) + 1)
        buttons.addWidget(self.edit_child, *divmod(slot, 2))
        self.placeholder = QLabel(
            self.tr("Choose someone in a list, a search or the recent events to see their card.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.child_box = QWidget()  # a child's notes and guardians, full width: they wrap
        child = QVBoxLayout(self.child_box)
        child.setContentsMargins(0, 0, 0, 4)
        child.setSpacing(3)
        child.addWidget(self.health)
        child.addWidget(self.guardians_title)
        child.addWidget(self.guardians)

        details = QWidget()  # scrolls when a long card does not fit the side panel
        details.setAutoFillBackground(False)
        inner = QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.setSpacing(3)
        inner.addWidget(self.name)
        inner.addWidget(self.summary)
        inner.addWidget(self.where)
        inner.addLayout(form)
        inner.addWidget(self.child_box)
        inner.addWidget(QLabel(self.tr("Recent visits")))
        inner.addWidget(self.visits, 1)
        self.details_area = QScrollArea()
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setWidget(details)
        self.details_area.viewport().setAutoFillBackground(False)
        self.details_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.details_area, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder, 1)  # an empty card: the words at the top
        layout.addWidget(self.body, 1)
        self.clear()

    def set_area_names(self, names: dict[str, str]) -> None:
        self._area_names = names

    def clear(self) -> None:
        """No one on the card: hidden, and a child's health notes and guardians wiped."""
        self.person_id = None
        for label in (self.name, self.summary, self.plan, *self.child_rows):
            label.clear()
        self.top_up.hide()
        self.edit_child.hide()
        self.body.hide()
        self.heading.show()
        self.placeholder.show()

    def show_person(
        self, person: PersonDetails, now: datetime, child: ChildDetails | None = None
    ) -> None:
        self.person_id = person.id
        self.placeholder.hide()
        self.heading.hide()  # the name heads the card
        self.body.show()
        self.name.setText(person.name)
        self.summary.setText(
            " · ".join(filter(None, [kind_label(person.kind), person.organisation]))
        )
        if person.inside_area is not None:
            since = person.recent_visits[0].checked_in_at if person.recent_visits else now
            self.where.setText(
                self.tr("Inside: {area} since {time}").format(
                    area=self._area(person.inside_area), time=clock_time(since)
                )
            )
            self.where.setStyleSheet(f"color: {colours(Tone.IN).text}; font-weight: bold;")
        else:
            self.where.setText(self.tr("Not inside"))
            self.where.setStyleSheet("")
        self.email.set_whole_text(person.email or "—")
        self.phone.setText(person.phone or "—")
        self.membership.setText(
            day_text(person.membership_ends, self._lang) if person.membership_ends else "—"
        )
        self.form.setRowVisible(self.membership, person.kind is PersonKind.MEMBER)
        is_child = child is not None and child.id == person.id
        for label in (self.email, self.phone):
            self.form.setRowVisible(label, not is_child)
        for label in (self.born, self.photos):
            self.form.setRowVisible(label, is_child)
        self.child_box.setVisible(is_child)
        self.edit_child.setVisible(is_child)
        for button in self._adult_buttons:
            button.setVisible(person.kind is not PersonKind.CHILD)
        if child is not None and is_child:
            self._show_child(child, now)
        else:
            for label in self.child_rows:
                label.clear()
        if person.privacy_ack_at is not None:
            on = day_text(person.privacy_ack_at, self._lang)
            due = person.notice_due
            self.privacy.setText(
                self.tr("acknowledged on {date} — a new notice needs acknowledging").format(date=on)
                if due
                else self.tr("acknowledged on {date}").format(date=on)
            )
            tone = f"color: {colours(Tone.WARNING).text}; font-weight: bold;"
            self.privacy.setStyleSheet(tone if due else "")
        else:
            self.privacy.setText(self.tr("not yet shown: show it with Edit"))
            self.privacy.setStyleSheet(f"color: {colours(Tone.WARNING).text}; font-weight: bold;")
        self._show_visits(person.recent_visits, now)

    def show_plan(self, line: str, warning: str | None, *, own_plan: bool = False) -> None:
        """What the person's plan leaves ("Carnet: 3 ingressi su 10"), in amber with what a
        manager can do when nothing is left or it expired; the row hidden without a plan.
        `own_plan`: the person has a plan of their own, which a manager may top up here."""
        self.plan.setText("\n".join(filter(None, [line, warning])))
        amber = f"color: {colours(Tone.WARNING).text}; font-weight: bold;"
        self.plan.setStyleSheet(amber if warning else "")
        self.form.setRowVisible(self.plan, bool(line or warning))
        self.top_up.setVisible(own_plan)

    def _show_child(self, child: ChildDetails, now: datetime) -> None:
        if child.birth_date is not None:
            band, _fine = age_band_text(child.birth_date, local_date(now))
            self.born.setText(f"{day_text(child.birth_date, self._lang)} · {band}")
        else:
            self.born.setText(self.tr("not known"))
        if child.health_notes:
            self.health.setText(
                self.tr("⚠ Allergies / medical notes: {notes}").format(notes=child.health_notes)
            )
            self.health.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        else:
            self.health.setText(self.tr("No allergy or medical notes."))
            self.health.setStyleSheet("")
        self.photos.setText(self.tr("allowed") if child.photo_consent else self.tr("not allowed"))
        lines = [guardian_line(GuardianEntry.from_info(g)) for g in child.guardians]
        if not any(g.valid for g in child.guardians):
            lines.append(
                self.tr("⚠ Nobody may collect this child now: add an authorised guardian.")
            )
        self.guardians.setText("\n".join(lines) or "—")

    def _show_visits(self, visits: list[VisitLine], now: datetime) -> None:
        self.visits.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            out = visit.checked_out_at
            span = f"{clock_time(visit.checked_in_at)}–{clock_time(out) if out else ''}"
            length = duration_between(visit.checked_in_at, out or now)
            notes = [self._area(visit.area_key)]
            if visit.auto_closed:
                notes.append(self.tr("automatic check-out"))
            if visit.corrected:
                notes.append(self.tr("time corrected"))
            if visit.auto_closed or visit.corrected:
                length += " *"
            cells = [short_date(visit.checked_in_at, self._lang), span, length]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                item.setToolTip(" · ".join(notes))
                self.visits.setItem(row, column, item)

    def _area(self, key: str) -> str:
        return self._area_names.get(key, key)
