"""The privacy notice (informativa privacy) shown at registration, from `resources/privacy/`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTextBrowser, QVBoxLayout, QWidget

from serre_desk.services.privacy import privacy_notice


class PrivacyNotice(QWidget):
    """The notice in a scrollable box and the tick that records it was shown and acknowledged."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(privacy_notice(lang))
        self.browser.setMinimumHeight(150)
        self.browser.setAccessibleName(self.tr("Privacy notice"))
        self.browser.setTabChangesFocus(True)  # Tab goes on to the tick, not into the text
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.acknowledged = QCheckBox(
            self.tr("I showed the privacy notice and the person acknowledged it")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.acknowledged)
