"""The desk's daily duties, on the background threads: once the window shows its data, then once a
venue day while it runs — SQLite's full integrity check first (a damaged file: writes refused, the
banner says to restore the latest good backup, nothing written nor copied), then the privacy rules
(`privacy.purge`: guests anonymised, children's notes removed, old audit events pruned, on their
schedule; then `erasure.reach_copies`: the sheets and backups that named them rewritten, and on
a server desk whoever other desks erased too, in this PC's own files), the
once-only scan records older than a week forgotten (`operations.forget_old`), and the daily
backup (`backups.backup_if_due`, SQLite only). A failed backup is said in the banner; the next
check tries again."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.render.erasure import catches_up, reach_purged_copies
from serre_desk.services.backups import backup_if_due
from serre_desk.services.db_health import explain
from serre_desk.services.operations import forget_old
from serre_desk.services.privacy import FilesTouched, PurgeReport, purge
from serre_desk.ui.context import DeskContext

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 10 * 60_000


class DailyDuties(QObject):
    def __init__(
        self,
        context: DeskContext,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = context.db
        self._location = context.location
        self._clock = context.clock
        self._runner = context.runner
        self._hub = context.hub
        self._errors = context.errors
        self._actor = context.actor
        self.done_for: date | None = None  # the venue day whose duties ran
        self.backed_up = False  # today's backup exists (taken now or earlier)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        """Run the duties if this venue day has not had them yet (or its backup failed)."""
        today = local_date(self._clock.now())
        if today != self.done_for:
            self.done_for, self.backed_up = today, False
            self._purge()
        if not self.backed_up:
            self._backup()

    def _purge(self) -> None:
        """The integrity check, then the privacy rules and the old once-only scan records, in
        one turn of the writer: nothing is written into a damaged file."""
        db, actor, now = self._db, self._actor(), self._clock.now()

        def work() -> PurgeReport:
            db.check_integrity()
            report = purge(db, actor, now=now)
            log.info("%d once-only scan records forgotten", forget_old(db, now))
            return report

        self._runner.write(work, self._purged, self._not_purged)

    def _not_purged(self, error: BaseException) -> None:
        self.done_for = None  # the next check tries again
        self._errors.background_failed(error)
        if isinstance(error, Refusal) and error.code == "db_corrupt":
            log.error("the daily integrity check found the database damaged")
            advice = explain(self._location, error).advice()  # type: ignore[arg-type]
            self._hub.notice.emit(self.tr("The database is damaged"), f"{error.text()} {advice}")

    def _purged(self, report: PurgeReport) -> None:
        log.info(
            "privacy rules applied: %d anonymised, %d children's notes removed, "
            "%d audit events pruned",
            len(report.anonymised),
            len(report.children_cleared),
            report.audit_pruned,
        )
        if report.anonymised or report.children_cleared or catches_up(self._db):
            self._reach_copies(report)  # on a server: erasures at other desks reach this PC too

    def _reach_copies(self, report: PurgeReport) -> None:
        """The sheets and backups naming them, rewritten off the writer thread (PDFs take time;
        scans must not wait), as the archive duty does."""
        db, location, actor, now = self._db, self._location, self._actor(), self._clock.now()
        self._runner.read(
            lambda: reach_purged_copies(db, location, actor, report, now=now),
            self._copies_reached,
            self._errors.background_failed,
        )

    def _copies_reached(self, files: FilesTouched) -> None:
        log.info(
            "retention reached %d sheets and %d backups",
            len(files.sheets_written),
            len(files.backups_rewritten),
        )

    def _backup(self) -> None:
        db, location, now = self._db, self._location, self._clock.now()
        self.backed_up = True  # one attempt at a time; a failure sets it back
        self._runner.read(
            lambda: backup_if_due(db, location, now=now), self._backed_up, self._backup_failed
        )

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            log.info("daily backup written to %s", path)

    def _backup_failed(self, error: BaseException) -> None:
        self.backed_up = False
        if not isinstance(error, (Refusal, OSError)):
            self._errors.bug(error)
            return
        reason = error.text() if isinstance(error, Refusal) else (error.strerror or str(error))
        log.warning("daily backup failed: %s", reason)
        self._hub.notice.emit(
            self.tr("Today's backup was not taken"),
            self.tr(
                "{reason} The desk tries again in a few minutes; nothing recorded is lost."
            ).format(reason=reason),
        )
