"""The window opens whichever way the command line spells its options."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CliRunner


def test_an_abbreviated_option_still_opens_the_window(cli: CliRunner, data_dir: Path) -> None:
    """`--data` is argparse's short form of `--data-dir`: the quick look for the command word
    cannot tell it takes a value, so the full parser finds `gui` and opens the window."""
    result = cli("--data", str(data_dir), "gui", "--smoke")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("ready in ")
    assert result.stdout.strip().endswith(" ms")
