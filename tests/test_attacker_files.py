"""What the command line leaves on a shared computer: the emergency list (everyone inside, their
phones, children with their age) is written by default where only this user can read it."""

from __future__ import annotations

import json
import stat
import tempfile
from pathlib import Path

import pytest

from serre_desk.storage.database import Database
from tests.conftest import CliRunner
from tests.kids_helpers import drop, educator, family


def test_the_emergency_list_is_not_left_readable_by_other_users(
    cli: CliRunner, db: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared-tmp"  # stands for /tmp, which every account of the PC can read
    shared.mkdir(mode=0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    educator(db)
    drop(db, family(db))
    result = cli("report", "emergency", "--json")
    assert result.returncode == 0, result.stderr
    written = Path(json.loads(result.stdout)["path"])
    assert written.is_file() and written.parent == data_dir / "reports" / "emergenza"
    assert not any(shared.iterdir()), "nothing of it in the shared temporary folder"
    assert stat.S_IMODE(written.parent.stat().st_mode) & 0o077 == 0, "this user's folder alone"
