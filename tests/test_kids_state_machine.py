"""Random sequences of drop-offs, pickups (right and wrong), educators coming and going and
closings never lose a child: no child leaves without the matching code and an authorised adult
or a recorded override, and the kids' space never breaks its capacity or its ratio without a
recorded override (or an educator's departure, which always warns)."""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path
from tempfile import mkdtemp

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import func, select

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.domain.outcomes import ChildToPickup
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import normalise
from serre_desk.domain.ratios import bands, educators_needed
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role
from serre_desk.services.areas_admin import set_area
from serre_desk.services.closing import close_day
from serre_desk.services.kids import ChildFields, GuardianLink, register_child
from serre_desk.services.people import PersonFields, add_person
from serre_desk.services.startup import Location, open_database
from serre_desk.services.visits import check_in, check_out, toggle
from serre_desk.storage.models import AuditEvent, Person, Visit
from tests.conftest import MORNING

DESK = Actor("desk", Role.STAFF)
MANAGER = Actor("manager", Role.MANAGER)
BIRTHS = (date(2026, 6, 1), date(2024, 6, 1), date(2021, 6, 1))  # a baby, a toddler, a big one


class KidsMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.db = open_database(Location(Path(mkdtemp(prefix="serre-kids-"))))
        self.now = MORNING
        set_area(self.db, LOCAL_ADMIN, "kids", now=self.now, capacity=4)
        self.stranger = self._adult("Mario Estraneo", phone="+39 051 000000")
        self.families: list[tuple[int, int, int]] = []  # (child, mum authorised, dad not)
        self.educators = [self._adult(f"Educatrice {n}", kind=PersonKind.STAFF) for n in range(3)]
        self.codes: dict[int, str] = {}  # child -> the code the drop-off returned
        self.released_on_code: set[int] = set()  # visit ids released with a matching code
        self.refused_attempts = 0
        self.ratio_warned = False

    def teardown(self) -> None:
        self.db.dispose()

    def _adult(
        self, name: str, phone: str | None = None, kind: PersonKind = PersonKind.MEMBER
    ) -> int:
        fields = PersonFields(name=name, kind=kind, phone=phone)
        return add_person(self.db, LOCAL_ADMIN, fields, now=self.now).id

    def _tick(self) -> None:
        self.now += timedelta(minutes=7)

    @initialize(births=st.lists(st.sampled_from(BIRTHS), min_size=2, max_size=3))
    def open_the_day(self, births: list[date]) -> None:
        """A few families already registered, one educator already in."""
        for birth in births:
            self.register_family(birth)
        check_in(self.db, DESK, self.educators[0], "kids", now=self.now)

    @rule(birth=st.sampled_from(BIRTHS))
    def register_family(self, birth: date) -> None:
        n = len(self.families)
        mum = self._adult(f"Mamma {n}", phone="+39 333 000000")
        dad = self._adult(f"Papà {n}")
        links = [GuardianLink(mum), GuardianLink(dad, authorised=False)]
        child = register_child(
            self.db, LOCAL_ADMIN, ChildFields(f"Bimbo {n}", birth, links), now=self.now
        ).id
        self.families.append((child, mum, dad))

    @rule(index=st.integers(0, 2))
    def educator_arrives(self, index: int) -> None:
        self._tick()
        with suppress(Refusal):  # already inside
            check_in(self.db, DESK, self.educators[index], "kids", now=self.now)

    @rule(index=st.integers(0, 2))
    def educator_leaves(self, index: int) -> None:
        self._tick()
        try:
            moved = check_out(self.db, DESK, self.educators[index], now=self.now)
        except Refusal:
            return
        self.ratio_warned = self.ratio_warned or bool(moved.warnings)

    @precondition(lambda self: self.families)
    @rule(
        index=st.integers(0, 20),
        by=st.sampled_from(["mum", "mum", "mum", "dad", "stranger"]),
        override=st.booleans(),
    )
    def drop_off(self, index: int, by: str, override: bool) -> None:
        self._tick()
        child, mum, dad = self.families[index % len(self.families)]
        adult = {"mum": mum, "dad": dad, "stranger": self.stranger}[by]
        try:
            moved = check_in(
                self.db,
                MANAGER if override else DESK,
                child,
                now=self.now,
                brought_by=adult,
                override=override,
                reason="test" if override else None,
            )
        except Refusal as refusal:
            event(f"drop-off refused: {refusal.code}")
            return
        event("dropped off")
        assert by == "mum", "only an authorised guardian brings a child in"
        assert moved.pickup_code is not None
        self.codes[child] = moved.pickup_code

    @precondition(lambda self: self.codes)
    @rule(
        index=st.integers(0, 20),
        by=st.sampled_from(["mum", "mum", "dad", "stranger"]),
        code=st.sampled_from(["right", "right", "lower", "wrong", "other child's"]),
    )
    def pick_up(self, index: int, by: str, code: str) -> None:
        self._tick()
        child = sorted(self.codes)[index % len(self.codes)]
        _, mum, dad = next(f for f in self.families if f[0] == child)
        adult = {"mum": mum, "dad": dad, "stranger": self.stranger}[by]
        right = self.codes[child]
        others = [c for k, c in self.codes.items() if k != child]
        given = {
            "right": right,
            "lower": right.lower(),
            "wrong": "XXXX",
            "other child's": others[0] if others else "XXXX",
        }[code]
        try:
            moved = check_out(self.db, DESK, child, now=self.now, collected_by=adult, code=given)
        except Refusal as refusal:
            event(f"pickup refused: {refusal.code}")
            if refusal.code.startswith("pickup_") and refusal.code != "pickup_needs_adult":
                self.refused_attempts += 1
            return
        event("released on the code")
        assert normalise(given) == right and by == "mum"
        self.released_on_code.add(moved.visit_id)
        del self.codes[child]

    @precondition(lambda self: self.codes)
    @rule(index=st.integers(0, 20))
    def manager_override(self, index: int) -> None:
        self._tick()
        child = sorted(self.codes)[index % len(self.codes)]
        check_out(
            self.db,
            MANAGER,
            child,
            now=self.now,
            collected_by=self.stranger,
            override=True,
            reason="grandpa, ID checked, mum on the phone",
        )
        del self.codes[child]

    @precondition(lambda self: self.codes)
    @rule(index=st.integers(0, 20))
    def scan_a_child(self, index: int) -> None:
        self._tick()
        child = sorted(self.codes)[index % len(self.codes)]
        # a scan never releases a child: it leads to the pickup
        outcome = toggle(self.db, DESK, child, now=self.now)
        assert isinstance(outcome, ChildToPickup) and outcome.child.id == child

    @rule()
    def close(self) -> None:
        self.now = self.now.replace(hour=19, minute=45)
        result = close_day(self.db, DESK, now=self.now)
        assert sorted(c.id for c in result.children_inside) == sorted(self.codes)
        assert all(a.person.kind is not PersonKind.CHILD for a in result.auto_closed)
        if self.codes:
            assert all(a.person.kind is not PersonKind.STAFF for a in result.auto_closed)
        self.now = self.now.replace(hour=9, minute=0) + timedelta(days=1)

    @invariant()
    def no_child_left_without_the_code_and_an_authorised_adult_or_an_override(self) -> None:
        with self.db.read() as session:
            gone = session.execute(
                select(Visit.id, Visit.collected_by_id, Visit.pickup_override)
                .join(Person, Person.id == Visit.person_id)
                .where(Person.kind == PersonKind.CHILD.value, Visit.checked_out_at.is_not(None))
            ).all()
            attempts = session.scalar(
                select(func.count()).where(AuditEvent.action == "pickup_refused")
            )
        for visit_id, collected_by, override in gone:
            assert collected_by is not None
            assert override or visit_id in self.released_on_code
        assert attempts == self.refused_attempts

    @invariant()
    def capacity_and_ratio_hold_unless_overridden(self) -> None:
        with self.db.read() as session:
            rows = session.execute(
                select(Person.id, Person.kind, Person.birth_date, Visit.override)
                .join(Visit, Visit.person_id == Person.id)
                .where(Visit.checked_out_at.is_(None))
            ).all()
            events = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "check_in")
            ).all()
        children = [
            (pid, birth, over) for pid, kind, birth, over in rows if kind == PersonKind.CHILD.value
        ]
        educators = sum(1 for _, kind, _, _ in rows if kind == PersonKind.STAFF.value)
        overridden = any(over for _, _, over in children)
        assert sorted(pid for pid, _, _ in children) == sorted(self.codes)
        assert len(children) <= 4 or overridden
        needed = educators_needed([b for _, b, _ in children], local_date(self.now), bands())
        if needed <= educators:
            self.ratio_warned = False
        assert needed <= educators or overridden or self.ratio_warned
        if overridden:
            assert any(json.loads(e).get("override") for e in events)


KidsMachine.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestKidsRules = KidsMachine.TestCase
