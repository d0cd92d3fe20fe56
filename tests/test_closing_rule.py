"""The closing rule, for any people inside: children stay, educators stay with them, every other
adult is checked out; nobody is lost or counted twice (Hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from serre_desk.domain.closing import split_for_closing
from serre_desk.domain.people import PersonKind

AREAS = ("coworking", "kids", "hall")
someone_inside = st.tuples(st.sampled_from(list(PersonKind)), st.sampled_from(AREAS))


@given(st.lists(someone_inside, max_size=30))
def test_the_closing_keeps_children_and_their_educators_and_closes_every_other_adult(
    inside: list[tuple[PersonKind, str]],
) -> None:
    people = list(enumerate(inside))  # each one distinct, in order
    split = split_for_closing(people, lambda one: one[1][0], lambda one: one[1][1])

    groups = split.to_close + split.educators_kept + split.children_inside
    assert sorted(groups) == people  # everyone exactly once
    for group in (split.to_close, split.educators_kept, split.children_inside):
        assert group == sorted(group)  # in the order they were given
    child_areas = {area for kind, area in inside if kind is PersonKind.CHILD}
    assert all(kind is PersonKind.CHILD for _, (kind, _) in split.children_inside)
    assert all(
        kind is PersonKind.STAFF and area in child_areas for _, (kind, area) in split.educators_kept
    )
    assert all(
        kind is not PersonKind.CHILD and not (kind is PersonKind.STAFF and area in child_areas)
        for _, (kind, area) in split.to_close
    )
