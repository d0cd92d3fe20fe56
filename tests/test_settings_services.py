"""The services behind the settings window, on a real SQLite file (and the areas also on
PostgreSQL): one transaction per save, nothing written when a value is refused, each change
audited from → to; the holidays offered for a year; the command line and the window agree."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import AreaSettings, area_settings, save_areas
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.backups import (
    backup_folder,
    backups_kept,
    list_backups,
    set_backup_folder,
    set_backups_kept,
    take_backup,
)
from serre_desk.services.occupancy import occupancy
from serre_desk.services.opening_calendar import closed_days, holidays_for, save_calendar
from serre_desk.services.privacy_notice import current_notice, publish_notice
from serre_desk.services.settings_admin import (
    FieldRefusal,
    kids_options,
    save_kids_settings,
    wrong_codes_limit,
)
from serre_desk.services.startup import Database, Location
from serre_desk.services.users import (
    add_user,
    authenticate,
    deactivate_user,
    hash_secret,
    new_recovery_code,
    reactivate_user,
    recover,
    unlock_user,
    user_overview,
)
from serre_desk.services.venue import read_opening_hours
from serre_desk.services.visits import check_in
from serre_desk.storage.models import DeskUser
from tests.conftest import MORNING, CliRunner
from tests.helpers import person
from tests.roles_helpers import MANAGER_PASSWORD, STAFF_PIN, ok, refused


def test_holidays_offered_for_a_year_include_easter_monday_and_san_petronio() -> None:
    days = {h.day: h.names for h in holidays_for(2026)}
    assert days[date(2026, 4, 6)] == ("Easter Monday",)
    assert "San Petronio (Bologna)" in days[date(2026, 10, 4)]
    assert date(2026, 4, 25) in days and date(2026, 6, 2) in days and date(2026, 12, 26) in days
    assert date(2027, 3, 29) in {h.day for h in holidays_for(2027)}  # Easter Monday moves


def test_areas_save_in_one_go_and_a_refusal_names_its_field_and_saves_nothing(
    any_db: Database,
) -> None:
    db = any_db
    for number in range(3):
        check_in(
            db, LOCAL_ADMIN, person(db, f"M {number}", PersonKind.MEMBER), "coworking", now=MORNING
        )
    areas = area_settings(db)
    assert [(a.key, a.capacity, a.inside) for a in areas] == [("coworking", 40, 3), ("kids", 15, 0)]
    bad = [
        AreaSettings("coworking", "Coworking", 2, False, 60),
        AreaSettings("kids", "Spazio bimbi", 15, True, 101),
    ]
    with pytest.raises(FieldRefusal) as refusal:
        save_areas(db, LOCAL_ADMIN, bad, now=MORNING)
    assert (refusal.value.field, refusal.value.row) == ("amber_percent", 1)
    assert [a.capacity for a in area_settings(db)] == [40, 15], "nothing saved"

    good = [
        *bad[:1],
        AreaSettings("kids", "Spazio bimbi", 15, True, 85),
        AreaSettings("", "Sala eventi", 80, False, 90),
    ]
    saved = save_areas(db, LOCAL_ADMIN, good, now=MORNING)
    assert [a.key for a in saved.over_capacity] == ["coworking"]
    assert [(a.key, a.capacity, a.amber_percent) for a in saved.areas] == [
        ("coworking", 2, 60),
        ("kids", 15, 85),
        ("sala-eventi", 80, 90),
    ]
    coworking = next(a for a in occupancy(db) if a.key == "coworking")
    assert coworking.state == "full" and coworking.near_share == 0.6
    events = list_events(db, LOCAL_ADMIN, AuditFilter(action="area_set"))
    assert [(e.detail["area"], e.detail["before"]) for e in events] == [
        ("coworking", {"name": "Coworking", "capacity": 40, "children": False}),
        ("sala-eventi", None),
    ], "the unchanged kids' area is not audited"


def test_the_week_and_the_closed_days_save_together(db: Database) -> None:
    from datetime import time

    week = read_opening_hours(db).weekly
    sunday_open = (*week[:6], (time(10, 0), time(9, 0)))
    with pytest.raises(FieldRefusal) as refusal:
        save_calendar(db, LOCAL_ADMIN, sunday_open, 2026, {date(2026, 12, 25)}, now=MORNING)
    assert (refusal.value.field, refusal.value.row) == ("hours", 6)
    assert closed_days(db, 2026) == []
    changed = save_calendar(
        db,
        LOCAL_ADMIN,
        (*week[:6], (time(10, 0), time(13, 0))),
        2026,
        {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)},
        now=MORNING,
    )
    assert changed == 3, "Sunday and two days of 2026 (1 January 2027 is not this year's)"
    assert closed_days(db, 2026) == [date(2026, 12, 25), date(2026, 12, 26)]
    assert closed_days(db, 2027) == []


def test_the_last_active_manager_cannot_be_deactivated_but_a_second_one_can(
    db: Database,
) -> None:
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    with pytest.raises(Refusal, match="last active manager"):
        deactivate_user(db, anna, "Anna", now=MORNING)
    add_user(db, anna, "Carlo", "manager", MANAGER_PASSWORD, now=MORNING)
    with pytest.raises(Refusal, match="cannot deactivate yourself"):
        deactivate_user(db, anna, "Anna", now=MORNING)
    deactivate_user(db, anna, "Carlo", now=MORNING)
    add_user(db, anna, "Bruno", "staff", STAFF_PIN, now=MORNING)
    deactivate_user(db, anna, "Bruno", now=MORNING)
    with pytest.raises(Refusal):
        authenticate(db, "Bruno", STAFF_PIN)
    reactivate_user(db, anna, "Bruno", "11223344", now=MORNING)
    assert authenticate(db, "Bruno", "11223344").user == "Bruno"
    bruno = {u.name: u for u in user_overview(db)}["Bruno"]
    assert bruno.active and bruno.last_sign_in is not None


def test_a_deactivated_manager_cannot_come_back_by_recovery_code_or_unlock(db: Database) -> None:
    """A manager who left keeps their printed recovery code: it must not let them back in, and
    unlocking them is refused (only a reactivation, with a new password, brings them back)."""
    add_user(db, LOCAL_ADMIN, "Anna", "manager", MANAGER_PASSWORD, now=MORNING)
    anna = authenticate(db, "Anna", MANAGER_PASSWORD)
    add_user(db, anna, "Carlo", "manager", MANAGER_PASSWORD, now=MORNING)
    printed = new_recovery_code(db, anna, "Carlo", now=MORNING).recovery_code
    assert printed is not None
    deactivate_user(db, anna, "Carlo", now=MORNING)
    with pytest.raises(Refusal, match="Wrong user name or recovery code"):
        recover(db, "Carlo", printed, "another long password 1")
    with pytest.raises(Refusal, match="Carlo was deactivated: reactivate them"):
        unlock_user(db, anna, "Carlo", now=MORNING)
    with pytest.raises(Refusal):
        authenticate(db, "Carlo", "another long password 1")
    carlo = {u.name: u for u in user_overview(db)}["Carlo"]
    assert carlo.locked and not carlo.active
    with db.write() as session:  # an unlock racing the deactivation, a secret set meanwhile
        row = session.scalars(select(DeskUser).where(DeskUser.name == "Carlo")).one()
        row.locked, row.secret_hash = False, hash_secret("another long password 1")
    with pytest.raises(Refusal, match="Wrong PIN or password"):
        authenticate(db, "Carlo", "another long password 1")
    reactivate_user(db, anna, "Carlo", "a brand new password 2", now=MORNING)
    assert authenticate(db, "Carlo", "a brand new password 2").user == "Carlo"


def test_kids_settings_are_all_checked_before_any_is_written(db: Database) -> None:
    with pytest.raises(FieldRefusal) as refusal:
        save_kids_settings(
            db,
            LOCAL_ADMIN,
            {"under_12_months": 4},
            wrong_codes=40,
            one_day_manager=False,
            now=MORNING,
        )
    assert refusal.value.field == "wrong_codes"
    assert kids_options(db) == (5, True)
    save_kids_settings(
        db, LOCAL_ADMIN, {"under_12_months": 4}, wrong_codes=3, one_day_manager=False, now=MORNING
    )
    with db.read() as session:
        assert wrong_codes_limit(session) == 3


def test_a_new_notice_version_only_when_the_text_changed(db: Database) -> None:
    shipped = current_notice(db)
    assert shipped.version == 1 and shipped.published_at is None
    same = publish_notice(db, LOCAL_ADMIN, shipped.texts, now=MORNING)
    assert same.version == 1
    new = publish_notice(db, LOCAL_ADMIN, {**shipped.texts, "en": "Changed."}, now=MORNING)
    assert new.version == 2 and current_notice(db).text("en") == "Changed."


def test_the_backups_kept_reach_the_rotation_and_survive_a_new_folder(
    db: Database, data_dir: Path, tmp_path: Path, cli: CliRunner
) -> None:
    location = Location(data_dir)
    set_backups_kept(location, db, LOCAL_ADMIN, 2, now=MORNING)
    ok(cli("backup", "folder", str(tmp_path / "elsewhere")))  # the command line's way
    assert backup_folder(location) == (tmp_path / "elsewhere").resolve()
    assert backups_kept(location) == 2, "the folder command keeps the count"
    for day in range(4):
        take_backup(db, location, now=MORNING + timedelta(days=day))
    days = [b.day for b in list_backups(tmp_path / "elsewhere")]
    assert days[:2] == [date(2026, 11, 28), date(2026, 11, 27)], "two daily ones"
    assert days[2:] == [date(2026, 11, 26)], "and the week's newest before them (weekly)"
    with pytest.raises(Refusal, match="Keep 1 to 60"):
        set_backups_kept(location, db, LOCAL_ADMIN, 0, now=MORNING)
    set_backup_folder(location, db, LOCAL_ADMIN, tmp_path / "third", now=MORNING)
    assert backups_kept(location) == 2


def test_the_command_line_refuses_what_the_window_refuses(db: Database, cli: CliRunner) -> None:
    """One rule, two doors: the idle minutes and a capacity say the same words."""
    from serre_desk.domain.venue import validate_capacity
    from serre_desk.services.users import validate_idle_minutes

    for check, command in (
        (lambda: validate_idle_minutes(30), ("user", "idle-lock", "30")),
        (lambda: validate_capacity(0), ("area", "set", "coworking", "--capacity", "0")),
    ):
        with pytest.raises(Refusal) as window:
            check()
        assert refused(cli(*command)) == f"serre-desk: {window.value.text()}"


def test_a_setting_changed_in_the_window_reads_from_to_in_the_audit_log(db: Database) -> None:
    from serre_desk.domain.audit_details import Names, describe

    save_kids_settings(db, LOCAL_ADMIN, {}, wrong_codes=3, one_day_manager=False, now=MORNING)
    events = list_events(db, LOCAL_ADMIN, AuditFilter(action="setting"))
    said = [describe(e.action, e.detail, e.at, Names(lang="en")) for e in events]
    assert said == [
        "Pickup locked after wrong codes: 5 → 3",
        "One-day pickup authorisation needs a manager: yes → no",
    ]
    assert events[0].actor == "admin"
