"""The venue's privacy notice as this desk last read it, kept for the dialogs that show it
(registration, a child's registration, editing a person or a child, the Help menu) so that none
of them reads the database on the GUI thread. Read in the background when the desk starts and
again when the settings publish a new version (the hub's `settings_changed("privacy")`); until
the first read answers, the notice shipped with the desk stands in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # storage is imported after the window is up (`ui/opening.py`)
    from serre_desk.services.privacy_notice import PrivacyNotice
    from serre_desk.services.startup import Database
    from serre_desk.ui.hub import DeskSignals
    from serre_desk.ui.tasks import TaskRunner

NOTICE_TOPIC = "privacy"  # what the settings' privacy page says after a save


class NoticeHolder(QObject):
    changed = Signal(object)  # PrivacyNotice: a newer version was read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notice: PrivacyNotice | None = None

    def text(self, lang: str) -> str:
        """The notice in `lang` (Italian when there is none in it)."""
        if self.notice is None:
            from serre_desk.services.privacy import privacy_notice

            return privacy_notice(lang)
        return self.notice.text(lang)

    def follow(self, db: Database, runner: TaskRunner, hub: DeskSignals) -> None:
        """Read the notice now and again whenever the settings name it."""

        def load() -> None:
            from serre_desk.services.privacy_notice import current_notice

            runner.read(lambda: current_notice(db), self._read, owner=self)

        def settings_changed(topic: str) -> None:
            if topic == NOTICE_TOPIC:
                load()

        hub.settings_changed.connect(settings_changed)
        load()

    def _read(self, notice: PrivacyNotice) -> None:
        if notice != self.notice:
            self.notice = notice
            self.changed.emit(notice)
