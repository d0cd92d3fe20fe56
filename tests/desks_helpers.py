"""Shared by the tests of several desks on one PostgreSQL server: a desk's database on the test's
fresh PostgreSQL database, and cutting a connection as a pulled cable or a restart would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from serre_desk.services.live_hints import APPLICATION_NAME
from serre_desk.services.startup import Location, open_database
from serre_desk.storage.database import Database


@pytest.fixture(name="pg")
def pg_desk_database(pg_url: str, data_dir: Path) -> Iterator[Database]:
    """A desk's database (schema, defaults) on the test's fresh PostgreSQL database."""
    database = open_database(Location(data_dir, pg_url))
    yield database
    database.dispose()


def cut(pg_url: str, *, pid: int | None = None) -> int:
    """End server connections of the test's database: the live-hints listeners', or the backend
    `pid`; how many were ended."""
    admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        if pid is not None:
            rows = connection.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchall()
        else:
            rows = connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = %s AND datname = current_database()",
                (APPLICATION_NAME,),
            ).fetchall()
    return sum(1 for (ended,) in rows if ended)
