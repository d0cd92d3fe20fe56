"""visit days index: a person's check-ins read from the index alone

A check-in of a person on a plan reads the days they checked in since the plan (or the month)
started, in adult areas, not undone. `ix_visits_person_in` (person, check-in time) found those
visits but each one's area and undo flag were read from its row, one page per visit, scattered
over a table of a million visits: most of the plan check's time. The index now also holds the
area and the undo flag, so the query reads one or two pages of the index. It replaces the old
one (same leading columns, so every query that used it still does), one index as before.

Revision ID: 0007_visit_days_index
Revises: 0006_visit_seats
Create Date: 2026-12-06
"""

from alembic import op

revision = "0007_visit_days_index"
down_revision = "0006_visit_seats"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_visits_person_in", table_name="visits")
    op.create_index(
        "ix_visits_person_in", "visits", ["person_id", "checked_in_at", "area_id", "undone"]
    )


def downgrade() -> None:
    op.drop_index("ix_visits_person_in", table_name="visits")
    op.create_index("ix_visits_person_in", "visits", ["person_id", "checked_in_at"])
