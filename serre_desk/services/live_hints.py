"""Live hints between the desks of one PostgreSQL database: "what changed", within a second.

Sending: every change is audited, so `audit.record` calls `notify` in the change's own
transaction: PostgreSQL delivers a NOTIFY only when that transaction commits, and never for one
rolled back. The hint is short — a topic ("visits", "people", "pickups", "closing", "alarm", …),
the person concerned, the desk and this process's token — never a name or any personal data
(every desk connected to the database may read it).

Receiving: a `HintListener` keeps its own connection (outside SQLAlchemy's pool) in a worker thread,
never the GUI thread, and hands each hint to a callback. It notices a server that went away (the
connection breaks, or a heartbeat gets no answer) and says so through `on_state`; it reconnects
by itself, and after a reconnect it hands over one `everything` hint: hints sent meanwhile were
lost, so the consumer reloads everything.

On SQLite there are no hints: polling is the only mechanism there, and stays the fallback on
PostgreSQL.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.storage.postgres import connect_options, is_postgres_url

log = logging.getLogger(__name__)

CHANNEL = "serre_desk_hints"
ORIGIN = secrets.token_hex(4)  # this process: a desk can tell its own hints from the others'
EVERYTHING = "everything"
_TOPICS = {
    "visits": ("check_in", "check_out", "undo", "self_service", "scan_refused"),
    "pickups": ("pickup_refused",),
    "closing": ("close_day", "auto_close"),
    "alarm": ("kids_alarm_handled",),
    "people": (
        "person_add",
        "person_edit",
        "person_anonymised",
        "privacy_erase",
        "child_data_removed",
        "guardian_add",
        "guardian_remove",
        "import_people",
        "legal_hold",
    ),
    "badges": ("badge_issue", "badge_revoke"),
    "venue": ("area_set", "hours_set", "closed_day", "ratios_set", "setting"),
    EVERYTHING: ("restore", "demo_data"),
}
TOPIC_OF = {action: topic for topic, actions in _TOPICS.items() for action in actions}
OTHER = "other"
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")
# Heartbeat and TCP settings: a cable pulled is noticed within about HEARTBEAT_S + 4 s.
HEARTBEAT_S = 2.0
RETRY_S = (0.5, 1.0, 2.0, 3.0)
APPLICATION_NAME = "serre-desk-hints"
LINK_OPTIONS = {
    "application_name": APPLICATION_NAME,
    "connect_timeout": "3",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "2",
    "tcp_user_timeout": "4000",
}


def server_gone() -> Refusal:
    """What a desk says while its database server is away."""
    return Refusal(
        "server_gone",
        QT_TRANSLATE_NOOP(
            "Refusal",
            "The database server cannot be reached: nobody can be checked in or out until it "
            "is back. The desk reconnects by itself.",
        ),
    )


def topic_of(action: str) -> str:
    return TOPIC_OF.get(action, OTHER)


def notify(connection: Connection, action: str, subject_id: int | None, desk: str) -> None:
    """Queue the hint for `action` in the caller's transaction (PostgreSQL only; identical hints
    of one transaction reach the others once)."""
    if connection.dialect.name != "postgresql":
        return
    subject = "" if subject_id is None else str(subject_id)
    payload = f"{topic_of(action)}|{subject}|{ORIGIN}|{desk}"
    connection.execute(_NOTIFY, {"channel": CHANNEL, "payload": payload[:7000]})


@dataclass(frozen=True)
class Hint:
    topic: str  # "visits", "people", …, or EVERYTHING after a reconnect
    subject_id: int | None = None
    desk: str = ""
    own: bool = False  # sent by this process

    @property
    def everything(self) -> bool:
        return self.topic == EVERYTHING


def parse_hint(payload: str) -> Hint:
    topic, _, rest = payload.partition("|")
    subject, _, rest = rest.partition("|")
    origin, _, desk = rest.partition("|")
    return Hint(
        topic=topic or OTHER,
        subject_id=int(subject) if subject.isdigit() else None,
        desk=desk,
        own=origin == ORIGIN,
    )


def hints_possible(url: str) -> bool:
    """True for a PostgreSQL database (SQLite desks poll)."""
    return is_postgres_url(url)


class HintListener:
    """LISTEN on its own connection in a worker thread; `on_hint` and `on_state` are called in
    that thread (a Qt consumer re-emits them as signals)."""

    def __init__(
        self,
        url: str,
        on_hint: Callable[[Hint], None],
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        self._options: dict[str, Any] = {**LINK_OPTIONS, **connect_options(url)}
        self._on_hint = on_hint
        self._on_state = on_state
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="serre-desk-hints", daemon=True)
        self.online: bool | None = None  # None until the first connection was tried
        self.listening = threading.Event()  # set while LISTEN is in place

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._thread.join(timeout)

    def _state(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        if not online:
            self.listening.clear()
        log.info("live hints: server %s", "reachable" if online else "gone away")
        if self._on_state is not None:
            try:
                self._on_state(online)
            except Exception:  # a consumer's bug must not end the listening
                log.exception("live hints: the consumer failed on the server's state")

    def _deliver(self, hint: Hint) -> None:
        try:
            self._on_hint(hint)
        except Exception:  # a consumer's bug must not end the listening
            log.exception("live hints: the consumer failed on %s", hint)

    def _run(self) -> None:
        import psycopg

        attempt = 0
        connected_before = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(autocommit=True, **self._options) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    attempt = 0
                    self._state(True)
                    self.listening.set()
                    if connected_before:  # hints sent while away were lost
                        self._deliver(Hint(EVERYTHING))
                    connected_before = True
                    self._listen(connection)
            except (psycopg.Error, OSError) as error:
                log.info("live hints: connection lost or refused: %s", error)
                self._state(False)
                connected_before = True
                self._stopping.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)])
                attempt += 1

    def _listen(self, connection: Any) -> None:
        beat = time.monotonic()
        while not self._stopping.is_set():
            for notification in connection.notifies(timeout=0.5):
                self._deliver(parse_hint(notification.payload))
                if self._stopping.is_set():
                    return
            if time.monotonic() - beat >= HEARTBEAT_S:
                connection.execute("SELECT 1")
                beat = time.monotonic()
