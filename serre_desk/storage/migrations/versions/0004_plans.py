"""plans: coworking plans, people's plans (history kept), entries added by managers, and the
seats organisations bought (issue 17)

Revision ID: 0004_plans
Revises: 0003_audit_head_row
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op


revision = "0004_plans"
down_revision = "0003_audit_head_row"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("entries", sa.Integer(), nullable=True),
        sa.Column("valid_days", sa.Integer(), nullable=True),
        sa.Column("area_key", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("name", name=op.f("uq_plans_name")),
    )
    op.create_table(
        "person_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_plans_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_person_plans_plan_id_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_plans")),
    )
    op.create_index("ix_person_plans_person", "person_plans", ["person_id", "starts_on"])
    op.create_table(
        "plan_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_plan_id", sa.Integer(), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_plan_id"],
            ["person_plans.id"],
            name=op.f("fk_plan_adjustments_person_plan_id_person_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_adjustments")),
    )
    op.create_index(
        op.f("ix_plan_adjustments_person_plan_id"), "plan_adjustments", ["person_plan_id"]
    )
    op.create_table(
        "organisation_seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_key", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_organisation_seats_plan_id_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_seats")),
        sa.UniqueConstraint("org_key", name=op.f("uq_organisation_seats_org_key")),
    )


def downgrade() -> None:
    op.drop_table("organisation_seats")
    op.drop_index(op.f("ix_plan_adjustments_person_plan_id"), table_name="plan_adjustments")
    op.drop_table("plan_adjustments")
    op.drop_index("ix_person_plans_person", table_name="person_plans")
    op.drop_table("person_plans")
    op.drop_table("plans")
