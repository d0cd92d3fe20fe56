"""Installing the window's catalogues: ours (`resources/translations/serre_desk_<lang>.qm`) and
Qt's own (`qtbase_<lang>.qm` from PySide6's translations folder: standard buttons, file dialogs,
context menus). The translators are kept referenced."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from serre_desk.i18n import QT_TRANSLATE_NOOP, set_language
from serre_desk.paths import resources_dir

_installed: list[QTranslator] = []

# Qt's Italian catalogue leaves these file-dialog labels in English; ours has them (Qt's
# translator is searched first, then ours).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues are: PySide6's folder (bundled by build_installer.spec), then
    wherever this Qt was built to look."""
    bundled = Path(PySide6.__file__).parent / "Qt" / "translations"
    built_in = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [bundled, built_in]


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
    if any(qt_own.load(f"qtbase_{lang}", str(folder)) for folder in qt_translations_dirs()):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
