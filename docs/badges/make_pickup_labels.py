"""Regenerate the example pickup label pairs here: the child's label and the guardian's slip.

Run: .venv/bin/python docs/badges/make_pickup_labels.py

One PNG per label size (62 × 29 mm and 62 × 100 mm), both labels side by side, at 300 dpi, in
Italian. The code is a fixed example; at a desk every drop-off draws a fresh one.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from serre_desk.clock import VENUE_TZ  # noqa: E402
from serre_desk.render.pickup_labels import SIZES_MM, write_pickup_labels  # noqa: E402
from serre_desk.services.kids import PickupPair  # noqa: E402

EXAMPLES = {  # size: the child on it
    "62x29": PickupPair(1, "Emma", "K7X3", True, datetime(2026, 11, 25, 9, 5, tzinfo=VENUE_TZ)),
    "62x100": PickupPair(
        2, "Maria Chiara", "HN4W", False, datetime(2026, 11, 25, 8, 40, tzinfo=VENUE_TZ)
    ),
}


def main() -> None:
    for size in SIZES_MM:
        for path in write_pickup_labels(
            HERE / f"pickup-{size}.png", EXAMPLES[size], size, lang="it"
        ):
            print(path)


if __name__ == "__main__":
    main()
