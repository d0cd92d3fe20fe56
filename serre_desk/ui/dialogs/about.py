"""Help › About Serre Desk (*Informazioni su Serre Desk*): the release, the schema revision of the
database, the data folder and the database, selectable and copied in one click for support."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from serre_desk import VENUE_NAME
from serre_desk.services.about import About, about
from serre_desk.services.startup import Location
from serre_desk.ui import icons


class AboutDialog(QDialog):
    def __init__(self, facts: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Serre Desk"))
        logo = QLabel()
        logo.setPixmap(icons.pixmap("app", 64))
        title = QLabel(f"<b>Serre Desk {facts.version}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        what = QLabel(self.tr("The front desk of {venue}.").format(venue=VENUE_NAME))
        form = QFormLayout()
        self.rows = [
            (QCoreApplication.translate("About", label), value) for label, value in facts.lines()
        ]
        for label, value in self.rows:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("Copy these details, for support"))
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (logo, title, what):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())


def offer_about(window: QMainWindow, location: Location, help_menu: QMenu) -> QAction:
    """Add Help › About Serre Desk to the window (the application menu's About on macOS)."""
    action = QAction(QCoreApplication.translate("AboutDialog", "&About Serre Desk"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "AboutDialog", "The version, the database's schema revision and the data folder"
        )
    )
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: _show(AboutDialog(about(location), window)))
    help_menu.addAction(action)
    return action


def _show(dialog: AboutDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
