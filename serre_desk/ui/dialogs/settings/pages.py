"""The settings window's pages, in the order of its list. A new page (e.g. the connection page
for several desks) is a `SettingsPage` subclass added here: the window needs nothing else."""

from __future__ import annotations

from collections.abc import Callable

from serre_desk.ui.dialogs.settings.areas_page import AreasPage
from serre_desk.ui.dialogs.settings.backups_page import BackupsPage
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.dialogs.settings.connection_page import ConnectionPage
from serre_desk.ui.dialogs.settings.hours_page import HoursPage
from serre_desk.ui.dialogs.settings.kids_page import KidsPage
from serre_desk.ui.dialogs.settings.lock_page import LockPage
from serre_desk.ui.dialogs.settings.printers_page import PrintersPage
from serre_desk.ui.dialogs.settings.privacy_page import PrivacyPage
from serre_desk.ui.dialogs.settings.users_page import UsersPage

PAGES: list[Callable[[SettingsContext], SettingsPage]] = [
    UsersPage,
    AreasPage,
    HoursPage,
    KidsPage,
    PrintersPage,
    PrivacyPage,
    BackupsPage,
    ConnectionPage,
    LockPage,
]


def make_pages(ctx: SettingsContext) -> list[SettingsPage]:
    return [make(ctx) for make in PAGES]
