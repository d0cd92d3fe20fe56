"""How long reading a scanned badge code takes, worst cases included (target: under 1 ms).

Run: .venv/bin/python bench/badge_parse.py

Each case is timed many times; the figures are per call. The baseline, timed in the same run, is
one HMAC-SHA256 over a short message: the least any verified code must cost.
"""

from __future__ import annotations

import hashlib
import hmac
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine
from serre_desk.domain.badge_codes import (
    ALPHABET,
    BadgeKey,
    encode_code,
    grouped,
    new_code_id,
    read_code,
)
from serre_desk.domain.errors import Refusal

LIMIT_MS = 1.0
ROUNDS = 20
CALLS = 500


def _attempt(text: str, key: BadgeKey) -> Callable[[], object]:
    def run() -> object:
        try:
            return read_code(text, key)
        except Refusal as refusal:
            return refusal

    return run


def _timings_us(action: Callable[[], object]) -> tuple[float, float]:
    """Median and worst of ROUNDS rounds, each the mean of CALLS calls, in microseconds."""
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(CALLS):
            action()
        rounds.append((time.perf_counter() - start) / CALLS * 1e6)
    return statistics.median(rounds), max(rounds)


def main() -> int:
    key = BadgeKey.generate()
    code = encode_code(key, new_code_id())
    other_venue = encode_code(BadgeKey(key.key_id, bytes(32)), new_code_id())
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    cases = {
        "valid code": code,
        "valid code, grouped, lower case, padded": f"  {grouped(code).lower()}  \r\n",
        "tampered (check fails)": tampered,
        "other venue, same key id (HMAC runs)": other_venue,
        "64 code characters (longest accepted input)": (ALPHABET * 2)[:64],
        "65 characters (refused by length)": "A" * 65,
        "10,000 characters": "Ä" * 10_000,
        "a name": "Niccolò Bianchi",
    }
    secret = key.secret
    baseline = _timings_us(lambda: hmac.new(secret, code.encode(), hashlib.sha256).digest())
    print(machine())
    print(f"{'case':<46} {'median µs':>10} {'worst µs':>10}")
    print(f"{'baseline: one HMAC-SHA256':<46} {baseline[0]:>10.1f} {baseline[1]:>10.1f}")
    worst = 0.0
    for label, text in cases.items():
        median, slowest = _timings_us(_attempt(text, key))
        worst = max(worst, slowest)
        print(f"{label:<46} {median:>10.1f} {slowest:>10.1f}")
    verdict = "under" if worst / 1000 < LIMIT_MS else "OVER"
    print(f"worst case {worst / 1000:.3f} ms: {verdict} the {LIMIT_MS:g} ms target")
    return 0 if worst / 1000 < LIMIT_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
