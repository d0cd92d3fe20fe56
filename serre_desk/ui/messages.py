"""All message boxes go through here: shown without blocking (`open()`), the answer delivered to a
callback. Tests replace `Messages` with a recorder, so no test ever waits on a modal dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Callable[[bool], None]
Closed = Callable[[], None]


class Messages(QObject):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._open: set[QMessageBox] = set()

    def set_parent_widget(self, parent: QWidget) -> None:
        self._parent = parent

    def inform(
        self, title: str, text: str, details: str | None = None, on_closed: Closed | None = None
    ) -> None:
        self._show(QMessageBox.Icon.Information, title, text, details, on_closed)

    def warn(
        self, title: str, text: str, details: str | None = None, on_closed: Closed | None = None
    ) -> None:
        self._show(QMessageBox.Icon.Warning, title, text, details, on_closed)

    def ask(
        self, title: str, text: str, yes: str, no: str, answer: Answer, default_yes: bool = False
    ) -> None:
        """A question with two named buttons (verbs, not OK/Cancel); `answer(True)` for `yes`."""
        box = self._box(QMessageBox.Icon.Question, title, text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.setEscapeButton(no_button)
        box.finished.connect(lambda _result: answer(box.clickedButton() is yes_button))
        box.open()

    def _show(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str | None,
        on_closed: Closed | None,
    ) -> None:
        box = self._box(icon, title, text)
        if details:
            box.setDetailedText(details)
        box.addButton(QMessageBox.StandardButton.Close)
        if on_closed is not None:
            box.finished.connect(lambda _result: on_closed())
        box.open()

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.add(box)  # a parentless box needs a reference until it closes
        box.finished.connect(lambda _result: self._open.discard(box))
        return box
