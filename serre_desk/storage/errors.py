"""Environment problems (locked, full, corrupt, unreachable) told apart from bugs."""

from __future__ import annotations

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP


class StorageProblem(Refusal):
    """The database cannot do its job right now for a reason outside the program: say so plainly."""


# What drivers say when the server cannot be reached or the link to it broke (PostgreSQL): the
# server stopped or restarted, a cable pulled, a switch gone.
CONNECTION_LOST = (
    "could not connect",
    "connection refused",
    "connection failed",
    "server closed",
    "terminating connection",
    "connection is lost",
    "connection is closed",
    "connection timed out",
    "no route to host",
    "network is unreachable",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
)


def classify(error: BaseException) -> StorageProblem | None:
    """A StorageProblem for errors caused by the environment, or None for everything else."""
    text = str(getattr(error, "orig", error)).lower()
    if "database is locked" in text or "database is busy" in text:
        return StorageProblem(
            "db_locked",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The database is busy (locked by another program). Nothing was lost: try again in a moment.",  # noqa: E501
            ),
        )
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return StorageProblem(
            "disk_full",
            QT_TRANSLATE_NOOP(
                "Refusal", "The disk is full: nothing was saved. Free some space and try again."
            ),
        )
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return StorageProblem(
            "db_corrupt",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The database file is damaged. Restore the latest backup (backups folder in the data dir).",  # noqa: E501
            ),
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageProblem(
            "db_unwritable",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The database cannot be opened for writing: check the data folder's permissions.",
            ),
        )
    if any(words in text for words in CONNECTION_LOST):
        return StorageProblem(
            "db_unreachable",
            QT_TRANSLATE_NOOP(
                "Refusal", "The database server cannot be reached: check the network and try again."
            ),
        )
    return None
