"""How long printing badges takes once fonts are loaded (target: ≤ 50 ms per card).

Run: .venv/bin/python bench/badge_render.py

Times one card PDF, a full A4 sheet of ten cards, and a PNG preview of one card, each with fresh
codes (no cached QR symbol) and names in several scripts. The baseline, timed in the same run, is
a one-page reportlab PDF with a single line of DejaVu Sans: what any PDF costs before a badge
is drawn.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine
from serre_desk.clock import VENUE_TZ
from serre_desk.domain.badge_codes import BadgeKey, encode_code, new_code_id
from serre_desk.domain.people import PersonKind
from serre_desk.render.badges import badge_pdf, badge_png
from serre_desk.render.fonts import FONT, register_fonts
from serre_desk.services.badges import BadgeInfo, day_pass_end

TARGET_MS = 50.0
RUNS = 30
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=VENUE_TZ)
NAMES = cycle(
    [
        "Zoë Li",
        "Maria Alessandra Francesca Beatrice Castiglioni-Bentivoglio della Gherardesca",
        "李小龍 Łukasz Đorđe",
        "محمد الأحمد",
        "Ανδρέας Παπαδόπουλος",
    ]
)
KINDS = cycle([PersonKind.MEMBER, PersonKind.GUEST, PersonKind.STAFF])
KEY = BadgeKey.generate()


def fresh_badges(count: int) -> list[BadgeInfo]:
    badges = []
    for number in range(count):
        kind = next(KINDS)
        valid_until = day_pass_end(NOW) if kind is PersonKind.GUEST else None
        code = encode_code(KEY, new_code_id())
        badges.append(BadgeInfo(number, code, number, next(NAMES), kind, NOW, valid_until))
    return badges


def baseline_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(243, 153), initialFontName=FONT)
    canvas.drawString(10, 10, "Le Serre dei Giardini")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed_ms(render: Callable[[list[BadgeInfo]], object], count: int) -> list[float]:
    """Milliseconds per run of `render` on `count` fresh badges (made outside the timing)."""
    samples = []
    for _ in range(RUNS):
        badges = fresh_badges(count)
        start = time.perf_counter()
        render(badges)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, samples: list[float], per: int = 1) -> float:
    median = statistics.median(samples)
    print(
        f"{label:<34} median {median:7.1f} ms   worst {max(samples):7.1f} ms"
        + (f"   per card {median / per:6.1f} ms" if per > 1 else "")
    )
    return median / per


def main() -> int:
    register_fonts()
    badge_pdf(fresh_badges(5), "sheet")  # warm-up: fonts (fallback included), imports
    badge_png(fresh_badges(1), "card")
    print(machine())
    report("baseline: one-line DejaVu PDF", timed_ms(lambda _: baseline_pdf(), 0))
    card = report("card PDF", timed_ms(lambda badges: badge_pdf(badges, "card"), 1))
    sheet = report(
        "A4 sheet of 10 cards PDF", timed_ms(lambda badges: badge_pdf(badges, "sheet"), 10), per=10
    )
    report("card PNG preview (200 dpi)", timed_ms(lambda badges: badge_png(badges, "card"), 1))
    worst = max(card, sheet)
    verdict = "within" if worst <= TARGET_MS else "OVER"
    print(f"per card {worst:.1f} ms: {verdict} the {TARGET_MS:g} ms target")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
