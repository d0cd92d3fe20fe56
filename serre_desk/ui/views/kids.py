"""The educators' tab: the children inside (age, time in, who brought them, who may collect them
and their phones, allergy marks, expected pickup), the educators present and the ratio, and the
alarms — a child inside after closing (a dialog that stays until an educator takes it in hand),
the ratio broken, a late pickup.

Allergy and medical notes show (in the child's details and as the mark's tooltip) only while
`set_health_visible(True)`: the window turns them off when the desk locks (`set_locked`), and
the alarm dialog, which names children, waits for the desk to be unlocked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.kids_state import AlarmKind, ChildInside, KidsAlarm, KidsState, kids_state
from serre_desk.ui import icons
from serre_desk.ui.dialogs.child_alarm_dialog import ChildAlarmDialog
from serre_desk.ui.formatting import area_name, clock_time, earlier_day, since_text
from serre_desk.ui.kids_desk import KidsDesk
from serre_desk.ui.kids_words import age_text
from serre_desk.ui.style import Tone, colours, scaled
from serre_desk.ui.views.tables import LEFT, PERSON_ID_ROLE, SORT_ROLE, AnyIndex, PeopleTable

if TYPE_CHECKING:  # made when first needed: not part of the first screen
    from serre_desk.ui.dialogs.child_registration import ChildRegistrationDialog
    from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog
    from serre_desk.ui.dialogs.pickup_dialog import PickupDialog

CHILD, AGE, SINCE, BROUGHT_BY, MAY_COLLECT, EXPECTED, ALLERGY = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ChildrenModel", "Child"),
    QT_TRANSLATE_NOOP("ChildrenModel", "Age"),
    QT_TRANSLATE_NOOP("ChildrenModel", "In since"),
    QT_TRANSLATE_NOOP("ChildrenModel", "Brought by"),
    QT_TRANSLATE_NOOP("ChildrenModel", "May collect (phone)"),
    QT_TRANSLATE_NOOP("ChildrenModel", "Pickup by"),
    QT_TRANSLATE_NOOP("ChildrenModel", "Allergies"),
)

_ALLERGY = QT_TRANSLATE_NOOP("ChildrenModel", "Allergy")
_LATE = QT_TRANSLATE_NOOP("ChildrenModel", "{time} — late")
_NOTES_HIDDEN = QT_TRANSLATE_NOOP(
    "ChildrenModel", "Allergy or medical notes: shown to signed-in desk staff."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChildrenModel", text)


class ChildrenModel(QAbstractTableModel):
    """The children inside one children's area, earliest arrival first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChildInside] = []
        self.health_visible = False
        self.now = datetime.now(UTC)  # the desk clock's, set with each state shown

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        child, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(child, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(child, column)
        if role == Qt.ItemDataRole.DecorationRole and column == ALLERGY and child.allergy:
            return icons.icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == EXPECTED and child.late) or (column == ALLERGY and child.allergy)
        ):
            return QBrush(QColor(colours(Tone.REFUSED).text))
        if role == Qt.ItemDataRole.BackgroundRole and child.after_closing:
            return QBrush(QColor(colours(Tone.REFUSED).background))
        if role == Qt.ItemDataRole.FontRole and column == CHILD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        if role == SORT_ROLE:
            return self._sort_value(child, column)
        if role == PERSON_ID_ROLE:
            return child.id
        return None

    def _text(self, child: ChildInside, column: int) -> str:
        if column == CHILD:
            return child.name
        if column == AGE:
            return age_text(child.age_months)
        if column == SINCE:
            return since_text(child.since, self.now)
        if column == BROUGHT_BY:
            return child.brought_by or "—"
        if column == MAY_COLLECT:
            return "; ".join(f"{g.name} {g.phone or '—'}" for g in child.authorised) or "—"
        if column == EXPECTED:
            if child.expected_pickup_at is None:
                return "—"
            when = clock_time(child.expected_pickup_at)
            return _tr(_LATE).format(time=when) if child.late else when
        return _tr(_ALLERGY) if child.allergy else ""

    def _tip(self, child: ChildInside, column: int) -> str | None:
        if column == ALLERGY and child.allergy:
            if self.health_visible and child.health_notes:
                return child.health_notes
            return _tr(_NOTES_HIDDEN)
        if column in (CHILD, MAY_COLLECT, BROUGHT_BY):
            return self._text(child, column)
        return None

    def _sort_value(self, child: ChildInside, column: int) -> Any:
        if column == AGE:
            return child.age_months if child.age_months is not None else -1
        if column == SINCE:
            return child.since.timestamp()
        if column == EXPECTED:
            return child.expected_pickup_at.timestamp() if child.expected_pickup_at else 1e12
        return self._text(child, column).casefold()

    def set_rows(self, rows: list[ChildInside], health_visible: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.health_visible = health_visible
        self.endResetModel()


class AlarmStrip(QFrame):
    """One alarm in words, coloured by how urgent it is."""

    def __init__(self, tone: Tone, text: str) -> None:
        super().__init__()
        self.setObjectName("AlarmStrip")
        palette = colours(tone)
        self.setStyleSheet(
            f"QFrame#AlarmStrip {{ background: {palette.background}; border: 2px solid "
            f"{palette.border}; border-radius: 6px; }} QFrame#AlarmStrip QLabel {{ color: "
            f"{palette.text}; background: transparent; }}"
        )
        icon = QLabel()
        icon.setPixmap(icons.pixmap("warning", 22))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)


class KidsView(QWidget):
    alarms_changed = Signal(object)  # list[KidsAlarm]: e.g. for the tab's icon

    def __init__(
        self, kids: KidsDesk, *, show_health: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kids = kids
        self.state: KidsState | None = None
        self._health = show_health
        self._locked = False
        self._alarm_shown_for: frozenset[int] = frozenset()
        self.alarm_dialog: ChildAlarmDialog | None = None
        self.act_drop_off = self._action(
            self.tr("&Drop-off…"), self.tr("A guardian brings one child or several"), "F6"
        )
        self.act_pickup = self._action(
            self.tr("&Pickup…"), self.tr("Release a child: slip code and collecting adult"), "F7"
        )
        self.act_reprint = self._action(
            self.tr("Print the labels &again"),
            self.tr("The chosen child's label and slip, same code"),
        )
        self.act_register_child = self._action(
            self.tr("New &child…"),
            self.tr("Register a child with their guardians (not checked in)"),
            "Shift+F2",
        )
        self.act_drop_off.triggered.connect(self.open_drop_off)
        self.act_register_child.triggered.connect(lambda: self.open_child_registration())
        self.act_pickup.triggered.connect(lambda: self.open_pickup(self.selected_child()))
        self.act_reprint.triggered.connect(self.reprint)

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(scaled(14))
        self.title.setFont(title_font)
        self.ratio = QLabel()
        self.ratio.setFont(title_font)
        self.ratio.setWordWrap(True)
        heading = QVBoxLayout()  # two lines: the tab stays narrow enough for a 1366 screen
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.ratio)
        buttons = QGridLayout()  # two a row, beside the two-line heading: fits a 1366 screen
        buttons.setSpacing(4)
        for number, action in enumerate(
            (self.act_drop_off, self.act_pickup, self.act_reprint, self.act_register_child)
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, *divmod(number, 2))
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(buttons)

        self.alarms = QVBoxLayout()
        self.model = ChildrenModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = PeopleTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SINCE, Qt.SortOrder.AscendingOrder)
        self.table.set_column_widths(
            MAY_COLLECT,
            (
                (CHILD, 145),
                (AGE, 140),  # "5 years 10 months"
                (SINCE, 160),  # "since yesterday, 09:04": an earlier day is not cut off
                (BROUGHT_BY, 130),
                (EXPECTED, 90),
                (ALLERGY, 105),  # the mark and "Allergia", not cut short on any screen
            ),
        )
        self.table.row_activated.connect(self.open_pickup)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.empty = QLabel(self.tr("No child is inside."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        self.educators = _panel("Educators")
        self.details = _panel("ChildDetails")
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.educators)
        lower.addWidget(self.details)
        lower.setSizes([300, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self.alarms)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 3)
        layout.addWidget(lower, 1)
        kids.hub.movement.connect(lambda _movement: self.refresh())
        kids.hub.snapshot.connect(lambda _snapshot: self.refresh())

    def _action(self, text: str, tip: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    # --- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, now, health = self.kids.db, self.kids.clock.now(), self._health
        self.kids.runner.read(
            lambda: kids_state(db, now=now, with_health=health),
            self.show_state,
            self.kids.errors.background_failed,
        )

    def set_health_visible(self, visible: bool) -> None:
        """Show allergy and medical notes (signed in) or only the marks (locked)."""
        self._health = visible
        if not visible:
            self.model.set_rows(
                [_without_notes(child) for child in self.model.rows], health_visible=False
            )
            self._show_details()
        self.refresh()

    def set_locked(self, locked: bool) -> None:
        """Locked: no health notes and no alarm dialog (it names the children; the lock screen
        says there is an alarm); unlocked: both again, the alarm at the next reading."""
        self._locked = locked
        if locked and self.alarm_dialog is not None:
            self.alarm_dialog.done(QDialog.DialogCode.Rejected)
        self._alarm_shown_for = frozenset()
        self.set_health_visible(not locked)

    def show_state(self, state: KidsState) -> None:
        self.state = state
        selected = self.selected_child()
        self.model.now = self.kids.clock.now()
        self.model.set_rows(state.children, self._health)
        if selected is not None:
            self.table.select_person(selected)
        self.empty.setVisible(not state.children)
        self.title.setText(
            self.tr("{area}: %n child(ren) of {capacity}", "", len(state.children)).format(
                area=area_name(state.area_name), capacity=state.capacity
            )
        )
        ratio = state.ratio
        tone = Tone.REFUSED if ratio.broken else Tone.IN
        self.ratio.setStyleSheet(f"color: {colours(tone).text};")
        words = (
            self.tr("Ratio broken — educators present: {present}, needed: {needed}")
            if ratio.broken
            else self.tr("Ratio kept — educators present: {present}, needed: {needed}")
        )
        self.ratio.setText(words.format(present=ratio.educators, needed=ratio.needed))
        self.educators.setText(self._educators_text(state))
        self._show_alarms(state.alarms)
        self._show_details()

    def _educators_text(self, state: KidsState) -> str:
        if not state.educators:
            return self.tr("No educator is inside.")
        lines = [self.tr("Educators present:")]
        now = self.kids.clock.now()
        lines += [
            self.tr("{name}, {since}").format(name=e.name, since=since_text(e.since, now))
            if earlier_day(e.since, now)
            else self.tr("{name}, since {time}").format(name=e.name, time=clock_time(e.since))
            for e in state.educators
        ]
        return "\n".join(lines)

    def _show_details(self) -> None:
        child = self._child(self.selected_child())
        if child is None:
            self.details.setText(self.tr("Choose a child to see who may collect them."))
            return
        lines = [
            child.name,
            self.tr("Age: {age}").format(age=age_text(child.age_months)),
            self._brought(child),
        ]
        lines.append(self.tr("May collect:"))
        lines += [f"  {g.name}   {g.phone or '—'}" for g in child.authorised] or ["  —"]
        if child.allergy:
            notes = (
                child.health_notes
                if self._health and child.health_notes
                else self.tr("shown to signed-in desk staff")
            )
            lines.append(self.tr("⚠ Allergies / medical notes: {notes}").format(notes=notes))
        self.details.setText("\n".join(lines))

    # --- alarms -------------------------------------------------------------------------------

    def _brought(self, child: ChildInside) -> str:
        name, now = child.brought_by or "—", self.kids.clock.now()
        if earlier_day(child.since, now):
            since = since_text(child.since, now)
            return self.tr("Brought by {name}, {since}").format(name=name, since=since)
        return self.tr("Brought by {name} at {time}").format(
            name=name, time=clock_time(child.since)
        )

    def _show_alarms(self, alarms: list[KidsAlarm]) -> None:
        while self.alarms.count():
            item = self.alarms.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for alarm in alarms:
            self.alarms.addWidget(AlarmStrip(*self._alarm_words(alarm)))
        self.alarms_changed.emit(alarms)
        blocking = next((a for a in alarms if a.blocking), None)
        waiting = frozenset(c.id for c in blocking.children) if blocking else frozenset()
        dialog = self.alarm_dialog
        if dialog is not None and not waiting & {c.id for c in dialog.alarm_children}:
            dialog.done(QDialog.DialogCode.Accepted)  # recorded at another desk, or collected
        if (
            blocking is not None
            and waiting != self._alarm_shown_for
            and self.alarm_dialog is None
            and not self._locked
        ):
            self._alarm_shown_for = waiting
            self._open_alarm(blocking)
        if not waiting:
            self._alarm_shown_for = frozenset()

    def _alarm_words(self, alarm: KidsAlarm) -> tuple[Tone, str]:
        names = ", ".join(child.name for child in alarm.children)
        if alarm.kind is AlarmKind.AFTER_CLOSING:
            return Tone.REFUSED, self.tr("Still inside after closing: {names}").format(names=names)
        if alarm.kind is AlarmKind.RATIO:
            assert self.state is not None
            ratio = self.state.ratio
            return Tone.REFUSED, self.tr(
                "Ratio broken: the children inside need %n educator(s)", "", ratio.needed
            ) + ", " + self.tr("%n present", "", ratio.educators)
        return Tone.WARNING, self.tr("Late pickup: {names}").format(names=names)

    def _open_alarm(self, alarm: KidsAlarm) -> None:
        dialog = ChildAlarmDialog(self.kids, alarm.children, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.handled.connect(lambda _ids: self.refresh())
        dialog.finished.connect(self._alarm_closed)
        self.alarm_dialog = dialog
        dialog.open()
        dialog.note.setFocus()

    def _alarm_closed(self, _result: int) -> None:
        self.alarm_dialog = None

    # --- acting -------------------------------------------------------------------------------

    def selected_child(self) -> int | None:
        return self.table.current_person()

    def _child(self, child_id: int | None) -> ChildInside | None:
        return next((c for c in self.model.rows if c.id == child_id), None)

    def open_pickup(self, child_id: int | None = None, code: str = "") -> PickupDialog:
        """The pickup of a child (from the table) or of a typed or scanned code."""
        from serre_desk.ui.dialogs.pickup_dialog import PickupDialog

        return PickupDialog.open_for(self.kids, self.window(), child_id=child_id, code=code)

    def open_drop_off(self) -> DropOffDialog:
        from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog

        return DropOffDialog.open_for(self.kids, self.window())

    def open_child_registration(self, name: str = "") -> ChildRegistrationDialog:
        from serre_desk.ui.dialogs.child_registration import ChildRegistrationDialog

        return ChildRegistrationDialog.open_for(self.kids, self.window(), name=name)

    def reprint(self) -> None:
        child = self.selected_child()
        if child is not None:
            self.kids.printer.print_pair(child, again=True)


def _panel(name: str) -> QLabel:
    """A framed block of selectable text, aligned to the top."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel#{name} {{ border: 1px solid palette(mid); border-radius: 6px; padding: 8px; "
        "background: palette(base); }"
    )
    return label


def _without_notes(child: ChildInside) -> ChildInside:
    return replace(child, health_notes=None)
