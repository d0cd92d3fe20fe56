"""This desk as a station of the venue: its name ("Ingresso", "Spazio bimbi", "Ufficio") and its
kind (reception, kids' room, office), kept in the desk's own `desk.ini` in its data dir (each PC
has its own; the shared database knows nothing of it).

The name is recorded on every audit event (`Actor.at_desk`) and on every visit's check-in and
check-out (`visits.in_desk`, `visits.out_desk`). Without a name the desk is called by its computer's
name, as before. `SERRE_DESK_STATION` and `SERRE_DESK_STATION_KIND` override the file (several
desk processes on one PC: benchmarks, tests).
"""

from __future__ import annotations

import configparser
import os
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import clean_line
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import computer_name, use_station

FILENAME = "desk.ini"
SECTION = "station"
NAME_ENV = "SERRE_DESK_STATION"
KIND_ENV = "SERRE_DESK_STATION_KIND"
NAME_LIMIT = 80  # audit_events.desk, visits.in_desk/out_desk


class StationKind(StrEnum):
    RECEPTION = "reception"  # the desk as it always was
    KIDS = "kids"  # the kids' room: opens on the kids' view, the ratio in sight
    OFFICE = "office"  # reports and audit first; no scanning unless asked


KIND_WORDS = {
    StationKind.RECEPTION: QT_TRANSLATE_NOOP("Station", "Reception"),
    StationKind.KIDS: QT_TRANSLATE_NOOP("Station", "Kids' room"),
    StationKind.OFFICE: QT_TRANSLATE_NOOP("Station", "Office"),
}


@dataclass(frozen=True)
class Station:
    name: str
    kind: StationKind = StationKind.RECEPTION


def station_file(data_dir: Path) -> Path:
    return data_dir / FILENAME


def station_name(raw: str) -> str:
    text = clean_line(raw)
    if not text or len(text) > NAME_LIMIT:
        raise Refusal(
            "bad_station_name",
            QT_TRANSLATE_NOOP("Refusal", "A desk's name is 1 to {limit} characters."),
            limit=NAME_LIMIT,
        )
    return text


def station_kind(raw: str) -> StationKind:
    try:
        return StationKind(raw.strip().lower())
    except ValueError:
        raise Refusal(
            "bad_station_kind",
            QT_TRANSLATE_NOOP(
                "Refusal", "A desk is a reception, kids or office desk, not {value!r}."
            ),
            value=raw,
        ) from None


def _read(data_dir: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(station_file(data_dir), encoding="utf-8")
    except configparser.Error:  # a file edited by hand into nonsense: as if absent
        return configparser.ConfigParser(interpolation=None)
    return parser


def load_station(data_dir: Path) -> Station:
    """This desk's station: the environment's, else desk.ini's, else the computer's name as a
    reception desk. A value that does not hold is ignored, never fatal at start."""
    stored = _read(data_dir)
    name = os.environ.get(NAME_ENV) or stored.get(SECTION, "name", fallback="")
    kind = os.environ.get(KIND_ENV) or stored.get(SECTION, "kind", fallback="")
    try:
        name = station_name(name) if name else computer_name()
    except Refusal:
        name = computer_name()
    try:
        chosen = station_kind(kind) if kind else StationKind.RECEPTION
    except Refusal:
        chosen = StationKind.RECEPTION
    return Station(name, chosen)


def save_station(data_dir: Path, name: str, kind: str | StationKind) -> Station:
    """Keep this desk's name and kind in desk.ini (other sections kept) and use them from now."""
    station = Station(station_name(name), station_kind(str(kind)))
    stored = _read(data_dir)
    if not stored.has_section(SECTION):
        stored.add_section(SECTION)
    stored.set(SECTION, "name", station.name)
    stored.set(SECTION, "kind", station.kind.value)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = station_file(data_dir)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
    with partial.open("w", encoding="utf-8") as file:
        stored.write(file)
    os.replace(partial, target)
    use_station(station.name)
    return station


def apply_station(data_dir: Path) -> Station:
    """Read this desk's station and record its name on everything this process does."""
    station = load_station(data_dir)
    use_station(station.name)
    return station
