"""The emergency lists the command line saves by itself (`report emergency` without --out): a
roll call naming everyone inside, children too, to destroy after use. Kept apart from the PDF
layout so that the erasure finds them without loading reportlab."""

from __future__ import annotations

from pathlib import Path

FOLDER = "emergenza"


def saved_list(data_dir: Path, stamp: str) -> Path:
    """Where `report emergency` saves a list when it is given no --out: a folder of the desk's
    own data folder, made readable by this user only (the system's shared temporary folder is
    readable by every account of the PC), where erasure and retention find it."""
    folder = data_dir / "reports" / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder / f"emergenza-{stamp}.pdf"


def saved_lists(data_dir: Path) -> list[Path]:
    """The lists `report emergency` saved by itself and still there: each names everyone who was
    inside, children too ("destroy after use"); an erasure or a retention run deletes them."""
    folder = data_dir / "reports" / FOLDER
    return sorted(folder.glob("emergenza-*.pdf")) if folder.is_dir() else []
