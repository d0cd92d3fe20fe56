"""Bologna's daylight-saving days: 23 hours on 29 March 2026, 25 hours on 25 October 2026."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from serre_desk.clock import UTC, VENUE_TZ, day_bounds, iso_local, local_date
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.helpers import person


def test_day_lengths_on_the_2026_dst_days() -> None:
    for day, hours in ((date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 11, 25), 24)):
        start, end = day_bounds(day)
        assert end - start == timedelta(hours=hours)
        assert start.astimezone(VENUE_TZ).hour == 0


def test_the_two_half_past_twos_of_25_october_are_different_instants(db: Database) -> None:
    first = datetime(2026, 10, 25, 2, 30, tzinfo=VENUE_TZ, fold=0)
    second = datetime(2026, 10, 25, 2, 30, tzinfo=VENUE_TZ, fold=1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    assert iso_local(first).endswith("+02:00") and iso_local(second).endswith("+01:00")
    night_owl = person(db, "Nottambulo")
    check_in(db, LOCAL_ADMIN, night_owl, now=first)
    moved_out = check_out(db, LOCAL_ADMIN, night_owl, now=second)
    assert moved_out.at - first == timedelta(hours=1)  # one real hour, though the clock says 02:30
    assert local_date(moved_out.at) == date(2026, 10, 25)


def test_a_stay_across_the_spring_gap_lasts_its_real_length(db: Database) -> None:
    before = datetime(2026, 3, 29, 1, 30, tzinfo=VENUE_TZ)
    after = datetime(2026, 3, 29, 3, 30, tzinfo=VENUE_TZ)
    early = person(db, "Mattiniero")
    moved_in = check_in(db, LOCAL_ADMIN, early, now=before)
    moved_out = check_out(db, LOCAL_ADMIN, early, now=after)
    assert moved_out.at - moved_in.at == timedelta(hours=1)
