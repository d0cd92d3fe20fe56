"""A tab whose view is made the first time it is shown (or asked for): the reports and the audit
log are not part of the first screen, so the desk starts without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

View = TypeVar("View", bound=QWidget)


class LazyTab(QWidget, Generic[View]):
    def __init__(self, make: Callable[[], View], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._view: View | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> View:
        if self._view is None:
            self._view = self._make()
            self._layout.addWidget(self._view)
            if self.isVisible():  # shown now, not at the next turn of the event loop
                self._view.show()
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view  # noqa: B018 - made now, when first seen
        super().showEvent(event)
