"""A hard crash of the desk (a segmentation fault inside Qt), even while the window is being made,
leaves every thread's Python stack in the log folder's crash.log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from serre_desk import paths

CRASHING_DESK = """
import faulthandler, sys
from serre_desk.ui.desk import Desk
Desk.__init__ = lambda self, *args, **kwargs: faulthandler._sigsegv()  # while it is made
from serre_desk.cli.main import main
sys.exit(main(["gui", "--smoke"]))
"""


def test_a_native_crash_of_the_desk_is_written_to_the_crash_log(data_dir: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo), SERRE_DESK_DATA_DIR=str(data_dir))
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_DESK], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode < 0 or result.returncode == 139
    crash_log = paths.log_file(data_dir).with_name("crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in crash_log
    assert "in <lambda>" in crash_log and "in run_desk" in crash_log
