"""A second, throwaway PostgreSQL server that asks for passwords (scram-sha-256 over TCP), for the
tests of a wrong password and of `.pgpass`: the test run's own server trusts everyone."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

ROLE = "serre_desk"
PASSWORD = "la:password\\della-sede"  # a ':' and a '\\' to be escaped in .pgpass
DATABASE = "serre"


@dataclass(frozen=True)
class PasswordServer:
    port: int
    role: str = ROLE
    password: str = PASSWORD
    database: str = DATABASE

    def url(self, password: str | None = None) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{self.role}{secret}@127.0.0.1:{self.port}/{self.database}"


def _as_postgres(*command: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def password_server() -> Iterator[PasswordServer]:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries not found")
        pytest.skip("PostgreSQL server binaries not found")
    pgbin = Path(bins[-1])
    work = Path(tempfile.mkdtemp(prefix="serre-desk-pgpw."))
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = work / "data"
    _as_postgres(
        str(pgbin / "initdb"), "-D", str(data), "-U", "postgres", "--auth-local=trust",
        "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
    )  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {work} -c fsync=off"
    pg_ctl = str(pgbin / "pg_ctl")
    _as_postgres(pg_ctl, "-D", str(data), "-l", str(work / "log"), "-w", "-o", options, "start")
    try:
        with psycopg.connect(host=str(work), port=port, user="postgres", autocommit=True) as c:
            c.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
            c.execute(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
        yield PasswordServer(port)
    finally:
        _as_postgres(pg_ctl, "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(work, ignore_errors=True)
