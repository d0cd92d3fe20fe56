"""audit head row: the chain's single head row exists from the start

Appending to the audit chain locks this row (`SELECT … FOR UPDATE`). Before, the very first
event inserted it, and two desks writing their very first event at the same instant on
PostgreSQL could both find it missing: one of them failed. Now it is made here, pointing at the
genesis hash, unless a chain already began.

Revision ID: 0003_audit_head_row
Revises: 0002_desk_search
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_audit_head_row"
down_revision = "0002_desk_search"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    op.execute(
        sa.text(
            "INSERT INTO audit_head (id, last_hash) SELECT 1, :genesis"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_head WHERE id = 1)"
        ).bindparams(genesis=GENESIS_HASH)
    )


def downgrade() -> None:
    """Nothing to undo: the row is what the first event would have made."""
