"""visit desks: the station each visit was checked in and out at

Several desks share one PostgreSQL database (the entrance, the kids' room, the office): a visit
records the name of the desk that checked it in (`in_desk`) and out (`out_desk`), as every audit
event records its desk. Older visits keep null: they were made at the only desk there was.

Revision ID: 0004_visit_desks
Revises: 0003_audit_head_row
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_visit_desks"
down_revision = "0003_audit_head_row"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines (nullable, no default): instant even on a million visits.
    op.add_column("visits", sa.Column("in_desk", sa.String(length=80), nullable=True))
    op.add_column("visits", sa.Column("out_desk", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visits") as batch_op:
        batch_op.drop_column("out_desk")
        batch_op.drop_column("in_desk")
