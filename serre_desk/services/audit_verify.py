"""`audit verify` as a whole, for the command line and the desk's audit tab: the hash chain,
then, when it holds, every anchor given (a sheet, a backup) and every one kept with the backups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from serre_desk.services.audit import ChainReport, verify
from serre_desk.services.audit_anchor import AnchorCheck, check_anchor, read_anchors
from serre_desk.services.backups import anchor_files
from serre_desk.services.startup import Location
from serre_desk.storage.database import Database


@dataclass(frozen=True)
class AuditVerdict:
    chain: ChainReport
    anchors: list[tuple[Path, AnchorCheck]]  # checked only when the chain is whole

    @property
    def failed_anchor(self) -> tuple[Path, AnchorCheck] | None:
        """The first anchor the chain no longer holds."""
        return next(((path, check) for path, check in self.anchors if not check.holds), None)

    @property
    def whole(self) -> bool:
        return self.chain.whole and self.failed_anchor is None


def verify_all(db: Database, location: Location, against: Sequence[Path] = ()) -> AuditVerdict:
    """Raises `Refusal` for a file that holds no anchor, or an anchor file altered."""
    report = verify(db)
    if not report.whole:
        return AuditVerdict(report, [])
    checks = [
        (path, check_anchor(db, anchor))
        for path in [*against, *anchor_files(location)]
        for anchor in read_anchors(db, path)
    ]
    return AuditVerdict(report, checks)
