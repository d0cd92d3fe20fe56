"""The desk's rules core: what a scan, a check-in, a move, a check-out, a drop-off or a pickup may
do, decided from facts already loaded. No session, no clock, no Qt: `services.visits` loads the
facts in one transaction (holding the person's and the area's locks), asks here, then writes what
was decided and audits it.

Each `decide_*` function returns the decision or raises a `Refusal` saying why not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from serre_desk.clock import as_utc
from serre_desk.domain.errors import AreaName, NotFound, Refusal
from serre_desk.domain.guardians import GuardianInfo, PickupRefused, valid_guardians
from serre_desk.domain.outcomes import ChildToDropoff, ChildToPickup, PersonRef
from serre_desk.domain.people import PersonKind
from serre_desk.domain.pickup_codes import codes_match
from serre_desk.domain.ratios import RatioStatus
from serre_desk.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, translate, translate_n

WRONG_CODES_LIMIT = 5  # by default: wrong pickup codes an adult may present for a child in a day


@dataclass(frozen=True)
class AreaFacts:
    id: int
    key: str
    name: str
    capacity: int
    for_children: bool


@dataclass(frozen=True)
class Stay:
    """A person and their open visit, if any: the facts every movement starts from."""

    person: PersonRef
    default_area: str | None
    visit_id: int | None
    visit_area_id: int | None
    visit_since: datetime | None
    children_brought_inside: int = 0  # read only when leaving: children they brought, inside
    privacy_ack_at: datetime | None = None  # when they last acknowledged the privacy notice

    @property
    def inside(self) -> bool:
        return self.visit_id is not None


@dataclass(frozen=True)
class Arrival:
    """A check-in decided: where to, from where (a move), and which limits it goes past (only
    ever on a manager's override)."""

    area: AreaFacts
    moved_from: AreaFacts | None = None
    over_capacity: bool = False
    over_ratio: bool = False
    expected_pickup: datetime | None = None

    @property
    def override(self) -> bool:
        return self.over_capacity or self.over_ratio


# --- when -------------------------------------------------------------------------------------


def movement_time(at: datetime | None, now: datetime) -> tuple[datetime, bool]:
    """The instant to record (UTC) and whether it is a correction: a past time given by hand
    (which then needs a manager and a reason)."""
    now = as_utc(now)
    if at is None:
        return now, False
    at = as_utc(at)
    if at > now:
        raise Refusal(
            "time_in_future",
            QT_TRANSLATE_NOOP("Refusal", "A corrected time cannot be in the future."),
        )
    return at, True


# --- scan -------------------------------------------------------------------------------------

ScanStep = Literal["check_in", "check_out"] | ChildToPickup | ChildToDropoff


def decide_scan(stay: Stay) -> ScanStep:
    """A scan (or Enter on a person): out if inside, else in; a child's leaving is a pickup and a
    child's arriving a drop-off, which need their own dialogs."""
    if stay.person.kind is PersonKind.CHILD:
        return ChildToPickup(stay.person) if stay.inside else ChildToDropoff(stay.person)
    return "check_out" if stay.inside else "check_in"


# --- arriving ---------------------------------------------------------------------------------


def target_area(areas: Sequence[AreaFacts], key: str | None, kind: PersonKind) -> AreaFacts:
    """The area named by `key`, or else the first area for the person's kind."""
    if key:
        for area in areas:
            if area.key == key:
                return area
        raise NotFound(
            "unknown_area", QT_TRANSLATE_NOOP("Refusal", "There is no area {key!r}."), key=key
        )
    wants_children = kind is PersonKind.CHILD
    for area in areas:
        if area.for_children == wants_children:
            return area
    raise NotFound("no_area", QT_TRANSLATE_NOOP("Refusal", "No area is configured."))


def _check_area_fits(area: AreaFacts, kind: PersonKind) -> None:
    if area.for_children and kind not in (PersonKind.CHILD, PersonKind.STAFF):
        raise Refusal(
            "area_children_only",
            QT_TRANSLATE_NOOP(
                "Refusal", "{area} is for children and educators: check the adult in elsewhere."
            ),
            area=AreaName(area.name),
        )
    if not area.for_children and kind is PersonKind.CHILD:
        raise Refusal(
            "area_adults_only",
            QT_TRANSLATE_NOOP("Refusal", "Children are checked in to the kids' space, not {area}."),
            area=AreaName(area.name),
        )


def _already_inside(person: PersonRef, area: AreaFacts) -> Refusal:
    return Refusal(
        "already_inside",
        QT_TRANSLATE_NOOP("Refusal", "{name} is already inside {area}."),
        name=person.name,
        area=AreaName(area.name),
    )


def refuse_full(area: AreaFacts) -> Refusal:
    return Refusal(
        "area_full",
        QT_TRANSLATE_NOOP("Refusal", "{area} is full ({capacity}): a manager can authorise."),
        area=AreaName(area.name),
        capacity=area.capacity,
    )


def not_a_child(person: PersonRef) -> Refusal:
    return Refusal(
        "not_a_child",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{name} is not a child: only children are brought and collected with a pickup code.",
        ),
        name=person.name,
    )


def decide_check_in(
    stay: Stay,
    area: AreaFacts,
    areas: Sequence[AreaFacts],
    *,
    inside: int,
    override: bool,
) -> Arrival:
    """An adult's or an educator's check-in to `area`, where `inside` people are counted now; a
    person inside another area moves. A full area needs a manager's `override` (an educator does
    not fill the kids' space)."""
    person = stay.person
    _check_area_fits(area, person.kind)
    if person.kind is PersonKind.CHILD:
        raise ValueError("a child arrives by `decide_drop_off`")
    if stay.visit_area_id == area.id:
        raise _already_inside(person, area)
    full = not area.for_children and inside >= area.capacity
    if full and not override:
        raise refuse_full(area)
    moved_from = next((a for a in areas if a.id == stay.visit_area_id), None)
    return Arrival(area, moved_from=moved_from, over_capacity=full)


@dataclass(frozen=True)
class DropOffFacts:
    """What a child's arrival is decided on, beyond the stay and the area."""

    inside: int  # children in the area now
    ratio: RatioStatus  # the area's ratio with this child in
    links: Sequence[GuardianInfo]  # everyone linked to the child, valid or not
    brought_by: int | None
    brought_by_name: str  # who brings them, for a refusal ("" when nobody is named)
    expected_pickup: datetime | None


def decide_drop_off(
    stay: Stay,
    area: AreaFacts,
    areas: Sequence[AreaFacts],
    facts: DropOffFacts,
    *,
    when: datetime,
    override: bool,
) -> Arrival:
    """A child's drop-off: brought by an authorised guardian, within capacity and the educator
    ratio unless a manager overrides."""
    child = stay.person
    _check_area_fits(area, child.kind)
    if stay.visit_area_id is not None:  # a child is collected before going anywhere else
        inside_area = next(a for a in areas if a.id == stay.visit_area_id)
        raise _already_inside(child, inside_area)
    _check_brought_by(child, facts)
    expected = _expected_pickup(facts.expected_pickup, when)
    full = facts.inside >= area.capacity
    if full and not override:
        raise refuse_full(area)
    if facts.ratio.broken and not override:
        raise Refusal(
            "ratio_short",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{area}: with one more child, educators needed: {needed}, present: {educators}. "
                "Call an educator, or a manager can authorise.",
            ),
            area=AreaName(area.name),
            educators=facts.ratio.educators,
            needed=facts.ratio.needed,
        )
    return Arrival(
        area, over_capacity=full, over_ratio=facts.ratio.broken, expected_pickup=expected
    )


def _check_brought_by(child: PersonRef, facts: DropOffFacts) -> None:
    authorised = valid_guardians(facts.links)
    if not authorised:
        raise Refusal(
            "child_no_guardian",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{child} has no adult authorised for pickup: add an authorised guardian "
                "with a phone number first.",
            ),
            child=child.name,
        )
    if facts.brought_by is None:
        raise _needs_guardian(child, authorised)
    if facts.brought_by not in {g.adult_id for g in authorised}:
        raise PickupRefused(
            "guardian_not_authorised",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{adult} is not authorised for {child}: only an authorised guardian brings a "
                "child in.",
            ),
            authorised,
            overridable=False,
            adult=facts.brought_by_name,
            child=child.name,
        )


def _expected_pickup(expected: datetime | None, when: datetime) -> datetime | None:
    if expected is None:
        return None
    expected = as_utc(expected)
    if expected <= when:
        raise Refusal(
            "pickup_time_past",
            QT_TRANSLATE_NOOP("Refusal", "The expected pickup time must be later than now."),
        )
    return expected


# --- leaving ----------------------------------------------------------------------------------


def not_inside(person: PersonRef) -> Refusal:
    return Refusal(
        "not_inside",
        QT_TRANSLATE_NOOP("Refusal", "{name} is not inside."),
        name=person.name,
    )


def decide_check_out(stay: Stay, when: datetime) -> None:
    """Whether the person's visit may close at `when`."""
    if stay.visit_since is None:
        raise not_inside(stay.person)
    if when < stay.visit_since:
        raise Refusal(
            "out_before_in",
            QT_TRANSLATE_NOOP("Refusal", "The check-out time is earlier than the check-in time."),
        )


def _pickup_needs_adult(child: PersonRef) -> Refusal:
    return Refusal(
        "pickup_needs_adult",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "{child} leaves only with the pickup code and an authorised adult: use the pickup.",
        ),
        child=child.name,
    )


def _needs_guardian(child: PersonRef, authorised: Sequence[GuardianInfo] = ()) -> PickupRefused:
    return PickupRefused(
        "child_needs_guardian",
        QT_TRANSLATE_NOOP(
            "Refusal", "{child} is checked in by the authorised adult who brings them."
        ),
        authorised,
        overridable=False,
        child=child.name,
    )


def child_step_refusal(step: ChildToPickup | ChildToDropoff) -> Refusal:
    """Why a scan alone does not move a child, for a caller without the pickup and drop-off
    dialogs (the command line): the child leaves by a pickup and arrives by a drop-off."""
    if isinstance(step, ChildToPickup):
        return _pickup_needs_adult(step.child)
    return _needs_guardian(step.child)


@dataclass(frozen=True)
class Collector:
    """The adult at the desk to collect a child."""

    id: int
    name: str
    kind: PersonKind


def check_collector(child: PersonRef, collector: Collector | None) -> Collector:
    """A child leaves only with an adult named for the pickup."""
    if collector is None:
        raise _pickup_needs_adult(child)
    if collector.kind is PersonKind.CHILD:
        raise Refusal(
            "pickup_by_child",
            QT_TRANSLATE_NOOP("Refusal", "A child cannot collect {child}: choose an adult."),
            child=child.name,
        )
    return collector


@dataclass(frozen=True)
class PickupFacts:
    links: Sequence[GuardianInfo]  # everyone linked to the child, valid or not
    presented: str | None  # the code the adult gave
    stored: str | None  # the code on the child's visit
    wrong_before: int  # wrong codes this adult presented for the child today
    limit: int = WRONG_CODES_LIMIT  # the venue's: after that many, only a manager releases


def decide_pickup(child: PersonRef, adult: Collector, facts: PickupFacts) -> PickupRefused | None:
    """Why this pickup may not happen (the first reason found), or None when it may: a code is
    presented, the adult may collect the child now, the adult is not locked out by wrong codes
    today, and the code matches. The code is compared only for an adult who may collect the
    child: anyone else gets the same answer whatever code they give (the desk never tells them
    whether it was right) and counts no wrong code (changing the adult escapes no lock)."""
    authorised = valid_guardians(facts.links)
    presented = facts.presented or ""
    if not presented.strip():
        return PickupRefused(
            "pickup_no_code",
            QT_TRANSLATE_NOOP(
                "Refusal", "No pickup code was given for {child}: scan or type the slip's code."
            ),
            authorised,
            child=child.name,
        )
    link = next((g for g in facts.links if g.adult_id == adult.id), None)
    if link is None or not link.valid:
        code, message = _why_not_authorised(link)
        return PickupRefused(code, message, authorised, child=child.name, adult=adult.name)
    if facts.wrong_before >= facts.limit:
        return PickupRefused(
            "pickup_locked",
            QT_TRANSLATE_NOOP(
                "Refusal",
                "{count} wrong pickup codes today for {child}: only a manager can release "
                "{child} now.",
            ),
            authorised,
            count=facts.wrong_before,
            child=child.name,
            adult=adult.name,
        )
    if not codes_match(presented, facts.stored):
        if facts.wrong_before + 1 >= facts.limit:
            message = QT_TRANSLATE_NOOP(
                "Refusal",
                "The pickup code does not match {child}'s. That is {count} wrong codes today: "
                "from now on only a manager can release {child}.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Refusal",
                "The pickup code does not match {child}'s.",
            )
        return PickupRefused(
            "pickup_wrong_code",
            message,
            authorised,
            count=facts.wrong_before + 1,
            child=child.name,
            adult=adult.name,
        )
    return None


def _why_not_authorised(link: GuardianInfo | None) -> tuple[str, str]:
    """The refusal's code and message for an adult who may not collect the child now."""
    if link is None:
        return (
            "pickup_not_authorised",
            QT_TRANSLATE_NOOP("Refusal", "{adult} is not authorised to collect {child}."),
        )
    if not link.authorised:
        return (
            "pickup_marked_not_authorised",
            QT_TRANSLATE_NOOP("Refusal", "{adult} is marked as NOT authorised to collect {child}."),
        )
    return (
        "pickup_authorisation_expired",
        QT_TRANSLATE_NOOP("Refusal", "{adult}'s one-day authorisation for {child} has expired."),
    )


# --- warnings after a movement ----------------------------------------------------------------

_RATIO_WARNING = QT_TRANSLATE_NOOP(
    "Warning",
    "Ratio broken in {area}: {children}; educators needed: {needed}, present: {educators}.",
)
_RATIO_CHILDREN = QT_TRANSLATE_N_NOOP("Warning", "%n child(ren)")
_NOTICE_DUE = QT_TRANSLATE_NOOP(
    "Warning",
    "A new privacy notice is in force: show it to {name} and record it on their card (Modifica).",
)
_CHILD_LEFT_INSIDE = QT_TRANSLATE_NOOP(
    "Warning", "Still in the kids' space, brought by {name}: {children}."
)


def educator_leaves(person: PersonRef, area: AreaFacts) -> bool:
    """Whether the person leaving `area` is an educator whose leaving may break its ratio."""
    return person.kind is PersonKind.STAFF and area.for_children


def ratio_warnings(area: AreaFacts, ratio: RatioStatus) -> tuple[str, ...]:
    """After an educator left a children's area: a warning when the children still inside need
    more educators than remain."""
    if not ratio.broken:
        return ()
    return (
        translate("Warning", _RATIO_WARNING).format(
            area=translate("Area", area.name),
            children=translate_n("Warning", _RATIO_CHILDREN, ratio.children),
            needed=ratio.needed,
            educators=ratio.educators,
        ),
    )


def children_left_warnings(adult: PersonRef, children: Sequence[str]) -> tuple[str, ...]:
    """After an adult's check-out: a warning naming the children they brought still inside."""
    if not children:
        return ()
    text = translate("Warning", _CHILD_LEFT_INSIDE)
    return (text.format(name=adult.name, children=", ".join(children)),)


def notice_warning(person: PersonRef) -> str:
    """After a check-in: the venue published a privacy notice this person has not acknowledged."""
    return translate("Warning", _NOTICE_DUE).format(name=person.name)
