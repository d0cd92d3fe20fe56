"""The areas as the settings page edits them: name, capacity, adults or children and the amber
threshold, all areas saved in one transaction and each change audited from → to.

A capacity below the number inside now is allowed (the area then refuses check-ins until people
leave): the answer lists those areas so the page can warn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from serre_desk.domain.errors import Refusal
from serre_desk.domain.names import clean_name
from serre_desk.domain.venue import NEAR_FULL_SHARE, validate_area_key, validate_capacity
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.occupancy import occupancy
from serre_desk.services.permissions import require_manager
from serre_desk.services.settings_admin import (
    AMBER_KEY,
    about,
    amber_percents,
    change_setting,
    validate_amber,
)
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area

DEFAULT_AMBER = round(NEAR_FULL_SHARE * 100)


@dataclass(frozen=True)
class AreaSettings:
    key: str
    name: str
    capacity: int
    for_children: bool
    amber_percent: int = DEFAULT_AMBER
    inside: int = 0

    @property
    def over_capacity(self) -> bool:
        return self.inside > self.capacity


@dataclass(frozen=True)
class AreasSaved:
    areas: list[AreaSettings]
    changed: int  # how many areas were added or changed

    @property
    def over_capacity(self) -> list[AreaSettings]:
        return [area for area in self.areas if area.over_capacity]


def area_settings(db: Database) -> list[AreaSettings]:
    """Every area in the order the desk shows them, with how many are inside now."""
    counts = {area.key: area.inside for area in occupancy(db)}
    with db.read() as session:
        ambers = amber_percents(session)
        rows = session.scalars(select(Area).order_by(Area.position, Area.id)).all()
        return [
            AreaSettings(
                a.key,
                a.name,
                a.capacity,
                a.for_children,
                ambers.get(a.key, DEFAULT_AMBER),
                counts.get(a.key, 0),
            )
            for a in rows
        ]


def key_for(name: str, taken: set[str]) -> str:
    """A new area's key from its name ("Sala eventi" → "sala-eventi"), unique among `taken`."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = "-".join("".join(c if c.isalnum() else " " for c in plain).split())[:28] or "area"
    if not base[0].isalpha():
        base = f"area-{base}"[:28]
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return validate_area_key(key)


def save_areas(
    db: Database, actor: Actor, wanted: list[AreaSettings], *, now: datetime
) -> AreasSaved:
    """Store the areas as the page shows them (a new one has an empty key): every value checked
    first (a refusal names its field and row), then all of them in one transaction."""
    require_manager(actor)
    cleaned = [_checked(row, area) for row, area in enumerate(wanted)]
    with db.write() as session:
        changed = _write_areas(session, actor, cleaned, now)
    return AreasSaved(area_settings(db), changed)


def set_area(
    db: Database,
    actor: Actor,
    key: str,
    *,
    now: datetime,
    name: str | None = None,
    capacity: int | None = None,
    for_children: bool | None = None,
    amber_percent: int | None = None,
) -> AreaSettings:
    """One area changed, or added when `key` is new (then name and capacity are needed): the
    command line's `area set`, through the same checks and writing as the settings page."""
    require_manager(actor)
    validate_area_key(key)
    with db.write() as session:
        model = session.scalar(select(Area).where(Area.key == key))
        if model is None and (name is None or capacity is None):
            raise Refusal(
                "area_needs_fields",
                QT_TRANSLATE_NOOP("Refusal", "A new area needs both a name and a capacity."),
            )
        amber = amber_percents(session).get(key, DEFAULT_AMBER)
        wanted = AreaSettings(
            key,
            name if name is not None else model.name if model else "",
            capacity if capacity is not None else model.capacity if model else 0,
            for_children
            if for_children is not None
            else bool(model.for_children)
            if model
            else False,
            amber_percent if amber_percent is not None else amber,
        )
        area = _checked(None, wanted)
        _write_areas(session, actor, [area], now)
        return area


def _checked(row: int | None, area: AreaSettings) -> AreaSettings:
    """The area's values checked (a refusal names the field and `row`), its name cleaned."""
    with about("name", row):
        name = clean_name(area.name)[:80]
    with about("capacity", row):
        validate_capacity(area.capacity)
    with about("amber_percent", row):
        validate_amber(area.amber_percent)
    return AreaSettings(area.key, name, area.capacity, area.for_children, area.amber_percent)


def _write_areas(session: Session, actor: Actor, cleaned: list[AreaSettings], now: datetime) -> int:
    """Write the checked areas (new ones added), audit each change; how many changed."""
    changed = 0
    areas = {a.key: a for a in session.scalars(select(Area))}
    position = session.scalar(select(func.coalesce(func.max(Area.position), 0))) or 0
    ambers = amber_percents(session)
    for area in cleaned:
        model = areas.get(area.key) if area.key else None
        if model is None:
            position += 1
            key = area.key or key_for(area.name, set(areas))
            with about("name"):
                validate_area_key(key)
            model = Area(
                key=key,
                name=area.name,
                capacity=area.capacity,
                for_children=area.for_children,
                position=position,
            )
            session.add(model)
            areas[key] = model
            before: dict[str, object] | None = None
        else:
            before = {
                "name": model.name,
                "capacity": model.capacity,
                "children": model.for_children,
            }
            if before == {
                "name": area.name,
                "capacity": area.capacity,
                "children": area.for_children,
            }:
                before = {}
            model.name, model.capacity = area.name, area.capacity
            model.for_children = area.for_children
        if before != {}:
            changed += 1
            record(
                session,
                actor,
                now,
                "area_set",
                None,
                area=model.key,
                name=model.name,
                capacity=model.capacity,
                children=model.for_children,
                before=before,
            )
        ambers[model.key] = area.amber_percent
    stored = {k: v for k, v in ambers.items() if v != DEFAULT_AMBER}
    if change_setting(session, actor, now, AMBER_KEY, stored, {}) != stored:
        changed += 1
    return changed
