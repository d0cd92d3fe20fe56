"""Icons from `resources/icons/` (SVG, crisp at any size)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPixmap

from serre_desk.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def pixmap(name: str, size: int) -> QPixmap:
    return icon(name).pixmap(size, size)
