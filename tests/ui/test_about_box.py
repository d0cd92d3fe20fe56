"""Help › Informazioni su Serre Desk: the release, the schema revision and the data folder, in
the window's language, copied in one click for support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from serre_desk import __version__
from serre_desk.services.startup import Location
from serre_desk.storage.schema import HEAD_REVISION
from serre_desk.ui.dialogs.about import AboutDialog, offer_about


def test_the_about_box_names_release_schema_and_data_folder(make_desk, data_dir: Path, qtbot):
    desk = make_desk(lang="it")
    action = offer_about(desk.window, Location(data_dir), desk.window.help_menu)

    assert action in desk.window.help_menu.actions()
    assert action.text() == "&Informazioni su Serre Desk"
    action.trigger()
    dialog = desk.window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Informazioni su Serre Desk"
    assert dialog.rows == [
        ("Versione", __version__),
        ("Revisione dello schema", HEAD_REVISION),
        ("Cartella dei dati", str(data_dir)),
        ("Database", str(data_dir / "serre-desk.db")),
    ]
    dialog.copy_details()
    assert QGuiApplication.clipboard().text().splitlines()[1] == (
        f"Revisione dello schema: {HEAD_REVISION}"
    )
    dialog.reject()
