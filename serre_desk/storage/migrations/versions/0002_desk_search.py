"""desk search: a revision counter of people's search keys, kept by triggers

The desk's as-you-type search keeps the search keys in memory and reads them again only when this
counter moved: `inserts` counts new people (read incrementally), `changes` counts edited,
anonymised or deleted ones (read again in full). `token` tells one database file from another
(a restored backup of another database never looks current).

Revision ID: 0002_desk_search
Revises: 0001
Create Date: 2026-11-25
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002_desk_search"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER people_revision_insert AFTER INSERT ON people
       BEGIN UPDATE people_revision SET inserts = inserts + 1; END""",
    """CREATE TRIGGER people_revision_update AFTER UPDATE OF search_key, anonymised_at ON people
       BEGIN UPDATE people_revision SET changes = changes + 1; END""",
    """CREATE TRIGGER people_revision_delete AFTER DELETE ON people
       BEGIN UPDATE people_revision SET changes = changes + 1; END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION people_revision_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN UPDATE people_revision SET inserts = inserts + 1; RETURN NULL; END $$""",
    """CREATE FUNCTION people_revision_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN UPDATE people_revision SET changes = changes + 1; RETURN NULL; END $$""",
    """CREATE TRIGGER people_revision_insert AFTER INSERT ON people
       FOR EACH STATEMENT EXECUTE FUNCTION people_revision_inserted()""",
    """CREATE TRIGGER people_revision_update AFTER UPDATE OF search_key, anonymised_at OR DELETE
       ON people FOR EACH STATEMENT EXECUTE FUNCTION people_revision_changed()""",
)


def upgrade() -> None:
    op.create_table(
        "people_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("inserts", sa.BigInteger(), nullable=False),
        sa.Column("changes", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people_revision")),
    )
    op.execute(
        sa.text("INSERT INTO people_revision (id, token, inserts, changes) VALUES (1, :t, 0, 0)")
        .bindparams(t=uuid.uuid4().hex)
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for trigger in ("people_revision_insert", "people_revision_update", "people_revision_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + ("" if dialect == "sqlite" else " ON people"))
    if dialect != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS people_revision_inserted()")
        op.execute("DROP FUNCTION IF EXISTS people_revision_changed()")
    op.drop_table("people_revision")
