"""The settings window (Impostazioni): the list of pages on the left, the chosen page on the
right, Close at the bottom. Keyboard: Tab moves from the list to the page's fields and its Save
button, Enter saves the page shown, Esc closes the window.

Only a manager opens it (or the local administrator while no desk user exists):
`SettingsWindow.open_for` refuses anyone else with a sentence that says what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from serre_desk.domain.errors import Refusal
from serre_desk.services.permissions import require_manager
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.dialogs.settings.pages import make_pages


class SettingsWindow(QDialog):
    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsWindow")
        self.setWindowTitle(self.tr("Settings"))
        self.ctx = ctx
        self.pages: list[SettingsPage] = make_pages(ctx)
        self.list = QListWidget()
        self.list.setObjectName("SettingsPages")
        self.list.setAccessibleName(self.tr("Settings pages"))
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(260)
        self.list.setSpacing(3)
        self.list.setStyleSheet("QListWidget#SettingsPages::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.list.addItem(page.title)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
        self.list.currentRowChanged.connect(self._show_page)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setToolTip(self.tr("Close the settings (Esc)"))
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._loaded: set[int] = set()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def sizeHint(self) -> QSize:
        return QSize(1100, 680)

    @property
    def page(self) -> SettingsPage:
        return self.pages[self.list.currentRow()]

    def show_page(self, page_type: type[SettingsPage]) -> SettingsPage:
        """Show the first page of this type (tests and screenshots)."""
        for index, page in enumerate(self.pages):
            if isinstance(page, page_type):
                self.list.setCurrentRow(index)
                return page
        raise LookupError(page_type)

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        for number, page in enumerate(self.pages):
            page.save_button.setDefault(number == index)
            page.save_button.setAutoDefault(number == index)
        if index not in self._loaded:
            self._loaded.add(index)
            self.pages[index].load()

    @classmethod
    def open_for(cls, ctx: SettingsContext, parent: QWidget | None) -> SettingsWindow | None:
        """The window, for a manager (or the local administrator before any desk user); anyone
        else is told who can open it."""
        try:
            require_manager(ctx.actor())
        except Refusal as refusal:
            ctx.messages.inform(cls.tr_static("Settings"), refusal.text())
            return None
        window = cls(ctx, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.resize(window.sizeHint())
        window.open()
        return window

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SettingsWindow", text)
