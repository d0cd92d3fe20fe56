"""Regenerate the example badges here: one PNG per format, with short, long and non-Latin names.

Run: .venv/bin/python docs/badges/make_examples.py

The codes are made with a fixed example key (not any venue's), so they stay the same from one run
to the next; they scan as "not a badge of this venue" at a real desk.
"""

from __future__ import annotations

import base64
import hashlib
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from serre_desk.clock import VENUE_TZ  # noqa: E402
from serre_desk.domain.badge_codes import BadgeKey, encode_code  # noqa: E402
from serre_desk.domain.people import PersonKind  # noqa: E402
from serre_desk.render.badges import write_badges  # noqa: E402
from serre_desk.services.badges import BadgeInfo, day_pass_end  # noqa: E402

EXAMPLE_KEY = BadgeKey(0, b"serre-desk documentation example")
GUEST = PersonKind.GUEST
ISSUED = datetime(2026, 11, 25, 9, 0, tzinfo=VENUE_TZ)
PEOPLE = [
    ("Zoë Li", PersonKind.MEMBER),
    (
        "Maria Alessandra Francesca Beatrice Castiglioni-Bentivoglio della Gherardesca",
        PersonKind.GUEST,
    ),
    ("李小龍 Łukasz Đorđe", PersonKind.STAFF),
    ("محمد الأحمد", PersonKind.GUEST),
    ("Ανδρέας Παπαδόπουλος", PersonKind.MEMBER),
]
EXAMPLES = {  # format: the people on it
    "card": PEOPLE[:1],
    "label-62x100": PEOPLE[1:2],
    "label-62x29": PEOPLE[2:3],
    "label-89x36": PEOPLE[3:4],
    "sheet": PEOPLE * 2,
}


def example_badge(number: int, name: str, kind: PersonKind) -> BadgeInfo:
    code_id = base64.b32encode(hashlib.sha256(f"{number} {name}".encode()).digest()[:10]).decode()
    valid_until = day_pass_end(ISSUED) if kind is PersonKind.GUEST else None
    code = encode_code(EXAMPLE_KEY, code_id)
    return BadgeInfo(number, code, number, name, kind, ISSUED, valid_until)


def main() -> None:
    for format_name, people in EXAMPLES.items():
        badges = [example_badge(n, name, kind) for n, (name, kind) in enumerate(people)]
        print(write_badges(HERE / f"{format_name}.png", badges, format_name, lang="it"))


if __name__ == "__main__":
    main()
