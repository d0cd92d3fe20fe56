"""The log file on a full disk: records are dropped calmly, never a "Logging error" traceback."""

from __future__ import annotations

import errno
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from serre_desk.logs import CalmFileHandler, setup_file_logging


class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_file_logging(tmp_path)
    assert path is not None
    yield path
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_a_full_disk_drops_log_records_without_a_traceback(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, CalmFileHandler))
    monkeypatch.setattr(logging, "raiseExceptions", True)  # as in any Python run
    log = logging.getLogger("serre_desk.test")
    log.warning("before the disk filled up")
    monkeypatch.setattr(handler, "_open", lambda: FullDisk())
    handler.close()
    for _ in range(3):
        log.warning("while the disk is full")

    assert "Logging error" not in capsys.readouterr().err

    monkeypatch.undo()
    log.warning("after space was freed")
    handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert "before the disk filled up" in lines[0]
    assert "3 log records were lost" in lines[1]
    assert "after space was freed" in lines[2]
    assert capsys.readouterr().err == ""
