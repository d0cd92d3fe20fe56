"""Screenshots of the desk window for the README: Italian and English, 1366×768 and 1920×1080.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python tools/desk_screenshots.py [--out docs/screenshots]

A demo database of a busy morning (25 November 2026, 10:30) is built in a temporary folder; the
window's clock stays at that instant. One person is checked in by typing their name (the banner
and the card show it), then the window is captured as it is on screen.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from serre_desk.clock import parse_instant  # noqa: E402
from serre_desk.services.actor import LOCAL_ADMIN  # noqa: E402
from serre_desk.services.startup import Location, open_database  # noqa: E402
from serre_desk.ui.desk import Desk  # noqa: E402
from serre_desk.ui.deskclock import DeskClock  # noqa: E402
from serre_desk.ui.settings import desk_settings  # noqa: E402
from serre_desk.ui.style import style_sheet  # noqa: E402
from serre_desk.ui.translations import install_translations  # noqa: E402

NOW = "2026-11-25T10:30:00+01:00"
SIZES = ((1366, 768), (1920, 1080))
ARRIVING = "niccolo"  # typed at the desk, without the accent: a name not yet inside


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def capture(widget: QWidget, path: Path) -> None:
    wait(400)
    screen = QApplication.primaryScreen()
    frame = widget.frameGeometry()
    screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
    print(path)


def shoot(app: QApplication, data_dir: Path, lang: str, size: tuple[int, int], out: Path,
          extras: bool) -> None:
    install_translations(app, lang)
    db = open_database(Location(data_dir))
    desk = Desk(db, actor=LOCAL_ADMIN, clock=DeskClock(parse_instant(NOW)), lang=lang,
                settings=desk_settings(Path(tempfile.mkdtemp())), offer_demo=False)
    desk.start()
    desk.window.setGeometry(0, 0, *size)
    while desk.refresher.latest is None:
        wait(50)
    field = desk.window.top_bar.scan_field
    QTest.keyClicks(field, ARRIVING, Qt.KeyboardModifier.NoModifier, 40)
    while desk.window.search_panel.model.rowCount() == 0:
        wait(50)
    if extras:
        capture(desk.window, out / f"desk-search-{lang}.png")
    QTest.keyClick(field, Qt.Key.Key_Return)
    while not desk.runner.idle:
        wait(50)
    capture(desk.window, out / f"desk-{lang}-{size[0]}.png")
    if extras:
        dialog = desk.registration.open(desk.window, "Ingrid Øberg")
        dialog.form.organisation.setText("Studio Verde")
        capture(dialog, out / f"desk-register-{lang}.png")
        dialog.reject()
    desk.window.close()
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp()) / "data"
    subprocess.run([sys.executable, "-m", "serre_desk", "--data-dir", str(data_dir), "--now", NOW,
                    "demo"], check=True, cwd=REPO)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(style_sheet())
    for lang in ("it", "en"):
        for size in SIZES:
            snapshot = Path(tempfile.mkdtemp()) / "data"  # every shot starts from the same morning
            subprocess.run(["cp", "-r", str(data_dir), str(snapshot)], check=True)
            shoot(app, snapshot, lang, size, args.out, extras=size == SIZES[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
