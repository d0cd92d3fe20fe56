"""desks: the station of each visit, and the operations a desk applied once

Several desks share one PostgreSQL database (the entrance, the kids' room, the office):

- a visit records the name of the desk that checked it in (`in_desk`) and out (`out_desk`), as
  every audit event records its desk. Older visits keep null: they were made at the only desk
  there was;
- `applied_operations` keeps the id a desk gave an operation (a scan) with what it did, written in
  the operation's own transaction: a scan retried after a broken connection is then known to be
  done, never applied twice.

Revision ID: 0005_desks
Revises: 0004_plans
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_desks"
down_revision = "0004_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines (nullable, no default): instant even on a million visits.
    op.add_column("visits", sa.Column("in_desk", sa.String(length=80), nullable=True))
    op.add_column("visits", sa.Column("out_desk", sa.String(length=80), nullable=True))
    op.create_table(
        "applied_operations",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("desk", sa.String(length=80), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_applied_operations")),
    )
    op.create_index(
        op.f("ix_applied_operations_at"), "applied_operations", ["at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_applied_operations_at"), table_name="applied_operations")
    op.drop_table("applied_operations")
    with op.batch_alter_table("visits") as batch_op:
        batch_op.drop_column("out_desk")
        batch_op.drop_column("in_desk")
