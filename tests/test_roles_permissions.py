"""Every manager-only service refuses a staff member, whatever the caller (window or command)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from serre_desk.render.privacy_export import export_person
from serre_desk.services.actor import Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.audit import list_events
from serre_desk.services.permissions import NeedsManager
from serre_desk.services.privacy import (
    erase_person,
    set_legal_hold,
    set_retention_policy,
)
from serre_desk.services.self_service import set_self_service
from serre_desk.services.users import set_idle_lock_minutes
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person

STAFF = Actor(user="bruno", role=Role.STAFF, desk="desk-1")
LATER = MORNING + timedelta(hours=2)


def _boundaries(tmp: Path) -> dict[str, Callable[[Database, int], object]]:
    return {
        "override": lambda db, pid: check_in(
            db, STAFF, pid, now=LATER, override=True, reason="event night"
        ),
        "correct": lambda db, pid: check_out(
            db, STAFF, pid, now=LATER, at=MORNING + timedelta(hours=1), reason="forgot"
        ),
        "erase": lambda db, pid: erase_person(db, STAFF, pid, now=LATER),
        "export": lambda db, pid: export_person(db, STAFF, pid, tmp / "p.json", now=LATER),
        "legal hold": lambda db, pid: set_legal_hold(db, STAFF, pid, True, now=LATER, reason="x"),
        "browse audit": lambda db, pid: list_events(db, STAFF),
        "retention": lambda db, pid: set_retention_policy(db, STAFF, {"guest_days": 60}, now=LATER),
        "areas": lambda db, pid: set_area(db, STAFF, "coworking", now=LATER, capacity=5),
        "idle lock": lambda db, pid: set_idle_lock_minutes(db, STAFF, 10, now=LATER),
        "self-service": lambda db, pid: set_self_service(db, STAFF, False, now=LATER),
    }


@pytest.mark.parametrize("action", list(_boundaries(Path())))
def test_staff_is_refused_what_only_managers_may_do(
    db: Database, tmp_path: Path, action: str
) -> None:
    mario = person(db, "Mario Rossi")
    check_in(db, STAFF, mario, now=MORNING)
    with pytest.raises(NeedsManager):
        _boundaries(tmp_path)[action](db, mario)
    assert not (tmp_path / "p.json").exists()
