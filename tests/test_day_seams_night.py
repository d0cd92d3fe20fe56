"""The edges of a real day with a moving clock, on SQLite and PostgreSQL: a closing that runs
only after midnight (the desk was off or the server away at closing time), plans across the
night, a scan retried after midnight, undo across midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from serre_desk.clock import VENUE_TZ, as_utc
from serre_desk.domain.outcomes import CheckedIn, CheckedOut
from serre_desk.domain.plans import PlanKind, PlanRules
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.badges import issue_badge
from serre_desk.services.closing import close_day
from serre_desk.services.operations import applied, forget_old, new_operation_id
from serre_desk.services.people import person_details
from serre_desk.services.plans import (
    add_plan,
    entitlement,
    set_person_plan,
    set_refuse_over_plan,
)
from serre_desk.services.privacy_notice import current_notice, publish_notice
from serre_desk.services.scanning import scan
from serre_desk.services.self_service import Answer, SelfServiceAnswer, unattended_scan
from serre_desk.services.undo import undo_movement
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.database import Database
from serre_desk.storage.models import Visit
from tests.conftest import MORNING
from tests.helpers import person
from tests.kids_helpers import drop, educator, family

WEDNESDAY = date(2026, 11, 25)  # the venue closes at 19:30
THURSDAY = WEDNESDAY + timedelta(days=1)
FRIDAY = THURSDAY + timedelta(days=1)


def local(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=VENUE_TZ)


def on_carnet(db: Database, valid_days: int) -> int:
    """Mario, on a carnet of 5 entries from Wednesday."""
    rules = PlanRules("C", PlanKind.CARNET, entries=5, valid_days=valid_days)
    add_plan(db, LOCAL_ADMIN, rules, now=MORNING)
    mario = person(db)
    set_person_plan(db, LOCAL_ADMIN, mario, "C", now=MORNING, starts_on=WEDNESDAY)
    return mario


def visits(db: Database) -> list[Visit]:
    with db.read() as session:
        return list(session.scalars(select(Visit).order_by(Visit.id)))


def test_a_closing_run_after_midnight_checks_yesterday_out_at_yesterday_s_closing(
    any_db: Database,
) -> None:
    """The desk was off at 19:30 (or the server away): the closing owed runs at 00:40. A coworker
    who forgot to scan out yesterday leaves at yesterday's closing time, not at 00:40 today —
    else they would be inside on today's sheet and the evening would count as stayed."""
    mario = person(any_db)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 9))
    result = close_day(any_db, LOCAL_ADMIN, now=local(THURSDAY, 0, 40))
    assert [one.person.id for one in result.auto_closed] == [mario]
    (closed,) = visits(any_db)
    assert closed.auto_closed
    assert closed.checked_out_at is not None
    assert as_utc(closed.checked_out_at) == local(WEDNESDAY, 19, 30)


def test_an_evening_check_in_after_closing_is_closed_after_midnight_at_its_own_time(
    any_db: Database,
) -> None:
    """Someone checked in at 23:59 for an evening event, closing run at 00:40: they did not stay
    the night either; yesterday's 19:30 cannot be before their check-in."""
    mario = person(any_db)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 23, 59))
    close_day(any_db, LOCAL_ADMIN, now=local(THURSDAY, 0, 40))
    (closed,) = visits(any_db)
    assert closed.checked_out_at is not None
    assert local(WEDNESDAY, 23, 59) <= as_utc(closed.checked_out_at) <= local(THURSDAY, 0, 40)


def test_a_carnet_check_in_at_23_59_and_out_after_midnight_uses_one_entry(any_db: Database) -> None:
    mario = on_carnet(any_db, valid_days=30)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 23, 59))
    close_day(any_db, LOCAL_ADMIN, now=local(THURSDAY, 0, 5))  # the automatic check-out
    found = entitlement(any_db, mario, local(THURSDAY, 8))
    assert (found.standing.used, found.standing.today) == (1, None)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(THURSDAY, 9))
    assert entitlement(any_db, mario, local(THURSDAY, 9)).standing.used == 2


def test_a_carnet_ends_at_local_midnight_of_its_last_day(any_db: Database) -> None:
    mario = on_carnet(any_db, valid_days=1)
    late = entitlement(any_db, mario, local(WEDNESDAY, 23, 59, 59))
    assert late.has_plan and not late.over
    after = entitlement(any_db, mario, local(THURSDAY, 0, 0, 1))
    assert not after.has_plan or after.over


def test_a_day_pass_bought_yesterday_does_not_pass_for_today(any_db: Database) -> None:
    add_plan(any_db, LOCAL_ADMIN, PlanRules("Day", PlanKind.DAY_PASS), now=MORNING)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "Day", now=MORNING, starts_on=WEDNESDAY)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 23, 30))
    check_out(any_db, LOCAL_ADMIN, mario, now=local(THURSDAY, 0, 30))
    movement = check_in(any_db, LOCAL_ADMIN, mario, now=local(THURSDAY, 9))
    found = entitlement(any_db, mario, local(THURSDAY, 9))
    assert not found.has_plan or found.over
    assert movement.warnings or not found.has_plan


def test_days_per_month_at_the_month_s_turn(any_db: Database) -> None:
    add_plan(any_db, LOCAL_ADMIN, PlanRules("8", PlanKind.DAYS_PER_MONTH, days=8), now=MORNING)
    mario = person(any_db)
    set_person_plan(any_db, LOCAL_ADMIN, mario, "8", now=MORNING, starts_on=date(2026, 11, 1))
    last = date(2026, 11, 30)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(last, 23, 59))
    check_out(any_db, LOCAL_ADMIN, mario, now=local(last + timedelta(days=1), 0, 30))
    assert entitlement(any_db, mario, local(last, 23, 59, 30)).standing.used == 1
    december = entitlement(any_db, mario, local(date(2026, 12, 1), 0, 31))
    assert (december.standing.used, december.standing.left) == (0, 8)


def test_a_scan_retried_after_midnight_is_applied_once_and_uses_yesterday_s_entry(
    any_db: Database,
) -> None:
    mario = on_carnet(any_db, valid_days=30)
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    op_id = new_operation_id()
    first = scan(any_db, LOCAL_ADMIN, code, now=local(WEDNESDAY, 23, 59, 58), op_id=op_id)
    again = scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 0, 0, 3), op_id=op_id)
    assert isinstance(first, CheckedIn) and again == first
    assert len(visits(any_db)) == 1
    found = entitlement(any_db, mario, local(THURSDAY, 0, 1))
    assert (found.standing.used, found.standing.today) == (1, None)
    # a week later the record is forgotten, not before
    assert forget_old(any_db, local(THURSDAY, 0, 0, 3) + timedelta(days=6, hours=23)) == 0
    assert applied(any_db, op_id) is not None
    assert forget_old(any_db, local(THURSDAY, 0, 0, 3) + timedelta(days=7)) == 1
    assert applied(any_db, op_id) is None


def test_undo_across_midnight_gives_yesterday_s_entry_back(any_db: Database) -> None:
    mario = on_carnet(any_db, valid_days=30)
    movement = check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 23, 59, 50))
    undo_movement(any_db, LOCAL_ADMIN, movement, now=local(THURSDAY, 0, 0, 5))
    assert entitlement(any_db, mario, local(THURSDAY, 0, 1)).standing.used == 0
    assert [v.undone for v in visits(any_db)] == [True]


def test_an_evening_guest_closed_by_hand_after_closing_time_stays_until_then(
    any_db: Database,
) -> None:
    """Checked in at 21:00 for an event, the day closed by hand at 22:00: they were inside an
    hour, not nothing (the closing time, 19:30, came before they did)."""
    mario = person(any_db)
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 21))
    close_day(any_db, LOCAL_ADMIN, now=local(WEDNESDAY, 22))
    (closed,) = visits(any_db)
    assert closed.checked_out_at is not None
    assert as_utc(closed.checked_out_at) == local(WEDNESDAY, 22)


def test_a_notice_published_while_inside_is_asked_at_the_first_scan_after_midnight(
    any_db: Database,
) -> None:
    mario = person(any_db, privacy_acknowledged=True)  # acknowledged on Wednesday morning
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    morning = scan(any_db, LOCAL_ADMIN, code, now=local(WEDNESDAY, 9, 5))
    assert isinstance(morning, CheckedIn) and morning.movement.warnings == ()
    texts = {**current_notice(any_db).texts, "it": "Informativa aggiornata.", "en": "Updated."}
    publish_notice(any_db, LOCAL_ADMIN, texts, now=local(WEDNESDAY, 18))
    close_day(any_db, LOCAL_ADMIN, now=local(WEDNESDAY, 19, 30))
    op_id = new_operation_id()
    came = scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 0, 0, 10), op_id=op_id)
    assert isinstance(came, CheckedIn)
    assert len(came.movement.warnings) == 1 and "informativa" in came.movement.warnings[0]
    again = scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 0, 0, 15), op_id=op_id)
    assert again == came, "the retry shows the same warning, and checks in nobody twice"
    assert person_details(any_db, mario).notice_due


def test_the_next_day_s_closing_ends_a_stay_forgotten_since_yesterday_at_yesterday_s_closing(
    any_db: Database,
) -> None:
    """Nobody closed on Wednesday (the desk was off at 19:30): Thursday's closing checks out
    Wednesday's forgotten coworker at Wednesday's closing time, not after a 34-hour stay."""
    mario, anna = person(any_db), person(any_db, "Anna Neri")
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 9))
    check_in(any_db, LOCAL_ADMIN, anna, now=local(THURSDAY, 10))
    close_day(any_db, LOCAL_ADMIN, now=local(THURSDAY, 19, 30))
    ends = {v.person_id: as_utc(v.checked_out_at) for v in visits(any_db) if v.checked_out_at}
    assert ends == {mario: local(WEDNESDAY, 19, 30), anna: local(THURSDAY, 19, 30)}


def test_an_educator_kept_with_a_child_is_not_closed_before_the_child_left(
    any_db: Database,
) -> None:
    """Wednesday's closing keeps Sara with Leo, collected at 20:10; nobody checks Sara out.
    Thursday's closing checks her out then, not back at Wednesday's 19:30 (the sheet would show
    Leo alone with no educator) — the closing of her day was not missed, it kept her."""
    kid = family(any_db, "Leo Bianchi", "Giulia Bianchi")
    sara = educator(any_db, "Sara Neri", now=local(WEDNESDAY, 8))
    drop(any_db, kid, now=local(WEDNESDAY, 8, 25))
    kept = close_day(any_db, LOCAL_ADMIN, now=local(WEDNESDAY, 19, 30))
    assert [one.id for one in kept.educators_kept] == [sara]
    check_out(
        any_db,
        LOCAL_ADMIN,
        kid.child,
        now=local(WEDNESDAY, 20, 10),
        collected_by=kid.parent,
        override=True,
        reason="codice smarrito",
    )
    closed = close_day(any_db, LOCAL_ADMIN, now=local(THURSDAY, 19, 30))
    assert [(one.person.id, one.at) for one in closed.auto_closed] == [
        (sara, as_utc(local(THURSDAY, 19, 30)))
    ]


def test_a_scan_retried_after_the_closing_checked_its_holder_out_changes_nothing(
    any_db: Database,
) -> None:
    mario = person(any_db)
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    op_id = new_operation_id()
    first = scan(any_db, LOCAL_ADMIN, code, now=local(WEDNESDAY, 19, 29, 58), op_id=op_id)
    close_day(any_db, LOCAL_ADMIN, now=local(WEDNESDAY, 19, 30))
    again = scan(any_db, LOCAL_ADMIN, code, now=local(WEDNESDAY, 19, 30, 3), op_id=op_id)
    assert isinstance(first, CheckedIn) and again == first
    (closed,) = visits(any_db)
    assert closed.auto_closed and closed.checked_out_at is not None, "not reopened"


def test_at_the_locked_desk_a_carnet_ended_at_midnight_is_left_for_staff_when_refused(
    any_db: Database,
) -> None:
    """The venue refuses entries over a plan: Mario's carnet held on Wednesday only. At 23:59
    the locked desk checks him in; after midnight it leaves his scan for staff, naming nobody."""
    mario = on_carnet(any_db, valid_days=1)
    set_refuse_over_plan(any_db, LOCAL_ADMIN, True, now=MORNING)
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    came = unattended_scan(any_db, LOCAL_ADMIN, code, now=local(WEDNESDAY, 23, 59))
    assert came.answer is Answer.CHECKED_IN
    left = unattended_scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 0, 10))
    assert left.answer is Answer.CHECKED_OUT, "leaving needs no entry"
    again = unattended_scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 9))
    assert again == SelfServiceAnswer(Answer.ASK_STAFF)
    assert [v.checked_out_at is not None for v in visits(any_db)] == [True]


def test_an_event_on_a_closed_day_forgotten_until_monday_ends_with_its_day(
    any_db: Database,
) -> None:
    """Saturday the venue is closed (no closing time); an evening event checks Mario in at
    21:00 and nobody closes. Monday's closing ends his stay with Saturday, not on Monday
    evening (he would be inside on Sunday's and Monday's sheets)."""
    saturday = WEDNESDAY + timedelta(days=3)
    monday = saturday + timedelta(days=2)
    mario, anna = person(any_db), person(any_db, "Anna Neri")
    check_in(any_db, LOCAL_ADMIN, mario, now=local(saturday, 21))
    check_in(any_db, LOCAL_ADMIN, anna, now=local(monday, 9))
    close_day(any_db, LOCAL_ADMIN, now=local(monday, 19, 30))
    ends = {v.person_id: as_utc(v.checked_out_at) for v in visits(any_db) if v.checked_out_at}
    assert ends == {mario: local(saturday + timedelta(days=1), 0), anna: local(monday, 19, 30)}


def test_the_morning_scan_of_someone_left_inside_since_a_missed_closing_checks_them_in(
    any_db: Database,
) -> None:
    """Nobody closed on Wednesday (the desk was off at 19:30); Mario never scanned out. His
    badge on Thursday at 08:31 must check him in for Thursday — not out after a 23-hour stay:
    yesterday's visit ends at yesterday's closing, flagged as the closing would have, and
    Thursday uses its own entry. At the locked desk as at the open one."""
    mario = on_carnet(any_db, valid_days=30)
    anna = person(any_db, "Anna Neri")
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    anna_code = issue_badge(any_db, LOCAL_ADMIN, anna, now=MORNING).code
    luca = person(any_db, "Luca Verdi")  # found by name, Enter: the same as a scan
    for who in (mario, anna, luca):
        check_in(any_db, LOCAL_ADMIN, who, now=local(WEDNESDAY, 9))
    came = scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 8, 31))
    assert isinstance(came, CheckedIn)
    assert unattended_scan(any_db, LOCAL_ADMIN, anna_code, now=local(THURSDAY, 8, 32)).answer is (
        Answer.CHECKED_IN
    )
    assert isinstance(toggle(any_db, LOCAL_ADMIN, luca, now=local(THURSDAY, 8, 33)), CheckedIn)
    wednesday = [v for v in visits(any_db) if local(WEDNESDAY, 0) <= as_utc(v.checked_in_at)]
    old = [v for v in wednesday if as_utc(v.checked_in_at) == local(WEDNESDAY, 9)]
    assert [(v.auto_closed, as_utc(v.checked_out_at)) for v in old] == [  # type: ignore[arg-type]
        (True, local(WEDNESDAY, 19, 30))
    ] * 3
    assert len([v for v in visits(any_db) if v.checked_out_at is None]) == 3  # all in today
    assert entitlement(any_db, mario, local(THURSDAY, 9)).standing.used == 2


def test_the_scan_after_midnight_of_an_evening_stay_or_a_kept_educator_checks_them_out(
    any_db: Database,
) -> None:
    mario = person(any_db)
    code = issue_badge(any_db, LOCAL_ADMIN, mario, now=MORNING).code
    check_in(any_db, LOCAL_ADMIN, mario, now=local(WEDNESDAY, 22))  # an event, after closing
    left = scan(any_db, LOCAL_ADMIN, code, now=local(THURSDAY, 0, 30))
    assert isinstance(left, CheckedOut)
    assert as_utc(left.movement.at) == local(THURSDAY, 0, 30)

    kid = family(any_db, "Leo Bianchi", "Giulia Bianchi")
    sara = educator(any_db, "Sara Neri", now=local(THURSDAY, 8))
    sara_code = issue_badge(any_db, LOCAL_ADMIN, sara, now=MORNING).code
    drop(any_db, kid, now=local(THURSDAY, 8, 25))  # Thursday: nobody closes, Leo stays the night
    still = scan(any_db, LOCAL_ADMIN, sara_code, now=local(FRIDAY, 8))
    assert not any(v.auto_closed for v in visits(any_db)), "Sara stayed with Leo: not closed"
    assert not isinstance(still, CheckedIn)


def test_a_scan_the_evening_or_night_after_a_missed_closing_is_someone_leaving(
    any_db: Database,
) -> None:
    """The closing was missed at 19:30 (the server away): Mario's scan at 19:45 and Anna's at
    00:30 are them leaving late, not arriving — they are checked out then."""
    mario, anna = person(any_db), person(any_db, "Anna Neri")
    codes = [issue_badge(any_db, LOCAL_ADMIN, who, now=MORNING).code for who in (mario, anna)]
    for who in (mario, anna):
        check_in(any_db, LOCAL_ADMIN, who, now=local(WEDNESDAY, 9))
    for code, when in zip(codes, (local(WEDNESDAY, 19, 45), local(THURSDAY, 0, 30)), strict=True):
        left = scan(any_db, LOCAL_ADMIN, code, now=when)
        assert isinstance(left, CheckedOut) and as_utc(left.movement.at) == when
    assert not any(v.auto_closed for v in visits(any_db))
