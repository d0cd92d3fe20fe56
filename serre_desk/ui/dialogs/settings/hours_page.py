"""Opening hours and closed days: a week grid (open or closed, from – to, per weekday) and a
calendar of the year's closed days, with Italy's public holidays and San Petronio (4 October)
offered for the year. Hours only drive the closing (evening events may still check people in).
Keyboard: in the calendar, Enter (or a double click) marks or unmarks the chosen day; in the
list, Delete removes the chosen day."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
)

from serre_desk.domain.audit_details import WEEKDAY_NAMES
from serre_desk.services.opening_calendar import (
    Holiday,
    Week,
    closed_days,
    holidays_for,
    read_week,
    save_calendar,
)
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.formatting import locale_for
from serre_desk.ui.style import Tone, colours

DEFAULT_OPEN, DEFAULT_CLOSE = QTime(8, 30), QTime(19, 30)


class DayList(QListWidget):
    """The year's closed days; Delete removes the chosen one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        chosen = item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and chosen:
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class HoursPage(SettingsPage):
    topic = "hours"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Opening hours and closed days"),
            self.tr(
                "At closing time adults still inside are checked out automatically; children "
                "never are. Evening events may still check people in after closing."
            ),
        )
        self.days: dict[date, str] = {}
        self.year = ctx.desk.clock.now().year
        row = QHBoxLayout()
        row.addWidget(self._week_group(), 2)
        row.addWidget(self._closed_group(), 3)
        self.body.addLayout(row)

    def _week_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Every week"))
        grid = QGridLayout(group)
        grid.setVerticalSpacing(2)
        self.open_boxes: list[QCheckBox] = []
        self.opens: list[QTimeEdit] = []
        self.closes: list[QTimeEdit] = []
        for weekday in range(7):
            name = QCoreApplication.translate("AuditDetail", WEEKDAY_NAMES[weekday])
            open_box = QCheckBox(name)
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit, what in ((opens, self.tr("opens")), (closes, self.tr("closes"))):
                edit.setDisplayFormat("HH:mm")
                edit.setAccessibleName(f"{name}: {what}")
            open_box.toggled.connect(opens.setEnabled)
            open_box.toggled.connect(closes.setEnabled)
            line = weekday * 2
            grid.addWidget(open_box, line, 0)
            grid.addWidget(opens, line, 1)
            grid.addWidget(QLabel("–"), line, 2)
            grid.addWidget(closes, line, 3)
            grid.addWidget(self.error_for("hours", weekday, closes), line + 1, 0, 1, 4)
            self.open_boxes.append(open_box)
            self.opens.append(opens)
            self.closes.append(closes)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(14, 1)
        return group

    def _closed_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Closed days"))
        layout = QVBoxLayout(group)
        top = QHBoxLayout()
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(self.year)
        self.year_box.setAccessibleName(self.tr("Year"))
        self.year_box.setPrefix(self.tr("Year "))
        self.year_box.valueChanged.connect(self._year_changed)
        self.holidays_button = QPushButton()
        self.holidays_button.setAutoDefault(False)
        self.holidays_button.clicked.connect(self.add_holidays)
        top.addWidget(self.year_box)
        top.addWidget(self.holidays_button, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(locale_for(self.ctx.desk.lang))
        self.calendar.setGridVisible(True)
        today = self.ctx.desk.clock.now()
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setMaximumHeight(320)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.activated.connect(self._toggle)
        for view in self.calendar.findChildren(QTableView):
            view.setTabKeyNavigation(False)  # Tab leaves the calendar; arrows choose the day
        self.calendar.setToolTip(self.tr("Enter or double click: closed / open on that day"))
        self.list = DayList()
        self.list.setAccessibleName(self.tr("Closed days"))
        self.list.setToolTip(self.tr("Delete: open again on the chosen day"))
        self.list.model().rowsRemoved.connect(self._removed_in_list)
        row.addWidget(self.calendar, 3)
        row.addWidget(self.list, 2)
        layout.addLayout(row)
        hint = QLabel(self.tr("Enter on a day in the calendar closes it or opens it again."))
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        layout.addWidget(hint)
        return group

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: read_week(db), self._show_week)
        self._load_days()

    def _load_days(self) -> None:
        db, year = self.ctx.desk.db, self.year_box.value()
        self.read(lambda: closed_days(db, year), self._show_closed)

    def _show_week(self, week: Week) -> None:
        for weekday, hours in enumerate(week):
            self.open_boxes[weekday].setChecked(hours is not None)
            opens, closes = hours or (None, None)
            self.opens[weekday].setTime(_qtime(opens) if opens else DEFAULT_OPEN)
            self.closes[weekday].setTime(_qtime(closes) if closes else DEFAULT_CLOSE)
            self.opens[weekday].setEnabled(hours is not None)
            self.closes[weekday].setEnabled(hours is not None)

    def _show_closed(self, days: list[date]) -> None:
        names = {h.day: self._holiday_name(h) for h in holidays_for(self.year_box.value())}
        self.days = {day: names.get(day, "") for day in days}
        self._show_days()
        self.holidays_button.setText(
            self.tr("Add the public holidays of {year}").format(year=self.year_box.value())
        )

    def _year_changed(self, year: int) -> None:
        self.calendar.setCurrentPage(year, self.calendar.monthShown())
        self.clear_messages()
        self._load_days()  # the week as edited stays; the closed days are the year's

    @staticmethod
    def _holiday_name(holiday: Holiday) -> str:
        return " · ".join(QCoreApplication.translate("Holiday", n) for n in holiday.names)

    def _show_days(self) -> None:
        self.list.blockSignals(True)
        self.list.model().blockSignals(True)
        self.list.clear()
        locale = locale_for(self.ctx.desk.lang)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget older marks
        closed = QTextCharFormat()
        tone = colours(Tone.REFUSED)
        closed.setForeground(QColor(tone.text))
        closed.setBackground(QColor(tone.background))
        closed.setFontStrikeOut(True)
        for day in sorted(self.days):
            qday = QDate(day.year, day.month, day.day)
            text = locale.toString(qday, "ddd d MMMM")
            if self.days[day]:
                text += f" — {self.days[day]}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.list.addItem(item)
            self.calendar.setDateTextFormat(qday, closed)
        if not self.days:
            none = QListWidgetItem(
                self.tr("No closed days in {year}.").format(year=self.year_box.value())
            )
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(none)
        self.list.model().blockSignals(False)
        self.list.blockSignals(False)

    # --- changing -----------------------------------------------------------------------------

    def _toggle(self, chosen: QDate) -> None:
        day = date(chosen.year(), chosen.month(), chosen.day())
        if day in self.days:
            del self.days[day]
        else:
            self.days[day] = ""
        self._show_days()

    def _removed_in_list(self) -> None:
        kept = (self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count()))
        shown = {date.fromisoformat(day) for day in kept if day is not None}
        self.days = {day: name for day, name in self.days.items() if day in shown}
        self._show_days()

    def add_holidays(self) -> None:
        for holiday in holidays_for(self.year_box.value()):
            self.days[holiday.day] = self._holiday_name(holiday)
        self._show_days()
        self.status.setText(self.tr("The public holidays are marked: Save changes to keep them."))

    def week(self) -> Week:
        return tuple(
            (_time(self.opens[d].time()), _time(self.closes[d].time()))
            if self.open_boxes[d].isChecked()
            else None
            for d in range(7)
        )

    def save(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        week, year, days = self.week(), self.year_box.value(), set(self.days)
        self.write(
            lambda: save_calendar(db, actor, week, year, days, now=now), lambda _n: self.saved()
        )


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
