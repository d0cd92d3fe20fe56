"""Stations: each desk has a name and a kind, kept in its own desk.ini, and its name is on every
audit event it records; visits have room for the desks they were checked in and out at."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.audit import record
from serre_desk.services.startup import Location, open_database
from serre_desk.services.station import StationKind, load_station, save_station
from serre_desk.storage.database import Database, sqlite_url
from serre_desk.storage.schema import upgrade
from tests.conftest import MORNING, CliRunner
from tests.roles_helpers import ok, refused


def test_a_desk_is_named_by_its_computer_until_given_a_name(data_dir: Path) -> None:
    assert load_station(data_dir).name == socket.gethostname()
    assert load_station(data_dir).kind is StationKind.RECEPTION
    save_station(data_dir, "  Spazio   bimbi ", "kids")
    assert load_station(data_dir).name == "Spazio bimbi"
    assert load_station(data_dir).kind is StationKind.KIDS
    assert "[station]\nname = Spazio bimbi\nkind = kids" in (data_dir / "desk.ini").read_text()


def test_the_station_command_keeps_name_and_kind_and_refuses_nonsense(cli: CliRunner) -> None:
    shown = ok(cli("--json", "station", "Ufficio", "--kind", "office"))
    assert shown == {"name": "Ufficio", "kind": "office"}
    assert ok(cli("--json", "station")) == shown
    said = cli("--lang", "it", "station")
    assert said.stdout.strip() == "Questo banco è Ufficio (Ufficio)."
    assert "1 to 80 characters" in refused(cli("--lang", "en", "station", "x" * 81))
    assert cli("station", "--kind", "kitchen").returncode == 2


def test_every_audit_event_records_the_desk_it_was_made_at(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(cli("station", "Ingresso", "--kind", "reception"))
    added = ok(cli("--json", "person", "add", "--name", "Lucia Bianchi", "--kind", "member"))
    ok(cli("checkin", str(added["id"])))
    monkeypatch.setenv("SERRE_DESK_STATION", "Spazio bimbi")  # another desk process on this PC
    ok(cli("checkout", str(added["id"])))
    events = ok(cli("--json", "audit"))["events"]
    desks = {e["action"]: e["desk"] for e in events}
    assert desks["person_add"] == "Ingresso" and desks["check_in"] == "Ingresso"
    assert desks["check_out"] == "Spazio bimbi"
    assert "whole" in cli("--lang", "en", "audit", "verify").stdout


@pytest.mark.parametrize("any_db", ["sqlite", pytest.param("postgresql")], indirect=True)
def test_an_actor_named_at_a_desk_keeps_it_and_visits_have_desk_columns(
    any_db: Database, data_dir: Path
) -> None:
    save_station(data_dir, "Ingresso", StationKind.RECEPTION)
    with any_db.write() as session:
        record(session, LOCAL_ADMIN, MORNING, "setting_change", None)
        record(session, Actor("Anna", Role.MANAGER, desk="Ufficio"), MORNING, "setting_change")
        desks = session.execute(text("SELECT desk FROM audit_events ORDER BY id")).scalars().all()
    assert desks == ["Ingresso", "Ufficio"]
    with any_db.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("visits")}
    assert {"in_desk", "out_desk"} <= columns


def test_the_migration_adds_the_desk_columns_to_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(sqlite_url(path))
    upgrade(db, "0003_audit_head_row")
    with db.write() as session:
        session.execute(text("INSERT INTO areas VALUES (1, 'coworking', 'Coworking', 40, 0, 0)"))
        session.execute(
            text(
                "INSERT INTO people (id, name, search_key, kind, photo_consent, created_at,"
                " legal_hold) VALUES (1, 'Ada', 'ada', 'member', 0, '2026-11-25 08:00:00', 0)"
            )
        )
        session.execute(
            text(
                "INSERT INTO visits (id, person_id, area_id, checked_in_at, in_by, auto_closed,"
                " corrected, override, undone, pickup_override)"
                " VALUES (1, 1, 1, '2026-11-25 08:00:00', 'admin', 0, 0, 0, 0, 0)"
            )
        )
    db.dispose()
    migrated = open_database(Location(tmp_path / "data", sqlite_url(path)))
    try:
        with migrated.read() as session:
            row = session.execute(text("SELECT in_desk, out_desk FROM visits")).one()
        assert tuple(row) == (None, None)  # made at the only desk there was
    finally:
        migrated.dispose()


def test_the_closing_records_the_desk_that_checked_people_out(
    cli: CliRunner, data_dir: Path
) -> None:
    ok(cli("station", "Ufficio", "--kind", "office"))
    added = ok(cli("--json", "person", "add", "--name", "Paolo Verdi", "--kind", "member"))
    ok(cli("checkin", str(added["id"])))
    closed = cli("close-day", now=MORNING.replace(hour=23))
    assert closed.returncode == 0, closed.stderr
    db = open_database(Location(data_dir))
    try:
        with db.read() as session:
            row = session.execute(text("SELECT auto_closed, out_desk FROM visits")).one()
    finally:
        db.dispose()
    assert tuple(row) == (True, "Ufficio")


def test_a_visit_records_the_desk_it_came_in_at_and_the_desk_it_left_from(
    cli: CliRunner, data_dir: Path
) -> None:
    ok(cli("station", "Ingresso", "--kind", "reception"))
    added = ok(cli("--json", "person", "add", "--name", "Paolo Verdi", "--kind", "member"))
    ok(cli("checkin", str(added["id"])))
    ok(cli("station", "Ufficio", "--kind", "office"))
    ok(cli("checkout", str(added["id"]), now=MORNING.replace(hour=12)))
    db = open_database(Location(data_dir))
    try:
        with db.read() as session:
            row = session.execute(text("SELECT in_desk, out_desk FROM visits")).one()
    finally:
        db.dispose()
    assert tuple(row) == ("Ingresso", "Ufficio")
