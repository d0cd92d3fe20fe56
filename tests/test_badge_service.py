"""Badges in the database: the venue key, issue, reissue, revoke, validity, and scanning."""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from serre_desk.clock import VENUE_TZ
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import CheckedIn, CheckedOut
from serre_desk.domain.people import PersonKind
from serre_desk.services import badges, scanning
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.audit import to_entry
from serre_desk.services.people import PersonFields, edit_person
from serre_desk.storage.database import Database
from serre_desk.storage.models import AuditEvent, Badge, Setting
from tests.conftest import MORNING
from tests.helpers import person, settled

TOMORROW = MORNING + timedelta(days=1)


def _refused(db: Database, code: str, now=MORNING) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(Refusal) as refused:
        settled(scanning.scan(db, LOCAL_ADMIN, code, now=now))
    return refused.value.code


def test_the_venue_key_is_made_once_kept_in_the_database_and_never_logged(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with db.read() as session:
        assert badges.stored_key(session) is None
    first = badges.issue_badge(db, LOCAL_ADMIN, person(db), now=MORNING)
    badges.issue_badge(db, LOCAL_ADMIN, person(db, "Anna Verdi"), now=MORNING)
    with db.read() as session:
        key = badges.stored_key(session)
        assert key is not None and len(key.secret) >= 16
        assert session.scalar(select(Setting).where(Setting.key == badges.KEY_SETTING))
        rows = session.scalars(select(Badge)).all()
        audit = [to_entry(e) for e in session.scalars(select(AuditEvent))]
    assert {row.key_id for row in rows} == {key.key_id}
    secret_forms = (key.secret.hex(), str(key.secret))
    for text in [caplog.text, repr(first), *(repr(entry) for entry in audit)]:
        assert not any(form in text for form in secret_forms)
    assert first.code not in caplog.text and all(first.code not in repr(e) for e in audit)


def test_a_badge_scan_checks_its_holder_in_then_out(db: Database) -> None:
    badge = badges.issue_badge(db, LOCAL_ADMIN, person(db), now=MORNING)
    came = settled(scanning.scan(db, LOCAL_ADMIN, badge.code, now=MORNING))
    assert (came.action, came.person.name, came.area_key) == (
        "check_in",
        "Mario Rossi",
        "coworking",
    )
    later = MORNING + timedelta(hours=2)
    went = settled(scanning.scan(db, LOCAL_ADMIN, f" {badge.code.lower()}\n", now=later))
    assert went.action == "check_out" and went.visit_id == came.visit_id


def test_a_person_id_or_name_never_scans(db: Database) -> None:
    pid = person(db)
    badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    assert _refused(db, str(pid)) == "badge_unreadable"
    assert _refused(db, "Mario Rossi") == "badge_unreadable"


def test_reissue_revokes_the_old_code_at_once_and_reprint_keeps_the_code(db: Database) -> None:
    pid = person(db)
    old = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    assert badges.badge_for_print(db, LOCAL_ADMIN, pid, now=MORNING).code == old.code
    new = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING + timedelta(minutes=1))
    assert new.code != old.code
    assert _refused(db, old.code) == "badge_revoked"
    assert isinstance(scanning.scan(db, LOCAL_ADMIN, new.code, now=MORNING), CheckedIn)
    current = badges.current_badge(db, pid, now=MORNING)
    assert current is not None and current.code == new.code
    with db.read() as session:
        valid = session.scalars(select(Badge).where(Badge.revoked_at.is_(None))).all()
        actions = session.scalars(select(AuditEvent.action)).all()
    assert len(valid) == 1
    assert actions.count("badge_issue") == 2 and actions.count("badge_revoke") == 1


def test_revoke_refuses_the_badge_and_says_when_there_is_nothing_to_revoke(db: Database) -> None:
    pid = person(db)
    badge = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    assert badges.revoke_badge(db, LOCAL_ADMIN, pid, now=MORNING, reason="left the venue") == 1
    assert _refused(db, badge.code) == "badge_revoked"
    assert badges.current_badge(db, pid, now=MORNING) is None
    with pytest.raises(Refusal) as refused:
        badges.revoke_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    assert refused.value.code == "no_badge"


def test_a_day_pass_holds_until_the_end_of_the_local_day_of_issue(db: Database) -> None:
    pid = person(db, "Ospite Uno", PersonKind.GUEST)
    badge = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    assert badge.valid_on == date(2026, 11, 25)
    last_minute = MORNING.replace(hour=23, minute=59)
    assert isinstance(scanning.scan(db, LOCAL_ADMIN, badge.code, now=last_minute), CheckedIn)
    assert _refused(db, badge.code, now=MORNING.replace(hour=0) + timedelta(days=1)) == (
        "badge_expired"
    )
    # Printing again the next day gives a new day pass for that day.
    today = badges.badge_for_print(db, LOCAL_ADMIN, pid, now=TOMORROW)
    assert today.code != badge.code and today.valid_on == date(2026, 11, 26)
    assert _refused(db, badge.code, now=TOMORROW) == "badge_revoked"


def test_a_clock_set_back_never_makes_a_day_pass_valid_before_it_was_issued(db: Database) -> None:
    pid = person(db, "Ospite Uno", PersonKind.GUEST)
    badge = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    same_day_earlier = MORNING - timedelta(hours=2)
    assert _refused(db, badge.code, now=same_day_earlier) == "badge_not_yet_valid"
    assert _refused(db, badge.code, now=MORNING - timedelta(days=1)) == "badge_not_yet_valid"
    assert isinstance(scanning.scan(db, LOCAL_ADMIN, badge.code, now=MORNING), CheckedIn)


def test_member_and_staff_badges_are_permanent_until_the_membership_ends(db: Database) -> None:
    member = person(db, "Socia", membership_ends=date(2026, 12, 31))
    staff = person(db, "Educatrice", PersonKind.STAFF)
    member_badge = badges.issue_badge(db, LOCAL_ADMIN, member, now=MORNING)
    staff_badge = badges.issue_badge(db, LOCAL_ADMIN, staff, now=MORNING)
    assert member_badge.valid_on is None and member_badge.valid_until is None
    years_later = MORNING + timedelta(days=3 * 365)
    assert (
        settled(scanning.scan(db, LOCAL_ADMIN, staff_badge.code, now=years_later)).action
        == "check_in"
    )
    new_year_eve = MORNING.replace(month=12, day=31, hour=22)
    assert (
        settled(scanning.scan(db, LOCAL_ADMIN, member_badge.code, now=new_year_eve)).action
        == "check_in"
    )
    assert _refused(db, member_badge.code, now=new_year_eve + timedelta(hours=3)) == "badge_expired"
    edit_person(
        db, LOCAL_ADMIN, member, PersonFields(membership_ends=date(2027, 12, 31)), now=MORNING
    )
    later = new_year_eve + timedelta(days=2)
    assert isinstance(scanning.scan(db, LOCAL_ADMIN, member_badge.code, now=later), CheckedOut)


def test_a_badge_stops_when_its_holder_changes_kind(db: Database) -> None:
    pid = person(db, "Ex Socio")
    badge = badges.issue_badge(db, LOCAL_ADMIN, pid, now=MORNING)
    edit_person(db, LOCAL_ADMIN, pid, PersonFields(kind=PersonKind.GUEST), now=MORNING)
    assert _refused(db, badge.code) == "badge_expired"
    assert badges.badge_for_print(db, LOCAL_ADMIN, pid, now=MORNING).kind is PersonKind.GUEST


def test_children_get_no_badge(db: Database) -> None:
    child = person(db, "Bimba", PersonKind.CHILD)
    with pytest.raises(Refusal) as refused:
        badges.issue_badge(db, LOCAL_ADMIN, child, now=MORNING)
    assert refused.value.code == "child_no_badge"


def test_a_code_of_another_venue_is_refused_as_foreign(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from serre_desk.services.startup import Location, open_database

    other = open_database(Location(tmp_path / "other-venue"))
    try:
        foreign = badges.issue_badge(
            db=other, actor=LOCAL_ADMIN, person_id=person(other), now=MORNING
        )
    finally:
        other.dispose()
    assert _refused(db, foreign.code) == "badge_foreign"  # no key here yet
    badges.issue_badge(db, LOCAL_ADMIN, person(db), now=MORNING)
    assert _refused(db, foreign.code) == "badge_foreign"


def test_badges_work_the_same_on_both_engines(any_db: Database) -> None:
    pid = person(any_db)
    first = badges.issue_badge(any_db, LOCAL_ADMIN, pid, now=MORNING)
    second = badges.issue_badge(any_db, LOCAL_ADMIN, pid, now=MORNING)
    assert _refused(any_db, first.code) == "badge_revoked"
    assert isinstance(scanning.scan(any_db, LOCAL_ADMIN, second.code, now=MORNING), CheckedIn)


def test_desks_issuing_the_first_badges_at_once_share_one_venue_key(any_db: Database) -> None:
    people = [person(any_db, f"Persona {n}") for n in range(4)]
    barrier = threading.Barrier(len(people))
    issued: list[badges.BadgeInfo] = []

    def issue(person_id: int) -> None:
        barrier.wait()
        issued.append(badges.issue_badge(any_db, LOCAL_ADMIN, person_id, now=MORNING))

    threads = [threading.Thread(target=issue, args=(pid,)) for pid in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(issued) == len(people)
    for badge in issued:
        assert (
            settled(scanning.scan(any_db, LOCAL_ADMIN, badge.code, now=MORNING)).action
            == "check_in"
        )


@pytest.mark.parametrize(
    ("day", "hours"), [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 11, 25), 24)]
)
def test_a_day_pass_ends_at_local_midnight_on_short_and_long_days(day: date, hours: int) -> None:
    start = datetime.combine(day, time(0), VENUE_TZ)
    end = badges.day_pass_end(start + timedelta(minutes=1))
    assert end - start == timedelta(hours=hours)
    assert end.astimezone(VENUE_TZ).time() == time(0)
    assert badges.day_pass_end(end - timedelta(microseconds=1)) == end


def test_a_desk_that_read_no_key_keeps_the_key_another_desk_stored_meanwhile(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = person(any_db, "Prima Persona"), person(any_db, "Seconda Persona")
    made_first = badges.issue_badge(any_db, LOCAL_ADMIN, first, now=MORNING)  # the other desk
    real_stored_key = badges.stored_key
    reads: list[int] = []

    def read_before_the_other_desk_committed(session):  # type: ignore[no-untyped-def]
        reads.append(1)
        return None if len(reads) == 1 else real_stored_key(session)

    monkeypatch.setattr(badges, "stored_key", read_before_the_other_desk_committed)
    made_second = badges.issue_badge(any_db, LOCAL_ADMIN, second, now=MORNING)
    monkeypatch.undo()
    for badge in (made_first, made_second):
        assert (
            settled(scanning.scan(any_db, LOCAL_ADMIN, badge.code, now=MORNING)).action
            == "check_in"
        )
