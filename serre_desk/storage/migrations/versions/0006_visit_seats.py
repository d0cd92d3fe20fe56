"""visit seats: the organisation whose seat an open visit takes

A person with no plan of their own checks in on their organisation's seats. The check-in path
counts those seats taken on every such check-in; counting them by joining every open visit to
its person cost milliseconds with thousands inside. The visit now records the organisation's key
(`seat_org`, as in `organisation_seats.org_key`) when it took a seat, and a partial index over
open visits counts them directly. Visits open at the upgrade are filled in here.

Revision ID: 0006_visit_seats
Revises: 0005_desks
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from serre_desk.domain.names import search_key

revision = "0006_visit_seats"
down_revision = "0005_desks"
branch_labels = None
depends_on = None

_OPEN = sa.text("checked_out_at IS NULL")


def upgrade() -> None:
    op.add_column("visits", sa.Column("seat_org", sa.String(length=200), nullable=True))
    op.create_index(
        "ix_visits_open_seats",
        "visits",
        ["seat_org"],
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    connection = op.get_bind()
    keys = {key for (key,) in connection.execute(sa.text("SELECT org_key FROM organisation_seats"))}
    if not keys:
        return
    rows = connection.execute(
        sa.text(
            "SELECT v.id, p.organisation FROM visits v JOIN people p ON p.id = v.person_id "
            "JOIN areas a ON a.id = v.area_id WHERE v.checked_out_at IS NULL "
            "AND a.for_children = :no AND p.organisation IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM person_plans pp WHERE pp.person_id = p.id)"
        ),
        {"no": False},
    ).all()
    for visit_id, organisation in rows:
        key = search_key(organisation)
        if key in keys:
            connection.execute(
                sa.text("UPDATE visits SET seat_org = :key WHERE id = :id"),
                {"key": key, "id": visit_id},
            )


def downgrade() -> None:
    op.drop_index("ix_visits_open_seats", table_name="visits")
    op.drop_column("visits", "seat_org")
