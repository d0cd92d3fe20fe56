"""The window's layout as this computer remembers it (`ui/settings.py`): the geometry and the
splitters when the window is shown, the tab last chosen once the first data is there, and all of
it saved when the desk closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from serre_desk.ui.settings import restore_layout, restore_tab, save_layout

if TYPE_CHECKING:
    from serre_desk.ui.views.main_window import DeskWindow

DEFAULT_SIZE = (1366, 768)


class WindowLayout:
    def __init__(self, window: DeskWindow, settings: QSettings) -> None:
        self._window = window
        self._settings = settings

    def show(self) -> None:
        """The window in its remembered layout, focus in the scan field — unless start-up
        showed it already, in that layout."""
        window = self._window
        if window.isVisible():
            return
        if not restore_layout(window, self._settings):
            window.resize(*DEFAULT_SIZE)
        window.show()
        window.focus_scan_field()

    def restore_tab(self) -> None:
        restore_tab(self._window, self._settings)

    def save(self) -> None:
        save_layout(self._window, self._settings)
