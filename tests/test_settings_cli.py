"""Nothing in the settings window is window-only: the command line changes the same values through
the same services, managers only, with the window's words when a value is refused (one line,
exit 1, no traceback)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from serre_desk.domain.errors import Refusal
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.areas_admin import AreaSettings, area_settings, save_areas
from serre_desk.services.audit import AuditFilter, list_events
from serre_desk.services.backups import backups_kept
from serre_desk.services.privacy_notice import current_notice
from serre_desk.services.settings_admin import kids_options, validate_amber
from serre_desk.services.startup import Location
from serre_desk.services.users import add_user, authenticate
from serre_desk.storage.database import Database
from tests.conftest import MORNING, CliRunner
from tests.roles_helpers import MANAGER_PASSWORD as PASSWORD
from tests.roles_helpers import STAFF_PIN as PIN
from tests.roles_helpers import ok, refused

Result = subprocess.CompletedProcess[str]
NEW_PIN = "13572468"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SERRE_DESK_LANG", "en")


@pytest.fixture
def desk(db: Database, cli: CliRunner) -> CliRunner:
    """Manager anna and staff bruno."""
    add_user(db, LOCAL_ADMIN, "anna", "manager", PASSWORD, now=MORNING)
    add_user(db, authenticate(db, "anna", PASSWORD), "bruno", "staff", PIN, now=MORNING)
    return cli


def as_manager(cli: CliRunner, *args: str, then: str = "") -> Result:
    return cli(*args, "--as", "anna", "--secret-stdin", input=f"{PASSWORD}\n{then}")


def as_staff(cli: CliRunner, *args: str) -> Result:
    return cli(*args, "--as", "bruno", "--secret-stdin", input=PIN + "\n", now=None)


def test_a_user_is_deactivated_and_reactivated_never_the_last_manager(
    desk: CliRunner, db: Database
) -> None:
    assert "manager" in refused(as_staff(desk, "user", "deactivate", "anna"))
    assert "last" in refused(as_manager(desk, "user", "deactivate", "anna")).lower()
    ok(as_manager(desk, "user", "deactivate", "bruno"))
    with pytest.raises(Refusal):
        authenticate(db, "bruno", PIN)
    assert "Traceback" not in refused(as_staff(desk, "inside"))
    ok(as_manager(desk, "user", "reactivate", "bruno", then=NEW_PIN + "\n"))
    assert authenticate(db, "bruno", NEW_PIN).user == "bruno"
    assert "nobody" in refused(as_manager(desk, "user", "deactivate", "nobody")).lower()


def test_area_set_takes_the_amber_threshold_and_says_what_the_page_says(
    desk: CliRunner, db: Database
) -> None:
    answer = ok(as_manager(desk, "area", "set", "coworking", "--amber", "70", "--json"))
    assert (answer["capacity"], answer["amber_percent"]) == (40, 70)
    coworking = next(a for a in area_settings(db) if a.key == "coworking")
    assert (coworking.capacity, coworking.amber_percent) == (40, 70)
    with pytest.raises(Refusal) as window:
        validate_amber(20)
    said = refused(as_manager(desk, "area", "set", "coworking", "--amber", "20"))
    assert said == f"serre-desk: {window.value.text()}"
    assert "manager" in refused(as_staff(desk, "area", "set", "coworking", "--amber", "80"))
    added = ok(
        as_manager(desk, "area", "set", "events", "--name", "Sala eventi", "--capacity", "60")
    )
    assert added == {}  # text answer
    events = next(a for a in area_settings(db) if a.key == "events")
    assert (events.name, events.capacity, events.for_children) == ("Sala eventi", 60, False)
    assert "name" in refused(as_manager(desk, "area", "set", "room", "--capacity", "9"))


def test_area_set_and_the_settings_page_write_the_same_audit(db: Database, cli: CliRunner) -> None:
    """One path: the command line's change reads in the audit log as the page's does."""
    ok(cli("area", "set", "coworking", "--capacity", "30"))
    areas = area_settings(db)
    save_areas(
        db,
        LOCAL_ADMIN,
        [
            AreaSettings(a.key, a.name, 25 if a.key == "coworking" else a.capacity, a.for_children)
            for a in areas
        ],
        now=MORNING,
    )
    details = [e.detail for e in list_events(db, LOCAL_ADMIN, AuditFilter(action="area_set"))]
    assert len(details) == 2
    assert {tuple(sorted(d)) for d in details} == {tuple(sorted(details[0]))}
    assert sorted(d["before"]["capacity"] for d in details) == [30, 40]


def test_kids_options_from_the_command_line(desk: CliRunner, db: Database) -> None:
    shown = ok(as_staff(desk, "kids", "options", "--json"))
    assert shown == {"wrong_codes": 5, "one_day_needs_manager": True}
    ok(as_manager(desk, "kids", "options", "--wrong-codes", "3", "--one-day-needs-manager", "no"))
    assert kids_options(db) == (3, False)
    ok(as_manager(desk, "kids", "options", "--one-day-needs-manager", "yes"))
    assert kids_options(db) == (3, True), "what is not named stays"
    assert "40" in refused(as_manager(desk, "kids", "options", "--wrong-codes", "40"))
    assert "manager" in refused(as_staff(desk, "kids", "options", "--wrong-codes", "4"))
    assert kids_options(db) == (3, True)
    assert "educator" in as_staff(desk, "kids").stdout, "`kids` alone still lists the space"


def test_a_privacy_notice_is_published_from_two_files(
    desk: CliRunner, db: Database, tmp_path: Path
) -> None:
    italian, english = tmp_path / "it.md", tmp_path / "en.md"
    italian.write_text("# Informativa\n\nNuova versione.", encoding="utf-8")
    english.write_text("# Privacy notice\n\nNew version.", encoding="utf-8")
    files = ("--it", str(italian), "--en", str(english))
    assert "manager" in refused(as_staff(desk, "privacy", "notice", "publish", *files))
    answer = ok(as_manager(desk, "privacy", "notice", "publish", *files, "--json"))
    assert answer["version"] == 2 and answer["published_at"].startswith("2026-11-25T09:00")
    assert current_notice(db).text("en") == "# Privacy notice\n\nNew version."
    assert ok(desk("privacy", "notice", "--json"))["version"] == 2
    english.write_text("  ", encoding="utf-8")
    assert "empty" in refused(as_manager(desk, "privacy", "notice", "publish", *files))
    missing = ("--it", str(italian), "--en", str(tmp_path / "none.md"))
    assert "none.md" in refused(as_manager(desk, "privacy", "notice", "publish", *missing))
    assert current_notice(db).version == 2


def test_backup_keep(desk: CliRunner, data_dir: Path) -> None:
    ok(as_manager(desk, "backup", "keep", "4"))
    assert backups_kept(Location(data_dir)) == 4
    assert ok(as_manager(desk, "backup", "keep", "--json")) == {"keep_daily": 4}
    assert "Keep 1 to 60" in refused(as_manager(desk, "backup", "keep", "0"))
    assert "manager" in refused(as_staff(desk, "backup", "keep", "9"))
    assert backups_kept(Location(data_dir)) == 4
