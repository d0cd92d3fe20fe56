"""Logging to a rotating file in the data dir: details for support, never shown raw to staff."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from serre_desk import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_file_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send log records to `logs/serre-desk.log` (1 MB × 5); returns the file, or None when the
    folder cannot be written (logging must never stop the desk)."""
    log_path = paths.log_file(data_dir)
    root = logging.getLogger()
    if any(getattr(h, "serre_desk", False) for h in root.handlers):
        return log_path
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.serre_desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return log_path
