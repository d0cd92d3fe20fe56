"""The window's own settings (size, layout, chosen tab, language, whether badges are scanned at
this desk): an INI file in the data dir, so each desk PC keeps its layout and tests never touch a
real user's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from serre_desk.i18n import LANGUAGES
from serre_desk.ui.views.main_window import DeskWindow

FILENAME = "desk-window.ini"


def desk_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / FILENAME), QSettings.Format.IniFormat)


def saved_language(settings: QSettings) -> str | None:
    value = settings.value("language")
    return value if value in LANGUAGES else None


def scanning_here(settings: QSettings, kind: str, default: bool) -> bool:
    """Whether badges scanned at this desk move anybody, as last chosen for its station kind."""
    value = settings.value(f"station/scanning_{kind}")
    if value in (True, "true"):
        return True
    if value in (False, "false"):
        return False
    return default


def remember_scanning(settings: QSettings, kind: str, on: bool) -> None:
    settings.setValue(f"station/scanning_{kind}", on)
    settings.sync()


def restore_layout(window: DeskWindow, settings: QSettings) -> bool:
    """Put back the saved size and layout; False when there is none (first start)."""
    geometry = settings.value("window/geometry")
    if not isinstance(geometry, QByteArray):
        return False
    window.restoreGeometry(geometry)
    for splitter in (window.main_splitter, window.side_splitter):
        state = settings.value(f"window/{splitter.objectName()}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return True


def restore_tab(window: DeskWindow, settings: QSettings) -> None:
    """Select the saved tab: an area's, or a view's (once the tabs exist: after the first
    snapshot)."""
    key = settings.value("window/tab")
    if not isinstance(key, str):
        return
    tabs = window.area_tabs
    views = {
        widget.objectName(): widget
        for widget in (tabs.widget(i) for i in range(tabs.count()))
        if widget is not None
    }
    widget = window.panels.get(key) or views.get(key)
    if widget is not None:
        tabs.setCurrentWidget(widget)


def save_layout(window: DeskWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    for splitter in (window.main_splitter, window.side_splitter):
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
    panel = window.current_panel()
    current = window.area_tabs.currentWidget()
    if panel is not None:
        settings.setValue("window/tab", panel.area_key)
    elif current is not None and current.objectName():
        settings.setValue("window/tab", current.objectName())
    settings.sync()
