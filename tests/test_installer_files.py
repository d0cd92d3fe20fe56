"""The installers' own files: the icon in every format from one source (really drawn), and a
menu entry that desktop-file-validate accepts. The .deb itself is built, installed and checked
by CI (.ci/run: installer/debian/check-deb)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parent.parent
DESKTOP = REPO / "installer" / "debian" / "serre-desk.desktop"


def _make_icons():  # installer/ is no package: load the build script by its path
    spec = importlib.util.spec_from_file_location(
        "make_icons", REPO / "installer" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_icons


def test_the_icons_of_every_platform_are_drawn_from_the_one_svg(tmp_path: Path) -> None:
    made = _make_icons()(tmp_path)

    with Image.open(made["png"]) as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
        assert png.getpixel((128, 20))[:3] == (0x1F, 0x3D, 0x2B)  # the dark green square
        assert png.getpixel((110, 150))[:3] == (0x6F, 0xCF, 0x97)  # the leaf
    with Image.open(made["ico"]) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(made["icns"]) as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_is_valid_and_in_office() -> None:
    checked = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30
    )

    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entry["Categories"] == "Office;"
    assert (entry["Exec"], entry["Icon"], entry["Terminal"]) == (
        "serre-desk",
        "serre-desk",
        "false",
    )
