"""The command line run in-process (same `main`, real stdin/stdout/stderr text, no subprocess
start-up): for the many small permission checks of the roles, audit, privacy and backup tests."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from serre_desk.cli.main import main
from tests.conftest import MORNING

InProcessCli = Callable[..., subprocess.CompletedProcess[str]]
MANAGER_PASSWORD = "correct horse battery"
STAFF_PIN = "246810"


@pytest.fixture(name="run")
def run_fixture(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[InProcessCli]:
    """`run("checkin", "1", input="PIN\\n", now=...)`: what `serre-desk ...` would do."""

    def call(
        *args: str, input: str = "", now: datetime = MORNING
    ) -> subprocess.CompletedProcess[str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        try:
            code = main([*args, "--now", now.isoformat()])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), code, captured.out, captured.err)

    yield call
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "serre_desk", False)]:
        root.removeHandler(handler)
        handler.close()


def ok(result: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    """The JSON a successful command printed (or {} for text)."""
    import json

    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.startswith("{") else {}


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one-line reason of a refused command (exit 1, no traceback)."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]
