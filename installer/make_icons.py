"""The application icon in every format an installer needs, from one source:
resources/icons/app.svg → app.png (256 px), app.ico (Windows, 16–256 px) and app.icns (macOS).

    python installer/make_icons.py [OUT_DIR]      # default build/icons

Qt's SVG renderer draws the sizes (no Qt application needed), Pillow writes .ico and .icns.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int, source: Path = SOURCE):  # -> PIL.Image.Image
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def make_icons(out: Path) -> dict[str, Path]:
    """Write app.png, app.ico and app.icns into `out`; their paths by suffix."""
    out.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in SIZES}
    made = {"png": out / "app.png", "ico": out / "app.ico", "icns": out / "app.icns"}
    images[256].save(made["png"])
    ico_sizes = [(size, size) for size in SIZES if size <= 256]
    images[256].save(made["ico"], sizes=ico_sizes, append_images=[images[s] for s in SIZES])
    images[1024].save(made["icns"], append_images=[images[s] for s in SIZES if s < 1024])
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make_icons(target).values():
        print(path)
