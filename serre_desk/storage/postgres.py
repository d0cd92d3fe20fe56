"""PostgreSQL specifics: the URL a desk is given, and a first connection that says plainly why it
failed (no such database, a wrong password, no TLS, no server) instead of the driver's words.

A URL may be written as libpq does (`postgresql://user@host:5432/db?sslmode=require`, or
`postgresql:///?service=serre` for an entry of `pg_service.conf`); it is handed to SQLAlchemy
with the psycopg 3 driver. Passwords in a `.pgpass`-style file are found by libpq itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP

DRIVER = "postgresql+psycopg"
PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")
CONNECT_TIMEOUT_S = 5


def is_postgres_url(url: str) -> bool:
    return url.startswith(PREFIXES)


def driver_url(url: str) -> str:
    """`url` with the psycopg 3 driver named, as SQLAlchemy wants it."""
    for prefix in PREFIXES:
        if url.startswith(prefix):
            return DRIVER + "://" + url[len(prefix) :]
    raise Refusal(
        "not_postgres_url",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{url} is not a PostgreSQL address: write postgresql://USER@SERVER:PORT/DATABASE "
            "(or postgresql:///?service=NAME).",
        ),
        url=url,
    )


def shown_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"


def _named(url: str) -> dict[str, str]:
    """The parts of `url` a message may name (never the password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return {"database": "?", "user": "?", "server": "?"}
    query = {key: str(value) for key, value in parsed.query.items()}
    return {
        "database": parsed.database or query.get("dbname") or query.get("service") or "?",
        "user": parsed.username or query.get("user") or "?",
        "server": f"{parsed.host or query.get('host') or 'localhost'}:{parsed.port or 5432}",
    }


# (substring of the server's or libpq's message, code, message). The first match wins.
_PROBLEMS = (
    (
        "does not exist",
        "role ",
        "pg_no_role",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The server {server} has no user {user}: create the role first (see the README, "
            "A server for several desks).",
        ),
    ),
    (
        "does not exist",
        "database ",
        "pg_no_database",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The database {database} does not exist on {server}: create it first (createdb), "
            "then run this again.",
        ),
    ),
    (
        "password authentication failed",
        "",
        "pg_wrong_password",
        QT_TRANSLATE_NOOP(
            "Refusal", "The server {server} refused the password of {user}: check the password."
        ),
    ),
    (
        "no password supplied",
        "",
        "pg_no_password",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The server {server} wants a password for {user} and none was given: save it with "
            "`serre-desk db connect` (or in the .pgpass file).",
        ),
    ),
    (
        "server does not support ssl",
        "",
        "pg_no_tls",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The server {server} does not offer TLS but this desk requires it (sslmode): turn "
            "on ssl in the server's postgresql.conf, or lower sslmode on a trusted network.",
        ),
    ),
    (
        "no encryption",
        "",
        "pg_tls_needed",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The server {server} accepts {user} only over TLS: add sslmode=require to the address.",
        ),
    ),
    (
        "certificate verify failed",
        "",
        "pg_tls_untrusted",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The TLS certificate of {server} is not trusted by this desk: give its CA "
            "(sslrootcert) or use sslmode=require.",
        ),
    ),
    (
        "pg_hba.conf",
        "",
        "pg_not_allowed",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The server {server} does not let {user} in from this PC: add a line for it to "
            "pg_hba.conf and reload the server.",
        ),
    ),
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Refusal",
    "The database server {server} cannot be reached: check that PostgreSQL runs there, the "
    "address and port, and the network.",
)


def connection_problem(error: BaseException, url: str) -> Refusal | None:
    """A clear refusal for a failed first connection to `url`, or None when the error is not a
    connection problem (a bug, or a problem of the query)."""
    message = str(getattr(error, "orig", error)).lower()
    named = _named(url)
    for marker, also, code, words in _PROBLEMS:
        if marker in message and also in message:
            return Refusal(code, words, **named)
    if any(
        word in message
        for word in ("connection refused", "could not translate host", "timeout", "could not conn")
    ):
        return Refusal("pg_unreachable", UNREACHABLE, **named)
    return None


@dataclass(frozen=True)
class ServerInfo:
    version: str
    tls: bool  # the connection is encrypted


def probe(url: str) -> ServerInfo:
    """Connect once to `url`: the server's version and whether the link is encrypted; a failure
    raises a Refusal that names the reason in words."""
    engine = create_engine(
        driver_url(url), poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )
    try:
        with engine.connect() as connection:
            version = str(connection.execute(text("SHOW server_version")).scalar_one())
            tls = connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
            return ServerInfo(version, bool(tls))
    except DBAPIError as error:
        problem = connection_problem(error, url)
        if problem is None:
            raise
        raise problem from error
    finally:
        engine.dispose()


def url_for(
    *, host: str, port: int, dbname: str, user: str, password: str | None, sslmode: str
) -> str:
    """A URL for these parts (quoted as URLs need); it holds the password: never show it."""
    built = URL.create(
        DRIVER,
        username=user,
        password=password or None,
        host=host,
        port=port,
        database=dbname,
        query={"sslmode": sslmode},
    )
    return built.render_as_string(hide_password=False)


def connect_options(url: str) -> dict[str, Any]:
    """Keyword arguments for `psycopg.connect` that reach the same database as `url` (a listener
    on its own connection, outside SQLAlchemy's pool)."""
    parsed = make_url(driver_url(url))
    options: dict[str, Any] = {str(k): str(v) for k, v in parsed.query.items()}
    for name, value in (
        ("host", parsed.host),
        ("port", parsed.port),
        ("user", parsed.username),
        ("password", parsed.password),
        ("dbname", parsed.database),
    ):
        if value is not None:
            options[name] = str(value)
    return options
