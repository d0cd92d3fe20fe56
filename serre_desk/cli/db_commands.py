"""`serre-desk db init|copy|connect|test`: one PostgreSQL database for several desks.

- `db init --db URL [--manager NAME]`: the schema, the defaults and the first manager (password
  on stdin) on an empty database of an existing server.
- `db copy --to URL`: this desk's SQLite data into an empty PostgreSQL database, proved by
  counts, checksums and the audit chain on the target.
- `db connect --host … --dbname … --user …`: test, then keep the connection as libpq does (an
  entry of pg_service.conf, the password in .pgpass, owner-only); the desk then uses
  `--db postgresql:///?service=NAME`.
- `db test`: connect once to the desk's database (`--db`, or `--service NAME`) and say how.
"""

from __future__ import annotations

import argparse
import sys

from serre_desk.cli import arguments
from serre_desk.cli.context import Context
from serre_desk.cli.user_commands import _payload, _with_code
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP, translate
from serre_desk.services.connection_profile import (
    DEFAULT_SERVICE,
    SSL_MODES,
    ConnectionProfile,
    check_connection,
    check_profile_with,
    has_password,
    load_profile,
    password_file,
    save_profile,
    service_file,
    service_url,
)
from serre_desk.services.db_copy import CopyReport, copy_database, left_behind_words
from serre_desk.services.db_init import FirstManager, init_database
from serre_desk.services.station import (
    KIND_WORDS,
    StationKind,
    load_station,
    save_station,
)
from serre_desk.storage.postgres import ServerInfo, is_postgres_url, shown_url

DB_HELP = """examples:
  serre-desk db connect --host office-pc --dbname serre --user serre_desk --sslmode require
  serre-desk db init --db postgresql:///?service=serre-desk --manager Anna
  serre-desk db copy --to postgresql:///?service=serre-desk --as Anna
  serre-desk db test --service serre-desk

db connect keeps the server, port, database, user and TLS mode as an entry of the per-user
pg_service.conf ($PGSERVICEFILE, else ~/.pg_service.conf; Windows:
%APPDATA%\\postgresql\\.pg_service.conf) and the password in the per-user .pgpass ($PGPASSFILE,
else ~/.pgpass; Windows: %APPDATA%\\postgresql\\pgpass.conf), owner-only (0600): psql and pg_dump
use the same set-up (psql service=serre-desk). The password is never kept in the desk's settings
or written to its log.
"""


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    register_station(commands, common)
    db = commands.add_parser(
        "db",
        help="one PostgreSQL database for several desks: init, copy",
        parents=[common],
        epilog=DB_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")

    init = actions.add_parser(
        "init",
        help="prepare an empty PostgreSQL database (--db URL): schema, defaults, first manager",
        parents=[common],
    )
    init.add_argument(
        "--manager",
        metavar="NAME",
        help="the first manager, when the database has no desk user (password on stdin)",
    )
    init.set_defaults(handler=_init)

    copy = actions.add_parser(
        "copy",
        help="copy this desk's SQLite data into an empty PostgreSQL database (manager)",
        parents=[common],
    )
    copy.add_argument("--to", required=True, metavar="URL", help="the PostgreSQL database")
    copy.set_defaults(handler=_copy)

    connect = actions.add_parser(
        "connect",
        help="test and keep a PostgreSQL connection (pg_service.conf + .pgpass; password on stdin)",
        parents=[common],
    )
    connect.add_argument("--service", default=DEFAULT_SERVICE, help="the entry's name")
    connect.add_argument("--host", required=True, metavar="SERVER")
    connect.add_argument("--port", type=arguments.whole_number(1, 65535), default=5432)
    connect.add_argument("--dbname", required=True, metavar="DATABASE")
    connect.add_argument("--user", required=True, metavar="ROLE")
    connect.add_argument("--sslmode", choices=SSL_MODES, default="prefer", help="TLS mode")
    connect.set_defaults(handler=_connect)

    test = actions.add_parser(
        "test", help="connect once to the desk's database (--db or --service)", parents=[common]
    )
    test.add_argument("--service", help="an entry of pg_service.conf")
    test.set_defaults(handler=_test)


def register_station(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    station = commands.add_parser(
        "station",
        help="this desk's name and kind (reception, kids, office), kept in its desk.ini",
        parents=[common],
    )
    station.add_argument("name", nargs="?", metavar="NAME", help='e.g. "Spazio bimbi"')
    station.add_argument("--kind", choices=[k.value for k in StationKind])
    station.set_defaults(handler=_station)


def _postgres_url(url: str | None) -> str:
    if url is None or not is_postgres_url(url):
        raise Refusal(
            "needs_postgres_url",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Give the PostgreSQL database: --db postgresql://USER@SERVER:PORT/DATABASE "
                "(a desk's own SQLite file needs no init).",
            ),
        )
    return url


def _key_advice(ctx: Context, path: object) -> str:
    return ctx.tr(
        "Every desk on this database needs the audit key {path}: copy it to each desk's data "
        "folder (or point SERRE_DESK_AUDIT_KEY_FILE at it)."
    ).format(path=path)


def _init(ctx: Context, args: argparse.Namespace) -> int:
    url = _postgres_url(ctx.location.db_url)
    manager = None
    if args.manager:
        manager = FirstManager(args.manager, ctx.read_secret("First manager's password: "))
    report = init_database(url, ctx.location.data_dir, manager, now=ctx.now, actor=ctx.actor)
    shown = shown_url(url)
    if report.revision_before is None:
        first = ctx.tr("PostgreSQL {version} at {url}: schema created (revision {revision}).")
    elif report.revision_before != report.revision:
        first = ctx.tr("PostgreSQL {version} at {url}: schema brought up to revision {revision}.")
    else:
        first = ctx.tr("PostgreSQL {version} at {url}: schema already at revision {revision}.")
    lines = [first.format(version=report.server_version, url=shown, revision=report.revision)]
    payload: dict[str, object] = {
        "server_version": report.server_version,
        "revision_before": report.revision_before,
        "revision": report.revision,
        "audit_key": str(report.audit_key),
    }
    if report.manager is not None:
        added = ctx.tr("Added desk user {name} ({role}).").format(
            name=report.manager.name, role=report.manager.role.value
        )
        lines += _with_code(ctx, report.manager, added)
        payload["manager"] = _payload(report.manager)
    else:
        lines.append(ctx.tr("The database has desk users already: no manager was added."))
    lines.append(_key_advice(ctx, report.audit_key))
    ctx.emit(payload, lines)
    return 0


def _copy(ctx: Context, args: argparse.Namespace) -> int:
    url = _postgres_url(args.to)

    def progress(table: str, rows: int) -> None:
        if not ctx.as_json:
            sys.stderr.write(f"  {table}: {rows:,}…\n")

    report = copy_database(ctx.db, url, ctx.location.data_dir, progress)
    ctx.emit(_copy_payload(report), _copy_lines(ctx, report, shown_url(url)))
    return 0


def _copy_payload(report: CopyReport) -> dict[str, object]:
    return {
        "tables": {t.name: {"rows": t.rows, "sha256": t.checksum} for t in report.tables},
        "audit_whole": report.audit.whole,
        "audit_checked": report.audit.checked,
        "seconds": round(report.seconds, 2),
        "audit_key": str(report.audit_key),
        "left_behind": str(report.left_behind),
        "backups": str(report.backups),
    }


def _copy_lines(ctx: Context, report: CopyReport, shown: str) -> list[str]:
    lines = [ctx.tr("Copied into {url}:").format(url=shown)]
    width = max(len(t.name) for t in report.tables)
    rows = ctx.tr("rows")
    lines += [
        f"  {t.name:<{width}} {t.rows:>10,} {rows}  sha256 {t.checksum[:16]}" for t in report.tables
    ]
    if report.audit.whole:
        chain = ctx.tr("Audit chain on the target: whole, {count} events checked.")
    else:
        chain = ctx.tr(
            "Audit chain on the target: {count} events checked, broken as on the source."
        )
    lines.append(chain.format(count=report.audit.checked))
    lines.append(
        ctx.tr("Counts and checksums match the source; done in {seconds:.1f} s.").format(
            seconds=report.seconds
        )
    )
    lines.append(left_behind_words(report, ctx.lang))
    lines.append(_key_advice(ctx, report.audit_key))
    return lines


def _connected(ctx: Context, server: ServerInfo, shown: str) -> str:
    tls = ctx.tr("encrypted (TLS)") if server.tls else ctx.tr("not encrypted")
    return ctx.tr("Connected to PostgreSQL {version} at {url}, {tls}.").format(
        version=server.version, url=shown, tls=tls
    )


def _connect(ctx: Context, args: argparse.Namespace) -> int:
    profile = ConnectionProfile(
        args.service, args.host, args.port, args.dbname, args.user, args.sslmode
    )
    password = ctx.read_secret("Password of the database role (empty: none): ") or None
    server = check_profile_with(profile, password)  # nothing is kept unless it connects
    save_profile(profile, password)
    lines = [
        _connected(ctx, server, shown_url(profile.url)),
        ctx.tr("Saved the entry [{service}] in {file}.").format(
            service=profile.service, file=service_file()
        ),
    ]
    if password is not None:
        lines.append(
            ctx.tr("Saved the password in {file} (readable by this user only).").format(
                file=password_file()
            )
        )
    lines.append(ctx.tr("The desks on this PC use: --db {url}").format(url=profile.url))
    ctx.emit(
        {
            "service": profile.service,
            "url": profile.url,
            "service_file": str(service_file()),
            "password_file": str(password_file()) if password is not None else None,
            "server_version": server.version,
            "tls": server.tls,
        },
        lines,
    )
    return 0


def _test(ctx: Context, args: argparse.Namespace) -> int:
    if args.service:
        profile = load_profile(args.service)
        if profile is None:
            raise Refusal(
                "no_such_service",
                QT_TRANSLATE_NOOP(
                    "Refusal", "There is no entry [{service}] in {file}: save it with db connect."
                ),
                service=args.service,
                file=str(service_file()),
            )
        url = service_url(profile.service)
        saved = has_password(profile)
    else:
        url = _postgres_url(ctx.location.db_url)
        saved = None
    server = check_connection(url)
    ctx.emit(
        {"server_version": server.version, "tls": server.tls, "password_saved": saved},
        _connected(ctx, server, shown_url(url)),
    )
    return 0


def _station(ctx: Context, args: argparse.Namespace) -> int:
    data_dir = ctx.location.data_dir
    station = load_station(data_dir)
    if args.name is not None or args.kind is not None:
        station = save_station(data_dir, args.name or station.name, args.kind or station.kind)
    kind = translate("Station", KIND_WORDS[station.kind], ctx.lang)
    ctx.emit(
        {"name": station.name, "kind": station.kind.value},
        ctx.tr("This desk is {name} ({kind}).").format(name=station.name, kind=kind),
    )
    return 0
