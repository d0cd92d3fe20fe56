"""`serre-desk backup [--out FILE]`, `serre-desk backup folder [DIR]`, `serre-desk backup keep [N]`,
`serre-desk restore FILE`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from serre_desk.cli.context import Context
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.audit import record
from serre_desk.services.audit_key import DATA_DIR_INFO
from serre_desk.services.backups import (
    backup_folder,
    backups_kept,
    check_backup_file,
    postgres_refusal,
    restore_backup,
    set_backup_folder,
    set_backups_kept,
    take_backup,
)
from serre_desk.storage.database import Database, sqlite_url
from serre_desk.storage.schema import backup_sqlite


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", help="back up the database now (SQLite; PostgreSQL: pg_dump)", parents=[common]
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="write here (not rotated)")
    backup.set_defaults(handler=_backup)
    actions = backup.add_subparsers(dest="backup_command", metavar="COMMAND")
    folder = actions.add_parser("folder", help="show or set the backup folder", parents=[common])
    folder.add_argument("folder", type=Path, nargs="?", metavar="DIR")
    folder.set_defaults(handler=_folder)
    keep = actions.add_parser(
        "keep", help="show or set how many daily backups are kept (manager)", parents=[common]
    )
    keep.add_argument("count", type=int, nargs="?", metavar="N")
    keep.set_defaults(handler=_keep)

    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the desk must be closed)",
        parents=[common],
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=_restore)


def _backup(ctx: Context, args: argparse.Namespace) -> int:
    path = take_backup(ctx.db, ctx.location, now=ctx.now, out=args.out)
    ctx.emit({"backup": str(path)}, ctx.tr("Backup written to {path}.").format(path=path))
    return 0


def _folder(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.location.db_url is not None:
        raise postgres_refusal()
    if args.folder is not None:
        set_backup_folder(ctx.location, ctx.db, ctx.actor, args.folder, now=ctx.now)
    folder = backup_folder(ctx.location)
    ctx.emit({"folder": str(folder)}, str(folder))
    return 0


def _keep(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.location.db_url is not None:
        raise postgres_refusal()
    if args.count is not None:
        set_backups_kept(ctx.location, ctx.db, ctx.actor, args.count, now=ctx.now)
    kept = backups_kept(ctx.location)
    ctx.emit(
        {"keep_daily": kept},
        ctx.tr("The newest {count} daily backups are kept, and one a week before them.").format(
            count=kept
        ),
    )
    return 0


def _restore(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.location.db_url is not None:
        raise postgres_refusal()
    source: Path = args.file.expanduser().resolve()
    check_backup_file(source)
    if ctx.deferred_sign_in is not None:  # the live database is unreadable: ask the backup's
        _sign_in_from_backup(ctx, source)
    if not args.yes and sys.stdin.isatty() and not _confirmed(ctx, source):
        ctx.emit({"restored": False}, ctx.tr("Nothing changed."))
        return 1
    ctx.close_db()
    result = restore_backup(ctx.location, source, now=ctx.now)
    with ctx.db.write() as session:
        saved = str(result.previous_saved_as) if result.previous_saved_as else None
        record(session, ctx.actor, ctx.now, "restore", None, file=source.name, previous=saved)
    lines = [ctx.tr("Restored the database from {path}.").format(path=source)]
    if saved:
        lines.append(ctx.tr("The database it replaced is kept as {path}.").format(path=saved))
    ctx.emit({"restored": True, "from": str(source), "previous_saved_as": saved}, lines)
    return 0


def _sign_in_from_backup(ctx: Context, source: Path) -> None:
    assert ctx.deferred_sign_in is not None
    with tempfile.TemporaryDirectory(prefix="serre-desk-restore-") as folder:
        copy = backup_sqlite(source, Path(folder) / "check.db")
        db = Database(sqlite_url(copy))
        db.info[DATA_DIR_INFO] = ctx.location.data_dir  # the venue's audit key
        try:
            ctx.actor = ctx.deferred_sign_in(db)
        finally:
            db.dispose()


def _confirmed(ctx: Context, source: Path) -> bool:
    question = ctx.tr("Replace the desk's database with {path}? The current one is kept. [y/N] ")
    answer = input(question.format(path=source)).strip().lower()
    if answer in ("y", "yes", "s", "si", "sì"):
        return True
    if not answer or answer in ("n", "no"):
        return False
    raise Refusal("not_confirmed", QT_TRANSLATE_NOOP("Refusal", "Answer y or n."))
