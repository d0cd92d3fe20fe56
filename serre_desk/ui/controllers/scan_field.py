"""The scan field's behaviour: as-you-type search, Enter to act, codes typed by hand.

Enter in the field: a code (a badge's, typed from the card's printed groups, or a pickup slip's)
goes to the routing (`code`), which tells one from the other; otherwise the chosen search result
is checked in or out (`toggle`: the routing sends children to the kids' dialogs); with no match,
the registration form opens with the typed name. If Enter comes before the newest results, it
waits for them. When a person changes, the results on show are read again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeyEvent

from serre_desk.domain.badge_codes import looks_like_code
from serre_desk.domain.pickup_codes import looks_like_pickup_code
from serre_desk.services.people import PersonRow
from serre_desk.ui.context import DeskContext
from serre_desk.ui.controllers.registration import RegistrationFlow
from serre_desk.ui.controllers.search import SearchController
from serre_desk.ui.views.main_window import DeskWindow


class ScanFieldController(QObject):
    def __init__(
        self,
        context: DeskContext,
        *,
        window: DeskWindow,
        search: SearchController,
        registration: RegistrationFlow,
        code: Callable[[str], object],
        toggle: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        """`code`: where a code typed by hand goes (the routing: a badge or a pickup slip);
        `toggle`: what Enter on a person does."""
        super().__init__(parent)
        self._window = window
        self._search = search
        self._registration = registration
        self._code = code
        self._toggle = toggle
        self._field = window.top_bar.scan_field
        self._shown_text: str | None = None  # the text the visible results are for
        self._enter_waiting = False
        self._field.textChanged.connect(self._text_changed)
        self._field.returnPressed.connect(self.enter)
        self._field.navigate.connect(self._navigate)
        search.results.connect(self._results)
        context.hub.person_changed.connect(self._person_changed)
        window.search_panel.table.row_activated.connect(self._activate)

    def _text_changed(self, text: str) -> None:
        self._enter_waiting = False
        if not text.strip():
            self._search.clear()
            self._shown_text = None
            self._window.show_search(False)
            return
        if looks_like_code(text):
            return  # a badge code being typed: Enter scans it, no name search
        self._search.search(text.strip())

    @property
    def waiting(self) -> bool:
        """Enter came before the results of the text: it acts when they arrive."""
        return self._enter_waiting

    def text_typed(self) -> None:
        """Search for what the field holds now (typed before the desk was ready)."""
        self._text_changed(self._field.text())

    def _results(self, text: str, rows: list[PersonRow]) -> None:
        if text != self._field.text().strip():
            return
        self._shown_text = text
        self._window.search_panel.show_results(text, rows)
        self._window.show_search(True)
        if self._enter_waiting:
            self._enter_waiting = False
            self.enter()

    def enter(self) -> None:
        text = self._field.text().strip()
        if not text:
            return
        if looks_like_code(text) or looks_like_pickup_code(text):  # a code, not a name
            self.reset()
            self._code(text)
            return
        if self._shown_text != text:
            self._enter_waiting = True  # the results for this text are on their way
            return
        person = self._window.search_panel.selected_person()
        if person is None:
            self.register(text)
            return
        self._activate(person)

    def _activate(self, person_id: int) -> None:
        self.reset()
        self._toggle(person_id)

    def toggle_selected(self) -> None:
        person = self._window.search_panel.selected_person()
        if person is not None and self._window.searching:
            self._activate(person)

    def register(self, name: str | None = None) -> None:
        typed = self._field.text().strip() if name is None else name
        if looks_like_code(typed):
            typed = ""
        self._registration.open(self._window, typed)
        self.reset(focus=False)

    def reset(self, focus: bool = True) -> None:
        """Back to ready-to-scan: empty field, the area tabs, focus in the field."""
        self._enter_waiting = False
        self._field.clear()
        self._window.show_search(False)
        if focus:
            self._window.focus_scan_field()

    def refresh(self) -> None:
        if self._window.searching:
            self._search.again()

    def _person_changed(self, _person_id: int) -> None:
        self.refresh()

    def _navigate(self, event: QKeyEvent) -> None:
        if self._window.searching:
            table = self._window.search_panel.table
            QCoreApplication.sendEvent(
                table, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            )
