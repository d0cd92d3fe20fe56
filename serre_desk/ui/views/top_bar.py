"""The bar across the top: the scan/search field, date and clock, the desk user, status icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from serre_desk.ui import icons
from serre_desk.ui.style import scaled

NAVIGATION_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
)


class ScanField(QLineEdit):
    """The always-ready field: scanner codes, badge codes typed by hand, names to search.

    Up/Down are handed to the results list (`navigate`); the desk's Undo shortcut wins over the
    field's own text undo (a wrong check-in matters more than a typo)."""

    navigate = Signal(QKeyEvent)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in NAVIGATION_KEYS:
            self.navigate.emit(event)
            return
        super().keyPressEvent(event)


class StatusIcon(QWidget):
    """A small icon with a short word; the tooltip says more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._icon = QLabel()
        self._text = QLabel()
        layout.addWidget(self._icon)
        layout.addWidget(self._text)

    def set_state(self, icon_name: str, text: str, tooltip: str) -> None:
        self._icon.setPixmap(icons.pixmap(icon_name, 16))
        self._text.setText(text)
        self.setToolTip(tooltip)

    @property
    def text(self) -> str:
        return self._text.text()


class TopBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)

        self.title = QLabel(self.tr("Le Serre dei Giardini"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(scaled(14))
        title_font.setBold(True)
        self.title.setFont(title_font)

        self.scan_field = ScanField()
        self.scan_field.setObjectName("ScanField")
        field_font = QFont(self.font())
        field_font.setPointSizeF(scaled(14))
        self.scan_field.setFont(field_font)
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setMinimumWidth(320)
        self.scan_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scan_field.setAccessibleName(self.tr("Scan or search"))

        self.date_label = QLabel()
        self.date_label.setProperty("muted", True)
        self.clock_label = QLabel()
        clock_font = QFont(self.font())
        clock_font.setPointSizeF(scaled(16))
        clock_font.setBold(True)
        self.clock_label.setFont(clock_font)

        self.user = StatusIcon()
        self.database = StatusIcon()
        self.printer = StatusIcon()

        layout.addWidget(self.title)
        layout.addWidget(self.scan_field, 1)
        layout.addWidget(self.date_label)
        layout.addWidget(self.clock_label)
        layout.addSpacing(8)
        layout.addWidget(self.user)
        layout.addWidget(self.database)
        layout.addWidget(self.printer)

    def set_placeholder(self, shortcut: QKeySequence) -> None:
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge or type a name…  ({key})").format(
                key=shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
