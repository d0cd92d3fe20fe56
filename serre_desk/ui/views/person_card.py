"""The person card: details, where they are now, their recent visits; check in/out and edit."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.people import PersonKind
from serre_desk.services.people import PersonDetails, VisitLine
from serre_desk.ui.formatting import clock_time, day_text, duration, kind_label, short_date
from serre_desk.ui.style import Tone, colours, scaled
from serre_desk.ui.views.tables import RIGHT


class PersonCard(QFrame):
    def __init__(self, actions: list[QAction], lang: str, parent: QWidget | None = None) -> None:
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
        self.email = QLabel()
        self.phone = QLabel()
        self.membership = QLabel()
        self.privacy = QLabel()
        for label in (self.email, self.phone, self.membership, self.privacy):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.form = form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 4)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Member until"), self.membership)
        form.addRow(self.tr("Privacy notice"), self.privacy)
        self.visits = QTableWidget(0, 3)
        self.visits.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("In – out"), self.tr("Duration")])
        self.visits.verticalHeader().setVisible(False)
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
        buttons.setSpacing(6)
        for number, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, *divmod(number, 2))
        self.placeholder = QLabel(self.tr("Choose someone in a list, a search or the recent events "
                                          "to see their card."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name)
        body.addWidget(self.summary)
        body.addWidget(self.where)
        body.addLayout(form)
        body.addWidget(QLabel(self.tr("Recent visits")))
        body.addWidget(self.visits, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.clear()

    def set_area_names(self, names: dict[str, str]) -> None:
        self._area_names = names

    def clear(self) -> None:
        self.person_id = None
        self.body.hide()
        self.placeholder.show()

    def show_person(self, person: PersonDetails, now: datetime) -> None:
        self.person_id = person.id
        self.placeholder.hide()
        self.body.show()
        self.name.setText(person.name)
        self.summary.setText(" · ".join(filter(None, [kind_label(person.kind),
                                                      person.organisation])))
        if person.inside_area is not None:
            since = person.recent_visits[0].checked_in_at if person.recent_visits else now
            self.where.setText(self.tr("Inside: {area} since {time}").format(
                area=self._area(person.inside_area), time=clock_time(since)))
            self.where.setStyleSheet(f"color: {colours(Tone.IN).text}; font-weight: bold;")
        else:
            self.where.setText(self.tr("Not inside"))
            self.where.setStyleSheet("")
        self.email.setText(person.email or "—")
        self.phone.setText(person.phone or "—")
        self.membership.setText(
            day_text(person.membership_ends, self._lang) if person.membership_ends else "—")
        self.form.setRowVisible(self.membership, person.kind is PersonKind.MEMBER)
        if person.privacy_ack_at is not None:
            self.privacy.setText(self.tr("acknowledged on {date}").format(
                date=day_text(person.privacy_ack_at, self._lang)))
            self.privacy.setStyleSheet("")
        else:
            self.privacy.setText(self.tr("not yet shown: show it with Edit"))
            self.privacy.setStyleSheet(f"color: {colours(Tone.WARNING).text}; font-weight: bold;")
        self._show_visits(person.recent_visits, now)

    def _show_visits(self, visits: list[VisitLine], now: datetime) -> None:
        self.visits.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            out = visit.checked_out_at
            span = f"{clock_time(visit.checked_in_at)} – {clock_time(out) if out else ''}".strip()
            length = duration(((out or now) - visit.checked_in_at).total_seconds())
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
