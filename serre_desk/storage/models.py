"""The tables. Typed SQLAlchemy 2 models; every instant is a `UTCDateTime`."""

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from serre_desk.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Venue-wide settings shared by every desk (JSON values), including the badge secret key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Area(Base):
    __tablename__ = "areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    capacity: Mapped[int] = mapped_column(Integer)
    for_children: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OpeningDay(Base):
    """Opening hours of one weekday (0 = Monday); both times null when closed that weekday."""

    __tablename__ = "opening_hours"
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    opens: Mapped[str | None] = mapped_column(String(5))
    closes: Mapped[str | None] = mapped_column(String(5))


class ClosedDay(Base):
    __tablename__ = "closed_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(480))
    search_key: Mapped[str] = mapped_column(String(480), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    organisation: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    default_area: Mapped[str | None] = mapped_column(String(32))
    membership_ends: Mapped[date | None] = mapped_column(Date)
    birth_date: Mapped[date | None] = mapped_column(Date)
    health_notes: Mapped[str | None] = mapped_column(Text)
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    privacy_ack_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Guardian(Base):
    """An adult linked to a child: authorised for pickup, or explicitly not; maybe for one day."""

    __tablename__ = "guardians"
    child_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    adult_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    authorised: Mapped[bool] = mapped_column(Boolean, default=True)
    only_on: Mapped[date | None] = mapped_column(Date)


class Visit(Base):
    """One stay in one area. Open while `checked_out_at` is null: at most one open per person."""

    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id"))
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    in_by: Mapped[str] = mapped_column(String(80))
    out_by: Mapped[str | None] = mapped_column(String(80))
    auto_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    brought_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    collected_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    pickup_code: Mapped[str | None] = mapped_column(String(8))
    pickup_override: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_pickup_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The stations (services.station) the visit was checked in and out at (migration 0004).
    in_desk: Mapped[str | None] = mapped_column(String(80))
    out_desk: Mapped[str | None] = mapped_column(String(80))
    # The organisation (`OrganisationSeats.org_key`) whose seat the visit takes: set at a
    # check-in on an organisation's seats (migration 0006; open ones indexed).
    seat_org: Mapped[str | None] = mapped_column(String(200))

    # Two partial indexes over open visits (`checked_out_at IS NULL`) are made by the first
    # migration: `uq_visits_one_open_per_person` (unique person_id) and `ix_visits_open_by_area`
    # (area_id); migration 0006 makes `ix_visits_open_seats` (seat_org). They are not declared
    # here: a `sqlite_where`/`postgresql_where` option makes
    # SQLAlchemy import both dialects whenever the models are imported, on every start.
    __table_args__ = (
        Index("ix_visits_checked_in_at", "checked_in_at"),
        # With the area and the undo flag: a plan's days are read from the index alone (0007).
        Index("ix_visits_person_in", "person_id", "checked_in_at", "area_id", "undone"),
    )


class Badge(Base):
    """A badge code's server side: the random id it carries, whose it is, and whether it holds."""

    __tablename__ = "badges"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_id: Mapped[str] = mapped_column(String(32), unique=True)
    key_id: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DeskUser(Base):
    __tablename__ = "desk_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Append-only, hash-chained log of every state change; people appear by id, never by name."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    desk: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40), index=True)
    subject_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row that holds the chain's tip: locking it serialises appends on PostgreSQL."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_hash: Mapped[str] = mapped_column(String(64))


class PeopleRevision(Base):
    """One row counting changes to people's search keys, kept by database triggers (migration
    0002_desk_search): the desk's in-memory search index reloads only when it moved."""

    __tablename__ = "people_revision"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    token: Mapped[str] = mapped_column(String(32))
    inserts: Mapped[int] = mapped_column(BigInteger)
    changes: Mapped[int] = mapped_column(BigInteger)


class Plan(Base):
    """A coworking plan a manager configured (issue 17): kinds in `domain.plans.PlanKind`."""

    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    days: Mapped[int | None] = mapped_column(Integer)
    entries: Mapped[int | None] = mapped_column(Integer)
    valid_days: Mapped[int | None] = mapped_column(Integer)
    area_key: Mapped[str | None] = mapped_column(String(32))  # None: any adult area
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PersonPlan(Base):
    """A plan a person had, from a day to a day (inclusive; open-ended while `ends_on` is null).
    Rows are never deleted: a new plan ends the previous one the day before, so the history
    stays."""

    __tablename__ = "person_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_person_plans_person", "person_id", "starts_on"),)


class PlanAdjustment(Base):
    """Entries a manager added to a person's plan on the spot (the reason is in the audit log)."""

    __tablename__ = "plan_adjustments"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_plan_id: Mapped[int] = mapped_column(
        ForeignKey("person_plans.id", ondelete="CASCADE"), index=True
    )
    on_day: Mapped[date] = mapped_column(Date)
    entries: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class OrganisationSeats(Base):
    """Seats an organisation bought, shared by its people who have no plan of their own; like a
    capacity, one more person inside than seats gets a warning. `org_key` is the organisation's
    name folded for matching (accents and case)."""

    __tablename__ = "organisation_seats"
    id: Mapped[int] = mapped_column(primary_key=True)
    org_key: Mapped[str] = mapped_column(String(200), unique=True)
    organisation: Mapped[str] = mapped_column(String(200))
    seats: Mapped[int] = mapped_column(Integer)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))


class AppliedOperation(Base):
    """An operation a desk named with its own id (a scan) and what it did, written in the
    operation's transaction: retried after a broken connection, it is known to be done."""

    __tablename__ = "applied_operations"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    desk: Mapped[str] = mapped_column(String(80))
    outcome: Mapped[str | None] = mapped_column(Text)
