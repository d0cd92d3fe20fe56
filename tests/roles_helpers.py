"""Shared by the roles, audit, privacy and backup tests: the desk's two users and how to read a
command's answer."""

from __future__ import annotations

import json
import subprocess

MANAGER_PASSWORD = "correct horse battery"
STAFF_PIN = "246810"


def ok(result: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    """The JSON a successful command printed (or {} for text)."""
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.startswith("{") else {}


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one-line reason of a refused command (exit 1, no traceback)."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]
