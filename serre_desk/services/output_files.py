"""Files written where the user asked (a report, badges, a data export)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP


@contextmanager
def writing(path: Path, code: str = "cannot_write") -> Iterator[None]:
    """A file that cannot be written where asked (a folder, no such folder, no permission, a
    full disk) is a refusal naming it, not an unexpected error."""
    try:
        yield
    except OSError as error:
        raise Refusal(
            code,
            QT_TRANSLATE_NOOP("Refusal", "Cannot write {path}: {error}."),
            path=str(path),
            error=error.strerror or str(error),
        ) from error
