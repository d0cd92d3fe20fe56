"""The privacy notice (informativa privacy) shown at registration: the venue's published one as the
desk last read it (`ui/notice.py`), else the one shipped in `resources/privacy/`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from serre_desk.services.privacy import privacy_notice
from serre_desk.ui.style import Tone, colours


class PrivacyNotice(QWidget):
    """The notice in a scrollable box and the tick that records it was shown and acknowledged."""

    def __init__(self, lang: str, text: str | None = None, parent: QWidget | None = None) -> None:
        """`text`: the notice in force (`DeskContext.notice.text(lang)`); None: the shipped one."""
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(privacy_notice(lang) if text is None else text)
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
        self.hint = QLabel(self.tr("Tick the box once the person has seen the notice."))
        self.hint.setStyleSheet(f"color: {colours(Tone.REFUSED).text}; font-weight: bold;")
        size = self.hint.sizePolicy()
        size.setRetainSizeWhenHidden(True)  # its line is kept: nothing moves when it shows
        self.hint.setSizePolicy(size)
        self.hint.hide()
        self.acknowledged.toggled.connect(lambda ticked: self.hint.setVisible(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.acknowledged)
        layout.addWidget(self.hint)

    def check(self) -> bool:
        """Whether the notice was acknowledged; if not, says so under the tick box and puts the
        focus on it."""
        if self.acknowledged.isChecked():
            return True
        self.hint.show()
        self.acknowledged.setFocus()
        return False
