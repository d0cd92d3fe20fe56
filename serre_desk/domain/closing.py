"""The closing rule: who the day's closing checks out, and who stays inside.

Children are never checked out automatically; educators (staff) stay in an area where children
are still inside; every other adult is checked out. The closing itself (`services.closing`) and
its confirmation (what closing now would do) both ask this one rule.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from serre_desk.domain.people import PersonKind

T = TypeVar("T")


@dataclass(frozen=True)
class ClosingSplit(Generic[T]):
    """The people inside, split as the closing treats them."""

    to_close: list[T] = field(default_factory=list)
    educators_kept: list[T] = field(default_factory=list)
    children_inside: list[T] = field(default_factory=list)


def split_for_closing(
    inside: Sequence[T], kind: Callable[[T], PersonKind], area: Callable[[T], Hashable]
) -> ClosingSplit[T]:
    """Split `inside` (in its order): `kind` and `area` say what each one is and where."""
    child_areas = {area(one) for one in inside if kind(one) is PersonKind.CHILD}
    split: ClosingSplit[T] = ClosingSplit()
    for one in inside:
        if kind(one) is PersonKind.CHILD:
            split.children_inside.append(one)
        elif kind(one) is PersonKind.STAFF and area(one) in child_areas:
            split.educators_kept.append(one)
        else:
            split.to_close.append(one)
    return split
