"""`serre-desk --version`: the release (the same as pyproject.toml's, which names the bundle and
the packages), the schema revision and where the data and the database are."""

from __future__ import annotations

import sqlite3
import tomllib
from contextlib import closing
from pathlib import Path

from serre_desk import __version__
from serre_desk.storage.schema import HEAD_REVISION

REPO = Path(__file__).resolve().parent.parent


def test_the_package_and_the_project_name_the_same_release() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in changelog


def test_version_names_release_schema_and_data_folder(cli, data_dir: Path) -> None:
    out = cli("--version", "--lang", "en")

    assert out.returncode == 0
    assert out.stdout.splitlines() == [
        f"serre-desk {__version__}",
        f"Schema revision: {HEAD_REVISION}",
        f"Data folder: {data_dir}",
        f"Database: {data_dir / 'serre-desk.db'}",
    ]
    assert not data_dir.exists()  # asking the version creates nothing


def test_version_in_italian_and_with_an_older_database(cli, data_dir: Path) -> None:
    assert cli("occupancy").returncode == 0
    with closing(sqlite3.connect(data_dir / "serre-desk.db")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002_desk_search'")
        connection.commit()

    out = cli("--data-dir", str(data_dir), "--version")

    assert out.stdout.splitlines()[1:] == [
        f"Revisione dello schema: {HEAD_REVISION}",
        f"Cartella dei dati: {data_dir}",
        f"Database: {data_dir / 'serre-desk.db'}",
        "Revisione di questo database: 0002_desk_search",
    ]


def test_version_hides_a_server_password(cli) -> None:
    out = cli("--version", "--db", "postgresql+psycopg://desk:s3cret@db.example/serre")

    assert "Database: postgresql+psycopg://desk:***@db.example/serre" in out.stdout
    assert "s3cret" not in out.stdout
