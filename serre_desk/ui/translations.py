"""Installing the window's catalogues: ours (`resources/translations/serre_desk_<lang>.qm`) and
Qt's own (standard buttons, context menus). The translators are kept referenced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from serre_desk.i18n import set_language
from serre_desk.paths import resources_dir

_installed: list[QTranslator] = []


def remove_translations(app: QCoreApplication) -> None:
    """Back to the English source texts in the window."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translations(app: QCoreApplication, lang: str) -> None:
    """Use `lang` in the window (and in the Qt-free refusal texts) from now on."""
    remove_translations(app)
    set_language(lang)
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"serre_desk_{lang}.qm")):
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
