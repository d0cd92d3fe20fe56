"""Where Serre Desk keeps its files: one data dir, overridable for tests and support."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "serre-desk"
DB_FILENAME = "serre-desk.db"
DATA_DIR_ENV = "SERRE_DESK_DATA_DIR"
DESK_INI = "desk.ini"  # this PC's own choices: its station, the server entry it uses
DATABASE_SECTION = "database"


def resources_dir() -> Path:
    """The bundled `resources/` folder, in a source checkout and in a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: `override`, else $SERRE_DESK_DATA_DIR, else the platform's user data dir."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return path


def database_file(data: Path) -> Path:
    return data / DB_FILENAME


def chosen_service(data: Path) -> str | None:
    """The pg_service.conf entry chosen in the settings for this desk (desk.ini's
    `[database] service`), or None: this PC's own file."""
    import configparser

    stored = configparser.ConfigParser(interpolation=None)
    try:
        stored.read(data / DESK_INI, encoding="utf-8")
    except configparser.Error:  # a file edited by hand into nonsense: as if absent
        return None
    return stored.get(DATABASE_SECTION, "service", fallback="").strip() or None


def database_url(data: Path, given: str | None) -> str | None:
    """The database this desk opens: `given` (--db, SERRE_DESK_DB_URL), else the server entry
    chosen in the settings, else None: this PC's own file."""
    service = None if given else chosen_service(data)
    return given or (f"postgresql:///?service={service}" if service else None)


def log_file(data: Path) -> Path:
    return data / "logs" / "serre-desk.log"


def backups_dir(data: Path) -> Path:
    return data / "backups"


def reports_dir(data: Path) -> Path:
    return data / "reports"


@dataclass(frozen=True)
class Location:
    """Where this desk's data lives: the data dir, and the database URL (SQLite file by default).
    Here, not in `services/startup.py`, so the window's start names it without importing the
    storage (`services.startup` re-exports it)."""

    data_dir: Path
    db_url: str | None = None

    @property
    def url(self) -> str:
        return self.db_url or f"sqlite:///{database_file(self.data_dir)}"
