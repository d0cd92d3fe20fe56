"""The privacy notice (informativa privacy) shown at registration, from `resources/privacy/`."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QCheckBox, QTextBrowser, QVBoxLayout, QWidget

from serre_desk.paths import resources_dir


@cache
def notice_text(lang: str) -> str:
    """The notice in Markdown, in `lang` (Italian when there is no such translation)."""
    folder = resources_dir() / "privacy"
    path = folder / f"privacy_notice_{lang}.md"
    if not path.exists():
        path = folder / "privacy_notice_it.md"
    return path.read_text(encoding="utf-8")


class PrivacyNotice(QWidget):
    """The notice in a scrollable box and the tick that records it was shown and acknowledged."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(notice_text(lang))
        self.browser.setMinimumHeight(150)
        self.browser.setAccessibleName(self.tr("Privacy notice"))
        self.acknowledged = QCheckBox(
            self.tr("I showed the privacy notice and the person acknowledged it")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.acknowledged)
