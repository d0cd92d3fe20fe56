"""Random sequences of desk actions never break the rules that must always hold."""

from __future__ import annotations

from contextlib import suppress
from datetime import timedelta
from pathlib import Path
from tempfile import mkdtemp

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import ChildToDropoff, ChildToPickup
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.closing import close_day
from serre_desk.services.occupancy import occupancy
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.startup import Location, open_database
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.models import Visit
from tests.conftest import MORNING

STAFF = Actor("desk", Role.STAFF)
KINDS = (PersonKind.MEMBER, PersonKind.GUEST, PersonKind.STAFF, PersonKind.CHILD)


class DeskMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.db = open_database(Location(Path(mkdtemp(prefix="serre-sm-"))))
        self.now = MORNING
        set_area(self.db, LOCAL_ADMIN, "coworking", now=self.now, capacity=3)
        set_area(self.db, LOCAL_ADMIN, "kids", now=self.now, capacity=2)
        set_area(self.db, LOCAL_ADMIN, "eventi", now=self.now, name="Eventi", capacity=2)
        self.people: list[int] = []
        self.kinds: dict[int, PersonKind] = {}
        self.overrides = 0

    def teardown(self) -> None:
        self.db.dispose()

    def _tick(self) -> None:
        self.now += timedelta(minutes=7)

    @rule(kind=st.sampled_from(KINDS))
    def register(self, kind: PersonKind) -> None:
        row = add_person(
            self.db, LOCAL_ADMIN, PersonFields(name=f"P{len(self.people)}", kind=kind), now=self.now
        )
        self.people.append(row.id)
        self.kinds[row.id] = kind

    @precondition(lambda self: self.people)
    @rule(
        index=st.integers(0, 50),
        area=st.sampled_from([None, "coworking", "kids", "eventi"]),
        override=st.booleans(),
    )
    def check_in(self, index: int, area: str | None, override: bool) -> None:
        self._tick()
        actor = LOCAL_ADMIN if override else STAFF
        try:
            moved = check_in(
                self.db,
                actor,
                self.people[index % len(self.people)],
                area,
                now=self.now,
                override=override,
                reason="test" if override else None,
            )
        except Refusal:
            return
        self.overrides += moved.override

    @precondition(lambda self: self.people)
    @rule(index=st.integers(0, 50))
    def check_out(self, index: int) -> None:
        self._tick()
        with suppress(Refusal):
            check_out(self.db, STAFF, self.people[index % len(self.people)], now=self.now)

    @precondition(lambda self: self.people)
    @rule(index=st.integers(0, 50), repeats=st.integers(1, 3))
    def scan(self, index: int, repeats: int) -> None:
        for _ in range(repeats):
            self._tick()
            person = self.people[index % len(self.people)]
            outcome = toggle(self.db, STAFF, person, now=self.now)
            if isinstance(outcome, ChildToPickup | ChildToDropoff):
                assert self.kinds[person] is PersonKind.CHILD  # a scan never moves a child

    @rule()
    def close(self) -> None:
        self.now += timedelta(hours=6)
        result = close_day(self.db, STAFF, now=self.now)
        assert all(c.person.kind is not PersonKind.CHILD for c in result.auto_closed)

    @invariant()
    def one_open_visit_per_person(self) -> None:
        with self.db.read() as session:
            doubled = session.execute(
                select(Visit.person_id, func.count())
                .where(Visit.checked_out_at.is_(None))
                .group_by(Visit.person_id)
                .having(func.count() > 1)
            ).all()
        assert doubled == []

    @invariant()
    def occupancy_within_capacity_unless_overridden(self) -> None:
        for area in occupancy(self.db):
            assert area.inside <= area.capacity + self.overrides


DeskMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDeskRules = DeskMachine.TestCase
