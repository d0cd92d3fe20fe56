"""The emergency lists the command line saves by itself (`report emergency` without --out): a
roll call naming everyone inside, children too, to destroy after use. Kept apart from the PDF
layout so that the erasure finds them without loading reportlab."""

from __future__ import annotations

import tempfile
from pathlib import Path


def saved_list(stamp: str) -> Path:
    """Where `report emergency` saves a list when it is given no --out: the system's temporary
    folder, where erasure and retention find it (`saved_lists`)."""
    return Path(tempfile.gettempdir()) / "serre-desk" / f"emergenza-{stamp}.pdf"


def saved_lists() -> list[Path]:
    """The lists `report emergency` saved by itself and still there: each names everyone who was
    inside, children too ("destroy after use"); an erasure or a retention run deletes them."""
    folder = saved_list("x").parent
    return sorted(folder.glob("emergenza-*.pdf")) if folder.is_dir() else []
