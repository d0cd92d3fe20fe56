"""`serre-desk audit` reads as the audit tab does: names (an erased person as such), what
happened in words, venue times, in the language asked for; `--json` keeps the data."""

from __future__ import annotations

from datetime import timedelta

from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import set_area
from serre_desk.services.privacy import erase_person
from serre_desk.services.startup import Database
from serre_desk.services.visits import check_in, check_out
from tests.conftest import MORNING, CliRunner
from tests.helpers import person


def test_the_audit_command_says_who_and_what_in_words(db: Database, cli: CliRunner) -> None:
    set_area(db, LOCAL_ADMIN, "coworking", capacity=1, now=MORNING)
    check_in(db, LOCAL_ADMIN, person(db, "Ágnes Nguyễn"), now=MORNING + timedelta(minutes=1))
    guest = person(db, "Zeno Ospite", PersonKind.GUEST)
    check_in(db, LOCAL_ADMIN, guest, now=MORNING + timedelta(minutes=2), override=True, reason="x")
    check_out(db, LOCAL_ADMIN, guest, now=MORNING + timedelta(minutes=3))
    erase_person(db, LOCAL_ADMIN, guest, now=MORNING + timedelta(minutes=4))
    result = cli("audit", "--action", "check_in", "--lang", "it")
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert "25/11/2026 09:01:00  admin@" in first, "venue time"
    assert first.endswith("  Entrata  Ágnes Nguyễn: Coworking")
    assert "25/11/2026 09:02:00  admin@" in second
    assert second.endswith(
        "  Entrata  persona cancellata: Coworking · Capienza superata: Coworking, 1 posto  «x»"
    )
    assert "Zeno" not in result.stdout and "check_in" not in result.stdout
    data = cli("audit", "--action", "check_in", "--json").stdout
    assert '"action": "check_in"' in data
